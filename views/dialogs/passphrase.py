"""Passphrase dialogs: unlock (with another try after a wrong one), and choose a new one.

The dialogs know nothing of databases: the composition root hands them callables that
try a passphrase and return None when it worked, or the message to show. A wrong
passphrase clears the field and asks again; nothing is ever written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from views.i18n import QT_TRANSLATE_NOOP

# Try a passphrase: None when it worked, else the message to show (wrong passphrase, ...).
TryPassphrase = Callable[[str], str | None]
# Check (and apply) a new passphrase: (current or "", new, confirmation) -> None or a message.
SetPassphrase = Callable[[str, str, str], str | None]

ERROR_STYLE = "color: #b00020;"  # contrast 6.9:1 on white


def secret_field(parent: QWidget, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(False)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    # Show/hide the typed characters (for passphrases in another keyboard layout).
    show = QAction(QIcon(), QCoreApplication.translate("Passphrase", "Show"), field)
    show.setCheckable(True)
    show.setToolTip(QCoreApplication.translate("Passphrase", "Show the passphrase"))
    show.toggled.connect(
        lambda on: field.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
    )
    field.addAction(show, QLineEdit.ActionPosition.TrailingPosition)
    field.setProperty("showAction", show)
    return field


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class PassphraseDialog(QDialog):
    """Unlock the database: the passphrase is tried at once; a wrong one is said plainly
    and the field is ready for another try. `max_attempts` (None: no limit) ends it."""

    def __init__(
        self,
        *,
        database_label: str,
        try_unlock: TryPassphrase,
        reason: str = "",
        max_attempts: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("TreatyDesk — unlock"))
        self.setModal(True)
        self._try_unlock = try_unlock
        self._max_attempts = max_attempts
        self.attempts = 0

        intro = QLabel(
            (f"{reason}\n\n" if reason else "")
            + self.tr(
                "The database {database} is protected by a passphrase. Enter it to open "
                "the database."
            ).format(database=database_label),
            self,
        )
        intro.setWordWrap(True)
        self.field = secret_field(self, self.tr("Passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self._attempt)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda t: self.unlock_button.setEnabled(bool(t)))
        self.unlock_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.field.setFocus()

    def _attempt(self) -> None:
        text = self.field.text()
        if not text:
            return
        self.attempts += 1
        message = self._try_unlock(text)
        self.field.clear()
        if message is None:
            self.accept()
            return
        if self._max_attempts is not None and self.attempts >= self._max_attempts:
            self.error.setText(message)
            self.reject()
            return
        self.error.setText(message)
        self.error.show()
        self.field.setFocus()

    def done(self, result: int) -> None:
        self.field.clear()
        super().done(result)


class NewPassphraseMode(Enum):
    FIRST_START = "first_start"  # a new database: protect it (recommended) or not
    ENCRYPT = "encrypt"  # protect an existing plain database
    CHANGE = "change"  # change the passphrase: the current one is asked too


_TEXTS = {
    NewPassphraseMode.FIRST_START: (
        QT_TRANSLATE_NOOP("NewPassphraseDialog", "Protect the database"),
        QT_TRANSLATE_NOOP(
            "NewPassphraseDialog",
            "TreatyDesk keeps the names of victims, witnesses and your own staff. Protect "
            "them with a passphrase: the database, its documents and its backups are then "
            "encrypted on the disk, and unreadable without it.\n\nKeep the passphrase safe: "
            "if it is lost, nobody — TreatyDesk included — can recover the data.",
        ),
    ),
    NewPassphraseMode.ENCRYPT: (
        QT_TRANSLATE_NOOP("NewPassphraseDialog", "Protect with a passphrase"),
        QT_TRANSLATE_NOOP(
            "NewPassphraseDialog",
            "The database, its documents and its backups will be encrypted with this "
            "passphrase. Keep it safe: if it is lost, nobody can recover the data.",
        ),
    ),
    NewPassphraseMode.CHANGE: (
        QT_TRANSLATE_NOOP("NewPassphraseDialog", "Change the passphrase"),
        QT_TRANSLATE_NOOP(
            "NewPassphraseDialog",
            "The database, its documents and its backups will be re-encrypted with the new "
            "passphrase; a backup is taken first.",
        ),
    ),
}


class NewPassphraseDialog(QDialog):
    """Choose a passphrase (twice). `apply(current, new, confirmation)` checks and applies
    it, returning None or the message to show; the dialog stays open until it works."""

    def __init__(
        self,
        *,
        mode: NewPassphraseMode,
        apply: SetPassphrase,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.mode = mode
        self._apply = apply
        self.protected = True
        title_source, text_source = _TEXTS[mode]
        title = QCoreApplication.translate("NewPassphraseDialog", title_source)
        text = QCoreApplication.translate("NewPassphraseDialog", text_source)
        self.setWindowTitle(self.tr("TreatyDesk — {title}").format(title=title.lower()))
        self.setModal(True)

        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.protect = QCheckBox(self.tr("Protect with a passphrase (recommended)"), self)
        self.protect.setChecked(True)
        self.protect.setVisible(mode is NewPassphraseMode.FIRST_START)
        self.current = secret_field(self, self.tr("Current passphrase"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new = secret_field(self, self.tr("At least 8 characters; a few words are best"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.confirmation = secret_field(self, self.tr("The same again"))
        self.confirmation.setAccessibleName(self.tr("Repeat the passphrase"))
        self.error = error_label(self)

        form = QFormLayout()
        if mode is NewPassphraseMode.CHANGE:
            form.addRow(self.tr("Current passphrase:"), self.current)
        else:
            self.current.hide()
        form.addRow(
            self.tr("New passphrase:")
            if mode is NewPassphraseMode.CHANGE
            else self.tr("Passphrase:"),
            self.new,
        )
        form.addRow(self.tr("Repeat it:"), self.confirmation)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Continue") if mode is NewPassphraseMode.FIRST_START else title
        )
        self.buttons.accepted.connect(self._attempt)
        self.buttons.rejected.connect(self.reject)
        self.protect.toggled.connect(self._protect_toggled)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        (self.current if mode is NewPassphraseMode.CHANGE else self.new).setFocus()

    def _protect_toggled(self, on: bool) -> None:
        self.protected = on
        for field in (self.new, self.confirmation):
            field.setEnabled(on)
        if not on:
            self.error.setText(
                self.tr(
                    "Without a passphrase, anyone who gets this computer's disk, or a copy of "
                    "the database or its backups, can read every name in it. You can protect "
                    "it later (Database ▸ Protect with a passphrase)."
                )
            )
            self.error.show()
        else:
            self.error.hide()

    def _attempt(self) -> None:
        if not self.protected:
            self.accept()
            return
        message = self._apply(self.current.text(), self.new.text(), self.confirmation.text())
        if message is None:
            self.accept()
            return
        self.error.setText(message)
        self.error.show()
        self.confirmation.clear()
        self.new.setFocus()

    def done(self, result: int) -> None:
        for field in (self.current, self.new, self.confirmation):
            field.clear()
        super().done(result)
