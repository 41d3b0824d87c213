"""Which database to open: a file on this computer, or a PostgreSQL server (File ▸ Open
database…, the recent databases). No Qt here: the dialog (views/dialogs/open_database.py)
asks, this module checks and says what is wrong in words.

A server is named by a URL without its password — `postgresql+psycopg://alice@db:5432/cases`
— which is what the recent databases keep; the password is typed each time (or found by
libpq in PGPASSWORD or ~/.pgpass) and travels beside the URL, never inside a URL that is
kept or shown. Driver errors (no such host, connection refused, password refused) become
plain sentences in app.db.open_server_engine; the ones about the address itself are here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.db import open_server_engine
from app.errors import DomainError
from app.security import FileState, database_file_state, not_a_database_message

SERVER_DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CHECK_TIMEOUT_S = 10
"""A server that does not answer within this many seconds is said to be unreachable."""
EXAMPLE_URL = "postgresql+psycopg://alice@db.example.org:5432/treatydesk"
_POSTGRES_NAMES = ("postgresql", "postgres")
_BAD_NAME_CHARACTERS = frozenset("/?#@: \t\r\n\x00")


@dataclass(frozen=True)
class ServerFields:
    """The parts of a server URL, for a form."""

    host: str
    port: int | None
    database: str
    user: str


def is_server_url(text: str) -> bool:
    """Does `text` name a database server (rather than a file path)?"""
    head = text.strip().split("://", 1)[0].lower()
    return "://" in text and head.split("+", 1)[0] in _POSTGRES_NAMES


def _bad_address(text: str) -> DomainError:
    return DomainError(
        f"“{text}” is not a database server address: it should look like {EXAMPLE_URL}.",
        field="url",
    )


def split_server_url(text: str) -> tuple[str, str | None]:
    """The server URL `text` checked and written the one way TreatyDesk keeps it (driver
    postgresql+psycopg, no password), and the password it held, if any. DomainError in
    words for anything that is not a PostgreSQL server address."""
    value = text.strip()
    if not value:
        raise DomainError(f"Type the server's address, such as {EXAMPLE_URL}.", field="url")
    if "\x00" in value or any(c in value for c in "\r\n\t"):
        raise _bad_address(value.replace("\x00", ""))
    if "://" not in value:
        raise _bad_address(value)
    try:
        url = make_url(value)
        port = url.port  # a port that is not a number fails here
    except (ArgumentError, ValueError):
        raise _bad_address(value) from None
    backend = url.drivername.split("+", 1)[0].lower()
    if backend.startswith("sqlite"):
        raise DomainError(
            "That is the address of a database file: choose “File” and the file instead.",
            field="url",
        )
    if backend not in _POSTGRES_NAMES:
        raise DomainError(
            f"TreatyDesk works with PostgreSQL servers ({SERVER_DRIVER}://…), not “{backend}”.",
            field="url",
        )
    if port is not None and not 0 < port < 65536:
        raise DomainError(f"The port {port} is not a port number (1 to 65535).", field="port")
    if not url.database:
        raise DomainError(
            f"The address names no database: add it after the server, as in {EXAMPLE_URL}.",
            field="database",
        )
    password = url.password
    # (URL.set ignores None: a password is taken out by replacing the field)
    clean = url._replace(drivername=SERVER_DRIVER, password=None)
    return clean.render_as_string(hide_password=False), (
        None if password is None else str(password)
    )


def build_server_url(*, host: str, database: str, user: str = "", port: int | None = None) -> str:
    """The URL of a server from a form's fields; DomainError naming the field at fault."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise DomainError(
            "Type the server's name or address (db.example.org, 10.0.0.5).", field="host"
        )
    if any(c in _BAD_NAME_CHARACTERS - {":"} for c in host) or (
        ":" in host and not host.startswith("[")
    ):
        raise DomainError(
            f"“{host}” is not a server name: type only the name or address; the port goes in "
            "its own field.",
            field="host",
        )
    if port is not None and not 0 < port < 65536:
        raise DomainError(f"The port {port} is not a port number (1 to 65535).", field="port")
    if not database:
        raise DomainError("Type the name of the database on the server.", field="database")
    if any(c in "/?#\x00" for c in database):
        raise DomainError(f"“{database}” is not a database name.", field="database")
    if any(c in "\x00\r\n" for c in user):
        raise DomainError(f"“{user}” is not a login name.", field="user")
    url = URL.create(
        SERVER_DRIVER,
        username=user or None,
        host=host.strip("[]"),
        port=port,
        database=database,
    )
    return url.render_as_string(hide_password=False)


def server_fields(url: str) -> ServerFields:
    """A server URL's parts (to fill the form from a recent database)."""
    parsed = make_url(url)
    return ServerFields(
        host=parsed.host or "",
        port=parsed.port,
        database=parsed.database or "",
        user=parsed.username or "",
    )


def public_url(url: str) -> str:
    """The URL without its password: what may be kept and shown."""
    parsed = make_url(url.strip())
    if parsed.password is None:
        return url.strip()
    return parsed._replace(password=None).render_as_string(hide_password=False)


def check_server(url: str, password: str | None = None) -> None:
    """Log in to the server once and leave: DomainError in words when the address is wrong,
    the server unreachable (within CHECK_TIMEOUT_S), the database or login unknown,
    or the password refused (PassphraseRequiredError when one is needed and none was
    given, WrongPassphraseError when the one given is refused)."""
    clean, in_url = split_server_url(url)
    target = make_url(clean)
    if "connect_timeout" not in target.query:
        target = target.update_query_dict({"connect_timeout": str(CHECK_TIMEOUT_S)})
    engine = open_server_engine(
        target.render_as_string(hide_password=False),
        password=password if password else in_url,
    )
    engine.dispose()


def check_database_file(path: Path | str) -> Path:
    """The file to open, checked: it exists, is a file, and is a database (plain or
    encrypted); DomainError in words otherwise."""
    text = str(path).strip()
    if not text:
        raise DomainError("Choose the database file to open.", field="path")
    target = Path(text).expanduser()
    if not target.exists():
        raise DomainError(f"There is no file {target}.", field="path")
    if target.is_dir():
        raise DomainError(f"{target} is a folder, not a database file.", field="path")
    if database_file_state(target) is FileState.NOT_DATABASE:
        raise DomainError(not_a_database_message(target), field="path")
    return target.resolve()
