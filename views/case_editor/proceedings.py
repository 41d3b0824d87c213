"""Tab 3, Domestic proceedings: exhaustion of domestic remedies and the filing limit it drives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.errors import NotFoundError
from app.services.dto import BodyDTO, CaseDTO, DeadlineDTO, ProceedingDTO, ProceedingInput
from app.vocab import DeadlineRule, DeadlineState, PeriodUnit, ProceedingKind
from views.case_editor._list_editor import RecordsTab
from views.case_editor.base import DraftModel, EditorHost, Getter, RecordList
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
from views.i18n import (
    QT_TRANSLATE_NOOP,
    count_days,
    count_months,
    count_years,
    format_date,
    tr_vocab,
)
from views.qtmodels.deadlines_model import DUE_SOON_COLOUR, OVERDUE_COLOUR, when_text
from views.qtmodels.table_model import CENTER, Column, RowStyle, short_date

PROCEEDING_COLUMNS: tuple[Column[ProceedingDTO], ...] = (
    Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda p: tr_vocab(p.kind)),
    Column(
        QT_TRANSLATE_NOOP("Column", "Authority or court"),
        lambda p: p.authority,
        tooltip=lambda p: p.authority,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Number"), lambda p: p.number),
    Column(QT_TRANSLATE_NOOP("Column", "Started"), lambda p: short_date(p.started_on)),
    Column(QT_TRANSLATE_NOOP("Column", "Decided"), lambda p: short_date(p.decided_on)),
    Column(
        QT_TRANSLATE_NOOP("Column", "Final"),
        lambda p: QCoreApplication.translate("ProceedingsTab", "Final") if p.is_final else "",
        align=CENTER,
        header_tip=QT_TRANSLATE_NOOP(
            "Column", "The final domestic decision: the filing limit runs from it"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Outcome"),
        lambda p: p.outcome.replace("\n", " "),
        tooltip=lambda p: p.outcome or None,
    ),
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


def period_text(value: int, unit: PeriodUnit | str) -> str:
    """A period in words in the interface language: "5 years", "1 month", "180 days"."""
    unit = PeriodUnit(unit)
    if unit is PeriodUnit.YEARS:
        return count_years(value)
    if unit is PeriodUnit.MONTHS:
        return count_months(value)
    return count_days(value)


def exhaustion_text(
    case: CaseDTO | None, body: BodyDTO | None, deadlines: tuple[DeadlineDTO, ...]
) -> tuple[str, str | None]:
    """What the final domestic decision means for filing, and the colour to say it in."""
    if case is None:
        return "", None
    if case.final_domestic_decision_date is None:
        head = QCoreApplication.translate(
            "ProceedingsTab",
            "No final domestic decision is recorded. Mark the last proceeding “final” (with its "
            "decision date): the filing limit runs from it.",
        )
    else:
        head = QCoreApplication.translate(
            "ProceedingsTab", "Final domestic decision: {date}."
        ).format(date=format_date(case.final_domestic_decision_date))
    if body is None:
        rule = QCoreApplication.translate(
            "ProceedingsTab", "This body sets no time limit for filing after it."
        )
        return f"{head} {rule}", None
    if body.filing_limit_value is None or body.filing_limit_unit is None:
        rule = QCoreApplication.translate(
            "ProceedingsTab", "The {body} sets no time limit for filing after it."
        ).format(body=body.name)
        return f"{head} {rule}", None
    rule = QCoreApplication.translate(
        "ProceedingsTab", "The {body} ({code}) accepts communications within {period} of it."
    ).format(
        body=body.name,
        code=body.code,
        period=period_text(body.filing_limit_value, body.filing_limit_unit),
    )
    limit = next((d for d in deadlines if d.rule is DeadlineRule.FILING_LIMIT), None)
    if limit is None:
        return f"{head} {rule}", None
    if limit.done:
        met = QCoreApplication.translate(
            "ProceedingsTab", "Filing limit {date}: met (the communication was submitted)."
        ).format(date=format_date(limit.due_date))
        return f"{head} {rule} {met}", None
    colour = None
    if limit.state is DeadlineState.OVERDUE:
        colour = OVERDUE_COLOUR.name()
    elif limit.state is DeadlineState.DUE_SOON:
        colour = DUE_SOON_COLOUR.name()
    due = QCoreApplication.translate("ProceedingsTab", "Filing limit: {date} ({when}).").format(
        date=format_date(limit.due_date), when=when_text(limit.days_left)
    )
    return f"{head} {rule} {due}", colour


class ProceedingsTab(RecordsTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Domestic proceedings")

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self.form = Form(parent=self)
        self.kind = ChoiceBinding(
            "kind", self.tr("Kind"), [(tr_vocab(k), k) for k in ProceedingKind]
        )
        self.authority = TextBinding(
            "authority",
            self.tr("Authority or court"),
            placeholder=self.tr("e.g. District court, Almaty region"),
        )
        self.number = TextBinding("number", self.tr("Case number"))
        self.started_on = DateBinding("started_on", self.tr("Started"))
        self.decided_on = DateBinding("decided_on", self.tr("Decided"))
        self.outcome = PlainTextBinding(
            "outcome",
            self.tr("Outcome"),
            lines=4,
            placeholder=self.tr("e.g. six officers sentenced to 3 years"),
        )
        self.is_final = CheckBinding(
            "is_final",
            self.tr("Final domestic decision"),
            self.tr("This is the final domestic decision (domestic remedies exhausted)"),
            tip=self.tr("Its decision date becomes the case's final domestic decision date"),
        )
        form_widget = QWidget()
        grid = form_grid(form_widget)
        for binding, label in (
            (self.kind, self.tr("&Kind:")),
            (self.authority, self.tr("&Authority or court: *")),
            (self.number, self.tr("Case &number:")),
            (self.started_on, self.tr("&Started:")),
            (self.decided_on, self.tr("D&ecided:")),
            (self.is_final, self.tr("&Final:")),
            (self.outcome, self.tr("Ou&tcome:")),
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
            noun=self.tr(
                "proceeding", "the kind of record in the list: No {noun} recorded yet, &New {noun}"
            ),
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
            describe=lambda p: f"{tr_vocab(p.kind)}, {p.authority}",
            orientation=Qt.Orientation.Vertical,
            parent=self,
        )
        self.exhaustion = QLabel(self)
        self.exhaustion.setWordWrap(True)
        self.exhaustion.setObjectName("exhaustion")
        self.exhaustion.setFrameShape(QFrame.Shape.StyledPanel)
        self.exhaustion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lay_out(self.exhaustion, widths=(150, 200, 100, 90, 90, 50), sizes=(170, 480))

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
        raise NotFoundError(self.tr("The proceeding no longer exists (it may have been deleted)."))
