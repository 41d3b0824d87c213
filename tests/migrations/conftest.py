"""pytest-alembic wiring: our in-code Alembic config, and an empty database of the test's own:
a real SQLite file with our pragmas, and (with a PostgreSQL server, see tests/backends.py) a
new empty PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.config import Config
from sqlalchemy import Engine

from app.config import sqlite_url
from app.db import make_engine
from app.migrate import alembic_config as make_alembic_config
from tests.backends import SQLITE
from tests.conftest import pg_server


@pytest.fixture
def alembic_config() -> Config:
    return make_alembic_config()


@pytest.fixture
def alembic_engine(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> Iterator[Engine]:
    if backend == SQLITE:
        engine = make_engine(sqlite_url(tmp_path / "alembic.sqlite"))
        yield engine
        engine.dispose()
        return
    with pg_server(request.config).database(migrated=False) as url:
        engine = make_engine(url)
        yield engine
        engine.dispose()
