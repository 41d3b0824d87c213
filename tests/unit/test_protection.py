"""Protecting an open workspace: encrypt, change the passphrase, lock and unlock, and the
start-up flow the GUI uses (asked through plain callables here)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.config import Paths, sqlite_url
from app.context import open_demo_workspace, open_workspace
from app.errors import DomainError
from app.protection import (
    change_passphrase,
    encrypt_workspace,
    gui_actions,
    is_locked,
    lock_workspace,
    new_passphrase_checker,
    open_for_gui,
    unlock_workspace,
)
from app.security import (
    FileState,
    PassphraseRequiredError,
    WrongPassphraseError,
    database_file_state,
)
from app.services.dto import PersonInput

PASS = "Almaty region January 2022"


def _url(paths: Paths) -> str:
    return sqlite_url(paths.database)


def test_lock_closes_everything_and_unlock_needs_the_passphrase(
    paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    ws = open_workspace(_url(paths), paths, passphrase=PASS)
    for shown in (ws.display_name, ws.url, repr(ws), repr(ws.engine), str(ws.engine.url)):
        assert PASS not in shown
    person = ws.services.people.create(PersonInput(full_name="Oʻtkir Xoʻjayev"))
    assert ws.documents is not None
    ws.documents.write("a.txt", b"secret letter")
    copy = ws.documents.open_copy("a.txt")
    caplog.set_level(logging.DEBUG)
    lock_workspace(ws)
    assert is_locked(ws) and ws.encrypted
    assert not copy.exists()  # decrypted copies removed
    with pytest.raises(PassphraseRequiredError, match="locked"):
        ws.services.people.get(person.id)
    with pytest.raises(PassphraseRequiredError, match="locked"):
        ws.documents.read("a.txt")
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(ws, "not it at all")
    assert is_locked(ws)
    unlock_workspace(ws, PASS)
    assert not is_locked(ws)
    assert ws.services.people.get(person.id).full_name == "Oʻtkir Xoʻjayev"
    assert ws.documents.read("a.txt") == b"secret letter"
    assert PASS not in caplog.text
    ws.close()


def test_a_plain_workspace_has_nothing_to_lock(paths: Paths) -> None:
    ws = open_workspace(_url(paths), paths)
    lock_workspace(ws)
    assert not is_locked(ws)
    assert ws.services.people.list() == []
    unlock_workspace(ws, "whatever")  # not locked: nothing to do
    ws.close()


def test_encrypt_rules(paths: Paths) -> None:
    ws = open_workspace(_url(paths), paths)
    with pytest.raises(DomainError, match="too short"):
        encrypt_workspace(ws, "short")
    with pytest.raises(DomainError, match="not the same"):
        encrypt_workspace(ws, PASS, PASS + "!")
    assert database_file_state(paths.database) is FileState.PLAIN
    encrypt_workspace(ws, PASS)
    with pytest.raises(DomainError, match="already protected"):
        encrypt_workspace(ws, PASS)
    with pytest.raises(WrongPassphraseError):
        change_passphrase(ws, "not the current one", "another passphrase")
    with pytest.raises(DomainError, match="the same as the current"):
        change_passphrase(ws, PASS, PASS)
    events = [e.event for e in ws.services.audit.recent(10) if e.event]
    assert "encrypt" in events
    ws.close()
    demo = open_demo_workspace(paths)
    with pytest.raises(DomainError, match="demo portfolio is never encrypted"):
        encrypt_workspace(demo, PASS)
    demo.close()


def test_change_passphrase_of_a_plain_database_is_refused(paths: Paths) -> None:
    ws = open_workspace(_url(paths), paths)
    with pytest.raises(DomainError, match="not protected"):
        change_passphrase(ws, "", "another passphrase")
    ws.close()


def test_gui_start_new_database_protected_by_default(paths: Paths) -> None:
    chosen: list[str] = []
    check = new_passphrase_checker(chosen)
    assert check("", "short", "short") is not None
    assert check("", PASS, PASS) is None

    def ask_new() -> tuple[bool, str | None]:
        return True, chosen[-1]

    ws = open_for_gui(_url(paths), paths, ask_unlock=_never, ask_new_passphrase=ask_new)
    assert ws is not None and ws.encrypted
    assert ws.backups is not None and [b.reason for b in ws.backups.list()] == ["daily"]
    ws.close()
    assert database_file_state(paths.database) is FileState.ENCRYPTED


def test_gui_start_new_database_declined_or_cancelled(paths: Paths, tmp_path: Path) -> None:
    cancelled = open_for_gui(
        _url(paths), paths, ask_unlock=_never, ask_new_passphrase=lambda: (False, None)
    )
    assert cancelled is None
    assert not paths.database.exists()
    ws = open_for_gui(
        _url(paths), paths, ask_unlock=_never, ask_new_passphrase=lambda: (True, None)
    )
    assert ws is not None and not ws.encrypted
    ws.close()


def test_gui_start_encrypted_asks_until_right_or_cancelled(paths: Paths) -> None:
    open_workspace(_url(paths), paths, passphrase=PASS).close()
    said: list[str | None] = []

    def ask_unlock(attempt) -> bool:
        said.append(attempt("wrong passphrase"))
        said.append(attempt(PASS))
        return True

    ws = open_for_gui(_url(paths), paths, ask_unlock=ask_unlock, ask_new_passphrase=_never)
    assert ws is not None and ws.encrypted
    assert said[0] is not None and said[0].startswith("Wrong passphrase")
    assert said[1] is None
    ws.close()
    assert (
        open_for_gui(_url(paths), paths, ask_unlock=lambda a: False, ask_new_passphrase=_never)
        is None
    )
    # The environment variable is tried first; a wrong one falls back to the dialog.
    ws = open_for_gui(
        _url(paths), paths, ask_unlock=_never, ask_new_passphrase=_never, env_passphrase=PASS
    )
    assert ws is not None
    ws.close()
    asked: list[bool] = []

    def ask(attempt) -> bool:
        asked.append(True)
        return attempt(PASS) is None

    ws = open_for_gui(
        _url(paths), paths, ask_unlock=ask, ask_new_passphrase=_never, env_passphrase="bad one!"
    )
    assert ws is not None and asked == [True]
    ws.close()


def test_gui_actions(paths: Paths) -> None:
    ws = open_workspace(_url(paths), paths)
    actions = gui_actions(ws)
    assert actions["is_encrypted"]() is False
    text = actions["backup_now"]()
    assert text.startswith("Backup written to ")
    archive = ws.backups.list()[0].path if ws.backups else None
    assert archive is not None
    ws.services.people.create(PersonInput(full_name="Added after"))
    done = actions["restore"](archive, None)
    assert "kept as" in done
    assert ws.services.people.list() == []
    assert actions["protect"]("short", "short") is not None
    assert actions["protect"](PASS, PASS) is None
    assert actions["is_encrypted"]() is True
    assert actions["change_passphrase"]("wrong", "new passphrase!", "new passphrase!")
    assert actions["change_passphrase"](PASS, "new passphrase!", "new passphrase!") is None
    ws.close()
    demo = open_demo_workspace(paths)
    assert gui_actions(demo)["protect"] is None
    demo.close()


def _never(*_args):
    raise AssertionError("not expected to be asked")
