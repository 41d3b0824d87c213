"""The cases list: ordered ids for a filter and sort (SQL), rows built on demand for those ids.

Views page through `ids()` and ask `rows()` only for what is on screen, so a list of
50,000 cases never loads them all.

Two filters cannot be SQL alone and are applied to the ordered ids afterwards (the order
stays SQL's): "has an overdue deadline" (deadlines are computed from the Committees' rules,
see DeadlinesService.next_by_case) and free text that is not plain ASCII (SQLite folds the
case of ASCII letters only; Cyrillic is folded with Python's casefold, as for people).
The "next deadline" column is not sortable for the same reason: sorting by it would mean
computing the deadlines of every case.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, or_, select

from app.db import SessionFactory
from app.errors import DomainError
from app.services.base import Clock, Service
from app.services.deadlines import DeadlinesService
from app.services.dto import CaseFilter, CaseRow, CountryDTO, RecordCounts
from app.services.people import fold
from app.vocab import Outcome, PartyRole, Stage
from models import Case, CaseParty, Country, Person, Review, Tag, TreatyBody, case_tags

VICTIM_ROLES = (PartyRole.VICTIM, PartyRole.AUTHOR_AND_VICTIM)

_STAGE_ORDER = case({s: i for i, s in enumerate(Stage)}, value=Case.stage)
_OUTCOME_ORDER = case({o: i for i, o in enumerate(Outcome)}, value=Case.outcome)


def _victims_count() -> Any:
    return (
        select(func.count(CaseParty.id))
        .where(CaseParty.case_id == Case.id, CaseParty.role.in_(VICTIM_ROLES))
        .correlate(Case)
        .scalar_subquery()
    )


SORT_KEYS: dict[str, Any] = {
    "reference": Case.reference,
    "title": Case.title,
    "body": TreatyBody.code,
    "state": Country.name,
    "symbol": Case.symbol,
    "communication_number": Case.communication_number,
    "stage": _STAGE_ORDER,
    "outcome": _OUTCOME_ORDER,
    "lead_lawyer": Case.lead_lawyer,
    "decision_date": Case.decision_date,
    "updated_at": Case.updated_at,
}


class CaseListing(Service):
    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        deadlines: DeadlinesService,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._deadlines = deadlines

    def _filtered(self, query: Select[Any], flt: CaseFilter) -> Select[Any]:
        query = query.join(TreatyBody, TreatyBody.id == Case.body_id).join(
            Country, Country.id == Case.state_id
        )
        if flt.body:
            query = query.where(TreatyBody.code == flt.body.upper())
        if flt.state:
            query = query.where(Country.code == flt.state.upper())
        if flt.stage:
            query = query.where(Case.stage == flt.stage)
        if flt.outcome:
            query = query.where(Case.outcome == flt.outcome)
        if flt.lead_lawyer:
            query = query.where(Case.lead_lawyer == flt.lead_lawyer)
        if flt.tag:
            query = query.where(
                Case.id.in_(
                    select(case_tags.c.case_id)
                    .join(Tag, Tag.id == case_tags.c.tag_id)
                    .where(Tag.name == flt.tag)
                )
            )
        text = flt.text.strip()
        if text and text.isascii():
            # % and _ are what the user typed, not wildcards.
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            like = f"%{escaped}%"
            query = query.where(
                or_(
                    Case.reference.ilike(like, escape="\\"),
                    Case.title.ilike(like, escape="\\"),
                    Case.symbol.ilike(like, escape="\\"),
                    Case.communication_number.ilike(like, escape="\\"),
                )
            )
        return query

    def ids(
        self, flt: CaseFilter | None = None, *, sort: str = "reference", descending: bool = False
    ) -> list[int]:
        """The ids of the matching cases, in display order."""
        flt = flt or CaseFilter()
        if sort == "victims":
            key: Any = _victims_count()
        elif sort in SORT_KEYS:
            key = SORT_KEYS[sort]
        else:
            raise DomainError(f"The cases list cannot be sorted by “{sort}”.")
        order = [key.desc() if descending else key.asc(), Case.id.asc()]
        query = self._filtered(select(Case.id), flt).order_by(*order)
        with self._uow("case") as session:
            ids = list(session.scalars(query))
        return self._keep_python_matches(ids, flt)

    def count(self, flt: CaseFilter | None = None) -> int:
        flt = flt or CaseFilter()
        if flt.overdue or not flt.text.strip().isascii():
            return len(self.ids(flt))
        query = self._filtered(select(func.count(Case.id)), flt)
        with self._uow("case") as session:
            return int(session.scalar(query) or 0)

    def overdue_ids(self) -> set[int]:
        """The cases with a deadline past due and not marked done.

        A case's earliest open deadline is overdue exactly when any of its open deadlines is.
        """
        today = self.today()
        return {
            case_id
            for case_id, deadline in self._deadlines.next_by_case().items()
            if deadline.due_date < today
        }

    def _keep_python_matches(self, ids: list[int], flt: CaseFilter) -> list[int]:
        """Apply the parts of the filter SQL cannot (see the module's docstring)."""
        if flt.overdue and ids:
            overdue = self.overdue_ids()
            ids = [i for i in ids if i in overdue]
        text = flt.text.strip()
        if text and not text.isascii() and ids:
            words = fold(text).split()
            fields = select(
                Case.id, Case.reference, Case.title, Case.symbol, Case.communication_number
            )
            with self._uow("case") as session:
                matching = {row[0] for row in session.execute(fields) if _has_words(words, row[1:])}
            ids = [i for i in ids if i in matching]
        return ids

    def states(self) -> list[CountryDTO]:
        """The States parties that some case is against, by name (for the list's filter)."""
        query = (
            select(Country.id, Country.code, Country.name)
            .where(Country.id.in_(select(Case.state_id).distinct()))
            .order_by(Country.name)
        )
        with self._uow("case") as session:
            return [CountryDTO(id=i, code=c, name=n) for i, c, n in session.execute(query)]

    def record_counts(self) -> RecordCounts:
        """Cases, people and reviews in the database (three COUNT queries)."""
        with self._uow("case") as session:
            return RecordCounts(
                cases=int(session.scalar(select(func.count(Case.id))) or 0),
                people=int(session.scalar(select(func.count(Person.id))) or 0),
                reviews=int(session.scalar(select(func.count(Review.id))) or 0),
            )

    def rows(self, ids: Sequence[int]) -> list[CaseRow]:
        """The rows for `ids`, in the order given (ids that vanished are skipped)."""
        if not ids:
            return []
        query = (
            select(
                Case.id,
                Case.reference,
                Case.title,
                TreatyBody.code,
                Country.code,
                Country.name,
                Case.symbol,
                Case.communication_number,
                Case.stage,
                Case.outcome,
                Case.lead_lawyer,
                _victims_count(),
            )
            .join(TreatyBody, TreatyBody.id == Case.body_id)
            .join(Country, Country.id == Case.state_id)
            .where(Case.id.in_(list(ids)))
        )
        with self._uow("case") as session:
            found = {r[0]: r for r in session.execute(query)}
        upcoming = self._deadlines.next_by_case(list(found))
        result = []
        for case_id in ids:
            r = found.get(case_id)
            if r is None:
                continue
            nxt = upcoming.get(case_id)
            result.append(
                CaseRow(
                    id=r[0],
                    reference=r[1],
                    title=r[2],
                    body=r[3],
                    state=r[4],
                    state_name=r[5],
                    symbol=r[6],
                    communication_number=r[7],
                    stage=r[8],
                    outcome=r[9],
                    lead_lawyer=r[10],
                    victims=int(r[11] or 0),
                    next_deadline=nxt.due_date if nxt else None,
                    next_deadline_title=nxt.title if nxt else None,
                )
            )
        return result

    def all_rows(self, flt: CaseFilter | None = None, *, sort: str = "reference") -> list[CaseRow]:
        return self.rows(self.ids(flt, sort=sort))

    def by_stage(self) -> dict[Stage, int]:
        with self._uow("case") as session:
            rows = session.execute(select(Case.stage, func.count()).group_by(Case.stage))
            counts = {stage: n for stage, n in rows}
        return {stage: int(counts.get(stage, 0)) for stage in Stage}

    def by_body(self) -> dict[str, int]:
        query = (
            select(TreatyBody.code, func.count(Case.id))
            .join(Case, Case.body_id == TreatyBody.id)
            .group_by(TreatyBody.code)
            .order_by(TreatyBody.code)
        )
        with self._uow("case") as session:
            return {code: int(n) for code, n in session.execute(query)}


def _has_words(words: list[str], fields: Sequence[str | None]) -> bool:
    haystack = " | ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in words)
