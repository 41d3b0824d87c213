"""Data transfer objects: what services take and give. Never ORM objects.

`*Input` classes carry what a user types (vocabularies as their enum, bodies and
countries by code); the services validate them. The other classes are read-only
snapshots handed to views, documents and the command line; each carries the
record's `version` so that a later save can detect a conflicting change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar, overload

from app.vocab import (
    ArticleRelation,
    Confidentiality,
    DeadlineRule,
    DeadlineState,
    DecisionType,
    Direction,
    FollowUpKind,
    Grade,
    ImplementationStatus,
    Outcome,
    PartyRole,
    PeriodUnit,
    ProceedingKind,
    RemedyKind,
    RemedyScope,
    Sex,
    Stage,
)

T = TypeVar("T")

# ---------------------------------------------------------------- reference


@dataclass(frozen=True)
class BodyDTO:
    id: int
    code: str
    name: str
    treaty: str
    complaint_instrument: str
    followup_value: int | None
    followup_unit: PeriodUnit | None
    filing_limit_value: int | None
    filing_limit_unit: PeriodUnit | None
    observations_value: int | None
    observations_unit: PeriodUnit | None
    version: int


@dataclass(frozen=True)
class BodyRulesInput:
    followup_value: int | None
    followup_unit: PeriodUnit | None
    filing_limit_value: int | None
    filing_limit_unit: PeriodUnit | None
    observations_value: int | None
    observations_unit: PeriodUnit | None


@dataclass(frozen=True)
class ArticleDTO:
    id: int
    body_code: str
    number: str
    title: str


@dataclass(frozen=True)
class CountryDTO:
    id: int
    code: str
    name: str


# ---------------------------------------------------------------- people


@dataclass(frozen=True)
class PersonInput:
    full_name: str
    original_script_name: str = ""
    pseudonym: str = ""
    sex: Sex = Sex.UNKNOWN
    date_of_birth: date | None = None
    nationality: str | None = None  # ISO code
    date_of_death: date | None = None
    contact: str = ""
    safety_notes: str = ""
    consent_to_act: bool | None = None
    consent_to_be_named: bool = False
    consent_date: date | None = None
    consent_form: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonDTO:
    id: int
    uuid: str
    full_name: str
    original_script_name: str
    pseudonym: str
    sex: Sex
    date_of_birth: date | None
    nationality: str | None  # ISO code
    nationality_name: str | None
    date_of_death: date | None
    contact: str
    safety_notes: str
    consent_to_act: bool | None
    consent_to_be_named: bool
    consent_date: date | None
    consent_form: str
    notes: str
    version: int

    @property
    def public_name(self) -> str:
        """The name any document may print: the real name only with consent to be named."""
        if self.consent_to_be_named:
            return self.full_name
        return self.pseudonym or initials(self.full_name)


@dataclass(frozen=True)
class PeopleFilter:
    """The people registry's filter; every part given must match."""

    text: str = ""  # words of the full name, original-script name or pseudonym
    nationality: str | None = None  # ISO code
    role: PartyRole | None = None  # a party to some case in this role
    case: str | None = None  # a party to the case with this reference


@dataclass(frozen=True)
class PersonRow:
    """One line of the people registry: the person and where they appear."""

    person: PersonDTO
    roles: tuple[PartyRole, ...]  # distinct, in the vocabulary's order
    cases: tuple[str, ...]  # case references, sorted


def initials(full_name: str) -> str:
    """ "Aliya Serikovna Nurpeisova" -> "A.S.N."; works for Cyrillic and Latin alike."""
    parts = [p for p in full_name.replace("-", " ").split() if p]
    return "".join(f"{p[0].upper()}." for p in parts) or "N.N."


# ---------------------------------------------------------------- cases


@dataclass(frozen=True)
class CaseInput:
    reference: str
    title: str
    body: str  # treaty body code: CCPR, CAT, ...
    state: str  # ISO code of the State party
    communication_number: str | None = None
    symbol: str | None = None
    stage: Stage = Stage.PREPARATION
    outcome: Outcome = Outcome.PENDING
    decision_type: DecisionType | None = None
    interim_measures_requested: bool = False
    interim_measures_granted: bool = False
    interim_measures_requested_on: date | None = None
    interim_measures_granted_on: date | None = None
    incident_date: date | None = None
    final_domestic_decision_date: date | None = None
    submission_date: date | None = None
    registration_date: date | None = None
    transmittal_date: date | None = None
    state_observations_received_on: date | None = None
    decision_date: date | None = None
    decision_transmittal_date: date | None = None
    session: str = ""
    lead_lawyer: str = ""
    tags: tuple[str, ...] = ()
    confidentiality: Confidentiality = Confidentiality.CONFIDENTIAL
    summary: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CaseDTO:
    id: int
    uuid: str
    reference: str
    title: str
    body: str
    body_name: str
    state: str
    state_name: str
    communication_number: str | None
    symbol: str | None
    stage: Stage
    outcome: Outcome
    decision_type: DecisionType | None
    interim_measures_requested: bool
    interim_measures_granted: bool
    interim_measures_requested_on: date | None
    interim_measures_granted_on: date | None
    incident_date: date | None
    final_domestic_decision_date: date | None
    submission_date: date | None
    registration_date: date | None
    transmittal_date: date | None
    state_observations_received_on: date | None
    decision_date: date | None
    decision_transmittal_date: date | None
    session: str
    lead_lawyer: str
    tags: tuple[str, ...]
    confidentiality: Confidentiality
    summary: str
    notes: str
    version: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CaseRow:
    """One line of the cases list."""

    id: int
    reference: str
    title: str
    body: str
    state: str
    state_name: str
    symbol: str | None
    communication_number: str | None
    stage: Stage
    outcome: Outcome
    lead_lawyer: str
    victims: int
    next_deadline: date | None
    next_deadline_title: str | None


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    body: str | None = None
    state: str | None = None
    stage: Stage | None = None
    outcome: Outcome | None = None
    lead_lawyer: str | None = None
    tag: str | None = None
    overdue: bool = False  # only cases with a deadline past due and not done

    @property
    def is_empty(self) -> bool:
        return self == CaseFilter()


@dataclass(frozen=True)
class RecordCounts:
    """How many records the database holds (the status bar)."""

    cases: int
    people: int
    reviews: int


@dataclass(frozen=True)
class PartyInput:
    person_id: int
    role: PartyRole
    notes: str = ""


@dataclass(frozen=True)
class PartyDTO:
    id: int
    case_id: int
    person: PersonDTO
    role: PartyRole
    notes: str
    version: int

    @property
    def is_victim(self) -> bool:
        return self.role.is_victim


@dataclass(frozen=True)
class CaseArticleInput:
    number: str  # "7", "14"
    relation: ArticleRelation
    paragraph: str = ""  # "(3)(b)"


@dataclass(frozen=True)
class CaseArticleDTO:
    id: int
    number: str
    paragraph: str
    title: str
    relation: ArticleRelation

    @property
    def label(self) -> str:
        return f"{self.number}{self.paragraph}"


@dataclass(frozen=True)
class ProceedingInput:
    kind: ProceedingKind
    authority: str
    number: str = ""
    started_on: date | None = None
    decided_on: date | None = None
    outcome: str = ""
    is_final: bool = False


@dataclass(frozen=True)
class ProceedingDTO:
    id: int
    case_id: int
    kind: ProceedingKind
    authority: str
    number: str
    started_on: date | None
    decided_on: date | None
    outcome: str
    is_final: bool
    version: int


# ---------------------------------------------------------------- remedies


@dataclass(frozen=True)
class RemedyInput:
    kind: RemedyKind
    scope: RemedyScope
    text: str = ""


@dataclass(frozen=True)
class RemedyDTO:
    id: int
    case_id: int
    kind: RemedyKind
    scope: RemedyScope
    text: str
    position: int
    version: int


@dataclass(frozen=True)
class StatusInput:
    status: ImplementationStatus
    amount: Decimal | None = None
    currency: str = ""
    status_date: date | None = None
    evidence: str = ""
    source: str = ""


@dataclass(frozen=True)
class StatusDTO:
    id: int
    remedy_id: int
    person_id: int | None  # None for a general remedy
    status: ImplementationStatus
    amount: Decimal | None
    currency: str
    status_date: date | None
    evidence: str
    source: str
    version: int


@dataclass(frozen=True)
class RemedyTotals:
    """ "compensation: 3 of 23 fully"."""

    remedy_id: int
    kind: RemedyKind
    victims: int
    fully: int
    partially: int
    not_implemented: int
    unknown: int
    amounts: dict[str, Decimal] = field(default_factory=dict)  # currency -> total


@dataclass(frozen=True)
class ImplementationMatrix:
    """Victims × individual remedies, plus the general remedies' single status.

    `victims` and `cells` may be lazy (LazyRows, LazyCells): a case of 5,000 victims reads
    its rows in a few queries, and each DTO is built only when it is first used (the grid
    shows a screenful; the totals are counted from the rows).
    """

    case_id: int
    victims: Sequence[PersonDTO]
    remedies: tuple[RemedyDTO, ...]  # individual remedies, in order
    cells: Mapping[tuple[int, int], StatusDTO]  # (remedy_id, person_id) -> status
    general: tuple[tuple[RemedyDTO, StatusDTO | None], ...]
    totals: tuple[RemedyTotals, ...]

    def status_of(self, remedy_id: int, person_id: int) -> ImplementationStatus:
        cells = self.cells
        if isinstance(cells, LazyCells):
            return cells.status_of((remedy_id, person_id))
        cell = cells.get((remedy_id, person_id))
        return cell.status if cell else ImplementationStatus.UNKNOWN

    @property
    def victim_ids(self) -> tuple[int, ...]:
        """The victims' ids, in order, without building their DTOs."""
        if isinstance(self.victims, LazyRows):
            return self.victims.ids
        return tuple(v.id for v in self.victims)


class LazyRows(Sequence[T]):
    """A read-only sequence built from rows, each item made on first use (then kept).

    `ids` are the items' ids, known without building them.
    """

    __slots__ = ("_build", "_built", "_rows", "ids")

    def __init__(self, rows: Sequence[Any], ids: Sequence[int], build: Callable[[Any], T]) -> None:
        self._rows = list(rows)
        self._build = build
        self._built: list[T | None] = [None] * len(self._rows)
        self.ids: tuple[int, ...] = tuple(ids)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self._rows))))
        item = self._built[index]
        if item is None:
            item = self._build(self._rows[index])
            self._built[index] = item
        return item

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(self.ids)

    def __repr__(self) -> str:
        return f"LazyRows({len(self._rows)} rows)"


class LazyCells(Mapping[tuple[int, int], StatusDTO]):
    """(remedy_id, person_id) -> StatusDTO, each DTO built from its row on first use.

    `status_of()` reads a cell's status without building its DTO.
    """

    __slots__ = ("_build", "_built", "_rows", "_status")

    def __init__(
        self,
        rows: Mapping[tuple[int, int], Any],
        build: Callable[[Any], StatusDTO],
        status: Callable[[Any], ImplementationStatus],
    ) -> None:
        self._rows = dict(rows)
        self._build = build
        self._status = status
        self._built: dict[tuple[int, int], StatusDTO] = {}

    def __getitem__(self, key: tuple[int, int]) -> StatusDTO:
        dto = self._built.get(key)
        if dto is None:
            dto = self._build(self._rows[key])
            self._built[key] = dto
        return dto

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def status_of(self, key: tuple[int, int]) -> ImplementationStatus:
        dto = self._built.get(key)
        if dto is not None:
            return dto.status
        row = self._rows.get(key)
        return ImplementationStatus.UNKNOWN if row is None else self._status(row)

    def __repr__(self) -> str:
        return f"LazyCells({len(self._rows)} cells)"


# ---------------------------------------------------------------- follow-up


@dataclass(frozen=True)
class FollowUpInput:
    kind: FollowUpKind
    event_date: date
    direction: Direction = Direction.INCOMING
    symbol: str = ""
    session: str = ""
    summary: str = ""
    decision: str = ""
    attachment_path: str = ""
    grades: tuple[tuple[int, Grade], ...] = ()  # (remedy_id, grade)


@dataclass(frozen=True)
class FollowUpDTO:
    id: int
    case_id: int
    kind: FollowUpKind
    event_date: date
    direction: Direction
    symbol: str
    session: str
    summary: str
    decision: str
    attachment_path: str
    grades: tuple[tuple[int, Grade], ...]
    version: int


# ---------------------------------------------------------------- deadlines


@dataclass(frozen=True)
class DeadlineInput:
    title: str
    due_date: date
    case_id: int | None = None
    review_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class DeadlineDTO:
    """A deadline, computed from a rule or entered by hand.

    `key` identifies it across recomputations: "manual:<id>" or "<rule>:case:<id>" /
    "review_followup:review:<id>"; mark_done() takes it.
    """

    key: str
    rule: DeadlineRule
    title: str
    due_date: date
    state: DeadlineState
    done: bool
    done_on: date | None
    case_id: int | None
    case_reference: str | None
    review_id: int | None
    review_symbol: str | None
    days_left: int
    notes: str
    basis: str  # how it was computed: "final domestic decision 18 January 2025 + 5 years"
    version: int | None = None  # of a manual deadline's row, for optimistic locking


# ---------------------------------------------------------------- reviews


@dataclass(frozen=True)
class ReviewInput:
    body: str
    state: str
    cycle: str
    state_report_symbol: str = ""
    co_symbol: str | None = None
    session: str = ""
    dialogue_start: date | None = None
    dialogue_end: date | None = None
    adopted_on: date | None = None
    followup_deadline: date | None = None
    next_loi_year: int | None = None
    next_dialogue_year: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class ReviewDTO:
    id: int
    uuid: str
    body: str
    state: str
    state_name: str
    cycle: str
    state_report_symbol: str
    co_symbol: str | None
    session: str
    dialogue_start: date | None
    dialogue_end: date | None
    adopted_on: date | None
    followup_deadline: date | None
    next_loi_year: int | None
    next_dialogue_year: int | None
    notes: str
    recommendations: int
    version: int


@dataclass(frozen=True)
class RecommendationInput:
    paragraph: int
    theme: str = ""
    concern_paragraph: int | None = None
    concern_text: str = ""
    recommendation_text: str = ""
    sub_items: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    refers_to: str = ""
    is_followup: bool = False
    previous_id: int | None = None


@dataclass(frozen=True)
class RecommendationDTO:
    id: int
    review_id: int
    paragraph: int
    concern_paragraph: int | None
    theme: str
    concern_text: str
    recommendation_text: str
    sub_items: tuple[str, ...]
    articles: tuple[str, ...]
    refers_to: str
    is_followup: bool
    previous_id: int | None
    latest_grade: Grade | None
    version: int


@dataclass(frozen=True)
class AssessmentInput:
    grade: Grade
    assessed_on: date
    evidence: str = ""
    sources: str = ""
    open_sub_items: tuple[str, ...] = ()
    case_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AssessmentDTO:
    id: int
    recommendation_id: int
    grade: Grade
    assessed_on: date
    evidence: str
    sources: str
    open_sub_items: tuple[str, ...]
    case_ids: tuple[int, ...]
    version: int


# ---------------------------------------------------------------- documents


@dataclass(frozen=True)
class DocumentDTO:
    id: int
    kind: str
    title: str
    case_id: int | None
    review_id: int | None
    path: str
    sha256: str
    size: int
    created_by: str
    created_at: datetime
    language: str
    redacted: bool
    version: int = 1
