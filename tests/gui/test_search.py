"""Global search (Ctrl+K): find and open a record with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.dto import PersonInput
from views.main_window import MainWindow
from views.person_editor import PersonEditor


def show(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def search_by_keyboard(qtbot, window: MainWindow, text: str):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.edit.hasFocus())
    if text.isascii():
        qtbot.keyClicks(dialog.edit, text)
    else:  # QTest types ASCII only (it aborts on other letters): insert as an input method does
        dialog.edit.insert(text)
    qtbot.waitUntil(lambda: bool(dialog.model.hit_rows()), timeout=3000)
    return dialog


def test_open_a_case_by_keyboard_only(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    dialog = search_by_keyboard(qtbot, demo_window, "kz-c")
    # Four cases match; the first is chosen, Down moves to the second.
    assert dialog.model.data(dialog.model.index(0, 0)) == "Cases — 4 cases"
    first = dialog.current_hit()
    assert first is not None and first.title.startswith("KZ-CAT-433")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    chosen = dialog.current_hit()
    assert chosen is not None and chosen.title.startswith("KZ-CAT-441")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    # Without a case editor, the case is selected in the cases list.
    assert demo_window.current_page_name() == "Cases"
    page = demo_window.cases
    row = page.table.currentIndex().row()
    assert page.model.case_id(row) == chosen.id
    assert page.model.row_data(row).reference == "KZ-CAT-441"


def test_open_a_person_by_pseudonym(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    dialog = search_by_keyboard(qtbot, demo_window, "victim u-07")
    hit = dialog.current_hit()
    assert hit is not None and hit.title == "Laziz Gulomov"
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Enter)
    editor = demo_window.editors[("person", hit.id)]
    assert isinstance(editor, PersonEditor)
    qtbot.waitExposed(editor)
    assert editor.full_name.widget.text() == "Laziz Gulomov"
    editor.close()


def test_headings_are_skipped_and_up_down_stop_at_the_ends(
    qtbot, demo_window: MainWindow, demo_workspace
) -> None:
    demo_workspace.services.people.create(PersonInput(full_name="Kazakhstan Observer"))
    show(qtbot, demo_window)
    dialog = search_by_keyboard(qtbot, demo_window, "kazakhstan")
    rows = dialog.model.hit_rows()
    # Headings: row 0 (Cases) and the row before the person (People).
    assert 0 not in rows
    assert dialog.model.data(dialog.model.index(rows[-1] - 1, 0)).startswith("People")
    for _ in range(len(rows) + 3):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    assert dialog.current_hit().title == "Kazakhstan Observer"
    for _ in range(len(rows) + 3):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Up)
    assert dialog.results.currentIndex().row() == rows[0]
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_cyrillic_search_folds_case(qtbot, demo_window: MainWindow, demo_workspace) -> None:
    person = demo_workspace.services.people.create(
        PersonInput(full_name="Ерлан Ёлкин", pseudonym="Е.Ё.")
    )
    show(qtbot, demo_window)
    dialog = search_by_keyboard(qtbot, demo_window, "ЁЛКИН")
    assert dialog.current_hit().id == person.id
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "yolkin")  # Latin spelling of the Cyrillic name
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)  # runs the pending search at once
    assert dialog.current_hit().id == person.id


def test_nothing_found_says_so(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    dialog = demo_window.show_search()
    qtbot.keyClicks(dialog.edit, "no such thing anywhere")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # Enter with nothing found: stays open
    assert dialog.isVisible()
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Nothing matches “no such thing anywhere”."


def test_search_dialog_reopens_with_the_text_selected(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    dialog = demo_window.show_search()
    qtbot.keyClicks(dialog.edit, "gerasimov")
    dialog.run_search()
    dialog.close()
    again = demo_window.show_search()
    assert again is dialog
    assert again.edit.selectedText() == "gerasimov"
    assert again.model.hit_rows()
