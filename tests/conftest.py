"""Shared fixtures: every test gets its own data folder and a database built by the migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.config import ENV_DATA_DIR, Paths, sqlite_url
from app.db import SessionFactory, make_engine, make_session_factory
from app.migrate import upgrade
from tests.backends import BACKENDS, PG_ENV, POSTGRESQL, SQLITE, PostgresServer

FIXED_TODAY = date(2026, 11, 22)

_TEMPLATE: dict[str, bytes] = {}


# ---------------------------------------------------------------- backends
# Database tests run on SQLite, and also on PostgreSQL when TREATYDESK_TEST_PG_URL (or
# --pg URL) names a server: every test that uses the `engine`/`session_factory` fixtures
# (or `backend`/`db_url`) is parametrised with the ids "sqlite" and "postgresql".
# `@pytest.mark.sqlite_only` keeps a test on SQLite (file bytes, WAL, SQLCipher, the
# backup API). `--backend=postgresql` runs only the PostgreSQL half (CI runs the rest once).


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("treatydesk")
    group.addoption(
        "--pg",
        metavar="URL",
        default=None,
        help=f"also run the database tests on this PostgreSQL server (default: ${PG_ENV}); "
        "its role must be allowed to create databases",
    )
    group.addoption(
        "--backend",
        choices=("all", *BACKENDS),
        default="all",
        help="run the database tests on this backend only; with postgresql, tests that "
        "use no database are left out (default: every backend available)",
    )


def pg_url(config: pytest.Config) -> str | None:
    return config.getoption("--pg") or os.environ.get(PG_ENV) or None


def pg_server(config: pytest.Config) -> PostgresServer:
    server = getattr(config, "_treatydesk_pg", None)
    if server is None:
        url = pg_url(config)
        if url is None:
            raise pytest.UsageError(f"No PostgreSQL server: set {PG_ENV} or run through .ci/pg.")
        server = PostgresServer(url)
        config._treatydesk_pg = server  # type: ignore[attr-defined]
    return server


def selected_backends(config: pytest.Config) -> list[str]:
    chosen = config.getoption("--backend")
    if chosen == POSTGRESQL and pg_url(config) is None:
        raise pytest.UsageError(
            f"--backend=postgresql needs a server: set {PG_ENV} or run through .ci/pg "
            "(see the README, “Run the tests on PostgreSQL”)."
        )
    available = [SQLITE, POSTGRESQL] if pg_url(config) else [SQLITE]
    return available if chosen == "all" else [chosen]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    names = selected_backends(metafunc.config)
    gui = "gui" in Path(str(metafunc.definition.path)).parent.parts  # the window: SQLite only
    if gui or metafunc.definition.get_closest_marker("sqlite_only") is not None:
        names = [n for n in names if n == SQLITE]
    if metafunc.definition.get_closest_marker("postgresql_only") is not None:
        names = [n for n in names if n == POSTGRESQL]
        if not names:
            return  # the `backend` fixture skips it
    if names == [SQLITE] and pg_url(metafunc.config) is None:
        return  # no server: the tests keep their plain ids
    if names:
        metafunc.parametrize("backend", names, indirect=True, ids=names)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--backend") != POSTGRESQL:
        return
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_pg = callspec is not None and callspec.params.get("backend") == POSTGRESQL
        (keep if on_pg else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_unconfigure(config: pytest.Config) -> None:
    server = getattr(config, "_treatydesk_pg", None)
    if server is not None:
        server.close()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The backend of the test's database: "sqlite" or "postgresql"."""
    name = getattr(request, "param", SQLITE)
    if name != POSTGRESQL and request.node.get_closest_marker("postgresql_only") is not None:
        pytest.skip(f"needs a PostgreSQL server: set {PG_ENV} or run through .ci/pg")
    return name


@pytest.fixture
def on_postgresql(backend: str) -> bool:
    return backend == POSTGRESQL


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder or database."""
    data = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(data))
    for var in (
        "TREATYDESK_DB_URL",
        "TREATYDESK_PASSPHRASE",
        "TREATYDESK_NEW_PASSPHRASE",
        "TREATYDESK_BACKUP_PASSPHRASE",
        "TREATYDESK_BUNDLE_PASSPHRASE",
    ):
        monkeypatch.delenv(var, raising=False)
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
def db_url(backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a database of the test's own, migrated to head, on the test's backend."""
    if backend == SQLITE:
        yield sqlite_url(request.getfixturevalue("db_path"))
        return
    with pg_server(request.config).database(migrated=True) as url:
        yield url


@pytest.fixture
def db_actor(db_url: str) -> str:
    """Who the audit trail records: the OS user on SQLite, the database login on a server."""
    from sqlalchemy.engine import make_url

    from app.audit import os_user

    url = make_url(db_url)
    return os_user() if url.get_backend_name() == SQLITE else str(url.username)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
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
