"""Dialogs of the case editor: an edit conflict, unsaved changes, and the message bar.

Dialogs are opened with `open()` (window-modal, not blocking the event loop), so that the
editor stays responsive and tests and assistive technology can reach their buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from views.case_editor.fields import FieldChange, Merge
from views.i18n import QT_TRANSLATE_NOOP
from views.widgets import MUTED_TEXT

LEVEL_STYLE = {
    "info": ("#e8f0fe", "#1a4d8f", "#174ea6"),
    "success": ("#e6f4ea", "#1e6b34", "#0d5223"),
    "warning": ("#fef7e0", "#a86400", "#5c3c00"),
    "error": ("#fce8e6", "#b3261e", "#8c1d18"),
}
#: What a screen reader says before the message.
LEVEL_NAMES = {
    "info": QT_TRANSLATE_NOOP("MessageBar", "Info"),
    "success": QT_TRANSLATE_NOOP("MessageBar", "Success"),
    "warning": QT_TRANSLATE_NOOP("MessageBar", "Warning"),
    "error": QT_TRANSLATE_NOOP("MessageBar", "Error"),
}


class MessageBar(QFrame):
    """A strip over the tabs for what concerns the whole case: saved, a problem, a warning."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide message"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = "info"
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        background, border, colour = LEVEL_STYLE.get(level, LEVEL_STYLE["info"])
        self.level = level
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid {border}; "
            f"border-radius: 4px; }} #messageBar QLabel {{ color: {colour}; }}"
        )
        self.label.setText(text)
        name = QCoreApplication.translate("MessageBar", LEVEL_NAMES.get(level, LEVEL_NAMES["info"]))
        self.setAccessibleName(f"{name}: {text}")
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class ConflictDialog(QDialog):
    """The record was changed elsewhere: show what each side changed, keep the user's edits.

    "Reload and re-apply my changes" loads the record as saved now and puts every field the
    user changed back on top (the user then checks and saves again); "Keep editing" closes
    the dialog and leaves everything typed as it is. Nothing typed is lost either way.
    """

    def __init__(
        self,
        *,
        what: str,
        merge: Merge,
        on_reapply: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed elsewhere"))
        self.setObjectName("conflictDialog")
        self.merge = merge
        intro = QLabel(
            self.tr(
                "<p><b>The {what} was changed elsewhere since you opened it</b> (in another "
                "window, or by another user). Nothing was saved and nothing was overwritten: "
                "everything you typed is still in the editor.</p>"
                "<p><b>Reload and re-apply my changes</b> shows the record as it is saved now, "
                "with your changes put back on top; check them, then save again.</p>"
            ).format(what=what),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your value"), self.tr("Saved elsewhere"), self.tr("Result")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self._fill(merge)
        self.summary = QLabel(self._summary(merge), self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {MUTED_TEXT};")

        buttons = QDialogButtonBox(self)
        self.reapply_button = QPushButton(self.tr("&Reload and re-apply my changes"), self)
        self.reapply_button.setDefault(True)
        self.keep_button = QPushButton(self.tr("&Keep editing without saving"), self)
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(on_reapply)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    @staticmethod
    def _summary(merge: Merge) -> str:
        if merge.both:
            fields = ", ".join(merge.both_labels)
            return QCoreApplication.translate(
                "ConflictDialog",
                "Changed both here and elsewhere: {fields}. Your value is kept; the value "
                "saved elsewhere is shown above so you can decide.",
            ).format(fields=fields)
        if not merge.theirs:
            return QCoreApplication.translate(
                "ConflictDialog", "The other change did not touch the fields you changed."
            )
        return QCoreApplication.translate(
            "ConflictDialog",
            "No field was changed on both sides: your changes and the other ones combine.",
        )

    def _fill(self, merge: Merge) -> None:
        rows: list[tuple[FieldChange, str]] = [
            *((c, self.tr("Both changed: yours kept")) for c in merge.both),
            *((c, self.tr("Yours kept")) for c in merge.mine),
            *((c, self.tr("Taken from the database")) for c in merge.theirs),
        ]
        unchanged = self.tr("(unchanged)")
        self.table.setRowCount(len(rows))
        for row, (change, result) in enumerate(rows):
            mine = change.mine if change in merge.both or change in merge.mine else unchanged
            theirs = change.theirs if change in merge.both or change in merge.theirs else unchanged
            for column, text in enumerate((change.label, mine, theirs, result)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if change in merge.both:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def field_rows(self) -> list[tuple[str, str]]:
        """(field, result) of each row, as shown."""
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 3).text())
            for row in range(self.table.rowCount())
        ]


class UnsavedChangesBox(QMessageBox):
    """Closing with unsaved changes: Save, Discard or Cancel; lists what is unsaved."""

    def __init__(
        self,
        *,
        case_label: str,
        items: Sequence[str],
        on_choice: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unsaved changes"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(self.tr("Save your changes to {case} before closing?").format(case=case_label))
        listed = "\n".join(f"• {item}" for item in items[:12])
        if len(items) > 12:
            listed += "\n• " + self.tr("and {n} more").format(n=len(items) - 12)
        self.setInformativeText(
            self.tr("Not saved yet:")
            + f"\n{listed}\n\n"
            + self.tr("If you discard them, what you typed is lost.")
        )
        self.save_button = self.addButton(self.tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton(
            self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(
            self.tr("&Cancel (keep editing)"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.save_button)
        self.setEscapeButton(self.cancel_button)

        def clicked(which: object) -> None:
            if which is self.save_button:
                on_choice("save")
            elif which is self.discard_button:
                on_choice("discard")
            else:
                on_choice("cancel")

        self.buttonClicked.connect(clicked)
        self.setWindowModality(Qt.WindowModality.WindowModal)
