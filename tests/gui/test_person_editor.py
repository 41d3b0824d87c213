"""The person editor and the people registry: create, edit, validate, conflict, close; names
in Cyrillic, Latin and Arabic script shown and sorted as a reader expects."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.dto import PersonInput
from app.vocab import PartyRole, Sex
from views.main_window import MainWindow
from views.person_editor import PersonEditor


def show(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def person_id(services, name: str) -> int:
    return next(p.id for p in services.people.list(name) if p.full_name == name)


def as_input(p) -> PersonInput:
    return PersonInput(
        full_name=p.full_name,
        original_script_name=p.original_script_name,
        pseudonym=p.pseudonym,
        sex=p.sex,
        date_of_birth=p.date_of_birth,
        nationality=p.nationality,
        date_of_death=p.date_of_death,
        contact=p.contact,
        safety_notes=p.safety_notes,
        consent_to_act=p.consent_to_act,
        consent_to_be_named=p.consent_to_be_named,
        consent_date=p.consent_date,
        consent_form=p.consent_form,
        notes=p.notes,
    )


def test_create_a_person_with_the_keyboard(qtbot, demo_window: MainWindow, demo_workspace) -> None:
    show(qtbot, demo_window)
    qtbot.keyClick(
        demo_window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = demo_window.open_editors()[-1]
    assert isinstance(editor, PersonEditor)
    qtbot.waitExposed(editor)
    assert editor.windowTitle() == "New person[*] — TreatyDesk"
    qtbot.waitUntil(lambda: editor.full_name.widget.hasFocus())
    qtbot.keyClicks(editor.focusWidget(), "Nodira Azimova")  # where the cursor is
    editor.original.widget.insert("Нодира Азимова")
    qtbot.keyClicks(editor.pseudonym.widget, "N.A.")
    editor.nationality.widget.setEditText("Uzbekistan")
    qtbot.keyClicks(editor.date_of_birth.widget.line, "02.03.1990")
    assert editor.date_of_birth.widget.hint.text() == "2 March 1990"
    assert "N.A." in editor.public_name.text()  # not consented: the pseudonym
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.message_bar.text() == "Saved Nodira Azimova."
    saved = demo_workspace.services.people.get(editor.record_id)
    assert saved.original_script_name == "Нодира Азимова"
    assert saved.nationality == "UZ"
    assert saved.date_of_birth == date(1990, 3, 2)
    assert demo_window.editors[("person", saved.id)] is editor
    # The window refreshes once the event loop is free; the registry reads on demand.
    qtbot.waitUntil(lambda: "29 people" in demo_window.counts_label.text())
    assert demo_window.people.model.rowCount() == 29
    assert not editor.is_dirty()
    editor.close()
    assert ("person", saved.id) not in demo_window.editors


def test_validation_messages_sit_next_to_their_fields(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    editor = window.new_person()
    assert not editor.save()
    assert editor.full_name.error.isVisibleTo(editor)
    assert editor.full_name.error.text() == "Full name is required."
    assert editor.message_bar.text() == "Not saved: Full name is required."

    editor.full_name.widget.setText("Future Child")
    editor.date_of_birth.widget.setText("01.01.2030")
    assert not editor.save()
    assert not editor.full_name.error.isVisibleTo(editor)
    assert "in the future" in editor.date_of_birth.error.text()

    editor.date_of_birth.widget.setText("31.02.2020")
    assert not editor.save()
    assert "is not a date" in editor.date_of_birth.error.text()

    editor.date_of_birth.widget.setText("")
    editor.nationality.widget.setEditText("Atlantis")
    assert not editor.save()
    assert "Atlantis" in editor.nationality.error.text()
    editor.nationality.widget.setEditText("")
    assert editor.save()
    editor.close()


def test_edit_conflict_keeps_the_typed_text_and_reapplies_it(
    qtbot, make_window, demo_workspace
) -> None:
    services = demo_workspace.services
    pid = person_id(services, "Laziz Gulomov")
    window = make_window(demo_workspace)
    editor = window.open_person(pid)
    editor.contact.widget.setPlainText("Mother's phone only: +998 90 000 00 00")
    editor.notes.widget.setPlainText("Met in Tashkent, 3 November.")
    # Meanwhile, someone else saves the same person: contact and safety notes.
    other = services.people.get(pid)
    services.people.update(
        pid,
        replace(as_input(other), contact="+998 71 111 11 11", safety_notes="Under surveillance."),
        expected_version=other.version,
    )
    assert not editor.save()
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.field_rows())
    assert rows["Contact"] == "Both changed: yours kept"
    assert rows["Notes"] == "Yours kept"
    assert rows["Safety notes"] == "Taken from the database"
    # Nothing typed was lost while the dialog is up.
    assert editor.contact.widget.toPlainText().startswith("Mother's phone")
    qtbot.mouseClick(dialog.reapply_button, Qt.MouseButton.LeftButton)
    assert editor.contact.widget.toPlainText() == "Mother's phone only: +998 90 000 00 00"
    assert editor.notes.widget.toPlainText() == "Met in Tashkent, 3 November."
    assert editor.safety.widget.toPlainText() == "Under surveillance."
    assert editor.is_dirty()
    assert "Contact" in editor.message_bar.text()
    assert editor.save()
    saved = services.people.get(pid)
    assert saved.contact == "Mother's phone only: +998 90 000 00 00"
    assert saved.safety_notes == "Under surveillance."
    assert saved.notes == "Met in Tashkent, 3 November."
    editor.close()


def test_conflict_keep_editing_changes_nothing(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    pid = person_id(services, "Laziz Gulomov")
    window = make_window(demo_workspace)
    editor = window.open_person(pid)
    editor.pseudonym.widget.setText("L.G.")
    other = services.people.get(pid)
    services.people.update(
        pid, replace(as_input(other), notes="Changed elsewhere"), expected_version=other.version
    )
    assert not editor.save()
    qtbot.mouseClick(editor.conflict_dialog.keep_button, Qt.MouseButton.LeftButton)
    assert editor.pseudonym.widget.text() == "L.G."
    assert editor.notes.widget.toPlainText() != "Changed elsewhere"
    assert editor.is_dirty()
    editor.close_without_saving()


def test_a_person_deleted_elsewhere(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    person = services.people.create(PersonInput(full_name="Temporary Witness"))
    window = make_window(demo_workspace)
    editor = window.open_person(person.id)
    editor.contact.widget.setPlainText("typed")
    services.people.delete(person.id, expected_version=person.version)
    assert not editor.save()
    assert "deleted" in editor.message_bar.text()
    assert editor.contact.widget.toPlainText() == "typed"
    editor.close_without_saving()


def test_closing_with_unsaved_changes_asks(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    pid = person_id(services, "Laziz Gulomov")
    window = make_window(demo_workspace)
    editor = window.open_person(pid)
    show(qtbot, editor)
    editor.safety.widget.setPlainText("Do not call.")
    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    box = editor.unsaved_box
    assert box is not None and box.isVisible()
    assert "Safety notes" in box.informativeText()
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.safety.widget.toPlainText() == "Do not call."
    editor.close()
    qtbot.mouseClick(editor.unsaved_box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert services.people.get(pid).safety_notes == "Do not call."


def test_discarding_changes(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    pid = person_id(services, "Laziz Gulomov")
    before = services.people.get(pid)
    window = make_window(demo_workspace)
    editor = window.open_person(pid)
    editor.full_name.widget.setText("Someone Else")
    editor.close()
    qtbot.mouseClick(editor.unsaved_box.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert services.people.get(pid) == before


def test_revert_shows_the_record_as_saved(qtbot, make_window, demo_workspace) -> None:
    pid = person_id(demo_workspace.services, "Laziz Gulomov")
    window = make_window(demo_workspace)
    editor = window.open_person(pid)
    editor.full_name.widget.setText("Typo")
    assert editor.revert_button.isEnabled()
    editor.revert_button.click()
    assert editor.full_name.widget.text() == "Laziz Gulomov"
    assert not editor.is_dirty()
    editor.close()


def test_opening_the_same_person_twice_shows_one_window(make_window, demo_workspace) -> None:
    pid = person_id(demo_workspace.services, "Laziz Gulomov")
    window = make_window(demo_workspace)
    first = window.open_person(pid)
    assert window.open_person(pid) is first
    first.close()


def test_the_persons_cases_open_the_case(qtbot, make_window, demo_workspace) -> None:
    pid = person_id(demo_workspace.services, "Laziz Gulomov")
    window = make_window(demo_workspace)
    editor = window.open_person(pid)
    model = editor.cases_model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, c)) for c in range(3)] == [
        "ILI-2022-UZ23",
        "Twenty-three Uzbek nationals v. Kazakhstan",
        PartyRole.VICTIM.label,
    ]
    editor.cases_table.setCurrentIndex(model.index(0, 0))
    editor.cases_table.activated.emit(model.index(0, 0))
    assert window.current_page_name() == "Cases"
    row = window.cases.table.currentIndex().row()
    assert window.cases.model.row_data(row).reference == "ILI-2022-UZ23"
    editor.close()


def test_public_name_follows_consent(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    editor = window.new_person()
    editor.full_name.widget.setText("Aliya Serikovna Nurpeisova")
    assert "A.S.N." in editor.public_name.text()
    assert "initials" in editor.public_name.text()
    editor.pseudonym.widget.setText("Client A")
    assert "Client A" in editor.public_name.text()
    editor.consent_to_be_named.widget.setChecked(True)
    assert "Aliya Serikovna Nurpeisova" in editor.public_name.text()
    editor.close_without_saving()


# ---------------------------------------------------------------- the registry


NAMES = (
    "Zhanna Ospanova",
    "aliya Nurpeisova",
    "Жанна Оспанова",
    "Ерёменко Анна",
    "Ёлкин Ерлан",
    "عمر الفاروق",
    "أحمد منصور",
)


def test_names_in_three_scripts_display_and_sort(qtbot, make_window, demo_workspace) -> None:
    for name in NAMES:
        demo_workspace.services.people.create(PersonInput(full_name=name, sex=Sex.UNKNOWN))
    window = make_window(demo_workspace)
    page = window.people
    shown = [r.person.full_name for r in page.model.items()]
    mine = [n for n in shown if n in NAMES]
    # Latin before Cyrillic before Arabic; case ignored; Ё sorts with Е (Ёлкин before
    # Ерёменко, both before Жанна), alef before ain.
    assert mine == [
        "aliya Nurpeisova",
        "Zhanna Ospanova",
        "Ёлкин Ерлан",
        "Ерёменко Анна",
        "Жанна Оспанова",
        "أحمد منصور",
        "عمر الفاروق",
    ]
    row = shown.index("عمر الفاروق")
    assert page.model.data(page.model.index(row, 0)) == "عمر الفاروق"
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    again = [r.person.full_name for r in page.model.items() if r.person.full_name in NAMES]
    assert again == list(reversed(mine))


def test_registry_filters(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.people
    combo = page.nationality_combo
    combo.setCurrentIndex(combo.findData("KZ"))
    assert page.model.rowCount() == 5  # the four authors and the counsel
    assert {r.person.nationality for r in page.model.items()} == {"KZ"}
    page.role_combo.setCurrentIndex(page.role_combo.findData(PartyRole.COUNSEL.value))
    assert [r.person.full_name for r in page.model.items()] == ["Demo Counsel (ILI)"]
    combo.setCurrentIndex(0)
    page.role_combo.setCurrentIndex(page.role_combo.findData(PartyRole.VICTIM.value))
    assert page.model.rowCount() == 23
    page.role_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.case_edit, "kz-cat-441")
    qtbot.keyClick(page.case_edit, Qt.Key.Key_Return)
    names = {r.person.full_name for r in page.model.items()}
    assert "Oleg Evloev" in names
    assert page.count_label.text() == f"{len(names)} {'person' if len(names) == 1 else 'people'}"
    page.case_edit.setText("NO-SUCH-CASE")
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.empty_label.text() == "No one matches the filter."


def test_enter_in_the_registry_opens_the_person(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    demo_window.go_to(2)
    page = demo_window.people
    page.table.setFocus()
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    person = page.model.item(0).person
    editor = demo_window.editors[("person", person.id)]
    assert editor.full_name.widget.text() == person.full_name
    editor.close()
