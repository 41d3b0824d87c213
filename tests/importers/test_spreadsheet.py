"""Reading spreadsheets: every encoding, separator and workbook layout, with real files."""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from app.importers.spreadsheet import (
    SpreadsheetError,
    cell_text,
    column_letter,
    decode,
    list_sheets,
    plausible_text,
    read_table,
    sniff_delimiter,
)

HEADER_RU = ["ФИО", "Дата рождения", "Гражданство", "Пол"]
ROWS_RU = [
    ["Абдуллаев Акмаль Рустамович", "12.06.1982", "Узбекистан", "м"],
    ["Каримова, Дилноза", "2 марта 1985 г.", "Узбекистан", "ж"],
    ["Ерланов Ерлан", "1990-01-18", "Казахстан", "м"],
]


def _csv(rows: list[list[str]], sep: str) -> str:
    def quote(value: str) -> str:
        if sep in value or '"' in value:
            return '"' + value.replace('"', '""') + '"'
        return value

    return "\r\n".join(sep.join(quote(v) for v in row) for row in rows) + "\r\n"


def test_windows_1251_csv_with_semicolons(tmp_path: Path) -> None:
    """What Excel writes for "CSV (разделители — точка с запятой)" on a Russian Windows."""
    path = tmp_path / "потерпевшие.csv"
    path.write_bytes(_csv([HEADER_RU, *ROWS_RU], ";").encode("cp1251"))
    table = read_table(path)
    assert table.encoding == "cp1251"
    assert table.delimiter == ";"
    assert table.headers == tuple(HEADER_RU)
    assert table.rows == tuple(tuple(r) for r in ROWS_RU)
    assert table.row_numbers == (2, 3, 4)
    assert table.sheet is None and table.format == "csv"
    assert table.describe() == (
        "потерпевшие.csv: Windows-1251 (Cyrillic), semicolon-separated, 3 rows"
    )


def test_utf16_tab_separated_with_byte_order_mark(tmp_path: Path) -> None:
    """Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated."""
    path = tmp_path / "victims.txt"
    text = _csv(
        [["Full name", "Date of birth", "Nationality"], ["José García", "1 May 1980", "ES"]], "\t"
    )
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    table = read_table(path)
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert table.headers == ("Full name", "Date of birth", "Nationality")
    assert table.rows == (("José García", "1 May 1980", "ES"),)


def test_utf16_without_byte_order_mark_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "victims.tsv"
    path.write_bytes(_csv([["ФИО", "Пол"], ["Иванов Иван", "м"]], "\t").encode("utf-16-be"))
    table = read_table(path)
    assert table.encoding == "utf-16-be"
    assert table.rows == (("Иванов Иван", "м"),)


def test_utf8_with_byte_order_mark_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "victims.csv"
    rows = [["Full name", "Nationality", "Notes"], ["Nurpeisova, Aliya", "KZ", 'said "no"']]
    path.write_bytes(codecs.BOM_UTF8 + _csv(rows, ",").encode("utf-8"))
    table = read_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.headers == ("Full name", "Nationality", "Notes")  # no BOM in the first header
    assert table.rows == (("Nurpeisova, Aliya", "KZ", 'said "no"'),)


def test_utf8_without_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "victims.csv"
    path.write_text(_csv([HEADER_RU, *ROWS_RU], ","), encoding="utf-8")
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert table.delimiter == ","
    assert table.rows[1][0] == "Каримова, Дилноза"


def test_blank_lines_title_line_ragged_rows_and_spaces(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Список потерпевших;;\n"
        "\n"
        "ФИО;Дата рождения\n"
        "  Иванов\u00a0Иван ;01.02.1990;лишнее\n"
        ";;\n"
        "Петров Пётр\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.title == "Список потерпевших"
    assert table.headers == ("ФИО", "Дата рождения", "Column C")
    assert table.rows == (("Иванов Иван", "01.02.1990", "лишнее"), ("Петров Пётр", "", ""))
    assert table.row_numbers == (4, 6)


def test_latin1_text_is_refused_rather_than_read_as_gibberish(tmp_path: Path) -> None:
    path = tmp_path / "western.csv"
    path.write_bytes("Name;Town\nJosé García;Málaga\nFrançois Müller;Zürich\n".encode("latin-1"))
    with pytest.raises(SpreadsheetError, match="encoding was not recognised") as info:
        read_table(path)
    assert "CSV UTF-8" in str(info.value)


def test_decode_and_plausibility_directly() -> None:
    assert decode("Иванов".encode("cp1251")) == ("Иванов", "cp1251")
    assert decode(codecs.BOM_UTF8 + "Иванов".encode()) == ("Иванов", "utf-8-sig")
    assert plausible_text("Иванов Иван «Ваня» — №5")
    assert not plausible_text("Josй Garcнa")  # Latin-1 accents read as Windows-1251
    assert not plausible_text("abc\x01def")
    with pytest.raises(SpreadsheetError, match="damaged or mislabelled"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfa")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        # Commas inside the names must not win over the semicolons between the cells.
        ("ФИО;Примечание\nИванов, Иван;нет, не согласен\nПетров, Пётр;да\n", ";"),
        ("ФИО\nИванов Иван\n", ","),
        ("", ","),
    ],
)
def test_sniff_delimiter(text: str, expected: str) -> None:
    assert sniff_delimiter(text) == expected


def _merged_header_workbook(path: Path) -> None:
    """A victims list as NGOs keep them: a title, a two-row header with a merged group
    heading ("Потерпевший" over three columns) and cells merged down two rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Потерпевшие"
    ws["A1"] = "Список потерпевших, январь 2022"
    ws.merge_cells("A1:F1")
    ws["A2"] = "№"
    ws.merge_cells("A2:A3")
    ws["B2"] = "Потерпевший"
    ws.merge_cells("B2:D2")
    ws["B3"] = "ФИО"
    ws["C3"] = "Дата рождения"
    ws["D3"] = "Гражданство"
    ws["E2"] = "Согласие"
    ws.merge_cells("E2:E3")
    ws["F2"] = "Дело"
    ws.merge_cells("F2:F3")
    for cell in ws[2] + ws[3]:
        cell.font = Font(bold=True)
    ws.append([1, "Абдуллаев Акмаль", datetime(1982, 6, 12), "Узбекистан", "да", "ILI-2022-UZ23"])
    ws.append([2, "Бакиров Бобур", date(1989, 11, 23), "UZ", "нет", None])
    ws.merge_cells("F4:F5")  # the same case for both rows, merged down
    ws.append([3, "Каримов Дилшод", "06.04.1996", "Узбекистан", True, "KZ-CAT-433"])
    other = wb.create_sheet("Свидетели")
    other.append(["Full name", "Phone"])
    other.append(["Witness One", 77011234567])
    wb.create_sheet("Пусто")
    wb.save(path)


def test_xlsx_with_merged_header_cells_and_two_row_header(tmp_path: Path) -> None:
    path = tmp_path / "victims.xlsx"
    _merged_header_workbook(path)
    table = read_table(path)
    assert table.sheet == "Потерпевшие"
    assert table.sheets == ("Потерпевшие", "Свидетели", "Пусто")
    assert table.format == "xlsx"
    assert table.title == "Список потерпевших, январь 2022"
    assert table.header_rows == 2
    assert table.headers == (
        "№",
        "Потерпевший / ФИО",
        "Потерпевший / Дата рождения",
        "Потерпевший / Гражданство",
        "Согласие",
        "Дело",
    )
    assert table.rows == (
        ("1", "Абдуллаев Акмаль", "1982-06-12", "Узбекистан", "да", "ILI-2022-UZ23"),
        ("2", "Бакиров Бобур", "1989-11-23", "UZ", "нет", "ILI-2022-UZ23"),
        ("3", "Каримов Дилшод", "06.04.1996", "Узбекистан", "TRUE", "KZ-CAT-433"),
    )
    assert table.row_numbers == (4, 5, 6)
    assert table.describe() == "victims.xlsx: sheet “Потерпевшие”, 3 rows"


def test_xlsx_sheet_choice_and_header_override(tmp_path: Path) -> None:
    path = tmp_path / "victims.xlsx"
    _merged_header_workbook(path)
    assert list_sheets(path) == ["Потерпевшие", "Свидетели", "Пусто"]
    witnesses = read_table(path, sheet="Свидетели")
    assert witnesses.headers == ("Full name", "Phone")
    assert witnesses.rows == (("Witness One", "77011234567"),)
    assert witnesses.header_rows == 1
    one_row = read_table(path, header_rows=1)
    assert one_row.headers[1] == "Потерпевший"
    assert one_row.rows[0][1] == "ФИО"
    with pytest.raises(SpreadsheetError, match="no sheet “Victims”") as info:
        read_table(path, sheet="Victims")
    assert "“Свидетели”" in str(info.value) and info.value.field == "sheet"
    with pytest.raises(SpreadsheetError, match="is empty"):
        read_table(path, sheet="Пусто")
    with pytest.raises(SpreadsheetError, match="one or two rows"):
        read_table(path, header_rows=3)


def test_xlsx_default_sheet_skips_an_empty_active_sheet(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    wb = Workbook()
    wb.active.title = "Empty"
    data = wb.create_sheet("Data")
    data.append(["Name", "Born"])
    data.append(["A. B.", datetime(2001, 2, 3, 0, 0)])
    wb.save(path)
    table = read_table(path)
    assert table.sheet == "Data"
    assert table.rows == (("A. B.", "2001-02-03"),)


def test_files_that_are_not_spreadsheets(tmp_path: Path) -> None:
    old = tmp_path / "victims.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(SpreadsheetError, match="Excel Workbook") as info:
        read_table(old)
    assert info.value.field == "path"
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip")
    with pytest.raises(SpreadsheetError, match="cannot be read as an Excel workbook"):
        read_table(fake)
    with pytest.raises(SpreadsheetError, match="There is no file"):
        read_table(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(SpreadsheetError, match="is empty"):
        read_table(empty)
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("a,b\n1,2\n")
    with pytest.raises(SpreadsheetError, match="no sheets"):
        read_table(csv_file, sheet="Sheet1")
    assert list_sheets(csv_file) == []


def test_cell_text_and_column_letters() -> None:
    assert cell_text(None) == ""
    assert cell_text(datetime(2025, 1, 18)) == "2025-01-18"
    assert cell_text(datetime(2025, 1, 18, 9, 30)) == "2025-01-18 09:30"
    assert cell_text(date(2025, 1, 18)) == "2025-01-18"
    assert cell_text(1985.0) == "1985"
    assert cell_text(2.5) == "2.5"
    assert cell_text(False) == "FALSE"
    assert cell_text("  x\u00a0 ") == "x"
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
