"""Deadlines: computed from the record and the treaty body's rules, or entered by hand.

Rule deadlines are never stored: each is recomputed from the case (or review) and the
body's editable periods, so that correcting a date or a rule moves the deadline at once.
A `models.Deadline` row exists for a rule deadline only as its done-mark (the user's
"this is dealt with"); manual deadlines are ordinary rows.

Every query runs a constant number of SQL statements whatever the number of cases:
cases joined with their body (columns only), the earliest State reply per case, the
deadline rows and the reviews. `next_by_case()` feeds the cases list over 50,000 cases.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from typing import Any, NamedTuple

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.errors import DomainError, NotFoundError
from app.services.base import (
    Service,
    check_version,
    get_or_raise,
    long_date,
    optional_text,
    require_text,
)
from app.services.dto import DeadlineDTO, DeadlineInput
from app.vocab import DeadlineRule, DeadlineState, FollowUpKind, Outcome, PeriodUnit, Stage
from models import Case, Country, Deadline, FollowUpEvent, Review, TreatyBody

DUE_SOON_DAYS = 30
"""A deadline this many days away or fewer (and not past) is "due soon"."""

NOTES_MAX = 10_000
MAX_IN_LIST = 2_000
EARLIEST_PLAUSIBLE_YEAR = 1950
PLAUSIBLE_YEARS_AHEAD = 50

# How a case's rule deadline is named in messages.
RULE_NAMES = {
    DeadlineRule.FILING_LIMIT: "filing limit",
    DeadlineRule.STATE_OBSERVATIONS: "State party's observations",
    DeadlineRule.FOLLOWUP_REPLY: "State party's follow-up reply",
}

KEY_HELP = (
    "expected manual:<number>, filing_limit:case:<number>, state_observations:case:<number>, "
    "followup_reply:case:<number> or review_followup:review:<number>"
)

# Why a rule deadline counts as done without the user marking it, and how to reopen it.
AUTO_DONE_REASON = {
    DeadlineRule.FILING_LIMIT: (
        "the communication's submission date is recorded in the case; "
        "clear that date to reopen the filing limit"
    ),
    DeadlineRule.STATE_OBSERVATIONS: (
        "the case records the State party's observations as received, or a decision date; "
        "correct those dates in the case to reopen it"
    ),
    DeadlineRule.FOLLOWUP_REPLY: (
        "a reply of the State party dated on or after the decision is recorded in the "
        "follow-up; remove or re-date that event to reopen it"
    ),
}


# ---------------------------------------------------------------- pure functions


def add_period(start: date, value: int, unit: PeriodUnit | str) -> date:
    """`start` plus `value` days, months or years.

    Months and years keep the day of the month and clamp to the month's end
    (31 August + 6 months = 28 or 29 February; 29 February 2024 + 5 years =
    28 February 2029); days are plain calendar days.
    """
    if value < 0:
        raise ValueError(f"a period cannot be negative: {value}")
    return _shift(start, value, PeriodUnit(unit))


@lru_cache(maxsize=1 << 16)
def _shift(start: date, value: int, unit: PeriodUnit) -> date:
    # Cached: over 50,000 cases the same dates and periods recur, and relativedelta is slow.
    if unit is PeriodUnit.DAYS:
        return start + timedelta(days=value)
    if unit is PeriodUnit.MONTHS:
        return start + relativedelta(months=value)
    return start + relativedelta(years=value)


def classify(due: date, today: date, done: bool) -> DeadlineState:
    """Done; overdue (past); due soon (today up to 30 days ahead, inclusive); or later."""
    if done:
        return DeadlineState.DONE
    if due < today:
        return DeadlineState.OVERDUE
    if due <= today + timedelta(days=DUE_SOON_DAYS):
        return DeadlineState.DUE_SOON
    return DeadlineState.LATER


@lru_cache(maxsize=256)
def format_period(value: int, unit: PeriodUnit | str) -> str:
    """The period in words: "5 years", "1 year", "6 months", "180 days"."""
    word = PeriodUnit(unit).value
    return f"{value} {word[:-1] if value == 1 else word}"


@lru_cache(maxsize=1 << 14)
@dataclass(frozen=True)
class DeadlineKey:
    """A parsed deadline key: the rule and the id of the deadline row, case or review."""

    rule: DeadlineRule
    owner: str  # "manual" (a deadline row), "case" or "review"
    id: int

    def __str__(self) -> str:
        if self.owner == "manual":
            return f"manual:{self.id}"
        return f"{self.rule.value}:{self.owner}:{self.id}"


def parse_key(key: str) -> DeadlineKey:
    """Parse "manual:<id>", "<rule>:case:<id>" or "review_followup:review:<id>"."""
    parts = (key or "").strip().split(":")
    try:
        rule = DeadlineRule(parts[0])
        if rule is DeadlineRule.MANUAL:
            if len(parts) != 2:
                raise ValueError(key)
            owner, raw_id = "manual", parts[1]
        else:
            if len(parts) != 3:
                raise ValueError(key)
            owner, raw_id = parts[1], parts[2]
            expected = "review" if rule is DeadlineRule.REVIEW_FOLLOWUP else "case"
            if owner != expected:
                raise ValueError(key)
        if not raw_id.isdigit() or int(raw_id) <= 0:
            raise ValueError(key)
    except ValueError:
        raise DomainError(f"“{key}” is not a deadline key ({KEY_HELP}).", field="key") from None
    return DeadlineKey(rule, owner, int(raw_id))


def case_key(rule: DeadlineRule, case_id: int) -> str:
    return f"{rule.value}:case:{case_id}"


def review_key(review_id: int) -> str:
    return f"{DeadlineRule.REVIEW_FOLLOWUP.value}:review:{review_id}"


def manual_key(deadline_id: int) -> str:
    return f"manual:{deadline_id}"


# ---------------------------------------------------------------- queries (columns only)


def _case_select() -> Select[Any]:
    """Cases with the rules of their body, one row each, no ORM objects (cheap at 50,000).

    _case_dues() unpacks these columns by position: keep the two in step.
    """
    return select(
        Case.id,
        Case.reference,
        Case.stage,
        Case.outcome,
        Case.final_domestic_decision_date,
        Case.submission_date,
        Case.transmittal_date,
        Case.state_observations_received_on,
        Case.decision_date,
        Case.decision_transmittal_date,
        TreatyBody.followup_value,
        TreatyBody.followup_unit,
        TreatyBody.filing_limit_value,
        TreatyBody.filing_limit_unit,
        TreatyBody.observations_value,
        TreatyBody.observations_unit,
    ).join(TreatyBody, TreatyBody.id == Case.body_id)


def _review_select() -> Select[Any]:
    return (
        select(
            Review.id,
            Review.co_symbol,
            Review.cycle,
            Review.followup_deadline,
            TreatyBody.code.label("body_code"),
            Country.name.label("state_name"),
        )
        .join(TreatyBody, TreatyBody.id == Review.body_id)
        .join(Country, Country.id == Review.state_id)
    )


def _deadline_select() -> Select[Any]:
    return select(
        Deadline.id,
        Deadline.case_id,
        Deadline.review_id,
        Deadline.rule,
        Deadline.title,
        Deadline.due_date,
        Deadline.done,
        Deadline.done_on,
        Deadline.notes,
        Deadline.version,
    )


def _first_reply_select() -> Select[Any]:
    """Per decided case, the earliest State reply dated on or after the decision."""
    decided_on = func.coalesce(Case.decision_date, Case.decision_transmittal_date)
    return (
        select(FollowUpEvent.case_id, func.min(FollowUpEvent.event_date))
        .join(Case, Case.id == FollowUpEvent.case_id)
        .where(
            FollowUpEvent.kind == FollowUpKind.STATE_REPLY,
            Case.outcome == Outcome.VIOLATION,
            FollowUpEvent.event_date >= decided_on,
        )
        .group_by(FollowUpEvent.case_id)
    )


def _may_be_open() -> ColumnElement[bool]:
    """SQL pre-filter for next_by_case(): cases that may have a deadline not yet done.

    A coarse superset of what _case_dues() finds open (done-marks and State replies are
    left to Python); it keeps the cases list from wording deadlines of long-settled cases.
    """
    filing = and_(
        Case.final_domestic_decision_date.is_not(None),
        Case.submission_date.is_(None),
        TreatyBody.filing_limit_value.is_not(None),
        TreatyBody.filing_limit_unit.is_not(None),
    )
    observations = and_(
        Case.transmittal_date.is_not(None),
        Case.state_observations_received_on.is_(None),
        Case.decision_date.is_(None),
        TreatyBody.observations_value.is_not(None),
        TreatyBody.observations_unit.is_not(None),
    )
    followup = and_(
        Case.outcome == Outcome.VIOLATION,
        or_(Case.decision_transmittal_date.is_not(None), Case.decision_date.is_not(None)),
        TreatyBody.followup_value.is_not(None),
        TreatyBody.followup_unit.is_not(None),
    )
    open_manual = Case.id.in_(
        select(Deadline.case_id).where(
            Deadline.rule == DeadlineRule.MANUAL, Deadline.done.is_(False)
        )
    )
    return or_(and_(Case.stage != Stage.CLOSED, or_(filing, observations, followup)), open_manual)


def _period(value: int | None, unit: PeriodUnit | None) -> tuple[int, PeriodUnit] | None:
    """A body's rule, or None when the body has none (or an unusable one)."""
    if value is None or unit is None or value < 0:
        return None
    return value, unit


# ---------------------------------------------------------------- computing


class _Due(NamedTuple):
    """A rule deadline's date and done state before it is worded (cheap enough for 50,000)."""

    rule: DeadlineRule
    owner_id: int  # the case, or the review for review_followup
    due: date
    done: bool
    done_on: date | None
    notes: str


@dataclass
class _Context:
    """What one computation needs, loaded with a constant number of queries."""

    today: date
    marks: dict[tuple[DeadlineRule, int], Row[Any]]  # done-marks by (rule, case or review id)
    replies: dict[int, date]  # case id -> first State reply after the decision
    cases: dict[int, Row[Any]]  # every case referred to (for references)
    reviews: dict[int, Row[Any]]  # every review referred to
    rule_cases: Sequence[Row[Any]]  # the cases whose rule deadlines are wanted
    rule_reviews: Sequence[Row[Any]]
    manual: list[Row[Any]]

    def resolve(
        self, rule: DeadlineRule, owner_id: int, due: date, auto_done: bool, auto_on: date | None
    ) -> _Due:
        """Done by the record itself, else by the user's done-mark, else open."""
        mark = self.marks.get((rule, owner_id))
        if mark is None:
            return _Due(rule, owner_id, due, auto_done, auto_on, "")
        if not auto_done and mark.done:
            return _Due(rule, owner_id, due, True, mark.done_on, mark.notes)
        return _Due(rule, owner_id, due, auto_done, auto_on, mark.notes)


def _case_dues(ctx: _Context, c: Row[Any]) -> list[_Due]:
    """The rule deadlines of one case (none once the case is closed)."""
    # Unpacked in _case_select()'s column order: ten times faster than attribute access,
    # which matters over 50,000 cases.
    (
        case_id,
        _reference,
        stage,
        outcome,
        final_decision,
        submitted,
        transmitted,
        observations_received,
        decided,
        decision_sent,
        followup_value,
        followup_unit,
        filing_value,
        filing_unit,
        observations_value,
        observations_unit,
    ) = c
    if stage is Stage.CLOSED:
        return []
    found: list[_Due] = []
    filing = _period(filing_value, filing_unit)
    if filing is not None and final_decision is not None:
        due = _shift(final_decision, *filing)
        found.append(
            ctx.resolve(DeadlineRule.FILING_LIMIT, case_id, due, submitted is not None, submitted)
        )
    observations = _period(observations_value, observations_unit)
    if observations is not None and transmitted is not None:
        due = _shift(transmitted, *observations)
        # A decision ends the exchange of observations: nothing is due any more.
        over = observations_received is not None or decided is not None
        found.append(
            ctx.resolve(DeadlineRule.STATE_OBSERVATIONS, case_id, due, over, observations_received)
        )
    followup = _period(followup_value, followup_unit)
    start = decision_sent or decided
    if outcome is Outcome.VIOLATION and followup is not None and start is not None:
        due = _shift(start, *followup)
        reply = ctx.replies.get(case_id)
        found.append(
            ctx.resolve(DeadlineRule.FOLLOWUP_REPLY, case_id, due, reply is not None, reply)
        )
    return found


def _case_wording(c: Row[Any], rule: DeadlineRule) -> tuple[str, str]:
    """Title and basis of a case's rule deadline."""
    if rule is DeadlineRule.FILING_LIMIT:
        span = format_period(c.filing_limit_value, c.filing_limit_unit)
        return (
            f"Filing limit ({span} after final domestic decision)",
            f"final domestic decision {long_date(c.final_domestic_decision_date)} + {span}",
        )
    if rule is DeadlineRule.STATE_OBSERVATIONS:
        span = format_period(c.observations_value, c.observations_unit)
        return (
            f"State party's observations due ({span} after transmittal)",
            f"transmittal to the State party {long_date(c.transmittal_date)} + {span}",
        )
    span = format_period(c.followup_value, c.followup_unit)
    if c.decision_transmittal_date is not None:
        event, start = "transmittal of the decision", c.decision_transmittal_date
    else:
        event, start = "the decision", c.decision_date
    return (
        f"State party's follow-up reply due ({span} after {event})",
        f"{event} {long_date(start)} + {span}",
    )


def _dto(
    ctx: _Context,
    *,
    key: str,
    rule: DeadlineRule,
    title: str,
    due: date,
    done: bool,
    done_on: date | None,
    case_id: int | None,
    review_id: int | None,
    notes: str,
    basis: str,
    version: int | None = None,
) -> DeadlineDTO:
    case = ctx.cases.get(case_id) if case_id is not None else None
    review = ctx.reviews.get(review_id) if review_id is not None else None
    return DeadlineDTO(
        key=key,
        rule=rule,
        title=title,
        due_date=due,
        state=classify(due, ctx.today, done),
        done=done,
        done_on=done_on,
        case_id=case_id,
        case_reference=case.reference if case is not None else None,
        review_id=review_id,
        review_symbol=review.co_symbol if review is not None else None,
        days_left=(due - ctx.today).days,
        notes=notes,
        basis=basis,
        version=version,
    )


def _case_dto(ctx: _Context, c: Row[Any], d: _Due) -> DeadlineDTO:
    title, basis = _case_wording(c, d.rule)
    return _dto(
        ctx,
        key=case_key(d.rule, c.id),
        rule=d.rule,
        title=title,
        due=d.due,
        done=d.done,
        done_on=d.done_on,
        case_id=c.id,
        review_id=None,
        notes=d.notes,
        basis=basis,
    )


def _review_dto(ctx: _Context, r: Row[Any]) -> DeadlineDTO | None:
    if r.followup_deadline is None:
        return None
    d = ctx.resolve(DeadlineRule.REVIEW_FOLLOWUP, r.id, r.followup_deadline, False, None)
    if r.co_symbol:
        title = f"Follow-up information on concluding observations {r.co_symbol} due"
        basis = f"follow-up date set in the concluding observations {r.co_symbol}"
    else:
        what = f"the {r.body_code} review of {r.state_name} ({r.cycle})"
        title = f"Follow-up information on {what} due"
        basis = f"follow-up date set in the concluding observations of {what}"
    return _dto(
        ctx,
        key=review_key(r.id),
        rule=d.rule,
        title=title,
        due=d.due,
        done=d.done,
        done_on=d.done_on,
        case_id=None,
        review_id=r.id,
        notes=d.notes,
        basis=basis,
    )


def _manual_dto(ctx: _Context, row: Row[Any]) -> DeadlineDTO:
    return _dto(
        ctx,
        key=manual_key(row.id),
        rule=DeadlineRule.MANUAL,
        title=row.title,
        due=row.due_date,
        done=row.done,
        done_on=row.done_on if row.done else None,
        case_id=row.case_id,
        review_id=row.review_id,
        notes=row.notes,
        basis="entered by hand",
        version=row.version,
    )


def _sort_key(d: DeadlineDTO) -> tuple[date, str, str, str]:
    return (d.due_date, d.case_reference or d.review_symbol or "", d.title, d.key)


# ---------------------------------------------------------------- service


class DeadlinesService(Service):
    """Deadlines of cases and reviews: computed from rules, entered by hand, marked done."""

    # ---- queries

    def for_case(self, case_id: int) -> list[DeadlineDTO]:
        """Every deadline of one case (rule and manual, done included), by due date."""
        with self._uow("deadline") as s:
            return self._compute(s, case_id=case_id)

    def for_review(self, review_id: int) -> list[DeadlineDTO]:
        """Every deadline of one periodic review, by due date."""
        with self._uow("deadline") as s:
            return self._compute(s, review_id=review_id)

    def upcoming(
        self, within_days: int | None = None, include_done: bool = False
    ) -> list[DeadlineDTO]:
        """All deadlines of all cases and reviews, by due date.

        `within_days` keeps those due up to today + within_days (overdue ones included).
        """
        if within_days is not None and (
            isinstance(within_days, bool) or not isinstance(within_days, int) or within_days < 0
        ):
            raise DomainError(
                "The number of days to look ahead must be a whole number, 0 or more.",
                field="within_days",
            )
        limit = self.today() + timedelta(days=within_days) if within_days is not None else None

        def keep(due: date, done: bool) -> bool:
            return (include_done or not done) and (limit is None or due <= limit)

        with self._uow("deadline") as s:
            return self._compute(s, keep=keep)

    def next_by_case(self, case_ids: Iterable[int] | None = None) -> dict[int, DeadlineDTO]:
        """The earliest deadline not yet done of each case that has one (for the cases list).

        `case_ids` limits the work to those cases (a page of the list); without it, every
        case. Built for 50,000 cases: settled cases are left out in SQL, dates are compared
        first, and only each case's winner is worded into a DTO.
        """
        wanted = None if case_ids is None else {int(i) for i in case_ids}
        if wanted is not None and not wanted:
            return {}
        # Past a few thousand ids an IN list costs more than it saves (and meets SQLite's
        # limit on bound parameters): compute for every case and keep the wanted ones.
        some_cases = wanted if wanted is not None and len(wanted) <= MAX_IN_LIST else None
        with self._uow("deadline") as s:
            ctx = self._load(s, some_cases=some_cases, with_reviews=False, open_only=True)
        earliest: dict[int, date] = {}
        tied: dict[int, list[Callable[[], DeadlineDTO]]] = {}

        def offer(case_id: int, due: date, make: Callable[[], DeadlineDTO]) -> None:
            best = earliest.get(case_id)
            if best is None or due < best:
                earliest[case_id] = due
                tied[case_id] = [make]
            elif due == best:
                tied[case_id].append(make)

        for c in ctx.rule_cases:
            for d in _case_dues(ctx, c):
                if not d.done:
                    offer(c.id, d.due, partial(_case_dto, ctx, c, d))
        for row in ctx.manual:
            if row.case_id is not None and not row.done:
                offer(row.case_id, row.due_date, partial(_manual_dto, ctx, row))
        # Same order as upcoming() when two deadlines of a case fall on the same day.
        return {
            case_id: min((make() for make in makers), key=_sort_key)
            for case_id, makers in tied.items()
            if wanted is None or case_id in wanted
        }

    # ---- manual deadlines

    def add(self, data: DeadlineInput) -> DeadlineDTO:
        """A deadline entered by hand, on a case, a review or both."""
        with self._uow("deadline") as s:
            values = self._validate(s, data)
            row = Deadline(rule=DeadlineRule.MANUAL, **values)
            s.add(row)
            s.flush()
            return self._one(s, manual_key(row.id), row)

    def update(
        self, deadline_id: int, data: DeadlineInput, *, expected_version: int | None
    ) -> DeadlineDTO:
        """Change a deadline entered by hand (its done state is kept)."""
        with self._uow("deadline") as s:
            row = self._manual_row(s, deadline_id)
            check_version(row, expected_version, "deadline")
            for name, value in self._validate(s, data).items():
                setattr(row, name, value)
            s.flush()
            return self._one(s, manual_key(row.id), row)

    def delete(self, deadline_id: int, *, expected_version: int | None) -> None:
        """Delete a deadline entered by hand. Rule deadlines cannot be deleted, only marked done."""
        with self._uow("deadline") as s:
            row = self._manual_row(s, deadline_id)
            check_version(row, expected_version, "deadline")
            s.delete(row)

    # ---- done

    def mark_done(self, key: str, done: bool = True, on: date | None = None) -> DeadlineDTO:
        """Mark a deadline done (on `on`, default today) or not done, by its key.

        For a rule deadline the done-mark is a deadline row of that rule (title and due date
        copied); marking it not done removes the row. A rule deadline that is done because
        of the record itself (a submission date, a State reply, ...) cannot be reopened here.
        """
        parsed = parse_key(key)
        today = self.today()
        if isinstance(on, datetime):
            on = on.date()
        if done and on is not None and on > today:
            raise DomainError(
                f"A deadline cannot be marked done on {long_date(on)}: that date is in the future.",
                field="done_on",
            )
        if done and on is not None and on.year < EARLIEST_PLAUSIBLE_YEAR:
            raise DomainError(
                f"The date {long_date(on)} is not plausible: check the year.", field="done_on"
            )
        done_on = (on or today) if done else None
        with self._uow("deadline") as s:
            if parsed.owner == "manual":
                row = self._manual_row(s, parsed.id)
                row.done = done
                row.done_on = done_on
                s.flush()
                return self._one(s, str(parsed), row)
            return self._mark_rule(s, parsed, done, done_on)

    # ---- internals

    def _mark_rule(
        self, s: Session, parsed: DeadlineKey, done: bool, done_on: date | None
    ) -> DeadlineDTO:
        current = self._find(s, parsed)
        owner = (
            Deadline.review_id == parsed.id
            if parsed.owner == "review"
            else Deadline.case_id == parsed.id
        )
        markers = list(s.scalars(select(Deadline).where(Deadline.rule == parsed.rule, owner)))
        auto_done = current.done and not any(m.done for m in markers)
        if done:
            if auto_done:
                return current  # already done by the record itself: nothing to mark
            marker = markers[0] if markers else None
            if marker is None:
                marker = Deadline(
                    rule=parsed.rule,
                    case_id=parsed.id if parsed.owner == "case" else None,
                    review_id=parsed.id if parsed.owner == "review" else None,
                )
                s.add(marker)
            marker.title = current.title[:255]
            marker.due_date = current.due_date
            marker.done = True
            marker.done_on = done_on
            for extra in markers[1:]:  # left by two windows marking at once
                s.delete(extra)
        else:
            for marker in markers:
                s.delete(marker)
        s.flush()
        result = self._find(s, parsed)
        if not done and result.done:
            reason = AUTO_DONE_REASON.get(parsed.rule, "the record shows it as done")
            raise DomainError(
                f"“{result.title}” cannot be reopened here: it is done because {reason}.",
                field="key",
            )
        return result

    def _find(self, s: Session, parsed: DeadlineKey) -> DeadlineDTO:
        """The current rule deadline behind a key, or a clear error if the rule yields none."""
        if parsed.owner == "review":
            found = self._compute(s, review_id=parsed.id)
        else:
            found = self._compute(s, case_id=parsed.id)
        key = str(parsed)
        for d in found:
            if d.key == key:
                return d
        if parsed.owner == "review":
            raise DomainError(
                "This review has no follow-up deadline: no follow-up date is recorded for it.",
                field="key",
            )
        what = RULE_NAMES.get(parsed.rule, parsed.rule.label)
        raise DomainError(
            f"This case has no “{what}” deadline at the moment: the date it is computed from "
            "is not recorded, the treaty body has no such rule, or the case is closed.",
            field="key",
        )

    def _one(self, s: Session, key: str, row: Deadline) -> DeadlineDTO:
        """The DTO of one manual deadline, with its case reference and review symbol."""
        if row.case_id is not None:
            found = self._compute(s, case_id=row.case_id)
        else:
            found = self._compute(s, review_id=row.review_id)
        for d in found:
            if d.key == key:
                return d
        raise AssertionError(f"deadline {key} vanished while being saved")  # a bug, not input

    def _manual_row(self, s: Session, deadline_id: int) -> Deadline:
        row = get_or_raise(s, Deadline, deadline_id, "deadline")
        if row.rule is not DeadlineRule.MANUAL:
            raise DomainError(
                "This deadline is computed from the treaty body's rules: correct the dates in "
                "the case or review, or the body's rules, instead of editing it. It can only be "
                "marked done.",
                field="key",
            )
        return row

    def _validate(self, s: Session, data: DeadlineInput) -> dict[str, Any]:
        title = require_text(data.title, "The deadline's title", "title")
        due = data.due_date
        if isinstance(due, datetime):
            due = due.date()
        if not isinstance(due, date):
            raise DomainError("The due date is required.", field="due_date")
        latest = self.today().year + PLAUSIBLE_YEARS_AHEAD
        if not EARLIEST_PLAUSIBLE_YEAR <= due.year <= latest:
            raise DomainError(
                f"The due date {long_date(due)} is not plausible: check the year.",
                field="due_date",
            )
        notes = optional_text(data.notes, "The notes", "notes", max_length=NOTES_MAX)
        if data.case_id is None and data.review_id is None:
            raise DomainError(
                "Choose the case or the review this deadline belongs to.", field="case_id"
            )
        if data.case_id is not None and s.get(Case, data.case_id) is None:
            raise DomainError(
                "The case this deadline belongs to no longer exists.", field="case_id"
            )
        if data.review_id is not None and s.get(Review, data.review_id) is None:
            raise DomainError(
                "The review this deadline belongs to no longer exists.", field="review_id"
            )
        return {
            "title": title,
            "due_date": due,
            "notes": notes,
            "case_id": data.case_id,
            "review_id": data.review_id,
        }

    def _load(
        self,
        s: Session,
        *,
        case_id: int | None = None,
        review_id: int | None = None,
        some_cases: Collection[int] | None = None,
        with_reviews: bool = True,
        open_only: bool = False,
    ) -> _Context:
        """Everything needed for one case, one review, some cases, or (none given) all.

        Four queries at most, whatever the number of cases.
        """
        everything = case_id is None and review_id is None and some_cases is None

        rows_query = _deadline_select()
        if case_id is not None:
            rows_query = rows_query.where(Deadline.case_id == case_id)
        elif some_cases is not None:
            rows_query = rows_query.where(Deadline.case_id.in_(some_cases))
        elif review_id is not None:
            rows_query = rows_query.where(Deadline.review_id == review_id)
        manual: list[Row[Any]] = []
        marks: dict[tuple[DeadlineRule, int], Row[Any]] = {}
        for row in s.execute(rows_query):
            if row.rule is DeadlineRule.MANUAL:
                if with_reviews or row.case_id is not None:
                    manual.append(row)
                continue
            owner = row.review_id if row.rule is DeadlineRule.REVIEW_FOLLOWUP else row.case_id
            if owner is not None and ((row.rule, owner) not in marks or row.done):
                marks[(row.rule, owner)] = row

        # Cases whose rules are computed, and cases only named by a manual deadline.
        rule_cases: Sequence[Row[Any]] = ()
        if review_id is None:
            query = _case_select()
            if case_id is not None:
                query = query.where(Case.id == case_id)
            elif some_cases is not None:
                query = query.where(Case.id.in_(some_cases))
            if open_only:
                query = query.where(_may_be_open())
            rule_cases = s.execute(query).all()
            if case_id is not None and not rule_cases:
                raise NotFoundError("The case no longer exists (it may have been deleted).")
            cases = {c.id: c for c in rule_cases}
        else:
            cases = self._rows_by_id(s, _case_select(), Case.id, (r.case_id for r in manual))

        rule_reviews: Sequence[Row[Any]] = ()
        if review_id is not None or (everything and with_reviews):
            query = _review_select()
            if review_id is not None:
                query = query.where(Review.id == review_id)
            rule_reviews = s.execute(query).all()
            if review_id is not None and not rule_reviews:
                raise NotFoundError("The review no longer exists (it may have been deleted).")
            reviews = {r.id: r for r in rule_reviews}
        else:
            reviews = self._rows_by_id(
                s, _review_select(), Review.id, (r.review_id for r in manual)
            )

        replies: dict[int, date] = {}
        if rule_cases:
            query = _first_reply_select()
            if case_id is not None:
                query = query.where(FollowUpEvent.case_id == case_id)
            elif some_cases is not None:
                query = query.where(FollowUpEvent.case_id.in_(some_cases))
            replies = {cid: on for cid, on in s.execute(query).all()}

        return _Context(
            today=self.today(),
            marks=marks,
            replies=replies,
            cases=cases,
            reviews=reviews,
            rule_cases=rule_cases,
            rule_reviews=rule_reviews,
            manual=manual,
        )

    def _compute(
        self,
        s: Session,
        *,
        case_id: int | None = None,
        review_id: int | None = None,
        keep: Callable[[date, bool], bool] | None = None,
    ) -> list[DeadlineDTO]:
        """Deadlines of one case, one review, or (neither given) everything; by due date.

        `keep(due, done)` drops deadlines before they are worded into DTOs.
        """
        ctx = self._load(s, case_id=case_id, review_id=review_id)
        found: list[DeadlineDTO] = []
        for c in ctx.rule_cases:
            found.extend(
                _case_dto(ctx, c, d)
                for d in _case_dues(ctx, c)
                if keep is None or keep(d.due, d.done)
            )
        for r in ctx.rule_reviews:
            deadline = _review_dto(ctx, r)
            if deadline is not None and (keep is None or keep(deadline.due_date, deadline.done)):
                found.append(deadline)
        found.extend(
            _manual_dto(ctx, row)
            for row in ctx.manual
            if keep is None or keep(row.due_date, row.done)
        )
        found.sort(key=_sort_key)
        return found

    @staticmethod
    def _rows_by_id(
        s: Session, query: Select[Any], column: Any, ids: Iterable[int | None]
    ) -> dict[int, Row[Any]]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return {r.id: r for r in s.execute(query.where(column.in_(wanted))).all()}
