"""The `treatydesk` command line, run in-process on real database files."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import Output, main


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), output=Output(out, err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "portfolio.sqlite"
    code, out, err = run("--db", str(db), "demo", "load")
    assert code == 0, err
    assert "Demo portfolio loaded" in out
    return db


def test_cases_list_json_lists_the_demo_cases(demo_db: Path) -> None:
    code, out, err = run("--db", str(demo_db), "cases", "list", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["count"] == 5
    by_ref = {c["reference"]: c for c in doc["cases"]}
    uz = by_ref["ILI-2022-UZ23"]
    assert uz["title"] == "Twenty-three Uzbek nationals v. Kazakhstan"
    assert uz["body"] == "CAT"
    assert uz["state"] == "KZ"
    assert uz["stage"] == "preparation"
    assert uz["outcome"] == "pending"
    assert uz["victims"] == 23
    assert uz["next_deadline"]["date"]
    tor = by_ref["KZ-CCPR-2137"]
    assert tor["symbol"] == "CCPR/C/112/D/2137/2012"
    assert tor["outcome"] == "violation"
    assert set(doc["cases"][0]) >= {
        "reference",
        "title",
        "body",
        "state",
        "symbol",
        "stage",
        "outcome",
        "victims",
        "next_deadline",
    }


def test_cases_list_text_is_a_table(demo_db: Path) -> None:
    code, out, _ = run("--db", str(demo_db), "cases", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Reference")
    assert any("Toregozhina v. Kazakhstan" in line for line in lines)
    assert len(lines) == 6


def test_deadlines_json_and_within(demo_db: Path) -> None:
    code, out, _ = run("--db", str(demo_db), "deadlines", "--json")
    assert code == 0
    doc = json.loads(out)
    states = {d["state"] for d in doc["deadlines"]}
    assert "overdue" in states  # follow-up replies on old Views
    review = [d for d in doc["deadlines"] if d["review"] == "CCPR/C/KAZ/CO/3"]
    assert review and review[0]["due_date"] == "2028-07-18"
    code, out, _ = run("--db", str(demo_db), "deadlines", "--within", "30", "--json")
    soon = json.loads(out)["deadlines"]
    assert all(d["days_left"] <= 30 for d in soon)
    assert any("consent" in d["title"].lower() for d in soon)  # due in 9 days


def test_db_commands(demo_db: Path, tmp_path: Path) -> None:
    code, out, _ = run("--db", str(demo_db), "db", "current")
    assert code == 0 and "newest" in out
    code, out, _ = run("--db", str(demo_db), "db", "check")
    assert code == 0 and "integrity ok" in out
    dest = tmp_path / "copy.sqlite"
    code, out, _ = run("--db", str(demo_db), "db", "backup", str(dest))
    assert code == 0
    copy = sqlite3.connect(dest)
    assert copy.execute("SELECT count(*) FROM cases").fetchone() == (5,)
    copy.close()
    code, _, err = run("--db", str(demo_db), "db", "backup", str(dest))
    assert code == 1 and "already exists" in err


def test_demo_load_refuses_a_database_with_cases(demo_db: Path) -> None:
    code, _, err = run("--db", str(demo_db), "demo", "load")
    assert code == 1
    assert "empty database" in err
    assert err.count("\n") == 1  # one clear line, no traceback


def test_a_file_that_is_not_a_database_gives_one_clear_line(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"This is a letter, not a database." * 100)
    code, _, err = run("--db", str(bogus), "cases", "list")
    assert code == 1
    assert "not a TreatyDesk database" in err
    assert "Traceback" not in err
    assert bogus.read_bytes().startswith(b"This is a letter")


def test_default_database_lives_in_the_data_folder(data_dir: Path) -> None:
    code, out, _ = run("cases", "list")
    assert code == 0
    assert "No cases" in out
    assert (data_dir / "treatydesk.sqlite").exists()


def test_demo_flag_rebuilds_a_separate_demo_database(data_dir: Path) -> None:
    for _ in range(2):  # rebuilt each time, never duplicated
        code, out, _ = run("--demo", "cases", "list", "--json")
        assert code == 0
        assert json.loads(out)["count"] == 5
    assert (data_dir / "demo.sqlite").exists()
    assert not (data_dir / "treatydesk.sqlite").exists()


def test_version_and_console_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("TreatyDesk ")
