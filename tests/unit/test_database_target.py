"""Which database to open: server addresses checked and written one way (never with a
password), the form's fields made into an address, a file checked before anything is
closed, and a server that cannot be reached said in words — without a server. With one
(TREATYDESK_TEST_PG_URL, .ci/pg), the login itself: accepted, refused, missing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app.config import sqlite_url
from app.context import Workspace
from app.database_target import (
    build_server_url,
    check_database_file,
    check_server,
    is_server_url,
    public_url,
    server_fields,
    split_server_url,
)
from app.errors import DomainError
from app.security import PassphraseRequiredError, WrongPassphraseError
from tests.conftest import pg_server

UNREACHABLE = "postgresql+psycopg://alice@127.0.0.1:1/cases"  # nothing listens on port 1


@pytest.mark.parametrize(
    ("text", "url", "password"),
    [
        (
            "postgresql+psycopg://alice@db.example.org:5433/cases",
            "postgresql+psycopg://alice@db.example.org:5433/cases",
            None,
        ),
        ("  postgresql://alice@db/cases ", "postgresql+psycopg://alice@db/cases", None),
        ("postgres://alice:s3cret@db/cases", "postgresql+psycopg://alice@db/cases", "s3cret"),
        (
            "postgresql+psycopg://al%40ice:p%40ss@db/cases",
            "postgresql+psycopg://al%40ice@db/cases",
            "p@ss",
        ),
        ("postgresql+psycopg:///cases", "postgresql+psycopg:///cases", None),  # local socket
    ],
)
def test_server_addresses_are_written_one_way_without_their_password(
    text: str, url: str, password: str | None
) -> None:
    assert split_server_url(text) == (url, password)
    assert is_server_url(text)
    assert ":s3cret" not in public_url(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Type the server's address"),
        ("db.example.org/cases", "is not a database server address"),
        ("not a url at all", "is not a database server address"),
        ("postgresql+psycopg://alice@db:port/cases", "is not a database server address"),
        ("postgresql+psycopg://alice@db:70000/cases", "70000 is not a port number"),
        ("mysql://alice@db/cases", "works with PostgreSQL servers"),
        ("sqlite:////home/alice/cases.sqlite", "choose “File”"),
        ("postgresql+psycopg://alice@db.example.org", "names no database"),
    ],
)
def test_a_bad_address_is_said_in_words(text: str, message: str) -> None:
    with pytest.raises(DomainError, match=message):
        split_server_url(text)


def test_the_form_builds_the_address() -> None:
    assert (
        build_server_url(host=" db.example.org ", port=5433, database="cases", user="alice")
        == "postgresql+psycopg://alice@db.example.org:5433/cases"
    )
    assert build_server_url(host="10.0.0.5", database="td") == "postgresql+psycopg://10.0.0.5/td"
    odd = build_server_url(host="db", database="cases", user="m.dupont@ngo")
    assert make_url(odd).username == "m.dupont@ngo"  # quoted, and read back as typed
    assert server_fields(odd).user == "m.dupont@ngo"
    fields = server_fields("postgresql+psycopg://alice@db.example.org:5433/cases")
    assert (fields.host, fields.port, fields.database, fields.user) == (
        "db.example.org",
        5433,
        "cases",
        "alice",
    )
    for kwargs, field in [
        ({"host": "", "database": "cases"}, "host"),
        ({"host": "db:5432", "database": "cases"}, "host"),
        ({"host": "db/x", "database": "cases"}, "host"),
        ({"host": "db", "database": ""}, "database"),
        ({"host": "db", "database": "a/b"}, "database"),
        ({"host": "db", "database": "cases", "port": 0}, "port"),
    ]:
        with pytest.raises(DomainError) as caught:
            build_server_url(**kwargs)  # type: ignore[arg-type]
        assert caught.value.field == field


def test_an_unreachable_server_is_said_in_words() -> None:
    with pytest.raises(DomainError, match="Cannot reach the database server for alice on "):
        check_server(UNREACHABLE, "a password")
    with pytest.raises(DomainError, match="not a database server address"):
        check_server("nonsense", None)


def test_a_database_file_is_checked_before_anything_is_closed(
    tmp_path: Path, empty_workspace: Workspace
) -> None:
    real = empty_workspace.database_file
    assert real is not None
    assert check_database_file(str(real)) == real.resolve()
    assert not is_server_url(str(real)) and not is_server_url(sqlite_url(real))
    with pytest.raises(DomainError, match="There is no file"):
        check_database_file(tmp_path / "missing.sqlite")
    with pytest.raises(DomainError, match="is a folder"):
        check_database_file(tmp_path)
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Meeting notes, not a database.", encoding="utf-8")
    with pytest.raises(DomainError):
        check_database_file(notes)
    with pytest.raises(DomainError, match="Choose the database file"):
        check_database_file("  ")


@pytest.fixture
def empty_workspace(paths, tmp_path: Path, clock) -> Iterator[Workspace]:
    from app.context import open_workspace

    workspace = open_workspace(sqlite_url(tmp_path / "mine.sqlite"), paths, clock=clock)
    yield workspace
    workspace.close()


@pytest.fixture
def lawyer(db_url: str, request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """A login role with a password on the test database; (address without password, role)."""
    server = pg_server(request.config)
    database = make_url(db_url).database
    assert database is not None
    role = f"carol_{uuid.uuid4().hex[:6]}"
    server.role(role, f"pw-{role}", database)
    url = make_url(db_url)._replace(username=role, password=None)
    yield url.render_as_string(hide_password=False), role
    server.drop(database)
    server.drop_role(role)


@pytest.mark.postgresql_only
def test_logging_in_to_a_real_server(lawyer: tuple[str, str]) -> None:
    url, role = lawyer
    check_server(url, f"pw-{role}")  # accepted: nothing raised
    with pytest.raises(WrongPassphraseError, match=f"Wrong password for {role}"):
        check_server(url, "not-her-password")
    with pytest.raises(PassphraseRequiredError, match=f"asks for the password of {role}"):
        check_server(url, None)
    other = make_url(url).set(database="no_such_db").render_as_string(hide_password=False)
    with pytest.raises(DomainError, match="no such database or login"):
        check_server(other, f"pw-{role}")
