"""The follow-up dialogue after a decision, and the Committee's grades per remedy.

The clock is fixed at 22 November 2026; cases are decided on 15 March 2024 (factories).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import SessionFactory, session_scope
from app.errors import ConflictError, DomainError, NotFoundError
from app.services.dto import FollowUpInput, RemedyInput
from app.services.followup import FollowUpService
from app.services.remedies import RemedyService
from app.vocab import Direction, FollowUpKind, Grade, RemedyKind, RemedyScope
from models import FollowUpEvent, FollowUpGrade
from tests.unit.factories import concurrent_edit, make_case

ASSESSMENT = FollowUpKind.COMMITTEE_ASSESSMENT


@pytest.fixture
def svc(session_factory: SessionFactory, clock: Any) -> FollowUpService:
    return FollowUpService(session_factory, clock=clock)


@pytest.fixture
def remedies(session_factory: SessionFactory, clock: Any) -> RemedyService:
    return RemedyService(session_factory, clock=clock)


@pytest.fixture
def case(session_factory: SessionFactory) -> int:
    return make_case(session_factory, reference="UZ-23", victims=2)[0]


@pytest.fixture
def rem(remedies: RemedyService, case: int) -> tuple[int, int]:
    comp = remedies.add(case, RemedyInput(RemedyKind.COMPENSATION, RemedyScope.INDIVIDUAL))
    inv = remedies.add(case, RemedyInput(RemedyKind.INVESTIGATION, RemedyScope.INDIVIDUAL))
    return comp.id, inv.id


def assessment(day: date, *grades: tuple[int, Grade], **kwargs: Any) -> FollowUpInput:
    return FollowUpInput(kind=ASSESSMENT, event_date=day, grades=tuple(grades), **kwargs)


def grade_rows(session_factory: SessionFactory) -> int:
    with session_scope(session_factory) as s:
        return s.scalar(select(func.count(FollowUpGrade.id))) or 0


# ---------------------------------------------------------------- CRUD


def test_add_and_list_in_date_order(svc: FollowUpService, case: int, rem: tuple[int, int]) -> None:
    reply = svc.add(
        case,
        FollowUpInput(
            FollowUpKind.STATE_REPLY,
            date(2024, 9, 10),
            symbol=" CCPR/C/KAZ/FU/1 ",
            summary="  The State says compensation was paid to three victims.  ",
        ),
    )
    later = svc.add(
        case,
        assessment(
            date(2025, 7, 20),
            (rem[0], Grade.C),
            (rem[1], Grade.B),
            session="144",
            decision="Keep the follow-up dialogue open.",
            direction=Direction.INCOMING,
        ),
    )
    comments = svc.add(
        case,
        FollowUpInput(
            FollowUpKind.AUTHOR_COMMENTS,
            date(2024, 9, 10),
            direction=Direction.OUTGOING,
            attachment_path="letters/comments.docx",
        ),
    )

    assert reply.symbol == "CCPR/C/KAZ/FU/1"
    assert reply.summary == "The State says compensation was paid to three victims."
    assert reply.direction is Direction.INCOMING
    assert reply.grades == ()
    assert reply.version == 1
    assert later.grades == ((rem[0], Grade.C), (rem[1], Grade.B))
    assert later.session == "144"
    assert later.decision == "Keep the follow-up dialogue open."
    assert comments.direction is Direction.OUTGOING
    assert comments.attachment_path == "letters/comments.docx"
    # Same date: entry order.
    assert [e.id for e in svc.events(case)] == [reply.id, comments.id, later.id]
    assert svc.get(later.id) == later


def test_update_replaces_fields_and_grades(
    svc: FollowUpService, session_factory: SessionFactory, case: int, rem: tuple[int, int]
) -> None:
    event = svc.add(case, assessment(date(2025, 7, 20), (rem[0], Grade.C), (rem[1], Grade.B)))
    updated = svc.update(
        event.id,
        assessment(date(2025, 7, 21), (rem[0], Grade.D), summary="Graded again"),
        expected_version=event.version,
    )
    assert updated.event_date == date(2025, 7, 21)
    assert updated.summary == "Graded again"
    assert updated.grades == ((rem[0], Grade.D),)
    assert updated.version == event.version + 1
    assert grade_rows(session_factory) == 1
    assert svc.events(case) == [updated]


def test_update_of_grades_alone_moves_the_version(
    svc: FollowUpService, case: int, rem: tuple[int, int]
) -> None:
    event = svc.add(case, assessment(date(2025, 7, 20), (rem[0], Grade.C)))
    updated = svc.update(
        event.id, assessment(date(2025, 7, 20), (rem[0], Grade.A)), expected_version=1
    )
    assert updated.version == 2
    with pytest.raises(ConflictError):
        svc.update(event.id, assessment(date(2025, 7, 20), (rem[0], Grade.E)), expected_version=1)
    assert svc.get(event.id).grades == ((rem[0], Grade.A),)


def test_update_conflict_between_two_sessions(
    svc: FollowUpService, session_factory: SessionFactory, case: int
) -> None:
    event = svc.add(case, FollowUpInput(FollowUpKind.REMINDER, date(2025, 1, 10)))
    with (
        concurrent_edit(session_factory, FollowUpEvent.__table__, event.id),
        pytest.raises(ConflictError, match="changed elsewhere"),
    ):
        svc.update(
            event.id,
            FollowUpInput(FollowUpKind.REMINDER, date(2025, 1, 11)),
            expected_version=event.version,
        )
    assert svc.get(event.id).event_date == date(2025, 1, 10)


def test_delete_removes_grades(
    svc: FollowUpService, session_factory: SessionFactory, case: int, rem: tuple[int, int]
) -> None:
    event = svc.add(case, assessment(date(2025, 7, 20), (rem[0], Grade.C)))
    with pytest.raises(ConflictError):
        svc.delete(event.id, expected_version=event.version + 1)
    svc.delete(event.id, expected_version=event.version)
    assert svc.events(case) == []
    assert grade_rows(session_factory) == 0
    with pytest.raises(NotFoundError):
        svc.get(event.id)
    with pytest.raises(NotFoundError):
        svc.delete(event.id, expected_version=None)


def test_missing_case(svc: FollowUpService) -> None:
    with pytest.raises(NotFoundError):
        svc.events(999)
    with pytest.raises(NotFoundError):
        svc.add(999, FollowUpInput(FollowUpKind.OTHER, date(2025, 1, 1)))
    with pytest.raises(NotFoundError):
        svc.current_grades(999)


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    "kind", [k for k in FollowUpKind if k is not FollowUpKind.COMMITTEE_ASSESSMENT]
)
def test_grades_only_in_a_committee_assessment(
    svc: FollowUpService, case: int, rem: tuple[int, int], kind: FollowUpKind
) -> None:
    with pytest.raises(DomainError, match="only in a Committee follow-up assessment") as exc:
        svc.add(case, FollowUpInput(kind, date(2025, 7, 20), grades=((rem[0], Grade.B),)))
    assert exc.value.field == "grades"
    assert svc.events(case) == []


def test_graded_remedy_must_belong_to_the_case(
    svc: FollowUpService, remedies: RemedyService, session_factory: SessionFactory, case: int
) -> None:
    other_case, _ = make_case(session_factory, reference="OTHER-9")
    foreign = remedies.add(other_case, RemedyInput(RemedyKind.RELEASE, RemedyScope.INDIVIDUAL))
    with pytest.raises(DomainError, match="belongs to another case, not to case UZ-23") as exc:
        svc.add(case, assessment(date(2025, 7, 20), (foreign.id, Grade.B)))
    assert exc.value.field == "grades"
    with pytest.raises(DomainError, match="no longer exists") as exc:
        svc.add(case, assessment(date(2025, 7, 20), (99_999, Grade.B)))
    assert exc.value.field == "grades"
    assert svc.events(case) == []


def test_remedy_graded_twice_in_one_event(
    svc: FollowUpService, case: int, rem: tuple[int, int]
) -> None:
    with pytest.raises(DomainError, match="Compensation” is graded twice") as exc:
        svc.add(case, assessment(date(2025, 7, 20), (rem[0], Grade.B), (rem[0], Grade.C)))
    assert exc.value.field == "grades"


def test_unknown_grade_kind_and_direction(
    svc: FollowUpService, case: int, rem: tuple[int, int]
) -> None:
    with pytest.raises(DomainError, match="not a valid grade") as exc:
        svc.add(case, assessment(date(2025, 7, 20), (rem[0], "F")))  # type: ignore[arg-type]
    assert exc.value.field == "grades"
    with pytest.raises(DomainError) as exc:
        svc.add(case, FollowUpInput("letter", date(2025, 7, 20)))  # type: ignore[arg-type]
    assert exc.value.field == "kind"
    with pytest.raises(DomainError) as exc:
        svc.add(
            case,
            FollowUpInput(FollowUpKind.OTHER, date(2025, 7, 20), direction="up"),  # type: ignore[arg-type]
        )
    assert exc.value.field == "direction"


def test_future_dates_only_for_a_planned_meeting(
    svc: FollowUpService, case: int, today: date
) -> None:
    tomorrow = date(2026, 11, 23)
    for kind in (FollowUpKind.STATE_REPLY, FollowUpKind.OTHER, ASSESSMENT):
        with pytest.raises(DomainError, match="in the future") as exc:
            svc.add(case, FollowUpInput(kind, tomorrow))
        assert exc.value.field == "event_date"
    assert svc.add(case, FollowUpInput(FollowUpKind.MEETING, tomorrow)).event_date == tomorrow
    assert svc.add(case, FollowUpInput(FollowUpKind.STATE_REPLY, today)).event_date == today


def test_follow_up_cannot_precede_the_decision(
    svc: FollowUpService, session_factory: SessionFactory, case: int
) -> None:
    before = date(2024, 3, 14)
    for kind in (FollowUpKind.STATE_REPLY, FollowUpKind.MEETING, ASSESSMENT):
        with pytest.raises(DomainError, match="before the decision in case UZ-23") as exc:
            svc.add(case, FollowUpInput(kind, before))
        assert exc.value.field == "event_date"
    assert svc.add(case, FollowUpInput(FollowUpKind.OTHER, before)).event_date == before
    on_the_day = svc.add(case, FollowUpInput(FollowUpKind.NGO_SUBMISSION, date(2024, 3, 15)))
    assert on_the_day.event_date == date(2024, 3, 15)
    undecided, _ = make_case(session_factory, reference="PENDING-1", decision_date=None)
    assert svc.add(undecided, FollowUpInput(FollowUpKind.REMINDER, date(2001, 1, 1))).id


def test_update_applies_the_same_rules(svc: FollowUpService, case: int) -> None:
    event = svc.add(case, FollowUpInput(FollowUpKind.STATE_REPLY, date(2025, 1, 10)))
    with pytest.raises(DomainError, match="before the decision"):
        svc.update(
            event.id,
            FollowUpInput(FollowUpKind.STATE_REPLY, date(2020, 1, 1)),
            expected_version=event.version,
        )
    assert svc.get(event.id) == event


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (FollowUpInput(FollowUpKind.STATE_REPLY, date(2025, 1, 1), symbol="letter 12"), "symbol"),
        (
            FollowUpInput(FollowUpKind.STATE_REPLY, date(2025, 1, 1), symbol="CCPR/" + "C" * 70),
            "symbol",
        ),
        (
            FollowUpInput(FollowUpKind.STATE_REPLY, date(2025, 1, 1), summary="s" * 20_001),
            "summary",
        ),
        (
            FollowUpInput(FollowUpKind.STATE_REPLY, date(2025, 1, 1), decision="d" * 20_001),
            "decision",
        ),
        (FollowUpInput(FollowUpKind.STATE_REPLY, date(2025, 1, 1), session="1" * 33), "session"),
        (
            FollowUpInput(FollowUpKind.STATE_REPLY, date(2025, 1, 1), attachment_path="a" * 1025),
            "attachment_path",
        ),
        (FollowUpInput(FollowUpKind.STATE_REPLY, None), "event_date"),  # type: ignore[arg-type]
    ],
)
def test_field_validation(svc: FollowUpService, case: int, data: FollowUpInput, field: str) -> None:
    with pytest.raises(DomainError) as exc:
        svc.add(case, data)
    assert exc.value.field == field
    assert svc.events(case) == []


def test_longest_summary_is_kept(svc: FollowUpService, case: int) -> None:
    event = svc.add(
        case, FollowUpInput(FollowUpKind.STATE_REPLY, date(2025, 1, 1), summary="s" * 20_000)
    )
    assert len(event.summary) == 20_000


# ---------------------------------------------------------------- current grades


def test_current_grades_take_the_latest_assessment(
    svc: FollowUpService, remedies: RemedyService, session_factory: SessionFactory, case: int
) -> None:
    comp, inv = (
        remedies.add(case, RemedyInput(k, RemedyScope.INDIVIDUAL)).id
        for k in (RemedyKind.COMPENSATION, RemedyKind.INVESTIGATION)
    )
    law = remedies.add(case, RemedyInput(RemedyKind.LEGISLATIVE_CHANGE, RemedyScope.GENERAL)).id
    # Entered out of order: the newest by date wins, not the newest entry.
    svc.add(case, assessment(date(2025, 7, 20), (comp, Grade.B), (inv, Grade.C)))
    svc.add(case, assessment(date(2024, 11, 1), (comp, Grade.D), (law, Grade.E)))
    # Two assessments on the same day: the later entry wins.
    svc.add(case, assessment(date(2025, 7, 20), (inv, Grade.A)))
    svc.add(case, FollowUpInput(FollowUpKind.STATE_REPLY, date(2026, 1, 5)))

    other, _ = make_case(session_factory, reference="OTHER-2")
    foreign = remedies.add(other, RemedyInput(RemedyKind.RELEASE, RemedyScope.INDIVIDUAL)).id
    svc.add(other, assessment(date(2026, 1, 1), (foreign, Grade.A)))

    assert svc.current_grades(case) == {comp: Grade.B, inv: Grade.A, law: Grade.E}
    assert svc.current_grades(other) == {foreign: Grade.A}


def test_current_grades_empty(svc: FollowUpService, case: int) -> None:
    assert svc.current_grades(case) == {}


def test_deleting_a_remedy_removes_its_grades(
    svc: FollowUpService, remedies: RemedyService, case: int, rem: tuple[int, int]
) -> None:
    event = svc.add(case, assessment(date(2025, 7, 20), (rem[0], Grade.B), (rem[1], Grade.C)))
    remedies.delete(rem[0], expected_version=None)
    assert svc.get(event.id).grades == ((rem[1], Grade.C),)
    assert svc.current_grades(case) == {rem[1]: Grade.C}
