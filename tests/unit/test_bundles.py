"""Case bundles: laptop A -> bundle -> laptop B -> edits on both -> bundle back -> A.

Laptop A holds the demo portfolio (SQLite, as a travelling lawyer's laptop); laptop B is the
test's own database on each backend (SQLite, and PostgreSQL when a server is given), so the
same round trip also runs against the shared server of an office.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.cli import Output, main
from app.config import ENV_DATA_DIR, Paths, sqlite_url
from app.context import Workspace, open_demo_workspace, open_workspace
from app.db import session_scope
from app.errors import ConflictError, DomainError
from app.security import WrongPassphraseError
from app.services.bundles import (
    HEADER_BYTES,
    MINE,
    RECORD,
    THEIRS,
    BundlePreview,
    ChangeKind,
    field_digest,
)
from app.services.documents import GenerateRequest
from app.services.dto import DeadlineInput, ProceedingInput
from app.vocab import AuditAction, ProceedingKind
from models import (
    AuditEntry,
    Base,
    Case,
    Deadline,
    DomesticProceeding,
    FollowUpEvent,
    Person,
    RemedyStatus,
)
from models.sync import sync_records

TODAY = date(2026, 11, 22)
SECRET = "correct horse battery staple"
CASES = ("KZ-CAT-441", "ILI-2022-UZ23")


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo portfolio with one generated document, built once for the module."""
    folder = tmp_path_factory.mktemp("demo")
    workspace = open_demo_workspace(Paths(folder), clock=lambda: TODAY)
    try:
        case_id = workspace.services.cases.get_by_reference("KZ-CAT-441").id
        workspace.services.documents.generate(GenerateRequest(kind="state_letter", case_id=case_id))
        documents = sorted((folder / "demo-documents").rglob("*.docx"))
        assert documents
        _DOCS["files"] = {
            p.relative_to(folder / "demo-documents"): p.read_bytes() for p in documents
        }
    finally:
        workspace.close()
    return Paths(folder).demo_database.read_bytes()


_DOCS: dict[str, dict[Path, bytes]] = {}


@pytest.fixture
def laptop_a(tmp_path: Path, demo_bytes: bytes) -> Iterator[Workspace]:
    paths = Paths(tmp_path / "a")
    paths.ensure()
    paths.database.write_bytes(demo_bytes)
    for relative, data in _DOCS["files"].items():
        target = paths.documents / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    workspace = open_workspace(sqlite_url(paths.database), paths, clock=lambda: TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def laptop_b(tmp_path: Path, db_url: str) -> Iterator[Workspace]:
    """An installation with no case yet: a SQLite file, or a PostgreSQL database."""
    workspace = open_workspace(db_url, Paths(tmp_path / "b"), clock=lambda: TODAY)
    yield workspace
    workspace.close()


def export(ws: Workspace, path: Path, cases: tuple[str, ...] = CASES) -> Path:
    ws.services.bundles.export_bundle(cases, path, SECRET)
    return path


def import_all(ws: Workspace, path: Path, resolutions: dict[Any, str] | None = None) -> Any:
    preview = ws.services.bundles.preview_import(path, SECRET)
    assert not preview.problems, preview.problems
    return ws.services.bundles.apply_import(preview, resolutions or {})


def edit(ws: Workspace, model: type, uuid: str, **values: Any) -> None:
    """Change a record as a user's save would (through the ORM: audited, version bumped)."""
    with session_scope(ws.session_factory) as s:
        obj = s.scalars(select(model).where(model.uuid == uuid)).one()
        for key, value in values.items():
            setattr(obj, key, value)


def get(ws: Workspace, model: type, uuid: str) -> Any:
    with session_scope(ws.session_factory) as s:
        return s.scalars(select(model).where(model.uuid == uuid)).one_or_none()


def uuid_of(ws: Workspace, reference: str) -> str:
    return ws.services.cases.get_by_reference(reference).uuid


def snapshot(ws: Workspace) -> dict[str, int]:
    """How many rows every table holds (the bundle's bookkeeping included)."""
    with session_scope(ws.session_factory) as s:
        counts = {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }
        counts["sync_records"] = s.scalar(select(func.count()).select_from(sync_records)) or 0
        return counts


def by_label(preview: BundlePreview, kind: ChangeKind) -> dict[str, Any]:
    group = {
        ChangeKind.NEW: preview.new,
        ChangeKind.UPDATED: preview.updated,
        ChangeKind.CONFLICT: preview.conflicts,
        ChangeKind.DELETED: preview.deleted,
    }[kind]
    return {c.label: c for c in group}


# ---------------------------------------------------------------- the round trip


def test_round_trip_reports_exactly_the_conflicting_fields_and_merges_the_rest(
    laptop_a: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    a, b = laptop_a, laptop_b
    case = uuid_of(a, "KZ-CAT-441")
    # A -> B: everything is new there, the document's file travels with it.
    first = import_all(b, export(a, tmp_path / "to-b.tdbundle"))
    assert first.added > 50 and first.updated == first.deleted == 0
    assert first.files == 1
    assert b.services.cases.get_by_reference("KZ-CAT-441").title == "Evloev v. Kazakhstan"
    doc = b.services.documents.list(case_id=b.services.cases.get_by_reference("KZ-CAT-441").id)
    assert len(doc) == 1 and b.services.documents.verify(doc[0].id)
    victims_b = b.services.cases.victims(b.services.cases.get_by_reference("ILI-2022-UZ23").id)
    assert len(victims_b) == 23

    # Both laptops work offline.
    person = victims_b[0].uuid
    status = _a_status_of(b, person)
    proceeding_a = a.services.cases.add_proceeding(
        a.services.cases.get_by_reference("KZ-CAT-441").id,
        ProceedingInput(kind=ProceedingKind.CIVIL_CLAIM, authority="Almaty city court"),
    )
    edit(a, Case, case, notes="Called the prosecutor on 20 November.", lead_lawyer="A. Lawyer")
    edit(a, Person, person, pseudonym="Victim 1")
    edit(b, Case, case, notes="Met the client in Geneva.", title="Evloev v. Kazakhstan (CAT)")
    edit(b, RemedyStatus, status, amount=Decimal("2500.50"), currency="EUR")
    added_b = b.services.followup.add(
        b.services.cases.get_by_reference("KZ-CAT-441").id,
        replace(_followup_input(), summary="The State replied on 1 November."),
    )

    event_b = uuid_by_id(b, FollowUpEvent, added_b.id)
    mine_a = uuid_by_id(a, DomesticProceeding, proceeding_a.id)

    # B -> A: exactly one conflicting field; the rest merges.
    back = export(b, tmp_path / "to-a.tdbundle")
    preview = a.services.bundles.preview_import(back, SECRET)
    assert preview.problems == ()
    assert preview.conflict_keys == [("cases", case, "notes")]
    (conflict,) = preview.conflicts
    assert conflict.label == "case KZ-CAT-441"
    assert [(f.mine, f.theirs) for f in conflict.fields] == [
        ("Called the prosecutor on 20 November.", "Met the client in Geneva.")
    ]
    assert {f.field: f.theirs for f in conflict.merged} == {"title": "Evloev v. Kazakhstan (CAT)"}
    updated = {c.uuid: c for c in preview.updated}
    assert {f.field for f in updated[status].fields} == {"amount", "currency"}
    assert [c.uuid for c in preview.new] == [event_b]
    assert preview.deleted == ()
    # Nothing was written by the preview.
    assert get(a, Case, case).title == "Evloev v. Kazakhstan"

    result = a.services.bundles.apply_import(preview, {("cases", case, "notes"): THEIRS})
    assert (result.added, result.updated, result.deleted) == (1, 2, 0)
    assert (result.resolved_mine, result.resolved_theirs) == (0, 1)
    merged = get(a, Case, case)
    assert merged.title == "Evloev v. Kazakhstan (CAT)"  # theirs only
    assert merged.notes == "Met the client in Geneva."  # the conflict, settled "theirs"
    assert merged.lead_lawyer == "A. Lawyer"  # mine only: kept
    assert get(a, Person, person).pseudonym == "Victim 1"  # mine only: kept
    assert get(a, DomesticProceeding, mine_a) is not None  # mine only: kept
    assert get(a, RemedyStatus, status).amount == Decimal("2500.50")
    assert get(a, FollowUpEvent, event_b).summary == "The State replied on 1 November."

    # Importing the same bundle again changes nothing.
    again = a.services.bundles.preview_import(back, SECRET)
    assert not again.has_changes and again.conflict_keys == []

    # A -> B again: B takes A's own changes, with no conflict (the settled field agrees).
    home = a.services.bundles.preview_import(back, SECRET)
    assert not home.has_changes
    final = b.services.bundles.preview_import(export(a, tmp_path / "to-b-2.tdbundle"), SECRET)
    assert final.conflict_keys == []
    assert [c.uuid for c in final.new] == [mine_a]
    taken = {(c.table, f.field) for c in final.updated for f in c.fields}
    assert taken == {("cases", "lead_lawyer"), ("people", "pseudonym")}
    b.services.bundles.apply_import(final, {})
    assert get(b, Case, case).lead_lawyer == "A. Lawyer"
    assert get(b, Case, case).notes == "Met the client in Geneva."


def _a_status_of(ws: Workspace, person_uuid: str) -> str:
    with session_scope(ws.session_factory) as s:
        person = s.scalars(select(Person).where(Person.uuid == person_uuid)).one()
        return s.scalars(
            select(RemedyStatus.uuid).where(RemedyStatus.person_id == person.id).limit(1)
        ).one()


def _followup_input() -> Any:
    from app.services.dto import FollowUpInput
    from app.vocab import FollowUpKind

    return FollowUpInput(kind=FollowUpKind.STATE_REPLY, event_date=date(2026, 11, 1))


def test_deletions_travel_and_a_deletion_against_an_edit_is_a_conflict(
    laptop_a: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    a, b = laptop_a, laptop_b
    case_id_a = a.services.cases.get_by_reference("KZ-CAT-441").id
    dropped = a.services.deadlines.add(
        DeadlineInput(title="Call the client", due_date=date(2026, 12, 1), case_id=case_id_a)
    )
    appeal = a.services.cases.add_proceeding(
        case_id_a, ProceedingInput(kind=ProceedingKind.APPEAL, authority="Regional court")
    )
    cassation = a.services.cases.add_proceeding(
        case_id_a, ProceedingInput(kind=ProceedingKind.CASSATION, authority="Supreme Court")
    )
    edited_here = uuid_by_id(a, DomesticProceeding, appeal.id)
    gone_here = uuid_by_id(a, DomesticProceeding, cassation.id)
    import_all(b, export(a, tmp_path / "1.tdbundle"))
    manual = uuid_by_id(a, Deadline, int(dropped.key.split(":")[1]))
    # B deletes the deadline (A leaves it alone) and the appeal (A changes it);
    # A deletes the cassation (B changes it).
    with session_scope(b.session_factory) as s:
        s.delete(s.scalars(select(Deadline).where(Deadline.uuid == manual)).one())
        s.delete(
            s.scalars(
                select(DomesticProceeding).where(DomesticProceeding.uuid == edited_here)
            ).one()
        )
    edit(b, DomesticProceeding, gone_here, outcome="Refused on 3 March.")
    edit(a, DomesticProceeding, edited_here, outcome="Hearing on 5 December.")
    a.services.cases.delete_proceeding(cassation.id, expected_version=1)

    preview = a.services.bundles.preview_import(export(b, tmp_path / "2.tdbundle"), SECRET)
    assert [(c.table, c.uuid) for c in preview.deleted] == [("deadlines", manual)]
    conflicts = {c.uuid: c for c in preview.conflicts}
    assert set(conflicts) == {edited_here, gone_here}
    assert [f.field for f in conflicts[edited_here].fields] == [RECORD]
    assert conflicts[edited_here].fields[0].theirs_text == "deleted there"
    assert conflicts[gone_here].fields[0].mine_text == "deleted here"
    result = a.services.bundles.apply_import(
        preview,
        {
            ("domestic_proceedings", edited_here, RECORD): MINE,  # keep my edit
            ("domestic_proceedings", gone_here, RECORD): THEIRS,  # bring it back
        },
    )
    assert result.deleted == 1 and result.added == 1
    assert get(a, Deadline, manual) is None
    assert get(a, DomesticProceeding, edited_here).outcome == "Hearing on 5 December."
    assert get(a, DomesticProceeding, gone_here).outcome == "Refused on 3 March."
    # Every deletion is in the audit trail, so it can be looked up later.
    deleted = a.services.audit.recent(50, table="deadlines", action=AuditAction.DELETE)
    assert [e.record_uuid for e in deleted] == [manual]


def uuid_by_id(ws: Workspace, model: type, record_id: int) -> str:
    with session_scope(ws.session_factory) as s:
        return s.get(model, record_id).uuid


def test_every_conflict_must_be_settled_and_the_preview_must_be_current(
    laptop_a: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    a, b = laptop_a, laptop_b
    case = uuid_of(a, "KZ-CAT-441")
    import_all(b, export(a, tmp_path / "1.tdbundle"))
    edit(a, Case, case, notes="mine", summary="my summary")
    edit(b, Case, case, notes="theirs", summary="their summary")
    preview = a.services.bundles.preview_import(export(b, tmp_path / "2.tdbundle"), SECRET)
    assert sorted(preview.conflict_keys) == [("cases", case, "notes"), ("cases", case, "summary")]
    before = snapshot(a)
    with pytest.raises(DomainError, match="1 conflicting field"):
        a.services.bundles.apply_import(preview, {("cases", case, "notes"): MINE})
    with pytest.raises(DomainError, match="“mine” or “theirs”"):
        a.services.bundles.apply_import(
            preview, {("cases", case, "notes"): "both", ("cases", case, "summary"): MINE}
        )
    with pytest.raises(DomainError, match="not one of the bundle's conflicts"):
        a.services.bundles.apply_import(preview, {("cases", case, "title"): MINE})
    # Someone saves the case between the preview and the import: refused, nothing written.
    edit(a, Case, case, notes="mine, later")
    with pytest.raises(ConflictError, match="preview the bundle again"):
        a.services.bundles.apply_import(
            preview, {("cases", case, "notes"): MINE, ("cases", case, "summary"): MINE}
        )
    after = snapshot(a)
    assert after["cases"] == before["cases"] and after["sync_records"] == before["sync_records"]
    fresh = a.services.bundles.preview_import(tmp_path / "2.tdbundle", SECRET)
    a.services.bundles.apply_import(
        fresh, {("cases", case, "notes"): MINE, ("cases", case, "summary"): THEIRS}
    )
    now = get(a, Case, case)
    assert (now.notes, now.summary) == ("mine, later", "their summary")


def test_a_record_met_under_two_uuids_is_matched_not_duplicated(
    laptop_a: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    """Both laptops tagged the case "urgent" before syncing: one tag, not two."""
    a, b = laptop_a, laptop_b
    import_all(b, export(a, tmp_path / "1.tdbundle"))
    for ws in (a, b):
        case = ws.services.cases.get_by_reference("KZ-CAT-441")
        with session_scope(ws.session_factory) as s:
            from models import Tag

            row = s.get(Case, case.id, options=[_tags()])
            row.tags = [*row.tags, Tag(name="urgent")]
    preview = a.services.bundles.preview_import(export(b, tmp_path / "2.tdbundle"), SECRET)
    assert preview.conflict_keys == [] and preview.new == ()
    a.services.bundles.apply_import(preview, {})
    assert a.services.cases.tags().count("urgent") == 1


def _tags() -> Any:
    from sqlalchemy.orm import selectinload

    return selectinload(Case.tags)


# ---------------------------------------------------------------- damaged bundles


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d[: len(d) // 2], "is incomplete"),
        (lambda d: d[:40], "ends inside its header"),
        (lambda d: d + b"\x00", "altered or damaged"),
        (lambda d: _flip(d, len(d) - 100), "altered or damaged"),  # the ciphertext
        (lambda d: _flip(d, HEADER_BYTES - 17), "altered or damaged"),  # the nonce
        (lambda d: b"PK\x03\x04" + d[4:], "not a TreatyDesk case bundle"),
        (lambda d: b"", "not a TreatyDesk case bundle"),
    ],
)
def test_a_damaged_bundle_is_refused_and_changes_nothing(
    laptop_a: Workspace, tmp_path: Path, damage: Any, message: str
) -> None:
    path = export(laptop_a, tmp_path / "x.tdbundle")
    edit(laptop_a, Case, uuid_of(laptop_a, "KZ-CAT-441"), notes="changed since")
    before = snapshot(laptop_a)
    bad = tmp_path / "bad.tdbundle"
    bad.write_bytes(damage(path.read_bytes()))
    with pytest.raises(DomainError, match=message):
        laptop_a.services.bundles.preview_import(bad, SECRET)
    assert snapshot(laptop_a) == before


def test_a_wrong_passphrase_is_said_as_such(laptop_a: Workspace, tmp_path: Path) -> None:
    path = export(laptop_a, tmp_path / "x.tdbundle")
    before = snapshot(laptop_a)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        laptop_a.services.bundles.preview_import(path, "correct horse battery stapler")
    assert snapshot(laptop_a) == before


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


# ---------------------------------------------------------------- export rules


def test_export_checks_its_inputs_and_records_the_event(
    laptop_a: Workspace, tmp_path: Path
) -> None:
    bundles = laptop_a.services.bundles
    with pytest.raises(DomainError, match="too short"):
        bundles.export_bundle(CASES, tmp_path / "x.tdbundle", "short")
    with pytest.raises(DomainError, match="No case has the reference “NOPE”"):
        bundles.export_bundle(["NOPE"], tmp_path / "x.tdbundle", SECRET)
    with pytest.raises(DomainError, match="Name at least one case"):
        bundles.export_bundle([" "], tmp_path / "x.tdbundle", SECRET)
    with pytest.raises(DomainError, match="…\\.tdbundle"):
        bundles.export_bundle(CASES, tmp_path / "x.zip", SECRET)
    with pytest.raises(DomainError, match="does not exist"):
        bundles.export_bundle(CASES, tmp_path / "no" / "x.tdbundle", SECRET)
    result = bundles.export_bundle(["kz-cat-441"], tmp_path / "x.tdbundle", SECRET)
    assert result.cases == ("KZ-CAT-441",)
    assert result.counts["cases"] == 1 and result.files == 1
    assert result.size == (tmp_path / "x.tdbundle").stat().st_size
    assert (tmp_path / "x.tdbundle").stat().st_mode & 0o077 == 0
    data = (tmp_path / "x.tdbundle").read_bytes()
    assert b"Evloev" not in data and b"KZ-CAT-441" not in data  # nothing readable
    event = laptop_a.services.audit.recent(1, action=AuditAction.EVENT)[0]
    assert event.event == "bundle_export"
    assert event.details["cases"] == ["KZ-CAT-441"]
    # What was sent is remembered as digests only: no value of any record.
    with session_scope(laptop_a.session_factory) as s:
        rows = s.execute(select(sync_records)).mappings().all()
    assert {r["bundle_id"] for r in rows} == {result.bundle_id}
    assert all(r["direction"] == "export" for r in rows)
    case_row = next(r for r in rows if r["table_name"] == "cases")
    assert case_row["fields"]["title"] == field_digest(
        result.bundle_id, case_row["record_uuid"], "title", "Evloev v. Kazakhstan"
    )
    assert "Evloev" not in str(rows)


def test_import_is_recorded_in_the_audit_trail_with_each_change(
    laptop_a: Workspace, laptop_b: Workspace, tmp_path: Path, db_actor: str
) -> None:
    import_all(laptop_b, export(laptop_a, tmp_path / "x.tdbundle", ("KZ-CAT-441",)))
    audit = laptop_b.services.audit
    event = audit.recent(1, action=AuditAction.EVENT)[0]
    assert event.event == "bundle_import"
    assert event.actor == db_actor
    assert event.details["cases"] == ["KZ-CAT-441"]
    created = audit.recent(500, table="cases", action=AuditAction.CREATE)
    assert [e.summary for e in created] == ["Created case “KZ-CAT-441”"]
    with session_scope(laptop_b.session_factory) as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) > 10


# ---------------------------------------------------------------- the command line


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), output=Output(out, err))
    return code, out.getvalue(), err.getvalue()


def test_command_line_export_import_and_settling_conflicts(
    laptop_a: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "a"))  # laptop A's documents folder
    a_db = str(laptop_a.database_file)
    b_db = str(tmp_path / "b.sqlite")
    x1, x2 = str(tmp_path / "x1.tdbundle"), str(tmp_path / "x2.tdbundle")

    code, _out, err = run("--db", a_db, "bundle", "export", "--case", "KZ-CAT-441", "-o", x1)
    assert code == 1 and "TREATYDESK_BUNDLE_PASSPHRASE" in err  # no terminal to ask on
    monkeypatch.setenv("TREATYDESK_BUNDLE_PASSPHRASE", SECRET)
    code, out, err = run("--db", a_db, "bundle", "export", "--case", "KZ-CAT-441", "-o", x1)
    assert code == 0, err
    assert "Exported KZ-CAT-441 to x1.tdbundle" in out and "1 file(s)" in out
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "b"))  # laptop B's own folder
    code, out, err = run("--db", b_db, "bundle", "import", x1)
    assert code == 0, err
    assert "Imported x1.tdbundle" in out and "1 file(s) written" in out

    case = uuid_of(laptop_a, "KZ-CAT-441")
    b = open_workspace(sqlite_url(Path(b_db)), Paths(tmp_path / "b"), clock=lambda: TODAY)
    try:
        edit(b, Case, case, notes="from Geneva")
    finally:
        b.close()
    edit(laptop_a, Case, case, notes="from Almaty")
    code, _out, err = run("--db", b_db, "bundle", "export", "--case", "KZ-CAT-441", "-o", x2)
    assert code == 0, err
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "a"))

    code, out, err = run("--db", a_db, "bundle", "import", x2)
    assert code == 1
    assert "1 conflicting field(s) are not settled" in err and "Nothing was imported" in err
    key = f"cases:{case}:notes"
    assert f"Notes: here “from Almaty” | bundle “from Geneva”  --resolve {key}=mine|theirs" in out
    assert get(laptop_a, Case, case).notes == "from Almaty"
    code, out, _err = run("--db", a_db, "bundle", "import", x2, "--dry-run", "--json")
    assert code == 0
    found = json.loads(out)
    assert found["imported"] is False
    assert found["conflicts"][0]["fields"] == [
        {"field": "notes", "mine": "from Almaty", "theirs": "from Geneva"}
    ]
    code, _out, err = run("--db", a_db, "bundle", "import", x2, "--resolve", "cases:notes=mine")
    assert code == 1 and "is not TABLE:UUID:FIELD=mine|theirs" in err
    code, out, err = run("--db", a_db, "bundle", "import", x2, "--resolve", f"{key}=theirs")
    assert code == 0, err
    assert "1 taken from the bundle" in out
    assert get(laptop_a, Case, case).notes == "from Geneva"

    (tmp_path / "cut.tdbundle").write_bytes(Path(x2).read_bytes()[:-10])
    code, _out, err = run("--db", a_db, "bundle", "import", str(tmp_path / "cut.tdbundle"))
    assert code == 1 and "is incomplete" in err
    monkeypatch.setenv("TREATYDESK_BUNDLE_PASSPHRASE", "another passphrase")
    code, _out, err = run("--db", a_db, "bundle", "import", x2)
    assert code == 1 and "Wrong passphrase" in err


def _remedy_with_status(ws: Workspace, reference: str) -> tuple[int, str, str]:
    """A remedy of the case that has a status row: its id and uuid, and the status's uuid."""
    case_id = ws.services.cases.get_by_reference(reference).id
    with session_scope(ws.session_factory) as s:
        from models import Remedy

        row = s.execute(
            select(Remedy.id, Remedy.uuid, RemedyStatus.uuid)
            .join(RemedyStatus, RemedyStatus.remedy_id == Remedy.id)
            .where(Remedy.case_id == case_id)
            .order_by(Remedy.id, RemedyStatus.id)
            .limit(1)
        ).one()
        return row[0], row[1], row[2]


@pytest.mark.parametrize("remedy_choice", [MINE, THEIRS])
def test_records_under_a_deleted_record_are_never_dropped_silently(
    laptop_a: Workspace, laptop_b: Workspace, tmp_path: Path, remedy_choice: str
) -> None:
    a, b = laptop_a, laptop_b
    import_all(b, export(a, tmp_path / "1.tdbundle"))
    remedy_id, remedy, status = _remedy_with_status(a, "KZ-CAT-441")
    # A deletes the remedy (its statuses go with it); B records a payment under it.
    a.services.remedies.delete(remedy_id, expected_version=None)
    edit(b, RemedyStatus, status, evidence="Bank transfer of 3 March", currency="KZT")
    preview = a.services.bundles.preview_import(export(b, tmp_path / "2.tdbundle"), SECRET)
    conflicts = {c.uuid: c for c in preview.conflicts}
    assert set(conflicts) == {remedy, status}
    assert conflicts[remedy].fields[0].mine_text == "deleted here"
    assert "new or changed records under it there" in conflicts[remedy].fields[0].theirs_text
    result = a.services.bundles.apply_import(
        preview,
        {("remedies", remedy, RECORD): remedy_choice, ("remedy_statuses", status, RECORD): THEIRS},
    )
    if remedy_choice == MINE:
        # Keeping the remedy deleted leaves the payment out, and says so.
        assert get(a, RemedyStatus, status) is None
        assert result.added == 0 and len(result.skipped) == 1
        assert "stays deleted" in result.skipped[0]
    else:
        assert result.added >= 2 and result.skipped == ()
        assert get(a, RemedyStatus, status).evidence == "Bank transfer of 3 March"
    # The decision holds: the same bundle asks nothing again.
    again = a.services.bundles.preview_import(tmp_path / "2.tdbundle", SECRET)
    assert not again.has_changes


def test_a_deletion_there_that_would_take_changes_made_here_is_a_conflict(
    laptop_a: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    a, b = laptop_a, laptop_b
    import_all(b, export(a, tmp_path / "1.tdbundle"))
    _remedy_id, remedy, status = _remedy_with_status(a, "KZ-CAT-441")
    with session_scope(b.session_factory) as s:
        from models import Remedy

        row = s.scalars(select(Remedy).where(Remedy.uuid == remedy).options(_statuses())).one()
        s.delete(row)
    edit(a, RemedyStatus, status, evidence="Paid on 1 December")
    preview = a.services.bundles.preview_import(export(b, tmp_path / "2.tdbundle"), SECRET)
    conflicts = {c.uuid: c for c in preview.conflicts}
    assert set(conflicts) == {remedy, status}
    assert "records were added or changed under it here" in conflicts[remedy].fields[0].mine_text
    assert all(c.uuid not in (remedy, status) for c in preview.deleted)
    a.services.bundles.apply_import(
        preview,
        {("remedies", remedy, RECORD): MINE, ("remedy_statuses", status, RECORD): MINE},
    )
    assert get(a, RemedyStatus, status).evidence == "Paid on 1 December"


def _statuses() -> Any:
    from sqlalchemy.orm import selectinload

    from models import Remedy

    return selectinload(Remedy.statuses)
