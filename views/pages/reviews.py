"""Periodic reviews of States by the treaty bodies. Enter or a double-click opens the review
editor (its recommendations and the NGO's assessments)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from views.i18n import QT_TRANSLATE_NOOP
from views.pages import view_state
from views.pages.base import ListPage
from views.qtmodels.records import ReviewsModel

if TYPE_CHECKING:
    from app.services.reviews import ReviewService

SETTINGS_GROUP = "reviews_page"


class ReviewsPage(ListPage):
    title = QT_TRANSLATE_NOOP("Page", "Periodic reviews")
    empty_text = QT_TRANSLATE_NOOP("Page", "No periodic review recorded yet.")

    review_activated = Signal(int)
    new_review_requested = Signal()
    generate_requested = Signal(int)
    """Generate… for the selected review (a shadow report or one of its sections)."""
    shadow_report_requested = Signal(int)
    """Shadow report… for the selected review: the builder (views/shadow_builder.py)."""

    def __init__(self, *, reviews: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(
            model=ReviewsModel(),
            subtitle=QCoreApplication.translate(
                "ReviewsPage",
                "Each review of a State's report by a Committee: its concluding observations "
                "and the date by which the State must report on the follow-up recommendations. "
                "Enter or a double-click opens a review with its recommendations.",
            ),
            samples=(
                "CCPR",
                "Kazakhstan",
                "Third periodic report",
                "CCPR/C/KAZ/CO/3",
                "Session",
                "11 Jul 2025",
                "18 Jul 2028",
                "Recommendations",
            ),
            stretch=2,
            parent=parent,
        )
        self._reviews = reviews
        self.table.setAccessibleName(self.tr("Periodic reviews"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._activated)
        self.new_button = QPushButton(self.tr("&New review…"), self)
        self.new_button.setToolTip(self.tr("Record a periodic review of a State"))
        self.new_button.clicked.connect(self.new_review_requested.emit)
        self.generate_button = QPushButton(self.tr("&Generate…"), self)
        self.generate_button.setToolTip(
            self.tr("Generate a shadow report, or one of its sections, for the selected review")
        )
        self.generate_button.clicked.connect(self._generate)
        self.shadow_button = QPushButton(self.tr("S&hadow report…"), self)
        self.shadow_button.setToolTip(
            self.tr("Compose the NGO's shadow report on the selected review, section by section")
        )
        self.shadow_button.clicked.connect(self._shadow_report)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.shadow_button)
        row.addWidget(self.generate_button)
        row.addWidget(self.new_button)
        self.header_row.addLayout(row)
        view_state.restore_header(
            SETTINGS_GROUP, "header", self.table.horizontalHeader(), self.model.columnCount()
        )
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def refresh(self) -> None:
        self.set_items(self._reviews.list())

    def save_state(self) -> None:
        view_state.save_header(SETTINGS_GROUP, "header", self.table.horizontalHeader())

    def _activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.review_activated.emit(self.model.item(index.row()).id)

    def _generate(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.generate_requested.emit(self.model.item(index.row()).id)

    def _shadow_report(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.shadow_report_requested.emit(self.model.item(index.row()).id)
