"""Protecting an open workspace: encrypt a plain database, change the passphrase, lock.

Each operation works on a copy and swaps it in only once the copy is complete and
verified (integrity check, same row counts), so a crash at any moment leaves either
the old database or the new one, never half of each. Existing backups are converted
too: after `encrypt` no readable copy of the data is left in the backups folder, and
after `change_passphrase` the old passphrase opens none of them.

What cannot be helped, and is said in the README: the blocks of the old plain file may
stay on the disk until reused (use full-disk encryption), and copies made elsewhere
(another folder, a USB stick) are not touched.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine

from app.config import Paths
from app.context import Workspace, open_workspace
from app.crypto import DocumentCipher
from app.db import (
    checkpoint,
    connect_file,
    copy_database,
    engine_passphrase,
    file_integrity,
    forget_derived_keys,
    is_sqlite,
    make_engine,
    open_database_engine,
    remove_database_files,
    replace_database,
    sqlite_path,
)
from app.errors import DomainError
from app.migrate import integrity_check
from app.security import (
    FileState,
    PassphraseRequiredError,
    WrongPassphraseError,
    check_new_passphrase,
    database_file_state,
    normalize_passphrase,
    wrong_passphrase_message,
)
from app.services.audit import EVENT_ENCRYPT, EVENT_REKEY
from app.services.backup import convert_backups
from app.services.base import Clock

log = logging.getLogger(__name__)

LOCKED_MESSAGE = "TreatyDesk is locked: enter the passphrase to go on."


def encrypt_workspace(
    workspace: Workspace, passphrase: str, confirmation: str | None = None
) -> int:
    """Encrypt a plain SQLite database, its documents and its backups with `passphrase`.

    Returns the number of backups converted. The workspace stays open, now encrypted.
    """
    path = _sqlite_file(workspace)
    if workspace.encrypted:
        raise DomainError(
            "The database is already protected by a passphrase; to change it, use "
            "“Change passphrase” (treatydesk db rekey)."
        )
    new = check_new_passphrase(passphrase, confirmation)
    _refuse_damaged(workspace)
    checkpoint(workspace.engine)
    workspace.engine.dispose()
    staged = path.with_name(path.name + ".encrypting")
    remove_database_files(staged)
    try:
        copy_database(path, staged, source_passphrase=None, dest_passphrase=new)
        _verify_copy(path, None, staged, new)
        replace_database(staged, path)
    finally:
        remove_database_files(staged)
    _rebind(workspace, make_engine(workspace.url, passphrase=new))
    cipher = DocumentCipher(new)
    assert workspace.documents is not None
    workspace.documents.convert_all(None, cipher)
    workspace.documents.unlock(cipher)
    converted, skipped = convert_backups(workspace.paths.backups, None, new, stem=path.stem)
    workspace.services.audit.record_event(
        EVENT_ENCRYPT,
        "The database, its documents and its backups were encrypted with a passphrase.",
        details={"backups_converted": converted, "backups_left_as_they_were": skipped},
    )
    return converted


def change_passphrase(
    workspace: Workspace, current: str, new: str, confirmation: str | None = None
) -> int:
    """Re-encrypt the database, documents and backups with a new passphrase (a backup is
    taken first). Returns the number of backups converted."""
    path = _sqlite_file(workspace)
    old = engine_passphrase(workspace.engine)
    if old is None:
        raise DomainError(
            "The database is not protected by a passphrase yet: use “Protect with a "
            "passphrase” (treatydesk db encrypt)."
        )
    if not hmac.compare_digest(normalize_passphrase(current).encode(), old.encode()):
        raise WrongPassphraseError(wrong_passphrase_message("the database"))
    new = check_new_passphrase(new, confirmation)
    if new == old:
        raise DomainError("The new passphrase is the same as the current one.", field="passphrase")
    assert workspace.backups is not None
    assert workspace.documents is not None
    workspace.backups.create("before-rekey")
    _refuse_damaged(workspace)
    checkpoint(workspace.engine)
    workspace.engine.dispose()
    staged = path.with_name(path.name + ".rekeying")
    remove_database_files(staged)
    try:
        copy_database(path, staged, source_passphrase=old, dest_passphrase=new)
        _verify_copy(path, old, staged, new)
        replace_database(staged, path)
    finally:
        remove_database_files(staged)
    _rebind(workspace, make_engine(workspace.url, passphrase=new))
    old_cipher, cipher = DocumentCipher(old), DocumentCipher(new)
    workspace.documents.convert_all(old_cipher, cipher)
    workspace.documents.unlock(cipher)
    converted, skipped = convert_backups(workspace.paths.backups, old, new, stem=path.stem)
    workspace.services.audit.record_event(
        EVENT_REKEY,
        "The passphrase was changed; documents and backups were re-encrypted.",
        details={"backups_converted": converted, "backups_left_as_they_were": skipped},
    )
    return converted


def lock_workspace(workspace: Workspace) -> None:
    """Close every connection and forget the passphrase; `unlock_workspace` asks again.

    Services called while locked fail with PassphraseRequiredError (a plain message).
    """
    if not workspace.encrypted:
        return
    if workspace.documents is not None:
        workspace.documents.lock()
    workspace.engine.dispose()
    forget_derived_keys()
    _rebind(workspace, _locked_engine())


def unlock_workspace(workspace: Workspace, passphrase: str) -> None:
    """Open the database again; WrongPassphraseError leaves the workspace locked."""
    if not is_locked(workspace):
        return
    engine = open_database_engine(workspace.url, passphrase=passphrase)
    _rebind(workspace, engine)
    if workspace.documents is not None:
        workspace.documents.unlock(DocumentCipher(passphrase))


def is_locked(workspace: Workspace) -> bool:
    return workspace.documents is not None and workspace.documents.locked


# ---------------------------------------------------------------- internals


def _sqlite_file(workspace: Workspace) -> Path:
    path = workspace.database_file
    if path is None or workspace.documents is None:
        raise DomainError(
            "Only a SQLite database file can be encrypted by TreatyDesk; protect a "
            "database server with its own encryption and access rules."
        )
    if workspace.is_demo:
        raise DomainError("The demo portfolio is never encrypted: its people are fictional.")
    return path


def _refuse_damaged(workspace: Workspace) -> None:
    problems = integrity_check(workspace.engine)
    if problems:
        raise DomainError(
            "The database is damaged, so it was not converted: restore a backup first "
            f"({problems[0]})."
        )


def _verify_copy(source: Path, source_key: str | None, copy: Path, copy_key: str | None) -> None:
    problems = file_integrity(copy, copy_key)
    if problems:
        raise DomainError(f"The converted copy failed its check ({problems[0]}); nothing changed.")
    if _row_counts(source, source_key) != _row_counts(copy, copy_key):
        raise DomainError("The converted copy does not hold the same rows; nothing changed.")


def _row_counts(path: Path, passphrase: str | None) -> dict[str, int]:
    conn = connect_file(path, passphrase)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {}
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            counts[table] = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
        return counts
    finally:
        conn.close()


def _rebind(workspace: Workspace, engine: Engine) -> None:
    """Point the workspace and every service (through the session factory) at `engine`."""
    workspace.engine = engine
    workspace.session_factory.configure(bind=engine)


def _locked_engine() -> Engine:
    def refuse() -> object:
        raise PassphraseRequiredError(LOCKED_MESSAGE)

    return create_engine("sqlite://", creator=refuse)


# ---------------------------------------------------------------- for the GUI's root
# Plain callables (no Qt here): app/bootstrap.py hands them to the dialogs and the menu.

TryPassphrase = Callable[[str], str | None]


def unlock_attempt(opener: Callable[[str], object]) -> TryPassphrase:
    """A dialog's `try_unlock`: None when `opener(passphrase)` worked, else what to say."""

    def attempt(passphrase: str) -> str | None:
        try:
            opener(passphrase)
        except (WrongPassphraseError, PassphraseRequiredError) as exc:
            return str(exc)
        return None

    return attempt


def open_for_gui(
    url: str,
    paths: Paths,
    *,
    ask_unlock: Callable[[TryPassphrase], bool],
    ask_new_passphrase: Callable[[], tuple[bool, str | None]],
    env_passphrase: str | None = None,
    clock: Clock = date.today,
) -> Workspace | None:
    """Open the user's database at start, asking what is needed; None if the user cancels.

    - encrypted: the passphrase ($TREATYDESK_PASSPHRASE first, if set), with another try
      after a wrong one for as long as the dialog stays open;
    - new: offer to protect it (`ask_new_passphrase` -> (go on?, passphrase or None));
    - plain: opened as it is.
    The day's first backup is taken (`daily_backup`).
    """
    path = sqlite_path(url)
    state = database_file_state(path) if path is not None else None
    opened: list[Workspace] = []

    def opener(passphrase: str | None) -> None:
        opened.append(
            open_workspace(url, paths, clock=clock, passphrase=passphrase, daily_backup=True)
        )

    if state is FileState.ENCRYPTED:
        if env_passphrase:
            with contextlib.suppress(WrongPassphraseError):
                opener(env_passphrase)
        if not opened and not ask_unlock(unlock_attempt(opener)):
            return None
        return opened[-1]
    if path is None and not is_sqlite(url):
        # A database server: the person's own login; its password is asked for (in the
        # unlock dialog) only when the server wants one that libpq does not already have.
        with contextlib.suppress(PassphraseRequiredError):
            opener(None)
        if not opened and not ask_unlock(unlock_attempt(opener)):
            return None
        return opened[-1]
    passphrase: str | None = None
    if state in (FileState.MISSING, FileState.EMPTY):
        if env_passphrase:
            passphrase = env_passphrase
        else:
            go_on, passphrase = ask_new_passphrase()
            if not go_on:
                return None
    opener(passphrase)
    return opened[-1]


def new_passphrase_checker(chosen: list[str]) -> Callable[[str, str, str], str | None]:
    """For the first-start dialog: check the new passphrase; the good one goes in `chosen`."""

    def check(_current: str, new: str, confirmation: str) -> str | None:
        try:
            chosen.append(check_new_passphrase(new, confirmation))
        except DomainError as exc:
            return str(exc)
        return None

    return check


def gui_actions(workspace: Workspace) -> dict[str, Any]:
    """The Database menu's actions over `workspace`, as keyword arguments for
    views.security_menu.SecurityHandlers (less `lock_now` and `after_restore`)."""

    def backup_now() -> str:
        if workspace.backups is None:
            raise DomainError("Only a SQLite database can be backed up by TreatyDesk.")
        info = workspace.backups.create()
        return f"Backup written to {info.path} (database and {info.documents} document(s))."

    def restore(archive: Path, backup_passphrase: str | None) -> str:
        if workspace.backups is None:
            raise DomainError("Only a SQLite database can be restored by TreatyDesk.")
        result = workspace.backups.restore(archive, backup_passphrase=backup_passphrase)
        text = f"Restored the database and its documents from {archive.name}."
        if result.upgraded_from:
            text += f" The backup's schema ({result.upgraded_from}) was brought up to date."
        if result.replaced_backup:
            text += f" The database it replaced is kept as {result.replaced_backup.name}."
        return text

    def protect(new: str, confirmation: str) -> str | None:
        try:
            encrypt_workspace(workspace, new, confirmation)
        except DomainError as exc:
            return str(exc)
        return None

    def change(current: str, new: str, confirmation: str) -> str | None:
        try:
            change_passphrase(workspace, current, new, confirmation)
        except DomainError as exc:
            return str(exc)
        return None

    can_encrypt = workspace.database_file is not None and not workspace.is_demo
    return {
        "backup_now": backup_now,
        "restore": restore,
        "protect": protect if can_encrypt else None,
        "change_passphrase": change if can_encrypt else None,
        "is_encrypted": lambda: workspace.encrypted,
        "backups_folder": workspace.paths.backups,
    }
