"""Backups that restore: one archive per backup, the database and its documents together.

An archive is a zip file in the backups folder:

    manifest.json      what it is (format, when, why, schema revision, encrypted or not;
                       never a name from the database)
    database.sqlite    a consistent copy made with SQLite's online backup API; the copy of
                       an encrypted database stays encrypted with the same passphrase
    documents/...      the managed documents folder as it is on disk (encrypted files stay
                       encrypted)

Backups are taken on demand, before every migration, and once a day at the first start
(the last `keep_daily` daily ones are kept). Restoring checks the copy's integrity and
schema (an older schema is migrated), converts it to the current protection, keeps the
database being replaced as a backup itself, and swaps the new file in atomically.

Archives are written under a temporary name and renamed when complete, so a crash never
leaves a half-written file that looks like a backup.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from app import __version__
from app.config import Paths, sqlite_url
from app.crypto import DocumentCipher, DocumentStore
from app.db import (
    SessionFactory,
    connect_file,
    copy_database,
    engine_passphrase,
    file_integrity,
    make_engine,
    remove_database_files,
    replace_database,
    settle_file,
    sqlite_path,
)
from app.errors import DomainError
from app.migrate import backup_database, current_revision, head_revision, is_known_revision
from app.migrate import upgrade as migrate_upgrade
from app.security import (
    FileState,
    PassphraseRequiredError,
    WrongPassphraseError,
    database_file_state,
)
from app.services.audit import EVENT_BACKUP, EVENT_RESTORE, AuditService
from app.services.base import Clock, Service

FORMAT = "treatydesk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_ENTRY = "database.sqlite"
DOCUMENTS_PREFIX = "documents/"
ARCHIVE_SUFFIX = ".zip"
DEFAULT_KEEP_DAILY = 10
REASON_DAILY = "daily"
REASON_MANUAL = "manual"
REASON_BEFORE_RESTORE = "before-restore"
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z0-9-]+)\.zip$"
)
_REASON = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")

Now = Callable[[], datetime]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    encrypted: bool
    size: int  # bytes of the archive
    schema: str | None
    documents: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_backup: Path | None  # the database that was replaced, kept as a backup
    upgraded_from: str | None  # the backup's schema, when it had to be migrated
    documents: int


class BackupService(Service):
    """Backups of the open SQLite database and its documents folder."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        paths: Paths,
        documents: DocumentStore,
        keep_daily: int = DEFAULT_KEEP_DAILY,
        now: Now = datetime.now,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        if keep_daily < 1:
            raise DomainError("Keep at least one daily backup.", field="keep_daily")
        self._paths = paths
        self._documents = documents
        self._now = now
        self.keep_daily = keep_daily

    @property
    def folder(self) -> Path:
        return self._paths.backups

    @property
    def _engine(self) -> Engine:
        engine = self._session_factory.kw.get("bind")
        if not isinstance(engine, Engine):
            raise DomainError("No database is open.")
        return engine

    @property
    def database_path(self) -> Path:
        path = sqlite_path(str(self._engine.url))
        if path is None:
            raise DomainError(
                "TreatyDesk backs up SQLite database files only; back up a database server "
                "with the server's own tools."
            )
        return path

    # ------------------------------------------------------------ taking backups

    def create(
        self, reason: str = REASON_MANUAL, *, dest: Path | None = None, record: bool = True
    ) -> BackupInfo:
        """Write an archive (database + documents) to `dest`, or to the backups folder."""
        if not _REASON.match(reason):
            raise DomainError(f"“{reason}” is not a backup reason.", field="reason")
        when = self._now()
        target = dest or self._new_name(reason, when)
        info = write_archive(
            self._engine, self._documents.root, target, reason=reason, created_at=when
        )
        if record:
            AuditService(self._session_factory, clock=self._clock).record_event(
                EVENT_BACKUP,
                f"Backup written: {info.path.name}",
                details={"reason": reason, "documents": info.documents, "bytes": info.size},
            )
        return info

    def create_before_migration(self, head: str) -> Path:
        """For app.migrate.upgrade: a backup before the schema changes (not audited: the
        audit table may not have its newest form yet)."""
        return self.create(f"before-{head}"[:40].lower(), record=False).path

    def ensure_daily(self) -> BackupInfo | None:
        """At the first start of a day: one backup, then only the newest daily ones kept."""
        today = self._now().date()
        for info in self.list():
            if info.reason == REASON_DAILY and info.created_at.date() == today:
                return None
        info = self.create(REASON_DAILY)
        self.prune()
        return info

    def prune(self) -> list[Path]:
        """Delete daily backups beyond the newest `keep_daily`; other backups are kept."""
        daily = [b for b in self.list() if b.reason == REASON_DAILY]
        removed = []
        for info in daily[self.keep_daily :]:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
        return removed

    def list(self) -> list[BackupInfo]:
        """This database's archives in the backups folder, newest first."""
        stem = self.database_path.stem
        found = []
        if not self.folder.exists():
            return []
        for path in self.folder.glob(f"{stem}-*{ARCHIVE_SUFFIX}"):
            match = _NAME.match(path.name)
            if not match or match["stem"] != stem:
                continue
            try:
                found.append(read_info(path))
            except DomainError:
                continue  # not ours, or damaged: listed nowhere, deleted never
        return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)

    def _new_name(self, reason: str, when: datetime) -> Path:
        stem = self.database_path.stem
        base = f"{stem}-{when:%Y%m%d-%H%M%S}"
        candidate = self.folder / f"{base}-{reason}{ARCHIVE_SUFFIX}"
        n = 2
        while candidate.exists():
            candidate = self.folder / f"{base}-{n}-{reason}{ARCHIVE_SUFFIX}"
            n += 1
        return candidate

    # ------------------------------------------------------------ restoring

    def restore(self, archive: Path, *, backup_passphrase: str | None = None) -> RestoreResult:
        """Replace the open database and documents with a backup's.

        The open engine is disposed and keeps working on the restored file afterwards;
        no session may be open meanwhile (the GUI closes its editors first).
        """
        result = restore_archive(
            archive,
            db_path=self.database_path,
            paths=self._paths,
            target_passphrase=engine_passphrase(self._engine),
            backup_passphrase=backup_passphrase,
            engine=self._engine,
            now=self._now,
        )
        AuditService(self._session_factory, clock=self._clock).record_event(
            EVENT_RESTORE,
            f"Database restored from the backup {archive.name}",
            details={
                "replaced_database_kept_as": result.replaced_backup.name
                if result.replaced_backup
                else None,
                "upgraded_from_schema": result.upgraded_from,
            },
        )
        return result


# ---------------------------------------------------------------- archives


def write_archive(
    engine: Engine,
    documents_root: Path,
    dest: Path,
    *,
    reason: str,
    created_at: datetime,
) -> BackupInfo:
    """Write one archive: a consistent copy of the database and the documents folder."""
    dest = dest.expanduser()
    if dest.exists():
        raise DomainError(f"A file already exists at {dest}; choose another name.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = dest.with_name(f".{dest.name}.db.partial")
    partial = dest.with_name(f"{dest.name}.partial")
    remove_database_files(staging)
    try:
        backup_database(engine, staging)
        encrypted = engine_passphrase(engine) is not None
        schema = current_revision(engine)
        documents = _document_files(documents_root)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": created_at.isoformat(timespec="seconds"),
            "reason": reason,
            "app_version": __version__,
            "schema": schema,
            "encrypted": encrypted,
            "documents": len(documents),
        }
        method = zipfile.ZIP_STORED if encrypted else zipfile.ZIP_DEFLATED
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            zf.write(staging, DATABASE_ENTRY, compress_type=method)
            for path in documents:
                name = DOCUMENTS_PREFIX + path.relative_to(documents_root).as_posix()
                zf.write(path, name, compress_type=method)
        with partial.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, dest)
    except OSError as exc:
        raise DomainError(f"The backup could not be written to {dest}: {exc}") from exc
    finally:
        remove_database_files(staging)
        partial.unlink(missing_ok=True)
    return BackupInfo(
        path=dest,
        created_at=created_at,
        reason=reason,
        encrypted=encrypted,
        size=dest.stat().st_size,
        schema=schema,
        documents=len(documents),
    )


def _document_files(root: Path) -> list[Path]:
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.endswith(".partial"))


def read_info(archive: Path) -> BackupInfo:
    """What an archive says about itself; DomainError if it is not a TreatyDesk backup."""
    manifest = _read_manifest(archive)
    try:
        created = datetime.fromisoformat(str(manifest.get("created_at")))
    except ValueError:
        raise DomainError(_not_a_backup(archive, "its description is damaged")) from None
    return BackupInfo(
        path=archive,
        created_at=created,
        reason=str(manifest.get("reason") or ""),
        encrypted=bool(manifest.get("encrypted")),
        size=archive.stat().st_size,
        schema=manifest.get("schema"),
        documents=int(manifest.get("documents") or 0),
    )


def _not_a_backup(archive: Path, why: str) -> str:
    return f"{archive} is not a TreatyDesk backup ({why}). Nothing was changed."


def _read_manifest(archive: Path) -> dict[str, Any]:
    if not archive.exists():
        raise DomainError(f"There is no file {archive}.")
    if archive.is_dir():
        raise DomainError(f"{archive} is a folder, not a backup file.")
    try:
        with zipfile.ZipFile(archive) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names or DATABASE_ENTRY not in names:
                raise DomainError(_not_a_backup(archive, "it has no database in it"))
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except zipfile.BadZipFile:
        raise DomainError(
            _not_a_backup(archive, "it is not a zip archive, or it is cut short")
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DomainError(_not_a_backup(archive, "its description is damaged")) from None
    except OSError as exc:
        raise DomainError(f"Cannot read {archive}: {exc.strerror or exc}.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DomainError(_not_a_backup(archive, "its description is not TreatyDesk's"))
    if int(manifest.get("format_version") or 0) > FORMAT_VERSION:
        raise DomainError(
            f"{archive} was made by a newer version of TreatyDesk: update TreatyDesk to "
            "restore it. Nothing was changed."
        )
    return manifest


def _extract(archive: Path, folder: Path) -> tuple[Path, Path]:
    """Unpack the database and documents into `folder`, refusing anything that would land
    outside it. Returns (database file, documents folder)."""
    docs = folder / "documents"
    docs.mkdir(parents=True)
    checker = DocumentStore(docs)
    try:
        with zipfile.ZipFile(archive) as zf:
            entries = zf.infolist()
            needed = sum(e.file_size for e in entries)
            free = shutil.disk_usage(folder).free
            if needed > free:
                raise DomainError(
                    f"Not enough free disk space to restore {archive.name}: it needs "
                    f"{needed / 1e6:,.0f} MB, {free / 1e6:,.0f} MB are free. Nothing was changed."
                )
            database = folder / DATABASE_ENTRY
            for entry in entries:
                name = entry.filename
                if entry.is_dir() or name == MANIFEST:
                    continue
                if (entry.external_attr >> 16) & 0o170000 == 0o120000:
                    raise DomainError(_not_a_backup(archive, f"{name} is a link"))
                if name == DATABASE_ENTRY:
                    target = database
                elif name.startswith(DOCUMENTS_PREFIX):
                    relative = str(PurePosixPath(name).relative_to(DOCUMENTS_PREFIX))
                    target = checker.path_of(relative)
                else:
                    raise DomainError(_not_a_backup(archive, f"it holds an unknown entry {name}"))
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(entry) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out, 1 << 20)
    except zipfile.BadZipFile as exc:
        raise DomainError(_not_a_backup(archive, f"it is damaged: {exc}")) from None
    except OSError as exc:
        raise DomainError(f"Cannot unpack {archive}: {exc.strerror or exc}.") from exc
    return database, docs


def restore_archive(
    archive: Path,
    *,
    db_path: Path,
    paths: Paths,
    target_passphrase: str | None,
    backup_passphrase: str | None = None,
    engine: Engine | None = None,
    now: Now = datetime.now,
) -> RestoreResult:
    """Restore `archive` into `db_path` and the documents folder. See BackupService.restore.

    `target_passphrase` is the protection the restored database gets (the current one);
    `backup_passphrase` opens the backup when it was made under another passphrase.
    `engine`, when the database is open, is used to back the current one up first and is
    then disposed. Without it (the current file is missing or cannot be opened) the
    current file, if any, is moved into the backups folder as it is.
    """
    archive = archive.expanduser()
    _read_manifest(archive)
    paths.ensure()
    staging = paths.data_dir / f".restore-{now():%Y%m%d-%H%M%S-%f}"
    staging.mkdir(parents=True)
    try:
        staged, staged_docs = _extract(archive, staging)
        source_pass = _backup_key(staged, archive, backup_passphrase, target_passphrase)
        problems = file_integrity(staged, source_pass)
        if problems:
            raise DomainError(
                f"The backup {archive.name} is damaged ({problems[0]}). Nothing was changed; "
                "choose another backup."
            )
        upgraded_from = _bring_to_head(staged, source_pass, archive)
        if source_pass == target_passphrase:
            settle_file(staged, source_pass)
            final = staged
        else:
            final = staging / "converted.sqlite"
            copy_database(
                staged, final, source_passphrase=source_pass, dest_passphrase=target_passphrase
            )
        documents = DocumentStore(staged_docs).convert_all(
            DocumentCipher(source_pass) if source_pass else None,
            DocumentCipher(target_passphrase) if target_passphrase else None,
        )
        replaced = _keep_current(db_path, paths, engine, now)
        if engine is not None:
            engine.dispose()
        replace_database(final, db_path)
        _swap_documents(staged_docs, paths, staging, keep_old=replaced is None, now=now)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(
        restored_from=archive,
        replaced_backup=replaced,
        upgraded_from=upgraded_from,
        documents=documents,
    )


def _backup_key(
    staged: Path, archive: Path, backup_passphrase: str | None, target_passphrase: str | None
) -> str | None:
    """The passphrase that opens the backup's database (None when it is not encrypted)."""
    state = database_file_state(staged)
    if state is FileState.PLAIN:
        return None
    if state is not FileState.ENCRYPTED:
        raise DomainError(_not_a_backup(archive, "its database file is not a database"))
    key = backup_passphrase or target_passphrase
    if key is None:
        raise PassphraseRequiredError(
            f"The backup {archive.name} is encrypted: enter the passphrase it was made with."
        )
    try:
        connect_file(staged, key).close()
    except WrongPassphraseError:
        raise WrongPassphraseError(
            f"The passphrase does not unlock the backup {archive.name}: it was made under "
            "another passphrase (an earlier one?), or it is damaged. Enter the passphrase "
            "it was made with."
        ) from None
    return key


def _bring_to_head(staged: Path, passphrase: str | None, archive: Path) -> str | None:
    engine = make_engine(sqlite_url(staged), passphrase=passphrase)
    try:
        revision = current_revision(engine)
        if revision is None:
            raise DomainError(_not_a_backup(archive, "its database has no TreatyDesk schema"))
        if not is_known_revision(revision):
            raise DomainError(
                f"The backup {archive.name} was made by a newer version of TreatyDesk "
                f"(schema {revision}): update TreatyDesk to restore it. Nothing was changed."
            )
        if revision == head_revision():
            return None
        migrate_upgrade(engine)
        return revision
    except (DatabaseError, OperationalError) as exc:
        raise DomainError(
            f"The backup {archive.name} could not be read: {getattr(exc, 'orig', exc)}"
        ) from exc
    finally:
        engine.dispose()


def _keep_current(db_path: Path, paths: Paths, engine: Engine | None, now: Now) -> Path | None:
    """Keep the database about to be replaced: an archive when it can be read, else the
    file itself moved into the backups folder. Returns the archive (None when moved)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    when = now()
    if engine is not None:
        name = f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{REASON_BEFORE_RESTORE}{ARCHIVE_SUFFIX}"
        dest = paths.backups / name
        n = 2
        while dest.exists():
            dest = paths.backups / name.replace(
                f"-{REASON_BEFORE_RESTORE}", f"-{n}-{REASON_BEFORE_RESTORE}"
            )
            n += 1
        try:
            return write_archive(
                engine, paths.documents, dest, reason=REASON_BEFORE_RESTORE, created_at=when
            ).path
        except (DomainError, DatabaseError, OperationalError):
            engine.dispose()  # it cannot be read: keep the file as it is, below
    moved = paths.backups / f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-replaced{db_path.suffix}"
    for suffix in ("", "-wal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.move(str(source), f"{moved}{suffix}")
    return None


def _swap_documents(
    staged_docs: Path, paths: Paths, staging: Path, *, keep_old: bool, now: Now
) -> None:
    current = paths.documents
    if current.exists():
        if keep_old and any(current.iterdir()):
            old = paths.backups / f"documents-replaced-{now():%Y%m%d-%H%M%S}"
            os.replace(current, old)
        else:
            os.replace(current, staging / "replaced-documents")
    os.replace(staged_docs, current)


# ---------------------------------------------------------------- protection of old backups


def convert_backups(
    folder: Path, source: str | None, target: str | None, *, stem: str
) -> tuple[int, int]:
    """Re-write every archive and loose .sqlite copy of the database `stem` in `folder`
    from one protection to another (after `db encrypt` or `db rekey`). Returns (converted,
    skipped): a backup that the source passphrase does not open is left as it is."""
    converted = skipped = 0
    if not folder.exists():
        return 0, 0
    for path in sorted(folder.iterdir()):
        if not path.name.startswith(f"{stem}-"):
            continue
        try:
            if path.suffix == ARCHIVE_SUFFIX and path.is_file():
                done = _convert_archive(path, source, target)
            elif path.suffix == ".sqlite" and path.is_file():
                done = _convert_file(path, source, target)
            else:
                continue
        except (DomainError, DatabaseError, OperationalError):
            skipped += 1
            continue
        converted += int(done)
    return converted, skipped


def _state_matches(path: Path, passphrase: str | None) -> bool:
    state = database_file_state(path)
    return state is (FileState.ENCRYPTED if passphrase else FileState.PLAIN)


def _convert_file(path: Path, source: str | None, target: str | None) -> bool:
    if not _state_matches(path, source):
        return False
    if source is not None:
        connect_file(path, source).close()  # WrongPassphraseError: leave it
    new = path.with_name(path.name + ".converting")
    remove_database_files(new)
    copy_database(path, new, source_passphrase=source, dest_passphrase=target)
    os.replace(new, path)
    return True


def _convert_archive(archive: Path, source: str | None, target: str | None) -> bool:
    manifest = _read_manifest(archive)
    work = archive.with_name(f".{archive.name}.converting")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        database, docs = _extract(archive, work)
        if not _state_matches(database, source):
            return False
        if source is not None:
            connect_file(database, source).close()
        converted = work / "converted.sqlite"
        copy_database(database, converted, source_passphrase=source, dest_passphrase=target)
        DocumentStore(docs).convert_all(
            DocumentCipher(source) if source else None,
            DocumentCipher(target) if target else None,
        )
        manifest["encrypted"] = target is not None
        partial = archive.with_name(archive.name + ".partial")
        method = zipfile.ZIP_STORED if target else zipfile.ZIP_DEFLATED
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            zf.write(converted, DATABASE_ENTRY, compress_type=method)
            for path in _document_files(docs):
                zf.write(
                    path, DOCUMENTS_PREFIX + path.relative_to(docs).as_posix(), compress_type=method
                )
        os.replace(partial, archive)
        return True
    finally:
        shutil.rmtree(work, ignore_errors=True)
        with contextlib.suppress(OSError):
            archive.with_name(archive.name + ".partial").unlink()
