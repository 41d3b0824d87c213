"""Remedies, their implementation per victim, the implementation matrix and its sentences.

Real migrated SQLite database; the clock is fixed at 22 November 2026 (tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, func, select

from app.db import SessionFactory, session_scope
from app.errors import ConflictError, DomainError, NotFoundError
from app.services.dto import RemedyInput, StatusInput
from app.services.remedies import RemedyService, format_amount, format_amounts
from app.vocab import ImplementationStatus, Outcome, PartyRole, RemedyKind, RemedyScope
from models import Remedy, RemedyStatus
from tests.unit.factories import (
    add_party,
    concurrent_edit,
    make_case,
    make_person,
    set_case_outcome,
)

FULLY = ImplementationStatus.FULLY
PARTIALLY = ImplementationStatus.PARTIALLY
NOT_IMPLEMENTED = ImplementationStatus.NOT_IMPLEMENTED
UNKNOWN = ImplementationStatus.UNKNOWN

COMPENSATION = RemedyInput(RemedyKind.COMPENSATION, RemedyScope.INDIVIDUAL, "Adequate compensation")
INVESTIGATION = RemedyInput(RemedyKind.INVESTIGATION, RemedyScope.INDIVIDUAL, "Investigate")
LEGISLATION = RemedyInput(RemedyKind.LEGISLATIVE_CHANGE, RemedyScope.GENERAL, "Amend the law")
PUBLICATION = RemedyInput(RemedyKind.PUBLICATION, RemedyScope.GENERAL)


def paid(amount: str, currency: str = "KZT", **kwargs: Any) -> StatusInput:
    return StatusInput(FULLY, amount=Decimal(amount), currency=currency, **kwargs)


@pytest.fixture
def svc(session_factory: SessionFactory, clock: Any) -> RemedyService:
    return RemedyService(session_factory, clock=clock)


@pytest.fixture
def case23(session_factory: SessionFactory) -> tuple[int, list[int]]:
    return make_case(session_factory, reference="UZ-23", victims=23)


@pytest.fixture
def comp(svc: RemedyService, case23: tuple[int, list[int]]) -> int:
    return svc.add(case23[0], COMPENSATION).id


def status_rows(session_factory: SessionFactory) -> int:
    with session_scope(session_factory) as s:
        return s.scalar(select(func.count(RemedyStatus.id))) or 0


@pytest.fixture
def count_queries(session_factory: SessionFactory) -> Iterator[list[str]]:
    statements: list[str] = []
    engine = session_factory.kw["bind"]

    def listener(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", listener)
    yield statements
    event.remove(engine, "before_cursor_execute", listener)


# ---------------------------------------------------------------- remedies: CRUD


def test_add_numbers_remedies_in_order(svc: RemedyService, case23: tuple[int, list[int]]) -> None:
    case_id, _ = case23
    first = svc.add(case_id, COMPENSATION)
    second = svc.add(case_id, INVESTIGATION)
    third = svc.add(case_id, LEGISLATION)

    assert (first.position, second.position, third.position) == (1, 2, 3)
    assert first.case_id == case_id
    assert first.kind is RemedyKind.COMPENSATION
    assert first.scope is RemedyScope.INDIVIDUAL
    assert first.text == "Adequate compensation"
    assert first.version == 1
    assert [r.id for r in svc.remedies(case_id)] == [first.id, second.id, third.id]
    assert svc.get(second.id) == second


def test_add_after_a_deleted_remedy_still_goes_last(
    svc: RemedyService, case23: tuple[int, list[int]]
) -> None:
    case_id, _ = case23
    a = svc.add(case_id, COMPENSATION)
    b = svc.add(case_id, INVESTIGATION)
    svc.delete(a.id, expected_version=a.version)
    c = svc.add(case_id, LEGISLATION)
    assert c.position > b.position
    assert [r.id for r in svc.remedies(case_id)] == [b.id, c.id]


def test_add_strips_text(svc: RemedyService, case23: tuple[int, list[int]]) -> None:
    dto = svc.add(case23[0], RemedyInput(RemedyKind.RELEASE, RemedyScope.INDIVIDUAL, "  Free  "))
    assert dto.text == "Free"


@pytest.mark.parametrize(
    "outcome", [Outcome.NO_VIOLATION, Outcome.INADMISSIBLE, Outcome.DISCONTINUED]
)
def test_no_remedy_on_a_case_that_ended_without_violation(
    svc: RemedyService, session_factory: SessionFactory, outcome: Outcome
) -> None:
    case_id, _ = make_case(session_factory, reference="KZ-P", outcome=outcome)
    with pytest.raises(DomainError, match="finding a violation") as exc:
        svc.add(case_id, COMPENSATION)
    assert exc.value.field == "outcome"
    assert svc.remedies(case_id) == []
    set_case_outcome(session_factory, case_id, Outcome.VIOLATION)
    assert svc.add(case_id, COMPENSATION).position == 1


def test_a_pending_case_can_follow_domestic_measures(
    svc: RemedyService, session_factory: SessionFactory
) -> None:
    case_id, _ = make_case(session_factory, reference="KZ-DOM", outcome=Outcome.PENDING)
    assert svc.add(case_id, COMPENSATION).position == 1


def test_remedy_text_limit(svc: RemedyService, case23: tuple[int, list[int]]) -> None:
    case_id, _ = case23
    ok = svc.add(case_id, RemedyInput(RemedyKind.OTHER, RemedyScope.GENERAL, "x" * 10_000))
    assert len(ok.text) == 10_000
    with pytest.raises(DomainError, match="too long") as exc:
        svc.add(case_id, RemedyInput(RemedyKind.OTHER, RemedyScope.GENERAL, "x" * 10_001))
    assert exc.value.field == "text"


def test_unknown_kind_and_scope(svc: RemedyService, case23: tuple[int, list[int]]) -> None:
    case_id, _ = case23
    with pytest.raises(DomainError, match="not a valid kind of remedy") as exc:
        svc.add(case_id, RemedyInput("apology", RemedyScope.GENERAL))  # type: ignore[arg-type]
    assert exc.value.field == "kind"
    with pytest.raises(DomainError) as exc:
        svc.add(case_id, RemedyInput(RemedyKind.OTHER, "both"))  # type: ignore[arg-type]
    assert exc.value.field == "scope"
    # Keys are accepted as well as members.
    dto = svc.add(case_id, RemedyInput("release", "individual"))  # type: ignore[arg-type]
    assert dto.kind is RemedyKind.RELEASE


def test_missing_case_and_remedy(svc: RemedyService) -> None:
    with pytest.raises(NotFoundError):
        svc.add(9999, COMPENSATION)
    with pytest.raises(NotFoundError):
        svc.remedies(9999)
    with pytest.raises(NotFoundError):
        svc.update(9999, COMPENSATION, expected_version=None)
    with pytest.raises(NotFoundError):
        svc.delete(9999, expected_version=None)
    with pytest.raises(NotFoundError):
        svc.set_status(9999, None, StatusInput(FULLY), expected_version=None)
    with pytest.raises(NotFoundError):
        svc.matrix(9999)


def test_update_changes_and_moves_version(svc: RemedyService, comp: int) -> None:
    before = svc.get(comp)
    after = svc.update(
        comp,
        RemedyInput(RemedyKind.REIMBURSEMENT, RemedyScope.INDIVIDUAL, "Reimburse the fines"),
        expected_version=before.version,
    )
    assert after.kind is RemedyKind.REIMBURSEMENT
    assert after.text == "Reimburse the fines"
    assert after.version == before.version + 1
    assert svc.get(comp) == after


def test_update_refuses_a_stale_version(svc: RemedyService, comp: int) -> None:
    loaded = svc.get(comp)
    svc.update(comp, INVESTIGATION, expected_version=loaded.version)  # another window saves
    with pytest.raises(ConflictError, match="changed elsewhere") as exc:
        svc.update(comp, LEGISLATION, expected_version=loaded.version)
    assert exc.value.current_version == loaded.version + 1
    assert svc.get(comp).kind is RemedyKind.INVESTIGATION


def test_update_conflict_between_two_sessions(
    svc: RemedyService, session_factory: SessionFactory, comp: int
) -> None:
    with (
        concurrent_edit(session_factory, Remedy.__table__, comp),
        pytest.raises(ConflictError, match="Nothing was overwritten"),
    ):
        svc.update(comp, INVESTIGATION, expected_version=None)
    assert svc.get(comp).kind is RemedyKind.COMPENSATION


def test_scope_individual_to_general_refused_with_victim_statuses(
    svc: RemedyService, comp: int, case23: tuple[int, list[int]]
) -> None:
    _, victims = case23
    general = RemedyInput(RemedyKind.COMPENSATION, RemedyScope.GENERAL)
    svc.set_status(comp, victims[0], StatusInput(UNKNOWN), expected_version=None)
    with pytest.raises(DomainError, match="1 victim: it cannot become a general") as exc:
        svc.update(comp, general, expected_version=None)
    assert exc.value.field == "scope"
    assert svc.get(comp).scope is RemedyScope.INDIVIDUAL


def test_scope_change_allowed_without_statuses(svc: RemedyService, comp: int) -> None:
    general = RemedyInput(RemedyKind.COMPENSATION, RemedyScope.GENERAL)
    assert svc.update(comp, general, expected_version=None).scope is RemedyScope.GENERAL
    assert svc.update(comp, COMPENSATION, expected_version=None).scope is RemedyScope.INDIVIDUAL


def test_scope_general_to_individual_refused_with_a_general_status(
    svc: RemedyService, case23: tuple[int, list[int]]
) -> None:
    law = svc.add(case23[0], LEGISLATION)
    svc.set_status(law.id, None, StatusInput(PARTIALLY), expected_version=None)
    individual = RemedyInput(RemedyKind.LEGISLATIVE_CHANGE, RemedyScope.INDIVIDUAL)
    with pytest.raises(DomainError, match="cannot become an individual") as exc:
        svc.update(law.id, individual, expected_version=None)
    assert exc.value.field == "scope"


def test_kind_cannot_lose_money_while_amounts_are_recorded(
    svc: RemedyService, comp: int, case23: tuple[int, list[int]]
) -> None:
    svc.set_status(comp, case23[1][0], paid("100"), expected_version=None)
    with pytest.raises(DomainError, match="does not pay money") as exc:
        svc.update(comp, INVESTIGATION, expected_version=None)
    assert exc.value.field == "kind"
    restitution = RemedyInput(RemedyKind.RESTITUTION, RemedyScope.INDIVIDUAL)
    assert svc.update(comp, restitution, expected_version=None).kind is RemedyKind.RESTITUTION


def test_delete_removes_statuses(
    svc: RemedyService, session_factory: SessionFactory, comp: int, case23: tuple[int, list[int]]
) -> None:
    svc.bulk_set(comp, case23[1][:5], StatusInput(NOT_IMPLEMENTED))
    assert status_rows(session_factory) == 5
    with pytest.raises(ConflictError):
        svc.delete(comp, expected_version=99)
    svc.delete(comp, expected_version=1)
    assert svc.remedies(case23[0]) == []
    assert status_rows(session_factory) == 0
    with pytest.raises(NotFoundError):
        svc.get(comp)


def test_move_reorders_and_renumbers(svc: RemedyService, case23: tuple[int, list[int]]) -> None:
    case_id, _ = case23
    a, b, c = (svc.add(case_id, x) for x in (COMPENSATION, INVESTIGATION, LEGISLATION))
    order = svc.move(c.id, 1)
    assert [r.id for r in order] == [c.id, a.id, b.id]
    assert [r.position for r in order] == [1, 2, 3]
    assert svc.remedies(case_id) == order
    assert [r.id for r in svc.move(c.id, 3)] == [a.id, b.id, c.id]
    assert [r.id for r in svc.move(a.id, 1)] == [a.id, b.id, c.id]


@pytest.mark.parametrize("position", [0, 4, -1])
def test_move_outside_the_list(
    svc: RemedyService, case23: tuple[int, list[int]], position: int
) -> None:
    case_id, _ = case23
    ids = [svc.add(case_id, x).id for x in (COMPENSATION, INVESTIGATION, LEGISLATION)]
    with pytest.raises(DomainError, match="1 to 3") as exc:
        svc.move(ids[0], position)
    assert exc.value.field == "position"
    assert [r.id for r in svc.remedies(case_id)] == ids


# ---------------------------------------------------------------- set_status


def test_set_status_creates_then_replaces(
    svc: RemedyService, comp: int, case23: tuple[int, list[int]]
) -> None:
    victim = case23[1][0]
    created = svc.set_status(
        comp,
        victim,
        paid(
            "11250000",
            "kzt",
            status_date=date(2025, 2, 1),
            evidence=" Bank transfer ",
            source="State reply",
        ),
        expected_version=7,  # ignored: no row exists yet
    )
    assert created.person_id == victim
    assert created.remedy_id == comp
    assert created.status is FULLY
    assert created.amount == Decimal("11250000")
    assert created.currency == "KZT"
    assert created.status_date == date(2025, 2, 1)
    assert created.evidence == "Bank transfer"
    assert created.source == "State reply"
    assert created.version == 1

    replaced = svc.set_status(
        comp, victim, StatusInput(PARTIALLY, Decimal("5000.50"), "USD"), expected_version=1
    )
    assert replaced.id == created.id
    assert replaced.version == 2
    assert replaced.amount == Decimal("5000.50")
    assert replaced.status_date is None
    assert svc.status(comp, victim) == replaced
    assert svc.status(comp, case23[1][1]) is None


def test_set_status_refuses_a_stale_version(
    svc: RemedyService, comp: int, case23: tuple[int, list[int]]
) -> None:
    victim = case23[1][0]
    svc.set_status(comp, victim, StatusInput(UNKNOWN), expected_version=None)
    svc.set_status(comp, victim, StatusInput(NOT_IMPLEMENTED), expected_version=1)
    with pytest.raises(ConflictError):
        svc.set_status(comp, victim, StatusInput(FULLY), expected_version=1)
    status = svc.status(comp, victim)
    assert status is not None
    assert status.status is NOT_IMPLEMENTED


def test_set_status_conflict_between_two_sessions(
    svc: RemedyService, session_factory: SessionFactory, comp: int, case23: tuple[int, list[int]]
) -> None:
    victim = case23[1][0]
    row = svc.set_status(comp, victim, StatusInput(UNKNOWN), expected_version=None)
    with (
        concurrent_edit(session_factory, RemedyStatus.__table__, row.id),
        pytest.raises(ConflictError),
    ):
        svc.set_status(comp, victim, StatusInput(FULLY), expected_version=row.version)


def test_general_remedy_takes_no_person(svc: RemedyService, case23: tuple[int, list[int]]) -> None:
    law = svc.add(case23[0], LEGISLATION)
    with pytest.raises(DomainError, match="general remedy") as exc:
        svc.set_status(law.id, case23[1][0], StatusInput(FULLY), expected_version=None)
    assert exc.value.field == "person_id"
    dto = svc.set_status(law.id, None, StatusInput(FULLY), expected_version=None)
    assert dto.person_id is None
    again = svc.set_status(law.id, None, StatusInput(PARTIALLY), expected_version=dto.version)
    assert again.id == dto.id
    assert again.status is PARTIALLY


def test_individual_remedy_needs_a_person(svc: RemedyService, comp: int) -> None:
    with pytest.raises(DomainError, match="choose the victim") as exc:
        svc.set_status(comp, None, StatusInput(FULLY), expected_version=None)
    assert exc.value.field == "person_id"


def test_person_must_be_a_victim_of_the_case(
    svc: RemedyService, session_factory: SessionFactory, comp: int, case23: tuple[int, list[int]]
) -> None:
    case_id, _ = case23
    witness = make_person(session_factory, "Ivan Petrov")
    add_party(session_factory, case_id, witness, PartyRole.WITNESS)
    stranger = make_person(session_factory, "Anna Karimova")

    with pytest.raises(DomainError) as exc:
        svc.set_status(comp, witness, StatusInput(FULLY), expected_version=None)
    assert exc.value.message.startswith("Ivan Petrov is not a victim in case UZ-23")
    assert "recorded as witness" in exc.value.message
    assert exc.value.field == "person_id"

    with pytest.raises(DomainError, match="Anna Karimova is not a victim in case UZ-23"):
        svc.set_status(comp, stranger, StatusInput(FULLY), expected_version=None)

    with pytest.raises(NotFoundError):
        svc.set_status(comp, 99_999, StatusInput(FULLY), expected_version=None)
    assert status_rows(session_factory) == 0


def test_victim_of_another_case_is_refused(
    svc: RemedyService, session_factory: SessionFactory, comp: int
) -> None:
    _, others = make_case(session_factory, reference="OTHER-1", victims=1)
    with pytest.raises(DomainError, match="Victim 001 is not a victim in case UZ-23"):
        svc.set_status(comp, others[0], StatusInput(FULLY), expected_version=None)


def test_author_and_victim_counts_as_victim(
    svc: RemedyService, session_factory: SessionFactory, comp: int, case23: tuple[int, list[int]]
) -> None:
    author = make_person(session_factory, "Dilnoza Yusupova")
    add_party(session_factory, case23[0], author, PartyRole.AUTHOR_AND_VICTIM)
    dto = svc.set_status(comp, author, StatusInput(FULLY), expected_version=None)
    assert dto.person_id == author
    assert author in {v.id for v in svc.matrix(case23[0]).victims}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (StatusInput(FULLY, Decimal("-1"), "KZT"), "amount", "negative"),
        (StatusInput(FULLY, Decimal("10.005"), "KZT"), "amount", "more than two decimals"),
        (StatusInput(FULLY, "ten", "KZT"), "amount", "not a number"),  # type: ignore[arg-type]
        (StatusInput(FULLY, Decimal("NaN"), "KZT"), "amount", "must be a number"),
        (StatusInput(FULLY, Decimal("1e17"), "KZT"), "amount", "too large"),
        (StatusInput(FULLY, Decimal("100")), "currency", "Give the currency"),
        (StatusInput(FULLY, Decimal("100"), "KZ"), "currency", "ISO 4217"),
        (StatusInput(FULLY, Decimal("100"), "TENGE"), "currency", "ISO 4217"),
        (StatusInput(FULLY, Decimal("100"), "K2T"), "currency", "ISO 4217"),
        (StatusInput(FULLY, status_date=date(2026, 11, 23)), "status_date", "in the future"),
        (StatusInput(FULLY, evidence="e" * 10_001), "evidence", "too long"),
        (StatusInput(FULLY, source="s" * 2_001), "source", "too long"),
        (StatusInput("paid"), "status", "not a valid implementation status"),  # type: ignore[arg-type]
        (StatusInput(NOT_IMPLEMENTED, Decimal("5"), "KZT"), "status", "amount was paid"),
    ],
)
def test_status_validation(
    svc: RemedyService,
    session_factory: SessionFactory,
    comp: int,
    case23: tuple[int, list[int]],
    data: StatusInput,
    field: str,
    message: str,
) -> None:
    with pytest.raises(DomainError, match=message) as exc:
        svc.set_status(comp, case23[1][0], data, expected_version=None)
    assert exc.value.field == field
    assert status_rows(session_factory) == 0


def test_status_limits_that_pass(
    svc: RemedyService, comp: int, case23: tuple[int, list[int]], today: date
) -> None:
    victim = case23[1][0]
    # Compensation said to be paid, amount unknown.
    assert svc.set_status(comp, victim, StatusInput(FULLY), expected_version=None).amount is None
    ok = svc.set_status(
        comp,
        victim,
        StatusInput(PARTIALLY, Decimal("0.10"), " eur ", status_date=today, evidence="e" * 10_000),
        expected_version=None,
    )
    assert ok.amount == Decimal("0.10")
    assert ok.currency == "EUR"
    zero = svc.set_status(
        comp, victim, StatusInput(NOT_IMPLEMENTED, Decimal("0"), "KZT"), expected_version=None
    )
    assert zero.amount == Decimal("0")


def test_amount_only_on_money_remedies(svc: RemedyService, case23: tuple[int, list[int]]) -> None:
    case_id, victims = case23
    investigation = svc.add(case_id, INVESTIGATION)
    with pytest.raises(DomainError, match="only belongs to a remedy that pays money") as exc:
        svc.set_status(investigation.id, victims[0], paid("100"), expected_version=None)
    assert exc.value.field == "amount"
    with pytest.raises(DomainError, match="currency only belongs") as exc:
        svc.set_status(
            investigation.id, victims[0], StatusInput(FULLY, currency="KZT"), expected_version=None
        )
    assert exc.value.field == "currency"
    for kind in (RemedyKind.REIMBURSEMENT, RemedyKind.RESTITUTION):
        remedy = svc.add(case_id, RemedyInput(kind, RemedyScope.INDIVIDUAL))
        dto = svc.set_status(remedy.id, victims[0], paid("100"), expected_version=None)
        assert dto.amount == Decimal("100")


# ---------------------------------------------------------------- bulk_set


def test_bulk_set_writes_every_victim(
    svc: RemedyService, comp: int, case23: tuple[int, list[int]]
) -> None:
    victims = case23[1]
    svc.set_status(comp, victims[0], StatusInput(UNKNOWN), expected_version=None)
    count = svc.bulk_set(comp, [*victims[:20], victims[0]], StatusInput(NOT_IMPLEMENTED))
    assert count == 20
    matrix = svc.matrix(case23[0])
    assert all(matrix.status_of(comp, v) is NOT_IMPLEMENTED for v in victims[:20])
    assert matrix.status_of(comp, victims[20]) is UNKNOWN
    assert matrix.cells[(comp, victims[0])].version == 2  # replaced in place


def test_bulk_set_is_all_or_nothing(
    svc: RemedyService, session_factory: SessionFactory, comp: int, case23: tuple[int, list[int]]
) -> None:
    victims = case23[1]
    relative = make_person(session_factory, "Gulnara Alieva")
    add_party(session_factory, case23[0], relative, PartyRole.RELATIVE)
    with pytest.raises(DomainError, match="Gulnara Alieva is not a victim in case UZ-23"):
        svc.bulk_set(comp, [*victims[:10], relative, *victims[10:]], paid("11250000"))
    assert status_rows(session_factory) == 0

    other = make_person(session_factory, "Bakhtiyor Rakhimov")
    with pytest.raises(DomainError, match="Gulnara Alieva and Bakhtiyor Rakhimov are not victims"):
        svc.bulk_set(comp, [victims[0], relative, other], paid("1"))
    assert status_rows(session_factory) == 0

    with pytest.raises(DomainError, match="negative"):
        svc.bulk_set(comp, victims, StatusInput(FULLY, Decimal("-5"), "KZT"))
    assert status_rows(session_factory) == 0


def test_bulk_set_edge_cases(
    svc: RemedyService, session_factory: SessionFactory, case23: tuple[int, list[int]], comp: int
) -> None:
    law = svc.add(case23[0], LEGISLATION)
    with pytest.raises(DomainError, match="general remedy") as exc:
        svc.bulk_set(law.id, case23[1], StatusInput(FULLY))
    assert exc.value.field == "person_ids"
    assert svc.bulk_set(comp, [], StatusInput(FULLY)) == 0
    with pytest.raises(NotFoundError):
        svc.bulk_set(comp, [case23[1][0], 99_999], StatusInput(FULLY))
    assert status_rows(session_factory) == 0


def test_bulk_set_is_set_based_and_replaces_in_place(
    svc: RemedyService,
    session_factory: SessionFactory,
    count_queries: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id, victims = make_case(session_factory, reference="KZ-300", victims=300)
    comp = svc.add(case_id, COMPENSATION).id
    assert svc.bulk_set(comp, victims[:120], StatusInput(NOT_IMPLEMENTED)) == 120
    before = svc.matrix(case_id)
    stale = before.cells[(comp, victims[0])]

    count_queries.clear()
    written = svc.bulk_set(
        comp, victims, paid("11250000", status_date=date(2025, 3, 1), evidence="transfer 12")
    )
    assert written == 300
    writes = [q for q in count_queries if q.lstrip().upper().startswith(("INSERT", "UPDATE"))]
    # One UPDATE of the 120 existing rows, one INSERT of the 180 missing ones, and one
    # audit entry for each (not one statement per victim).
    assert len([q for q in writes if "remedy_statuses" in q.split("(")[0]]) == 2
    assert len(count_queries) < 15

    after = svc.matrix(case_id)
    assert len(after.cells) == 300
    for victim in victims:
        cell = after.cells[(comp, victim)]
        assert (cell.status, cell.amount, cell.currency) == (FULLY, Decimal("11250000"), "KZT")
        assert (cell.status_date, cell.evidence, cell.source) == (
            date(2025, 3, 1),
            "transfer 12",
            "",
        )
    # Replaced rows keep their id and move to the next version; new rows start at 1.
    assert after.cells[(comp, victims[0])].id == stale.id
    assert after.cells[(comp, victims[0])].version == stale.version + 1
    assert after.cells[(comp, victims[200])].version == 1
    totals = after.totals[0]
    assert (totals.fully, totals.victims, totals.amounts) == (
        300,
        300,
        {"KZT": Decimal(300 * 11250000)},
    )
    # An editor still holding the old version is told, not silently overwritten.
    with pytest.raises(ConflictError):
        svc.set_status(comp, victims[0], StatusInput(PARTIALLY), expected_version=stale.version)

    # Chunked statements give the same result.
    monkeypatch.setattr("app.services.remedies.BULK_CHUNK", 7)
    assert svc.bulk_set(comp, victims[::-1], StatusInput(PARTIALLY)) == 300
    chunked = svc.matrix(case_id)
    assert all(chunked.status_of(comp, v) is PARTIALLY for v in victims)
    assert all(c.amount is None and c.currency == "" for c in chunked.cells.values())


def test_bulk_set_is_audited(svc: RemedyService, session_factory: SessionFactory) -> None:
    from models import AuditEntry

    case_id, victims = make_case(session_factory, reference="KZ-40", victims=40)
    comp = svc.add(case_id, COMPENSATION).id
    svc.bulk_set(comp, victims[:10], StatusInput(NOT_IMPLEMENTED))
    with session_scope(session_factory) as s:
        last = s.scalar(select(func.max(AuditEntry.id))) or 0
    svc.bulk_set(comp, victims, StatusInput(FULLY))
    with session_scope(session_factory) as s:
        entries = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "remedy_statuses", AuditEntry.id > last
            )
        ).all()
        summaries = sorted(e.summary for e in entries)
        inserted = next(e for e in entries if e.summary.startswith("Inserted"))
        updated = next(e for e in entries if e.summary.startswith("Updated"))
        assert summaries == [
            "Inserted 30 row(s) in remedy_statuses",
            "Updated 10 row(s) in remedy_statuses",
        ]
        assert {row["person_id"] for row in inserted.changes["rows"]} == set(victims[10:])
        assert str(victims[0]) in updated.changes["where"]
        assert updated.changes["set"]["status"] == "fully"


@pytest.mark.sqlite_only  # the failure is injected with an SQLite trigger
def test_bulk_set_failure_midway_leaves_nothing_changed(
    svc: RemedyService, session_factory: SessionFactory
) -> None:
    case_id, victims = make_case(session_factory, reference="KZ-50", victims=50)
    comp = svc.add(case_id, COMPENSATION).id
    svc.bulk_set(comp, victims[:25], StatusInput(NOT_IMPLEMENTED))
    before = svc.matrix(case_id).cells
    engine = session_factory.kw["bind"]
    with engine.begin() as conn:  # the database refuses one of the new rows
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON remedy_statuses "
            f"WHEN NEW.person_id = {victims[40]} "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    with pytest.raises(DomainError, match="refused by the test"):
        svc.bulk_set(comp, victims, paid("5000"))  # the UPDATE of 25 rows ran first
    assert svc.matrix(case_id).cells == before
    assert status_rows(session_factory) == 25


# ---------------------------------------------------------------- matrix


def build_23(svc: RemedyService, case: tuple[int, list[int]]) -> dict[str, int]:
    """The Almaty pattern, with a mix: 3 paid in full, 2 partly, 15 nothing, 3 unknown."""
    case_id, v = case
    comp = svc.add(case_id, COMPENSATION).id
    inv = svc.add(case_id, INVESTIGATION).id
    law = svc.add(case_id, LEGISLATION).id
    pub = svc.add(case_id, PUBLICATION).id
    assert svc.bulk_set(comp, v[:3], paid("11250000", status_date=date(2025, 3, 1))) == 3
    svc.set_status(
        comp, v[3], StatusInput(PARTIALLY, Decimal("2000000"), "KZT"), expected_version=None
    )
    svc.set_status(
        comp, v[4], StatusInput(PARTIALLY, Decimal("1000.50"), "USD"), expected_version=None
    )
    assert svc.bulk_set(comp, v[5:20], StatusInput(NOT_IMPLEMENTED)) == 15
    svc.set_status(comp, v[20], StatusInput(UNKNOWN), expected_version=None)  # v[21], v[22] unset
    svc.bulk_set(inv, v, StatusInput(PARTIALLY, evidence="6 officers sentenced"))
    svc.set_status(
        law, None, StatusInput(NOT_IMPLEMENTED, status_date=date(2025, 6, 1)), expected_version=None
    )
    return {"comp": comp, "inv": inv, "law": law, "pub": pub}


def test_matrix_totals_with_a_mix_of_statuses(
    svc: RemedyService, session_factory: SessionFactory, case23: tuple[int, list[int]]
) -> None:
    case_id, victims = case23
    ids = build_23(svc, case23)
    witness = make_person(session_factory, "Witness W")
    add_party(session_factory, case_id, witness, PartyRole.WITNESS)

    m = svc.matrix(case_id)

    assert m.case_id == case_id
    assert [v.id for v in m.victims] == victims  # party order; the witness is not a victim
    assert m.victims[0].full_name == "Victim 001"
    assert m.victims[0].public_name == "V.0."
    assert [r.id for r in m.remedies] == [ids["comp"], ids["inv"]]
    assert [(r.id, s.status if s else None) for r, s in m.general] == [
        (ids["law"], NOT_IMPLEMENTED),
        (ids["pub"], None),
    ]
    assert len(m.cells) == 21 + 23
    assert m.status_of(ids["comp"], victims[0]) is FULLY
    assert m.status_of(ids["comp"], victims[22]) is UNKNOWN
    assert m.cells[(ids["comp"], victims[0])].amount == Decimal("11250000")

    comp, inv = m.totals
    assert comp.remedy_id == ids["comp"]
    assert comp.kind is RemedyKind.COMPENSATION
    assert (comp.victims, comp.fully, comp.partially, comp.not_implemented, comp.unknown) == (
        23,
        3,
        2,
        15,
        3,
    )
    assert comp.amounts == {"KZT": Decimal("35750000"), "USD": Decimal("1000.50")}
    assert (inv.victims, inv.fully, inv.partially, inv.not_implemented, inv.unknown) == (
        23,
        0,
        23,
        0,
        0,
    )
    assert inv.amounts == {}


def test_matrix_of_a_case_without_remedies_or_victims(
    svc: RemedyService, session_factory: SessionFactory
) -> None:
    case_id, _ = make_case(session_factory, reference="EMPTY")
    m = svc.matrix(case_id)
    assert (m.victims, m.remedies, m.cells, m.general, m.totals) == ((), (), {}, (), ())


def test_matrix_maps_people(
    svc: RemedyService, session_factory: SessionFactory, comp: int, case23: tuple[int, list[int]]
) -> None:
    named = make_person(
        session_factory, "Aliya Nurpeisova", consent_to_be_named=True, nationality="UZ"
    )
    add_party(session_factory, case23[0], named, PartyRole.VICTIM)
    person = svc.matrix(case23[0]).victims[-1]
    assert person.id == named
    assert person.nationality == "UZ"
    assert person.nationality_name == "Uzbekistan"
    assert person.public_name == "Aliya Nurpeisova"
    assert person.version == 1


def test_matrix_uses_a_constant_number_of_queries(
    svc: RemedyService, session_factory: SessionFactory, count_queries: list[str]
) -> None:
    small = make_case(session_factory, reference="SMALL", victims=3)
    large = make_case(session_factory, reference="LARGE", victims=300)
    for case in (small, large):
        case_id, victims = case
        comp = svc.add(case_id, COMPENSATION).id
        svc.add(case_id, INVESTIGATION)
        svc.add(case_id, LEGISLATION)
        svc.bulk_set(comp, victims[: len(victims) // 2], paid("1000.25"))
        svc.bulk_set(comp, victims[len(victims) // 2 :], StatusInput(NOT_IMPLEMENTED))

    count_queries.clear()
    m_small = svc.matrix(small[0])
    small_queries = len(count_queries)
    count_queries.clear()
    m_large = svc.matrix(large[0])
    large_queries = len(count_queries)

    assert small_queries == large_queries
    assert large_queries <= 6
    assert len(m_large.victims) == 300
    comp = m_large.totals[0]
    assert (comp.fully, comp.not_implemented, comp.unknown) == (150, 150, 0)
    assert comp.amounts == {"KZT": Decimal("150037.50")}
    assert m_large.totals[1].unknown == 300
    assert m_small.totals[0].fully == 1


# ---------------------------------------------------------------- summary


def test_summary_of_the_23_victims(svc: RemedyService, case23: tuple[int, list[int]]) -> None:
    case_id, victims = case23
    comp = svc.add(case_id, COMPENSATION).id
    svc.add(case_id, INVESTIGATION)
    law = svc.add(case_id, LEGISLATION).id
    svc.add(case_id, PUBLICATION)
    svc.bulk_set(comp, victims[:3], paid("11250000"))
    svc.bulk_set(comp, victims[3:], StatusInput(NOT_IMPLEMENTED))
    svc.set_status(
        law, None, StatusInput(NOT_IMPLEMENTED, status_date=date(2025, 6, 1)), expected_version=None
    )

    assert svc.summary(case_id) == [
        "Compensation: fully implemented for 3 of 23 victims "
        "(11,250,000 KZT each, 33,750,000 KZT paid in all); not implemented for 20.",
        "Effective investigation: fully implemented for 0 of 23 victims; status unknown for 23.",
        "Legislative change (general measure): not implemented as of 1 June 2025.",
        "Publication and translation (general measure): status unknown.",
    ]


def test_summary_with_partial_payments_and_other_remedies(
    svc: RemedyService, session_factory: SessionFactory, case23: tuple[int, list[int]]
) -> None:
    build_23(svc, case23)
    assert svc.summary(case23[0])[0] == (
        "Compensation: fully implemented for 3 of 23 victims; partially implemented for 2; "
        "not implemented for 15; status unknown for 3; "
        "35,750,000 KZT and 1,000.50 USD paid in all."
    )

    one_id, (victim,) = make_case(session_factory, reference="ONE", victims=1)
    other = svc.add(
        one_id, RemedyInput(RemedyKind.OTHER, RemedyScope.INDIVIDUAL, "Return the passport\nnow")
    )
    svc.set_status(other.id, victim, StatusInput(FULLY), expected_version=None)
    svc.move(other.id, 1)
    assert svc.summary(one_id) == ["Return the passport: fully implemented for 1 of 1 victim."]

    two_id, (first, second) = make_case(session_factory, reference="TWO", victims=2)
    comp = svc.add(two_id, COMPENSATION).id
    svc.set_status(comp, first, paid("100"), expected_version=None)
    svc.set_status(comp, second, paid("250"), expected_version=None)
    assert svc.summary(two_id) == [
        "Compensation: fully implemented for 2 of 2 victims (350 KZT paid)."
    ]
    svc.set_status(comp, second, paid("100", "USD"), expected_version=None)
    assert svc.summary(two_id) == [
        "Compensation: fully implemented for 2 of 2 victims (100 KZT and 100 USD paid)."
    ]

    empty_id, _ = make_case(session_factory, reference="NOBODY")
    svc.add(empty_id, COMPENSATION)
    assert svc.summary(empty_id) == ["Compensation: no victims are recorded in this case."]


def test_amount_formatting() -> None:
    assert format_amount(Decimal("11250000")) == "11,250,000"
    assert format_amount(Decimal("11250000.00")) == "11,250,000"
    assert format_amount(Decimal("1250.5")) == "1,250.50"
    assert format_amounts({"USD": Decimal("5"), "KZT": Decimal("1000")}) == "1,000 KZT and 5 USD"
    assert format_amounts({}) == ""
