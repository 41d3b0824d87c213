"""The review editor: the review's fields, its recommendations with their full text, and the
NGO's assessments (add, edit, validate, conflict), with links to the cases they cite."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.dto import AssessmentInput, ReviewInput
from app.vocab import Grade
from views.main_window import MainWindow
from views.review_editor import ReviewEditor


def open_demo_review(qtbot, window: MainWindow, demo_workspace) -> ReviewEditor:
    review = demo_workspace.services.reviews.list()[0]
    editor = window.open_review(review.id)
    return editor


def select_paragraph(editor: ReviewEditor, paragraph: int) -> None:
    for row, rec in enumerate(editor.recommendations.items()):
        if rec.paragraph == paragraph:
            editor.rec_table.selectRow(row)
            return
    raise AssertionError(paragraph)


def test_shows_the_review_and_its_recommendations(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    editor = open_demo_review(qtbot, window, demo_workspace)
    assert editor.windowTitle() == "CCPR/C/KAZ/CO/3 — Kazakhstan[*] — TreatyDesk"
    assert editor.co_symbol.widget.text() == "CCPR/C/KAZ/CO/3"
    assert editor.report_symbol.widget.text() == "CCPR/C/KAZ/3"
    assert editor.session.widget.text() == "144"
    assert editor.adopted_on.widget.text() == "11.07.2025"
    assert editor.followup_deadline.widget.text() == "18.07.2028"
    assert editor.next_loi.widget.text() == "2031"
    assert not editor.is_dirty()
    model = editor.recommendations
    assert model.rowCount() == 26
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)]
    assert headers == ["¶", "Theme", "Follow-up", "Latest grade", "Articles"]
    assert editor.rec_summary.text() == (
        "26 recommendations; 3 selected for follow-up; 2 assessed by us."
    )
    paragraphs = [r.paragraph for r in model.items()]
    assert paragraphs == sorted(paragraphs)
    follow_up = [r.paragraph for r in model.items() if r.is_followup]
    assert len(follow_up) == 3
    editor.close()


def test_detail_pane_shows_the_full_text_and_the_assessments(
    qtbot, make_window, demo_workspace
) -> None:
    window = make_window(demo_workspace)
    editor = open_demo_review(qtbot, window, demo_workspace)
    select_paragraph(editor, 34)
    text = editor.detail.toPlainText()
    assert text.startswith("¶ 34. Prohibition of torture")
    assert "selected for follow-up" in text
    assert "Concern (¶ 33)." in text
    assert "Recommendation." in text
    rec = editor.current_recommendation()
    assert rec is not None and rec.recommendation_text.splitlines()[0][:40] in text
    assert editor.assessments.rowCount() == 1
    row = editor.assessments.item(0)
    assert row.assessment.grade is Grade.C
    assert set(row.case_references) == {"ILI-2022-UZ23", "KZ-CAT-433", "KZ-CAT-441"}
    assert "ILI-2022-UZ23" in editor.cases_label.text()
    # A cited case opens like any other (here: selected in the cases list).
    editor.cases_label.linkActivated.emit("case:KZ-CAT-441")
    page = window.cases
    assert page.model.row_data(page.table.currentIndex().row()).reference == "KZ-CAT-441"
    select_paragraph(editor, 8)
    assert editor.assessments.rowCount() == 0
    assert not editor.edit_button.isEnabled()
    editor.close()


def test_add_an_assessment(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    editor = open_demo_review(qtbot, window, demo_workspace)
    select_paragraph(editor, 8)
    editor.add_button.click()
    dialog = editor.assessment_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.assessed_on.widget.text() == "22.11.2026"  # today (the test clock)
    dialog.grade.widget.setCurrentIndex(list(Grade).index(Grade.B))
    dialog.evidence.widget.setPlainText("The Commissioner's law was amended in 2026.")
    qtbot.keyClicks(dialog.cases.widget, "KZ-CCPR-2137, no-such-case")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.cases.error.text() == "There is no case with the reference “no-such-case”."
    dialog.cases.widget.setText("kz-ccpr-2137")
    dialog.open_items.widget.setText("a, c")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    rec = editor.current_recommendation()
    assert rec is not None and rec.paragraph == 8
    assert rec.latest_grade is Grade.B
    assert editor.assessments.rowCount() == 1
    saved = editor.assessments.item(0)
    assert saved.case_references == ("KZ-CCPR-2137",)
    assert saved.assessment.open_sub_items == ("a", "c")
    assert "3 assessed by us" in editor.rec_summary.text()
    editor.close()


def test_assessment_date_is_required_and_checked(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    editor = open_demo_review(qtbot, window, demo_workspace)
    select_paragraph(editor, 8)
    editor.add_assessment()
    dialog = editor.assessment_dialog
    dialog.assessed_on.widget.setText("")
    assert not dialog.save()
    assert "required" in dialog.assessed_on.error.text()
    dialog.assessed_on.widget.setText("01.01.2099")
    assert not dialog.save()
    assert dialog.message_bar.text().startswith("Not saved:")
    dialog.reject()
    editor.close()


def test_edit_an_assessment_with_a_conflict(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    window = make_window(demo_workspace)
    editor = open_demo_review(qtbot, window, demo_workspace)
    select_paragraph(editor, 34)
    editor.assess_table.selectRow(0)
    editor.edit_button.click()
    dialog = editor.assessment_dialog
    assert dialog.cases.widget.text() == "ILI-2022-UZ23, KZ-CAT-433, KZ-CAT-441"
    dialog.evidence.widget.setPlainText("Updated: 4 of 23 victims compensated.")
    # Someone else edits the same assessment meanwhile.
    current = dialog.assessment
    services.reviews.update_assessment(
        current.id,
        AssessmentInput(
            grade=Grade.D,
            assessed_on=current.assessed_on,
            evidence=current.evidence,
            sources="Changed elsewhere",
            case_ids=current.case_ids,
        ),
        expected_version=current.version,
    )
    assert not dialog.save()
    conflict = dialog.conflict_dialog
    assert conflict is not None and conflict.isVisible()
    assert dict(conflict.field_rows())["Evidence"] == "Yours kept"
    qtbot.mouseClick(conflict.reapply_button, Qt.MouseButton.LeftButton)
    assert dialog.evidence.widget.toPlainText() == "Updated: 4 of 23 victims compensated."
    assert dialog.sources.widget.toPlainText() == "Changed elsewhere"
    assert dialog.grade.raw() is Grade.D
    assert dialog.save()
    row = editor.assessments.item(0).assessment
    assert row.evidence == "Updated: 4 of 23 victims compensated."
    assert row.sources == "Changed elsewhere"
    editor.close()


def test_delete_an_assessment_after_confirming(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    editor = open_demo_review(qtbot, window, demo_workspace)
    select_paragraph(editor, 6)
    editor.assess_table.selectRow(0)
    editor.delete_button.click()
    boxes = [w for w in editor.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    delete = next(b for b in boxes[0].buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert editor.assessments.rowCount() == 0
    assert editor.current_recommendation().latest_grade is None
    editor.close()


def test_edit_the_review_fields(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    window = make_window(demo_workspace)
    editor = open_demo_review(qtbot, window, demo_workspace)
    editor.next_loi.widget.setText("20x1")
    assert not editor.save()
    assert "is not a year" in editor.next_loi.error.text()
    editor.next_loi.widget.setText("2032")
    editor.followup_deadline.widget.setText("18.07.2029")
    assert editor.save()
    review = services.reviews.get(editor.record_id)
    assert review.next_loi_year == 2032
    assert review.followup_deadline == date(2029, 7, 18)
    assert window.reviews.model.rowCount() == 1
    editor.close()


def test_review_conflict_reapplies_the_edits(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    window = make_window(demo_workspace)
    editor = open_demo_review(qtbot, window, demo_workspace)
    editor.session.widget.setText("144th")
    current = services.reviews.get(editor.record_id)
    services.reviews.update(
        current.id,
        ReviewInput(
            body=current.body,
            state=current.state,
            cycle=current.cycle,
            state_report_symbol=current.state_report_symbol,
            co_symbol=current.co_symbol,
            session=current.session,
            dialogue_start=current.dialogue_start,
            dialogue_end=current.dialogue_end,
            adopted_on=current.adopted_on,
            followup_deadline=current.followup_deadline,
            next_loi_year=current.next_loi_year,
            next_dialogue_year=current.next_dialogue_year,
            notes="Changed elsewhere.",
        ),
        expected_version=current.version,
    )
    assert not editor.save()
    qtbot.mouseClick(editor.conflict_dialog.reapply_button, Qt.MouseButton.LeftButton)
    assert editor.session.widget.text() == "144th"
    assert editor.notes.widget.toPlainText() == "Changed elsewhere."
    assert editor.save()
    assert services.reviews.get(current.id).session == "144th"
    editor.close()


def test_new_review(qtbot, make_window, empty_workspace) -> None:
    window = make_window(empty_workspace)
    editor = window.new_review()
    assert editor.rec_summary.text().startswith("Save the review first")
    assert not editor.add_button.isEnabled()
    assert not editor.save()
    assert editor.cycle.error.isVisibleTo(editor) or editor.state_field.error.isVisibleTo(editor)
    editor.state_field.widget.setEditText("Kazakhstan")
    editor.cycle.widget.setText("Fourth periodic report")
    assert editor.save(), editor.message_bar.text()
    assert editor.windowTitle().startswith("Fourth periodic report — Kazakhstan")
    assert ("review", editor.record_id) in window.editors
    editor.close()


def test_enter_in_the_reviews_list_opens_the_editor(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.reviews
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.activated.emit(page.model.index(0, 0))
    review = page.model.item(0)
    editor = demo_window.editors[("review", review.id)]
    assert isinstance(editor, ReviewEditor)
    editor.close()
