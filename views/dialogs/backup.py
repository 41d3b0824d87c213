"""Backing up now, and choosing a backup to restore (File ▸ Back up…, File ▸ Restore…).

The work itself is BackupService's (app/services/backup.py); these dialogs only ask. Both
open with `open()` (window-modal, not blocking) and report the choice through a callback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from views.i18n import QT_TRANSLATE_NOOP, format_date, format_number
from views.qtmodels.table_model import Column, ListTableModel, short_date, yes_no
from views.widgets import muted, read_only_table, size_columns

REASON_WORDS = {
    "manual": QT_TRANSLATE_NOOP("Backup", "Taken on request"),
    "daily": QT_TRANSLATE_NOOP("Backup", "Daily, at the first start of the day"),
    "before-restore": QT_TRANSLATE_NOOP("Backup", "Before a restore (the database then replaced)"),
}
"""Why a backup was taken, in English (translated when shown, by `reason_text`)."""


def reason_text(reason: str) -> str:
    if reason in REASON_WORDS:
        return QCoreApplication.translate("Backup", REASON_WORDS[reason])
    if reason.startswith("before-"):
        return QCoreApplication.translate("Backup", "Before an upgrade of the database")
    return reason


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return QCoreApplication.translate("Backup", "{size} KB").format(
            size=format_number(round(max(size, 1) / 1024))
        )
    return QCoreApplication.translate("Backup", "{size} MB").format(
        size=format_number(size / (1024 * 1024), 1)
    )


def taken_text(info: BackupInfo) -> str:
    """ "22 Nov 2026, 10:41" (the backup's local time)."""
    return f"{short_date(info.created_at.date())}, {info.created_at:%H:%M}"


BACKUP_COLUMNS: tuple[Column[BackupInfo], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Column", "Taken"),
        taken_text,
        sort_value=lambda b: b.created_at,
        tooltip=lambda b: str(b.path),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Why"), lambda b: reason_text(b.reason)),
    Column(
        QT_TRANSLATE_NOOP("Column", "Documents"),
        lambda b: format_number(b.documents),
        sort_value=lambda b: b.documents,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Size"),
        lambda b: size_text(b.size),
        sort_value=lambda b: b.size,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Encrypted"), lambda b: yes_no(b.encrypted)),
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
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._folder = folder
        self._on_chosen = on_chosen
        self.confirm_box: QMessageBox | None = None
        intro = QLabel(
            self.tr(
                "<p>Restoring <b>replaces the database and its documents</b> with the backup's. "
                "The database as it is now is first kept as a backup of its own, so a restore "
                "can be undone by restoring that one.</p>"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = BackupsModel()
        self.model.setParent(self)
        self.model.set_items(backups)
        self.table = read_only_table(self.model, parent=self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Backups"))
        size_columns(
            self.table,
            (f"{short_date(date(2026, 11, 22))}, 10:41", reason_text("daily")),
            stretch=1,
        )
        self.table.activated.connect(lambda _index: self._restore_selected())
        if backups:
            self.table.selectRow(0)
        empty = muted(
            self.tr("No backup of this database in {folder}.").format(folder=folder), parent=self
        )
        empty.setVisible(not backups)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"), self)
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self._restore_selected)
        other = QPushButton(self.tr("Choose another &file…"), self)
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
            self.confirm(
                info.path,
                self.tr("the backup taken {date} at {time}").format(
                    date=format_date(info.created_at.date()), time=f"{info.created_at:%H:%M}"
                ),
            )

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(self._folder),
            self.tr("TreatyDesk backups") + " (*.zip)",
        )
        if name:
            self.confirm(Path(name), Path(name).name)

    def confirm(self, archive: Path, label: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from a backup"))
        box.setText(
            self.tr("Replace the database and its documents with {label}?").format(label=label)
        )
        box.setInformativeText(
            self.tr(
                "Everything recorded since that backup will no longer be in the database. The "
                "database as it is now is kept as a backup first."
            )
        )
        yes = box.addButton(
            self.tr("Replace with the backup"), QMessageBox.ButtonRole.DestructiveRole
        )
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
