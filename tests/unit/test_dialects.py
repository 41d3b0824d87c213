"""What differs between the backends, behind one function: the same behaviour on each."""

from __future__ import annotations

import sqlite3

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.db import SessionFactory, session_scope
from app.dialects import is_write_conflict, same_text
from app.services.cases import CaseService
from app.services.dto import CaseInput
from models import Country


def test_text_compares_without_case_in_every_script(session_factory: SessionFactory, clock) -> None:
    cases = CaseService(session_factory, clock=clock)
    cases.create(
        CaseInput(reference="ҚЗ-ЖАЛОБА-1", title="Т. v. Kazakhstan", body="CCPR", state="KZ")
    )
    assert cases.get_by_reference("қз-жалоба-1").reference == "ҚЗ-ЖАЛОБА-1"
    assert cases.get_by_reference("ҚЗ-Жалоба-1").reference == "ҚЗ-ЖАЛОБА-1"
    with session_scope(session_factory) as s:
        assert s.scalar(select(Country.code).where(same_text(Country.name, "KAZAKHSTAN"))) == "KZ"


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__("could not serialize access")
        self.sqlstate = sqlstate


def test_a_write_that_lost_a_race_is_told_apart_from_other_errors() -> None:
    def wrapped(orig: Exception) -> OperationalError:
        return OperationalError("UPDATE cases ...", {}, orig)

    assert is_write_conflict(wrapped(sqlite3.OperationalError("database is locked")))
    assert is_write_conflict(wrapped(_PgError("40001")))  # serialization failure
    assert is_write_conflict(wrapped(_PgError("40P01")))  # deadlock
    assert not is_write_conflict(wrapped(_PgError("42P01")))  # no such table: a bug
    assert not is_write_conflict(wrapped(sqlite3.OperationalError("no such table: cases")))
    assert not is_write_conflict(ValueError("database is locked"))
