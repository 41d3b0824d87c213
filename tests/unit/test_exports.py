"""Exporting lists as filtered to .csv and .xlsx, read back from the files written."""

from __future__ import annotations

import codecs
import csv
import io
import os
import shutil
import stat
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.config import Paths, sqlite_url
from app.context import Workspace, open_demo_workspace, open_workspace
from app.errors import DomainError
from app.services.dto import CaseFilter, PeopleFilter, PersonInput
from app.services.exports import (
    ExportTable,
    csv_bytes,
    sheet_title,
    table_from_rows,
    write_table,
)
from app.vocab import Outcome
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


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_cases_csv_as_filtered_with_bom_for_excel(demo: Workspace, tmp_path: Path) -> None:
    exports = demo.services.exports
    path = tmp_path / "cases.csv"
    result = exports.export_cases(path, CaseFilter(outcome=Outcome.VIOLATION), sort="reference")
    rows = read_csv(path)
    assert rows[0][:4] == ["Reference", "Title", "Treaty body", "State party"]
    references = [r[0] for r in rows[1:]]
    assert references == ["KZ-CAT-433", "KZ-CAT-441", "KZ-CCPR-2129", "KZ-CCPR-2137"]
    assert result.rows == 4 and result.format == "csv"
    assert result.sentence() == "Exported 4 rows to cases.csv."
    tor = dict(zip(rows[0], rows[-1], strict=True))
    assert tor["Document symbol"] == "CCPR/C/112/D/2137/2012"
    assert tor["Outcome"] == "Violation"
    assert tor["State party"] == "Kazakhstan"
    # The cases list says the same.
    listed = demo.services.listing.all_rows(CaseFilter(outcome=Outcome.VIOLATION))
    assert [r.reference for r in listed] == references
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    event = demo.services.audit.recent(1)[0]
    assert event.event == "export"
    assert event.summary == "Exported the Cases list (4 rows) to cases.csv"


def test_cases_xlsx_bold_header_widths_dates_and_numbers(demo: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "cases.xlsx"
    demo.services.exports.export_cases(path, sort="reference", descending=True)
    ws = load_workbook(path).active
    assert ws.title == "Cases"
    header = [c.value for c in ws[1]]
    assert header[0] == "Reference" and header[-2:] == ["Next deadline", "Next deadline: what"]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:L6"
    assert ws.cell(row=2, column=1).value == "KZ-CCPR-2137"  # descending
    uz = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "ILI-2022-UZ23")
    assert uz[9].value == 23 and isinstance(uz[9].value, int)
    due = uz[10]
    assert isinstance(due.value, datetime) and due.is_date
    assert due.number_format == "dd.mm.yyyy"
    assert ws.column_dimensions["B"].width > ws.column_dimensions["C"].width
    assert ws.column_dimensions["B"].width <= 60


def test_people_export_text_filter_and_pseudonyms(demo: Workspace, tmp_path: Path) -> None:
    people = demo.services.people
    hidden = people.create(
        PersonInput(
            "Гульнара Сапарова",
            pseudonym="G.S.",
            original_script_name="Гульнара Сапарова",
            contact="+7 701 000 00 00",
            safety_notes="Threatened in 2024",
        )
    )
    exports = demo.services.exports
    path = tmp_path / "people.csv"
    exports.export_people(path, "Сапарова")
    rows = read_csv(path)
    assert len(rows) == 2
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["Full name"] == "Гульнара Сапарова"
    assert record["Consent to be named"] == "no"
    assert "Contact" not in record  # left out unless asked

    exports.export_people(path, PeopleFilter(text="Сапарова"), pseudonymise=True)
    record = dict(zip(*read_csv(path), strict=True))
    assert record["Full name"] == "G.S."
    assert record["Name in original script"] == ""

    exports.export_people(path, PeopleFilter(text="Сапарова"), include_contact=True)
    record = dict(zip(*read_csv(path), strict=True))
    # A CSV cell starting with "+" is escaped, or Excel would read it as a formula.
    assert (record["Contact"], record["Safety notes"]) == (
        "'+7 701 000 00 00",
        "Threatened in 2024",
    )
    with pytest.raises(DomainError, match="cannot carry contact details"):
        exports.people_table(pseudonymise=True, include_contact=True)

    everyone = exports.people_table(PeopleFilter(case="ILI-2022-UZ23"))
    assert len(everyone.rows) >= 23
    assert hidden.id  # created above; the registry filter by case leaves her out
    assert all("Сапарова" not in str(r[0]) for r in everyone.rows)


def test_deadlines_export_of_the_dashboard_and_of_one_case(demo: Workspace, tmp_path: Path) -> None:
    exports = demo.services.exports
    path = tmp_path / "deadlines.xlsx"
    result = exports.export_deadlines(path)
    upcoming = demo.services.deadlines.upcoming()
    assert result.rows == len(upcoming) > 0
    ws = load_workbook(path).active
    assert [c.value for c in ws[1]][:3] == ["Due", "State", "Days left"]
    first = [c.value for c in ws[2]]
    assert first[0].date() == upcoming[0].due_date
    assert first[2] == upcoming[0].days_left
    assert first[-1] == upcoming[0].key
    case = demo.services.cases.get_by_reference("KZ-CCPR-2137")
    table = exports.deadlines_table(case_id=case.id, include_done=True)
    assert {r[3] for r in table.rows} == {"KZ-CCPR-2137"}
    assert len(table.rows) == len(demo.services.deadlines.for_case(case.id))
    soon = exports.deadlines_table(within_days=0)
    assert all(r[0] <= FIXED_TODAY for r in soon.rows)
    with pytest.raises(DomainError, match="of a case or of a review, not both"):
        exports.deadlines_table(case_id=case.id, review_id=1)


def test_recommendations_of_a_review(demo: Workspace, tmp_path: Path) -> None:
    review = demo.services.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
    assert review is not None
    path = tmp_path / "recs.xlsx"
    result = demo.services.exports.export_recommendations(path, review.id)
    assert result.rows == 26
    ws = load_workbook(path).active
    assert ws.title == "CCPR C KAZ CO 3"
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Paragraph", "Theme", "Follow-up", "Latest grade"]
    paragraphs = [r[0].value for r in ws.iter_rows(min_row=2)]
    assert paragraphs == sorted(paragraphs)
    assert all(isinstance(p, int) for p in paragraphs)
    assert any(r[3].value == "C" for r in ws.iter_rows(min_row=2))
    csv_path = tmp_path / "recs.csv"
    demo.services.exports.export_recommendations(csv_path, review.id, delimiter=";")
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Paragraph;Theme;Follow-up;")


def test_cells_that_look_like_formulas_stay_text(tmp_path: Path) -> None:
    table = ExportTable(
        title="Notes",
        headers=("Name", "Note", "Amount", "When"),
        rows=(
            ('=HYPERLINK("http://x")', "+7 701 000", Decimal("11250000.00"), date(2025, 1, 18)),
            ("@SUM(A1)", "-- fine", 3, None),
        ),
    )
    path = tmp_path / "notes.xlsx"
    write_table(table, path)
    ws = load_workbook(path).active
    assert ws["A2"].value == '=HYPERLINK("http://x")' and ws["A2"].data_type == "s"
    assert ws["B2"].value == "+7 701 000" and ws["B2"].data_type == "s"
    assert ws["C2"].value == 11250000 and ws["C2"].data_type == "n"
    rows = list(csv.reader(io.StringIO(csv_bytes(table).decode("utf-8-sig"))))
    assert rows[1] == ['\'=HYPERLINK("http://x")', "'+7 701 000", "11250000.00", "2025-01-18"]
    assert rows[2] == ["'@SUM(A1)", "'-- fine", "3", ""]


def test_write_errors_are_clear(tmp_path: Path) -> None:
    table = table_from_rows("T", ["a"], [["1"]])
    with pytest.raises(DomainError, match=r"as \.csv or \.xlsx") as info:
        write_table(table, tmp_path / "list.pdf")
    assert info.value.field == "path"
    with pytest.raises(DomainError, match="does not exist"):
        write_table(table, tmp_path / "missing" / "list.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(DomainError, match="is a folder"):
        write_table(table, tmp_path / "dir.csv")
    with pytest.raises(DomainError, match="comma, a semicolon or a tab"):
        write_table(table, tmp_path / "list.csv", delimiter="|")
    assert write_table(table, tmp_path / "list.txt", fmt="csv").format == "csv"
    with pytest.raises(ValueError, match="row 1 has 2 cells for 1 headers"):
        table_from_rows("T", ["a"], [["1", "2"]])
    assert sheet_title("CCPR/C/KAZ/CO/3: [draft]?") == "CCPR C KAZ CO 3   draft"
    assert sheet_title("") == "Export"
    assert len(sheet_title("x" * 40)) == 31


def test_a_file_open_elsewhere_is_replaced_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel on Windows locks an open file: the export fails clearly and leaves it as it was,
    with no half-written or temporary file behind."""
    path = tmp_path / "list.csv"
    path.write_text("old")

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.services.exports.os.replace", locked)
    with pytest.raises(DomainError, match=r"permission denied\. If the file is open in Excel"):
        write_table(table_from_rows("T", ["a"], [["1"]]), path)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]
