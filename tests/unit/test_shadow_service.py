"""Shadow reports: sections stored, ordered, counted, validated, and handed to documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import Paths
from app.context import open_demo_workspace
from app.db import session_scope
from app.errors import ConflictError, DomainError
from app.services.documents import GenerateRequest, ShadowSectionInput
from app.services.dto import RecommendationInput, ReviewInput
from app.services.reviews import ReviewService
from app.services.shadow import (
    SectionInput,
    ShadowReportInput,
    ShadowReportService,
    count_words,
)
from models import Case, ShadowReport, ShadowSection
from tests.unit.factories import concurrent_edit, make_case


@pytest.fixture
def reviews(session_factory, clock) -> ReviewService:
    return ReviewService(session_factory, clock=clock)


@pytest.fixture
def shadow(session_factory, clock) -> ShadowReportService:
    return ShadowReportService(session_factory, clock=clock)


@pytest.fixture
def review(reviews):
    review = reviews.create(
        ReviewInput(
            body="CCPR",
            state="KZ",
            cycle="Third periodic report",
            co_symbol="CCPR/C/KAZ/CO/3",
            adopted_on=date(2025, 7, 11),
        )
    )
    reviews.add_recommendation(
        review.id,
        RecommendationInput(
            34,
            theme="Prohibition of torture",
            recommendation_text="The Committee urges the State party to eradicate torture.",
            is_followup=True,
        ),
    )
    reviews.add_recommendation(
        review.id, RecommendationInput(6, recommendation_text="Comply with all Views.")
    )
    return review


@pytest.fixture
def recs(reviews, review) -> dict[int, int]:
    return {r.paragraph: r.id for r in reviews.recommendations(review.id)}


@pytest.fixture
def report(shadow, review):
    return shadow.create(
        ShadowReportInput(review_id=review.id, title="Submission for the LOIPR", word_limit=10700)
    )


def section(heading: str = "Torture", **values) -> SectionInput:
    return SectionInput(heading=heading, **values)


def test_count_words() -> None:
    assert count_words("") == 0
    assert count_words(None) == 0
    assert count_words("Mass torture – January 2022") == 4  # a lone dash is no word
    assert count_words("art. 7(1), para. 34; §3 •") == 5
    assert count_words("  Пытки  в  январе ") == 3


def test_a_report_and_its_validation(shadow, review) -> None:
    created = shadow.create(
        ShadowReportInput(review_id=review.id, title="  LOIPR  ", word_limit=None, language="RU")
    )
    assert (created.title, created.language, created.word_limit, created.sections) == (
        "LOIPR",
        "ru",
        None,
        0,
    )
    assert created.review_label == "CCPR/C/KAZ/CO/3"
    assert [r.id for r in shadow.list(review.id)] == [created.id]
    assert shadow.list(review.id + 1) == []
    bad = [
        (ShadowReportInput(review_id=review.id, title=" "), "title", "required"),
        (ShadowReportInput(review_id=999, title="x"), "review_id", "no longer exists"),
        (ShadowReportInput(review_id=True, title="x"), "review_id", "Choose the review"),
        (ShadowReportInput(review.id, "x", word_limit=50), "word_limit", "not plausible"),
        (ShadowReportInput(review.id, "x", word_limit=10**7), "word_limit", "not plausible"),
        (ShadowReportInput(review.id, "x", word_limit="10700"), "word_limit", "whole number"),
        (ShadowReportInput(review.id, "x", language="fr"), "language", "not “fr”"),
        (ShadowReportInput(review.id, "x" * 256), "title", "too long"),
    ]
    for data, field, message in bad:
        with pytest.raises(DomainError, match=message) as info:
            shadow.create(data)
        assert info.value.field == field


def test_update_and_delete_a_report_with_optimistic_locking(
    shadow, report, review, session_factory
) -> None:
    changed = shadow.update(
        report.id,
        ShadowReportInput(review.id, "Renamed", word_limit=8000),
        expected_version=report.version,
    )
    assert (changed.title, changed.word_limit, changed.version) == ("Renamed", 8000, 2)
    with pytest.raises(ConflictError):
        shadow.update(report.id, ShadowReportInput(review.id, "Again"), expected_version=1)
    with (
        pytest.raises(ConflictError),
        concurrent_edit(session_factory, ShadowReport.__table__, report.id),
    ):
        shadow.update(report.id, ShadowReportInput(review.id, "Race"), expected_version=None)
    assert shadow.get(report.id).title == "Renamed"
    with pytest.raises(ConflictError):
        shadow.delete(report.id, expected_version=1)
    shadow.add_section(report.id, section())
    shadow.delete(report.id, expected_version=shadow.get(report.id).version)
    with pytest.raises(DomainError, match="no longer exists"):
        shadow.get(report.id)
    with session_scope(session_factory) as s:
        assert s.scalars(select(ShadowSection)).all() == []


def test_sections_are_added_in_order_and_validated(shadow, report, recs, session_factory) -> None:
    case_id, _ = make_case(session_factory, reference="KZ-CAT-433", body="CAT")
    first = shadow.add_section(
        report.id,
        section(
            "Mass torture in January 2022",
            article="art. 7",
            facts="About 100 migrants were tortured.",
            state_action="Six officers were sentenced.",
            ngo_recommendations=("  Investigate all cases.  ", "Compensate every victim."),
            recommendation_ids=(recs[34],),
            case_ids=(case_id, case_id),
            include_state_record=True,
        ),
    )
    assert first.position == 1
    assert first.article == "7"
    assert first.ngo_recommendations == ("Investigate all cases.", "Compensate every victim.")
    assert first.recommendation_ids == (recs[34],) and first.case_ids == (case_id,)
    assert first.include_state_record
    second = shadow.add_section(report.id, section("Framework", article="2, 26"))
    assert (second.position, second.article) == (2, "2, 26")
    top = shadow.add_section(report.id, section("Introduction"), position=1)
    assert [s.heading for s in shadow.sections(report.id)] == [
        "Introduction",
        "Mass torture in January 2022",
        "Framework",
    ]
    assert top.position == 1
    assert shadow.get(report.id).sections == 3
    bad = [
        (section(" "), "heading", "heading is required"),
        (section(article="99"), "article", "Article 99 is not an article"),
        (section(article="seven"), "article", "not an article number"),
        (section(ngo_recommendations=("ok", " ")), "ngo_recommendations", "2 is empty"),
        (section(ngo_recommendations="one text"), "ngo_recommendations", "must be a list"),
        (section(ngo_recommendations=("x" * 10_001,)), "ngo_recommendations", "too long"),
        (section(recommendation_ids=(999,)), "recommendation_ids", "no longer exists"),
        (section(case_ids=(999,)), "case_ids", "no longer exists"),
        (section(case_ids=("1",)), "case_ids", "Choose the records"),
        (section(facts="x" * 200_001), "facts", "too long"),
    ]
    for data, field, message in bad:
        with pytest.raises(DomainError, match=message) as info:
            shadow.add_section(report.id, data)
        assert info.value.field == field, message
    with pytest.raises(DomainError, match="from 1 to 4") as info:
        shadow.add_section(report.id, section(), position=9)
    assert info.value.field == "position"
    assert len(shadow.sections(report.id)) == 3


def test_only_recommendations_of_the_report_review_can_be_quoted(shadow, report, reviews) -> None:
    other = reviews.create(ReviewInput(body="CAT", state="KZ", cycle="Fourth"))
    foreign = reviews.add_recommendation(other.id, RecommendationInput(8))
    with pytest.raises(DomainError, match="Only recommendations of CCPR/C/KAZ/CO/3") as info:
        shadow.add_section(report.id, section(recommendation_ids=(foreign.id,)))
    assert info.value.field == "recommendation_ids"


def test_update_section_links_move_the_version(shadow, report, recs, session_factory) -> None:
    created = shadow.add_section(report.id, section(recommendation_ids=(recs[34],)))
    changed = shadow.update_section(
        created.id,
        section(recommendation_ids=(recs[6], recs[34])),
        expected_version=created.version,
    )
    assert changed.recommendation_ids == (recs[6], recs[34])
    assert changed.version == created.version + 1  # only the links changed
    with pytest.raises(ConflictError):
        shadow.update_section(created.id, section("Stale"), expected_version=created.version)
    with (
        pytest.raises(ConflictError),
        concurrent_edit(session_factory, ShadowSection.__table__, created.id),
    ):
        shadow.update_section(created.id, section("Race"), expected_version=None)
    assert shadow.get_section(created.id).heading == "Torture"
    # Deleting a quoted recommendation or a cited case takes it out of the section.
    with session_scope(session_factory) as s:
        case = Case(reference="X", title="X", body_id=1, state_id=1)
        s.add(case)
        s.flush()
        case_id = case.id
    current = shadow.get_section(created.id)
    shadow.update_section(
        created.id,
        section(recommendation_ids=current.recommendation_ids, case_ids=(case_id,)),
        expected_version=current.version,
    )
    ReviewService(session_factory).delete_recommendation(recs[6], expected_version=None)
    with session_scope(session_factory) as s:
        s.delete(s.get(Case, case_id))
    after = shadow.get_section(created.id)
    assert after.recommendation_ids == (recs[34],) and after.case_ids == ()


def test_delete_move_and_reorder(shadow, report) -> None:
    ids = [shadow.add_section(report.id, section(f"S{n}")).id for n in range(1, 5)]
    shadow.delete_section(ids[1], expected_version=None)
    assert [(s.heading, s.position) for s in shadow.sections(report.id)] == [
        ("S1", 1),
        ("S3", 2),
        ("S4", 3),
    ]
    moved = shadow.move_section(ids[3], 1)
    assert [s.heading for s in moved] == ["S4", "S1", "S3"]
    version = shadow.get(report.id).version
    ordered = shadow.reorder(report.id, [ids[2], ids[0], ids[3]], expected_version=version)
    assert [(s.heading, s.position) for s in ordered] == [("S3", 1), ("S1", 2), ("S4", 3)]
    with pytest.raises(ConflictError):
        shadow.reorder(report.id, [ids[0], ids[2], ids[3]], expected_version=version)
    version = shadow.get(report.id).version
    for wrong in ([ids[0], ids[2]], [ids[0], ids[0], ids[2]], [ids[0], ids[2], 999]):
        with pytest.raises(DomainError, match="every section of the report exactly once"):
            shadow.reorder(report.id, wrong, expected_version=version)
    with pytest.raises(DomainError, match="from 1 to 3"):
        shadow.move_section(ids[0], 0)
    with pytest.raises(ConflictError):
        shadow.move_section(ids[0], 2, expected_version=version - 1)
    with pytest.raises(ConflictError):
        shadow.delete_section(ids[0], expected_version=99)


def test_word_counts_per_section_and_against_the_limit(
    shadow, report, recs, session_factory
) -> None:
    case_id, _ = make_case(session_factory, reference="C1", title="Gerasimov v. Kazakhstan")
    one = shadow.add_section(
        report.id,
        section(
            "Torture",  # 1
            facts="Mass torture in January 2022.",  # 5
            state_action="Nothing was done.",  # 3
            ngo_recommendations=("Investigate.", "Compensate the victims."),  # 1 + 3
            recommendation_ids=(recs[34],),  # 9 words quoted
            case_ids=(case_id,),  # "Gerasimov v. Kazakhstan": 3
        ),
    )
    assert (one.words.own, one.words.quoted, one.words.cases, one.words.total) == (13, 9, 3, 25)
    shadow.add_section(report.id, section("Framework", facts="word " * 100))
    count = shadow.word_count(report.id)
    assert [s.total for s in count.sections] == [25, 101]
    assert (count.total, count.limit, count.remaining, count.over_limit) == (
        126,
        10700,
        10574,
        False,
    )
    assert count.sentence() == "126 of 10,700 words; 10,574 left."
    shadow.update(
        report.id,
        ShadowReportInput(report.review_id, report.title, word_limit=100),
        expected_version=shadow.get(report.id).version,
    )
    over = shadow.word_count(report.id)
    assert over.over_limit and over.sentence() == "126 words: 26 over the limit of 100."
    shadow.update(
        report.id,
        ShadowReportInput(report.review_id, report.title),
        expected_version=shadow.get(report.id).version,
    )
    assert shadow.word_count(report.id).sentence() == "126 words (no limit set)."


def test_sections_handed_to_the_documents_service(shadow, report, recs) -> None:
    with pytest.raises(DomainError, match="no sections yet"):
        shadow.generate_request(report.id)
    a = shadow.add_section(
        report.id,
        section(
            "Mass torture",
            article="7",
            facts="Facts.",
            state_action="Action.",
            ngo_recommendations=("Investigate.",),
            recommendation_ids=(recs[34],),
            include_state_record=True,
        ),
    )
    shadow.add_section(report.id, section("Framework", article="2"))
    inputs = shadow.sections_for_document(report.id)
    assert inputs[0] == ShadowSectionInput(
        heading="Mass torture",
        article="7",
        facts="Facts.",
        recommendation_ids=(recs[34],),
        case_ids=(),
        ngo_recommendations=("Investigate.",),
        state_action="Action.",
        include_state_record=True,
        number=1,
    )
    request = shadow.generate_request(report.id, organisation="ILI")
    assert isinstance(request, GenerateRequest)
    assert (request.kind, request.lang, request.review_id, request.organisation) == (
        "shadow_report",
        "en",
        report.review_id,
        "ILI",
    )
    assert [s.number for s in request.sections] == [1, 2]
    one = shadow.generate_request(report.id, section_id=a.id, lang="ru")
    assert (one.kind, one.lang, len(one.sections)) == ("shadow_section", "ru", 1)
    with pytest.raises(DomainError, match="not part of the report"):
        shadow.sections_for_document(report.id, section_id=999)


def test_a_review_with_a_shadow_report_cannot_be_deleted(reviews, review, report) -> None:
    with pytest.raises(DomainError, match="still referred to"):
        reviews.delete(review.id, expected_version=None)
    assert reviews.get(review.id).co_symbol == "CCPR/C/KAZ/CO/3"


def test_a_shadow_report_on_the_demo_portfolio(tmp_path: Path, clock) -> None:
    """Sections like the ILI submission (seed 000): article 2 with the figures from the
    database, article 7 with the torture recommendation and the cases; then the document."""
    workspace = open_demo_workspace(Paths(tmp_path / "demo"), clock=clock)
    try:
        services = workspace.services
        review = services.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
        assert review is not None
        recs = {r.paragraph: r.id for r in services.reviews.recommendations(review.id)}
        cases = {c.reference: c.id for c in services.listing.all_rows()}
        report = services.shadow.create(
            ShadowReportInput(review.id, "Kazakhstan: implementation of the ICCPR", 10700)
        )
        services.shadow.add_section(
            report.id,
            SectionInput(
                heading="Legal and institutional framework",
                article="2",
                facts="Kazakhstan does not implement the decisions of the treaty bodies.",
                recommendation_ids=(recs[6],),
                include_state_record=True,
                ngo_recommendations=("Create a mechanism to implement the decisions.",),
            ),
        )
        services.shadow.add_section(
            report.id,
            SectionInput(
                heading="Mass torture in January 2022",
                article="7",
                facts="About 100 migrants were tortured in Almaty region.",
                recommendation_ids=(recs[34],),
                case_ids=(cases["ILI-2022-UZ23"], cases["KZ-CAT-433"]),
                ngo_recommendations=("Ensure fair punishment for those responsible.",),
            ),
        )
        request = services.shadow.generate_request(report.id, organisation="ILI")
        context = services.documents.context(request)
        assert context["report"]["subject_upper"] == (
            "KAZAKHSTAN: IMPLEMENTATION OF ARTICLES 2 AND 7 OF THE ICCPR"
        )
        titles = [s["title"] for s in context["sections"]]
        assert titles == [
            "§1. Article 2. Legal and institutional framework",
            "§2. Article 7. Mass torture in January 2022",
        ]
        torture = context["sections"][1]
        assert torture["recommendations"][0]["paragraph"] == 34
        assert "grade C" in torture["recommendations"][0]["assessment"]
        assert any("3 of the 23 victims" in f for c in torture["cases"] for f in c["figures"])
        assert context["sections"][0]["figures"] == [context["state_record"]["sentence"]]
        assert "none has been fully implemented" in context["state_record"]["sentence"]
        document = services.documents.generate(request)
        assert document.kind == "shadow_report" and document.size > 0
    finally:
        workspace.close()
