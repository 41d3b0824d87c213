"""The unit of work turns a write that lost a race into a conflict, not a crash."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.db import SessionFactory
from app.errors import ConflictError
from app.services.base import Service
from models import Country


class _Probe(Service):
    def rename_after_read(self, on_read) -> None:
        with self._uow("country") as session:
            country = session.scalars(select(Country).where(Country.code == "KZ")).one()
            on_read()
            country.name = "Kazakhstan (edited here)"


def test_a_write_racing_another_commit_is_a_conflict(session_factory: SessionFactory) -> None:
    def other_user_commits() -> None:
        with session_factory() as other, other.begin():
            other.execute(
                update(Country)
                .where(Country.code == "KZ")
                .values(name="Kazakhstan (edited elsewhere)", version=Country.version + 1)
            )

    with pytest.raises(ConflictError, match="changed elsewhere"):
        _Probe(session_factory).rename_after_read(other_user_commits)
    with session_factory() as s:
        name = s.scalar(select(Country.name).where(Country.code == "KZ"))
    assert name == "Kazakhstan (edited elsewhere)"
