"""Reference data: treaty bodies and their rules, treaty articles, countries."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.vocab import PeriodUnit
from models.base import Entity, str_name, vocab


class TreatyBody(Entity):
    """A Committee, with the time limits of its procedure (all editable: rules change)."""

    __tablename__ = "treaty_bodies"

    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str_name]
    treaty: Mapped[str_name]
    complaint_instrument: Mapped[str_name]
    followup_value: Mapped[int | None] = mapped_column(Integer)
    followup_unit: Mapped[PeriodUnit | None] = vocab(PeriodUnit, "followup_unit")
    filing_limit_value: Mapped[int | None] = mapped_column(Integer)
    filing_limit_unit: Mapped[PeriodUnit | None] = vocab(PeriodUnit, "filing_limit_unit")
    observations_value: Mapped[int | None] = mapped_column(Integer)
    observations_unit: Mapped[PeriodUnit | None] = vocab(PeriodUnit, "observations_unit")

    articles: Mapped[list[TreatyArticle]] = relationship(
        back_populates="body", lazy="raise", order_by="TreatyArticle.sort_key"
    )


class TreatyArticle(Entity):
    __tablename__ = "treaty_articles"
    __table_args__ = (UniqueConstraint("body_id", "number"),)

    body_id: Mapped[int] = mapped_column(ForeignKey("treaty_bodies.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(16))
    sort_key: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(255), default="")

    body: Mapped[TreatyBody] = relationship(back_populates="articles", lazy="raise")


class Country(Entity):
    """A State, by its ISO 3166-1 code."""

    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(String(2), unique=True)
    alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str_name]
