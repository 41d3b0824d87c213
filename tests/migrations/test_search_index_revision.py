"""Revision 0005 (full-text index): built from the rows already there, kept in step by
triggers, dropped on downgrade with every record intact; a no-op on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import inspect, text

PERSON = (
    "INSERT INTO people (full_name, original_script_name, pseudonym, sex, contact, safety_notes,"
    " consent_to_be_named, consent_form, notes, uuid, created_at, updated_at, version)"
    " VALUES (:name, '', '', 'female', '', '', false, '', '', :uuid, CURRENT_TIMESTAMP,"
    " CURRENT_TIMESTAMP, 1)"
)
MATCH = "SELECT rowid FROM search_index WHERE search_index MATCH :q"


def test_search_index_up_and_down(alembic_runner, alembic_engine) -> None:
    alembic_runner.migrate_up_to("0004")
    with alembic_engine.begin() as conn:
        conn.execute(text(PERSON), {"name": "Алия Нурпеисова", "uuid": "p-1"})
    alembic_runner.migrate_up_to("0005")
    sqlite = alembic_engine.dialect.name == "sqlite"
    with alembic_engine.begin() as conn:
        assert inspect(conn).has_table("search_index") is sqlite
        if sqlite:
            person = conn.scalar(text("SELECT id FROM people"))
            assert conn.scalars(text(MATCH), {"q": '"алия"'}).all() == [person * 8 + 2]
            conn.execute(text(PERSON), {"name": "Sérgazy Toregozhin", "uuid": "p-2"})
            found = conn.scalars(text(MATCH), {"q": '"sergazy"'}).all()
            assert len(found) == 1
            conn.execute(text("DELETE FROM people WHERE uuid = 'p-2'"))
            assert conn.scalars(text(MATCH), {"q": '"sergazy"'}).all() == []
    alembic_runner.migrate_down_one()
    with alembic_engine.begin() as conn:
        assert not inspect(conn).has_table("search_index")
        triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'"
        if sqlite:
            assert conn.scalars(text(triggers)).all() == []
        assert conn.scalar(text("SELECT full_name FROM people")) == "Алия Нурпеисова"
