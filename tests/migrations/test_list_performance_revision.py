"""Revision 0007 (indexes for the lists, people's name sort key): data survives both ways;
existing people get their key; a rename resets it; the people's full-text triggers stay."""

from __future__ import annotations

from sqlalchemy import inspect, text

PERSON = (
    "INSERT INTO people (full_name, original_script_name, pseudonym, sex, contact, safety_notes,"
    " consent_to_be_named, consent_form, notes, uuid, created_at, updated_at, version)"
    " VALUES (:name, '', 'A.N.', 'female', '', '', false, '', '', :uuid,"
    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
)


def _columns(engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("people")}


def _indexes(engine, table: str) -> set[str]:
    return {i["name"] for i in inspect(engine).get_indexes(table)}


def test_name_keys_and_indexes_come_and_go_and_the_data_stays(
    alembic_runner, alembic_engine
) -> None:
    alembic_runner.migrate_up_to("0006")
    with alembic_engine.begin() as conn:
        conn.execute(text(PERSON), {"name": "Ёлкин Ерлан", "uuid": "p-1"})
        conn.execute(text(PERSON), {"name": "Aliya Nurpeisova", "uuid": "p-2"})
    alembic_runner.migrate_up_to("0007")
    assert "name_key" in _columns(alembic_engine)
    assert "ix_perf_cases_title" in _indexes(alembic_engine, "cases")
    assert "ix_perf_people_name_key" in _indexes(alembic_engine, "people")
    with alembic_engine.begin() as conn:
        keys = dict(conn.execute(text("SELECT full_name, name_key FROM people")).all())
        assert keys["Ёлкин Ерлан"].startswith("елкин ерлан")
        assert keys["Aliya Nurpeisova"] < keys["Ёлкин Ерлан"]
        conn.execute(text("UPDATE people SET full_name = 'Ерлан Ёлкин' WHERE uuid = 'p-1'"))
        assert conn.scalar(text("SELECT name_key FROM people WHERE uuid = 'p-1'")) is None
        conn.execute(text("UPDATE people SET pseudonym = 'E.Y.' WHERE uuid = 'p-2'"))
        assert conn.scalar(text("SELECT name_key FROM people WHERE uuid = 'p-2'")) is not None
    alembic_runner.migrate_down_one()
    assert "name_key" not in _columns(alembic_engine)
    assert "ix_perf_cases_title" not in _indexes(alembic_engine, "cases")
    with alembic_engine.begin() as conn:
        names = sorted(conn.scalars(text("SELECT full_name FROM people")))
        assert names == ["Aliya Nurpeisova", "Ерлан Ёлкин"]
        if alembic_engine.dialect.name == "sqlite":  # the full-text triggers survived
            conn.execute(text(PERSON), {"name": "Zarina Testova", "uuid": "p-3"})
            found = conn.scalar(
                text("SELECT count(*) FROM search_index WHERE search_index MATCH 'zarina'")
            )
            assert found == 1
    alembic_runner.migrate_up_one()
    with alembic_engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM people WHERE name_key IS NULL")) == 0
