"""Schema management: Alembic configured in code, a backup before every upgrade."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

import migrations
from app.db import engine_passphrase, new_file_key, remove_database_files, sqlite_path
from app.errors import DomainError

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where it is used, not at start-up: opening a database that is
# already at the newest schema (every start but the first after an update) reads the
# revision files and the alembic_version table directly (see `_at_head`); importing
# Alembic would cost ~0.3-1 s of the GUI's start.

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(migrations.__file__).parent
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def _head_from_files() -> str | None:
    """The one head of the revision files, read from their `revision` and `down_revision`
    lines; None when that is not certain (a merge, a branch, an unusual file)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (SCRIPT_LOCATION / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        revision = found.get("revision", "")
        parent = found.get("down_revision", "")
        if not re.fullmatch(r"[\"'][\w-]+[\"']", revision):
            return None
        revisions.add(revision[1:-1])
        if parent != "None":
            if not re.fullmatch(r"[\"'][\w-]+[\"']", parent):
                return None
            parents.add(parent[1:-1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    """alembic_version's single row, read with plain SQL; None if absent or not single."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except DBAPIError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def _at_head(engine: Engine) -> bool:
    """True when the database is certainly at the newest schema (checked without Alembic)."""
    head = _head_from_files()
    return head is not None and _stored_revision(engine) == head


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

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
    from alembic.runtime.migration import MigrationContext

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
    if _at_head(engine):
        return None
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
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return taken
