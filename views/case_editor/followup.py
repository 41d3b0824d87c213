"""Tab 7, Follow-up: the dialogue after the decision, and the Committee's grade per remedy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from app.services.dto import CaseDTO, FollowUpDTO, FollowUpInput, RemedyDTO
from app.services.remedies import remedy_label
from app.vocab import Direction, FollowUpKind, Grade, RemedyKind
from views.case_editor._list_editor import RecordsTab
from views.case_editor.base import DraftModel, EditorHost, Getter, RecordList, note
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
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.qtmodels.table_model import Column, RowStyle, short_date


def remedy_name(kind: RemedyKind, text: str = "") -> str:
    """A remedy as messages name it: its kind (translated), or its own text for "other"."""
    if kind is RemedyKind.OTHER and text.strip():
        return remedy_label(kind, text)
    return tr_vocab(kind)


class GradesEditor(QWidget):
    """One A–E grade (or none) per remedy of the case."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._combos: dict[int, QComboBox] = {}
        self._listeners: list[Callable[[], None]] = []
        self._empty = QLabel(self.tr("No remedy is recorded for this case."), self)

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
            label = QLabel(remedy_name(remedy.kind, remedy.text), self)
            combo = QComboBox(self)
            combo.addItem(self.tr("— no grade —"), None)
            for grade in Grade:
                combo.addItem(tr_vocab(grade), grade)
            combo.setAccessibleName(self.tr("Grade for {remedy}").format(remedy=label.text()))
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
        super().__init__(
            "grades", QCoreApplication.translate("FollowUpTab", "Grades"), GradesEditor()
        )

    def raw(self) -> tuple[tuple[int, Grade | None], ...]:
        return tuple((rid, g) for rid, g in self.widget.grades() if g is not None)

    def set_raw(self, raw: object) -> None:
        self.widget.set_grades(list(raw) if isinstance(raw, tuple | list) else [])

    def raw_of(self, value: object) -> tuple[tuple[int, Grade | None], ...]:
        return tuple(value) if isinstance(value, tuple | list) else ()

    def display(self, raw: object) -> str:
        items = raw if isinstance(raw, tuple | list) else ()
        return ", ".join(f"{g.value}" for _rid, g in items if g) or QCoreApplication.translate(
            "FollowUpTab", "(none)"
        )

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


class FollowUpTab(RecordsTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Follow-up")

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self._remedies: dict[int, RemedyDTO] = {}
        self.form = Form(parent=self)
        self.kind = ChoiceBinding("kind", self.tr("Kind"), [(tr_vocab(k), k) for k in FollowUpKind])
        self.event_date = DateBinding("event_date", self.tr("Date"), required=True)
        self.direction = ChoiceBinding(
            "direction",
            self.tr("Direction"),
            [
                (self.tr("Incoming (to us)"), Direction.INCOMING),
                (self.tr("Outgoing (from us)"), Direction.OUTGOING),
            ],
        )
        self.symbol = TextBinding(
            "symbol", self.tr("Document symbol"), placeholder=self.tr("e.g. CCPR/C/118/3")
        )
        self.session = TextBinding("session", self.tr("Session"), placeholder=self.tr("e.g. 118"))
        self.summary = PlainTextBinding("summary", self.tr("Summary"), lines=4)
        self.decision = PlainTextBinding(
            "decision",
            self.tr("Committee's decision"),
            lines=2,
            placeholder=self.tr("e.g. keep the follow-up dialogue open"),
        )
        self.attachment = TextBinding(
            "attachment_path",
            self.tr("Attachment"),
            placeholder=self.tr("Path of the letter or report, optional"),
        )
        self.grades = GradesBinding()
        form_widget = QWidget()
        grid = form_grid(form_widget)
        for binding, label in (
            (self.kind, self.tr("&Kind:")),
            (self.event_date, self.tr("&Date: *")),
            (self.direction, self.tr("Di&rection:")),
            (self.symbol, self.tr("S&ymbol:")),
            (self.session, self.tr("Sessi&on:")),
            (self.summary, self.tr("Su&mmary:")),
            (self.decision, self.tr("Committee's d&ecision:")),
            (self.attachment, self.tr("A&ttachment:")),
            (self.grades, self.tr("&Grades (A–E):")),
        ):
            self.form.add_row(grid, binding, label)
        self.grades_hint = note(
            self.tr("Grades are given in a Committee follow-up assessment only."), parent=self
        )
        span_row(grid, self.grades_hint, label=" ")
        self.kind.widget.currentIndexChanged.connect(self._kind_changed)

        self.model: DraftModel[FollowUpDTO] = DraftModel(
            (
                Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda e: short_date(e.event_date)),
                Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda e: tr_vocab(e.kind)),
                Column(QT_TRANSLATE_NOOP("Column", "In/out"), self._direction_text),
                Column(QT_TRANSLATE_NOOP("Column", "Symbol"), lambda e: e.symbol),
                Column(
                    QT_TRANSLATE_NOOP("Column", "Grades"),
                    self._grades_text,
                    tooltip=self._grades_tip,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Column", "Summary"),
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
            noun=self.tr(
                "event", "the kind of record in the list: No {noun} recorded yet, &New {noun}"
            ),
            model=self.model,
            form=self.form,
            form_widget=form_widget,
            to_values=event_values,
            defaults=new_event,
            save=self._save,
            fetch_one=self._fetch_one,
            delete=lambda e: host.services.followup.delete(e.id, expected_version=e.version),
            describe=lambda e: f"{tr_vocab(e.kind)}, {short_date(e.event_date)}",
            orientation=Qt.Orientation.Vertical,
            parent=self,
        )
        self.current_grades = QLabel(self)
        self.current_grades.setWordWrap(True)
        self.current_grades.setObjectName("currentGrades")
        self.current_grades.setStyleSheet(
            "#currentGrades { padding: 8px; background: #f8f9fa; border: 1px solid #dadce0; }"
        )
        self.lay_out(self.current_grades, widths=(90, 190, 50, 140, 110), sizes=(170, 480))

    def _direction_text(self, e: FollowUpDTO) -> str:
        return self.tr("In") if e.direction is Direction.INCOMING else self.tr("Out")

    def _grades_text(self, e: FollowUpDTO) -> str:
        return ", ".join(f"{self._remedy_name(rid)} {grade.value}" for rid, grade in e.grades)

    def _grades_tip(self, e: FollowUpDTO) -> str | None:
        if not e.grades:
            return None
        return "\n".join(f"{self._remedy_name(rid)}: {tr_vocab(grade)}" for rid, grade in e.grades)

    def _remedy_name(self, remedy_id: int) -> str:
        remedy = self._remedies.get(remedy_id)
        return remedy_name(remedy.kind, remedy.text) if remedy else self.tr("Remedy")

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
                self.tr(
                    "Current grades: no remedy is recorded (add them in “Decision and remedies”)."
                )
            )
        else:
            lines = [
                self.tr("{remedy}: {grade}").format(
                    remedy=remedy_name(r.kind, r.text),
                    grade=(
                        tr_vocab(loaded.grades[r.id])
                        if r.id in loaded.grades
                        else self.tr("not graded yet")
                    ),
                )
                for r in loaded.remedies
            ]
            self.current_grades.setText(
                self.tr(
                    "<b>Current grade per remedy</b> (the Committee's latest follow-up assessment):"
                )
                + "<br>"
                + "<br>".join(lines)
            )
        return merge

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
