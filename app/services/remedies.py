"""Remedies ordered by a decision and their implementation, per remedy and per victim.

The implementation matrix (victims × individual remedies, plus the single status of each
general remedy) is the heart of follow-up work: "compensated: 3 of 23". It is read with
a constant number of queries, however many victims a case has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Row, func, insert, select, update
from sqlalchemy.orm import Session

from app.errors import DomainError, NotFoundError
from app.services.base import (
    Service,
    check_version,
    get_or_raise,
    long_date,
    optional_text,
    parse_vocab,
)
from app.services.dto import (
    ImplementationMatrix,
    LazyCells,
    LazyRows,
    PersonDTO,
    RemedyDTO,
    RemedyInput,
    RemedyTotals,
    StatusDTO,
    StatusInput,
)
from app.vocab import (
    ImplementationStatus,
    Outcome,
    PartyRole,
    RemedyKind,
    RemedyScope,
    Sex,
)
from models import Case, CaseParty, Country, Person, Remedy, RemedyStatus
from models.base import new_uuid, utcnow

MAX_REMEDY_TEXT = 10_000
MAX_EVIDENCE = 10_000
MAX_SOURCE = 2_000
# Numeric(18, 2): sixteen digits before the decimal point.
MAX_AMOUNT = Decimal("9999999999999999.99")

MONEY_KINDS = frozenset({RemedyKind.COMPENSATION, RemedyKind.REIMBURSEMENT, RemedyKind.RESTITUTION})
VICTIM_ROLES = (PartyRole.VICTIM, PartyRole.AUTHOR_AND_VICTIM)
CURRENCY = re.compile(r"^[A-Z]{3}$")
BULK_CHUNK = 5_000
"""Victims per statement of bulk_set (bound parameters stay far below the drivers' limits)."""


def _chunks(items: Sequence[int]) -> Iterable[Sequence[int]]:
    size = BULK_CHUNK
    for start in range(0, len(items), size):
        yield items[start : start + size]


def remedy_label(kind: RemedyKind, text: str = "") -> str:
    """How a remedy is named in messages and sentences: its kind, or its text for "other"."""
    if kind is RemedyKind.OTHER and text.strip():
        first_line = text.strip().splitlines()[0]
        return first_line if len(first_line) <= 60 else first_line[:57].rstrip() + "…"
    return kind.label


def format_amount(amount: Decimal) -> str:
    """11250000 -> "11,250,000"; 1250.5 -> "1,250.50"."""
    if amount == amount.to_integral_value():
        return f"{amount:,.0f}"
    return f"{amount:,.2f}"


def format_amounts(amounts: dict[str, Decimal]) -> str:
    """{"KZT": 33750000, "USD": 500} -> "33,750,000 KZT and 500 USD"."""
    parts = [f"{format_amount(total)} {currency}" for currency, total in sorted(amounts.items())]
    return _join(parts)


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _names(names: Sequence[str], limit: int = 5) -> str:
    if len(names) > limit:
        rest = len(names) - limit
        return _join([*names[:limit], f"{rest} other{'s' if rest > 1 else ''}"])
    return _join(names)


# ---------------------------------------------------------------- mapping


def _to_dto(remedy: Remedy) -> RemedyDTO:
    return RemedyDTO(
        id=remedy.id,
        case_id=remedy.case_id,
        kind=RemedyKind(remedy.kind),
        scope=RemedyScope(remedy.scope),
        text=remedy.text or "",
        position=remedy.position,
        version=remedy.version,
    )


# The columns the DTOs are built from, for reads of many rows (see RemedyService._matrix).
_STATUS_COLUMNS = (
    RemedyStatus.id,
    RemedyStatus.remedy_id,
    RemedyStatus.person_id,
    RemedyStatus.status,
    RemedyStatus.amount,
    RemedyStatus.currency,
    RemedyStatus.status_date,
    RemedyStatus.evidence,
    RemedyStatus.source,
    RemedyStatus.version,
)
_PERSON_COLUMNS = (
    Person.id,
    Person.uuid,
    Person.full_name,
    Person.original_script_name,
    Person.pseudonym,
    Person.sex,
    Person.date_of_birth,
    Person.date_of_death,
    Person.contact,
    Person.safety_notes,
    Person.consent_to_act,
    Person.consent_to_be_named,
    Person.consent_date,
    Person.consent_form,
    Person.notes,
    Person.version,
)


def _status_dto(row: RemedyStatus | Row[Any]) -> StatusDTO:
    return StatusDTO(
        id=row.id,
        remedy_id=row.remedy_id,
        person_id=row.person_id,
        status=ImplementationStatus(row.status),
        amount=row.amount,
        currency=row.currency or "",
        status_date=row.status_date,
        evidence=row.evidence or "",
        source=row.source or "",
        version=row.version,
    )


def _person_dto(
    person: Person | Row[Any], nationality_code: str | None, nationality_name: str | None
) -> PersonDTO:
    return PersonDTO(
        id=person.id,
        uuid=person.uuid,
        full_name=person.full_name,
        original_script_name=person.original_script_name or "",
        pseudonym=person.pseudonym or "",
        sex=Sex(person.sex) if person.sex else Sex.UNKNOWN,
        date_of_birth=person.date_of_birth,
        nationality=nationality_code,
        nationality_name=nationality_name,
        date_of_death=person.date_of_death,
        contact=person.contact or "",
        safety_notes=person.safety_notes or "",
        consent_to_act=person.consent_to_act,
        consent_to_be_named=bool(person.consent_to_be_named),
        consent_date=person.consent_date,
        consent_form=person.consent_form or "",
        notes=person.notes or "",
        version=person.version,
    )


# ---------------------------------------------------------------- validation


@dataclass(frozen=True)
class _CleanRemedy:
    kind: RemedyKind
    scope: RemedyScope
    text: str


@dataclass(frozen=True)
class _CleanStatus:
    status: ImplementationStatus
    amount: Decimal | None
    currency: str
    status_date: date | None
    evidence: str
    source: str

    def apply(self, row: RemedyStatus) -> None:
        row.status = self.status
        row.amount = self.amount
        row.currency = self.currency
        row.status_date = self.status_date
        row.evidence = self.evidence
        row.source = self.source


def _clean_remedy(data: RemedyInput) -> _CleanRemedy:
    return _CleanRemedy(
        kind=parse_vocab(RemedyKind, data.kind, "kind of remedy", "kind"),
        scope=parse_vocab(RemedyScope, data.scope, "scope (individual or general)", "scope"),
        text=optional_text(data.text, "The text of the remedy", "text", max_length=MAX_REMEDY_TEXT),
    )


def _clean_amount(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise DomainError("The amount must be a number, e.g. 11250000.", field="amount")
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        raise DomainError(
            f"The amount “{value}” is not a number, e.g. 11250000 or 1250.50.", field="amount"
        ) from None
    if not amount.is_finite():
        raise DomainError("The amount must be a number, e.g. 11250000.", field="amount")
    if amount < 0:
        raise DomainError("The amount paid cannot be negative.", field="amount")
    if amount != amount.quantize(Decimal("0.01")):
        raise DomainError(
            f"The amount {amount} has more than two decimals: round it to the cent.",
            field="amount",
        )
    if amount > MAX_AMOUNT:
        raise DomainError(f"The amount {amount} is too large to be right.", field="amount")
    return amount


def _clean_status(remedy: Remedy, data: StatusInput, today: date) -> _CleanStatus:
    kind = RemedyKind(remedy.kind)
    status = parse_vocab(ImplementationStatus, data.status, "implementation status", "status")
    amount = _clean_amount(data.amount)
    currency = (data.currency or "").strip().upper()
    if kind not in MONEY_KINDS:
        if amount is not None:
            raise DomainError(
                f"An amount only belongs to a remedy that pays money (compensation, "
                f"reimbursement, restitution), not to “{remedy_label(kind, remedy.text)}”.",
                field="amount",
            )
        if currency:
            raise DomainError(
                f"A currency only belongs to a remedy that pays money, not to "
                f"“{remedy_label(kind, remedy.text)}”.",
                field="currency",
            )
    if amount is not None and not currency:
        raise DomainError(
            "Give the currency of the amount as its three-letter code, e.g. KZT, USD or EUR.",
            field="currency",
        )
    if currency and not CURRENCY.match(currency):
        raise DomainError(
            f"Currency “{data.currency.strip()}” is not a three-letter ISO 4217 code "
            "such as KZT, USD or EUR.",
            field="currency",
        )
    if amount is not None and amount > 0 and status is ImplementationStatus.NOT_IMPLEMENTED:
        raise DomainError(
            "An amount was paid, so the remedy cannot be “Not implemented”: choose "
            "“Partially implemented” or “Fully implemented”, or clear the amount.",
            field="status",
        )
    if data.status_date is not None and data.status_date > today:
        raise DomainError(
            f"The status date ({long_date(data.status_date)}) is in the future: record what "
            "has happened, not what is expected.",
            field="status_date",
        )
    return _CleanStatus(
        status=status,
        amount=amount,
        currency=currency,
        status_date=data.status_date,
        evidence=optional_text(data.evidence, "The evidence", "evidence", max_length=MAX_EVIDENCE),
        source=optional_text(data.source, "The source", "source", max_length=MAX_SOURCE),
    )


# ---------------------------------------------------------------- service


class RemedyService(Service):
    """Remedies of a case, their implementation per victim, and the implementation matrix."""

    # ------------------------------------------------------------ remedies

    def remedies(self, case_id: int) -> list[RemedyDTO]:
        with self._uow("case") as s:
            get_or_raise(s, Case, case_id, "case")
            return [_to_dto(r) for r in self._ordered(s, case_id)]

    def get(self, remedy_id: int) -> RemedyDTO:
        with self._uow("remedy") as s:
            return _to_dto(get_or_raise(s, Remedy, remedy_id, "remedy"))

    def add(self, case_id: int, data: RemedyInput) -> RemedyDTO:
        with self._uow("remedy") as s:
            case = get_or_raise(s, Case, case_id, "case")
            # Remedies come from a decision finding a violation, or, while a case is
            # pending, from domestic measures worth following per victim (a verdict's
            # compensation). A case that ended without a violation has none.
            if case.outcome not in (Outcome.VIOLATION, Outcome.PENDING):
                outcome = Outcome(case.outcome).label.lower()
                raise DomainError(
                    f"The outcome of case {case.reference} is “{outcome}”: remedies are "
                    "recorded only for a decision finding a violation, or for domestic "
                    "measures while the case is pending.",
                    field="outcome",
                )
            clean = _clean_remedy(data)
            last = s.scalar(select(func.max(Remedy.position)).where(Remedy.case_id == case_id))
            remedy = Remedy(
                case_id=case_id,
                kind=clean.kind,
                scope=clean.scope,
                text=clean.text,
                position=(last or 0) + 1,
            )
            s.add(remedy)
            s.flush()
            return _to_dto(remedy)

    def update(
        self, remedy_id: int, data: RemedyInput, *, expected_version: int | None
    ) -> RemedyDTO:
        with self._uow("remedy") as s:
            remedy = get_or_raise(s, Remedy, remedy_id, "remedy")
            check_version(remedy, expected_version, "remedy")
            clean = _clean_remedy(data)
            if clean.scope != remedy.scope:
                self._check_scope_change(s, remedy, clean.scope)
            if clean.kind not in MONEY_KINDS:
                self._check_no_money(s, remedy, clean.kind)
            remedy.kind = clean.kind
            remedy.scope = clean.scope
            remedy.text = clean.text
            s.flush()
            return _to_dto(remedy)

    def delete(self, remedy_id: int, *, expected_version: int | None) -> None:
        with self._uow("remedy") as s:
            remedy = get_or_raise(s, Remedy, remedy_id, "remedy")
            check_version(remedy, expected_version, "remedy")
            s.delete(remedy)

    def move(self, remedy_id: int, new_position: int) -> list[RemedyDTO]:
        """Put a remedy at `new_position` (1 = first) and renumber; returns the new order."""
        with self._uow("remedy") as s:
            remedy = get_or_raise(s, Remedy, remedy_id, "remedy")
            ordered = self._ordered(s, remedy.case_id)
            if isinstance(new_position, bool) or not 1 <= new_position <= len(ordered):
                raise DomainError(
                    f"Position {new_position} is outside the list of remedies "
                    f"(1 to {len(ordered)}).",
                    field="position",
                )
            ordered.remove(remedy)
            ordered.insert(new_position - 1, remedy)
            for position, item in enumerate(ordered, start=1):
                if item.position != position:
                    item.position = position
            s.flush()
            return [_to_dto(r) for r in ordered]

    # ------------------------------------------------------------ statuses

    def status(self, remedy_id: int, person_id: int | None) -> StatusDTO | None:
        """The recorded status of a remedy for a victim (None for a general remedy)."""
        with self._uow("status") as s:
            get_or_raise(s, Remedy, remedy_id, "remedy")
            row = self._status_row(s, remedy_id, person_id)
            return _status_dto(row) if row else None

    def set_status(
        self,
        remedy_id: int,
        person_id: int | None,
        data: StatusInput,
        *,
        expected_version: int | None,
    ) -> StatusDTO:
        """Record (create or replace) the implementation of a remedy for one victim.

        `person_id` is None for a general remedy. `expected_version` guards an existing
        status row; it is ignored when the row does not exist yet.
        """
        with self._uow("implementation status") as s:
            remedy = get_or_raise(s, Remedy, remedy_id, "remedy")
            self._check_person_for_scope(remedy, person_id)
            if person_id is not None:
                self._require_victims(s, remedy, [person_id])
            clean = _clean_status(remedy, data, self.today())
            row = self._status_row(s, remedy_id, person_id)
            if row is None:
                row = RemedyStatus(remedy_id=remedy_id, person_id=person_id)
                s.add(row)
            else:
                check_version(row, expected_version, "implementation status")
            clean.apply(row)
            s.flush()
            return _status_dto(row)

    def bulk_set(self, remedy_id: int, person_ids: Iterable[int], data: StatusInput) -> int:
        """Record the same status for several victims at once: all of them or none.

        Returns how many victims were written. Existing statuses are replaced (their
        version goes up, so an editor holding an older one gets a conflict on save).

        Set-based, whatever the number of victims: one UPDATE of the existing rows and one
        multi-row INSERT of the missing ones (per chunk of BULK_CHUNK victims), each
        recorded in the audit trail as one entry naming the rows.
        """
        ids = list(dict.fromkeys(person_ids))
        with self._uow("implementation status") as s:
            remedy = get_or_raise(s, Remedy, remedy_id, "remedy")
            if remedy.scope != RemedyScope.INDIVIDUAL:
                raise DomainError(
                    f"“{remedy_label(RemedyKind(remedy.kind), remedy.text)}” is a general "
                    "remedy: its status is recorded once for the case, not per victim.",
                    field="person_ids",
                )
            if not ids:
                return 0
            self._require_victims(s, remedy, ids)
            clean = _clean_status(remedy, data, self.today())
            values = {
                "status": clean.status,
                "amount": clean.amount,
                "currency": clean.currency,
                "status_date": clean.status_date,
                "evidence": clean.evidence,
                "source": clean.source,
            }
            existing = set(
                s.scalars(
                    select(RemedyStatus.person_id).where(
                        RemedyStatus.remedy_id == remedy_id, RemedyStatus.person_id.is_not(None)
                    )
                )
            )
            present = [pid for pid in ids if pid in existing]
            missing = [pid for pid in ids if pid not in existing]
            now = utcnow()
            for chunk in _chunks(present):
                s.execute(
                    update(RemedyStatus)
                    .where(RemedyStatus.remedy_id == remedy_id, RemedyStatus.person_id.in_(chunk))
                    .values(**values, version=RemedyStatus.version + 1, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
            for chunk in _chunks(missing):
                s.execute(
                    insert(RemedyStatus),
                    [
                        {
                            **values,
                            "remedy_id": remedy_id,
                            "person_id": pid,
                            "uuid": new_uuid(),
                            "created_at": now,
                            "updated_at": now,
                            "version": 1,
                        }
                        for pid in chunk
                    ],
                )
            # Rows of this remedy already in the session are stale now.
            s.expire_all()
            return len(ids)

    # ------------------------------------------------------------ matrix

    def matrix(self, case_id: int) -> ImplementationMatrix:
        with self._uow("case") as s:
            return self._matrix(s, case_id)

    def summary(self, case_id: int) -> list[str]:
        """One plain sentence per remedy, in order, for documents and the command line.

        "Compensation: fully implemented for 3 of 23 victims (11,250,000 KZT each,
        33,750,000 KZT paid in all); not implemented for 20."
        "Legislative change (general measure): not implemented as of 1 June 2025."
        """
        with self._uow("case") as s:
            matrix = self._matrix(s, case_id)
        totals = {t.remedy_id: t for t in matrix.totals}
        general = {r.id: st for r, st in matrix.general}
        remedies = sorted(
            [*matrix.remedies, *(r for r, _st in matrix.general)], key=lambda r: (r.position, r.id)
        )
        sentences = []
        for remedy in remedies:
            label = remedy_label(remedy.kind, remedy.text)
            if remedy.id in totals:
                payments = {
                    (cell.amount, cell.currency)
                    for (remedy_id, _person), cell in matrix.cells.items()
                    if remedy_id == remedy.id and cell.amount is not None and cell.amount > 0
                }
                each = next(iter(payments)) if len(payments) == 1 else None
                sentences.append(_individual_sentence(label, totals[remedy.id], each))
            else:
                sentences.append(_general_sentence(label, general.get(remedy.id)))
        return sentences

    # ------------------------------------------------------------ internals

    @staticmethod
    def _ordered(s: Session, case_id: int) -> list[Remedy]:
        return list(
            s.scalars(
                select(Remedy).where(Remedy.case_id == case_id).order_by(Remedy.position, Remedy.id)
            )
        )

    @staticmethod
    def _status_row(s: Session, remedy_id: int, person_id: int | None) -> RemedyStatus | None:
        query = select(RemedyStatus).where(RemedyStatus.remedy_id == remedy_id)
        if person_id is None:
            query = query.where(RemedyStatus.person_id.is_(None))
        else:
            query = query.where(RemedyStatus.person_id == person_id)
        return s.scalar(query)

    @staticmethod
    def _check_person_for_scope(remedy: Remedy, person_id: int | None) -> None:
        label = remedy_label(RemedyKind(remedy.kind), remedy.text)
        if remedy.scope == RemedyScope.GENERAL and person_id is not None:
            raise DomainError(
                f"“{label}” is a general remedy: its status is recorded once for the case, "
                "not per victim.",
                field="person_id",
            )
        if remedy.scope == RemedyScope.INDIVIDUAL and person_id is None:
            raise DomainError(
                f"“{label}” is an individual remedy: choose the victim whose status you "
                "are recording.",
                field="person_id",
            )

    @staticmethod
    def _require_victims(s: Session, remedy: Remedy, person_ids: Sequence[int]) -> None:
        """Every person must be a victim (or author and victim) in the remedy's case."""
        roles = dict(
            s.execute(
                select(CaseParty.person_id, CaseParty.role).where(
                    CaseParty.case_id == remedy.case_id, CaseParty.person_id.in_(person_ids)
                )
            ).all()
        )
        bad = [pid for pid in person_ids if roles.get(pid) not in VICTIM_ROLES]
        if not bad:
            return
        names = dict(s.execute(select(Person.id, Person.full_name).where(Person.id.in_(bad))).all())
        missing = [pid for pid in bad if pid not in names]
        if missing:
            raise NotFoundError(
                "A person chosen no longer exists (they may have been deleted): reload and "
                "choose again. Nothing was changed."
            )
        reference = s.scalar(select(Case.reference).where(Case.id == remedy.case_id))
        if len(bad) == 1:
            pid = bad[0]
            role = roles.get(pid)
            recorded = f" (recorded as {PartyRole(role).label.lower()})" if role else ""
            raise DomainError(
                f"{names[pid]} is not a victim in case {reference}{recorded}. Implementation "
                "is recorded for victims only: add them to the case as a victim first.",
                field="person_id",
            )
        raise DomainError(
            f"{_names([names[pid] for pid in bad])} are not victims in case {reference}. "
            "Implementation is recorded for victims only. Nothing was changed.",
            field="person_ids",
        )

    @staticmethod
    def _check_scope_change(s: Session, remedy: Remedy, new_scope: RemedyScope) -> None:
        label = remedy_label(RemedyKind(remedy.kind), remedy.text)
        if new_scope == RemedyScope.GENERAL:
            count = s.scalar(
                select(func.count(RemedyStatus.id)).where(
                    RemedyStatus.remedy_id == remedy.id, RemedyStatus.person_id.is_not(None)
                )
            )
            if count:
                raise DomainError(
                    f"“{label}” already has a status for {count} "
                    f"victim{'s' if count != 1 else ''}: it cannot become a general remedy "
                    "while those statuses exist. Clear them first, or add a separate general "
                    "remedy.",
                    field="scope",
                )
        else:
            count = s.scalar(
                select(func.count(RemedyStatus.id)).where(
                    RemedyStatus.remedy_id == remedy.id, RemedyStatus.person_id.is_(None)
                )
            )
            if count:
                raise DomainError(
                    f"“{label}” already has a status recorded for the case as a whole: it "
                    "cannot become an individual remedy while that status exists.",
                    field="scope",
                )

    @staticmethod
    def _check_no_money(s: Session, remedy: Remedy, kind: RemedyKind) -> None:
        paid = s.scalar(
            select(func.count(RemedyStatus.id)).where(
                RemedyStatus.remedy_id == remedy.id, RemedyStatus.amount.is_not(None)
            )
        )
        if paid:
            raise DomainError(
                f"Amounts paid are recorded under this remedy, and “{kind.label}” does not "
                "pay money: keep a money remedy (compensation, reimbursement, restitution) "
                "or clear the amounts first.",
                field="kind",
            )

    def _matrix(self, s: Session, case_id: int) -> ImplementationMatrix:
        # Four queries whatever the number of victims: case, victims, remedies, statuses.
        get_or_raise(s, Case, case_id, "case")
        # Core rows, not ORM entities, and DTOs built only when used (LazyRows, LazyCells):
        # a case of 5,000 victims × 3 remedies is read in ~0.1 s, and its totals are
        # counted from the rows in one pass.
        conn = s.connection()
        victim_rows = conn.execute(
            select(
                *_PERSON_COLUMNS,
                Country.code.label("nationality_code"),
                Country.name.label("nationality_name"),
            )
            .join(CaseParty, CaseParty.person_id == Person.id)
            .outerjoin(Country, Country.id == Person.nationality_id)
            .where(CaseParty.case_id == case_id, CaseParty.role.in_(VICTIM_ROLES))
            .order_by(CaseParty.position, Person.full_name, Person.id)
        ).all()
        victims = LazyRows(
            victim_rows,
            [row.id for row in victim_rows],
            lambda row: _person_dto(row, row.nationality_code, row.nationality_name),
        )
        victim_ids = set(victims.ids)
        remedies = [_to_dto(r) for r in self._ordered(s, case_id)]
        rows: dict[tuple[int, int], Row[Any]] = {}
        general_status: dict[int, StatusDTO] = {}
        # _STATUS_COLUMNS: id, remedy_id, person_id, status, amount, currency, ...
        for row in conn.execute(
            select(*_STATUS_COLUMNS)
            .join(Remedy, Remedy.id == RemedyStatus.remedy_id)
            .where(Remedy.case_id == case_id)
        ):
            person_id = row[2]
            if person_id is None:
                general_status[row[1]] = _status_dto(row)
            elif person_id in victim_ids:
                rows[(row[1], person_id)] = row
        individual = tuple(r for r in remedies if r.scope == RemedyScope.INDIVIDUAL)
        general = tuple(
            (r, general_status.get(r.id)) for r in remedies if r.scope == RemedyScope.GENERAL
        )
        totals = _totals(individual, len(victims), rows.values())
        return ImplementationMatrix(
            case_id=case_id,
            victims=victims,
            remedies=individual,
            cells=LazyCells(rows, _status_dto, lambda row: ImplementationStatus(row.status)),
            general=general,
            totals=totals,
        )


def _totals(
    remedies: Sequence[RemedyDTO], victims: int, rows: Iterable[Row[Any]]
) -> tuple[RemedyTotals, ...]:
    """Per individual remedy: how many victims in each status (no row: unknown) and the
    amounts paid per currency, counted in one pass over the status rows."""
    counts = {r.id: dict.fromkeys(ImplementationStatus, 0) for r in remedies}
    amounts: dict[int, dict[str, Decimal]] = {r.id: {} for r in remedies}
    status_of = {s: s for s in ImplementationStatus} | {s.value: s for s in ImplementationStatus}
    # Row positions from _STATUS_COLUMNS: 1 remedy_id, 3 status, 4 amount, 5 currency.
    for row in rows:
        per_status = counts.get(row[1])
        if per_status is None:
            continue
        per_status[status_of[row[3]]] += 1
        amount = row[4]
        if amount is not None:
            paid = amounts[row[1]]
            currency = row[5] or ""
            paid[currency] = paid.get(currency, Decimal(0)) + amount
    totals = []
    for remedy in remedies:
        c = counts[remedy.id]
        known = (
            c[ImplementationStatus.FULLY]
            + c[ImplementationStatus.PARTIALLY]
            + c[ImplementationStatus.NOT_IMPLEMENTED]
        )
        totals.append(
            RemedyTotals(
                remedy_id=remedy.id,
                kind=remedy.kind,
                victims=victims,
                fully=c[ImplementationStatus.FULLY],
                partially=c[ImplementationStatus.PARTIALLY],
                not_implemented=c[ImplementationStatus.NOT_IMPLEMENTED],
                unknown=victims - known,
                amounts=amounts[remedy.id],
            )
        )
    return tuple(totals)


def _individual_sentence(
    label: str, totals: RemedyTotals, each: tuple[Decimal, str] | None = None
) -> str:
    """`each`: the one (amount, currency) every paid victim received, if they all got the same."""
    if totals.victims == 0:
        return f"{label}: no victims are recorded in this case."
    noun = "victim" if totals.victims == 1 else "victims"
    first = f"{label}: fully implemented for {totals.fully} of {totals.victims} {noun}"
    paid = _join([f"{format_amount(v)} {c}" for c, v in sorted(totals.amounts.items()) if v > 0])
    if paid and not totals.partially:
        # "11,250,000 KZT each" only when exactly the fully implemented victims got that sum.
        if (
            each is not None
            and totals.fully > 1
            and totals.amounts == {each[1]: each[0] * totals.fully}
        ):
            first += f" ({format_amount(each[0])} {each[1]} each, {paid} paid in all)"
        else:
            first += f" ({paid} paid)"
    rest = []
    if totals.partially:
        rest.append(f"partially implemented for {totals.partially}")
    if totals.not_implemented:
        rest.append(f"not implemented for {totals.not_implemented}")
    if totals.unknown:
        rest.append(f"status unknown for {totals.unknown}")
    if paid and totals.partially:
        rest.append(f"{paid} paid in all")
    return "; ".join([first, *rest]) + "."


def _general_sentence(label: str, status: StatusDTO | None) -> str:
    head = f"{label} (general measure): "
    if status is None:
        return head + "status unknown."
    text = status.status.label.lower()
    if status.status_date is not None:
        text += f" as of {long_date(status.status_date)}"
    if status.amount is not None and status.amount > 0:
        text += f" ({format_amount(status.amount)} {status.currency} paid)"
    return head + text + "."
