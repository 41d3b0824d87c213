"""The case editor opened from the main window: the cases list, the dashboard, the shell;
and the main window kept from closing over a case editor with unsaved changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool

from app.bootstrap import Shell
from views.case_editor import CaseEditorWindow, open_case_editor, open_case_editors
from views.case_editor.window import CloseGuard
from views.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    extend=True,
)


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


@pytest.fixture
def wired_window(qtbot, make_window, demo_workspace) -> Iterator[MainWindow]:
    holder: list[MainWindow] = []

    def opener(case_id: int | None) -> None:
        open_case_editor(holder[0], demo_workspace.services, case_id)

    window = make_window(demo_workspace, case_opener=opener)
    holder.append(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for editor in window.findChildren(CaseEditorWindow):
        editor.close_without_saving()


def only_editor(window: MainWindow) -> CaseEditorWindow:
    editors = [w for w in window.findChildren(CaseEditorWindow) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_enter_in_the_cases_list_opens_the_editor(qtbot, wired_window) -> None:
    window = wired_window
    window.go_to(1)
    page = window.cases
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = only_editor(window)
    qtbot.waitUntil(lambda: not editor.editor.loading, timeout=10_000)
    assert editor.case_id == page.model.case_id(0)
    assert editor.editor.case is not None
    # Enter again brings the same window back instead of a second one.
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert only_editor(window) is editor


def test_a_deadline_on_the_dashboard_opens_its_case(qtbot, wired_window, demo_workspace) -> None:
    window = wired_window
    window.go_to(0)
    page = window.dashboard
    row = next(r for r in range(page.model.rowCount()) if page.model.item(r).case_id is not None)
    case_id = page.model.item(row).case_id
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = only_editor(window)
    assert editor.case_id == case_id


def test_new_case_action_opens_an_empty_editor(qtbot, wired_window) -> None:
    wired_window.new_case_action.trigger()
    editor = only_editor(wired_window)
    qtbot.waitUntil(lambda: not editor.editor.loading, timeout=10_000)
    assert editor.case_id is None
    assert editor.editor.heading.text() == "New case"


def test_main_window_waits_for_unsaved_case_edits(qtbot, wired_window, demo_workspace) -> None:
    """Quitting lists the case editor's unsaved changes in the main window's prompt:
    Cancel keeps everything, Save saves then quits."""
    window = wired_window
    case = demo_workspace.services.cases.get_by_reference("KZ-CAT-441")
    window.open_case(case.id)
    editor = only_editor(window)
    qtbot.waitUntil(lambda: not editor.editor.loading, timeout=10_000)
    assert editor in window.case_editors
    editor.editor.overview.notes.widget.setPlainText("Typed before quitting.")
    assert editor.is_dirty() and window.dirty_editors() == [editor]

    window.close()
    prompt = window.unsaved_box
    assert prompt is not None and prompt.isVisible()
    assert window.findChild(CloseGuard) is None  # one prompt, the main window's
    assert window.isVisible() and editor.isVisible()
    lines = prompt.informativeText().splitlines()
    assert any("KZ-CAT-441" in line and "Overview" in line for line in lines)
    qtbot.mouseClick(prompt.cancel_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and editor.isVisible()
    assert editor.editor.overview.notes.raw() == "Typed before quitting."

    window.close()
    qtbot.mouseClick(window.unsaved_box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert demo_workspace.services.cases.get(case.id).notes == "Typed before quitting."
    assert open_case_editors() == []
    assert window.case_editors == []


def test_discard_on_quit_drops_the_case_edits(qtbot, wired_window, demo_workspace) -> None:
    window = wired_window
    case = demo_workspace.services.cases.get_by_reference("KZ-CAT-441")
    before = case.notes
    window.open_case(case.id)
    editor = only_editor(window)
    qtbot.waitUntil(lambda: not editor.editor.loading, timeout=10_000)
    editor.editor.overview.notes.widget.setPlainText("Not to be kept.")
    window.quit_action.trigger()
    qtbot.mouseClick(window.unsaved_box.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert demo_workspace.services.cases.get(case.id).notes == before
    assert open_case_editors() == []


def test_switching_database_asks_about_case_edits(qtbot, wired_window, demo_workspace) -> None:
    """File ▸ Open database (through request_close_editors) asks about case editors too, and
    Save all (Ctrl+S in the main window) saves them."""
    window = wired_window
    case = demo_workspace.services.cases.get_by_reference("KZ-CAT-441")
    window.open_case(case.id)
    editor = only_editor(window)
    qtbot.waitUntil(lambda: not editor.editor.loading, timeout=10_000)
    editor.editor.overview.notes.widget.setPlainText("Saved by Save all.")
    switched: list[bool] = []
    window.request_close_editors(lambda: switched.append(True))
    assert switched == [] and window.unsaved_box.isVisible()
    qtbot.mouseClick(window.unsaved_box.cancel_button, Qt.MouseButton.LeftButton)
    assert switched == [] and editor.isVisible()
    assert window.save_all()
    assert demo_workspace.services.cases.get(case.id).notes == "Saved by Save all."
    window.request_close_editors(lambda: switched.append(True))
    assert switched == [True] and open_case_editors() == []


def test_the_shell_opens_case_editors(qtbot, paths, demo_workspace) -> None:
    class Reporter:
        interactive = False

        def known(self, message: str) -> None:
            raise AssertionError(message)

        def bug(self, *args: object) -> None:
            raise AssertionError(args)

    shell = Shell(paths=paths, reporter=Reporter())  # type: ignore[arg-type]
    window = shell.show(demo_workspace)
    qtbot.addWidget(window)
    try:
        case = demo_workspace.services.cases.get_by_reference("ILI-2022-UZ23")
        window.open_case(case.id)
        editor = only_editor(window)
        qtbot.waitUntil(lambda: not editor.editor.loading, timeout=10_000)
        assert editor.editor.implementation.model.rowCount() == 23
        editor.close_without_saving()
    finally:
        window.close()
