"""Tab 7, Follow-up: the dialogue after the decision, and the Committee's grade per remedy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.services.dto import CaseDTO, FollowUpDTO, FollowUpInput, RemedyDTO
from app.services.remedies import remedy_label
from app.vocab import Direction, FollowUpKind, Grade
from views.case_editor.base import DraftModel, EditorHost, EditorTab, Getter, RecordList, note
from views.case_editor.fields import (
    Binding,
    ChoiceBinding,
    DateBinding,
    Form,
    Merge,
    PlainTextBinding,
    TextBinding,
    form_grid,
    span_row,
)
from views.qtmodels.table_model import Column, RowStyle, short_date


class GradesEditor(QWidget):
    """One A–E grade (or none) per remedy of the case."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._combos: dict[int, QComboBox] = {}
        self._listeners: list[Callable[[], None]] = []
        self._empty = QLabel("No remedy is recorded for this case.", self)

    def set_remedies(self, remedies: Sequence[RemedyDTO]) -> None:
        current = self.grades()
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self._empty:
                widget.deleteLater()
        self._combos = {}
        if not remedies:
            self._grid.addWidget(self._empty, 0, 0)
            self._empty.show()
            return
        self._empty.hide()
        for row, remedy in enumerate(remedies):
            label = QLabel(remedy_label(remedy.kind, remedy.text), self)
            combo = QComboBox(self)
            combo.addItem("— no grade —", None)
            for grade in Grade:
                combo.addItem(grade.label, grade)
            combo.setAccessibleName(f"Grade for {label.text()}")
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._notify)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(combo, row, 1)
            self._combos[remedy.id] = combo
        self.set_grades(current)

    def grades(self) -> tuple[tuple[int, Grade | None], ...]:
        return tuple((rid, combo.currentData()) for rid, combo in self._combos.items())

    def set_grades(self, grades: Sequence[tuple[int, Grade | None]]) -> None:
        wanted = dict(grades)
        for rid, combo in self._combos.items():
            with QSignalBlocker(combo):
                grade = wanted.get(rid)
                combo.setCurrentIndex(0 if grade is None else list(Grade).index(grade) + 1)
        self._notify()

    def set_grades_enabled(self, enabled: bool) -> None:
        for combo in self._combos.values():
            combo.setEnabled(enabled)

    def on_change(self, slot: Callable[[], None]) -> None:
        self._listeners.append(slot)

    def _notify(self, *_args: object) -> None:
        for slot in self._listeners:
            slot()


class GradesBinding(Binding):
    widget: GradesEditor

    def __init__(self) -> None:
        super().__init__("grades", "Grades", GradesEditor())

    def raw(self) -> tuple[tuple[int, Grade | None], ...]:
        return tuple((rid, g) for rid, g in self.widget.grades() if g is not None)

    def set_raw(self, raw: object) -> None:
        self.widget.set_grades(list(raw) if isinstance(raw, tuple | list) else [])

    def raw_of(self, value: object) -> tuple[tuple[int, Grade | None], ...]:
        return tuple(value) if isinstance(value, tuple | list) else ()

    def display(self, raw: object) -> str:
        items = raw if isinstance(raw, tuple | list) else ()
        return ", ".join(f"{g.value}" for _rid, g in items if g) or "(none)"

    def value(self) -> tuple[tuple[int, Grade], ...]:
        return tuple((rid, g) for rid, g in self.widget.grades() if g is not None)

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.on_change(slot)


def event_values(e: FollowUpDTO) -> dict[str, object]:
    return {
        "kind": e.kind,
        "event_date": e.event_date,
        "direction": e.direction,
        "symbol": e.symbol,
        "session": e.session,
        "summary": e.summary,
        "decision": e.decision,
        "attachment_path": e.attachment_path,
        "grades": e.grades,
    }


def new_event() -> dict[str, object]:
    return {
        "kind": FollowUpKind.STATE_REPLY,
        "event_date": None,
        "direction": Direction.INCOMING,
        "symbol": "",
        "session": "",
        "summary": "",
        "decision": "",
        "attachment_path": "",
        "grades": (),
    }


@dataclass(frozen=True)
class FollowUpData:
    events: tuple[FollowUpDTO, ...]
    remedies: tuple[RemedyDTO, ...]
    grades: dict[int, Grade]


class FollowUpTab(EditorTab):
    title = "Follow-up"

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self._remedies: dict[int, RemedyDTO] = {}
        self.form = Form(parent=self)
        self.kind = ChoiceBinding("kind", "Kind", [(k.label, k) for k in FollowUpKind])
        self.event_date = DateBinding("event_date", "Date", required=True)
        self.direction = ChoiceBinding(
            "direction",
            "Direction",
            [("Incoming (to us)", Direction.INCOMING), ("Outgoing (from us)", Direction.OUTGOING)],
        )
        self.symbol = TextBinding("symbol", "Document symbol", placeholder="e.g. CCPR/C/118/3")
        self.session = TextBinding("session", "Session", placeholder="e.g. 118")
        self.summary = PlainTextBinding("summary", "Summary", lines=4)
        self.decision = PlainTextBinding(
            "decision",
            "Committee's decision",
            lines=2,
            placeholder="e.g. keep the follow-up dialogue open",
        )
        self.attachment = TextBinding(
            "attachment_path", "Attachment", placeholder="Path of the letter or report, optional"
        )
        self.grades = GradesBinding()
        form_widget = QWidget()
        grid = form_grid(form_widget)
        for binding, label in (
            (self.kind, "&Kind:"),
            (self.event_date, "&Date: *"),
            (self.direction, "Di&rection:"),
            (self.symbol, "S&ymbol:"),
            (self.session, "Sessi&on:"),
            (self.summary, "Su&mmary:"),
            (self.decision, "Committee's d&ecision:"),
            (self.attachment, "A&ttachment:"),
            (self.grades, "&Grades (A–E):"),
        ):
            self.form.add_row(grid, binding, label)
        self.grades_hint = note(
            "Grades are given in a Committee follow-up assessment only.", parent=self
        )
        span_row(grid, self.grades_hint, label=" ")
        self.kind.widget.currentIndexChanged.connect(self._kind_changed)

        self.model: DraftModel[FollowUpDTO] = DraftModel(
            (
                Column("Date", lambda e: short_date(e.event_date)),
                Column("Kind", lambda e: e.kind.label),
                Column("In/out", lambda e: "In" if e.direction is Direction.INCOMING else "Out"),
                Column("Symbol", lambda e: e.symbol),
                Column("Grades", self._grades_text, tooltip=self._grades_tip),
                Column(
                    "Summary",
                    lambda e: e.summary.replace("\n", " "),
                    tooltip=lambda e: e.summary or None,
                ),
            ),
            key=lambda e: e.id,
            row_style=lambda e: (
                RowStyle(bold=True) if e.kind is FollowUpKind.COMMITTEE_ASSESSMENT else None
            ),
            parent=self,
        )
        self.records: RecordList[FollowUpDTO] = RecordList(
            host=host,
            noun="event",
            model=self.model,
            form=self.form,
            form_widget=form_widget,
            to_values=event_values,
            defaults=new_event,
            save=self._save,
            fetch_one=self._fetch_one,
            delete=lambda e: host.services.followup.delete(e.id, expected_version=e.version),
            describe=lambda e: f"{e.kind.label}, {short_date(e.event_date)}",
            orientation=Qt.Orientation.Vertical,
            parent=self,
        )
        self.records.splitter.setSizes([170, 480])
        header = self.records.table.horizontalHeader()
        for column, width in enumerate((90, 190, 50, 140, 110)):
            header.resizeSection(column, width)
        self.current_grades = QLabel(self)
        self.current_grades.setWordWrap(True)
        self.current_grades.setObjectName("currentGrades")
        self.current_grades.setStyleSheet(
            "#currentGrades { padding: 8px; background: #f8f9fa; border: 1px solid #dadce0; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.current_grades)
        layout.addWidget(self.records, 1)
        self.form.changed.connect(self.changed)

    def _grades_text(self, e: FollowUpDTO) -> str:
        return ", ".join(f"{self._remedy_name(rid)} {grade.value}" for rid, grade in e.grades)

    def _grades_tip(self, e: FollowUpDTO) -> str | None:
        if not e.grades:
            return None
        return "\n".join(f"{self._remedy_name(rid)}: {grade.label}" for rid, grade in e.grades)

    def _remedy_name(self, remedy_id: int) -> str:
        remedy = self._remedies.get(remedy_id)
        return remedy_label(remedy.kind, remedy.text) if remedy else "Remedy"

    # ---- EditorTab

    def fetch(self, get: Getter, case_id: int | None) -> FollowUpData | None:
        if case_id is None:
            return None
        services = self.host.services
        return FollowUpData(
            events=tuple(get(services.followup.events, case_id)),
            remedies=tuple(get(services.remedies.remedies, case_id)),
            grades=dict(get(services.followup.current_grades, case_id)),
        )

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        if data is None:
            return Merge()
        loaded: FollowUpData = data
        self._remedies = {r.id: r for r in loaded.remedies}
        self.grades.widget.set_remedies(loaded.remedies)
        merge = self.records.set_items(loaded.events, keep_edits=keep_edits)
        self._kind_changed()
        if not loaded.remedies:
            self.current_grades.setText(
                "Current grades: no remedy is recorded (add them in “Decision and remedies”)."
            )
        else:
            lines = [
                f"{remedy_label(r.kind, r.text)}: "
                + (loaded.grades[r.id].label if r.id in loaded.grades else "not graded yet")
                for r in loaded.remedies
            ]
            self.current_grades.setText(
                "<b>Current grade per remedy</b> (the Committee's latest follow-up assessment):"
                "<br>" + "<br>".join(lines)
            )
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

    # ---- internals

    def _kind_changed(self) -> None:
        assessment = self.kind.raw() is FollowUpKind.COMMITTEE_ASSESSMENT
        self.grades.widget.set_grades_enabled(assessment and self.kind.widget.isEnabled())
        self.grades_hint.setVisible(not assessment)

    def _save(self, e: FollowUpDTO | None, values: dict[str, object]) -> FollowUpDTO:
        data = FollowUpInput(**values)  # type: ignore[arg-type]
        followup = self.host.services.followup
        if e is None:
            case_id = self.host.case_id
            assert case_id is not None
            return followup.add(case_id, data)
        return followup.update(e.id, data, expected_version=e.version)

    def _fetch_one(self, e: FollowUpDTO) -> FollowUpDTO:
        return self.host.services.followup.get(e.id)
