"""The Case aggregate: a communication, its parties, domestic proceedings and articles."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.vocab import (
    ArticleRelation,
    Confidentiality,
    DecisionType,
    Outcome,
    PartyRole,
    ProceedingKind,
    Stage,
)
from models.base import Base, Entity, bool_false, opt_date, str_name, text, vocab
from models.people import Person
from models.reference import Country, TreatyArticle, TreatyBody

case_tags = Table(
    "case_tags",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Entity):
    """A theme or label ("January 2022 events")."""

    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(100), unique=True)


class Case(Entity):
    """One communication to a treaty body."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("body_id", "communication_number"),
        Index("ix_cases_stage", "stage"),
    )

    reference: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str_name]
    body_id: Mapped[int] = mapped_column(ForeignKey("treaty_bodies.id"), index=True)
    state_id: Mapped[int] = mapped_column(ForeignKey("countries.id"), index=True)
    communication_number: Mapped[str | None] = mapped_column(String(32))
    symbol: Mapped[str | None] = mapped_column(String(64), index=True)
    stage: Mapped[Stage] = vocab(Stage, "stage", default=Stage.PREPARATION)
    outcome: Mapped[Outcome] = vocab(Outcome, "outcome", default=Outcome.PENDING)
    decision_type: Mapped[DecisionType | None] = vocab(DecisionType, "decision_type")
    interim_measures_requested: Mapped[bool_false]
    interim_measures_granted: Mapped[bool_false]
    interim_measures_requested_on: Mapped[opt_date]
    interim_measures_granted_on: Mapped[opt_date]
    incident_date: Mapped[opt_date]
    final_domestic_decision_date: Mapped[opt_date]
    submission_date: Mapped[opt_date]
    registration_date: Mapped[opt_date]
    transmittal_date: Mapped[opt_date]
    state_observations_received_on: Mapped[opt_date]
    decision_date: Mapped[opt_date]
    decision_transmittal_date: Mapped[opt_date]
    session: Mapped[str] = mapped_column(String(32), default="", server_default="")
    lead_lawyer: Mapped[str] = mapped_column(String(255), default="", server_default="")
    confidentiality: Mapped[Confidentiality] = vocab(
        Confidentiality, "confidentiality", default=Confidentiality.CONFIDENTIAL
    )
    summary: Mapped[text]
    notes: Mapped[text]

    body: Mapped[TreatyBody] = relationship(lazy="raise")
    state: Mapped[Country] = relationship(lazy="raise")
    tags: Mapped[list[Tag]] = relationship(secondary=case_tags, lazy="raise", order_by=Tag.name)
    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", lazy="raise", cascade="all, delete-orphan"
    )
    proceedings: Mapped[list[DomesticProceeding]] = relationship(
        back_populates="case", lazy="raise", cascade="all, delete-orphan"
    )
    articles: Mapped[list[CaseArticle]] = relationship(
        back_populates="case", lazy="raise", cascade="all, delete-orphan"
    )


class CaseParty(Entity):
    """A person's role in a case. A person appears at most once per case."""

    __tablename__ = "case_parties"
    __table_args__ = (UniqueConstraint("case_id", "person_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    role: Mapped[PartyRole] = vocab(PartyRole, "role")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    case: Mapped[Case] = relationship(back_populates="parties", lazy="raise")
    person: Mapped[Person] = relationship(lazy="raise")


class CaseArticle(Entity):
    """An article invoked by the author or found violated by the Committee."""

    __tablename__ = "case_articles"
    __table_args__ = (UniqueConstraint("case_id", "article_id", "relation", "paragraph"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("treaty_articles.id"))
    relation: Mapped[ArticleRelation] = vocab(ArticleRelation, "relation")
    # Paragraph and sub-paragraph, normalised without spaces: "(5)", "(3)(b)"; "" for the whole.
    paragraph: Mapped[str] = mapped_column(String(32), default="", server_default="")

    case: Mapped[Case] = relationship(back_populates="articles", lazy="raise")
    article: Mapped[TreatyArticle] = relationship(lazy="raise")


class DomesticProceeding(Entity):
    """A step in exhausting domestic remedies, or a proceeding that followed the decision."""

    __tablename__ = "domestic_proceedings"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ProceedingKind] = vocab(ProceedingKind, "kind")
    authority: Mapped[str_name]
    number: Mapped[str] = mapped_column(String(64), default="", server_default="")
    started_on: Mapped[opt_date]
    decided_on: Mapped[date | None]
    outcome: Mapped[text]
    is_final: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    case: Mapped[Case] = relationship(back_populates="proceedings", lazy="raise")
