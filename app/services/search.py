"""Global search (Ctrl+K): cases by reference, title, communication number or symbol; people
by name, original-script name or pseudonym.

Matching is the people registry's (app.services.people): every word typed must occur in one
of the record's fields, case-insensitively in any script (Python's casefold, which SQLite's
LIKE does not do for Cyrillic), and a Latin word also finds its Cyrillic spelling ("aliya"
finds "Алия"). The folded text of every record is kept in memory and rebuilt only when the
table changed (its row count, highest id, newest update or summed versions moved), so a
keystroke over 50,000 cases is a scan of strings (about 0.2 s), not a query plus folding;
`warm()` builds it ahead (about 3 s for 50,000 cases), e.g. on a worker thread.

Results are ranked: the whole text equal to a reference, number, symbol or pseudonym first,
then a field that starts with it, then the rest, each group in alphabetical order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select

from app.db import SessionFactory
from app.errors import DomainError
from app.services.base import Clock, Service
from app.services.fulltext import FullTextService, Kind
from app.services.people import fold, latin_key
from app.vocab import Stage
from models import Case, Country, Person, TreatyBody

DEFAULT_LIMIT = 8
MAX_LIMIT = 200
MAX_QUERY = 200
CANDIDATES = 50  # ranked(): the best matches by bm25 that are ranked again (exact first)


class HitKind(StrEnum):
    CASE = "case"
    PERSON = "person"


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    id: int
    title: str  # "KZ-CCPR-2137 — Toregozhina v. Kazakhstan", or the person's full name
    detail: str  # "CCPR/C/112/D/2137/2012 · CCPR · Kazakhstan · Follow-up"; "pseudonym …"


@dataclass(frozen=True)
class SearchResults:
    text: str
    hits: tuple[SearchHit, ...]  # cases first, then people, each ranked
    cases_found: int  # how many matched, beyond the limit too
    people_found: int

    @property
    def more_cases(self) -> int:
        return self.cases_found - sum(1 for h in self.hits if h.kind is HitKind.CASE)

    @property
    def more_people(self) -> int:
        return self.people_found - sum(1 for h in self.hits if h.kind is HitKind.PERSON)


@dataclass(frozen=True)
class _Entry:
    id: int
    exact: tuple[str, ...]  # folded fields a whole query may equal (reference, symbol, ...)
    starts: tuple[str, ...]  # folded fields a query may start
    folded: str  # every field, folded, joined
    latin: str  # every field, transliterated (latin_key), joined
    sort_key: str
    title: str
    detail: str


class _Index:
    """The folded text of one kind of record, rebuilt when its table changes."""

    def __init__(
        self,
        signature: Callable[[], Select[Any]],
        rows: Callable[[], Select[Any]],
        entry: Callable[[Any], _Entry],
    ) -> None:
        self._signature = signature
        self._rows = rows
        self._entry = entry
        self._key: tuple[Any, ...] | None = None
        self._entries: list[_Entry] = []
        self._lock = threading.Lock()  # warm() may build it on a worker thread
        self.builds = 0  # for tests: how often the index was rebuilt

    def entries(self, service: SearchService) -> list[_Entry]:
        with self._lock, service._uow("search") as s:
            key = tuple(s.execute(self._signature()).one())
            if key != self._key:
                self._entries = [self._entry(row) for row in s.execute(self._rows())]
                self._key = key
                self.builds += 1
            return self._entries


def _signature(model: Any) -> Callable[[], Select[Any]]:
    def query() -> Select[Any]:
        return select(
            func.count(model.id),
            func.max(model.id),
            func.max(model.updated_at),
            func.sum(model.version),
        )

    return query


def _joined(*fields: str | None) -> str:
    return " | ".join(f for f in fields if f)


def _case_rows() -> Select[Any]:
    return (
        select(
            Case.id,
            Case.reference,
            Case.title,
            Case.communication_number,
            Case.symbol,
            Case.stage,
            TreatyBody.code,
            Country.name,
        )
        .join(TreatyBody, TreatyBody.id == Case.body_id)
        .join(Country, Country.id == Case.state_id)
    )


def _case_entry(row: Any) -> _Entry:
    case_id, reference, title, number, symbol, stage, body, state = row
    fields = (reference, title, number, symbol)
    symbol_text = symbol or (f"No. {number}" if number else "")
    return _Entry(
        id=case_id,
        exact=tuple(fold(f) for f in (reference, number, symbol) if f),
        starts=tuple(fold(f) for f in fields if f),
        folded=fold(_joined(*fields)),
        latin=latin_key(_joined(*fields)),
        sort_key=fold(reference),
        title=f"{reference} — {title}",
        detail=" · ".join(p for p in (symbol_text, body, state, Stage(stage).label) if p),
    )


def _person_rows() -> Select[Any]:
    return select(
        Person.id,
        Person.full_name,
        Person.original_script_name,
        Person.pseudonym,
        Person.consent_to_be_named,
    )


def _person_entry(row: Any) -> _Entry:
    person_id, full_name, original, pseudonym, named = row
    fields = (full_name, original, pseudonym)
    parts = []
    if original:
        parts.append(original)
    if pseudonym:
        parts.append(f"pseudonym {pseudonym}")
    parts.append("may be named" if named else "not to be named in documents")
    return _Entry(
        id=person_id,
        exact=tuple(fold(f) for f in fields if f),
        starts=tuple(fold(f) for f in fields if f),
        folded=fold(_joined(*fields)),
        latin=latin_key(_joined(*fields)),
        sort_key=fold(full_name),
        title=full_name,
        detail=" · ".join(parts),
    )


def _matches(entry: _Entry, words: Sequence[str], latin_words: Sequence[str]) -> bool:
    for word, latin in zip(words, latin_words, strict=True):
        if word in entry.folded:
            continue
        if latin and latin in entry.latin:
            continue
        return False
    return True


def _rank(entry: _Entry, whole: str) -> int:
    if whole in entry.exact:
        return 0
    if any(f.startswith(whole) for f in entry.starts):
        return 1
    return 2


class SearchService(Service):
    """One search over cases and people; read-only."""

    def __init__(self, session_factory: SessionFactory, *, clock: Clock = date.today) -> None:
        super().__init__(session_factory, clock=clock)
        self._cases = _Index(_signature(Case), _case_rows, _case_entry)
        self._people = _Index(_signature(Person), _person_rows, _person_entry)
        self._fulltext = FullTextService(session_factory, clock=clock)

    def ranked(self, text: str, *, limit: int = DEFAULT_LIMIT) -> SearchResults:
        """As `search()`, through the full-text index (SQLite FTS5) when the database has
        one: no index to build in memory, a keystroke is two index queries whatever the
        size of the portfolio. Each word must start a word of the record (a Latin word also
        finds its Cyrillic spelling); among the best CANDIDATES matches by bm25, a field equal
        to the text comes first, then one starting with it, then the rest alphabetically.
        Without the index (PostgreSQL) this is `search()`."""
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise DomainError(
                f"Ask for between 1 and {MAX_LIMIT} results of each kind.", field="limit"
            )
        cleaned = " ".join((text or "").split())
        if len(cleaned) > MAX_QUERY:
            raise DomainError(
                f"The search text is too long ({len(cleaned)} characters; at most {MAX_QUERY}).",
                field="text",
            )
        if not self._fulltext.available():
            return self.search(text, limit=limit)
        whole = " ".join(fold(cleaned).split())
        if not whole:
            return SearchResults(text=cleaned, hits=(), cases_found=0, people_found=0)
        hits: list[SearchHit] = []
        found: dict[Kind, int] = {}
        for kind, hit_kind, rows, entry, model in (
            (Kind.CASE, HitKind.CASE, _case_rows, _case_entry, Case),
            (Kind.PERSON, HitKind.PERSON, _person_rows, _person_entry, Person),
        ):
            ranked = self._fulltext.ranked_ids(cleaned, kind, limit=max(CANDIDATES, limit))
            ids, found[kind] = ranked or ([], 0)
            if not ids:
                continue
            with self._uow("search") as s:
                entries = [entry(row) for row in s.execute(rows().where(model.id.in_(ids)))]
            entries.sort(key=lambda e: (_rank(e, whole), e.sort_key, e.id))
            hits += [SearchHit(hit_kind, e.id, e.title, e.detail) for e in entries[:limit]]
        return SearchResults(
            text=cleaned,
            hits=tuple(hits),
            cases_found=found.get(Kind.CASE, 0),
            people_found=found.get(Kind.PERSON, 0),
        )

    def search(self, text: str, *, limit: int = DEFAULT_LIMIT) -> SearchResults:
        """Up to `limit` cases and up to `limit` people matching every word of `text`."""
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise DomainError(
                f"Ask for between 1 and {MAX_LIMIT} results of each kind.", field="limit"
            )
        cleaned = " ".join((text or "").split())
        if len(cleaned) > MAX_QUERY:
            raise DomainError(
                f"The search text is too long ({len(cleaned)} characters; at most {MAX_QUERY}).",
                field="text",
            )
        words = fold(cleaned).split()
        if not words:
            return SearchResults(text=cleaned, hits=(), cases_found=0, people_found=0)
        latin_words = [latin_key(w) for w in words]
        whole = " ".join(words)
        cases = self._find(self._cases, words, latin_words, whole)
        people = self._find(self._people, words, latin_words, whole)
        hits = [SearchHit(HitKind.CASE, e.id, e.title, e.detail) for e in cases[:limit]]
        hits += [SearchHit(HitKind.PERSON, e.id, e.title, e.detail) for e in people[:limit]]
        return SearchResults(
            text=cleaned, hits=tuple(hits), cases_found=len(cases), people_found=len(people)
        )

    def warm(self) -> None:
        """Build the indexes now (a few seconds for 50,000 cases), e.g. on a worker thread
        after the window is shown, so that the first search is as quick as the next ones.
        Nothing to do on a database with the full-text index: `ranked()` needs no warming."""
        if self._fulltext.available():
            return
        self._cases.entries(self)
        self._people.entries(self)

    def index_builds(self) -> tuple[int, int]:
        """How often the case and people indexes were (re)built (diagnostics, tests)."""
        return self._cases.builds, self._people.builds

    def _find(
        self, index: _Index, words: list[str], latin_words: list[str], whole: str
    ) -> list[_Entry]:
        found = [e for e in index.entries(self) if _matches(e, words, latin_words)]
        found.sort(key=lambda e: (_rank(e, whole), e.sort_key, e.id))
        return found
