"""Screenshots of the case editor over the demo portfolio, checked for clipped text.

The pictures are written to the test's temporary folder; with TREATYDESK_SCREENSHOTS=1 they
also replace docs/screenshots/case_implementation.png and case_overview.png:

    TREATYDESK_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen pytest tests/gui/test_case_editor_screens.py
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from views.case_editor import CaseEditorWindow

SIZE = (1280, 800)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


def clipped(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.width() + 1 < widget.sizeHint().width():
                found.append(
                    f"label “{widget.text()[:60]}” ({widget.width()} < {widget.sizeHint().width()})"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() + 1 < widget.minimumSizeHint().width()
        ):
            found.append(f"button “{widget.text()}”")
    return found


def shoot(qtbot, services, reference: str, tab_name: str, file_name: str, tmp_path: Path):
    case = services.cases.get_by_reference(reference)
    window = CaseEditorWindow(services=services, case_id=case.id)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.editor.loading, timeout=20_000)
    tab = getattr(window.editor, tab_name)
    window.editor.show_tab(tab)
    qtbot.wait(200)
    picture = window.grab()
    assert (picture.width(), picture.height()) == SIZE
    picture.save(str(tmp_path / file_name))
    if os.environ.get("TREATYDESK_SCREENSHOTS"):
        DOCS.mkdir(parents=True, exist_ok=True)
        picture.save(str(DOCS / file_name))
    return window, tab


def test_implementation_of_the_23_victim_case(qtbot, demo_workspace, tmp_path) -> None:
    window, tab = shoot(
        qtbot,
        demo_workspace.services,
        "ILI-2022-UZ23",
        "implementation",
        "case_implementation.png",
        tmp_path,
    )
    assert tab.model.rowCount() == 23
    assert clipped(window) == []
    window._closing = True


def test_overview_of_toregozhina(qtbot, demo_workspace, tmp_path) -> None:
    window, tab = shoot(
        qtbot, demo_workspace.services, "KZ-CCPR-2137", "overview", "case_overview.png", tmp_path
    )
    assert tab.case_title.widget.text() == "Toregozhina v. Kazakhstan"
    assert clipped(window) == []
    window._closing = True
