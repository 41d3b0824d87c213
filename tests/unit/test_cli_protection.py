"""`treatydesk db encrypt | rekey | backup | restore` and the passphrase on the command line."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest

from app.cli import Output, main
from app.security import (
    ENV_BACKUP_PASSPHRASE,
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    FileState,
    database_file_state,
)

PASS = "Kazakhstan 2025 follow-up"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), output=Output(out, err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def no_passphrase_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (ENV_PASSPHRASE, ENV_NEW_PASSPHRASE, ENV_BACKUP_PASSPHRASE):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "portfolio.sqlite"
    code, _, err = run("--db", str(db), "demo", "load")
    assert code == 0, err
    return db


def _titles(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT reference FROM cases"))
    finally:
        conn.close()


def test_encrypt_then_every_command_needs_the_passphrase(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    code, out, err = run("--db", str(demo_db), "db", "encrypt")
    assert code == 0, err
    assert "now encrypted" in out
    assert PASS not in out + err
    assert database_file_state(demo_db) is FileState.ENCRYPTED
    code, out, err = run("--db", str(demo_db), "cases", "list", "--json")
    assert code == 0, err
    assert '"count": 5' in out
    code, out, _ = run("--db", str(demo_db), "db", "check")
    assert code == 0 and "integrity ok" in out
    code, _, err = run("--db", str(demo_db), "db", "encrypt")
    assert code == 1 and "already encrypted" in err
    copy = demo_db.parent / "copy.sqlite"  # the database file alone stays encrypted
    assert run("--db", str(demo_db), "db", "backup", str(copy))[0] == 0
    assert database_file_state(copy) is FileState.ENCRYPTED
    code, out, _ = run("--db", str(copy), "cases", "list", "--json")
    assert code == 0 and '"count": 5' in out

    monkeypatch.setenv(ENV_PASSPHRASE, "not the passphrase")
    code, out, err = run("--db", str(demo_db), "cases", "list")
    assert code == 1
    assert err.startswith("treatydesk: Wrong passphrase")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "not the passphrase" not in err
    monkeypatch.delenv(ENV_PASSPHRASE)
    code, _, err = run("--db", str(demo_db), "cases", "list")  # no terminal in tests
    assert code == 1
    assert "protected by a passphrase" in err and ENV_PASSPHRASE in err
    assert database_file_state(demo_db) is FileState.ENCRYPTED  # never replaced


def test_rekey_a_plain_database_is_refused(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, "the second passphrase")
    code, _, err = run("--db", str(demo_db), "db", "rekey")
    assert code == 1 and "db encrypt" in err


def test_backup_archive_and_restore(demo_db: Path, tmp_path: Path, data_dir: Path) -> None:
    archive = tmp_path / "portfolio-backup.zip"
    code, out, err = run("--db", str(demo_db), "db", "backup", str(archive))
    assert code == 0, err
    assert str(archive) in out
    with zipfile.ZipFile(archive) as zf:
        assert "database.sqlite" in zf.namelist()
    folder = tmp_path / "usb"
    folder.mkdir()
    code, out, _ = run("--db", str(demo_db), "db", "backup", str(folder))
    assert code == 0
    assert len(list(folder.glob("portfolio-*-manual.zip"))) == 1

    conn = sqlite3.connect(demo_db)
    conn.execute("UPDATE cases SET title = 'changed after the backup'")
    conn.commit()
    conn.close()
    code, out, err = run("--db", str(demo_db), "db", "restore", str(archive))
    assert code == 0, err
    assert "Restored" in out and "kept as" in out
    conn = sqlite3.connect(demo_db)
    titles = [r[0] for r in conn.execute("SELECT title FROM cases")]
    conn.close()
    assert "changed after the backup" not in titles
    assert len(titles) == 5
    kept = list((data_dir / "backups").glob("portfolio-*-before-restore.zip"))
    assert len(kept) == 1


def test_restore_refuses_a_file_that_is_not_a_backup(demo_db: Path, tmp_path: Path) -> None:
    photo = tmp_path / "holiday.zip"
    photo.write_bytes(b"\xff\xd8\xff\xe0 JPEG " * 200)
    before = demo_db.read_bytes()
    code, _, err = run("--db", str(demo_db), "db", "restore", str(photo))
    assert code == 1
    assert "not a TreatyDesk backup" in err and err.count("\n") == 1
    assert demo_db.read_bytes() == before
    code, _, err = run("--db", str(demo_db), "db", "restore", str(tmp_path / "none.zip"))
    assert code == 1 and "There is no file" in err


def test_restore_an_encrypted_backup_over_a_damaged_database(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    assert run("--db", str(demo_db), "db", "encrypt")[0] == 0
    archive = tmp_path / "b.zip"
    assert run("--db", str(demo_db), "db", "backup", str(archive))[0] == 0
    demo_db.write_bytes(b"Dear Committee, this file was overwritten by mistake.")
    code, out, err = run("--db", str(demo_db), "db", "restore", str(archive))
    assert code == 0, err
    assert "not a TreatyDesk database" in err  # said once, then restored
    assert database_file_state(demo_db) is FileState.ENCRYPTED
    code, out, _ = run("--db", str(demo_db), "cases", "list", "--json")
    assert code == 0 and '"count": 5' in out


def test_rekey_then_restore_a_backup_made_under_the_earlier_passphrase(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    assert run("--db", str(demo_db), "db", "encrypt")[0] == 0
    archive = tmp_path / "b.zip"
    assert run("--db", str(demo_db), "db", "backup", str(archive))[0] == 0
    code, _, err = run("--db", str(demo_db), "db", "rekey")  # no new passphrase, no terminal
    assert code == 1 and ENV_PASSPHRASE in err
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, "short")
    code, _, err = run("--db", str(demo_db), "db", "rekey")
    assert code == 1 and "too short" in err
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, "the second passphrase")
    code, out, err = run("--db", str(demo_db), "db", "rekey")
    assert code == 0, err
    assert "was changed" in out
    assert run("--db", str(demo_db), "cases", "list")[2].startswith("treatydesk: Wrong passphrase")
    monkeypatch.setenv(ENV_PASSPHRASE, "the second passphrase")
    # The archive written elsewhere still needs the passphrase it was made under.
    code, _, err = run("--db", str(demo_db), "db", "restore", str(archive))
    assert code == 1 and "made under another passphrase" in err
    monkeypatch.setenv(ENV_BACKUP_PASSPHRASE, PASS)
    code, _, err = run("--db", str(demo_db), "db", "restore", str(archive))
    assert code == 0, err
    assert run("--db", str(demo_db), "cases", "list")[0] == 0  # under the current passphrase


def test_a_new_database_is_created_encrypted_when_the_variable_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    db = tmp_path / "new.sqlite"
    code, out, _ = run("--db", str(db), "cases", "list")
    assert code == 0 and "No cases" in out
    assert database_file_state(db) is FileState.ENCRYPTED
