"""pytest-alembic wiring: our in-code Alembic config, a real SQLite file with our pragmas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.config import Config
from sqlalchemy import Engine

from app.config import sqlite_url
from app.db import make_engine
from app.migrate import alembic_config as make_alembic_config


@pytest.fixture
def alembic_config() -> Config:
    return make_alembic_config()


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(sqlite_url(tmp_path / "alembic.sqlite"))
    yield engine
    engine.dispose()
