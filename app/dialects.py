"""What differs between SQLite and PostgreSQL, behind one function each.

Services build their queries with these and never ask which database they run on:

- `folded(column)` / `same_text(column, value)`: case-insensitive comparison in any script.
  SQLite's own lower() folds ASCII letters only ("КЗ" stays "КЗ"), so on SQLite it is a
  Python function registered on every connection (`register_sqlite_functions`, called by
  app.db); PostgreSQL's lower() already folds every script in a UTF-8 database.
- `is_write_conflict(exc)`: the database refused a write because another session got there
  first (SQLite: locked or a stale snapshot; PostgreSQL: a serialization failure, a
  deadlock, or a lock that could not be taken). The unit of work turns it into a
  ConflictError, like a version mismatch.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String

SQLITE_FOLD = "td_fold"
# PostgreSQL SQLSTATEs of a write that lost a race: serialization_failure, deadlock_detected,
# lock_not_available.
_PG_CONFLICT_STATES = frozenset({"40001", "40P01", "55P03"})


def fold_text(value: str | None) -> str | None:
    """The Python side of `folded`: the same folding as the SQL side on both backends."""
    return None if value is None else value.lower()


class folded(FunctionElement[str]):
    """lower() in every script: `folded(Case.reference) == fold_text(typed)`."""

    type = String()
    inherit_cache = True
    name = "folded"


@compiles(folded)
def _folded_default(element: folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(folded, "sqlite")
def _folded_sqlite(element: folded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{SQLITE_FOLD}({compiler.process(element.clauses, **kw)})"


def same_text(column: Any, value: str) -> ColumnElement[bool]:
    """`column` equals `value` whatever the case of either, in any script."""
    return folded(column) == fold_text(value)


def register_sqlite_functions(dbapi_connection: Any) -> None:
    """Give a new SQLite connection the functions `folded` compiles to."""
    dbapi_connection.create_function(SQLITE_FOLD, 1, fold_text, deterministic=True)


def is_write_conflict(exc: BaseException) -> bool:
    """Did the database refuse a write because another session changed the data first?"""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)  # psycopg's SQLSTATE; SQLite has none
    if state in _PG_CONFLICT_STATES:
        return True
    text = str(orig)
    return "database is locked" in text or "database is busy" in text
