"""What is due: deadlines of every case and review, overdue first (the service's order)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from app.services.dto import DeadlineDTO
from app.vocab import DeadlineState
from views.qtmodels.table_model import Column, ListTableModel, RowStyle, short_date

# Dark enough to read on white (contrast above 4.5:1); the State column says it in words too.
OVERDUE_COLOUR = QColor("#b3261e")
DUE_SOON_COLOUR = QColor("#8a4b00")

STATE_TEXT = {
    DeadlineState.OVERDUE: "Overdue",
    DeadlineState.DUE_SOON: "Due soon",
    DeadlineState.LATER: "Later",
    DeadlineState.DONE: "Done",
}


def span_text(days: int) -> str:
    """A distance in time a reader takes in at a glance: days up to two months, then months,
    then years (rounded down; the exact number of days is in the tooltip)."""
    if days < 60:
        return "1 day" if days == 1 else f"{days} days"
    if days < 730:
        return f"{days // 30} months"
    return f"{days // 365} years"


def when_text(days_left: int, done: bool = False) -> str:
    """Say when: "12 days overdue", "today", "tomorrow", "in 9 days", "14 years overdue"."""
    if done:
        return "done"
    if days_left < 0:
        return f"{span_text(-days_left)} overdue"
    if days_left == 0:
        return "today"
    if days_left == 1:
        return "tomorrow"
    return f"in {span_text(days_left)}"


def when_tip(d: DeadlineDTO) -> str:
    n = abs(d.days_left)
    days = "1 day" if n == 1 else f"{n:,} days"
    if d.done:
        return f"Marked done{f' on {short_date(d.done_on)}' if d.done_on else ''}"
    if d.days_left < 0:
        return f"{days} overdue (due {short_date(d.due_date)})"
    if d.days_left == 0:
        return f"Due today, {short_date(d.due_date)}"
    return f"{days} from today (due {short_date(d.due_date)})"


def _style(d: DeadlineDTO) -> RowStyle | None:
    if d.state is DeadlineState.OVERDUE:
        return RowStyle(foreground=OVERDUE_COLOUR, bold=True)
    if d.state is DeadlineState.DUE_SOON:
        return RowStyle(foreground=DUE_SOON_COLOUR)
    return None


def _owner(d: DeadlineDTO) -> str:
    return d.case_reference or d.review_symbol or ""


def _what_tip(d: DeadlineDTO) -> str | None:
    lines = [d.title]
    if d.basis:
        lines.append(f"Computed from: {d.basis}")
    if d.notes:
        lines.append(d.notes)
    return "\n".join(lines)


COLUMNS: tuple[Column[DeadlineDTO], ...] = (
    Column("Due", lambda d: short_date(d.due_date)),
    Column(
        "State",
        lambda d: STATE_TEXT[d.state],
        tooltip=lambda d: d.state.label,
        header_tip="Overdue, due within 30 days, or later",
    ),
    Column("When", lambda d: when_text(d.days_left, d.done), tooltip=when_tip),
    Column("Case / review", _owner),
    Column("What", lambda d: d.title, tooltip=_what_tip),
)


class DeadlinesModel(ListTableModel[DeadlineDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, row_style=_style, parent=parent)
