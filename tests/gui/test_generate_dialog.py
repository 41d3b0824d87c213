"""The Generate… dialog and Print status summary, over the demo portfolio.

Nothing here launches a viewer: the dialog's `open_url` and the "Save a copy" chooser are
replaced by recorders.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtWidgets import QWidget

from app.config import Paths
from app.context import Workspace
from app.documents.registry import BUILTIN_DIR
from app.services.dto import CaseFilter
from views.dialogs.generate import GenerateDialog, print_status_summary

CASE_REF = "KZ-CCPR-2137"


class Opener:
    """Stands in for QDesktopServices.openUrl: records the URLs instead of opening them."""

    def __init__(self, result: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.result = result

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.result

    @property
    def paths(self) -> list[Path]:
        return [Path(u.toLocalFile()) for u in self.urls]


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture(autouse=True)
def _drain_pool() -> object:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def make_dialog(qtbot, workspace: Workspace, opener: Opener, **kwargs: object) -> GenerateDialog:
    dialog = GenerateDialog(services=workspace.services, open_url=opener, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def wait_preview(qtbot, dialog: GenerateDialog) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.preview_job is None, timeout=10_000)


def wait_done(qtbot, dialog: GenerateDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)


def case_id(workspace: Workspace, reference: str = CASE_REF) -> int:
    return workspace.services.cases.get_by_reference(reference).id


def review_id(workspace: Workspace) -> int:
    return next(r.id for r in workspace.services.reviews.list() if r.co_symbol == "CCPR/C/KAZ/CO/3")


def managed_files(paths: Paths) -> list[Path]:
    return sorted(p for p in paths.documents.rglob("*") if p.is_file())


def test_generates_a_followup_letter_and_registers_it(
    qtbot, demo_workspace: Workspace, opener: Opener, tmp_path: Path
) -> None:
    cid = case_id(demo_workspace)
    documents = demo_workspace.services.documents
    before = documents.list(case_id=cid)
    copy_target = tmp_path / "out" / "letter.docx"
    copy_target.parent.mkdir()
    chosen: list[Path] = []

    def choose(_parent: QWidget, suggested: Path, extension: str) -> Path:
        chosen.append(suggested)
        assert extension == ".docx"
        return copy_target

    dialog = make_dialog(qtbot, demo_workspace, opener, case_id=cid, choose_copy=choose)
    dialog.show()
    assert CASE_REF in dialog.subject_label.text()
    assert dialog.select_kind("followup_letter")
    assert dialog.select_language("en")
    assert dialog.current_template() is not None and dialog.current_template().builtin
    wait_preview(qtbot, dialog)
    assert dialog.generate_button.isEnabled()
    shown = dialog.preview_view.toPlainText()
    assert "Toregozhina" in shown or CASE_REF in shown
    assert "Per-victim table" in shown or "remed" in shown
    assert dialog.names_label.isVisible()
    assert dialog.output_label.text().startswith("Saved in the documents folder as ")

    dialog.copy_check.setChecked(True)  # asks where, through the injected chooser
    assert chosen and dialog.copy_edit.text() == str(copy_target)

    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as blocker:
        dialog.generate()
        assert dialog.running
        assert not dialog.kind_combo.isEnabled() and dialog.cancel_button.text() == "Cancel"
    document = blocker.args[0]
    wait_done(qtbot, dialog)
    assert progress and progress[-1] == 100
    assert dialog.cancel_button.text() == "Close" and dialog.kind_combo.isEnabled()

    # Registered with the case, in the managed folder, with a DOCX that reads back.
    after = documents.list(case_id=cid)
    assert len(after) == len(before) + 1
    assert after[0].id == document.id and after[0].kind == "followup_letter"
    assert after[0].language == "en"
    path = documents.path_of(document.id)
    assert path.is_file() and path.suffix == ".docx"
    assert documents.verify(document.id)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "CCPR" in text
    assert copy_target.is_file() and copy_target.read_bytes() == path.read_bytes()
    assert "Generated and registered" in dialog.status_label.text()

    # Open and Show in folder go through the injected opener, never a real viewer.
    assert dialog.open_button.isVisible() and dialog.show_button.isVisible()
    dialog.open_button.click()
    dialog.show_button.click()
    assert opener.paths == [path, documents.store.path_of(document.path).parent]


def test_a_russian_status_summary_has_no_template(
    qtbot, demo_workspace: Workspace, opener: Opener
) -> None:
    cid = case_id(demo_workspace)
    dialog = make_dialog(qtbot, demo_workspace, opener, case_id=cid, kind="status_summary")
    assert dialog.current_kind().key == "status_summary"
    dialog.select_language("ru")
    assert not dialog.template_combo.isEnabled() and dialog.current_template() is None
    wait_preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as blocker:
        dialog.generate()
    wait_done(qtbot, dialog)
    doc = blocker.args[0]
    assert doc.kind == "status_summary" and doc.language == "ru"
    assert demo_workspace.services.documents.path_of(doc.id).suffix == ".pdf"


def test_kinds_offered_follow_the_subject(qtbot, demo_workspace: Workspace, opener: Opener) -> None:
    def keys(dialog: GenerateDialog) -> list[str]:
        return [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]

    for_case = make_dialog(qtbot, demo_workspace, opener, case_id=case_id(demo_workspace))
    for_review = make_dialog(qtbot, demo_workspace, opener, review_id=review_id(demo_workspace))
    for_list = make_dialog(qtbot, demo_workspace, opener, case_filter=CaseFilter(state="KZ"))
    assert keys(for_case) == ["followup_letter", "state_letter", "status_summary"]
    assert keys(for_review) == ["shadow_section", "shadow_report"]
    assert keys(for_list) == ["portfolio"]
    assert "CCPR/C/KAZ/CO/3" in for_review.subject_label.text()
    assert "filter" in for_list.subject_label.text()

    # A letter to a State authority asks for the addressee and the time for a reply.
    assert for_case.select_kind("state_letter")
    assert not for_case.addressee_edit.isHidden() and not for_case.reply_spin.isHidden()
    assert for_case.select_kind("followup_letter")
    assert for_case.addressee_edit.isHidden()

    # A shadow-report section is chosen from the review's sections.
    for_review.select_kind("shadow_section")
    assert not for_review.section_combo.isHidden() and for_review.section_combo.count() >= 1
    wait_preview(qtbot, for_review)
    assert for_review.generate_button.isEnabled(), for_review.warnings_label.text()
    assert "§" in for_review.preview_view.toPlainText()

    wait_preview(qtbot, for_list)
    assert "Cases:" in for_list.preview_view.toPlainText()


def test_consent_is_shown_before_generating(
    qtbot, demo_workspace: Workspace, opener: Opener
) -> None:
    dialog = make_dialog(
        qtbot, demo_workspace, opener, case_id=case_id(demo_workspace, "ILI-2022-UZ23")
    )
    dialog.select_kind("followup_letter")
    wait_preview(qtbot, dialog)
    preview = dialog._preview
    assert preview is not None and preview.redacted  # the 23 victims: most did not consent
    assert "Names withheld" in dialog.names_label.text()
    assert "not consented to be named" in dialog.warnings_label.text()
    assert not dialog.warnings_label.isHidden()
    dialog.redact_check.setChecked(True)
    wait_preview(qtbot, dialog)
    assert dialog._preview is not None and dialog._preview.redacted
    assert "Names withheld" in dialog.names_label.text()


def test_a_broken_user_template_gives_the_message_and_writes_nothing(
    qtbot, demo_workspace: Workspace, opener: Opener, paths: Paths
) -> None:
    paths.templates.mkdir(parents=True, exist_ok=True)
    broken = paths.templates / "followup_letter.en.broken.docx"
    shutil.copy(BUILTIN_DIR / "followup_letter.en.docx", broken)
    document = docx.Document(str(broken))
    document.add_paragraph("Dear {{ no_such_variable }},")
    document.save(str(broken))

    cid = case_id(demo_workspace)
    documents = demo_workspace.services.documents
    before_docs = documents.list(case_id=cid)
    before_files = managed_files(paths)
    dialog = make_dialog(qtbot, demo_workspace, opener, case_id=cid)
    dialog.select_kind("followup_letter")
    dialog.select_language("en")
    assert dialog.template_combo.count() == 2  # the built-in one, then the user's
    assert dialog.select_template(broken.name)
    assert "your templates folder" in dialog.template_combo.currentText()
    wait_preview(qtbot, dialog)
    dialog.generate()
    wait_done(qtbot, dialog)
    assert dialog.document is None
    message = dialog.status_label.text()
    assert message.startswith("The document was not generated.")
    assert "no_such_variable" in message and broken.name in message
    assert documents.list(case_id=cid) == before_docs
    assert managed_files(paths) == before_files
    assert dialog.open_button.isHidden()
    assert dialog.generate_button.isEnabled()  # fix the template and try again


def test_cancel_before_registering_leaves_nothing(
    qtbot, demo_workspace: Workspace, opener: Opener, paths: Paths
) -> None:
    cid = case_id(demo_workspace)
    documents = demo_workspace.services.documents
    before = documents.list(case_id=cid)
    before_files = managed_files(paths)
    dialog = make_dialog(qtbot, demo_workspace, opener, case_id=cid, kind="followup_letter")
    wait_preview(qtbot, dialog)

    # Hold the service at its first step until Cancel was pressed.
    gate = threading.Event()
    real_generate = documents.generate

    def slow_generate(request, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real_generate(request, progress=progress, **kwargs)

    documents.generate = slow_generate  # type: ignore[method-assign]
    try:
        dialog.generate()
        dialog.reject()  # Cancel (or Esc) while running: stops, then closes
        assert dialog.cancel_button.text() == "Cancel" and not dialog.cancel_button.isEnabled()
        gate.set()
        wait_done(qtbot, dialog)
    finally:
        documents.generate = real_generate  # type: ignore[method-assign]
    assert dialog.document is None
    assert "cancelled" in dialog.status_label.text()
    assert documents.list(case_id=cid) == before
    assert managed_files(paths) == before_files


def test_print_status_summary_generates_and_opens(
    qtbot, demo_workspace: Workspace, opener: Opener
) -> None:
    cid = case_id(demo_workspace)
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[tuple[object, str]] = []
    print_status_summary(
        parent,
        demo_workspace.services,
        cid,
        open_url=opener,
        on_done=lambda doc, problem: results.append((doc, problem)),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    document, problem = results[0]
    assert problem == ""
    assert document.kind == "status_summary"  # type: ignore[attr-defined]
    path = demo_workspace.services.documents.path_of(document.id)  # type: ignore[attr-defined]
    assert opener.paths == [path] and path.read_bytes().startswith(b"%PDF")


def test_case_editor_generate_and_print_actions(
    qtbot, demo_workspace: Workspace, opener: Opener
) -> None:
    from views.case_editor import CaseEditor

    cid = case_id(demo_workspace)
    editor = CaseEditor(services=demo_workspace.services, case_id=cid, open_url=opener)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: not editor.loading, timeout=20_000)
    assert editor.generate_action.shortcut().toString() == "Ctrl+G"
    assert editor.print_action.shortcut().toString() == "Ctrl+P"

    editor.generate_action.trigger()
    dialog = editor.generate_dialog
    assert isinstance(dialog, GenerateDialog) and dialog.isVisible()
    assert dialog.subject == "case" and CASE_REF in dialog.subject_label.text()
    wait_preview(qtbot, dialog)
    dialog.reject()

    documents = demo_workspace.services.documents
    before = len(documents.list(case_id=cid))
    editor.print_action.trigger()
    qtbot.waitUntil(lambda: len(opener.urls) == 1, timeout=20_000)
    after = documents.list(case_id=cid)
    assert len(after) == before + 1 and after[0].kind == "status_summary"
    assert opener.paths == [documents.path_of(after[0].id)]
    qtbot.waitUntil(lambda: not editor.loading, timeout=20_000)


def test_lists_offer_generate(qtbot, make_window, demo_workspace: Workspace) -> None:
    window = make_window(demo_workspace)
    window.reviews.refresh()
    window.reviews.table.setCurrentIndex(window.reviews.model.index(0, 0))
    window.reviews.generate_button.click()
    dialogs = [d for d in window.findChildren(GenerateDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].subject == "review"
    wait_preview(qtbot, dialogs[0])
    dialogs[0].reject()

    window.cases.set_filter(CaseFilter(state="KZ"))
    window.cases.portfolio_button.click()
    dialogs = [d for d in window.findChildren(GenerateDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].subject == "cases"
    assert dialogs[0].current_kind().key == "portfolio"
    wait_preview(qtbot, dialogs[0])
    assert "KZ" in dialogs[0].preview_view.toPlainText()
    dialogs[0].reject()

    # Print status summary from the list asks for the selected case (opened by the window).
    asked: list[int] = []
    window.cases.print_summary_requested.disconnect()
    window.cases.print_summary_requested.connect(asked.append)
    qtbot.waitUntil(lambda: window.cases.model.rowCount() > 0, timeout=10_000)
    window.cases.table.setCurrentIndex(window.cases.model.index(0, 0))
    window.cases.summary_button.click()
    assert asked == [window.cases.model.case_id(0)]
