"""Figures that shadow reports, the Dashboard and documents quote, computed from the record.

"61 decisions on Kazakhstan since 2011, none fully implemented" must come from the
database at the moment it is printed, never from memory. This module counts:

- decisions adopted on a State, by Committee and year, and how many found a violation;
- how far each decision finding a violation is implemented;
- the victims compensated and those not;
- the recommendations of a review by the NGO's latest grade.

How implementation is decided (the rule every figure follows)
---------------------------------------------------------------
A *remedy* is judged from the record of its implementation first:

- an individual remedy from its status for every victim of the case (a victim with no
  status recorded counts as "unknown"); a general remedy from its single status;
- it is **fully** implemented when that status is "fully implemented" for every victim (or
  for the general measure); **partially** when at least one victim has it fully or
  partially implemented but not all; **not implemented** when none has it implemented and
  at least one is recorded as not implemented; **unknown** otherwise;
- only when the statuses leave a remedy *unknown* does the Committee's latest follow-up
  grade for it decide: A (largely satisfactory) -> fully, B (partially satisfactory) ->
  partially, C, D or E -> not implemented. The statuses win over a grade because they are
  the NGO's own, newer and per-victim evidence.

A *case* (a decision finding a violation) is then:

- **fully implemented** when it has at least one remedy and every remedy is fully
  implemented (so: every remedy, for every victim);
- **partially implemented** when at least one remedy is fully or partially implemented but
  not all are fully implemented;
- **not implemented** when no remedy is implemented at all and at least one is known not to
  be;
- **unknown** when no remedy is recorded or nothing is known of any.

A *decision adopted* is a case with a decision date (Views or a decision on admissibility
or discontinuance); it is counted in the year of that date. Decisions recorded without a
date are counted apart as `undated`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.services.base import Service, body_by_code, country_by_code, get_or_raise
from app.services.remedies import format_amounts
from app.vocab import (
    FollowUpKind,
    Grade,
    ImplementationStatus,
    Outcome,
    PartyRole,
    RemedyKind,
    RemedyScope,
)
from models import (
    Case,
    CaseParty,
    Country,
    FollowUpEvent,
    FollowUpGrade,
    Recommendation,
    RecommendationAssessment,
    Remedy,
    RemedyStatus,
    Review,
    TreatyBody,
)

VICTIM_ROLES = (PartyRole.VICTIM, PartyRole.AUTHOR_AND_VICTIM)
DECIDED_OUTCOMES = (
    Outcome.VIOLATION,
    Outcome.NO_VIOLATION,
    Outcome.INADMISSIBLE,
    Outcome.DISCONTINUED,
)
GRADE_STATUS = {
    Grade.A: ImplementationStatus.FULLY,
    Grade.B: ImplementationStatus.PARTIALLY,
    Grade.C: ImplementationStatus.NOT_IMPLEMENTED,
    Grade.D: ImplementationStatus.NOT_IMPLEMENTED,
    Grade.E: ImplementationStatus.NOT_IMPLEMENTED,
}
FIRST_YEAR = 1976

# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ImplementationCounts:
    """How many decisions (or remedies, or victims) are implemented how far."""

    fully: int = 0
    partially: int = 0
    not_implemented: int = 0
    unknown: int = 0

    @property
    def total(self) -> int:
        return self.fully + self.partially + self.not_implemented + self.unknown

    def add(self, status: ImplementationStatus) -> ImplementationCounts:
        key = {
            ImplementationStatus.FULLY: "fully",
            ImplementationStatus.PARTIALLY: "partially",
            ImplementationStatus.NOT_IMPLEMENTED: "not_implemented",
            ImplementationStatus.UNKNOWN: "unknown",
        }[status]
        values = {**self.__dict__, key: getattr(self, key) + 1}
        return ImplementationCounts(**values)


@dataclass(frozen=True)
class RemedyImplementation:
    remedy_id: int
    kind: RemedyKind
    scope: RemedyScope
    status: ImplementationStatus
    basis: str  # "statuses", "committee grade" or "nothing recorded"
    victims: ImplementationCounts  # per victim, for an individual remedy


@dataclass(frozen=True)
class CaseImplementation:
    case_id: int
    reference: str
    title: str
    body: str
    state: str
    decision_date: date | None
    status: ImplementationStatus
    remedies: tuple[RemedyImplementation, ...]


@dataclass(frozen=True)
class DecisionYearRow:
    """Decisions adopted by one Committee in one year."""

    body: str
    year: int
    decisions: int
    violations: int
    implementation: ImplementationCounts  # of the decisions finding a violation


@dataclass(frozen=True)
class DecisionStatistics:
    state: str | None  # ISO code; None: every State
    state_name: str | None
    body: str | None  # None: every Committee
    since: int | None
    until: int | None
    rows: tuple[DecisionYearRow, ...]  # by year, then Committee
    decisions: int
    violations: int
    implementation: ImplementationCounts
    undated: int  # decisions recorded without a date, not counted above

    def by_body(self) -> dict[str, tuple[int, int]]:
        """Committee -> (decisions, violations)."""
        result: dict[str, tuple[int, int]] = {}
        for row in self.rows:
            d, v = result.get(row.body, (0, 0))
            result[row.body] = (d + row.decisions, v + row.violations)
        return dict(sorted(result.items()))

    def by_year(self) -> dict[int, tuple[int, int]]:
        """Year -> (decisions, violations)."""
        result: dict[int, tuple[int, int]] = {}
        for row in self.rows:
            d, v = result.get(row.year, (0, 0))
            result[row.year] = (d + row.decisions, v + row.violations)
        return dict(sorted(result.items()))

    def sentence(self) -> str:
        """ "5 decisions adopted on Kazakhstan since 2012 (CAT 2, CCPR 3); 4 found a violation,
        none of them fully implemented, 1 partially and 3 not implemented." """
        if not self.decisions:
            where = f" on {self.state_name}" if self.state_name else ""
            return f"No decisions adopted{where} are recorded."
        first_year = min(row.year for row in self.rows)
        since = self.since or first_year
        where = f" on {self.state_name}" if self.state_name else ""
        bodies = self.by_body()
        split = (
            " (" + ", ".join(f"{b} {d}" for b, (d, _v) in bodies.items()) + ")"
            if len(bodies) > 1
            else f" by the {next(iter(bodies))}"
        )
        head = f"{_count(self.decisions, 'decision')} adopted{where} since {since}{split}"
        if not self.violations:
            return head + "; none found a violation."
        impl = self.implementation
        parts = [f"{_amount_word(impl.fully, self.violations)} fully implemented"]
        if impl.partially:
            parts.append(f"{impl.partially} partially")
        if impl.not_implemented:
            parts.append(f"{impl.not_implemented} not implemented")
        if impl.unknown:
            parts.append(f"{impl.unknown} of unknown status")
        return f"{head}; {self.violations} found a violation: " + _join(parts) + "."


@dataclass(frozen=True)
class CaseCompensation:
    case_id: int
    reference: str
    title: str
    victims: int
    compensated: int
    partially: int
    not_compensated: int
    unknown: int
    amounts: dict[str, Decimal] = field(default_factory=dict)

    def sentence(self) -> str:
        """ "compensated: 3 of 23 victims (33,750,000 KZT paid); 20 not compensated." """
        noun = "victim" if self.victims == 1 else "victims"
        text = f"compensated: {self.compensated} of {self.victims} {noun}"
        if self.amounts:
            text += f" ({format_amounts(self.amounts)} paid)"
        rest = []
        if self.partially:
            rest.append(f"{self.partially} partially")
        if self.not_compensated:
            rest.append(f"{self.not_compensated} not compensated")
        if self.unknown:
            rest.append(f"{self.unknown} unknown")
        return "; ".join([text, *rest]) + "."


@dataclass(frozen=True)
class CompensationStatistics:
    """Victims of cases with a compensation remedy, by whether they were compensated."""

    victims: int
    compensated: int
    partially: int
    not_compensated: int
    unknown: int
    amounts: dict[str, Decimal]
    cases: tuple[CaseCompensation, ...]


@dataclass(frozen=True)
class GradeStatistics:
    """Recommendations of a review by the NGO's latest grade."""

    review_id: int
    co_symbol: str | None
    recommendations: int
    by_grade: dict[Grade, int]  # every grade, 0 when none
    not_assessed: int
    follow_up: dict[Grade, int]  # the same for the follow-up recommendations only
    follow_up_not_assessed: int

    def sentence(self) -> str:
        if not self.recommendations:
            return "No recommendations are recorded."
        graded = [f"{n} {g.value}" for g, n in self.by_grade.items() if n]
        text = f"{_count(self.recommendations, 'recommendation')}"
        if graded:
            text += ", graded " + _join(graded)
        if self.not_assessed:
            text += f"; {self.not_assessed} not assessed yet"
        return text + "."


@dataclass(frozen=True)
class StatisticsSummary:
    decisions: DecisionStatistics
    compensation: CompensationStatistics

    def sentences(self) -> list[str]:
        lines = [self.decisions.sentence()]
        if self.compensation.victims:
            c = self.compensation
            text = (
                f"Of the {c.victims} victims of cases with a compensation remedy, "
                f"{c.compensated} {'was' if c.compensated == 1 else 'were'} compensated"
            )
            if c.amounts:
                text += f" ({format_amounts(c.amounts)} paid)"
            text += f" and {c.not_compensated} not"
            if c.partially:
                text += f"; {c.partially} partially"
            if c.unknown:
                text += f"; {c.unknown} unknown"
            lines.append(text + ".")
        return lines


# ---------------------------------------------------------------- rules (pure)


def remedy_status(
    statuses: Iterable[ImplementationStatus], grade: Grade | None = None
) -> tuple[ImplementationStatus, str]:
    """A remedy's status from its statuses (one per victim, or one general), then its grade."""
    values = list(statuses)
    status = _aggregate(values)
    if status is not ImplementationStatus.UNKNOWN:
        return status, "statuses"
    if grade is not None:
        return GRADE_STATUS[Grade(grade)], "committee grade"
    return ImplementationStatus.UNKNOWN, "nothing recorded"


def case_status(remedies: Iterable[ImplementationStatus]) -> ImplementationStatus:
    """A case's status from its remedies' (see the module's rule)."""
    values = list(remedies)
    if not values:
        return ImplementationStatus.UNKNOWN
    return _aggregate(values)


def _aggregate(values: Sequence[ImplementationStatus]) -> ImplementationStatus:
    if not values:
        return ImplementationStatus.UNKNOWN
    if all(v is ImplementationStatus.FULLY for v in values):
        return ImplementationStatus.FULLY
    if any(v in (ImplementationStatus.FULLY, ImplementationStatus.PARTIALLY) for v in values):
        return ImplementationStatus.PARTIALLY
    if any(v is ImplementationStatus.NOT_IMPLEMENTED for v in values):
        return ImplementationStatus.NOT_IMPLEMENTED
    return ImplementationStatus.UNKNOWN


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _amount_word(n: int, of: int) -> str:
    if n == 0:
        return "none"
    if n == of and of > 1:
        return "all"
    return str(n)


def _join(parts: Sequence[str]) -> str:
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# ---------------------------------------------------------------- service


class StatisticsService(Service):
    """Counts over the record; every method reads, none writes."""

    def decisions(
        self,
        *,
        state: str | None = None,
        body: str | None = None,
        since: int | None = None,
        until: int | None = None,
    ) -> DecisionStatistics:
        """Decisions adopted (on `state`, by `body`, in the years since..until, inclusive)."""
        _check_years(since, until)
        with self._uow("statistics") as s:
            state_row = country_by_code(s, state, "state") if state else None
            body_row = body_by_code(s, body) if body else None
            query = (
                select(Case.id, TreatyBody.code, Case.decision_date, Case.outcome)
                .join(TreatyBody, TreatyBody.id == Case.body_id)
                .where(Case.decision_date.is_not(None))
            )
            undated_query = select(Case.id).where(
                Case.decision_date.is_(None), Case.outcome.in_(DECIDED_OUTCOMES)
            )
            if state_row is not None:
                query = query.where(Case.state_id == state_row.id)
                undated_query = undated_query.where(Case.state_id == state_row.id)
            if body_row is not None:
                query = query.where(Case.body_id == body_row.id)
                undated_query = undated_query.where(Case.body_id == body_row.id)
            if since is not None:
                query = query.where(Case.decision_date >= date(since, 1, 1))
            if until is not None:
                query = query.where(Case.decision_date <= date(until, 12, 31))
            rows = s.execute(query).all()
            undated = len(s.scalars(undated_query).all())
            violation_ids = [r.id for r in rows if r.outcome == Outcome.VIOLATION]
            statuses = _case_statuses(s, violation_ids)
        counts: dict[tuple[str, int], list[Any]] = {}
        total = ImplementationCounts()
        for row in rows:
            key = (row.code, row.decision_date.year)
            entry = counts.setdefault(key, [0, 0, ImplementationCounts()])
            entry[0] += 1
            if row.outcome == Outcome.VIOLATION:
                entry[1] += 1
                status = statuses[row.id][0]
                entry[2] = entry[2].add(status)
                total = total.add(status)
        year_rows = tuple(
            DecisionYearRow(body=b, year=y, decisions=d, violations=v, implementation=impl)
            for (b, y), (d, v, impl) in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        )
        return DecisionStatistics(
            state=state_row.code if state_row else None,
            state_name=state_row.name if state_row else None,
            body=body_row.code if body_row else None,
            since=since,
            until=until,
            rows=year_rows,
            decisions=len(rows),
            violations=len(violation_ids),
            implementation=total,
            undated=undated,
        )

    def case_implementation(self, case_id: int) -> CaseImplementation:
        """One case: its status and each remedy's, by the module's rule."""
        with self._uow("case") as s:
            get_or_raise(s, Case, case_id, "case")
            return self._implementations(s, select(Case.id).where(Case.id == case_id))[0]

    def implementation(
        self, *, state: str | None = None, body: str | None = None
    ) -> list[CaseImplementation]:
        """Every decision finding a violation (on `state`, by `body`), by decision date."""
        with self._uow("statistics") as s:
            query = select(Case.id).where(Case.outcome == Outcome.VIOLATION)
            if state:
                query = query.where(Case.state_id == country_by_code(s, state, "state").id)
            if body:
                query = query.where(Case.body_id == body_by_code(s, body).id)
            return self._implementations(s, query)

    def compensation(
        self, *, state: str | None = None, body: str | None = None
    ) -> CompensationStatistics:
        """Victims of the cases that have an individual compensation remedy (whatever their
        stage: a domestic court's award counts too), compensated or not.

        A victim of a case with several compensation remedies counts once, by the rule for
        a remedy applied to his or her statuses across them.
        """
        with self._uow("statistics") as s:
            query = (
                select(Remedy.id, Remedy.case_id)
                .join(Case, Case.id == Remedy.case_id)
                .where(
                    Remedy.kind == RemedyKind.COMPENSATION,
                    Remedy.scope == RemedyScope.INDIVIDUAL,
                )
            )
            if state:
                query = query.where(Case.state_id == country_by_code(s, state, "state").id)
            if body:
                query = query.where(Case.body_id == body_by_code(s, body).id)
            remedies = s.execute(query).all()
            case_ids = sorted({r.case_id for r in remedies})
            cases = {
                row.id: row
                for row in s.execute(
                    select(Case.id, Case.reference, Case.title).where(Case.id.in_(case_ids))
                )
            }
            victims = _victims(s, case_ids)
            statuses: dict[tuple[int, int], list[ImplementationStatus]] = {}
            amounts: dict[int, dict[str, Decimal]] = {}
            remedy_case = {r.id: r.case_id for r in remedies}
            for row in s.execute(
                select(
                    RemedyStatus.remedy_id,
                    RemedyStatus.person_id,
                    RemedyStatus.status,
                    RemedyStatus.amount,
                    RemedyStatus.currency,
                ).where(RemedyStatus.remedy_id.in_(list(remedy_case)))
            ):
                case_id = remedy_case[row.remedy_id]
                if row.person_id is None or row.person_id not in victims.get(case_id, ()):
                    continue
                statuses.setdefault((case_id, row.person_id), []).append(
                    ImplementationStatus(row.status)
                )
                if row.amount is not None and row.amount > 0:
                    per_case = amounts.setdefault(case_id, {})
                    per_case[row.currency] = per_case.get(row.currency, Decimal(0)) + row.amount
        remedies_per_case = Counter(r.case_id for r in remedies)
        results: list[CaseCompensation] = []
        for case_id in case_ids:
            counts = ImplementationCounts()
            for person_id in victims.get(case_id, ()):
                values = statuses.get((case_id, person_id), [])
                # A victim without a status on one of the case's compensation remedies is
                # unknown on that remedy.
                values += [ImplementationStatus.UNKNOWN] * (
                    remedies_per_case[case_id] - len(values)
                )
                counts = counts.add(remedy_status(values)[0])
            results.append(
                CaseCompensation(
                    case_id=case_id,
                    reference=cases[case_id].reference,
                    title=cases[case_id].title,
                    victims=counts.total,
                    compensated=counts.fully,
                    partially=counts.partially,
                    not_compensated=counts.not_implemented,
                    unknown=counts.unknown,
                    amounts=dict(sorted(amounts.get(case_id, {}).items())),
                )
            )
        total: dict[str, Decimal] = {}
        for result in results:
            for currency, value in result.amounts.items():
                total[currency] = total.get(currency, Decimal(0)) + value
        return CompensationStatistics(
            victims=sum(r.victims for r in results),
            compensated=sum(r.compensated for r in results),
            partially=sum(r.partially for r in results),
            not_compensated=sum(r.not_compensated for r in results),
            unknown=sum(r.unknown for r in results),
            amounts=dict(sorted(total.items())),
            cases=tuple(results),
        )

    def recommendations_by_grade(self, review_id: int) -> GradeStatistics:
        """The review's recommendations by the grade of the NGO's newest assessment."""
        with self._uow("review") as s:
            review = get_or_raise(s, Review, review_id, "review")
            recs = s.execute(
                select(Recommendation.id, Recommendation.is_followup).where(
                    Recommendation.review_id == review_id
                )
            ).all()
            latest: dict[int, Grade] = {}
            for rec_id, grade in s.execute(
                select(RecommendationAssessment.recommendation_id, RecommendationAssessment.grade)
                .join(
                    Recommendation, Recommendation.id == RecommendationAssessment.recommendation_id
                )
                .where(Recommendation.review_id == review_id)
                .order_by(RecommendationAssessment.assessed_on, RecommendationAssessment.id)
            ):
                latest[rec_id] = Grade(grade)
            symbol = review.co_symbol
        by_grade = dict.fromkeys(Grade, 0)
        follow_up = dict.fromkeys(Grade, 0)
        not_assessed = follow_up_not_assessed = 0
        for rec in recs:
            grade = latest.get(rec.id)
            if grade is None:
                not_assessed += 1
                follow_up_not_assessed += int(bool(rec.is_followup))
                continue
            by_grade[grade] += 1
            if rec.is_followup:
                follow_up[grade] += 1
        return GradeStatistics(
            review_id=review_id,
            co_symbol=symbol,
            recommendations=len(recs),
            by_grade=by_grade,
            not_assessed=not_assessed,
            follow_up=follow_up,
            follow_up_not_assessed=follow_up_not_assessed,
        )

    def summary(
        self, *, state: str | None = None, body: str | None = None, since: int | None = None
    ) -> StatisticsSummary:
        """Decisions and compensation together, as the Dashboard shows them."""
        return StatisticsSummary(
            decisions=self.decisions(state=state, body=body, since=since),
            compensation=self.compensation(state=state, body=body),
        )

    # ------------------------------------------------------------ internals

    @staticmethod
    def _implementations(s: Session, case_ids: Select[Any]) -> list[CaseImplementation]:
        rows = s.execute(
            select(
                Case.id,
                Case.reference,
                Case.title,
                TreatyBody.code.label("body"),
                Country.code.label("state"),
                Case.decision_date,
            )
            .join(TreatyBody, TreatyBody.id == Case.body_id)
            .join(Country, Country.id == Case.state_id)
            .where(Case.id.in_(case_ids))
            .order_by(Case.decision_date.nulls_last(), Case.reference)
        ).all()
        statuses = _case_statuses(s, [r.id for r in rows])
        return [
            CaseImplementation(
                case_id=r.id,
                reference=r.reference,
                title=r.title,
                body=r.body,
                state=r.state,
                decision_date=r.decision_date,
                status=statuses[r.id][0],
                remedies=statuses[r.id][1],
            )
            for r in rows
        ]


def _check_years(since: int | None, until: int | None) -> None:
    for value, field_name in ((since, "since"), (until, "until")):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not FIRST_YEAR <= value <= 2100:
            raise DomainError(
                f"“{value}” is not a year between {FIRST_YEAR} and 2100.", field=field_name
            )
    if since is not None and until is not None and until < since:
        raise DomainError(
            f"The last year ({until}) cannot come before the first ({since}).", field="until"
        )


def _victims(s: Session, case_ids: Sequence[int]) -> dict[int, list[int]]:
    victims: dict[int, list[int]] = {}
    for chunk in _chunks(case_ids):
        for case_id, person_id in s.execute(
            select(CaseParty.case_id, CaseParty.person_id)
            .where(CaseParty.case_id.in_(chunk), CaseParty.role.in_(VICTIM_ROLES))
            .order_by(CaseParty.case_id, CaseParty.position, CaseParty.id)
        ):
            victims.setdefault(case_id, []).append(person_id)
    return victims


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _case_statuses(
    s: Session, case_ids: Sequence[int]
) -> dict[int, tuple[ImplementationStatus, tuple[RemedyImplementation, ...]]]:
    """case id -> (its status, each remedy's), in a few queries for any number of cases."""
    result: dict[int, tuple[ImplementationStatus, tuple[RemedyImplementation, ...]]] = {}
    for chunk in _chunks(case_ids):
        victims = _victims(s, chunk)
        remedies = s.execute(
            select(Remedy.id, Remedy.case_id, Remedy.kind, Remedy.scope)
            .where(Remedy.case_id.in_(chunk))
            .order_by(Remedy.case_id, Remedy.position, Remedy.id)
        ).all()
        remedy_ids = [r.id for r in remedies]
        cells: dict[int, dict[int | None, ImplementationStatus]] = {}
        grades: dict[int, Grade] = {}
        for sub in _chunks(remedy_ids):
            for remedy_id, person_id, status in s.execute(
                select(RemedyStatus.remedy_id, RemedyStatus.person_id, RemedyStatus.status).where(
                    RemedyStatus.remedy_id.in_(sub)
                )
            ):
                cells.setdefault(remedy_id, {})[person_id] = ImplementationStatus(status)
            for remedy_id, grade in s.execute(
                select(FollowUpGrade.remedy_id, FollowUpGrade.grade)
                .join(FollowUpEvent, FollowUpEvent.id == FollowUpGrade.event_id)
                .where(
                    FollowUpGrade.remedy_id.in_(sub),
                    FollowUpEvent.kind == FollowUpKind.COMMITTEE_ASSESSMENT,
                )
                .order_by(FollowUpEvent.event_date, FollowUpEvent.id)
            ):
                grades[remedy_id] = Grade(grade)
        per_case: dict[int, list[RemedyImplementation]] = {}
        for remedy in remedies:
            recorded = cells.get(remedy.id, {})
            counts = ImplementationCounts()
            if remedy.scope == RemedyScope.GENERAL:
                values = [recorded.get(None, ImplementationStatus.UNKNOWN)]
            else:
                values = [
                    recorded.get(p, ImplementationStatus.UNKNOWN)
                    for p in victims.get(remedy.case_id, [])
                ]
                for value in values:
                    counts = counts.add(value)
            status, basis = remedy_status(values, grades.get(remedy.id))
            per_case.setdefault(remedy.case_id, []).append(
                RemedyImplementation(
                    remedy_id=remedy.id,
                    kind=RemedyKind(remedy.kind),
                    scope=RemedyScope(remedy.scope),
                    status=status,
                    basis=basis,
                    victims=counts,
                )
            )
        for case_id in chunk:
            items = tuple(per_case.get(case_id, ()))
            result[case_id] = (case_status(r.status for r in items), items)
    return result
