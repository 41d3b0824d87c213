"""The dashboard: what is due, the portfolio by stage, and the welcome on an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.vocab import DeadlineState, Stage
from views.main_window import MainWindow
from views.qtmodels.deadlines_model import COLUMNS, DUE_SOON_COLOUR, OVERDUE_COLOUR, when_text


def cells(model, row: int) -> dict[str, str]:
    return {c.title: model.data(model.index(row, i)) for i, c in enumerate(COLUMNS)}


def test_lists_the_deadlines_with_an_overdue_one(demo_window: MainWindow, demo_workspace) -> None:
    page = demo_window.dashboard
    assert not page.showing_welcome
    model = page.model
    expected = demo_workspace.services.deadlines.upcoming()
    assert model.rowCount() == len(expected) > 0
    assert [COLUMNS[i].title for i in range(model.columnCount())] == [
        "Due",
        "State",
        "When",
        "Case / review",
        "What",
    ]
    rows = [cells(model, r) for r in range(model.rowCount())]
    overdue = [r for r in rows if r["State"] == "Overdue"]
    assert overdue, rows
    assert all(r["When"].endswith("overdue") for r in overdue)
    first = expected[0]
    assert rows[0]["What"] == first.title
    assert rows[0]["Case / review"] == (first.case_reference or first.review_symbol)
    assert page.overdue.value == len(overdue)
    assert page.overdue.value + page.due_soon.value + page.later.value == len(expected)


def test_colour_is_not_the_only_signal(demo_window: MainWindow) -> None:
    model = demo_window.dashboard.model
    for row in range(model.rowCount()):
        d = model.item(row)
        state = model.data(model.index(row, 1))
        colour = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
        font = model.data(model.index(row, 0), Qt.ItemDataRole.FontRole)
        if d.state is DeadlineState.OVERDUE:
            assert state == "Overdue"
            assert colour == OVERDUE_COLOUR
            assert font is not None and font.bold()
        elif d.state is DeadlineState.DUE_SOON:
            assert state == "Due soon"
            assert colour == DUE_SOON_COLOUR
        else:
            assert state == "Later"
            assert colour is None


def test_the_uzbek_case_filing_limit_is_listed(demo_window: MainWindow) -> None:
    model = demo_window.dashboard.model
    refs = [model.item(r).case_reference for r in range(model.rowCount())]
    assert "ILI-2022-UZ23" in refs
    row = refs.index("ILI-2022-UZ23")
    tip = model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
    assert "Computed from:" in tip


def test_counts_cases_by_stage(demo_window: MainWindow) -> None:
    page = demo_window.dashboard
    assert page.stage_counts[Stage.PREPARATION].text() == "1"
    assert page.stage_counts[Stage.FOLLOW_UP].text() == "4"
    assert page.stage_counts[Stage.CLOSED].text() == "0"
    assert page.total_cases.text() == "5"


def test_when_text() -> None:
    assert when_text(-12) == "12 days overdue"
    assert when_text(-1) == "1 day overdue"
    assert when_text(0) == "today"
    assert when_text(1) == "tomorrow"
    assert when_text(9) == "in 9 days"
    assert when_text(-3, done=True) == "done"
    assert when_text(59) == "in 59 days"
    assert when_text(60) == "in 2 months"
    assert when_text(604) == "in 20 months"
    assert when_text(-5205) == "14 years overdue"


def test_welcome_panel_on_an_empty_database(qtbot, make_window, empty_workspace) -> None:
    calls: list[str] = []
    window = make_window(empty_workspace, on_open_demo=lambda: calls.append("demo"))
    page = window.dashboard
    assert page.showing_welcome
    window.show()
    qtbot.waitExposed(window)
    button = page.welcome.demo_button
    assert button.isVisible()
    assert button.text() == "Open the demo portfolio"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == ["demo"]
    assert window.counts_label.text() == "0 cases · 0 people · 0 reviews"


def test_no_welcome_in_the_demo(demo_window: MainWindow) -> None:
    assert not demo_window.dashboard.showing_welcome


def test_welcome_goes_once_there_is_a_case(make_window, empty_workspace) -> None:
    from app.services.dto import CaseInput

    window = make_window(empty_workspace)
    assert window.dashboard.showing_welcome
    empty_workspace.services.cases.create(
        CaseInput(reference="OWN-1", title="A. v. Kazakhstan", body="CCPR", state="KZ")
    )
    window.refresh()
    assert not window.dashboard.showing_welcome
    assert window.dashboard.total_cases.text() == "1"
