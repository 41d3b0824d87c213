"""Remedies ordered by a decision and their implementation, per remedy and per victim."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.vocab import ImplementationStatus, RemedyKind, RemedyScope
from models.base import Entity, money, opt_date, vocab
from models.base import text as long_text
from models.cases import Case
from models.people import Person


class Remedy(Entity):
    __tablename__ = "remedies"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[RemedyKind] = vocab(RemedyKind, "kind")
    scope: Mapped[RemedyScope] = vocab(RemedyScope, "scope")
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    case: Mapped[Case] = relationship(lazy="raise")
    statuses: Mapped[list[RemedyStatus]] = relationship(
        back_populates="remedy", lazy="raise", cascade="all, delete-orphan"
    )


class RemedyStatus(Entity):
    """Implementation of one remedy: per victim for individual remedies, once for general ones."""

    __tablename__ = "remedy_statuses"
    __table_args__ = (
        UniqueConstraint("remedy_id", "person_id"),
        # SQLite and PostgreSQL treat NULLs as distinct: a partial index keeps one general row.
        Index(
            "uq_remedy_statuses_general",
            "remedy_id",
            unique=True,
            sqlite_where=text("person_id IS NULL"),
            postgresql_where=text("person_id IS NULL"),
        ),
    )

    remedy_id: Mapped[int] = mapped_column(ForeignKey("remedies.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ImplementationStatus] = vocab(
        ImplementationStatus, "status", default=ImplementationStatus.UNKNOWN
    )
    amount: Mapped[money]
    currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    status_date: Mapped[opt_date]
    evidence: Mapped[long_text]
    source: Mapped[long_text]

    remedy: Mapped[Remedy] = relationship(back_populates="statuses", lazy="raise")
    person: Mapped[Person | None] = relationship(lazy="raise")
