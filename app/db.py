"""Engine factory, encryption at rest and the unit of work.

SQLite: foreign keys on for every connection, WAL journal, a busy timeout, and
SQLAlchemy's documented recipe (pysqlite's own transaction handling off, BEGIN
emitted by us) so that transactions and SAVEPOINTs behave as the SQL says.

Encryption: a passphrase turns the engine into SQLAlchemy's `sqlite+pysqlcipher`
dialect over the `sqlcipher3` driver. The passphrase travels in the engine's URL
object only (the dialect's own mechanism: it issues `PRAGMA key` first on every new
connection); SQLAlchemy never renders a URL's password, and the URL strings the rest
of the application keeps and shows never hold it. SQLCipher encrypts every page of
the database and of its WAL; temporary files are kept in memory.

Never two SQLite libraries on one file at once: a plain database is used through
Python's `sqlite3`, an encrypted one through `sqlcipher3`; POSIX locks are per process,
so two copies of SQLite on the same file could drop each other's locks. The file-level
operations here (export, re-encryption) run on files no engine has open.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.dialects import register_sqlite_functions
from app.errors import DomainError
from app.security import (
    ENV_PASSPHRASE,
    FileState,
    PassphraseRequiredError,
    WrongPassphraseError,
    database_file_state,
    normalize_passphrase,
    not_a_database_message,
    wrong_passphrase_message,
)

log = logging.getLogger(__name__)

SessionFactory = sessionmaker[Session]

CIPHER_DRIVERNAME = "sqlite+pysqlcipher"
SIDE_FILES = ("-wal", "-shm", "-journal")
# Every commit is flushed to the disk before it is reported done: a lost record can lose
# a case, and a laptop loses power. (WAL mode with synchronous=FULL: durable and never
# corrupt after a crash or a power cut.)
SYNCHRONOUS = "FULL"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory or another backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_encrypted_engine(engine: Engine) -> bool:
    return engine.url.drivername == CIPHER_DRIVERNAME


def engine_passphrase(engine: Engine) -> str | None:
    """The passphrase an encrypted engine was made with (None for a plain one)."""
    return engine.url.password if is_encrypted_engine(engine) else None


def _configure_sqlite(engine: Engine, *, encrypted: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the driver (SQLAlchemy's SQLite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if encrypted:
            # The key was set by the dialect just before this. SQLCipher's own log would
            # otherwise print decryption failures (a wrong passphrase) to stderr.
            cursor.execute("PRAGMA cipher_log_level = NONE")
            cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        cursor.close()
        register_sqlite_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, passphrase: str | None = None, **kwargs: Any) -> Engine:
    """An engine for `url`. For a SQLite file, its folder must exist or be creatable.

    With `passphrase`, the SQLite file is opened (or created) encrypted with SQLCipher.
    The engine is lazy: call `check_unlock` to know at once whether the passphrase fits.
    """
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DomainError(f"Cannot create the folder for the database {path}: {exc}") from exc
    target: Any = url
    if passphrase is not None:
        if path is None:
            raise DomainError(
                "Only a SQLite database file can be encrypted by TreatyDesk; protect a "
                "database server with its own encryption and access rules."
            )
        target = make_url(url).set(
            drivername=CIPHER_DRIVERNAME, password=normalize_passphrase(passphrase)
        )
    engine = create_engine(target, **kwargs)
    if is_sqlite(url):
        _configure_sqlite(engine, encrypted=passphrase is not None)
    return engine


def check_unlock(engine: Engine, what: str | None = None) -> None:
    """Open one connection and read the schema: WrongPassphraseError if the key does not fit."""
    label = what or str(sqlite_path(str(engine.url)) or "the database")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (DatabaseError, OperationalError) as exc:
        text = str(getattr(exc, "orig", exc))
        if "file is not a database" in text or "file is encrypted" in text:
            engine.dispose()
            if is_encrypted_engine(engine):
                raise WrongPassphraseError(wrong_passphrase_message(label)) from None
            raise DomainError(not_a_database_message(Path(label))) from None
        raise


def open_database_engine(url: str, *, passphrase: str | None = None) -> Engine:
    """An engine on an existing or new database, its protection chosen by the file itself.

    - missing or empty file: created, encrypted when a passphrase is given;
    - plain SQLite file: opened as it is (the passphrase, if any, is not used: `db encrypt`
      protects it);
    - encrypted file: the passphrase is required and checked now (PassphraseRequiredError,
      WrongPassphraseError);
    - anything else: refused, untouched (never replaced by a new empty database).

    A database server (PostgreSQL) is reached at once, as the URL's user: see
    `open_server_engine` (there `passphrase` is the login password typed at a prompt).
    """
    path = sqlite_path(url)
    if path is None:
        if is_sqlite(url):
            return make_engine(url)  # an in-memory database
        return open_server_engine(url, password=passphrase)
    if path.is_dir():
        raise DomainError(f"{path} is a folder, not a database file.")
    state = database_file_state(path)
    if state is FileState.NOT_DATABASE:
        raise DomainError(not_a_database_message(path))
    if state is FileState.PLAIN:
        return make_engine(url)
    if state is FileState.ENCRYPTED:
        if passphrase is None:
            raise PassphraseRequiredError(
                f"The database {path} is protected by a passphrase: enter it "
                f"(for scripts: set {ENV_PASSPHRASE})."
            )
        engine = make_engine(url, passphrase=passphrase)
        check_unlock(engine, str(path))
        return engine
    if state is FileState.EMPTY:
        # A zero-byte file with a leftover WAL is not new: its content is in the WAL.
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise DomainError(
                f"The database {path} is empty but its journal {wal.name} is not: it was "
                "damaged. Nothing was changed; restore a backup or ask for help."
            )
    return make_engine(url, passphrase=passphrase)


def server_login(url: str) -> str:
    """“alice on db.example.org:5432/treatydesk”: who logs in where, for messages."""
    parsed = make_url(url)
    where = parsed.host or "the local server"
    if parsed.port:
        where += f":{parsed.port}"
    user = parsed.username or os.environ.get("PGUSER") or "your login"
    return f"{user} on {where}/{parsed.database or ''}".rstrip("/")


def open_server_engine(url: str, *, password: str | None = None) -> Engine:
    """An engine on a database server, with the login checked now.

    Each person logs in with their own database role (the audit trail records it). The
    password comes from the URL, or from what libpq reads itself (PGPASSWORD, ~/.pgpass),
    or from `password` (typed at a prompt); it is never shown in a URL TreatyDesk prints.
    PassphraseRequiredError when the server asks for a password and none was given,
    WrongPassphraseError when the one typed is refused; DomainError for the rest
    (server unreachable, no such database or role), in words.
    """
    target: Any = make_url(url)
    if password is not None and target.password is None:
        target = target.set(password=password)
    engine = create_engine(target, pool_pre_ping=True)
    who = server_login(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").scalar()
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        text = str(getattr(exc, "orig", exc))
        lowered = text.lower()
        if "no password supplied" in lowered or "password is required" in lowered:
            raise PassphraseRequiredError(
                f"The database server asks for the password of {who}: enter it (scripts: "
                "set PGPASSWORD or use a ~/.pgpass file)."
            ) from None
        if "password authentication failed" in lowered:
            if password is not None:
                raise WrongPassphraseError(
                    f"Wrong password for {who}: check it and the keyboard layout, and try again."
                ) from None
            raise DomainError(
                f"The database server refused the password of {who} (from the URL, "
                "PGPASSWORD or ~/.pgpass): correct it, or ask the server's administrator."
            ) from None
        first = (text.strip().splitlines() or [""])[0].strip()
        if "does not exist" in lowered:
            raise DomainError(
                f"The database server has no such database or login ({first}): check the "
                f"address, or ask the administrator to create it for {who}."
            ) from None
        raise DomainError(
            f"Cannot reach the database server for {who} ({first}). Check the address and "
            "the network connection."
        ) from None
    return engine


def make_session_factory(engine: Engine, *, audit: bool = True) -> SessionFactory:
    """Sessions over `engine`; every change made through them is written to the audit trail."""
    factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
    if audit:
        from app.audit import install_audit  # app.audit imports the models

        install_audit(factory)
    return factory


@contextmanager
def session_scope(factory: SessionFactory) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# ---------------------------------------------------------------- file-level operations


def quote_key(passphrase: str) -> str:
    """A passphrase as an SQL identifier for `PRAGMA key` (the dialect's own quoting)."""
    return '"' + normalize_passphrase(passphrase).replace('"', '""') + '"'


def connect_file(path: Path, passphrase: str | None) -> Any:
    """A raw DB-API connection to a database file: sqlcipher3 when encrypted, else sqlite3.

    The caller closes it. WrongPassphraseError / DomainError if it cannot be read.
    """
    if passphrase is None:
        return _checked(sqlite3.connect(str(path), isolation_level=None), path, None)
    import sqlcipher3.dbapi2 as sqlcipher

    keys = [quote_key(passphrase)]
    salt = _salt_of(path)
    if salt is not None:
        keys.insert(0, _raw_key(passphrase, salt))
    for i, key in enumerate(keys):
        conn = sqlcipher.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key}")
        conn.execute("PRAGMA temp_store = MEMORY")
        try:
            return _checked(conn, path, passphrase)
        except WrongPassphraseError:
            if i == len(keys) - 1:
                raise
    raise AssertionError("unreachable")


def _checked(conn: Any, path: Path, passphrase: str | None) -> Any:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        conn.close()
        text = str(exc)
        if "file is not a database" in text or "file is encrypted" in text:
            if passphrase is not None:
                raise WrongPassphraseError(wrong_passphrase_message(str(path))) from None
            raise DomainError(not_a_database_message(path)) from None
        raise DomainError(f"Cannot read the database {path}: {text}") from None
    return conn


# SQLCipher 4's key derivation: PBKDF2-HMAC-SHA512, 256,000 iterations, over the salt in the
# file's first 16 bytes. It costs a third of a second per connection; the file operations
# below (backup, restore, conversion) open several connections to the same files, so the
# derived key is kept for the process and handed to SQLCipher as a raw key.
KDF_ITERATIONS = 256_000
_raw_keys: dict[tuple[bytes, bytes], str] = {}


def _salt_of(path: Path) -> bytes | None:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return None
    if len(head) < 16 or head.startswith(b"SQLite format 3"):
        return None
    return head


def _raw_key(passphrase: str, salt: bytes) -> str:
    secret = normalize_passphrase(passphrase).encode("utf-8")
    ident = (hashlib.sha256(secret).digest(), salt)
    raw = _raw_keys.get(ident)
    if raw is None:
        key = hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, 32)
        raw = f"\"x'{key.hex()}{salt.hex()}'\""
        _raw_keys[ident] = raw
    return raw


def forget_derived_keys() -> None:
    """Drop the keys derived for file operations (when the workspace locks)."""
    _raw_keys.clear()


def file_integrity(path: Path, passphrase: str | None) -> list[str]:
    """`PRAGMA integrity_check` and `foreign_key_check` on a closed file; [] when sound."""
    conn = connect_file(path, passphrase)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if problems == ["ok"] else problems
        for row in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"broken reference in table {row[0]}, row {row[1]} -> {row[2]}")
        return problems
    finally:
        conn.close()


def copy_database(
    source: Path,
    dest: Path,
    *,
    source_passphrase: str | None,
    dest_passphrase: str | None,
) -> Path:
    """Copy a closed database file to `dest` (which must not exist), changing its protection.

    Same protection on both sides, or a new passphrase: SQLite's backup API (page by page,
    re-encrypted with the destination's key). Plain to encrypted or back: SQLCipher's
    `sqlcipher_export`. The copy is written to a temporary name and renamed when complete.
    """
    if dest.exists():
        raise DomainError(f"A file already exists at {dest}; choose another name.")
    partial = dest.with_name(dest.name + ".partial")
    remove_database_files(partial)
    both_plain = source_passphrase is None and dest_passphrase is None
    if both_plain or (source_passphrase is not None and dest_passphrase is not None):
        src = connect_file(source, source_passphrase)
        try:
            target = _new_file(partial, dest_passphrase)
            try:
                src.backup(target)
                user_version = src.execute("PRAGMA user_version").fetchone()[0]
                target.execute(f"PRAGMA user_version = {int(user_version)}")
            finally:
                target.close()
        finally:
            src.close()
    else:
        _export(source, partial, source_passphrase, dest_passphrase)
    settle_file(partial, dest_passphrase)
    os.replace(partial, dest)
    return dest


def _new_file(path: Path, passphrase: str | None) -> Any:
    if passphrase is None:
        return sqlite3.connect(str(path), isolation_level=None)
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {new_file_key(passphrase)}")
    return conn


def new_file_key(passphrase: str) -> str:
    """The `PRAGMA key` value for a new encrypted file: a fresh salt, the key derived here
    once and kept, so that the checks that reopen the new file do not derive it again."""
    return _raw_key(passphrase, os.urandom(16))


def _export(source: Path, dest: Path, src_pass: str | None, dest_pass: str | None) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if src_pass is not None:
            conn.execute(f"PRAGMA key = {quote_key(src_pass)}")
        try:
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        except Exception as exc:
            if src_pass is not None and "file is not a database" in str(exc):
                raise WrongPassphraseError(wrong_passphrase_message(str(source))) from None
            raise DomainError(not_a_database_message(source)) from None
        key = "" if dest_pass is None else new_file_key(dest_pass)[1:-1]
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dest), key))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {int(user_version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()


def settle_file(path: Path, passphrase: str | None) -> None:
    """Fold any WAL into a closed file and leave it in WAL mode, ready to be swapped in."""
    conn = connect_file(path, passphrase)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in SIDE_FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def remove_database_files(path: Path) -> None:
    """Delete a database file and its WAL, shared-memory and journal files."""
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def replace_database(staged: Path, target: Path) -> None:
    """Swap a complete, closed database file in for `target` (whose engine is disposed).

    The target's WAL and shared-memory files are removed first: an old WAL applied to
    the new file would corrupt it. os.replace is atomic on one file system.
    """
    for suffix in SIDE_FILES:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staged, target)


def checkpoint(engine: Engine) -> None:
    """Copy the WAL's pages into the database file and empty the WAL."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
