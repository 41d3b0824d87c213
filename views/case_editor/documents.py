"""Tab 9, Documents: the documents generated for the case and the files attached to it.

Add file… copies a file into the managed documents folder (encrypted when the database is)
and registers it with the case (DocumentService.attach); Open hands the system viewer a
private copy (decrypted into a temporary folder only this user can read, deleted when
TreatyDesk locks or closes); Verify checks the file against the fingerprint (sha256)
recorded when it was registered. Reading, encrypting and fingerprinting run off the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import CaseDTO, DocumentDTO
from views.case_editor.base import EditorHost, EditorTab, Getter, button, note
from views.case_editor.fields import ErrorLabel, Merge
from views.i18n import QT_TRANSLATE_NOOP
from views.qtmodels.records import DocumentsModel
from views.widgets import read_only_table

MAX_TITLE = 255

#: The kinds of an attached file (keys of DocumentService.attachment_kinds()), in words.
KIND_LABELS: dict[str, str] = {
    "attachment": QT_TRANSLATE_NOOP("AttachDialog", "Attachment"),
    "evidence": QT_TRANSLATE_NOOP("AttachDialog", "Evidence"),
    "correspondence": QT_TRANSLATE_NOOP("AttachDialog", "Correspondence"),
    "submission": QT_TRANSLATE_NOOP("AttachDialog", "Submission"),
    "decision": QT_TRANSLATE_NOOP("AttachDialog", "Decision or report"),
    "domestic_record": QT_TRANSLATE_NOOP("AttachDialog", "Domestic court record"),
}

FileChooser = Callable[[QWidget], Path | None]


def choose_file(parent: QWidget) -> Path | None:
    """The system's file dialog: the file to attach, or None."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DocumentsTab", "Attach a file to the case"),
        str(Path.home()),
        QCoreApplication.translate("DocumentsTab", "All files (*)"),
    )
    return Path(name) if name else None


class AttachDialog(QDialog):
    """The title and kind of a file about to be attached (the file's name by default)."""

    def __init__(
        self, *, source: Path, kinds: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach a file"))
        self.setObjectName("attachDialog")
        self.source = source
        intro = QLabel(
            self.tr(
                "{name} will be copied into the case's documents (encrypted when the "
                "database is), with its fingerprint so that any later change shows."
            ).format(name=source.name),
            self,
        )
        intro.setWordWrap(True)
        self.title = QLineEdit(source.stem, self)
        self.title.setMaxLength(MAX_TITLE)
        self.title.setAccessibleName(self.tr("Title"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for key, label in kinds.items():
            self.kind.addItem(
                QCoreApplication.translate("AttachDialog", KIND_LABELS.get(key, label)), key
            )
        self.problem = ErrorLabel(parent=self)
        form = QFormLayout()
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        form.addRow(title_label, self.title)
        form.addRow(kind_label, self.kind)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Attach"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.title.selectAll()
        self.title.setFocus()
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.problem.show_message(self.tr("Give the document a title."))
            self.title.setFocus()
            return
        self.accept()


class DocumentsTab(EditorTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Documents")

    def __init__(
        self,
        *,
        host: EditorHost,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        choose: FileChooser = choose_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self.open_url = open_url
        self.choose = choose
        self.attach_dialog: AttachDialog | None = None
        self.model = DocumentsModel(parent=self)
        self.table = read_only_table(self.model, parent=self)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Documents of the case"))
        self.table.activated.connect(lambda _index: self.open_selected())
        header = self.table.horizontalHeader()
        for column, width in enumerate((320, 150, 80, 80, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.open_button = button(
            self.tr("&Open"), self.open_selected, tip=self.tr("Open the file (Enter)")
        )
        self.verify_button = button(
            self.tr("&Verify"),
            self.verify_selected,
            tip=self.tr("Check that the file is unchanged since it was registered"),
        )
        self.add_button = button(
            self.tr("&Add file…"),
            self.add_file,
            tip=self.tr("Copy a file (a letter, evidence, a court record) into the case"),
        )
        self.explanation = note(
            self.tr(
                "Documents generated for this case (letters, status summaries) and files "
                "attached to it, with the fingerprint (sha256) recorded when they were "
                "written. Files are kept in TreatyDesk's documents folder, encrypted when "
                "the database is."
            ),
            parent=self,
        )
        self.result = note("", parent=self)
        self.problem = ErrorLabel(parent=self)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.verify_button)
        row.addWidget(self.add_button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(row)

    def fetch(self, get: Getter, case_id: int | None) -> tuple[DocumentDTO, ...]:
        if case_id is None:
            return ()
        return tuple(self.host.services.documents.list(case_id=case_id))

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        documents = tuple(data or ())
        self.model.set_items(documents)
        if not documents:
            self.result.setText(
                self.tr(
                    "No document yet: attach a file, or generate one (Case ▸ Generate document…)."
                )
            )
        else:
            n = len(documents)
            self.result.setText(
                self.tr("%n document.", "", n) if n == 1 else self.tr("%n documents.", "", n)
            )
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
        self._enable()
        return Merge()

    def _enable(self) -> None:
        has = self.model.rowCount() > 0
        self.open_button.setEnabled(has)
        self.verify_button.setEnabled(has)
        self.add_button.setEnabled(self.host.case_id is not None)

    def selected(self) -> DocumentDTO | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(index.row())

    def _run(
        self,
        work: Callable[[Callable[[int, str], None]], Any],
        on_done: Callable[[Any], None],
        busy: str,
        failed: str,
    ) -> None:
        """Run `work` off the GUI thread (the editor shows `busy` meanwhile); a refusal is
        shown under the list, in `failed`."""

        def refused(message: str) -> None:
            self.problem.show_message(failed.format(message=message))

        self.host.run(work, on_done, busy=busy, on_failed=refused)

    # ---- add

    def add_file(self, source: Path | None = None) -> AttachDialog | None:
        """Choose a file (unless given), then its title and kind; attach it off the GUI
        thread. Returns the dialog (opened, not blocking)."""
        case_id = self.host.case_id
        if case_id is None:
            return None
        if source is None:
            source = self.choose(self)
            if source is None:
                return None
        self.problem.clear_message()
        dialog = AttachDialog(
            source=source, kinds=self.host.services.documents.attachment_kinds(), parent=self
        )
        self.attach_dialog = dialog
        dialog.accepted.connect(
            lambda: self._attach(case_id, source, dialog.title.text(), dialog.chosen_kind())
        )
        dialog.open()
        return dialog

    def _attach(self, case_id: int, source: Path, title: str, kind: str) -> None:
        documents = self.host.services.documents

        def attached(document: DocumentDTO) -> None:
            self.host.show_message(
                self.tr("“{title}” was attached to the case.").format(title=document.title),
                level="success",
            )
            self.host.after_change()

        self._run(
            lambda _progress: documents.attach(case_id, source, title=title, kind=kind),
            attached,
            busy=self.tr("Attaching {name}…").format(name=source.name),
            failed=self.tr("The file was not attached: {message}"),
        )

    # ---- open

    def open_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        self.problem.clear_message()
        documents = self.host.services.documents

        def opened(path: Path) -> None:
            if not self.open_url(QUrl.fromLocalFile(str(path))):
                self.problem.show_message(
                    self.tr("No program on this computer opens {name}.").format(name=path.name)
                )

        self._run(
            lambda _progress: documents.path_of(document.id),
            opened,
            busy=self.tr("Opening “{title}”…").format(title=document.title),
            failed=self.tr("The file cannot be opened: {message}"),
        )

    # ---- verify

    def verify_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        self.problem.clear_message()
        self.result.setText("")
        documents = self.host.services.documents

        def checked(state: str) -> None:
            if state == "intact":
                self.result.setText(
                    self.tr("“{title}” is intact: its content is as registered.").format(
                        title=document.title
                    )
                )
            elif state == "missing":
                self.problem.show_message(
                    self.tr(
                        "“{title}” is missing from the documents folder (moved or deleted "
                        "outside TreatyDesk). Restore it from a backup, or generate or attach "
                        "it again."
                    ).format(title=document.title)
                )
            else:
                self.problem.show_message(
                    self.tr(
                        "“{title}” was changed after it was registered (its fingerprint no "
                        "longer matches): do not rely on it. Restore it from a backup, or "
                        "generate or attach it again."
                    ).format(title=document.title)
                )

        self._run(
            lambda _progress: documents.check(document.id),
            checked,
            busy=self.tr("Checking “{title}”…").format(title=document.title),
            failed=self.tr("The file could not be checked: {message}"),
        )
