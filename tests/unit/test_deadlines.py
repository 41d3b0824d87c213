"""Deadlines: the pure date rules, then the service over a real migrated database.

The clock is fixed at 22 November 2026 (tests/conftest.py).
"""

from __future__ import annotations

import calendar
import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, event, func, select

from app.db import SessionFactory, session_scope
from app.errors import ConflictError, DomainError, NotFoundError
from app.services.deadlines import (
    DeadlinesService,
    add_period,
    classify,
    format_period,
    long_date,
    parse_key,
)
from app.services.dto import DeadlineInput
from app.vocab import (
    DeadlineRule,
    DeadlineState,
    FollowUpKind,
    Outcome,
    PeriodUnit,
    Stage,
)
from models import Case, Country, Deadline, FollowUpEvent, Review, TreatyBody

TODAY = date(2026, 11, 22)
_references = itertools.count(1)


# ---------------------------------------------------------------- helpers


@pytest.fixture
def svc(session_factory: SessionFactory, clock) -> DeadlinesService:
    return DeadlinesService(session_factory, clock=clock)


def make_case(sf: SessionFactory, body: str = "CCPR", **fields: Any) -> int:
    with session_scope(sf) as s:
        case = Case(
            reference=fields.pop("reference", f"TD-{next(_references):04d}"),
            title=fields.pop("title", "Twenty-three Uzbek nationals v. Kazakhstan"),
            body_id=s.scalar(select(TreatyBody.id).where(TreatyBody.code == body)),
            state_id=s.scalar(select(Country.id).where(Country.code == "KZ")),
            **fields,
        )
        s.add(case)
        s.flush()
        return case.id


def make_review(sf: SessionFactory, **fields: Any) -> int:
    with session_scope(sf) as s:
        review = Review(
            body_id=s.scalar(select(TreatyBody.id).where(TreatyBody.code == "CCPR")),
            state_id=s.scalar(select(Country.id).where(Country.code == "KZ")),
            cycle=fields.pop("cycle", "third periodic report"),
            **fields,
        )
        s.add(review)
        s.flush()
        return review.id


def add_event(sf: SessionFactory, case_id: int, kind: FollowUpKind, on: date) -> None:
    with session_scope(sf) as s:
        s.add(FollowUpEvent(case_id=case_id, kind=kind, event_date=on))


def set_body_rule(sf: SessionFactory, code: str, **values: Any) -> None:
    with session_scope(sf) as s:
        body = s.scalars(select(TreatyBody).where(TreatyBody.code == code)).one()
        for name, value in values.items():
            setattr(body, name, value)


def by_rule(deadlines: list, rule: DeadlineRule) -> list:
    return [d for d in deadlines if d.rule is rule]


def only(deadlines: list, rule: DeadlineRule):
    found = by_rule(deadlines, rule)
    assert len(found) == 1, found
    return found[0]


def deadline_rows(sf: SessionFactory) -> list[Deadline]:
    with session_scope(sf) as s:
        return list(s.scalars(select(Deadline).order_by(Deadline.id)))


def version_of(sf: SessionFactory, deadline_id: int) -> int:
    with session_scope(sf) as s:
        return s.get(Deadline, deadline_id).version


# ---------------------------------------------------------------- add_period


@pytest.mark.parametrize(
    ("start", "value", "unit", "expected"),
    [
        (date(2025, 1, 18), 5, PeriodUnit.YEARS, date(2030, 1, 18)),
        (date(2025, 8, 31), 6, PeriodUnit.MONTHS, date(2026, 2, 28)),
        (date(2023, 8, 31), 6, PeriodUnit.MONTHS, date(2024, 2, 29)),  # leap February
        (date(2026, 1, 31), 1, PeriodUnit.MONTHS, date(2026, 2, 28)),
        (date(2026, 3, 31), 6, PeriodUnit.MONTHS, date(2026, 9, 30)),
        (date(2024, 2, 29), 5, PeriodUnit.YEARS, date(2029, 2, 28)),
        (date(2024, 2, 29), 4, PeriodUnit.YEARS, date(2028, 2, 29)),
        (date(2024, 2, 29), 180, PeriodUnit.DAYS, date(2024, 8, 27)),
        (date(2026, 3, 15), 180, PeriodUnit.DAYS, date(2026, 9, 11)),
        (date(2026, 12, 20), 90, PeriodUnit.DAYS, date(2027, 3, 20)),
        (date(2026, 5, 1), 0, PeriodUnit.DAYS, date(2026, 5, 1)),
    ],
)
def test_add_period(start: date, value: int, unit: PeriodUnit, expected: date) -> None:
    assert add_period(start, value, unit) == expected


def test_add_period_accepts_the_stored_key_of_the_unit() -> None:
    assert add_period(date(2025, 8, 31), 6, "months") == date(2026, 2, 28)


def test_add_period_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_period(date(2026, 1, 1), -1, PeriodUnit.DAYS)
    with pytest.raises(ValueError, match="weeks"):
        add_period(date(2026, 1, 1), 2, "weeks")


@given(
    start=st.dates(min_value=date(1976, 1, 1), max_value=date(2100, 12, 31)),
    months=st.integers(min_value=0, max_value=240),
)
def test_add_months_keeps_the_day_or_clamps_to_the_month_end(start: date, months: int) -> None:
    result = add_period(start, months, PeriodUnit.MONTHS)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)


@given(
    start=st.dates(min_value=date(1976, 1, 1), max_value=date(2100, 12, 31)),
    days=st.integers(min_value=0, max_value=2000),
)
def test_add_days_is_plain_days(start: date, days: int) -> None:
    assert (add_period(start, days, PeriodUnit.DAYS) - start).days == days


# ---------------------------------------------------------------- classify


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (-400, DeadlineState.OVERDUE),
        (-1, DeadlineState.OVERDUE),
        (0, DeadlineState.DUE_SOON),  # due today is not yet overdue
        (1, DeadlineState.DUE_SOON),
        (30, DeadlineState.DUE_SOON),  # exactly 30 days away is still "soon"
        (31, DeadlineState.LATER),
        (365, DeadlineState.LATER),
    ],
)
def test_classify_boundaries(offset: int, expected: DeadlineState) -> None:
    assert classify(TODAY + timedelta(days=offset), TODAY, done=False) is expected


@pytest.mark.parametrize("offset", [-30, -1, 0, 30, 31])
def test_classify_done_wins_over_any_date(offset: int) -> None:
    assert classify(TODAY + timedelta(days=offset), TODAY, done=True) is DeadlineState.DONE


def test_period_and_date_wording() -> None:
    assert format_period(5, PeriodUnit.YEARS) == "5 years"
    assert format_period(1, PeriodUnit.YEARS) == "1 year"
    assert format_period(1, "months") == "1 month"
    assert format_period(180, PeriodUnit.DAYS) == "180 days"
    assert long_date(date(2025, 1, 18)) == "18 January 2025"
    assert long_date(date(2025, 7, 1)) == "1 July 2025"


# ---------------------------------------------------------------- keys


@pytest.mark.parametrize(
    ("key", "rule", "owner", "number"),
    [
        ("manual:7", DeadlineRule.MANUAL, "manual", 7),
        ("filing_limit:case:3", DeadlineRule.FILING_LIMIT, "case", 3),
        ("state_observations:case:12", DeadlineRule.STATE_OBSERVATIONS, "case", 12),
        ("followup_reply:case:1", DeadlineRule.FOLLOWUP_REPLY, "case", 1),
        ("review_followup:review:4", DeadlineRule.REVIEW_FOLLOWUP, "review", 4),
    ],
)
def test_parse_key(key: str, rule: DeadlineRule, owner: str, number: int) -> None:
    parsed = parse_key(key)
    assert (parsed.rule, parsed.owner, parsed.id) == (rule, owner, number)
    assert str(parsed) == key


@pytest.mark.parametrize(
    "key",
    [
        "",
        "nonsense",
        "manual",
        "manual:",
        "manual:abc",
        "manual:0",
        "manual:-3",
        "manual:case:3",
        "filing_limit:3",
        "filing_limit:review:3",
        "review_followup:case:3",
        "filing_limit:case:x",
        "filing_limit:case:3:4",
        "deadline:case:3",
    ],
)
def test_bad_keys_are_refused(svc: DeadlinesService, key: str) -> None:
    with pytest.raises(DomainError, match="is not a deadline key") as info:
        svc.mark_done(key)
    assert info.value.field == "key"


def test_keys_of_missing_records(svc: DeadlinesService) -> None:
    with pytest.raises(NotFoundError):
        svc.mark_done("manual:9999")
    with pytest.raises(NotFoundError):
        svc.mark_done("filing_limit:case:9999")
    with pytest.raises(NotFoundError):
        svc.mark_done("review_followup:review:9999")


def test_queries_on_missing_records(svc: DeadlinesService) -> None:
    with pytest.raises(NotFoundError, match="case no longer exists"):
        svc.for_case(9999)
    with pytest.raises(NotFoundError, match="review no longer exists"):
        svc.for_review(9999)


# ---------------------------------------------------------------- filing limit


def test_filing_limit_from_final_domestic_decision(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, final_domestic_decision_date=date(2025, 1, 18))
    deadlines = svc.for_case(case_id)
    d = only(deadlines, DeadlineRule.FILING_LIMIT)
    assert d.key == f"filing_limit:case:{case_id}"
    assert d.title == "Filing limit (5 years after final domestic decision)"
    assert d.basis == "final domestic decision 18 January 2025 + 5 years"
    assert d.due_date == date(2030, 1, 18)
    assert d.days_left == (date(2030, 1, 18) - TODAY).days
    assert d.state is DeadlineState.LATER
    assert (d.done, d.done_on) == (False, None)
    assert d.case_id == case_id
    assert d.case_reference is not None
    assert d.case_reference.startswith("TD-")
    assert (d.review_id, d.review_symbol) == (None, None)
    # Nothing else can be computed from this case's dates.
    assert [x.rule for x in deadlines] == [DeadlineRule.FILING_LIMIT]


def test_filing_limit_on_a_leap_day(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, final_domestic_decision_date=date(2024, 2, 29))
    d = only(svc.for_case(case_id), DeadlineRule.FILING_LIMIT)
    assert d.due_date == date(2029, 2, 28)


def test_filing_limit_done_by_submission(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(
        session_factory,
        final_domestic_decision_date=date(2025, 1, 18),
        submission_date=date(2025, 6, 3),
        stage=Stage.SUBMITTED,
    )
    d = only(svc.for_case(case_id), DeadlineRule.FILING_LIMIT)
    assert (d.done, d.done_on, d.state) == (True, date(2025, 6, 3), DeadlineState.DONE)


def test_body_without_filing_limit_has_no_filing_deadline(
    svc: DeadlinesService, session_factory
) -> None:
    case_id = make_case(session_factory, "CAT", final_domestic_decision_date=date(2025, 1, 18))
    assert svc.for_case(case_id) == []


def test_cerd_filing_limit_of_six_months_is_due_soon(
    svc: DeadlinesService, session_factory
) -> None:
    case_id = make_case(session_factory, "CERD", final_domestic_decision_date=date(2026, 5, 31))
    d = only(svc.for_case(case_id), DeadlineRule.FILING_LIMIT)
    assert d.title == "Filing limit (6 months after final domestic decision)"
    assert d.due_date == date(2026, 11, 30)
    assert (d.state, d.days_left) == (DeadlineState.DUE_SOON, 8)


def test_changing_the_body_rule_moves_the_deadline(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, final_domestic_decision_date=date(2025, 1, 18))
    set_body_rule(session_factory, "CCPR", filing_limit_value=3)
    d = only(svc.for_case(case_id), DeadlineRule.FILING_LIMIT)
    assert d.due_date == date(2028, 1, 18)
    assert d.basis == "final domestic decision 18 January 2025 + 3 years"

    set_body_rule(session_factory, "CCPR", filing_limit_value=18, filing_limit_unit="months")
    d = only(svc.for_case(case_id), DeadlineRule.FILING_LIMIT)
    assert d.due_date == date(2026, 7, 18)
    assert d.state is DeadlineState.OVERDUE
    assert d.title == "Filing limit (18 months after final domestic decision)"

    set_body_rule(session_factory, "CCPR", filing_limit_value=None, filing_limit_unit=None)
    assert by_rule(svc.for_case(case_id), DeadlineRule.FILING_LIMIT) == []


# ---------------------------------------------------------------- State observations


def test_state_observations_due_today_is_due_soon(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, transmittal_date=date(2026, 5, 22), stage=Stage.MERITS)
    d = only(svc.for_case(case_id), DeadlineRule.STATE_OBSERVATIONS)
    assert d.due_date == TODAY
    assert (d.state, d.days_left) == (DeadlineState.DUE_SOON, 0)
    assert d.title == "State party's observations due (6 months after transmittal)"
    assert d.basis == "transmittal to the State party 22 May 2026 + 6 months"


def test_state_observations_month_end_clamps(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, transmittal_date=date(2025, 8, 31))
    d = only(svc.for_case(case_id), DeadlineRule.STATE_OBSERVATIONS)
    assert d.due_date == date(2026, 2, 28)
    assert d.state is DeadlineState.OVERDUE


def test_state_observations_done_when_received(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(
        session_factory,
        transmittal_date=date(2025, 8, 31),
        state_observations_received_on=date(2026, 3, 2),
    )
    d = only(svc.for_case(case_id), DeadlineRule.STATE_OBSERVATIONS)
    assert (d.done, d.done_on, d.state) == (True, date(2026, 3, 2), DeadlineState.DONE)


def test_state_observations_done_once_decided(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(
        session_factory,
        transmittal_date=date(2024, 1, 10),
        decision_date=date(2025, 7, 1),
        outcome=Outcome.INADMISSIBLE,
        stage=Stage.DECIDED,
    )
    deadlines = svc.for_case(case_id)
    assert only(deadlines, DeadlineRule.STATE_OBSERVATIONS).done is True
    # No violation found: no follow-up reply is owed.
    assert by_rule(deadlines, DeadlineRule.FOLLOWUP_REPLY) == []


# ---------------------------------------------------------------- follow-up reply


def test_followup_reply_after_transmittal_of_views(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(
        session_factory,
        outcome=Outcome.VIOLATION,
        stage=Stage.FOLLOW_UP,
        decision_date=date(2026, 3, 1),
        decision_transmittal_date=date(2026, 3, 15),
    )
    d = only(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY)
    assert d.due_date == date(2026, 9, 11)
    assert d.state is DeadlineState.OVERDUE
    assert d.days_left == (date(2026, 9, 11) - TODAY).days
    assert d.title == (
        "State party's follow-up reply due (180 days after transmittal of the decision)"
    )
    assert d.basis == "transmittal of the decision 15 March 2026 + 180 days"


def test_followup_reply_from_decision_date_without_transmittal(
    svc: DeadlinesService, session_factory
) -> None:
    case_id = make_case(session_factory, outcome=Outcome.VIOLATION, decision_date=date(2026, 3, 1))
    d = only(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY)
    assert d.due_date == date(2026, 8, 28)
    assert d.basis == "the decision 1 March 2026 + 180 days"


def test_followup_reply_in_months_for_crc(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(
        session_factory, "CRC", outcome=Outcome.VIOLATION, decision_date=date(2026, 8, 31)
    )
    d = only(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY)
    assert d.due_date == date(2027, 2, 28)
    assert d.state is DeadlineState.LATER


@pytest.mark.parametrize("outcome", [Outcome.PENDING, Outcome.NO_VIOLATION, Outcome.DISCONTINUED])
def test_no_followup_reply_without_a_violation(
    svc: DeadlinesService, session_factory, outcome: Outcome
) -> None:
    case_id = make_case(session_factory, outcome=outcome, decision_date=date(2026, 3, 1))
    assert by_rule(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY) == []


def test_followup_reply_done_by_a_state_reply(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, outcome=Outcome.VIOLATION, decision_date=date(2026, 3, 1))
    # A reply from before the decision (to the communication) and author's comments do not count.
    add_event(session_factory, case_id, FollowUpKind.STATE_REPLY, date(2025, 12, 1))
    add_event(session_factory, case_id, FollowUpKind.AUTHOR_COMMENTS, date(2026, 4, 1))
    assert only(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY).done is False

    add_event(session_factory, case_id, FollowUpKind.STATE_REPLY, date(2026, 10, 5))
    add_event(session_factory, case_id, FollowUpKind.STATE_REPLY, date(2026, 9, 1))
    d = only(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY)
    assert (d.done, d.done_on, d.state) == (True, date(2026, 9, 1), DeadlineState.DONE)


def test_state_reply_on_the_decision_day_counts(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, outcome=Outcome.VIOLATION, decision_date=date(2026, 3, 1))
    add_event(session_factory, case_id, FollowUpKind.STATE_REPLY, date(2026, 3, 1))
    assert only(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY).done_on == date(2026, 3, 1)


def test_changing_the_followup_period_moves_the_deadline(
    svc: DeadlinesService, session_factory
) -> None:
    case_id = make_case(session_factory, outcome=Outcome.VIOLATION, decision_date=date(2026, 3, 1))
    set_body_rule(session_factory, "CCPR", followup_value=1, followup_unit=PeriodUnit.YEARS)
    d = only(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY)
    assert d.due_date == date(2027, 3, 1)
    set_body_rule(session_factory, "CCPR", followup_value=None, followup_unit=None)
    assert by_rule(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY) == []


# ---------------------------------------------------------------- reviews


def test_review_followup(svc: DeadlinesService, session_factory) -> None:
    review_id = make_review(
        session_factory, co_symbol="CCPR/C/KAZ/CO/3", followup_deadline=date(2028, 7, 18)
    )
    d = only(svc.for_review(review_id), DeadlineRule.REVIEW_FOLLOWUP)
    assert d.key == f"review_followup:review:{review_id}"
    assert d.title == "Follow-up information on concluding observations CCPR/C/KAZ/CO/3 due"
    assert d.due_date == date(2028, 7, 18)
    assert (d.review_id, d.review_symbol) == (review_id, "CCPR/C/KAZ/CO/3")
    assert (d.case_id, d.case_reference) == (None, None)
    assert d.state is DeadlineState.LATER


def test_review_without_symbol_or_date(svc: DeadlinesService, session_factory) -> None:
    no_date = make_review(session_factory, co_symbol="CCPR/C/KAZ/CO/2")
    assert svc.for_review(no_date) == []
    no_symbol = make_review(
        session_factory, cycle="fourth periodic report", followup_deadline=date(2026, 12, 1)
    )
    d = only(svc.for_review(no_symbol), DeadlineRule.REVIEW_FOLLOWUP)
    assert d.title == (
        "Follow-up information on the CCPR review of Kazakhstan (fourth periodic report) due"
    )
    assert d.review_symbol is None
    assert d.state is DeadlineState.DUE_SOON


# ---------------------------------------------------------------- closed cases


def test_closed_case_keeps_only_manual_deadlines(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(
        session_factory,
        stage=Stage.CLOSED,
        outcome=Outcome.VIOLATION,
        final_domestic_decision_date=date(2022, 1, 18),
        transmittal_date=date(2023, 1, 1),
        decision_date=date(2024, 3, 1),
    )
    manual = svc.add(DeadlineInput("Archive the file", date(2026, 12, 1), case_id=case_id))
    assert [d.key for d in svc.for_case(case_id)] == [manual.key]
    assert [d.key for d in svc.upcoming()] == [manual.key]
    assert svc.next_by_case()[case_id].key == manual.key
    with pytest.raises(DomainError, match="case is closed") as info:
        svc.mark_done(f"filing_limit:case:{case_id}")
    assert info.value.field == "key"


# ---------------------------------------------------------------- manual deadlines


def test_add_update_delete_manual_deadline(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, reference="UZB-23")
    d = svc.add(
        DeadlineInput(
            "  Author's comments on the State reply  ",
            date(2026, 12, 1),
            case_id=case_id,
            notes="ask the victims first",
        )
    )
    assert d.rule is DeadlineRule.MANUAL
    assert d.key.startswith("manual:")
    assert d.title == "Author's comments on the State reply"
    assert (d.case_id, d.case_reference) == (case_id, "UZB-23")
    assert (d.days_left, d.state) == (9, DeadlineState.DUE_SOON)
    assert d.notes == "ask the victims first"
    assert d.basis == "entered by hand"
    assert svc.for_case(case_id) == [d]

    deadline_id = parse_key(d.key).id
    assert d.version == version_of(session_factory, deadline_id)
    changed = svc.update(
        deadline_id,
        DeadlineInput("Author's comments", date(2027, 1, 15), case_id=case_id),
        expected_version=d.version,
    )
    assert changed.version == d.version + 1
    assert (changed.title, changed.due_date, changed.state) == (
        "Author's comments",
        date(2027, 1, 15),
        DeadlineState.LATER,
    )
    assert changed.notes == ""

    svc.delete(deadline_id, expected_version=version_of(session_factory, deadline_id))
    assert svc.for_case(case_id) == []
    assert deadline_rows(session_factory) == []


def test_manual_deadline_on_a_review_and_on_both(svc: DeadlinesService, session_factory) -> None:
    review_id = make_review(session_factory, co_symbol="CCPR/C/KAZ/CO/3")
    case_id = make_case(session_factory, reference="UZB-23")
    on_review = svc.add(DeadlineInput("Shadow report", date(2027, 5, 1), review_id=review_id))
    assert (on_review.review_id, on_review.review_symbol) == (review_id, "CCPR/C/KAZ/CO/3")
    assert on_review.case_id is None
    both = svc.add(DeadlineInput("Case note for the review", date(2027, 4, 1), case_id, review_id))
    assert (both.case_reference, both.review_symbol) == ("UZB-23", "CCPR/C/KAZ/CO/3")
    assert [d.key for d in svc.for_review(review_id)] == [both.key, on_review.key]
    assert [d.key for d in svc.for_case(case_id)] == [both.key]
    assert [d.key for d in svc.upcoming()] == [both.key, on_review.key]


def test_manual_deadline_can_be_moved_to_another_case(
    svc: DeadlinesService, session_factory
) -> None:
    first = make_case(session_factory)
    second = make_case(session_factory, reference="OTHER-1")
    d = svc.add(DeadlineInput("Call the lawyer", date(2026, 12, 1), case_id=first))
    moved = svc.update(
        parse_key(d.key).id,
        DeadlineInput("Call the lawyer", date(2026, 12, 1), case_id=second),
        expected_version=None,
    )
    assert (moved.case_id, moved.case_reference) == (second, "OTHER-1")
    assert svc.for_case(first) == []


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (DeadlineInput("", date(2026, 12, 1), case_id=-1), "title", "title is required"),
        (DeadlineInput("   ", date(2026, 12, 1), case_id=-1), "title", "title is required"),
        (DeadlineInput("x" * 256, date(2026, 12, 1), case_id=-1), "title", "too long"),
        (DeadlineInput("Letter", None, case_id=-1), "due_date", "due date is required"),  # type: ignore[arg-type]
        (DeadlineInput("Letter", date(202, 12, 1), case_id=-1), "due_date", "not plausible"),
        (DeadlineInput("Letter", date(2206, 12, 1), case_id=-1), "due_date", "not plausible"),
        (
            DeadlineInput("Letter", date(2026, 12, 1), case_id=-1, notes="n" * 10_001),
            "notes",
            "too long",
        ),
        (DeadlineInput("Letter", date(2026, 12, 1)), "case_id", "Choose the case or the review"),
        (DeadlineInput("Letter", date(2026, 12, 1), case_id=9999), "case_id", "no longer exists"),
        (
            DeadlineInput("Letter", date(2026, 12, 1), review_id=9999),
            "review_id",
            "no longer exists",
        ),
    ],
)
def test_add_validation(
    svc: DeadlinesService, session_factory, data: DeadlineInput, field: str, message: str
) -> None:
    case_id = make_case(session_factory)
    if data.case_id == -1:  # placeholder for "a valid case"
        data = DeadlineInput(data.title, data.due_date, case_id, data.review_id, data.notes)
    with pytest.raises(DomainError, match=message) as info:
        svc.add(data)
    assert info.value.field == field
    assert deadline_rows(session_factory) == []


def test_update_validates_too(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory)
    d = svc.add(DeadlineInput("Letter", date(2026, 12, 1), case_id=case_id))
    with pytest.raises(DomainError) as info:
        svc.update(
            parse_key(d.key).id,
            DeadlineInput("", date(2026, 12, 1), case_id),
            expected_version=None,
        )
    assert info.value.field == "title"
    assert svc.for_case(case_id) == [d]


def test_update_and_delete_missing_deadline(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory)
    with pytest.raises(NotFoundError):
        svc.update(9999, DeadlineInput("x", date(2026, 12, 1), case_id), expected_version=None)
    with pytest.raises(NotFoundError):
        svc.delete(9999, expected_version=None)


# ---------------------------------------------------------------- optimistic locking


def test_update_and_delete_refuse_a_stale_version(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory)
    d = svc.add(DeadlineInput("Letter", date(2026, 12, 1), case_id=case_id))
    deadline_id = parse_key(d.key).id
    loaded = version_of(session_factory, deadline_id)
    svc.update(
        deadline_id, DeadlineInput("Letter v2", date(2026, 12, 2), case_id), expected_version=loaded
    )

    with pytest.raises(ConflictError, match="changed elsewhere") as info:
        svc.update(
            deadline_id,
            DeadlineInput("Letter v3", date(2026, 12, 3), case_id),
            expected_version=loaded,
        )
    assert info.value.current_version == loaded + 1
    with pytest.raises(ConflictError):
        svc.delete(deadline_id, expected_version=loaded)
    assert only(svc.for_case(case_id), DeadlineRule.MANUAL).title == "Letter v2"


def test_two_windows_editing_the_same_deadline(session_factory, clock) -> None:
    first = DeadlinesService(session_factory, clock=clock)
    second = DeadlinesService(session_factory, clock=clock)
    case_id = make_case(session_factory)
    d = first.add(DeadlineInput("Letter", date(2026, 12, 1), case_id=case_id))
    deadline_id = parse_key(d.key).id
    opened = version_of(session_factory, deadline_id)  # both windows open the same version
    first.update(deadline_id, DeadlineInput("Mine", d.due_date, case_id), expected_version=opened)
    with pytest.raises(ConflictError):
        second.update(
            deadline_id, DeadlineInput("Theirs", d.due_date, case_id), expected_version=opened
        )
    assert only(second.for_case(case_id), DeadlineRule.MANUAL).title == "Mine"


def test_two_sessions_writing_the_same_row_conflict(svc: DeadlinesService, session_factory) -> None:
    """A row loaded in one session and saved after another session changed it is refused."""
    case_id = make_case(session_factory)
    d = svc.add(DeadlineInput("Letter", date(2026, 12, 1), case_id=case_id))
    deadline_id = parse_key(d.key).id
    with session_scope(session_factory) as s:
        stale = s.get(Deadline, deadline_id)  # detached after the scope, version 1
    svc.mark_done(d.key)  # another session moves the row to version 2
    stale.title = "Overwritten?"
    with pytest.raises(ConflictError), svc._uow("deadline") as s:
        s.add(stale)
    assert only(svc.for_case(case_id), DeadlineRule.MANUAL).title == "Letter"


# ---------------------------------------------------------------- mark done


def test_mark_rule_deadline_done_and_undone(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, final_domestic_decision_date=date(2025, 1, 18))
    key = f"filing_limit:case:{case_id}"

    done = svc.mark_done(key, on=date(2026, 11, 20))
    assert (done.done, done.done_on, done.state) == (True, date(2026, 11, 20), DeadlineState.DONE)
    assert done.due_date == date(2030, 1, 18)
    [marker] = deadline_rows(session_factory)
    assert (marker.rule, marker.case_id, marker.review_id) == (
        DeadlineRule.FILING_LIMIT,
        case_id,
        None,
    )
    assert (marker.title, marker.due_date, marker.done) == (done.title, date(2030, 1, 18), True)
    # The done-mark is not a manual deadline: it does not appear twice.
    assert [d.key for d in svc.for_case(case_id)] == [key]
    assert svc.upcoming() == []
    assert svc.upcoming(include_done=True) == [done]

    # Marking again only moves the date; still one row.
    again = svc.mark_done(key)
    assert again.done_on == TODAY
    assert len(deadline_rows(session_factory)) == 1

    undone = svc.mark_done(key, done=False)
    assert (undone.done, undone.done_on, undone.state) == (False, None, DeadlineState.LATER)
    assert deadline_rows(session_factory) == []
    # Undoing what is not done is harmless.
    assert svc.mark_done(key, done=False) == undone


def test_done_mark_survives_a_change_of_rule(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, final_domestic_decision_date=date(2025, 1, 18))
    svc.mark_done(f"filing_limit:case:{case_id}")
    set_body_rule(session_factory, "CCPR", filing_limit_value=3)
    d = only(svc.for_case(case_id), DeadlineRule.FILING_LIMIT)
    assert (d.due_date, d.done) == (date(2028, 1, 18), True)


def test_mark_review_followup_done(svc: DeadlinesService, session_factory) -> None:
    review_id = make_review(
        session_factory, co_symbol="CCPR/C/KAZ/CO/3", followup_deadline=date(2026, 11, 1)
    )
    key = f"review_followup:review:{review_id}"
    assert svc.for_review(review_id)[0].state is DeadlineState.OVERDUE
    d = svc.mark_done(key, on=date(2026, 10, 30))
    assert (d.done, d.done_on) == (True, date(2026, 10, 30))
    [marker] = deadline_rows(session_factory)
    assert (marker.rule, marker.case_id, marker.review_id) == (
        DeadlineRule.REVIEW_FOLLOWUP,
        None,
        review_id,
    )
    assert svc.mark_done(key, done=False).state is DeadlineState.OVERDUE
    assert deadline_rows(session_factory) == []


def test_mark_manual_deadline_done_and_undone(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory)
    d = svc.add(DeadlineInput("Letter", date(2026, 11, 1), case_id=case_id))
    assert d.state is DeadlineState.OVERDUE
    done = svc.mark_done(d.key, on=date(2026, 11, 2))
    assert (done.done, done.done_on, done.state) == (True, date(2026, 11, 2), DeadlineState.DONE)
    assert svc.for_case(case_id) == [done]
    undone = svc.mark_done(d.key, done=False)
    assert (undone.done, undone.done_on, undone.state) == (False, None, DeadlineState.OVERDUE)
    [row] = deadline_rows(session_factory)
    assert (row.done, row.done_on) == (False, None)


@pytest.mark.parametrize(
    ("on", "message"),
    [(TODAY + timedelta(days=1), "in the future"), (date(202, 11, 1), "not plausible")],
)
def test_mark_done_on_an_impossible_date_is_refused(
    svc: DeadlinesService, session_factory, on: date, message: str
) -> None:
    case_id = make_case(session_factory, final_domestic_decision_date=date(2025, 1, 18))
    d = svc.add(DeadlineInput("Letter", date(2026, 12, 1), case_id=case_id))
    for key in (d.key, f"filing_limit:case:{case_id}"):
        with pytest.raises(DomainError, match=message) as info:
            svc.mark_done(key, on=on)
        assert info.value.field == "done_on"
    assert not any(x.done for x in svc.for_case(case_id))
    assert len(deadline_rows(session_factory)) == 1


def test_rule_done_by_the_record_cannot_be_reopened_here(
    svc: DeadlinesService, session_factory
) -> None:
    case_id = make_case(
        session_factory,
        final_domestic_decision_date=date(2025, 1, 18),
        submission_date=date(2025, 6, 3),
    )
    key = f"filing_limit:case:{case_id}"
    # Marking done what the record already shows as done changes nothing.
    d = svc.mark_done(key, on=date(2026, 1, 1))
    assert d.done_on == date(2025, 6, 3)
    assert deadline_rows(session_factory) == []
    with pytest.raises(DomainError, match="submission date") as info:
        svc.mark_done(key, done=False)
    assert info.value.field == "key"


def test_followup_reply_done_by_reply_cannot_be_reopened(
    svc: DeadlinesService, session_factory
) -> None:
    case_id = make_case(session_factory, outcome=Outcome.VIOLATION, decision_date=date(2026, 3, 1))
    key = f"followup_reply:case:{case_id}"
    svc.mark_done(key, on=date(2026, 8, 1))
    assert len(deadline_rows(session_factory)) == 1
    add_event(session_factory, case_id, FollowUpKind.STATE_REPLY, date(2026, 9, 1))
    # The reply recorded in the follow-up is the better evidence of the date.
    assert only(svc.for_case(case_id), DeadlineRule.FOLLOWUP_REPLY).done_on == date(2026, 9, 1)
    with pytest.raises(DomainError, match="reply of the State party"):
        svc.mark_done(key, done=False)
    assert len(deadline_rows(session_factory)) == 1  # the refused change was rolled back


def test_mark_done_for_a_rule_the_case_does_not_have(
    svc: DeadlinesService, session_factory
) -> None:
    case_id = make_case(session_factory, "CAT", final_domestic_decision_date=date(2025, 1, 18))
    with pytest.raises(DomainError, match="no “filing limit” deadline") as info:
        svc.mark_done(f"filing_limit:case:{case_id}")
    assert info.value.field == "key"
    review_id = make_review(session_factory)
    with pytest.raises(DomainError, match="no follow-up deadline"):
        svc.mark_done(f"review_followup:review:{review_id}")
    assert deadline_rows(session_factory) == []


def test_done_marks_are_not_manual_deadlines(svc: DeadlinesService, session_factory) -> None:
    case_id = make_case(session_factory, final_domestic_decision_date=date(2025, 1, 18))
    svc.mark_done(f"filing_limit:case:{case_id}")
    [marker] = deadline_rows(session_factory)
    with pytest.raises(DomainError, match="computed from the treaty body's rules"):
        svc.mark_done(f"manual:{marker.id}")
    with pytest.raises(DomainError, match="computed from the treaty body's rules"):
        svc.update(marker.id, DeadlineInput("x", date(2026, 12, 1), case_id), expected_version=None)
    with pytest.raises(DomainError, match="computed from the treaty body's rules"):
        svc.delete(marker.id, expected_version=None)
    assert len(deadline_rows(session_factory)) == 1


# ---------------------------------------------------------------- upcoming and next


@pytest.fixture
def portfolio(session_factory) -> dict[str, int]:
    """Cases and a review whose deadlines fall at known distances from today."""
    ids = {
        "overdue": make_case(  # follow-up reply due 11 September 2026
            session_factory,
            reference="A-OVERDUE",
            outcome=Outcome.VIOLATION,
            decision_date=date(2026, 3, 1),
            decision_transmittal_date=date(2026, 3, 15),
        ),
        "soon": make_case(  # filing limit due 30 November 2026 (CERD, 6 months)
            session_factory,
            "CERD",
            reference="B-SOON",
            final_domestic_decision_date=date(2026, 5, 31),
        ),
        "edge": make_case(  # observations due 22 December 2026: exactly 30 days away
            session_factory, reference="C-EDGE", transmittal_date=date(2026, 6, 22)
        ),
        "later": make_case(  # filing limit 18 January 2030, observations 23 December 2026
            session_factory,
            reference="D-LATER",
            final_domestic_decision_date=date(2025, 1, 18),
            transmittal_date=date(2026, 6, 23),
        ),
        "done": make_case(
            session_factory,
            reference="E-DONE",
            final_domestic_decision_date=date(2025, 1, 18),
            submission_date=date(2025, 3, 1),
        ),
        "nothing": make_case(session_factory, reference="F-NOTHING"),
    }
    ids["review"] = make_review(
        session_factory, co_symbol="CCPR/C/KAZ/CO/3", followup_deadline=date(2028, 7, 18)
    )
    return ids


def test_upcoming_sorted_by_due_date(svc: DeadlinesService, portfolio) -> None:
    found = svc.upcoming()
    assert [(d.case_reference or d.review_symbol, d.due_date) for d in found] == [
        ("A-OVERDUE", date(2026, 9, 11)),
        ("B-SOON", date(2026, 11, 30)),
        ("C-EDGE", date(2026, 12, 22)),
        ("D-LATER", date(2026, 12, 23)),
        ("CCPR/C/KAZ/CO/3", date(2028, 7, 18)),
        ("D-LATER", date(2030, 1, 18)),
    ]
    assert [d.state for d in found] == [
        DeadlineState.OVERDUE,
        DeadlineState.DUE_SOON,
        DeadlineState.DUE_SOON,
        DeadlineState.LATER,
        DeadlineState.LATER,
        DeadlineState.LATER,
    ]


def test_upcoming_within_days(svc: DeadlinesService, portfolio) -> None:
    assert [d.case_reference for d in svc.upcoming(within_days=30)] == [
        "A-OVERDUE",
        "B-SOON",
        "C-EDGE",
    ]
    assert [d.case_reference for d in svc.upcoming(within_days=0)] == ["A-OVERDUE"]
    assert [d.case_reference for d in svc.upcoming(within_days=8)] == ["A-OVERDUE", "B-SOON"]
    assert len(svc.upcoming(within_days=365 * 10)) == 6


def test_upcoming_include_done(svc: DeadlinesService, portfolio) -> None:
    with_done = svc.upcoming(include_done=True)
    assert len(with_done) == 7
    [done] = [d for d in with_done if d.done]
    assert (done.case_reference, done.done_on) == ("E-DONE", date(2025, 3, 1))
    # Done deadlines respect the window too: E-DONE's limit was due in 2030.
    assert [d.case_reference for d in svc.upcoming(within_days=30, include_done=True)] == [
        "A-OVERDUE",
        "B-SOON",
        "C-EDGE",
    ]


@pytest.mark.parametrize("within_days", [-1, True, 2.5])
def test_upcoming_refuses_a_bad_window(svc: DeadlinesService, within_days: Any) -> None:
    with pytest.raises(DomainError, match="whole number") as info:
        svc.upcoming(within_days=within_days)
    assert info.value.field == "within_days"


def test_next_by_case(svc: DeadlinesService, session_factory, portfolio) -> None:
    manual = svc.add(DeadlineInput("Urgent call", date(2026, 12, 10), case_id=portfolio["later"]))
    nearest = svc.next_by_case()
    assert set(nearest) == {
        portfolio["overdue"],
        portfolio["soon"],
        portfolio["edge"],
        portfolio["later"],
    }
    assert nearest[portfolio["overdue"]].rule is DeadlineRule.FOLLOWUP_REPLY
    assert nearest[portfolio["edge"]].due_date == date(2026, 12, 22)
    assert nearest[portfolio["later"]].key == manual.key

    svc.mark_done(manual.key)
    nearest = svc.next_by_case()
    assert nearest[portfolio["later"]].rule is DeadlineRule.STATE_OBSERVATIONS
    svc.mark_done(f"state_observations:case:{portfolio['later']}")
    assert svc.next_by_case()[portfolio["later"]].rule is DeadlineRule.FILING_LIMIT


# ---------------------------------------------------------------- efficiency


@pytest.fixture
def statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    yield seen
    event.remove(engine, "before_cursor_execute", count)


def _many_cases(sf: SessionFactory, n: int) -> None:
    for i in range(n):
        case_id = make_case(
            sf,
            final_domestic_decision_date=date(2025, 1, 18),
            transmittal_date=date(2026, 1, 1),
            outcome=Outcome.VIOLATION,
            decision_date=date(2026, 3, 1) + timedelta(days=i),
        )
        add_event(sf, case_id, FollowUpKind.STATE_REPLY, date(2026, 10, 1))
        with session_scope(sf) as s:
            s.add(Deadline(case_id=case_id, title="Call", due_date=date(2027, 1, 1)))


def test_constant_number_of_queries(
    svc: DeadlinesService, session_factory, statements: list[str]
) -> None:
    make_review(session_factory, co_symbol="CCPR/C/KAZ/CO/3", followup_deadline=date(2028, 7, 18))
    _many_cases(session_factory, 3)
    statements.clear()
    small = len(svc.upcoming())
    few = len(statements)
    svc.next_by_case()
    few_next = len(statements) - few

    _many_cases(session_factory, 25)
    statements.clear()
    assert len(svc.upcoming()) > small
    assert len(statements) == few
    svc.next_by_case()
    assert len(statements) - few == few_next
    assert few <= 4
    assert few_next <= 3  # next_by_case does not even read the reviews


def test_all_case_rules_use_body_rules_loaded_with_the_cases(
    svc: DeadlinesService, session_factory
) -> None:
    """Every body's seeded rules give a date; the cases list sees one deadline per case."""
    with session_scope(session_factory) as s:
        codes = list(s.scalars(select(TreatyBody.code).order_by(TreatyBody.code)))
        bodies_with_filing = s.scalar(
            select(func.count()).where(TreatyBody.filing_limit_value.is_not(None))
        )
    ids = [
        make_case(session_factory, code, final_domestic_decision_date=date(2026, 11, 1))
        for code in codes
    ]
    nearest = svc.next_by_case()
    assert len(nearest) == bodies_with_filing == 4  # CCPR, CERD, CRC, CESCR
    assert all(case_id in ids for case_id in nearest)


def test_next_by_case_agrees_with_upcoming(svc: DeadlinesService, session_factory) -> None:
    """The cases list (next_by_case, pre-filtered in SQL) shows what the dashboard shows."""
    make_case(  # everything settled: submitted, observations received, no violation
        session_factory,
        final_domestic_decision_date=date(2020, 1, 1),
        submission_date=date(2020, 5, 1),
        transmittal_date=date(2021, 1, 1),
        state_observations_received_on=date(2021, 6, 1),
        decision_date=date(2023, 1, 1),
        outcome=Outcome.NO_VIOLATION,
    )
    replied = make_case(
        session_factory,
        outcome=Outcome.VIOLATION,
        decision_date=date(2026, 3, 1),
        final_domestic_decision_date=date(2019, 1, 1),
        submission_date=date(2019, 2, 1),
    )
    add_event(session_factory, replied, FollowUpKind.STATE_REPLY, date(2026, 8, 1))
    marked = make_case(session_factory, final_domestic_decision_date=date(2025, 1, 18))
    svc.mark_done(f"filing_limit:case:{marked}")
    closed = make_case(
        session_factory, stage=Stage.CLOSED, final_domestic_decision_date=date(2025, 1, 18)
    )
    done_manual = svc.add(DeadlineInput("Sent", date(2026, 10, 1), case_id=closed))
    svc.mark_done(done_manual.key)
    open_closed = make_case(session_factory, stage=Stage.CLOSED)
    svc.add(DeadlineInput("Return the originals", date(2027, 2, 1), case_id=open_closed))
    tie = make_case(session_factory, reference="TIE", transmittal_date=date(2026, 6, 22))
    svc.add(DeadlineInput("Another thing", date(2026, 12, 22), case_id=tie))
    svc.add(DeadlineInput("Review only", date(2026, 12, 1), review_id=make_review(session_factory)))

    expected: dict[int, object] = {}
    for d in svc.upcoming():
        if d.case_id is not None:
            expected.setdefault(d.case_id, d)
    nearest = svc.next_by_case()
    assert nearest == expected
    assert set(nearest) == {open_closed, tie}
    # Two deadlines of a case on the same day: the same one wins in both lists.
    assert nearest[tie].title == "Another thing"


def test_next_by_case_for_a_page_of_the_list(
    svc: DeadlinesService, portfolio, monkeypatch: pytest.MonkeyPatch, statements: list[str]
) -> None:
    everything = svc.next_by_case()
    page = [portfolio["soon"], portfolio["later"], portfolio["nothing"], portfolio["done"]]
    statements.clear()
    paged = svc.next_by_case(page)
    assert len(statements) <= 3
    assert paged == {
        portfolio["soon"]: everything[portfolio["soon"]],
        portfolio["later"]: everything[portfolio["later"]],
    }
    assert svc.next_by_case([]) == {}
    # A very long list of ids is served from the whole computation, with the same answer.
    monkeypatch.setattr("app.services.deadlines.MAX_IN_LIST", 1)
    assert svc.next_by_case(iter(page)) == paged
