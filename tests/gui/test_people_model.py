"""The lazy people registry: Qt's model contract, nothing read until the page is shown,
then only the ids and the rows on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.dto import PeopleFilter, PersonInput
from app.vocab import Sex
from views.main_window import MainWindow
from views.qtmodels.people_model import PeopleTableModel


def test_people_model_passes_the_model_tester(qtmodeltester, demo_workspace) -> None:
    model = PeopleTableModel(listing=demo_workspace.services.listing.people, page_size=7)
    model.reload()
    assert model.rowCount() == 28
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter(PeopleFilter(text="qqqzzz"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_load_a_page_at_a_time(demo_workspace) -> None:
    model = PeopleTableModel(listing=demo_workspace.services.listing.people, page_size=10)
    assert not model.loaded and model.rowCount() == 0
    model.reload()
    assert model.loaded_pages() == []
    assert model.data(model.index(25, 0))
    assert model.loaded_pages() == [2]
    names = [r.person.full_name for r in model.items()]
    assert len(names) == 28 and model.loaded_pages() == [0, 1, 2]
    assert model.row_of(model.person_id(12)) == 12
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Full name"
    tip = model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Cannot be sorted"
    assert not model.is_sortable(4) and model.is_sortable(0)


def test_the_page_reads_nothing_until_shown_then_one_page(
    qtbot, make_window, demo_workspace
) -> None:
    people = demo_workspace.services.people
    for i in range(450):
        people.create(PersonInput(full_name=f"Person {i:03}", sex=Sex.UNKNOWN))
    window: MainWindow = make_window(demo_workspace)
    page = window.people
    assert not page._model.loaded  # the window was built and refreshed: nothing read
    window.show()
    qtbot.waitExposed(window)
    assert not page._model.loaded  # the dashboard is shown, not the registry
    window.go_to(2)
    qtbot.waitUntil(lambda: page._model.loaded)
    qtbot.wait(50)  # the view paints the rows on screen
    assert page._model.rowCount() == 478
    assert page._model.loaded_pages() == [0]  # only the rows on screen were read
    assert page.count_label.text() == "478 people"


def test_sorting_by_a_column_the_sql_cannot_sort_keeps_the_order(
    qtbot, demo_window: MainWindow
) -> None:
    page = demo_window.people
    before = [r.person.id for r in page.model.items()]
    page.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)  # Cases
    assert page.table.horizontalHeader().sortIndicatorSection() == 0
    assert [r.person.id for r in page.model.items()] == before
