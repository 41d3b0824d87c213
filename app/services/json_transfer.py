"""The whole database (or chosen cases) as one documented JSON file, and back.

The format (described for other tools in the README, "JSON export format"):

    {"format": "treatydesk-export", "version": 1, "exported_at": "2026-11-22T09:30:00+00:00",
     "application": "TreatyDesk 0.1.0", "schema": "0004", "pseudonymised": false,
     "selection": null | {"cases": ["KZ-CCPR-2137", ...]},
     "counts": {"cases": 5, ...},
     "tables": {
        "treaty_bodies":   {"CCPR": {...}, ...},              reference data, by natural key
        "countries":       {"KZ": {...}, ...},
        "treaty_articles": {"CCPR:7": {"body": "CCPR", "number": "7", ...}, ...},
        "cases":           {"<uuid>": {"reference": ..., "body": "CCPR", "state": "KZ", ...}},
        "case_parties":    {"<uuid>": {"case": "<case uuid>", "person": "<person uuid>", ...}},
        "case_tags":       [{"case": "<case uuid>", "tag": "<tag uuid>"}, ...],   link tables
        ...}}

Every table of the schema appears under its own name. A record is keyed by its `uuid`;
the integer `id` is left out; a foreign key `xxx_id` becomes the field `xxx` holding the
uuid of the record it points to — or, for reference data, its natural key: the treaty body
code ("CCPR"), the ISO country code ("KZ"), or {"body": "CCPR", "number": "7"} for an
article. Values: text, whole numbers, true/false, null; dates "2025-01-18"; timestamps ISO
8601 in UTC; amounts of money as decimal text ("11250000.00"); vocabularies by their key
("follow_up"); JSON columns as they are. An audit entry's `record_id` becomes `record`
(the uuid of the record it is about, when that record still exists).

Import writes such a file into an EMPTY database (reference data aside): the same records
with the same uuids, timestamps and versions, so that the content is identical; a database
that already holds records is refused, so nothing is ever mixed or overwritten. The file is
checked before anything is written (format, tables, fields, values, references) and all of
it is written in one transaction.

`pseudonymise` writes, for each person who has not consented to be named, their public
name (PersonDTO.public_name: pseudonym, else initials) instead of the full name, and leaves
out their original-script name and notes; contact details and safety notes are left out
for everyone; every occurrence of a hidden full name in the other tables' text is replaced
by the public name; the audit trail (which holds old values, names included) is left out.
Other free text is exported as written: read it before sharing the file.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    Table,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy import Enum as SAEnum

from app import __version__
from app.audit import current_actor
from app.db import SessionFactory
from app.dialects import same_text
from app.errors import DomainError
from app.services.audit import EVENT_EXPORT, AuditService
from app.services.base import Clock, Service
from app.services.dto import initials
from app.services.exports import write_private
from app.vocab import AuditAction
from models import Base

FORMAT_NAME = "treatydesk-export"
FORMAT_VERSION = 1
EVENT_IMPORT = "import"
REFERENCE_TABLES = ("treaty_bodies", "countries", "treaty_articles")
AUDIT_TABLE = "audit_entries"
# Tables that hang off a case: exported with it when cases are chosen (`--case`).
CASE_CHILDREN = (
    "case_parties",
    "case_articles",
    "domestic_proceedings",
    "remedies",
    "followup_events",
    "deadlines",
    "documents",
)
_CHUNK = 500
_BOOKKEEPING = frozenset({"uuid", "created_at", "updated_at", "version"})
# Hidden names shorter than this are not searched for in free text (too many false hits).
_MIN_NAME_TO_REPLACE = 5


@dataclass(frozen=True)
class JsonExportResult:
    path: Path | None
    counts: dict[str, int]
    cases: tuple[str, ...] | None  # the references chosen; None for the whole database
    pseudonymised: bool

    def sentence(self) -> str:
        what = (
            "the whole database"
            if self.cases is None
            else f"case{'' if len(self.cases) == 1 else 's'} {', '.join(self.cases)}"
        )
        total = sum(self.counts.values())
        where = f" to {self.path.name}" if self.path else ""
        note = " (pseudonymised)" if self.pseudonymised else ""
        return f"Exported {what}{note}{where}: {total} records in {_main_counts(self.counts)}."


@dataclass(frozen=True)
class JsonImportResult:
    source: str
    counts: dict[str, int]
    exported_at: str | None
    reference_updated: int = 0
    warnings: tuple[str, ...] = field(default=())

    def sentence(self) -> str:
        total = sum(self.counts.values())
        text = f"Imported {total} records from {self.source}: {_main_counts(self.counts)}."
        if self.reference_updated:
            text += (
                f" {self.reference_updated} reference record(s) (treaty bodies, articles, "
                "countries) were brought in line with the file."
            )
        return text


def _main_counts(counts: Mapping[str, int]) -> str:
    names = {"cases": "case", "people": "person", "reviews": "review"}
    parts = []
    for table, word in names.items():
        n = counts.get(table, 0)
        plural = "people" if word == "person" and n != 1 else f"{word}{'' if n == 1 else 's'}"
        parts.append(f"{n} {plural}")
    return ", ".join(parts)


# ---------------------------------------------------------------- schema helpers


def user_tables() -> list[Table]:
    """The tables export/import carry besides reference data, in dependency order; the
    audit trail last, since its entries point at records of every other table."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in REFERENCE_TABLES]
    return sorted(tables, key=lambda t: t.name == AUDIT_TABLE)


def is_entity(table: Table) -> bool:
    return "uuid" in table.c and "id" in table.c


def fk_target(column: Column[Any]) -> Table | None:
    keys = list(column.foreign_keys)
    return keys[0].column.table if keys else None  # type: ignore[return-value]


def field_name(column: Column[Any]) -> str:
    """The JSON field of a column: a foreign key `case_id` becomes `case`."""
    if column.foreign_keys and column.name.endswith("_id"):
        return column.name[:-3]
    if column.table.name == AUDIT_TABLE and column.name == "record_id":
        return "record"
    return column.name


def exported_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if c.name not in ("id", "uuid")]


def _reference_key(table: str, row: Mapping[str, Any], bodies: Mapping[int, str]) -> str:
    if table == "treaty_articles":
        return f"{bodies[row['body_id']]}:{row['number']}"
    return str(row["code"])


# ---------------------------------------------------------------- values


def dump_value(column: Column[Any], value: Any) -> Any:
    """A column's value as the JSON file holds it."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, SAEnum):
        return value.value if isinstance(value, Enum) else str(value)
    if isinstance(kind, DateTime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, Numeric) and not isinstance(value, float):
        return str(value)
    return value


class _Bad(ValueError):
    pass


def load_value(column: Column[Any], value: Any) -> Any:
    """A JSON value checked and converted for `column`; _Bad says what is wrong."""
    if value is None:
        if not column.nullable and column.default is None and column.server_default is None:
            raise _Bad("is required")
        return None
    kind = column.type
    if isinstance(kind, SAEnum):
        enum_class = kind.enum_class
        allowed = [getattr(m, "value", m) for m in enum_class] if enum_class else kind.enums
        if value not in allowed:
            raise _Bad(f"“{value}” is not one of {', '.join(map(str, allowed))}")
        return enum_class(value) if enum_class else value
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _Bad(f"must be true or false, not {value!r}")
        return value
    if isinstance(kind, DateTime):
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            raise _Bad(f"“{value}” is not an ISO 8601 timestamp") from None
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
    if isinstance(kind, Date):
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise _Bad(f"“{value}” is not a date such as 2025-01-18") from None
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(f"must be a whole number, not {value!r}")
        return value
    if isinstance(kind, Numeric):
        try:
            if isinstance(value, bool) or not isinstance(value, str | int):
                raise InvalidOperation
            amount = Decimal(str(value))
            if not amount.is_finite():
                raise InvalidOperation
            return amount
        except InvalidOperation:
            raise _Bad(f"“{value}” is not an amount such as 11250000.00") from None
    if isinstance(kind, JSON):
        return value
    if isinstance(kind, String):
        if not isinstance(value, str):
            raise _Bad(f"must be text, not {value!r}")
        if kind.length is not None and len(value) > kind.length:
            raise _Bad(f"is too long ({len(value)} characters; at most {kind.length})")
        return value
    return value


# ---------------------------------------------------------------- service


class JsonTransferService(Service):
    """`treatydesk export --json` and `treatydesk import --json`."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        audit: AuditService | None = None,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._audit = audit

    # ------------------------------------------------------------------ export

    def export_data(
        self, *, cases: Sequence[str] | None = None, pseudonymise: bool = False
    ) -> dict[str, Any]:
        """The export document: the whole database, or the cases with these references and
        what hangs off them (parties and the people in them, articles, proceedings,
        remedies and their statuses, follow-up, deadlines, documents, tags)."""
        with self._uow("export") as s:
            conn = s.connection()
            selection = self._selection(conn, cases) if cases is not None else None
            doc = _Exporter(conn, selection, pseudonymise).document()
        doc["selection"] = None if cases is None else {"cases": sorted(selection_refs(doc))}
        return doc

    def export_json(
        self, path: Path | str, *, cases: Sequence[str] | None = None, pseudonymise: bool = False
    ) -> JsonExportResult:
        """Write the export to `path` (replaced whole, readable by the user only)."""
        target = Path(path).expanduser()
        doc = self.export_data(cases=cases, pseudonymise=pseudonymise)
        data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
        write_private(target, data)
        chosen = tuple(doc["selection"]["cases"]) if doc["selection"] else None
        result = JsonExportResult(
            path=target, counts=dict(doc["counts"]), cases=chosen, pseudonymised=pseudonymise
        )
        if self._audit is not None:
            self._audit.record_event(
                EVENT_EXPORT,
                f"Exported {'the whole database' if chosen is None else 'cases'} as JSON to "
                f"{target.name}" + (" (pseudonymised)" if pseudonymise else ""),
                details={"cases": list(chosen or []), "pseudonymised": pseudonymise},
            )
        return result

    @staticmethod
    def _selection(conn: Connection, references: Sequence[str]) -> dict[str, set[int]]:
        tables = Base.metadata.tables
        cases = tables["cases"]
        chosen: set[int] = set()
        for raw in references:
            reference = (raw or "").strip()
            row = conn.execute(
                select(cases.c.id).where(same_text(cases.c.reference, reference))
            ).first()
            if row is None:
                raise DomainError(f"No case has the reference “{reference}”.", field="cases")
            chosen.add(row[0])
        if not chosen:
            raise DomainError("Name at least one case to export.", field="cases")
        ids: dict[str, set[int]] = defaultdict(set)
        ids["cases"] = chosen

        def with_values(table: str, column: str, values: set[int]) -> set[int]:
            t = tables[table]
            found: set[int] = set()
            ordered = sorted(values)
            for start in range(0, len(ordered), 900):
                chunk = ordered[start : start + 900]
                found.update(conn.scalars(select(t.c.id).where(t.c[column].in_(chunk))))
            return found

        def targets(table: str, column: str, ids_of: set[int]) -> set[int]:
            t = tables[table]
            found: set[int] = set()
            ordered = sorted(ids_of)
            for start in range(0, len(ordered), 900):
                chunk = ordered[start : start + 900]
                found.update(
                    v
                    for v in conn.scalars(select(t.c[column]).where(t.c.id.in_(chunk)))
                    if v is not None
                )
            return found

        for child in CASE_CHILDREN:
            ids[child] = with_values(child, "case_id", chosen)
        ids["remedy_statuses"] = with_values("remedy_statuses", "remedy_id", ids["remedies"])
        ids["followup_grades"] = with_values("followup_grades", "event_id", ids["followup_events"])
        ids["people"] = targets("case_parties", "person_id", ids["case_parties"]) | targets(
            "remedy_statuses", "person_id", ids["remedy_statuses"]
        )
        link = tables["case_tags"]
        ids["tags"] = {
            tag
            for case_id in chosen
            for tag in conn.scalars(select(link.c.tag_id).where(link.c.case_id == case_id))
        }
        return ids

    # ------------------------------------------------------------------ import

    def import_json(self, path: Path | str) -> JsonImportResult:
        """Read an export file into this (empty) database."""
        source = Path(path).expanduser()
        if not source.is_file():
            raise DomainError(f"There is no file {source}.", field="path")
        try:
            doc = json.loads(source.read_bytes().decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise DomainError(f"{source.name} is not a UTF-8 text file.", field="path") from None
        except json.JSONDecodeError as exc:
            raise DomainError(
                f"{source.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                f"{exc.msg}).",
                field="path",
            ) from None
        return self.import_data(doc, source=source.name)

    def import_data(self, doc: Any, *, source: str = "the file") -> JsonImportResult:
        """Write an export document into this database, which must hold no records yet."""
        tables = _check_header(doc, source)
        with self._uow("import") as s:
            conn = s.connection()
            holdings = self.holdings(conn)
            if holdings:
                raise DomainError(
                    "This database already holds records ("
                    + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in holdings.items())
                    + "). A TreatyDesk export is imported only into an empty database, so "
                    "that nothing is mixed up or overwritten: open a new database file "
                    "(treatydesk --db NEW.sqlite import --json FILE) and import there."
                )
            importer = _Importer(conn, tables, source)
            counts, changed = importer.run()
            conn.execute(
                insert(Base.metadata.tables[AUDIT_TABLE]),
                [
                    {
                        "actor": current_actor(s),
                        "action": AuditAction.EVENT,
                        "table_name": "",
                        "record_id": None,
                        "record_uuid": None,
                        "summary": f"Imported {sum(counts.values())} records from {source}"[:500],
                        "changes": {
                            "event": EVENT_IMPORT,
                            "details": {
                                "source": source,
                                "exported_at": doc.get("exported_at"),
                                "counts": counts,
                                "reference_updated": changed,
                            },
                        },
                    }
                ],
            )
        return JsonImportResult(
            source=source,
            counts=counts,
            exported_at=doc.get("exported_at"),
            reference_updated=changed,
        )

    def holdings(self, conn: Connection | None = None) -> dict[str, int]:
        """How many records each table holds, reference data and the audit trail aside
        (empty when the database is empty)."""
        if conn is None:
            with self._uow("import") as s:
                return self.holdings(s.connection())
        counts: dict[str, int] = {}
        for table in user_tables():
            if table.name == AUDIT_TABLE:
                continue
            n = int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
            if n:
                counts[table.name] = n
        return counts


def selection_refs(doc: Mapping[str, Any]) -> list[str]:
    return [str(r["reference"]) for r in doc["tables"].get("cases", {}).values()]


# ---------------------------------------------------------------- export worker


class _Exporter:
    def __init__(
        self, conn: Connection, selection: Mapping[str, set[int]] | None, pseudonymise: bool
    ) -> None:
        self.conn = conn
        self.selection = selection
        self.pseudonymise = pseudonymise
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.uuids: dict[str, dict[int, str]] = {}
        self.uuid_sets: dict[str, set[str]] = {}
        self.bodies: dict[int, str] = {}
        self.countries: dict[int, str] = {}
        self.articles: dict[int, dict[str, str]] = {}

    def document(self) -> dict[str, Any]:
        self._read()
        out: dict[str, Any] = {}
        for name in REFERENCE_TABLES:
            out[name] = self._reference_table(name)
        hidden = self._hidden_names() if self.pseudonymise else None
        for table in user_tables():
            if table.name == AUDIT_TABLE and self.pseudonymise:
                out[table.name] = {}
                continue
            out[table.name] = self._user_table(table, hidden)
        counts = {t.name: len(out[t.name]) for t in user_tables() if out.get(t.name) is not None}
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "application": f"TreatyDesk {__version__}",
            "schema": self._schema_revision(),
            "pseudonymised": self.pseudonymise,
            "selection": None,
            "counts": counts,
            "tables": out,
        }

    def _schema_revision(self) -> str | None:
        if not inspect(self.conn).has_table("alembic_version"):
            return None  # a database made without the migrations
        return self.conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _read(self) -> None:
        tables = Base.metadata.tables
        for name in REFERENCE_TABLES:
            self.rows[name] = [dict(r) for r in self.conn.execute(select(tables[name])).mappings()]
        self.bodies = {r["id"]: r["code"] for r in self.rows["treaty_bodies"]}
        self.countries = {r["id"]: r["code"] for r in self.rows["countries"]}
        self.articles = {
            r["id"]: {"body": self.bodies[r["body_id"]], "number": r["number"]}
            for r in self.rows["treaty_articles"]
        }
        for name in REFERENCE_TABLES:
            self.uuids[name] = {r["id"]: r["uuid"] for r in self.rows[name]}
        for table in user_tables():
            query = select(table)
            if "id" in table.c:
                query = query.order_by(table.c.id)
            rows = [dict(r) for r in self.conn.execute(query).mappings()]
            if self.selection is not None and table.name != AUDIT_TABLE and is_entity(table):
                keep = self.selection.get(table.name, set())
                rows = [r for r in rows if r["id"] in keep]
            self.rows[table.name] = rows
            if is_entity(table):
                self.uuids[table.name] = {r["id"]: r["uuid"] for r in rows}
        self.uuid_sets = {name: set(known.values()) for name, known in self.uuids.items()}
        if self.selection is not None:
            self.rows[AUDIT_TABLE] = [
                r
                for r in self.rows[AUDIT_TABLE]
                if r["table_name"] not in REFERENCE_TABLES and self._audit_record(r) is not None
            ]

    def _reference_table(self, name: str) -> dict[str, dict[str, Any]]:
        table = Base.metadata.tables[name]
        out: dict[str, dict[str, Any]] = {}
        for row in self.rows[name]:
            record: dict[str, Any] = {"uuid": row["uuid"]}
            for column in exported_columns(table):
                if column.name == "body_id":
                    record["body"] = self.bodies[row["body_id"]]
                else:
                    record[field_name(column)] = dump_value(column, row[column.name])
            out[_reference_key(name, row, self.bodies)] = record
        return out

    def _audit_record(self, row: Mapping[str, Any]) -> str | None:
        """The uuid of the exported record an audit entry is about, if any."""
        table = row.get("table_name") or ""
        known = self.uuids.get(table)
        if known is None:
            return None
        if row.get("record_id") is not None and row["record_id"] in known:
            return known[row["record_id"]]
        uuid = row.get("record_uuid")
        return uuid if uuid in self.uuid_sets[table] else None

    def _fk_value(self, column: Column[Any], value: Any) -> Any:
        if value is None:
            return None
        target = fk_target(column)
        assert target is not None
        if target.name == "treaty_bodies":
            return self.bodies[value]
        if target.name == "countries":
            return self.countries[value]
        if target.name == "treaty_articles":
            return dict(self.articles[value])
        # A row outside a selection (a deadline's review when cases are chosen): left out.
        return self.uuids.get(target.name, {}).get(value)

    def _user_table(
        self, table: Table, hidden: re.Pattern[str] | None
    ) -> dict[str, dict[str, Any]] | list[dict[str, Any]]:
        entity = is_entity(table)
        records_by_uuid: dict[str, dict[str, Any]] = {}
        links: list[dict[str, Any]] = []
        for row in self.rows[table.name]:
            record: dict[str, Any] = {}
            complete = True
            for column in exported_columns(table):
                name = field_name(column)
                if table.name == AUDIT_TABLE and column.name == "record_id":
                    record[name] = self._audit_record(row)
                elif column.foreign_keys:
                    value = self._fk_value(column, row[column.name])
                    if value is None and row[column.name] is not None and not column.nullable:
                        complete = False  # points outside the selection: a link left out
                        break
                    record[name] = value
                else:
                    record[name] = dump_value(column, row[column.name])
            if not complete:
                continue
            if self.pseudonymise:
                self._pseudonymise(table.name, record, hidden)
            if entity:
                records_by_uuid[row["uuid"]] = record
            else:
                links.append(record)
        return records_by_uuid if entity else links

    # ---- pseudonymisation

    def _hidden_names(self) -> re.Pattern[str] | None:
        """Full names (and original-script names) of the people who may not be named."""
        self.public: dict[str, str] = {}
        for row in self.rows["people"]:
            if row["consent_to_be_named"]:
                continue
            public = row["pseudonym"] or initials(row["full_name"])
            for name in (row["full_name"], row["original_script_name"]):
                cleaned = " ".join((name or "").split())
                if len(cleaned) >= _MIN_NAME_TO_REPLACE:
                    self.public.setdefault(cleaned.casefold(), public)
        if not self.public:
            return None
        names = sorted(self.public, key=len, reverse=True)
        return re.compile(
            "|".join(r"\s+".join(map(re.escape, n.split())) for n in names), re.IGNORECASE
        )

    def _pseudonymise(
        self, table: str, record: dict[str, Any], hidden: re.Pattern[str] | None
    ) -> None:
        if table == "people":
            record["contact"] = ""
            record["safety_notes"] = ""
            if not record["consent_to_be_named"]:
                record["full_name"] = record["pseudonym"] or initials(record["full_name"])
                record["original_script_name"] = ""
                record["notes"] = ""
            return
        if hidden is None:
            return
        for key, value in record.items():
            record[key] = self._replace_names(value, hidden)

    def _replace_names(self, value: Any, hidden: re.Pattern[str]) -> Any:
        if isinstance(value, str):
            return hidden.sub(
                lambda m: self.public.get(" ".join(m.group(0).split()).casefold(), "N.N."), value
            )
        if isinstance(value, list):
            return [self._replace_names(v, hidden) for v in value]
        if isinstance(value, dict):
            return {k: self._replace_names(v, hidden) for k, v in value.items()}
        return value


# ---------------------------------------------------------------- import worker


def _check_header(doc: Any, source: str) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise DomainError(
            f"{source} is not a TreatyDesk export (its “format” is not “{FORMAT_NAME}”).",
            field="path",
        )
    version = doc.get("version")
    if version != FORMAT_VERSION:
        newer = isinstance(version, int) and version > FORMAT_VERSION
        raise DomainError(
            f"{source} is in version {version} of the export format; this TreatyDesk reads "
            f"version {FORMAT_VERSION}." + (" Update TreatyDesk to import it." if newer else ""),
            field="path",
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise DomainError(f"{source} has no “tables”.", field="path")
    known = set(Base.metadata.tables)
    unknown = sorted(set(tables) - known)
    if unknown:
        raise DomainError(
            f"{source} has table(s) this TreatyDesk does not know: {', '.join(unknown)}. It was "
            "probably written by a newer version.",
            field="path",
        )
    return tables


class _Importer:
    def __init__(self, conn: Connection, tables: Mapping[str, Any], source: str) -> None:
        self.conn = conn
        self.tables = tables
        self.source = source
        self.ids: dict[str, dict[str, int]] = {}  # table -> uuid -> new id
        self.bodies: dict[str, int] = {}
        self.countries: dict[str, int] = {}
        self.articles: dict[tuple[str, str], int] = {}
        self.pending_self_refs: list[tuple[str, str]] = []
        # Self-references (a recommendation's previous one): table, uuid, column, target, and
        # the record's updated_at, which the UPDATE must not move.
        self.deferred: list[tuple[Table, str, str, str, Any]] = []

    def fail(self, table: str, key: str | None, message: str) -> DomainError:
        where = f"table “{table}”" + (f", record “{key}”" if key else "")
        return DomainError(f"{self.source}: {where}: {message}", field="path")

    # ---- driver

    def run(self) -> tuple[dict[str, int], int]:
        changed = self._reference()
        counts: dict[str, int] = {}
        for table in user_tables():
            records = self.tables.get(table.name)
            if records is None:
                continue
            if is_entity(table):
                counts[table.name] = self._entities(table, records)
            else:
                counts[table.name] = self._links(table, records)
        for table, uuid, column, target, updated_at in self.deferred:
            target_table = fk_target(table.c[column])
            assert target_table is not None
            target_id = self.ids.get(target_table.name, {}).get(target)
            if target_id is None:
                raise self.fail(
                    table.name,
                    uuid,
                    f"refers to a {target_table.name} record {target} that is not in the file",
                )
            values: dict[str, Any] = {column: target_id}
            if "updated_at" in table.c:
                values["updated_at"] = updated_at
            self.conn.execute(update(table).where(table.c.uuid == uuid).values(values))
        return counts, changed

    # ---- reference data

    def _reference(self) -> int:
        meta = Base.metadata.tables
        changed = 0
        for name in REFERENCE_TABLES:
            table = meta[name]
            existing = {}
            for row in self.conn.execute(select(table)).mappings():
                existing[row["id"]] = dict(row)
            if name in ("treaty_bodies", "countries"):
                by_key = {r["code"]: r for r in existing.values()}
            else:
                body_codes = {v: k for k, v in self.bodies.items()}
                by_key = {f"{body_codes[r['body_id']]}:{r['number']}": r for r in existing.values()}
            records = self.tables.get(name) or {}
            if not isinstance(records, dict):
                raise self.fail(name, None, "must be an object keyed by natural key")
            for key, record in records.items():
                values = self._values(table, key, record, reference=True)
                natural = (
                    f"{record.get('body')}:{record.get('number')}"
                    if name == "treaty_articles"
                    else str(record.get("code"))
                )
                if natural != key:
                    raise self.fail(name, key, f"is keyed “{key}” but describes “{natural}”")
                current = by_key.get(key)
                if current is None:
                    new_id = self.conn.execute(insert(table).values(values)).inserted_primary_key
                    current = {"id": new_id[0], **values}
                    by_key[key] = current
                    changed += 1
                else:
                    differs = {
                        k
                        for k, v in values.items()
                        if _comparable(current.get(k)) != _comparable(v)
                    }
                    if differs:
                        self.conn.execute(
                            update(table).where(table.c.id == current["id"]).values(values)
                        )
                        current.update(values)
                    if differs - _BOOKKEEPING:
                        changed += 1
                if name == "treaty_bodies":
                    self.bodies[key] = current["id"]
                elif name == "countries":
                    self.countries[key] = current["id"]
                else:
                    body, _, number = key.partition(":")
                    self.articles[(body, number)] = current["id"]
            self.ids[name] = {
                uuid: record_id
                for record_id, uuid in self.conn.execute(select(table.c.id, table.c.uuid))
            }
            if name == "treaty_bodies":
                self.bodies.update({k: r["id"] for k, r in by_key.items()})
            elif name == "countries":
                self.countries.update({k: r["id"] for k, r in by_key.items()})
            else:
                for k, r in by_key.items():
                    body, _, number = k.partition(":")
                    self.articles.setdefault((body, number), r["id"])
        return changed

    # ---- records

    def _values(
        self, table: Table, key: str, record: Any, *, reference: bool = False
    ) -> dict[str, Any]:
        if not isinstance(record, dict):
            raise self.fail(table.name, key, "must be an object")
        columns = {field_name(c): c for c in exported_columns(table)}
        allowed = set(columns) | ({"uuid"} if reference else set())
        unknown = sorted(set(record) - allowed)
        if unknown:
            raise self.fail(
                table.name, key, f"has field(s) this TreatyDesk does not know: {', '.join(unknown)}"
            )
        values: dict[str, Any] = {}
        if reference:
            uuid = record.get("uuid")
            if uuid is not None:
                values["uuid"] = load_value(table.c.uuid, uuid)
        for name, column in columns.items():
            if name not in record:
                if not column.nullable and column.default is None and column.server_default is None:
                    raise self.fail(table.name, key, f"the field “{name}” is missing")
                continue
            raw = record[name]
            try:
                if table.name == AUDIT_TABLE and column.name == "record_id":
                    values[column.name] = self._audit_record_id(record, raw)
                elif column.foreign_keys:
                    values[column.name] = self._reference_id(table, key, column, raw)
                else:
                    values[column.name] = load_value(column, raw)
            except _Bad as exc:
                raise self.fail(table.name, key, f"“{name}” {exc}") from None
            if _has_nul(raw):
                # A database cannot hold it as text (PostgreSQL refuses it; SQLite cuts the
                # text there in many tools): refused, with the record and the field named.
                raise self.fail(
                    table.name,
                    key,
                    f"“{name}” contains a NUL character (\\x00), which cannot be stored as "
                    "text: remove it from the file. Nothing was imported.",
                )
        return values

    def _reference_id(self, table: Table, key: str, column: Column[Any], raw: Any) -> int | None:
        if raw is None:
            if not column.nullable:
                raise _Bad("is required")
            return None
        target = fk_target(column)
        assert target is not None
        if target.name == "treaty_bodies":
            found = self.bodies.get(str(raw))
            if found is None:
                raise _Bad(f"names an unknown treaty body “{raw}”")
            return found
        if target.name == "countries":
            found = self.countries.get(str(raw))
            if found is None:
                raise _Bad(f"names an unknown country “{raw}”")
            return found
        if target.name == "treaty_articles":
            if not isinstance(raw, dict) or set(raw) != {"body", "number"}:
                raise _Bad('must be {"body": "CCPR", "number": "7"}')
            found = self.articles.get((str(raw["body"]), str(raw["number"])))
            if found is None:
                raise _Bad(f"names an unknown article {raw['number']} of {raw['body']}")
            return found
        if not isinstance(raw, str):
            raise _Bad("must be the uuid of a record")
        if target is table:
            self.pending_self_refs.append((column.name, raw))
            return None
        found = self.ids.get(target.name, {}).get(raw)
        if found is None:
            raise _Bad(f"refers to a {target.name} record {raw} that is not in the file")
        return found

    def _audit_record_id(self, record: Mapping[str, Any], raw: Any) -> int | None:
        if raw is None:
            return None
        table = record.get("table_name") or ""
        found = self.ids.get(table, {}).get(str(raw))
        if found is None:
            raise _Bad(f"refers to a {table or 'missing'} record {raw} that is not in the file")
        return found

    def _entities(self, table: Table, records: Any) -> int:
        if not isinstance(records, dict):
            raise self.fail(table.name, None, "must be an object keyed by uuid")
        rows = []
        for uuid, record in records.items():
            if _has_nul(uuid):
                shown = uuid.replace("\x00", "\\x00")
                raise self.fail(table.name, shown, "the key contains a NUL character (\\x00)")
            try:
                load_value(table.c.uuid, uuid)
            except _Bad as exc:
                raise self.fail(table.name, uuid, f"the key {exc}") from None
            self.pending_self_refs: list[tuple[str, str]] = []
            values = self._values(table, uuid, record)
            values["uuid"] = uuid
            rows.append(values)
            for column_name, target in self.pending_self_refs:
                self.deferred.append((table, uuid, column_name, target, values.get("updated_at")))
        _insert(self.conn, table, rows)
        mapping: dict[str, int] = {}
        uuids = list(records)
        for start in range(0, len(uuids), 900):
            chunk = uuids[start : start + 900]
            mapping.update(
                (u, i)
                for i, u in self.conn.execute(
                    select(table.c.id, table.c.uuid).where(table.c.uuid.in_(chunk))
                )
            )
        self.ids[table.name] = mapping
        return len(rows)

    def _links(self, table: Table, records: Any) -> int:
        if not isinstance(records, list):
            raise self.fail(table.name, None, "must be a list")
        rows = [self._values(table, f"#{n}", record) for n, record in enumerate(records, 1)]
        _insert(self.conn, table, rows)
        return len(rows)


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows in their order (new ids follow the file's order), in runs of rows that
    give the same columns (the others take their defaults)."""
    run: list[dict[str, Any]] = []
    for row in rows:
        if run and (set(row) != set(run[0]) or len(run) >= _CHUNK):
            conn.execute(insert(table), run)
            run = []
        run.append(row)
    if run:
        conn.execute(insert(table), run)


def _has_nul(value: Any) -> bool:
    """Does a JSON value hold a NUL character in any of its texts (keys included)?"""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _comparable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC)
    return value


def counts_text(counts: Mapping[str, int]) -> Iterable[str]:
    """ "cases: 5" lines for every table with records."""
    return (f"{table}: {n}" for table, n in counts.items() if n)
