"""Schema management: Alembic configured in code, a backup before every upgrade."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

import migrations
from app.db import engine_passphrase, new_file_key, remove_database_files, sqlite_path
from app.errors import DomainError

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(migrations.__file__).parent


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    return any(r.revision == revision for r in script.walk_revisions())


def backup_database(engine: Engine, dest: Path) -> Path:
    """Copy a SQLite database with the online backup API (consistent even while in use).

    The copy of an encrypted database is encrypted with the same passphrase. It is written
    under a temporary name and renamed when complete.
    """
    if sqlite_path(str(engine.url)) is None:
        raise DomainError("Backups by file copy are only possible for a SQLite database.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        raise DomainError(f"A file already exists at {dest}; choose another name.")
    partial = dest.with_name(dest.name + ".partial")
    remove_database_files(partial)
    passphrase = engine_passphrase(engine)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        target = engine.dialect.dbapi.connect(str(partial))  # type: ignore[union-attr]
        try:
            if passphrase is not None:
                target.execute("PRAGMA cipher_log_level = NONE")
                target.execute(f"PRAGMA key = {new_file_key(passphrase)}")
            source.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
        os.replace(partial, dest)
    except OSError as exc:
        remove_database_files(partial)
        raise DomainError(f"The backup could not be written to {dest}: {exc}") from exc
    except BaseException:
        remove_database_files(partial)
        raise
    finally:
        raw.close()
    return dest


def integrity_check(engine: Engine) -> list[str]:
    """`PRAGMA integrity_check` and `foreign_key_check`; an empty list means the file is sound.

    On a database server, which checks its own pages and references as it writes: every
    constraint of ours must be in force (none left NOT VALID) and the schema must be ours.
    """
    if engine.dialect.name != "sqlite":
        return _server_check(engine)
    problems: list[str] = []
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(rows)
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"broken reference in table {row[0]}, row {row[1]} -> {row[2]}")
    return problems


def _server_check(engine: Engine) -> list[str]:
    problems: list[str] = []
    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        if revision is None:
            problems.append("the database has no TreatyDesk schema yet (treatydesk db upgrade)")
        if engine.dialect.name == "postgresql":
            rows = conn.exec_driver_sql(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
            ).fetchall()
            problems.extend(f"constraint {name} on {table} is not checked" for table, name in rows)
    return problems


def upgrade(
    engine: Engine,
    *,
    backup_dir: Path | None = None,
    backup: Callable[[str], Path] | None = None,
) -> Path | None:
    """Bring the database to the newest schema. Returns the backup taken first, if any.

    A SQLite database that already holds data is backed up before any change: by
    `backup(head)` when given (the workspace's full archive, documents included), else
    as a plain copy in `backup_dir`. An empty new file needs no copy. A database written
    by a newer TreatyDesk is refused rather than touched.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and not is_known_revision(current):
        raise DomainError(
            "This database was written by a newer version of TreatyDesk "
            f"(schema {current}). Update TreatyDesk before opening it."
        )
    taken: Path | None = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None and backup is not None:
        taken = backup(head)
        log.info("backed up %s to %s before migrating", path, taken)
    elif current is not None and path is not None and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        taken = backup_database(engine, backup_dir / f"{path.stem}-before-{head}-{stamp}.sqlite")
        log.info("backed up %s to %s before migrating", path, taken)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return taken
