"""The morning view: what is due, recent changes, and how the portfolio stands (charts);
a welcome on an empty database.

Each deadline opens its case or review (Enter or double-click); a bar of "Cases by stage"
or "Cases by treaty body" lists those cases (the Cases page with the filter applied); a
recent change opens its record. The window decides how (signals below).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.dto import CaseFilter, DeadlineDTO
from app.vocab import DeadlineState, ImplementationStatus, Stage
from views.export_action import CalendarExport, ExportChoice, ListExport
from views.i18n import QT_TRANSLATE_NOOP, format_number, tr_vocab
from views.pages import view_state
from views.pages.base import Page
from views.pages.charts import Bar, BarChart, StatusBar, StatusChart
from views.qtmodels.deadlines_model import DUE_SOON_COLOUR, OVERDUE_COLOUR, DeadlinesModel
from views.qtmodels.records import AuditModel
from views.widgets import CounterCard, heading, muted, read_only_table, size_columns
from views.workers import run_in_background

if TYPE_CHECKING:
    from app.services.audit import AuditEntryDTO, AuditService
    from app.services.calendar import CalendarService
    from app.services.deadlines import DeadlinesService
    from app.services.exports import ExportResult, ExportService
    from app.services.listing import CaseListing
    from app.services.statistics import (
        CaseImplementation,
        CompensationStatistics,
        StatisticsService,
    )

WELCOME_TEXT = (
    "<p>TreatyDesk keeps the record of your complaints to the UN treaty bodies — the Human "
    "Rights Committee, the Committee against Torture and the others — and of the periodic "
    "reviews of States: the cases and their victims, the domestic proceedings, the Views "
    "adopted, what the State has done about each remedy for each victim, and every deadline "
    "that follows from the Committees' rules.</p>"
    "<p>This database has no cases yet. To see how TreatyDesk works, open the demo portfolio: "
    "five Kazakhstan cases and the 2025 concluding observations of the Human Rights "
    "Committee. The demo is a separate file (demo.sqlite); your own database is not "
    "changed.</p>"
)

DEADLINE_SAMPLES = ("22 Nov 2026", "Due soon", "11 months overdue", "CCPR/C/KAZ/CO/3", "")


class WelcomePanel(QFrame):
    """Shown instead of the dashboard while the user's own database has no case."""

    def __init__(
        self, *, on_open_demo: Callable[[], None] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        box = QFrame(self)
        box.setObjectName("welcomeBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(680)
        box.setStyleSheet(
            "#welcomeBox { background: white; border: 1px solid #c4c7c5; border-radius: 6px; }"
        )
        text = QLabel(WELCOME_TEXT, box)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.demo_button = QPushButton(self.tr("Open the demo portfolio"), box)
        self.demo_button.setDefault(True)
        self.demo_button.setStyleSheet("QPushButton { padding: 6px 18px; font-weight: bold; }")
        self.demo_button.setEnabled(on_open_demo is not None)
        if on_open_demo is not None:
            self.demo_button.clicked.connect(lambda: on_open_demo())
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(heading(self.tr("Welcome to TreatyDesk"), parent=box, size_delta=7))
        inner.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        inner.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)


log = logging.getLogger(__name__)

SETTINGS_GROUP = "dashboard"
MAX_DEADLINES_SHOWN = 100
BACKGROUND_FROM = 2000
"""From this many cases, deadlines and figures are read on a worker thread."""
READING_TEXT = QT_TRANSLATE_NOOP(
    "DashboardPage", "Reading the deadlines and figures of every case…"
)
RECENT_LIMIT = 40
# Rows of link tables say nothing a lawyer needs ("Inserted 3 row(s) in assessment_cases").
RECENT_SKIPPED_TABLES = frozenset({"assessment_cases", "case_tags", "shadow_section_cases"})
AUDIT_SAMPLES = ("today 10:41", "A. Karimova", "Changed case “KZ-CCPR-2137”")

STATUS_WORDS = {
    ImplementationStatus.FULLY: QT_TRANSLATE_NOOP("DashboardPage", "Fully"),
    ImplementationStatus.PARTIALLY: QT_TRANSLATE_NOOP("DashboardPage", "Partially"),
    ImplementationStatus.NOT_IMPLEMENTED: QT_TRANSLATE_NOOP("DashboardPage", "Not implemented"),
    ImplementationStatus.UNKNOWN: QT_TRANSLATE_NOOP("DashboardPage", "Unknown"),
}


@dataclass(frozen=True)
class _Figures:
    """What the Dashboard reads besides the counts by stage and body."""

    deadlines: list[DeadlineDTO]
    implementation: list[CaseImplementation] | None
    compensation: CompensationStatistics | None
    recent: list[AuditEntryDTO] | None
    problems: tuple[str, ...] = ()


class DashboardPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Dashboard")

    open_case = Signal(int)
    open_review = Signal(int)
    filter_cases = Signal(object)
    """A bar was clicked: the CaseFilter to show in the cases list."""
    open_record = Signal(str, int)
    """A recent change: the table and id of its record."""

    def __init__(
        self,
        *,
        deadlines: DeadlinesService,
        listing: CaseListing,
        is_demo: bool,
        statistics: StatisticsService | None = None,
        audit: AuditService | None = None,
        exports: ExportService | None = None,
        calendar: CalendarService | None = None,
        on_open_demo: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._deadlines = deadlines
        self._listing = listing
        self._statistics = statistics
        self._audit = audit
        self._is_demo = is_demo
        self._exports = exports
        self._calendar = calendar
        # The deadlines as listed (every one, not only the first shown): a spreadsheet and
        # a calendar file (views/export_action.py).
        self.export = ListExport(
            parent=self,
            title=self.tr("Export the deadlines listed"),
            file_stem="deadlines",
            writer=self._export_writer,
        )
        self.calendar_export = CalendarExport(
            parent=self,
            title=self.tr("Export the deadlines listed to a calendar file"),
            file_stem="deadlines",
            writer=self._calendar_writer,
        )

        self.stack = QStackedWidget(self)
        self.welcome = WelcomePanel(on_open_demo=on_open_demo, parent=self.stack)
        self.scroll = QScrollArea(self.stack)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self.scroll)
        self.scroll.setWidget(self.content)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # What is due
        self.model = DeadlinesModel(parent=self)
        self.table = read_only_table(self.model, parent=self.content)
        self.table.setAccessibleName(self.tr("What is due"))
        size_columns(self.table, DEADLINE_SAMPLES)
        # A lawyer must read the whole of "what" is due: wrap it, rows grow to fit.
        self.table.setWordWrap(True)
        # Rows are fitted once after each change of the rows or of a column's width (a
        # ResizeToContents header would measure every cell again on every layout pass:
        # seconds with a hundred wrapped rows).
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows.start)
        self.model.modelReset.connect(self._fit_rows.start)
        self.table.setToolTip(self.tr("Enter or double-click opens the case or review"))
        self.table.activated.connect(self._deadline_activated)
        self.overdue = CounterCard(
            self.tr("Overdue"), tooltip=self.tr("Past their due date and not marked done")
        )
        self.due_soon = CounterCard(self.tr("Due within 30 days"))
        self.later = CounterCard(self.tr("Later"))
        self.overdue.setStyleSheet(f"#counterCard QLabel {{ color: {OVERDUE_COLOUR.name()}; }}")
        self.due_soon.setStyleSheet(f"#counterCard QLabel {{ color: {DUE_SOON_COLOUR.name()}; }}")
        self.show_overdue = QPushButton(
            self.tr("List cases with an overdue deadline"), self.content
        )
        self.show_overdue.setToolTip(self.tr("The cases list, filtered on overdue deadlines"))
        self.show_overdue.clicked.connect(lambda: self.filter_cases.emit(CaseFilter(overdue=True)))
        self._generation = 0
        self.reading_job: object | None = None
        self.reading = muted(
            self.tr("Reading the deadlines and figures of every case…"), parent=self.content
        )
        self.reading.hide()
        self.problems = QLabel(self.content)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {OVERDUE_COLOUR.name()};")
        self.problems.hide()
        self.nothing_due = QLabel(
            self.tr("Nothing is due. Deadlines appear here as cases progress.")
        )
        self.nothing_due.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_due.hide()

        due_box = QWidget(self.content)
        due = QVBoxLayout(due_box)
        due.setContentsMargins(0, 0, 0, 0)
        due.addWidget(self.reading)
        due.addWidget(self.problems)
        due.addWidget(self.nothing_due)
        due.addWidget(self.table, 1)
        self.more_due = muted("", parent=due_box, wrap=False)
        self.more_due.hide()
        overdue_row = QHBoxLayout()
        overdue_row.addWidget(self.more_due)
        overdue_row.addStretch(1)
        overdue_row.addWidget(self.show_overdue)
        self.export_button = self.export.button(due_box)
        self.export_button.setVisible(exports is not None)
        self.calendar_button = self.calendar_export.button(due_box)
        self.calendar_button.setVisible(calendar is not None)
        overdue_row.addWidget(self.export_button)
        overdue_row.addWidget(self.calendar_button)
        due.addLayout(overdue_row)

        # Recent changes
        self.recent_model = AuditModel(parent=self)
        self.recent = QGroupBox(self.tr("Recent changes"), self.content)
        self.recent_table = read_only_table(self.recent_model, parent=self.recent)
        self.recent_table.setAccessibleName(self.tr("Recent changes"))
        size_columns(self.recent_table, AUDIT_SAMPLES, stretch=2)
        self.recent_table.activated.connect(self._change_activated)
        self.recent_table.setToolTip(self.tr("Enter or double-click opens the record"))
        recent_layout = QVBoxLayout(self.recent)
        recent_layout.setContentsMargins(8, 8, 8, 8)
        recent_layout.addWidget(self.recent_table)
        self.recent.setVisible(audit is not None)

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self.content)
        self.top_splitter.setChildrenCollapsible(False)
        self.top_splitter.addWidget(due_box)
        self.top_splitter.addWidget(self.recent)
        self.top_splitter.setStretchFactor(0, 3)
        self.top_splitter.setStretchFactor(1, 2)
        self.top_splitter.setSizes([680, 400])

        # The portfolio
        self.stage_chart = BarChart(self.tr("Cases by stage"), parent=self.content)
        self.stage_chart.bar_clicked.connect(
            lambda key: self.filter_cases.emit(CaseFilter(stage=Stage(key)))
        )
        self.body_chart = BarChart(self.tr("By treaty body"), parent=self.content)
        self.body_chart.bar_clicked.connect(
            lambda code: self.filter_cases.emit(CaseFilter(body=code))
        )
        self.remedy_chart = StatusChart(
            self.tr("Remedies by implementation status"), parent=self.content
        )
        self.victim_chart = StatusChart(self.tr("Victims compensated"), parent=self.content)
        self.charts = QWidget(self.content)
        charts = QHBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(12)
        for chart, stretch in (
            (self.stage_chart, 4),
            (self.body_chart, 2),
            (self.remedy_chart, 7),
            (self.victim_chart, 7),
        ):
            charts.addWidget(chart, stretch)
        self.charts.setMinimumHeight(250)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(heading(self.tr("What is due"), parent=self.content))
        titles.addWidget(
            muted(
                self.tr(
                    "Deadlines of every case and periodic review, computed from the Committees' "
                    "rules. Overdue in red; due within 30 days in amber. Enter or a double-click "
                    "opens the case or review."
                ),
                parent=self.content,
            )
        )
        head.addLayout(titles, 1)
        for card in (self.overdue, self.due_soon, self.later):
            head.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)

        page = QVBoxLayout(self.content)
        page.setContentsMargins(16, 12, 16, 12)
        page.setSpacing(8)
        page.addLayout(head)
        page.addWidget(self.top_splitter, 1)
        portfolio = QHBoxLayout()
        portfolio.addWidget(
            heading(self.tr("The portfolio at a glance"), parent=self.content, size_delta=3)
        )
        portfolio.addStretch(1)
        portfolio.addWidget(
            muted(self.tr("Click a bar to list those cases."), parent=self.content, wrap=False)
        )
        page.addLayout(portfolio)
        page.addWidget(self.charts, 1)
        self.content.setMinimumHeight(620)
        view_state.restore_splitter(SETTINGS_GROUP, "splitter", self.top_splitter)
        view_state.restore_header(
            SETTINGS_GROUP, "deadlines", self.table.horizontalHeader(), self.model.columnCount()
        )
        view_state.restore_header(
            SETTINGS_GROUP,
            "recent",
            self.recent_table.horizontalHeader(),
            self.recent_model.columnCount(),
        )

    # ---- Page

    @property
    def showing_welcome(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    def refresh(self) -> None:
        """Read the figures again. The counts by stage and body come at once; deadlines,
        implementation and recent changes too on a small database, and from a worker
        thread on a large one (computing the deadlines of 50,000 cases takes seconds)."""
        by_stage = self._listing.by_stage()
        total = sum(by_stage.values())
        if total == 0 and not self._is_demo:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.scroll)
        self.total_cases = total
        self.stage_chart.set_bars(
            [Bar(stage.value, tr_vocab(stage), by_stage.get(stage, 0)) for stage in Stage],
            title=self.tr("Cases by stage: {total}").format(total=format_number(total)),
        )
        by_body = self._listing.by_body()
        self.body_chart.set_bars([Bar(code, code, n) for code, n in by_body.items()])
        self._generation += 1
        generation = self._generation
        if total < BACKGROUND_FROM:
            self._show(generation, self._read())
            return
        self.reading.show()
        self.reading_job = run_in_background(
            lambda _progress: self._read(),
            on_finished=lambda figures: self._show(generation, figures),
            on_failed=self._read_failed,
        )

    def _read(self) -> _Figures:
        """Every service call of the slow part (thread-safe: no widget is touched)."""
        problems: list[str] = []
        implementation: list[CaseImplementation] | None = None
        compensation: CompensationStatistics | None = None
        if self._statistics is not None:
            try:
                implementation = self._statistics.implementation()
                compensation = self._statistics.compensation()
            except DomainError as exc:
                problems.append(
                    self.tr("The implementation figures could not be counted: {error}").format(
                        error=exc
                    )
                )
        recent: list[AuditEntryDTO] | None = None
        if self._audit is not None:
            try:
                recent = self._audit.recent(RECENT_LIMIT * 3)
            except DomainError as exc:
                problems.append(
                    self.tr("The recent changes could not be read: {error}").format(error=exc)
                )
        return _Figures(
            deadlines=self._deadlines.upcoming(),
            implementation=implementation,
            compensation=compensation,
            recent=recent,
            problems=tuple(problems),
        )

    def _read_failed(self, message: str) -> None:
        self.reading.setText(
            self.tr("The deadlines could not be read: {error}").format(error=message)
        )

    def _show(self, generation: int, figures: _Figures) -> None:
        if generation != self._generation:  # an older reading, overtaken by F5
            return
        self.reading.hide()
        self.reading.setText(self.tr("Reading the deadlines and figures of every case…"))
        items = figures.deadlines
        # The first ones only: a table of every deadline of 50,000 cases helps no one (the
        # cards count them all; the cases list filters on the overdue ones).
        self.model.set_items(items[:MAX_DEADLINES_SHOWN])
        more = len(items) - MAX_DEADLINES_SHOWN
        self.more_due.setVisible(more > 0)
        self.more_due.setText(
            self.tr("The first {shown} of {total} deadlines are listed.").format(
                shown=format_number(MAX_DEADLINES_SHOWN), total=format_number(len(items))
            )
            if more > 0
            else ""
        )
        states = [d.state for d in items]
        self.overdue.set_value(states.count(DeadlineState.OVERDUE))
        self.due_soon.set_value(states.count(DeadlineState.DUE_SOON))
        self.later.set_value(states.count(DeadlineState.LATER))
        self.nothing_due.setVisible(not items)
        self.table.setVisible(bool(items))
        self._fill_implementation(figures)
        self._fill_recent(figures)
        for problem in figures.problems:
            log.warning("dashboard: %s", problem)
        self.problems.setText("\n".join(figures.problems))
        self.problems.setVisible(bool(figures.problems))

    def _fill_implementation(self, figures: _Figures) -> None:
        if self._statistics is None:
            self.remedy_chart.hide()
            self.victim_chart.hide()
            return
        cases, compensation = figures.implementation, figures.compensation
        if cases is None or compensation is None:
            return
        counts = dict.fromkeys(ImplementationStatus, 0)
        for case in cases:
            for remedy in case.remedies:
                counts[remedy.status] += 1
        remedies = sum(counts.values())
        order = (
            ImplementationStatus.FULLY,
            ImplementationStatus.PARTIALLY,
            ImplementationStatus.NOT_IMPLEMENTED,
            ImplementationStatus.UNKNOWN,
        )
        self.remedy_chart.set_bars(
            [
                StatusBar(
                    s.value, QCoreApplication.translate("DashboardPage", STATUS_WORDS[s]), counts[s]
                )
                for s in order
            ],
            title=self.tr("Implementation of {n} remedies").format(n=format_number(remedies)),
        )
        self.remedy_chart.setToolTip(
            self.tr(
                "The {remedies} remedies of the {decisions} decisions finding a violation. An "
                "individual remedy is fully implemented when it is for every victim."
            ).format(remedies=format_number(remedies), decisions=format_number(len(cases)))
        )
        c = compensation
        self.victim_chart.set_bars(
            [
                StatusBar("fully", self.tr("Compensated"), c.compensated),
                StatusBar("partially", self.tr("Partially"), c.partially),
                StatusBar("not_implemented", self.tr("Not compensated"), c.not_compensated),
                StatusBar("unknown", self.tr("Unknown"), c.unknown),
            ],
            title=self.tr("Victims compensated: {compensated} of {victims}").format(
                compensated=format_number(c.compensated), victims=format_number(c.victims)
            ),
        )
        self.victim_chart.setToolTip(
            self.tr(
                "The {victims} victims of the {cases} cases with an individual compensation remedy."
            ).format(victims=format_number(c.victims), cases=format_number(len(c.cases)))
        )

    def _fill_recent(self, figures: _Figures) -> None:
        if figures.recent is None:
            return
        shown = [e for e in figures.recent if e.table_name not in RECENT_SKIPPED_TABLES]
        self.recent_model.set_items(shown[:RECENT_LIMIT])

    def save_state(self) -> None:
        view_state.save_splitter(SETTINGS_GROUP, "splitter", self.top_splitter)
        view_state.save_header(SETTINGS_GROUP, "deadlines", self.table.horizontalHeader())
        view_state.save_header(SETTINGS_GROUP, "recent", self.recent_table.horizontalHeader())

    # ---- slots

    def _deadline_activated(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        deadline = self.model.item(index.row())
        if deadline.case_id is not None:
            self.open_case.emit(deadline.case_id)
        elif deadline.review_id is not None:
            self.open_review.emit(deadline.review_id)

    def _export_writer(self) -> Callable[[ExportChoice], ExportResult]:
        """The deadlines the Dashboard lists: every open one, overdue first."""
        exports = self._exports
        if exports is None:
            raise DomainError(self.tr("Exporting is not available here."))
        return lambda choice: exports.export_deadlines(
            choice.path, include_done=False, fmt=choice.fmt, delimiter=choice.delimiter
        )

    def _calendar_writer(self) -> Callable[[Path], object]:
        """The same deadlines as iCalendar events (stable UIDs: a new export updates them)."""
        calendar = self._calendar
        if calendar is None:
            raise DomainError(self.tr("Exporting is not available here."))
        return lambda path: calendar.write_ics(path, include_done=False)

    def _change_activated(self) -> None:
        index = self.recent_table.currentIndex()
        if not index.isValid():
            return
        entry = self.recent_model.item(index.row())
        if entry.record_id is not None and entry.table_name:
            self.open_record.emit(entry.table_name, entry.record_id)
