"""shadow reports: sections, linked recommendations and cases

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 00:29:29.493752

New tables only: a shadow report belongs to a review (deleting the review is refused
while a report exists); its sections are ordered by a unique position; the links of a
section to recommendations and cases go with either side.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shadow_reports",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("word_limit", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), server_default="en", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_shadow_reports_review_id_reviews"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shadow_reports")),
        sa.UniqueConstraint("uuid", name=op.f("uq_shadow_reports_uuid")),
    )
    with op.batch_alter_table("shadow_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shadow_reports_review_id"), ["review_id"], unique=False
        )

    op.create_table(
        "shadow_sections",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("article", sa.String(length=64), server_default="", nullable=False),
        sa.Column("theme", sa.String(length=500), server_default="", nullable=False),
        sa.Column("heading", sa.String(length=500), server_default="", nullable=False),
        sa.Column("facts", sa.Text(), server_default="", nullable=False),
        sa.Column("state_action", sa.Text(), server_default="", nullable=False),
        sa.Column("include_state_record", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("ngo_recommendations", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["shadow_reports.id"],
            name=op.f("fk_shadow_sections_report_id_shadow_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shadow_sections")),
        sa.UniqueConstraint(
            "report_id", "position", name=op.f("uq_shadow_sections_report_id_position")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_shadow_sections_uuid")),
    )
    op.create_table(
        "shadow_section_cases",
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_shadow_section_cases_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["shadow_sections.id"],
            name=op.f("fk_shadow_section_cases_section_id_shadow_sections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("section_id", "case_id", name=op.f("pk_shadow_section_cases")),
    )
    with op.batch_alter_table("shadow_section_cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shadow_section_cases_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "shadow_section_recommendations",
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_shadow_section_recommendations_recommendation_id_recommendations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["shadow_sections.id"],
            name=op.f("fk_shadow_section_recommendations_section_id_shadow_sections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "section_id", "recommendation_id", name=op.f("pk_shadow_section_recommendations")
        ),
    )
    with op.batch_alter_table("shadow_section_recommendations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shadow_section_recommendations_recommendation_id"),
            ["recommendation_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("shadow_section_recommendations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shadow_section_recommendations_recommendation_id"))

    op.drop_table("shadow_section_recommendations")
    with op.batch_alter_table("shadow_section_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shadow_section_cases_case_id"))

    op.drop_table("shadow_section_cases")
    op.drop_table("shadow_sections")
    with op.batch_alter_table("shadow_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shadow_reports_review_id"))

    op.drop_table("shadow_reports")
