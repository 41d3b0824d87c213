"""`treatydesk import-review FILE [--dry-run] [--json]`, run in-process on real files."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import Output, main
from tests.unit.co_samples import seed


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), output=Output(out, err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def co_file(tmp_path: Path) -> Path:
    path = tmp_path / "CCPR_C_KAZ_CO_3.txt"
    path.write_text(seed("002"), encoding="utf-8")
    return path


def reviews_in(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT r.co_symbol, count(c.id) FROM reviews r LEFT JOIN recommendations c"
            " ON c.review_id = r.id GROUP BY r.id"
        ).fetchall()
    finally:
        con.close()


def test_json_dry_run_prints_exactly_what_was_recognised(tmp_path: Path, co_file: Path) -> None:
    db = tmp_path / "t.sqlite"
    code, out, err = run("--db", str(db), "import-review", str(co_file), "--dry-run", "--json")
    assert code == 0, err
    doc = json.loads(out)  # stdout is one JSON object, the notes go to stderr
    assert set(doc) == {
        "symbol",
        "body",
        "state",
        "session",
        "adopted",
        "follow_up_deadline",
        "next_cycle",
        "paragraphs",
    }
    assert (doc["symbol"], doc["body"], doc["state"], doc["session"]) == (
        "CCPR/C/KAZ/CO/3",
        "CCPR",
        "KZ",
        "144",
    )
    assert (doc["adopted"], doc["follow_up_deadline"]) == ("2025-07-11", "2028-07-18")
    assert doc["next_cycle"] == {"list_of_issues": 2031, "dialogue": 2033}
    assert len(doc["paragraphs"]) == 59
    assert set(doc["paragraphs"][0]) == {
        "number",
        "section",
        "theme",
        "kind",
        "articles",
        "follow_up",
        "refers_to",
    }
    assert [p["number"] for p in doc["paragraphs"] if p["follow_up"]] == [12, 34, 52]
    assert doc["paragraphs"][32]["articles"] == ["7"]
    assert "warning: The symbol CCPR/C/KAZ/CO/3 is not printed" in err
    assert "Dry run: nothing was saved." in err
    assert reviews_in(db) == []


def test_import_then_import_again(tmp_path: Path, co_file: Path) -> None:
    db = tmp_path / "t.sqlite"
    code, out, err = run("--db", str(db), "import-review", str(co_file))
    assert code == 0, err
    assert "Read CCPR_C_KAZ_CO_3.txt in" in out
    assert "Follow-up   by 18 Jul 2028: paragraphs 12, 34, 52" in out
    assert any(
        line.split()[:3] == ["34", "C", "recommendation"] and "CCPR/C/KAZ/CO/2" in line
        for line in out.splitlines()
    )
    assert "Created the review CCPR/C/KAZ/CO/3 (Kazakhstan, CCPR); 26 recommendations" in out
    assert reviews_in(db) == [("CCPR/C/KAZ/CO/3", 26)]
    code, out, _ = run("--db", str(db), "import-review", str(co_file))
    assert code == 0
    assert "already recorded: importing updates that review" in out
    assert "Updated the review CCPR/C/KAZ/CO/3" in out and "26 unchanged" in out
    assert reviews_in(db) == [("CCPR/C/KAZ/CO/3", 26)]


def test_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run("--db", str(db), "import-review", str(empty))
    assert code == 1
    assert err.startswith("treatydesk: “empty.txt” is empty")
    assert err.count("\n") == 1 and "Traceback" not in err
    code, _, err = run("--db", str(db), "import-review", str(tmp_path / "missing.pdf"))
    assert code == 1 and "does not exist" in err
    assert reviews_in(db) == []
