"""Generated or attached documents, and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.vocab import AuditAction
from models.base import Entity, bool_false, str_name, utcnow, vocab


class Document(Entity):
    __tablename__ = "documents"

    kind: Mapped[str] = mapped_column(String(64))
    title: Mapped[str_name]
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="SET NULL"), index=True
    )
    # Relative to the managed documents folder.
    path: Mapped[str] = mapped_column(String(1024))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_by: Mapped[str] = mapped_column(String(255), default="", server_default="")
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    redacted: Mapped[bool_false]


class AuditEntry(Entity):
    """Who changed which record, when, and the old and new values. Append-only."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_record", "table_name", "record_id"),)

    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[AuditAction] = vocab(AuditAction, "action")
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_uuid: Mapped[str | None] = mapped_column(String(36))
    summary: Mapped[str] = mapped_column(String(500), default="", server_default="")
    changes: Mapped[dict[str, list[object]]] = mapped_column(JSON, default=dict)
