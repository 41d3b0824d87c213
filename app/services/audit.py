"""Reading the audit trail, and recording events that are not row changes.

Row changes are recorded by app.audit (session events) whatever service makes them;
this service reads them back for the case editor's History tab and the global audit
view, and records events such as a document generated, an export or a backup.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.audit import current_actor, json_safe
from app.errors import DomainError
from app.services.base import Service, get_or_raise, require_text
from app.vocab import AuditAction, RemedyKind, Vocabulary
from models import (
    AuditEntry,
    Base,
    Case,
    CaseArticle,
    CaseParty,
    Country,
    Deadline,
    Document,
    DomesticProceeding,
    FollowUpEvent,
    FollowUpGrade,
    Person,
    Remedy,
    RemedyStatus,
    TreatyArticle,
    TreatyBody,
)

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


@dataclass(frozen=True)
class CaseHistoryEntryDTO:
    """One change in the history of a case: to the case itself or to one of its records
    (parties, articles, proceedings, remedies, implementation, follow-up, deadlines,
    documents) or to the person of one of its parties.

    The record is described for a reader by `table_name` (what kind of record: a view
    names it in the user's language), `record_vocab` (its vocabulary label, e.g. the
    remedy's kind) and `record_name` (data: a person's name, a title, a reference).
    Field changes carry vocabulary values as members (a view translates their labels)
    and references to other records as names ("person": the person's name).
    """

    id: int
    at: datetime
    actor: str  # the OS user, or the database role on PostgreSQL
    action: AuditAction
    table_name: str
    record_id: int | None
    record_vocab: Vocabulary | None
    record_name: str
    summary: str  # the audit line as recorded (English)
    changes: tuple[FieldChangeDTO, ...]
    event: str | None = None
    rows: int = 1  # records changed at once (a bulk set of statuses for several victims)


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

    def case_history(self, case_id: int, *, limit: int = 1000) -> list[CaseHistoryEntryDTO]:
        """The history of a whole case, newest first: changes to the case and to its parties
        (and their people), articles, domestic proceedings, remedies, implementation
        statuses (bulk sets included), follow-up events and grades, deadlines and
        documents, records since deleted included; and the events recorded about it."""
        limit = _check_limit(limit)
        with self._uow("audit trail") as s:
            get_or_raise(s, Case, case_id, "case")
            return _CaseHistory(s, case_id).entries(limit)

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


# ---------------------------------------------------------------- the history of a case

# Records that belong to a case through their own case_id.
_CASE_CHILDREN: tuple[type[Any], ...] = (
    CaseParty,
    CaseArticle,
    DomesticProceeding,
    Remedy,
    FollowUpEvent,
    Deadline,
    Document,
)
# References shown by name in field changes: field -> (model, attribute giving the name).
_NAMED_REFERENCES: dict[str, tuple[type[Any], str]] = {
    "person_id": (Person, "full_name"),
    "article_id": (TreatyArticle, "number"),
    "body_id": (TreatyBody, "code"),
    "state_id": (Country, "name"),
    "nationality_id": (Country, "name"),
}
_WHERE_ID = re.compile(r"\b(?:remedy_statuses\.)?remedy_id\s*(?:=|IN\s*\()\s*(\d+)", re.I)
_RECORD_FIELDS = {"case_id", "review_id"}  # the owner: said by the history itself


@functools.cache
def _vocab_columns() -> dict[tuple[str, str], type[Vocabulary]]:
    """(table, column) -> its vocabulary, for every vocabulary column of the schema."""
    found: dict[tuple[str, str], type[Vocabulary]] = {}
    for table in Base.metadata.tables.values():
        for column in table.columns:
            enum = getattr(column.type, "enum_class", None)
            if isinstance(column.type, SAEnum) and enum and issubclass(enum, Vocabulary):
                found[(table.name, column.name)] = enum
    return found


def _as_vocab(table: str, field: str, value: object) -> object:
    enum = _vocab_columns().get((table, field))
    if enum is None or not isinstance(value, str):
        return value
    try:
        return enum(value)
    except ValueError:
        return value


def _owned_by(model: type[Any], field: str, owner_ids: Iterable[int]) -> Any:
    """Audit entries of `model`'s table whose recorded `field` (old or new) is an owner."""
    ids = list(owner_ids)
    column = AuditEntry.changes
    return (AuditEntry.table_name == model.__tablename__) & or_(
        column[(field, 0)].as_integer().in_(ids), column[(field, 1)].as_integer().in_(ids)
    )


class _CaseHistory:
    """Finds the records of one case (live and deleted) and reads their audit entries."""

    def __init__(self, session: Session, case_id: int) -> None:
        self.s = session
        self.case_id = case_id
        # table -> record ids of this case (live ones, then deleted ones found in the trail)
        self.ids: dict[str, set[int]] = {}
        # (table, id) -> the record's last known values (live row, or its audit entries)
        self.values: dict[tuple[str, int], dict[str, object]] = {}

    def entries(self, limit: int) -> list[CaseHistoryEntryDTO]:
        s = self.s
        for model in _CASE_CHILDREN:
            self._collect(model, select(model).where(model.case_id == self.case_id))
            self._collect_deleted(model, "case_id", [self.case_id])
        remedies = self.ids.get("remedies", set())
        events = self.ids.get("followup_events", set())
        if remedies:
            self._collect(
                RemedyStatus, select(RemedyStatus).where(RemedyStatus.remedy_id.in_(remedies))
            )
            self._collect_deleted(RemedyStatus, "remedy_id", remedies)
        if remedies or events:
            self._collect(
                FollowUpGrade,
                select(FollowUpGrade).where(
                    or_(FollowUpGrade.remedy_id.in_(remedies), FollowUpGrade.event_id.in_(events))
                ),
            )
            self._collect_deleted(FollowUpGrade, "event_id", events)
        people = {
            int(v["person_id"])  # type: ignore[call-overload]
            for (table, _id), v in self.values.items()
            if table == "case_parties" and v.get("person_id") is not None
        }
        if people:
            self._collect(Person, select(Person).where(Person.id.in_(people)))
        conditions = [(AuditEntry.table_name == "cases") & (AuditEntry.record_id == self.case_id)]
        for table, ids in self.ids.items():
            if ids:
                conditions.append(
                    (AuditEntry.table_name == table) & AuditEntry.record_id.in_(sorted(ids))
                )
        rows = s.scalars(
            select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id.desc()).limit(limit)
        ).all()
        bulk = self._bulk_status_entries(remedies, limit) if remedies else []
        merged = sorted([*rows, *bulk], key=lambda e: e.id, reverse=True)[:limit]
        for entry in merged:
            self._remember(entry)
        names = self._reference_names(merged)
        return [self._to_dto(e, names) for e in merged]

    # ---- finding the records

    def _collect(self, model: type[Any], query: Any) -> None:
        table = model.__tablename__
        found = self.ids.setdefault(table, set())
        columns = [c.key for c in model.__mapper__.column_attrs]
        for obj in self.s.scalars(query):
            found.add(obj.id)
            self.values[(table, obj.id)] = {k: json_safe(getattr(obj, k)) for k in columns}

    def _collect_deleted(self, model: type[Any], field: str, owners: Iterable[int]) -> None:
        """Records of the case deleted since: found by their owner in their last entry."""
        owners = list(owners)
        if not owners:
            return
        table = model.__tablename__
        found = self.ids.setdefault(table, set())
        rows = self.s.execute(
            select(AuditEntry.record_id, AuditEntry.changes).where(
                AuditEntry.action == AuditAction.DELETE,
                AuditEntry.record_id.is_not(None),
                _owned_by(model, field, owners),
            )
        )
        for record_id, changes in rows:
            found.add(record_id)
            values = {k: v[0] for k, v in (changes or {}).items() if isinstance(v, list) and v}
            self.values.setdefault((table, record_id), values)

    def _bulk_status_entries(self, remedies: set[int], limit: int) -> list[AuditEntry]:
        """Statements that set many victims' statuses at once (record_id None): kept when
        the remedy they name is one of the case's."""
        entries = self.s.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.table_name == RemedyStatus.__tablename__,
                AuditEntry.record_id.is_(None),
            )
            .order_by(AuditEntry.id.desc())
        )
        kept: list[AuditEntry] = []
        for entry in entries:
            if _bulk_remedy(entry) in remedies:
                kept.append(entry)
                if len(kept) >= limit:
                    break
        return kept

    def _remember(self, entry: AuditEntry) -> None:
        """Fill in what is known of a deleted record from its create and update entries."""
        if entry.record_id is None or entry.action == AuditAction.EVENT:
            return
        known = self.values.setdefault((entry.table_name, entry.record_id), {})
        for field, pair in (entry.changes or {}).items():
            if isinstance(pair, list) and len(pair) == 2 and field not in known:
                known[field] = pair[1] if pair[1] is not None else pair[0]

    # ---- describing them

    def _reference_names(self, entries: list[AuditEntry]) -> dict[str, dict[int, str]]:
        wanted: dict[str, set[int]] = {field: set() for field in _NAMED_REFERENCES}
        wanted["remedy_id"] = set(self.ids.get("remedies", set()))
        for values in self.values.values():
            for field in wanted:
                value = values.get(field)
                if isinstance(value, int) and not isinstance(value, bool):
                    wanted[field].add(value)
        for entry in entries:
            for field, pair in (entry.changes or {}).items():
                if field in wanted and isinstance(pair, list):
                    wanted[field].update(v for v in pair if isinstance(v, int))
        names: dict[str, dict[int, str]] = {}
        for field, (model, attribute) in _NAMED_REFERENCES.items():
            ids = sorted(wanted[field])
            names[field] = (
                dict(
                    self.s.execute(
                        select(model.id, getattr(model, attribute)).where(model.id.in_(ids))
                    ).all()
                )
                if ids
                else {}
            )
        return names

    def _remedy_kind(self, remedy_id: object) -> RemedyKind | None:
        if not isinstance(remedy_id, int):
            return None
        kind = self.values.get(("remedies", remedy_id), {}).get("kind")
        return _as_vocab("remedies", "kind", kind) if kind else None  # type: ignore[return-value]

    def _describe(
        self, table: str, record_id: int | None, names: dict[str, dict[int, str]]
    ) -> tuple[Vocabulary | None, str]:
        values = self.values.get((table, record_id), {}) if record_id is not None else {}
        person = names["person_id"].get(values.get("person_id"), "")  # type: ignore[arg-type]
        text = ""
        vocab: Any = None
        if table == "cases":
            text = str(values.get("reference") or "")
        elif table == "case_parties":
            vocab, text = _as_vocab(table, "role", values.get("role")), person
        elif table == "people":
            text = str(values.get("full_name") or "")
        elif table == "case_articles":
            article = names["article_id"].get(values.get("article_id"), "")  # type: ignore[arg-type]
            vocab, text = (
                _as_vocab(table, "relation", values.get("relation")),
                f"art. {article}" if article else "",
            )
        elif table == "domestic_proceedings":
            vocab = _as_vocab(table, "kind", values.get("kind"))
            text = " ".join(str(values.get(k) or "") for k in ("authority", "number")).strip()
        elif table == "remedies":
            vocab, text = _as_vocab(table, "kind", values.get("kind")), _short(values.get("text"))
        elif table == "remedy_statuses":
            vocab = self._remedy_kind(values.get("remedy_id"))
            text = person if values.get("person_id") is not None else "general measure"
        elif table == "followup_events":
            vocab = _as_vocab(table, "kind", values.get("kind"))
            text = " ".join(str(values.get(k) or "") for k in ("event_date", "symbol")).strip()
        elif table == "followup_grades":
            vocab = self._remedy_kind(values.get("remedy_id"))
        elif table == "deadlines":
            rule = values.get("rule")
            vocab = _as_vocab(table, "rule", rule) if rule != "manual" else None
            text = str(values.get("title") or "")
        elif table == "documents":
            text = str(values.get("title") or "")
        return (vocab if isinstance(vocab, Vocabulary) else None), text

    def _to_dto(self, entry: AuditEntry, names: dict[str, dict[int, str]]) -> CaseHistoryEntryDTO:
        base = _to_dto(entry)
        table = entry.table_name
        rows = 1
        changes: list[FieldChangeDTO] = []
        if entry.record_id is None and isinstance(base.details, dict):  # a bulk statement
            remedy = _bulk_remedy(entry)
            vocab: Vocabulary | None = self._remedy_kind(remedy)
            raw = base.details
            if "rows" in raw:
                rows = len(raw["rows"])
                first = raw["rows"][0] if raw["rows"] else {}
                settable = {k: v for k, v in first.items() if k in _STATUS_FIELDS}
            else:
                rows = _bulk_count(str(raw.get("where") or ""))
                settable = {
                    k: v for k, v in dict(raw.get("set") or {}).items() if k in _STATUS_FIELDS
                }
            for field, value in settable.items():
                if value is None or value == "":
                    continue
                changes.append(
                    FieldChangeDTO(field, field_label(field), None, _as_vocab(table, field, value))
                )
            return CaseHistoryEntryDTO(
                id=base.id,
                at=base.at,
                actor=base.actor,
                action=base.action,
                table_name=table,
                record_id=None,
                record_vocab=vocab,
                record_name="",
                summary=base.summary,
                changes=tuple(changes),
                event=None,
                rows=rows,
            )
        for change in base.changes:
            if change.field in _RECORD_FIELDS and table != "cases":
                continue
            changes.append(
                FieldChangeDTO(
                    change.field[:-3]
                    if change.field in _NAMED_REFERENCES or change.field == "remedy_id"
                    else change.field,
                    change.label,
                    self._value(table, change.field, change.old, names),
                    self._value(table, change.field, change.new, names),
                )
            )
        vocab, name = self._describe(table, entry.record_id, names)
        return CaseHistoryEntryDTO(
            id=base.id,
            at=base.at,
            actor=base.actor,
            action=base.action,
            table_name=table,
            record_id=entry.record_id,
            record_vocab=vocab,
            record_name=name,
            summary=base.summary,
            changes=tuple(changes),
            event=base.event,
        )

    def _value(
        self, table: str, field: str, value: object, names: dict[str, dict[int, str]]
    ) -> object:
        if value is None:
            return None
        if field == "remedy_id":
            return self._remedy_kind(value) or value
        if field in _NAMED_REFERENCES and isinstance(value, int):
            return names[field].get(value, value)
        return _as_vocab(table, field, value)


_STATUS_FIELDS = ("status", "amount", "currency", "status_date", "evidence", "source")


def _bulk_remedy(entry: AuditEntry) -> int | None:
    """The remedy a bulk statement on remedy_statuses was about, if it says."""
    raw = entry.changes or {}
    rows = raw.get("rows")
    if isinstance(rows, list) and rows and isinstance(rows[0], dict):
        value = rows[0].get("remedy_id")
        return value if isinstance(value, int) else None
    match = _WHERE_ID.search(str(raw.get("where") or ""))
    return int(match.group(1)) if match else None


_PERSON_IN = re.compile(r"person_id\s+IN\s*\(([^)]*)\)", re.I)


def _bulk_count(where: str) -> int:
    """How many victims an UPDATE of statuses named ("… person_id IN (3, 4, 5)")."""
    match = _PERSON_IN.search(where)
    return len([p for p in match.group(1).split(",") if p.strip()]) if match else 1


def _short(value: object, length: int = 80) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= length else text[: length - 1] + "…"
