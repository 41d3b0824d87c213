"""Tab 3, Domestic proceedings: exhaustion of domestic remedies and the filing limit it drives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.errors import NotFoundError
from app.services.base import long_date
from app.services.deadlines import format_period
from app.services.dto import BodyDTO, CaseDTO, DeadlineDTO, ProceedingDTO, ProceedingInput
from app.vocab import DeadlineRule, DeadlineState, ProceedingKind
from views.case_editor.base import DraftModel, EditorHost, EditorTab, Getter, RecordList
from views.case_editor.fields import (
    CheckBinding,
    ChoiceBinding,
    DateBinding,
    Form,
    Merge,
    PlainTextBinding,
    TextBinding,
    form_grid,
)
from views.qtmodels.deadlines_model import DUE_SOON_COLOUR, OVERDUE_COLOUR, when_text
from views.qtmodels.table_model import CENTER, Column, RowStyle, short_date

PROCEEDING_COLUMNS: tuple[Column[ProceedingDTO], ...] = (
    Column("Kind", lambda p: p.kind.label),
    Column("Authority or court", lambda p: p.authority, tooltip=lambda p: p.authority),
    Column("Number", lambda p: p.number),
    Column("Started", lambda p: short_date(p.started_on)),
    Column("Decided", lambda p: short_date(p.decided_on)),
    Column(
        "Final",
        lambda p: "Final" if p.is_final else "",
        align=CENTER,
        header_tip="The final domestic decision: the filing limit runs from it",
    ),
    Column("Outcome", lambda p: p.outcome.replace("\n", " "), tooltip=lambda p: p.outcome or None),
)


def proceeding_values(p: ProceedingDTO) -> dict[str, object]:
    return {
        "kind": p.kind,
        "authority": p.authority,
        "number": p.number,
        "started_on": p.started_on,
        "decided_on": p.decided_on,
        "outcome": p.outcome,
        "is_final": p.is_final,
    }


def new_proceeding() -> dict[str, object]:
    return {
        "kind": ProceedingKind.TRIAL,
        "authority": "",
        "number": "",
        "started_on": None,
        "decided_on": None,
        "outcome": "",
        "is_final": False,
    }


@dataclass(frozen=True)
class ProceedingsData:
    proceedings: tuple[ProceedingDTO, ...]
    body: BodyDTO | None
    deadlines: tuple[DeadlineDTO, ...]


def exhaustion_text(
    case: CaseDTO | None, body: BodyDTO | None, deadlines: tuple[DeadlineDTO, ...]
) -> tuple[str, str | None]:
    """What the final domestic decision means for filing, and the colour to say it in."""
    if case is None:
        return "", None
    if case.final_domestic_decision_date is None:
        head = (
            "No final domestic decision is recorded. Mark the last proceeding “final” (with its "
            "decision date): the filing limit runs from it."
        )
    else:
        head = f"Final domestic decision: {long_date(case.final_domestic_decision_date)}."
    if body is None or body.filing_limit_value is None or body.filing_limit_unit is None:
        name = body.name if body else "this body"
        return f"{head} The {name} sets no time limit for filing after it.", None
    span = format_period(body.filing_limit_value, body.filing_limit_unit)
    rule = f"The {body.name} ({body.code}) accepts communications within {span} of it."
    limit = next((d for d in deadlines if d.rule is DeadlineRule.FILING_LIMIT), None)
    if limit is None:
        return f"{head} {rule}", None
    if limit.done:
        return (
            f"{head} {rule} Filing limit {long_date(limit.due_date)}: met (the communication "
            "was submitted).",
            None,
        )
    colour = None
    if limit.state is DeadlineState.OVERDUE:
        colour = OVERDUE_COLOUR.name()
    elif limit.state is DeadlineState.DUE_SOON:
        colour = DUE_SOON_COLOUR.name()
    return (
        f"{head} {rule} Filing limit: {long_date(limit.due_date)} ({when_text(limit.days_left)}).",
        colour,
    )


class ProceedingsTab(EditorTab):
    title = "Domestic proceedings"

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.form = Form(parent=self)
        self.kind = ChoiceBinding("kind", "Kind", [(k.label, k) for k in ProceedingKind])
        self.authority = TextBinding(
            "authority", "Authority or court", placeholder="e.g. District court, Almaty region"
        )
        self.number = TextBinding("number", "Case number")
        self.started_on = DateBinding("started_on", "Started")
        self.decided_on = DateBinding("decided_on", "Decided")
        self.outcome = PlainTextBinding(
            "outcome", "Outcome", lines=4, placeholder="e.g. six officers sentenced to 3 years"
        )
        self.is_final = CheckBinding(
            "is_final",
            "Final domestic decision",
            "This is the final domestic decision (domestic remedies exhausted)",
            tip="Its decision date becomes the case's final domestic decision date",
        )
        form_widget = QWidget()
        grid = form_grid(form_widget)
        for binding, label in (
            (self.kind, "&Kind:"),
            (self.authority, "&Authority or court: *"),
            (self.number, "Case &number:"),
            (self.started_on, "&Started:"),
            (self.decided_on, "D&ecided:"),
            (self.is_final, "&Final:"),
            (self.outcome, "Ou&tcome:"),
        ):
            self.form.add_row(grid, binding, label)
        self.model: DraftModel[ProceedingDTO] = DraftModel(
            PROCEEDING_COLUMNS,
            key=lambda p: p.id,
            row_style=lambda p: RowStyle(bold=True) if p.is_final else None,
            parent=self,
        )
        self.records: RecordList[ProceedingDTO] = RecordList(
            host=host,
            noun="proceeding",
            model=self.model,
            form=self.form,
            form_widget=form_widget,
            to_values=proceeding_values,
            defaults=new_proceeding,
            save=self._save,
            fetch_one=self._fetch_one,
            delete=lambda p: host.services.cases.delete_proceeding(
                p.id, expected_version=p.version
            ),
            describe=lambda p: f"{p.kind.label}, {p.authority}",
            orientation=Qt.Orientation.Vertical,
            parent=self,
        )
        self.records.splitter.setSizes([170, 480])
        header = self.records.table.horizontalHeader()
        for column, width in enumerate((150, 200, 100, 90, 90, 50)):
            header.resizeSection(column, width)
        self.exhaustion = QLabel(self)
        self.exhaustion.setWordWrap(True)
        self.exhaustion.setObjectName("exhaustion")
        self.exhaustion.setFrameShape(QFrame.Shape.StyledPanel)
        self.exhaustion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.exhaustion)
        layout.addWidget(self.records, 1)
        self.form.changed.connect(self.changed)

    def fetch(self, get: Getter, case_id: int | None) -> ProceedingsData | None:
        if case_id is None:
            return None
        services = self.host.services
        case = get(services.cases.get, case_id)
        return ProceedingsData(
            proceedings=tuple(get(services.cases.proceedings, case_id)),
            body=get(services.reference.body, case.body),
            deadlines=tuple(get(services.deadlines.for_case, case_id)),
        )

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        if data is None:
            return Merge()
        loaded: ProceedingsData = data
        text, colour = exhaustion_text(case, loaded.body, loaded.deadlines)
        self.exhaustion.setText(text)
        self.exhaustion.setStyleSheet(
            "#exhaustion { padding: 8px; background: #f8f9fa;"
            + (f" color: {colour}; font-weight: bold;" if colour else "")
            + " }"
        )
        return self.records.set_items(loaded.proceedings, keep_edits=keep_edits)

    def records_dirty(self) -> bool:
        return self.records.is_dirty()

    def unsaved(self) -> list[str]:
        return self.records.unsaved()

    def save_pending(self) -> bool:
        return self.records.save_all()

    def clear_errors(self) -> None:
        self.records.problem.clear_message()
        self.form.clear_errors()

    def _save(self, p: ProceedingDTO | None, values: dict[str, object]) -> ProceedingDTO:
        data = ProceedingInput(**values)  # type: ignore[arg-type]
        cases = self.host.services.cases
        if p is None:
            case_id = self.host.case_id
            assert case_id is not None
            return cases.add_proceeding(case_id, data)
        return cases.update_proceeding(p.id, data, expected_version=p.version)

    def _fetch_one(self, p: ProceedingDTO) -> ProceedingDTO:
        for fresh in self.host.services.cases.proceedings(p.case_id):
            if fresh.id == p.id:
                return fresh
        raise NotFoundError("The proceeding no longer exists (it may have been deleted).")
