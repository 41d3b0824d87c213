"""The full JSON export and its import into an empty database: identical content."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, select

from app.cli import Output, main
from app.config import Paths, sqlite_url
from app.context import Workspace, open_demo_workspace, open_workspace
from app.db import session_scope
from app.errors import DomainError
from app.services.dto import (
    BodyRulesInput,
    CaseInput,
    FollowUpInput,
    PersonInput,
    RecommendationInput,
    ReviewInput,
)
from app.services.json_transfer import (
    FORMAT_NAME,
    FORMAT_VERSION,
    REFERENCE_TABLES,
    field_name,
    user_tables,
)
from app.services.shadow import SectionInput, ShadowReportInput
from app.vocab import FollowUpKind, Grade, PeriodUnit
from models import Base, Document
from tests.conftest import FIXED_TODAY


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    workspace = open_demo_workspace(Paths(root), clock=lambda: FIXED_TODAY)
    path = workspace.database_file
    workspace.close()
    assert path is not None
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, clock) -> Iterator[Workspace]:
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    workspace = open_workspace(sqlite_url(copy), Paths(tmp_path / "data"), clock=clock)
    yield workspace
    workspace.close()


@pytest.fixture
def empty(tmp_path: Path, clock) -> Iterator[Workspace]:
    workspace = open_workspace(
        sqlite_url(tmp_path / "empty.sqlite"), Paths(tmp_path / "empty-data"), clock=clock
    )
    yield workspace
    workspace.close()


def snapshot(engine: Engine) -> dict[str, Any]:
    """Every table's rows as the database holds them, read through reflection (not the
    models, not the exporter): surrogate ids left out, foreign keys replaced by the uuid of
    the row they point to, rows keyed by uuid (link tables: a sorted list); timestamps as
    instants in UTC."""
    meta = MetaData()
    # The portfolio's tables; not the installation's bookkeeping (alembic_version,
    # sync_records) nor the full-text index derived from the records.
    meta.reflect(engine, only=sorted(Base.metadata.tables))
    tables = list(meta.sorted_tables)
    with engine.connect() as conn:
        rows = {t.name: [dict(r) for r in conn.execute(select(t)).mappings()] for t in tables}
    uuid_of = {t.name: {r["id"]: r["uuid"] for r in rows[t.name]} for t in tables if "uuid" in t.c}
    out: dict[str, Any] = {}
    for table in tables:
        targets = {
            c.name: next(iter(c.foreign_keys)).column.table.name
            for c in table.columns
            if c.foreign_keys
        }

        def convert(
            row: dict[str, Any], table_name: str = table.name, targets: dict[str, str] = targets
        ) -> dict[str, Any]:
            result = {}
            for key, value in row.items():
                if key == "id":
                    continue
                if key in targets and value is not None:
                    value = uuid_of[targets[key]][value]
                elif table_name == "audit_entries" and key == "record_id" and value is not None:
                    value = uuid_of.get(row["table_name"], {}).get(value)
                elif isinstance(value, datetime) and value.tzinfo is None:
                    # Timestamps are UTC; migration 0002 stored its own with the offset.
                    value = value.replace(tzinfo=UTC)
                result[key] = value
            return result

        if "uuid" in table.c:
            out[table.name] = {r["uuid"]: convert(r) for r in rows[table.name]}
        else:
            out[table.name] = sorted(tuple(sorted(convert(r).items())) for r in rows[table.name])
    return out


def enrich(ws: Workspace) -> None:
    """Add to the demo what it lacks, so that every table and kind of value is exercised:
    an edited treaty body, an earlier review linked from a recommendation (a self-reference),
    a shadow report with sections quoting recommendations and citing cases, a rule deadline
    marked done, a document, a deleted person (audit entries about a gone record)."""
    s = ws.services
    body = s.reference.body("CERD")
    s.reference.update_body_rules(
        "CERD",
        BodyRulesInput(120, PeriodUnit.DAYS, 6, PeriodUnit.MONTHS, None, None),
        expected_version=body.version,
    )
    earlier = s.reviews.create(
        ReviewInput(
            body="CCPR",
            state="KZ",
            cycle="Second periodic report",
            co_symbol="CCPR/C/KAZ/CO/2",
            adopted_on=date(2016, 7, 21),
        )
    )
    old = s.reviews.add_recommendation(
        earlier.id, RecommendationInput(paragraph=11, theme="Torture", sub_items=("(a) x",))
    )
    current = s.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
    assert current is not None
    rec, second = s.reviews.recommendations(current.id)[:2]
    s.reviews.update_recommendation(
        rec.id,
        RecommendationInput(
            paragraph=rec.paragraph,
            theme=rec.theme,
            concern_paragraph=rec.concern_paragraph,
            concern_text=rec.concern_text,
            recommendation_text=rec.recommendation_text,
            sub_items=rec.sub_items,
            articles=rec.articles,
            refers_to=rec.refers_to,
            is_followup=rec.is_followup,
            previous_id=old.id,
        ),
        expected_version=rec.version,
    )
    case = s.cases.get_by_reference("KZ-CCPR-2137")
    report = s.shadow.create(ShadowReportInput(review_id=current.id, title="LOIPR submission"))
    s.shadow.add_section(
        report.id,
        SectionInput(
            heading="Article 7",
            article="7",
            facts="Facts.",
            ngo_recommendations=("Investigate.", "Compensate."),
            recommendation_ids=(second.id, rec.id),
            case_ids=(case.id,),
        ),
    )
    s.deadlines.mark_done("followup_reply:case:3", on=date(2026, 11, 1))
    remedy = s.remedies.remedies(case.id)[0]
    s.followup.add(
        case.id,
        FollowUpInput(
            kind=FollowUpKind.COMMITTEE_ASSESSMENT,
            event_date=date(2026, 3, 1),
            session="146th",
            grades=((remedy.id, Grade.C),),
        ),
    )
    with session_scope(ws.session_factory) as session:
        session.add(
            Document(
                kind="followup_letter",
                title="Follow-up letter",
                case_id=case.id,
                review_id=current.id,
                path="2026/letter.docx",
                sha256="0" * 64,
                size=1234,
                language="ru",
            )
        )
    gone = s.people.create(PersonInput("Temporary Person"))
    s.people.delete(gone.id, expected_version=gone.version)


def test_round_trip_into_an_empty_database_gives_identical_content(
    demo: Workspace, empty: Workspace, tmp_path: Path
) -> None:
    enrich(demo)
    before = snapshot(demo.engine)
    assert all(before[name] for name in before if name != "alembic_version"), [
        name for name in before if not before[name]
    ]
    path = tmp_path / "all.json"
    result = demo.services.transfer.export_json(path)
    assert result.cases is None and not result.pseudonymised
    assert result.counts["cases"] == 5 and result.counts["people"] == 28

    imported = empty.services.transfer.import_json(path)
    assert imported.counts == {k: v for k, v in result.counts.items()}
    assert imported.reference_updated == 1  # CERD's edited rules
    after = snapshot(empty.engine)
    events = [
        uuid
        for uuid, entry in after["audit_entries"].items()
        if isinstance(entry["changes"], dict) and entry["changes"].get("event") == "import"
    ]
    assert len(events) == 1
    del after["audit_entries"][events[0]]
    assert sorted(after) == sorted(before)
    for name in before:
        assert after[name] == before[name], name
    # Search finds the imported records (the index follows the inserts).
    found = empty.services.search.search("Toregozhina")
    assert found.cases_found == 1 and found.people_found == 1
    assert "Bakhytzhan Toregozhina" in [h.title for h in found.hits]
    # The audit trail still leads from each record to its history.
    case = empty.services.cases.get_by_reference("KZ-CCPR-2137")
    history = empty.services.audit.history("cases", case.id)
    assert history and history[-1].summary.startswith("Created case")


def test_the_file_follows_the_documented_format(demo: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "all.json"
    demo.services.transfer.export_json(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT_NAME and doc["version"] == FORMAT_VERSION
    assert doc["exported_at"].endswith("+00:00")
    assert doc["schema"] and doc["application"].startswith("TreatyDesk ")
    assert doc["selection"] is None and doc["pseudonymised"] is False
    assert set(doc["tables"]) == set(Base.metadata.tables)
    tables = doc["tables"]
    assert tables["treaty_bodies"]["CCPR"]["followup_value"] == 180
    assert tables["countries"]["KZ"]["name"] == "Kazakhstan"
    assert tables["treaty_articles"]["CCPR:7"]["body"] == "CCPR"
    tor = next(c for c in tables["cases"].values() if c["reference"] == "KZ-CCPR-2137")
    assert (tor["body"], tor["state"], tor["stage"]) == ("CCPR", "KZ", "follow_up")
    assert tor["decision_date"] == "2014-10-21"
    assert "id" not in tor and "body_id" not in tor
    tor_uuid = next(k for k, c in tables["cases"].items() if c is tor)
    article = next(a for a in tables["case_articles"].values() if a["case"] == tor_uuid)
    assert set(article["article"]) == {"body", "number"}
    party = next(p for p in tables["case_parties"].values() if p["case"] == tor_uuid)
    assert party["person"] in tables["people"]
    amounts = [s["amount"] for s in tables["remedy_statuses"].values() if s["amount"]]
    assert "11250000.00" in amounts
    assert tables["case_tags"] and set(tables["case_tags"][0]) == {"case", "tag"}
    entry = next(iter(tables["audit_entries"].values()))
    assert "record" in entry and "record_id" not in entry


def test_field_names_are_unique_and_every_table_is_carried() -> None:
    for table in Base.metadata.sorted_tables:
        names = [field_name(c) for c in table.columns if c.name not in ("id", "uuid")]
        assert len(names) == len(set(names)), table.name
    carried = {t.name for t in user_tables()} | set(REFERENCE_TABLES)
    assert carried == set(Base.metadata.tables)
    assert user_tables()[-1].name == "audit_entries"


def test_import_refuses_a_database_that_holds_records(
    demo: Workspace, empty: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "all.json"
    demo.services.transfer.export_json(path)
    before = snapshot(demo.engine)
    with pytest.raises(DomainError, match="already holds records") as info:
        demo.services.transfer.import_json(path)
    assert "cases: 5" in str(info.value) or "5 cases" in str(info.value)
    assert "treatydesk --db NEW.sqlite import --json FILE" in str(info.value)
    after = snapshot(demo.engine)
    assert after == before
    # One tag is enough to make a database not empty.
    empty.services.cases.create(
        CaseInput(reference="X-1", title="X v. Y", body="CCPR", state="KZ", tags=("t",))
    )
    with pytest.raises(DomainError, match="already holds records"):
        empty.services.transfer.import_json(path)


def test_export_of_chosen_cases_with_what_hangs_off_them(
    demo: Workspace, empty: Workspace, tmp_path: Path
) -> None:
    enrich(demo)
    path = tmp_path / "two.json"
    result = demo.services.transfer.export_json(path, cases=["kz-ccpr-2137", "ILI-2022-UZ23"])
    assert result.cases == ("ILI-2022-UZ23", "KZ-CCPR-2137")
    doc = json.loads(path.read_text(encoding="utf-8"))
    tables = doc["tables"]
    assert doc["selection"] == {"cases": ["ILI-2022-UZ23", "KZ-CCPR-2137"]}
    assert sorted(c["reference"] for c in tables["cases"].values()) == [
        "ILI-2022-UZ23",
        "KZ-CCPR-2137",
    ]
    parties = {
        p.person.uuid
        for ref in ("ILI-2022-UZ23", "KZ-CCPR-2137")
        for p in demo.services.cases.parties(demo.services.cases.get_by_reference(ref).id)
    }
    assert set(tables["people"]) == parties and len(parties) >= 24
    assert tables["reviews"] == {} and tables["recommendations"] == {}
    assert tables["assessment_cases"] == [] and tables["shadow_section_cases"] == []
    case_uuids = set(tables["cases"])
    for name in ("case_parties", "remedies", "followup_events", "deadlines", "documents"):
        assert all(r["case"] in case_uuids for r in tables[name].values()), name
    document = next(iter(tables["documents"].values()))
    assert document["review"] is None  # its review is not part of the export
    assert {a["table_name"] for a in tables["audit_entries"].values()} <= {
        t.name for t in user_tables()
    }
    assert all(a["record"] for a in tables["audit_entries"].values())
    imported = empty.services.transfer.import_json(path)
    assert imported.counts["cases"] == 2
    uz = empty.services.cases.get_by_reference("ILI-2022-UZ23")
    assert len(empty.services.cases.victims(uz.id)) == 23
    assert empty.services.remedies.summary(uz.id) == demo.services.remedies.summary(
        demo.services.cases.get_by_reference("ILI-2022-UZ23").id
    )
    with pytest.raises(DomainError, match="No case has the reference “NOPE”"):
        demo.services.transfer.export_data(cases=["NOPE"])
    with pytest.raises(DomainError, match="at least one case"):
        demo.services.transfer.export_data(cases=[])


def test_pseudonymised_export(demo: Workspace, empty: Workspace, tmp_path: Path) -> None:
    s = demo.services
    hidden = s.people.create(
        PersonInput(
            "Гульнара Сапарова",
            original_script_name="Гульнара Сапарова",
            contact="+7 701 000 00 00",
            safety_notes="Threatened",
            notes="Lives with her brother",
        )
    )
    named = s.people.create(PersonInput("Public Person", consent_to_be_named=True, contact="x"))
    case = s.cases.get_by_reference("ILI-2022-UZ23")
    data = CaseInput(
        **{
            name: getattr(case, name)
            for name in CaseInput.__dataclass_fields__
            if name not in ("notes", "body", "state")
        },
        body=case.body,
        state=case.state,
        notes="Met ГУЛЬНАРА  Сапарова and Public Person on 3 May.",
    )
    s.cases.update(case.id, data, expected_version=case.version)
    path = tmp_path / "pseudo.json"
    result = s.transfer.export_json(path, pseudonymise=True)
    assert result.pseudonymised
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["pseudonymised"] is True
    people = doc["tables"]["people"]
    assert people[hidden.uuid]["full_name"] == "Г.С."
    assert people[hidden.uuid]["original_script_name"] == ""
    assert people[hidden.uuid]["notes"] == ""
    assert (people[hidden.uuid]["contact"], people[hidden.uuid]["safety_notes"]) == ("", "")
    assert people[named.uuid]["full_name"] == "Public Person"
    assert people[named.uuid]["contact"] == ""
    u04 = next(p for p in people.values() if p["pseudonym"] == "Victim U-04")
    assert u04["full_name"] == "Victim U-04"
    notes = next(c for c in doc["tables"]["cases"].values() if c["reference"] == "ILI-2022-UZ23")
    assert notes["notes"] == "Met Г.С. and Public Person on 3 May."
    assert doc["tables"]["audit_entries"] == {}
    text = path.read_text(encoding="utf-8")
    assert "Сапарова" not in text and "+7 701" not in text
    empty.services.transfer.import_json(path)
    assert empty.services.people.get(empty.services.people.list("Г.С.")[0].id).full_name == "Г.С."


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "is not a TreatyDesk export"),
        (lambda d: d.update(version=2), "version 2 of the export format.*Update TreatyDesk"),
        (lambda d: d.pop("tables"), "has no “tables”"),
        (lambda d: d["tables"].update(gadgets={}), "does not know: gadgets"),
        (lambda d: _case(d).update(colour="red"), "does not know: colour"),
        (lambda d: _case(d).update(stage="lost"), "“stage” “lost” is not one of"),
        (lambda d: _case(d).update(decision_date="21.10.2014"), "not a date such as"),
        (lambda d: _case(d).update(state="XX"), "unknown country “XX”"),
        (lambda d: _case(d).pop("reference"), "the field “reference” is missing"),
        (lambda d: _case(d).update(reference=None), "“reference” is required"),
        (lambda d: _case(d).update(version="1"), "must be a whole number"),
        (lambda d: _party(d).update(person="0000"), "not in the file"),
        (
            lambda d: _article(d).update(article={"body": "CCPR", "number": "99"}),
            "unknown article 99 of CCPR",
        ),
        (lambda d: _status(d).update(amount="lots"), "not an amount"),
        (
            lambda d: d["tables"]["countries"]["KZ"].update(code="KG"),
            "keyed “KZ” but describes “KG”",
        ),
    ],
)
def test_a_bad_file_is_refused_and_nothing_is_written(
    demo: Workspace, empty: Workspace, change: Any, message: str
) -> None:
    doc = demo.services.transfer.export_data()
    change(doc)
    before = snapshot(empty.engine)
    with pytest.raises(DomainError, match=message):
        empty.services.transfer.import_data(doc, source="broken.json")
    assert snapshot(empty.engine) == before


def _case(doc: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in doc["tables"]["cases"].values() if c["reference"] == "KZ-CCPR-2137")


def _party(doc: dict[str, Any]) -> dict[str, Any]:
    return next(iter(doc["tables"]["case_parties"].values()))


def _article(doc: dict[str, Any]) -> dict[str, Any]:
    return next(iter(doc["tables"]["case_articles"].values()))


def _status(doc: dict[str, Any]) -> dict[str, Any]:
    return next(iter(doc["tables"]["remedy_statuses"].values()))


def test_files_that_are_not_exports(empty: Workspace, tmp_path: Path) -> None:
    transfer = empty.services.transfer
    with pytest.raises(DomainError, match="There is no file"):
        transfer.import_json(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(DomainError, match=r"not valid JSON \(line 1, column 12"):
        transfer.import_json(broken)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(DomainError, match="not a UTF-8 text file"):
        transfer.import_json(binary)
    with pytest.raises(DomainError, match="is not a TreatyDesk export"):
        transfer.import_data([1, 2])


def test_cli_export_and_import(demo: Workspace, tmp_path: Path) -> None:
    db = demo.database_file
    assert db is not None
    demo.close()

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(list(args), output=Output(out, err))
        return code, out.getvalue(), err.getvalue()

    path = tmp_path / "portfolio.json"
    code, out, err = run("--db", str(db), "export", "--json", str(path))
    assert code == 0, err
    assert out.splitlines()[0].startswith("Exported the whole database to portfolio.json: ")
    assert "5 cases, 28 people, 1 review." in out
    assert "holds the names of the people in your cases" in out
    code, out, err = run(
        "--db", str(db), "export", "--json", str(tmp_path / "one.json"), "--case",
        "KZ-CAT-433", "--pseudonymise",
    )  # fmt: skip
    assert code == 0, err
    assert "Exported case KZ-CAT-433 (pseudonymised) to one.json" in out
    new = tmp_path / "new.sqlite"
    code, out, err = run("--db", str(new), "import", "--json", str(path))
    assert code == 0, err
    assert out.strip() == "Imported " + out.split("Imported ")[1].strip()
    assert "5 cases, 28 people, 1 review." in out
    code, out, err = run("--db", str(new), "cases", "list", "--json")
    assert json.loads(out)["count"] == 5
    code, _, err = run("--db", str(new), "import", "--json", str(path))
    assert code == 1 and "already holds records" in err
    with pytest.raises(SystemExit):  # --json FILE is required (argparse)
        run("--db", str(new), "export")
