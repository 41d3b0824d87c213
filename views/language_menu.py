"""View ▸ Language: English, Русский…, or the system's language.

The choice is kept in the settings (views.i18n.LANGUAGE_KEY) and applies at the next start:
windows already built keep their text. Each language is named in itself, so a user who
cannot read the current interface still finds their own.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from views.i18n import (
    SYSTEM,
    available_languages,
    installed_language,
    language_name,
    resolve_language,
    store_language,
    stored_language,
)


class LanguageMenu(QMenu):
    """A radio group of the languages; choosing one stores it and says when it applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.setTitle(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_choice: dict[str, QAction] = {}
        for choice in [SYSTEM, *available_languages()]:
            text = self.tr("&System default") if choice == SYSTEM else language_name(choice)
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(choice)
            action.setObjectName(f"language_{choice}")
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_choice[choice] = action
        self.actions_by_choice[stored_language()].setChecked(True)
        self.group.triggered.connect(self._chosen)
        self.message: QMessageBox | None = None
        """The last "applies at the next start" message (tests read it)."""

    def choose(self, choice: str) -> None:
        """Select ``choice`` (SYSTEM or a language code) as if clicked."""
        self.actions_by_choice[choice].trigger()

    def _chosen(self, action: QAction) -> None:
        choice = str(action.data())
        store_language(choice)
        language = resolve_language(choice)
        if language == installed_language():
            return
        box = QMessageBox(self.parentWidget())
        box.setObjectName("languageMessage")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(
            self.tr("The interface will be in {language} the next time TreatyDesk starts.").format(
                language=language_name(language)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()  # not blocking: the menu closes, the message waits for OK
        self.message = box
