"""A window that edits one record (a person, a periodic review) with the case editor's rules.

The same load()/save() contract, validation and conflict handling as the case editor
(views/case_editor), built on its fields (`Form`, bindings, the three-way `Merge`) and its
dialogs (`ConflictDialog`, `UnsavedChangesBox`, `MessageBar`):

- `load(dto)` shows a record (None: a new one) and makes it the base of the dirty check;
- `save()` reads the fields (a field that cannot be read, e.g. "31.02.2025", is an error
  next to it), hands them to the service, and shows the service's DomainError next to the
  field it names (or in the message bar);
- an optimistic-lock conflict opens the ConflictDialog: "Reload and re-apply my changes"
  loads the record as saved now and puts every field the user changed back on top;
  "Keep editing" leaves everything as typed. Nothing typed is ever lost;
- closing with unsaved changes asks Save / Discard / Cancel;
- Ctrl+S saves, Ctrl+W closes; Revert reloads the record as saved.

Dialogs open with `open()` (window-modal, not blocking), like the case editor's.

Subclasses give `what` ("person", marked ``QT_TRANSLATE_NOOP("RecordEditor", "person")``:
it is shown translated in that context, see `what_text()`), `fetch()`, `values_of(dto)`,
`write(values, version)` and `record_label(dto)`, and build their fields into `self.form` and
`self.body`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, DomainError, NotFoundError
from views.case_editor.dialogs import ConflictDialog, MessageBar, UnsavedChangesBox
from views.case_editor.fields import Form, Merge
from views.i18n import QT_TRANSLATE_NOOP
from views.pages import view_state

log = logging.getLogger(__name__)


class RecordEditor(QWidget):
    """A top-level window over one record; see the module's docstring."""

    what: ClassVar[str] = QT_TRANSLATE_NOOP("RecordEditor", "record")
    """The kind of record, in English; `what_text()` is its translation in "RecordEditor"."""
    settings_group: ClassVar[str] = "record_editor"
    default_size: ClassVar[tuple[int, int]] = (900, 700)

    saved = Signal(object)
    """The record as saved (its DTO)."""
    closed = Signal()

    def __init__(self, *, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record_id = record_id
        self.dto: Any = None
        self.form = Form(parent=self)
        self.form.changed.connect(self._update_state)
        self.conflict_dialog: ConflictDialog | None = None
        self.unsaved_box: UnsavedChangesBox | None = None
        self._closing_anyway = False

        self.message_bar = MessageBar(parent=self)
        self.body = QWidget(self)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setToolTip(self.tr("Forget the changes and show the record as saved"))
        self.revert_button.clicked.connect(self.revert)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(self.tr("Close this window (Ctrl+W)"))
        self.close_button.clicked.connect(self.close)
        for b in (self.save_button, self.revert_button, self.close_button):
            b.setAutoDefault(False)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        self.addAction(self.save_action)
        self.addAction(self.close_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.buttons)

    # ---- what a subclass gives

    def fetch(self) -> Any:
        """The record as saved now (NotFoundError if it was deleted)."""
        raise NotImplementedError

    def values_of(self, dto: Any) -> dict[str, object]:
        """What the fields show for `dto` (None: a new record's defaults)."""
        raise NotImplementedError

    def write(self, values: Mapping[str, object], expected_version: int | None) -> Any:
        """Create or update the record from the fields' values; returns the new DTO."""
        raise NotImplementedError

    def record_label(self, dto: Any) -> str:
        return self.what_text()

    def what_text(self) -> str:
        """`what`, translated ("person" -> "лицо")."""
        return QCoreApplication.translate("RecordEditor", self.what)

    def after_load(self, dto: Any) -> None:
        """Refresh what the window shows besides the fields (lists, previews)."""

    # ---- the load()/save() contract

    def open_record(self) -> bool:
        """Load the record from the service (a new one: the defaults); False if it is gone."""
        if self.record_id is None:
            self.load(None)
            return True
        try:
            dto = self.fetch()
        except NotFoundError as exc:
            self.message_bar.show_message(str(exc), "error")
            self.form.set_enabled(False)
            self.save_button.setEnabled(False)
            return False
        self.load(dto)
        return True

    def load(self, dto: Any) -> None:
        self.dto = dto
        if dto is not None:
            self.record_id = dto.id
        self.form.load(self.values_of(dto))
        self.after_load(dto)
        self._update_state()

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def save(self) -> bool:
        """Write the record; False (with the reason shown) if it was not saved."""
        self.form.clear_errors()
        try:
            values = self.form.values()
        except DomainError as exc:
            self.show_error(exc)
            return False
        version = self.dto.version if self.dto is not None else None
        try:
            dto = self.write(values, version)
        except ConflictError:
            self.on_conflict()
            return False
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.load(dto)
        label = self.record_label(dto)
        self.message_bar.show_message(self.tr("Saved {label}.").format(label=label), "success")
        self.saved.emit(dto)
        return True

    def revert(self) -> None:
        """Forget the edits: show the record as saved now."""
        if self.dto is None:
            self.load(None)
            return
        try:
            self.load(self.fetch())
        except NotFoundError as exc:
            self.message_bar.show_message(str(exc), "error")
            return
        self.message_bar.hide()

    def show_error(self, error: DomainError) -> None:
        """The message next to the field it names (focused), and in the bar above."""
        binding = self.form.show_error(error.field, error.message)
        if binding is not None:
            binding.focus()
        self.message_bar.show_message(
            self.tr("Not saved: {message}").format(message=error.message), "error"
        )

    # ---- conflicts

    def on_conflict(self) -> None:
        try:
            fresh = self.fetch()
        except NotFoundError:
            self.message_bar.show_message(
                self.tr(
                    "This {what} was deleted elsewhere while you were editing it. Nothing "
                    "was saved; what you typed is still here, so you can copy what you need."
                ).format(what=self.what_text()),
                "error",
            )
            return
        merge = self.form.preview_merge(self.values_of(fresh))
        self.conflict_dialog = ConflictDialog(
            what=self.what_text(),
            merge=merge,
            on_reapply=lambda: self.reapply(fresh),
            parent=self,
        )
        self.conflict_dialog.open()

    def reapply(self, fresh: Any) -> Merge:
        """Load `fresh` and put the user's changes back on top (not saved yet)."""
        self.dto = fresh
        merge = self.form.rebase(self.values_of(fresh))
        self.after_load(fresh)
        self._update_state()
        both = ", ".join(merge.both_labels)
        text = self.tr(
            "Reloaded as saved elsewhere, with your changes put back: check them and save."
        )
        if both:
            text += " " + self.tr("Changed on both sides (your value kept): {fields}.").format(
                fields=both
            )
        self.message_bar.show_message(text, "warning")
        return merge

    # ---- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and not self._closing_anyway:
            event.ignore()
            self._ask_unsaved()
            return
        view_state.save_geometry(self.settings_group, self)
        self.save_view_state()
        super().closeEvent(event)
        self.closed.emit()

    def _ask_unsaved(self) -> None:
        if self.unsaved_box is not None and self.unsaved_box.isVisible():
            return
        fields = [self.form[name].label for name in self.form.changed_fields()]
        self.unsaved_box = UnsavedChangesBox(
            case_label=self._title_label(),
            items=fields,
            on_choice=self._unsaved_choice,
            parent=self,
        )
        self.unsaved_box.open()

    def _unsaved_choice(self, choice: str) -> None:
        if choice == "save":
            if self.save():
                self.close()
        elif choice == "discard":
            self.close_without_saving()

    def close_without_saving(self) -> None:
        self._closing_anyway = True
        self.close()

    def save_view_state(self) -> None:
        """Splitters and table headers of the window (subclasses)."""

    def restore_view_state(self) -> None:
        if not view_state.restore_geometry(self.settings_group, self):
            self.resize(*self.default_size)

    # ---- title

    def _title_label(self) -> str:
        if self.dto is None:
            return self.tr("the new {what}").format(what=self.what_text())
        return self.record_label(self.dto)

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        if self.dto is not None:
            label = self.record_label(self.dto)
        else:
            label = self.tr("New {what}").format(what=self.what_text())
        self.setWindowTitle(f"{label}[*] — TreatyDesk")  # Qt shows "*" while modified
        self.save_button.setEnabled(dirty or self.dto is None)
        self.revert_button.setEnabled(dirty)
        self.setWindowModified(dirty)


def bring_to_front(window: QWidget) -> None:
    """Show a window, un-minimised, in front, and give it the keyboard focus.

    Platforms without window stacking (Qt's offscreen one) warn on raise_(): skipped there.
    """
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


def confirm(parent: QWidget, title: str, text: str, action: str, on_yes: Any) -> QMessageBox:
    """A non-blocking yes/cancel question (as the case editor's `ask`)."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.buttonClicked.connect(lambda which: on_yes() if which is yes else None)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
