"""The implementation grid of a case with many victims, over a real migrated database.

A case of 1,200 victims × 3 individual remedies: the grid opens on a lazy matrix (victims'
and cells' DTOs built only for what is shown), keeps Qt's model contract, gives the right
totals and statuses, selects a whole column without building every victim, and a bulk
status through the dialog writes every cell (one set-based statement per remedy).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool

from app.services.dto import LazyCells, LazyRows, RemedyInput, StatusInput
from app.vocab import ImplementationStatus, RemedyKind, RemedyScope
from tests.unit.factories import make_case
from views.case_editor import CaseEditorWindow
from views.case_editor.editor import CaseEditor
from views.case_editor.implementation import BulkStatusDialog

VICTIMS = 1_200


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


@pytest.fixture
def big_case(empty_workspace) -> tuple[int, list[int], list[int]]:
    """1,200 victims; compensation paid to the first 100, investigation unknown for all."""
    services = empty_workspace.services
    case_id, people = make_case(
        empty_workspace.session_factory, reference="KZ-BIG", victims=VICTIMS
    )
    remedies = services.remedies
    ids = [
        remedies.add(case_id, RemedyInput(kind=kind, scope=RemedyScope.INDIVIDUAL)).id
        for kind in (RemedyKind.COMPENSATION, RemedyKind.INVESTIGATION, RemedyKind.REHABILITATION)
    ]
    remedies.bulk_set(
        ids[0],
        people[:100],
        StatusInput(ImplementationStatus.FULLY, amount=1000, currency="KZT"),
    )
    remedies.bulk_set(ids[0], people[100:], StatusInput(ImplementationStatus.NOT_IMPLEMENTED))
    remedies.bulk_set(ids[2], people[::2], StatusInput(ImplementationStatus.PARTIALLY))
    return case_id, people, ids


def open_editor(qtbot, services, case_id: int) -> CaseEditor:
    window = CaseEditorWindow(services=services, case_id=case_id)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.editor.loading, timeout=30_000)
    window._closing = True  # teardown closes without the unsaved-changes prompt
    return window.editor


def test_big_grid_is_lazy_and_right(qtbot, qtmodeltester, empty_workspace, big_case) -> None:
    case_id, people, (comp, inv, rehab) = big_case
    editor = open_editor(qtbot, empty_workspace.services, case_id)
    tab = editor.implementation
    editor.show_tab(tab)
    tab.view.viewport().repaint()
    model = tab.model
    matrix = model.matrix
    assert matrix is not None
    assert isinstance(matrix.victims, LazyRows) and isinstance(matrix.cells, LazyCells)
    assert model.rowCount() == VICTIMS and model.columnCount() == 4
    assert model.victim_ids == tuple(people)
    # Only what was shown (and the header's first names) got a DTO.
    built_victims = sum(item is not None for item in matrix.victims._built)
    assert 0 < built_victims <= 400
    assert len(matrix.cells._built) < 400

    assert tab.totals_labels[comp].text() == (
        "Compensation: 100 of 1200 fully · 1100 not implemented · 100,000 KZT paid"
    )
    assert tab.totals_labels[inv].text() == (
        "Effective investigation: 0 of 1200 fully · 1200 unknown"
    )
    assert "600 partially" in tab.totals_labels[rehab].text()
    assert model.data(model.index(0, 0)) == "✓ Fully · 1,000 KZT"
    assert model.data(model.index(VICTIMS - 1, 0)) == "✗ Not implemented"
    assert model.data(model.index(VICTIMS - 1, 1)) == "? Unknown"
    assert model.data(model.index(2, 2)) == "◐ Partially"
    assert model.data(model.index(0, 3)) == "1 of 3 fully"
    status = model.data(model.index(1, 2), Qt.ItemDataRole.UserRole)
    assert status == ImplementationStatus.UNKNOWN.value
    assert model.headerData(VICTIMS - 1, Qt.Orientation.Vertical) == matrix.victims[-1].full_name
    assert model.cell_at(model.index(5, 1)) == (inv, people[5])
    assert model.index_of((rehab, people[7])) == model.index(7, 2)
    qtmodeltester.check(model, force_py=True)

    # A whole column selected: 1,200 cells, read from the selection's range.
    tab.view.selectColumn(1)
    cells = tab.selected_cells()
    assert len(cells) == VICTIMS and cells[0] == (inv, people[0])
    assert "1200 cells selected" in tab.selection_label.text()


def test_bulk_status_on_a_big_column_through_the_dialog(qtbot, empty_workspace, big_case) -> None:
    case_id, people, (_comp, inv, _rehab) = big_case
    services = empty_workspace.services
    editor = open_editor(qtbot, services, case_id)
    tab = editor.implementation
    editor.show_tab(tab)
    tab.select_cells([(inv, p) for p in people])
    tab.open_bulk_dialog()
    dialog = tab.dialog
    assert isinstance(dialog, BulkStatusDialog)
    dialog.status.set_raw(ImplementationStatus.PARTIALLY)
    dialog.submit()
    qtbot.waitUntil(lambda: not tab.busy and not editor.loading, timeout=30_000)
    assert "Status set for 1200 cells" in editor.message_bar.text()
    assert tab.totals_labels[inv].text() == (
        "Effective investigation: 0 of 1200 fully · 1200 partially"
    )
    stored = services.remedies.matrix(case_id)
    assert all(stored.status_of(inv, p) is ImplementationStatus.PARTIALLY for p in people)
    assert tab.model.data(tab.model.index(VICTIMS - 1, 1)) == "◐ Partially"
