"""Importing concluding observations into a review: analyse, apply, re-import, link, refuse."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import session_scope
from app.errors import ConflictError, DomainError
from app.importers.concluding_observations import ParagraphKind
from app.services.deadlines import DeadlinesService
from app.services.dto import AssessmentInput, RecommendationInput, ReviewInput
from app.services.review_import import ReviewImportService
from app.services.reviews import ReviewService
from app.vocab import DeadlineRule, Grade
from models import Recommendation, RecommendationAssessment, Review
from tests.unit.co_samples import CAT, DECISION, docx_bytes, pdf_bytes, seed


@pytest.fixture
def importer(session_factory, clock) -> ReviewImportService:
    return ReviewImportService(session_factory, clock=clock)


@pytest.fixture
def reviews(session_factory, clock) -> ReviewService:
    return ReviewService(session_factory, clock=clock)


@pytest.fixture
def co_file(tmp_path: Path) -> Path:
    path = tmp_path / "CCPR_C_KAZ_CO_3.txt"
    path.write_text(seed("002"), encoding="utf-8")
    return path


def counts(session_factory) -> tuple[int, int, int]:
    with session_scope(session_factory) as s:
        return (
            s.scalar(select(func.count(Review.id))),
            s.scalar(select(func.count(Recommendation.id))),
            s.scalar(select(func.count(RecommendationAssessment.id))),
        )


def test_analyse_saves_nothing_and_resolves_against_the_database(
    importer, session_factory, co_file
) -> None:
    result = importer.analyse(co_file)
    assert counts(session_factory) == (0, 0, 0)
    assert (result.source, result.symbol, result.body, result.state) == (
        "CCPR_C_KAZ_CO_3.txt",
        "CCPR/C/KAZ/CO/3",
        "CCPR",
        "KZ",
    )
    assert result.state_name == "Kazakhstan"
    assert result.existing_review_id is None
    assert [r.paragraph for r in result.recommendations] == list(range(6, 57, 2))
    assert result.follow_up == (12, 34, 52)
    assert len(result.warnings) == 1 and "not printed in the text" in result.warnings[0]
    doc = result.to_json()
    assert doc["state"] == "KZ" and doc["symbol"] == "CCPR/C/KAZ/CO/3"
    assert len(doc["paragraphs"]) == 59
    # No earlier review in the database: the references are listed, unlinked, with why.
    assert [(link.paragraph, link.previous_id) for link in result.links][:2] == [
        (8, None),
        (18, None),
    ]
    assert result.links[0].note == "CCPR/C/KAZ/CO/2 is not recorded"


def test_apply_creates_the_review_and_its_recommendations(
    importer, reviews, session_factory, clock, co_file
) -> None:
    outcome = importer.apply(importer.analyse(co_file))
    review = outcome.review
    assert outcome.created
    assert outcome.added == tuple(range(6, 57, 2))
    assert outcome.follow_up == (12, 34, 52)
    assert (review.body, review.state, review.co_symbol) == ("CCPR", "KZ", "CCPR/C/KAZ/CO/3")
    assert review.cycle == "Third periodic report"
    assert review.state_report_symbol == "CCPR/C/KAZ/3"
    assert review.session == "144"
    assert (review.dialogue_start, review.dialogue_end) == (date(2025, 6, 24), date(2025, 6, 25))
    assert review.adopted_on == date(2025, 7, 11)
    assert review.followup_deadline == date(2028, 7, 18)
    assert (review.next_loi_year, review.next_dialogue_year) == (2031, 2033)
    assert review.notes == (
        "Considered at the 4226th and 4227th meetings; adopted at the 4252nd meeting. "
        "Imported from CCPR_C_KAZ_CO_3.txt."
    )
    recs = {r.paragraph: r for r in reviews.recommendations(review.id)}
    assert len(recs) == 26
    torture = recs[34]
    assert torture.concern_paragraph == 33
    assert torture.theme == "Prohibition of torture and other cruel, inhuman or degrading treatment"
    assert torture.articles == ("7",)
    assert torture.is_followup
    assert torture.refers_to == "CCPR/C/KAZ/CO/2, paras. 22 and 24"
    assert len(torture.sub_items) == 4 and torture.sub_items[0].startswith("(a) Reviewing")
    assert torture.concern_text.endswith("could contribute to impunity (art. 7).")
    assert [p for p, r in recs.items() if r.is_followup] == [12, 34, 52]
    assert recs[17 + 1].articles == ("2", "4", "7", "9", "14", "18", "19")
    assert outcome.sentence().startswith(
        "Created the review CCPR/C/KAZ/CO/3 (Kazakhstan, CCPR); 26 recommendations "
        "(follow-up: paragraphs 12, 34, 52)"
    )
    # The follow-up deadline reaches the deadlines list.
    due = DeadlinesService(session_factory, clock=clock).upcoming()
    follow = [d for d in due if d.rule is DeadlineRule.REVIEW_FOLLOWUP]
    assert [(d.review_symbol, d.due_date) for d in follow] == [
        ("CCPR/C/KAZ/CO/3", date(2028, 7, 18))
    ]


def test_importing_again_updates_and_keeps_the_assessments(
    importer, reviews, session_factory, today, co_file
) -> None:
    first = importer.apply(importer.analyse(co_file))
    recs = {r.paragraph: r for r in reviews.recommendations(first.review.id)}
    reviews.add_assessment(
        recs[34].id, AssessmentInput(grade=Grade.C, assessed_on=today, evidence="Only 6 tried.")
    )
    again = importer.analyse(co_file)
    assert again.existing_review_id == first.review.id
    assert again.existing_assessments == 1
    outcome = importer.apply(again)
    assert not outcome.created
    assert outcome.unchanged == tuple(range(6, 57, 2))
    assert outcome.added == outcome.updated == outcome.removed == ()
    assert outcome.assessments_kept == 1
    assert outcome.review.version == first.review.version  # nothing changed
    assert counts(session_factory) == (1, 26, 1)
    after = {r.paragraph: r for r in reviews.recommendations(first.review.id)}
    assert after[34].id == recs[34].id
    assert after[34].latest_grade is Grade.C


def test_a_revised_document_updates_removes_and_keeps(
    importer, reviews, session_factory, today, co_file
) -> None:
    first = importer.apply(importer.analyse(co_file))
    recs = {r.paragraph: r for r in reviews.recommendations(first.review.id)}
    reviews.add_assessment(recs[54].id, AssessmentInput(grade=Grade.E, assessed_on=today))
    text = seed("002")
    text = text.replace(
        "54. The Committee urges the State Party to take all steps necessary",
        "54. The Committee is concerned about the steps",
    )
    text = text.replace("56. The State Party should:", "56. The Committee is concerned about:")
    text = text.replace("robust measures to eradicate torture", "resolute measures to end torture")
    outcome = importer.apply(importer.analyse_text(text, source="revised.txt"))
    assert outcome.removed == (56,)  # nothing hung on it
    assert outcome.kept == (54,)  # assessed: kept, and said so
    assert outcome.updated == (34,)
    assert any("Paragraph 54" in w and "assessments" in w for w in outcome.warnings)
    after = {r.paragraph: r for r in reviews.recommendations(first.review.id)}
    assert 56 not in after and 54 in after
    assert "resolute measures to end torture" in after[34].recommendation_text
    assert after[34].id == recs[34].id
    assert counts(session_factory) == (1, 25, 1)


def test_recommendations_link_to_the_earlier_ones_they_repeat(importer, reviews, co_file) -> None:
    earlier = reviews.create(
        ReviewInput(
            body="CCPR",
            state="KZ",
            cycle="Second periodic report",
            co_symbol="CCPR/C/KAZ/CO/2",
            adopted_on=date(2016, 7, 21),
        )
    )
    old = {
        n: reviews.add_recommendation(earlier.id, RecommendationInput(paragraph=n)).id
        for n in (8, 22, 24, 38)
    }
    result = importer.analyse(co_file)
    linked = {link.paragraph: link.previous_id for link in result.links if link.previous_id}
    assert linked == {8: old[8], 34: old[22], 42: old[38]}
    outcome = importer.apply(result)
    assert outcome.linked == (8, 34, 42)
    recs = {r.paragraph: r for r in reviews.recommendations(outcome.review.id)}
    assert recs[8].previous_id == old[8]
    assert recs[34].previous_id == old[22]  # "paras. 22 and 24": the first recorded
    assert recs[18].previous_id is None  # CO/2 para. 14 is not recorded
    notes = {link.paragraph: link.note for link in result.links}
    assert notes[18] == "paragraph 14 of CCPR/C/KAZ/CO/2 is not recorded"


def test_a_link_made_by_hand_survives_a_new_import(importer, reviews, co_file) -> None:
    earlier = reviews.create(
        ReviewInput(
            body="CCPR",
            state="KZ",
            cycle="Second periodic report",
            co_symbol="CCPR/C/KAZ/CO/2",
            adopted_on=date(2016, 7, 21),
        )
    )
    old = reviews.add_recommendation(earlier.id, RecommendationInput(paragraph=40))
    review = importer.apply(importer.analyse(co_file)).review
    rec12 = next(r for r in reviews.recommendations(review.id) if r.paragraph == 12)
    reviews.update_recommendation(
        rec12.id,
        RecommendationInput(
            paragraph=12,
            theme=rec12.theme,
            concern_paragraph=11,
            concern_text=rec12.concern_text,
            recommendation_text=rec12.recommendation_text,
            articles=rec12.articles,
            is_followup=True,
            previous_id=old.id,
        ),
        expected_version=rec12.version,
    )
    importer.apply(importer.analyse(co_file))
    rec12 = next(r for r in reviews.recommendations(review.id) if r.paragraph == 12)
    assert rec12.previous_id == old.id


def test_no_link_to_a_review_without_a_date_or_of_another_state(importer, reviews, co_file) -> None:
    undated = reviews.create(
        ReviewInput(body="CCPR", state="KZ", cycle="Second", co_symbol="CCPR/C/KAZ/CO/2")
    )
    reviews.add_recommendation(undated.id, RecommendationInput(paragraph=8))
    result = importer.analyse(co_file)
    link = next(link for link in result.links if link.paragraph == 8)
    assert link.previous_id is None
    assert link.note == "CCPR/C/KAZ/CO/2 has no adoption date earlier than these observations"
    reviews.update(
        undated.id,
        ReviewInput(body="CCPR", state="UZ", cycle="Second", co_symbol="CCPR/C/KAZ/CO/2"),
        expected_version=undated.version,
    )
    link = next(link for link in importer.analyse(co_file).links if link.paragraph == 8)
    assert link.note == "CCPR/C/KAZ/CO/2 is recorded for another State or Committee"


def test_import_into_a_review_entered_by_hand(importer, reviews, co_file) -> None:
    by_hand = reviews.create(
        ReviewInput(body="CCPR", state="KZ", cycle="Third report", notes="Our notes.")
    )
    outcome = importer.apply(importer.analyse(co_file), review_id=by_hand.id)
    assert outcome.review.id == by_hand.id and not outcome.created
    assert outcome.review.co_symbol == "CCPR/C/KAZ/CO/3"
    assert outcome.review.notes == "Our notes."  # the user's notes stay
    assert outcome.review.cycle == "Third periodic report"


def test_a_change_made_since_the_analysis_is_a_conflict(
    importer, reviews, session_factory, co_file
) -> None:
    review = importer.apply(importer.analyse(co_file)).review
    result = importer.analyse(co_file)
    current = reviews.get(review.id)
    reviews.update(
        review.id,
        ReviewInput(
            body="CCPR",
            state="KZ",
            cycle=current.cycle,
            co_symbol=current.co_symbol,
            adopted_on=current.adopted_on,
            notes="Edited meanwhile.",
        ),
        expected_version=current.version,
    )
    with pytest.raises(ConflictError, match="analyse it again"):
        importer.apply(result)
    with pytest.raises(ConflictError):
        importer.apply(importer.analyse(co_file), expected_version=current.version)
    assert reviews.get(review.id).notes == "Edited meanwhile."


def test_the_user_edits_the_preview_before_saving(importer, reviews, co_file) -> None:
    result = importer.analyse(co_file)
    doc = result.document
    paragraphs = tuple(
        replace(p, kind=ParagraphKind.OTHER) if p.number == 56 else p for p in doc.paragraphs
    )
    revised = importer.revise(result, replace(doc, paragraphs=paragraphs, session="144th"))
    assert 56 not in [r.paragraph for r in revised.recommendations]
    outcome = importer.apply(revised)
    assert outcome.review.session == "144th"
    assert 56 not in [r.paragraph for r in reviews.recommendations(outcome.review.id)]


def test_what_cannot_be_saved_without_the_user(importer, session_factory, co_file) -> None:
    result = importer.analyse(co_file)
    doc = result.document
    with pytest.raises(DomainError, match="symbol of the concluding observations") as info:
        importer.apply(replace(result, document=replace(doc, symbol=None)))
    assert info.value.field == "co_symbol"
    with pytest.raises(DomainError, match="State whose report") as info:
        importer.apply(replace(result, document=replace(doc, state="Atlantis")))
    assert info.value.field == "state"
    with pytest.raises(DomainError, match="Unknown treaty body"):
        importer.apply(replace(result, document=replace(doc, body=None)))
    with pytest.raises(DomainError, match="not a UN symbol"):
        importer.apply(replace(result, document=replace(doc, symbol="CO 3")))
    assert counts(session_factory) == (0, 0, 0)


def test_a_failure_half_way_saves_nothing(importer, session_factory) -> None:
    """The review is valid, a recommendation is not: the whole import is rolled back."""
    text = seed("002").replace(
        "(d) **Take all measures necessary to avoid statelessness",
        "(d) **" + "Take all measures necessary " * 400 + "to avoid statelessness",
    )
    with pytest.raises(DomainError, match="sub-item is too long"):
        importer.apply(importer.analyse_text(text))
    assert counts(session_factory) == (0, 0, 0)
    text = seed("002").replace("by 18 July 2028", "by 18 July 2024")
    with pytest.raises(DomainError, match="must come after the adoption") as info:
        importer.apply(importer.analyse_text(text))
    assert info.value.field == "followup_deadline"
    assert counts(session_factory) == (0, 0, 0)


def test_word_and_pdf_files(importer, reviews, tmp_path: Path) -> None:
    docx_path = tmp_path / "CCPR_C_KAZ_CO_3.docx"
    docx_path.write_bytes(docx_bytes(seed("002")))
    from_word = importer.analyse(docx_path)
    assert from_word.symbol == "CCPR/C/KAZ/CO/3"
    rows = {r.paragraph: r for r in from_word.recommendations}
    assert rows[34].refers_to == ("CCPR/C/KAZ/CO/2, paras. 22 and 24",)  # from footnotes.xml
    pdf_path = tmp_path / "CCPR_C_KAZ_CO_3.pdf"
    pdf_path.write_bytes(pdf_bytes(seed("002")))
    from_pdf = importer.analyse(pdf_path)

    def essentials(rows):
        return [
            (
                r.paragraph,
                r.concern_paragraph,
                r.theme,
                r.articles,
                r.refers_to,
                r.is_followup,
                " ".join(r.recommendation_text.split()),
            )
            for r in rows
        ]

    assert essentials(from_pdf.recommendations) == essentials(from_word.recommendations)
    assert from_pdf.warnings == ()  # the PDF's running head prints the symbol
    review = importer.apply(from_pdf).review
    assert len(reviews.recommendations(review.id)) == 26


def test_other_committees_import_too(importer, reviews) -> None:
    outcome = importer.apply(importer.analyse_text(CAT, source="CAT_C_KAZ_CO_4.txt"))
    assert (outcome.review.body, outcome.review.co_symbol) == ("CAT", "CAT/C/KAZ/CO/4")
    assert outcome.review.followup_deadline == date(2025, 5, 3)
    assert "Next periodic report due by 3 May 2028." in outcome.review.notes
    recs = {r.paragraph: r for r in reviews.recommendations(outcome.review.id)}
    assert sorted(recs) == [6, 8]
    assert recs[8].articles == ("2", "11", "12", "13", "14")
    assert recs[6].is_followup and recs[8].is_followup


# ---------------------------------------------------------------- bad input, database untouched


def _scanned_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for _ in range(3):
        pdf.rect(50, 50, 400, 600, fill=1)  # a page image, no text layer
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n  ", "no text"),
        ("scan.pdf", None, "no text layer"),
        ("views.txt", DECISION.encode(), "decision on an individual complaint"),
        ("shadow.txt", None, "not look like concluding observations"),
        ("co.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "use the .txt, .docx"),
        ("picture.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image"),
    ],
)
def test_bad_files_get_a_clear_message_and_change_nothing(
    importer, session_factory, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if name == "scan.pdf":
        content = _scanned_pdf()
    elif name == "shadow.txt":
        content = (
            b"Submission of an NGO\n\n1. Recommendations of the Committee were not "
            b"implemented.\n\n2. The State should act.\n\n3. More.\n"
        )
    assert content is not None
    path.write_bytes(content)
    with pytest.raises(DomainError, match=message) as info:
        importer.analyse(path)
    assert info.value.field == "file"
    assert counts(session_factory) == (0, 0, 0)


def test_a_fifty_megabyte_file_is_refused_before_it_is_read(
    importer, session_factory, tmp_path: Path
) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing to read
    started = time.perf_counter()
    with pytest.raises(DomainError, match=r"too large \(50\.0 MB; at most 20 MB\)"):
        importer.analyse(path)
    assert time.perf_counter() - started < 1
    assert counts(session_factory) == (0, 0, 0)


def test_missing_file_and_folder(importer, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="does not exist"):
        importer.analyse(tmp_path / "nowhere.txt")
    with pytest.raises(DomainError, match="is a folder"):
        importer.analyse(tmp_path)


def test_import_time_of_the_seed(importer, co_file) -> None:
    """Reading, recognising and saving CCPR/C/KAZ/CO/3 takes well under two seconds."""
    started = time.perf_counter()
    result = importer.analyse(co_file)
    importer.apply(result)
    elapsed = time.perf_counter() - started
    assert result.seconds < 1.0
    assert elapsed < 2.0
