"""The figures shadow reports quote: decisions by body and year, implementation, compensation,
recommendations by grade. Computed from a real migrated database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.config import Paths
from app.context import open_demo_workspace
from app.db import session_scope
from app.errors import DomainError
from app.services.dto import AssessmentInput, RecommendationInput, ReviewInput
from app.services.reviews import ReviewService
from app.services.statistics import (
    ImplementationCounts,
    StatisticsService,
    case_status,
    remedy_status,
)
from app.vocab import (
    FollowUpKind,
    Grade,
    ImplementationStatus,
    Outcome,
    RemedyKind,
    RemedyScope,
    Stage,
)
from models import FollowUpEvent, FollowUpGrade, Remedy, RemedyStatus
from tests.unit.factories import make_case

FULLY = ImplementationStatus.FULLY
PARTIALLY = ImplementationStatus.PARTIALLY
NOT = ImplementationStatus.NOT_IMPLEMENTED
UNKNOWN = ImplementationStatus.UNKNOWN


def add_remedy(
    sf,
    case_id: int,
    kind: RemedyKind,
    scope: RemedyScope,
    statuses: dict[int | None, tuple[ImplementationStatus, str | None]] | None = None,
) -> int:
    """A remedy and its statuses: person id (None for general) -> (status, amount in KZT)."""
    with session_scope(sf) as s:
        remedy = Remedy(case_id=case_id, kind=kind, scope=scope)
        s.add(remedy)
        s.flush()
        for person_id, (status, amount) in (statuses or {}).items():
            s.add(
                RemedyStatus(
                    remedy_id=remedy.id,
                    person_id=person_id,
                    status=status,
                    amount=Decimal(amount) if amount else None,
                    currency="KZT" if amount else "",
                )
            )
        return remedy.id


def grade(sf, case_id: int, remedy_id: int, value: Grade, on: date) -> None:
    with session_scope(sf) as s:
        event = FollowUpEvent(
            case_id=case_id, kind=FollowUpKind.COMMITTEE_ASSESSMENT, event_date=on
        )
        s.add(event)
        s.flush()
        s.add(FollowUpGrade(event_id=event.id, remedy_id=remedy_id, grade=value))


@pytest.fixture
def record(session_factory) -> dict[str, int]:
    """Decisions on Kazakhstan (and one on Uzbekistan), each implemented differently."""
    sf = session_factory
    ids: dict[str, int] = {}
    # Fully: both victims compensated and the investigation done.
    a, (v1, v2) = make_case(sf, reference="A", victims=2, decision_date=date(2014, 10, 21))
    add_remedy(
        sf,
        a,
        RemedyKind.COMPENSATION,
        RemedyScope.INDIVIDUAL,
        {v1: (FULLY, "100"), v2: (FULLY, "100")},
    )
    add_remedy(sf, a, RemedyKind.INVESTIGATION, RemedyScope.GENERAL, {None: (FULLY, None)})
    # Partially: compensation refused, the law partly changed; a grade A does not override.
    b, (vb,) = make_case(sf, reference="B", victims=1, decision_date=date(2016, 3, 1))
    ids["b_comp"] = add_remedy(
        sf, b, RemedyKind.COMPENSATION, RemedyScope.INDIVIDUAL, {vb: (NOT, None)}
    )
    add_remedy(sf, b, RemedyKind.LEGISLATIVE_CHANGE, RemedyScope.GENERAL, {None: (PARTIALLY, None)})
    grade(sf, b, ids["b_comp"], Grade.A, date(2017, 1, 1))
    # Not implemented, known only from the Committee's grade C (after an earlier B).
    c, _ = make_case(sf, reference="C", body="CAT", victims=1, decision_date=date(2016, 11, 5))
    ids["c_inv"] = add_remedy(sf, c, RemedyKind.INVESTIGATION, RemedyScope.GENERAL)
    grade(sf, c, ids["c_inv"], Grade.B, date(2017, 6, 1))
    grade(sf, c, ids["c_inv"], Grade.C, date(2018, 6, 1))
    # A violation with no remedy recorded: unknown.
    make_case(sf, reference="D", body="CAT", decision_date=date(2012, 5, 24))
    # Decisions finding no violation, or without a date.
    make_case(sf, reference="E", outcome=Outcome.NO_VIOLATION, decision_date=date(2016, 7, 1))
    make_case(sf, reference="F", outcome=Outcome.INADMISSIBLE, decision_date=None)
    # Another State.
    make_case(sf, reference="G", state="UZ", decision_date=date(2016, 1, 1))
    # Not decided yet, but a domestic court awarded compensation to one victim of three.
    h, (h1, h2, _h3) = make_case(
        sf,
        reference="H",
        body="CAT",
        victims=3,
        outcome=Outcome.PENDING,
        stage=Stage.PREPARATION,
        decision_date=None,
    )
    add_remedy(
        sf,
        h,
        RemedyKind.COMPENSATION,
        RemedyScope.INDIVIDUAL,
        {h1: (FULLY, "50"), h2: (NOT, None)},  # h3: nothing recorded
    )
    ids.update(a=a, b=b, c=c, h=h)
    return ids


@pytest.fixture
def stats(session_factory, clock) -> StatisticsService:
    return StatisticsService(session_factory, clock=clock)


def test_the_rule_for_a_remedy_and_a_case() -> None:
    assert remedy_status([FULLY, FULLY]) == (FULLY, "statuses")
    assert remedy_status([FULLY, NOT]) == (PARTIALLY, "statuses")
    assert remedy_status([PARTIALLY, UNKNOWN]) == (PARTIALLY, "statuses")
    assert remedy_status([NOT, UNKNOWN]) == (NOT, "statuses")
    assert remedy_status([UNKNOWN]) == (UNKNOWN, "nothing recorded")
    assert remedy_status([], Grade.B) == (PARTIALLY, "committee grade")
    assert remedy_status([UNKNOWN], Grade.A) == (FULLY, "committee grade")
    assert remedy_status([UNKNOWN], Grade.E) == (NOT, "committee grade")
    assert remedy_status([NOT], Grade.A) == (NOT, "statuses")  # the statuses win
    assert case_status([]) == UNKNOWN
    assert case_status([FULLY, FULLY]) == FULLY
    assert case_status([FULLY, NOT]) == PARTIALLY
    assert case_status([NOT, UNKNOWN]) == NOT
    assert ImplementationCounts().add(FULLY).add(NOT).total == 2


def test_decisions_on_a_state_by_body_and_year(stats, record) -> None:
    result = stats.decisions(state="KZ")
    rows = [(r.body, r.year, r.decisions, r.violations, r.implementation) for r in result.rows]
    assert rows == [
        ("CAT", 2012, 1, 1, ImplementationCounts(unknown=1)),
        ("CCPR", 2014, 1, 1, ImplementationCounts(fully=1)),
        ("CAT", 2016, 1, 1, ImplementationCounts(not_implemented=1)),
        ("CCPR", 2016, 2, 1, ImplementationCounts(partially=1)),
    ]
    assert (result.decisions, result.violations, result.undated) == (5, 4, 1)
    assert result.implementation == ImplementationCounts(1, 1, 1, 1)
    assert result.by_body() == {"CAT": (2, 2), "CCPR": (3, 2)}
    assert result.by_year() == {2012: (1, 1), 2014: (1, 1), 2016: (3, 2)}
    assert (result.state, result.state_name) == ("KZ", "Kazakhstan")
    assert result.sentence() == (
        "5 decisions adopted on Kazakhstan since 2012 (CAT 2, CCPR 3); 4 found a violation: "
        "1 fully implemented, 1 partially, 1 not implemented and 1 of unknown status."
    )


def test_filters_by_body_and_years(stats, record) -> None:
    assert stats.decisions(state="KZ", body="CAT").decisions == 2
    assert stats.decisions(state="KZ", since=2014).decisions == 4
    assert stats.decisions(state="KZ", since=2014, until=2014).decisions == 1
    assert stats.decisions().decisions == 6  # every State
    assert stats.decisions(state="KZ", body="CEDAW").sentence() == (
        "No decisions adopted on Kazakhstan are recorded."
    )
    only_cat = stats.decisions(state="KZ", body="CAT", since=2016)
    assert only_cat.sentence() == (
        "1 decision adopted on Kazakhstan since 2016 by the CAT; 1 found a violation: "
        "none fully implemented and 1 not implemented."
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"since": 1900}, "since"),
        ({"until": 2200}, "until"),
        ({"since": True}, "since"),
        ({"since": 2020, "until": 2019}, "until"),
        ({"state": "XX"}, "state"),
        ({"body": "NOPE"}, "body"),
    ],
)
def test_bad_filters_are_refused(stats, kwargs, field) -> None:
    with pytest.raises(DomainError) as info:
        stats.decisions(**kwargs)
    assert info.value.field == field


def test_one_case_and_each_remedy(stats, record) -> None:
    c = stats.case_implementation(record["c"])
    assert c.status is NOT
    assert [(r.kind, r.status, r.basis) for r in c.remedies] == [
        (RemedyKind.INVESTIGATION, NOT, "committee grade")
    ]
    b = stats.case_implementation(record["b"])
    assert b.status is PARTIALLY
    assert [(r.status, r.basis) for r in b.remedies] == [(NOT, "statuses"), (PARTIALLY, "statuses")]
    assert b.remedies[0].victims == ImplementationCounts(not_implemented=1)
    a = stats.case_implementation(record["a"])
    assert a.status is FULLY and a.remedies[0].victims == ImplementationCounts(fully=2)
    every = stats.implementation(state="KZ")
    assert [(i.reference, i.status) for i in every] == [
        ("D", UNKNOWN),
        ("A", FULLY),
        ("B", PARTIALLY),
        ("C", NOT),
    ]
    assert [i.reference for i in stats.implementation(state="KZ", body="CAT")] == ["D", "C"]
    with pytest.raises(DomainError, match="no longer exists"):
        stats.case_implementation(999_999)


def test_victims_compensated_and_not(stats, record) -> None:
    result = stats.compensation(state="KZ")
    assert (result.victims, result.compensated, result.not_compensated, result.unknown) == (
        6,
        3,
        2,
        1,
    )
    assert result.amounts == {"KZT": Decimal("250")}
    by_case = {c.reference: c for c in result.cases}
    assert by_case["H"].sentence() == (
        "compensated: 1 of 3 victims (50 KZT paid); 1 not compensated; 1 unknown."
    )
    assert by_case["A"].compensated == 2 and by_case["B"].not_compensated == 1
    assert [c.reference for c in stats.compensation(state="KZ", body="CCPR").cases] == ["A", "B"]
    assert stats.compensation(state="UZ").victims == 0


def test_recommendations_by_the_latest_grade(session_factory, clock, stats) -> None:
    reviews = ReviewService(session_factory, clock=clock)
    review = reviews.create(
        ReviewInput(body="CCPR", state="KZ", cycle="Third", co_symbol="CCPR/C/KAZ/CO/3")
    )
    r12 = reviews.add_recommendation(review.id, RecommendationInput(12, is_followup=True))
    r34 = reviews.add_recommendation(review.id, RecommendationInput(34))
    reviews.add_recommendation(review.id, RecommendationInput(52, is_followup=True))
    reviews.add_assessment(r12.id, AssessmentInput(Grade.B, date(2026, 1, 1)))
    reviews.add_assessment(r12.id, AssessmentInput(Grade.C, date(2026, 6, 1)))
    reviews.add_assessment(r34.id, AssessmentInput(Grade.A, date(2026, 2, 1)))
    result = stats.recommendations_by_grade(review.id)
    assert result.recommendations == 3
    assert result.by_grade == {Grade.A: 1, Grade.B: 0, Grade.C: 1, Grade.D: 0, Grade.E: 0}
    assert result.not_assessed == 1
    assert result.follow_up[Grade.C] == 1 and result.follow_up_not_assessed == 1
    assert result.sentence() == "3 recommendations, graded 1 A and 1 C; 1 not assessed yet."
    with pytest.raises(DomainError, match="no longer exists"):
        stats.recommendations_by_grade(999)


def test_the_demo_portfolio_figures(tmp_path: Path, clock) -> None:
    workspace = open_demo_workspace(Paths(tmp_path / "demo"), clock=clock)
    try:
        stats = workspace.services.statistics
        summary = stats.summary(state="KZ")
        assert summary.decisions.sentence() == (
            "4 decisions adopted on Kazakhstan since 2012 (CAT 2, CCPR 2); 4 found a "
            "violation: none fully implemented, 3 partially and 1 not implemented."
        )
        uz23 = next(c for c in summary.compensation.cases if c.reference == "ILI-2022-UZ23")
        assert uz23.sentence() == (
            "compensated: 3 of 23 victims (33,750,000 KZT paid); 20 not compensated."
        )
        review = workspace.services.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
        assert review is not None
        grades = stats.recommendations_by_grade(review.id)
        assert (grades.recommendations, grades.by_grade[Grade.C], grades.not_assessed) == (
            26,
            2,
            24,
        )
    finally:
        workspace.close()
