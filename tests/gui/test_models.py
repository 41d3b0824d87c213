"""Every item model against Qt's contract (QAbstractItemModelTester and pytest-qt's own)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.dto import CaseFilter, DocumentDTO
from views.dialogs.backup import BackupsModel
from views.qtmodels.cases_model import NEXT_DEADLINE_COLUMN, CaseTableModel
from views.qtmodels.deadlines_model import DeadlinesModel
from views.qtmodels.records import (
    AssessmentRow,
    AssessmentsModel,
    AuditModel,
    DocumentsModel,
    PeopleModel,
    PersonCase,
    PersonCasesModel,
    RecommendationsModel,
    ReviewsModel,
)
from views.qtmodels.search_model import SearchResultsModel


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
    assert not model.is_sortable(NEXT_DEADLINE_COLUMN)
    assert "cannot be sorted" in model.headerData(
        NEXT_DEADLINE_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
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
    model.set_items(demo_workspace.services.people.registry())
    assert model.rowCount() == 28
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.sort(5)


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


def test_person_cases_model(qtmodeltester, demo_workspace, force_py) -> None:
    model = PersonCasesModel()
    qtmodeltester.check(model, force_py=force_py)
    services = demo_workspace.services
    person = next(p for p in services.people.list("Gerasimov"))
    model.set_items([PersonCase(*row) for row in services.people.cases_of(person.id)])
    assert model.rowCount() == 1
    assert model.data(model.index(0, 2)) == "Author and victim"


def test_recommendations_and_assessments_models(qtmodeltester, demo_workspace, force_py) -> None:
    services = demo_workspace.services
    review = services.reviews.list()[0]
    recs = services.reviews.recommendations(review.id)
    model = RecommendationsModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_items(recs)
    model.sort(3, Qt.SortOrder.AscendingOrder)  # graded first, ungraded ("—") last
    grades = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert grades[:2] == ["C", "C"] and set(grades[2:]) == {"—"}
    model.sort(0, Qt.SortOrder.DescendingOrder)
    paragraphs = [int(model.data(model.index(r, 0))) for r in range(model.rowCount())]
    assert paragraphs == sorted(paragraphs, reverse=True)  # numbers, not text
    rec = next(r for r in recs if r.latest_grade is not None)
    assessments = AssessmentsModel()
    qtmodeltester.check(assessments, force_py=force_py)
    assessments.set_items(
        [AssessmentRow(a, ("KZ-1",)) for a in services.reviews.assessments(rec.id)]
    )
    assert assessments.rowCount() == 1
    assert assessments.data(assessments.index(0, 1), Qt.ItemDataRole.ToolTipRole) == (
        "C — not satisfactory"
    )


def test_audit_model(qtmodeltester, demo_workspace, force_py) -> None:
    model = AuditModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_items(demo_workspace.services.audit.recent(20))
    assert model.rowCount() == 20
    assert model.data(model.index(0, 0)).startswith("today ")


def test_search_results_model(qtmodeltester, demo_workspace, force_py) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_results(demo_workspace.services.search.search("kazakhstan", limit=2))
    # A heading, two cases; no person matches.
    assert model.rowCount() == 3
    assert model.data(model.index(0, 0)) == "Cases — 2 of 5; type more to narrow"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag(0)
    assert model.hit_rows() == [1, 2]
    model.set_results(None)
    assert model.rowCount() == 0


def test_backups_model(qtmodeltester, demo_workspace, force_py) -> None:
    model = BackupsModel()
    qtmodeltester.check(model, force_py=force_py)
    demo_workspace.backups.create()
    model.set_items(demo_workspace.backups.list())
    assert model.rowCount() >= 1
    assert model.data(model.index(0, 1)) == "Taken on request"


def test_list_models_keep_their_sort_when_reloaded(demo_workspace) -> None:
    model = ReviewsModel()
    model.sort(2, Qt.SortOrder.DescendingOrder)
    reviews = demo_workspace.services.reviews.list()
    model.set_items([*reviews, *reviews])
    assert model.rowCount() == 2
