"""Tab 8, Deadlines: computed from the body's rules and entered by hand; done or not.

The list exports as it is shown (Export…: .xlsx or .csv) and to a calendar file (.ics,
CalendarService: one event per deadline with a stable UID, so exporting again updates the
same events in Outlook or Google Calendar); see views/export_action.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.errors import DomainError, NotFoundError
from app.services.calendar import CalendarExport as CalendarResult
from app.services.deadlines import parse_key
from app.services.dto import CaseDTO, DeadlineDTO, DeadlineInput
from app.vocab import DeadlineRule, DeadlineState
from views.case_editor._list_editor import localized_columns
from views.case_editor.base import (
    DraftModel,
    EditorHost,
    EditorTab,
    Getter,
    RecordList,
    button,
    note,
)
from views.case_editor.fields import (
    DateBinding,
    Form,
    Merge,
    PlainTextBinding,
    TextBinding,
    form_grid,
    span_row,
)
from views.export_action import CalendarExport, ExportChoice, ListExport
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.qtmodels.deadlines_model import (
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
    STATE_TEXT,
    when_text,
    when_tip,
)
from views.qtmodels.table_model import CENTER, Column, RowStyle, short_date


def _style(d: DeadlineDTO) -> RowStyle | None:
    if d.state is DeadlineState.OVERDUE:
        return RowStyle(foreground=OVERDUE_COLOUR, bold=True)
    if d.state is DeadlineState.DUE_SOON:
        return RowStyle(foreground=DUE_SOON_COLOUR)
    return None


def _state_text(d: DeadlineDTO) -> str:
    # The words are views/qtmodels/deadlines_model.py's (translated there with the Dashboard's).
    return STATE_TEXT[d.state]


def _source(d: DeadlineDTO) -> str:
    if d.rule is DeadlineRule.MANUAL:
        return QCoreApplication.translate("DeadlinesTab", "Entered by hand")
    return QCoreApplication.translate("DeadlinesTab", "Body's rule")


def _what_tip(d: DeadlineDTO) -> str:
    basis = (
        QCoreApplication.translate("DeadlinesTab", "Computed from: {basis}").format(basis=d.basis)
        if d.basis
        else ""
    )
    return "\n".join(x for x in (d.title, basis, d.notes) if x)


DEADLINE_COLUMNS: tuple[Column[DeadlineDTO], ...] = (
    Column(QT_TRANSLATE_NOOP("CaseEditorColumns", "Due"), lambda d: short_date(d.due_date)),
    Column(
        QT_TRANSLATE_NOOP("CaseEditorColumns", "State"),
        _state_text,
        tooltip=lambda d: tr_vocab(d.state),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseEditorColumns", "When"),
        lambda d: when_text(d.days_left, d.done),
        tooltip=when_tip,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseEditorColumns", "Source"),
        _source,
        header_tip=QT_TRANSLATE_NOOP(
            "CaseEditorColumns", "Computed from the treaty body's rules, or entered by hand"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseEditorColumns", "Done"),
        lambda d: f"✓ {short_date(d.done_on)}" if d.done and d.done_on else ("✓" if d.done else ""),
        align=CENTER,
    ),
    Column(QT_TRANSLATE_NOOP("CaseEditorColumns", "What"), lambda d: d.title, tooltip=_what_tip),
)


def deadline_values(d: DeadlineDTO) -> dict[str, object]:
    return {"title": d.title, "due_date": d.due_date, "notes": d.notes}


def new_deadline() -> dict[str, object]:
    return {"title": "", "due_date": None, "notes": ""}


class DeadlinesTab(EditorTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Deadlines")

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self.form = Form(parent=self)
        self.what = TextBinding(
            "title", self.tr("What"), placeholder=self.tr("e.g. Send the follow-up letter")
        )
        self.due = DateBinding("due_date", self.tr("Due"), required=True)
        self.notes = PlainTextBinding("notes", self.tr("Notes"), lines=3)
        form_widget = QWidget()
        grid = form_grid(form_widget)
        self.basis = note("", parent=form_widget)
        span_row(grid, self.basis)
        for binding, label in (
            (self.what, self.tr("&What: *")),
            (self.due, self.tr("D&ue: *")),
            (self.notes, self.tr("No&tes:")),
        ):
            self.form.add_row(grid, binding, label)
        self.done_button = button(
            self.tr("Mark &done"),
            self.toggle_done,
            tip=self.tr("Mark the selected deadline done, or not (Ctrl+D)"),
        )
        # The list as shown, to a spreadsheet and to a calendar (views/export_action.py).
        self.export = ListExport(
            parent=self,
            title=self.tr("Export the deadlines of this case"),
            file_stem="deadlines",
            writer=self._export_writer,
            notify=self._notify,
        )
        self.calendar_export = CalendarExport(
            parent=self,
            title=self.tr("Export the deadlines of this case to a calendar file"),
            file_stem="deadlines",
            writer=self._calendar_writer,
            notify=self._notify,
        )
        self.export_button = self.export.button(self)
        self.calendar_button = self.calendar_export.button(self)
        self.model: DraftModel[DeadlineDTO] = DraftModel(
            localized_columns(DEADLINE_COLUMNS), key=lambda d: d.key, row_style=_style, parent=self
        )
        self.records: RecordList[DeadlineDTO] = RecordList(
            host=host,
            noun=self.tr("deadline"),
            model=self.model,
            form=self.form,
            form_widget=form_widget,
            to_values=deadline_values,
            defaults=new_deadline,
            save=self._save,
            fetch_one=self._fetch_one,
            delete=self._delete,
            describe=lambda d: d.title,
            editable=lambda d: d.rule is DeadlineRule.MANUAL,
            extra_buttons=(self.done_button, self.export_button, self.calendar_button),
            orientation=Qt.Orientation.Vertical,
            parent=self,
        )
        self.records.new_button.setText(self.tr("&Add deadline"))
        self.records.current_changed.connect(self._current_changed)
        self.records.splitter.setSizes([170, 480])
        header = self.records.table.horizontalHeader()
        for column, width in enumerate((90, 80, 120, 110, 100)):
            header.resizeSection(column, width)
        shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_done)
        self.explanation = note(
            self.tr(
                "Deadlines computed from the treaty body's rules move when the case's dates or "
                "the rules change; they cannot be edited, only marked done. Add your own with "
                "“Add deadline”. Export… writes the list to a spreadsheet; the calendar file "
                "(.ics) opens in Outlook or Google Calendar, and exporting it again updates the "
                "same events."
            ),
            parent=self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.explanation)
        layout.addWidget(self.records, 1)
        self.form.changed.connect(self.changed)

    def fetch(self, get: Getter, case_id: int | None) -> tuple[DeadlineDTO, ...]:
        if case_id is None:
            return ()
        return tuple(get(self.host.services.deadlines.for_case, case_id))

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        merge = self.records.set_items(list(data or ()), keep_edits=keep_edits)
        self._current_changed()
        saved = self.host.case_id is not None
        for action in (self.export.action, self.calendar_export.action):
            action.setEnabled(saved)
        return merge

    def records_dirty(self) -> bool:
        return self.records.is_dirty()

    def unsaved(self) -> list[str]:
        return self.records.unsaved()

    def save_pending(self) -> bool:
        return self.records.save_all()

    def clear_errors(self) -> None:
        self.records.problem.clear_message()
        self.form.clear_errors()

    # ---- actions

    def toggle_done(self) -> None:
        deadline = self.records.current_item()
        if deadline is None:
            return
        try:
            self.host.services.deadlines.mark_done(deadline.key, not deadline.done)
        except DomainError as error:
            self.records.problem.show_message(error.message)
            return
        self.host.after_change()

    # ---- internals

    def _current_changed(self) -> None:
        deadline = self.records.current_item()
        self.done_button.setEnabled(deadline is not None)
        self.done_button.setText(
            self.tr("Mark not &done") if deadline and deadline.done else self.tr("Mark &done")
        )
        if deadline is None:
            self.basis.setText("")
        elif deadline.rule is DeadlineRule.MANUAL:
            self.basis.setText(self.tr("Entered by hand: you can change it."))
        else:
            self.basis.setText(
                self.tr(
                    "{rule}, computed from {basis}. Correct the case's dates (Overview) or the "
                    "body's rules to move it."
                ).format(rule=tr_vocab(deadline.rule), basis=deadline.basis)
            )

    def _notify(self, text: str, level: str) -> None:
        self.host.show_message(text, level=level)

    def _export_writer(self) -> Callable[[ExportChoice], Any]:
        """On the GUI thread: this case and the order of its deadlines as listed."""
        case_id = self.host.case_id
        if case_id is None:
            raise DomainError(self.tr("Save the case first; then export its deadlines."))
        exports = self.host.services.exports
        order = [d.key for d in self.model.items()]

        def write(choice: ExportChoice) -> Any:
            return exports.export_deadlines(
                choice.path,
                case_id=case_id,
                include_done=True,  # the tab lists the done ones too
                order=order,
                fmt=choice.fmt,
                delimiter=choice.delimiter,
            )

        return write

    def _calendar_writer(self) -> Callable[[Path], CalendarResult]:
        case_id = self.host.case_id
        if case_id is None:
            raise DomainError(self.tr("Save the case first; then export its deadlines."))
        calendar = self.host.services.calendar
        return lambda path: calendar.write_ics(path, case_id=case_id, include_done=True)

    def _save(self, d: DeadlineDTO | None, values: dict[str, object]) -> DeadlineDTO:
        service = self.host.services.deadlines
        case_id = self.host.case_id
        data = DeadlineInput(case_id=case_id, **values)  # type: ignore[arg-type]
        if d is None:
            return service.add(data)
        return service.update(
            parse_key(d.key).id,
            DeadlineInput(case_id=d.case_id, review_id=d.review_id, **values),  # type: ignore[arg-type]
            expected_version=d.version,
        )

    def _fetch_one(self, d: DeadlineDTO) -> DeadlineDTO:
        assert d.case_id is not None
        for fresh in self.host.services.deadlines.for_case(d.case_id):
            if fresh.key == d.key:
                return fresh
        raise NotFoundError(
            QCoreApplication.translate(
                "DeadlinesTab", "The deadline no longer exists (it may have been deleted)."
            )
        )

    def _delete(self, d: DeadlineDTO) -> None:
        if d.rule is not DeadlineRule.MANUAL:
            raise DomainError(
                QCoreApplication.translate(
                    "DeadlinesTab",
                    "A deadline computed from the body's rules cannot be deleted: mark it done.",
                )
            )
        self.host.services.deadlines.delete(parse_key(d.key).id, expected_version=d.version)
