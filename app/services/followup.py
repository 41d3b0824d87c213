"""The follow-up dialogue after a decision: State replies, comments, Committee assessments.

A Committee follow-up assessment grades each remedy on the A–E scale; the current grade of
a remedy is the one given by the latest assessment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import DomainError
from app.services.base import (
    Service,
    check_symbol,
    check_version,
    get_or_raise,
    long_date,
    optional_text,
    parse_vocab,
)
from app.services.dto import FollowUpDTO, FollowUpInput
from app.services.remedies import remedy_label
from app.vocab import Direction, FollowUpKind, Grade, RemedyKind
from models import Case, FollowUpEvent, FollowUpGrade, Remedy
from models.base import utcnow

MAX_SUMMARY = 20_000
MAX_DECISION = 20_000
MAX_SESSION = 32
MAX_SYMBOL = 64
MAX_ATTACHMENT = 1024


def _to_dto(event: FollowUpEvent) -> FollowUpDTO:
    return FollowUpDTO(
        id=event.id,
        case_id=event.case_id,
        kind=FollowUpKind(event.kind),
        event_date=event.event_date,
        direction=Direction(event.direction),
        symbol=event.symbol or "",
        session=event.session or "",
        summary=event.summary or "",
        decision=event.decision or "",
        attachment_path=event.attachment_path or "",
        grades=tuple(
            (g.remedy_id, Grade(g.grade)) for g in sorted(event.grades, key=lambda g: g.id or 0)
        ),
        version=event.version,
    )


@dataclass(frozen=True)
class _CleanEvent:
    kind: FollowUpKind
    event_date: date
    direction: Direction
    symbol: str
    session: str
    summary: str
    decision: str
    attachment_path: str
    grades: dict[int, Grade]

    def apply(self, event: FollowUpEvent) -> None:
        event.kind = self.kind
        event.event_date = self.event_date
        event.direction = self.direction
        event.symbol = self.symbol
        event.session = self.session
        event.summary = self.summary
        event.decision = self.decision
        event.attachment_path = self.attachment_path


class FollowUpService(Service):
    """Follow-up events of a case and the Committee's grades per remedy."""

    def events(self, case_id: int) -> list[FollowUpDTO]:
        """The case's follow-up events, oldest first."""
        with self._uow("case") as s:
            get_or_raise(s, Case, case_id, "case")
            events = s.scalars(
                select(FollowUpEvent)
                .where(FollowUpEvent.case_id == case_id)
                .options(selectinload(FollowUpEvent.grades))
                .order_by(FollowUpEvent.event_date, FollowUpEvent.id)
            )
            return [_to_dto(e) for e in events]

    def get(self, event_id: int) -> FollowUpDTO:
        with self._uow("follow-up event") as s:
            return _to_dto(self._load(s, event_id))

    def add(self, case_id: int, data: FollowUpInput) -> FollowUpDTO:
        with self._uow("follow-up event") as s:
            case = get_or_raise(s, Case, case_id, "case")
            clean = self._clean(s, case, data)
            event = FollowUpEvent(case_id=case_id)
            clean.apply(event)
            event.grades = [
                FollowUpGrade(remedy_id=rid, grade=g) for rid, g in clean.grades.items()
            ]
            s.add(event)
            s.flush()
            return _to_dto(event)

    def update(
        self, event_id: int, data: FollowUpInput, *, expected_version: int | None
    ) -> FollowUpDTO:
        with self._uow("follow-up event") as s:
            event = self._load(s, event_id)
            check_version(event, expected_version, "follow-up event")
            case = get_or_raise(s, Case, event.case_id, "case")
            clean = self._clean(s, case, data)
            clean.apply(event)
            current = {g.remedy_id: g for g in event.grades}
            for remedy_id, row in current.items():
                if remedy_id not in clean.grades:
                    event.grades.remove(row)
            for remedy_id, grade in clean.grades.items():
                if remedy_id in current:
                    current[remedy_id].grade = grade
                else:
                    event.grades.append(FollowUpGrade(remedy_id=remedy_id, grade=grade))
            # The grades are part of the event: always move its version, even when only a
            # grade changed, so that another window holding the old event sees the conflict.
            event.updated_at = utcnow()
            s.flush()
            return _to_dto(event)

    def delete(self, event_id: int, *, expected_version: int | None) -> None:
        with self._uow("follow-up event") as s:
            event = self._load(s, event_id)
            check_version(event, expected_version, "follow-up event")
            s.delete(event)

    def current_grades(self, case_id: int) -> dict[int, Grade]:
        """remedy id -> the grade given by the latest Committee assessment (by date, then entry)."""
        with self._uow("case") as s:
            get_or_raise(s, Case, case_id, "case")
            rows = s.execute(
                select(FollowUpGrade.remedy_id, FollowUpGrade.grade)
                .join(FollowUpEvent, FollowUpEvent.id == FollowUpGrade.event_id)
                .where(
                    FollowUpEvent.case_id == case_id,
                    FollowUpEvent.kind == FollowUpKind.COMMITTEE_ASSESSMENT,
                )
                .order_by(FollowUpEvent.event_date, FollowUpEvent.id)
            ).all()
            grades: dict[int, Grade] = {}
            for remedy_id, grade in rows:
                grades[remedy_id] = Grade(grade)
            return grades

    # ------------------------------------------------------------ internals

    @staticmethod
    def _load(s: Session, event_id: int) -> FollowUpEvent:
        event = s.scalar(
            select(FollowUpEvent)
            .where(FollowUpEvent.id == event_id)
            .options(selectinload(FollowUpEvent.grades))
        )
        if event is None:
            return get_or_raise(s, FollowUpEvent, event_id, "follow-up event")
        return event

    def _clean(self, s: Session, case: Case, data: FollowUpInput) -> _CleanEvent:
        kind = parse_vocab(FollowUpKind, data.kind, "kind of follow-up event", "kind")
        direction = parse_vocab(Direction, data.direction, "direction (in or out)", "direction")
        event_date = data.event_date
        if not isinstance(event_date, date):
            raise DomainError("The date of the event is required.", field="event_date")
        if event_date > self.today() and kind != FollowUpKind.MEETING:
            raise DomainError(
                f"The date of this {kind.label.lower()} ({long_date(event_date)}) is in the "
                "future. Only a planned meeting can be recorded ahead of time.",
                field="event_date",
            )
        if (
            case.decision_date is not None
            and event_date < case.decision_date
            and kind != FollowUpKind.OTHER
        ):
            raise DomainError(
                f"Follow-up follows the decision: this {kind.label.lower()} "
                f"({long_date(event_date)}) is dated before the decision in case "
                f"{case.reference} ({long_date(case.decision_date)}). Check the date, or "
                "record it as “Other”.",
                field="event_date",
            )
        symbol = check_symbol(data.symbol, "symbol") or ""
        if len(symbol) > MAX_SYMBOL:
            raise DomainError(
                f"The document symbol is too long ({len(symbol)} characters; at most "
                f"{MAX_SYMBOL}).",
                field="symbol",
            )
        return _CleanEvent(
            kind=kind,
            event_date=event_date,
            direction=direction,
            symbol=symbol,
            session=optional_text(data.session, "The session", "session", max_length=MAX_SESSION),
            summary=optional_text(data.summary, "The summary", "summary", max_length=MAX_SUMMARY),
            decision=optional_text(
                data.decision, "The Committee's decision", "decision", max_length=MAX_DECISION
            ),
            attachment_path=optional_text(
                data.attachment_path,
                "The attachment path",
                "attachment_path",
                max_length=MAX_ATTACHMENT,
            ),
            grades=self._clean_grades(s, case, kind, data.grades),
        )

    @staticmethod
    def _clean_grades(
        s: Session, case: Case, kind: FollowUpKind, items: Sequence[tuple[int, Grade]]
    ) -> dict[int, Grade]:
        if not items:
            return {}
        if kind != FollowUpKind.COMMITTEE_ASSESSMENT:
            raise DomainError(
                f"Grades are given only in a Committee follow-up assessment, not in a "
                f"{kind.label.lower()}: change the kind of event or remove the grades.",
                field="grades",
            )
        ids = [rid for rid, _grade in items]
        remedies = {r.id: r for r in s.scalars(select(Remedy).where(Remedy.id.in_(ids)))}
        grades: dict[int, Grade] = {}
        for remedy_id, raw_grade in items:
            remedy = remedies.get(remedy_id)
            if remedy is None:
                raise DomainError(
                    "A graded remedy no longer exists (it may have been deleted): reload the "
                    "case and grade again.",
                    field="grades",
                )
            label = remedy_label(RemedyKind(remedy.kind), remedy.text)
            if remedy.case_id != case.id:
                raise DomainError(
                    f"The graded remedy “{label}” belongs to another case, not to case "
                    f"{case.reference}.",
                    field="grades",
                )
            if remedy_id in grades:
                raise DomainError(
                    f"“{label}” is graded twice in this assessment: give one grade per remedy.",
                    field="grades",
                )
            grades[remedy_id] = parse_vocab(Grade, raw_grade, "grade (A to E)", "grades")
        return grades
