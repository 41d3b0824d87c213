"""Periodic reviews, recommendations of concluding observations, and the NGO's assessments.

The figures are those of the Human Rights Committee's review of Kazakhstan (CCPR/C/KAZ/CO/3).
The clock is fixed at 22 November 2026.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import SessionFactory, session_scope
from app.errors import ConflictError, DomainError, NotFoundError
from app.services.dto import AssessmentInput, RecommendationInput, ReviewInput
from app.services.reviews import ReviewService, normalise_articles
from app.vocab import Grade
from models import Recommendation, RecommendationAssessment, Review, assessment_cases
from tests.unit.factories import concurrent_edit, make_case

THIRD = ReviewInput(
    body="CCPR",
    state="KZ",
    cycle="Third periodic report",
    state_report_symbol="CCPR/C/KAZ/3",
    co_symbol="CCPR/C/KAZ/CO/3",
    session="144th",
    dialogue_start=date(2025, 6, 24),
    dialogue_end=date(2025, 6, 25),
    adopted_on=date(2025, 7, 11),
    followup_deadline=date(2028, 7, 18),
    next_loi_year=2029,
    next_dialogue_year=2031,
    notes="Follow-up paragraphs: 16, 28, 42.",
)
SECOND = ReviewInput(
    body="CCPR",
    state="KZ",
    cycle="Second periodic report",
    co_symbol="CCPR/C/KAZ/CO/2",
    adopted_on=date(2016, 7, 21),
)
TORTURE = RecommendationInput(
    paragraph=28,
    theme="Prohibition of torture and other cruel, inhuman or degrading treatment",
    concern_paragraph=27,
    concern_text="The Committee is concerned about reports of torture in January 2022.",
    recommendation_text="The State party should take all measures necessary to…",
    sub_items=("(a) Investigate promptly", "(b) Prosecute the perpetrators", ""),
    articles=("art. 7", "Article 9 (1)"),
    refers_to="CCPR/C/KAZ/CO/2, para. 26",
    is_followup=True,
)


@pytest.fixture
def svc(session_factory: SessionFactory, clock: Any) -> ReviewService:
    return ReviewService(session_factory, clock=clock)


@pytest.fixture
def third(svc: ReviewService) -> int:
    return svc.create(THIRD).id


@pytest.fixture
def rec(svc: ReviewService, third: int) -> int:
    return svc.add_recommendation(third, TORTURE).id


def count(session_factory: SessionFactory, model: Any) -> int:
    with session_scope(session_factory) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# ---------------------------------------------------------------- reviews: CRUD


def test_create_and_read(svc: ReviewService) -> None:
    dto = svc.create(THIRD)
    assert dto.body == "CCPR"
    assert dto.state == "KZ"
    assert dto.state_name == "Kazakhstan"
    assert dto.cycle == "Third periodic report"
    assert dto.state_report_symbol == "CCPR/C/KAZ/3"
    assert dto.co_symbol == "CCPR/C/KAZ/CO/3"
    assert dto.session == "144th"
    assert (dto.dialogue_start, dto.dialogue_end, dto.adopted_on) == (
        date(2025, 6, 24),
        date(2025, 6, 25),
        date(2025, 7, 11),
    )
    assert dto.followup_deadline == date(2028, 7, 18)
    assert (dto.next_loi_year, dto.next_dialogue_year) == (2029, 2031)
    assert dto.recommendations == 0
    assert dto.version == 1
    assert dto.uuid
    assert svc.get(dto.id) == dto
    assert svc.get_by_symbol(" CCPR/C/KAZ/CO/3 ") == dto
    assert svc.get_by_symbol("CCPR/C/KAZ/CO/9") is None
    assert svc.get_by_symbol("") is None


def test_list_groups_by_state_and_body_newest_first(svc: ReviewService) -> None:
    second = svc.create(SECOND)
    third = svc.create(THIRD)
    pending = svc.create(
        replace(SECOND, cycle="Fourth periodic report", co_symbol=None, adopted_on=None)
    )
    uzbek = svc.create(
        ReviewInput(body="CAT", state="UZ", cycle="Fifth", co_symbol="CAT/C/UZB/CO/5")
    )
    assert [r.id for r in svc.list()] == [pending.id, third.id, second.id, uzbek.id]


def test_recommendation_count(svc: ReviewService, third: int) -> None:
    for paragraph in (16, 28, 42):
        svc.add_recommendation(third, RecommendationInput(paragraph=paragraph))
    assert svc.get(third).recommendations == 3
    assert svc.list()[0].recommendations == 3


def test_update_and_conflicts(
    svc: ReviewService, session_factory: SessionFactory, third: int
) -> None:
    loaded = svc.get(third)
    updated = svc.update(third, replace(THIRD, session="144"), expected_version=loaded.version)
    assert updated.session == "144"
    assert updated.version == loaded.version + 1
    # Keeping its own symbol is not a duplicate.
    assert updated.co_symbol == "CCPR/C/KAZ/CO/3"
    with pytest.raises(ConflictError):
        svc.update(third, replace(THIRD, session="145"), expected_version=loaded.version)
    with (
        concurrent_edit(session_factory, Review.__table__, third),
        pytest.raises(ConflictError),
    ):
        svc.update(third, replace(THIRD, session="146"), expected_version=updated.version)
    assert svc.get(third).session == "144"


def test_delete_review_with_everything_under_it(
    svc: ReviewService, session_factory: SessionFactory, third: int, rec: int
) -> None:
    case_id, _ = make_case(session_factory)
    svc.add_assessment(rec, AssessmentInput(Grade.C, date(2026, 1, 10), case_ids=(case_id,)))
    with pytest.raises(ConflictError):
        svc.delete(third, expected_version=5)
    svc.delete(third, expected_version=1)
    assert svc.list() == []
    assert count(session_factory, Recommendation) == 0
    assert count(session_factory, RecommendationAssessment) == 0
    assert count(session_factory, assessment_cases) == 0
    with pytest.raises(NotFoundError):
        svc.get(third)


def test_deleting_an_earlier_review_unlinks_later_recommendations(
    svc: ReviewService, third: int
) -> None:
    second = svc.create(SECOND)
    old = svc.add_recommendation(second.id, RecommendationInput(paragraph=26))
    new = svc.add_recommendation(third, replace(TORTURE, previous_id=old.id))
    assert new.previous_id == old.id
    svc.delete(second.id, expected_version=None)
    assert svc.recommendations(third)[0].previous_id is None


# ---------------------------------------------------------------- reviews: validation


def test_co_symbol_is_unique(svc: ReviewService, third: int) -> None:
    with pytest.raises(DomainError, match="CCPR/C/KAZ/CO/3 are already recorded") as exc:
        svc.create(replace(THIRD, cycle="Duplicate"))
    assert exc.value.field == "co_symbol"
    assert "Kazakhstan, Third periodic report" in exc.value.message
    other = svc.create(SECOND)
    with pytest.raises(DomainError, match="already recorded"):
        svc.update(other.id, replace(SECOND, co_symbol="CCPR/C/KAZ/CO/3"), expected_version=None)
    # Two reviews without a symbol yet are fine.
    svc.create(replace(SECOND, co_symbol=None, cycle="Fourth"))
    svc.create(replace(SECOND, co_symbol="  ", cycle="Fifth"))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"co_symbol": "CO 3 of 2025"}, "co_symbol", "not a UN symbol"),
        ({"co_symbol": "CCPR/" + "C" * 70}, "co_symbol", "too long"),
        ({"state_report_symbol": "third report"}, "state_report_symbol", "not a UN symbol"),
        ({"body": "HRC"}, "body", "Unknown treaty body"),
        ({"state": "Kazakstan"}, "state", "Unknown country"),
        ({"cycle": "  "}, "cycle", "required"),
        ({"session": "1" * 33}, "session", "too long"),
        ({"notes": "n" * 20_001}, "notes", "too long"),
        ({"dialogue_end": date(2025, 6, 23)}, "dialogue_end", "cannot be before"),
        ({"adopted_on": date(2025, 6, 24)}, "adopted_on", "cannot be before"),
        ({"followup_deadline": date(2025, 7, 11)}, "followup_deadline", "must come after"),
        ({"followup_deadline": date(2025, 7, 1)}, "followup_deadline", "must come after"),
        ({"next_dialogue_year": 2028}, "next_dialogue_year", "cannot come before the next list"),
        ({"next_loi_year": 1975, "adopted_on": None}, "next_loi_year", "not a plausible year"),
        ({"next_dialogue_year": 2101}, "next_dialogue_year", "not a plausible year"),
        ({"next_loi_year": "2029"}, "next_loi_year", "must be a year"),
        ({"next_loi_year": 2024}, "next_loi_year", "before the adoption"),
    ],
)
def test_review_validation(
    svc: ReviewService, changes: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(DomainError, match=message) as exc:
        svc.create(replace(THIRD, **changes))
    assert exc.value.field == field
    assert svc.list() == []


def test_review_dates_that_pass(svc: ReviewService) -> None:
    same_day = replace(
        THIRD,
        dialogue_start=date(2025, 6, 24),
        dialogue_end=date(2025, 6, 24),
        adopted_on=date(2025, 6, 24),
        followup_deadline=date(2025, 6, 25),
        next_loi_year=2029,
        next_dialogue_year=2029,
    )
    assert svc.create(same_day).next_dialogue_year == 2029
    minimal = svc.create(ReviewInput(body="ccpr", state="KAZ", cycle="Initial report"))
    assert (minimal.body, minimal.state, minimal.co_symbol, minimal.adopted_on) == (
        "CCPR",
        "KZ",
        None,
        None,
    )


def test_missing_review(svc: ReviewService) -> None:
    with pytest.raises(NotFoundError):
        svc.get(404)
    with pytest.raises(NotFoundError):
        svc.update(404, THIRD, expected_version=None)
    with pytest.raises(NotFoundError):
        svc.recommendations(404)
    with pytest.raises(NotFoundError):
        svc.add_recommendation(404, TORTURE)


# ---------------------------------------------------------------- recommendations


def test_add_recommendation(
    svc: ReviewService, session_factory: SessionFactory, third: int
) -> None:
    dto = svc.add_recommendation(third, TORTURE)
    assert dto.review_id == third
    assert dto.paragraph == 28
    assert dto.concern_paragraph == 27
    assert dto.theme.startswith("Prohibition of torture")
    assert dto.sub_items == ("(a) Investigate promptly", "(b) Prosecute the perpetrators")
    assert dto.articles == ("7", "9(1)")
    assert dto.refers_to == "CCPR/C/KAZ/CO/2, para. 26"
    assert dto.is_followup is True
    assert dto.previous_id is None
    assert dto.latest_grade is None
    assert dto.version == 1
    with session_scope(session_factory) as s:
        raw = s.get(Recommendation, dto.id)
        assert raw is not None
        assert raw.sub_items == ["(a) Investigate promptly", "(b) Prosecute the perpetrators"]
        assert raw.articles == ["7", "9(1)"]
    assert svc.recommendations(third) == [dto]
    assert svc.get_recommendation(dto.id) == dto


def test_recommendations_by_paragraph(svc: ReviewService, third: int) -> None:
    for paragraph in (42, 16, 28):
        svc.add_recommendation(third, RecommendationInput(paragraph=paragraph))
    assert [r.paragraph for r in svc.recommendations(third)] == [16, 28, 42]


def test_articles_are_normalised() -> None:
    assert normalise_articles(["arts. 2, 6 and 7", " 14 (3) (B) ", "Art.26", "7", "2(1)(a)"]) == [
        "2",
        "6",
        "7",
        "14(3)(b)",
        "26",
        "2(1)(a)",
    ]
    assert normalise_articles([]) == []
    assert normalise_articles(["", "  "]) == []
    for bad in ("seven", "7-9", "para. 3", "(1)"):
        with pytest.raises(DomainError, match="not an article number") as exc:
            normalise_articles([bad])
        assert exc.value.field == "articles"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"paragraph": 0}, "paragraph", "1 or more"),
        ({"paragraph": -3}, "paragraph", "1 or more"),
        ({"paragraph": "28"}, "paragraph", "whole number"),
        ({"paragraph": True}, "paragraph", "whole number"),
        ({"concern_paragraph": 0}, "concern_paragraph", "1 or more"),
        ({"concern_paragraph": 29}, "concern_paragraph", "cannot come after"),
        ({"articles": ("art. seven",)}, "articles", "not an article number"),
        ({"articles": "7"}, "articles", "must be a list"),
        ({"sub_items": ("x" * 10_001,)}, "sub_items", "too long"),
        ({"sub_items": "(a) one"}, "sub_items", "must be a list"),
        ({"theme": "t" * 501}, "theme", "too long"),
        ({"concern_text": "c" * 20_001}, "concern_text", "too long"),
        ({"recommendation_text": "r" * 20_001}, "recommendation_text", "too long"),
        ({"refers_to": "r" * 501}, "refers_to", "too long"),
    ],
)
def test_recommendation_validation(
    svc: ReviewService, third: int, changes: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(DomainError, match=message) as exc:
        svc.add_recommendation(third, replace(TORTURE, **changes))
    assert exc.value.field == field
    assert svc.recommendations(third) == []


def test_paragraph_is_unique_within_a_review(svc: ReviewService, third: int, rec: int) -> None:
    with pytest.raises(
        DomainError, match="Paragraph 28 of CCPR/C/KAZ/CO/3 is already recorded"
    ) as exc:
        svc.add_recommendation(third, RecommendationInput(paragraph=28))
    assert exc.value.field == "paragraph"
    other = svc.add_recommendation(third, RecommendationInput(paragraph=42))
    with pytest.raises(DomainError, match="Paragraph 28"):
        svc.update_recommendation(other.id, RecommendationInput(paragraph=28), expected_version=1)
    # The same paragraph number in another review is fine.
    second = svc.create(SECOND)
    assert svc.add_recommendation(second.id, RecommendationInput(paragraph=28)).paragraph == 28


def test_update_recommendation_and_conflicts(
    svc: ReviewService, session_factory: SessionFactory, rec: int
) -> None:
    updated = svc.update_recommendation(
        rec, replace(TORTURE, theme="Torture", articles=("7",)), expected_version=1
    )
    assert updated.theme == "Torture"
    assert updated.articles == ("7",)
    assert updated.paragraph == 28  # its own paragraph is not a duplicate
    assert updated.version == 2
    with pytest.raises(ConflictError):
        svc.update_recommendation(rec, TORTURE, expected_version=1)
    with (
        concurrent_edit(session_factory, Recommendation.__table__, rec),
        pytest.raises(ConflictError),
    ):
        svc.update_recommendation(rec, TORTURE, expected_version=2)
    assert svc.get_recommendation(rec).theme == "Torture"


def test_delete_recommendation(
    svc: ReviewService, session_factory: SessionFactory, third: int, rec: int
) -> None:
    svc.add_assessment(rec, AssessmentInput(Grade.C, date(2026, 1, 10)))
    with pytest.raises(ConflictError):
        svc.delete_recommendation(rec, expected_version=2)
    svc.delete_recommendation(rec, expected_version=1)
    assert svc.recommendations(third) == []
    assert count(session_factory, RecommendationAssessment) == 0
    with pytest.raises(NotFoundError):
        svc.get_recommendation(rec)


# ---------------------------------------------------------------- previous recommendation


def test_previous_must_be_an_earlier_review_of_the_same_state_and_body(
    svc: ReviewService, third: int
) -> None:
    second = svc.create(SECOND)
    old = svc.add_recommendation(second.id, RecommendationInput(paragraph=26))
    linked = svc.add_recommendation(third, replace(TORTURE, previous_id=old.id))
    assert linked.previous_id == old.id

    # The link cannot go forward in time.
    with pytest.raises(DomainError, match="not from a review before this one") as exc:
        svc.update_recommendation(
            old.id, RecommendationInput(paragraph=26, previous_id=linked.id), expected_version=1
        )
    assert exc.value.field == "previous_id"

    # Nor stay within the same concluding observations.
    sibling = svc.add_recommendation(third, RecommendationInput(paragraph=16))
    with pytest.raises(DomainError, match="not from these same concluding observations"):
        svc.add_recommendation(third, RecommendationInput(paragraph=17, previous_id=sibling.id))
    with pytest.raises(DomainError, match="not from these same"):
        svc.update_recommendation(
            sibling.id,
            RecommendationInput(paragraph=16, previous_id=sibling.id),
            expected_version=1,
        )


@pytest.mark.parametrize(
    "other",
    [
        ReviewInput(body="CCPR", state="UZ", cycle="Fifth", adopted_on=date(2020, 3, 1)),
        ReviewInput(body="CAT", state="KZ", cycle="Fourth", adopted_on=date(2021, 12, 1)),
    ],
)
def test_previous_from_another_state_or_body(
    svc: ReviewService, third: int, other: ReviewInput
) -> None:
    elsewhere = svc.create(other)
    old = svc.add_recommendation(elsewhere.id, RecommendationInput(paragraph=10))
    with pytest.raises(DomainError, match="another State or another Committee") as exc:
        svc.add_recommendation(third, replace(TORTURE, previous_id=old.id))
    assert exc.value.field == "previous_id"


def test_previous_needs_dates_and_must_exist(svc: ReviewService, third: int) -> None:
    undated = svc.create(ReviewInput(body="CCPR", state="KZ", cycle="Initial report"))
    old = svc.add_recommendation(undated.id, RecommendationInput(paragraph=5))
    with pytest.raises(DomainError, match="enter the adoption date") as exc:
        svc.add_recommendation(third, replace(TORTURE, previous_id=old.id))
    assert exc.value.field == "previous_id"
    with pytest.raises(DomainError, match="no longer exists") as exc:
        svc.add_recommendation(third, replace(TORTURE, previous_id=99_999))
    assert exc.value.field == "previous_id"
    # A dialogue date is enough when the adoption date is not known yet.
    svc.update(
        undated.id,
        ReviewInput(
            body="CCPR", state="KZ", cycle="Initial report", dialogue_start=date(2011, 7, 1)
        ),
        expected_version=None,
    )
    assert svc.add_recommendation(third, replace(TORTURE, previous_id=old.id)).previous_id == old.id


# ---------------------------------------------------------------- assessments


def test_assessments_and_latest_grade(
    svc: ReviewService, session_factory: SessionFactory, third: int, rec: int
) -> None:
    case_a, _ = make_case(session_factory, reference="UZ-23")
    case_b, _ = make_case(session_factory, reference="KZ-7")
    first = svc.add_assessment(
        rec,
        AssessmentInput(
            Grade.C,
            date(2024, 1, 1),
            evidence=" No investigation opened. ",
            sources="NGO monitoring",
            open_sub_items=("(a)", "(b)", "(a)", " "),
            case_ids=(case_b, case_a, case_b),
        ),
    )
    assert first.grade is Grade.C
    assert first.evidence == "No investigation opened."
    assert first.sources == "NGO monitoring"
    assert first.open_sub_items == ("(a)", "(b)")
    assert first.case_ids == tuple(sorted((case_a, case_b)))
    assert first.version == 1
    newest = svc.add_assessment(rec, AssessmentInput(Grade.B, date(2025, 6, 1)))
    svc.add_assessment(rec, AssessmentInput(Grade.D, date(2024, 6, 1)))  # entered late

    assert [a.grade for a in svc.assessments(rec)] == [Grade.C, Grade.D, Grade.B]
    assert svc.assessments(rec)[0] == first
    assert svc.recommendations(third)[0].latest_grade is Grade.B
    assert svc.get_recommendation(rec).latest_grade is Grade.B

    svc.add_assessment(rec, AssessmentInput(Grade.E, newest.assessed_on))  # same day, later entry
    assert svc.recommendations(third)[0].latest_grade is Grade.E


def test_assessment_validation(
    svc: ReviewService, session_factory: SessionFactory, rec: int, today: date
) -> None:
    case_id, _ = make_case(session_factory)
    cases = [
        (AssessmentInput(Grade.B, date(2026, 11, 23)), "assessed_on", "in the future"),
        (AssessmentInput(Grade.B, None), "assessed_on", "required"),  # type: ignore[arg-type]
        (AssessmentInput("F", today), "grade", "not a valid grade"),  # type: ignore[arg-type]
        (AssessmentInput(Grade.B, today, evidence="e" * 20_001), "evidence", "too long"),
        (AssessmentInput(Grade.B, today, sources="s" * 10_001), "sources", "too long"),
        (AssessmentInput(Grade.B, today, open_sub_items=("x" * 501,)), "open_sub_items", "long"),
        (AssessmentInput(Grade.B, today, case_ids=(case_id, 999)), "case_ids", "One of the"),
        (AssessmentInput(Grade.B, today, case_ids=(998, 999)), "case_ids", "2 of the linked"),
        (AssessmentInput(Grade.B, today, case_ids=("1",)), "case_ids", "case list"),  # type: ignore[arg-type]
    ]
    for data, field, message in cases:
        with pytest.raises(DomainError, match=message) as exc:
            svc.add_assessment(rec, data)
        assert exc.value.field == field
    assert svc.assessments(rec) == []
    assert svc.add_assessment(rec, AssessmentInput(Grade.A, today)).assessed_on == today
    with pytest.raises(NotFoundError):
        svc.add_assessment(404, AssessmentInput(Grade.A, today))
    with pytest.raises(NotFoundError):
        svc.assessments(404)


def test_update_assessment_replaces_case_links(
    svc: ReviewService, session_factory: SessionFactory, rec: int
) -> None:
    case_a, _ = make_case(session_factory, reference="UZ-23")
    case_b, _ = make_case(session_factory, reference="KZ-7")
    dto = svc.add_assessment(rec, AssessmentInput(Grade.C, date(2026, 1, 10), case_ids=(case_a,)))
    updated = svc.update_assessment(
        dto.id,
        AssessmentInput(Grade.C, date(2026, 1, 10), case_ids=(case_b,)),
        expected_version=dto.version,
    )
    # Only the links changed, yet the version moves so another window sees the change.
    assert updated.version == dto.version + 1
    assert updated.case_ids == (case_b,)
    assert svc.assessments(rec) == [updated]
    assert count(session_factory, assessment_cases) == 1

    with pytest.raises(ConflictError):
        svc.update_assessment(
            dto.id, AssessmentInput(Grade.A, date(2026, 1, 10)), expected_version=1
        )
    with (
        concurrent_edit(session_factory, RecommendationAssessment.__table__, dto.id),
        pytest.raises(ConflictError),
    ):
        svc.update_assessment(
            dto.id, AssessmentInput(Grade.A, date(2026, 1, 10)), expected_version=2
        )
    assert svc.assessments(rec)[0].case_ids == (case_b,)

    with pytest.raises(DomainError, match="no longer exists"):
        svc.update_assessment(
            dto.id,
            AssessmentInput(Grade.A, date(2026, 1, 10), case_ids=(12345,)),
            expected_version=None,
        )
    assert svc.assessments(rec) == [updated]


def test_delete_assessment(svc: ReviewService, session_factory: SessionFactory, rec: int) -> None:
    case_id, _ = make_case(session_factory)
    dto = svc.add_assessment(rec, AssessmentInput(Grade.C, date(2026, 1, 10), case_ids=(case_id,)))
    with pytest.raises(ConflictError):
        svc.delete_assessment(dto.id, expected_version=3)
    svc.delete_assessment(dto.id, expected_version=1)
    assert svc.assessments(rec) == []
    assert count(session_factory, assessment_cases) == 0
    assert svc.get_recommendation(rec).latest_grade is None
    with pytest.raises(NotFoundError):
        svc.delete_assessment(dto.id, expected_version=None)
