"""Reading the tables lawyers keep in spreadsheets: .csv and .xlsx, as text.

- CSV: UTF-8 with or without a byte-order mark, UTF-16 (with its mark, or without one when
  every other byte is zero), and Windows-1251 (what Excel writes for "CSV" on a Russian
  Windows). The result of guessing Windows-1251 is checked for being plausible text, so a
  file in another encoding is refused with a clear message instead of read as gibberish.
  Separators comma, semicolon and tab are sniffed (csv.Sniffer, with a fallback that counts
  which separator splits the lines into the same number of cells).
- XLSX (openpyxl): any sheet by name (default: the active sheet, else the first with data);
  merged cells give their value to every cell they cover (a header merged over three
  columns names all three); a two-row header (a merged group heading over its columns) is
  joined into one ("Victim / Date of birth"); dates come out as ISO text (2025-01-18).

A title line above the header ("List of victims") is recognised and skipped. Every value
comes out as stripped text; row numbers are those a spreadsheet program shows, so problems
can be reported as "row 7".
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.errors import DomainError

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
SUPPORTED_SUFFIXES = CSV_SUFFIXES + XLSX_SUFFIXES
MAX_ROWS = 100_000
MAX_CSV_BYTES = 64 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
# Share of the non-ASCII characters of a Windows-1251 reading that must be Cyrillic letters.
_CYRILLIC_SHARE = 0.6
# At most this share of Cyrillic words may also hold Latin letters ("Josй" is Latin-1 text).
_MIXED_WORD_SHARE = 0.2
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\w+")


class SpreadsheetError(DomainError):
    """The file cannot be read as a table (format, encoding, sheet)."""


@dataclass(frozen=True)
class SpreadsheetTable:
    """A table read from a file: its header and rows, every value as stripped text."""

    source: str  # the file's name
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # each as wide as `headers`; blank rows left out
    row_numbers: tuple[int, ...]  # for each row, the row number a spreadsheet program shows
    sheet: str | None = None  # the sheet read (xlsx)
    sheets: tuple[str, ...] = ()  # every sheet of the workbook (xlsx)
    encoding: str | None = None  # csv: utf-8, utf-8-sig, utf-16, cp1251
    delimiter: str | None = None  # csv: "," ";" or "\t"
    header_rows: int = 1
    title: str = ""  # a title line found above the header, if any

    @property
    def format(self) -> str:
        return "xlsx" if self.sheet is not None else "csv"

    def describe(self) -> str:
        """ "victims.csv: Windows-1251, semicolon-separated, 23 rows"."""
        if self.sheet is not None:
            how = f"sheet “{self.sheet}”"
        else:
            how = (
                f"{ENCODING_NAMES.get(self.encoding or '', self.encoding)}, "
                f"{DELIMITER_NAMES.get(self.delimiter or ',', 'comma')}-separated"
            )
        rows = len(self.rows)
        return f"{self.source}: {how}, {rows} row{'' if rows == 1 else 's'}"


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with byte-order mark",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (little-endian, no byte-order mark)",
    "utf-16-be": "UTF-16 (big-endian, no byte-order mark)",
    "cp1251": "Windows-1251 (Cyrillic)",
}


# ---------------------------------------------------------------- entry points


def read_table(
    path: Path | str, *, sheet: str | None = None, header_rows: int | None = None
) -> SpreadsheetTable:
    """Read the table of a .csv or .xlsx file.

    `sheet` names the sheet of a workbook (default: the active sheet, else the first one
    holding data); it must be None for a CSV file. `header_rows` (1 or 2) overrides the
    detection of a two-row header (xlsx: two rows when the header has cells merged across
    columns or down into the row below; csv: one row)."""
    file = Path(path)
    if header_rows not in (None, 1, 2):
        raise SpreadsheetError("The header is one or two rows; choose 1 or 2.", field="header_rows")
    suffix = file.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = (
            " Save it from Excel as “Excel Workbook (.xlsx)” or “CSV UTF-8” first."
            if suffix in (".xls", ".ods", ".numbers")
            else ""
        )
        raise SpreadsheetError(
            f"{file.name} is not a spreadsheet TreatyDesk can read: use a .csv or .xlsx "
            f"file.{hint}",
            field="path",
        )
    if not file.is_file():
        raise SpreadsheetError(f"There is no file {file}.", field="path")
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(file, sheet, header_rows)
    if sheet:
        raise SpreadsheetError(
            f"{file.name} is a CSV file: it has no sheets to choose from.", field="sheet"
        )
    return _read_csv(file, header_rows or 1)


def list_sheets(path: Path | str) -> list[str]:
    """The sheet names of a workbook, in order; [] for a CSV file."""
    file = Path(path)
    if file.suffix.lower() not in XLSX_SUFFIXES:
        return []
    workbook = _open_workbook(file, read_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in.

    UTF-8 (byte-order mark or not), UTF-16 (mark, or NULs in every other byte), otherwise
    Windows-1251, refused unless the result reads as Cyrillic or plain text."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", "utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf-16"), "utf-16"
    encoding = _utf16_without_bom(data[:4096])
    if encoding is not None:
        return _strict(data, encoding, encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        text = ""
    if not text or not plausible_text(text):
        raise SpreadsheetError(
            "The file's text encoding was not recognised (it is neither UTF-8, UTF-16 nor "
            "Windows-1251). Open it in Excel and save it as “CSV UTF-8”, or as .xlsx.",
            field="path",
        )
    return text, "cp1251"


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the high byte of (nearly) every character is 0x00
    (Latin) or 0x04 (Cyrillic), so one of the two byte positions holds almost only those."""
    if len(sample) < 4 or len(sample) % 2:
        return None

    def share(part: bytes) -> float:
        return sum(1 for b in part if b in (0x00, 0x04)) / len(part)

    even, odd = share(sample[0::2]), share(sample[1::2])
    if odd >= 0.9 and odd > even:
        return "utf-16-le"
    if even >= 0.9 and even > odd:
        return "utf-16-be"
    return None


def plausible_text(text: str) -> bool:
    """Does text decoded as Windows-1251 read as Cyrillic (or plain) text?

    Refused: control characters; non-ASCII characters that are mostly not Cyrillic letters
    (the symbols of the 0x80-0xBF range); Cyrillic letters inside Latin words, which is what
    Latin-1 accents look like when read as Windows-1251 ("José" -> "Josй")."""
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f" for ch in text):
        return False
    high = [ch for ch in text if ord(ch) >= 0x80]
    if not high:
        return True
    letters = sum(1 for ch in high if _CYRILLIC.match(ch))
    if letters / len(high) < _CYRILLIC_SHARE:
        return False
    cyrillic_words = [w for w in _WORD.findall(text) if _CYRILLIC.search(w)]
    mixed = sum(1 for w in cyrillic_words if _LATIN.search(w))
    return mixed <= _MIXED_WORD_SHARE * len(cyrillic_words)


def sniff_delimiter(text: str) -> str:
    """The separator of CSV text: comma, semicolon or tab.

    csv.Sniffer's guess is kept when it splits the lines into a steady number of cells;
    otherwise the separator that does so best (by counting) wins. A single column gives ","."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    if not lines:
        return ","
    sample = "\n".join(lines)
    try:
        guess: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        guess = None
    scores = {d: _split_score(sample, d) for d in DELIMITERS}
    if guess in scores and scores[guess][0] > 1 and scores[guess][1] >= 0.8:
        return guess
    best = max(DELIMITERS, key=lambda d: (scores[d][0] > 1, scores[d][1], scores[d][0]))
    return best if scores[best][0] > 1 else ","


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": the column's name in a spreadsheet program."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


# ---------------------------------------------------------------- csv


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(
            f"The file says it is {ENCODING_NAMES.get(name, name)} but byte {exc.start} is "
            "not valid in it: the file is damaged or mislabelled. Save it again from Excel.",
            field="path",
        ) from None


def _split_score(sample: str, delimiter: str) -> tuple[int, float]:
    """(cells in the first line, share of lines with that many cells) for a separator."""
    try:
        widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
    except csv.Error:
        return 0, 0.0
    if not widths:
        return 0, 0.0
    first = widths[0]
    return first, sum(1 for w in widths if w == first) / len(widths)


def _read_csv(file: Path, header_rows: int) -> SpreadsheetTable:
    size = file.stat().st_size
    if size > MAX_CSV_BYTES:
        raise SpreadsheetError(
            f"{file.name} is too large to import ({size // (1024 * 1024)} MB; at most "
            f"{MAX_CSV_BYTES // (1024 * 1024)} MB).",
            field="path",
        )
    text, encoding = decode(file.read_bytes())
    text = text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise SpreadsheetError(f"{file.name} is not a well-formed CSV file: {exc}.") from None
    grid = [(number, [_clean(v) for v in record]) for number, record in enumerate(records, 1)]
    headers, rows, numbers, title, used = _table(grid, header_rows, file.name)
    return SpreadsheetTable(
        source=file.name,
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        encoding=encoding,
        delimiter=delimiter,
        header_rows=used,
        title=title,
    )


# ---------------------------------------------------------------- xlsx


def _open_workbook(file: Path, *, read_only: bool) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(file, read_only=read_only, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SpreadsheetError(
            f"{file.name} cannot be read as an Excel workbook ({type(exc).__name__}): it may "
            "be damaged, password-protected or in another format. Open it in Excel and save "
            "it again as .xlsx.",
            field="path",
        ) from None


def _read_xlsx(file: Path, sheet: str | None, header_rows: int | None) -> SpreadsheetTable:
    # Not read-only: merged cell ranges are only known to a fully loaded worksheet.
    workbook = _open_workbook(file, read_only=False)
    try:
        names = tuple(workbook.sheetnames)
        if sheet:
            if sheet not in names:
                raise SpreadsheetError(
                    f"{file.name} has no sheet “{sheet}”. Its sheets: "
                    + ", ".join(f"“{n}”" for n in names)
                    + ".",
                    field="sheet",
                )
            ws = workbook[sheet]
        else:
            ws = _default_sheet(workbook)
        grid, merged = _sheet_grid(ws)
    finally:
        workbook.close()
    detected = header_rows or _detect_header_rows(grid, merged)
    headers, rows, numbers, title, used = _table(grid, detected, file.name)
    return SpreadsheetTable(
        source=file.name,
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        sheet=ws.title,
        sheets=names,
        header_rows=used,
        title=title,
    )


def _default_sheet(workbook: Any) -> Any:
    active = workbook.active
    if active is not None and _has_data(active):
        return active
    for ws in workbook.worksheets:
        if _has_data(ws):
            return ws
    return active if active is not None else workbook.worksheets[0]


def _has_data(ws: Any) -> bool:
    return any(
        v is not None and str(v).strip()
        for row in ws.iter_rows(max_row=min(ws.max_row, 200), values_only=True)
        for v in row
    )


_Grid = list[tuple[int, list[str]]]


def _sheet_grid(ws: Any) -> tuple[_Grid, list[tuple[int, int, int, int]]]:
    """The sheet as (row number, texts) with merged ranges filled; the merged ranges as
    (min_row, min_col, max_row, max_col), 1-based."""
    cells: dict[int, list[str]] = {}
    for number, row in enumerate(ws.iter_rows(values_only=True), 1):
        if number > MAX_ROWS + 10:
            raise SpreadsheetError(
                f"The sheet “{ws.title}” has more than {MAX_ROWS:,} rows: split it first.",
                field="sheet",
            )
        cells[number] = [cell_text(v) for v in row]
    merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    for min_row, min_col, max_row, max_col in merged:
        top = cells.get(min_row, [])
        value = top[min_col - 1] if min_col - 1 < len(top) else ""
        for row_no in range(min_row, max_row + 1):
            row = cells.setdefault(row_no, [])
            if len(row) < max_col:
                row.extend([""] * (max_col - len(row)))
            for col in range(min_col - 1, max_col):
                row[col] = value
    return sorted(cells.items()), merged


def cell_text(value: object) -> str:
    """A cell's value as text: dates ISO (2025-01-18), whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return _clean(str(value))


def _detect_header_rows(grid: _Grid, merged: list[tuple[int, int, int, int]]) -> int:
    """2 when the header row has cells merged across columns or down into the next row."""
    start = _header_start(grid)
    if start is None:
        return 1
    header_row = grid[start][0]
    next_row = grid[start + 1][0] if start + 1 < len(grid) else None
    for min_row, min_col, max_row, max_col in merged:
        if min_row != header_row:
            continue
        if max_col > min_col and next_row is not None and _row_filled(grid[start + 1][1]):
            return 2
        if max_row > min_row:
            return 2
    return 1


# ---------------------------------------------------------------- shared


def _clean(value: str) -> str:
    # Non-breaking and other Unicode spaces count as spaces; NFC so that "й" is one letter.
    text = unicodedata.normalize("NFC", value.replace("\u00a0", " ").replace("\ufeff", ""))
    return text.strip()


def _row_filled(values: Sequence[str]) -> bool:
    return any(values)


def _distinct(values: Iterable[str]) -> set[str]:
    return {v for v in values if v}


def _header_start(grid: _Grid) -> int | None:
    """Index in `grid` of the header row: the first non-blank row, passing over a title
    (a row with a single distinct value above a row with several)."""
    filled = [i for i, (_, values) in enumerate(grid) if _row_filled(values)]
    if not filled:
        return None
    first = filled[0]
    if len(filled) > 1:
        second = filled[1]
        if len(_distinct(grid[first][1])) == 1 and len(_distinct(grid[second][1])) > 1:
            return second
    return first


def _table(
    grid: _Grid, header_rows: int, source: str
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[int, ...], str, int]:
    start = _header_start(grid)
    if start is None:
        raise SpreadsheetError(f"{source} is empty: there is no table to import.", field="path")
    title = ""
    first_filled = next(i for i, (_, v) in enumerate(grid) if _row_filled(v))
    if first_filled != start:
        title = next(iter(_distinct(grid[first_filled][1])))
    header_lines = [grid[start][1]]
    body_from = start + 1
    if header_rows == 2 and start + 1 < len(grid):
        header_lines.append(grid[start + 1][1])
        body_from = start + 2
    body = [(n, v) for n, v in grid[body_from:] if _row_filled(v)]
    width = max([len(line) for line in header_lines] + [len(v) for _, v in body])
    while width > 0 and not any(
        len(v) >= width and v[width - 1] for v in [*header_lines, *(v for _, v in body)]
    ):
        width -= 1
    headers = []
    for index in range(width):
        parts: list[str] = []
        for line in header_lines:
            text = line[index] if index < len(line) else ""
            if text and text not in parts:
                parts.append(text)
        headers.append(" / ".join(parts) or f"Column {column_letter(index)}")
    if len(body) > MAX_ROWS:
        raise SpreadsheetError(
            f"{source} has {len(body):,} rows; at most {MAX_ROWS:,} can be imported at once.",
            field="path",
        )
    rows = tuple(tuple((v + [""] * width)[:width]) for _, v in body)
    numbers = tuple(n for n, _ in body)
    return tuple(headers), rows, numbers, title, len(header_lines)
