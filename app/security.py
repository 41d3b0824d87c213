"""Passphrases: where they come from, how they are checked, and the errors about them.

The passphrase that protects a database is never written to disk and never logged:
it comes from a prompt (the GUI's dialog, `getpass` on the command line) or, for
scripts, from the environment variable `TREATYDESK_PASSPHRASE`, and lives only in
memory while the database is unlocked. `Secret` wraps it so that a stray `repr()`,
log call or traceback shows `***` instead.

Nothing here touches the database (app.db imports this module, not the other way).
The OS keyring is not used: remembering the passphrase there would hand it to anyone
who can use the unlocked account, which is exactly who the encryption keeps out.
"""

from __future__ import annotations

import getpass
import hmac
import os
import sys
import unicodedata
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from app.errors import DomainError

ENV_PASSPHRASE = "TREATYDESK_PASSPHRASE"
# `db rekey` in a script: the new passphrase (the current one is TREATYDESK_PASSPHRASE).
ENV_NEW_PASSPHRASE = "TREATYDESK_NEW_PASSPHRASE"
# `db restore` in a script: the passphrase of a backup made under an earlier passphrase.
ENV_BACKUP_PASSPHRASE = "TREATYDESK_BACKUP_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8
MAX_PASSPHRASE_LENGTH = 1024

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher writes whole pages; its smallest page size is 512 bytes.
_PAGE_MULTIPLE = 512
# Files that are certainly not an encrypted database, whatever their name says.
_KNOWN_MAGIC = (
    b"PK\x03\x04",  # zip, docx, xlsx, a TreatyDesk backup archive
    b"%PDF",
    b"\xd0\xcf\x11\xe0",  # old Office files
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"{\\rtf",
)


class PassphraseRequiredError(DomainError):
    """The database is encrypted and no passphrase was given."""


class WrongPassphraseError(DomainError):
    """The passphrase does not unlock the database (or the file is damaged)."""


class Secret:
    """A passphrase held in memory; its repr and str never show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = normalize_passphrase(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())


def normalize_passphrase(value: str) -> str:
    """The same typed passphrase gives the same key on every keyboard and system (NFC)."""
    if not isinstance(value, str):
        raise TypeError("a passphrase is a str")
    if "\x00" in value:
        raise DomainError("A passphrase cannot contain a NUL character.", field="passphrase")
    return unicodedata.normalize("NFC", value)


def check_new_passphrase(value: str, confirmation: str | None = None) -> str:
    """A passphrase good enough to protect the database; DomainError says what is wrong."""
    value = normalize_passphrase(value)
    if confirmation is not None and normalize_passphrase(confirmation) != value:
        raise DomainError("The two passphrases are not the same.", field="confirmation")
    if value != value.strip():
        raise DomainError(
            "A passphrase cannot begin or end with a space (it is too easy to mistype).",
            field="passphrase",
        )
    if len(value) < MIN_PASSPHRASE_LENGTH:
        raise DomainError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} characters "
            "(a few unrelated words are easier to remember and harder to guess).",
            field="passphrase",
        )
    if len(value) > MAX_PASSPHRASE_LENGTH:
        raise DomainError(
            f"The passphrase is too long (at most {MAX_PASSPHRASE_LENGTH} characters).",
            field="passphrase",
        )
    return value


def passphrase_from_env(name: str = ENV_PASSPHRASE) -> str | None:
    """The passphrase a script put in the environment, or None."""
    value = os.environ.get(name)
    return normalize_passphrase(value) if value else None


def prompt_passphrase(
    prompt: str = "Passphrase: ", *, confirm: bool = False, stream: TextIO | None = None
) -> str:
    """Ask on the terminal without echo. DomainError when there is no terminal to ask on."""
    if not sys.stdin or not sys.stdin.isatty():
        raise PassphraseRequiredError(
            "The passphrase is needed and there is no terminal to ask for it: "
            f"set the environment variable {ENV_PASSPHRASE}."
        )
    value = getpass.getpass(prompt, stream=stream)
    if confirm:
        again = getpass.getpass("Repeat it: ", stream=stream)
        return check_new_passphrase(value, again)
    return normalize_passphrase(value)


class FileState(StrEnum):
    """What is at a database path, judged from its first bytes only."""

    MISSING = "missing"
    EMPTY = "empty"
    PLAIN = "plain"  # an ordinary SQLite file: readable by anyone with the file
    ENCRYPTED = "encrypted"  # looks like SQLCipher: random-looking whole pages
    NOT_DATABASE = "not_database"  # a letter, a PDF, a zip...


def database_file_state(path: Path) -> FileState:
    """Tell a plain SQLite file from an encrypted one without opening it.

    A plain SQLite file starts with "SQLite format 3\\0"; a SQLCipher file starts with a
    random salt and is a whole number of pages. Anything else is not a database, and is
    never opened, so that nothing ever writes a new empty database over it.
    """
    try:
        if not path.exists():
            return FileState.MISSING
        size = path.stat().st_size
        if size == 0:
            return FileState.EMPTY
        with path.open("rb") as f:
            head = f.read(len(PLAIN_SQLITE_HEADER))
    except OSError as exc:
        raise DomainError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if head == PLAIN_SQLITE_HEADER:
        return FileState.PLAIN
    if size % _PAGE_MULTIPLE or len(head) < len(PLAIN_SQLITE_HEADER):
        return FileState.NOT_DATABASE
    if head.startswith(_KNOWN_MAGIC) or _looks_like_text(head):
        return FileState.NOT_DATABASE
    return FileState.ENCRYPTED


def _looks_like_text(head: bytes) -> bool:
    return all(32 <= b < 127 or b in (9, 10, 13) for b in head)


def not_a_database_message(path: Path) -> str:
    return (
        f"{path} is not a TreatyDesk database (it is another kind of file). "
        "Nothing was changed; choose the database file, or a backup to restore."
    )


def wrong_passphrase_message(what: str) -> str:
    return (
        f"Wrong passphrase: it does not unlock {what}. Check the keyboard layout and "
        "Caps Lock, and try again."
    )
