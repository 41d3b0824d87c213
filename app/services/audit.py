"""Reading the audit trail, and recording events that are not row changes.

Row changes are recorded by app.audit (session events) whatever service makes them;
this service reads them back for the case editor's History tab and the global audit
view, and records events such as a document generated, an export or a backup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from app.audit import current_actor, json_safe
from app.errors import DomainError
from app.services.base import Service, require_text
from app.vocab import AuditAction
from models import AuditEntry, Base

EVENT_KIND = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
MAX_LIMIT = 10_000

# Event kinds the application records (others are accepted if they are short keys).
EVENT_BACKUP = "backup"
EVENT_RESTORE = "restore"
EVENT_EXPORT = "export"
EVENT_DOCUMENT = "document"
EVENT_ENCRYPT = "encrypt"
EVENT_REKEY = "rekey"


@dataclass(frozen=True)
class FieldChangeDTO:
    field: str  # the attribute, e.g. "final_domestic_decision_date"
    label: str  # for people: "Final domestic decision date"
    old: object  # JSON values: text, numbers, ISO dates, lists
    new: object


@dataclass(frozen=True)
class AuditEntryDTO:
    id: int
    at: datetime
    actor: str
    action: AuditAction
    table_name: str  # "" for an event not tied to a record
    record_id: int | None
    record_uuid: str | None
    summary: str
    changes: tuple[FieldChangeDTO, ...]
    event: str | None  # the kind of event ("backup", "export") when action is EVENT
    details: object = None  # an event's details (JSON), or a bulk statement's rows/condition


class AuditService(Service):
    """The audit trail: history of one record, the latest entries, and events."""

    def history(self, table: str, record_id: int, *, limit: int = 1000) -> list[AuditEntryDTO]:
        """Every entry about one record, newest first (events tied to it included)."""
        table = self._check_table(table)
        with self._uow("audit trail") as s:
            rows = s.scalars(
                select(AuditEntry)
                .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
                .order_by(AuditEntry.id.desc())
                .limit(_check_limit(limit))
            ).all()
            return [_to_dto(r) for r in rows]

    def recent(
        self,
        limit: int = 200,
        *,
        table: str | None = None,
        actor: str | None = None,
        action: AuditAction | None = None,
    ) -> list[AuditEntryDTO]:
        """The latest entries, newest first, optionally only one table, person or action."""
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(_check_limit(limit))
        if table:
            query = query.where(AuditEntry.table_name == self._check_table(table))
        if actor:
            query = query.where(AuditEntry.actor == actor)
        if action is not None:
            query = query.where(AuditEntry.action == AuditAction(action))
        with self._uow("audit trail") as s:
            return [_to_dto(r) for r in s.scalars(query).all()]

    def record_event(
        self,
        action: str,
        summary: str,
        *,
        table: str | None = None,
        record_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEntryDTO:
        """Record something done that is not a row change: a document generated for a case
        (table="cases", record_id=its id), an export, a backup."""
        kind = (action or "").strip()
        if not EVENT_KIND.match(kind):
            raise DomainError(
                f"“{action}” is not an event kind (a short key such as backup or export).",
                field="action",
            )
        text = require_text(summary, "The event's description", "summary", max_length=500)
        if table is not None:
            table = self._check_table(table)
        if record_id is not None and table is None:
            raise DomainError("An event about a record must name its table.", field="table")
        with self._uow("audit entry") as s:
            entry = AuditEntry(
                actor=current_actor(s),
                action=AuditAction.EVENT,
                table_name=table or "",
                record_id=record_id,
                summary=text,
                changes={"event": kind, "details": json_safe(details or {})},
            )
            s.add(entry)
            s.flush()
            return _to_dto(entry)

    def actors(self) -> list[str]:
        """Everyone who appears in the trail (for the audit view's filter)."""
        with self._uow("audit trail") as s:
            return list(s.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor)))

    @staticmethod
    def _check_table(table: str) -> str:
        name = (table or "").strip()
        if name not in Base.metadata.tables:
            raise DomainError(f"There is no table “{table}” in the database.", field="table")
        return name


def _check_limit(limit: int) -> int:
    if not isinstance(limit, int) or limit < 1 or limit > MAX_LIMIT:
        raise DomainError(f"Ask for between 1 and {MAX_LIMIT:,} entries.", field="limit")
    return limit


def field_label(field: str) -> str:
    name = field[:-3] if field.endswith("_id") else field
    return name.replace("_", " ").capitalize()


def _to_dto(entry: AuditEntry) -> AuditEntryDTO:
    raw = entry.changes or {}
    event: str | None = None
    details: object = None
    changes: list[FieldChangeDTO] = []
    if entry.action == AuditAction.EVENT:
        event = str(raw.get("event") or "") or None
        details = raw.get("details")
    elif "rows" in raw or "where" in raw:  # a statement that changed many rows at once
        details = dict(raw)
    else:
        for field, pair in raw.items():
            old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
            changes.append(FieldChangeDTO(field, field_label(field), old, new))
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)  # SQLite drops the zone
    return AuditEntryDTO(
        id=entry.id,
        at=at,
        actor=entry.actor,
        action=entry.action,
        table_name=entry.table_name,
        record_id=entry.record_id,
        record_uuid=entry.record_uuid,
        summary=entry.summary,
        changes=tuple(changes),
        event=event,
        details=details,
    )
