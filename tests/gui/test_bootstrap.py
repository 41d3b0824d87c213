"""The composition root: error handling kept in two kinds, the demo switch, start-up time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import bootstrap
from app.bootstrap import ErrorReporter, Shell, elapsed_since_start_ms, make_excepthook
from app.errors import DomainError

ROOT = Path(__file__).resolve().parents[2]


class FakeReporter(ErrorReporter):
    def __init__(self) -> None:
        super().__init__(log_file=None)
        self.known_messages: list[str] = []
        self.bugs: list[str] = []

    def known(self, message: str, parent=None) -> None:
        self.known_messages.append(message)

    def bug(self, details: str, parent=None) -> None:
        self.bugs.append(details)


def raised(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_domain_error_is_shown_as_a_plain_message(qapp) -> None:
    reporter = FakeReporter()
    previous: list[object] = []
    hook = make_excepthook(reporter, lambda *args: previous.append(args))
    hook(*raised(DomainError("The database file is read-only.")))
    assert reporter.known_messages == ["The database file is read-only."]
    assert reporter.bugs == []
    assert previous == []


def test_anything_else_is_a_bug_with_its_traceback(qapp, caplog) -> None:
    reporter = FakeReporter()
    hook = make_excepthook(reporter, lambda *args: None)
    hook(*raised(ZeroDivisionError("division by zero")))
    assert reporter.known_messages == []
    assert len(reporter.bugs) == 1
    assert "Traceback" in reporter.bugs[0]
    assert "ZeroDivisionError: division by zero" in reporter.bugs[0]
    assert "a bug" in caplog.text


def test_keyboard_interrupt_goes_to_the_previous_hook(qapp) -> None:
    reporter = FakeReporter()
    previous: list[object] = []
    hook = make_excepthook(reporter, lambda *args: previous.append(args))
    hook(*raised(KeyboardInterrupt()))
    assert len(previous) == 1
    assert reporter.bugs == reporter.known_messages == []


def test_non_interactive_reporter_prints_instead_of_waiting(capsys) -> None:
    reporter = ErrorReporter(log_file=None, interactive=False)
    reporter.known("Cannot open the database.")
    assert "treatydesk: Cannot open the database." in capsys.readouterr().err


def test_opening_the_demo_replaces_window_and_workspace(qtbot, paths, empty_workspace) -> None:
    reporter = FakeReporter()
    shell = Shell(paths=paths, reporter=reporter)
    first = shell.show(empty_workspace)
    qtbot.addWidget(first)
    assert first.dashboard.showing_welcome
    first.dashboard.welcome.demo_button.click()
    try:
        second = shell.window
        assert second is not None and second is not first
        assert not first.isVisible()
        assert second.isVisible()
        assert shell.workspace is not None and shell.workspace.is_demo
        assert shell.workspace.database_file == paths.demo_database
        assert empty_workspace.database_file != paths.demo_database
        assert second.banner is not None
        assert second.cases.model.rowCount() == 5
        # The user's own database was not touched by the demo.
        assert empty_workspace.services.listing.count() == 0
        # Opening the demo again rebuilds it in place.
        second.open_demo_action.trigger()
        third = shell.window
        assert third is not second
        assert third.cases.model.rowCount() == 5
        assert reporter.known_messages == []
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.close()


def test_demo_that_cannot_be_built_is_explained(qtbot, paths, empty_workspace, monkeypatch) -> None:
    def broken(_paths):
        raise DomainError("Cannot create the folder for the database.")

    monkeypatch.setattr(bootstrap, "open_demo_workspace", broken)
    reporter = FakeReporter()
    shell = Shell(paths=paths, reporter=reporter)
    window = shell.show(empty_workspace)
    qtbot.addWidget(window)
    shell.open_demo()
    assert shell.window is window
    assert reporter.known_messages == [
        "The demo portfolio could not be opened: Cannot create the folder for the database."
    ]


def test_elapsed_since_start_is_plausible() -> None:
    ms = elapsed_since_start_ms()
    assert 0 < ms < 24 * 3600 * 1000


def _run_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TREATYDESK_EXIT_AFTER_SHOW="1",
        TREATYDESK_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # Qt's settings: never the user's
        HOME=str(tmp_path / "home"),
    )
    env.pop("TREATYDESK_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_python_m_app_demo_starts_and_reports_its_start_time(tmp_path: Path) -> None:
    result = _run_app(tmp_path, "--demo")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"window shown after \d+ ms\n", result.stdout), result.stdout
    assert "Traceback" not in result.stderr
    assert (tmp_path / "data" / "demo.sqlite").exists()
    assert not (tmp_path / "data" / "treatydesk.sqlite").exists()  # the user's file untouched
    log = (tmp_path / "data" / "treatydesk.log").read_text(encoding="utf-8")
    assert "window shown after" in log


@pytest.mark.slow
def test_a_database_that_cannot_be_opened_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    result = _run_app(tmp_path, "--db", str(folder))
    assert result.returncode == 1
    assert "is a folder, not a database file" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


# ---------------------------------------------------------------- switching databases


def test_open_and_create_other_databases(qtbot, paths, empty_workspace, tmp_path) -> None:
    reporter = FakeReporter()
    shell = Shell(paths=paths, reporter=reporter)
    shell.interactive = False  # no passphrase questions in a test
    first = shell.show(empty_workspace)
    qtbot.addWidget(first)
    try:
        new = tmp_path / "team.sqlite"
        first.new_database_action.setEnabled(True)
        shell.switch_to(new, create=True)
        second = shell.window
        assert second is not first and second is not None
        assert shell.workspace is not None and shell.workspace.database_file == new
        assert new.exists()
        assert second.cases.model.rowCount() == 0
        assert reporter.known_messages == []

        # Back to the first file, through Open.
        shell.switch_to(empty_workspace.database_file, create=False)
        assert shell.workspace.database_file == empty_workspace.database_file
        assert shell.window is not second
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.close()


def test_switching_refuses_what_would_lose_or_confuse(qtbot, paths, empty_workspace, tmp_path):
    reporter = FakeReporter()
    shell = Shell(paths=paths, reporter=reporter)
    shell.interactive = False
    window = shell.show(empty_workspace)
    qtbot.addWidget(window)
    existing = empty_workspace.database_file
    shell.switch_to(existing, create=True)
    shell.switch_to(existing, create=False)
    shell.switch_to(tmp_path / "missing.sqlite", create=False)
    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    shell.switch_to(junk, create=False)
    assert shell.window is window and shell.workspace is empty_workspace
    assert reporter.known_messages[0].startswith(f"{existing} is the database already open")
    assert reporter.known_messages[1].startswith(f"{existing} is the database already open")
    assert reporter.known_messages[2] == f"There is no database file {tmp_path / 'missing.sqlite'}."
    assert reporter.known_messages[3].startswith("notes.sqlite could not be opened: ")
    other = tmp_path / "other.sqlite"
    other.write_bytes(b"")
    shell.switch_to(other, create=True)
    assert "already exists" in reporter.known_messages[4]


def test_unsaved_editors_are_asked_about_before_switching(
    qtbot, paths, empty_workspace, tmp_path
) -> None:
    reporter = FakeReporter()
    shell = Shell(paths=paths, reporter=reporter)
    shell.interactive = False
    window = shell.show(empty_workspace)
    qtbot.addWidget(window)
    editor = window.new_person()
    editor.full_name.widget.setText("Unsaved")
    shell.switch_to(tmp_path / "next.sqlite", create=True)
    assert shell.window is window  # waiting for the answer
    window.unsaved_box.cancel_button.click()
    assert shell.window is window and editor.isVisible()
    assert not (tmp_path / "next.sqlite").exists()
    editor.close_without_saving()
    shell.close()
