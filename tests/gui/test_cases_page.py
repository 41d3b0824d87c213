"""The cases list: a lazy model over services.listing, sorted and filtered in SQL."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QMenu

from app.services.dto import CaseFilter
from app.vocab import Outcome, Stage
from views.main_window import MainWindow
from views.qtmodels.cases_model import COLUMNS, NEXT_DEADLINE_COLUMN, CaseTableModel

UZBEK = "Twenty-three Uzbek nationals v. Kazakhstan"


def column(title: str) -> int:
    return [c.title for c in COLUMNS].index(title)


def table_column(model, title: str) -> list[str]:
    col = column(title)
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def test_shows_the_five_demo_cases(demo_window: MainWindow) -> None:
    model = demo_window.cases.model
    assert model.rowCount() == 5
    assert model.columnCount() == 10
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(10)]
    assert headers == [
        "Reference",
        "Title",
        "Body",
        "State",
        "Symbol",
        "Stage",
        "Outcome",
        "Victims",
        "Lead lawyer",
        "Next deadline",
    ]
    titles = table_column(model, "Title")
    assert UZBEK in titles
    row = titles.index(UZBEK)
    assert model.data(model.index(row, column("Victims"))) == "23"
    assert model.data(model.index(row, column("Body"))) == "CAT"
    assert model.data(model.index(row, column("State"))) == "Kazakhstan"
    assert model.data(model.index(row, column("Stage"))) == Stage.PREPARATION.label
    assert model.data(model.index(row, column("Outcome"))) == Outcome.PENDING.label
    assert model.data(model.index(row, column("Next deadline")))  # the filing limit
    assert demo_window.cases.count_label.text() == "5 cases"


def test_vocabularies_are_shown_by_label(demo_window: MainWindow) -> None:
    model = demo_window.cases.model
    refs = table_column(model, "Reference")
    row = refs.index("KZ-CCPR-2137")
    assert model.data(model.index(row, column("Stage"))) == "Follow-up"
    assert model.data(model.index(row, column("Outcome"))) == "Violation"
    assert model.data(model.index(row, column("Symbol"))) == "CCPR/C/112/D/2137/2012"
    assert model.data(model.index(row, column("Symbol")), Qt.ItemDataRole.ToolTipRole) == (
        "Communication No. 2137/2012"
    )


def test_rows_start_sorted_by_reference(demo_window: MainWindow) -> None:
    refs = table_column(demo_window.cases.model, "Reference")
    assert refs == sorted(refs)
    header = demo_window.cases.table.horizontalHeader()
    assert header.sortIndicatorSection() == column("Reference")


def test_clicking_a_heading_sorts_in_sql(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.cases
    header = page.table.horizontalHeader()
    before = table_column(page.model, "Reference")
    with qtbot.waitSignal(page.model.modelReset):
        header.setSortIndicator(column("Victims"), Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == "victims"
    assert page.model.descending
    victims = [int(v) for v in table_column(page.model, "Victims")]
    assert victims == sorted(victims, reverse=True)
    assert victims[0] == 23
    assert table_column(page.model, "Reference") != before

    header.setSortIndicator(column("Title"), Qt.SortOrder.AscendingOrder)
    titles = table_column(page.model, "Title")
    assert titles == sorted(titles)
    header.setSortIndicator(column("Title"), Qt.SortOrder.DescendingOrder)
    assert table_column(page.model, "Title") == sorted(titles, reverse=True)


def test_sorting_by_stage_follows_the_procedure_not_the_alphabet(demo_window) -> None:
    model = demo_window.cases.model
    model.sort(column("Stage"), Qt.SortOrder.AscendingOrder)
    stages = table_column(model, "Stage")
    assert stages[0] == Stage.PREPARATION.label
    assert stages[-1] == Stage.FOLLOW_UP.label


def test_an_unsortable_column_keeps_the_current_order(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.cases
    header = page.table.horizontalHeader()
    header.setSortIndicator(column("Title"), Qt.SortOrder.DescendingOrder)
    before = table_column(page.model, "Title")
    header.setSortIndicator(NEXT_DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == column("Title")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert table_column(page.model, "Title") == before


def test_typing_in_the_filter_narrows_the_rows(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.cases
    qtbot.keyClicks(page.filter_edit, "uzbek")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert table_column(page.model, "Title") == [UZBEK]
    assert page.count_label.text() == "1 of 5 cases match “uzbek”"

    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "CAT/C/")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)  # at once, no pause
    assert page.model.rowCount() == 2
    assert set(table_column(page.model, "Reference")) == {"KZ-CAT-433", "KZ-CAT-441"}

    page.filter_edit.clear()
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 5
    assert page.count_label.text() == "5 cases"


def test_filter_that_matches_nothing(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.cases
    qtbot.keyClicks(page.filter_edit, "no such case")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 of 5 cases match “no such case”"


def test_filter_and_sort_combine(demo_window: MainWindow) -> None:
    model = demo_window.cases.model
    model.set_filter(CaseFilter(text="KZ-C"))
    model.sort(column("Reference"), Qt.SortOrder.DescendingOrder)
    refs = table_column(model, "Reference")
    assert refs == ["KZ-CCPR-2137", "KZ-CCPR-2129", "KZ-CAT-441", "KZ-CAT-433"]


def test_rows_are_fetched_a_page_at_a_time(demo_workspace) -> None:
    model = CaseTableModel(listing=demo_workspace.services.listing, page_size=2)
    model.reload()
    assert model.rowCount() == 5
    assert model.loaded_pages() == []  # ids only: no row read yet
    assert model.data(model.index(0, 0))
    assert model.loaded_pages() == [0]
    assert model.data(model.index(1, 0))
    assert model.loaded_pages() == [0]
    assert model.data(model.index(4, 0))
    assert model.loaded_pages() == [0, 2]
    model.sort(column("Title"))
    assert model.loaded_pages() == []  # a new query drops the cache


def test_a_case_deleted_since_the_query_is_shown_as_such(demo_workspace) -> None:
    services = demo_workspace.services
    model = CaseTableModel(listing=services.listing)
    model.reload()
    row = table_column(model, "Reference").index("KZ-CAT-441")
    model.reload()  # drop the cache; ids still include the case
    case = services.cases.get(model.case_id(row))
    services.cases.delete(case.id, expected_version=case.version)
    assert model.data(model.index(row, 0)) == "(no longer exists — press F5)"
    assert model.data(model.index(row, 1)) is None
    model.reload()
    assert model.rowCount() == 4


def test_overdue_next_deadline_is_red(demo_window: MainWindow, demo_workspace) -> None:
    model = demo_window.cases.model
    today = demo_workspace.services.listing.today()
    overdue = 0
    for row in range(model.rowCount()):
        case = model.row_data(row)
        colour = model.data(model.index(row, NEXT_DEADLINE_COLUMN), Qt.ItemDataRole.ForegroundRole)
        if case.next_deadline and case.next_deadline < today:
            overdue += 1
            assert colour is not None and colour.name() == "#b3261e"
        else:
            assert colour is None
    assert overdue >= 1


# ---------------------------------------------------------------- filters


def refs(page) -> list[str]:
    return [page.model.row_data(r).reference for r in range(page.model.rowCount())]


def choose(combo, key: str) -> None:
    index = combo.findData(key)
    assert index >= 0, (key, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def test_filter_choices_come_from_the_database(demo_window: MainWindow) -> None:
    page = demo_window.cases
    assert page.body_combo.itemText(0) == "All treaty bodies"
    assert page.body_combo.count() == 1 + 9  # every treaty body
    assert [page.state_combo.itemText(i) for i in range(page.state_combo.count())] == [
        "All States",
        "Kazakhstan",
    ]
    assert page.lawyer_combo.findData("Demo Counsel (ILI)") > 0
    assert page.tag_combo.findData("January 2022 events") > 0
    assert page.stage_combo.count() == 1 + len(Stage)
    assert page.outcome_combo.count() == 1 + len(Outcome)


def test_each_filter_narrows_the_list(demo_window: MainWindow) -> None:
    page = demo_window.cases
    choose(page.body_combo, "CCPR")
    assert refs(page) == ["KZ-CCPR-2129", "KZ-CCPR-2137"]
    assert page.count_label.text() == "2 of 5 cases match the filter"
    assert page.clear_button.isEnabled()
    page.clear_filters()
    choose(page.outcome_combo, Outcome.PENDING.value)
    assert refs(page) == ["ILI-2022-UZ23"]
    page.clear_filters()
    choose(page.tag_combo, "January 2022 events")
    assert refs(page) == ["ILI-2022-UZ23"]
    page.clear_filters()
    choose(page.lawyer_combo, "Demo Counsel (ILI)")
    assert len(refs(page)) >= 1
    page.clear_filters()
    choose(page.state_combo, "KZ")
    assert len(refs(page)) == 5
    page.overdue_check.setChecked(True)
    assert refs(page) == ["KZ-CAT-433", "KZ-CAT-441", "KZ-CCPR-2129"]
    choose(page.body_combo, "CAT")  # filters combine
    assert refs(page) == ["KZ-CAT-433", "KZ-CAT-441"]
    page.clear_button.click()
    assert refs(page) == sorted(refs(page)) and len(refs(page)) == 5
    assert not page.overdue_check.isChecked()
    assert page.body_combo.currentIndex() == 0
    assert page.count_label.text() == "5 cases"
    assert not page.clear_button.isEnabled()


def test_set_filter_shows_it_in_the_widgets(demo_window: MainWindow) -> None:
    page = demo_window.cases
    page.set_filter(CaseFilter(text="gerasimov", body="CAT", stage=Stage.FOLLOW_UP))
    assert page.filter_edit.text() == "gerasimov"
    assert page.body_combo.value() == "CAT"
    assert page.stage_combo.value() == Stage.FOLLOW_UP.value
    assert refs(page) == ["KZ-CAT-433"]
    assert page.current_filter() == page.model.case_filter


def test_a_case_hidden_by_the_filter_is_shown_when_opened(demo_window: MainWindow) -> None:
    page = demo_window.cases
    choose(page.body_combo, "CCPR")
    case_id = demo_window._services.cases.get_by_reference("KZ-CAT-433").id
    demo_window.open_case(case_id)
    assert page.model.case_filter.is_empty
    assert page.model.case_id(page.table.currentIndex().row()) == case_id


def test_enter_on_a_row_opens_the_case(qtbot, make_window, demo_workspace) -> None:
    opened: list[int | None] = []
    window = make_window(demo_workspace, case_opener=opened.append)
    window.show()
    qtbot.waitExposed(window)
    window.go_to(1)
    page = window.cases
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.case_id(2)]


# ---------------------------------------------------------------- columns


def test_column_chooser_hides_and_shows_columns(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.cases
    assert "Lead lawyer" not in page.visible_columns()  # hidden until chosen
    menu = QMenu()
    page._fill_columns_menu(menu)
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == [c.title for c in COLUMNS]
    assert not actions["Reference"].isEnabled()  # the reference always stays
    assert actions["Lead lawyer"].isChecked() is False
    actions["Lead lawyer"].setChecked(True)
    actions["Symbol"].setChecked(False)
    assert "Lead lawyer" in page.visible_columns()
    assert "Symbol" not in page.visible_columns()
    page.set_column_visible(0, False)
    assert "Reference" in page.visible_columns()
    # The button offers the same menu, from the keyboard.
    page.columns_menu.aboutToShow.emit()
    assert [a.text() for a in page.columns_menu.actions()] == [c.title for c in COLUMNS]


def test_header_context_menu_is_the_column_chooser(demo_window: MainWindow) -> None:
    page = demo_window.cases
    header = page.table.horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert header.receivers(SIGNAL("customContextMenuRequested(QPoint)")) == 1
    menu = page.column_menu()
    assert [a.text() for a in menu.actions()] == [c.title for c in COLUMNS]
    assert all(a.isCheckable() for a in menu.actions())


def test_widths_order_hidden_columns_and_sort_are_remembered(
    qtbot, make_window, demo_workspace
) -> None:
    window = make_window(demo_workspace)
    page = window.cases
    header = page.table.horizontalHeader()
    header.resizeSection(column("Reference"), 222)
    page.set_column_visible(column("Lead lawyer"), True)
    page.set_column_visible(column("State"), False)
    header.moveSection(header.visualIndex(column("Victims")), 1)
    header.setSortIndicator(column("Victims"), Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == "victims"
    window.close()

    again = make_window(demo_workspace)
    page = again.cases
    header = page.table.horizontalHeader()
    assert header.sectionSize(column("Reference")) == 222
    assert "Lead lawyer" in page.visible_columns()
    assert "State" not in page.visible_columns()
    assert header.visualIndex(column("Victims")) == 1
    assert header.sortIndicatorSection() == column("Victims")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.sort_key == "victims" and page.model.descending
    assert table_column(page.model, "Victims")[0] == "23"


def test_people_and_reviews_headers_are_remembered(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    people = window.people.table.horizontalHeader()
    people.setSortIndicator(3, Qt.SortOrder.DescendingOrder)  # nationality
    window.reviews.table.horizontalHeader().resizeSection(0, 99)
    window.dashboard.top_splitter.setSizes([500, 500])
    sizes = window.dashboard.top_splitter.sizes()
    window.close()
    again = make_window(demo_workspace)
    header = again.people.table.horizontalHeader()
    assert header.sortIndicatorSection() == 3
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    nationalities = [r.person.nationality_name for r in again.people.model.items()]
    assert nationalities == sorted(nationalities, reverse=True)
    assert again.reviews.table.horizontalHeader().sectionSize(0) == 99
    assert again.dashboard.top_splitter.sizes() == sizes
