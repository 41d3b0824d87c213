"""Backups that restore: backup -> change -> restore gives back exactly the backed-up rows
(every table hashed), documents included, plain and encrypted; and the checks a restore
makes before it touches anything."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from app.config import Paths, sqlite_url
from app.context import Workspace, open_workspace
from app.db import make_engine
from app.errors import DomainError
from app.migrate import alembic_config, head_revision
from app.security import (
    FileState,
    PassphraseRequiredError,
    WrongPassphraseError,
    database_file_state,
)
from app.services.backup import (
    DATABASE_ENTRY,
    MANIFEST,
    BackupService,
    read_info,
    restore_archive,
)
from app.services.dto import CaseInput, PersonInput
from app.vocab import AuditAction
from tests.reliability import table_hashes

PASS = "Oʻzbekiston 2022 ҚАЗАҚ"
CASE = CaseInput(
    reference="ILI-2022-UZ23",
    title="Twenty-three Uzbek nationals v. Kazakhstan",
    body="CAT",
    state="KZ",
)


def _open(paths: Paths, passphrase: str | None = None) -> Workspace:
    return open_workspace(sqlite_url(paths.database), paths, passphrase=passphrase)


def _fill(ws: Workspace) -> None:
    case = ws.services.cases.create(CASE)
    for name in ("Oʻtkir Xoʻjayev", "Тореғожина Гүлжан", "عبد الله قادروف"):
        ws.services.people.create(PersonInput(full_name=name))
    ws.services.cases.update(
        case.id, replace(CASE, notes="Verdict of 18 January 2025"), expected_version=case.version
    )
    assert ws.documents is not None
    ws.documents.write("ILI-2022-UZ23/letter.docx", "Письмо: 23 victims".encode())


def _hashes(ws: Workspace, passphrase: str | None) -> dict[str, tuple[int, str]]:
    ws.engine.dispose()
    assert ws.database_file is not None
    return table_hashes(ws.database_file, passphrase)


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_backup_change_restore_gives_back_exactly_the_backed_up_rows(
    paths: Paths, passphrase: str | None
) -> None:
    ws = _open(paths, passphrase)
    _fill(ws)
    assert ws.backups is not None and ws.documents is not None
    backup = ws.backups.create()
    expected = _hashes(ws, passphrase)
    # The backup's own audit entry was written after the copy: leave it out of the comparison.
    expected.pop("audit_entries")

    case = ws.services.cases.get_by_reference("ILI-2022-UZ23")
    ws.services.cases.update(case.id, replace(CASE, title="Changed"), expected_version=case.version)
    ws.services.people.create(PersonInput(full_name="Someone added later"))
    ws.documents.write("ILI-2022-UZ23/letter.docx", b"overwritten")
    ws.documents.write("later.txt", b"added later")
    assert _hashes(ws, passphrase) != expected

    result = ws.backups.restore(backup.path)

    restored = _hashes(ws, passphrase)
    audit_rows = restored.pop("audit_entries")
    assert restored == expected
    assert audit_rows[0] > 0
    assert ws.services.cases.get_by_reference("ILI-2022-UZ23").title == CASE.title
    assert ws.documents.read("ILI-2022-UZ23/letter.docx") == "Письмо: 23 victims".encode()
    with pytest.raises(DomainError, match="missing"):
        ws.documents.read("later.txt")
    # The database it replaced is a backup itself, with the change in it.
    assert result.replaced_backup is not None and result.replaced_backup.exists()
    assert read_info(result.replaced_backup).reason == "before-restore"
    assert result.upgraded_from is None
    assert result.documents in (0, 1)
    events = [e for e in ws.services.audit.recent(5) if e.action is AuditAction.EVENT]
    assert events[0].event == "restore"
    assert (paths.database.stat().st_size > 0) and database_file_state(paths.database) is (
        FileState.ENCRYPTED if passphrase else FileState.PLAIN
    )
    # Restore the "before-restore" backup: the change comes back.
    ws.backups.restore(result.replaced_backup)
    assert ws.services.cases.get_by_reference("ILI-2022-UZ23").title == "Changed"
    ws.close()


def test_archive_contents_and_manifest(paths: Paths) -> None:
    ws = _open(paths, PASS)
    _fill(ws)
    assert ws.backups is not None
    info = ws.backups.create()
    with zipfile.ZipFile(info.path) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read(MANIFEST))
        db_bytes = zf.read(DATABASE_ENTRY)
        doc_bytes = zf.read("documents/ILI-2022-UZ23/letter.docx")
    assert names[:2] == [MANIFEST, DATABASE_ENTRY]
    assert manifest["format"] == "treatydesk-backup"
    assert manifest["encrypted"] is True
    assert manifest["schema"] == head_revision()
    assert manifest["documents"] == 1
    assert not db_bytes.startswith(b"SQLite format 3")
    for name in ("Тореғожина", "Xoʻjayev", "Twenty-three"):
        assert name.encode() not in db_bytes
        assert name.encode() not in info.path.read_bytes()
    assert "Письмо".encode() not in doc_bytes
    assert info.encrypted and info.documents == 1 and info.size == info.path.stat().st_size
    assert not list(paths.backups.glob("*.partial"))
    ws.close()


def test_daily_backups_once_a_day_keeping_the_last_n(paths: Paths) -> None:
    ws = _open(paths)
    assert ws.documents is not None
    day = [datetime(2026, 11, 1, 9, 0, 0)]
    service = BackupService(
        ws.session_factory, paths=paths, documents=ws.documents, keep_daily=3, now=lambda: day[0]
    )
    assert service.ensure_daily() is not None
    assert service.ensure_daily() is None  # same day: nothing more
    manual = service.create()
    for _ in range(5):
        day[0] += timedelta(days=1)
        assert service.ensure_daily() is not None
    kept = service.list()
    daily = [b for b in kept if b.reason == "daily"]
    assert [b.created_at.day for b in daily] == [6, 5, 4]
    assert manual.path in [b.path for b in kept]  # on-demand backups are never pruned
    with pytest.raises(DomainError, match="at least one"):
        BackupService(ws.session_factory, paths=paths, documents=ws.documents, keep_daily=0)
    with pytest.raises(DomainError, match="not a backup reason"):
        service.create("Bad Reason!")
    ws.close()


def test_open_workspace_takes_the_daily_backup(paths: Paths) -> None:
    ws = open_workspace(sqlite_url(paths.database), paths, daily_backup=True)
    assert ws.backups is not None
    assert [b.reason for b in ws.backups.list()] == ["daily"]
    ws.close()
    ws = open_workspace(sqlite_url(paths.database), paths, daily_backup=True)
    assert ws.backups is not None
    assert len(ws.backups.list()) == 1
    ws.close()


def test_a_backup_of_an_older_schema_is_migrated_on_restore(paths: Paths, tmp_path: Path) -> None:
    old_db = tmp_path / "old" / "treatydesk.sqlite"
    engine = make_engine(sqlite_url(old_db))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO people (full_name, original_script_name, pseudonym, sex, contact,"
            " safety_notes, consent_to_be_named, consent_form, notes, uuid, created_at,"
            " updated_at, version) VALUES ('Ерсін Тореғожин', '', '', 'male', '', '', 0, '',"
            " '', 'u-1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
        )
    engine.dispose()
    archive = tmp_path / "old-backup.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(
            MANIFEST,
            json.dumps(
                {
                    "format": "treatydesk-backup",
                    "format_version": 1,
                    "created_at": "2025-01-01T10:00:00",
                    "reason": "manual",
                    "schema": "0002",
                    "encrypted": False,
                    "documents": 0,
                }
            ),
        )
        zf.write(old_db, DATABASE_ENTRY)

    ws = _open(paths)
    assert ws.backups is not None
    result = ws.backups.restore(archive)
    assert result.upgraded_from == "0002"
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT full_name FROM people").scalar() == "Ерсін Тореғожин"
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision()
        )
    ws.close()


def test_plain_backup_restored_into_an_encrypted_workspace_comes_out_encrypted(
    paths: Paths,
) -> None:
    ws = _open(paths)
    _fill(ws)
    assert ws.backups is not None
    plain_backup = ws.backups.create()
    ws.close()
    other = Paths(paths.data_dir.parent / "other")
    enc = _open(other, PASS)
    assert enc.backups is not None and enc.documents is not None
    enc.backups.restore(plain_backup.path)
    assert enc.services.cases.get_by_reference("ILI-2022-UZ23").title == CASE.title
    enc.engine.dispose()
    assert database_file_state(other.database) is FileState.ENCRYPTED
    assert b"Xo\xca\xbbjayev" not in other.database.read_bytes()
    letter = other.documents / "ILI-2022-UZ23" / "letter.docx"
    assert "Письмо".encode() not in letter.read_bytes()
    assert enc.documents.read("ILI-2022-UZ23/letter.docx") == "Письмо: 23 victims".encode()
    enc.close()


def test_a_backup_under_another_passphrase_needs_that_passphrase(paths: Paths) -> None:
    ws = _open(paths, PASS)
    _fill(ws)
    assert ws.backups is not None
    archive = ws.backups.create().path
    ws.close()
    other = Paths(paths.data_dir.parent / "other")
    ws2 = _open(other, "another passphrase here")
    assert ws2.backups is not None
    with pytest.raises(WrongPassphraseError, match="another passphrase"):
        ws2.backups.restore(archive)
    ws2.backups.restore(archive, backup_passphrase=PASS)
    assert ws2.services.cases.get_by_reference("ILI-2022-UZ23").reference == "ILI-2022-UZ23"
    ws2.close()
    # Re-opened with the workspace's own passphrase: the restored copy was re-encrypted.
    ws3 = _open(other, "another passphrase here")
    assert ws3.documents is not None
    assert ws3.documents.read("ILI-2022-UZ23/letter.docx") == "Письмо: 23 victims".encode()
    ws3.close()
    plain = Paths(paths.data_dir.parent / "plain")
    with pytest.raises(PassphraseRequiredError, match="encrypted"):
        restore_archive(archive, db_path=plain.database, paths=plain, target_passphrase=None)
    assert not plain.database.exists()


# ---------------------------------------------------------------- files that are not backups


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


GOOD_MANIFEST = json.dumps(
    {"format": "treatydesk-backup", "format_version": 1, "created_at": "2026-01-01T00:00:00"}
).encode()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: _write(p, b"\xff\xd8\xff\xe0 a JPEG photo" * 100), "not a zip"),
        (lambda p: _write(p, b"a letter"), "not a zip"),
        (lambda p: _zip(p, {"photo.jpg": b"x"}), "no database"),
        (lambda p: _zip(p, {MANIFEST: b"{not json", DATABASE_ENTRY: b"x"}), "damaged"),
        (
            lambda p: _zip(p, {MANIFEST: b'{"format": "other"}', DATABASE_ENTRY: b"x"}),
            "not TreatyDesk",
        ),
        (
            lambda p: _zip(p, {MANIFEST: GOOD_MANIFEST, DATABASE_ENTRY: b"Dear Committee" * 10}),
            "not a database",
        ),
        (
            lambda p: _zip(
                p,
                {
                    MANIFEST: GOOD_MANIFEST,
                    DATABASE_ENTRY: b"SQLite format 3\x00" + b"\x00" * 100,
                    "documents/../../escape.txt": b"x",
                },
            ),
            "not a path inside",
        ),
        (
            lambda p: _zip(p, {MANIFEST: GOOD_MANIFEST, DATABASE_ENTRY: b"x", "other.txt": b"x"}),
            "unknown entry",
        ),
        (
            lambda p: _zip(
                p,
                {
                    MANIFEST: json.dumps(
                        {"format": "treatydesk-backup", "format_version": 99}
                    ).encode(),
                    DATABASE_ENTRY: b"x",
                },
            ),
            "newer version",
        ),
    ],
    ids=[
        "jpeg",
        "text",
        "zip-without-database",
        "broken-manifest",
        "foreign-manifest",
        "text-as-database",
        "path-escape",
        "unknown-entry",
        "newer-format",
    ],
)
def test_files_that_are_not_backups_are_refused_and_nothing_changes(
    paths: Paths, tmp_path: Path, make, message: str
) -> None:
    ws = _open(paths)
    _fill(ws)
    assert ws.backups is not None
    before = _hashes(ws, None)
    bogus = make(tmp_path / "backup.zip")
    with pytest.raises(DomainError, match=message):
        ws.backups.restore(bogus)
    assert _hashes(ws, None) == before
    assert not (tmp_path / "escape.txt").exists()
    assert not list(paths.data_dir.glob(".restore-*"))
    ws.close()


def test_a_truncated_or_damaged_backup_is_refused(paths: Paths, tmp_path: Path) -> None:
    ws = _open(paths)
    _fill(ws)
    assert ws.backups is not None
    good = ws.backups.create().path
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DomainError, match="not a TreatyDesk backup"):
        ws.backups.restore(cut)
    # A database whose pages were damaged inside an otherwise valid archive.
    ws.engine.dispose()
    damaged_db = tmp_path / "damaged.sqlite"
    data = bytearray(paths.database.read_bytes())
    for i in range(4096 * 3, len(data), 4096):
        data[i + 100 : i + 400] = b"\xde\xad" * 150
    damaged_db.write_bytes(bytes(data))
    damaged = _zip(tmp_path / "damaged.zip", {MANIFEST: GOOD_MANIFEST, DATABASE_ENTRY: bytes(data)})
    with pytest.raises(DomainError, match=r"damaged|could not be read|not a"):
        ws.backups.restore(damaged)
    assert ws.services.cases.get_by_reference("ILI-2022-UZ23").title == CASE.title
    ws.close()


def test_restore_over_a_database_that_cannot_be_opened_keeps_it(
    paths: Paths, tmp_path: Path
) -> None:
    ws = _open(paths)
    _fill(ws)
    assert ws.backups is not None
    archive = ws.backups.create().path
    ws.close()
    paths.database.write_bytes(b"garbage " * 1000)
    result = restore_archive(archive, db_path=paths.database, paths=paths, target_passphrase=None)
    assert result.replaced_backup is None
    kept = list(paths.backups.glob("treatydesk-*-replaced.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"garbage")
    conn = sqlite3.connect(paths.database)
    assert conn.execute("SELECT title FROM cases").fetchall() == [(CASE.title,)]
    conn.close()
    assert list(paths.backups.glob("documents-replaced-*"))


def test_backup_before_migration_is_an_archive(paths: Paths) -> None:
    engine = make_engine(sqlite_url(paths.database))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    engine.dispose()
    ws = _open(paths)
    assert ws.backup_taken is not None
    info = read_info(ws.backup_taken)
    assert info.schema == "0003"
    assert info.reason == f"before-{head_revision()}"
    events = [e for e in ws.services.audit.recent(10) if e.event == "backup"]
    assert events and "schema upgrade" in events[0].summary
    ws.close()


def test_backup_dates_do_not_depend_on_the_services_clock(paths: Paths) -> None:
    ws = open_workspace(sqlite_url(paths.database), paths, clock=lambda: date(2000, 1, 1))
    assert ws.backups is not None
    info = ws.backups.create()
    assert info.created_at.year >= 2026
    ws.close()
