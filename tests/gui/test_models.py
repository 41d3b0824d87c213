"""Every item model against Qt's contract (QAbstractItemModelTester and pytest-qt's own)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.dto import CaseFilter, DocumentDTO
from views.qtmodels.cases_model import CaseTableModel
from views.qtmodels.deadlines_model import DeadlinesModel
from views.qtmodels.records import DocumentsModel, PeopleModel, ReviewsModel


@pytest.fixture(params=[False, True], ids=["qt-tester", "python-tester"])
def force_py(request) -> bool:
    return request.param


def test_case_table_model(qtmodeltester, demo_workspace, force_py) -> None:
    model = CaseTableModel(listing=demo_workspace.services.listing, page_size=2)
    model.reload()
    qtmodeltester.check(model, force_py=force_py)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter(CaseFilter(text="Kazakhstan"))
    model.set_filter(CaseFilter(text="nothing matches this"))
    assert model.rowCount() == 0
    model.set_filter(CaseFilter())
    assert model.rowCount() == 5


def test_case_model_edges(demo_workspace) -> None:
    model = CaseTableModel(listing=demo_workspace.services.listing)
    model.reload()
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.data(QModelIndex()) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    assert not model.is_sortable(8)
    assert "cannot be sorted" in model.headerData(
        8, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    with pytest.raises(ValueError, match="page_size"):
        CaseTableModel(listing=demo_workspace.services.listing, page_size=0)


def test_deadlines_model(qtmodeltester, demo_workspace, force_py) -> None:
    model = DeadlinesModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_items(demo_workspace.services.deadlines.upcoming())
    assert model.rowCount() > 0
    model.set_items([])


def test_people_model(qtmodeltester, demo_workspace, force_py) -> None:
    model = PeopleModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_items(demo_workspace.services.people.list())
    assert model.rowCount() == 28


def test_reviews_model(qtmodeltester, demo_workspace, force_py) -> None:
    model = ReviewsModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_items(demo_workspace.services.reviews.list())
    assert model.rowCount() == 1


def test_documents_model(qtmodeltester, force_py) -> None:
    model = DocumentsModel()
    qtmodeltester.check(model, force_py=force_py)
    doc = DocumentDTO(
        id=1,
        kind="followup_letter",
        title="Follow-up letter",
        case_id=1,
        review_id=None,
        path="documents/letter.docx",
        sha256="0" * 64,
        size=100,
        created_by="Demo Counsel",
        created_at=datetime(2026, 11, 22, 10, 0),
        language="en",
        redacted=True,
    )
    model.set_items([doc])
    assert model.data(model.index(0, 4)) == "22 Nov 2026"
    assert model.data(model.index(0, 3)) == "Yes"
