"""The audit trail, written in one place: SQLAlchemy session events, not each service.

Every flush records, for each record created, changed or deleted through the ORM, who
(the OS user, or the database login on PostgreSQL), when, which record, and the old
and new value of each changed field. Statements that change many rows at once
(`session.execute(delete(...))` and the like) are recorded as one entry each, with the
rows or the condition. Entries are written in the same transaction as the change: a
change that is rolled back leaves no entry, and no change is committed without one.

The audit table is append-only from the application: the ORM refuses to update or
delete an `AuditEntry`, bulk statements on it are refused, and on SQLite triggers
(migration 0004) refuse it even to hand-written SQL.
"""

from __future__ import annotations

import functools
import getpass
import math
import re
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker
from sqlalchemy.sql.dml import DMLWhereBase

from app.errors import DomainError
from app.vocab import AuditAction
from models import AuditEntry
from models.base import Entity, utcnow

AUDIT_TABLE = AuditEntry.__table__
# Bookkeeping columns: they change on every save and say nothing a reader needs.
SKIPPED_FIELDS = frozenset({"id", "created_at", "updated_at", "version"})
# Long texts are kept whole up to this size (services accept at most 100,000 characters).
MAX_VALUE_CHARS = 200_000
LABEL_FIELDS = ("reference", "full_name", "name", "co_symbol", "symbol", "title", "code")


class AuditTrailError(DomainError):
    """Someone tried to change or delete the audit trail."""


APPEND_ONLY_MESSAGE = "The audit trail cannot be changed or deleted; it only grows."


def install_audit(target: sessionmaker[Session] | type[Session]) -> None:
    """Attach the audit listeners to a session factory (once)."""
    if event.contains(target, "after_flush", _record_flush):
        return
    event.listen(target, "before_flush", _refuse_audit_changes)
    event.listen(target, "after_flush", _record_flush)
    event.listen(target, "do_orm_execute", _record_bulk_statement)


@functools.cache
def os_user() -> str:
    """The logged-in user's name, as the OS knows it."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


def current_actor(session: Session) -> str:
    """The OS user on SQLite; the database login on a server (several people, one database)."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return os_user()
    actor = conn.info.get("treatydesk_actor")
    if actor is None:
        actor = str(conn.exec_driver_sql("SELECT current_user").scalar())
        conn.info["treatydesk_actor"] = actor
    return str(actor)


def json_safe(value: Any) -> Any:
    """A value as JSON can hold it: dates as ISO text, money as text, vocabularies as keys."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Enum):
        return json_safe(value.value)
    if isinstance(value, str):
        if len(value) > MAX_VALUE_CHARS:
            return value[:MAX_VALUE_CHARS] + f"… [{len(value):,} characters in all]"
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(bytes(value))} bytes>"
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(v) for v in value]
    return str(value)


def record_label(obj: object) -> str:
    """A short name for a record, for the summary line: its reference, name or symbol."""
    for field in LABEL_FIELDS:
        value = getattr(obj, field, None) if _loaded(obj, field) else None
        if isinstance(value, str) and value.strip():
            text = value.strip()
            return text if len(text) <= 120 else text[:119] + "…"
    return f"#{getattr(obj, 'id', '?')}"


def kind_label(obj_or_cls: object) -> str:
    """'CaseParty' -> 'case party'."""
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()


# ---------------------------------------------------------------- listeners


def _refuse_audit_changes(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            raise AuditTrailError(APPEND_ONLY_MESSAGE)
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) and session.is_modified(obj):
            raise AuditTrailError(APPEND_ONLY_MESSAGE)


def _record_flush(session: Session, _ctx: UOWTransaction) -> None:
    # In after_flush the new rows have their ids, while session.new/dirty/deleted and the
    # attributes' history still describe what this flush did.
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Entity) and not isinstance(obj, AuditEntry):
            rows.append(_entry(obj, AuditAction.CREATE, _values(obj, created=True)))
    for obj in session.dirty:
        if isinstance(obj, Entity) and not isinstance(obj, AuditEntry):
            changes = _changes(obj)
            if changes:
                rows.append(_entry(obj, AuditAction.UPDATE, changes))
    for obj in session.deleted:
        if isinstance(obj, Entity) and not isinstance(obj, AuditEntry):
            rows.append(_entry(obj, AuditAction.DELETE, _values(obj, created=False)))
    if rows:
        actor = current_actor(session)
        at = utcnow()
        for row in rows:
            row["actor"] = actor
            row["at"] = at
        session.connection().execute(insert(AUDIT_TABLE), rows)


def _record_bulk_statement(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    statement = state.statement
    table = getattr(statement, "table", None)
    name = str(getattr(table, "name", "") or "")
    if name == AUDIT_TABLE.name:
        if state.is_insert:
            return None
        raise AuditTrailError(APPEND_ONLY_MESSAGE)
    if not name:
        return None
    result = state.invoke_statement()
    if state.is_insert:
        action = AuditAction.CREATE
        params = state.parameters
        rows = params if isinstance(params, list) else [params] if params else []
        changes: dict[str, Any] = {"rows": [json_safe(dict(r)) for r in rows]}
        count = len(rows)
    else:
        action = AuditAction.UPDATE if state.is_update else AuditAction.DELETE
        changes = {"where": _where_text(statement)}
        if state.is_update:
            values = getattr(statement, "_values", None) or {}
            changes["set"] = {
                str(getattr(k, "key", k)): json_safe(getattr(v, "value", str(v)))
                for k, v in dict(values).items()
            }
        count = max(getattr(result, "rowcount", -1), 0)
    verb = {"create": "Inserted", "update": "Updated", "delete": "Deleted"}[action.value]
    session = state.session
    session.connection().execute(
        insert(AUDIT_TABLE),
        [
            {
                "at": utcnow(),
                "actor": current_actor(session),
                "action": action,
                "table_name": name,
                "record_id": None,
                "record_uuid": None,
                "summary": f"{verb} {count} row(s) in {name}",
                "changes": changes,
            }
        ],
    )
    return result


# ---------------------------------------------------------------- building entries


def _entry(obj: Entity, action: AuditAction, changes: dict[str, list[Any]]) -> dict[str, Any]:
    verb = {"create": "Created", "update": "Changed", "delete": "Deleted"}[action.value]
    summary = f"{verb} {kind_label(obj)} “{record_label(obj)}”"
    if action == AuditAction.UPDATE:
        summary += ": " + ", ".join(k.replace("_", " ") for k in changes)
    return {
        "action": action,
        "table_name": obj.__tablename__,
        "record_id": getattr(obj, "id", None),
        "record_uuid": getattr(obj, "uuid", None) if _loaded(obj, "uuid") else None,
        "summary": summary[:500],
        "changes": changes,
    }


def _loaded(obj: object, key: str) -> bool:
    state = inspect(obj, raiseerr=False)
    if state is None:
        return True
    return key in state.dict


def _values(obj: Entity, *, created: bool) -> dict[str, list[Any]]:
    """Every field of a record created (None -> value) or deleted (value -> None)."""
    state = inspect(obj)
    values: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIPPED_FIELDS or key not in state.dict:
            continue
        value = json_safe(state.dict[key])
        if value is None or value == "":
            continue
        values[key] = [None, value] if created else [value, None]
    return values


def _changes(obj: Entity) -> dict[str, list[Any]]:
    """Old and new value of each field this flush changed; many-to-many links as labels."""
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIPPED_FIELDS:
            continue
        history = state.attrs[key].history
        if not history.added and not history.deleted:
            continue
        old = json_safe(history.deleted[0]) if history.deleted else None
        new = json_safe(history.added[0]) if history.added else None
        if old != new:
            changes[key] = [old, new]
    for rel in state.mapper.relationships:
        if rel.secondary is None or rel.key not in state.dict:
            continue
        history = state.attrs[rel.key].history
        if history.added or history.deleted:
            changes[rel.key] = [
                sorted(record_label(o) for o in history.deleted),
                sorted(record_label(o) for o in history.added),
            ]
    return changes


def _where_text(statement: Any) -> str:
    if not isinstance(statement, DMLWhereBase) or statement.whereclause is None:
        return "(all rows)"
    clause = statement.whereclause
    try:
        return str(clause.compile(compile_kwargs={"literal_binds": True}))
    except Exception:  # a value type without a literal form: keep the shape of the condition
        return str(clause)
