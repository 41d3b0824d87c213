"""indexes for the lists at scale; people's name sort key

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

The cases list sorts 50,000 cases by title, decision date, lead lawyer... and counts victims
per case; without an index each of these is a full scan of the wide `cases` rows and a sort
(100-400 ms). Indexes named `ix_perf_*` make each an index scan. They are derived data, kept
out of the models (see migrations/env.py), like the full-text index of 0005.

`people.name_key` is the people registry's sort key: the name case-folded, accents dropped
(Ё sorts with Е, "Sérgazy" with "Sergazy"), so that an index gives the order of the Unicode
collation for Latin, Cyrillic and Arabic names without reading 500,000 names. It is filled
here, reset to NULL by a trigger whenever a full name changes, and filled again by the
listing service (app/services/listing.py `name_sort_key`, the same function as below) for
the rows whose key is NULL (new or renamed people). It is not part of the models, so exports
and bundles never carry it.

Downgrading drops the indexes, the trigger and the column; no record changes.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name, table, columns
INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_perf_cases_title", "cases", ("title",)),
    ("ix_perf_cases_decision_date", "cases", ("decision_date",)),
    ("ix_perf_cases_outcome_decision_date", "cases", ("outcome", "decision_date")),
    ("ix_perf_cases_lead_lawyer", "cases", ("lead_lawyer",)),
    ("ix_perf_cases_communication_number", "cases", ("communication_number",)),
    ("ix_perf_cases_updated_at", "cases", ("updated_at",)),
    ("ix_perf_case_parties_case_role", "case_parties", ("case_id", "role")),
    ("ix_perf_case_parties_role_person", "case_parties", ("role", "person_id")),
    ("ix_perf_people_name_key", "people", ("name_key",)),
    # The State's first follow-up reply per decided case (the deadlines of every list page).
    (
        "ix_perf_followup_events_kind_case_date",
        "followup_events",
        ("kind", "case_id", "event_date"),
    ),
)
TRIGGER = "people_name_key_reset"
_BATCH = 5000


def name_sort_key(name: str) -> str:
    """Frozen copy of app.services.listing.name_sort_key (a migration never imports app)."""
    folded = unicodedata.normalize("NFC", name or "").casefold().strip()
    decomposed = unicodedata.normalize("NFKD", folded).replace("и\u0306", "й")
    primary = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return f"{primary}\x01{folded}"


def upgrade() -> None:
    bind = op.get_bind()
    # A plain ALTER TABLE on SQLite too: a batch "move and copy" would drop the people's
    # full-text triggers (0005).
    op.execute("ALTER TABLE people ADD COLUMN name_key VARCHAR(600)")
    people = sa.table("people", sa.column("id"), sa.column("full_name"), sa.column("name_key"))
    keys: dict[str, str] = {}
    pending: list[dict[str, object]] = []
    update = sa.text("UPDATE people SET name_key = :k WHERE id = :i")
    for person_id, full_name in bind.execute(sa.select(people.c.id, people.c.full_name)):
        key = keys.get(full_name)
        if key is None:
            key = keys[full_name] = name_sort_key(full_name)
        pending.append({"k": key, "i": person_id})
        if len(pending) >= _BATCH:
            bind.execute(update, pending)
            pending = []
    if pending:
        bind.execute(update, pending)
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns))
    if bind.dialect.name == "sqlite":
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER UPDATE OF full_name ON people "
            "BEGIN UPDATE people SET name_key = NULL WHERE id = new.id; END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute(
            f"CREATE FUNCTION {TRIGGER}() RETURNS trigger AS $$ BEGIN "
            "NEW.name_key := NULL; RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            f"CREATE TRIGGER {TRIGGER} BEFORE UPDATE OF full_name ON people "
            f"FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name) "
            f"EXECUTE FUNCTION {TRIGGER}()"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    elif bind.dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON people")
        op.execute(f"DROP FUNCTION IF EXISTS {TRIGGER}()")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.execute("ALTER TABLE people DROP COLUMN name_key")  # SQLite 3.35+, PostgreSQL
