"""full-text search index (SQLite FTS5), kept in step by triggers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

One FTS5 table, `search_index`, over case references, titles, numbers, symbols, summaries
and notes; people's names, original-script names and pseudonyms; follow-up summaries and
decisions; recommendation themes and texts. The tokenizer (unicode61, remove_diacritics 2)
folds case in every script and drops diacritics ("sergazy" finds "Sérgazy", "алия" finds
"Алия"); "ё" is indexed as "е". A row's rowid is the record's id * 8 + its kind (1 case,
2 person, 3 follow-up event, 4 recommendation), so triggers replace a row without a scan.

On PostgreSQL this revision does nothing: the application falls back to ILIKE there.
Downgrading drops the triggers and the table; no data of the records changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZER = "unicode61 remove_diacritics 2"

# kind, table, the indexed columns
SOURCES: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "cases", ("reference", "title", "communication_number", "symbol", "summary", "notes")),
    (2, "people", ("full_name", "original_script_name", "pseudonym")),
    (3, "followup_events", ("symbol", "summary", "decision")),
    (4, "recommendations", ("theme", "recommendation_text", "concern_text")),
)


def body_sql(prefix: str, columns: Sequence[str]) -> str:
    """The indexed text of a row as SQL: its columns joined, "ё" written as "е"."""
    joined = " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in columns)
    return f"replace(replace({joined}, 'ё', 'е'), 'Ё', 'Е')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        f"CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize='{TOKENIZER}', prefix='2 3')"
    )
    for kind, table, columns in SOURCES:
        op.execute(
            f"INSERT INTO search_index(rowid, body) "
            f"SELECT id * 8 + {kind}, {body_sql('', columns)} FROM {table}"
        )
        new_row = f"INSERT INTO search_index(rowid, body) VALUES (new.id * 8 + {kind}, " + (
            f"{body_sql('new.', columns)}); "
        )
        old_row = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {kind}; "
        op.execute(
            f"CREATE TRIGGER search_index_{table}_ai AFTER INSERT ON {table} BEGIN {new_row}END"
        )
        op.execute(
            f"CREATE TRIGGER search_index_{table}_au AFTER UPDATE OF {', '.join(columns)} "
            f"ON {table} BEGIN {old_row}{new_row}END"
        )
        op.execute(
            f"CREATE TRIGGER search_index_{table}_ad AFTER DELETE ON {table} BEGIN {old_row}END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for _kind, table, _columns in SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
