"""The import dialogs over a real, migrated database: nothing is saved before Import."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from app.context import Workspace
from app.services.dto import CaseInput
from models import Case, Review
from views.dialogs.import_decision import ImportDecisionDialog
from views.dialogs.import_review import ImportReviewDialog

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "views"
DECISION = FIXTURES / "ccpr-c-132-d-2857-2016.txt"
SEEDS = Path("/work/shared/seeds")
REVIEW = next(iter(sorted(SEEDS.glob("002_*.txt"))), SEEDS / "002_c3f5dcd4d1516eb7.txt")


def _count(workspace: Workspace, model: type) -> int:
    with workspace.services.cases._session_factory() as s:
        return s.scalar(select(func.count(model.id))) or 0


def _decision_dialog(qtbot, workspace: Workspace, path: Path) -> ImportDecisionDialog:
    done: list[int] = []
    dialog = ImportDecisionDialog(
        decisions=workspace.services.decisions,
        cases=workspace.services.cases,
        path=path,
        on_imported=done.append,
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.result or dialog.message.text()))
    return dialog


def _import(qtbot, dialog) -> None:
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)


def test_decision_creates_the_case_only_on_import(qtbot, empty_workspace: Workspace) -> None:
    dialog = _decision_dialog(qtbot, empty_workspace, DECISION)
    assert dialog.result is not None
    assert dialog.case_id is None
    assert not dialog.diff_box.isVisibleTo(dialog)
    assert dialog.adoption_row.isVisibleTo(dialog)  # the text lacks the date
    assert dialog.preview.rowCount() == len(dialog.result.preview_rows())
    symbol_row = dialog.row_of("symbol")
    assert dialog.preview.item(symbol_row, 1).text() == "CCPR/C/132/D/2857/2016"
    assert dialog.people_table.rowCount() == 10
    assert "date of adoption" in dialog.warnings.text().lower()
    assert _count(empty_workspace, Case) == 0

    # Without the date of adoption the service refuses, and nothing is saved.
    _import(qtbot, dialog)
    assert dialog.report is None
    assert "adopted" in dialog.message.text()
    assert _count(empty_workspace, Case) == 0

    dialog.adoption_edit.setText("not a date")
    _import(qtbot, dialog)
    assert "is not a date" in dialog.message.text()
    assert _count(empty_workspace, Case) == 0

    dialog.adoption_edit.setText("24 July 2021")
    _import(qtbot, dialog)
    assert dialog.report is not None, dialog.message.text()
    case = dialog.report.case
    assert dialog.report.created
    assert case.symbol == "CCPR/C/132/D/2857/2016"
    assert str(case.decision_date) == "2021-07-24"
    parties = empty_workspace.services.cases.parties(case.id)
    assert len({p.person.id for p in parties}) == 10
    assert "Created case" in dialog.status.text()
    assert _count(empty_workspace, Case) == 1


def test_existing_case_takes_only_the_accepted_fields(qtbot, empty_workspace: Workspace) -> None:
    first = _decision_dialog(qtbot, empty_workspace, DECISION)
    first.adoption_edit.setText("24 July 2021")
    first.set_value("title", "Tolchina and others v. Belarus")
    _import(qtbot, first)
    assert first.report is not None
    case_id = first.report.case.id
    cases = empty_workspace.services.cases
    before = cases.get(case_id)
    assert before.title == "Tolchina and others v. Belarus"
    # The lawyer types a session and a different decision date by hand.
    data = CaseInput(**{f.name: getattr(before, f.name) for f in dc_fields(CaseInput)})
    cases.update(
        case_id,
        replace(data, session="131", decision_date=before.decision_date.replace(day=23)),
        expected_version=before.version,
    )
    typed = cases.get(case_id)

    dialog = _decision_dialog(qtbot, empty_workspace, DECISION)
    assert dialog.case_id == case_id
    assert dialog.diff_box.isVisibleTo(dialog)
    by_name = {d.name: d for d in dialog.diffs}
    assert by_name["session"].status == "different"
    assert by_name["session"].current == "131" and by_name["session"].imported == "132"
    assert dialog.accepted_fields() == set()  # nothing accepted silently

    # Pressing Import with nothing ticked changes nothing.
    _import(qtbot, dialog)
    assert "No field is ticked" in dialog.message.text()
    assert cases.get(case_id).version == typed.version

    dialog.set_accepted("session")
    _import(qtbot, dialog)
    assert dialog.report is not None, dialog.message.text()
    after = cases.get(case_id)
    assert after.session == "132"
    assert after.decision_date == typed.decision_date  # not ticked: kept as typed
    assert after.title == typed.title
    assert dialog.report.fields_written == ("session",)
    assert _count(empty_workspace, Case) == 1


def test_review_dialog_imports_the_observations(qtbot, empty_workspace: Workspace) -> None:
    dialog = ImportReviewDialog(review_import=empty_workspace.services.review_import, path=REVIEW)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.result is not None)
    assert dialog.table.rowCount() == 59
    assert dialog.follow_up_rows() == [12, 34, 52]
    assert dialog.fields["symbol"].text() == "CCPR/C/KAZ/CO/3"
    assert dialog.fields["follow_up_deadline"].text() == "18 July 2028"
    assert _count(empty_workspace, Review) == 0

    dialog.fields["adopted"].setText("yesterday-ish")
    dialog.import_button.click()
    assert "is not a date" in dialog.message.text()
    assert _count(empty_workspace, Review) == 0
    dialog.fields["adopted"].setText(dialog.result.document.adopted.isoformat())

    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.outcome is not None, dialog.message.text()
    assert dialog.outcome.created
    assert dialog.outcome.follow_up == (12, 34, 52)
    assert _count(empty_workspace, Review) == 1
    review_id = dialog.outcome.review.id

    again = ImportReviewDialog(review_import=empty_workspace.services.review_import, path=REVIEW)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.busy and again.result is not None)
    assert again.result.existing_review_id == review_id
    again.import_button.click()
    qtbot.waitUntil(lambda: not again.busy)
    assert again.outcome is not None and not again.outcome.created
    assert _count(empty_workspace, Review) == 1


def test_bad_files_show_the_message_and_change_nothing(
    qtbot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    dialog = _decision_dialog(qtbot, empty_workspace, empty)
    assert dialog.result is None
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert "Nothing was saved" in dialog.status.text()

    review = ImportReviewDialog(review_import=empty_workspace.services.review_import, path=empty)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: not review.busy)
    assert review.result is None and review.message.text()
    assert not review.import_button.isEnabled()
    assert _count(empty_workspace, Case) == 0
    assert _count(empty_workspace, Review) == 0
    assert Qt  # the module imports cleanly


def test_file_menu_opens_the_import_dialogs(
    qtbot, empty_workspace: Workspace, make_window, monkeypatch
) -> None:
    window = make_window(empty_workspace)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Import &decision…" in texts
    assert "Import concluding &observations…" in texts
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(DECISION), ""))
    window.import_decision_action.trigger()
    dialog = window.findChild(ImportDecisionDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.result is not None
    dialog.reject()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.import_review_action.trigger()
    assert window.findChild(ImportReviewDialog) is None
