"""The database backends the tests run on: SQLite always, PostgreSQL when a server is given.

`TREATYDESK_TEST_PG_URL` (or `pytest --pg URL`) names a PostgreSQL database the tests may
use to create others (its role needs CREATEDB; `.ci/pg` starts a throw-away server with
such a role). Each test that asks for a database gets a fresh one: a copy of a template
database migrated to head once per test session (`CREATE DATABASE ... TEMPLATE`, a few
hundredths of a second), dropped when the test ends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

PG_ENV = "TREATYDESK_TEST_PG_URL"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
BACKENDS = (SQLITE, POSTGRESQL)


class PostgresServer:
    """Databases made and dropped on the server behind `url` for one test session."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        if parsed.get_backend_name() != POSTGRESQL:
            raise ValueError(f"{PG_ENV} must be a postgresql+psycopg:// URL, not {url!r}")
        if parsed.drivername == POSTGRESQL:
            parsed = parsed.set(drivername="postgresql+psycopg")
        self.url: URL = parsed
        self._prefix = f"td_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self._admin: Engine | None = None
        self._template: str | None = None
        self._count = 0

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    @property
    def admin(self) -> Engine:
        if self._admin is None:
            self._admin = create_engine(
                self.url.set(database="postgres"), isolation_level="AUTOCOMMIT"
            )
        return self._admin

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def create(self, *, migrated: bool) -> str:
        """A new database: empty, or a copy of the template migrated to head."""
        self._count += 1
        name = f"{self._prefix}_{self._count}"
        if migrated:
            template = self._migrated_template()
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        else:
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @contextmanager
    def database(self, *, migrated: bool) -> Iterator[str]:
        """A fresh database's URL for the length of the block."""
        name = self.create(migrated=migrated)
        try:
            yield self.url_of(name)
        finally:
            self.drop(name)

    def _migrated_template(self) -> str:
        if self._template is None:
            from app.db import make_engine
            from app.migrate import upgrade

            name = f"{self._prefix}_template"
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            engine = make_engine(self.url_of(name))
            try:
                upgrade(engine)
            finally:
                engine.dispose()  # a template must have no open connection
            self._template = name
        return self._template

    def role(self, name: str, password: str, database: str) -> None:
        """A login role that may use (not own) `database`: a second user of the same server."""
        self._execute(f'DROP ROLE IF EXISTS "{name}"')
        self._execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")
        url = self.url_of(database)
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                for sql in (
                    f'GRANT CONNECT ON DATABASE "{database}" TO "{name}"',
                    f'GRANT USAGE ON SCHEMA public TO "{name}"',
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                    f'TO "{name}"',
                    f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{name}"',
                ):
                    conn.execute(text(sql))
        finally:
            engine.dispose()

    def drop_role(self, name: str) -> None:
        self._execute(f'DROP ROLE IF EXISTS "{name}"')

    def close(self) -> None:
        if self._template is not None:
            self.drop(self._template)
            self._template = None
        if self._admin is not None:
            self._admin.dispose()
            self._admin = None
