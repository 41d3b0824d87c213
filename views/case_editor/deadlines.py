"""Tab 8, Deadlines: computed from the body's rules and entered by hand; done or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.errors import DomainError, NotFoundError
from app.services.deadlines import parse_key
from app.services.dto import CaseDTO, DeadlineDTO, DeadlineInput
from app.vocab import DeadlineRule, DeadlineState
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


DEADLINE_COLUMNS: tuple[Column[DeadlineDTO], ...] = (
    Column("Due", lambda d: short_date(d.due_date)),
    Column("State", lambda d: STATE_TEXT[d.state], tooltip=lambda d: d.state.label),
    Column("When", lambda d: when_text(d.days_left, d.done), tooltip=when_tip),
    Column(
        "Source",
        lambda d: "Entered by hand" if d.rule is DeadlineRule.MANUAL else "Body's rule",
        header_tip="Computed from the treaty body's rules, or entered by hand",
    ),
    Column(
        "Done",
        lambda d: f"✓ {short_date(d.done_on)}" if d.done and d.done_on else ("✓" if d.done else ""),
        align=CENTER,
    ),
    Column(
        "What",
        lambda d: d.title,
        tooltip=lambda d: "\n".join(
            x for x in (d.title, f"Computed from: {d.basis}" if d.basis else "", d.notes) if x
        ),
    ),
)


def deadline_values(d: DeadlineDTO) -> dict[str, object]:
    return {"title": d.title, "due_date": d.due_date, "notes": d.notes}


def new_deadline() -> dict[str, object]:
    return {"title": "", "due_date": None, "notes": ""}


class DeadlinesTab(EditorTab):
    title = "Deadlines"

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.form = Form(parent=self)
        self.what = TextBinding("title", "What", placeholder="e.g. Send the follow-up letter")
        self.due = DateBinding("due_date", "Due", required=True)
        self.notes = PlainTextBinding("notes", "Notes", lines=3)
        form_widget = QWidget()
        grid = form_grid(form_widget)
        self.basis = note("", parent=form_widget)
        span_row(grid, self.basis)
        for binding, label in (
            (self.what, "&What: *"),
            (self.due, "D&ue: *"),
            (self.notes, "No&tes:"),
        ):
            self.form.add_row(grid, binding, label)
        self.done_button = button(
            "Mark &done", self.toggle_done, tip="Mark the selected deadline done, or not (Ctrl+D)"
        )
        self.model: DraftModel[DeadlineDTO] = DraftModel(
            DEADLINE_COLUMNS, key=lambda d: d.key, row_style=_style, parent=self
        )
        self.records: RecordList[DeadlineDTO] = RecordList(
            host=host,
            noun="deadline",
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
            extra_buttons=(self.done_button,),
            orientation=Qt.Orientation.Vertical,
            parent=self,
        )
        self.records.new_button.setText("&Add deadline")
        self.records.current_changed.connect(self._current_changed)
        self.records.splitter.setSizes([170, 480])
        header = self.records.table.horizontalHeader()
        for column, width in enumerate((90, 80, 120, 110, 100)):
            header.resizeSection(column, width)
        shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_done)
        self.explanation = note(
            "Deadlines computed from the treaty body's rules move when the case's dates or the "
            "rules change; they cannot be edited, only marked done. Add your own with "
            "“Add deadline”.",
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
        self.done_button.setText("Mark not &done" if deadline and deadline.done else "Mark &done")
        if deadline is None:
            self.basis.setText("")
        elif deadline.rule is DeadlineRule.MANUAL:
            self.basis.setText("Entered by hand: you can change it.")
        else:
            self.basis.setText(
                f"{deadline.rule.label}, computed from {deadline.basis}. Correct the case's "
                "dates (Overview) or the body's rules to move it."
            )

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
        raise NotFoundError("The deadline no longer exists (it may have been deleted).")

    def _delete(self, d: DeadlineDTO) -> None:
        if d.rule is not DeadlineRule.MANUAL:
            raise DomainError(
                "A deadline computed from the body's rules cannot be deleted: mark it done."
            )
        self.host.services.deadlines.delete(parse_key(d.key).id, expected_version=d.version)
