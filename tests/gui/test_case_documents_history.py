"""The case editor's Documents tab (attach a file, open it through a private copy, verify it)
and History tab (changes to the whole case: parties, remedies, implementation…), on the
demo portfolio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from app.crypto import DocumentCipher, DocumentStore, is_encrypted_file
from app.services.dto import PartyInput, StatusInput
from app.vocab import ImplementationStatus
from views.case_editor import CaseEditorWindow
from views.case_editor.editor import CaseEditor
from views.case_editor.history import changes_text, record_text

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    extend=True,
)

UZ23 = "ILI-2022-UZ23"


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


@pytest.fixture
def services(demo_workspace):
    return demo_workspace.services


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def editor(qtbot, services, opened: list[Path]) -> Iterator[CaseEditor]:
    case = services.cases.get_by_reference(UZ23)
    window = CaseEditorWindow(services=services, case_id=case.id)
    qtbot.addWidget(window)
    window.editor.documents.open_url = lambda url: opened.append(Path(url.toLocalFile())) or True
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.editor.loading, timeout=20_000)
    yield window.editor
    window.close_without_saving()


def wait_loaded(qtbot, editor: CaseEditor) -> None:
    qtbot.waitUntil(lambda: not editor.loading, timeout=20_000)


def test_attach_a_file_then_open_and_verify_it(qtbot, services, editor, opened, tmp_path):
    # An encrypted documents folder, as with a protected database.
    store = DocumentStore(tmp_path / "documents", DocumentCipher("a long passphrase"))
    services.documents.use_store(store)
    source = tmp_path / "Письмо МИД.txt"
    source.write_text("Ответ государства-участника.", encoding="utf-8")
    tab = editor.documents
    editor.show_tab(tab)
    before = tab.model.rowCount()
    chosen: list[bool] = []

    def choose(_parent):
        chosen.append(True)
        return source

    tab.choose = choose
    assert tab.add_button.isEnabled()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.attach_dialog
    assert chosen and dialog is not None and dialog.isVisible()
    assert dialog.title.text() == "Письмо МИД"
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "State party's reply of 3 March 2025")
    dialog.kind.setCurrentIndex(dialog.kind.findData("correspondence"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    wait_loaded(qtbot, editor)
    assert "was attached" in editor.message_bar.text()

    row = next(
        r
        for r in range(tab.model.rowCount())
        if tab.model.item(r).title == "State party's reply of 3 March 2025"
    )
    document = tab.model.item(row)
    assert document.kind == "correspondence"
    assert is_encrypted_file(store.path_of(document.path))
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is intact" in tab.result.text())

    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens, like the Open button
    qtbot.waitUntil(lambda: bool(opened))
    copy = opened[0]
    assert copy.read_text(encoding="utf-8") == "Ответ государства-участника."
    assert not copy.is_relative_to(store.root)  # a private copy, never the stored file

    store.path_of(document.path).unlink()
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is missing" in tab.problem.text())
    store.clear_temp()
    assert not copy.exists()


def test_an_empty_file_is_refused_and_nothing_is_attached(qtbot, services, editor, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    tab = editor.documents
    before = tab.model.rowCount()
    dialog = tab.add_file(empty)
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is empty" in tab.problem.text())
    assert "The file was not attached" in tab.problem.text()
    assert len(services.documents.list(case_id=editor.case_id)) == before
    # Cancelling the file dialog does nothing.
    tab.choose = lambda _parent: None
    tab.attach_dialog = None
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.attach_dialog is None


def test_a_title_is_required(qtbot, editor, tmp_path):
    source = tmp_path / "x.txt"
    source.write_text("x")
    dialog = editor.documents.add_file(source)
    assert dialog is not None
    dialog.title.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "title" in dialog.problem.text()
    dialog.reject()


def test_opening_a_missing_document_says_so(qtbot, services, editor, opened, tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("A note.")
    document = services.documents.attach(editor.case_id, source)
    editor.after_change()
    wait_loaded(qtbot, editor)
    tab = editor.documents
    services.documents.store.path_of(document.path).unlink()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.item(r).id == document.id)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be opened" in tab.problem.text())
    assert "missing" in tab.problem.text() and opened == []


def test_history_shows_changes_to_the_whole_case(qtbot, services, editor):
    case_id = editor.case_id
    remedy = next(r for r in services.remedies.remedies(case_id) if r.scope.value == "individual")
    victim = services.cases.victims(case_id)[0]
    current = services.remedies.status(remedy.id, victim.id)
    services.remedies.set_status(
        remedy.id,
        victim.id,
        StatusInput(ImplementationStatus.PARTIALLY, evidence="Receipt of 3 March 2025"),
        expected_version=current.version if current else None,
    )
    party = next(p for p in services.cases.parties(case_id) if p.person.id == victim.id)
    services.cases.update_party(
        party.id,
        PartyInput(victim.id, party.role, notes="Lives in Tashkent now."),
        expected_version=party.version,
    )
    editor.after_change()
    wait_loaded(qtbot, editor)
    tab = editor.history
    editor.show_tab(tab)
    qtbot.waitUntil(lambda: not tab.reading and tab.model.rowCount() > 0)
    model = tab.model
    records = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert records[0] == f"Party: {party.role.label} — {victim.full_name}"
    assert records[1].startswith("Implementation: ") and records[1].endswith(victim.full_name)
    assert model.data(model.index(1, 3)).startswith("Changed: Status")
    tab.table.selectRow(1)
    detail = tab.detail.toPlainText()
    assert "Evidence: " in detail and "→ “Receipt of 3 March 2025”" in detail
    assert "→ Partially implemented" in detail
    assert tab.count.text().endswith("recorded.")
    # Every row of the demo history describes its record (no bare table names).
    assert all(text and "_" not in text.split(":")[0] for text in records)
    assert changes_text(model.item(0)).startswith(record_text(model.item(0)))
