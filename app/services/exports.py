"""Exporting a list as it is filtered to .csv or .xlsx: cases, people, deadlines, and the
recommendations of a periodic review.

Each list is first built as an `ExportTable` (headers, typed cells) by the same services the
screens use, so the file holds what the list shows; `write_table` then writes it:

- CSV: UTF-8 with a byte-order mark (Excel then reads Cyrillic correctly), comma-separated
  unless told otherwise (a semicolon suits Excel set to Russian), dates as 2025-01-18;
- XLSX: a bold, frozen header row with a filter, columns sized to their content, dates as
  real dates (shown as 18.01.2025 unless told otherwise), counts as numbers.

A cell that starts like a spreadsheet formula (=, +, -, @) is written as text, never as a
formula: a name or a note cannot run anything when the file is opened.

People exports leave out contact details and safety notes unless asked, and can print
pseudonyms (PersonDTO.public_name) instead of the names of people who have not consented
to be named.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from app.db import SessionFactory
from app.errors import DomainError
from app.services.audit import EVENT_EXPORT, AuditService
from app.services.base import Clock, Service
from app.services.deadlines import DeadlinesService
from app.services.dto import CaseFilter, DeadlineDTO, PeopleFilter, PersonRow
from app.services.listing import CaseListing
from app.services.people import PeopleService
from app.services.reviews import ReviewService

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
Cell = str | int | float | Decimal | date | datetime | bool | None
FORMATS = ("csv", "xlsx")
DEFAULT_DATE_FORMAT = "dd.mm.yyyy"
MAX_COLUMN_WIDTH = 60
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class ExportTable:
    """A list ready to be written: a title (the sheet's name), headers and typed cells."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def __post_init__(self) -> None:
        width = len(self.headers)
        for number, row in enumerate(self.rows, 1):
            if len(row) != width:
                raise ValueError(f"row {number} has {len(row)} cells for {width} headers")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str  # "csv" or "xlsx"
    rows: int

    def sentence(self) -> str:
        return f"Exported {self.rows} row{'' if self.rows == 1 else 's'} to {self.path.name}."


# ---------------------------------------------------------------- writing


def export_format(path: Path, fmt: str | None = None) -> str:
    """ "csv" or "xlsx", from `fmt` or else the file's suffix."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise DomainError(
            f"TreatyDesk exports lists as .csv or .xlsx, not “{path.suffix or fmt}”: name the "
            "file …csv or …xlsx.",
            field="path",
        )
    return chosen


def write_table(
    table: ExportTable,
    path: Path | str,
    *,
    fmt: str | None = None,
    delimiter: str = ",",
    date_format: str = DEFAULT_DATE_FORMAT,
) -> ExportResult:
    """Write `table` to `path` (.csv or .xlsx, or as `fmt` says); the file is replaced whole
    or not at all."""
    target = Path(path).expanduser()
    chosen = export_format(target, fmt)
    if chosen == "csv":
        if delimiter not in (",", ";", "\t"):
            raise DomainError(
                "The CSV separator must be a comma, a semicolon or a tab.", field="delimiter"
            )
        data = csv_bytes(table, delimiter=delimiter)
    else:
        data = xlsx_bytes(table, date_format=date_format)
    write_private(target, data)
    return ExportResult(path=target, format=chosen, rows=len(table.rows))


def csv_bytes(table: ExportTable, *, delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_csv_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([_csv_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(table: ExportTable, *, date_format: str = DEFAULT_DATE_FORMAT) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet_title(table.title)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE3EA")
    widths = [len(h) for h in table.headers]
    for col, header in enumerate(table.headers, 1):
        cell = ws.cell(row=1, column=col, value=_xlsx_text(header))
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for r, row in enumerate(table.rows, 2):
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, datetime):
                cell.value = value.replace(tzinfo=None)
                cell.number_format = f"{date_format} hh:mm"
                shown = len(date_format) + 6
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = date_format
                shown = len(date_format)
            elif isinstance(value, bool):
                cell.value = "yes" if value else "no"
                shown = 3
            elif isinstance(value, int | float | Decimal):
                cell.value = value
                shown = len(str(value))
            elif value is None:
                shown = 0
            else:
                text = _xlsx_text(str(value))
                cell.value = text
                cell.data_type = "s"  # never a formula, whatever the text starts with
                shown = max((len(line) for line in text.splitlines()), default=0)
                if "\n" in text or len(text) > MAX_COLUMN_WIDTH:
                    cell.alignment = Alignment(vertical="top", wrap_text=True)
            widths[c - 1] = max(widths[c - 1], shown)
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = min(width + 2, MAX_COLUMN_WIDTH)
    ws.freeze_panes = "A2"
    if table.headers:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{len(table.rows) + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_title(title: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\."""
    cleaned = _SHEET_TITLE_BAD.sub(" ", title).strip().strip("'") or "Export"
    return cleaned[:31]


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, readable by the user only (it may hold names)."""
    folder = path.parent
    if not folder.is_dir():
        raise DomainError(f"The folder {folder} does not exist.", field="path")
    if path.is_dir():
        raise DomainError(f"{path} is a folder: give a file name.", field="path")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except PermissionError as exc:
        raise DomainError(
            f"Cannot write {path}: permission denied. If the file is open in Excel or "
            "another program, close it and try again.",
            field="path",
        ) from exc
    except OSError as exc:
        raise DomainError(f"Cannot write {path}: {exc.strerror or exc}.", field="path") from exc


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _xlsx_text(text: str) -> str:
    return _ILLEGAL_XML.sub("", text)


# ---------------------------------------------------------------- the lists


def in_order(items: Sequence[T], key: Callable[[T], K], order: Sequence[K] | None) -> list[T]:
    """`items` in the order a screen shows them: by their keys' place in `order` (the list as
    the user sorted it), any item not in `order` after them in its own order. None: as given."""
    if order is None:
        return list(items)
    place: dict[K, int] = {}
    for position, wanted in enumerate(order):
        place.setdefault(wanted, position)
    last = len(place)
    return sorted(items, key=lambda item: place.get(key(item), last))


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _days_left(d: DeadlineDTO) -> int | None:
    return None if d.done else d.days_left


class ExportService(Service):
    """The lists of the screens, as tables and as files."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        listing: CaseListing,
        people: PeopleService,
        deadlines: DeadlinesService,
        reviews: ReviewService,
        audit: AuditService | None = None,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._listing = listing
        self._people = people
        self._deadlines = deadlines
        self._reviews = reviews
        self._audit = audit

    # ------------------------------------------------------------------ tables

    def cases_table(
        self, flt: CaseFilter | None = None, *, sort: str = "reference", descending: bool = False
    ) -> ExportTable:
        """The cases list for `flt`, in the list's order."""
        rows = self._listing.rows(self._listing.ids(flt, sort=sort, descending=descending))
        return ExportTable(
            title="Cases",
            headers=(
                "Reference",
                "Title",
                "Treaty body",
                "State party",
                "Document symbol",
                "Communication number",
                "Stage",
                "Outcome",
                "Lead lawyer",
                "Victims",
                "Next deadline",
                "Next deadline: what",
            ),
            rows=tuple(
                (
                    r.reference,
                    r.title,
                    r.body,
                    r.state_name,
                    r.symbol,
                    r.communication_number,
                    r.stage.label,
                    r.outcome.label,
                    r.lead_lawyer,
                    r.victims,
                    r.next_deadline,
                    r.next_deadline_title,
                )
                for r in rows
            ),
        )

    def people_table(
        self,
        flt: PeopleFilter | str | None = None,
        *,
        pseudonymise: bool = False,
        include_contact: bool = False,
        order: Sequence[int] | None = None,
    ) -> ExportTable:
        """The people registry for `flt` (a PeopleFilter, or the search text).

        `pseudonymise` prints the public name (pseudonym or initials) of everyone who has
        not consented to be named, and leaves their original-script name out;
        `include_contact` adds contact details and safety notes (never when pseudonymised).
        `order` (person ids) puts the rows in the order the list shows them (`in_order`)."""
        if isinstance(flt, str):
            flt = PeopleFilter(text=flt)
        rows = in_order(self._people.registry(flt), lambda r: r.person.id, order)
        if pseudonymise and include_contact:
            raise DomainError(
                "A pseudonymised list cannot carry contact details or safety notes.",
                field="include_contact",
            )
        headers = [
            "Full name",
            "Name in original script",
            "Pseudonym",
            "Sex",
            "Date of birth",
            "Nationality",
            "Date of death",
            "Roles",
            "Cases",
            "Consent to act",
            "Consent to be named",
            "Date of consent",
            "Form of consent",
        ]
        if include_contact:
            headers += ["Contact", "Safety notes"]
        return ExportTable(
            title="People",
            headers=tuple(headers),
            rows=tuple(self._person_cells(r, pseudonymise, include_contact) for r in rows),
        )

    @staticmethod
    def _person_cells(
        row: PersonRow, pseudonymise: bool, include_contact: bool
    ) -> tuple[Cell, ...]:
        p = row.person
        hidden = pseudonymise and not p.consent_to_be_named
        cells: list[Cell] = [
            p.public_name if hidden else p.full_name,
            "" if hidden else p.original_script_name,
            p.pseudonym,
            p.sex.label,
            p.date_of_birth,
            p.nationality_name or p.nationality,
            p.date_of_death,
            ", ".join(role.label for role in row.roles),
            ", ".join(row.cases),
            _yes_no(p.consent_to_act),
            _yes_no(p.consent_to_be_named),
            p.consent_date,
            p.consent_form,
        ]
        if include_contact:
            cells += [p.contact, p.safety_notes]
        return tuple(cells)

    def deadlines_table(
        self,
        *,
        within_days: int | None = None,
        include_done: bool = False,
        case_id: int | None = None,
        review_id: int | None = None,
        order: Sequence[str] | None = None,
    ) -> ExportTable:
        """Deadlines as the dashboard lists them (or one case's, or one review's); `order`
        (deadline keys) puts them in the order a list shows them (`in_order`)."""
        items = in_order(
            self._deadline_items(
                within_days=within_days,
                include_done=include_done,
                case_id=case_id,
                review_id=review_id,
            ),
            lambda d: d.key,
            order,
        )
        return ExportTable(
            title="Deadlines",
            headers=(
                "Due",
                "State",
                "Days left",
                "Case",
                "Review",
                "What is due",
                "How it was computed",
                "Done on",
                "Notes",
                "Key",
            ),
            rows=tuple(
                (
                    d.due_date,
                    d.state.label,
                    _days_left(d),
                    d.case_reference,
                    d.review_symbol,
                    d.title,
                    d.basis,
                    d.done_on,
                    d.notes,
                    d.key,
                )
                for d in items
            ),
        )

    def _deadline_items(
        self,
        *,
        within_days: int | None,
        include_done: bool,
        case_id: int | None,
        review_id: int | None,
    ) -> list[DeadlineDTO]:
        if case_id is not None and review_id is not None:
            raise DomainError("Export the deadlines of a case or of a review, not both.")
        if case_id is not None:
            items = self._deadlines.for_case(case_id)
        elif review_id is not None:
            items = self._deadlines.for_review(review_id)
        else:
            return self._deadlines.upcoming(within_days=within_days, include_done=include_done)
        if not include_done:
            items = [d for d in items if not d.done]
        if within_days is not None:
            limit = self.today().toordinal() + within_days
            items = [d for d in items if d.due_date.toordinal() <= limit]
        return items

    def recommendations_table(
        self, review_id: int, *, order: Sequence[int] | None = None
    ) -> ExportTable:
        """The recommendations of one periodic review, by paragraph, or in the order of
        `order` (recommendation ids, as a list shows them; see `in_order`)."""
        review = self._reviews.get(review_id)
        recs = in_order(self._reviews.recommendations(review_id), lambda r: r.id, order)
        return ExportTable(
            title=review.co_symbol or f"{review.body} {review.state}",
            headers=(
                "Paragraph",
                "Theme",
                "Follow-up",
                "Latest grade",
                "Articles",
                "Concern paragraph",
                "Concern",
                "Recommendation",
                "Sub-items",
                "Refers to",
            ),
            rows=tuple(
                (
                    r.paragraph,
                    r.theme,
                    "yes" if r.is_followup else "",
                    r.latest_grade.value if r.latest_grade else "",
                    ", ".join(r.articles),
                    r.concern_paragraph,
                    r.concern_text,
                    r.recommendation_text,
                    "\n".join(r.sub_items),
                    r.refers_to,
                )
                for r in recs
            ),
        )

    # ------------------------------------------------------------------ files

    def write(
        self,
        table: ExportTable,
        path: Path | str,
        *,
        fmt: str | None = None,
        delimiter: str = ",",
        date_format: str = DEFAULT_DATE_FORMAT,
    ) -> ExportResult:
        """Write a table built above to a file, and record the export in the audit trail."""
        result = write_table(table, path, fmt=fmt, delimiter=delimiter, date_format=date_format)
        if self._audit is not None:
            self._audit.record_event(
                EVENT_EXPORT,
                f"Exported the {table.title} list ({result.rows} rows) to {result.path.name}",
                details={"list": table.title, "rows": result.rows, "format": result.format},
            )
        return result

    def export_cases(
        self,
        path: Path | str,
        flt: CaseFilter | None = None,
        *,
        sort: str = "reference",
        descending: bool = False,
        fmt: str | None = None,
        delimiter: str = ",",
    ) -> ExportResult:
        return self.write(
            self.cases_table(flt, sort=sort, descending=descending),
            path,
            fmt=fmt,
            delimiter=delimiter,
        )

    def export_people(
        self,
        path: Path | str,
        flt: PeopleFilter | str | None = None,
        *,
        pseudonymise: bool = False,
        include_contact: bool = False,
        order: Sequence[int] | None = None,
        fmt: str | None = None,
        delimiter: str = ",",
    ) -> ExportResult:
        table = self.people_table(
            flt, pseudonymise=pseudonymise, include_contact=include_contact, order=order
        )
        return self.write(table, path, fmt=fmt, delimiter=delimiter)

    def export_deadlines(
        self,
        path: Path | str,
        *,
        within_days: int | None = None,
        include_done: bool = False,
        case_id: int | None = None,
        review_id: int | None = None,
        order: Sequence[str] | None = None,
        fmt: str | None = None,
        delimiter: str = ",",
    ) -> ExportResult:
        table = self.deadlines_table(
            within_days=within_days,
            include_done=include_done,
            case_id=case_id,
            review_id=review_id,
            order=order,
        )
        return self.write(table, path, fmt=fmt, delimiter=delimiter)

    def export_recommendations(
        self,
        path: Path | str,
        review_id: int,
        *,
        order: Sequence[int] | None = None,
        fmt: str | None = None,
        delimiter: str = ",",
    ) -> ExportResult:
        return self.write(
            self.recommendations_table(review_id, order=order),
            path,
            fmt=fmt,
            delimiter=delimiter,
        )


def table_from_rows(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]]
) -> ExportTable:
    """An ExportTable from what a screen shows (any list the services above do not cover)."""
    return ExportTable(title=title, headers=tuple(headers), rows=tuple(tuple(r) for r in rows))
