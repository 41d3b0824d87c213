"""Shared fixtures: every test gets its own data folder and a database built by the migrations."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.config import ENV_DATA_DIR, Paths, sqlite_url
from app.db import SessionFactory, make_engine, make_session_factory
from app.migrate import upgrade

FIXED_TODAY = date(2026, 11, 22)

_TEMPLATE: dict[str, bytes] = {}


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder or database."""
    data = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(data))
    monkeypatch.delenv("TREATYDESK_DB_URL", raising=False)
    return data


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    p = Paths(data_dir)
    p.ensure()
    return p


def _migrated_file(path: Path) -> None:
    """Copy of a database migrated to head once per test session (the migration runs for real)."""
    if "head" not in _TEMPLATE:
        template = path.parent / "template.sqlite"
        engine = make_engine(sqlite_url(template))
        upgrade(engine)
        engine.dispose()
        _TEMPLATE["head"] = template.read_bytes()
        template.unlink()
    path.write_bytes(_TEMPLATE["head"])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "test.sqlite"
    _migrated_file(path)
    return path


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = make_engine(sqlite_url(db_path))
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> SessionFactory:
    return make_session_factory(engine)


@pytest.fixture
def today() -> date:
    return FIXED_TODAY


@pytest.fixture
def clock(today: date):
    return lambda: today
