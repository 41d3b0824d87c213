"""What every tab of the case editor shares: the load()/save() contract and the record list.

Each tab is an `EditorTab`. The editor loads a case in one background job: it calls every
tab's `fetch()` there (service calls only, no widgets), then every tab's `load()` on the
GUI thread. A tab may own fields of the case record itself (`case_forms()`: the Overview's
fields, the Decision tab's articles), saved together by the editor's Save in one unit of
work, and records of its own (proceedings, remedies, statuses, follow-up events, manual
deadlines), written by `save_pending()`. `is_dirty()` says whether anything typed in the tab
is unsaved; `show_error()` puts a service's message next to the field it names.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, DomainError, NotFoundError
from app.services.dto import CaseDTO
from views.case_editor.fields import ErrorLabel, Form, Merge, three_way
from views.i18n import QT_TRANSLATE_NOOP
from views.qtmodels.table_model import Column, ListTableModel, ModelIndex, RowStyle
from views.widgets import MUTED_TEXT, read_only_table
from views.workers import Job, Progress, run_in_background

if TYPE_CHECKING:
    from app.context import Services

T = TypeVar("T")

NEW: Hashable = "new"
"""The key of a record being created (not saved yet)."""

UNSAVED_TIP = QT_TRANSLATE_NOOP("DraftModel", "Unsaved changes: Save (Ctrl+S) writes them")


_FINISHED: deque[Job] = deque(maxlen=256)
"""Recent jobs, kept so that the last reference to each is dropped on the GUI thread.

views.workers forgets a job as soon as its result reaches the GUI thread, which can be
before the pool's thread has returned from run(): the worker thread would then drop the
last reference and delete the job's signals object (a QObject of the GUI thread) there.
Held here, a job is released on the GUI thread, hundreds of jobs later.
"""


def start(work: Callable[[Progress], Any], **callbacks: Any) -> Job:
    """views.workers.run_in_background, with the job released on the GUI thread."""
    job = run_in_background(work, **callbacks)
    _FINISHED.append(job)
    return job


class Getter:
    """Service calls made during one load, each made once (tabs share what they read).

    Runs on the loading thread: `get(services.cases.parties, case_id)`.
    """

    def __init__(self) -> None:
        self._cache: dict[tuple[Any, ...], Any] = {}

    def __call__(self, fn: Callable[..., T], *args: Hashable) -> T:
        key = (getattr(fn, "__self__", None), getattr(fn, "__name__", fn), *args)
        if key not in self._cache:
            self._cache[key] = fn(*args)
        return self._cache[key]


class EditorHost(Protocol):
    """What a tab may ask of the editor that holds it."""

    services: Services

    @property
    def case(self) -> CaseDTO | None: ...

    @property
    def case_id(self) -> int | None: ...

    def after_change(self) -> None:
        """A record of the case was written: tell the lists, reload keeping edits."""

    def show_message(self, text: str, *, level: str = "info") -> None: ...

    def open_conflict(self, what: str, merge: Merge, on_reapply: Callable[[], None]) -> None: ...

    def confirm(self, title: str, text: str, action: str, on_yes: Callable[[], None]) -> None: ...

    def run(
        self,
        work: Callable[[Callable[[int, str], None]], Any],
        on_done: Callable[[Any], None],
        *,
        busy: str,
        on_progress: Callable[[int, str], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run `work` off the GUI thread; `on_done(result)` on the GUI thread."""


class EditorTab(QWidget):
    """One tab of the case editor; see the module's docstring for the contract."""

    title: ClassVar[str] = ""
    needs_case: ClassVar[bool] = True
    """Disabled for a new case until it is saved once (parties need a case to belong to)."""

    changed = Signal()
    """Something was typed or chosen (the editor updates its title and Save)."""

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    # ---- loading (fetch on the loading thread, load on the GUI thread)

    def fetch(self, get: Getter, case_id: int | None) -> Any:
        """Read what the tab shows. Service calls only: this runs off the GUI thread."""
        return None

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        """Show the record. With `keep_edits`, unsaved edits are re-applied on top of it;
        the merge says which fields were changed both here and in the database."""
        return Merge()

    # ---- the case record's own fields

    def case_forms(self) -> Sequence[Form]:
        """Forms whose fields belong to the case record (saved by the editor's Save)."""
        return ()

    def collect(self, values: dict[str, object]) -> None:
        """Add this tab's fields of the case record; DomainError if one cannot be read."""
        for form in self.case_forms():
            values.update(form.values())

    # ---- the tab's own records

    def records_dirty(self) -> bool:
        return False

    def unsaved(self) -> list[str]:
        """What is unsaved in this tab, for the closing prompt ("Proceeding: Trial")."""
        items = []
        if any(form.is_dirty() for form in self.case_forms()):
            items.append(self.title.replace("&", ""))
        return items

    def save_pending(self) -> bool:
        """Write the tab's unsaved records; False (and the error shown) if one failed."""
        return True

    def is_dirty(self) -> bool:
        return self.records_dirty() or any(form.is_dirty() for form in self.case_forms())

    # ---- errors

    def show_error(self, error: DomainError) -> bool:
        """Show the message next to the field it names, if this tab has it; focus the field."""
        for form in self.case_forms():
            binding = form.show_error(error.field, error.message)
            if binding is not None:
                binding.focus()
                return True
        return False

    def clear_errors(self) -> None:
        for form in self.case_forms():
            form.clear_errors()


# ---------------------------------------------------------------- small widgets


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def section_label(text: str, *, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSize(font.pointSize() + 1)
    label.setFont(font)
    return label


def note(text: str, *, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_TEXT};")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


def button(text: str, slot: Callable[[], None], *, tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(lambda _checked=False: slot())
    if tip:
        widget.setToolTip(tip)
    widget.setAutoDefault(False)
    return widget


def ask(
    parent: QWidget,
    title: str,
    text: str,
    action: str,
    on_yes: Callable[[], None],
) -> QMessageBox:
    """A non-blocking yes/cancel question (so tests and screen readers can reach it)."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)

    def clicked(which: object) -> None:
        if which is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


# ---------------------------------------------------------------- the record list


class DraftModel(ListTableModel[T]):
    """A read-only list that marks the rows holding unsaved edits (italic, with a tooltip)."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        *,
        key: Callable[[T], Hashable],
        row_style: Callable[[T], RowStyle | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, row_style=row_style, parent=parent)
        self._key = key
        self._marked: set[Hashable] = set()
        self._italic = QFont()
        self._italic.setItalic(True)

    def key(self, item: T) -> Hashable:
        return self._key(item)

    def key_of(self, row: int) -> Hashable:
        return self._key(self.item(row))

    def row_of(self, key: Hashable) -> int | None:
        for row, item in enumerate(self.items()):
            if self._key(item) == key:
                return row
        return None

    def set_marked(self, keys: set[Hashable]) -> None:
        if keys == self._marked:
            return
        self._marked = set(keys)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= index.row() < self.rowCount()
            and self._key(self.item(index.row())) in self._marked
        ):
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
            tip = super().data(index, role)
            unsaved = QCoreApplication.translate("DraftModel", UNSAVED_TIP)
            return f"{tip}\n{unsaved}" if tip else unsaved
        return super().data(index, role)


class Draft:
    """Unsaved edits of one record, kept while another record is shown."""

    def __init__(self, base: Mapping[str, object], mine: Mapping[str, object]) -> None:
        self.base = dict(base)
        self.mine = dict(mine)


class RecordList(QWidget, Generic[T]):
    """A list of one kind of record of the case, and an editor for the selected one.

    Selecting another row keeps the edits of the one left as a draft (its row in italic);
    the editor's Save writes every draft. A conflict (the record changed elsewhere) opens
    the editor's conflict dialog, which re-applies the edits on the fresh record.
    """

    current_changed = Signal()

    def __init__(
        self,
        *,
        host: EditorHost,
        noun: str,
        model: DraftModel[T],
        form: Form,
        form_widget: QWidget,
        to_values: Callable[[T], dict[str, object]],
        defaults: Callable[[], dict[str, object]],
        save: Callable[[T | None, dict[str, object]], T],
        fetch_one: Callable[[T], T],
        delete: Callable[[T], None] | None = None,
        describe: Callable[[T], str] = str,
        can_create: bool = True,
        editable: Callable[[T], bool] = lambda _item: True,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        extra_buttons: Sequence[QPushButton] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.noun = noun
        self.model = model
        self.form = form
        self._to_values = to_values
        self._defaults = defaults
        self._save = save
        self._fetch_one = fetch_one
        self._delete = delete
        self._describe = describe
        self._editable = editable
        self.drafts: dict[Hashable, Draft] = {}
        self.current_key: Hashable | None = None

        self.table: QTableView = read_only_table(model, parent=self)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self._focus_form())
        self.empty = note(
            self.tr(
                "No {noun} recorded yet.",
                "noun: the kind of record, e.g. proceeding, remedy, party",
            ).format(noun=noun),
            parent=self,
        )
        self.new_button = button(
            self.tr(
                "&New {noun}", "noun: the kind of record, e.g. proceeding, remedy, party"
            ).format(noun=noun),
            self.new_record,
            tip=self.tr(
                "Add a {noun}", "noun: the kind of record, e.g. proceeding, remedy, party"
            ).format(noun=noun),
        )
        self.new_button.setVisible(can_create)
        self.delete_button = button(
            self.tr("De&lete"),
            self.delete_current,
            tip=self.tr(
                "Delete the selected {noun}",
                "noun: the kind of record, e.g. proceeding, remedy, party",
            ).format(noun=noun),
        )
        self.delete_button.setVisible(delete is not None)
        self.save_button = button(
            self.tr(
                "Save {noun}", "noun: the kind of record, e.g. proceeding, remedy, party"
            ).format(noun=noun),
            lambda: self.save_current(force=True),
            tip=self.tr(
                "Write this {noun} now (Ctrl+S saves everything)",
                "noun: the kind of record, e.g. proceeding, remedy, party",
            ).format(noun=noun),
        )
        self.discard_button = button(
            self.tr("Discard changes"),
            self.discard_current,
            tip=self.tr(
                "Show this {noun} as saved",
                "noun: the kind of record, e.g. proceeding, remedy, party",
            ).format(noun=noun),
        )
        self.problem = ErrorLabel(parent=self)
        self.heading = section_label("", parent=self)

        list_side = QWidget(self)
        left = QVBoxLayout(list_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        for extra in extra_buttons:
            row.addWidget(extra)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        left.addLayout(row)

        editor_side = QWidget(self)
        right = QVBoxLayout(editor_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.heading)
        right.addWidget(self.problem)
        right.addWidget(scroll(form_widget), 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)
        right.addLayout(actions)

        self.splitter = QSplitter(orientation, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(editor_side)
        vertical = orientation == Qt.Orientation.Vertical
        self.splitter.setStretchFactor(0, 2 if vertical else 3)
        self.splitter.setStretchFactor(1, 3 if vertical else 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.form.changed.connect(self._form_changed)
        self._show_nothing()

    # ---- items

    def current_item(self) -> T | None:
        if self.current_key in (None, NEW):
            return None
        row = self.model.row_of(self.current_key)
        return self.model.item(row) if row is not None else None

    def set_items(self, items: Sequence[T], *, keep_edits: bool = True) -> Merge:
        """Show these records; unsaved edits are kept (re-applied) unless `keep_edits` is off."""
        if keep_edits:
            self._stash()
        else:
            self.drafts.clear()
        key = self.current_key
        self.table.selectionModel().blockSignals(True)
        self.model.set_items(items)
        self.table.selectionModel().blockSignals(False)
        self.empty.setVisible(not items)
        merge = Merge()
        for gone in [k for k in self.drafts if k is not NEW and self.model.row_of(k) is None]:
            # Deleted elsewhere: the typed text becomes a new record rather than vanish.
            draft = self.drafts.pop(gone)
            self.drafts.setdefault(NEW, draft)
            self.host.show_message(
                self.tr(
                    "A {noun} you were editing was deleted elsewhere; what you typed is kept "
                    "as a new {noun}: save it or discard it.",
                    "noun: the kind of record, e.g. proceeding, remedy, party",
                ).format(noun=self.noun),
                level="warning",
            )
            if key == gone:
                key = NEW
        if key == NEW:
            self.new_record()
        elif key is not None and self.model.row_of(key) is not None:
            merge = self._show(key)
        elif items:
            merge = self._show(self.model.key_of(0))
        else:
            self._show_nothing()
        self._mark()
        return merge

    # ---- state

    def is_dirty(self) -> bool:
        return bool(self.drafts) or (self.current_key is not None and self.form.is_dirty())

    def unsaved(self) -> list[str]:
        names = []
        keys = set(self.drafts)
        if self.current_key is not None and self.form.is_dirty():
            keys.add(self.current_key)
        for key in keys:
            if key == NEW:
                names.append(
                    self.tr(
                        "New {noun}", "noun: the kind of record, e.g. proceeding, remedy, party"
                    ).format(noun=self.noun)
                )
                continue
            row = self.model.row_of(key)
            if row is not None:
                names.append(f"{self.noun.capitalize()}: {self._describe(self.model.item(row))}")
        return sorted(names)

    # ---- actions

    def new_record(self) -> None:
        self._stash()
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
        )
        self.table.selectionModel().blockSignals(False)
        self.current_key = NEW
        self.form.load(self._defaults())
        draft = self.drafts.pop(NEW, None)
        if draft is not None:
            self.form.set_raws(draft.mine)
        self._enable(True)
        self.heading.setText(
            self.tr(
                "New {noun}", "noun: the kind of record, e.g. proceeding, remedy, party"
            ).format(noun=self.noun)
        )
        self.problem.clear_message()
        self._focus_form()
        self._mark()
        self.current_changed.emit()

    def save_current(self, *, force: bool = False) -> bool:
        """Write the record shown if it has unsaved edits (or always, with `force`: the
        Save button, so that an empty new record shows what it lacks); True when written or
        when there was nothing to write."""
        if self.current_key is None or not (force or self.form.is_dirty()):
            return True
        item = self.current_item()
        if self.current_key != NEW and item is None:
            return True
        self.problem.clear_message()
        self.form.clear_errors()
        try:
            values = self.form.values()
            saved = self._save(item, values)
        except ConflictError:
            self._conflict(item)
            return False
        except DomainError as error:
            self.show_error(error)
            return False
        self.drafts.pop(self.current_key, None)
        self.current_key = self._key_of(saved)
        self._put(saved)  # its new version, before the reload arrives: a second save is no conflict
        self.form.load(self._to_values(saved))
        self.host.after_change()
        return True

    def save_all(self) -> bool:
        """Write the record shown and every draft; stop at the first error (shown)."""
        if not self.save_current():
            return False
        for key in list(self.drafts):
            if key == NEW:
                self.new_record()
            else:
                row = self.model.row_of(key)
                if row is None:
                    continue
                self.select(key)
            if not self.save_current():
                return False
        return True

    def discard_current(self) -> None:
        if self.current_key is not None:
            self.drafts.pop(self.current_key, None)
        item = self.current_item()
        if item is not None:
            self.form.load(self._to_values(item))
        elif self.current_key == NEW:
            self.current_key = None
            self._show_first()
        self.problem.clear_message()
        self._mark()

    def delete_current(self) -> None:
        item = self.current_item()
        if item is None or self._delete is None:
            if self.current_key == NEW:
                self.discard_current()
            return
        delete = self._delete

        def do_delete() -> None:
            try:
                delete(item)
            except DomainError as error:
                self.problem.show_message(error.message)
                return
            self.drafts.pop(self._key_of(item), None)
            self.current_key = None
            self.host.after_change()

        self.host.confirm(
            self.tr(
                "Delete {noun}", "noun: the kind of record, e.g. proceeding, remedy, party"
            ).format(noun=self.noun),
            self.tr(
                "Delete the {noun} “{record}”? This cannot be undone.",
                "noun: the kind of record, e.g. proceeding, remedy, party",
            ).format(noun=self.noun, record=self._describe(item)),
            self.tr(
                "Delete {noun}", "noun: the kind of record, e.g. proceeding, remedy, party"
            ).format(noun=self.noun),
            do_delete,
        )

    def select(self, key: Hashable) -> None:
        row = self.model.row_of(key)
        if row is None:
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if self.current_key != key:  # the signal did not fire (same row)
            self._row_changed(self.model.index(row, 0), QModelIndex())

    def show_error(self, error: DomainError) -> None:
        binding = self.form.show_error(error.field, error.message)
        if binding is not None:
            binding.focus()
        else:
            self.problem.show_message(error.message)

    # ---- internals

    def _key_of(self, item: T) -> Hashable:
        return self.model.key(item)

    def _stash(self) -> None:
        if self.current_key is not None and self.form.is_dirty():
            self.drafts[self.current_key] = Draft(self.form.base, self.form.raws())

    def _show(self, key: Hashable) -> Merge:
        row = self.model.row_of(key)
        if row is None:
            return Merge()
        item = self.model.item(row)
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(False)
        self.current_key = key
        self.form.load(self._to_values(item))
        merge = Merge()
        draft = self.drafts.pop(key, None)
        if draft is not None:
            merged, merge = three_way(
                draft.base, draft.mine, self.form.raws(), bindings=self.form.bindings
            )
            self.form.set_raws(merged)
        editable = self._editable(item)
        self._enable(editable)
        self.heading.setText(f"{self.noun.capitalize()}: {self._describe(item)}")
        self.problem.clear_message()
        self._mark()
        self.current_changed.emit()
        return merge

    def _show_first(self) -> None:
        if self.model.rowCount():
            self._show(self.model.key_of(0))
        else:
            self._show_nothing()

    def _show_nothing(self) -> None:
        self.current_key = None
        self.form.load(self._defaults())
        self._enable(False)
        self.heading.setText(
            self.tr(
                "No {noun} selected", "noun: the kind of record, e.g. proceeding, remedy, party"
            ).format(noun=self.noun)
        )
        self.current_changed.emit()

    def _enable(self, enabled: bool) -> None:
        self.form.set_enabled(enabled)
        self.save_button.setEnabled(enabled)
        self.discard_button.setEnabled(enabled)
        self.delete_button.setEnabled(self.current_key not in (None, NEW) and enabled)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = self.model.key_of(current.row())
        if key == self.current_key:
            return
        self._stash()
        self._show(key)

    def _form_changed(self) -> None:
        self._mark()

    def _mark(self) -> None:
        keys = set(self.drafts)
        if self.current_key not in (None, NEW) and self.form.is_dirty():
            keys.add(self.current_key)
        self.model.set_marked(keys)

    def _focus_form(self) -> None:
        for binding in self.form.bindings.values():
            if binding.widget.isEnabled():
                binding.focus()
                return

    def _conflict(self, item: T | None) -> None:
        if item is None:
            return
        try:
            fresh = self._fetch_one(item)
        except NotFoundError:
            self.problem.show_message(
                self.tr(
                    "This {noun} was deleted elsewhere. What you typed is still here: "
                    "choose “New {noun}” and type it again, or discard it.",
                    "noun: the kind of record, e.g. proceeding, remedy, party",
                ).format(noun=self.noun)
            )
            return
        values = self._to_values(fresh)
        merge = self.form.preview_merge(values)

        def reapply() -> None:
            key = self._key_of(fresh)
            row = self.model.row_of(key)
            if row is not None:
                items = self.model.items()
                items[row] = fresh
                self.model.set_items(items)
                self._select_silently(row)
            self.form.rebase(values)
            self._mark()

        self.host.open_conflict(f"{self.noun} “{self._describe(item)}”", merge, reapply)

    def _put(self, saved: T) -> None:
        items = self.model.items()
        row = self.model.row_of(self._key_of(saved))
        if row is None:
            items.append(saved)
            row = len(items) - 1
        else:
            items[row] = saved
        self.table.selectionModel().blockSignals(True)
        self.model.set_items(items)
        self.table.selectionModel().blockSignals(False)
        self.empty.setVisible(False)
        self._select_silently(row)
        self._mark()

    def _select_silently(self, row: int) -> None:
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(False)


def select_row(view: QAbstractItemView, row: int) -> None:
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    view.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
