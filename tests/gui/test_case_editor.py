"""The case editor driven through its widgets, over the demo portfolio in a real migrated file.

Each test types into the real fields, saves, and reads the database back through the
services: create a case, add 23 victims, set implementation statuses one by one and in bulk,
resolve an edit conflict without losing the typed text, close with unsaved changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from app.services.dto import CaseDTO, CaseInput, PersonInput, ProceedingInput
from app.vocab import FollowUpKind, Grade, ImplementationStatus, PartyRole, ProceedingKind
from views.case_editor import CaseEditorWindow, open_case_editor
from views.case_editor.editor import CaseEditor
from views.case_editor.implementation import BulkStatusDialog
from views.case_editor.parties import AddPersonDialog, PersonDialog

# Typing into a field with completion (tags, State, lead lawyer) shows the completer's popup,
# which the offscreen platform cannot raise or give the keyboard to: ignore exactly that.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    extend=True,
)

UZ23 = "ILI-2022-UZ23"
TOREGOZHINA = "KZ-CCPR-2137"
ESERGEPOV = "KZ-CCPR-2129"

# Twenty-three names not in the demo portfolio (so that each is a new person).
FIRST = ("Azamat", "Bekzod", "Davron", "Erkin", "Farhod", "Gayrat", "Ikrom", "Jamshid")
LAST = ("Tashkentov", "Samarov", "Bukharin")
NEW_VICTIMS = [f"{f} {s}" for s in LAST for f in FIRST][:23]


def case_input(dto: CaseDTO) -> CaseInput:
    return CaseInput(**{f.name: getattr(dto, f.name) for f in fields(CaseInput)})


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    """Background loads finish before the database is closed."""
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


@pytest.fixture
def services(demo_workspace):
    return demo_workspace.services


@pytest.fixture
def open_editor(qtbot):
    opened: list[CaseEditorWindow] = []

    def open_(services, case_id: int | None) -> CaseEditor:
        window = CaseEditorWindow(services=services, case_id=case_id)
        qtbot.addWidget(window)
        opened.append(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        wait_loaded(qtbot, window.editor)
        return window.editor

    yield open_
    for window in opened:
        window._closing = True  # teardown closes without the unsaved-changes prompt


def wait_loaded(qtbot, editor: CaseEditor) -> None:
    qtbot.waitUntil(lambda: not editor.loading, timeout=20_000)


def by_reference(services, reference: str) -> CaseDTO:
    return services.cases.get_by_reference(reference)


def type_into(qtbot, widget, text: str, *, replace_all: bool = False) -> None:
    widget.setFocus()
    if replace_all:
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


# ---------------------------------------------------------------- creating a case


def test_create_a_case_through_the_gui(qtbot, services, open_editor) -> None:
    editor = open_editor(services, None)
    ov = editor.overview
    assert editor.heading.text() == "New case"
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.parties))
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.decision))

    type_into(qtbot, ov.reference.widget, "KZ-2026-17")
    type_into(qtbot, ov.case_title.widget, "Nurpeisova v. Kazakhstan")
    ov.body.widget.setCurrentIndex(ov.body.widget.findText("CAT", Qt.MatchFlag.MatchStartsWith))
    type_into(qtbot, ov.state.widget.lineEdit(), "Kazakhstan (KZ)")
    type_into(qtbot, ov.dates["incident_date"].widget.line, "07.01.2022")
    assert ov.dates["incident_date"].widget.hint.text() == "7 January 2022"
    type_into(qtbot, ov.tags.widget, "Torture, Migrants")
    type_into(qtbot, ov.lead_lawyer.widget.lineEdit(), "A. Lawyer")
    type_into(qtbot, ov.summary.widget, "Tortured in January 2022.")
    # Articles invoked, picked from the CAT's articles (the list follows the body chosen).
    picker = editor.decision.invoked.widget.picker
    picker.setCurrentIndex(picker.findData("16"))
    qtbot.mouseClick(editor.decision.invoked.widget.add_button, Qt.MouseButton.LeftButton)
    assert editor.is_dirty()

    saved: list[int] = []
    editor.saved.connect(saved.append)
    qtbot.keyClick(ov.summary.widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_loaded(qtbot, editor)

    dto = by_reference(services, "KZ-2026-17")
    assert dto.title == "Nurpeisova v. Kazakhstan"
    assert (dto.body, dto.state) == ("CAT", "KZ")
    assert dto.incident_date == date(2022, 1, 7)
    assert dto.tags == ("Migrants", "Torture")
    assert dto.lead_lawyer == "A. Lawyer"
    assert dto.summary == "Tortured in January 2022."
    assert [a.title for a in services.cases.articles(dto.id)] == [
        "Cruel, inhuman or degrading treatment or punishment"
    ]
    assert saved and saved[0] == dto.id
    assert editor.case_id == dto.id
    assert editor.heading.text() == "KZ-2026-17 — Nurpeisova v. Kazakhstan"
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.parties))
    assert not editor.is_dirty()
    assert "Saved" in editor.message_bar.text()


def test_validation_errors_are_shown_next_to_their_field(qtbot, services, open_editor) -> None:
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    ov = editor.overview
    type_into(qtbot, ov.communication_number.widget, "12-2023", replace_all=True)
    assert not editor.save()
    error = ov.communication_number.error
    assert error.isVisible()
    assert "not in the form number/year" in error.text()
    assert ov.communication_number.widget.hasFocus()
    assert "Not saved" in editor.message_bar.text()
    assert services.cases.get(case.id).version == case.version

    # A date that cannot be read is caught before the service, next to its field too.
    type_into(qtbot, ov.communication_number.widget, "2137/2012", replace_all=True)
    type_into(qtbot, ov.dates["incident_date"].widget.line, "31.02.2010")
    assert ov.dates["incident_date"].widget.hint.text() == "not a date: dd.mm.yyyy"
    assert not editor.save()
    assert not ov.communication_number.error.isVisible()
    incident = ov.dates["incident_date"].error
    assert incident.isVisible()
    assert "“31.02.2010” is not a date" in incident.text()

    # A rule across fields: the decision before the submission.
    type_into(qtbot, ov.dates["incident_date"].widget.line, "", replace_all=True)
    type_into(qtbot, ov.dates["decision_date"].widget.line, "01.01.2009", replace_all=True)
    assert not editor.save()
    assert "cannot be before" in ov.dates["decision_date"].error.text()

    type_into(qtbot, ov.dates["decision_date"].widget.line, "21.10.2014", replace_all=True)
    assert editor.save()
    wait_loaded(qtbot, editor)
    assert not ov.dates["decision_date"].error.isVisible()
    assert not editor.is_dirty()


def test_error_in_another_tab_switches_to_it(qtbot, services, open_editor) -> None:
    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    tab = editor.proceedings
    editor.show_tab(tab)
    qtbot.mouseClick(tab.records.new_button, Qt.MouseButton.LeftButton)
    tab.kind.set_raw(ProceedingKind.APPEAL)
    type_into(qtbot, tab.number.widget, "2a-17/2025")
    editor.show_tab(editor.overview)
    assert not editor.save()  # the authority is missing
    assert editor.tabs.currentWidget() is tab
    assert tab.authority.error.isVisible()
    assert "Authority or court is required" in tab.authority.error.text()
    type_into(qtbot, tab.authority.widget, "Almaty regional court")
    assert editor.save()
    wait_loaded(qtbot, editor)
    assert "Almaty regional court" in [p.authority for p in services.cases.proceedings(case.id)]


# ---------------------------------------------------------------- parties


def test_add_23_victims_through_the_parties_tab(qtbot, services, open_editor) -> None:
    case = services.cases.create(
        CaseInput(
            reference="KZ-2026-23",
            title="Twenty-three victims v. Kazakhstan",
            body="CAT",
            state="KZ",
        )
    )
    editor = open_editor(services, case.id)
    tab = editor.parties
    editor.show_tab(tab)
    assert "Nobody is linked" in tab.summary.text()
    for n, name in enumerate(NEW_VICTIMS, start=1):
        qtbot.mouseClick(tab.new_person_button, Qt.MouseButton.LeftButton)
        dialog = tab.dialog
        assert isinstance(dialog, PersonDialog)
        assert dialog.isVisible()
        assert dialog.role.raw() is PartyRole.VICTIM
        type_into(qtbot, dialog.full_name.widget, name)
        type_into(qtbot, dialog.pseudonym.widget, f"V-{n:02d}")
        dialog.nationality.set_value("UZ")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda n=n: not editor.loading and tab.model.rowCount() == n)

    victims = services.cases.victims(case.id)
    assert [v.full_name for v in victims] == NEW_VICTIMS
    assert {v.nationality for v in victims} == {"UZ"}
    assert {v.public_name for v in victims} == {f"V-{n:02d}" for n in range(1, 24)}
    assert "23 parties, 23 victims. 23 may not be named" in tab.summary.text()
    assert editor.implementation.model.rowCount() == 23


def test_new_person_warns_of_a_transliterated_duplicate(qtbot, services, open_editor) -> None:
    existing = services.people.create(
        PersonInput(full_name="Алия Нурпеисова", consent_to_be_named=True)
    )
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    tab = editor.parties
    editor.show_tab(tab)
    qtbot.mouseClick(tab.new_person_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PersonDialog)
    type_into(qtbot, dialog.full_name.widget, "Aliya Nurpeisova")
    qtbot.waitUntil(lambda: dialog.duplicates_box.isVisible(), timeout=5000)
    assert "Алия Нурпеисова" in dialog.duplicates.item(0).text()
    assert "similar" in dialog.duplicates.item(0).text()
    assert dialog.ok_button.text() == "&Create a new person anyway"
    dialog.role.set_raw(PartyRole.RELATIVE)
    qtbot.mouseClick(dialog.use_existing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.loading and tab.model.rowCount() == 3)
    linked = {p.person.id: p.role for p in services.cases.parties(case.id)}
    assert linked[existing.id] is PartyRole.RELATIVE
    assert len(services.people.find_similar("Aliya Nurpeisova")) == 1  # no second record


def test_add_an_existing_person_by_search(qtbot, services, open_editor) -> None:
    person = services.people.create(PersonInput(full_name="Ерлан Сейтказы"))
    case = by_reference(services, ESERGEPOV)
    editor = open_editor(services, case.id)
    tab = editor.parties
    editor.show_tab(tab)
    qtbot.mouseClick(tab.add_existing_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AddPersonDialog)
    type_into(qtbot, dialog.search, "Yerlan Seitkazy")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.results.count() >= 1, timeout=5000)
    assert "Ерлан Сейтказы" in dialog.results.currentItem().text()
    dialog.role.setCurrentIndex(dialog.role.findData(PartyRole.WITNESS))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.loading and tab.model.rowCount() == 2)
    roles = {p.person.id: p.role for p in services.cases.parties(case.id)}
    assert roles[person.id] is PartyRole.WITNESS


def test_consent_is_shown_at_a_glance(qtbot, services, open_editor) -> None:
    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    model = editor.parties.model
    named = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    assert named.count("Real name") == 5  # four victims and counsel
    assert "As “Victim U-23”" in named
    decoration = model.data(model.index(0, 4), Qt.ItemDataRole.DecorationRole)
    assert decoration is not None and not decoration.isNull()
    refused = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert "✗ No" in refused


# ---------------------------------------------------------------- implementation


def totals(editor: CaseEditor, remedy_id: int) -> str:
    return editor.implementation.totals_labels[remedy_id].text()


def test_statuses_one_by_one_and_in_bulk_change_the_totals(qtbot, services, open_editor) -> None:
    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    tab = editor.implementation
    editor.show_tab(tab)
    matrix = services.remedies.matrix(case.id)
    remedy = matrix.remedies[0]
    assert totals(editor, remedy.id) == (
        "Compensation: 3 of 23 fully · 20 not implemented · 33,750,000 KZT paid"
    )
    assert tab.model.rowCount() == 23
    assert tab.model.headerData(3, Qt.Orientation.Vertical) == "Farrukh Davletov"
    assert tab.model.data(tab.model.index(3, 0)) == "✗ Not implemented"
    assert tab.model.data(tab.model.index(0, 1)) == "1 of 1 fully"

    # One cell, through the side panel.
    index = tab.model.index(3, 0)
    qtbot.mouseClick(
        tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(index).center()
    )
    assert tab.cell_title.text() == "Farrukh Davletov — Compensation"
    tab.status.widget.setCurrentIndex(list(ImplementationStatus).index(ImplementationStatus.FULLY))
    type_into(qtbot, tab.amount.widget, "11,250,000")
    type_into(qtbot, tab.currency.widget, "KZT")
    type_into(qtbot, tab.status_date.widget.line, "01.06.2026")
    type_into(qtbot, tab.evidence.widget, "Bank transfer of 1 June 2026.")
    assert editor.is_dirty()
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, editor)
    assert totals(editor, remedy.id) == (
        "Compensation: 4 of 23 fully · 19 not implemented · 45,000,000 KZT paid"
    )
    assert tab.model.data(tab.model.index(3, 0)) == "✓ Fully · 11,250,000 KZT"
    assert tab.model.data(tab.model.index(3, 1)) == "1 of 1 fully"
    assert not editor.is_dirty()

    # Thirteen cells at once: select them, F2, choose "partially", confirm.
    victims = tab.model.victims
    tab.view.setFocus()
    tab.select_cells([(remedy.id, v.id) for v in victims[10:]])
    assert "13 cells selected" in tab.selection_label.text()
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert isinstance(dialog, BulkStatusDialog)
    assert dialog.isVisible()
    dialog.status.set_raw(ImplementationStatus.PARTIALLY)
    type_into(qtbot, dialog.evidence.widget, "State reply of 1 June 2026: partial measures.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and not editor.loading, timeout=10_000)
    assert totals(editor, remedy.id) == (
        "Compensation: 4 of 23 fully · 13 partially · 6 not implemented · 45,000,000 KZT paid"
    )
    assert "Status set for 13 cells" in editor.message_bar.text()
    stored = services.remedies.matrix(case.id).totals[0]
    assert (stored.fully, stored.partially, stored.not_implemented) == (4, 13, 6)
    assert tab.model.data(tab.model.index(22, 0)) == "◐ Partially"


def test_bulk_dialog_warns_before_replacing_recorded_details(qtbot, services, open_editor) -> None:
    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    tab = editor.implementation
    editor.show_tab(tab)
    remedy = tab.model.remedies[0]
    tab.select_cells([(remedy.id, v.id) for v in tab.model.victims[:5]])
    tab.open_bulk_dialog()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    matrix = tab.model.matrix
    recorded = sum(
        1
        for v in tab.model.victims[:5]
        if (cell := matrix.cells.get((remedy.id, v.id))) and (cell.amount or cell.source)
    )
    assert recorded >= 3  # the three paid victims at least
    assert f"{recorded} of the selected cells already record" in dialog.warning.text()
    # "Not implemented" with an amount is refused by the service: nothing is written.
    dialog.status.set_raw(ImplementationStatus.NOT_IMPLEMENTED)
    type_into(qtbot, dialog.amount.widget, "100")
    type_into(qtbot, dialog.currency.widget, "KZT")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and not editor.loading, timeout=10_000)
    assert "The status was not set" in editor.message_bar.text()
    assert "cannot be “Not implemented”" in editor.message_bar.text()
    assert services.remedies.matrix(case.id).totals[0].fully == 3


def test_cell_edits_are_kept_as_drafts_and_saved_together(qtbot, services, open_editor) -> None:
    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    tab = editor.implementation
    editor.show_tab(tab)
    remedy = tab.model.remedies[0]
    for row, source in ((5, "Letter of 3 May 2026"), (6, "Letter of 4 May 2026")):
        tab.view.setCurrentIndex(tab.model.index(row, 0))
        type_into(qtbot, tab.source.widget, source, replace_all=True)
    # The first cell keeps its edit as a draft (italic) while the second is shown.
    assert tab.model.data(tab.model.index(5, 0), Qt.ItemDataRole.FontRole).italic()
    assert len(editor.unsaved()) == 2
    tab.view.setCurrentIndex(tab.model.index(5, 0))
    assert tab.source.raw() == "Letter of 3 May 2026"
    assert editor.save()
    wait_loaded(qtbot, editor)
    victims = tab.model.victims
    assert services.remedies.status(remedy.id, victims[5].id).source == "Letter of 3 May 2026"
    assert services.remedies.status(remedy.id, victims[6].id).source == "Letter of 4 May 2026"
    assert not editor.is_dirty()


def test_general_remedy_status_is_edited_below_the_grid(qtbot, services, open_editor) -> None:
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    tab = editor.implementation
    editor.show_tab(tab)
    assert tab.general.rowCount() == 1
    assert tab.general.data(tab.general.index(0, 1)) == "◐ Partially"
    tab.general_view.setCurrentIndex(tab.general.index(0, 0))
    assert tab.cell_title.text() == "Legislative change (general)"
    assert not tab.amount.widget.isEnabled()  # not a money remedy
    tab.status.set_raw(ImplementationStatus.NOT_IMPLEMENTED)
    assert editor.save()
    wait_loaded(qtbot, editor)
    general = services.remedies.matrix(case.id).general[0][1]
    assert general is not None and general.status is ImplementationStatus.NOT_IMPLEMENTED


# ---------------------------------------------------------------- conflicts


def test_edit_conflict_reload_and_reapply_keeps_the_typed_text(
    qtbot, services, open_editor
) -> None:
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    ov = editor.overview
    ov.case_title.widget.setFocus()
    ov.case_title.widget.end(False)
    qtbot.keyClicks(ov.case_title.widget, " (edited)")
    type_into(qtbot, ov.notes.widget, "Typed in the editor.")

    # Behind the editor's back: another window saves the case.
    current = services.cases.get(case.id)
    services.cases.update(
        case.id,
        replace(case_input(current), session="113", notes="Saved elsewhere."),
        expected_version=current.version,
    )

    assert not editor.save()
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.field_rows())
    assert rows["Title"] == "Yours kept"
    assert rows["Session"] == "Taken from the database"
    assert rows["Notes"] == "Both changed: yours kept"
    assert "Notes" in dialog.summary.text()
    qtbot.mouseClick(dialog.reapply_button, Qt.MouseButton.LeftButton)

    assert ov.case_title.widget.text() == "Toregozhina v. Kazakhstan (edited)"
    assert ov.notes.raw() == "Typed in the editor."
    assert ov.session.raw() == "113"
    assert editor.is_dirty()
    assert "re-applied" in editor.message_bar.text()
    wait_loaded(qtbot, editor)
    assert ov.case_title.widget.text() == "Toregozhina v. Kazakhstan (edited)"

    assert editor.save()
    wait_loaded(qtbot, editor)
    saved = services.cases.get(case.id)
    assert saved.title == "Toregozhina v. Kazakhstan (edited)"
    assert saved.session == "113"
    assert saved.notes == "Typed in the editor."
    assert not editor.is_dirty()


def test_keep_editing_after_a_conflict_loses_nothing(qtbot, services, open_editor) -> None:
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    ov = editor.overview
    type_into(qtbot, ov.summary.widget, "My new summary.", replace_all=True)
    current = services.cases.get(case.id)
    services.cases.update(
        case.id,
        replace(case_input(current), lead_lawyer="B. Other"),
        expected_version=current.version,
    )
    assert not editor.save()
    dialog = editor.conflict_dialog
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ov.summary.raw() == "My new summary."
    assert ov.lead_lawyer.raw() == "Demo Counsel (ILI)"  # not reloaded
    assert editor.is_dirty()
    assert services.cases.get(case.id).summary == case.summary


def test_a_proceeding_changed_elsewhere_is_reapplied_too(qtbot, services, open_editor) -> None:
    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    tab = editor.proceedings
    editor.show_tab(tab)
    first = tab.model.item(0)
    tab.records.select(first.id)
    type_into(qtbot, tab.number.widget, "2022-001-A", replace_all=True)
    services.cases.update_proceeding(
        first.id,
        ProceedingInput(
            kind=first.kind,
            authority=first.authority,
            number=first.number,
            started_on=first.started_on,
            decided_on=first.decided_on,
            outcome="Changed elsewhere.",
            is_final=first.is_final,
        ),
        expected_version=first.version,
    )
    assert not editor.save()
    dialog = editor.conflict_dialog
    assert dict(dialog.field_rows()) == {
        "Case number": "Yours kept",
        "Outcome": "Taken from the database",
    }
    qtbot.mouseClick(dialog.reapply_button, Qt.MouseButton.LeftButton)
    assert tab.number.raw() == "2022-001-A"
    assert tab.outcome.raw() == "Changed elsewhere."
    assert editor.save()
    wait_loaded(qtbot, editor)
    stored = next(p for p in services.cases.proceedings(case.id) if p.id == first.id)
    assert (stored.number, stored.outcome) == ("2022-001-A", "Changed elsewhere.")


# ---------------------------------------------------------------- closing


def test_unsaved_changes_prompt_on_close(qtbot, services) -> None:
    case = by_reference(services, TOREGOZHINA)
    window = open_case_editor(None, services, case.id)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    editor = window.editor
    wait_loaded(qtbot, editor)
    type_into(qtbot, editor.overview.notes.widget, "Not saved yet.")

    qtbot.keyClick(editor.overview.notes.widget, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    prompt = editor.prompt
    assert prompt is not None and prompt.isVisible()
    assert window.isVisible()
    assert "Overview" in prompt.informativeText()
    qtbot.mouseClick(prompt.cancel_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert editor.overview.notes.raw() == "Not saved yet."

    window.close()
    prompt = editor.prompt
    qtbot.mouseClick(prompt.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert services.cases.get(case.id).notes == "Not saved yet."


def test_discarding_on_close_writes_nothing(qtbot, services) -> None:
    case = by_reference(services, TOREGOZHINA)
    window = open_case_editor(None, services, case.id)
    qtbot.addWidget(window)
    editor = window.editor
    wait_loaded(qtbot, editor)
    type_into(qtbot, editor.overview.notes.widget, "Thrown away.")
    window.close()
    qtbot.mouseClick(editor.prompt.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert services.cases.get(case.id).notes == ""


def test_open_case_editor_raises_the_open_window(qtbot, services) -> None:
    case = by_reference(services, ESERGEPOV)
    first = open_case_editor(None, services, case.id)
    qtbot.addWidget(first)
    again = open_case_editor(None, services, case.id)
    assert again is first
    other = open_case_editor(None, services, by_reference(services, UZ23).id)
    qtbot.addWidget(other)
    assert other is not first
    wait_loaded(qtbot, first.editor)
    wait_loaded(qtbot, other.editor)
    assert first.windowTitle() == "KZ-CCPR-2129 — Esergepov v. Kazakhstan — TreatyDesk"


def test_revert_discards_after_asking(qtbot, services, open_editor) -> None:
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    type_into(qtbot, editor.overview.case_title.widget, "Changed", replace_all=True)
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    prompt = editor.prompt
    assert prompt is not None and prompt.isVisible()
    qtbot.mouseClick(prompt.defaultButton(), Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, editor)
    assert editor.overview.case_title.widget.text() == "Toregozhina v. Kazakhstan"
    assert not editor.is_dirty()


# ---------------------------------------------------------------- other tabs


def test_final_proceeding_drives_the_filing_limit(qtbot, services, open_editor) -> None:
    case = by_reference(services, ESERGEPOV)
    editor = open_editor(services, case.id)
    tab = editor.proceedings
    editor.show_tab(tab)
    assert "No final domestic decision is recorded" in tab.exhaustion.text()
    qtbot.mouseClick(tab.records.new_button, Qt.MouseButton.LeftButton)
    tab.kind.set_raw(ProceedingKind.CASSATION)
    type_into(qtbot, tab.authority.widget, "Supreme Court of Kazakhstan")
    type_into(qtbot, tab.decided_on.widget.line, "01.02.2011")
    tab.is_final.widget.setFocus()
    qtbot.keyClick(tab.is_final.widget, Qt.Key.Key_Space)
    assert tab.is_final.raw()
    qtbot.mouseClick(tab.records.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, editor)
    text = tab.exhaustion.text()
    assert "Final domestic decision: 1 February 2011" in text
    assert "within 5 years" in text
    assert "Filing limit: 1 February 2016" in text
    assert services.cases.get(case.id).final_domestic_decision_date == date(2011, 2, 1)
    # The Overview shows the date the proceeding set, and the chronology lists it.
    assert editor.overview.dates["final_domestic_decision_date"].raw() == "01.02.2011"
    steps = [s.what for s in editor.committee.steps() if s.when]
    assert steps[0] == "Final domestic decision"


def test_chronology_follows_unsaved_dates_and_opens_the_field(qtbot, services, open_editor) -> None:
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    tab = editor.committee
    dated = [(s.when, s.what) for s in tab.steps() if s.when]
    assert dated[0] == (date(2010, 6, 30), "Submission to the Committee")
    assert (date(2014, 10, 21), "Decision adopted") in dated
    type_into(qtbot, editor.overview.dates["registration_date"].widget.line, "15.09.2010")
    dated = [s for s in tab.steps() if s.when]
    assert dated[1].what == "Registration"
    assert dated[1].interval == "+2 months"
    editor.show_tab(tab)
    row = next(i for i, s in enumerate(tab.steps()) if s.what == "Incident")
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert editor.tabs.currentWidget() is editor.overview
    assert editor.overview.dates["incident_date"].widget.line.hasFocus()


def test_committee_assessment_grades_a_remedy(qtbot, services, open_editor) -> None:
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    tab = editor.followup
    editor.show_tab(tab)
    qtbot.mouseClick(tab.records.new_button, Qt.MouseButton.LeftButton)
    tab.kind.set_raw(FollowUpKind.COMMITTEE_ASSESSMENT)
    type_into(qtbot, tab.event_date.widget.line, "10.03.2016")
    type_into(qtbot, tab.symbol.widget, "CCPR/C/116/2")
    type_into(qtbot, tab.session.widget, "116")
    remedies = services.remedies.remedies(case.id)
    compensation = next(r for r in remedies if r.kind.value == "compensation")
    combo = tab.grades.widget._combos[compensation.id]
    assert combo.isEnabled()
    combo.setCurrentIndex(combo.findData(Grade.C))
    qtbot.mouseClick(tab.records.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, editor)
    assert services.followup.current_grades(case.id) == {compensation.id: Grade.C}
    assert "Compensation: C — not satisfactory" in tab.current_grades.text()
    remedy_model = editor.decision.remedy_model
    grades = [remedy_model.data(remedy_model.index(r, 3)) for r in range(remedy_model.rowCount())]
    assert grades == ["—", "C", "—"]


def test_manual_deadline_added_and_marked_done(qtbot, services, open_editor) -> None:
    case = by_reference(services, ESERGEPOV)
    editor = open_editor(services, case.id)
    tab = editor.deadlines
    editor.show_tab(tab)
    before = tab.model.rowCount()
    qtbot.mouseClick(tab.records.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, tab.what.widget, "Send the reminder to the Committee")
    type_into(qtbot, tab.due.widget.line, "15.12.2026")
    assert editor.save()
    wait_loaded(qtbot, editor)
    assert tab.model.rowCount() == before + 1
    manual = next(d for d in services.deadlines.for_case(case.id) if d.title.startswith("Send"))
    assert manual.state.value == "due_soon"
    tab.records.select(manual.key)
    tab.records.table.setFocus()
    qtbot.keyClick(tab.records.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wait_loaded(qtbot, editor)
    assert next(d for d in services.deadlines.for_case(case.id) if d.key == manual.key).done
    assert tab.done_button.text() == "Mark not &done"


def test_history_lists_the_changes(qtbot, services, open_editor) -> None:
    case = by_reference(services, TOREGOZHINA)
    editor = open_editor(services, case.id)
    type_into(qtbot, editor.overview.session.widget, "113", replace_all=True)
    assert editor.save()
    wait_loaded(qtbot, editor)
    model = editor.history.model
    assert model.rowCount() == 0  # read only when the tab is shown
    editor.show_tab(editor.history)
    qtbot.waitUntil(lambda: not editor.history.reading and model.rowCount() > 0)
    assert model.rowCount() >= 2
    assert "Session" in model.data(model.index(0, 3))
    assert "Session: “112” → “113”" in editor.history.detail.toPlainText()


def test_documents_open_and_verify(qtbot, services, open_editor) -> None:
    from app.services.documents import GenerateRequest

    case = by_reference(services, TOREGOZHINA)
    document = services.documents.generate(GenerateRequest(kind="status_summary", case_id=case.id))
    opened: list[str] = []
    window = CaseEditorWindow(services=services, case_id=case.id)
    qtbot.addWidget(window)
    editor = window.editor
    editor.documents.open_url = lambda url: opened.append(url.toLocalFile()) or True
    wait_loaded(qtbot, editor)
    tab = editor.documents
    assert tab.model.rowCount() == 1
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is intact" in tab.result.text())
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].endswith(".pdf")
    services.documents.store.path_of(document.path).write_bytes(b"tampered")
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was changed after it was registered" in tab.problem.text())
    assert tab.add_button.isEnabled()


# ---------------------------------------------------------------- keyboard


def test_every_tab_is_reachable_by_keyboard(qtbot, services, open_editor) -> None:
    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    window = editor.window()
    window.activateWindow()
    editor.overview.reference.widget.setFocus()
    for number, tab in enumerate(editor.tab_pages, start=1):
        qtbot.keyClick(
            QApplication.focusWidget() or editor,
            getattr(Qt.Key, f"Key_{number % 10}"),
            Qt.KeyboardModifier.AltModifier,
        )
        assert editor.tabs.currentWidget() is tab, tab.title
    # Enter on a grid cell goes to the side panel's status.
    qtbot.keyClick(
        QApplication.focusWidget() or editor, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier
    )
    grid = editor.implementation.view
    grid.setFocus()
    grid.setCurrentIndex(editor.implementation.model.index(4, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert editor.implementation.status.widget.hasFocus()


# ---------------------------------------------------------------- models


MODEL_GETTERS = {
    "matrix": lambda e: e.implementation.model,
    "general remedies": lambda e: e.implementation.general,
    "parties": lambda e: e.parties.model,
    "proceedings": lambda e: e.proceedings.model,
    "chronology": lambda e: e.committee.model,
    "articles invoked": lambda e: e.decision.invoked.widget.model,
    "articles violated": lambda e: e.decision.violated.widget.model,
    "remedies": lambda e: e.decision.remedy_model,
    "follow-up": lambda e: e.followup.model,
    "deadlines": lambda e: e.deadlines.model,
    "documents": lambda e: e.documents.model,
    "history": lambda e: e.history.model,
}


@pytest.mark.parametrize("reference", [UZ23, TOREGOZHINA])
def test_item_models_keep_qts_contract(
    qtbot, qtmodeltester, services, open_editor, reference
) -> None:
    editor = open_editor(services, by_reference(services, reference).id)
    models = {name: getter(editor) for name, getter in MODEL_GETTERS.items()}
    for model in models.values():
        qtmodeltester.check(model)
    editor.after_change()  # a reload resets every model under the testers' eyes
    wait_loaded(qtbot, editor)
    for name, model in models.items():
        assert model.rowCount() >= 0, name
        qtmodeltester.check(model, force_py=True)


def test_matrix_model_without_a_matrix(qtmodeltester) -> None:
    from views.case_editor.implementation import MatrixModel

    model = MatrixModel()
    qtmodeltester.check(model)
    assert model.rowCount() == model.columnCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) is None
    assert model.cell_at(model.index(0, 0)) is None


# ---------------------------------------------------------------- speed


def test_opening_the_23_victim_case_is_quick(qtbot, services) -> None:
    import time

    case = by_reference(services, UZ23)
    started = time.perf_counter()
    window = open_case_editor(None, services, case.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: not window.editor.loading and window.editor.implementation.model.rowCount() == 23,
        timeout=10_000,
    )
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"\nopening {UZ23} (23 victims): {elapsed_ms:.0f} ms to the filled grid")
    assert elapsed_ms < 5_000


def test_saving_twice_before_the_reload_is_no_conflict(qtbot, services, open_editor) -> None:
    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    tab = editor.proceedings
    editor.show_tab(tab)
    tab.records.select(tab.model.item(0).id)
    type_into(qtbot, tab.number.widget, "first", replace_all=True)
    assert tab.records.save_current()
    type_into(qtbot, tab.number.widget, "second", replace_all=True)
    assert tab.records.save_current()  # the saved version was kept: not our own conflict
    cells = editor.implementation
    editor.show_tab(cells)
    cells.view.setCurrentIndex(cells.model.index(8, 0))
    type_into(qtbot, cells.source.widget, "one", replace_all=True)
    assert cells.save_current()
    type_into(qtbot, cells.source.widget, "two", replace_all=True)
    assert cells.save_current()
    wait_loaded(qtbot, editor)
    assert editor.conflict_dialog is None
    assert tab.model.item(0).number == "second"
    victim = cells.model.victims[8]
    remedy = cells.model.remedies[0]
    assert services.remedies.status(remedy.id, victim.id).source == "two"


def test_a_remedy_heading_selects_every_victim(qtbot, services, open_editor) -> None:
    from PySide6.QtCore import QPoint

    case = by_reference(services, UZ23)
    editor = open_editor(services, case.id)
    tab = editor.implementation
    editor.show_tab(tab)
    header = tab.view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2),
    )
    cells = tab.selected_cells()
    assert len(cells) == 23
    assert {remedy for remedy, _victim in cells} == {tab.model.remedies[0].id}
    assert tab.selection_label.text() == "23 cells selected (23 victims × 1 remedy)"
    tab.view.selectAll()  # Ctrl+A: the victims' totals column is not a cell to set
    assert len(tab.selected_cells()) == 23
