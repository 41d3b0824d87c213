"""The cases list over 50,000 cases: it opens and scrolls reading only the rows on screen."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.config import Paths, sqlite_url
from app.context import open_workspace
from app.db import make_engine
from app.migrate import upgrade
from app.services.dto import CaseFilter
from tests.gui.big_portfolio import BIG, fill
from views.pages.cases import CasesPage
from views.qtmodels.cases_model import PAGE_SIZE, SORT_COLUMN


@pytest.fixture(scope="module")
def big_template(tmp_path_factory) -> Path:
    """A migrated database with 50,000 cases, built once for the module."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    fill(engine, BIG)
    engine.dispose()
    return path


@pytest.fixture
def big_workspace(big_template: Path, tmp_path: Path, paths: Paths, clock):
    path = tmp_path / "big.sqlite"
    shutil.copy(big_template, path)
    workspace = open_workspace(sqlite_url(path), paths, clock=clock)
    yield workspace
    workspace.close()


class CountingListing:
    """The real listing service, counting the rows it is asked for."""

    def __init__(self, listing) -> None:
        self._listing = listing
        self.calls: list[int] = []

    def rows(self, ids):
        self.calls.append(len(ids))
        return self._listing.rows(ids)

    def __getattr__(self, name: str):
        return getattr(self._listing, name)


def test_fifty_thousand_cases_open_and_scroll_reading_only_visible_rows(
    qtbot, big_workspace
) -> None:
    services = big_workspace.services
    listing = CountingListing(services.listing)
    started = time.perf_counter()
    page = CasesPage(listing=listing, reference=services.reference, cases=services.cases)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    opened = time.perf_counter() - started
    model = page.model
    assert model.rowCount() == BIG
    assert page.count_label.text() == "50000 cases"
    # Opening read one page of rows (the first screen), not 50,000.
    assert listing.calls == [PAGE_SIZE]
    assert model.loaded_pages() == [0]

    page.table.scrollToBottom()
    qtbot.wait(50)
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum() // 2)
    qtbot.wait(50)
    # The last screen and the middle one: a page or two each, never the whole list.
    assert sum(listing.calls) <= 5 * PAGE_SIZE
    assert len(model.loaded_pages()) <= 5
    last = model.row_data(BIG - 1)
    assert last is not None and last.reference == "BIG-050000"
    assert opened < 10, f"the cases list took {opened:.1f} s to open"


def test_sorting_fifty_thousand_cases_is_a_query_not_a_load(qtbot, big_workspace) -> None:
    services = big_workspace.services
    listing = CountingListing(services.listing)
    page = CasesPage(listing=listing, reference=services.reference, cases=services.cases)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    listing.calls.clear()
    header = page.table.horizontalHeader()
    header.setSortIndicator(SORT_COLUMN["reference"], Qt.SortOrder.DescendingOrder)
    qtbot.wait(50)
    assert page.model.row_data(0).reference == "BIG-050000"
    assert sum(listing.calls) <= 2 * PAGE_SIZE
    header.setSortIndicator(SORT_COLUMN["victims"], Qt.SortOrder.DescendingOrder)
    qtbot.wait(50)
    assert page.model.row_data(0).victims == 1
    assert sum(listing.calls) <= 4 * PAGE_SIZE


def test_filters_over_fifty_thousand_cases(qtbot, big_workspace) -> None:
    services = big_workspace.services
    page = CasesPage(listing=services.listing, reference=services.reference, cases=services.cases)
    qtbot.addWidget(page)
    page.refresh()
    page.set_filter(CaseFilter(text="BIG-04999"))
    assert page.model.rowCount() == 10  # BIG-049990 … BIG-049999
    page.set_filter(CaseFilter(text="фёдорова"))  # Cyrillic, folded in Python
    expected = page.model.rowCount()
    assert 0 < expected < BIG
    page.set_filter(CaseFilter(text="ФЁДОРОВА"))
    assert page.model.rowCount() == expected
    page.set_filter(CaseFilter(overdue=True))
    today = services.listing.today()
    overdue = {
        case_id for case_id, d in services.deadlines.next_by_case().items() if d.due_date < today
    }
    assert page.model.rowCount() == len(overdue) > 0
    assert {page.model.case_id(r) for r in range(page.model.rowCount())} == overdue
