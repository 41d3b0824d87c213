"""Full-text search over the whole portfolio, ranked: SQLite FTS5 (`search_index`).

The index (migration 0005) holds case references, titles, numbers, symbols, summaries and
notes; people's names, original-script names and pseudonyms; follow-up summaries and
decisions; recommendation themes and texts. Triggers keep it in step with every write,
whatever wrote it; `treatydesk search rebuild` rebuilds it from the tables.

Each word typed must start a word of the record ("alm" finds "Almaty"), in any script,
case- and diacritics-insensitively ("sergazy" finds "Sérgazy", "алия" finds "Алия", "елкин"
finds "Ёлкин"). Results are ranked by bm25 (the best first).

On a database without the index (PostgreSQL) the same call falls back to ILIKE over the
same fields, ranked by the record's order instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    func,
    inspect,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from app.db import SessionFactory
from app.errors import DomainError
from app.services.base import Clock, Service
from models import Case, FollowUpEvent, Person, Recommendation

TABLE = "search_index"
MAX_LIMIT = 500
MAX_QUERY = 200
COUNT_CAP = 1000  # ranked_ids(): matches counted up to this many


class Kind(IntEnum):
    CASE = 1
    PERSON = 2
    FOLLOWUP_EVENT = 3
    RECOMMENDATION = 4


# The fields indexed per kind: the same list as migration 0005's SOURCES.
FIELDS: dict[Kind, tuple[Any, tuple[str, ...]]] = {
    Kind.CASE: (
        Case,
        ("reference", "title", "communication_number", "symbol", "summary", "notes"),
    ),
    Kind.PERSON: (Person, ("full_name", "original_script_name", "pseudonym")),
    Kind.FOLLOWUP_EVENT: (FollowUpEvent, ("symbol", "summary", "decision")),
    Kind.RECOMMENDATION: (Recommendation, ("theme", "recommendation_text", "concern_text")),
}


@dataclass(frozen=True)
class FullTextHit:
    kind: Kind
    id: int  # the record's id in its own table
    score: float  # bm25: lower is better; 0.0 on the ILIKE fallback


@dataclass(frozen=True)
class FullTextResults:
    text: str
    hits: tuple[FullTextHit, ...]
    found: int  # how many records matched, beyond the limit too


def fts_query(text_: str) -> str:
    """The FTS5 MATCH expression for what the user typed: every word, as a prefix."""
    words = _words(text_)
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _words(text_: str) -> list[str]:
    cleaned = (text_ or "").replace("ё", "е").replace("Ё", "Е")
    return [w for w in cleaned.split() if any(ch.isalnum() for ch in w)]


# Latin letters back to Cyrillic, longest first, so that a name typed in Latin also finds its
# Cyrillic spelling ("aliya" finds "Алия", "yolkin" finds "Ёлкин").
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yo", "е"), ("yu", "ю"), ("ya", "я"), ("ye", "е"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("y", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("j", "ж"), ("c", "ц"), ("q", "к"), ("w", "в"), ("x", "кс"),
)  # fmt: skip


def cyrillic_spelling(word: str) -> str | None:
    """The Cyrillic spelling of a Latin word ("aliya" -> "алия"); None if not all letters."""
    rest = word.lower()
    if not (rest.isascii() and rest.isalpha()):
        return None
    out = []
    while rest:
        for latin, cyrillic in _LATIN_TO_CYRILLIC:
            if rest.startswith(latin):
                out.append(cyrillic)
                rest = rest[len(latin) :]
                break
    return "".join(out)


def fts_query_with_cyrillic(text_: str) -> str:
    """As `fts_query`, with each Latin word also matching its Cyrillic spelling."""
    parts = []
    for word in _words(text_):
        quoted = '"' + word.replace('"', '""') + '"*'
        cyrillic = cyrillic_spelling(word)
        parts.append(f'({quoted} OR "{cyrillic}"*)' if cyrillic else quoted)
    return " AND ".join(parts)  # FTS5 wants AND written between groups in parentheses


def match_ids(text_: str, kind: Kind) -> Select[Any] | None:
    """A SELECT of the ids of the records of `kind` matching every word typed (as prefixes;
    a Latin word also as its Cyrillic spelling), for use in a filter (`Model.id.in_(...)`)
    on a database with the index; None when `text_` has no word to match."""
    match = fts_query_with_cyrillic(" ".join((text_ or "").split())[:MAX_QUERY])
    if not match:
        return None
    return (
        select(literal_column("rowid / 8"))
        .select_from(text(TABLE))
        .where(text(f"{TABLE} MATCH :fts_match").bindparams(fts_match=match))
        .where(text(f"rowid % 8 = {int(Kind(kind))}"))
    )


def word_conditions(model: Any, fields: tuple[str, ...], text_: str) -> list[ColumnElement[bool]]:
    """Without the index (PostgreSQL): every word typed in one of `fields`, by ILIKE. Text
    with no word the index could match ("%", "--") is looked for as it is, literally."""
    cleaned = " ".join((text_ or "").split())
    words = _words(cleaned)
    if not words and cleaned:
        return [_any_field(model, fields, cleaned)]
    return [_any_field(model, fields, w) for w in words]


def has_index(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite" and inspect(connection).has_table(TABLE)


class FullTextService(Service):
    """Ranked full-text search; read-only apart from `rebuild`."""

    def __init__(self, session_factory: SessionFactory, *, clock: Clock = date.today) -> None:
        super().__init__(session_factory, clock=clock)
        self._indexed: bool | None = None

    def available(self) -> bool:
        """True when the database has the FTS5 index (SQLite at schema 0005 or later)."""
        if self._indexed is None:
            with self._uow("search") as s:
                self._indexed = has_index(s.connection())
        return self._indexed

    def search(
        self, text_: str, *, kinds: tuple[Kind, ...] = tuple(Kind), limit: int = 50
    ) -> FullTextResults:
        """Up to `limit` records of `kinds` matching every word of `text_`, best first."""
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise DomainError(f"Ask for between 1 and {MAX_LIMIT} results.", field="limit")
        cleaned = " ".join((text_ or "").split())
        if len(cleaned) > MAX_QUERY:
            raise DomainError(
                f"The search text is too long ({len(cleaned)} characters; at most {MAX_QUERY}).",
                field="text",
            )
        kinds = tuple(Kind(k) for k in kinds)
        if not _words(cleaned) or not kinds:
            return FullTextResults(text=cleaned, hits=(), found=0)
        with self._uow("search") as s:
            if self.available():
                return self._fts(s, cleaned, kinds, limit)
            return self._ilike(s, cleaned, kinds, limit)

    def _fts(
        self, s: Session, cleaned: str, kinds: tuple[Kind, ...], limit: int
    ) -> FullTextResults:
        match = fts_query(cleaned)
        kind_filter = ""
        if len(kinds) < len(Kind):
            kind_filter = f" AND (rowid % 8) IN ({', '.join(str(int(k)) for k in kinds)})"
        rows = s.execute(
            text(
                f"SELECT rowid, bm25({TABLE}) FROM {TABLE} WHERE {TABLE} MATCH :q"
                f"{kind_filter} ORDER BY bm25({TABLE}), rowid LIMIT :n"
            ),
            {"q": match, "n": limit},
        ).all()
        found = s.scalar(
            text(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH :q{kind_filter}"),
            {"q": match},
        )
        hits = tuple(
            FullTextHit(Kind(rowid % 8), rowid // 8, float(score)) for rowid, score in rows
        )
        return FullTextResults(text=cleaned, hits=hits, found=int(found or 0))

    def _ilike(
        self, s: Session, cleaned: str, kinds: tuple[Kind, ...], limit: int
    ) -> FullTextResults:
        words = _words(cleaned)
        hits: list[FullTextHit] = []
        found = 0
        for kind in kinds:
            model, fields = FIELDS[kind]
            condition = and_(*(_any_field(model, fields, w) for w in words))
            found += int(s.scalar(select(func.count(model.id)).where(condition)) or 0)
            if len(hits) < limit:
                ids = s.scalars(
                    select(model.id).where(condition).order_by(model.id).limit(limit - len(hits))
                )
                hits += [FullTextHit(kind, i, 0.0) for i in ids]
        return FullTextResults(text=cleaned, hits=tuple(hits), found=found)

    def ranked_ids(self, text_: str, kind: Kind, *, limit: int) -> tuple[list[int], int] | None:
        """The ids of up to `limit` records of `kind` matching every word typed (a Latin word
        also in its Cyrillic spelling), best (bm25) first, and how many match in all; None
        without the index (the caller falls back to its own matching)."""
        if not self.available():
            return None
        match = fts_query_with_cyrillic(" ".join((text_ or "").split())[:MAX_QUERY])
        if not match:
            return [], 0
        where = f"{TABLE} MATCH :q AND (rowid % 8) = {int(Kind(kind))}"
        with self._uow("search") as s:
            # Counted up to COUNT_CAP: "a" matches most of 500,000 people, and a number
            # nobody reads is not worth a scan. Ranked by bm25 below the cap; above it (a
            # letter or two typed) in the index's order, which costs nothing.
            found = int(
                s.scalar(
                    text(f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {where} LIMIT :cap)"),
                    {"q": match, "cap": COUNT_CAP},
                )
                or 0
            )
            order = f"bm25({TABLE})" if found < COUNT_CAP else "rowid"
            rows = s.execute(
                text(f"SELECT rowid FROM {TABLE} WHERE {where} ORDER BY {order} LIMIT :n"),
                {"q": match, "n": limit},
            ).all()
        return [rowid // 8 for (rowid,) in rows], found

    def rebuild(self) -> int:
        """Rebuild the index from the tables; returns the number of records indexed."""
        if not self.available():
            raise DomainError(
                "This database has no full-text index (it is not a SQLite database at the "
                "newest schema); search works without one."
            )
        with self._uow("search") as s:
            s.execute(text(f"DELETE FROM {TABLE}"))
            for kind, (model, fields) in FIELDS.items():
                s.execute(
                    text(
                        f"INSERT INTO {TABLE}(rowid, body) SELECT id * 8 + {int(kind)}, "
                        f"{_body_sql(fields)} FROM {model.__tablename__}"
                    )
                )
            s.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')"))
            return int(s.scalar(text(f"SELECT count(*) FROM {TABLE}")) or 0)


def _any_field(model: Any, fields: tuple[str, ...], word: str) -> ColumnElement[bool]:
    """`word` in any of `fields`, case-insensitively, with Ё read as Е (as the index does)."""
    folded = word.replace("ё", "е").replace("Ё", "Е")
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(
        *(
            func.replace(func.replace(getattr(model, f), "ё", "е"), "Ё", "Е").ilike(
                f"%{escaped}%", escape="\\"
            )
            for f in fields
        )
    )


def _body_sql(columns: tuple[str, ...]) -> str:
    """A row's indexed text, as migration 0005's triggers write it (constants only)."""
    joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"replace(replace({joined}, 'ё', 'е'), 'Ё', 'Е')"
