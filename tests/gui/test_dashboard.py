"""The dashboard: what is due, the portfolio by stage, and the welcome on an empty database."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.services.dto import CaseInput, PersonInput
from app.vocab import DeadlineState, Stage
from views.main_window import MainWindow
from views.qtmodels.deadlines_model import (
    COLUMNS,
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
    what_text,
    when_text,
)


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
    # What is due comes from the rule (a vocabulary member, translated); the service's
    # English sentence with the period stays in the tooltip.
    assert rows[0]["What"] == what_text(first) == first.rule.label
    tip = model.data(model.index(0, list(rows[0]).index("What")), Qt.ItemDataRole.ToolTipRole)
    assert first.title in tip
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
    values = page.stage_chart.values()
    assert list(values) == [stage.label for stage in Stage]
    assert values[Stage.PREPARATION.label] == 1
    assert values[Stage.FOLLOW_UP.label] == 4
    assert values[Stage.CLOSED.label] == 0
    assert page.total_cases == 5
    assert page.stage_chart.chart().title() == "Cases by stage: 5"


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
    window = make_window(empty_workspace)
    assert window.dashboard.showing_welcome
    empty_workspace.services.cases.create(
        CaseInput(reference="OWN-1", title="A. v. Kazakhstan", body="CCPR", state="KZ")
    )
    window.refresh()
    assert not window.dashboard.showing_welcome
    assert window.dashboard.total_cases == 1


# ---------------------------------------------------------------- charts


def test_implementation_charts_show_the_demo_figures(demo_window: MainWindow) -> None:
    page = demo_window.dashboard
    # Victims of cases with a compensation remedy: the 23 of the Uzbek case and the four
    # authors of the decided cases.
    assert page.victim_chart.values() == {
        "Compensated": 3,
        "Partially": 2,
        "Not compensated": 22,
        "Unknown": 0,
    }
    assert page.victim_chart.chart().title() == "Victims compensated: 3 of 27"
    # Remedies of the four decisions finding a violation.
    assert page.remedy_chart.values() == {
        "Fully": 0,
        "Partially": 4,
        "Not implemented": 6,
        "Unknown": 0,
    }
    assert page.remedy_chart.chart().title() == "Implementation of 10 remedies"
    assert "4 decisions finding a violation" in page.remedy_chart.toolTip()
    # The numbers are also in words, for screen readers.
    assert "Compensated: 3" in page.victim_chart.accessibleDescription()


def test_chart_series_hold_the_numbers(demo_window: MainWindow) -> None:
    chart = demo_window.dashboard.victim_chart.chart()
    (series,) = chart.series()
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}
    # Drawn bottom-up: "Unknown" first, "Compensated" last; each set fills its own row.
    assert sets == {
        "Unknown": [0, 0, 0, 0],
        "Not compensated": [0, 22, 0, 0],
        "Partially": [0, 0, 2, 0],
        "Compensated": [0, 0, 0, 3],
    }
    body = demo_window.dashboard.body_chart
    assert body.values() == {"CAT": 3, "CCPR": 2}
    (bars,) = body.chart().series()
    (cases,) = bars.barSets()
    assert [cases.at(i) for i in range(cases.count())] == [2, 3]  # CCPR drawn below CAT


def test_clicking_a_bar_lists_those_cases(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.dashboard
    page.stage_chart.click_bar(Stage.FOLLOW_UP.label)
    assert demo_window.current_page_name() == "Cases"
    cases = demo_window.cases
    assert cases.model.case_filter.stage is Stage.FOLLOW_UP
    assert cases.stage_combo.currentText() == Stage.FOLLOW_UP.label
    assert cases.model.rowCount() == 4
    assert cases.count_label.text() == "4 of 5 cases match the filter"

    demo_window.go_to(0)
    page.body_chart.click_bar("CAT")
    assert demo_window.current_page_name() == "Cases"
    assert cases.model.case_filter.body == "CAT"
    assert cases.model.case_filter.stage is None  # a click replaces the filter
    refs = {cases.model.row_data(r).reference for r in range(cases.model.rowCount())}
    assert refs == {"ILI-2022-UZ23", "KZ-CAT-433", "KZ-CAT-441"}


def test_a_click_on_the_series_filters_too(demo_window: MainWindow) -> None:
    """The QBarSet's own clicked signal (what the mouse sends), index counted bottom-up."""
    (series,) = demo_window.dashboard.stage_chart.chart().series()
    (bars,) = series.barSets()
    bars.clicked.emit(len(Stage) - 1)  # the bottom bar: the first stage, Preparation
    assert demo_window.cases.model.case_filter.stage is Stage.PREPARATION
    assert demo_window.cases.model.rowCount() == 1


def test_overdue_button_lists_the_cases_with_an_overdue_deadline(demo_window) -> None:
    demo_window.dashboard.show_overdue.click()
    cases = demo_window.cases
    assert cases.overdue_check.isChecked()
    refs = {cases.model.row_data(r).reference for r in range(cases.model.rowCount())}
    assert refs == {"KZ-CAT-433", "KZ-CAT-441", "KZ-CCPR-2129"}


def test_a_deadline_opens_its_case_or_review(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.dashboard
    model = page.model
    case_row = next(r for r in range(model.rowCount()) if model.item(r).case_id is not None)
    page.table.setCurrentIndex(model.index(case_row, 0))
    page.table.activated.emit(model.index(case_row, 0))
    assert demo_window.current_page_name() == "Cases"
    selected = demo_window.cases.table.currentIndex().row()
    assert demo_window.cases.model.case_id(selected) == model.item(case_row).case_id

    review_row = next(r for r in range(model.rowCount()) if model.item(r).review_id is not None)
    page.table.setCurrentIndex(model.index(review_row, 0))
    page.table.activated.emit(model.index(review_row, 0))
    review_id = model.item(review_row).review_id
    editor = demo_window.editors[("review", review_id)]
    assert editor.co_symbol.widget.text() == "CCPR/C/KAZ/CO/3"
    editor.close()


def test_recent_changes_list_the_audit_trail(demo_window: MainWindow, demo_workspace) -> None:
    page = demo_window.dashboard
    assert page.recent.isVisibleTo(page)
    model = page.recent_model
    assert model.rowCount() > 0
    summaries = [model.item(r).summary for r in range(model.rowCount())]
    assert not any("assessment_cases" in s for s in summaries)  # link tables left out
    person = demo_workspace.services.people.create(PersonInput(full_name="Newest Person"))
    demo_window.refresh()
    newest = model.item(0)
    assert newest.table_name == "people" and newest.record_id == person.id
    page.recent_table.setCurrentIndex(model.index(0, 0))
    page.recent_table.activated.emit(model.index(0, 0))
    editor = demo_window.editors[("person", person.id)]
    assert editor.full_name.widget.text() == "Newest Person"
    editor.close()


def test_no_recent_changes_panel_without_the_audit_service(qtbot, demo_workspace) -> None:
    services = replace(demo_workspace.services, audit=None)
    window = MainWindow(services=services, database_label="x", is_demo=True, data_folder=None)
    qtbot.addWidget(window)
    assert not window.dashboard.recent.isVisibleTo(window.dashboard)
