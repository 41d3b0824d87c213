"""The history of a whole case, from the audit trail: the case and its parties, remedies,
implementation statuses (bulk sets too), deadlines and documents, deleted records included,
newest first; nothing of another case."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.config import Paths, sqlite_url
from app.context import Services, Workspace, open_workspace
from app.errors import DomainError, NotFoundError
from app.services.audit import CaseHistoryEntryDTO
from app.services.dto import (
    CaseInput,
    DeadlineInput,
    PartyInput,
    PersonInput,
    RemedyInput,
    StatusInput,
)
from app.vocab import AuditAction, ImplementationStatus, PartyRole, RemedyKind, RemedyScope

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def workspace(paths: Paths, tmp_path: Path, clock) -> Iterator[Workspace]:
    ws = open_workspace(sqlite_url(tmp_path / "cases.sqlite"), paths, clock=clock)
    yield ws
    ws.close()


def new_case(services: Services, reference: str) -> int:
    case = services.cases.create(
        CaseInput(reference=reference, title=f"{reference} v. Kazakhstan", body="CCPR", state="KZ")
    )
    return case.id


def changes(entry: CaseHistoryEntryDTO) -> dict[str, tuple[object, object]]:
    return {c.field: (c.old, c.new) for c in entry.changes}


def test_edits_to_a_remedy_status_and_a_party_are_in_the_case_history(
    workspace: Workspace, db_actor: str
) -> None:
    services = workspace.services
    case_id = new_case(services, "ILI-2022-UZ23")
    other_id = new_case(services, "KZ-CAT-441")
    aziz = services.people.create(PersonInput(full_name="Азиз Каримов"))
    bobur = services.people.create(PersonInput(full_name="Bobur Tursunov"))
    party = services.cases.add_party(case_id, PartyInput(aziz.id, PartyRole.AUTHOR))
    services.cases.add_party(case_id, PartyInput(bobur.id, PartyRole.VICTIM))
    services.cases.add_party(other_id, PartyInput(bobur.id, PartyRole.VICTIM))
    compensation = services.remedies.add(
        case_id,
        RemedyInput(RemedyKind.COMPENSATION, RemedyScope.INDIVIDUAL, "Adequate compensation"),
    )
    status = services.remedies.set_status(
        compensation.id,
        bobur.id,
        StatusInput(ImplementationStatus.NOT_IMPLEMENTED),
        expected_version=None,
    )
    # The edits the test is about: a remedy status and a party.
    services.remedies.set_status(
        compensation.id,
        bobur.id,
        StatusInput(
            ImplementationStatus.FULLY,
            amount=Decimal("11250000"),
            currency="KZT",
            status_date=date(2025, 3, 1),
        ),
        expected_version=status.version,
    )
    services.cases.update_party(
        party.id, PartyInput(aziz.id, PartyRole.AUTHOR_AND_VICTIM), expected_version=party.version
    )
    services.people.update(
        bobur.id,
        PersonInput(full_name="Bobur Tursunov", pseudonym="B. T."),
        expected_version=bobur.version,
    )
    deadline = services.deadlines.add(
        DeadlineInput(
            title="Comments on the State's reply", due_date=date(2026, 12, 1), case_id=case_id
        )
    )
    deadline_id = int(deadline.key.split(":")[1])
    services.deadlines.delete(deadline_id, expected_version=deadline.version)
    services.remedies.bulk_set(
        compensation.id, [aziz.id, bobur.id], StatusInput(ImplementationStatus.PARTIALLY)
    )
    # Another case's changes stay out.
    services.cases.add_party(other_id, PartyInput(aziz.id, PartyRole.WITNESS))

    history = services.audit.case_history(case_id)

    assert [e.id for e in history] == sorted((e.id for e in history), reverse=True)  # newest first
    assert all(e.actor == db_actor for e in history)
    tables = {e.table_name for e in history}
    assert tables >= {"cases", "case_parties", "people", "remedies", "remedy_statuses", "deadlines"}
    assert all(e.record_id != other_id for e in history if e.table_name == "cases")
    witness = [e for e in history if changes(e).get("role", (None, None))[1] == PartyRole.WITNESS]
    assert witness == []

    # The newest: the bulk set for both victims (one statement updating Bobur's row, one
    # inserting Aziz's), described by its remedy.
    bulk = history[:2]
    assert all(e.table_name == "remedy_statuses" and e.record_id is None for e in bulk)
    assert sum(e.rows for e in bulk) == 2
    assert all(e.record_vocab is RemedyKind.COMPENSATION for e in bulk)
    assert all(changes(e) == {"status": (None, ImplementationStatus.PARTIALLY)} for e in bulk)

    # The status edit: which remedy, which victim, old -> new, as vocabulary members.
    edit = next(
        e
        for e in history
        if e.table_name == "remedy_statuses" and e.action is AuditAction.UPDATE and e.record_id
    )
    assert edit.record_vocab is RemedyKind.COMPENSATION and edit.record_name == "Bobur Tursunov"
    assert changes(edit)["status"] == (
        ImplementationStatus.NOT_IMPLEMENTED,
        ImplementationStatus.FULLY,
    )
    assert changes(edit)["currency"] == ("", "KZT")
    assert isinstance(changes(edit)["status"][1], ImplementationStatus)

    # The party edit: the person by name, the role old -> new.
    role = next(
        e for e in history if e.table_name == "case_parties" and e.action is AuditAction.UPDATE
    )
    assert role.record_name == "Азиз Каримов" and role.record_vocab is PartyRole.AUTHOR_AND_VICTIM
    assert changes(role)["role"] == (PartyRole.AUTHOR, PartyRole.AUTHOR_AND_VICTIM)
    created = next(
        e
        for e in history
        if e.table_name == "case_parties"
        and e.action is AuditAction.CREATE
        and e.record_name == "Bobur Tursunov"
    )
    assert changes(created)["person"] == (None, "Bobur Tursunov")  # a name, not an id
    assert "case_id" not in changes(created)

    # The person of a party, edited in the registry.
    person = next(e for e in history if e.table_name == "people" and e.action is AuditAction.UPDATE)
    assert person.record_name == "Bobur Tursunov" and changes(person)["pseudonym"] == (
        "",
        "B. T.",
    )

    # A deadline since deleted is still described.
    gone = [e for e in history if e.table_name == "deadlines"]
    assert [e.action for e in gone] == [AuditAction.DELETE, AuditAction.CREATE]
    assert {e.record_name for e in gone} == {"Comments on the State's reply"}

    # The other case's history has its own party rows and not this case's remedy.
    others = services.audit.case_history(other_id)
    assert {e.table_name for e in others} <= {"cases", "case_parties", "people"}
    assert any(e.record_name == "Азиз Каримов" for e in others if e.table_name == "case_parties")


def test_limit_and_unknown_case(workspace: Workspace) -> None:
    services = workspace.services
    case_id = new_case(services, "KZ-CCPR-2137")
    for n in range(3):
        services.remedies.add(
            case_id, RemedyInput(RemedyKind.OTHER, RemedyScope.GENERAL, f"Measure {n}")
        )
    assert len(services.audit.case_history(case_id)) == 4
    latest = services.audit.case_history(case_id, limit=2)
    assert [e.record_name for e in latest] == ["Measure 2", "Measure 1"]
    with pytest.raises(NotFoundError):
        services.audit.case_history(case_id + 100)
    with pytest.raises(DomainError, match="between 1 and"):
        services.audit.case_history(case_id, limit=0)


def test_an_attached_document_and_an_event_are_in_the_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    services = workspace.services
    case_id = new_case(services, "KZ-CCPR-2137")
    source = tmp_path / "reply.txt"
    source.write_text("The State party's reply.")
    doc = services.documents.attach(case_id, source, title="State party's reply")
    services.audit.record_event("export", "Exported the case", table="cases", record_id=case_id)
    history = services.audit.case_history(case_id)
    assert history[0].action is AuditAction.EVENT and history[0].event == "export"
    attached = history[1]
    assert attached.table_name == "documents" and attached.record_id == doc.id
    assert attached.record_name == "State party's reply"
