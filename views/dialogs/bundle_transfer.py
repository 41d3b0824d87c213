"""File ▸ Export case bundle… and File ▸ Import case bundle…: cases carried between laptops.

Export: choose the cases (the ones selected in the cases list, or open in an editor, are
chosen already; a filterable checklist adds more), type the passphrase twice (a hint says
how hard it is to guess) — or let $TREATYDESK_BUNDLE_PASSPHRASE give it — and where to save
the `.tdbundle`. The bundle is written on a worker thread (views/workers.py) behind a busy
bar; the dialog then says how many cases and records went in and how big the file is.

Import: choose the file, type its passphrase (or $TREATYDESK_BUNDLE_PASSPHRASE), and the
bundle is opened and compared with this database on a worker thread
(BundleService.preview_import: nothing is written). A wrong passphrase, or a bundle that was
cut short or altered, is said plainly in the same dialog and nothing changes. Then the
conflicts dialog (views/dialogs/bundle_conflicts.py) shows what the bundle brings and the
fields changed on both sides, to settle one by one; Import writes it all in one transaction
and a summary says what was added, updated and settled. The open pages are read again.

Every step takes its inputs as arguments too (`path`, `passphrase`), which is how the tests
drive the real dialogs without a native file dialog.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.security import MIN_PASSPHRASE_LENGTH, check_new_passphrase, passphrase_from_env
from app.services.bundles import (
    BUNDLE_SUFFIX,
    ENV_BUNDLE_PASSPHRASE,
    BundleExportResult,
    BundleImportResult,
    BundlePreview,
)
from app.services.dto import CaseFilter, CaseRow
from views.dialogs.bundle_conflicts import BundleConflictsDialog
from views.dialogs.passphrase import ERROR_STYLE, secret_field
from views.i18n import format_number
from views.workers import run_in_background

if TYPE_CHECKING:
    from app.services.bundles import BundleService
    from app.services.listing import CaseListing

MAX_LISTED = 200
"""Cases listed at once in the checklist; the filter narrows a longer list."""
OK_STYLE = "color: #1b5e20;"  # contrast 7.9:1 on white
STRENGTH_STYLES = (ERROR_STYLE, ERROR_STYLE, "color: #8a4b00;", OK_STYLE, OK_STYLE)
_COMMON = frozenset(
    {
        "password",
        "password1",
        "12345678",
        "123456789",
        "1234567890",
        "qwertyui",
        "qwertyuiop",
        "iloveyou",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "welcome1",
        "passw0rd",
        "abcdefgh",
        "йцукенгш",
    }
)


# ---------------------------------------------------------------- passphrase strength


def passphrase_strength(text: str) -> int:
    """A rough estimate of how hard the passphrase is to guess: 0 too short, 1 weak,
    2 fair, 3 good, 4 strong. A hint for the person typing, not a rule (the rule is
    app.security.check_new_passphrase)."""
    value = text.strip()
    if len(value) < MIN_PASSPHRASE_LENGTH:
        return 0
    if value.lower() in _COMMON or len(set(value.lower())) < 5:
        return 1
    pool = 0
    if any(c.islower() and c.isascii() for c in value):
        pool += 26
    if any(c.isupper() and c.isascii() for c in value):
        pool += 26
    if any(c.isdigit() for c in value):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in value):
        pool += 33
    if any(not c.isascii() for c in value):
        pool += 33  # a Cyrillic alphabet, say
    # Runs of one character, or of neighbours ("aaaa", "1234", "abcd"), add little.
    effective = 1
    for before, after in pairwise(value):
        if abs(ord(after) - ord(before)) > 1:
            effective += 1
    bits = effective * math.log2(max(pool, 2))
    words = [w for w in value.split() if len(w) >= 3]
    if len(words) >= 3:
        bits = max(bits, len(words) * 12.0)
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4


def strength_text(level: int) -> str:
    if level <= 0:
        return QCoreApplication.translate(
            "BundleTransfer", "Too short: at least 8 characters (a few words are best)."
        )
    if level == 1:
        return QCoreApplication.translate(
            "BundleTransfer", "Weak: easy to guess. Add words, digits or signs."
        )
    if level == 2:
        return QCoreApplication.translate(
            "BundleTransfer", "Fair: one or two more words would make it much harder to guess."
        )
    if level == 3:
        return QCoreApplication.translate("BundleTransfer", "Good.")
    return QCoreApplication.translate("BundleTransfer", "Strong.")


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("BundleTransfer", "{n} bytes").format(
            n=format_number(size)
        )
    if size < 1024 * 1024:
        return QCoreApplication.translate("BundleTransfer", "{n} KB").format(
            n=format_number(size / 1024, 1)
        )
    return QCoreApplication.translate("BundleTransfer", "{n} MB").format(
        n=format_number(size / 1024 / 1024, 1)
    )


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def with_bundle_suffix(path: Path) -> Path:
    return path if path.suffix else path.with_suffix(BUNDLE_SUFFIX)


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # busy: the work gives no percentage
    bar.setTextVisible(False)
    bar.setMaximumHeight(12)
    bar.hide()
    return bar


def _message_label(parent: QWidget, style: str = ERROR_STYLE) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


# ---------------------------------------------------------------- which cases


def preselected_cases(cases_page: Any, services: Any) -> list[int]:
    """The cases selected in the cases list; without a selection, the cases open in an
    editor window over these services."""
    chosen: list[int] = []
    table = getattr(cases_page, "table", None)
    model = getattr(cases_page, "model", None)
    if table is not None and model is not None and table.selectionModel() is not None:
        for index in table.selectionModel().selectedRows():
            if model.row_data(index.row()) is not None:
                chosen.append(model.case_id(index.row()))
    if chosen:
        return chosen
    from views.case_editor import open_case_editors

    for window in open_case_editors():
        if window.editor.services is services and window.case_id is not None:
            chosen.append(window.case_id)
    return chosen


class CaseChecklist(QWidget):
    """The cases of the database as a checklist, filtered as one types (in SQL, by
    reference, title, symbol or number); the ticks stay when the filter changes."""

    changed = Signal()

    def __init__(
        self,
        *,
        listing: CaseListing,
        chosen: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._listing = listing
        self.chosen: dict[int, str] = {}
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by reference, title, symbol or number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the cases"))
        self.filter_edit.textChanged.connect(self.fill)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases to put in the bundle"))
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._item_changed)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.more_label = QLabel(self)
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(self.count_label)
        ids = list(dict.fromkeys(chosen))
        for row in listing.rows(ids):
            self.chosen[row.id] = row.reference
        self.fill()

    def references(self) -> list[str]:
        return sorted(self.chosen.values())

    def fill(self) -> None:
        text = self.filter_edit.text().strip()
        ids = self._listing.ids(CaseFilter(text=text))
        if not text:
            # Without a filter, the chosen cases come first.
            ids = [i for i in ids if i in self.chosen] + [i for i in ids if i not in self.chosen]
        shown = self._listing.rows(ids[:MAX_LISTED])
        self.list.blockSignals(True)
        self.list.clear()
        for row in shown:
            self.list.addItem(self._item(row))
        self.list.blockSignals(False)
        if len(ids) > MAX_LISTED:
            self.more_label.setText(
                self.tr(
                    "Showing {shown} of {total} cases: type in the filter to find others."
                ).format(shown=format_number(MAX_LISTED), total=format_number(len(ids)))
            )
            self.more_label.show()
        elif not ids:
            self.more_label.setText(self.tr("No case matches the filter."))
            self.more_label.show()
        else:
            self.more_label.hide()
        self._update_count()

    def _item(self, row: CaseRow) -> QListWidgetItem:
        item = QListWidgetItem(f"{row.reference} — {row.title}")
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, row.reference)
        item.setToolTip(row.title)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        checked = row.id in self.chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def item_for(self, reference: str) -> QListWidgetItem | None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.data(Qt.ItemDataRole.UserRole + 1) == reference:
                return item
        return None

    def set_checked(self, reference: str, checked: bool) -> None:
        """Tick or untick a case shown in the list (tests, keyboard-free callers)."""
        item = self.item_for(reference)
        if item is None:
            raise LookupError(reference)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QListWidgetItem) -> None:
        case_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[case_id] = str(item.data(Qt.ItemDataRole.UserRole + 1))
        else:
            self.chosen.pop(case_id, None)
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        n = len(self.chosen)
        if not n:
            self.count_label.setText(self.tr("No case chosen yet: tick the cases to take."))
            return
        text = self.tr("%n case(s) chosen", "", n)
        names = ", ".join(self.references()[:6]) + ("…" if n > 6 else "")
        self.count_label.setText(f"{text}: {names}")


# ---------------------------------------------------------------- export


class ExportBundleDialog(QDialog):
    """Choose cases, passphrase and file; write the bundle off the GUI thread."""

    exported = Signal(object)
    """The BundleExportResult, once the file is written."""

    def __init__(
        self,
        *,
        bundles: BundleService,
        listing: CaseListing,
        preselected: Sequence[int] = (),
        folder: Path | None = None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportBundleDialog")
        self.setWindowTitle(self.tr("Export case bundle"))
        self._bundles = bundles
        self.result_info: BundleExportResult | None = None
        self.seconds: float | None = None
        self.job: object | None = None
        self.replace_box: QMessageBox | None = None
        self._confirmed: Path | None = None
        self._env_passphrase = passphrase_from_env(ENV_BUNDLE_PASSPHRASE)

        intro = QLabel(
            self.tr(
                "Put the chosen cases — with their people, proceedings, remedies, follow-up, "
                "deadlines and documents — in one encrypted file to work on them on another "
                "computer. Send the passphrase another way than the file."
            ),
            self,
        )
        intro.setWordWrap(True)

        cases_box = QGroupBox(self.tr("Cases"), self)
        self.checklist = CaseChecklist(listing=listing, chosen=preselected, parent=cases_box)
        QVBoxLayout(cases_box).addWidget(self.checklist)

        secret_box = QGroupBox(self.tr("Passphrase of the bundle"), self)
        self.passphrase = secret_field(secret_box, self.tr("At least 8 characters"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the bundle"))
        self.confirmation = secret_field(secret_box, self.tr("The same again"))
        self.confirmation.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength = QLabel(secret_box)
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Strength of the passphrase"))
        self.passphrase.textChanged.connect(self._update_strength)
        self.env_note = QLabel(
            self.tr("The passphrase is taken from the environment variable {name}.").format(
                name=ENV_BUNDLE_PASSPHRASE
            ),
            secret_box,
        )
        self.env_note.setWordWrap(True)
        form = QFormLayout(secret_box)
        form.addRow(self.env_note)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.confirmation)
        form.addRow("", self.strength)
        uses_env = self._env_passphrase is not None
        self.env_note.setVisible(uses_env)
        for widget in (self.passphrase, self.confirmation, self.strength):
            widget.setVisible(not uses_env)
            label = form.labelForField(widget)
            if label is not None:
                label.setVisible(not uses_env)

        file_box = QGroupBox(self.tr("Save as"), self)
        self.path_edit = QLineEdit(file_box)
        self.path_edit.setAccessibleName(self.tr("File of the bundle"))
        start = folder or documents_folder()
        name = f"cases-{date.today().isoformat()}{BUNDLE_SUFFIX}"
        self.path_edit.setText(str(path or start / name))
        self.path_edit.setToolTip(
            self.tr("The file name says nothing of the cases: it may be seen on the way.")
        )
        self.browse_button = QPushButton(self.tr("C&hoose…"), file_box)
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout(file_box)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

        self.progress = _busy_bar(self)
        self.progress.setAccessibleName(self.tr("Writing the bundle"))
        self.message = _message_label(self)
        self.message.setObjectName("bundleMessage")
        self.report = _message_label(self, OK_STYLE)
        self.report.setObjectName("bundleReport")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.checklist.changed.connect(self._update_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(cases_box, 1)
        layout.addWidget(secret_box)
        layout.addWidget(file_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        self._update_strength("")
        self._update_button()
        self.checklist.filter_edit.setFocus()

    # ---- inputs

    def _update_strength(self, text: str) -> None:
        if not text:
            self.strength.setText(
                self.tr("A few unrelated words are easy to remember and hard to guess.")
            )
            self.strength.setStyleSheet("")
            return
        level = passphrase_strength(text)
        self.strength.setText(strength_text(level))
        self.strength.setStyleSheet(STRENGTH_STYLES[level])

    def _update_button(self) -> None:
        self.export_button.setEnabled(bool(self.checklist.chosen) and self.job is None)

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the case bundle as"),
            self.path_edit.text(),
            self.tr("TreatyDesk case bundles (*.tdbundle)"),
        )
        if name:
            chosen = with_bundle_suffix(Path(name))
            self.path_edit.setText(str(chosen))
            self._confirmed = chosen  # the file dialog asked before replacing a file

    def target(self) -> Path:
        return with_bundle_suffix(Path(self.path_edit.text().strip()).expanduser())

    def passphrase_text(self) -> str:
        return self._env_passphrase or self.passphrase.text()

    # ---- export

    def export(self) -> None:
        """Check the inputs, ask before replacing a file, then write the bundle."""
        self.message.hide()
        self.report.hide()
        references = self.checklist.references()
        if not references:
            self._problem(self.tr("Tick at least one case to put in the bundle."))
            return
        if not self.path_edit.text().strip():
            self._problem(self.tr("Choose where to save the bundle."))
            return
        target = self.target()
        if target.suffix.lower() != BUNDLE_SUFFIX:
            self._problem(
                self.tr("Name the bundle “…{suffix}”, not “{name}”.").format(
                    suffix=BUNDLE_SUFFIX, name=target.name
                )
            )
            return
        if target.is_dir():
            self._problem(self.tr("{path} is a folder: give a file name.").format(path=target))
            return
        try:
            if self._env_passphrase is None:
                secret = check_new_passphrase(self.passphrase.text(), self.confirmation.text())
            else:
                secret = check_new_passphrase(self._env_passphrase)
        except DomainError as exc:
            self._problem(str(exc))
            self.confirmation.clear()
            self.passphrase.setFocus()
            return
        if target.exists() and self._confirmed != target:
            self._ask_replace(target, lambda: self._start(references, target, secret))
            return
        self._start(references, target, secret)

    def _ask_replace(self, target: Path, go_on: Callable[[], None]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Export case bundle"))
        box.setText(self.tr("{name} already exists. Replace it?").format(name=target.name))
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)

        def clicked(button: object) -> None:
            if button is replace:
                self._confirmed = target
                go_on()

        box.buttonClicked.connect(clicked)
        self.replace_box = box
        box.open()

    def _start(self, references: list[str], target: Path, secret: str) -> None:
        self.progress.show()
        self.message.hide()
        self.export_button.setEnabled(False)
        self.browse_button.setEnabled(False)
        self.checklist.setEnabled(False)
        started = time.perf_counter()
        bundles = self._bundles

        def finished(result: object) -> None:
            assert isinstance(result, BundleExportResult)
            self.seconds = time.perf_counter() - started
            self._done()
            self.result_info = result
            self.path_edit.setText(str(result.path))
            self.report.setText(self.report_text(result, self.seconds))
            self.report.show()
            self.export_button.hide()
            self.exported.emit(result)

        def failed(message: str) -> None:
            self._done()
            self._problem(self.tr("The bundle was not written: {message}").format(message=message))

        def crashed(details: str) -> None:
            self._done()
            raise RuntimeError(f"writing the case bundle failed:\n{details}")

        self.job = run_in_background(
            lambda _progress: bundles.export_bundle(references, target, secret),
            on_finished=finished,
            on_failed=failed,
            on_crashed=crashed,
        )

    def _done(self) -> None:
        self.job = None
        self.progress.hide()
        self.browse_button.setEnabled(True)
        self.checklist.setEnabled(True)
        self.passphrase.clear()
        self.confirmation.clear()
        self._update_button()

    def report_text(self, result: BundleExportResult, seconds: float) -> str:
        records = sum(result.counts.values())
        lines = [
            self.tr("Written to {path}.").format(path=result.path),
            self.tr("%n case(s)", "", len(result.cases))
            + ": "
            + ", ".join(result.cases)
            + ". "
            + self.tr("%n record(s)", "", records)
            + ", "
            + self.tr("%n file(s)", "", result.files)
            + ". "
            + self.tr("Size: {size}, encrypted; written in {seconds} s.").format(
                size=size_text(result.size), seconds=format_number(seconds, 1)
            ),
        ]
        if result.missing_files:
            lines.append(
                self.tr(
                    "%n document(s) went without their file, which is missing from the "
                    "documents folder:",
                    "",
                    len(result.missing_files),
                )
                + " "
                + ", ".join(result.missing_files[:3])
            )
        return "\n".join(lines)

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def done(self, result: int) -> None:
        if self.job is not None:
            return  # the bundle is being written: it finishes first
        self.passphrase.clear()
        self.confirmation.clear()
        super().done(result)


# ---------------------------------------------------------------- import


class OpenBundleDialog(QDialog):
    """The passphrase of a bundle: the bundle is opened and compared with this database
    off the GUI thread; a wrong passphrase or a damaged file is said here, nothing changed."""

    def __init__(
        self,
        *,
        path: Path,
        preview_import: Callable[[Path, str], BundlePreview],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openBundleDialog")
        self.setWindowTitle(self.tr("Import case bundle"))
        self.path = path
        self._preview_import = preview_import
        self.preview: BundlePreview | None = None
        self.job: object | None = None
        self.attempts = 0

        intro = QLabel(
            self.tr(
                "Enter the passphrase the bundle {name} was made with. Nothing is changed "
                "before you have seen what it brings."
            ).format(name=path.name),
            self,
        )
        intro.setWordWrap(True)
        self.field = secret_field(self, self.tr("Passphrase of the bundle"))
        self.field.setAccessibleName(self.tr("Passphrase of the bundle"))
        self.progress = _busy_bar(self)
        self.progress.setAccessibleName(self.tr("Opening the bundle"))
        self.status = QLabel(self)
        self.status.hide()
        self.message = _message_label(self)
        self.message.setObjectName("bundleMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setEnabled(False)
        self.field.textChanged.connect(self._update_button)
        self.buttons.accepted.connect(lambda: self.try_open(self.field.text()))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.field.setFocus()

    def _update_button(self) -> None:
        self.open_button.setEnabled(bool(self.field.text()) and self.job is None)

    def try_open(self, passphrase: str) -> None:
        if not passphrase or self.job is not None:
            return
        self.attempts += 1
        self.message.hide()
        self.progress.show()
        self.status.setText(self.tr("Decrypting the bundle and comparing it with this database…"))
        self.status.show()
        self.field.setEnabled(False)
        preview_import, path = self._preview_import, self.path

        def finished(preview: object) -> None:
            assert isinstance(preview, BundlePreview)
            self._idle()
            self.preview = preview
            self.accept()

        def failed(message: str) -> None:
            self._idle()
            self.message.setText(message)
            self.message.show()
            self.adjustSize()  # room for the message, however long
            self.field.setFocus()

        def crashed(details: str) -> None:
            self._idle()
            raise RuntimeError(f"opening the case bundle failed:\n{details}")

        self.job = run_in_background(
            lambda _progress: preview_import(path, passphrase),
            on_finished=finished,
            on_failed=failed,
            on_crashed=crashed,
        )
        self._update_button()

    def _idle(self) -> None:
        self.job = None
        self.progress.hide()
        self.status.hide()
        self.field.clear()
        self.field.setEnabled(True)
        self._update_button()

    def done(self, result: int) -> None:
        if self.job is not None:
            return
        self.field.clear()
        super().done(result)


class ImportBundleFlow(QObject):
    """File ▸ Import case bundle…: file → passphrase → what it brings and the conflicts →
    import → summary. `finished` carries the BundleImportResult (None: nothing imported)."""

    finished = Signal(object)

    def __init__(
        self,
        *,
        bundles: BundleService,
        window: QWidget,
        on_imported: Callable[[BundleImportResult], None] | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(window)
        self._bundles = bundles
        self._window = window
        self._on_imported = on_imported
        self._folder = folder or documents_folder()
        self.path: Path | None = None
        self.passphrase_dialog: OpenBundleDialog | None = None
        self.conflicts_dialog: BundleConflictsDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.preview: BundlePreview | None = None
        self.result: BundleImportResult | None = None

    def start(self, path: Path | None = None, passphrase: str | None = None) -> bool:
        """Ask for the file (unless given) and its passphrase (unless given or in
        $TREATYDESK_BUNDLE_PASSPHRASE). False when no file was chosen."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Import case bundle"),
                str(self._folder),
                self.tr("TreatyDesk case bundles (*.tdbundle);;All files (*)"),
            )
            if not name:
                return False
            path = Path(name)
        self.path = path
        dialog = OpenBundleDialog(
            path=path, preview_import=self._bundles.preview_import, parent=self._window
        )
        dialog.accepted.connect(lambda: self._previewed(dialog.preview))
        dialog.rejected.connect(lambda: self.finished.emit(None))
        self.passphrase_dialog = dialog
        dialog.open()
        given = passphrase or passphrase_from_env(ENV_BUNDLE_PASSPHRASE)
        if given:
            dialog.try_open(given)
        return True

    def _previewed(self, preview: BundlePreview | None) -> None:
        if preview is None:
            return
        self.preview = preview
        if not preview.has_changes and not preview.problems:
            self._summary(
                self.tr(
                    "Everything in the bundle {name} is already in this database: nothing to "
                    "import."
                ).format(name=preview.source)
            )
            self.finished.emit(None)
            return
        dialog = BundleConflictsDialog(
            preview=preview, apply_import=self._apply, parent=self._window
        )
        dialog.accepted.connect(lambda: self._imported(dialog.result))
        dialog.rejected.connect(lambda: self.finished.emit(None))
        self.conflicts_dialog = dialog
        dialog.open()

    def _apply(
        self, preview: BundlePreview, resolutions: Mapping[tuple[str, str, str], str]
    ) -> BundleImportResult:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._bundles.apply_import(preview, resolutions)
        finally:
            QApplication.restoreOverrideCursor()

    def _imported(self, result: BundleImportResult | None) -> None:
        if result is None:
            return
        self.result = result
        if self._on_imported is not None:
            self._on_imported(result)
        self._summary(self.summary_text(result))
        self.finished.emit(result)

    def summary_text(self, result: BundleImportResult) -> str:
        lines = [
            self.tr("Imported {name}.").format(name=result.source),
            self.tr("Added: {added}. Updated: {updated}. Deleted: {deleted}.").format(
                added=format_number(result.added),
                updated=format_number(result.updated),
                deleted=format_number(result.deleted),
            ),
        ]
        settled = result.resolved_mine + result.resolved_theirs
        if settled:
            lines.append(
                self.tr("%n conflicting field(s) settled", "", settled)
                + ": "
                + self.tr(
                    "{mine} kept as on this computer, {theirs} taken from the bundle."
                ).format(
                    mine=format_number(result.resolved_mine),
                    theirs=format_number(result.resolved_theirs),
                )
            )
        else:
            lines.append(self.tr("No conflict to settle."))
        if result.files:
            lines.append(self.tr("%n document file(s) written.", "", result.files))
        if result.skipped:
            lines.append(
                self.tr("Left out by your decisions: {records}.").format(
                    records=", ".join(result.skipped[:5])
                )
            )
        return "\n".join(lines)

    def _summary(self, text: str) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("bundleSummary")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import case bundle"))
        box.setText(text)
        box.addButton(QMessageBox.StandardButton.Ok)
        self.summary_box = box
        box.open()


def reload_case_editors(services: Any) -> None:
    """Read the open case editors over these services again (their unsaved edits kept)."""
    from views.case_editor import open_case_editors

    for window in open_case_editors():
        if window.editor.services is services and window.case_id is not None:
            window.editor.reload(keep_edits=True)
