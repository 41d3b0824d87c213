"""case bundles: what this installation sent and received (sync_records)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

One new table, the base of the three-way merge of case bundles (see models/sync.py): per
bundle and record, a digest of each field as the bundle held it. Nothing else changes;
downgrading drops the table (bundles imported later then see no common base and report
every difference as a conflict, which is safe).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("case_uuid", sa.String(length=36), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "direction IN ('export', 'import')", name=op.f("ck_sync_records_direction")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_records")),
        sa.UniqueConstraint(
            "bundle_id",
            "table_name",
            "record_uuid",
            name=op.f("uq_sync_records_bundle_id_table_name_record_uuid"),
        ),
    )
    op.create_index("ix_sync_records_record", "sync_records", ["table_name", "record_uuid"])
    op.create_index("ix_sync_records_case", "sync_records", ["bundle_id", "case_uuid"])


def downgrade() -> None:
    op.drop_index("ix_sync_records_case", table_name="sync_records")
    op.drop_index("ix_sync_records_record", table_name="sync_records")
    op.drop_table("sync_records")
