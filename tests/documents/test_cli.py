"""`treatydesk generate` from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import Output, main
from tests.documents.conftest import docx_text, flat, pdf_text


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), output=Output(out, err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path, data_dir: Path, demo_database: bytes) -> str:
    """A database holding the demo portfolio (built once by `demo load`'s service)."""
    path = tmp_path / "demo.sqlite"
    path.write_bytes(demo_database)
    return str(path)


def test_demo_load_then_generate(tmp_path: Path, data_dir: Path) -> None:
    path = str(tmp_path / "loaded.sqlite")
    code, _out, err = run("--db", path, "demo", "load")
    assert code == 0, err
    code, _out, err = run(
        "--db",
        path,
        "generate",
        "state_letter",
        "--case",
        "KZ-CAT-441",
        "-o",
        str(tmp_path / "l.docx"),
    )
    assert code == 0, err
    assert "Evloev v. Kazakhstan" in docx_text(tmp_path / "l.docx")


def test_list(db: str, data_dir: Path) -> None:
    folder = data_dir / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "state_letter.ru.short.docx").write_bytes(
        (
            Path(__file__).resolve().parents[2] / "templates_docs" / "state_letter.ru.docx"
        ).read_bytes()
    )
    (folder / "letter.docx").write_bytes(b"x")
    code, out, _err = run("--db", db, "generate", "--list")
    assert code == 0
    assert "followup_letter  DOCX  case    Follow-up letter to the Committee" in out
    assert "portfolio        PDF   cases   Portfolio summary" in out
    assert (
        f"    ru: Built-in; short (your templates folder): {folder / 'state_letter.ru.short.docx'}"
        in out
    )
    assert f"Your templates folder: {folder}" in out
    assert "Ignored there" in out and "letter.docx" in out


def test_generate_followup_letter(db: str, tmp_path: Path) -> None:
    target = tmp_path / "out" / "letter.docx"
    code, out, err = run(
        "--db",
        db,
        "generate",
        "followup_letter",
        "--case",
        "ILI-2022-UZ23",
        "--lang",
        "ru",
        "-o",
        str(target),
    )
    assert code == 0, err
    assert f"Wrote {target}" in out and "registered as document 1" in out
    assert "note: 19 people named in this document have not consented" in err
    text = docx_text(target)
    assert "Касательно: Twenty-three Uzbek nationals v. Kazakhstan" in text
    assert "Victim U-04" in text and "Farrukh Davletov" not in text


def test_generate_shadow_section_with_sections_file(db: str, tmp_path: Path) -> None:
    sections = tmp_path / "sections.json"
    sections.write_text(
        json.dumps(
            [
                {
                    "heading": "Prohibition of torture",
                    "article": "7",
                    "facts": "Migrants were tortured in Almaty region in January 2022.",
                    "recommendations": [34],
                    "cases": ["ILI-2022-UZ23"],
                    "ngo_recommendations": ["Compensate all 23 victims."],
                    "number": 3,
                }
            ]
        ),
        "utf-8",
    )
    target = tmp_path / "section.docx"
    code, _out, err = run(
        "--db", db, "generate", "shadow_section", "--review", "CCPR/C/KAZ/CO/3",
        "--sections", str(sections), "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    text = docx_text(target)
    assert "§3. Article 7. Prohibition of torture" in text
    assert "1. Compensate all 23 victims." in text
    assert "Compensation was paid to 3 of the 23 victims" in text


def test_generate_shadow_section_by_paragraph_and_report(db: str, tmp_path: Path) -> None:
    code, _out, err = run(
        "--db", db, "generate", "shadow_section", "--review", "CCPR/C/KAZ/CO/3",
        "--paragraph", "52", "-o", str(tmp_path / "s.docx"),
    )  # fmt: skip
    assert code == 0, err
    assert "Freedom of peaceful assembly" in docx_text(tmp_path / "s.docx")
    code, _out, err = run(
        "--db", db, "generate", "shadow_report", "--review", "CCPR/C/KAZ/CO/3",
        "--organisation", "ILI", "-o", str(tmp_path / "r.docx"),
    )  # fmt: skip
    assert code == 0, err
    assert "SUBMISSION TO THE HUMAN RIGHTS COMMITTEE (CCPR)" in docx_text(tmp_path / "r.docx")


def test_generate_pdfs(db: str, tmp_path: Path) -> None:
    code, _out, err = run(
        "--db",
        db,
        "generate",
        "status_summary",
        "--case",
        "KZ-CCPR-2137",
        "-o",
        str(tmp_path / "s.pdf"),
    )
    assert code == 0, err
    assert "Toregozhina v. Kazakhstan" in flat(pdf_text(tmp_path / "s.pdf"))
    code, _out, err = run(
        "--db",
        db,
        "generate",
        "portfolio",
        "--body",
        "CAT",
        "--stage",
        "follow-up",
        "-o",
        str(tmp_path / "p.pdf"),
    )
    assert code == 0, err
    text = flat(pdf_text(tmp_path / "p.pdf"))
    assert "KZ-CAT-433" in text and "KZ-CCPR-2137" not in text and "ILI-2022-UZ23" not in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["generate"], "Name the kind of document"),
        (["generate", "memo", "-o", "x.docx"], "“memo” is not a kind of document"),
        (["generate", "followup_letter", "--case", "KZ-CCPR-2137"], "Say where to write"),
        (["generate", "followup_letter", "-o", "x.docx"], "give --case REF"),
        (["generate", "shadow_report", "-o", "x.docx"], "give --review SYMBOL"),
        (
            ["generate", "shadow_report", "--review", "CCPR/C/X/CO/1", "-o", "x.docx"],
            "No review has",
        ),
        (
            ["generate", "status_summary", "--case", "NOPE", "-o", "x.pdf"],
            "No case has the reference",
        ),
        (["generate", "status_summary", "--case", "KZ-CCPR-2137", "-o", "x.docx"], "is a PDF file"),
        (
            ["generate", "portfolio", "--case", "KZ-CCPR-2137", "-o", "x.pdf"],
            "covers the cases list",
        ),
        (["generate", "portfolio", "--stage", "soon", "-o", "x.pdf"], "“soon” is not a stage"),
        (
            [
                "generate",
                "followup_letter",
                "--case",
                "KZ-CCPR-2137",
                "--template",
                "nope.docx",
                "-o",
                "x.docx",
            ],
            "does not exist",
        ),
    ],
)
def test_errors(db: str, tmp_path: Path, argv: list[str], message: str) -> None:
    argv = [str(tmp_path / a) if a.startswith("x.") else a for a in argv]
    code, _out, err = run("--db", db, *argv)
    assert code == 1
    assert message in err
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "x.pdf").exists()
