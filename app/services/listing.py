"""The cases and people lists: ordered ids for a filter and sort (SQL), rows built on demand
for those ids.

Views page through `ids()` and ask `rows()` only for what is on screen, so a list of
50,000 cases or 500,000 people never loads them all.

Free text goes through the full-text index (app/services/fulltext.py, SQLite FTS5): every
word typed must start a word of the record, case- and diacritics-insensitively in any script
("toreg" finds "Toregozhina", "алия" finds "Алия"). Without the index (PostgreSQL) each word
is matched with ILIKE. Joins to bodies and States are made only when a filter or the sort
needs them, so that a sort by an indexed column of `cases` (revision 0007) is an index scan.

"Has an overdue deadline" cannot be SQL alone and is applied to the ordered ids afterwards
(the order stays SQL's): deadlines are computed from the Committees' rules, see
DeadlinesService.next_by_case. The "next deadline" column is not sortable for the same
reason: sorting by it would mean computing the deadlines of every case.

People sort by `people.name_key` (revision 0007, filled by `name_sort_key`): the Unicode
collation's order for Latin, Cyrillic and Arabic names (case ignored, Ё with Е, accents
only breaking ties), from an index.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, literal_column, select, text
from sqlalchemy.orm import Session, joinedload

from app.db import SessionFactory
from app.dialects import same_text
from app.errors import DomainError
from app.services.base import Clock, Service, country_by_code, parse_vocab
from app.services.deadlines import DeadlinesService
from app.services.dto import (
    CaseFilter,
    CaseRow,
    CountryDTO,
    PeopleFilter,
    PersonRow,
    RecordCounts,
)
from app.services.fulltext import FIELDS, FullTextService, Kind, match_ids, word_conditions
from app.services.people import person_to_dto
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


def _fetch_ids(session: Session, query: Select[Any]) -> list[int]:
    """The first column of `query`'s rows, fetched by the DB-API cursor in one go: a list of
    500,000 ids costs what SQLite takes to produce it, not a Python object per row (the ORM's
    row processing took several times as long)."""
    connection = session.connection()
    # render_postcompile: IN (...) lists (e.g. the victims' roles) as plain placeholders.
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    params: Any = compiled.construct_params()
    if compiled.positiontup is not None:  # "?" placeholders (SQLite)
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


# Sort keys that need the treaty body's or the State's row joined.
_JOIN_BODY = {"body"}
_JOIN_STATE = {"state"}

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
        self._fulltext = FullTextService(session_factory, clock=clock)
        self.people = PeopleListing(session_factory, clock=clock, fulltext=self._fulltext)
        """The people registry's listing (same pattern, see PeopleListing)."""

    def _filtered(self, query: Select[Any], flt: CaseFilter, sort: str = "") -> Select[Any]:
        if sort in _JOIN_BODY:
            query = query.join(TreatyBody, TreatyBody.id == Case.body_id)
        if sort in _JOIN_STATE:
            query = query.join(Country, Country.id == Case.state_id)
        if flt.body:
            query = query.where(
                Case.body_id.in_(select(TreatyBody.id).where(TreatyBody.code == flt.body.upper()))
            )
        if flt.state:
            query = query.where(
                Case.state_id.in_(select(Country.id).where(Country.code == flt.state.upper()))
            )
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
        return self._text_filter(query, flt.text)

    def _text_filter(self, query: Select[Any], typed: str) -> Select[Any]:
        if not typed.strip():
            return query
        ids = match_ids(typed, Kind.CASE) if self._fulltext.available() else None
        if ids is not None:
            return query.where(Case.id.in_(ids))
        # No index (PostgreSQL), or nothing the index can match ("%"): ILIKE.
        return query.where(and_(*word_conditions(Case, FIELDS[Kind.CASE][1], typed)))

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
        query = self._filtered(select(Case.id), flt, sort).order_by(*order)
        with self._uow("case") as session:
            ids = _fetch_ids(session, query)
        return self._keep_python_matches(ids, flt)

    def count(self, flt: CaseFilter | None = None) -> int:
        flt = flt or CaseFilter()
        if flt.overdue:
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


# ---------------------------------------------------------------- people

# The sort key column of revision 0007; not in the models (exports and bundles never carry it).
_NAME_KEY = literal_column("people.name_key")
_FILL_CHUNK = 2000

PEOPLE_SORT_KEYS = ("full_name", "nationality", "consent")


def name_sort_key(name: str) -> str:
    """A people's-names sort key that orders as the Unicode collation does for Latin,
    Cyrillic and Arabic (each script in its alphabet's order, in that order of scripts):
    case-folded, accents dropped (Ё sorts with Е, "Sérgazy" with "Sergazy"; Й stays a letter
    of its own), the accented, folded name breaking ties. Migration 0007 has a frozen copy."""
    folded = unicodedata.normalize("NFC", name or "").casefold().strip()
    decomposed = unicodedata.normalize("NFKD", folded).replace("и\u0306", "й")
    primary = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return f"{primary}\x01{folded}"


class PeopleListing(Service):
    """The people registry as ordered ids for a filter and sort, and rows for a page of ids."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        fulltext: FullTextService | None = None,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._fulltext = fulltext or FullTextService(session_factory, clock=clock)

    def _filtered(self, s: Session, query: Select[Any], flt: PeopleFilter) -> Select[Any]:
        nationality = (flt.nationality or "").strip()
        if nationality:
            country = country_by_code(s, nationality, field="nationality")
            query = query.where(Person.nationality_id == country.id)
        reference = (flt.case or "").strip()
        if flt.role is not None or reference:
            links = select(CaseParty.person_id)
            if flt.role is not None:
                role = parse_vocab(PartyRole, flt.role, "role", "role")
                links = links.where(CaseParty.role == role)
            if reference:
                links = links.where(
                    CaseParty.case_id.in_(
                        select(Case.id).where(same_text(Case.reference, reference))
                    )
                )
            query = query.where(Person.id.in_(links))
        if flt.text.strip():
            ids = match_ids(flt.text, Kind.PERSON) if self._fulltext.available() else None
            if ids is not None:
                query = query.where(Person.id.in_(ids))
            else:  # no index (PostgreSQL), or nothing the index can match: ILIKE
                query = query.where(
                    and_(*word_conditions(Person, FIELDS[Kind.PERSON][1], flt.text))
                )
        return query

    def ids(
        self,
        flt: PeopleFilter | None = None,
        *,
        sort: str = "full_name",
        descending: bool = False,
    ) -> list[int]:
        """The ids of the people matching `flt`, in display order."""
        flt = flt or PeopleFilter()
        if sort not in PEOPLE_SORT_KEYS:
            raise DomainError(f"The people registry cannot be sorted by “{sort}”.")
        name = _NAME_KEY.desc() if descending else _NAME_KEY.asc()
        person_id = Person.id.desc() if descending else Person.id.asc()
        query = select(Person.id)
        if sort == "nationality":
            query = query.outerjoin(Country, Country.id == Person.nationality_id)
            key: Any = func.coalesce(Country.name, "")
            order = [key.desc() if descending else key.asc(), name, person_id]
        elif sort == "consent":
            key = Person.consent_to_be_named
            order = [key.desc() if descending else key.asc(), name, person_id]
        else:
            order = [name, person_id]
        with self._uow("person") as s:
            self._fill_name_keys(s)
            query = self._filtered(s, query, flt).order_by(*order)
            return _fetch_ids(s, query)

    def count(self, flt: PeopleFilter | None = None) -> int:
        """How many people match `flt` (all of them without one)."""
        flt = flt or PeopleFilter()
        with self._uow("person") as s:
            query = self._filtered(s, select(func.count(Person.id)), flt)
            return int(s.scalar(query) or 0)

    def rows(self, ids: Sequence[int]) -> list[PersonRow]:
        """The registry rows for `ids`, in the order given (ids that vanished are skipped)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        with self._uow("person") as s:
            people = {
                p.id: person_to_dto(p)
                for p in s.scalars(
                    select(Person)
                    .options(joinedload(Person.nationality))
                    .where(Person.id.in_(wanted))
                )
            }
            roles: dict[int, set[PartyRole]] = {}
            cases: dict[int, set[str]] = {}
            for person_id, role, reference in s.execute(
                select(CaseParty.person_id, CaseParty.role, Case.reference)
                .join(Case, Case.id == CaseParty.case_id)
                .where(CaseParty.person_id.in_(list(people)))
            ):
                roles.setdefault(person_id, set()).add(PartyRole(role))
                cases.setdefault(person_id, set()).add(reference)
        order = list(PartyRole)
        return [
            PersonRow(
                person=people[i],
                roles=tuple(sorted(roles.get(i, ()), key=order.index)),
                cases=tuple(sorted(cases.get(i, ()))),
            )
            for i in wanted
            if i in people
        ]

    def warm(self) -> None:
        """Compute the sort keys of new or renamed people now (e.g. on a worker thread)."""
        with self._uow("person") as s:
            self._fill_name_keys(s)

    @staticmethod
    def _fill_name_keys(s: Session) -> None:
        """Give a sort key to the people who have none (new, imported or renamed people;
        the key is reset by a trigger when a name changes): an index lookup when none."""
        missing = s.execute(select(Person.id, Person.full_name).where(_NAME_KEY.is_(None))).all()
        if not missing:
            return
        update = text("UPDATE people SET name_key = :k WHERE id = :i")
        for start in range(0, len(missing), _FILL_CHUNK):
            chunk = missing[start : start + _FILL_CHUNK]
            s.execute(update, [{"k": name_sort_key(n), "i": i} for i, n in chunk])
