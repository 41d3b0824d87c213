"""Periodic reviews of States by the treaty bodies (read-only list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from views.pages.base import ListPage
from views.qtmodels.records import ReviewsModel

if TYPE_CHECKING:
    from app.services.reviews import ReviewService


class ReviewsPage(ListPage):
    title = "Periodic reviews"
    empty_text = "No periodic review recorded yet."

    def __init__(self, *, reviews: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(
            model=ReviewsModel(),
            subtitle=(
                "Each review of a State's report by a Committee: its concluding observations "
                "and the date by which the State must report on the follow-up recommendations."
            ),
            samples=(
                "CCPR",
                "Kazakhstan",
                "Third periodic report",
                "CCPR/C/KAZ/CO/3",
                "144th",
                "11 Jul 2025",
                "18 Jul 2028",
            ),
            stretch=2,
            parent=parent,
        )
        self._reviews = reviews

    def refresh(self) -> None:
        self.set_items(self._reviews.list())
