"""File ▸ Open database…: a real SQLite file, or a server named by a form (its password in
its own field, never kept); bad addresses and an unreachable server said in the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.context import Workspace
from app.errors import DomainError
from views.dialogs.open_database import (
    RECENT_KEY,
    OpenDatabaseDialog,
    forget_recent,
    recent_databases,
    remember_recent,
)
from views.main_window import recent_files

SHOTS = Path("/tmp/h2")
UNREACHABLE_HOST = "127.0.0.1"  # with port 1: nothing listens there


def _dialog(qtbot, tmp_path: Path, **kwargs) -> OpenDatabaseDialog:
    dialog = OpenDatabaseDialog(folder=tmp_path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_real_database_file_is_checked_then_opened(
    qtbot, make_window, empty_workspace: Workspace, tmp_path: Path
) -> None:
    opened: list[Path] = []
    servers: list[tuple[str, str | None]] = []
    window = make_window(
        empty_workspace,
        on_open_database=opened.append,
        on_open_server=lambda url, pw: servers.append((url, pw)),
    )
    window.open_database_action.trigger()
    dialog = window.open_dialog
    assert dialog is not None and dialog.file_choice.isChecked()
    assert not dialog.server_box.isEnabled()

    dialog.path_edit.setText(str(tmp_path / "missing.sqlite"))
    dialog.open_button.click()
    assert "There is no file" in dialog.message.text() and dialog.isVisible()
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Meeting notes, not a database.", encoding="utf-8")
    dialog.path_edit.setText(str(notes))
    dialog.open_button.click()
    assert dialog.message.isVisible() and opened == []
    _shot(dialog, "open_file_problem")

    real = empty_workspace.database_file
    assert real is not None
    dialog.path_edit.setText(str(real))
    with qtbot.waitSignal(dialog.accepted):
        dialog.open_button.click()
    assert opened == [real.resolve()] and servers == []


def test_the_form_builds_the_address_and_a_pasted_one_fills_the_form(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.server_choice.setChecked(True)
    assert dialog.server_box.isEnabled() and not dialog.file_box.isEnabled()
    qtbot.keyClicks(dialog.host_edit, "db.example.org")
    dialog.port_edit.clear()
    qtbot.keyClicks(dialog.port_edit, "5433")
    qtbot.keyClicks(dialog.database_edit, "cases")
    qtbot.keyClicks(dialog.user_edit, "alice")
    assert dialog.address_edit.text() == "postgresql+psycopg://alice@db.example.org:5433/cases"
    assert dialog.server_address() == dialog.address_edit.text()
    _shot(dialog, "open_server_form")

    dialog.address_edit.clear()
    qtbot.keyClicks(dialog.address_edit, "postgres://bob:s3cret@10.0.0.5/team")
    assert dialog.host_edit.text() == "10.0.0.5"
    assert dialog.port_edit.text() == "5432"
    assert dialog.database_edit.text() == "team"
    assert dialog.user_edit.text() == "bob"
    assert dialog.password_edit.text() == "s3cret"  # to its own field...
    assert "s3cret" not in dialog.address_edit.text()  # ...and out of the address
    assert dialog.address_edit.text() == "postgresql+psycopg://bob@10.0.0.5/team"


@pytest.mark.parametrize(
    ("fill", "message"),
    [
        ({"address": "mysql://alice@db/cases"}, "works with PostgreSQL servers"),
        ({"address": "db.example.org/cases"}, "is not a database server address"),
        ({"host": "", "database": "cases"}, "Type the server's name"),
        ({"host": "db.example.org", "database": ""}, "Type the name of the database"),
        ({"host": "db:5432", "database": "cases"}, "the port goes in its own field"),
    ],
)
def test_a_bad_address_is_said_in_the_dialog(
    qtbot, tmp_path: Path, fill: dict[str, str], message: str
) -> None:
    attempts: list[str] = []
    dialog = _dialog(qtbot, tmp_path, check=lambda url, pw: attempts.append(url))
    dialog.server_choice.setChecked(True)
    if "address" in fill:
        dialog.address_edit.setText(fill["address"])
    else:
        dialog.host_edit.setText(fill["host"])
        dialog.database_edit.setText(fill["database"])
        dialog._fields_edited()
    dialog.open_button.click()
    assert message in dialog.message.text()
    assert dialog.isVisible() and dialog.server_url is None
    assert attempts == []  # nothing was tried on the network


def test_an_unreachable_server_is_said_and_the_dialog_stays(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)  # the real check, over the network
    dialog.server_choice.setChecked(True)
    dialog.address_edit.setText(f"postgresql+psycopg://alice@{UNREACHABLE_HOST}:1/cases")
    dialog.password_edit.setText("her password")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20_000)
    assert "Cannot reach the database server for alice on 127.0.0.1:1/cases" in (
        dialog.message.text()
    )
    assert dialog.isVisible() and dialog.server_url is None and dialog.job is None
    assert dialog.password_edit.text() == "her password"  # not the password's fault
    assert dialog.open_button.isEnabled()
    _shot(dialog, "open_server_unreachable")


def test_a_refused_password_clears_the_field_and_a_server_is_remembered_without_it(
    qtbot, make_window, empty_workspace: Workspace, tmp_path: Path
) -> None:
    from app.security import WrongPassphraseError

    tried: list[tuple[str, str | None]] = []

    def server(url: str, password: str | None) -> None:
        # The server's answer (its refusal, in the app layer's words): no server here.
        tried.append((url, password))
        if password != "right one":
            raise WrongPassphraseError("Wrong password for alice on db:5432/cases: check it.")

    servers: list[tuple[str, str | None]] = []
    window = make_window(
        empty_workspace,
        on_open_database=lambda _p: None,
        on_open_server=lambda url, pw: servers.append((url, pw)),
    )
    dialog = window.open_database()
    assert dialog is not None
    dialog._check = server
    dialog.server_choice.setChecked(True)
    dialog.address_edit.setText("postgresql+psycopg://alice@db:5432/cases")
    dialog.password_edit.setText("wrong one")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "Wrong password" in dialog.message.text()
    assert dialog.password_edit.text() == ""  # ready for another try
    dialog.password_edit.setText("right one")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.open_button.click()
    assert servers == [("postgresql+psycopg://alice@db:5432/cases", "right one")]

    # The composition root remembers the address it opened; never the password.
    remember_recent("postgresql+psycopg://alice:right%20one@db:5432/cases")
    kept = QSettings().value(RECENT_KEY)
    assert "right" not in str(kept)
    assert recent_databases()[0] == "postgresql+psycopg://alice@db:5432/cases"
    assert recent_files() == []  # a server is not a file
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert texts[0] == "&1 postgresql+psycopg://alice@db:5432/cases"
    window.recent_menu.actions()[0].trigger()  # asks for the password again
    again = window.open_dialog
    assert again is not None and again is not dialog and again.is_server()
    assert again.host_edit.text() == "db" and again.user_edit.text() == "alice"
    assert again.password_edit.text() == ""
    forget_recent("postgresql+psycopg://alice@db:5432/cases")
    assert recent_databases() == []


def test_without_a_server_handler_only_files_are_offered(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, allow_server=False)
    assert not dialog.server_choice.isEnabled() and dialog.file_choice.isChecked()
    with pytest.raises(DomainError):
        dialog.set_address("nonsense")


# ---------------------------------------------------------------- the composition root


class _Reporter:
    def __init__(self) -> None:
        self.known_messages: list[str] = []
        self.bugs: list[str] = []
        self.interactive = False

    def known(self, message: str, parent=None) -> None:
        self.known_messages.append(message)

    def bug(self, details: str, parent=None) -> None:
        self.bugs.append(details)


def test_a_server_that_cannot_be_opened_leaves_the_current_database_open(
    qtbot, paths, empty_workspace: Workspace
) -> None:
    from app.bootstrap import Shell

    reporter = _Reporter()
    shell = Shell(paths=paths, reporter=reporter)  # type: ignore[arg-type]
    window = shell.show(empty_workspace)
    qtbot.addWidget(window)
    try:
        shell.switch_to_server(f"postgresql+psycopg://alice@{UNREACHABLE_HOST}:1/cases", "pw")
        assert shell.window is window and shell.workspace is empty_workspace
        assert reporter.known_messages[0].startswith(
            "The database alice on 127.0.0.1:1/cases could not be opened: Cannot reach"
        )
        assert recent_databases() == [empty_workspace.database_file]
    finally:
        shell.close()
