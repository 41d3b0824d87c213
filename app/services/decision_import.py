"""Importing a Committee's Views or decision into a case.

    analyse(path)            read the file: a DecisionImport (nothing saved)
    match_case(result)       the case it belongs to, by document symbol or communication number
    diff(case_id, result)    field by field: what the case holds and what the document says
    people_matches(result)   each person found, with the registry's look-alikes
    apply(result, ...)       create or update the case, its people, articles, remedies and
                             follow-up deadline, in one transaction

Nothing typed by a user is overwritten silently: on an existing case only the accepted
fields are written (by default only those the case leaves empty); remedies and parties
are only ever added, never removed. Either everything is saved or nothing is.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from dataclasses import fields as dc_fields
from datetime import date
from functools import partial
from pathlib import Path
from typing import cast

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from app.db import SessionFactory
from app.errors import ConflictError, DomainError
from app.importers.decision import (
    DecisionImport,
    FollowUpPeriod,
    Found,
    PersonFound,
    RemedyFound,
    parse_decision,
)
from app.importers.decision_text import ArticleRef
from app.importers.text_extract import extract_text
from app.services.base import Clock, Service
from app.services.cases import CaseService
from app.services.deadlines import DeadlinesService, add_period, case_key, format_period, long_date
from app.services.dto import (
    CaseArticleInput,
    CaseDTO,
    CaseInput,
    DeadlineDTO,
    DeadlineInput,
    PartyDTO,
    PartyInput,
    PersonDTO,
    PersonInput,
    RemedyDTO,
    RemedyInput,
)
from app.services.people import PeopleService, name_similarity
from app.services.reference import ReferenceService
from app.services.remedies import RemedyService
from app.vocab import (
    ArticleRelation,
    DeadlineRule,
    Outcome,
    PartyRole,
    Stage,
)
from models import Case, TreatyBody

# The fields apply() can write, in the order the preview shows them.
IMPORT_FIELDS: dict[str, str] = {
    "symbol": "Document symbol",
    "communication_number": "Communication number",
    "state": "State party",
    "session": "Session",
    "decision_type": "Type of decision",
    "outcome": "Outcome",
    "stage": "Stage",
    "submission_date": "Date of the communication",
    "transmittal_date": "Transmitted to the State party",
    "state_observations_received_on": "State party's observations",
    "decision_date": "Date of adoption of the decision",
    "decision_transmittal_date": "Decision transmitted to the State party",
    "summary": "Summary (subject matter)",
    "articles_invoked": "Articles invoked",
    "articles_violated": "Articles found violated",
    "parties": "Authors, victims and counsel",
    "remedies": "Remedies",
    "follow_up": "Follow-up deadline",
}

SAME_PERSON = 90.0
"""A person found in the decision is taken for a party of the case from this similarity."""
LOOK_ALIKE = 85.0
"""Registry people from this similarity are offered as possible matches."""
AUTO_LINK = 97.0
"""A single registry person this similar (and not contradicted by the birth date) is linked
without asking."""

_STAGE_ORDER = list(Stage)


@dataclass(frozen=True)
class FieldDiff:
    """One field of the comparison between a case and a decision."""

    name: str  # a key of IMPORT_FIELDS, as accepted by apply()
    label: str
    current: str  # what the case holds, in words ("" when empty)
    imported: str  # what the document says, in words ("" when it says nothing)
    status: str  # "same", "new" (the case is empty), "different", "not_in_document"
    source: str = ""
    warning: str = ""

    @property
    def fills_gap(self) -> bool:
        return self.status == "new"


@dataclass(frozen=True)
class PersonMatch:
    """A person found in the decision and who they may be in the registry."""

    person: PersonFound
    candidates: tuple[tuple[PersonDTO, float], ...]  # look-alikes, best first
    in_case: PersonDTO | None  # already a party of the case
    suggestion: int | None  # the person to link by default; None: create a new person

    @property
    def key(self) -> str:
        return self.person.key


@dataclass(frozen=True)
class ImportReport:
    """What apply() did."""

    case: CaseDTO
    created: bool  # a new case
    fields_written: tuple[str, ...]
    people_created: tuple[str, ...]
    people_linked: tuple[str, ...]
    remedies_added: tuple[str, ...]
    deadline: DeadlineDTO | None  # the follow-up deadline now in force, if any
    notes: tuple[str, ...] = ()


@dataclass
class _Plan:
    """Everything apply() will write, decided before anything is written."""

    fields: set[str]
    people: list[tuple[PersonFound, int | None]] = field(default_factory=list)  # id or new
    notes: list[str] = field(default_factory=list)


class DecisionImportService(Service):
    """Read a decision and file it: into a new case or, field by field, an existing one."""

    # ------------------------------------------------------------------ reading

    def analyse(self, path: str | Path) -> DecisionImport:
        """Read a .txt, .docx or .pdf decision. DomainError for a file that cannot be read or
        is not a decision; nothing is saved."""
        extracted = extract_text(path)
        result = parse_decision(extracted.text, source_name=Path(path).name)
        if extracted.warnings:
            result = replace(result, warnings=(*extracted.warnings, *result.warnings))
        return result

    def analyse_text(self, text: str, *, source_name: str = "") -> DecisionImport:
        """Read a decision pasted as text."""
        return parse_decision(text, source_name=source_name)

    def match_case(self, result: DecisionImport) -> int | None:
        """The case this decision belongs to: same document symbol, else same communication
        number before the same Committee (any of them, for joined communications)."""
        with self._uow("case") as s:
            return _match(s, result)

    # ------------------------------------------------------------------ comparing

    def diff(self, case_id: int, result: DecisionImport) -> list[FieldDiff]:
        """Field by field: what the case holds and what the decision says."""
        cases = CaseService(self._session_factory, clock=self._clock)
        case = cases.get(case_id)
        self._check_body(case, result)
        parties = cases.parties(case_id)
        articles = cases.articles(case_id)
        remedies = RemedyService(self._session_factory, clock=self._clock).remedies(case_id)
        deadlines = DeadlinesService(self._session_factory, clock=self._clock).for_case(case_id)
        values = _case_values(result)
        rows: list[FieldDiff] = []
        for name, label in IMPORT_FIELDS.items():
            if name in _CASE_COLUMNS:
                current = getattr(case, name)
                rows.append(_column_diff(name, label, current, values.get(name)))
            elif name in ("articles_invoked", "articles_violated"):
                relation = (
                    ArticleRelation.INVOKED
                    if name == "articles_invoked"
                    else ArticleRelation.VIOLATED
                )
                have = tuple(
                    sorted(
                        (
                            ArticleRef(a.number, a.paragraph)
                            for a in articles
                            if a.relation is relation
                        ),
                        key=_order,
                    )
                )
                found = getattr(result, name)
                rows.append(_articles_diff(name, label, have, found))
            elif name == "parties":
                rows.append(_parties_diff(label, [p.person.full_name for p in parties], result))
            elif name == "remedies":
                rows.append(_remedies_diff(label, remedies, result.remedies))
            elif name == "follow_up":
                followups = [d for d in deadlines if d.rule in _FOLLOWUP_RULES]
                rows.append(_follow_up_diff(label, followups, result.follow_up))
        return rows

    def people_matches(
        self, result: DecisionImport, case_id: int | None = None
    ) -> list[PersonMatch]:
        """Each person the decision names, with the registry's look-alikes (fuzzy and
        transliteration-tolerant) and the person apply() will link by default."""
        people = PeopleService(self._session_factory, clock=self._clock)
        parties = (
            CaseService(self._session_factory, clock=self._clock).parties(case_id)
            if case_id is not None
            else []
        )
        return [_person_match(people, parties, p) for p in result.people]

    # ------------------------------------------------------------------ writing

    def apply(
        self,
        result: DecisionImport,
        *,
        case_id: int | None = None,
        accepted_fields: Collection[str] | None = None,
        person_matches: Mapping[str, int | None] | None = None,
        reference: str | None = None,
        expected_version: int | None = None,
    ) -> CaseDTO:
        """Create a case from the decision (`case_id` None) or fill an existing one.

        `accepted_fields`: the keys of IMPORT_FIELDS to write. None: everything the
        decision states for a new case; for an existing case only the fields it leaves
        empty (never overwriting what was typed). `person_matches`: for a person's key (the
        name as found), the id of the registry person to link, or None to create a new
        person; people not listed are linked when the registry holds one unmistakable match,
        created when it holds none, and refused (DomainError) when it is unclear.
        `expected_version`: the case's version when the preview was made."""
        return self.apply_with_report(
            result,
            case_id=case_id,
            accepted_fields=accepted_fields,
            person_matches=person_matches,
            reference=reference,
            expected_version=expected_version,
        ).case

    def apply_with_report(
        self,
        result: DecisionImport,
        *,
        case_id: int | None = None,
        accepted_fields: Collection[str] | None = None,
        person_matches: Mapping[str, int | None] | None = None,
        reference: str | None = None,
        expected_version: int | None = None,
    ) -> ImportReport:
        """As apply(), and say what was done."""
        unknown = sorted(set(accepted_fields or ()) - set(IMPORT_FIELDS))
        if unknown:
            raise DomainError(
                f"Unknown field(s) to import: {', '.join(unknown)}. Known fields: "
                f"{', '.join(IMPORT_FIELDS)}.",
                field="accepted_fields",
            )
        with self._atomic() as factory:
            writer = _Writer(factory, self._clock, result)
            return writer.run(
                case_id=case_id,
                accepted_fields=accepted_fields,
                person_matches=dict(person_matches or {}),
                reference=reference,
                expected_version=expected_version,
            )

    # ------------------------------------------------------------------ internals

    def _check_body(self, case: CaseDTO, result: DecisionImport) -> None:
        if result.body_code and result.body_code != case.body:
            raise DomainError(
                f"This is a decision of the {result.body_code}, but case {case.reference} is "
                f"before the {case.body}: choose the right case.",
                field="case_id",
            )

    @contextmanager
    def _atomic(self) -> Iterator[SessionFactory]:
        """Sessions that all share one transaction, committed only if everything succeeds.

        The services used by apply() each open their own unit of work; bound to one
        connection with SAVEPOINTs, their commits become savepoint releases and the outer
        transaction decides (SQLAlchemy's recipe for joining sessions to an external
        transaction). The sessions come from the usual factory, so the audit trail records
        every change as usual."""
        bind = self._session_factory.kw.get("bind")
        if not isinstance(bind, Engine):
            raise DomainError("The import needs a database engine to write in one transaction.")
        with bind.connect() as connection:
            outer = connection.begin()
            factory = cast(
                SessionFactory,
                partial(
                    self._session_factory,
                    bind=connection,
                    join_transaction_mode="create_savepoint",
                ),
            )
            try:
                yield factory
            except BaseException:
                outer.rollback()
                raise
            outer.commit()


# ---------------------------------------------------------------------- the writer


_CASE_COLUMNS = (
    "symbol",
    "communication_number",
    "state",
    "session",
    "decision_type",
    "outcome",
    "stage",
    "submission_date",
    "transmittal_date",
    "state_observations_received_on",
    "decision_date",
    "decision_transmittal_date",
    "summary",
)
_FOLLOWUP_RULES = (DeadlineRule.FOLLOWUP_REPLY, DeadlineRule.MANUAL)


class _Writer:
    """One apply(): the services over the shared transaction, and what was done."""

    def __init__(self, factory: SessionFactory, clock: Clock, result: DecisionImport) -> None:
        self.factory = factory
        self.clock = clock
        self.result = result
        self.cases = CaseService(factory, clock=clock)
        self.people = PeopleService(factory, clock=clock)
        self.remedies = RemedyService(factory, clock=clock)
        self.deadlines = DeadlinesService(factory, clock=clock)
        self.reference = ReferenceService(factory, clock=clock)
        self.created_people: list[str] = []
        self.linked_people: list[str] = []
        self.added_remedies: list[str] = []
        self.notes: list[str] = []

    def run(
        self,
        *,
        case_id: int | None,
        accepted_fields: Collection[str] | None,
        person_matches: dict[str, int | None],
        reference: str | None,
        expected_version: int | None,
    ) -> ImportReport:
        result = self.result
        values = _case_values(result)
        existing = self.cases.get(case_id) if case_id is not None else None
        if existing is not None:
            if result.body_code and result.body_code != existing.body:
                raise DomainError(
                    f"This is a decision of the {result.body_code}, but case "
                    f"{existing.reference} is before the {existing.body}: choose the right case.",
                    field="case_id",
                )
            if expected_version is not None and existing.version != expected_version:
                raise ConflictError(
                    f"Case {existing.reference} was changed elsewhere since the comparison was "
                    "made (another window or another user). Nothing was imported: compare "
                    "again and import.",
                    current_version=existing.version,
                )
        fields = self._fields(existing, accepted_fields)
        parties = self.cases.parties(existing.id) if existing else []
        plan = self._plan_people(fields, parties, person_matches)

        # 1. the case itself
        if existing is None:
            case = self.cases.create(self._new_case(values, fields, reference))
            written = [f for f in _CASE_COLUMNS if f in fields and values.get(f) is not None]
        else:
            data, written = _updated_input(existing, values, fields)
            case = (
                self.cases.update(existing.id, data, expected_version=existing.version)
                if written
                else existing
            )
        # 2. articles
        for name, relation in (
            ("articles_invoked", ArticleRelation.INVOKED),
            ("articles_violated", ArticleRelation.VIOLATED),
        ):
            found = getattr(result, name)
            if name in fields and found is not None and (found.value or existing is not None):
                items = self._known_articles(case.body, found.value, relation)
                if existing is None and not items:
                    continue
                case = self._set_articles(case, relation, items)
                written.append(name)
        # 3. people
        if "parties" in fields and plan.people:
            self._write_people(case, plan)
            written.append("parties")
        # 4. remedies
        if "remedies" in fields and result.remedies:
            have = {(r.kind, r.scope) for r in self.remedies.remedies(case.id)}
            for remedy in result.remedies:
                if (remedy.kind, remedy.scope) in have:
                    self.notes.append(
                        f"The case already has a {remedy.kind.label.lower()} remedy "
                        f"({remedy.scope.value}): kept as it is."
                    )
                    continue
                self.remedies.add(case.id, RemedyInput(remedy.kind, remedy.scope, remedy.text))
                have.add((remedy.kind, remedy.scope))
                self.added_remedies.append(f"{remedy.kind.label} ({remedy.scope.value})")
            if self.added_remedies:
                written.append("remedies")
        # 5. the follow-up deadline
        case = self.cases.get(case.id)
        deadline = None
        if "follow_up" in fields:
            deadline = self._follow_up(case)
        elif case.outcome is Outcome.VIOLATION:
            deadline = self._current_follow_up(case.id)
        return ImportReport(
            case=self.cases.get(case.id),
            created=existing is None,
            fields_written=tuple(dict.fromkeys(written)),
            people_created=tuple(self.created_people),
            people_linked=tuple(self.linked_people),
            remedies_added=tuple(self.added_remedies),
            deadline=deadline,
            notes=tuple(plan.notes + self.notes),
        )

    # ---- deciding

    def _fields(self, existing: CaseDTO | None, accepted: Collection[str] | None) -> set[str]:
        if accepted is not None:
            return set(accepted)
        if existing is None:
            return set(IMPORT_FIELDS)
        service = DecisionImportService(self.factory, clock=self.clock)
        gaps = {d.name for d in service.diff(existing.id, self.result) if d.fills_gap}
        values = _case_values(self.result)
        decided_on = existing.decision_date or (
            values.get("decision_date") if "decision_date" in gaps else None
        )
        if "outcome" in gaps and decided_on is None:
            gaps -= {"outcome", "stage", "decision_type"}
            self.notes.append(
                "The outcome was not written: the case has no decision date and the document "
                "gives none. Enter the date the Committee adopted the decision, then import "
                "again."
            )
        if "outcome" not in gaps and values.get("outcome") != existing.outcome:
            gaps.discard("stage")  # the stage follows the outcome the case keeps
        outcome = values.get("outcome") if "outcome" in gaps else existing.outcome
        if outcome not in (Outcome.VIOLATION, Outcome.PENDING):
            gaps -= {"remedies", "follow_up"}
        return gaps

    def _plan_people(
        self, fields: set[str], parties: list[PartyDTO], person_matches: dict[str, int | None]
    ) -> _Plan:
        plan = _Plan(fields=fields)
        if "parties" not in fields:
            return plan
        unclear: list[str] = []
        for person in self.result.people:
            match = _person_match(self.people, parties, person)
            if match.in_case is not None:
                plan.notes.append(
                    f"{person.name} is already a party of the case (as "
                    f"{match.in_case.full_name}): not added again."
                )
                continue
            if person.key in person_matches:
                chosen = person_matches[person.key]
                if chosen is not None:
                    self.people.get(chosen)  # NotFoundError if it was deleted meanwhile
                plan.people.append((person, chosen))
            elif match.suggestion is not None:
                plan.people.append((person, match.suggestion))
            elif match.candidates:
                names = "; ".join(
                    f"{p.full_name} (no. {p.id}, {score:.0f}% alike)"
                    for p, score in match.candidates[:5]
                )
                unclear.append(f"{person.name}: {names}")
            else:
                plan.people.append((person, None))
        if unclear:
            raise DomainError(
                "Some people named in the decision resemble people already in the registry; "
                "say for each whether it is the same person or a new one (nothing was saved). "
                + " | ".join(unclear),
                field="person_matches",
            )
        return plan

    def _new_case(
        self, values: dict[str, object], fields: set[str], reference: str | None
    ) -> CaseInput:
        result = self.result
        if result.body is None:
            raise DomainError(
                "The Committee was not recognised in the document: choose it before importing.",
                field="body",
            )
        if "state" not in fields or values.get("state") is None:
            raise DomainError(
                "The State party was not recognised in the document: choose it before importing.",
                field="state",
            )
        outcome = values.get("outcome") if "outcome" in fields else None
        if outcome not in (None, Outcome.PENDING) and (
            "decision_date" not in fields or values.get("decision_date") is None
        ):
            raise DomainError(
                "The date the Committee adopted the decision is not in the document (it is on "
                "the cover page of the published document): enter it before importing, since "
                "the outcome and the follow-up deadline depend on it.",
                field="decision_date",
            )
        kept = {k: v for k, v in values.items() if k in fields and v is not None}
        title = result.title.value if result.title else _fallback_title(result)
        data = CaseInput(
            reference=reference or self._reference(result),
            title=title,
            body=result.body.value,
            state=str(kept.pop("state")),
            notes=_import_note(result, self.cases.today()),
        )
        return replace(data, **kept)

    def _reference(self, result: DecisionImport) -> str:
        number = result.numbers[0].split("/")[0] if result.numbers else "NEW"
        base = f"{result.state_code or 'XX'}-{result.body_code or 'UN'}-{number}"
        with self.cases._uow("case") as s:
            taken = set(s.scalars(select(Case.reference).where(Case.reference.like(f"{base}%"))))
        if base not in taken:
            return base
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    # ---- writing

    def _known_articles(
        self, body: str, refs: tuple[ArticleRef, ...], relation: ArticleRelation
    ) -> list[CaseArticleInput]:
        known = {a.number for a in self.reference.articles(body)}
        items: list[CaseArticleInput] = []
        for ref in refs:
            if ref.number not in known:
                self.notes.append(
                    f"Article {ref.label} is not an article of the {body} treaty known to "
                    "TreatyDesk: left out."
                )
                continue
            items.append(CaseArticleInput(ref.number, relation, ref.paragraph))
        return items

    def _set_articles(
        self, case: CaseDTO, relation: ArticleRelation, items: list[CaseArticleInput]
    ) -> CaseDTO:
        current = self.cases.get(case.id)
        self.cases.set_articles(case.id, relation, items, expected_version=current.version)
        return self.cases.get(case.id)

    def _write_people(self, case: CaseDTO, plan: _Plan) -> None:
        notes = _finding_notes(self.result)
        symbol = self.result.symbol.value if self.result.symbol else case.reference
        for person, chosen in plan.people:
            if chosen is None:
                created = self.people.create(_person_input(person, symbol))
                person_id = created.id
                self.created_people.append(person.name)
            else:
                person_id = chosen
                self.linked_people.append(person.name)
            party_notes = "; ".join(x for x in (person.relation, notes.get(person.name, "")) if x)
            self.cases.add_party(case.id, PartyInput(person_id, person.role, party_notes))

    def _follow_up(self, case: CaseDTO) -> DeadlineDTO | None:
        """The case's follow-up deadline: the body's rule when the decision asks for the
        same period, else a deadline entered for the decision's own period (and the rule's
        marked done so that only one counts)."""
        found = self.result.follow_up
        if case.outcome is not Outcome.VIOLATION:
            return None
        if found is None:
            return self._current_follow_up(case.id)
        body = self.reference.body(case.body)
        rule = (
            FollowUpPeriod(body.followup_value, body.followup_unit)
            if body.followup_value is not None and body.followup_unit is not None
            else None
        )
        period = found.value
        if rule is not None and _same_period(rule, period):
            return self._current_follow_up(case.id)
        start = case.decision_transmittal_date or case.decision_date
        if start is None:
            self.notes.append("No decision date: the follow-up deadline could not be set.")
            return None
        event = "transmittal of the decision" if case.decision_transmittal_date else "the decision"
        due = add_period(start, period.value, period.unit)
        title = (
            f"State party's follow-up reply due ({period.text} after {event}, as the decision asks)"
        )
        for existing in self.deadlines.for_case(case.id):
            if (
                existing.rule is DeadlineRule.MANUAL
                and existing.title == title
                and existing.due_date == due
            ):
                return existing
        usual = format_period(rule.value, rule.unit) if rule else "none"
        manual = self.deadlines.add(
            DeadlineInput(
                title=title[:255],
                due_date=due,
                case_id=case.id,
                notes=(
                    f"Set from the decision ({found.where}): “{found.source}” "
                    f"{event[:1].upper() + event[1:]} {long_date(start)} + {period.text}. "
                    f"The Committee's usual period is {usual}; that rule's deadline was "
                    "marked done so that only this one counts."
                ),
            )
        )
        if rule is not None:
            key = case_key(DeadlineRule.FOLLOWUP_REPLY, case.id)
            if any(d.key == key and not d.done for d in self.deadlines.for_case(case.id)):
                self.deadlines.mark_done(key, True)
        self.notes.append(
            f"The decision asks for a reply within {period.text}, not the Committee's usual "
            f"{usual}: a deadline was added for {long_date(due)}."
        )
        return manual

    def _current_follow_up(self, case_id: int) -> DeadlineDTO | None:
        for deadline in self.deadlines.for_case(case_id):
            if deadline.rule is DeadlineRule.FOLLOWUP_REPLY:
                return deadline
        return None


# ---------------------------------------------------------------------- helpers


def _match(s: Session, result: DecisionImport) -> int | None:
    if result.symbol is not None:
        found = s.scalar(
            select(Case.id)
            .where(func.upper(Case.symbol) == result.symbol.value.upper())
            .order_by(Case.id)
        )
        if found is not None:
            return found
    if result.numbers:
        query = select(Case.id).where(Case.communication_number.in_(result.numbers))
        if result.body_code:
            query = query.join(TreatyBody, TreatyBody.id == Case.body_id).where(
                TreatyBody.code == result.body_code
            )
        found = s.scalar(query.order_by(Case.id))
        if found is not None:
            return found
        # A joined communication recorded under its symbol only.
        patterns = [Case.symbol.like(f"%{n}") | Case.symbol.like(f"%{n}-%") for n in result.numbers]
        return s.scalar(select(Case.id).where(or_(*patterns)).order_by(Case.id))
    return None


def _case_values(result: DecisionImport) -> dict[str, object]:
    """What the decision says for each column of the case (None: it says nothing)."""
    outcome = result.outcome.value if result.outcome else None
    stage: Stage | None = None
    if outcome is Outcome.VIOLATION:
        stage = Stage.FOLLOW_UP
    elif outcome is Outcome.PENDING:
        stage = Stage.MERITS
    elif outcome is not None:
        stage = Stage.DECIDED
    observations = min((f.value for f in result.state_observations_dates), default=None)
    return {
        "symbol": _v(result.symbol),
        "communication_number": result.numbers[0] if result.numbers else None,
        "state": _v(result.state),
        "session": _v(result.session),
        "decision_type": _v(result.decision_type),
        "outcome": outcome,
        "stage": stage,
        "submission_date": _v(result.submission_date),
        "transmittal_date": _v(result.transmittal_date),
        "state_observations_received_on": observations,
        "decision_date": _v(result.adoption_date),
        "decision_transmittal_date": _v(result.decision_transmittal_date),
        "summary": _v(result.subject_matter),
    }


def _v(found: Found[object] | None) -> object:
    return found.value if found is not None else None


def _is_empty(name: str, value: object) -> bool:
    if value is None or value == "" or value == ():
        return True
    if name == "outcome":
        return value is Outcome.PENDING
    if name == "stage":
        return False
    return False


def _words(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return long_date(value)
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    return str(value)


def _column_diff(name: str, label: str, current: object, imported: object) -> FieldDiff:
    if name == "stage":
        return _stage_diff(label, current, imported)
    if imported is None or imported == "":
        return FieldDiff(name, label, _words(current), "", "not_in_document")
    if _is_empty(name, current):
        return FieldDiff(name, label, _words(current), _words(imported), "new")
    same = (
        str(current).upper() == str(imported).upper()
        if name in ("symbol", "state")
        else current == imported
    )
    status = "same" if same else "different"
    return FieldDiff(name, label, _words(current), _words(imported), status)


def _stage_diff(label: str, current: object, imported: object) -> FieldDiff:
    """The stage is only ever moved forward by an import (a case closed stays closed)."""
    if imported is None:
        return FieldDiff("stage", label, _words(current), "", "not_in_document")
    if current == imported:
        return FieldDiff("stage", label, _words(current), _words(imported), "same")
    if (
        isinstance(current, Stage)
        and isinstance(imported, Stage)
        and _STAGE_ORDER.index(imported) > _STAGE_ORDER.index(current)
    ):
        return FieldDiff("stage", label, _words(current), _words(imported), "new")
    return FieldDiff("stage", label, _words(current), _words(imported), "different")


def _order(ref: ArticleRef) -> tuple[int, str]:
    return ref.sort_key


def _articles_diff(
    name: str, label: str, have: tuple[ArticleRef, ...], found: Found[tuple[ArticleRef, ...]] | None
) -> FieldDiff:
    current = ", ".join(a.label for a in have)
    if found is None:
        return FieldDiff(name, label, current, "", "not_in_document")
    imported = ", ".join(a.label for a in found.value)
    if not have:
        status = "new" if found.value else "same"
    else:
        status = "same" if set(have) == set(found.value) else "different"
    return FieldDiff(name, label, current, imported, status, found.source, found.warning)


def _parties_diff(label: str, names: list[str], result: DecisionImport) -> FieldDiff:
    current = ", ".join(names)
    if not result.people:
        return FieldDiff("parties", label, current, "", "not_in_document")
    imported = ", ".join(f"{p.name} ({p.role.label.lower()})" for p in result.people)
    missing = [
        p
        for p in result.people
        if not any(name_similarity(p.name, n) >= SAME_PERSON for n in names)
    ]
    if not names:
        status = "new"
    elif not missing:
        status = "same"
    else:
        status = "different"
    return FieldDiff("parties", label, current, imported, status, result.people[0].source)


def _remedies_diff(label: str, have: list[RemedyDTO], found: tuple[RemedyFound, ...]) -> FieldDiff:
    current = "; ".join(f"{r.kind.label} ({r.scope.value})" for r in have)
    if not found:
        return FieldDiff("remedies", label, current, "", "not_in_document")
    imported = "; ".join(f"{r.kind.label} ({r.scope.value})" for r in found)
    kinds = {(r.kind, r.scope) for r in have}
    if not have:
        status = "new"
    elif all((r.kind, r.scope) in kinds for r in found):
        status = "same"
    else:
        status = "different"
    return FieldDiff("remedies", label, current, imported, status, found[0].source)


def _follow_up_diff(
    label: str, deadlines: list[DeadlineDTO], found: Found[FollowUpPeriod] | None
) -> FieldDiff:
    current = "; ".join(f"{d.title}: {long_date(d.due_date)}" for d in deadlines)
    if found is None:
        return FieldDiff("follow_up", label, current, "", "not_in_document")
    imported = f"within {found.value.text}"
    status = "new" if not deadlines else "different"
    return FieldDiff("follow_up", label, current, imported, status, found.source, found.warning)


def _updated_input(
    case: CaseDTO, values: dict[str, object], fields: set[str]
) -> tuple[CaseInput, list[str]]:
    """The case as it is, with the accepted fields that differ replaced by the document's."""
    current = CaseInput(
        **{f.name: getattr(case, f.name) for f in dc_fields(CaseInput) if hasattr(case, f.name)}
    )
    changes = {
        name: values[name]
        for name in _CASE_COLUMNS
        if name in fields and values.get(name) is not None and values[name] != getattr(case, name)
    }
    return replace(current, **changes), list(changes)


def _person_match(
    people: PeopleService, parties: Sequence[PartyDTO], person: PersonFound
) -> PersonMatch:
    in_case = None
    for party in parties:
        score = max(
            name_similarity(person.name, candidate)
            for candidate in (
                party.person.full_name,
                party.person.original_script_name,
                party.person.pseudonym,
            )
            if candidate
        )
        if score >= SAME_PERSON:
            in_case = party.person
            break
    candidates = tuple(people.find_similar(person.name, threshold=LOOK_ALIKE))
    suggestion = in_case.id if in_case is not None else None
    if suggestion is None:
        strong = [(p, score) for p, score in candidates if score >= AUTO_LINK]
        if len(strong) == 1 and len(candidates) == 1 and _compatible(strong[0][0], person):
            suggestion = strong[0][0].id
    return PersonMatch(person, candidates, in_case, suggestion)


def _compatible(known: PersonDTO, found: PersonFound) -> bool:
    """Nothing the decision says contradicts the registry (birth date, nationality)."""
    if known.date_of_birth and found.date_of_birth and known.date_of_birth != found.date_of_birth:
        return False
    if (
        known.date_of_birth
        and found.year_of_birth
        and known.date_of_birth.year != found.year_of_birth
    ):
        return False
    return not (known.nationality and found.nationality and known.nationality != found.nationality)


def _person_input(person: PersonFound, symbol: str) -> PersonInput:
    notes = [f"Named in decision {symbol} ({person.where or 'text'})."]
    if person.year_of_birth and not person.date_of_birth:
        notes.append(f"Born in {person.year_of_birth}.")
    if person.role is PartyRole.COUNSEL and person.relation:
        notes.append(f"Counsel {person.relation}.")
    initials = bool(person.is_initials)
    return PersonInput(
        full_name=person.name,
        pseudonym=person.name if initials else "",
        date_of_birth=person.date_of_birth,
        nationality=person.nationality,
        notes=" ".join(notes),
    )


def _finding_notes(result: DecisionImport) -> dict[str, str]:
    """Per victim, the articles found violated with regard to them only."""
    notes: dict[str, list[str]] = {}
    for finding in result.findings:
        for name in finding.persons:
            notes.setdefault(name, []).extend(a.label for a in finding.articles)
    return {
        name: f"Violation of article(s) {', '.join(labels)} found with regard to this person"
        for name, labels in notes.items()
    }


def _same_period(rule: FollowUpPeriod, period: FollowUpPeriod) -> bool:
    if rule.unit is period.unit and rule.value == period.value:
        return True
    return rule.days == period.days


def _fallback_title(result: DecisionImport) -> str:
    if result.symbol is not None:
        return f"Communication {result.symbol.value}"
    if result.numbers:
        return f"Communication No. {', '.join(result.numbers)}"
    return "Imported decision"


def _import_note(result: DecisionImport, today: date) -> str:
    source = f" from “{result.source_name}”" if result.source_name else ""
    return f"Imported{source} on {long_date(today)}."


__all__ = [
    "IMPORT_FIELDS",
    "DecisionImportService",
    "FieldDiff",
    "ImportReport",
    "PersonMatch",
]
