"""Revision 0006 (case bundles' sync records): earlier data survives it both ways; the new
table holds what a bundle sent and keeps one row per bundle and record."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

PERSON = (
    "INSERT INTO people (full_name, original_script_name, pseudonym, sex, contact, safety_notes,"
    " consent_to_be_named, consent_form, notes, uuid, created_at, updated_at, version)"
    " VALUES ('Алия Нурпеисова', '', 'A.N.', 'female', '', '', false, '', '', 'p-1',"
    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
)
SYNC = (
    "INSERT INTO sync_records (bundle_id, direction, table_name, record_uuid, case_uuid,"
    " fields, synced_at) VALUES (:bundle, :direction, 'people', 'p-1', NULL,"
    ' \'{"full_name": "ab12"}\', CURRENT_TIMESTAMP)'
)


def test_sync_records_come_and_go_and_the_data_stays(alembic_runner, alembic_engine) -> None:
    alembic_runner.migrate_up_to("0005")
    with alembic_engine.begin() as conn:
        conn.execute(text(PERSON))
    alembic_runner.migrate_up_to("0006")
    assert "sync_records" in inspect(alembic_engine).get_table_names()
    with alembic_engine.begin() as conn:
        assert conn.scalar(text("SELECT full_name FROM people")) == "Алия Нурпеисова"
        conn.execute(text(SYNC), {"bundle": "b-1", "direction": "export"})
        conn.execute(text(SYNC), {"bundle": "b-2", "direction": "import"})
    with pytest.raises(IntegrityError), alembic_engine.begin() as conn:
        conn.execute(text(SYNC), {"bundle": "b-1", "direction": "export"})  # same record twice
    with pytest.raises(IntegrityError), alembic_engine.begin() as conn:
        conn.execute(text(SYNC), {"bundle": "b-3", "direction": "sideways"})
    with alembic_engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM sync_records")) == 2
    alembic_runner.migrate_down_one()
    assert "sync_records" not in inspect(alembic_engine).get_table_names()
    with alembic_engine.connect() as conn:
        assert conn.scalar(text("SELECT full_name FROM people")) == "Алия Нурпеисова"
    alembic_runner.migrate_up_one()
    with alembic_engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM sync_records")) == 0
        assert conn.scalar(text("SELECT count(*) FROM people")) == 1
