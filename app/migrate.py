"""Schema management: Alembic configured in code, a backup before every upgrade."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

import migrations
from app.db import sqlite_path
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
    """Copy a SQLite database with the online backup API (consistent even while in use)."""
    if sqlite_path(str(engine.url)) is None:
        raise DomainError("Backups by file copy are only possible for a SQLite database.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        raise DomainError(f"A file already exists at {dest}; choose another name.")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        target = engine.dialect.dbapi.connect(str(dest))  # type: ignore[union-attr]
        try:
            source.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    except OSError as exc:
        raise DomainError(f"The backup could not be written to {dest}: {exc}") from exc
    finally:
        raw.close()
    return dest


def integrity_check(engine: Engine) -> list[str]:
    """`PRAGMA integrity_check` and `foreign_key_check`; an empty list means the file is sound."""
    problems: list[str] = []
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(rows)
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"broken reference in table {row[0]}, row {row[1]} -> {row[2]}")
    return problems


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the database to the newest schema. Returns the backup taken first, if any.

    A SQLite database that already holds data is copied to `backup_dir` before any
    change; an empty new file needs no copy. A database written by a newer TreatyDesk
    is refused rather than touched.
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
    backup: Path | None = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_database(engine, backup_dir / f"{path.stem}-before-{head}-{stamp}.sqlite")
        log.info("backed up %s to %s before migrating", path, backup)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup
