"""Small builders for unit tests: cases, people and parties written straight through the ORM.

They do not go through the cases or people services, so that the tests of one service do
not depend on another. Each helper opens its own unit of work and returns ids only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Table, event, select, update
from sqlalchemy.orm import Session

from app.db import SessionFactory, session_scope
from app.vocab import Outcome, PartyRole, Sex, Stage
from models import Case, CaseParty, Country, Person, TreatyBody

DEFAULT_DECISION_DATE = date(2024, 3, 15)


def _body_id(session: Session, code: str) -> int:
    body_id = session.scalar(select(TreatyBody.id).where(TreatyBody.code == code))
    assert body_id is not None, f"no treaty body {code} in the reference data"
    return body_id


def _country_id(session: Session, code: str) -> int:
    country_id = session.scalar(select(Country.id).where(Country.code == code))
    assert country_id is not None, f"no country {code} in the reference data"
    return country_id


def make_case(
    session_factory: SessionFactory,
    *,
    reference: str = "KZ-2023-01",
    body: str = "CCPR",
    state: str = "KZ",
    victims: int = 0,
    title: str | None = None,
    outcome: Outcome = Outcome.VIOLATION,
    stage: Stage = Stage.FOLLOW_UP,
    decision_date: date | None = DEFAULT_DECISION_DATE,
    victim_role: PartyRole = PartyRole.VICTIM,
) -> tuple[int, list[int]]:
    """A decided case (by default: violation found on 15 March 2024) with `victims` victims.

    Victims are named "Victim 001", "Victim 002", ... and returned in their party order.
    """
    with session_scope(session_factory) as s:
        case = Case(
            reference=reference,
            title=title or f"Case {reference}",
            body_id=_body_id(s, body),
            state_id=_country_id(s, state),
            outcome=outcome,
            stage=stage,
            decision_date=decision_date,
        )
        s.add(case)
        s.flush()
        people = [Person(full_name=f"Victim {i:03d}", sex=Sex.MALE) for i in range(1, victims + 1)]
        s.add_all(people)
        s.flush()
        s.add_all(
            CaseParty(case_id=case.id, person_id=p.id, role=victim_role, position=i)
            for i, p in enumerate(people, start=1)
        )
        return case.id, [p.id for p in people]


def make_person(
    session_factory: SessionFactory,
    full_name: str = "Aliya Serikovna Nurpeisova",
    *,
    pseudonym: str = "",
    consent_to_be_named: bool = False,
    nationality: str | None = None,
) -> int:
    with session_scope(session_factory) as s:
        person = Person(
            full_name=full_name,
            pseudonym=pseudonym,
            consent_to_be_named=consent_to_be_named,
            nationality_id=_country_id(s, nationality) if nationality else None,
        )
        s.add(person)
        s.flush()
        return person.id


def add_party(
    session_factory: SessionFactory,
    case_id: int,
    person_id: int,
    role: PartyRole = PartyRole.VICTIM,
    *,
    position: int = 1000,
) -> int:
    with session_scope(session_factory) as s:
        party = CaseParty(case_id=case_id, person_id=person_id, role=role, position=position)
        s.add(party)
        s.flush()
        return party.id


def set_case_outcome(
    session_factory: SessionFactory,
    case_id: int,
    outcome: Outcome,
    *,
    decision_date: date | None = DEFAULT_DECISION_DATE,
) -> None:
    with session_scope(session_factory) as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.outcome = outcome
        case.decision_date = decision_date


@contextmanager
def concurrent_edit(
    session_factory: SessionFactory, table: Table, record_id: int
) -> Iterator[None]:
    """Simulate another user saving `record_id` between a service's read and its write.

    Just before the service's session flushes, the row's version is bumped on the same
    connection, so the service's UPDATE ... WHERE version = :loaded matches no row and
    SQLAlchemy raises StaleDataError, exactly as when two sessions race.
    """
    fired: list[bool] = []

    def bump(session: Session, _context: object, _instances: object) -> None:
        if fired:
            return
        fired.append(True)
        session.connection().execute(
            update(table).where(table.c.id == record_id).values(version=table.c.version + 1)
        )

    event.listen(session_factory, "before_flush", bump)
    try:
        yield
    finally:
        event.remove(session_factory, "before_flush", bump)
    assert fired, "the service never flushed"
