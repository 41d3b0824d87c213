"""Backing up now, and choosing a backup to restore (File ▸ Back up…, File ▸ Restore…).

The work itself is BackupService's (app/services/backup.py); these dialogs only ask. Both
open with `open()` (window-modal, not blocking) and report the choice through a callback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.backup import BackupInfo
from views.qtmodels.table_model import Column, ListTableModel
from views.widgets import muted, read_only_table, size_columns

REASON_WORDS = {
    "manual": "Taken on request",
    "daily": "Daily, at the first start of the day",
    "before-restore": "Before a restore (the database then replaced)",
}


def reason_text(reason: str) -> str:
    if reason in REASON_WORDS:
        return REASON_WORDS[reason]
    if reason.startswith("before-"):
        return "Before an upgrade of the database"
    return reason


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


BACKUP_COLUMNS: tuple[Column[BackupInfo], ...] = (
    Column(
        "Taken",
        lambda b: f"{b.created_at:%d %b %Y, %H:%M}",
        sort_value=lambda b: b.created_at,
        tooltip=lambda b: str(b.path),
    ),
    Column("Why", lambda b: reason_text(b.reason)),
    Column("Documents", lambda b: str(b.documents), sort_value=lambda b: b.documents),
    Column("Size", lambda b: size_text(b.size), sort_value=lambda b: b.size),
    Column("Encrypted", lambda b: "Yes" if b.encrypted else "No"),
)


class BackupsModel(ListTableModel[BackupInfo]):
    def __init__(self) -> None:
        super().__init__(BACKUP_COLUMNS)


class RestoreDialog(QDialog):
    """Pick a backup of this database (newest first) or any archive file; then confirm."""

    def __init__(
        self,
        *,
        backups: Sequence[BackupInfo],
        folder: Path,
        on_chosen: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore from a backup")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._folder = folder
        self._on_chosen = on_chosen
        self.confirm_box: QMessageBox | None = None
        intro = QLabel(
            "<p>Restoring <b>replaces the database and its documents</b> with the backup's. "
            "The database as it is now is first kept as a backup of its own, so a restore "
            "can be undone by restoring that one.</p>",
            self,
        )
        intro.setWordWrap(True)
        self.model = BackupsModel()
        self.model.setParent(self)
        self.model.set_items(backups)
        self.table = read_only_table(self.model, parent=self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName("Backups")
        size_columns(
            self.table, ("22 Nov 2026, 10:41", "Daily, at the first start of the day"), stretch=1
        )
        self.table.activated.connect(lambda _index: self._restore_selected())
        if backups:
            self.table.selectRow(0)
        empty = muted(f"No backup of this database in {folder}.", parent=self)
        empty.setVisible(not backups)
        self.restore_button = QPushButton("&Restore the selected backup…", self)
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self._restore_selected)
        other = QPushButton("Choose another &file…", self)
        other.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.confirm(info.path, f"the backup taken {info.created_at:%d %B %Y at %H:%M}")

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Restore from a backup file", str(self._folder), "TreatyDesk backups (*.zip)"
        )
        if name:
            self.confirm(Path(name), Path(name).name)

    def confirm(self, archive: Path, label: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Restore from a backup")
        box.setText(f"Replace the database and its documents with {label}?")
        box.setInformativeText(
            "Everything recorded since that backup will no longer be in the database. The "
            "database as it is now is kept as a backup first."
        )
        yes = box.addButton("Replace with the backup", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def clicked(which: object) -> None:
            if which is yes:
                self.accept()
                self._on_chosen(archive)

        box.buttonClicked.connect(clicked)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm_box = box
        box.open()
