"""`treatydesk import-decision FILE [--case REF] [--dry-run] [--json]`, run in-process."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import Output, main
from tests.importers import decision_samples as samples

ASKAROV = samples.FIXTURES / "ccpr-c-116-d-2231-2012.txt"
AK = samples.FIXTURES / "ccpr-c-143-d-3035-2017.txt"
JSON_KEYS = [
    "symbol",
    "body",
    "state",
    "communication_numbers",
    "authors",
    "victims",
    "counsel",
    "submission_date",
    "adoption_date",
    "decision_type",
    "outcome",
    "articles_invoked",
    "articles_violated",
    "remedies",
    "follow_up_days",
]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), output=Output(out, err))
    return code, out.getvalue(), err.getvalue()


def case_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM cases").fetchone()[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "portfolio.sqlite"


def test_json_dry_run_prints_exactly_the_fields(db: Path) -> None:
    code, out, err = run("--db", str(db), "import-decision", str(ASKAROV), "--dry-run", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert list(doc) == JSON_KEYS
    assert doc["symbol"] == "CCPR/C/116/D/2231/2012"
    assert doc["articles_violated"] == ["2(3)", "7", "9(1)", "10(1)", "14(3)(b)", "14(3)(e)"]
    assert doc["remedies"][0] == {
        "kind": "release",
        "scope": "individual",
        "text": "Take appropriate steps to immediately release the author",
    }
    assert doc["adoption_date"] is None
    assert doc["follow_up_days"] == 180
    # Warnings and messages go to stderr, so that stdout is one JSON document.
    assert "date of adoption" in err and "nothing was saved" in err
    assert case_count(db) == 0


def test_text_dry_run(db: Path) -> None:
    code, out, _ = run("--db", str(db), "import-decision", str(AK), "--dry-run")
    assert code == 0
    assert "Document symbol" in out and "CCPR/C/143/D/3035/2017" in out
    assert "Decision of inadmissibility" in out
    assert "would create" in out and "nothing was saved" in out
    assert case_count(db) == 0


def test_import_creates_the_case(db: Path) -> None:
    code, out, err = run(
        "--db", str(db), "import-decision", str(ASKAROV), "--adoption-date", "2016-03-21"
    )
    assert code == 0, err
    assert "Created case KG-CCPR-2231 (“Askarov v. Kyrgyzstan”)" in out
    assert "people added to the registry: Azimjan Askarov" in out
    assert "State party's follow-up reply due" in out and "2016-09-17" in out
    assert case_count(db) == 1
    code, out, _ = run("--db", str(db), "cases", "list", "--json")
    (case,) = json.loads(out)["cases"]
    assert (case["reference"], case["outcome"], case["victims"]) == ("KG-CCPR-2231", "violation", 1)

    # Importing again finds the case and has nothing left to fill.
    code, out, err = run("--db", str(db), "import-decision", str(ASKAROV), "--json")
    assert code == 0, err
    assert json.loads(out)["symbol"] == "CCPR/C/116/D/2231/2012"
    assert "Updated case KG-CCPR-2231" in err
    assert case_count(db) == 1


def test_import_into_a_named_case_and_accept(db: Path, tmp_path: Path) -> None:
    run("--db", str(db), "import-decision", str(AK), "--adoption-date", "2025-03-20")
    edited = tmp_path / "ak.txt"
    edited.write_text(AK.read_text("utf-8").replace("CCPR/C/143/", "CCPR/C/144/"), "utf-8")
    code, out, _ = run("--db", str(db), "import-decision", str(edited), "--case", "RU-CCPR-3035")
    assert code == 0
    assert "kept session: case “143”, document “144” (--accept session" in out
    code, out, _ = run(
        "--db",
        str(db),
        "import-decision",
        str(edited),
        "--case",
        "RU-CCPR-3035",
        "--accept",
        "session",
        "--accept",
        "symbol",
    )
    assert code == 0
    assert "written: Document symbol, Session" in out


def test_a_new_case_without_adoption_date_is_refused(db: Path) -> None:
    code, _, err = run("--db", str(db), "import-decision", str(ASKAROV))
    assert code == 1
    assert "treatydesk: The date the Committee adopted the decision is not in the document" in err
    assert case_count(db) == 0


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", "is empty"),
        ("noise.txt", b"\x00\x01\x02" * 500, "binary"),
        ("letter.txt", b"Dear colleague, see you at the meeting on Monday.", "does not look"),
        ("scan.jpg", b"\xff\xd8\xff", "image"),
    ],
)
def test_bad_files_get_one_clear_line(
    db: Path, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run("--db", str(db), "import-decision", str(path))
    assert code == 1
    assert err.startswith("treatydesk: ") and words in err
    assert err.count("\n") == 1
    assert case_count(db) == 0


def test_person_choices_must_be_well_formed(db: Path) -> None:
    code, _, err = run(
        "--db", str(db), "import-decision", str(AK), "--adoption-date", "2025-03-20",
        "--person", "A.K.",
    )  # fmt: skip
    assert code == 1 and "NAME=ID" in err
    code, out, err = run(
        "--db", str(db), "import-decision", str(AK), "--adoption-date", "2025-03-20",
        "--person", "A.K.=new",
    )  # fmt: skip
    assert code == 0, err
    assert "people added to the registry: A.K." in out


def test_bad_date_option(db: Path) -> None:
    with pytest.raises(SystemExit):
        run("--db", str(db), "import-decision", str(AK), "--adoption-date", "21/03/2025")
