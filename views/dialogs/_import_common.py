"""What the two import dialogs share (a decision, concluding observations).

Both read a file off the GUI thread, show what was recognised, and write nothing until
Import is pressed; the import runs off the GUI thread too, and the dialog then says what was
done and offers Close. `ImportDialog` holds that life cycle: the status line, the warnings,
the error message, the Import / Cancel buttons, the "could not be read", "bug" and "not saved"
states, and the end ("Done." and Close). A subclass builds its preview and hands it to
`lay_out(...)`, reads the file with `start_reading(work)` (its `_analysed` gets the result),
calls `start_import(work)` from `import_now()`, and `show_done(summary, id)` from its
`_imported`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from views.workers import run_in_background

ERROR_STYLE = "color: #a50e0e;"
WARNING_STYLE = "color: #7a4f00;"


def table_item(text: str, *, editable: bool = False, tooltip: str = "") -> QTableWidgetItem:
    """A cell of a preview table: selectable, editable only when asked, its text as tooltip."""
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    item.setToolTip(tooltip or text)
    return item


class ImportDialog(QDialog):
    """The life cycle of an import dialog; see the module's docstring."""

    def __init__(
        self,
        *,
        path: str | Path,
        on_imported: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._on_imported = on_imported
        self.busy = False

        self.status = QLabel(self.tr("Reading {file}…").format(file=self._path.name), self)
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setObjectName("importMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.warnings = QLabel("", self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setObjectName("importWarnings")
        self.warnings.hide()

        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, *preview: tuple[QWidget, int]) -> None:
        """Status, the subclass's preview widgets (with their stretch), warnings, message and
        buttons, top to bottom."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        for widget, stretch in preview:
            layout.addWidget(widget, stretch)
        layout.addWidget(self.warnings)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 760)

    def _analysed(self, result: Any) -> None:
        """Show what `start_reading`'s work found (subclasses)."""
        raise NotImplementedError

    def import_now(self) -> None:
        """Read the user's corrections and `start_import` (subclasses)."""
        raise NotImplementedError

    def _imported(self, result: Any) -> None:
        """What the import did, shown with `show_done` (subclasses)."""
        raise NotImplementedError

    # ---- messages

    def show_warnings(self, warnings: Sequence[str]) -> None:
        self.warnings.setText("\n".join(f"• {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed_to_read(self, message: str) -> None:
        self.busy = False
        self.status.setText(
            self.tr("<b>{file}</b> could not be imported. Nothing was saved.").format(
                file=self._path.name
            )
        )
        self.show_message(message)
        self.import_button.setEnabled(False)

    def _crashed(self, trace: str) -> None:
        self.busy = False
        self.show_message(
            self.tr(
                "Something went wrong inside TreatyDesk (this is a bug, not a problem with your "
                "file). Nothing was saved."
            )
            + "\n\n"
            + trace.strip().splitlines()[-1]
        )

    # ---- reading and importing

    def start_reading(self, work: Callable[[Callable[[int, str], None]], Any]) -> None:
        """Read and analyse the file off the GUI thread; `_analysed` gets the result."""
        self.busy = True
        run_in_background(
            work,
            on_finished=self._analysed,
            on_failed=self._failed_to_read,
            on_crashed=self._crashed,
        )

    def start_import(self, work: Callable[[Callable[[int, str], None]], Any]) -> None:
        """Run the import off the GUI thread; `_imported` gets its result."""
        self.busy = True
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        run_in_background(
            work,
            on_finished=self._imported,
            on_failed=self._import_failed,
            on_crashed=self._crashed,
        )

    def _import_failed(self, message: str) -> None:
        self.busy = False
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was saved."))
        self.show_message(message)

    def show_done(self, summary: str, record_id: int) -> None:
        """The import is written: say what was done, offer Close, tell the caller."""
        self.busy = False
        self.status.setText(self.tr("<b>Done.</b> {summary}").format(summary=summary))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button.setEnabled(False)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        if self._on_imported is not None:
            self._on_imported(record_id)


__all__ = ["ERROR_STYLE", "WARNING_STYLE", "ImportDialog", "table_item"]
