"""What every service shares: the unit of work, error translation, lookups, validation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db import SessionFactory, session_scope
from app.dialects import is_write_conflict
from app.errors import ConflictError, DomainError, NotFoundError
from models import Country, TreatyBody
from models.base import Entity

Clock = Callable[[], date]
E = TypeVar("E", bound=Entity)
V = TypeVar("V", bound=StrEnum)

COMMUNICATION_NUMBER = re.compile(r"^\d{1,5}/\d{4}$")
# CCPR/C/112/D/2137/2012, CAT/C/48/D/433/2010, CCPR/C/129/D/3106/2018-3122/2018,
# CEDAW/C/80/D/148/2019, E/C.12/66/D/5/2015
DOCUMENT_SYMBOL = re.compile(r"^[A-Z]+(?:/[A-Za-z0-9.\-]+)+$")

CONFLICT_MESSAGE = (
    "This {what} was changed elsewhere since you opened it (another window or another user). "
    "Nothing was overwritten: reload it and apply your changes again."
)


class Service:
    """Base of every service: a session factory and a clock (so tests can fix 'today')."""

    def __init__(self, session_factory: SessionFactory, *, clock: Clock = date.today) -> None:
        self._session_factory = session_factory
        self._clock = clock

    def today(self) -> date:
        return self._clock()

    @contextmanager
    def _uow(self, what: str = "record") -> Iterator[Session]:
        """A unit of work whose database errors come out as DomainError."""
        try:
            with session_scope(self._session_factory) as session:
                yield session
        except StaleDataError as exc:
            raise ConflictError(CONFLICT_MESSAGE.format(what=what)) from exc
        except IntegrityError as exc:
            raise DomainError(_integrity_message(exc, what)) from exc
        except OperationalError as exc:
            # SQLite in WAL mode: another connection committed between our read and our
            # write (SQLITE_BUSY_SNAPSHOT), or held the lock past the busy timeout;
            # PostgreSQL: a serialization failure or a deadlock with another session.
            if is_write_conflict(exc):
                raise ConflictError(CONFLICT_MESSAGE.format(what=what)) from exc
            raise


def _integrity_message(exc: IntegrityError, what: str) -> str:
    text = str(exc.orig).lower()
    if "unique" in text or "duplicate" in text:
        return f"This {what} would duplicate one that already exists."
    if "foreign key" in text:
        return f"This {what} is still referred to by other records, or refers to a missing one."
    if "check constraint" in text or "not null" in text or "not-null" in text:
        return f"This {what} has a missing or invalid value."
    return f"The {what} could not be saved: {exc.orig}"


def get_or_raise(session: Session, model: type[E], record_id: int, what: str) -> E:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(f"The {what} no longer exists (it may have been deleted).")
    return obj


def check_version(obj: Entity, expected_version: int | None, what: str) -> None:
    """Refuse to write over a record whose version moved since the caller loaded it."""
    if expected_version is not None and obj.version != expected_version:
        raise ConflictError(CONFLICT_MESSAGE.format(what=what), current_version=obj.version)


def body_by_code(session: Session, code: str) -> TreatyBody:
    body = session.scalar(select(TreatyBody).where(TreatyBody.code == code.strip().upper()))
    if body is None:
        known = ", ".join(session.scalars(select(TreatyBody.code).order_by(TreatyBody.code)))
        raise DomainError(f"Unknown treaty body “{code}”. Known bodies: {known}.", field="body")
    return body


def country_by_code(session: Session, code: str, field: str = "state") -> Country:
    value = code.strip()
    country = session.scalar(
        select(Country).where((Country.code == value.upper()) | (Country.alpha3 == value.upper()))
    )
    if country is None and len(value) > 3:
        country = session.scalar(select(Country).where(Country.name == value))
    if country is None:
        raise DomainError(
            f"Unknown country “{code}”: give its ISO code (KZ, UZ) or its name.", field=field
        )
    return country


def require_text(value: str, label: str, field: str, *, max_length: int = 255) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise DomainError(f"{label} is required.", field=field)
    if len(cleaned) > max_length:
        raise DomainError(
            f"{label} is too long ({len(cleaned)} characters; at most {max_length}).", field=field
        )
    _refuse_nul(cleaned, label, field)
    return cleaned


def optional_text(value: str | None, label: str, field: str, *, max_length: int = 255) -> str:
    cleaned = (value or "").strip()
    if len(cleaned) > max_length:
        raise DomainError(
            f"{label} is too long ({len(cleaned)} characters; at most {max_length}).", field=field
        )
    _refuse_nul(cleaned, label, field)
    return cleaned


def _refuse_nul(text: str, label: str, field: str) -> None:
    # Never meant in a text (it comes from a damaged file pasted in), and PostgreSQL cannot
    # store it: refused on every backend alike.
    if "\x00" in text:
        raise DomainError(
            f"{label} contains an invisible NUL character (usually pasted from a damaged "
            "file): remove it and save again.",
            field=field,
        )


def check_order(
    earlier: date | None, later: date | None, earlier_label: str, later_label: str, field: str
) -> None:
    if earlier is not None and later is not None and later < earlier:
        raise DomainError(
            f"{later_label} ({later:%d %B %Y}) cannot be before "
            f"{earlier_label.lower()} ({earlier:%d %B %Y}).",
            field=field,
        )


def check_communication_number(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if not COMMUNICATION_NUMBER.match(cleaned):
        raise DomainError(
            f"Communication number “{cleaned}” is not in the form number/year, e.g. 3456/2023.",
            field="communication_number",
        )
    year = int(cleaned.split("/")[1])
    if year < 1976 or year > date.today().year + 1:
        raise DomainError(
            f"The year in communication number “{cleaned}” is not plausible.",
            field="communication_number",
        )
    return cleaned


def check_symbol(value: str | None, field: str = "symbol") -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if not DOCUMENT_SYMBOL.match(cleaned):
        raise DomainError(
            f"Document symbol “{cleaned}” is not a UN symbol such as CCPR/C/112/D/2137/2012.",
            field=field,
        )
    return cleaned


def parse_vocab(cls: type[V], value: object, label: str, field: str) -> V:
    """The member of `cls` for `value` (a member or its key); DomainError naming the choices."""
    if isinstance(value, cls):
        return value
    try:
        return cls(str(value))
    except ValueError:
        choices = ", ".join(getattr(m, "label", m.value) for m in cls)
        raise DomainError(
            f"“{value}” is not a valid {label}. Choose one of: {choices}.", field=field
        ) from None


def long_date(value: date) -> str:
    """The date as a lawyer writes it in English: "18 January 2025" (no leading zero)."""
    return f"{value.day} {value:%B %Y}"
