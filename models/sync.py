"""What this installation sent and received in case bundles: the base of a three-way merge.

One row per record per bundle, written when a bundle is exported (what was sent) and when one
is imported (what was received): the bundle's id, the record (table and uuid), the case it
belongs to, and a digest of each field's value in that bundle. When a later bundle comes
back, the newest bundle both sides know for a record is their common base: a field whose
digest moved since then was changed on that side.

Digests, never values: the table holds no names or text of any record, so it tells nothing
to whoever reads the database without the records (each digest is salted with the bundle
and record, see app.services.bundles.field_digest).

The table is bookkeeping of this installation, not data of the portfolio: it has its own
MetaData (migrations/env.py compares both), so exports, imports and the audit trail, which
walk `models.Base.metadata`, never carry it.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

from models.base import NAMING_CONVENTION

sync_metadata = MetaData(naming_convention=NAMING_CONVENTION)

EXPORT = "export"
IMPORT = "import"

sync_records = Table(
    "sync_records",
    sync_metadata,
    Column("id", Integer, primary_key=True),
    Column("bundle_id", String(36), nullable=False),
    Column("direction", String(8), nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("record_uuid", String(36), nullable=False),
    # The uuid of the case the record belongs to (None for people and tags, shared by cases).
    Column("case_uuid", String(36), nullable=True),
    # {field: digest}, the fields of the record as the bundle held them.
    Column("fields", JSON, nullable=False),
    Column("synced_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("bundle_id", "table_name", "record_uuid"),
    CheckConstraint(f"direction IN ('{EXPORT}', '{IMPORT}')", name="direction"),
    Index("ix_sync_records_record", "table_name", "record_uuid"),
    Index("ix_sync_records_case", "bundle_id", "case_uuid"),
)
