"""Generating a document (Generate… from a case, a review or the cases list), and printing a
case's status summary.

    dialog = GenerateDialog(services=services, case_id=case.id, parent=window)
    dialog.generated.connect(lambda doc: documents_tab.refresh())
    dialog.open()

    print_status_summary(window, services, case.id)   # writes the PDF, then opens it

The dialog offers the kinds of document about its subject (a case, a review, or the cases
of the list's current filter), the language and the template (the built-in one, then the
user's own from the templates folder), and shows what the document will contain before it
is written: DocumentService.preview, with the consent warnings in plain sight. Generating
runs off the GUI thread (views.workers) with a progress bar; Cancel stops it before the file
is registered, and nothing is left behind. The work and every check are DocumentService's;
a DomainError (a broken template, a variable the template names that does not exist) is
shown as its message. The system viewer is reached through an injectable `open_url`, so
tests never launch one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.documents.kinds import CASE, CASES, REVIEW, KindInfo
from app.documents.registry import TemplateInfo
from app.errors import DomainError
from app.services.documents import DocumentPreview, GenerateRequest, ShadowSectionInput
from app.services.dto import CaseFilter, DocumentDTO
from views.i18n import QT_TRANSLATE_NOOP
from views.widgets import heading, muted
from views.workers import Job, run_in_background

if TYPE_CHECKING:
    from app.context import Services

log = logging.getLogger(__name__)

SETTINGS_GROUP = "generate_dialog"
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("GenerateDialog", "English"),
    "ru": QT_TRANSLATE_NOOP("GenerateDialog", "Русский (Russian)"),
}
"""The documents' languages (translated when shown, by `language_name`)."""
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "background: #fff4e5; border: 1px solid #f0c36d; padding: 6px;"
SUCCESS_STYLE = "color: #1e6b34;"
# The service reports 90 % just before it registers the document: up to there a stop
# leaves nothing behind (the service deletes a file it wrote when the work is interrupted).
LAST_CANCELLABLE = 90
OWNER = {
    CASE: QT_TRANSLATE_NOOP(
        "GenerateDialog",
        "Saved in the documents folder as {file} and "
        "registered with the case (with its fingerprint, sha256).",
    ),
    REVIEW: QT_TRANSLATE_NOOP(
        "GenerateDialog",
        "Saved in the documents folder as {file} and "
        "registered with the review (with its fingerprint, sha256).",
    ),
    CASES: QT_TRANSLATE_NOOP(
        "GenerateDialog",
        "Saved in the documents folder as {file} and "
        "registered with the portfolio (with its fingerprint, sha256).",
    ),
}
"""Where a generated document is registered, by subject (translated when shown)."""

OpenUrl = Callable[[QUrl], bool]
ChooseCopy = Callable[[QWidget, Path, str], Path | None]


def language_name(lang: str) -> str:
    """A document language as the combo box shows it: "English", "Русский (Russian)"."""
    name = LANGUAGE_NAMES.get(lang)
    return QCoreApplication.translate("GenerateDialog", name) if name else lang.upper()


class GenerationCancelled(DomainError):
    """Raised inside the worker when the user pressed Cancel in time."""


def _choose_copy(parent: QWidget, suggested: Path, extension: str) -> Path | None:
    if extension == ".pdf":
        kind = QCoreApplication.translate("GenerateDialog", "PDF files")
    else:
        kind = QCoreApplication.translate("GenerateDialog", "Word documents")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("GenerateDialog", "Save a copy as"),
        str(suggested),
        f"{kind} (*{extension})",
    )
    return Path(name) if name else None


def _subject_of(case_id: int | None, review_id: int | None) -> str:
    if case_id is not None and review_id is not None:
        raise ValueError("a document is about a case or a review, not both")
    if case_id is not None:
        return CASE
    if review_id is not None:
        return REVIEW
    return CASES


class GenerateDialog(QDialog):
    """Choose a kind, language and template; see what will be included; generate; open."""

    generated = Signal(object)
    """A document was generated and registered (its DocumentDTO)."""
    preview_ready = Signal()
    """The "what will be included" panel shows the current choice (or why it cannot)."""

    def __init__(
        self,
        *,
        services: Services,
        case_id: int | None = None,
        review_id: int | None = None,
        case_filter: CaseFilter | None = None,
        case_ids: tuple[int, ...] | None = None,
        kind: str | None = None,
        open_url: OpenUrl = QDesktopServices.openUrl,
        choose_copy: ChooseCopy = _choose_copy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("generateDialog")
        self.setWindowTitle(self.tr("Generate a document"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.services = services
        self.subject = _subject_of(case_id, review_id)
        self._case_id = case_id
        self._review_id = review_id
        self._case_filter = case_filter
        self._case_ids = case_ids
        self._open_url = open_url
        self._choose_copy = choose_copy
        self._preview_generation = 0
        self._preview: DocumentPreview | None = None
        self._sections: list[ShadowSectionInput] | None = None
        self._cancel = threading.Event()
        self._close_when_done = False
        self.job: Job | None = None
        self.preview_job: Job | None = None
        self.document: DocumentDTO | None = None
        self.last_error = ""
        self.kinds: list[KindInfo] = services.documents.kinds(self.subject)

        # What the document is about
        self.subject_label = heading(self._subject_text(), parent=self, size_delta=2)
        self.subject_label.setWordWrap(True)

        # Choices
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of document"))
        for info in self.kinds:
            self.kind_combo.addItem(f"{info.label} ({info.format.upper()})", info.key)
        self.kind_description = muted("", parent=self)
        self.kind_description.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language"))
        for lang in services.documents.languages():
            self.language_combo.addItem(language_name(lang), lang)
        self.template_combo = QComboBox(self)
        self.template_combo.setAccessibleName(self.tr("Template"))
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.templates_button = QPushButton(self.tr("Templates &folder…"), self)
        self.templates_button.setAutoDefault(False)
        self.templates_button.setToolTip(
            self.tr(
                "Open the folder where your own templates go: copy a built-in template, restyle "
                "it in Word or LibreOffice, and save it there as <kind>.<language>.<name>.docx"
            )
        )
        self.templates_button.clicked.connect(self.open_templates_folder)
        self.template_note = muted("", parent=self)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.templates_button)
        self.section_combo = QComboBox(self)
        self.section_combo.setAccessibleName(self.tr("Section"))
        self.section_label = QLabel(self.tr("&Section:"), self)
        self.section_label.setBuddy(self.section_combo)

        # Details some kinds use
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setPlaceholderText(self.tr("Your organisation, as it signs"))
        self.signatory_edit = QLineEdit(self)
        self.signatory_edit.setPlaceholderText(self.tr("Name and title of the person signing"))
        self.addressee_edit = QPlainTextEdit(self)
        self.addressee_edit.setPlaceholderText(
            self.tr(
                "The authority written to, with its address (default: the State party's "
                "Ministry of Foreign Affairs)"
            )
        )
        self.addressee_edit.setFixedHeight(60)
        self.addressee_label = QLabel(self.tr("&Addressee:"), self)
        self.addressee_label.setBuddy(self.addressee_edit)
        self.reply_spin = QSpinBox(self)
        self.reply_spin.setRange(1, 365)
        self.reply_spin.setValue(30)
        self.reply_spin.setSuffix(self.tr(" days"))
        self.reply_label = QLabel(self.tr("Reply &within:"), self)
        self.reply_label.setBuddy(self.reply_spin)
        self.redact_check = QCheckBox(
            self.tr("&Withhold every name (initials or pseudonyms even for people who consented)"),
            self,
        )

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow("", self.kind_description)
        form.addRow(self.tr("&Language:"), self.language_combo)
        template_label = QLabel(self.tr("&Template:"), self)
        template_label.setBuddy(self.template_combo)
        form.addRow(template_label, template_row)
        form.addRow("", self.template_note)
        form.addRow(self.section_label, self.section_combo)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("Si&gnatory:"), self.signatory_edit)
        form.addRow(self.addressee_label, self.addressee_edit)
        form.addRow(self.reply_label, self.reply_spin)
        form.addRow("", self.redact_check)

        # What will be included
        self.preview_box = QGroupBox(self.tr("What the document will contain"), self)
        self.preview_view = QTextBrowser(self.preview_box)
        self.preview_view.setAccessibleName(self.tr("What the document will contain"))
        self.preview_view.setOpenLinks(False)
        self.names_label = QLabel(self.preview_box)
        self.names_label.setWordWrap(True)
        self.names_label.setAccessibleName(self.tr("Names in the document"))
        self.warnings_label = QLabel(self.preview_box)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.warnings_label.setAccessibleName(self.tr("Warnings"))
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.names_label)
        preview_layout.addWidget(self.warnings_label)
        preview_layout.addWidget(self.preview_view, 1)

        # Output
        self.output_box = QGroupBox(self.tr("Output"), self)
        self.output_label = muted("", parent=self.output_box)
        self.copy_check = QCheckBox(self.tr("Also save a &copy as:"), self.output_box)
        self.copy_edit = QLineEdit(self.output_box)
        self.copy_edit.setAccessibleName(self.tr("Copy saved as"))
        self.copy_edit.setEnabled(False)
        self.browse_button = QPushButton(self.tr("&Browse…"), self.output_box)
        self.browse_button.setAutoDefault(False)
        self.browse_button.setEnabled(False)
        self.browse_button.clicked.connect(self.browse_copy)
        self.copy_check.toggled.connect(self._copy_toggled)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_check)
        copy_row.addWidget(self.copy_edit, 1)
        copy_row.addWidget(self.browse_button)
        output_layout = QVBoxLayout(self.output_box)
        output_layout.addWidget(self.output_label)
        output_layout.addLayout(copy_row)

        # Progress and result
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the document with this computer's viewer"))
        self.open_button.clicked.connect(self.open_document)
        self.show_button = QPushButton(self.tr("Show in &folder"), self)
        self.show_button.setToolTip(self.tr("Open the folder that holds the document"))
        self.show_button.clicked.connect(self.show_in_folder)
        for b in (self.open_button, self.show_button):
            b.setAutoDefault(False)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for b in (self.open_button, self.show_button):
            b.hide()  # after the button box laid them out (it shows what it is given)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.output_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.preview_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        # The preview follows the choices, a moment after the last change.
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(150)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self._restore_choices(kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        for signal in (
            self.template_combo.currentIndexChanged,
            self.section_combo.currentIndexChanged,
            self.organisation_edit.textChanged,
            self.signatory_edit.textChanged,
            self.addressee_edit.textChanged,
            self.reply_spin.valueChanged,
            self.redact_check.toggled,
        ):
            signal.connect(self._choice_changed)
        self._kind_changed()
        self.resize(1000, 640)

    # ---- the choices

    def _subject_text(self) -> str:
        docs = self.services
        if self.subject == CASE:
            assert self._case_id is not None
            case = docs.cases.get(self._case_id)
            return self.tr("Case {reference} — {title}").format(
                reference=case.reference, title=case.title
            )
        if self.subject == REVIEW:
            assert self._review_id is not None
            review = docs.reviews.get(self._review_id)
            label = review.co_symbol or review.state_report_symbol or review.cycle
            return self.tr("Review of {state}: {label}").format(
                state=review.state_name, label=label
            )
        if self._case_ids is not None:
            n = len(self._case_ids)
            if n == 1:
                return self.tr("1 chosen case")
            return self.tr("{n} chosen cases").format(n=n)
        flt = self._case_filter
        if flt is None or flt.is_empty:
            return self.tr("All cases")
        return self.tr("The cases matching the list's filter")

    def current_kind(self) -> KindInfo | None:
        key = self.kind_combo.currentData()
        return next((k for k in self.kinds if k.key == key), None)

    def current_language(self) -> str:
        return str(self.language_combo.currentData() or "en")

    def current_template(self) -> TemplateInfo | None:
        data = self.template_combo.currentData()
        return data if isinstance(data, TemplateInfo) else None

    def select_kind(self, key: str) -> bool:
        index = self.kind_combo.findData(key)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        return index >= 0

    def select_language(self, lang: str) -> bool:
        index = self.language_combo.findData(lang)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        return index >= 0

    def select_template(self, key: str) -> bool:
        """Choose a template by its key ("builtin" or the file name in the templates folder)."""
        for i in range(self.template_combo.count()):
            data = self.template_combo.itemData(i)
            if isinstance(data, TemplateInfo) and data.key == key:
                self.template_combo.setCurrentIndex(i)
                return True
        return False

    def _restore_choices(self, kind: str | None) -> None:
        settings = QSettings()
        lang = settings.value(f"{SETTINGS_GROUP}/language", "en")
        if isinstance(lang, str):
            self.select_language(lang)
        self.organisation_edit.setText(str(settings.value(f"{SETTINGS_GROUP}/organisation", "")))
        self.signatory_edit.setText(str(settings.value(f"{SETTINGS_GROUP}/signatory", "")))
        if kind is not None:
            self.select_kind(kind)

    def _save_choices(self) -> None:
        settings = QSettings()
        settings.setValue(f"{SETTINGS_GROUP}/language", self.current_language())
        settings.setValue(f"{SETTINGS_GROUP}/organisation", self.organisation_edit.text())
        settings.setValue(f"{SETTINGS_GROUP}/signatory", self.signatory_edit.text())

    def _kind_changed(self) -> None:
        info = self.current_kind()
        self.kind_description.setText(info.description if info else "")
        is_letter = info is not None and info.key == "state_letter"
        for w in (self.addressee_label, self.addressee_edit, self.reply_label, self.reply_spin):
            w.setVisible(is_letter)
        is_section = info is not None and info.key == "shadow_section"
        self.section_label.setVisible(is_section)
        self.section_combo.setVisible(is_section)
        if is_section:
            self._fill_sections()
        self._fill_templates()
        self._choice_changed()

    def _language_changed(self) -> None:
        self._fill_templates()
        self._choice_changed()

    def _fill_templates(self) -> None:
        info = self.current_kind()
        previous = self.current_template()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        note = ""
        if info is None or not info.uses_templates:
            self.template_combo.addItem(self.tr("TreatyDesk layout (PDF, no template)"), None)
            self.template_combo.setEnabled(False)
            self.templates_button.setEnabled(False)
        else:
            try:
                templates = self.services.documents.templates_for(info.key, self.current_language())
                ignored = self.services.documents.ignored_templates()
            except DomainError as error:
                templates, ignored = [], []
                note = error.message
            for t in templates:
                self.template_combo.addItem(t.display_name, t)
            own = sum(1 for t in templates if not t.builtin)
            if not note and own == 1:
                note = self.tr("1 of your own template for this kind and language.")
            elif not note and own:
                note = self.tr("{n} of your own templates for this kind and language.").format(
                    n=own
                )
            elif not note:
                note = self.tr(
                    "Your own templates appear here when saved in the templates folder as {file}."
                ).format(file=f"{info.key}.{self.current_language()}.<name>.docx")
            if ignored:
                names = ", ".join(p.name for p in ignored[:3]) + ("…" if len(ignored) > 3 else "")
                note += " " + self.tr(
                    "Not recognised in the templates folder (name them <kind>.<language>"
                    "[.<name>].docx): {files}"
                ).format(files=names)
            self.template_combo.setEnabled(bool(templates))
            self.templates_button.setEnabled(True)
            if previous is not None:
                for i in range(self.template_combo.count()):
                    data = self.template_combo.itemData(i)
                    if isinstance(data, TemplateInfo) and data.path == previous.path:
                        self.template_combo.setCurrentIndex(i)
        self.template_note.setText(note)
        self.template_note.setVisible(bool(note))
        self.template_combo.blockSignals(False)

    def _fill_sections(self) -> None:
        if self._sections is not None or self._review_id is None:
            return
        try:
            self._sections = self.services.documents.default_sections(self._review_id)
        except DomainError as error:
            self._sections = []
            self.show_error(error.message)
        self.section_combo.blockSignals(True)
        self.section_combo.clear()
        for n, section in enumerate(self._sections, start=1):
            article = (
                self.tr("Article {article}: ").format(article=section.article)
                if section.article
                else ""
            )
            self.section_combo.addItem(f"§{n}. {article}{section.heading}", n - 1)
        self.section_combo.blockSignals(False)

    def _copy_toggled(self, on: bool) -> None:
        self.copy_edit.setEnabled(on)
        self.browse_button.setEnabled(on)
        if on and not self.copy_edit.text().strip() and not self.browse_copy():
            self.copy_check.setChecked(False)

    def _suggested_copy(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self._preview.file_name if self._preview else "document"
        return Path(folder or Path.home()) / name

    def browse_copy(self) -> bool:
        info = self.current_kind()
        extension = info.extension if info else ".docx"
        chosen = self._choose_copy(self, self._suggested_copy(), extension)
        if chosen is None:
            return False
        if chosen.suffix.lower() != extension:
            chosen = chosen.with_name(chosen.name + extension)
        self.copy_edit.setText(str(chosen))
        return True

    def open_templates_folder(self) -> None:
        try:
            folder = self.services.documents.templates_folder()
        except OSError as error:
            self.show_error(
                self.tr("The templates folder cannot be created: {error}").format(error=error)
            )
            return
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self.show_error(
                self.tr("No program on this computer opens the folder {folder}.").format(
                    folder=folder
                )
            )

    # ---- the request and the preview

    def request(self) -> GenerateRequest:
        info = self.current_kind()
        sections: tuple[ShadowSectionInput, ...] = ()
        if info is not None and info.key == "shadow_section" and self._sections:
            index = self.section_combo.currentData()
            if isinstance(index, int) and 0 <= index < len(self._sections):
                sections = (self._sections[index],)
        return GenerateRequest(
            kind=info.key if info else "",
            lang=self.current_language(),
            case_id=self._case_id,
            review_id=self._review_id,
            case_ids=self._case_ids,
            case_filter=self._case_filter,
            template=self.current_template(),
            sections=sections,
            organisation=self.organisation_edit.text(),
            signatory=self.signatory_edit.text(),
            addressee=self.addressee_edit.toPlainText(),
            reply_within_days=self.reply_spin.value(),
            redact_all=self.redact_check.isChecked(),
        )

    def _choice_changed(self) -> None:
        if self.job is None:
            self.preview_timer.start()

    def refresh_preview(self) -> None:
        """Ask the service what the document will contain (off the GUI thread)."""
        self.preview_timer.stop()
        self._preview_generation += 1
        generation = self._preview_generation
        request = self.request()
        documents = self.services.documents
        self.generate_button.setEnabled(False)
        self.preview_view.setPlainText(self.tr("Reading the records…"))
        bug = self.tr("Something went wrong (a bug, not your data): the details are in the log.")

        def work(_progress: Callable[[int, str], None]) -> tuple[int, DocumentPreview]:
            return generation, documents.preview(request)

        def failed(message: str, generation: int = generation) -> None:
            if generation == self._preview_generation:
                self._show_preview(None, message)

        def crashed(details: str, generation: int = generation) -> None:
            log.error("generate dialog: preview failed:\n%s", details)
            if generation == self._preview_generation:
                self._show_preview(None, bug)

        self.preview_job = run_in_background(
            work,
            on_finished=self._preview_finished,
            on_failed=failed,
            on_crashed=crashed,
        )

    def _preview_finished(self, result: tuple[int, DocumentPreview]) -> None:
        generation, preview = result
        if generation == self._preview_generation:
            self._show_preview(preview, "")

    def _show_preview(self, preview: DocumentPreview | None, problem: str) -> None:
        self._preview = preview
        self.preview_job = None
        if preview is None:
            self.preview_view.setPlainText("")
            self.names_label.hide()
            self.warnings_label.setText(
                _escape(
                    self.tr("This document cannot be generated: {problem}").format(problem=problem)
                )
            )
            self.warnings_label.setStyleSheet(WARNING_STYLE + ERROR_STYLE)
            self.warnings_label.show()
            self.output_label.setText("")
            self.generate_button.setEnabled(False)
            self.preview_ready.emit()
            return
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        if preview.redacted:
            self.names_label.setText(
                self.tr(
                    "<b>Names withheld:</b> people who have not consented to be named appear by "
                    "pseudonym or initials everywhere in the document, tables and notes included."
                )
            )
        else:
            self.names_label.setText(
                self.tr(
                    "<b>Names:</b> every person named in this document has consented to be named."
                )
            )
        self.names_label.show()
        if preview.warnings:
            self.warnings_label.setText(
                self.tr("<b>Check before filing:</b>")
                + "<ul style='margin-left: -20px'>"
                + "".join(f"<li>{_escape(w)}</li>" for w in preview.warnings)
                + "</ul>"
            )
            self.warnings_label.show()
        else:
            self.warnings_label.hide()
        template = self.tr("template: {name}").format(name=preview.template)
        lang_name = language_name(preview.lang) if preview.lang in LANGUAGE_NAMES else preview.lang
        lines = [
            f"<p><b>{_escape(preview.title)}</b><br>"
            f"{_escape(preview.kind_label)} · {preview.format.upper()} · "
            f"{_escape(lang_name)} · "
            f"{_escape(template)}</p>",
            "<ul>" + "".join(f"<li>{_escape(i)}</li>" for i in preview.includes) + "</ul>",
        ]
        self.preview_view.setHtml("".join(lines))
        self.output_label.setText(
            QCoreApplication.translate("GenerateDialog", OWNER[self.subject]).format(
                file=preview.file_name
            )
        )
        self.generate_button.setEnabled(self.job is None)
        self.preview_ready.emit()

    # ---- generating

    @property
    def running(self) -> bool:
        return self.job is not None

    def generate(self) -> None:
        if self.job is not None:
            return
        info = self.current_kind()
        if info is None:
            return
        export_to: Path | None = None
        if self.copy_check.isChecked():
            text = self.copy_edit.text().strip()
            if not text:
                self.show_error(
                    self.tr("Choose where to save the copy, or untick “Also save a copy”.")
                )
                return
            export_to = Path(text).expanduser()
        request = self.request()
        documents = self.services.documents
        cancel = self._cancel
        cancel.clear()
        self._close_when_done = False
        self._save_choices()
        cancelled = self.tr("Generation cancelled: no document was written.")

        def work(progress: Callable[[int, str], None]) -> DocumentDTO:
            def report(percent: int, text: str) -> None:
                if cancel.is_set() and percent <= LAST_CANCELLABLE:
                    raise GenerationCancelled(cancelled)
                progress(percent, text)

            return documents.generate(request, progress=report, export_to=export_to)

        self.document = None
        self.last_error = ""
        self.open_button.hide()
        self.show_button.hide()
        self.generate_button.setDefault(True)
        self._set_running(True)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Starting…"))
        self.status_label.show()
        self.progress.setValue(0)
        self.progress.show()
        self.job = run_in_background(
            work,
            on_finished=self._finished,
            on_failed=self._failed,
            on_crashed=self._crashed,
            on_progress=self._progressed,
        )

    def cancel_generation(self) -> None:
        """Stop the work at its next step; once the document is being registered it finishes."""
        if self.job is None:
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for w in (
            self.kind_combo,
            self.language_combo,
            self.template_combo,
            self.templates_button,
            self.section_combo,
            self.organisation_edit,
            self.signatory_edit,
            self.addressee_edit,
            self.reply_spin,
            self.redact_check,
            self.copy_check,
            self.copy_edit,
            self.browse_button,
            self.generate_button,
        ):
            w.setEnabled(not running)
        if not running:
            self.copy_edit.setEnabled(self.copy_check.isChecked())
            self.browse_button.setEnabled(self.copy_check.isChecked())
            info = self.current_kind()
            uses_templates = info is not None and info.uses_templates
            self.template_combo.setEnabled(uses_templates and self.template_combo.count() > 0)
            self.templates_button.setEnabled(uses_templates)
            self.generate_button.setEnabled(self._preview is not None)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _progressed(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if not self._cancel.is_set():
            self.status_label.setText(f"{text}…" if text and text != "Done" else text)

    def _finished(self, document: DocumentDTO) -> None:
        self.job = None
        self.document = document
        self._set_running(False)
        self.progress.setValue(100)
        copy = self.copy_edit.text().strip() if self.copy_check.isChecked() else ""
        self.status_label.setStyleSheet(SUCCESS_STYLE)
        text = self.tr("Generated and registered: {title}.").format(title=document.title)
        if copy:
            text += " " + self.tr("A copy was saved as {file}.").format(file=copy)
        if self._cancel.is_set():
            text += " " + self.tr("The document was finished before the cancel took effect.")
        self.status_label.setText(text)
        self.open_button.show()
        self.show_button.show()
        self.open_button.setDefault(True)
        self.generated.emit(document)
        if self._close_when_done:
            super().reject()

    def _failed(self, message: str) -> None:
        self.job = None
        self._set_running(False)
        self.progress.hide()
        self.last_error = message
        if self._cancel.is_set():
            self.status_label.setStyleSheet("")
            self.status_label.setText(message)
            if self._close_when_done:
                super().reject()
            return
        self.show_error(
            self.tr("The document was not generated. {message}").format(message=message)
        )

    def _crashed(self, details: str) -> None:
        self.job = None
        self._set_running(False)
        self.progress.hide()
        log.error("generate dialog: generation failed:\n%s", details)
        self.last_error = "bug"
        self.show_error(
            self.tr(
                "Something went wrong (a bug, not your data): the details are in the log. No "
                "document was registered."
            )
        )

    def show_error(self, message: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self.status_label.show()

    # ---- the result

    def open_document(self) -> None:
        if self.document is None:
            return
        try:
            path = self.services.documents.path_of(self.document.id)
        except (DomainError, OSError) as error:
            self.show_error(self.tr("The document cannot be opened: {error}").format(error=error))
            return
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self.show_error(
                self.tr("No program on this computer opens {file}.").format(file=path.name)
            )

    def show_in_folder(self) -> None:
        if self.document is None:
            return
        folder = self.services.documents.store.path_of(self.document.path).parent
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self.show_error(
                self.tr("No program on this computer opens the folder {folder}.").format(
                    folder=folder
                )
            )

    # ---- closing while the work runs

    def reject(self) -> None:
        if self.job is not None:
            self._close_when_done = True
            self.cancel_generation()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_generate_dialog(
    parent: QWidget | None,
    services: Services,
    *,
    case_id: int | None = None,
    review_id: int | None = None,
    case_filter: CaseFilter | None = None,
    kind: str | None = None,
    open_url: OpenUrl = QDesktopServices.openUrl,
) -> GenerateDialog:
    """Open the dialog (window-modal, deleted when closed) over `parent`."""
    dialog = GenerateDialog(
        services=services,
        case_id=case_id,
        review_id=review_id,
        case_filter=case_filter,
        kind=kind,
        open_url=open_url,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def print_status_summary(
    parent: QWidget | None,
    services: Services,
    case_id: int,
    *,
    lang: str | None = None,
    open_url: OpenUrl = QDesktopServices.openUrl,
    on_done: Callable[[DocumentDTO | None, str], None] | None = None,
) -> Job:
    """Generate the case's status summary (PDF, registered with the case) off the GUI thread
    and open it with the system viewer. A problem is shown in a message box over `parent`.

    `on_done(document, problem)` is called at the end (the document, or None and the
    message). Returns the background job (its signals say when it is done).
    """
    if lang is None:
        saved = QSettings().value(f"{SETTINGS_GROUP}/language", "en")
        lang = saved if isinstance(saved, str) and saved in LANGUAGE_NAMES else "en"
    request = GenerateRequest(kind="status_summary", lang=lang, case_id=case_id)
    documents = services.documents
    window = parent.window() if parent is not None else None
    if window is not None:
        window.setCursor(Qt.CursorShape.BusyCursor)

    def restore_cursor() -> None:
        if window is not None:
            window.unsetCursor()

    title = QCoreApplication.translate("GenerateDialog", "Print status summary")

    def tell(title: str, text: str) -> None:
        if parent is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def finished(document: DocumentDTO) -> None:
        restore_cursor()
        problem = ""
        try:
            path = documents.path_of(document.id)
        except (DomainError, OSError) as error:
            problem = QCoreApplication.translate(
                "GenerateDialog", "The status summary was written but cannot be opened: {error}"
            ).format(error=error)
        else:
            if not open_url(QUrl.fromLocalFile(str(path))):
                problem = QCoreApplication.translate(
                    "GenerateDialog",
                    "The status summary was written ({file}), but no program on this "
                    "computer opens PDF files.",
                ).format(file=path)
        if problem:
            tell(title, problem)
        if on_done is not None:
            on_done(document, problem)

    def failed(message: str) -> None:
        restore_cursor()
        tell(
            title,
            QCoreApplication.translate(
                "GenerateDialog", "The status summary was not generated. {message}"
            ).format(message=message),
        )
        if on_done is not None:
            on_done(None, message)

    def crashed(details: str) -> None:
        restore_cursor()
        log.error("status summary failed:\n%s", details)
        message = QCoreApplication.translate(
            "GenerateDialog",
            "Something went wrong (a bug, not your data): the details are in the log.",
        )
        tell(title, message)
        if on_done is not None:
            on_done(None, message)

    return run_in_background(
        lambda progress: documents.generate(request, progress=progress),
        on_finished=finished,
        on_failed=failed,
        on_crashed=crashed,
    )


__all__ = [
    "GenerateDialog",
    "GenerationCancelled",
    "open_generate_dialog",
    "print_status_summary",
]
