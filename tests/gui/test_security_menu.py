"""The Database menu's passphrase and lock actions, over fake handlers; Back up and Restore
are the File menu's only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from app.errors import DomainError
from app.security import WrongPassphraseError
from views.security_menu import SecurityHandlers, SecurityMenu


class Fake:
    def __init__(self) -> None:
        self.encrypted = False
        self.calls: list[tuple] = []
        self.backup_passphrase = "the old passphrase"

    def handlers(self) -> SecurityHandlers:
        return SecurityHandlers(
            backup_now=self.backup_now,
            restore=self.restore,
            protect=self.protect,
            change_passphrase=self.change,
            lock_now=lambda: self.calls.append(("lock",)),
            is_encrypted=lambda: self.encrypted,
            backups_folder=Path("/nonexistent"),
            after_restore=lambda: self.calls.append(("refreshed",)),
        )

    def backup_now(self) -> str:
        self.calls.append(("backup",))
        return "Backup written to treatydesk-20261122-manual.zip"

    def restore(self, archive: Path, passphrase: str | None) -> str:
        self.calls.append(("restore", archive.name, passphrase))
        if archive.name == "bad.zip":
            raise DomainError("bad.zip is not a TreatyDesk backup.")
        if archive.name == "old.zip" and passphrase != self.backup_passphrase:
            raise WrongPassphraseError("The passphrase does not unlock the backup old.zip.")
        return f"Restored from {archive.name}."

    def protect(self, new: str, again: str) -> str | None:
        if new != again:
            return "The two passphrases are not the same."
        self.encrypted = True
        self.calls.append(("protect", new))
        return None

    def change(self, current: str, new: str, again: str) -> str | None:
        self.calls.append(("change", current, new))
        return None


@pytest.fixture
def window(qtbot) -> QMainWindow:
    w = QMainWindow()
    w.menuBar().addMenu("&Database")
    qtbot.addWidget(w)
    w.show()
    return w


def test_actions_follow_the_protection(window: QMainWindow) -> None:
    fake = Fake()
    menu = SecurityMenu(window, fake.handlers())
    assert menu.menu.title() == "&Database"  # the window's own menu, not a second one
    assert menu.protect_action.isVisible()
    assert not menu.change_action.isVisible() and not menu.lock_action.isVisible()
    fake.encrypted = True
    menu.refresh()
    assert not menu.protect_action.isVisible()
    assert menu.change_action.isVisible() and menu.lock_action.isVisible()
    menu.lock_action.trigger()
    assert fake.calls == [("lock",)]


def test_backup_and_restore_are_not_repeated_in_the_database_menu(window: QMainWindow) -> None:
    fake = Fake()
    menu = SecurityMenu(window, fake.handlers())
    texts = [a.text().replace("&", "") for a in menu.menu.actions() if not a.isSeparator()]
    assert texts == ["Protect with a passphrase…", "Change the passphrase…", "Lock now"]
    assert not any("back" in t.lower() or "restore" in t.lower() for t in texts)
    assert not hasattr(menu, "backup_action") and not hasattr(menu, "restore_action")


def test_the_main_window_has_one_backup_and_one_restore(qtbot, make_window, demo_workspace) -> None:
    """With the Database menu installed (as the composition root does), Back up and Restore
    appear once each, in the File menu."""
    main = make_window(demo_workspace, backups=demo_workspace.backups)
    SecurityMenu(main, Fake().handlers())
    found: list[tuple[str, str]] = []
    for top in main.menuBar().actions():
        sub = top.menu()
        if sub is None:
            continue
        for action in sub.actions():
            text = action.text().replace("&", "").lower()
            if "back up" in text or "restore" in text:
                found.append((top.text().replace("&", ""), text))
    assert found == [("File", "back up now…"), ("File", "restore from a backup…")]


def test_protect_then_change(qtbot, window: QMainWindow) -> None:
    fake = Fake()
    menu = SecurityMenu(window, fake.handlers())
    menu.protect_action.trigger()
    dialog = menu.passphrase_dialog
    qtbot.keyClicks(dialog.new, "a long passphrase")
    qtbot.keyClicks(dialog.confirmation, "a different one")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text()
    qtbot.keyClicks(dialog.confirmation, "a long passphrase")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert fake.calls == [("protect", "a long passphrase")]
    assert menu.change_action.isVisible() and not menu.protect_action.isVisible()
    menu.last_message.close()
    menu.change_action.trigger()
    dialog = menu.passphrase_dialog
    qtbot.keyClicks(dialog.current, "a long passphrase")
    qtbot.keyClicks(dialog.new, "another long one")
    qtbot.keyClicks(dialog.confirmation, "another long one")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert fake.calls[-1] == ("change", "a long passphrase", "another long one")
    menu.last_message.close()
