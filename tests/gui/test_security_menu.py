"""The Database menu's backup, restore, passphrase and lock actions, over fake handlers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

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


def test_backup_now_says_where(window: QMainWindow) -> None:
    fake = Fake()
    menu = SecurityMenu(window, fake.handlers())
    menu.backup_action.trigger()
    assert "Backup written" in menu.last_message.text()
    menu.last_message.close()


def test_restore_asks_confirmation_then_restores(
    window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = Fake()
    menu = SecurityMenu(window, fake.handlers())
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    menu.restore(Path("good.zip"))
    assert fake.calls == []  # said no
    menu.restore(Path("good.zip"))
    assert fake.calls == [("restore", "good.zip", None), ("refreshed",)]
    assert "Restored from good.zip" in menu.last_message.text()
    menu.last_message.close()


def test_restore_refusal_is_a_plain_message(
    window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = Fake()
    menu = SecurityMenu(window, fake.handlers())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    menu.restore(Path("bad.zip"))
    assert "not a TreatyDesk backup" in menu.last_message.text()
    assert ("refreshed",) not in fake.calls
    menu.last_message.close()


def test_backup_under_another_passphrase_asks_for_it(
    qtbot, window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = Fake()
    menu = SecurityMenu(window, fake.handlers())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    menu.restore(Path("old.zip"))
    dialog = menu.backup_dialog
    assert (
        dialog.isVisible()
        and "does not unlock" in dialog.findChildren(type(dialog.error))[0].text()
    )
    qtbot.keyClicks(dialog.field, "a wrong one")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "does not unlock" in dialog.error.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog.field, "the old passphrase")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert fake.calls[-2:] == [("restore", "old.zip", "the old passphrase"), ("refreshed",)]
    menu.last_message.close()


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
