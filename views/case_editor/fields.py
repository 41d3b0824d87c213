"""Form fields of the case editor: typed bindings between a widget and one input field.

A `Binding` knows how to read its widget as the service's value (`value()`, which raises a
DomainError naming the field when the text cannot be read, e.g. a date "31.02.2024"), how
to show a value (`set_value()`), and the widget's *raw* state (`raw()`: the text as typed,
the item chosen). Dirty checks and the three-way merge after a conflict work on raw states,
so that even half-typed, invalid text survives a reload: nothing typed is ever lost.

A `Form` is a set of bindings for one input DTO (CaseInput, ProceedingInput, ...): their
names are the DTO's field names, which are also the `field` of the service's DomainError,
so an error lands next to its widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QObject,
    QPoint,
    QSignalBlocker,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.remedies import format_amount
from views import i18n
from views.i18n import QT_TRANSLATE_NOOP
from views.widgets import MUTED_TEXT

ERROR_COLOUR = "#b3261e"
DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("DateEdit", "dd.mm.yyyy")
_DATE_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


# ---------------------------------------------------------------- dates


def parse_date(text: str) -> date | None:
    """ "18.01.2025", "18/1/2025", "2025-01-18" -> date; "" -> None; ValueError otherwise."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if m := _DATE_DMY.match(cleaned):
        day, month, year = (int(g) for g in m.groups())
    elif m := _DATE_ISO.match(cleaned):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError(cleaned)
    return date(year, month, day)  # ValueError for 31.02.2024


def format_date(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


class DateEdit(QWidget):
    """A date that may be empty ("no date"): typed as dd.mm.yyyy, or picked from a calendar.

    The date is repeated in words beside the field ("18 January 2025"), so that 05.12 and
    12.05 are never confused.
    """

    edited = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(QCoreApplication.translate("DateEdit", DATE_PLACEHOLDER))
        self.line.setClearButtonEnabled(True)
        width = self.line.fontMetrics().horizontalAdvance("00.00.00000") + 40
        self.line.setFixedWidth(width)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        # A popup frame owned by this widget (not a QWidgetAction, whose ownership of its
        # widget PySide does not track: the calendar would be freed twice).
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self.popup)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(2, 2, 2, 2)
        popup_layout.addWidget(self.calendar)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(f"color: {MUTED_TEXT};")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setMinimumWidth(120)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addSpacing(6)
        row.addWidget(self.hint, 1)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._text_changed)
        # Alt+Down opens the calendar, as in a combo box (a shortcut, not an event filter:
        # PySide can crash calling a Python event filter while a widget is torn down).
        calendar_key = QShortcut(QKeySequence("Alt+Down"), self.line)
        calendar_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        calendar_key.activated.connect(self.show_calendar)

    def text(self) -> str:
        return self.line.text().strip()

    def setText(self, text: str) -> None:  # Qt naming, like QLineEdit
        self.line.setText(text)

    def date(self) -> date | None:
        """The date typed; ValueError when the text is not a date."""
        return parse_date(self.line.text())

    def set_date(self, value: date | None) -> None:
        self.line.setText(format_date(value))

    def show_calendar(self) -> None:
        try:
            current = self.date()
        except ValueError:
            current = None
        shown = current or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.adjustSize()
        self.popup.move(self.button.mapToGlobal(QPoint(0, self.button.height())))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self.popup.hide()
        self.line.setFocus()

    def _text_changed(self) -> None:
        try:
            value = self.date()
        except ValueError:
            self.hint.setText(self.tr("not a date: dd.mm.yyyy"))
        else:
            self.hint.setText(i18n.format_date(value))
        self.edited.emit()


# ---------------------------------------------------------------- tags


def split_tags(text: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for part in text.split(","):
        name = " ".join(part.split())
        if name:
            seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


class TagsEdit(QLineEdit):
    """Tags as a comma-separated list; the tag being typed completes from the known tags."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. Torture, January 2022 events"))
        self._names = QStringListModel(self)
        self.tag_completer = QCompleter(self._names, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_completer.setWidget(self)
        self.tag_completer.activated.connect(self.insert_tag)
        self.textEdited.connect(self._complete)

    def set_known_tags(self, names: Sequence[str]) -> None:
        self._names.setStringList(list(names))

    def current_fragment(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def insert_tag(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        new = f"{head}{name}, "
        self.setText(new + after.lstrip(", "))
        self.setCursorPosition(len(new))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.tag_completer.popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            event.ignore()  # the completer's popup handles them
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.tag_completer.popup().hide()

    def _complete(self) -> None:
        fragment = self.current_fragment()
        if not fragment:
            self.tag_completer.popup().hide()
            return
        self.tag_completer.setCompletionPrefix(fragment)
        if self.tag_completer.completionCount() == 0:
            self.tag_completer.popup().hide()
            return
        self.tag_completer.complete()


# ---------------------------------------------------------------- errors


class ErrorLabel(QLabel):
    """The service's message, in red under the field it is about; hidden when there is none."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


# ---------------------------------------------------------------- bindings


class Binding:
    """One input field: its widget, its label, its error label, and how to read it."""

    def __init__(self, name: str, label: str, widget: QWidget, *, tip: str | None = None) -> None:
        self.name = name
        self.label = label
        self.widget = widget
        self.error = ErrorLabel()
        self.container = QWidget()
        column = QVBoxLayout(self.container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.error)
        self.container.setFocusProxy(widget)
        widget.setAccessibleName(label)
        if tip:
            widget.setToolTip(tip)

    # The raw state: what is typed or chosen, comparable with ==.
    def raw(self) -> object:
        raise NotImplementedError

    def set_raw(self, raw: object) -> None:
        raise NotImplementedError

    def raw_of(self, value: object) -> object:
        raise NotImplementedError

    def display(self, raw: object) -> str:
        return (
            str(raw) if raw not in (None, "") else QCoreApplication.translate("Binding", "(empty)")
        )

    # The value handed to the service.
    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        self.set_raw(self.raw_of(value))

    def connect(self, slot: Callable[[], None]) -> None:
        raise NotImplementedError

    def focus(self) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def fail(self, message: str) -> DomainError:
        return DomainError(message, field=self.name)


class TextBinding(Binding):
    """A one-line text; `optional` gives None for an empty field (e.g. a symbol)."""

    widget: QLineEdit

    def __init__(
        self,
        name: str,
        label: str,
        *,
        optional: bool = False,
        placeholder: str = "",
        tip: str | None = None,
    ) -> None:
        super().__init__(name, label, QLineEdit(), tip=tip)
        self._optional = optional
        if placeholder:
            self.widget.setPlaceholderText(placeholder)

    def raw(self) -> str:
        return self.widget.text()

    def set_raw(self, raw: object) -> None:
        self.widget.setText(str(raw or ""))
        self.widget.setCursorPosition(0)  # show the beginning of a long text

    def raw_of(self, value: object) -> str:
        return "" if value is None else str(value)

    def value(self) -> str | None:
        text = self.widget.text().strip()
        return (text or None) if self._optional else text

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.textChanged.connect(slot)


class PlainTextBinding(Binding):
    widget: QPlainTextEdit

    def __init__(
        self,
        name: str,
        label: str,
        *,
        lines: int = 4,
        placeholder: str = "",
        tip: str | None = None,
    ) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        # Its size hint (a dozen lines) must not push a page into scrolling: it takes the
        # room left, and at least `lines` lines.
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        super().__init__(name, label, edit, tip=tip)

    def raw(self) -> str:
        return self.widget.toPlainText()

    def set_raw(self, raw: object) -> None:
        self.widget.setPlainText(str(raw or ""))

    def raw_of(self, value: object) -> str:
        return "" if value is None else str(value)

    def display(self, raw: object) -> str:
        text = str(raw or "").strip()
        if not text:
            return QCoreApplication.translate("Binding", "(empty)")
        return text if len(text) <= 160 else text[:157] + "…"

    def value(self) -> str:
        return self.widget.toPlainText().strip()

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.textChanged.connect(slot)


class ChoiceBinding(Binding):
    """A closed list (a vocabulary, a treaty body): the raw state is the value chosen."""

    widget: QComboBox

    def __init__(
        self,
        name: str,
        label: str,
        choices: Iterable[tuple[str, object]] = (),
        *,
        tip: str | None = None,
    ) -> None:
        super().__init__(name, label, QComboBox(), tip=tip)
        self.widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._values: list[object] = []
        self.set_choices(list(choices))

    def set_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        current = self.raw() if self._values else None
        with QSignalBlocker(self.widget):
            self.widget.clear()
            self._values = [value for _label, value in choices]
            for text, _value in choices:
                self.widget.addItem(text)
            if current is not None and current in self._values:
                self.widget.setCurrentIndex(self._values.index(current))

    def raw(self) -> object:
        index = self.widget.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_raw(self, raw: object) -> None:
        if raw in self._values:
            self.widget.setCurrentIndex(self._values.index(raw))
        elif self._values:
            self.widget.setCurrentIndex(0)

    def raw_of(self, value: object) -> object:
        return value

    def display(self, raw: object) -> str:
        if raw in self._values:
            return self.widget.itemText(self._values.index(raw))
        return super().display(raw)

    def value(self) -> object:
        return self.raw()

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(slot)


class SearchChoiceBinding(Binding):
    """A long closed list (249 countries) in an editable combo: type any part of a name.

    The raw state is the text shown; `value()` finds the item it names (or its code).
    """

    widget: QComboBox

    def __init__(self, name: str, label: str, *, what: str, tip: str | None = None) -> None:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(15)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        super().__init__(name, label, combo, tip=tip)
        self._what = what
        self._by_label: dict[str, str] = {}
        self._label_of: dict[str, str] = {}

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(label, code) pairs, e.g. ("Kazakhstan (KZ)", "KZ")."""
        text = self.widget.currentText()
        with QSignalBlocker(self.widget):
            self.widget.clear()
            for label, _code in choices:
                self.widget.addItem(label)
            self._by_label = {label.casefold(): code for label, code in choices}
            self._label_of = {code.upper(): label for label, code in choices}
            self.widget.setCurrentIndex(-1)
            self.widget.setEditText(text)

    def raw(self) -> str:
        return self.widget.currentText()

    def set_raw(self, raw: object) -> None:
        text = str(raw or "")
        index = self.widget.findText(text)
        if index >= 0:
            self.widget.setCurrentIndex(index)
        else:
            self.widget.setCurrentIndex(-1)
            self.widget.setEditText(text)

    def raw_of(self, value: object) -> str:
        code = str(value or "")
        return self._label_of.get(code.upper(), code)

    def value(self) -> str:
        text = self.widget.currentText().strip()
        if not text:
            return ""
        code = self._by_label.get(text.casefold())
        if code is not None:
            return code
        if text.upper() in self._label_of:
            return text.upper()
        matches = [c for label, c in self._by_label.items() if text.casefold() in label]
        if len(matches) == 1:
            return matches[0]
        raise self.fail(
            QCoreApplication.translate(
                "Binding",
                "“{text}” is not a {what} TreatyDesk knows: choose one from the list "
                "(type part of its name).",
            ).format(text=text, what=self._what)
        )

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.currentTextChanged.connect(slot)


class ComboTextBinding(Binding):
    """Free text with suggestions (lead lawyer): an editable combo of the names used before."""

    widget: QComboBox

    def __init__(self, name: str, label: str, *, tip: str | None = None) -> None:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        super().__init__(name, label, combo, tip=tip)

    def set_suggestions(self, names: Sequence[str]) -> None:
        text = self.widget.currentText()
        with QSignalBlocker(self.widget):
            self.widget.clear()
            self.widget.addItems(list(names))
            self.widget.setCurrentIndex(-1)
            self.widget.setEditText(text)

    def raw(self) -> str:
        return self.widget.currentText()

    def set_raw(self, raw: object) -> None:
        self.widget.setCurrentIndex(-1)
        self.widget.setEditText(str(raw or ""))

    def raw_of(self, value: object) -> str:
        return "" if value is None else str(value)

    def value(self) -> str:
        return self.widget.currentText().strip()

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.currentTextChanged.connect(slot)


class CheckBinding(Binding):
    widget: QCheckBox

    def __init__(self, name: str, label: str, text: str, *, tip: str | None = None) -> None:
        super().__init__(name, label, QCheckBox(text), tip=tip)

    def raw(self) -> bool:
        return self.widget.isChecked()

    def set_raw(self, raw: object) -> None:
        self.widget.setChecked(bool(raw))

    def raw_of(self, value: object) -> bool:
        return bool(value)

    def display(self, raw: object) -> str:
        return (
            QCoreApplication.translate("Binding", "Yes")
            if raw
            else QCoreApplication.translate("Binding", "No")
        )

    def value(self) -> bool:
        return self.widget.isChecked()

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.toggled.connect(slot)


class DateBinding(Binding):
    widget: DateEdit

    def __init__(
        self, name: str, label: str, *, required: bool = False, tip: str | None = None
    ) -> None:
        super().__init__(name, label, DateEdit(), tip=tip)
        self._required = required
        self.widget.line.setAccessibleName(label)

    def raw(self) -> str:
        return self.widget.text()

    def set_raw(self, raw: object) -> None:
        self.widget.setText(str(raw or ""))

    def raw_of(self, value: object) -> str:
        return format_date(value) if isinstance(value, date) else ""

    def display(self, raw: object) -> str:
        try:
            value = parse_date(str(raw or ""))
        except ValueError:
            return str(raw)
        return (
            i18n.format_date(value) if value else QCoreApplication.translate("Binding", "(no date)")
        )

    def value(self) -> date | None:
        text = self.widget.text()
        try:
            value = parse_date(text)
        except ValueError:
            raise self.fail(
                QCoreApplication.translate(
                    "Binding",
                    "{label}: “{text}” is not a date. Type it as day.month.year, "
                    "e.g. 18.01.2025, or leave the field empty.",
                ).format(label=self.label, text=text)
            ) from None
        if value is None and self._required:
            raise self.fail(
                QCoreApplication.translate(
                    "Binding", "{label} is required (day.month.year, e.g. 18.01.2025)."
                ).format(label=self.label)
            )
        return value

    def focus(self) -> None:
        self.widget.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.edited.connect(slot)


class TagsBinding(Binding):
    widget: TagsEdit

    def __init__(self, name: str, label: str, *, tip: str | None = None) -> None:
        super().__init__(name, label, TagsEdit(), tip=tip)

    def raw(self) -> str:
        return ", ".join(split_tags(self.widget.text()))

    def set_raw(self, raw: object) -> None:
        self.widget.setText(str(raw or ""))

    def raw_of(self, value: object) -> str:
        return ", ".join(value) if isinstance(value, tuple | list) else str(value or "")

    def value(self) -> tuple[str, ...]:
        return split_tags(self.widget.text())

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.textChanged.connect(slot)


_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d{1,2}$")


def amount_text(typed: str) -> str:
    """What Decimal() reads from an amount as typed: group separators (comma, space, no-break
    space) dropped; a single comma before one or two final digits is a decimal comma, as
    written in Russian ("1250,50"; "11,250" stays eleven thousand two hundred and fifty)."""
    text = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if _DECIMAL_COMMA.match(text):
        return text.replace(",", ".")
    return text.replace(",", "")


class AmountBinding(Binding):
    """A sum of money: "11,250,000" or "1250.50"; empty for none."""

    widget: QLineEdit

    def __init__(self, name: str, label: str, *, tip: str | None = None) -> None:
        super().__init__(name, label, QLineEdit(), tip=tip)
        self.widget.setPlaceholderText(QCoreApplication.translate("Binding", "e.g. 11,250,000"))
        self.widget.setAlignment(Qt.AlignmentFlag.AlignRight)

    def raw(self) -> str:
        return self.widget.text().strip()

    def set_raw(self, raw: object) -> None:
        self.widget.setText(str(raw or ""))

    def raw_of(self, value: object) -> str:
        return format_amount(value) if isinstance(value, Decimal) else ""

    def value(self) -> Decimal | None:
        text = amount_text(self.widget.text())
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise self.fail(
                QCoreApplication.translate(
                    "Binding",
                    "The amount “{text}” is not a number, e.g. 11,250,000 or 1250.50.",
                ).format(text=self.widget.text().strip())
            ) from None
        if not amount.is_finite():
            raise self.fail(
                QCoreApplication.translate(
                    "Binding", "The amount must be a number, e.g. 11,250,000."
                )
            )
        return amount

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.textChanged.connect(slot)


# ---------------------------------------------------------------- merge


@dataclass(frozen=True)
class FieldChange:
    """One field in a three-way comparison, as a reader sees it."""

    name: str
    label: str
    base: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class Merge:
    """The user's edits re-applied on a record changed elsewhere.

    `mine`: fields only the user changed (kept); `theirs`: fields only changed elsewhere
    (taken); `both`: fields both changed to different values (the user's value is kept,
    the other shown so the user can decide).
    """

    mine: tuple[FieldChange, ...] = ()
    theirs: tuple[FieldChange, ...] = ()
    both: tuple[FieldChange, ...] = ()

    def __add__(self, other: Merge) -> Merge:
        return Merge(self.mine + other.mine, self.theirs + other.theirs, self.both + other.both)

    @property
    def both_labels(self) -> list[str]:
        return [c.label for c in self.both]


def three_way(
    base: Mapping[str, object],
    mine: Mapping[str, object],
    theirs: Mapping[str, object],
    *,
    bindings: Mapping[str, Binding],
) -> tuple[dict[str, object], Merge]:
    """The raw values to show (theirs with my changes on top) and what happened to each field."""
    merged: dict[str, object] = dict(theirs)
    kept: list[FieldChange] = []
    taken: list[FieldChange] = []
    both: list[FieldChange] = []
    for name, binding in bindings.items():
        b, m, t = base.get(name), mine.get(name), theirs.get(name)
        change = FieldChange(
            name, binding.label, binding.display(b), binding.display(m), binding.display(t)
        )
        i_changed, they_changed = m != b, t != b
        if i_changed:
            merged[name] = m
        if i_changed and they_changed and m != t:
            both.append(change)
        elif i_changed and not they_changed:
            kept.append(change)
        elif they_changed and not i_changed:
            taken.append(change)
    return merged, Merge(tuple(kept), tuple(taken), tuple(both))


# ---------------------------------------------------------------- forms


class Form(QObject):
    """The bindings of one input DTO, with the values they were loaded with (the base)."""

    changed = Signal()

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bindings: dict[str, Binding] = {}
        self._base: dict[str, object] = {}
        self._loading = False

    def add(self, binding: Binding) -> Binding:
        self.bindings[binding.name] = binding
        binding.connect(self._on_change)
        return binding

    def __getitem__(self, name: str) -> Binding:
        return self.bindings[name]

    def add_row(
        self,
        layout: QFormLayout | QGridLayout,
        binding: Binding,
        label: str | None = None,
        *,
        grow: bool | None = None,
    ) -> None:
        """Add the binding (and its error label) with a buddy label. In a grid, a multi-line
        field (or `grow`) takes the height left, so a form has no empty band under it."""
        self.add(binding)
        caption = QLabel(label if label is not None else f"{binding.label}:")
        caption.setBuddy(
            binding.widget if not isinstance(binding, DateBinding) else binding.widget.line
        )
        if isinstance(layout, QFormLayout):
            layout.addRow(caption, binding.container)
            return
        row = layout.rowCount()
        tall = isinstance(binding, PlainTextBinding) or grow
        vertical = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
        layout.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignLeft | vertical)
        layout.addWidget(binding.container, row, 1)
        if grow if grow is not None else isinstance(binding, PlainTextBinding):
            layout.setRowStretch(row, 1)

    # ---- state

    def load(self, values: Mapping[str, object]) -> None:
        """Show `values` (the record as saved): they become the base of the dirty check."""
        self._loading = True
        try:
            for name, binding in self.bindings.items():
                if name in values:
                    binding.set_value(values[name])
            self._base = self.raws()
        finally:
            self._loading = False
        self.clear_errors()
        self.changed.emit()

    def raws(self) -> dict[str, object]:
        return {name: b.raw() for name, b in self.bindings.items()}

    def set_raws(self, raws: Mapping[str, object]) -> None:
        self._loading = True
        try:
            for name, raw in raws.items():
                if name in self.bindings:
                    self.bindings[name].set_raw(raw)
        finally:
            self._loading = False
        self.changed.emit()

    @property
    def base(self) -> dict[str, object]:
        return dict(self._base)

    def changed_fields(self) -> list[str]:
        raws = self.raws()
        return [name for name in self.bindings if raws[name] != self._base.get(name)]

    def is_dirty(self) -> bool:
        return bool(self.changed_fields())

    def values(self) -> dict[str, object]:
        """The values for the service; DomainError (with its field) if one cannot be read."""
        return {name: b.value() for name, b in self.bindings.items()}

    def theirs(self, values: Mapping[str, object]) -> dict[str, object]:
        """The raw states `values` would show."""
        return {name: b.raw_of(values[name]) for name, b in self.bindings.items() if name in values}

    def preview_merge(self, fresh: Mapping[str, object]) -> Merge:
        return three_way(self._base, self.raws(), self.theirs(fresh), bindings=self.bindings)[1]

    def rebase(self, fresh: Mapping[str, object]) -> Merge:
        """Load `fresh` (the record as saved now, every field) and re-apply the user's edits
        on top: the fields the user changed keep what the user typed."""
        merged, merge = three_way(
            self._base, self.raws(), self.theirs(fresh), bindings=self.bindings
        )
        self.load(fresh)
        self.set_raws(merged)
        return merge

    # ---- errors

    def show_error(self, field: str | None, message: str) -> Binding | None:
        binding = self.bindings.get(field or "")
        if binding is None:
            return None
        binding.error.show_message(message)
        return binding

    def clear_errors(self) -> None:
        for binding in self.bindings.values():
            binding.error.clear_message()

    def set_enabled(self, enabled: bool) -> None:
        for binding in self.bindings.values():
            binding.widget.setEnabled(enabled)

    def _on_change(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()


def form_grid(parent: QWidget | None = None) -> QGridLayout:
    """Label | field rows, fields taking the width, multi-line fields the height left."""
    grid = QGridLayout(parent) if parent is not None else QGridLayout()
    grid.setColumnStretch(1, 1)
    grid.setVerticalSpacing(6)
    return grid


def span_row(grid: QGridLayout, widget: QWidget, *, label: str = "") -> None:
    """A row across the form (a note, a card), or under the fields with an empty label."""
    row = grid.rowCount()
    if label:
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(widget, row, 1)
    else:
        grid.addWidget(widget, row, 0, 1, 2)
