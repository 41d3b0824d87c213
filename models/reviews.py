"""Periodic reviews of a State, their recommendations and the NGO's assessments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Integer, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.vocab import Grade
from models.base import Base, Entity, opt_date, str_name, text, vocab
from models.reference import Country, TreatyBody

assessment_cases = Table(
    "assessment_cases",
    Base.metadata,
    Column(
        "assessment_id",
        ForeignKey("recommendation_assessments.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Review(Entity):
    __tablename__ = "reviews"

    body_id: Mapped[int] = mapped_column(ForeignKey("treaty_bodies.id"), index=True)
    state_id: Mapped[int] = mapped_column(ForeignKey("countries.id"), index=True)
    cycle: Mapped[str_name]
    state_report_symbol: Mapped[str] = mapped_column(String(64), default="", server_default="")
    co_symbol: Mapped[str | None] = mapped_column(String(64), unique=True)
    session: Mapped[str] = mapped_column(String(32), default="", server_default="")
    dialogue_start: Mapped[opt_date]
    dialogue_end: Mapped[opt_date]
    adopted_on: Mapped[opt_date]
    followup_deadline: Mapped[opt_date]
    next_loi_year: Mapped[int | None] = mapped_column(Integer)
    next_dialogue_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[text]

    body: Mapped[TreatyBody] = relationship(lazy="raise")
    state: Mapped[Country] = relationship(lazy="raise")
    recommendations: Mapped[list[Recommendation]] = relationship(
        back_populates="review",
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="Recommendation.paragraph",
    )


class Recommendation(Entity):
    """One paragraph pair of concluding observations: the concern and the recommendation."""

    __tablename__ = "recommendations"
    __table_args__ = (UniqueConstraint("review_id", "paragraph"),)

    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    paragraph: Mapped[int] = mapped_column(Integer)
    concern_paragraph: Mapped[int | None] = mapped_column(Integer)
    theme: Mapped[str] = mapped_column(String(500), default="", server_default="")
    concern_text: Mapped[text]
    recommendation_text: Mapped[text]
    sub_items: Mapped[list[str]] = mapped_column(JSON, default=list)
    articles: Mapped[list[str]] = mapped_column(JSON, default=list)
    refers_to: Mapped[str] = mapped_column(String(500), default="", server_default="")
    is_followup: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendations.id", ondelete="SET NULL"), index=True
    )

    review: Mapped[Review] = relationship(back_populates="recommendations", lazy="raise")
    assessments: Mapped[list[RecommendationAssessment]] = relationship(
        back_populates="recommendation",
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="RecommendationAssessment.assessed_on",
    )


class RecommendationAssessment(Entity):
    """The NGO's own grade of the State's implementation of a recommendation, at a date."""

    __tablename__ = "recommendation_assessments"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), index=True
    )
    grade: Mapped[Grade] = vocab(Grade, "grade")
    assessed_on: Mapped[date]
    evidence: Mapped[text]
    sources: Mapped[text]
    open_sub_items: Mapped[list[str]] = mapped_column(JSON, default=list)

    recommendation: Mapped[Recommendation] = relationship(
        back_populates="assessments", lazy="raise"
    )
