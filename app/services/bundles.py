"""Case bundles: chosen cases carried to an offline laptop and back, encrypted.

A bundle (`.tdbundle`) holds the chosen cases and everything that hangs off them — the
people in them, parties, domestic proceedings, articles, remedies and their per-victim
statuses, follow-up events and their grades, deadlines, documents with their files, tags —
so that a lawyer can take them to Geneva on a USB stick, work on them, and bring them
back. No sync server: the bundle is the message.

File format (version 1):

    magic    b"TDBUNDLE"        8 bytes
    version  uint16             1
    scrypt   n, r, p            3 x uint32 (the key derivation's cost, e.g. 2**15, 8, 1)
    length   uint64             bytes of ciphertext that follow the header
    salt     16 bytes           scrypt salt, new for every bundle
    nonce    12 bytes           AES-GCM nonce, new for every bundle
    check    16 bytes           tells a wrong passphrase from a damaged file (below)
    data     AES-256-GCM ciphertext + 16-byte tag of the payload; the whole header is
             authenticated with it (associated data): nothing in it can be changed unseen

scrypt derives 64 bytes from the passphrase and salt: the first 32 are the AES key, the
last 32 are hashed into `check` (a wrong passphrase is then said as such; guessing costs
one scrypt per try either way). `length` tells a bundle cut short in transfer from an
altered one. The payload is a zip: `bundle.json` (the records, below) and `files/<sha256>`
(the documents' files, as stored in the managed folder, decrypted).

`bundle.json`: {"format": "treatydesk-bundle", "version": 1, "bundle_id", "created_at",
"application", "schema", "made_by", "cases": [references], "case_uuids": [...],
"records": {table: {uuid: {field: value}}}, "history": {table: {uuid: [bundle ids]}},
"files": {document uuid: sha256 | null}}. Records are written as the JSON export writes
them (app.services.json_transfer: uuids for links, natural keys for reference data,
ISO dates, decimal text for money); a case's tags are its field "tags" (tag uuids).

Import is a three-way merge, record by record and field by field, matched by uuid. The
base is the newest bundle both installations know for a record: each keeps in
`sync_records` (models/sync.py) a digest of every field of every record it sent or
received, and a bundle lists, per record, the bundles its maker knew it from. Then:

- a record only the bundle has is added; one changed on one side only takes that side;
- a field changed on both sides to different values is a conflict, for the user to settle
  ("mine" or "theirs"), as is a record deleted on one side and changed on the other;
- a record deleted on the other side and unchanged here is deleted (the audit trail keeps
  it); one deleted here and unchanged there stays deleted;
- without a common base (the two copies met another way), every difference is a conflict.

Nothing is overwritten without a rule or a decision, and nothing is dropped: people and
tags are never deleted by an import, and a deletion that would take records added or
changed here with it becomes a conflict. `preview_import` changes nothing; `apply_import`
writes everything in one transaction (or nothing), after checking that the database did
not change since the preview. Export and import are recorded in the audit trail.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import re
import struct
import uuid as uuid_module
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import Column, Connection, Table, and_, delete, insert, inspect, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, selectinload

from app import __version__
from app.audit import current_actor, json_safe
from app.crypto import NONCE_BYTES, SALT_BYTES, SCRYPT_N, SCRYPT_P, SCRYPT_R, DocumentStore
from app.db import SessionFactory
from app.errors import ConflictError, DomainError
from app.security import WrongPassphraseError, check_new_passphrase, normalize_passphrase
from app.services.audit import AuditService
from app.services.base import Clock, Service
from app.services.exports import write_private
from app.services.json_transfer import (
    REFERENCE_TABLES,
    JsonTransferService,
    dump_value,
    exported_columns,
    field_name,
    fk_target,
    load_value,
)
from app.vocab import AuditAction
from models import AuditEntry, Base, Case, Tag
from models.sync import EXPORT, IMPORT, sync_records

BUNDLE_SUFFIX = ".tdbundle"
ENV_BUNDLE_PASSPHRASE = "TREATYDESK_BUNDLE_PASSPHRASE"
MAGIC = b"TDBUNDLE"
FORMAT_VERSION = 1
PAYLOAD_FORMAT = "treatydesk-bundle"
PAYLOAD_ENTRY = "bundle.json"
EVENT_BUNDLE_EXPORT = "bundle_export"
EVENT_BUNDLE_IMPORT = "bundle_import"
_HEADER = struct.Struct(">8sHIIIQ16s12s16s")
HEADER_BYTES = _HEADER.size
CHECK_BYTES = 16
TAG_BYTES = 16
# Limits on what a header may ask of the key derivation (a forged header must not make
# the import spend gigabytes of memory).
MAX_SCRYPT_N = 2**20
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 16
HISTORY_KEEP = 20
_CHUNK = 500

MINE = "mine"
THEIRS = "theirs"
# The field of a conflict about the whole record: deleted on one side, changed on the other.
RECORD = "(record)"

PEOPLE = "people"
TAGS = "tags"
CASES = "cases"
# The tables a bundle carries, parents before children.
BUNDLE_TABLES = (
    PEOPLE,
    TAGS,
    CASES,
    "case_parties",
    "case_articles",
    "domestic_proceedings",
    "remedies",
    "remedy_statuses",
    "followup_events",
    "followup_grades",
    "deadlines",
    "documents",
)
# Records that belong to one case (deleted when the other side deleted them); people and
# tags are shared by cases and are never deleted by an import.
CASE_OWNED = frozenset(BUNDLE_TABLES) - {PEOPLE, TAGS, CASES}
TAGS_FIELD = "tags"
_NOT_COMPARED = frozenset({"created_at"})
_UUID = re.compile(r"^[0-9a-fA-F-]{1,36}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

_TABLE_LABELS = {
    PEOPLE: "person",
    TAGS: "tag",
    CASES: "case",
    "case_parties": "party",
    "case_articles": "article",
    "domestic_proceedings": "domestic proceeding",
    "remedies": "remedy",
    "remedy_statuses": "remedy status",
    "followup_events": "follow-up event",
    "followup_grades": "follow-up grade",
    "deadlines": "deadline",
    "documents": "document",
}


# ---------------------------------------------------------------- results and previews


class ChangeKind(StrEnum):
    NEW = "new"  # only in the bundle: added
    UPDATED = "updated"  # changed there only: their fields are taken
    CONFLICT = "conflict"  # changed on both sides: the user chooses, field by field
    DELETED = "deleted"  # deleted there, unchanged here: deleted here too


@dataclass(frozen=True)
class FieldDifference:
    """One field of a record: its value here ("mine") and in the bundle ("theirs")."""

    field: str  # the JSON field ("title", "case", "tags"), or RECORD for the whole record
    label: str  # "Title"
    mine: object  # JSON values (None when absent)
    theirs: object
    mine_text: str  # for people: "Gerasimov v. Kazakhstan", "—", "deleted here"
    theirs_text: str


@dataclass(frozen=True)
class RecordChange:
    table: str
    uuid: str  # the record's uuid in this database
    kind: ChangeKind
    label: str  # "case KZ-CAT-433", "remedy status Not implemented (Aliya N.)"
    case: str | None  # the reference of the case it belongs to
    fields: tuple[FieldDifference, ...]  # NEW: its values; UPDATED: the fields taken;
    #                                       CONFLICT: the fields to settle
    merged: tuple[FieldDifference, ...] = ()  # CONFLICT: fields taken from theirs anyway

    def decision_keys(self) -> list[tuple[str, str, str]]:
        """The (table, uuid, field) keys of the decisions this change needs."""
        if self.kind is not ChangeKind.CONFLICT:
            return []
        return [(self.table, self.uuid, f.field) for f in self.fields]


@dataclass(frozen=True)
class BundlePreview:
    """What importing a bundle would do; nothing is changed until `apply_import`."""

    source: str  # the file's name
    bundle_id: str
    created_at: datetime
    made_by: str  # who exported it (their login) and with which TreatyDesk
    cases: tuple[str, ...]
    new: tuple[RecordChange, ...]
    updated: tuple[RecordChange, ...]
    conflicts: tuple[RecordChange, ...]
    deleted: tuple[RecordChange, ...]
    unchanged: int
    kept_deleted: int  # records deleted here and unchanged there: they stay deleted
    problems: tuple[str, ...]  # what stops the import (nothing can be applied)
    notes: tuple[str, ...] = ()
    _payload: _Payload | None = field(default=None, repr=False, compare=False)
    _signature: str = field(default="", repr=False, compare=False)

    @property
    def conflict_keys(self) -> list[tuple[str, str, str]]:
        return [key for change in self.conflicts for key in change.decision_keys()]

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.updated or self.conflicts or self.deleted)

    def sentence(self) -> str:
        parts = [
            f"{len(self.new)} new",
            f"{len(self.updated)} updated",
            f"{len(self.deleted)} deleted",
            f"{len(self.conflict_keys)} conflicting field(s) in {len(self.conflicts)} record(s)",
            f"{self.unchanged} unchanged",
        ]
        cases = ", ".join(self.cases) or "no case"
        return f"Bundle of {cases} from {self.made_by}: " + ", ".join(parts) + "."


@dataclass(frozen=True)
class BundleExportResult:
    path: Path
    bundle_id: str
    cases: tuple[str, ...]
    counts: dict[str, int]
    files: int
    size: int  # bytes of the bundle file
    missing_files: tuple[str, ...] = ()

    def sentence(self) -> str:
        total = sum(self.counts.values())
        text = (
            f"Exported {', '.join(self.cases)} to {self.path.name}: {total} records and "
            f"{self.files} file(s), {_size_text(self.size)}, encrypted."
        )
        if self.missing_files:
            text += (
                f" {len(self.missing_files)} document(s) went without their file, which is "
                f"missing from the documents folder: {', '.join(self.missing_files[:3])}."
            )
        return text


@dataclass(frozen=True)
class BundleImportResult:
    source: str
    bundle_id: str
    added: int
    updated: int
    deleted: int
    resolved_mine: int
    resolved_theirs: int
    files: int
    skipped: tuple[str, ...] = ()  # records left out by a decision (their parent stays deleted)
    notes: tuple[str, ...] = ()

    def sentence(self) -> str:
        text = (
            f"Imported {self.source}: {self.added} added, {self.updated} updated, "
            f"{self.deleted} deleted, {self.files} file(s) written"
        )
        if self.resolved_mine or self.resolved_theirs:
            text += (
                f"; conflicts settled: {self.resolved_mine} kept as here, "
                f"{self.resolved_theirs} taken from the bundle"
            )
        text += "."
        if self.skipped:
            text += f" Left out by your decisions: {', '.join(self.skipped[:5])}."
        return text


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


# ---------------------------------------------------------------- sealing


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    secret = normalize_passphrase(passphrase).encode("utf-8")
    raw = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(secret)
    check = hashlib.sha256(b"treatydesk-bundle-check\x00" + raw[32:]).digest()[:CHECK_BYTES]
    return raw[:32], check


def seal(payload: bytes, passphrase: str) -> bytes:
    """The bundle file's bytes: header + AES-GCM ciphertext of `payload`."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    key, check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    length = len(payload) + TAG_BYTES
    header = _HEADER.pack(
        MAGIC, FORMAT_VERSION, SCRYPT_N, SCRYPT_R, SCRYPT_P, length, salt, nonce, check
    )
    return header + AESGCM(key).encrypt(nonce, payload, header)


def unseal(blob: bytes, passphrase: str, name: str = "The bundle") -> bytes:
    """The payload of a bundle file; a clear DomainError for anything wrong with it."""
    if not blob.startswith(MAGIC[: len(blob)]) or len(blob) == 0:
        raise DomainError(f"{name} is not a TreatyDesk case bundle.", field="path")
    if len(blob) < HEADER_BYTES:
        raise DomainError(
            f"{name} is incomplete: it ends inside its header ({len(blob)} bytes). It was cut "
            "short while being copied or sent; copy it again. Nothing was imported.",
            field="path",
        )
    _magic, version, n, r, p, length, salt, nonce, check = _HEADER.unpack_from(blob)
    if version != FORMAT_VERSION:
        newer = version > FORMAT_VERSION
        raise DomainError(
            f"{name} is in version {version} of the bundle format; this TreatyDesk reads "
            f"version {FORMAT_VERSION}." + (" Update TreatyDesk to import it." if newer else ""),
            field="path",
        )
    if not (2 <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= MAX_SCRYPT_R) or not (
        1 <= p <= MAX_SCRYPT_P and length >= TAG_BYTES
    ):
        raise DomainError(f"{name} is damaged: its header is not valid.", field="path")
    body = memoryview(blob)[HEADER_BYTES:]
    if len(body) < length:
        raise DomainError(
            f"{name} is incomplete: {HEADER_BYTES + len(body):,} of "
            f"{HEADER_BYTES + length:,} bytes arrived. It was cut short while being copied or "
            "sent; copy it again from the original. Nothing was imported.",
            field="path",
        )
    if len(body) > length:
        raise DomainError(
            f"{name} was altered or damaged: it has {len(body) - length:,} bytes more than "
            "its header says. Nothing was imported; ask for a new copy.",
            field="path",
        )
    key, expected = _derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(check, expected):
        raise WrongPassphraseError(
            f"Wrong passphrase: {name} does not open with it. Check the keyboard layout and "
            "Caps Lock, or ask whoever made the bundle. Nothing was imported."
        )
    try:
        return AESGCM(key).decrypt(nonce, bytes(body), blob[:HEADER_BYTES])
    except InvalidTag:
        raise DomainError(
            f"{name} was altered or damaged after it was made (its contents do not match "
            "their seal). Nothing was imported; ask for a new copy.",
            field="path",
        ) from None


def field_digest(bundle_id: str, record_uuid: str, name: str, value: Any) -> str:
    """A field's value as the sync records keep it: a digest salted with the bundle and the
    record, so that the table reveals nothing of the values and digests cannot be compared
    across records."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = f"{bundle_id}\x00{record_uuid}\x00{name}\x00{text}".encode()
    return hashlib.sha256(data).hexdigest()[:32]


# ---------------------------------------------------------------- the schema as bundles see it


@dataclass(frozen=True)
class _Field:
    name: str  # the JSON field
    column: Column[Any] | None  # None for the synthetic "tags" of a case
    target: str | None  # the table a link points at


def _tables() -> Mapping[str, Table]:
    return Base.metadata.tables


def _fields(table: str) -> tuple[_Field, ...]:
    cached = _FIELDS.get(table)
    if cached is not None:
        return cached
    out: list[_Field] = []
    for column in exported_columns(_tables()[table]):
        if column.name in ("updated_at", "version"):
            continue
        target = fk_target(column)
        name = target.name if target is not None else None
        if name is not None and name not in BUNDLE_TABLES and name not in REFERENCE_TABLES:
            continue  # a link outside what bundles carry (a deadline's review)
        out.append(_Field(field_name(column), column, name))
    if table == CASES:
        out.append(_Field(TAGS_FIELD, None, TAGS))
    _FIELDS[table] = tuple(out)
    return _FIELDS[table]


_FIELDS: dict[str, tuple[_Field, ...]] = {}


def _compared(table: str) -> list[_Field]:
    return [f for f in _fields(table) if f.name not in _NOT_COMPARED]


def _model(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise AssertionError(f"no model for {table}")


def _owner_field(table: str) -> str | None:
    if table in (PEOPLE, TAGS, CASES):
        return None
    if table == "remedy_statuses":
        return "remedy"
    if table == "followup_grades":
        return "event"
    return "case"


def _label_of(field: str) -> str:
    return field.replace("_", " ").capitalize()


# ---------------------------------------------------------------- reading records


class _Reader:
    """Rows of this database as bundle records (links by uuid, reference data by key)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        t = _tables()
        self.bodies = dict(
            conn.execute(select(t["treaty_bodies"].c.id, t["treaty_bodies"].c.code)).all()
        )
        self.countries = dict(
            conn.execute(select(t["countries"].c.id, t["countries"].c.code)).all()
        )
        articles = t["treaty_articles"]
        self.articles = {
            i: {"body": self.bodies[b], "number": n}
            for i, b, n in conn.execute(
                select(articles.c.id, articles.c.body_id, articles.c.number)
            ).all()
        }
        self.body_ids = {code: i for i, code in self.bodies.items()}
        self.country_ids = {code: i for i, code in self.countries.items()}
        self.article_ids = {(a["body"], a["number"]): i for i, a in self.articles.items()}
        self.uuid_of: dict[str, dict[int, str]] = defaultdict(dict)
        self.id_of: dict[str, dict[str, int]] = defaultdict(dict)

    def rows(self, table: str, column: str, values: Iterable[Any]) -> list[dict[str, Any]]:
        t = _tables()[table]
        wanted = sorted(set(values), key=str)
        out: list[dict[str, Any]] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            query = select(t).where(t.c[column].in_(chunk)).order_by(t.c.id)
            out.extend(dict(r) for r in self.conn.execute(query).mappings())
        for row in out:
            self.uuid_of[table][row["id"]] = row["uuid"]
            self.id_of[table][row["uuid"]] = row["id"]
        return out

    def uuids(self, table: str, ids: Iterable[int]) -> dict[int, str]:
        missing = {i for i in ids if i is not None and i not in self.uuid_of[table]}
        if missing:
            self.rows(table, "id", missing)
        return self.uuid_of[table]

    def local_id(self, table: str, uuid: str) -> int | None:
        if uuid not in self.id_of[table]:
            t = _tables()[table]
            found = self.conn.execute(select(t.c.id).where(t.c.uuid == uuid)).scalar()
            if found is None:
                return None
            self.id_of[table][uuid] = found
            self.uuid_of[table][found] = uuid
        return self.id_of[table][uuid]

    def records(self, table: str, rows: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
        """{uuid: {field: value}} for rows of `table`."""
        fields = _fields(table)
        for f in fields:
            if f.column is not None and f.target in BUNDLE_TABLES:
                self.uuids(f.target, [r[f.column.name] for r in rows])
        tags: dict[int, list[str]] = defaultdict(list)
        if table == CASES and rows:
            link = _tables()["case_tags"]
            ids = [r["id"] for r in rows]
            pairs: list[tuple[int, int]] = []
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                pairs.extend(
                    self.conn.execute(
                        select(link.c.case_id, link.c.tag_id).where(link.c.case_id.in_(chunk))
                    ).all()
                )
            tag_uuids = self.uuids(TAGS, [tag for _case, tag in pairs])
            for case_id, tag_id in pairs:
                tags[case_id].append(tag_uuids[tag_id])
        out: dict[str, dict[str, Any]] = {}
        for row in rows:
            record: dict[str, Any] = {}
            for f in fields:
                if f.column is None:
                    record[f.name] = sorted(tags.get(row["id"], []))
                    continue
                value = row[f.column.name]
                if value is None:
                    record[f.name] = None
                elif f.target == "treaty_bodies":
                    record[f.name] = self.bodies[value]
                elif f.target == "countries":
                    record[f.name] = self.countries[value]
                elif f.target == "treaty_articles":
                    record[f.name] = dict(self.articles[value])
                elif f.target is not None:
                    record[f.name] = self.uuid_of[f.target][value]
                else:
                    record[f.name] = dump_value(f.column, value)
            out[row["uuid"]] = record
        return out

    def by_uuid(self, table: str, uuids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return self.records(table, self.rows(table, "uuid", uuids))


def _owner_cases(
    records: Mapping[str, Mapping[str, Mapping[str, Any]]],
) -> dict[tuple[str, str], str]:
    """(table, uuid) -> the uuid of the case it belongs to, for a set of bundle records."""
    owners: dict[tuple[str, str], str] = {}
    for table in BUNDLE_TABLES:
        for uuid, record in records.get(table, {}).items():
            if table == CASES:
                owners[(table, uuid)] = uuid
                continue
            link = _owner_field(table)
            if link is None:
                continue
            value = record.get(link)
            if table == "remedy_statuses":
                found = owners.get(("remedies", str(value)))
            elif table == "followup_grades":
                found = owners.get(("followup_events", str(value)))
            else:
                found = str(value) if value else None
            if found:
                owners[(table, uuid)] = found
    return owners


# ---------------------------------------------------------------- the payload


@dataclass
class _Payload:
    bundle_id: str
    created_at: datetime
    made_by: str
    application: str
    cases: tuple[str, ...]
    case_uuids: tuple[str, ...]
    records: dict[str, dict[str, dict[str, Any]]]
    history: dict[str, dict[str, list[str]]]
    files: dict[str, str | None]  # document uuid -> sha256 of its file, None without one
    blobs: dict[str, bytes]  # sha256 -> file content
    source: str


def _pack(document: dict[str, Any], blobs: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        data = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        archive.writestr(PAYLOAD_ENTRY, data.encode("utf-8"))
        for sha, content in sorted(blobs.items()):
            archive.writestr(f"files/{sha}", content)
    return buffer.getvalue()


def _unpack(payload: bytes, source: str) -> _Payload:
    def bad(what: str) -> DomainError:
        return DomainError(f"{source} is not a valid case bundle: {what}.", field="path")

    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            doc = json.loads(archive.read(PAYLOAD_ENTRY).decode("utf-8"))
            blobs: dict[str, bytes] = {}
            for name in archive.namelist():
                if name.startswith("files/"):
                    sha = name[len("files/") :]
                    content = archive.read(name)
                    if not _SHA256.match(sha) or hashlib.sha256(content).hexdigest() != sha:
                        raise bad(f"the file {name} does not match its name")
                    blobs[sha] = content
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, json.JSONDecodeError):
        raise bad("its contents cannot be read") from None
    if not isinstance(doc, dict) or doc.get("format") != PAYLOAD_FORMAT:
        raise bad("it does not say it is one")
    if doc.get("version") != FORMAT_VERSION:
        raise bad(f"its contents are in version {doc.get('version')}")
    records = doc.get("records")
    history = doc.get("history") or {}
    files = doc.get("files") or {}
    if (
        not isinstance(records, dict)
        or not isinstance(history, dict)
        or not isinstance(files, dict)
    ):
        raise bad("its records are not where they should be")
    unknown = sorted(set(records) - set(BUNDLE_TABLES))
    if unknown:
        raise bad(f"it holds tables this TreatyDesk does not know ({', '.join(unknown)})")
    for table, rows in records.items():
        if not isinstance(rows, dict) or not all(
            isinstance(k, str) and _UUID.match(k) and isinstance(v, dict) for k, v in rows.items()
        ):
            raise bad(f"the records of {table} are not keyed by uuid")
    clean_history: dict[str, dict[str, list[str]]] = {}
    for table, rows in history.items():
        if not isinstance(rows, dict):
            raise bad("its history is not valid")
        clean_history[str(table)] = {
            str(u): [str(b) for b in ids if isinstance(b, str)]
            for u, ids in rows.items()
            if isinstance(ids, list)
        }
    try:
        created = datetime.fromisoformat(str(doc.get("created_at")))
    except ValueError:
        raise bad("its date is not valid") from None
    bundle_id = str(doc.get("bundle_id") or "")
    if not _UUID.match(bundle_id):
        raise bad("it has no identifier")
    return _Payload(
        bundle_id=bundle_id,
        created_at=created if created.tzinfo else created.replace(tzinfo=UTC),
        made_by=str(doc.get("made_by") or "someone"),
        application=str(doc.get("application") or ""),
        cases=tuple(str(c) for c in doc.get("cases") or ()),
        case_uuids=tuple(str(c) for c in doc.get("case_uuids") or ()),
        records={t: dict(records.get(t, {})) for t in BUNDLE_TABLES},
        history=clean_history,
        files={str(k): (str(v) if isinstance(v, str) else None) for k, v in files.items()},
        blobs=blobs,
        source=source,
    )


# ---------------------------------------------------------------- the merge plan


@dataclass
class _Rec:
    table: str
    uuid: str  # in the bundle
    local: str  # in this database (the same uuid, or the record it was matched with)
    kind: str  # new | update | conflict | delete | same | kept_deleted
    theirs: dict[str, Any] | None
    mine: dict[str, Any] | None
    take: dict[str, Any] = field(default_factory=dict)  # field -> their value (local links)
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    whole: str | None = None  # "deleted_here" | "deleted_there" for a whole-record conflict
    why: str = ""  # for a whole-record conflict: what happened on the other side
    aliased: bool = False


@dataclass
class _Plan:
    records: dict[tuple[str, str], _Rec]  # by (table, bundle uuid); deletions by local uuid
    problems: list[str]
    notes: list[str]
    aliases: dict[str, dict[str, str]]  # table -> bundle uuid -> local uuid

    def signature(self) -> str:
        parts = []
        for (table, uuid), rec in sorted(self.records.items()):
            parts.append(
                (
                    table,
                    uuid,
                    rec.local,
                    rec.kind,
                    rec.whole,
                    sorted(rec.conflicts),
                    sorted((k, json.dumps(v, sort_keys=True)) for k, v in rec.take.items()),
                    json.dumps(rec.mine, sort_keys=True, default=str),
                )
            )
        text = json.dumps([parts, self.problems], sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()


class _Planner:
    def __init__(self, conn: Connection, payload: _Payload) -> None:
        self.conn = conn
        self.p = payload
        self.reader = _Reader(conn)
        self.plan = _Plan({}, [], [], defaultdict(dict))
        self.sync: dict[tuple[str, str], dict[str, dict[str, str]]] = defaultdict(dict)

    # ---- helpers

    def _load_sync(self, keys: Iterable[tuple[str, str]]) -> None:
        by_uuid: dict[str, set[str]] = defaultdict(set)
        for table, uuid in keys:
            by_uuid[uuid].add(table)
        uuids = sorted(by_uuid)
        t = sync_records
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start : start + _CHUNK]
            rows = self.conn.execute(
                select(t.c.bundle_id, t.c.table_name, t.c.record_uuid, t.c.fields).where(
                    t.c.record_uuid.in_(chunk)
                )
            ).all()
            for bundle_id, table, uuid, fields in rows:
                if table in by_uuid[uuid]:
                    self.sync[(table, uuid)][bundle_id] = dict(fields or {})

    def _base(self, table: str, uuid: str) -> tuple[str, dict[str, str]] | None:
        """The newest bundle both sides know this record from, and its field digests."""
        known = self.sync.get((table, uuid), {})
        for bundle_id in [self.p.bundle_id, *self.p.history.get(table, {}).get(uuid, [])]:
            if bundle_id in known:
                return bundle_id, known[bundle_id]
        return None

    @staticmethod
    def _changed(
        table: str, uuid: str, values: Mapping[str, Any], base: tuple[str, dict[str, str]]
    ) -> set[str]:
        bundle_id, digests = base
        return {
            f.name
            for f in _compared(table)
            if digests.get(f.name) != field_digest(bundle_id, uuid, f.name, values.get(f.name))
        }

    def _localize(self, f: _Field, value: Any) -> Any:
        """A bundle value with links to records matched under another uuid made local."""
        if f.target not in BUNDLE_TABLES or value is None:
            return value
        aliases = self.plan.aliases.get(f.target, {})
        if isinstance(value, list):
            return sorted(aliases.get(v, v) for v in value)
        return aliases.get(value, value)

    # ---- the plan

    def run(self) -> _Plan:
        theirs = self.p.records
        self._validate()
        keys = [(t, u) for t in BUNDLE_TABLES for u in theirs[t]]
        mine_all = {t: self.reader.by_uuid(t, theirs[t]) for t in BUNDLE_TABLES}
        self._load_sync(keys)
        for table in BUNDLE_TABLES:
            for uuid, record in theirs[table].items():
                self._plan_record(table, uuid, record, mine_all[table].get(uuid))
        self._plan_their_deletions()
        self._protect_children_of_deletions()
        self._revive_parents()
        self._check_links()
        return self.plan

    def _plan_record(
        self, table: str, uuid: str, theirs: dict[str, Any], mine: dict[str, Any] | None
    ) -> None:
        base = self._base(table, uuid)
        rec = _Rec(table, uuid, uuid, "same", theirs, mine)
        self.plan.records[(table, uuid)] = rec
        if mine is None:
            if base is None:
                match = self._natural_match(table, uuid, theirs)
                if match is None:
                    rec.kind = "new"
                    return
                rec.local, rec.aliased = match, True
                self.plan.aliases[table][uuid] = match
                rec.mine = self.reader.by_uuid(table, [match])[match]
                self._compare(rec, None)
                return
            if self._changed(table, uuid, theirs, base):
                rec.kind, rec.whole = "conflict", "deleted_here"
                rec.why = "changed there"
                rec.conflicts[RECORD] = (None, theirs)
            else:
                rec.kind = "kept_deleted"
            return
        self._compare(rec, base)

    def _compare(self, rec: _Rec, base: tuple[str, dict[str, str]] | None) -> None:
        assert rec.theirs is not None
        assert rec.mine is not None
        mine_changed = self._changed(rec.table, rec.local, rec.mine, base) if base else None
        theirs_changed = self._changed(rec.table, rec.uuid, rec.theirs, base) if base else None
        for f in _compared(rec.table):
            mv = rec.mine.get(f.name)
            tv = self._localize(f, rec.theirs.get(f.name))
            if _same(mv, tv):
                continue
            if mine_changed is None or theirs_changed is None:
                rec.conflicts[f.name] = (mv, tv)
            elif f.name in theirs_changed and f.name not in mine_changed:
                rec.take[f.name] = tv
            elif f.name in mine_changed and f.name not in theirs_changed:
                continue  # changed here only: kept
            else:
                rec.conflicts[f.name] = (mv, tv)
        rec.kind = "conflict" if rec.conflicts else "update" if rec.take else "same"

    def _natural_match(self, table: str, uuid: str, theirs: Mapping[str, Any]) -> str | None:
        """A record of this database that is the same as a new one of the bundle by its
        natural key (a tag's name, a party's case and person, …); None if there is none."""
        t = _tables()[table]
        fields_by_column = {f.column.name: f for f in _fields(table) if f.column is not None}
        keys: list[list[str]] = [
            [c.name for c in constraint.columns]
            for constraint in t.constraints
            if constraint.__class__.__name__ == "UniqueConstraint"
            and [c.name for c in constraint.columns] != ["uuid"]
        ]
        if table == "remedy_statuses" and theirs.get("person") is None:
            keys.append(["remedy_id", "person_id"])
        for columns in keys:
            conditions = []
            for column_name in columns:
                f = fields_by_column.get(column_name)
                if f is None:
                    break
                value = self._column_value(f, self._localize(f, theirs.get(f.name)))
                if value is _MISSING:
                    break  # links to a record that is new too: no clash possible
                if value is None:
                    if table == "remedy_statuses" and column_name == "person_id":
                        conditions.append(t.c.person_id.is_(None))
                        continue
                    break  # NULLs never clash
                conditions.append(t.c[column_name] == value)
            else:
                found = self.conn.execute(select(t.c.uuid).where(and_(*conditions))).scalar()
                if found is not None and found != uuid:
                    if table == CASES:
                        self.plan.problems.append(
                            f"The bundle's case “{theirs.get('reference')}” is a different "
                            "record from the case with the same reference or communication "
                            "number here (each was created on its own computer). Rename one "
                            "of them, export it again and import the new bundle."
                        )
                        return None
                    return str(found)
        return None

    def _column_value(self, f: _Field, value: Any) -> Any:
        """The database value of a bundle field, or _MISSING for a link to a new record."""
        if value is None or f.column is None:
            return value
        if f.target == "treaty_bodies":
            return self.reader.body_ids.get(str(value), _MISSING)
        if f.target == "countries":
            return self.reader.country_ids.get(str(value), _MISSING)
        if f.target == "treaty_articles":
            key = (str(value.get("body")), str(value.get("number")))
            return self.reader.article_ids.get(key, _MISSING)
        if f.target is not None:
            found = self.reader.local_id(f.target, str(value))
            return _MISSING if found is None else found
        return load_value(f.column, value)

    def _plan_their_deletions(self) -> None:
        """Records of a case that the other side deleted since the common base."""
        matched = {(t, local) for t, m in self.plan.aliases.items() for local in m.values()}
        for case_uuid in self.p.case_uuids:
            base = self._base(CASES, case_uuid)
            if base is None:
                continue
            t = sync_records
            rows = self.conn.execute(
                select(t.c.table_name, t.c.record_uuid, t.c.fields).where(
                    t.c.bundle_id == base[0], t.c.case_uuid == case_uuid
                )
            ).all()
            gone = [
                (table, uuid, dict(fields or {}))
                for table, uuid, fields in rows
                if table in CASE_OWNED
                and uuid not in self.p.records.get(table, {})
                and (table, uuid) not in matched
            ]
            for table in BUNDLE_TABLES:
                candidates = {u: d for tt, u, d in gone if tt == table}
                mine = self.reader.by_uuid(table, candidates)
                for uuid, record in mine.items():
                    rec = _Rec(table, uuid, uuid, "delete", None, record)
                    if self._changed(table, uuid, record, (base[0], candidates[uuid])):
                        rec.kind, rec.whole, rec.why = "conflict", "deleted_there", "changed here"
                        rec.conflicts[RECORD] = (record, None)
                    self.plan.records[(table, uuid)] = rec

    def _protect_children_of_deletions(self) -> None:
        """A deletion that would take with it records added or changed here is a conflict."""
        for _round in range(3):
            changed = False
            for rec in list(self.plan.records.values()):
                if rec.kind != "delete":
                    continue
                local_id = self.reader.local_id(rec.table, rec.local)
                for child_table, column in _children(rec.table):
                    rows = self.reader.rows(child_table, column, [local_id])
                    for row in rows:
                        child = self.plan.records.get((child_table, row["uuid"]))
                        if child is None or child.kind != "delete":
                            rec.kind, rec.whole = "conflict", "deleted_there"
                            rec.why = "records were added or changed under it here"
                            rec.conflicts[RECORD] = (rec.mine, None)
                            changed = True
                            break
                    if rec.kind != "delete":
                        break
            if not changed:
                return

    def _revive_parents(self) -> None:
        """A record deleted here that the bundle adds or changes records under is a
        conflict too: keeping it deleted would leave them out."""
        for _round in range(4):
            changed = False
            for rec in list(self.plan.records.values()):
                if rec.theirs is None or rec.kind not in ("new", "update", "conflict"):
                    continue
                for f in _fields(rec.table):
                    if f.target not in BUNDLE_TABLES or f.column is None:
                        continue
                    value = rec.theirs.get(f.name)
                    parent = self.plan.records.get((f.target, str(value))) if value else None
                    if parent is not None and parent.kind == "kept_deleted":
                        parent.kind, parent.whole = "conflict", "deleted_here"
                        parent.why = "new or changed records under it there"
                        parent.conflicts[RECORD] = (None, parent.theirs)
                        changed = True
            if not changed:
                return

    def _check_links(self) -> None:
        for (table, uuid), rec in self.plan.records.items():
            if rec.theirs is None or rec.kind == "same":
                continue
            for f in _fields(table):
                if f.column is None:
                    continue
                value = rec.theirs.get(f.name)
                if value is None or f.target is None:
                    continue
                if f.target in REFERENCE_TABLES:
                    if self._column_value(f, value) is _MISSING:
                        self.plan.problems.append(
                            f"The {_TABLE_LABELS[table]} {uuid} refers to "
                            f"{f.target.replace('_', ' ')} “{_text(value)}”, which this "
                            "TreatyDesk does not know."
                        )
                    continue
                local = self._localize(f, value)
                if local not in self.p.records.get(f.target, {}) and (
                    self.reader.local_id(f.target, local) is None
                ):
                    self.plan.problems.append(
                        f"The {_TABLE_LABELS[table]} {uuid} refers to a "
                        f"{_TABLE_LABELS[f.target]} that is neither in the bundle nor here."
                    )

    def _validate(self) -> None:
        for table in BUNDLE_TABLES:
            known = {f.name for f in _fields(table)}
            for uuid, record in self.p.records[table].items():
                unknown = sorted(set(record) - known)
                if unknown:
                    self.plan.problems.append(
                        f"The {_TABLE_LABELS[table]} {uuid} has fields this TreatyDesk does "
                        f"not know ({', '.join(unknown)}): the bundle was made by a newer "
                        "version. Update TreatyDesk first."
                    )
                    continue
                for f in _fields(table):
                    if f.column is None:
                        value = record.get(f.name, [])
                        if not isinstance(value, list) or not all(
                            isinstance(v, str) for v in value
                        ):
                            self.plan.problems.append(f"The case {uuid} has unreadable tags.")
                        continue
                    if f.name not in record:
                        if (
                            not f.column.nullable
                            and f.column.default is None
                            and (f.column.server_default is None)
                        ):
                            self.plan.problems.append(
                                f"The {_TABLE_LABELS[table]} {uuid} has no “{f.name}”."
                            )
                        continue
                    if f.target is None:
                        value = record[f.name]
                        try:
                            load_value(f.column, value)
                        except ValueError as exc:
                            self.plan.problems.append(
                                f"The {_TABLE_LABELS[table]} {uuid}: “{f.name}” {exc}."
                            )
                        if isinstance(value, str) and "\x00" in value:
                            self.plan.problems.append(
                                f"The {_TABLE_LABELS[table]} {uuid}: “{f.name}” contains an "
                                "invisible NUL character, which a database server cannot "
                                "store: remove it on the computer that made the bundle."
                            )


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


def _children(table: str) -> list[tuple[str, str]]:
    """(child table, link column) of the case-owned tables whose rows go with `table`'s."""
    out = []
    for name in BUNDLE_TABLES:
        if name not in CASE_OWNED:
            continue
        for column in _tables()[name].columns:
            target = fk_target(column)
            if target is not None and target.name == table and table != CASES:
                out.append((name, column.name))
    return out


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def _text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values())
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)


# ---------------------------------------------------------------- the service


class BundleService(Service):
    """`treatydesk bundle export` / `bundle import`, and the GUI's conflict dialog."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        audit: AuditService | None = None,
        store: DocumentStore | Any | None = None,
    ) -> None:
        """`store`: the managed documents folder (a DocumentStore, or an object with a
        `.store` property such as DocumentService); None carries no files."""
        super().__init__(session_factory, clock=clock)
        self._audit = audit or AuditService(session_factory, clock=clock)
        self._store_source = store

    @property
    def store(self) -> DocumentStore | None:
        source = self._store_source
        if source is None or isinstance(source, DocumentStore):
            return source
        found: DocumentStore | None = source.store
        return found

    # ------------------------------------------------------------------ export

    def export_bundle(
        self, cases: Sequence[str], path: Path | str, passphrase: str
    ) -> BundleExportResult:
        """Write the cases with these references, and all that hangs off them, to an
        encrypted bundle at `path` (replaced whole, readable by the user only)."""
        secret = check_new_passphrase(passphrase)
        target = Path(path).expanduser()
        if target.suffix.lower() != BUNDLE_SUFFIX:
            raise DomainError(
                f"Name the bundle “…{BUNDLE_SUFFIX}”, not “{target.name}”.", field="path"
            )
        references = [r for r in (c.strip() for c in cases) if r]
        if not references:
            raise DomainError("Name at least one case to put in the bundle.", field="cases")
        bundle_id = str(uuid_module.uuid4())
        with self._uow("bundle") as s:
            conn = s.connection()
            selection = JsonTransferService._selection(conn, references)
            reader = _Reader(conn)
            records: dict[str, dict[str, dict[str, Any]]] = {}
            for table in BUNDLE_TABLES:
                ids = selection.get(table, set())
                records[table] = reader.records(table, reader.rows(table, "id", ids))
            chosen = tuple(sorted(str(r["reference"]) for r in records[CASES].values()))
            history = _history(conn, records)
            made_by = current_actor(s)
            schema = _schema(conn)
        files, blobs, missing = self._collect_files(records["documents"])
        document = {
            "format": PAYLOAD_FORMAT,
            "version": FORMAT_VERSION,
            "bundle_id": bundle_id,
            "created_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "application": f"TreatyDesk {__version__}",
            "schema": schema,
            "made_by": made_by,
            "cases": list(chosen),
            "case_uuids": sorted(records[CASES]),
            "records": records,
            "history": history,
            "files": files,
        }
        sealed = seal(_pack(document, blobs), secret)
        write_private(target, sealed)
        with self._uow("bundle") as s:
            _record_sync(s.connection(), bundle_id, EXPORT, records, self.today())
        counts = {t: len(records[t]) for t in BUNDLE_TABLES if records[t]}
        self._audit.record_event(
            EVENT_BUNDLE_EXPORT,
            f"Exported {', '.join(chosen)} to the case bundle {target.name}"[:500],
            details={"bundle": bundle_id, "cases": list(chosen), "counts": counts},
        )
        return BundleExportResult(
            path=target,
            bundle_id=bundle_id,
            cases=chosen,
            counts=counts,
            files=len(blobs),
            size=len(sealed),
            missing_files=tuple(missing),
        )

    def _collect_files(
        self, documents: Mapping[str, Mapping[str, Any]]
    ) -> tuple[dict[str, str | None], dict[str, bytes], list[str]]:
        files: dict[str, str | None] = {}
        blobs: dict[str, bytes] = {}
        missing: list[str] = []
        store = self.store
        for uuid, record in documents.items():
            data: bytes | None = None
            if store is not None:
                try:
                    data = store.read(str(record["path"]))
                except DomainError:
                    data = None
            if data is None:
                files[uuid] = None
                missing.append(str(record.get("title") or record["path"]))
                continue
            sha = hashlib.sha256(data).hexdigest()
            files[uuid] = sha
            blobs[sha] = data
        return files, blobs, missing

    # ------------------------------------------------------------------ import

    def read(self, path: Path | str, passphrase: str) -> _Payload:
        source = Path(path).expanduser()
        if not source.is_file():
            raise DomainError(f"There is no file {source}.", field="path")
        try:
            blob = source.read_bytes()
        except OSError as exc:
            raise DomainError(f"Cannot read {source}: {exc.strerror or exc}.") from exc
        payload = unseal(blob, passphrase, f"The bundle {source.name}")
        return _unpack(payload, source.name)

    def preview_import(self, path: Path | str, passphrase: str) -> BundlePreview:
        """What importing the bundle would add, change, delete, and the conflicts to settle.
        Nothing is written."""
        payload = self.read(path, passphrase)
        with self._uow("bundle") as s:
            plan = _Planner(s.connection(), payload).run()
            return _preview(plan, payload, s.connection())

    def apply_import(
        self,
        preview: BundlePreview,
        resolutions: Mapping[tuple[str, str, str], str] | None = None,
    ) -> BundleImportResult:
        """Import a previewed bundle: every conflicting field settled in `resolutions`
        ((table, uuid, field) -> "mine" | "theirs"). All or nothing."""
        payload = preview._payload
        if payload is None:
            raise DomainError("Preview the bundle before importing it.")
        if preview.problems:
            raise DomainError(
                "The bundle cannot be imported: " + " ".join(preview.problems[:3]), field="path"
            )
        decisions = _check_resolutions(preview, resolutions or {})
        files = _FileUndo()
        try:
            return self._apply(payload, preview, decisions, files)
        except BaseException:
            files.undo()  # the database rolled back: so do the documents folder's files
            raise

    def _apply(
        self,
        payload: _Payload,
        preview: BundlePreview,
        decisions: Mapping[tuple[str, str, str], str],
        files: _FileUndo,
    ) -> BundleImportResult:
        with self._uow("bundle import") as s:
            conn = s.connection()
            plan = _Planner(conn, payload).run()
            if plan.signature() != preview._signature:
                raise ConflictError(
                    "The database changed since the bundle was previewed (another window or "
                    "another user). Nothing was imported: preview the bundle again."
                )
            result = _Writer(s, plan, payload, decisions, self.store, files).run()
            _record_sync(conn, payload.bundle_id, IMPORT, _received(plan, payload), self.today())
            s.add(
                AuditEntry(
                    actor=current_actor(s),
                    action=AuditAction.EVENT,
                    table_name="",
                    record_id=None,
                    summary=(
                        f"Imported the case bundle {payload.source} of "
                        f"{', '.join(payload.cases)} from {payload.made_by}"
                    )[:500],
                    changes={
                        "event": EVENT_BUNDLE_IMPORT,
                        "details": json_safe(
                            {
                                "bundle": payload.bundle_id,
                                "cases": list(payload.cases),
                                "made_by": payload.made_by,
                                "added": result.added,
                                "updated": result.updated,
                                "deleted": result.deleted,
                                "kept_mine": result.resolved_mine,
                                "took_theirs": result.resolved_theirs,
                                "left_out": list(result.skipped),
                            }
                        ),
                    },
                )
            )
        return result


def _schema(conn: Connection) -> str | None:
    """The schema revision of this database (informative: shown, never relied on)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    value = conn.execute(sql_text("SELECT version_num FROM alembic_version")).scalar()
    return None if value is None else str(value)


def _history(
    conn: Connection, records: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, list[str]]]:
    """Per record, the bundles this installation knew it from, newest first."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for table, rows in records.items():
        for uuid in rows:
            wanted[uuid].add(table)
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    uuids = sorted(wanted)
    t = sync_records
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        rows = conn.execute(
            select(t.c.table_name, t.c.record_uuid, t.c.bundle_id)
            .where(t.c.record_uuid.in_(chunk))
            .order_by(t.c.id.desc())
        ).all()
        for table, uuid, bundle_id in rows:
            if table in wanted[uuid]:
                known = out[table].setdefault(uuid, [])
                if len(known) < HISTORY_KEEP:
                    known.append(bundle_id)
    return dict(out)


def _record_sync(
    conn: Connection,
    bundle_id: str,
    direction: str,
    records: Mapping[str, Mapping[str, Mapping[str, Any]]],
    today: date,
) -> None:
    """Keep what this bundle held, field by field (digests), as the base of later merges."""
    owners = _owner_cases(records)
    now = datetime.now(UTC)
    conn.execute(delete(sync_records).where(sync_records.c.bundle_id == bundle_id))
    rows = []
    for table in BUNDLE_TABLES:
        for uuid, record in records.get(table, {}).items():
            rows.append(
                {
                    "bundle_id": bundle_id,
                    "direction": direction,
                    "table_name": table,
                    "record_uuid": uuid,
                    "case_uuid": owners.get((table, uuid)),
                    "fields": {
                        f.name: field_digest(bundle_id, uuid, f.name, record.get(f.name))
                        for f in _compared(table)
                    },
                    "synced_at": now,
                }
            )
    for start in range(0, len(rows), _CHUNK):
        conn.execute(insert(sync_records), rows[start : start + _CHUNK])


def _received(plan: _Plan, payload: _Payload) -> dict[str, dict[str, dict[str, Any]]]:
    """The bundle's records to remember as received (those matched under another uuid are
    not: the two sides know them by different uuids)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for table in BUNDLE_TABLES:
        aliases = plan.aliases.get(table, {})
        out[table] = {u: r for u, r in payload.records[table].items() if u not in aliases}
    return out


def _check_resolutions(
    preview: BundlePreview, resolutions: Mapping[tuple[str, str, str], str]
) -> dict[tuple[str, str, str], str]:
    needed = set(preview.conflict_keys)
    decisions: dict[tuple[str, str, str], str] = {}
    for key, choice in resolutions.items():
        if key not in needed:
            raise DomainError(
                f"“{'/'.join(key)}” is not one of the bundle's conflicts.", field="resolutions"
            )
        value = str(choice).strip().lower()
        if value not in (MINE, THEIRS):
            raise DomainError(
                f"Settle “{'/'.join(key)}” with “mine” or “theirs”, not “{choice}”.",
                field="resolutions",
            )
        decisions[key] = value
    missing = [key for key in preview.conflict_keys if key not in decisions]
    if missing:
        shown = ", ".join(f"{t}/{u[:8]}…/{f}" for t, u, f in missing[:3])
        raise DomainError(
            f"{len(missing)} conflicting field(s) are not settled yet ({shown}): choose "
            "“mine” or “theirs” for each. Nothing was imported.",
            field="resolutions",
        )
    return decisions


# ---------------------------------------------------------------- the preview for people


def _preview(plan: _Plan, payload: _Payload, conn: Connection) -> BundlePreview:
    namer = _Namer(conn, plan, payload)
    groups: dict[str, list[RecordChange]] = defaultdict(list)
    unchanged = kept_deleted = 0
    for _key, rec in sorted(
        plan.records.items(), key=lambda kv: (BUNDLE_TABLES.index(kv[0][0]), kv[0][1])
    ):
        if rec.kind == "same":
            unchanged += 1
            continue
        if rec.kind == "kept_deleted":
            kept_deleted += 1
            continue
        kind = {
            "new": ChangeKind.NEW,
            "update": ChangeKind.UPDATED,
            "conflict": ChangeKind.CONFLICT,
            "delete": ChangeKind.DELETED,
        }[rec.kind]
        groups[rec.kind].append(namer.change(rec, kind))
    notes = list(plan.notes)
    if kept_deleted:
        notes.append(
            f"{kept_deleted} record(s) deleted here and unchanged in the bundle stay deleted."
        )
    return BundlePreview(
        source=payload.source,
        bundle_id=payload.bundle_id,
        created_at=payload.created_at,
        made_by=f"{payload.made_by} ({payload.application})".replace(" ()", ""),
        cases=payload.cases,
        new=tuple(groups["new"]),
        updated=tuple(groups["update"]),
        conflicts=tuple(groups["conflict"]),
        deleted=tuple(groups["delete"]),
        unchanged=unchanged,
        kept_deleted=kept_deleted,
        problems=tuple(dict.fromkeys(plan.problems)),
        notes=tuple(notes),
        _payload=payload,
        _signature=plan.signature(),
    )


class _Namer:
    """Labels and display values for a lawyer: a case by its reference, a person by name."""

    def __init__(self, conn: Connection, plan: _Plan, payload: _Payload) -> None:
        self.plan = plan
        self.payload = payload
        self.reader = _Reader(conn)
        self.names: dict[tuple[str, str], str] = {}
        for table, key in ((PEOPLE, "full_name"), (TAGS, "name"), (CASES, "reference")):
            for uuid, record in payload.records[table].items():
                self.names[(table, uuid)] = str(record.get(key) or "")
        self.owners = _owner_cases(payload.records)

    def name(self, table: str, uuid: str | None) -> str:
        if not uuid:
            return "—"
        key = (table, uuid)
        if key not in self.names:
            label = {PEOPLE: "full_name", TAGS: "name", CASES: "reference"}.get(table)
            found = self.reader.by_uuid(table, [uuid]).get(uuid) if label else None
            self.names[key] = str(found.get(label) or "") if found and label else ""
        return self.names[key] or f"{_TABLE_LABELS.get(table, table)} {uuid[:8]}"

    def display(self, table: str, name: str, value: Any) -> str:
        f = next((x for x in _fields(table) if x.name == name), None)
        if f is None or value is None or value == "" or value == []:
            return _text(value)
        if f.target in (PEOPLE, TAGS, CASES):
            if isinstance(value, list):
                return ", ".join(sorted(self.name(f.target, v) for v in value))
            return self.name(f.target, str(value))
        if f.target in BUNDLE_TABLES:
            return f"{_TABLE_LABELS[f.target]} {str(value)[:8]}"
        if f.column is not None and isinstance(f.column.type, SAEnum):
            enum_class = f.column.type.enum_class
            try:
                member = enum_class(value) if enum_class else value
                return str(getattr(member, "label", value))
            except ValueError:
                return str(value)
        return _text(value)

    def record_label(self, rec: _Rec) -> str:
        values = rec.theirs or rec.mine or {}
        kind = _TABLE_LABELS[rec.table]
        if rec.table in (PEOPLE, TAGS, CASES):
            return f"{kind} {self.name(rec.table, rec.local)}"
        detail = {
            "case_parties": lambda: (
                f"{self.name(PEOPLE, values.get('person'))} "
                f"({self.display(rec.table, 'role', values.get('role'))})"
            ),
            "case_articles": lambda: (
                f"{_text(values.get('article'))} "
                f"({self.display(rec.table, 'relation', values.get('relation'))})"
            ),
            "domestic_proceedings": lambda: _text(values.get("authority")),
            "remedies": lambda: self.display(rec.table, "kind", values.get("kind")),
            "remedy_statuses": lambda: (
                f"{self.display(rec.table, 'status', values.get('status'))}"
                + (f" ({self.name(PEOPLE, values.get('person'))})" if values.get("person") else "")
            ),
            "followup_events": lambda: (
                f"{self.display(rec.table, 'kind', values.get('kind'))} of "
                f"{_text(values.get('event_date'))}"
            ),
            "followup_grades": lambda: _text(values.get("grade")),
            "deadlines": lambda: _text(values.get("title")),
            "documents": lambda: _text(values.get("title")),
        }[rec.table]()
        return f"{kind} {detail}"

    def case_of(self, rec: _Rec) -> str | None:
        owner = self.owners.get((rec.table, rec.uuid))
        if owner is None and rec.mine is not None:
            link = _owner_field(rec.table)
            owner = rec.mine.get(link) if link == "case" else None
        return self.name(CASES, owner) if owner else None

    def change(self, rec: _Rec, kind: ChangeKind) -> RecordChange:
        def diff(name: str, mine: Any, theirs: Any) -> FieldDifference:
            return FieldDifference(
                field=name,
                label=_label_of(name),
                mine=mine,
                theirs=theirs,
                mine_text=self.display(rec.table, name, mine),
                theirs_text=self.display(rec.table, name, theirs),
            )

        fields: list[FieldDifference] = []
        merged: list[FieldDifference] = []
        if kind is ChangeKind.NEW:
            assert rec.theirs is not None
            fields = [
                diff(f.name, None, rec.theirs.get(f.name))
                for f in _compared(rec.table)
                if rec.theirs.get(f.name) not in (None, "", [])
            ]
        elif kind is ChangeKind.UPDATED:
            assert rec.mine is not None
            fields = [diff(k, rec.mine.get(k), v) for k, v in rec.take.items()]
        elif kind is ChangeKind.DELETED:
            fields = [
                FieldDifference(RECORD, "The whole record", rec.mine, None, "kept", "deleted")
            ]
        elif rec.whole == "deleted_here":
            fields = [
                FieldDifference(
                    RECORD,
                    "The whole record",
                    None,
                    rec.theirs,
                    "deleted here",
                    f"kept there ({rec.why})",
                )
            ]
        elif rec.whole == "deleted_there":
            fields = [
                FieldDifference(
                    RECORD,
                    "The whole record",
                    rec.mine,
                    None,
                    f"kept here ({rec.why})",
                    "deleted there",
                )
            ]
        else:
            assert rec.mine is not None
            fields = [diff(k, m, t) for k, (m, t) in rec.conflicts.items()]
            merged = [diff(k, rec.mine.get(k), v) for k, v in rec.take.items()]
        return RecordChange(
            table=rec.table,
            uuid=rec.local,
            kind=kind,
            label=self.record_label(rec),
            case=self.case_of(rec),
            fields=tuple(fields),
            merged=tuple(merged),
        )


# ---------------------------------------------------------------- writing


class _Writer:
    def __init__(
        self,
        session: Session,
        plan: _Plan,
        payload: _Payload,
        decisions: Mapping[tuple[str, str, str], str],
        store: DocumentStore | None,
        files_written: _FileUndo,
    ) -> None:
        self.s = session
        self.plan = plan
        self.p = payload
        self.decisions = decisions
        self.store = store
        self.ids: dict[str, dict[str, int]] = defaultdict(dict)  # table -> local uuid -> id
        self.pending: list[tuple[str, str, Any]] = []  # inserted, not flushed yet
        self.absent: set[tuple[str, str]] = set()  # records that will not exist here
        self.added = self.updated = self.deleted = 0
        self.kept_mine = self.took_theirs = 0
        self.skipped: list[str] = []
        self.files_written = files_written
        self.files = 0
        self.namer = _Namer(session.connection(), plan, payload)

    def decision(self, rec: _Rec, name: str) -> str:
        choice = self.decisions[(rec.table, rec.local, name)]
        if choice == MINE:
            self.kept_mine += 1
        else:
            self.took_theirs += 1
        return choice

    def run(self) -> BundleImportResult:
        try:
            self._deletions()
            for table in BUNDLE_TABLES:
                for (t, _u), rec in self.plan.records.items():
                    if t == table:
                        self._write(rec)
                self.s.flush()  # one flush per table: parents have their ids before children
                for t, uuid, obj in self.pending:
                    self.ids[t][uuid] = obj.id
                self.pending.clear()
        except BaseException:
            self.files_written.undo()
            raise
        return BundleImportResult(
            source=self.p.source,
            bundle_id=self.p.bundle_id,
            added=self.added,
            updated=self.updated,
            deleted=self.deleted,
            resolved_mine=self.kept_mine,
            resolved_theirs=self.took_theirs,
            files=self.files,
            skipped=tuple(self.skipped),
        )

    # ---- deletions, children first

    def _deletions(self) -> None:
        for table in reversed(BUNDLE_TABLES):
            for (t, _u), rec in list(self.plan.records.items()):
                if t != table or rec.theirs is not None:
                    continue
                if rec.kind == "conflict" and self.decision(rec, RECORD) == MINE:
                    continue
                if rec.kind not in ("delete", "conflict"):
                    continue
                obj = self._load(table, rec.local)
                if obj is not None:
                    self.s.delete(obj)
                    self.deleted += 1
                self.absent.add((table, rec.local))
            self.s.flush()

    # ---- additions and changes, parents first

    def _write(self, rec: _Rec) -> None:
        if rec.theirs is None:
            return
        if rec.kind == "kept_deleted":
            self.absent.add((rec.table, rec.uuid))
            return
        if rec.kind == "same":
            return
        if rec.kind == "conflict" and rec.whole == "deleted_here":
            if self.decision(rec, RECORD) == MINE:
                self.absent.add((rec.table, rec.uuid))
                return
            self._insert(rec)
            return
        if rec.kind == "new":
            self._insert(rec)
            return
        values = dict(rec.take)
        for name in rec.conflicts:
            if self.decision(rec, name) == THEIRS:
                values[name] = rec.conflicts[name][1]
        if not values:
            return
        obj = self._load(rec.table, rec.local)
        if obj is None:  # deleted meanwhile: the signature check makes this unreachable
            raise ConflictError("A record of the bundle was deleted meanwhile: import again.")
        if self._missing_parent(rec, values):
            return
        self._assign(rec.table, obj, values)
        self.updated += 1
        if rec.table == "documents":
            self._place_file(rec, obj, changed=set(values))

    def _insert(self, rec: _Rec) -> None:
        assert rec.theirs is not None
        values = {f.name: rec.theirs.get(f.name) for f in _fields(rec.table)}
        if self._missing_parent(rec, values):
            return
        cls = _model(rec.table)
        obj = cls(uuid=rec.uuid)
        self._assign(rec.table, obj, values, new=True)
        self.s.add(obj)
        self.added += 1
        if rec.table == "documents":
            self._place_file(rec, obj, changed={"path", "sha256"})
        self.pending.append((rec.table, rec.uuid, obj))

    def _missing_parent(self, rec: _Rec, values: Mapping[str, Any]) -> bool:
        for f in _fields(rec.table):
            if f.column is None or f.target not in BUNDLE_TABLES:
                continue
            value = values.get(f.name)
            if value is not None and (f.target, self._local(f.target, str(value))) in self.absent:
                self.absent.add((rec.table, rec.uuid))
                self.skipped.append(
                    f"{self.namer.record_label(rec)} (its {_TABLE_LABELS[f.target]} stays deleted)"
                )
                return True
        return False

    def _local(self, table: str, uuid: str) -> str:
        return self.plan.aliases.get(table, {}).get(uuid, uuid)

    def _local_id(self, table: str, uuid: str) -> int:
        local = self._local(table, uuid)
        found = self.ids[table].get(local)
        if found is None:
            t = _tables()[table]
            found = self.s.connection().execute(select(t.c.id).where(t.c.uuid == local)).scalar()
            if found is None:
                raise DomainError(f"A {_TABLE_LABELS[table]} the bundle refers to is missing.")
            self.ids[table][local] = found
        return found

    def _assign(
        self, table: str, obj: Any, values: Mapping[str, Any], *, new: bool = False
    ) -> None:
        reader = self.namer.reader
        for f in _fields(table):
            if f.name not in values:
                continue
            value = values[f.name]
            if f.column is None:  # a case's tags
                tags = [self._local(TAGS, v) for v in value or []]
                found = list(self.s.scalars(select(Tag).where(Tag.uuid.in_(tags)))) if tags else []
                obj.tags = found
                continue
            if f.name == "created_at" and not new:
                continue
            if value is None:
                setattr(obj, f.column.name, None)
            elif f.target == "treaty_bodies":
                setattr(obj, f.column.name, reader.body_ids[str(value)])
            elif f.target == "countries":
                setattr(obj, f.column.name, reader.country_ids[str(value)])
            elif f.target == "treaty_articles":
                key = (str(value["body"]), str(value["number"]))
                setattr(obj, f.column.name, reader.article_ids[key])
            elif f.target is not None:
                setattr(obj, f.column.name, self._local_id(f.target, str(value)))
            else:
                setattr(obj, f.column.name, load_value(f.column, value))

    def _load(self, table: str, uuid: str) -> Any:
        cls = _model(table)
        mapper = inspect(cls)
        options = [
            selectinload(getattr(cls, rel.key))
            for rel in mapper.relationships
            if rel.cascade.delete or (cls is Case and rel.key == "tags")
        ]
        return self.s.scalars(select(cls).where(cls.uuid == uuid).options(*options)).first()

    def _place_file(self, rec: _Rec, obj: Any, changed: set[str]) -> None:
        """Put a document's file from the bundle into the managed folder."""
        if not ({"path", "sha256"} & changed) or self.store is None:
            return
        sha = self.p.files.get(rec.uuid)
        data = self.p.blobs.get(sha) if sha else None
        if data is None:
            return
        relative = str(obj.path)
        target = self.store.path_of(relative)
        if target.exists():
            try:
                same = hashlib.sha256(self.store.read(relative)).hexdigest() == sha
            except DomainError:
                same = False
            if same:
                return
            t = _tables()["documents"]
            other = (
                self.s.connection()
                .execute(select(t.c.id).where(t.c.path == relative, t.c.uuid != rec.local))
                .first()
            )
            if other is not None:  # another document of this database lives there
                relative = _free_path(self.store, relative)
                obj.path = relative
                target = self.store.path_of(relative)
        self.files_written.before_writing(target)
        self.store.write(relative, data)
        self.files += 1


class _FileUndo:
    """Files of the documents folder written by an import, to put back if it fails."""

    def __init__(self) -> None:
        self._before: list[tuple[Path, bytes | None]] = []

    def before_writing(self, path: Path) -> None:
        self._before.append((path, path.read_bytes() if path.exists() else None))

    def undo(self) -> None:
        for path, old in reversed(self._before):
            if old is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(old)
        self._before.clear()


def _free_path(store: DocumentStore, relative: str) -> str:
    stem, dot, extension = relative.rpartition(".")
    if not dot:
        stem, extension = relative, ""
    n = 2
    while True:
        candidate = f"{stem}-{n}.{extension}" if extension else f"{stem}-{n}"
        if not store.path_of(candidate).exists():
            return candidate
        n += 1
