"""What the decision importer recognises: each field with the sentence it came from.

The preview (GUI) and the command line show these; the service writes them. All frozen:
the preview corrects a field with `DecisionImport.edited()`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from app.errors import DomainError
from app.importers.decision_text import ArticleRef, country_name
from app.vocab import DecisionType, Outcome, PartyRole, PeriodUnit, RemedyKind, RemedyScope

INITIALS_NAME = re.compile(r"(?:[A-ZА-Я]\.\s?){1,4}")
"""A name given as initials only ("A.K."), as decisions do when the author asks."""

T = TypeVar("T")

ENTERED = "entered by you"


class Confidence(StrEnum):
    """How sure a reading is. `high`: read from a labelled place (cover block, document
    symbol) or an unambiguous sentence; `medium`: inferred from the usual wording, check
    it; `low`: a guess, check it."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class Found(Generic[T]):
    """One recognised value and its evidence."""

    value: T
    source: str = ""  # the sentence (or cover-block line) it was read from
    where: str = ""  # "cover block", "para. 9", "document symbol", "entered by you"
    confidence: Confidence = Confidence.HIGH
    warning: str = ""


@dataclass(frozen=True)
class FollowUpPeriod:
    """The period the Committee gives the State party to report on the measures taken."""

    value: int
    unit: PeriodUnit
    from_transmittal: bool = False  # "within 90 days from the date of the transmittal"

    @property
    def days(self) -> int:
        """The period in days (a month counted as 30 days: "six months" is 180 days)."""
        if self.unit is PeriodUnit.MONTHS:
            return self.value * 30
        if self.unit is PeriodUnit.YEARS:
            return self.value * 365
        return self.value

    @property
    def text(self) -> str:
        word = self.unit.value if self.value != 1 else self.unit.value[:-1]
        return f"{self.value} {word}"


@dataclass(frozen=True)
class PersonFound:
    """A person named by the decision, with what the text says about them."""

    name: str
    role: PartyRole  # author, victim, author_and_victim or counsel
    date_of_birth: date | None = None
    year_of_birth: int | None = None
    nationality: str | None = None  # ISO code
    relation: str = ""  # "son of D.C.", "of the Kyrgyz Committee for Human Rights"
    source: str = ""
    where: str = ""
    confidence: Confidence = Confidence.HIGH
    warning: str = ""

    @property
    def key(self) -> str:
        """How apply()'s `person_matches` names this person: the name as found."""
        return self.name

    @property
    def is_victim(self) -> bool:
        return self.role.is_victim

    @property
    def is_author(self) -> bool:
        return self.role in (PartyRole.AUTHOR, PartyRole.AUTHOR_AND_VICTIM)

    @property
    def is_initials(self) -> bool:
        """The decision names the person by initials only ("A.K."), as it does on request."""
        return bool(INITIALS_NAME.fullmatch(self.name))


@dataclass(frozen=True)
class RemedyFound:
    """One measure the decision asks of the State party."""

    kind: RemedyKind
    scope: RemedyScope
    text: str  # the clause that orders it ("Provide the author with adequate compensation")
    source: str = ""  # the whole sentence
    where: str = ""
    beneficiaries: str = ""  # "the author", "the complainants", "the second complainant"
    confidence: Confidence = Confidence.HIGH
    warning: str = ""


@dataclass(frozen=True)
class Finding:
    """Articles found violated with regard to some of the victims ("with regard to the second
    complainant"); `persons` is empty when the finding concerns all of them."""

    articles: tuple[ArticleRef, ...]
    persons: tuple[str, ...]
    text: str  # "with regard to the second complainant"


@dataclass(frozen=True)
class PreviewRow:
    """One line of the import preview: a field, its value in words, and its evidence."""

    name: str
    label: str
    value: str
    source: str
    where: str
    confidence: Confidence | None  # None: not found
    warning: str


@dataclass(frozen=True)
class DecisionImport:
    """Everything recognised in one decision. Frozen: the preview edits it with `edited()`."""

    source_name: str = ""
    symbol: Found[str] | None = None
    body: Found[str] | None = None  # treaty body code: CCPR, CAT, ...
    state: Found[str] | None = None  # ISO code of the State party
    communication_numbers: Found[tuple[str, ...]] | None = None
    session: Found[str] | None = None
    title: Found[str] | None = None  # "Askarov v. Kyrgyzstan"
    people: tuple[PersonFound, ...] = ()
    represented: Found[bool] | None = None
    submission_date: Found[date] | None = None
    adoption_date: Found[date] | None = None
    transmittal_date: Found[date] | None = None  # of the communication to the State party
    decision_transmittal_date: Found[date] | None = None  # of the decision (rarely in it)
    state_observations_dates: tuple[Found[date], ...] = ()
    author_comments_dates: tuple[Found[date], ...] = ()
    decision_type: Found[DecisionType] | None = None
    outcome: Found[Outcome] | None = None
    articles_invoked: Found[tuple[ArticleRef, ...]] | None = None
    articles_violated: Found[tuple[ArticleRef, ...]] | None = None
    findings: tuple[Finding, ...] = ()
    remedies: tuple[RemedyFound, ...] = ()
    follow_up: Found[FollowUpPeriod] | None = None
    subject_matter: Found[str] | None = None
    has_cover_block: bool = False
    paragraphs: int = 0
    warnings: tuple[str, ...] = ()

    # ---- convenient views

    @property
    def authors(self) -> list[PersonFound]:
        return [p for p in self.people if p.is_author]

    @property
    def victims(self) -> list[PersonFound]:
        return [p for p in self.people if p.is_victim]

    @property
    def counsel(self) -> list[PersonFound]:
        return [p for p in self.people if p.role is PartyRole.COUNSEL]

    @property
    def body_code(self) -> str | None:
        return self.body.value if self.body else None

    @property
    def state_code(self) -> str | None:
        return self.state.value if self.state else None

    @property
    def numbers(self) -> tuple[str, ...]:
        return self.communication_numbers.value if self.communication_numbers else ()

    def edited(self, **values: Any) -> DecisionImport:
        """A copy with fields corrected by the user. Plain values are wrapped as `Found`
        (where = "entered by you"); `None` clears a field; tuples of people, remedies or
        findings, and `Found` values, are taken as they are."""
        known = {f.name for f in fields(self)}
        changes: dict[str, Any] = {}
        for name, value in values.items():
            if name not in known:
                raise DomainError(f"“{name}” is not a field of an imported decision.", field=name)
            if name in _PLAIN_FIELDS or value is None or isinstance(value, Found):
                changes[name] = value
            elif name in ("state_observations_dates", "author_comments_dates"):
                changes[name] = tuple(
                    v if isinstance(v, Found) else Found(v, where=ENTERED) for v in value
                )
            elif name in ("articles_invoked", "articles_violated"):
                refs = tuple(v if isinstance(v, ArticleRef) else ArticleRef.parse(v) for v in value)
                changes[name] = Found(refs, where=ENTERED)
            elif name == "communication_numbers":
                changes[name] = Found(tuple(value), where=ENTERED)
            else:
                changes[name] = Found(value, where=ENTERED)
        return replace(self, **changes)

    # ---- output

    def to_json(self) -> dict[str, Any]:
        """What was recognised, as the command line prints it (field names are a contract)."""
        return {
            "symbol": _value(self.symbol),
            "body": _value(self.body),
            "state": _value(self.state),
            "communication_numbers": list(self.numbers),
            "authors": [p.name for p in self.authors],
            "victims": [p.name for p in self.victims],
            "counsel": [p.name for p in self.counsel],
            "submission_date": _iso(self.submission_date),
            "adoption_date": _iso(self.adoption_date),
            "decision_type": self.decision_type.value.value if self.decision_type else None,
            "outcome": self.outcome.value.value if self.outcome else None,
            "articles_invoked": _labels(self.articles_invoked),
            "articles_violated": _labels(self.articles_violated),
            "remedies": [
                {"kind": r.kind.value, "scope": r.scope.value, "text": r.text}
                for r in self.remedies
            ],
            "follow_up_days": self.follow_up.value.days if self.follow_up else None,
        }

    def preview_rows(self) -> list[PreviewRow]:
        """The side-by-side preview: every field, found or not, with its evidence."""
        rows: list[PreviewRow] = []

        def add(name: str, label: str, found: Found[Any] | None, text: str = "") -> None:
            if found is None:
                rows.append(PreviewRow(name, label, "", "", "", None, _MISSING.get(name, "")))
                return
            shown = text or _display(found.value)
            rows.append(
                PreviewRow(
                    name, label, shown, found.source, found.where, found.confidence, found.warning
                )
            )

        add("symbol", "Document symbol", self.symbol)
        add("body", "Committee", self.body)
        add(
            "state",
            "State party",
            self.state,
            f"{country_name(self.state.value)} ({self.state.value})" if self.state else "",
        )
        add("communication_numbers", "Communication number(s)", self.communication_numbers)
        add("session", "Session", self.session)
        add("title", "Title", self.title)
        for person in self.people:
            rows.append(
                PreviewRow(
                    "people",
                    person.role.label,
                    _person_text(person),
                    person.source,
                    person.where,
                    person.confidence,
                    person.warning,
                )
            )
        if not self.people:
            rows.append(PreviewRow("people", "Authors and victims", "", "", "", None, ""))
        add("represented", "Represented by counsel", self.represented)
        add("submission_date", "Date of the communication", self.submission_date)
        add("transmittal_date", "Transmitted to the State party", self.transmittal_date)
        for found in self.state_observations_dates:
            add("state_observations_dates", "State party's observations", found)
        for found in self.author_comments_dates:
            add("author_comments_dates", "Author's comments", found)
        add("adoption_date", "Date of adoption", self.adoption_date)
        add("decision_transmittal_date", "Decision transmitted", self.decision_transmittal_date)
        add("decision_type", "Type of decision", self.decision_type)
        add("outcome", "Outcome", self.outcome)
        add("articles_invoked", "Articles invoked", self.articles_invoked)
        add("articles_violated", "Articles found violated", self.articles_violated)
        for finding in self.findings:
            if finding.persons:
                rows.append(
                    PreviewRow(
                        "findings",
                        "Finding for some victims",
                        f"{', '.join(a.label for a in finding.articles)}: "
                        f"{', '.join(finding.persons)}",
                        finding.text,
                        "",
                        Confidence.MEDIUM,
                        "",
                    )
                )
        for remedy in self.remedies:
            rows.append(
                PreviewRow(
                    "remedies",
                    f"Remedy: {remedy.kind.label} ({remedy.scope.label.lower()})",
                    remedy.text,
                    remedy.source,
                    remedy.where,
                    remedy.confidence,
                    remedy.warning,
                )
            )
        add(
            "follow_up",
            "Follow-up period",
            self.follow_up,
            self.follow_up.value.text if self.follow_up else "",
        )
        add("subject_matter", "Subject matter", self.subject_matter)
        return rows


_PLAIN_FIELDS = frozenset(
    {"source_name", "people", "findings", "remedies", "has_cover_block", "paragraphs", "warnings"}
)

_MISSING = {
    "symbol": "No document symbol (e.g. CCPR/C/116/D/2231/2012) was found.",
    "body": "The Committee was not recognised.",
    "state": "The State party was not recognised.",
    "communication_numbers": "No communication number was found.",
    "adoption_date": "The date of adoption is not in the text: enter it.",
    "submission_date": "The date of the initial communication is not in the text.",
    "outcome": "The outcome was not recognised.",
    "follow_up": "No follow-up period was found.",
}


def _value(found: Found[Any] | None) -> Any:
    return found.value if found else None


def _iso(found: Found[date] | None) -> str | None:
    return found.value.isoformat() if found else None


def _labels(found: Found[tuple[ArticleRef, ...]] | None) -> list[str]:
    return [a.label for a in found.value] if found else []


def _display(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(_display(v) for v in value)
    if isinstance(value, ArticleRef):
        return value.label
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, StrEnum):
        return str(getattr(value, "label", value.value))
    return str(value)


def _person_text(p: PersonFound) -> str:
    extras = []
    if p.date_of_birth:
        extras.append(f"born {_display(p.date_of_birth)}")
    elif p.year_of_birth:
        extras.append(f"born in {p.year_of_birth}")
    if p.nationality:
        extras.append(f"national of {country_name(p.nationality)}")
    if p.relation:
        extras.append(p.relation)
    return p.name + (f" ({'; '.join(extras)})" if extras else "")
