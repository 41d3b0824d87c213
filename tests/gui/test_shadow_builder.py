"""The shadow report builder over the demo: a report, its sections, live word counts,
reordering, quoted recommendations and cited cases, generation of the whole report (DOCX read
back), the word limit, and a section changed elsewhere (conflict)."""

from __future__ import annotations

import io

from docx import Document as open_docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.shadow import SectionInput
from views.shadow_builder import ShadowBuilder


def make_builder(qtbot, workspace) -> ShadowBuilder:
    services = workspace.services
    review = services.reviews.list()[0]
    builder = ShadowBuilder(
        shadow=services.shadow,
        documents=services.documents,
        reviews=services.reviews,
        cases=services.cases,
        listing=services.listing,
        review_id=review.id,
    )
    qtbot.addWidget(builder)
    builder.show()
    return builder


def create_report(qtbot, builder: ShadowBuilder, title: str, limit: int) -> None:
    dialog = builder.open_new_report_dialog()
    dialog.title.setText(title)
    dialog.word_limit.setValue(limit)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert not dialog.isVisible()


def rec_id(builder: ShadowBuilder, paragraph: int) -> int:
    return next(r.id for r in builder.recommendations.values() if r.paragraph == paragraph)


def case_id(builder: ShadowBuilder, reference: str) -> int:
    return next(i for i, label in builder.case_labels.items() if label.startswith(reference))


def docx_lines(data: bytes) -> list[str]:
    doc = open_docx(io.BytesIO(data))
    return [p.text for p in doc.paragraphs]


def test_build_reorder_link_and_generate(qtbot, demo_workspace) -> None:
    builder = make_builder(qtbot, demo_workspace)
    assert builder.title_label.text() == "Shadow report — CCPR/C/KAZ/CO/3 — Kazakhstan"
    assert not builder.add_section_button.isEnabled()  # no report yet

    # A bad word limit is refused in the dialog, with the service's message.
    dialog = builder.open_new_report_dialog()
    dialog.title.setText("Too short")
    dialog.word_limit.setValue(50)
    dialog.try_accept()
    assert dialog.isVisible() and "not plausible" in dialog.error.text()
    dialog.reject()

    create_report(qtbot, builder, "List of issues 2031", 10_700)
    assert builder.report is not None and builder.report.word_limit == 10_700
    assert builder.report_combo.currentText() == "List of issues 2031"

    # Two sections.
    first = builder.add_section()
    assert first is not None
    builder.heading_field.widget.setText("Freedom of expression")
    builder.article_field.widget.setText("19")
    assert builder.save()
    second = builder.add_section()
    assert second is not None
    assert builder.section_list.count() == 2
    builder.heading_field.widget.setText("Prohibition of torture")
    builder.article_field.widget.setText("7")

    # Typing the facts updates the section's and the report's word count at once.
    before = builder.live_section_words()
    assert before is not None and before.total == 3
    qtbot.keyClicks(builder.facts_field.widget, "Only six former police officers were tried.")
    after = builder.live_section_words()
    assert after is not None and after.own == 3 + 7
    assert "This section: 10 words" in builder.section_words.text()
    assert builder.total_words.text().startswith("Report: 13 of 10,700 words;")
    assert builder.isWindowModified()

    # Link recommendation para. 34 and the 23-victim case: quoted / summarised at once.
    builder.rec_picker.setCurrentIndex(builder.rec_picker.findData(rec_id(builder, 34)))
    qtbot.mouseClick(builder.link_rec_button, Qt.MouseButton.LeftButton)
    quote = builder.quote_preview.toPlainText()
    assert quote.startswith("CCPR/C/KAZ/CO/3, para. 34: “")
    rec34 = builder.recommendations[rec_id(builder, 34)]
    assert rec34.recommendation_text.strip()[:40] in quote
    builder.case_picker.setCurrentIndex(
        builder.case_picker.findData(case_id(builder, "ILI-2022-UZ23"))
    )
    qtbot.mouseClick(builder.link_case_button, Qt.MouseButton.LeftButton)
    assert builder.case_preview.toPlainText().startswith("ILI-2022-UZ23 — ")
    words = builder.live_section_words()
    assert words is not None and words.quoted > 0 and words.cases > 0

    # Numbered NGO recommendations.
    builder.ngo_field.append("Pay compensation to every victim of torture in January 2022.")
    builder.ngo_field.append("Prosecute all the officers who took part.")
    assert builder.ngo_field.widget.verticalHeaderItem(0) is None  # numbered 1, 2 by Qt
    assert builder.save()
    saved = demo_workspace.services.shadow.get_section(second.id)
    assert saved.recommendation_ids == (rec_id(builder, 34),)
    assert saved.case_ids == (case_id(builder, "ILI-2022-UZ23"),)
    assert saved.ngo_recommendations[1] == "Prosecute all the officers who took part."
    assert not builder.isWindowModified()

    # Reorder: Alt+Up moves the torture section first.
    assert builder.up_action.shortcut().toString() == "Alt+Up"
    assert builder.down_action.shortcut().toString() == "Alt+Down"
    builder.up_action.trigger()
    order = [d.heading for d in demo_workspace.services.shadow.sections(builder.report.id)]
    assert order == ["Prohibition of torture", "Freedom of expression"]
    assert builder.section_list.item(0).text().startswith("§1. Prohibition of torture")
    assert builder.section is not None and builder.section.id == second.id
    assert not builder.up_button.isEnabled() and builder.down_button.isEnabled()

    # Generate the whole report, off the GUI thread, and read the DOCX back.
    assert builder.generate(whole=True)
    assert builder.progress.isVisible()
    assert not builder.generate_report_button.isEnabled()
    with qtbot.waitSignal(builder.generated, timeout=30_000):
        pass
    assert not builder.progress.isVisible()
    document = builder.last_document
    assert document is not None and document.kind == "shadow_report"
    data = demo_workspace.services.documents.path_of(document.id).read_bytes()
    lines = docx_lines(data)
    text = "\n".join(lines)
    torture = next(i for i, t in enumerate(lines) if t.startswith("§1. "))
    expression = next(i for i, t in enumerate(lines) if t.startswith("§2. "))
    assert "Prohibition of torture" in lines[torture]
    assert "Freedom of expression" in lines[expression]
    assert torture < expression
    assert "CCPR/C/KAZ/CO/3, para. 34" in text
    assert "the Committee recommended (para. 34)" in text
    assert "3 of the 23" in text
    assert "Only six former police officers were tried." in text
    assert "1. Pay compensation to every victim of torture in January 2022." in text
    assert not builder.is_dirty()


def test_drag_reorder_and_word_limit(qtbot, demo_workspace) -> None:
    services = demo_workspace.services
    builder = make_builder(qtbot, demo_workspace)
    create_report(qtbot, builder, "Short submission", 100)
    for heading in ("One", "Two", "Three"):
        builder.add_section()
        builder.heading_field.widget.setText(heading)
        assert builder.save()
    assert builder.report is not None
    # Dropping the last row first (the list's internal move) reorders in the database.
    lw = builder.section_list
    lw.model().moveRow(lw.model().index(0, 0).parent(), 2, lw.model().index(0, 0).parent(), 0)
    assert [d.heading for d in services.shadow.sections(builder.report.id)] == [
        "Three",
        "One",
        "Two",
    ]
    assert lw.item(0).text().startswith("§1. Three")

    # Over the limit: the total turns red with a warning; back under it, it is plain again.
    assert not builder.is_over_limit()
    builder.facts_field.widget.setPlainText("word " * 120)
    assert builder.is_over_limit()
    assert "over the limit of 100" in builder.total_words.text()
    assert builder.total_words.text().startswith("⚠")
    assert "#b3261e" in builder.total_words.styleSheet()
    builder.facts_field.widget.setPlainText("word " * 10)
    assert not builder.is_over_limit()
    assert builder.total_words.styleSheet() == ""
    builder.revert()
    assert not builder.is_dirty()


def test_seed_validation_and_conflict(qtbot, demo_workspace) -> None:
    services = demo_workspace.services
    builder = make_builder(qtbot, demo_workspace)
    create_report(qtbot, builder, "Seeded", 0)
    assert builder.report is not None and builder.report.word_limit is None
    added = builder.seed_sections()
    assert added == len(services.documents.default_sections(builder.review_id)) > 0
    assert builder.section_list.count() == added
    assert "no limit set" in builder.total_words.text()

    # A bad article is shown next to the field and nothing is saved.
    builder.article_field.widget.setText("99")
    assert not builder.save()
    assert "not an article" in builder.article_field.error.text()
    assert builder.message_bar.level == "error"
    builder.revert()

    # The section changed elsewhere: the conflict dialog; re-applying keeps what was typed.
    section = builder.section
    assert section is not None
    services.shadow.update_section(
        section.id,
        SectionInput(heading="Changed elsewhere", article=section.article),
        expected_version=section.version,
    )
    builder.facts_field.widget.setPlainText("Typed here.")
    assert not builder.save()
    dialog = builder.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    fresh = services.shadow.get_section(section.id)
    builder.reapply(fresh)
    assert builder.heading_field.widget.text() == "Changed elsewhere"
    assert builder.facts_field.widget.toPlainText() == "Typed here."
    assert builder.save()
    assert services.shadow.get_section(section.id).facts == "Typed here."
    assert not builder.is_dirty()


def test_reviews_page_opens_the_builder(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    page = window.reviews
    page.refresh()
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    qtbot.mouseClick(page.shadow_button, Qt.MouseButton.LeftButton)
    review_id = page.model.item(0).id
    builder = window.shadow_builders[review_id]
    assert builder.isVisible() and builder.review_id == review_id
    assert window.open_shadow_builder(review_id) is builder  # one window per review
    builder.close()
    assert review_id not in window.shadow_builders
