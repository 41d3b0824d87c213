"""The Database menu's protection actions: protect with a passphrase or change it, lock now.

Back up and Restore are in the File menu (the main window's, with the list of backups and
the unsaved-changes check before a restore); this menu holds what concerns the passphrase.
The window only hosts the menu; what each action does is a callable handed in by the
composition root (which holds the workspace). Known problems (DomainError) are shown as
plain messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from views.dialogs.passphrase import NewPassphraseDialog, NewPassphraseMode


@dataclass
class SecurityHandlers:
    """What the root can do about protection; each returns None or a message to show."""

    # (new, confirmation) -> None or a message; None when the database cannot be encrypted
    protect: Callable[[str, str], str | None] | None
    # (current, new, confirmation) -> None or a message
    change_passphrase: Callable[[str, str, str], str | None] | None
    lock_now: Callable[[], None] | None
    is_encrypted: Callable[[], bool]
    # Accepted for the composition root's sake (app.protection.gui_actions hands them in)
    # but not used: Back up and Restore are the File menu's (views.main_window).
    backup_now: Callable[[], str] | None = None
    restore: Callable[[Path, str | None], str] | None = None
    backups_folder: Path | None = None
    after_restore: Callable[[], None] | None = None


class SecurityMenu(QObject):
    """Adds the actions to the window's Database menu (created if missing)."""

    def __init__(self, window: QMainWindow, handlers: SecurityHandlers) -> None:
        super().__init__(window)
        self._window = window
        self._h = handlers
        self.menu = self._database_menu(window)
        self.menu.addSeparator()
        self.protect_action = self._add(self.tr("&Protect with a passphrase…"), self.protect)
        self.change_action = self._add(self.tr("&Change the passphrase…"), self.change_passphrase)
        self.lock_action = self._add(self.tr("&Lock now"), self.lock_now)
        self.lock_action.setShortcut("Ctrl+L")
        self.lock_action.setStatusTip(
            self.tr("Cover every window and forget the passphrase until it is typed again")
        )
        self.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def _database_menu(self, window: QMainWindow) -> QMenu:
        names = {"Database", self.tr("Database")}
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.text().replace("&", "") in names:
                return menu
        return window.menuBar().addMenu(self.tr("&Database"))

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def refresh(self) -> None:
        encrypted = self._h.is_encrypted()
        self.protect_action.setVisible(self._h.protect is not None and not encrypted)
        self.change_action.setVisible(self._h.change_passphrase is not None and encrypted)
        self.lock_action.setVisible(self._h.lock_now is not None and encrypted)

    # ------------------------------------------------------------ actions

    def protect(self) -> None:
        if self._h.protect is None:
            return
        protect = self._h.protect
        self._new_passphrase(
            NewPassphraseMode.ENCRYPT,
            lambda _current, new, again: protect(new, again),
            self.tr("The database, its documents and its backups are now encrypted."),
        )

    def change_passphrase(self) -> None:
        if self._h.change_passphrase is None:
            return
        self._new_passphrase(
            NewPassphraseMode.CHANGE,
            self._h.change_passphrase,
            self.tr("The passphrase was changed; documents and backups were re-encrypted."),
        )

    def _new_passphrase(
        self,
        mode: NewPassphraseMode,
        apply: Callable[[str, str, str], str | None],
        done: str,
    ) -> None:
        dialog = NewPassphraseDialog(mode=mode, apply=apply, parent=self._window)
        self.passphrase_dialog = dialog

        def accepted() -> None:
            self.refresh()
            self._inform(done)

        dialog.accepted.connect(accepted)
        dialog.open()

    def lock_now(self) -> None:
        if self._h.lock_now is not None:
            self._h.lock_now()

    # ------------------------------------------------------------ messages

    def _inform(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "TreatyDesk", text, parent=self._window)
        self.last_message = box
        box.open()
