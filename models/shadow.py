"""Shadow (alternative) reports an NGO writes for a periodic review, section by section."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Integer, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Entity, bool_false, str_name, text
from models.reviews import Review

shadow_section_recommendations = Table(
    "shadow_section_recommendations",
    Base.metadata,
    Column("section_id", ForeignKey("shadow_sections.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "recommendation_id",
        ForeignKey("recommendations.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("position", Integer, nullable=False, default=0, server_default="0"),
)

shadow_section_cases = Table(
    "shadow_section_cases",
    Base.metadata,
    Column("section_id", ForeignKey("shadow_sections.id", ondelete="CASCADE"), primary_key=True),
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("position", Integer, nullable=False, default=0, server_default="0"),
)


class ShadowReport(Entity):
    """One submission to a Committee for a review (e.g. for the next list of issues).

    A report keeps its review: deleting a review that has a shadow report is refused.
    """

    __tablename__ = "shadow_reports"

    review_id: Mapped[int] = mapped_column(
        ForeignKey("reviews.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str_name]
    # The Committee's word limit for this submission; None when none applies.
    word_limit: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    notes: Mapped[text]

    review: Mapped[Review] = relationship(lazy="raise")
    sections: Mapped[list[ShadowSection]] = relationship(
        back_populates="report",
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="ShadowSection.position",
    )


class ShadowSection(Entity):
    """One section: an article or a theme, narrative text, linked recommendations and cases,
    and the NGO's own numbered recommendations."""

    __tablename__ = "shadow_sections"
    __table_args__ = (UniqueConstraint("report_id", "position"),)

    report_id: Mapped[int] = mapped_column(ForeignKey("shadow_reports.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    article: Mapped[str] = mapped_column(String(64), default="", server_default="")  # "2, 26"
    theme: Mapped[str] = mapped_column(String(500), default="", server_default="")
    heading: Mapped[str] = mapped_column(String(500), default="", server_default="")
    facts: Mapped[text]  # the narrative: the facts and the NGO's analysis
    state_action: Mapped[text]  # what the State party did (or did not do)
    # Print the figures on decisions against the State ("61 decisions, none fully implemented").
    include_state_record: Mapped[bool_false]
    ngo_recommendations: Mapped[list[str]] = mapped_column(JSON, default=list)

    report: Mapped[ShadowReport] = relationship(back_populates="sections", lazy="raise")
