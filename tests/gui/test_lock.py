"""Passphrase dialogs and the auto-lock: retry after a wrong passphrase, idle timer,
content covered while locked, typed values kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QWidget

from views.dialogs.passphrase import NewPassphraseDialog, NewPassphraseMode, PassphraseDialog
from views.lock import LOCKED_TITLE, IdleWatcher, ScreenLock

RIGHT = "correct horse battery"


def _checker(tried: list[str]):
    def try_unlock(text: str) -> str | None:
        tried.append(text)
        return None if text == RIGHT else "Wrong passphrase: try again."

    return try_unlock


def test_unlock_dialog_says_wrong_and_asks_again(qtbot) -> None:
    tried: list[str] = []
    dialog = PassphraseDialog(database_label="mine.sqlite", try_unlock=_checker(tried))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.unlock_button.isEnabled()
    assert dialog.field.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.field, "wrong one")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "Wrong passphrase" in dialog.error.text()
    assert dialog.field.text() == ""  # cleared for the next try
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog.field, RIGHT)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert tried == ["wrong one", RIGHT]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.attempts == 2


def test_unlock_dialog_gives_up_after_the_last_attempt(qtbot) -> None:
    dialog = PassphraseDialog(database_label="mine.sqlite", try_unlock=_checker([]), max_attempts=2)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in ("one", "two"):
        qtbot.keyClicks(dialog.field, attempt)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_show_action_reveals_the_typed_passphrase(qtbot) -> None:
    dialog = PassphraseDialog(database_label="x", try_unlock=_checker([]))
    qtbot.addWidget(dialog)
    dialog.field.property("showAction").setChecked(True)
    assert dialog.field.echoMode() is QLineEdit.EchoMode.Normal


def test_first_start_dialog_protects_by_default_and_can_be_declined(qtbot) -> None:
    applied: list[tuple[str, str, str]] = []

    def apply(current: str, new: str, again: str) -> str | None:
        applied.append((current, new, again))
        return None if new == again and len(new) >= 8 else "The two passphrases are not the same."

    dialog = NewPassphraseDialog(mode=NewPassphraseMode.FIRST_START, apply=apply)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.protect.isChecked() and dialog.protect.isVisible()
    assert not dialog.current.isVisible()
    qtbot.keyClicks(dialog.new, "a long passphrase")
    qtbot.keyClicks(dialog.confirmation, "a long passphrasE")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not the same" in dialog.error.text()
    assert dialog.confirmation.text() == ""
    qtbot.keyClicks(dialog.confirmation, "a long passphrase")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert applied[-1] == ("", "a long passphrase", "a long passphrase")
    assert dialog.protected
    assert dialog.new.text() == ""  # nothing kept in the widgets

    declined = NewPassphraseDialog(mode=NewPassphraseMode.FIRST_START, apply=apply)
    qtbot.addWidget(declined)
    declined.show()
    declined.protect.setChecked(False)
    assert not declined.new.isEnabled()
    assert "anyone who gets this computer" in declined.error.text()
    with qtbot.waitSignal(declined.accepted):
        qtbot.mouseClick(declined.ok_button, Qt.MouseButton.LeftButton)
    assert not declined.protected
    assert len(applied) == 2  # declining applies nothing


def test_change_dialog_asks_for_the_current_passphrase(qtbot) -> None:
    seen: list[tuple[str, str, str]] = []
    dialog = NewPassphraseDialog(
        mode=NewPassphraseMode.CHANGE, apply=lambda c, n, a: seen.append((c, n, a)) or None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current.isVisible() and not dialog.protect.isVisible()
    qtbot.keyClicks(dialog.current, "old one here")
    qtbot.keyClicks(dialog.new, "new one here")
    qtbot.keyClicks(dialog.confirmation, "new one here")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert seen == [("old one here", "new one here", "new one here")]


def _move_mouse(window: QMainWindow) -> None:
    QApplication.sendEvent(
        window,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


def test_input_restarts_the_idle_countdown(qtbot) -> None:
    assert IdleWatcher(minutes=1).interval_ms == 60_000
    fired: list[bool] = []
    watcher = IdleWatcher(minutes=0.01, on_idle=lambda: fired.append(True))  # 600 ms
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    watcher.start()
    try:
        for _ in range(8):  # 1.6 s of activity, well past the 600 ms idle time
            qtbot.wait(200)
            _move_mouse(window)
        assert fired == []  # every movement started the countdown again
        assert watcher.active
        qtbot.waitUntil(lambda: fired == [True], timeout=5000)  # then idle: it fires
    finally:
        watcher.stop()
    watcher.set_minutes(0)
    watcher.start()
    assert not watcher.active  # 0 minutes: never locks
    watcher.stop()


def test_idle_watcher_fires_when_nothing_happens(qtbot) -> None:
    fired: list[bool] = []
    watcher = IdleWatcher(minutes=0.002, on_idle=lambda: fired.append(True))  # 120 ms
    watcher.start()
    try:
        with qtbot.waitSignal(watcher.idle, timeout=5000):
            pass
        assert fired == [True]
    finally:
        watcher.stop()


def test_screen_lock_covers_the_content_keeps_typed_values_and_unlocks(qtbot) -> None:
    events: list[str] = []
    window = QMainWindow()
    window.setWindowTitle("TreatyDesk — Toregozhina v. Kazakhstan")
    editor = QLineEdit(window)
    window.setCentralWidget(editor)
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    editor.setText("typed but not saved")
    lock = ScreenLock(
        database_label="mine.sqlite",
        lock_data=lambda: events.append("data locked"),
        try_unlock=_checker([]),
        on_give_up=lambda: events.append("gave up"),
        idle_minutes=0.003,
    )
    lock.start()
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.is_locked and events == ["data locked"]
    assert window.windowTitle() == LOCKED_TITLE
    curtain = window.findChild(QWidget, "lockCurtain")
    assert curtain is not None and curtain.isVisible()
    assert curtain.geometry() == window.rect()
    window.resize(800, 500)
    qtbot.waitUntil(lambda: curtain.geometry() == window.rect())
    assert not lock.watcher.active  # no second lock on top of the first
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.field, "wrong")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert lock.is_locked and "Wrong passphrase" in dialog.error.text()
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClicks(dialog.field, RIGHT)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.windowTitle() == "TreatyDesk — Toregozhina v. Kazakhstan"
    assert editor.text() == "typed but not saved"
    qtbot.waitUntil(lambda: window.findChild(QWidget, "lockCurtain") is None)
    assert lock.watcher.active  # counting again
    lock.stop()


def test_screen_lock_does_nothing_for_a_database_without_passphrase(qtbot) -> None:
    events: list[str] = []
    lock = ScreenLock(
        database_label="mine.sqlite",
        lock_data=lambda: events.append("locked"),
        try_unlock=_checker([]),
        on_give_up=lambda: events.append("gave up"),
        enabled=lambda: False,
    )
    lock.lock()
    assert not lock.is_locked and events == []
    assert lock.watcher.active
    lock.stop()


def test_screen_lock_give_up(qtbot) -> None:
    events: list[str] = []
    lock = ScreenLock(
        database_label="mine.sqlite",
        lock_data=lambda: events.append("locked"),
        try_unlock=_checker([]),
        on_give_up=lambda: events.append("gave up"),
    )
    lock.lock()
    lock.lock()  # already locked: nothing more
    assert lock.dialog is not None
    lock.dialog.reject()
    assert events == ["locked", "gave up"]
    assert not lock.is_locked
