"""Tab 4, Before the Committee: the procedure in the order it happened.

Built from the case's dates as they stand in the Overview (unsaved edits included) and the
deadlines the body's rules compute. Steps with no date are listed after the dated ones, so
that what is missing shows. Enter (or a double click) on a step edits its date in Overview.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.dto import CaseDTO, DeadlineDTO
from app.vocab import DeadlineRule, DeadlineState, PeriodUnit
from views.case_editor.base import EditorHost, EditorTab, Getter, note
from views.case_editor.fields import Merge
from views.case_editor.overview import OverviewTab
from views.case_editor.proceedings import period_text
from views.i18n import QT_TRANSLATE_NOOP
from views.qtmodels.deadlines_model import DUE_SOON_COLOUR, OVERDUE_COLOUR, when_text
from views.qtmodels.table_model import Column, ListTableModel, RowStyle, short_date
from views.widgets import MUTED_TEXT

MISSING_COLOUR = QColor(MUTED_TEXT)


@dataclass(frozen=True)
class Step:
    when: date | None
    what: str
    details: str = ""
    field: str | None = None  # the Overview field holding the date
    interval: str = ""
    state: DeadlineState | None = None  # for a deadline

    @property
    def missing(self) -> bool:
        return self.when is None


def interval_text(earlier: date, later: date) -> str:
    """ "+1 year 2 months", "+3 months", "+12 days", "same day"."""
    if later == earlier:
        return QCoreApplication.translate("CommitteeTab", "same day")
    sign = "+" if later > earlier else "−"
    a, b = sorted((earlier, later))
    delta = relativedelta(b, a)
    parts = []
    if delta.years:
        parts.append(period_text(delta.years, PeriodUnit.YEARS))
    if delta.months:
        parts.append(period_text(delta.months, PeriodUnit.MONTHS))
    if not parts:
        parts.append(period_text((b - a).days, PeriodUnit.DAYS))
    return sign + " ".join(parts)


def _style(step: Step) -> RowStyle | None:
    if step.missing:
        return RowStyle(foreground=MISSING_COLOUR)
    if step.state is DeadlineState.OVERDUE:
        return RowStyle(foreground=OVERDUE_COLOUR, bold=True)
    if step.state is DeadlineState.DUE_SOON:
        return RowStyle(foreground=DUE_SOON_COLOUR)
    return None


def _date_text(step: Step) -> str:
    if step.when:
        return short_date(step.when)
    return QCoreApplication.translate("CommitteeTab", "not recorded")


STEP_COLUMNS: tuple[Column[Step], ...] = (
    Column(QT_TRANSLATE_NOOP("Column", "Date"), _date_text),
    Column(QT_TRANSLATE_NOOP("Column", "Step"), lambda s: s.what),
    Column(
        QT_TRANSLATE_NOOP("Column", "After the previous step"),
        lambda s: s.interval,
        header_tip=QT_TRANSLATE_NOOP("Column", "Time since the previous dated step"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Details"),
        lambda s: s.details,
        tooltip=lambda s: s.details or None,
    ),
)


class StepsView(QTableView):
    """Enter opens the step's date in Overview (the same as a double click)."""

    def __init__(self, *, on_activate: Callable[[QModelIndex], None]) -> None:
        super().__init__()
        self._on_activate = on_activate

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activate(self.currentIndex())
            return
        super().keyPressEvent(event)


class CommitteeTab(EditorTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Before the Committee")

    def __init__(
        self,
        *,
        host: EditorHost,
        overview: OverviewTab,
        go_to_field: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self.overview = overview
        self._go_to_field = go_to_field
        self._deadlines: tuple[DeadlineDTO, ...] = ()
        self.model: ListTableModel[Step] = ListTableModel(
            STEP_COLUMNS, row_style=_style, parent=self
        )
        view = StepsView(on_activate=self._activate)
        view.setModel(self.model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setShowGrid(False)
        view.setWordWrap(True)
        view.setTabKeyNavigation(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.resizeSection(0, 120)
        header.resizeSection(1, 300)
        header.resizeSection(2, 170)
        header.setStretchLastSection(True)
        view.doubleClicked.connect(self._activate)
        self.table = view
        self.explanation = note(
            self.tr(
                "The life of the communication, from the facts to the decision, as recorded in "
                "Overview (your unsaved changes included) and computed from the Committee's "
                "rules. Press Enter or double-click a step to edit its date."
            ),
            parent=self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        overview.form.changed.connect(self.rebuild)

    def fetch(self, get: Getter, case_id: int | None) -> tuple[DeadlineDTO, ...]:
        if case_id is None:
            return ()
        return tuple(get(self.host.services.deadlines.for_case, case_id))

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        self._deadlines = tuple(data or ())
        self.rebuild()
        return Merge()

    def steps(self) -> list[Step]:
        return self.model.items()

    def rebuild(self) -> None:
        ov = self.overview

        def when(name: str) -> date | None:
            binding = ov.dates.get(name) or ov.form.bindings.get(name)
            try:
                value = binding.value() if binding is not None else None
            except DomainError:
                return None
            return value if isinstance(value, date) else None

        requested = bool(ov.im_requested.raw())
        granted = bool(ov.im_granted.raw())
        decision_type = ov.decision_type.display(ov.decision_type.raw())
        symbol = str(ov.symbol.raw() or "").strip()
        session = str(ov.session.raw() or "").strip()
        number = str(ov.communication_number.raw() or "").strip()
        decision_details = ", ".join(
            s
            for s in (
                decision_type if ov.decision_type.raw() else "",
                self.tr("session {session}").format(session=session) if session else "",
                symbol,
                ov.outcome.display(ov.outcome.raw()),
            )
            if s
        )
        steps = [
            Step(when("incident_date"), self.tr("Incident"), field="incident_date"),
            Step(
                when("final_domestic_decision_date"),
                self.tr("Final domestic decision"),
                self.tr("Domestic remedies exhausted"),
                field="final_domestic_decision_date",
            ),
            Step(
                when("submission_date"),
                self.tr("Submission to the Committee"),
                field="submission_date",
            ),
        ]
        if requested or when("interim_measures_requested_on"):
            steps.append(
                Step(
                    when("interim_measures_requested_on"),
                    self.tr("Interim measures requested"),
                    field="interim_measures_requested_on",
                )
            )
        if granted or when("interim_measures_granted_on"):
            steps.append(
                Step(
                    when("interim_measures_granted_on"),
                    self.tr("Interim measures granted"),
                    field="interim_measures_granted_on",
                )
            )
        steps += [
            Step(
                when("registration_date"),
                self.tr("Registration"),
                self.tr("Communication No. {number}").format(number=number) if number else "",
                field="registration_date",
            ),
            Step(
                when("transmittal_date"),
                self.tr("Transmittal to the State party"),
                field="transmittal_date",
            ),
        ]
        for deadline in self._deadlines:
            if deadline.rule in (DeadlineRule.STATE_OBSERVATIONS, DeadlineRule.FOLLOWUP_REPLY):
                state = None if deadline.done else deadline.state
                status = self.tr("met") if deadline.done else when_text(deadline.days_left)
                steps.append(
                    Step(
                        deadline.due_date,
                        deadline.title,
                        self.tr("{status}; computed from {basis}").format(
                            status=status, basis=deadline.basis
                        ),
                        state=state,
                    )
                )
        steps += [
            Step(
                when("state_observations_received_on"),
                self.tr("State party's observations received"),
                field="state_observations_received_on",
            ),
            Step(
                when("decision_date"),
                self.tr("Decision adopted"),
                decision_details,
                field="decision_date",
            ),
            Step(
                when("decision_transmittal_date"),
                self.tr("Decision transmitted to the parties"),
                field="decision_transmittal_date",
            ),
        ]
        dated = sorted((s for s in steps if s.when), key=lambda s: s.when or date.min)
        with_intervals: list[Step] = []
        previous: date | None = None
        for step in dated:
            interval = interval_text(previous, step.when) if previous and step.when else ""
            with_intervals.append(
                Step(step.when, step.what, step.details, step.field, interval, step.state)
            )
            if step.field is not None and step.when is not None:
                previous = step.when
        missing = [s for s in steps if not s.when]
        self.model.set_items(with_intervals + missing)
        self.table.resizeRowsToContents()

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        step = self.model.item(index.row())
        if step.field:
            self._go_to_field(step.field)
