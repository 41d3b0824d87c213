"""Passphrases, file recognition, encrypted engines and the documents cipher."""

from __future__ import annotations

import logging
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from app.config import sqlite_url
from app.crypto import MAGIC, DocumentCipher, DocumentStore, is_encrypted_file
from app.db import (
    check_unlock,
    connect_file,
    copy_database,
    engine_passphrase,
    file_integrity,
    make_engine,
    open_database_engine,
)
from app.errors import DomainError
from app.security import (
    ENV_PASSPHRASE,
    FileState,
    PassphraseRequiredError,
    Secret,
    WrongPassphraseError,
    check_new_passphrase,
    database_file_state,
    normalize_passphrase,
    passphrase_from_env,
    prompt_passphrase,
)

PASS = "correct horse battery staple"


# ---------------------------------------------------------------- passphrases


def test_secret_never_shows_its_value() -> None:
    secret = Secret(PASS)
    assert PASS not in repr(secret)
    assert PASS not in str(secret)
    assert PASS not in f"{secret!r} {secret}"
    assert secret.reveal() == PASS
    assert secret == Secret(PASS)
    assert secret != Secret("another passphrase")


def test_passphrases_are_normalized_so_every_keyboard_gives_the_same_key() -> None:
    decomposed = "Ерсін e\u0301"  # e + combining acute
    assert normalize_passphrase(decomposed) == "Ерсін \u00e9"
    with pytest.raises(DomainError, match="NUL"):
        normalize_passphrase("abc\x00def")


@pytest.mark.parametrize(
    ("value", "confirmation", "message"),
    [
        ("short", None, "too short"),
        (" leading space here", None, "begin or end with a space"),
        ("a" * 2000, None, "too long"),
        ("long enough passphrase", "long enough passphrasE", "not the same"),
    ],
)
def test_new_passphrase_rules(value: str, confirmation: str | None, message: str) -> None:
    with pytest.raises(DomainError, match=message) as info:
        check_new_passphrase(value, confirmation)
    assert info.value.field in ("passphrase", "confirmation")


def test_new_passphrase_accepts_any_script() -> None:
    assert check_new_passphrase("Oʻzbekiston ҚАЗАҚСТАН عربي") == "Oʻzbekiston ҚАЗАҚСТАН عربي"


def test_passphrase_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    assert passphrase_from_env() is None
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    assert passphrase_from_env() == PASS


def test_no_terminal_to_ask_on_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoTty:
        def isatty(self) -> bool:
            return False

    monkeypatch.setattr("sys.stdin", NoTty())
    with pytest.raises(PassphraseRequiredError, match=ENV_PASSPHRASE):
        prompt_passphrase()


# ---------------------------------------------------------------- what a file is


def test_file_states(tmp_path: Path) -> None:
    assert database_file_state(tmp_path / "none.sqlite") is FileState.MISSING
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert database_file_state(empty) is FileState.EMPTY
    plain = tmp_path / "plain.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    assert database_file_state(plain) is FileState.PLAIN
    encrypted = tmp_path / "enc.sqlite"
    engine = make_engine(sqlite_url(encrypted), passphrase=PASS)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    engine.dispose()
    assert database_file_state(encrypted) is FileState.ENCRYPTED
    letter = tmp_path / "letter.sqlite"
    letter.write_bytes(b"Dear Committee, " * 256)  # 4096 bytes of text: still not a database
    assert database_file_state(letter) is FileState.NOT_DATABASE
    archive = tmp_path / "fake.sqlite"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x", os.urandom(5000))
    assert database_file_state(archive) is FileState.NOT_DATABASE
    odd = tmp_path / "odd.sqlite"
    odd.write_bytes(os.urandom(1000))  # not a whole number of pages
    assert database_file_state(odd) is FileState.NOT_DATABASE


# ---------------------------------------------------------------- encrypted engines


def test_encrypted_engine_round_trip_and_no_passphrase_in_urls(tmp_path: Path) -> None:
    path = tmp_path / "enc.sqlite"
    engine = make_engine(sqlite_url(path), passphrase=PASS)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (name TEXT)")
        conn.exec_driver_sql("INSERT INTO t VALUES ('Тореғожина')")
    assert engine_passphrase(engine) == PASS
    for shown in (str(engine.url), repr(engine.url), repr(engine)):
        assert PASS not in shown
    engine.dispose()
    assert PASS.encode() not in path.read_bytes()
    assert "Тореғожина".encode() not in path.read_bytes()
    again = open_database_engine(sqlite_url(path), passphrase=PASS)
    with again.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM t").scalar() == "Тореғожина"
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    again.dispose()


def test_wrong_passphrase_is_a_clear_error_and_the_file_is_untouched(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "enc.sqlite"
    engine = make_engine(sqlite_url(path), passphrase=PASS)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    engine.dispose()
    before = path.read_bytes()
    caplog.set_level(logging.DEBUG)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase") as info:
        open_database_engine(sqlite_url(path), passphrase="not the passphrase")
    assert "not the passphrase" not in str(info.value)
    with pytest.raises(PassphraseRequiredError, match="protected by a passphrase"):
        open_database_engine(sqlite_url(path))
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    out, err = capfd.readouterr()
    assert "hmac" not in err  # SQLCipher's own log is silenced
    for text in (out, err, caplog.text):
        assert PASS not in text
        assert "not the passphrase" not in text


def test_a_file_that_is_not_a_database_is_never_replaced(tmp_path: Path) -> None:
    letter = tmp_path / "notes.sqlite"
    letter.write_bytes(b"This is a letter, not a database." * 100)
    for passphrase in (None, PASS):
        with pytest.raises(DomainError, match="not a TreatyDesk database"):
            open_database_engine(sqlite_url(letter), passphrase=passphrase)
    assert letter.read_bytes().startswith(b"This is a letter")


def test_random_bytes_that_look_encrypted_are_a_wrong_passphrase_not_a_new_database(
    tmp_path: Path,
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(8192))
    before = junk.read_bytes()
    with pytest.raises(WrongPassphraseError):
        open_database_engine(sqlite_url(junk), passphrase=PASS)
    assert junk.read_bytes() == before


def test_plain_file_opened_as_it_is_even_with_a_passphrase(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    engine = open_database_engine(sqlite_url(plain), passphrase=PASS)
    assert engine_passphrase(engine) is None
    check_unlock(engine)
    engine.dispose()
    assert database_file_state(plain) is FileState.PLAIN


def test_empty_file_with_a_leftover_journal_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    db.touch()
    Path(f"{db}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 100)
    with pytest.raises(DomainError, match="damaged"):
        open_database_engine(sqlite_url(db))


def test_copy_database_between_protections(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.execute(
        "CREATE TRIGGER t_no_delete BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    conn.execute("INSERT INTO t VALUES ('Oʻtkir Xoʻjayev')")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    enc = copy_database(
        plain, tmp_path / "enc.sqlite", source_passphrase=None, dest_passphrase=PASS
    )
    assert database_file_state(enc) is FileState.ENCRYPTED
    rekeyed = copy_database(
        enc, tmp_path / "re.sqlite", source_passphrase=PASS, dest_passphrase="second passphrase"
    )
    back = copy_database(
        rekeyed,
        tmp_path / "back.sqlite",
        source_passphrase="second passphrase",
        dest_passphrase=None,
    )
    assert database_file_state(back) is FileState.PLAIN
    for path, key in ((enc, PASS), (rekeyed, "second passphrase"), (back, None)):
        c = connect_file(path, key)
        assert c.execute("SELECT name FROM t").fetchall() == [("Oʻtkir Xoʻjayev",)]
        assert c.execute("PRAGMA user_version").fetchone() == (3,)
        names = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
        assert "t_no_delete" in names
        c.close()
        assert file_integrity(path, key) == []
    with pytest.raises(WrongPassphraseError):
        connect_file(rekeyed, PASS)
    with pytest.raises(DomainError, match="already exists"):
        copy_database(plain, enc, source_passphrase=None, dest_passphrase=PASS)


# ---------------------------------------------------------------- documents


def test_cipher_round_trip_and_tampering() -> None:
    cipher = DocumentCipher(PASS)
    data = "Письмо в Комитет: Тореғожина".encode() * 50
    blob = cipher.encrypt(data)
    assert blob.startswith(MAGIC)
    assert data not in blob
    assert cipher.decrypt(blob) == data
    assert DocumentCipher(PASS).decrypt(blob) == data  # another object, another salt: fine
    with pytest.raises(WrongPassphraseError, match="another passphrase"):
        DocumentCipher("other passphrase").decrypt(blob, "The letter")
    tampered = bytearray(blob)
    tampered[-20] ^= 1
    with pytest.raises(WrongPassphraseError, match="altered"):
        cipher.decrypt(bytes(tampered))
    with pytest.raises(DomainError, match="not an encrypted"):
        cipher.decrypt(b"%PDF-1.7 plain file")
    with pytest.raises(DomainError, match="shorter than its header"):
        cipher.decrypt(MAGIC + b"x")
    assert "***" in repr(cipher)


def test_store_encrypts_reads_and_opens_a_private_copy(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "documents", DocumentCipher(PASS))
    stored = store.write("KZ-CCPR-2137/letter.docx", b"PK\x03\x04 Toregozhina letter")
    on_disk = tmp_path / "documents" / "KZ-CCPR-2137" / "letter.docx"
    assert stored.path == "KZ-CCPR-2137/letter.docx"
    assert stored.size == len(b"PK\x03\x04 Toregozhina letter")
    assert is_encrypted_file(on_disk)
    assert b"Toregozhina" not in on_disk.read_bytes()
    assert store.read(stored.path) == b"PK\x03\x04 Toregozhina letter"
    copy = store.open_copy(stored.path)
    assert copy.read_bytes() == b"PK\x03\x04 Toregozhina letter"
    assert copy.name == "letter.docx"
    assert not copy.is_relative_to(tmp_path / "documents")
    assert oct(copy.parent.stat().st_mode & 0o777) == "0o700"
    stamp = copy.stat().st_mtime_ns
    assert store.open_copy(stored.path) == copy  # unchanged: the same copy, not rewritten
    assert copy.stat().st_mtime_ns == stamp
    copy.chmod(0o600)
    copy.write_bytes(b"PK\x03\x04 edited in Word")  # a copy another program changed...
    second = store.open_copy(stored.path)
    assert second != copy  # ...is never overwritten: a new copy beside it
    assert copy.read_bytes() == b"PK\x03\x04 edited in Word"
    assert second.read_bytes() == b"PK\x03\x04 Toregozhina letter"
    store.clear_temp()
    assert not copy.exists()
    assert not copy.parent.exists()


def test_store_refuses_paths_outside_the_folder(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "documents")
    for bad in ("../evil.docx", "/etc/passwd", "a/../../b", "", "C:/x", "\\\\server\\share"):
        with pytest.raises(DomainError, match="not a path inside"):
            store.write(bad, b"x")


def test_plain_store_gives_the_file_itself(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "documents")
    stored = store.write("a.pdf", b"%PDF plain")
    assert store.open_copy(stored.path) == tmp_path / "documents" / "a.pdf"
    assert store.read("a.pdf") == b"%PDF plain"
    with pytest.raises(DomainError, match="missing"):
        store.read("b.pdf")


def test_locked_store_refuses_and_conversion_can_be_run_twice(tmp_path: Path) -> None:
    root = tmp_path / "documents"
    plain = DocumentStore(root)
    plain.write("one.txt", b"one")
    plain.write("sub/two.txt", b"two")
    cipher = DocumentCipher(PASS)
    store = DocumentStore(root, cipher)
    assert store.convert_all(None, cipher) == 2
    assert store.convert_all(None, cipher) == 0  # already converted: left alone
    assert all(is_encrypted_file(p) for p in store.files())
    assert DocumentStore(root).encrypted is False
    with pytest.raises(PassphraseRequiredError, match="encrypted"):
        DocumentStore(root).read("one.txt")
    store.lock()
    assert store.locked
    with pytest.raises(PassphraseRequiredError, match="locked"):
        store.read("one.txt")
    new = DocumentCipher("a new passphrase")
    store.unlock(cipher)
    assert store.convert_all(cipher, new) == 2
    store.unlock(new)
    assert store.read("sub/two.txt") == b"two"
    (root / "dropped.txt").write_bytes(b"put here by hand")
    assert store.encrypt_plain_files() == 1
    assert store.read("dropped.txt") == b"put here by hand"
