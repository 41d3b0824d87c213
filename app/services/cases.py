"""Cases (communications to a treaty body), their parties, articles and domestic proceedings.

Everything a case records is a past fact: no date may lie after today. The key dates must
follow the life of a communication (incident, final domestic decision, submission,
registration, transmittal to the State, decision, transmittal of the decision), and the
communication number and document symbol must agree with each other and with the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.dialects import same_text
from app.errors import DomainError, NotFoundError
from app.services.base import (
    Service,
    body_by_code,
    check_communication_number,
    check_order,
    check_symbol,
    check_version,
    country_by_code,
    get_or_raise,
    optional_text,
    parse_vocab,
    require_text,
)
from app.services.dto import (
    CaseArticleDTO,
    CaseArticleInput,
    CaseDTO,
    CaseInput,
    PartyDTO,
    PartyInput,
    PersonDTO,
    ProceedingDTO,
    ProceedingInput,
)
from app.services.people import person_to_dto
from app.vocab import (
    ArticleRelation,
    Confidentiality,
    DecisionType,
    Outcome,
    PartyRole,
    ProceedingKind,
    RemedyKind,
    Stage,
)
from models import (
    Case,
    CaseArticle,
    CaseParty,
    DomesticProceeding,
    Person,
    Remedy,
    RemedyStatus,
    Tag,
    TreatyArticle,
    TreatyBody,
)
from models.base import utcnow

LONG_TEXT = 100_000
TAG_MAX_LENGTH = 100

# How each body's document symbols begin (CESCR documents are issued as E/C.12/...).
SYMBOL_PREFIXES: dict[str, str] = {
    "CCPR": "CCPR/",
    "CAT": "CAT/",
    "CEDAW": "CEDAW/",
    "CERD": "CERD/",
    "CRPD": "CRPD/",
    "CRC": "CRC/",
    "CED": "CED/",
    "CESCR": "E/C.12/",
    "CMW": "CMW/",
}

# The key dates of a case, in the order they must occur (each only compared when both set).
DATE_CHAIN: tuple[tuple[str, str], ...] = (
    ("incident_date", "Incident date"),
    ("final_domestic_decision_date", "Final domestic decision date"),
    ("submission_date", "Submission date"),
    ("registration_date", "Registration date"),
    ("transmittal_date", "Transmittal date"),
    ("decision_date", "Decision date"),
    ("decision_transmittal_date", "Decision transmittal date"),
)
DATE_LABELS: dict[str, str] = {
    **dict(DATE_CHAIN),
    "interim_measures_requested_on": "Interim measures request date",
    "interim_measures_granted_on": "Interim measures grant date",
    "state_observations_received_on": "Date the State party's observations were received",
}

# "3106/2018" or, for joined communications, "3106/2018-3122/2018" at the end of a symbol.
_SYMBOL_NUMBERS = re.compile(r"/(\d{1,5}/\d{4}(?:-\d{1,5}/\d{4})*)$")
_PARAGRAPH = re.compile(r"^(\(\w+\))*$")
_ARTICLE_PREFIX = re.compile(r"^(?:art(?:icle)?\.?\s*)", re.IGNORECASE)
_VICTIM_ROLES = (PartyRole.VICTIM, PartyRole.AUTHOR_AND_VICTIM)


@dataclass(frozen=True)
class _CaseValues:
    body: TreatyBody
    state_id: int
    columns: dict[str, object]
    tags: tuple[str, ...]


class CaseService(Service):
    """Communications: the case record, its parties, articles and domestic proceedings."""

    # ------------------------------------------------------------------ the case

    def create(self, data: CaseInput) -> CaseDTO:
        with self._uow("case") as s:
            values = self._validate_case(s, data, case_id=None)
            case = Case(
                body_id=values.body.id,
                state_id=values.state_id,
                tags=_tags(s, values.tags),
                **values.columns,
            )
            s.add(case)
            s.flush()
            return _case_to_dto(_load_case(s, case.id))

    def get(self, case_id: int) -> CaseDTO:
        with self._uow("case") as s:
            return _case_to_dto(_load_case(s, case_id))

    def get_by_reference(self, reference: str) -> CaseDTO:
        """The case with this internal reference (letter case ignored)."""
        wanted = (reference or "").strip()
        with self._uow("case") as s:
            found = _case_with_reference(s, wanted)
            if found is None:
                raise NotFoundError(f"No case has the reference “{wanted}”.", field="reference")
            return _case_to_dto(_load_case(s, found.id))

    def update(self, case_id: int, data: CaseInput, *, expected_version: int | None) -> CaseDTO:
        with self._uow("case") as s:
            case = _load_case(s, case_id)
            check_version(case, expected_version, "case")
            values = self._validate_case(s, data, case_id=case_id)
            if values.body.id != case.body_id:
                _refuse_body_change(s, case)
            tags = _tags(s, values.tags)  # query before changing the case: one UPDATE, one version
            case.body_id = values.body.id
            case.state_id = values.state_id
            for name, value in values.columns.items():
                setattr(case, name, value)
            case.tags = tags
            # Always write the row, so that the version moves even when only the tags changed.
            case.updated_at = utcnow()
            s.flush()
            return _case_to_dto(_load_case(s, case_id))

    def save_with_articles(
        self,
        case_id: int | None,
        data: CaseInput,
        *,
        invoked: Sequence[CaseArticleInput] | None = None,
        violated: Sequence[CaseArticleInput] | None = None,
        expected_version: int | None,
    ) -> CaseDTO:
        """Create (`case_id` None) or update a case and replace its articles in one unit of
        work: everything is saved, or nothing is (the case editor's Save).

        `invoked` / `violated` replace the case's articles of that relation; None leaves them
        as they are. Articles are checked against the case's new treaty body, so the body can
        change in the same save that replaces the old body's articles."""
        with self._uow("case") as s:
            values = self._validate_case(s, data, case_id=case_id)
            given = {
                relation: items
                for relation, items in (
                    (ArticleRelation.INVOKED, invoked),
                    (ArticleRelation.VIOLATED, violated),
                )
                if items is not None
            }
            known = _known_articles(s, values.body) if given else {}
            wanted = {
                relation: _wanted_articles(items, relation, values.body, known)
                for relation, items in given.items()
            }
            if case_id is None:
                case = Case(
                    body_id=values.body.id,
                    state_id=values.state_id,
                    tags=_tags(s, values.tags),
                    **values.columns,
                )
                s.add(case)
                s.flush()
            else:
                case = _load_case(s, case_id)
                check_version(case, expected_version, "case")
                if values.body.id != case.body_id:
                    _refuse_body_change(
                        s, case, keep=tuple(r for r in ArticleRelation if r not in given)
                    )
                tags = _tags(s, values.tags)
                case.body_id = values.body.id
                case.state_id = values.state_id
                for name, value in values.columns.items():
                    setattr(case, name, value)
                case.tags = tags
                case.updated_at = utcnow()
                s.flush()
            for relation, keys in wanted.items():
                _replace_articles(s, case.id, relation, keys)
            s.flush()
            return _case_to_dto(_load_case(s, case.id))

    def delete(self, case_id: int, *, expected_version: int | None) -> None:
        """Delete a case with everything recorded under it (parties, proceedings, articles,
        remedies and their statuses, follow-up, deadlines). People are kept."""
        with self._uow("case") as s:
            case = get_or_raise(s, Case, case_id, "case")
            check_version(case, expected_version, "case")
            s.delete(case)

    def tags(self) -> list[str]:
        """Every tag name, alphabetically."""
        with self._uow("tag") as s:
            return sorted(s.scalars(select(Tag.name)), key=str.casefold)

    def lead_lawyers(self) -> list[str]:
        """The distinct lead lawyers named on cases, alphabetically."""
        with self._uow("case") as s:
            names = s.scalars(select(Case.lead_lawyer).where(Case.lead_lawyer != "").distinct())
            return sorted(names, key=str.casefold)

    # ------------------------------------------------------------------ parties

    def parties(self, case_id: int) -> list[PartyDTO]:
        """Everyone linked to the case, in the order they were added."""
        with self._uow("case") as s:
            get_or_raise(s, Case, case_id, "case")
            rows = s.scalars(
                select(CaseParty)
                .join(Person, Person.id == CaseParty.person_id)
                .options(joinedload(CaseParty.person).joinedload(Person.nationality))
                .where(CaseParty.case_id == case_id)
                .order_by(CaseParty.position, Person.full_name, CaseParty.id)
            )
            return [_party_to_dto(p) for p in rows]

    def add_party(self, case_id: int, data: PartyInput) -> PartyDTO:
        with self._uow("party") as s:
            party = self._add_party_in(s, case_id, data)
            return _party_to_dto(_load_party(s, party.id))

    def _add_party_in(self, s: Session, case_id: int, data: PartyInput) -> CaseParty:
        """Validate and link a person to a case inside the caller's unit of work (an import
        that writes many records in one transaction); flushed, not committed."""
        get_or_raise(s, Case, case_id, "case")
        person = get_or_raise(s, Person, data.person_id, "person")
        role = parse_vocab(PartyRole, data.role, "role", "role")
        _refuse_second_link(s, case_id, person)
        position = s.scalar(
            select(func.coalesce(func.max(CaseParty.position), 0)).where(
                CaseParty.case_id == case_id
            )
        )
        party = CaseParty(
            case_id=case_id,
            person_id=person.id,
            role=role,
            position=(position or 0) + 1,
            notes=optional_text(data.notes, "Notes", "notes", max_length=LONG_TEXT),
        )
        s.add(party)
        s.flush()
        return party

    def update_party(
        self, party_id: int, data: PartyInput, *, expected_version: int | None
    ) -> PartyDTO:
        """Change a party's role, notes or person. A victim with implementation statuses
        recorded in this case can be neither replaced by another person nor given a role that
        is not a victim's: the statuses would lose their victim."""
        with self._uow("party") as s:
            party = _load_party(s, party_id)
            check_version(party, expected_version, "party")
            role = parse_vocab(PartyRole, data.role, "role", "role")
            notes = optional_text(data.notes, "Notes", "notes", max_length=LONG_TEXT)
            changes_person = data.person_id != party.person_id
            if changes_person or (party.role.is_victim and not role.is_victim):
                kinds = _status_kinds(s, party.case_id, party.person_id)
                if kinds:
                    what = (
                        "be replaced by another person"
                        if changes_person
                        else f"become {role.label.lower()}"
                    )
                    raise DomainError(
                        f"{party.person.full_name} cannot {what} in this case: implementation "
                        f"statuses are recorded for them ({_kinds_text(kinds)}). "
                        "Delete those statuses first.",
                        field="person_id" if changes_person else "role",
                    )
            if changes_person:
                person = get_or_raise(s, Person, data.person_id, "person")
                _refuse_second_link(s, party.case_id, person)
                party.person_id = person.id
            party.role = role
            party.notes = notes
            s.flush()
            s.expire(party, ["person"])
            return _party_to_dto(_load_party(s, party_id))

    def remove_party(self, party_id: int, *, expected_version: int | None) -> None:
        """Unlink a person from a case; refused while remedy statuses are recorded for them."""
        with self._uow("party") as s:
            party = _load_party(s, party_id)
            check_version(party, expected_version, "party")
            kinds = _status_kinds(s, party.case_id, party.person_id)
            if kinds:
                raise DomainError(
                    f"{party.person.full_name} cannot be removed from this case: implementation "
                    f"statuses are recorded for them ({_kinds_text(kinds)}). Delete those "
                    "statuses first, so that the follow-up record stays complete."
                )
            s.delete(party)

    def victims(self, case_id: int) -> list[PersonDTO]:
        """The victims (roles victim, author and victim), in the order they were added."""
        with self._uow("case") as s:
            get_or_raise(s, Case, case_id, "case")
            people = s.scalars(
                select(Person)
                .join(CaseParty, CaseParty.person_id == Person.id)
                .options(joinedload(Person.nationality))
                .where(CaseParty.case_id == case_id, CaseParty.role.in_(_VICTIM_ROLES))
                .order_by(CaseParty.position, Person.full_name, Person.id)
            )
            return [person_to_dto(p) for p in people]

    # ------------------------------------------------------------------ articles

    def articles(self, case_id: int) -> list[CaseArticleDTO]:
        """Articles invoked, then articles found violated, each in the treaty's order."""
        with self._uow("case") as s:
            get_or_raise(s, Case, case_id, "case")
            return _articles(s, case_id)

    def set_articles(
        self,
        case_id: int,
        relation: ArticleRelation,
        items: list[CaseArticleInput],
        *,
        expected_version: int | None,
    ) -> list[CaseArticleDTO]:
        """Replace the case's articles of one relation (invoked or violated) by `items`.

        `expected_version` is the case's version; the case's version moves, so that two people
        editing the same case's articles conflict instead of overwriting each other. Returns
        all the case's articles (both relations)."""
        relation = parse_vocab(ArticleRelation, relation, "article relation", "relation")
        with self._uow("case") as s:
            case = get_or_raise(s, Case, case_id, "case")
            check_version(case, expected_version, "case")
            body = s.get_one(TreatyBody, case.body_id)
            wanted = _wanted_articles(items, relation, body, _known_articles(s, body))
            _replace_articles(s, case_id, relation, wanted)
            case.updated_at = utcnow()
            s.flush()
            return _articles(s, case_id)

    # ------------------------------------------------------------------ proceedings

    def proceedings(self, case_id: int) -> list[ProceedingDTO]:
        """Domestic proceedings by start date (or decision date when no start is known);
        undated ones last."""
        with self._uow("case") as s:
            get_or_raise(s, Case, case_id, "case")
            rows = s.scalars(
                select(DomesticProceeding).where(DomesticProceeding.case_id == case_id)
            )
            dtos = [_proceeding_to_dto(p) for p in rows]
        return sorted(dtos, key=_proceeding_order)

    def add_proceeding(self, case_id: int, data: ProceedingInput) -> ProceedingDTO:
        """Record a domestic proceeding.

        A proceeding marked final (`is_final`) is the exhaustion of domestic remedies: when
        its decision date is later than the case's final domestic decision date (or the case
        has none), it becomes the case's final domestic decision date, from which the body's
        filing limit runs. The new date must still fit the case's other dates."""
        with self._uow("proceeding") as s:
            case = get_or_raise(s, Case, case_id, "case")
            values = self._validate_proceeding(data)
            proceeding = DomesticProceeding(case_id=case_id, **values)
            s.add(proceeding)
            s.flush()
            _sync_final_date(s, case, proceeding, previous=None)
            s.flush()
            return _proceeding_to_dto(proceeding)

    def update_proceeding(
        self, proceeding_id: int, data: ProceedingInput, *, expected_version: int | None
    ) -> ProceedingDTO:
        """Change a domestic proceeding.

        As in `add_proceeding`, a final proceeding decided later than the case's final domestic
        decision date moves that date forward. When the case's date came from this proceeding
        (same date) and the proceeding is no longer final or its date changed, the case's date
        becomes the latest decision date among its final proceedings, so that a corrected
        typo never leaves a later, wrong filing limit behind; with no final proceeding left
        the case's date is kept as it is (it may have been entered by hand)."""
        with self._uow("proceeding") as s:
            proceeding = get_or_raise(s, DomesticProceeding, proceeding_id, "proceeding")
            check_version(proceeding, expected_version, "proceeding")
            previous = (proceeding.is_final, proceeding.decided_on)
            for name, value in self._validate_proceeding(data).items():
                setattr(proceeding, name, value)
            s.flush()
            case = s.get_one(Case, proceeding.case_id)
            _sync_final_date(s, case, proceeding, previous=previous)
            s.flush()
            return _proceeding_to_dto(proceeding)

    def delete_proceeding(self, proceeding_id: int, *, expected_version: int | None) -> None:
        """Delete a domestic proceeding. If the case's final domestic decision date came from
        it, the date becomes the latest among the remaining final proceedings (kept as it is
        when none is left)."""
        with self._uow("proceeding") as s:
            proceeding = get_or_raise(s, DomesticProceeding, proceeding_id, "proceeding")
            check_version(proceeding, expected_version, "proceeding")
            previous = (proceeding.is_final, proceeding.decided_on)
            case = s.get_one(Case, proceeding.case_id)
            s.delete(proceeding)
            s.flush()
            _sync_final_date(s, case, None, previous=previous)

    # ------------------------------------------------------------------ validation

    def _validate_case(self, s: Session, data: CaseInput, *, case_id: int | None) -> _CaseValues:
        today = self.today()
        reference = require_text(data.reference, "Reference", "reference", max_length=64)
        title = require_text(data.title, "Title", "title")
        body = body_by_code(s, require_text(data.body, "Treaty body", "body", max_length=10))
        state_code = require_text(data.state, "State party", "state")
        state = country_by_code(s, state_code, field="state")
        stage = parse_vocab(Stage, data.stage, "stage", "stage")
        outcome = parse_vocab(Outcome, data.outcome, "outcome", "outcome")
        decision_type = (
            None
            if data.decision_type is None
            else parse_vocab(DecisionType, data.decision_type, "decision type", "decision_type")
        )
        confidentiality = parse_vocab(
            Confidentiality, data.confidentiality, "confidentiality", "confidentiality"
        )

        same_reference = _case_with_reference(s, reference)
        if same_reference is not None and same_reference.id != case_id:
            raise DomainError(
                f"The reference “{reference}” is already used by case “{same_reference.title}”"
                f" ({same_reference.reference}). Choose another reference.",
                field="reference",
            )

        number = check_communication_number(data.communication_number)
        if number is not None:
            holder = s.scalar(
                select(Case).where(
                    Case.body_id == body.id,
                    Case.communication_number == number,
                    Case.id != (case_id or 0),
                )
            )
            if holder is not None:
                raise DomainError(
                    f"Communication number {number} before the {body.code} is already recorded "
                    f"for case {holder.reference} (“{holder.title}”).",
                    field="communication_number",
                )
        symbol = _check_case_symbol(data.symbol, number, body)

        dates = {name: getattr(data, name) for name in DATE_LABELS}
        for name, value in dates.items():
            if value is not None and value > today:
                raise DomainError(
                    f"{DATE_LABELS[name]} ({value:%d %B %Y}) is in the future: a case records "
                    "past events only.",
                    field=name,
                )
        for i, (earlier, earlier_label) in enumerate(DATE_CHAIN):
            for later, later_label in DATE_CHAIN[i + 1 :]:
                check_order(dates[earlier], dates[later], earlier_label, later_label, later)
        check_order(
            dates["transmittal_date"],
            dates["state_observations_received_on"],
            "Transmittal date",
            DATE_LABELS["state_observations_received_on"],
            "state_observations_received_on",
        )
        check_order(
            dates["interim_measures_requested_on"],
            dates["interim_measures_granted_on"],
            "Interim measures request date",
            "Interim measures grant date",
            "interim_measures_granted_on",
        )
        if dates["interim_measures_requested_on"] and not data.interim_measures_requested:
            raise DomainError(
                "A date of the request for interim measures is given, but interim measures are "
                "not marked as requested.",
                field="interim_measures_requested",
            )
        if dates["interim_measures_granted_on"] and not data.interim_measures_granted:
            raise DomainError(
                "A date for the grant of interim measures is given, but interim measures are "
                "not marked as granted.",
                field="interim_measures_granted",
            )
        if outcome is not Outcome.PENDING and dates["decision_date"] is None:
            raise DomainError(
                f"The outcome “{outcome.label}” needs the decision date (the day the Committee "
                "adopted its decision).",
                field="decision_date",
            )
        if stage in (Stage.DECIDED, Stage.FOLLOW_UP) and outcome is Outcome.PENDING:
            raise DomainError(
                f"A case at stage “{stage.label}” has been decided: give its outcome (violation, "
                "no violation, inadmissible or discontinued) instead of “Pending”.",
                field="outcome",
            )

        columns: dict[str, object] = {
            "reference": reference,
            "title": title,
            "communication_number": number,
            "symbol": symbol,
            "stage": stage,
            "outcome": outcome,
            "decision_type": decision_type,
            "interim_measures_requested": bool(data.interim_measures_requested),
            "interim_measures_granted": bool(data.interim_measures_granted),
            **dates,
            "session": optional_text(data.session, "Session", "session", max_length=32),
            "lead_lawyer": optional_text(data.lead_lawyer, "Lead lawyer", "lead_lawyer"),
            "confidentiality": confidentiality,
            "summary": optional_text(data.summary, "Summary", "summary", max_length=LONG_TEXT),
            "notes": optional_text(data.notes, "Notes", "notes", max_length=LONG_TEXT),
        }
        return _CaseValues(body=body, state_id=state.id, columns=columns, tags=_clean_tags(data))

    def _validate_proceeding(self, data: ProceedingInput) -> dict[str, object]:
        today = self.today()
        for value, label, field in (
            (data.started_on, "Start date", "started_on"),
            (data.decided_on, "Decision date", "decided_on"),
        ):
            if value is not None and value > today:
                raise DomainError(
                    f"{label} of the proceeding ({value:%d %B %Y}) is in the future: only past "
                    "events are recorded.",
                    field=field,
                )
        check_order(data.started_on, data.decided_on, "Start date", "Decision date", "decided_on")
        if data.is_final and data.decided_on is None:
            raise DomainError(
                "A final domestic decision needs its decision date: the filing limit runs from it.",
                field="decided_on",
            )
        return {
            "kind": parse_vocab(ProceedingKind, data.kind, "kind of proceeding", "kind"),
            "authority": require_text(data.authority, "Authority or court", "authority"),
            "number": optional_text(data.number, "Case number", "number", max_length=64),
            "started_on": data.started_on,
            "decided_on": data.decided_on,
            "outcome": optional_text(data.outcome, "Outcome", "outcome", max_length=LONG_TEXT),
            "is_final": bool(data.is_final),
        }


# ---------------------------------------------------------------------- helpers


def _case_with_reference(s: Session, reference: str) -> Case | None:
    """The case with exactly this reference, else one differing only in (ASCII) letter case."""
    exact = s.scalar(select(Case).where(Case.reference == reference))
    if exact is not None:
        return exact
    return s.scalar(select(Case).where(same_text(Case.reference, reference)))


def _check_case_symbol(value: str | None, number: str | None, body: TreatyBody) -> str | None:
    symbol = check_symbol(value)
    if symbol is None:
        return None
    if len(symbol) > 64:
        raise DomainError(
            f"Document symbol “{symbol}” is too long ({len(symbol)} characters; at most 64).",
            field="symbol",
        )
    prefix = SYMBOL_PREFIXES.get(body.code)
    if prefix is not None and not symbol.startswith(prefix):
        raise DomainError(
            f"Document symbol “{symbol}” is not a symbol of the {body.name} ({body.code}): "
            f"its symbols begin with “{prefix}”, e.g. {prefix}C/140/D/3456/2023.",
            field="symbol",
        )
    if number is not None:
        match = _SYMBOL_NUMBERS.search(symbol)
        if match is None or number not in match.group(1).split("-"):
            raise DomainError(
                f"The document symbol “{symbol}” does not end with the communication number "
                f"{number}: one of them is wrong. A symbol ends with its communication number, "
                f"e.g. CCPR/C/112/D/2137/2012 for 2137/2012.",
                field="symbol",
            )
    return symbol


def _clean_tags(data: CaseInput) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for raw in data.tags:
        name = " ".join((raw or "").split())
        if not name:
            continue
        if len(name) > TAG_MAX_LENGTH:
            raise DomainError(
                f"Tag “{name[:40]}…” is too long ({len(name)} characters; at most "
                f"{TAG_MAX_LENGTH}).",
                field="tags",
            )
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _tags(s: Session, names: tuple[str, ...]) -> list[Tag]:
    """Tag rows for these names: existing ones reused whatever their letter case, others new."""
    if not names:
        return []
    existing = {t.name.casefold(): t for t in s.scalars(select(Tag))}
    result = []
    for name in names:
        tag = existing.get(name.casefold())
        if tag is None:
            tag = Tag(name=name)
            s.add(tag)
            existing[name.casefold()] = tag
        result.append(tag)
    return result


def _load_case(s: Session, case_id: int) -> Case:
    case = s.scalar(
        select(Case)
        .options(joinedload(Case.body), joinedload(Case.state), selectinload(Case.tags))
        .where(Case.id == case_id)
        .execution_options(populate_existing=True)
    )
    if case is None:
        raise NotFoundError("The case no longer exists (it may have been deleted).")
    return case


def _case_to_dto(case: Case) -> CaseDTO:
    return CaseDTO(
        id=case.id,
        uuid=case.uuid,
        reference=case.reference,
        title=case.title,
        body=case.body.code,
        body_name=case.body.name,
        state=case.state.code,
        state_name=case.state.name,
        communication_number=case.communication_number,
        symbol=case.symbol,
        stage=Stage(case.stage),
        outcome=Outcome(case.outcome),
        decision_type=DecisionType(case.decision_type) if case.decision_type else None,
        interim_measures_requested=case.interim_measures_requested,
        interim_measures_granted=case.interim_measures_granted,
        interim_measures_requested_on=case.interim_measures_requested_on,
        interim_measures_granted_on=case.interim_measures_granted_on,
        incident_date=case.incident_date,
        final_domestic_decision_date=case.final_domestic_decision_date,
        submission_date=case.submission_date,
        registration_date=case.registration_date,
        transmittal_date=case.transmittal_date,
        state_observations_received_on=case.state_observations_received_on,
        decision_date=case.decision_date,
        decision_transmittal_date=case.decision_transmittal_date,
        session=case.session,
        lead_lawyer=case.lead_lawyer,
        tags=tuple(sorted((t.name for t in case.tags), key=str.casefold)),
        confidentiality=Confidentiality(case.confidentiality),
        summary=case.summary,
        notes=case.notes,
        version=case.version,
        created_at=case.created_at,
        updated_at=case.updated_at,
    )


def _load_party(s: Session, party_id: int) -> CaseParty:
    party = s.scalar(
        select(CaseParty)
        .options(joinedload(CaseParty.person).joinedload(Person.nationality))
        .where(CaseParty.id == party_id)
    )
    if party is None:
        raise NotFoundError(
            "This party is no longer linked to the case (it may have been removed)."
        )
    return party


def _party_to_dto(party: CaseParty) -> PartyDTO:
    return PartyDTO(
        id=party.id,
        case_id=party.case_id,
        person=person_to_dto(party.person),
        role=PartyRole(party.role),
        notes=party.notes,
        version=party.version,
    )


def _refuse_body_change(
    s: Session, case: Case, keep: Sequence[ArticleRelation] = tuple(ArticleRelation)
) -> None:
    """Articles belong to one treaty: a case cannot move to another body while it has some
    (of the relations in `keep`: those not being replaced in the same save)."""
    count = s.scalar(
        select(func.count()).where(
            CaseArticle.case_id == case.id, CaseArticle.relation.in_(list(keep))
        )
    )
    if count:
        raise DomainError(
            f"The treaty body cannot be changed while {count} article(s) of the "
            f"{case.body.code} treaty are recorded for this case: remove them first.",
            field="body",
        )


def _refuse_second_link(s: Session, case_id: int, person: Person) -> None:
    existing = s.scalar(
        select(CaseParty).where(CaseParty.case_id == case_id, CaseParty.person_id == person.id)
    )
    if existing is not None:
        raise DomainError(
            f"{person.full_name} is already linked to this case as "
            f"{PartyRole(existing.role).label.lower()}.",
            field="person_id",
        )


def _status_kinds(s: Session, case_id: int, person_id: int) -> list[RemedyKind]:
    """The kinds of remedy of this case for which a status is recorded for this person."""
    rows = s.scalars(
        select(Remedy.kind)
        .join(RemedyStatus, RemedyStatus.remedy_id == Remedy.id)
        .where(Remedy.case_id == case_id, RemedyStatus.person_id == person_id)
        .order_by(Remedy.position, Remedy.id)
    )
    return [RemedyKind(k) for k in rows]


def _kinds_text(kinds: list[RemedyKind]) -> str:
    return ", ".join(dict.fromkeys(k.label.lower() for k in kinds))


def _article_key(
    item: CaseArticleInput,
    relation: ArticleRelation,
    body: TreatyBody,
    known: dict[str, TreatyArticle],
) -> tuple[int, str]:
    if item.relation != relation:
        raise DomainError(
            f"Article {item.number} is given as {item.relation} in a list of articles "
            f"{relation.value}: list each relation separately.",
            field="articles",
        )
    number = _ARTICLE_PREFIX.sub("", (item.number or "").strip()).strip()
    if not number:
        raise DomainError("An article number is missing.", field="articles")
    article = known.get(number)
    if article is None:
        raise DomainError(
            f"Article “{number}” is not an article of the {body.treaty} ({body.code}) known to "
            "TreatyDesk.",
            field="articles",
        )
    paragraph = re.sub(r"\s+", "", item.paragraph or "")
    if not _PARAGRAPH.match(paragraph) or len(paragraph) > 32:
        raise DomainError(
            f"Paragraph “{item.paragraph}” of article {number} is not in the form (3) or (3)(b).",
            field="articles",
        )
    return article.id, paragraph


def _known_articles(s: Session, body: TreatyBody) -> dict[str, TreatyArticle]:
    return {
        a.number: a
        for a in s.scalars(select(TreatyArticle).where(TreatyArticle.body_id == body.id))
    }


def _wanted_articles(
    items: Sequence[CaseArticleInput],
    relation: ArticleRelation,
    body: TreatyBody,
    known: dict[str, TreatyArticle],
) -> list[tuple[int, str]]:
    """(article id, paragraph) of each item, validated, duplicates dropped, in order."""
    wanted: list[tuple[int, str]] = []
    for item in items:
        key = _article_key(item, relation, body, known)
        if key not in wanted:
            wanted.append(key)
    return wanted


def _replace_articles(
    s: Session, case_id: int, relation: ArticleRelation, wanted: list[tuple[int, str]]
) -> None:
    for old in s.scalars(
        select(CaseArticle).where(CaseArticle.case_id == case_id, CaseArticle.relation == relation)
    ):
        s.delete(old)
    s.flush()  # deletes first: a re-entered article must not collide with its old row
    s.add_all(
        CaseArticle(case_id=case_id, article_id=a, relation=relation, paragraph=p)
        for a, p in wanted
    )


def _articles(s: Session, case_id: int) -> list[CaseArticleDTO]:
    rows = s.execute(
        select(CaseArticle, TreatyArticle)
        .join(TreatyArticle, TreatyArticle.id == CaseArticle.article_id)
        .where(CaseArticle.case_id == case_id)
    ).all()
    order = {ArticleRelation.INVOKED: 0, ArticleRelation.VIOLATED: 1}
    rows.sort(key=lambda r: (order[r[0].relation], r[1].sort_key, r[0].paragraph))
    return [
        CaseArticleDTO(
            id=ca.id,
            number=article.number,
            paragraph=ca.paragraph,
            title=article.title,
            relation=ArticleRelation(ca.relation),
        )
        for ca, article in rows
    ]


def _proceeding_to_dto(p: DomesticProceeding) -> ProceedingDTO:
    return ProceedingDTO(
        id=p.id,
        case_id=p.case_id,
        kind=ProceedingKind(p.kind),
        authority=p.authority,
        number=p.number,
        started_on=p.started_on,
        decided_on=p.decided_on,
        outcome=p.outcome,
        is_final=p.is_final,
        version=p.version,
    )


def _proceeding_order(p: ProceedingDTO) -> tuple[bool, date, date, int]:
    first = p.started_on or p.decided_on
    return (first is None, first or date.max, p.decided_on or date.max, p.id)


def _sync_final_date(
    s: Session,
    case: Case,
    proceeding: DomesticProceeding | None,
    *,
    previous: tuple[bool, date | None] | None,
) -> None:
    """Keep the case's final domestic decision date in step with its final proceedings."""
    current = case.final_domestic_decision_date
    new = current
    if (
        proceeding is not None
        and proceeding.is_final
        and proceeding.decided_on is not None
        and (current is None or proceeding.decided_on > current)
    ):
        new = proceeding.decided_on
    if new == current and previous is not None:
        was_final, old_date = previous
        came_from_here = was_final and old_date is not None and old_date == current
        unchanged = (
            proceeding is not None and proceeding.is_final and proceeding.decided_on == old_date
        )
        if came_from_here and not unchanged:
            latest = s.scalar(
                select(func.max(DomesticProceeding.decided_on)).where(
                    DomesticProceeding.case_id == case.id,
                    DomesticProceeding.is_final.is_(True),
                )
            )
            if latest is not None:
                new = latest
    if new is None or new == current:
        return
    _check_final_date_fits(case, new)
    case.final_domestic_decision_date = new


def _check_final_date_fits(case: Case, new: date) -> None:
    if case.incident_date is not None and new < case.incident_date:
        raise DomainError(
            f"This proceeding is marked final, so its decision date ({new:%d %B %Y}) would "
            f"become the case's final domestic decision date, but it is before the incident "
            f"({case.incident_date:%d %B %Y}). Check the dates, or do not mark it final.",
            field="decided_on",
        )
    for name, label in DATE_CHAIN[2:]:
        later: date | None = getattr(case, name)
        if later is not None and new > later:
            raise DomainError(
                f"This proceeding is marked final, so its decision date ({new:%d %B %Y}) would "
                f"become the case's final domestic decision date, but it is after the case's "
                f"{label.lower()} ({later:%d %B %Y}). Check the dates, or do not mark it final.",
                field="decided_on",
            )
