"""What is due: deadlines of every case and review, overdue first (the service's order)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app.services.dto import DeadlineDTO
from app.vocab import DeadlineRule, DeadlineState
from views.i18n import (
    QT_TRANSLATE_NOOP,
    count_days,
    count_months,
    count_years,
    format_number,
    tr_vocab,
)
from views.qtmodels.table_model import Column, ListTableModel, RowStyle, short_date

CONTEXT = "DeadlinesModel"

# Dark enough to read on white (contrast above 4.5:1); the State column says it in words too.
OVERDUE_COLOUR = QColor("#b3261e")
DUE_SOON_COLOUR = QColor("#8a4b00")

STATE_TEXT = {
    DeadlineState.OVERDUE: QT_TRANSLATE_NOOP("DeadlinesModel", "Overdue"),
    DeadlineState.DUE_SOON: QT_TRANSLATE_NOOP("DeadlinesModel", "Due soon"),
    DeadlineState.LATER: QT_TRANSLATE_NOOP("DeadlinesModel", "Later"),
    DeadlineState.DONE: QT_TRANSLATE_NOOP("DeadlinesModel", "Done"),
}
"""English source texts; show them with `state_text()` (translated)."""


def state_text(state: DeadlineState) -> str:
    return QCoreApplication.translate(CONTEXT, STATE_TEXT[state])


def span_text(days: int) -> str:
    """A distance in time a reader takes in at a glance: days up to two months, then months,
    then years (rounded down; the exact number of days is in the tooltip)."""
    if days < 60:
        return count_days(days)
    if days < 730:
        return count_months(days // 30)
    return count_years(days // 365)


def when_text(days_left: int, done: bool = False) -> str:
    """Say when: "12 days overdue", "today", "tomorrow", "in 9 days", "14 years overdue"."""
    if done:
        return QCoreApplication.translate("DeadlinesModel", "done")
    if days_left < 0:
        return QCoreApplication.translate("DeadlinesModel", "{span} overdue").format(
            span=span_text(-days_left)
        )
    if days_left == 0:
        return QCoreApplication.translate("DeadlinesModel", "today")
    if days_left == 1:
        return QCoreApplication.translate("DeadlinesModel", "tomorrow")
    return QCoreApplication.translate("DeadlinesModel", "in {span}").format(
        span=span_text(days_left)
    )


def when_tip(d: DeadlineDTO) -> str:
    n = abs(d.days_left)
    days = (
        QCoreApplication.translate("DeadlinesModel", "1 day")
        if n == 1
        else QCoreApplication.translate("DeadlinesModel", "{n} days").format(n=format_number(n))
    )
    due = short_date(d.due_date)
    if d.done:
        if d.done_on:
            return QCoreApplication.translate("DeadlinesModel", "Marked done on {date}").format(
                date=short_date(d.done_on)
            )
        return QCoreApplication.translate("DeadlinesModel", "Marked done")
    if d.days_left < 0:
        return QCoreApplication.translate("DeadlinesModel", "{days} overdue (due {date})").format(
            days=days, date=due
        )
    if d.days_left == 0:
        return QCoreApplication.translate("DeadlinesModel", "Due today, {date}").format(date=due)
    return QCoreApplication.translate("DeadlinesModel", "{days} from today (due {date})").format(
        days=days, date=due
    )


def what_text(d: DeadlineDTO) -> str:
    """What is due, from the deadline's rule (a vocabulary member, translated); a deadline
    entered by hand shows the title its author wrote. The service's English sentence (with
    the period and its basis) stays in the tooltip."""
    if d.rule is DeadlineRule.MANUAL:
        return d.title
    return tr_vocab(d.rule)


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
        lines.append(
            QCoreApplication.translate("DeadlinesModel", "Computed from: {basis}").format(
                basis=d.basis
            )
        )
    if d.notes:
        lines.append(d.notes)
    return "\n".join(lines)


COLUMNS: tuple[Column[DeadlineDTO], ...] = (
    Column(
        QT_TRANSLATE_NOOP("DeadlinesModel", "Due"),
        lambda d: short_date(d.due_date),
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("DeadlinesModel", "State"),
        lambda d: state_text(d.state),
        tooltip=lambda d: tr_vocab(d.state),
        header_tip=QT_TRANSLATE_NOOP("DeadlinesModel", "Overdue, due within 30 days, or later"),
        context=CONTEXT,
    ),
    Column(
        QT_TRANSLATE_NOOP("DeadlinesModel", "When"),
        lambda d: when_text(d.days_left, d.done),
        tooltip=when_tip,
        context=CONTEXT,
    ),
    Column(QT_TRANSLATE_NOOP("DeadlinesModel", "Case / review"), _owner, context=CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("DeadlinesModel", "What"), what_text, tooltip=_what_tip, context=CONTEXT
    ),
)


class DeadlinesModel(ListTableModel[DeadlineDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, row_style=_style, parent=parent)
