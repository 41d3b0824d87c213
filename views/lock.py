"""Auto-lock: after a configurable time without use, TreatyDesk locks itself.

`IdleWatcher` sees every keyboard and mouse event of the application (an event filter on
the QApplication) and restarts a timer; when the timer runs out, it calls back.

`ScreenLock` is what happens then: every window's content is covered (typed values in an
open editor are kept, not thrown away), window titles stop showing what was open, the
root's `lock_data` closes the database and forgets the passphrase, and the passphrase
dialog asks again. A right passphrase uncovers everything; giving up quits the
application (nothing unsaved is written: saving is explicit).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from views.dialogs.passphrase import PassphraseDialog, TryPassphrase
from views.i18n import QT_TRANSLATE_NOOP

DEFAULT_IDLE_MINUTES = 10
LOCKED_TITLE = QT_TRANSLATE_NOOP("ScreenLock", "TreatyDesk — locked")
"""The title every window shows while locked (translated when shown)."""

USER_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """Calls `on_idle` after `minutes` without keyboard or mouse input (0: never)."""

    idle = Signal()

    def __init__(
        self,
        *,
        minutes: float = DEFAULT_IDLE_MINUTES,
        on_idle: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._on_idle = on_idle
        self._installed = False
        self.set_minutes(minutes)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: float) -> None:
        if minutes < 0:
            raise ValueError("the idle time cannot be negative")
        self._minutes = minutes
        self._timer.setInterval(max(1, round(minutes * 60_000)))
        if self._installed:
            self.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        if self._minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_EVENTS and self._minutes > 0:
            self._timer.start()  # restart the countdown
        return False  # never swallow the event

    def _timed_out(self) -> None:
        self.idle.emit()
        if self._on_idle is not None:
            self._on_idle()


class _Curtain(QWidget):
    """Covers a window's whole content while locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCurtain { background: palette(window); }")
        label = QLabel(self.tr("TreatyDesk is locked."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


class ScreenLock(QObject):
    """Locks the application after idle time, or on demand (`lock()`)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        *,
        database_label: str,
        lock_data: Callable[[], None],
        try_unlock: TryPassphrase,
        on_give_up: Callable[[], None],
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        enabled: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._database_label = database_label
        self._lock_data = lock_data
        self._try_unlock = try_unlock
        self._on_give_up = on_give_up
        self._curtains: dict[QWidget, tuple[_Curtain, str]] = {}
        self.dialog: PassphraseDialog | None = None
        self.watcher = IdleWatcher(minutes=idle_minutes, on_idle=self.lock, parent=self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()

    def lock(self) -> None:
        """Lock now (a database without a passphrase has nothing to lock: `enabled`)."""
        if self.is_locked:
            return
        if not self._enabled():
            self.watcher.start()  # it may be protected later: keep counting
            return
        self.watcher.stop()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, PassphraseDialog):
                self._curtains[window] = (_Curtain(window), window.windowTitle())
                window.setWindowTitle(QCoreApplication.translate("ScreenLock", LOCKED_TITLE))
                window.installEventFilter(self)
        self._lock_data()
        self.dialog = PassphraseDialog(
            database_label=self._database_label,
            try_unlock=self._try_unlock,
            reason=self.tr("TreatyDesk locked itself after a time without use."),
        )
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._gave_up)
        self.locked.emit()
        self.dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in self._curtains:
            curtain, _title = self._curtains[watched]  # type: ignore[index]
            curtain.setGeometry(watched.rect())  # type: ignore[attr-defined]
        return False

    def _unlocked(self) -> None:
        for window, (curtain, title) in self._curtains.items():
            window.removeEventFilter(self)
            curtain.deleteLater()
            window.setWindowTitle(title)
        self._curtains.clear()
        self._drop_dialog()
        self.watcher.start()
        self.unlocked.emit()

    def _gave_up(self) -> None:
        self._drop_dialog()
        self._on_give_up()

    def _drop_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
