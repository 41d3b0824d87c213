"""The morning view: what is due, and how the portfolio stands; a welcome on an empty database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.vocab import DeadlineState, Stage
from views.pages.base import Page
from views.qtmodels.deadlines_model import DUE_SOON_COLOUR, OVERDUE_COLOUR, DeadlinesModel
from views.widgets import CounterCard, heading, muted, read_only_table, size_columns

if TYPE_CHECKING:
    from app.services.deadlines import DeadlinesService
    from app.services.listing import CaseListing

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
        self.demo_button = QPushButton("Open the demo portfolio", box)
        self.demo_button.setDefault(True)
        self.demo_button.setStyleSheet("QPushButton { padding: 6px 18px; font-weight: bold; }")
        self.demo_button.setEnabled(on_open_demo is not None)
        if on_open_demo is not None:
            self.demo_button.clicked.connect(lambda: on_open_demo())
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(heading("Welcome to TreatyDesk", parent=box, size_delta=7))
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


class DashboardPage(Page):
    title = "Dashboard"

    def __init__(
        self,
        *,
        deadlines: DeadlinesService,
        listing: CaseListing,
        is_demo: bool,
        on_open_demo: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._deadlines = deadlines
        self._listing = listing
        self._is_demo = is_demo

        self.stack = QStackedWidget(self)
        self.welcome = WelcomePanel(on_open_demo=on_open_demo, parent=self.stack)
        self.content = QWidget(self.stack)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # What is due
        self.model = DeadlinesModel(parent=self)
        self.table = read_only_table(self.model, parent=self.content)
        size_columns(self.table, DEADLINE_SAMPLES)
        # A lawyer must read the whole of "what" is due: wrap it, rows grow to fit.
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.overdue = CounterCard("Overdue", tooltip="Past their due date and not marked done")
        self.due_soon = CounterCard("Due within 30 days")
        self.later = CounterCard("Later")
        self.overdue.setStyleSheet(f"#counterCard QLabel {{ color: {OVERDUE_COLOUR.name()}; }}")
        self.due_soon.setStyleSheet(f"#counterCard QLabel {{ color: {DUE_SOON_COLOUR.name()}; }}")
        self.nothing_due = QLabel("Nothing is due. Deadlines appear here as cases progress.")
        self.nothing_due.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_due.hide()

        cards = QHBoxLayout()
        for card in (self.overdue, self.due_soon, self.later):
            cards.addWidget(card)
        cards.addStretch(1)

        left = QVBoxLayout()
        left.addLayout(cards)
        left.addWidget(self.nothing_due)
        left.addWidget(self.table, 1)

        # The portfolio
        self.stage_counts: dict[Stage, QLabel] = {}
        stages = QGroupBox("Cases by stage", self.content)
        grid = QGridLayout(stages)
        grid.setHorizontalSpacing(16)
        for row, stage in enumerate(Stage):
            name = QLabel(stage.label, stages)
            count = QLabel("0", stages)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setAccessibleName(f"Cases at stage {stage.label}")
            grid.addWidget(name, row, 0)
            grid.addWidget(count, row, 1)
            self.stage_counts[stage] = count
        total_row = len(Stage)
        line = QFrame(stages)
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, total_row, 0, 1, 2)
        total_name = QLabel("<b>All cases</b>", stages)
        self.total_cases = QLabel("0", stages)
        self.total_cases.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.total_cases.font()
        font.setBold(True)
        self.total_cases.setFont(font)
        grid.addWidget(total_name, total_row + 1, 0)
        grid.addWidget(self.total_cases, total_row + 1, 1)

        self.bodies = QGroupBox("Cases by treaty body", self.content)
        self.bodies_grid = QGridLayout(self.bodies)
        self.bodies_grid.setHorizontalSpacing(16)

        right = QVBoxLayout()
        right.addWidget(stages)
        right.addWidget(self.bodies)
        right.addStretch(1)

        page = QVBoxLayout(self.content)
        page.setContentsMargins(16, 12, 16, 12)
        page.addWidget(heading("What is due", parent=self.content))
        page.addWidget(
            muted(
                "Deadlines of every case and periodic review, computed from the Committees' "
                "rules. Overdue in red; due within 30 days in amber.",
                parent=self.content,
            )
        )
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addLayout(right)
        page.addLayout(body, 1)

    # ---- Page

    @property
    def showing_welcome(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    def refresh(self) -> None:
        by_stage = self._listing.by_stage()
        total = sum(by_stage.values())
        if total == 0 and not self._is_demo:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.content)
        for stage, label in self.stage_counts.items():
            label.setText(str(by_stage.get(stage, 0)))
        self.total_cases.setText(str(total))
        self._fill_bodies(self._listing.by_body())

        items = self._deadlines.upcoming()
        self.model.set_items(items)
        states = [d.state for d in items]
        self.overdue.set_value(states.count(DeadlineState.OVERDUE))
        self.due_soon.set_value(states.count(DeadlineState.DUE_SOON))
        self.later.set_value(states.count(DeadlineState.LATER))
        self.nothing_due.setVisible(not items)

    def _fill_bodies(self, counts: dict[str, int]) -> None:
        while self.bodies_grid.count():
            item = self.bodies_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        if not counts:
            self.bodies_grid.addWidget(muted("No cases yet.", parent=self.bodies), 0, 0)
            return
        for row, (code, n) in enumerate(counts.items()):
            count = QLabel(str(n), self.bodies)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.bodies_grid.addWidget(QLabel(code, self.bodies), row, 0)
            self.bodies_grid.addWidget(count, row, 1)
