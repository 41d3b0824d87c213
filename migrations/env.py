"""Alembic environment: always runs on a connection handed in by app.migrate (or pytest-alembic)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine, engine_from_config, pool

import models
from models.sync import sync_metadata

config = context.config
# The portfolio's tables, and this installation's own bookkeeping (bundle sync state).
target_metadata = [models.Base.metadata, sync_metadata]


def _include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Leave out the full-text index (revision 0005): an FTS5 virtual table and its shadow
    tables, managed by raw SQL, not by the models; and the lists' derived data (revision
    0007): the `ix_perf_*` indexes and the people's `name_key` sort key."""
    if type_ == "column" and name == "name_key":
        return False
    if type_ == "index" and name is not None and name.startswith("ix_perf_"):
        return False
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):  # pytest-alembic hands in an engine
        with connection.begin() as conn:
            _run(conn)
        return
    if connection is not None:
        _run(connection)
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section) or {},
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        _run(conn)


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
