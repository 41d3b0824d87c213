"""The audit trail: every create, update and delete, who and when, old and new values;
append-only from the application and from SQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from app.audit import APPEND_ONLY_MESSAGE, AuditTrailError, json_safe, kind_label
from app.db import SessionFactory, session_scope
from app.errors import DomainError
from app.services.audit import AuditService
from app.services.cases import CaseService
from app.services.dto import CaseInput, PersonInput
from app.services.people import PeopleService
from app.vocab import AuditAction, Stage
from models import AuditEntry, Case, Tag, case_tags

CASE = CaseInput(
    reference="KZ-CCPR-2137",
    title="Toregozhina v. Kazakhstan",
    body="CCPR",
    state="KZ",
    communication_number="2137/2012",
    stage=Stage.SUBMITTED,
    submission_date=date(2012, 2, 28),
    tags=("January 2022 events",),
    notes="Ерсін Тореғожин — Oʻtkir Xoʻjayev — عبد الله",
)


@pytest.fixture
def audit(session_factory: SessionFactory, clock) -> AuditService:
    return AuditService(session_factory, clock=clock)


@pytest.fixture
def cases(session_factory: SessionFactory, clock) -> CaseService:
    return CaseService(session_factory, clock=clock)


def test_create_update_delete_are_recorded_with_old_and_new_values(
    cases: CaseService, audit: AuditService, db_actor: str
) -> None:
    created = cases.create(CASE)
    history = audit.history("cases", created.id)
    assert len(history) == 1
    entry = history[0]
    assert entry.action is AuditAction.CREATE
    assert entry.actor == db_actor
    assert entry.record_uuid == created.uuid
    assert entry.summary == "Created case “KZ-CCPR-2137”"
    values = {c.field: (c.old, c.new) for c in entry.changes}
    assert values["title"] == (None, "Toregozhina v. Kazakhstan")
    assert values["submission_date"] == (None, "2012-02-28")
    assert values["stage"] == (None, "submitted")
    assert values["notes"] == (None, CASE.notes)  # every script kept exactly
    assert "version" not in values
    assert "updated_at" not in values

    changed = cases.update(
        created.id,
        replace(CASE, title="Toregozhina and others v. Kazakhstan", tags=("Torture",)),
        expected_version=created.version,
    )
    entry = audit.history("cases", created.id)[0]
    assert entry.action is AuditAction.UPDATE
    diff = {c.field: (c.old, c.new) for c in entry.changes}
    assert diff["title"] == ("Toregozhina v. Kazakhstan", "Toregozhina and others v. Kazakhstan")
    assert diff["tags"] == (["January 2022 events"], ["Torture"])
    assert set(diff) == {"title", "tags"}
    assert entry.summary.startswith("Changed case “KZ-CCPR-2137”: ")
    label = next(c for c in entry.changes if c.field == "title").label
    assert label == "Title"

    cases.delete(created.id, expected_version=changed.version)
    entry = audit.history("cases", created.id)[0]
    assert entry.action is AuditAction.DELETE
    old = {c.field: c.old for c in entry.changes}
    assert old["reference"] == "KZ-CCPR-2137"
    assert old["title"] == "Toregozhina and others v. Kazakhstan"
    assert [e.action for e in audit.history("cases", created.id)] == [
        AuditAction.DELETE,
        AuditAction.UPDATE,
        AuditAction.CREATE,
    ]


def test_people_changes_are_recorded_through_their_own_service(
    session_factory: SessionFactory, audit: AuditService, clock
) -> None:
    people = PeopleService(session_factory, clock=clock)
    person = people.create(
        PersonInput(full_name="Тореғожина Гүлжан", date_of_birth=date(1960, 1, 2))
    )
    people.update(
        person.id,
        PersonInput(full_name="Тореғожина Гүлжан", date_of_birth=date(1960, 1, 3)),
        expected_version=person.version,
    )
    entry = audit.history("people", person.id)[0]
    assert [(c.field, c.old, c.new) for c in entry.changes] == [
        ("date_of_birth", "1960-01-02", "1960-01-03")
    ]
    assert entry.changes[0].label == "Date of birth"


def test_a_failed_change_leaves_no_entry(cases: CaseService, audit: AuditService) -> None:
    cases.create(CASE)
    before = len(audit.recent(1000))
    with pytest.raises(DomainError):
        cases.create(CASE)  # the same reference again
    assert len(audit.recent(1000)) == before


def test_bulk_statements_are_recorded_once_each(
    session_factory: SessionFactory, cases: CaseService, audit: AuditService
) -> None:
    case = cases.create(replace(CASE, tags=()))
    with session_scope(session_factory) as s:
        tag = Tag(name="Reprisals")
        s.add(tag)
        s.flush()
        s.execute(insert(case_tags), [{"case_id": case.id, "tag_id": tag.id}])
        s.execute(delete(case_tags).where(case_tags.c.case_id == case.id))
        s.execute(update(Case).where(Case.id == case.id).values(session="140th"))
    entries = audit.recent(3)
    assert [e.action for e in entries] == [
        AuditAction.UPDATE,
        AuditAction.DELETE,
        AuditAction.CREATE,
    ]
    assert entries[2].details == {
        "rows": [{"case_id": case.id, "tag_id": entries[2].details["rows"][0]["tag_id"]}]
    }
    assert entries[2].summary == "Inserted 1 row(s) in case_tags"
    assert f"case_tags.case_id = {case.id}" in entries[1].details["where"]
    assert entries[1].summary == "Deleted 1 row(s) in case_tags"
    assert entries[0].details["set"] == {"session": "140th"}


def test_the_application_cannot_change_or_delete_the_trail(
    session_factory: SessionFactory, cases: CaseService, audit: AuditService
) -> None:
    cases.create(CASE)
    entry_id = audit.recent(1)[0].id
    with (
        pytest.raises(AuditTrailError, match="cannot be changed"),
        session_scope(session_factory) as s,
    ):
        s.get(AuditEntry, entry_id).summary = "nothing happened"
    with pytest.raises(AuditTrailError), session_scope(session_factory) as s:
        s.delete(s.get(AuditEntry, entry_id))
    with pytest.raises(AuditTrailError), session_scope(session_factory) as s:
        s.execute(delete(AuditEntry))
    with pytest.raises(AuditTrailError), session_scope(session_factory) as s:
        s.execute(update(AuditEntry).values(actor="someone else"))
    assert audit.recent(1)[0].summary == "Created case “KZ-CCPR-2137”"
    assert APPEND_ONLY_MESSAGE.startswith("The audit trail")


def test_sql_written_by_hand_cannot_change_the_trail_either(
    session_factory: SessionFactory, cases: CaseService, audit: AuditService
) -> None:
    cases.create(CASE)
    engine = session_factory.kw["bind"]
    for statement in (
        "UPDATE audit_entries SET actor = 'x'",
        "DELETE FROM audit_entries",
    ):
        with pytest.raises(IntegrityError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    assert len(audit.recent(100)) >= 1


def test_events_documents_exports_backups(
    cases: CaseService, audit: AuditService, db_actor: str
) -> None:
    case = cases.create(CASE)
    event = audit.record_event(
        "document",
        "Follow-up letter generated",
        table="cases",
        record_id=case.id,
        details={"kind": "followup_letter", "on": date(2026, 11, 22)},
    )
    assert event.action is AuditAction.EVENT
    assert event.event == "document"
    assert event.details == {"kind": "followup_letter", "on": "2026-11-22"}
    assert event.changes == ()
    assert audit.history("cases", case.id)[0] == event
    export = audit.record_event("export", "Portfolio exported to CSV")
    assert export.table_name == ""
    assert audit.recent(1, action=AuditAction.EVENT) == [export]
    assert audit.recent(5, table="cases")[0] == event
    assert audit.actors() == [db_actor]
    assert audit.recent(5, actor="nobody") == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"action": "Back up!", "summary": "x"}, "action"),
        ({"action": "", "summary": "x"}, "action"),
        ({"action": "backup", "summary": "  "}, "summary"),
        ({"action": "backup", "summary": "x" * 501}, "summary"),
        ({"action": "backup", "summary": "x", "table": "no_such_table"}, "table"),
        ({"action": "backup", "summary": "x", "record_id": 3}, "table"),
    ],
)
def test_event_validation(audit: AuditService, kwargs: dict, field: str) -> None:
    with pytest.raises(DomainError) as info:
        audit.record_event(**kwargs)
    assert info.value.field == field


def test_reading_validation(audit: AuditService) -> None:
    with pytest.raises(DomainError, match="no table") as info:
        audit.history("secrets", 1)
    assert info.value.field == "table"
    for limit in (0, -1, 10_001):
        with pytest.raises(DomainError, match="between 1 and") as info:
            audit.recent(limit)
        assert info.value.field == "limit"


def test_json_safe_values() -> None:
    from decimal import Decimal

    assert json_safe(Decimal("11250000.00")) == "11250000.00"
    assert json_safe(Stage.MERITS) == "merits"
    assert json_safe(b"\x00\x01") == "<2 bytes>"
    assert json_safe(float("nan")) == "nan"
    assert json_safe({1: (date(2020, 1, 1),)}) == {"1": ["2020-01-01"]}
    long = json_safe("я" * 300_000)
    assert len(long) < 300_000 and long.endswith("300,000 characters in all]")
    assert kind_label(Case) == "case"
    from models import CaseParty

    assert kind_label(CaseParty) == "case party"


def test_entries_hold_the_time_of_the_change(
    session_factory: SessionFactory, cases: CaseService, audit: AuditService
) -> None:
    cases.create(CASE)
    with session_scope(session_factory) as s:
        at = s.scalar(select(AuditEntry.at).order_by(AuditEntry.id.desc()))
    assert at is not None
    assert audit.recent(1)[0].at.replace(tzinfo=None) == at.replace(tzinfo=None)
    assert audit.recent(1)[0].at.tzinfo is not None
