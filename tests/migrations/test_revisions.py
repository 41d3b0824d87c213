"""Each revision: data written before it survives the upgrade and the downgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.config import sqlite_url
from app.db import make_engine
from app.errors import DomainError
from app.migrate import alembic_config, current_revision, head_revision, integrity_check, upgrade

PERSON = (
    "INSERT INTO people (full_name, original_script_name, pseudonym, sex, contact, safety_notes,"
    " consent_to_be_named, consent_form, notes, uuid, created_at, updated_at, version)"
    " VALUES (:name, '', 'A.N.', 'female', '', '', false, '', '', :uuid, CURRENT_TIMESTAMP,"
    " CURRENT_TIMESTAMP, 1)"
)


def test_person_survives_reference_data_migration(alembic_runner, alembic_engine) -> None:
    alembic_runner.migrate_up_to("0001")
    with alembic_engine.begin() as conn:
        conn.execute(text(PERSON), {"name": "Алия Нурпеисова", "uuid": "u-1"})
    alembic_runner.migrate_up_to("0002")
    with alembic_engine.connect() as conn:
        assert conn.scalar(text("SELECT full_name FROM people")) == "Алия Нурпеисова"
        assert conn.scalar(text("SELECT count(*) FROM treaty_bodies")) == 9
        ccpr_followup = conn.execute(
            text("SELECT followup_value, followup_unit FROM treaty_bodies WHERE code='CCPR'")
        ).one()
        assert tuple(ccpr_followup) == (180, "days")
        art7 = conn.scalar(
            text(
                "SELECT a.title FROM treaty_articles a JOIN treaty_bodies b ON b.id = a.body_id"
                " WHERE b.code = 'CCPR' AND a.number = '7'"
            )
        )
        assert art7 == "Freedom from torture or cruel, inhuman or degrading treatment"
        assert conn.scalar(text("SELECT name FROM countries WHERE code='KZ'")) == "Kazakhstan"
    alembic_runner.migrate_down_one()
    with alembic_engine.connect() as conn:
        assert conn.scalar(text("SELECT full_name FROM people")) == "Алия Нурпеисова"
        assert conn.scalar(text("SELECT count(*) FROM treaty_bodies")) == 0


def test_reference_uuids_are_the_same_in_every_installation(tmp_path: Path) -> None:
    uuids = []
    for name in ("a", "b"):
        engine = make_engine(sqlite_url(tmp_path / f"{name}.sqlite"))
        upgrade(engine)
        with engine.connect() as conn:
            uuids.append(conn.execute(text("SELECT code, uuid FROM treaty_bodies")).all())
        engine.dispose()
    assert sorted(uuids[0]) == sorted(uuids[1])


def test_constraints_protect_closed_vocabularies(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "c.sqlite"))
    upgrade(engine)
    with pytest.raises(Exception, match="CHECK constraint failed"), engine.begin() as conn:
        conn.execute(text(PERSON.replace("'female'", "'robot'")), {"name": "X", "uuid": "u"})
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO case_parties (case_id, person_id, role, position, notes, uuid,"
                " created_at, updated_at, version) VALUES (999, 999, 'victim', 0, '', 'p',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
            )
        )
    engine.dispose()


def test_upgrade_backs_up_a_database_with_data_first(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(db))
    config = alembic_config()
    from alembic import command

    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.execute(text(PERSON), {"name": "Ivan Petrov", "uuid": "u-2"})

    backup = upgrade(engine, backup_dir=tmp_path / "backups")

    assert current_revision(engine) == head_revision()
    assert backup is not None and backup.exists()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT full_name FROM people").fetchall() == [("Ivan Petrov",)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    copy.close()
    assert integrity_check(engine) == []
    # Already at head: nothing to do, no further backup.
    assert upgrade(engine, backup_dir=tmp_path / "backups") is None
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "new.sqlite"))
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DomainError, match="newer version of TreatyDesk"):
        upgrade(engine, backup_dir=tmp_path / "b")
    assert current_revision(engine) == "9999"
    engine.dispose()
