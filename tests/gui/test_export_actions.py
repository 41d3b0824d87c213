"""Export… of the lists as filtered and sorted, and the deadlines to a calendar (.ics), from
the GUI over the demo portfolio: each file is read back and compared with the list shown."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from app.context import Workspace
from app.services.deadlines import parse_key
from app.services.dto import DeadlineInput
from app.vocab import Outcome, PartyRole
from views.case_editor import CaseEditorWindow
from views.export_action import (
    CalendarExport,
    ExportChoice,
    ListExport,
    _list_filters,
    choice_from_dialog,
)
from views.main_window import MainWindow
from views.qtmodels.cases_model import SORT_COLUMN

TOREGOZHINA = "KZ-CCPR-2137"


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


def run(qtbot, export: ListExport | CalendarExport, target: ExportChoice | Path) -> str:
    """Export to `target` and wait for the message."""
    with qtbot.waitSignals([export.finished], timeout=20_000, raising=False) as blocker:
        export.export_to(target)  # type: ignore[arg-type]
    assert blocker.signal_triggered, export.last_message
    assert not export.busy
    return export.last_message


def xlsx_rows(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    return [[c.value for c in row] for row in sheet.iter_rows()]


def csv_rows(path: Path, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# ---------------------------------------------------------------- the file chosen


def test_format_from_the_save_dialogs_filter_or_the_typed_suffix(tmp_path: Path) -> None:
    xlsx, comma, semicolon = (f[0] for f in _list_filters())
    assert choice_from_dialog("", xlsx) is None  # cancelled
    assert choice_from_dialog(str(tmp_path / "cases"), xlsx) == ExportChoice(
        tmp_path / "cases.xlsx", "xlsx", ","
    )
    assert choice_from_dialog(str(tmp_path / "cases"), semicolon) == ExportChoice(
        tmp_path / "cases.csv", "csv", ";"
    )
    assert choice_from_dialog(str(tmp_path / "cases.csv"), comma).delimiter == ","
    # A name typed with the other suffix wins over the filter.
    assert choice_from_dialog(str(tmp_path / "cases.CSV"), xlsx) == ExportChoice(
        tmp_path / "cases.CSV", "csv", ","
    )
    assert choice_from_dialog(str(tmp_path / "list.v2"), xlsx).path.name == "list.v2.xlsx"


# ---------------------------------------------------------------- the lists


def test_cases_list_exported_as_filtered_and_sorted_through_the_dialog(
    qtbot, demo_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    page = demo_window.cases
    page.outcome_combo.set_value(Outcome.VIOLATION.value)
    header = page.table.horizontalHeader()
    header.setSortIndicator(SORT_COLUMN["title"], Qt.SortOrder.DescendingOrder)
    shown = [page.model.row_data(r).reference for r in range(page.model.rowCount())]
    assert 1 < len(shown) < demo_window.counts.cases
    semicolon = _list_filters()[2][0]
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(tmp_path / "violations"), semicolon)),
    )
    with qtbot.waitSignal(page.export.finished, timeout=20_000):
        page.export_button.click()
    rows = csv_rows(tmp_path / "violations.csv", ";")
    assert rows[0][0] == "Reference"
    assert [r[0] for r in rows[1:]] == shown
    assert {r[7] for r in rows[1:]} == {"Violation"}
    assert demo_window.statusBar().currentMessage() == (
        f"Exported {len(shown)} row(s) to violations.csv."
    )


def test_people_list_exported_as_filtered_and_sorted(
    qtbot, make_window, demo_workspace: Workspace, tmp_path: Path
) -> None:
    page = make_window(demo_workspace).people
    page.refresh()
    page.role_combo.set_value(PartyRole.VICTIM.value)
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    shown = [row.person.full_name for row in page.model.items()]
    assert len(shown) > 3 and shown != sorted(shown)
    assert len(demo_workspace.services.people.registry()) > len(shown)  # filtered
    path = tmp_path / "victims.xlsx"
    message = run(qtbot, page.export, ExportChoice(path, "xlsx"))
    rows = xlsx_rows(path)
    assert rows[0][0] == "Full name"
    assert [r[0] for r in rows[1:]] == shown
    assert message == f"Exported {len(shown)} row(s) to victims.xlsx."


def test_recommendations_of_the_review_editor_in_the_order_shown(
    qtbot, make_window, demo_workspace: Workspace, tmp_path: Path
) -> None:
    window = make_window(demo_workspace)
    review = demo_workspace.services.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
    assert review is not None
    editor = window.open_review(review.id)
    assert editor.export_button.isVisibleTo(editor)
    editor.rec_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by theme
    shown = [r.paragraph for r in editor.recommendations.items()]
    assert shown != sorted(shown)
    path = tmp_path / "recommendations.csv"
    message = run(qtbot, editor.export, ExportChoice(path, "csv"))
    rows = csv_rows(path, ",")
    assert [int(r[0]) for r in rows[1:]] == shown
    assert editor.message_bar.isVisible() and "26 row(s)" in message
    editor.close()


def test_a_failed_export_says_why(qtbot, demo_window: MainWindow, tmp_path: Path) -> None:
    page = demo_window.cases
    target = ExportChoice(tmp_path / "no such folder" / "cases.xlsx", "xlsx")
    with qtbot.waitSignal(page.export.failed, timeout=20_000) as blocker:
        page.export.export_to(target)
    assert "does not exist" in blocker.args[0]
    assert page.export.message_box is not None
    assert "does not exist" in page.export.message_box.text()
    page.export.message_box.close()
    assert page.export.action.isEnabled()  # ready for another try
    assert not (tmp_path / "no such folder").exists()


# ---------------------------------------------------------------- deadlines and calendars


def ics_events(path: Path) -> dict[str, dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["uid"]): {
            "summary": str(e["summary"]),
            "sequence": int(e["sequence"]),
            "due": e.decoded("dtstart"),
        }
        for e in calendar.walk("VEVENT")
    }


def test_dashboard_exports_the_deadlines_listed_and_a_calendar_updated_in_place(
    qtbot, make_window, demo_workspace: Workspace, tmp_path: Path
) -> None:
    services = demo_workspace.services
    case = services.cases.get_by_reference(TOREGOZHINA)
    today = services.deadlines.today()
    manual = services.deadlines.add(
        DeadlineInput(title="Call the author", due_date=today + timedelta(days=12), case_id=case.id)
    )
    window = make_window(demo_workspace)
    page = window.dashboard
    assert page.export_button.isVisibleTo(page) and page.calendar_button.isVisibleTo(page)
    listed = services.deadlines.upcoming()
    path = tmp_path / "deadlines.xlsx"
    run(qtbot, page.export, ExportChoice(path, "xlsx"))
    rows = xlsx_rows(path)
    assert rows[0][:3] == ["Due", "State", "Days left"]
    assert [r[-1] for r in rows[1:]] == [d.key for d in listed]

    ics = tmp_path / "deadlines.ics"
    message = run(qtbot, page.calendar_export, ics)
    assert message.startswith(f"Wrote {len(listed)} deadline(s) to deadlines.ics.")
    first = ics_events(ics)
    assert len(first) == len(listed)
    mine = [uid for uid, e in first.items() if str(e["summary"]).endswith("Call the author")]
    assert len(mine) == 1

    # The deadline moves and is renamed: exporting again updates the same event.
    services.deadlines.update(
        parse_key(manual.key).id,
        DeadlineInput(
            title="Call the author again", due_date=today + timedelta(days=20), case_id=case.id
        ),
        expected_version=manual.version,
    )
    run(qtbot, page.calendar_export, ics)
    second = ics_events(ics)
    assert set(second) == set(first)  # the same UIDs: calendars update, never duplicate
    event = second[mine[0]]
    assert str(event["summary"]).endswith("Call the author again")
    assert event["due"] == today + timedelta(days=20)
    assert int(event["sequence"]) > int(first[mine[0]]["sequence"])
    assert window.statusBar().currentMessage().startswith("Wrote ")


def test_case_deadlines_tab_exports_its_list_and_calendar(
    qtbot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    services = demo_workspace.services
    case = services.cases.get_by_reference(TOREGOZHINA)
    window = CaseEditorWindow(services=services, case_id=case.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    qtbot.waitUntil(lambda: not editor.loading, timeout=20_000)
    tab = editor.deadlines
    assert tab.export.action.isEnabled() and tab.calendar_export.action.isEnabled()
    shown = [d.key for d in tab.model.items()]
    assert shown and set(shown) == {d.key for d in services.deadlines.for_case(case.id)}
    path = tmp_path / "case.csv"
    message = run(qtbot, tab.export, ExportChoice(path, "csv", ";"))
    rows = csv_rows(path, ";")
    assert [r[-1] for r in rows[1:]] == shown
    assert {r[3] for r in rows[1:]} == {TOREGOZHINA}
    assert editor.message_bar.isVisible() and "case.csv" in message

    ics = tmp_path / "case.ics"
    run(qtbot, tab.calendar_export, ics)
    first = ics_events(ics)
    assert len(first) == len(shown)
    assert all(TOREGOZHINA in str(e["summary"]) for e in first.values())
    run(qtbot, tab.calendar_export, ics)
    assert set(ics_events(ics)) == set(first)
    window._closing = True
    window.close()
