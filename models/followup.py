"""Follow-up dialogue after a decision, and deadlines."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.vocab import DeadlineRule, Direction, FollowUpKind, Grade
from models.base import Entity, bool_false, opt_date, str_name, text, vocab
from models.cases import Case
from models.remedies import Remedy


class FollowUpEvent(Entity):
    __tablename__ = "followup_events"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[FollowUpKind] = vocab(FollowUpKind, "kind")
    event_date: Mapped[date]
    direction: Mapped[Direction] = vocab(Direction, "direction", default=Direction.INCOMING)
    symbol: Mapped[str] = mapped_column(String(64), default="", server_default="")
    session: Mapped[str] = mapped_column(String(32), default="", server_default="")
    summary: Mapped[text]
    # The Committee's decision in words ("keep the follow-up dialogue open").
    decision: Mapped[text]
    attachment_path: Mapped[str] = mapped_column(String(1024), default="", server_default="")

    case: Mapped[Case] = relationship(lazy="raise")
    grades: Mapped[list[FollowUpGrade]] = relationship(
        back_populates="event", lazy="raise", cascade="all, delete-orphan"
    )


class FollowUpGrade(Entity):
    """The Committee's A–E grade for one remedy in one follow-up assessment."""

    __tablename__ = "followup_grades"
    __table_args__ = (UniqueConstraint("event_id", "remedy_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("followup_events.id", ondelete="CASCADE"))
    remedy_id: Mapped[int] = mapped_column(
        ForeignKey("remedies.id", ondelete="CASCADE"), index=True
    )
    grade: Mapped[Grade] = vocab(Grade, "grade")
    note: Mapped[text]

    event: Mapped[FollowUpEvent] = relationship(back_populates="grades", lazy="raise")
    remedy: Mapped[Remedy] = relationship(lazy="raise")


class Deadline(Entity):
    """A deadline entered by hand, or the done-mark of a deadline computed from a rule.

    Rule deadlines (filing limit, observations, follow-up reply, review follow-up) are
    computed by the deadlines service from the record; a row exists for them only once
    the user marks one done, so the rule stays the single source of the date.
    """

    __tablename__ = "deadlines"
    __table_args__ = (
        CheckConstraint("(case_id IS NOT NULL) OR (review_id IS NOT NULL)", name="has_owner"),
        Index("ix_deadlines_due_date", "due_date"),
    )

    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="CASCADE"), index=True
    )
    rule: Mapped[DeadlineRule] = vocab(DeadlineRule, "rule", default=DeadlineRule.MANUAL)
    title: Mapped[str_name]
    due_date: Mapped[date]
    done: Mapped[bool_false]
    done_on: Mapped[opt_date]
    notes: Mapped[text]
