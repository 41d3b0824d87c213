"""Revision 0004 (audit trail append-only): triggers refuse UPDATE and DELETE on
audit_entries; entries written before survive it both ways."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

ENTRY = (
    "INSERT INTO audit_entries (at, actor, action, table_name, record_id, summary, changes,"
    " uuid, created_at, updated_at, version) VALUES (CURRENT_TIMESTAMP, 'lawyer', 'create',"
    " 'cases', 1, 'Created case “KZ-CCPR-2137”', '{}', :uuid, CURRENT_TIMESTAMP,"
    " CURRENT_TIMESTAMP, 1)"
)


TRIGGERS = {
    "sqlite": {"audit_entries_no_update", "audit_entries_no_delete"},
    "postgresql": {"audit_entries_append_only"},
}


def _triggers(conn) -> set[str]:
    if conn.dialect.name == "postgresql":
        sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return set(conn.scalars(text(sql)).all())


def test_audit_entries_become_append_only(alembic_runner, alembic_engine) -> None:
    alembic_runner.migrate_up_to("0003")
    with alembic_engine.begin() as conn:
        conn.execute(text(ENTRY), {"uuid": "a-1"})
        conn.execute(text("UPDATE audit_entries SET actor = 'still allowed before 0004'"))
    alembic_runner.migrate_up_to("0004")
    with alembic_engine.begin() as conn:
        assert _triggers(conn) >= TRIGGERS[conn.dialect.name]
        conn.execute(text(ENTRY), {"uuid": "a-2"})  # appending is fine
        assert conn.scalar(text("SELECT count(*) FROM audit_entries")) == 2
    for statement in ("UPDATE audit_entries SET actor = 'x'", "DELETE FROM audit_entries"):
        with pytest.raises(IntegrityError, match="append-only"), alembic_engine.begin() as conn:
            conn.execute(text(statement))
    alembic_runner.migrate_down_one()
    with alembic_engine.begin() as conn:
        assert not TRIGGERS[conn.dialect.name] & _triggers(conn)
        assert conn.scalar(text("SELECT count(*) FROM audit_entries")) == 2
