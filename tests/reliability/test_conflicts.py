"""No lost edits: two windows, or two users on one database, editing the same record.

The second save gets a ConflictError, nothing is overwritten, the other change can be
shown from the audit trail, and the second user's own values (still in their input)
apply cleanly once they reload the version."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.db import SessionFactory, make_engine, make_session_factory, session_scope
from app.errors import ConflictError
from app.services.audit import AuditService
from app.services.base import Service
from app.services.cases import CaseService
from app.services.dto import CaseInput, PersonInput
from app.services.people import PeopleService
from models import Case

CASE = CaseInput(reference="KZ-CAT-433", title="Gerasimov v. Kazakhstan", body="CAT", state="KZ")


def test_two_windows_the_second_save_is_a_conflict_and_keeps_its_values(
    session_factory: SessionFactory, clock
) -> None:
    cases = CaseService(session_factory, clock=clock)
    audit = AuditService(session_factory, clock=clock)
    created = cases.create(CASE)
    window_a = cases.get(created.id)
    window_b = cases.get(created.id)
    typed_a = replace(CASE, notes="Medical report of 2009 added")
    typed_b = replace(CASE, title="Gerasimov v. Kazakhstan (CAT/C/48/D/433/2010)")

    saved_a = cases.update(created.id, typed_a, expected_version=window_a.version)
    with pytest.raises(ConflictError, match="changed elsewhere") as info:
        cases.update(created.id, typed_b, expected_version=window_b.version)

    assert info.value.current_version == saved_a.version
    now = cases.get(created.id)
    assert now.notes == "Medical report of 2009 added"  # A's change kept
    assert now.title == CASE.title  # B wrote nothing
    # What the other change was, to show beside B's typed values.
    other = audit.history("cases", created.id)[0]
    assert {c.field: c.new for c in other.changes} == {"notes": "Medical report of 2009 added"}
    # B re-applies its own values (still in typed_b) on top of the current version.
    merged = replace(typed_b, notes=now.notes)
    final = cases.update(created.id, merged, expected_version=info.value.current_version)
    assert final.title == typed_b.title
    assert final.notes == "Medical report of 2009 added"
    assert final.version == saved_a.version + 1


class _SlowEditor(Service):
    """Reads a case, lets the other user act, then writes: a real race between sessions."""

    def retitle(self, case_id: int, title: str, meanwhile) -> None:
        with self._uow("case") as s:
            case = s.scalars(select(Case).where(Case.id == case_id)).one()
            meanwhile()
            case.title = title


def test_two_users_two_connections_racing_is_a_conflict(db_url: str, clock) -> None:
    # Two engines on one database (a SQLite file, or a PostgreSQL server): two users
    # sharing it, each with their own connection.
    engine_a = make_engine(db_url)
    engine_b = make_engine(db_url)
    try:
        factory_a = make_session_factory(engine_a)
        factory_b = make_session_factory(engine_b)
        case = CaseService(factory_a, clock=clock).create(CASE)

        def user_b_saves() -> None:
            CaseService(factory_b, clock=clock).update(
                case.id, replace(CASE, title="Edited by B"), expected_version=case.version
            )

        with pytest.raises(ConflictError, match="Nothing was overwritten"):
            _SlowEditor(factory_a, clock=clock).retitle(case.id, "Edited by A", user_b_saves)
        assert CaseService(factory_a, clock=clock).get(case.id).title == "Edited by B"
    finally:
        engine_a.dispose()
        engine_b.dispose()


def test_people_conflicts_too(session_factory: SessionFactory, clock) -> None:
    people = PeopleService(session_factory, clock=clock)
    person = people.create(PersonInput(full_name="Ерсін Тореғожин"))
    people.update(
        person.id,
        PersonInput(full_name="Ерсін Тореғожин", pseudonym="E.T."),
        expected_version=person.version,
    )
    with pytest.raises(ConflictError):
        people.update(
            person.id,
            PersonInput(full_name="Ерсін Тореғожин", safety_notes="moved"),
            expected_version=person.version,
        )
    assert people.get(person.id).pseudonym == "E.T."
    assert people.get(person.id).safety_notes == ""


def test_a_save_that_waits_for_the_other_users_lock_is_a_conflict(db_url: str, clock) -> None:
    """Both users save at the same moment on their own connections: the first write holds
    the row until it commits; the second waits, then finds the version moved and gets the
    conflict instead of writing over it (PostgreSQL: row lock; SQLite: the write lock)."""
    engine_a = make_engine(db_url)
    engine_b = make_engine(db_url)
    try:
        factory_a, factory_b = make_session_factory(engine_a), make_session_factory(engine_b)
        case = CaseService(factory_a, clock=clock).create(CASE)
        b_loaded, a_wrote = threading.Event(), threading.Event()
        outcome: list[BaseException | None] = []

        class Editor(Service):
            def edit(self, title: str) -> None:
                with self._uow("case") as s:
                    row = s.scalars(select(Case).where(Case.id == case.id)).one()
                    b_loaded.set()
                    assert a_wrote.wait(10)
                    row.title = title
                    s.flush()  # blocks until A commits, then matches no row

        def user_b() -> None:
            try:
                Editor(factory_b, clock=clock).edit("Edited by B")
                outcome.append(None)
            except BaseException as exc:
                outcome.append(exc)

        thread = threading.Thread(target=user_b)
        thread.start()
        assert b_loaded.wait(10)
        with session_scope(factory_a) as s:
            row = s.scalars(select(Case).where(Case.id == case.id)).one()
            row.notes = "Edited by A"
            s.flush()
            a_wrote.set()
            time.sleep(0.3)  # B is now waiting for A's lock
        thread.join(20)
        assert not thread.is_alive()
        assert len(outcome) == 1 and isinstance(outcome[0], ConflictError), outcome
        now = CaseService(factory_a, clock=clock).get(case.id)
        assert (now.title, now.notes, now.version) == (CASE.title, "Edited by A", 2)
    finally:
        engine_a.dispose()
        engine_b.dispose()
