"""People: victims, authors, relatives, witnesses and counsel, with their consent.

Names are stored exactly as typed (only surrounding spaces are dropped), in any script.
Searching and duplicate detection fold case with Python's Unicode `casefold()` (SQLite's
`lower()` only knows ASCII) and compare Cyrillic and Latin spellings through a small
transliteration (`latin_key`), so that "Алия Нурпеисова", "Aliya Nurpeisova" and
"Nurpeisova Aliia" are recognised as the same name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import permutations

import numpy as np
from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.db import SessionFactory
from app.dialects import same_text
from app.errors import DomainError, NotFoundError
from app.services.base import (
    Clock,
    Service,
    check_order,
    check_version,
    country_by_code,
    get_or_raise,
    optional_text,
    parse_vocab,
    require_text,
)
from app.services.dto import PeopleFilter, PersonDTO, PersonInput, PersonRow
from app.vocab import PartyRole, Sex
from models import Case, CaseParty, Person

LONG_TEXT = 100_000
_IN_CHUNK = 900  # ids per IN (...) list, well under SQLite's limit

# Cyrillic -> Latin, close to the spellings found in passports and UN documents. Covers
# Russian, Kazakh (ә ғ қ ң ө ұ ү һ і), Uzbek (ў ҳ), Kyrgyz, Tajik (ӣ ӯ ҷ), Ukrainian and
# Belarusian letters. Applied to casefolded text, so lower case is enough.
CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Uzbek, Tajik
    "ў": "o", "ҳ": "h", "ӣ": "i", "ӯ": "u", "ҷ": "j",
    # Ukrainian, Belarusian
    "є": "ye", "ї": "yi", "ґ": "g",
}  # fmt: skip

# Latin spellings of the same sound that differ between transliteration systems: Uzbek and
# Kazakh Latin "q" for қ/к, Uzbek "x" for х ("kh"), "j"/"dzh"/"zh" for ж and дж.
_LATIN_FOLDS = (("dzh", "j"), ("zh", "j"), ("q", "k"), ("x", "kh"))
# Word-initial Е is spelt "Ye" in English usage (Yerlan, Yevgeniy) and "E" by passports.
_INITIAL_YE = re.compile(r"\bye")
# Try every word order of names with at most this many words when sorting the words is not
# enough (token_sort_ratio misses "Yerlan Seitkazy" ~ "Сейтказы Ерлан").
_MAX_PERMUTED_WORDS = 4
# Apostrophe-like marks: Uzbek Latin oʻ gʻ (U+02BB), ʼ, typographic and ASCII quotes.
_APOSTROPHES = "ʻʼ'‘’`´"
_APOSTROPHE_RE = re.compile(f"[{_APOSTROPHES}]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_CYRILLIC_TABLE = str.maketrans(CYRILLIC_TO_LATIN)


def fold(text: str) -> str:
    """Case-insensitive form for searching in any script (apostrophe variants unified)."""
    return _APOSTROPHE_RE.sub("'", unicodedata.normalize("NFC", text).casefold())


@lru_cache(maxsize=65_536)
def latin_key(name: str) -> str:
    """A script-independent comparison key: "Алия Нурпеисова" -> "aliya nurpeisova".

    Cached: duplicate detection compares every name of an import with every other one and
    with the registry, so the same names are folded again and again."""
    if name.isascii():  # the same key, without the Unicode steps (10 times faster)
        key = _NON_ALNUM.sub(" ", _APOSTROPHE_RE.sub("", name.lower())).strip()
    else:
        folded = _APOSTROPHE_RE.sub("", unicodedata.normalize("NFC", name).casefold())
        latin = folded.translate(_CYRILLIC_TABLE)
        if latin.isascii():  # NFKD leaves ASCII as it is
            ascii_only = latin
        else:
            decomposed = unicodedata.normalize("NFKD", latin)
            ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        key = _NON_ALNUM.sub(" ", ascii_only).strip()
    for variant, common in _LATIN_FOLDS:
        key = key.replace(variant, common)
    return _INITIAL_YE.sub("e", key)


def name_similarity(first: str, second: str) -> float:
    """0-100: how alike two names are, whatever their script, case and word order.

    rapidfuzz's token_sort_ratio on the `latin_key` forms; for short names whose sorted words
    differ only because a first letter is spelt differently, the best word order is also tried.
    A name written with a patronymic ("Иванов Иван Петрович") and the same name without one
    ("Ivan Ivanov") are also compared without it, less `PATRONYMIC_PENALTY` (95: below an
    exact match). Two names that both give a patronymic keep it: "Ivan Petrovich Ivanov" and
    "Ivan Sergeevich Ivanov" may well be brothers.
    """
    return _key_similarity(latin_key(first), latin_key(second))


def _key_similarity(a: str, b: str) -> float:
    """`name_similarity` of two `latin_key` forms."""
    if not a or not b:
        return 0.0
    score = _similarity(a, b)
    if score < 100 - PATRONYMIC_PENALTY:
        a_bare, b_bare = _without_patronymic(a), _without_patronymic(b)
        if bool(a_bare) != bool(b_bare):  # only one of the two gives a patronymic
            for bare in a_bare or b_bare:
                other = b if a_bare else a
                score = max(score, _similarity(bare, other) - PATRONYMIC_PENALTY)
    return score


PATRONYMIC_PENALTY = 5.0
"""Taken off the score of two names alike only once one's patronymic is left out."""
# Patronymics as `latin_key` spells them: Russian -ovich/-evich/-ich, -ovna/-evna/-ichna;
# Kazakh -uly/-kyzy written as one word; and the separate words Uzbek o'g'li/qizi, Kazakh
# uly/kyzy, Azerbaijani oglu/gyzy after the father's name ("Ali o'g'li").
_PATRONYMIC_WORD = re.compile(r"^[a-z]{2,}(?:ich|ichna|ovna|evna|uly|kyzy)$")
_PATRONYMIC_PARTICLES = frozenset({"ogli", "ugli", "oglu", "ogly", "uly", "kyzy", "kizi", "gyzy"})


def _without_patronymic(key: str) -> list[str]:
    """`key` without what may be its patronymic, one way per word that looks like one
    ("abramovich roman arkadevich": either), or [] when no word does or fewer than two words
    would be left ("Ivan Petrovich" may be a Serbian first name and surname)."""
    words = key.split()
    if len(words) < 3:
        return []
    found = []
    for i, word in enumerate(words):
        if word in _PATRONYMIC_PARTICLES and i >= 2:  # "rakhimov shukhrat ali ogli"
            rest = words[: i - 1] + words[i + 1 :]
        elif _PATRONYMIC_WORD.match(word):
            rest = words[:i] + words[i + 1 :]
        else:
            continue
        if len(rest) >= 2:
            found.append(" ".join(rest))
    return found


def _similarity(a: str, b: str) -> float:
    """name_similarity of two `latin_key` forms."""
    score = fuzz.token_sort_ratio(a, b, processor=None)
    words = a.split()
    if score < 100 and len(words) <= _MAX_PERMUTED_WORDS:
        for order in permutations(words):
            score = max(score, fuzz.ratio(" ".join(order), b, processor=None))
    return score


# ---------------------------------------------------------------- many names at once
#
# Comparing every name of an import with every other one and with the registry calls
# `name_similarity` n*m times. `similar_name_pairs` gives the same pairs and scores from a
# prefilter in rapidfuzz's vectorised C code, then the exact score of the few pairs left.
#
# Why the prefilter loses no pair: every score in `name_similarity` is fuzz.ratio of two
# strings made of the words of the two keys (sorted, in some order, or with a patronymic left
# out). fuzz.ratio is 200 * LCS / (total length), and the longest common subsequence of two
# strings is at most the number of characters they share counted with repetition, which is
# exactly the LCS of the two strings with their characters sorted. So fuzz.ratio of the
# sorted characters of two keys bounds every word order of them from above, and
#   name_similarity(a, b) >= t  implies  one of
#   - ratio(chars(a), chars(b)) >= t;
#   - b gives no patronymic and ratio(chars(a without it), chars(b)) >= t + PENALTY;
#   - a gives no patronymic and ratio(chars(a), chars(b without it)) >= t + PENALTY.
# The prefilter keeps the pairs meeting one of these, less _BOUND_SLACK for the rounding of
# its float32 scores (the ratios of two names differ by far more than that).

_BOUND_SLACK = 0.001
_CDIST_CELLS = 2_000_000  # scores per prefilter call: 8 MB of float32


@dataclass(frozen=True, slots=True)
class NameKey:
    """What duplicate detection compares of a name, computed once per name."""

    key: str  # latin_key
    chars: str  # its characters sorted: fuzz.ratio on these bounds every word order
    bare: tuple[str, ...]  # _without_patronymic(key)
    bare_chars: tuple[str, ...]


def _name_key(key: str) -> NameKey:
    bare = tuple(_without_patronymic(key))
    return NameKey(key, _sorted_chars(key), bare, tuple(_sorted_chars(k) for k in bare))


def _sorted_chars(text: str) -> str:
    return "".join(sorted(text))


class NameKeyCache:
    """`NameKey`s of the names of the last call, so that a registry read again for the next
    preview (or the import itself) is not transliterated again. Up to `limit` names (about
    25 MB per 100,000): a larger registry is keyed afresh each time."""

    def __init__(self, limit: int = 300_000) -> None:
        self._by_name: dict[str, NameKey] = {}
        self._limit = limit

    def keys(self, names: Sequence[str]) -> list[NameKey]:
        found = name_keys(names, self._by_name)
        self._by_name = dict(zip(names, found, strict=True)) if len(names) <= self._limit else {}
        return found


def name_keys(names: Sequence[str], known: dict[str, NameKey] | None = None) -> list[NameKey]:
    """The `NameKey` of each of `names` (those in `known` are taken from it)."""
    known = known or {}
    by_key: dict[str, NameKey] = {}
    out = []
    for name in names:
        found = known.get(name)
        if found is None:
            key = latin_key(name)
            found = by_key.get(key)
            if found is None:
                found = by_key[key] = _name_key(key)
        out.append(found)
    return out


def similar_name_pairs(
    firsts: Sequence[NameKey], seconds: Sequence[NameKey], threshold: float
) -> list[tuple[int, int, float]]:
    """Every (i, j, name_similarity(firsts[i], seconds[j])) whose score is at least
    `threshold`: the same pairs and scores as comparing every pair, much faster."""
    if threshold <= 0:  # every pair, even of names without letters (score 0)
        return [
            (i, j, _key_similarity(a.key, b.key))
            for i, a in enumerate(firsts)
            for j, b in enumerate(seconds)
        ]
    groups_a = _by_key(firsts)
    groups_b = _by_key(seconds)
    keys_a, keys_b = list(groups_a.values()), list(groups_b.values())
    forms_a = [firsts[g[0]] for g in keys_a]
    forms_b = [seconds[g[0]] for g in keys_b]
    candidates = _candidates(forms_a, forms_b, threshold)
    pairs = []
    for ua, ub in candidates:
        score = _key_similarity(forms_a[ua].key, forms_b[ub].key)
        if score >= threshold:
            pairs.extend((i, j, score) for i in keys_a[ua] for j in keys_b[ub])
    pairs.sort()
    return pairs


def _by_key(names: Sequence[NameKey]) -> dict[str, list[int]]:
    """Indices of `names` by key; names without letters or digits left out."""
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        if name.key:
            groups.setdefault(name.key, []).append(i)
    return groups


def _candidates(
    a: Sequence[NameKey], b: Sequence[NameKey], threshold: float
) -> list[tuple[int, int]]:
    """(index in a, index in b) of the pairs that may reach `threshold` (see above)."""
    codes = [
        _code(rows, cols, len(b))
        for rows, cols in _bound(
            [k.chars for k in a], [k.chars for k in b], threshold - _BOUND_SLACK
        )
    ]
    if threshold <= 100 - PATRONYMIC_PENALTY:  # otherwise no score less the penalty reaches it
        cutoff = threshold + PATRONYMIC_PENALTY - _BOUND_SLACK
        a_bare = [(i, chars) for i, k in enumerate(a) for chars in k.bare_chars]
        b_bare = [(j, chars) for j, k in enumerate(b) for chars in k.bare_chars]
        a_whole = [i for i, k in enumerate(a) if not k.bare]
        b_whole = [j for j, k in enumerate(b) if not k.bare]
        for rows, cols in _bound([c for _, c in a_bare], [b[j].chars for j in b_whole], cutoff):
            a_index = np.array([i for i, _ in a_bare], dtype=np.int64)
            codes.append(_code(a_index[rows], np.array(b_whole, dtype=np.int64)[cols], len(b)))
        for rows, cols in _bound([a[i].chars for i in a_whole], [c for _, c in b_bare], cutoff):
            b_index = np.array([j for j, _ in b_bare], dtype=np.int64)
            codes.append(_code(np.array(a_whole, dtype=np.int64)[rows], b_index[cols], len(b)))
    if not codes:
        return []
    unique = np.unique(np.concatenate(codes))
    return list(zip((unique // len(b)).tolist(), (unique % len(b)).tolist(), strict=True))


def _code(rows: np.ndarray, cols: np.ndarray, width: int) -> np.ndarray:
    return rows.astype(np.int64) * width + cols.astype(np.int64)


def _bound(
    queries: list[str], choices: list[str], cutoff: float
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(rows, columns) of the pairs whose fuzz.ratio is at least `cutoff`, a block of rows at
    a time (each block's rows counted from 0 of `queries`)."""
    if not queries or not choices:
        return
    cutoff = min(max(cutoff, 0.0), 100.0)
    step = max(1, _CDIST_CELLS // len(choices))
    for start in range(0, len(queries), step):
        scores = process.cdist(
            queries[start : start + step],
            choices,
            scorer=fuzz.ratio,
            score_cutoff=cutoff,
            dtype=np.float32,
            workers=-1,
        )
        rows, cols = np.nonzero(scores >= cutoff)
        yield rows + start, cols


class PeopleService(Service):
    """Create, find and edit people; refuse to lose a person still linked to a case."""

    def __init__(self, session_factory: SessionFactory, *, clock: Clock = date.today) -> None:
        super().__init__(session_factory, clock=clock)
        # The registry's names as duplicate detection compares them, kept between calls.
        self._name_keys = NameKeyCache()

    def create(self, data: PersonInput) -> PersonDTO:
        with self._uow("person") as s:
            return person_to_dto(self._create_in(s, data))

    def _create_in(self, s: Session, data: PersonInput) -> Person:
        """Validate and add a person inside the caller's unit of work (an import that writes
        many records in one transaction); flushed, not committed."""
        person = Person(**self._validate(s, data))
        s.add(person)
        s.flush()
        return person

    def get(self, person_id: int) -> PersonDTO:
        with self._uow("person") as s:
            return person_to_dto(_load(s, person_id))

    def update(
        self, person_id: int, data: PersonInput, *, expected_version: int | None
    ) -> PersonDTO:
        with self._uow("person") as s:
            person = _load(s, person_id)
            check_version(person, expected_version, "person")
            for name, value in self._validate(s, data).items():
                setattr(person, name, value)
            s.flush()
            return person_to_dto(person)

    def delete(self, person_id: int, *, expected_version: int | None) -> None:
        """Delete a person who is no longer a party to any case."""
        with self._uow("person") as s:
            person = get_or_raise(s, Person, person_id, "person")
            check_version(person, expected_version, "person")
            references = list(
                s.scalars(
                    select(Case.reference)
                    .join(CaseParty, CaseParty.case_id == Case.id)
                    .where(CaseParty.person_id == person_id)
                    .order_by(Case.reference)
                )
            )
            if references:
                cases = "case" if len(references) == 1 else "cases"
                raise DomainError(
                    f"{person.full_name} cannot be deleted: they are still a party to "
                    f"{cases} {', '.join(references)}. Remove them from "
                    f"{'that case' if len(references) == 1 else 'those cases'} first."
                )
            s.delete(person)

    def find_similar(
        self, full_name: str, *, threshold: float = 85
    ) -> list[tuple[PersonDTO, float]]:
        """People whose name resembles `full_name` (possible duplicates), best match first.

        The score (0-100) is `name_similarity` with the person's full name or original-script
        name, whichever is higher: word order, case, Cyrillic/Latin spelling and Uzbek
        apostrophes do not matter."""
        if not 0 <= threshold <= 100:
            raise DomainError(
                f"The similarity threshold must be between 0 and 100, not {threshold}.",
                field="threshold",
            )
        if not latin_key(full_name):
            return []
        with self._uow("person") as s:
            return self._similar_in(s, [full_name], threshold=threshold)[0]

    def _similar_in(
        self, s: Session, names: Sequence[str], *, threshold: float = 85
    ) -> list[list[tuple[PersonDTO, float]]]:
        """For each of `names`, the people resembling it as in `find_similar`, best first,
        in one read of the registry inside the caller's unit of work (imports)."""
        wanted = [(i, name) for i, name in enumerate(names) if latin_key(name)]
        results: list[list[tuple[PersonDTO, float]]] = [[] for _ in names]
        if not wanted:
            return results
        scores: list[dict[int, float]] = [{} for _ in names]
        rows = s.execute(select(Person.id, Person.full_name, Person.original_script_name))
        owners: list[int] = []
        candidates: list[str] = []
        for person_id, name, original in rows:
            for candidate in (name, original):
                if candidate:
                    owners.append(person_id)
                    candidates.append(candidate)
        # The best score of the person's two names, as name_similarity of every pair would.
        for i, j, score in similar_name_pairs(
            name_keys([name for _, name in wanted]), self._name_keys.keys(candidates), threshold
        ):
            found = scores[wanted[i][0]]
            person_id = owners[j]
            found[person_id] = max(score, found.get(person_id, score))
        people = {p.id: p for p in _load_many(s, sorted({k for d in scores for k in d}))}
        for i, found in enumerate(scores):
            ranked = sorted(found, key=lambda k: (-found[k], fold(people[k].full_name)))
            results[i] = [(people[k], found[k]) for k in ranked if k in people]
        return results

    def cases_of(self, person_id: int) -> list[tuple[str, str, PartyRole]]:
        """The cases a person is a party to: (case reference, title, role), by reference."""
        with self._uow("person") as s:
            get_or_raise(s, Person, person_id, "person")
            rows = s.execute(
                select(Case.reference, Case.title, CaseParty.role)
                .join(CaseParty, CaseParty.case_id == Case.id)
                .where(CaseParty.person_id == person_id)
                .order_by(Case.reference)
            ).all()
            return [(reference, title, PartyRole(role)) for reference, title, role in rows]

    def list(self, text: str = "", limit: int | None = None) -> list[PersonDTO]:
        """People whose full name, original-script name or pseudonym contains every word of
        `text`, case-insensitively in any script; a Latin word also finds its Cyrillic spelling
        ("aliya" finds "Алия"). Sorted by full name; at most `limit` people."""
        if limit is not None and limit < 0:
            raise DomainError("The number of people to list cannot be negative.", field="limit")
        words = fold(text).split()
        with self._uow("person") as s:
            rows = s.execute(
                select(Person.id, Person.full_name, Person.original_script_name, Person.pseudonym)
            ).all()
            matches = [
                (fold(full_name), person_id)
                for person_id, full_name, original, pseudonym in rows
                if _matches(words, full_name, original, pseudonym)
            ]
            matches.sort()
            ids = [person_id for _, person_id in matches[:limit]]
            return _load_many(s, ids)

    def registry(self, flt: PeopleFilter | None = None) -> list[PersonRow]:
        """The people registry: people matching every part of `flt`, with their roles and
        cases. Names match as in `list()` (any script, any case); nationality by ISO code;
        role and case (by reference, case-insensitively) through the person's case links."""
        flt = flt or PeopleFilter()
        words = fold(flt.text).split()
        with self._uow("person") as s:
            query = select(
                Person.id, Person.full_name, Person.original_script_name, Person.pseudonym
            )
            nationality = (flt.nationality or "").strip()
            if nationality:
                country = country_by_code(s, nationality, field="nationality")
                query = query.where(Person.nationality_id == country.id)
            links = select(CaseParty.person_id).join(Case, Case.id == CaseParty.case_id)
            if flt.role is not None:
                role = parse_vocab(PartyRole, flt.role, "role", "role")
                links = links.where(CaseParty.role == role)
            reference = (flt.case or "").strip()
            if reference:
                links = links.where(same_text(Case.reference, reference))
            if flt.role is not None or reference:
                query = query.where(Person.id.in_(links))
            matches = [
                (fold(full_name), person_id)
                for person_id, full_name, original, pseudonym in s.execute(query)
                if _matches(words, full_name, original, pseudonym)
            ]
            matches.sort()
            ids = [person_id for _, person_id in matches]
            people = _load_many(s, ids)
            roles: dict[int, set[PartyRole]] = {}
            cases: dict[int, set[str]] = {}
            for start in range(0, len(ids), _IN_CHUNK):
                chunk = ids[start : start + _IN_CHUNK]
                for person_id, role, case_reference in s.execute(
                    select(CaseParty.person_id, CaseParty.role, Case.reference)
                    .join(Case, Case.id == CaseParty.case_id)
                    .where(CaseParty.person_id.in_(chunk))
                ):
                    roles.setdefault(person_id, set()).add(PartyRole(role))
                    cases.setdefault(person_id, set()).add(case_reference)
        order = list(PartyRole)
        return [
            PersonRow(
                person=p,
                roles=tuple(sorted(roles.get(p.id, ()), key=order.index)),
                cases=tuple(sorted(cases.get(p.id, ()))),
            )
            for p in people
        ]

    # ------------------------------------------------------------------ validation

    def _validate(self, s: Session, data: PersonInput) -> dict[str, object]:
        today = self.today()
        full_name = require_text(data.full_name, "Full name", "full_name")
        for value, label, field in (
            (data.date_of_birth, "Date of birth", "date_of_birth"),
            (data.date_of_death, "Date of death", "date_of_death"),
            (data.consent_date, "Date of consent", "consent_date"),
        ):
            _not_future(value, label, field, today)
        check_order(
            data.date_of_birth,
            data.date_of_death,
            "Date of birth",
            "Date of death",
            "date_of_death",
        )
        check_order(
            data.date_of_birth,
            data.consent_date,
            "Date of birth",
            "Date of consent",
            "consent_date",
        )
        nationality = (data.nationality or "").strip()
        return {
            "full_name": full_name,
            "original_script_name": optional_text(
                data.original_script_name, "Name in original script", "original_script_name"
            ),
            "pseudonym": optional_text(data.pseudonym, "Pseudonym", "pseudonym"),
            "sex": parse_vocab(Sex, data.sex, "sex", "sex"),
            "date_of_birth": data.date_of_birth,
            "nationality": (
                country_by_code(s, nationality, field="nationality") if nationality else None
            ),
            "date_of_death": data.date_of_death,
            "contact": optional_text(data.contact, "Contact", "contact", max_length=LONG_TEXT),
            "safety_notes": optional_text(
                data.safety_notes, "Safety notes", "safety_notes", max_length=LONG_TEXT
            ),
            "consent_to_act": data.consent_to_act,
            "consent_to_be_named": bool(data.consent_to_be_named),
            "consent_date": data.consent_date,
            "consent_form": optional_text(data.consent_form, "Form of consent", "consent_form"),
            "notes": optional_text(data.notes, "Notes", "notes", max_length=LONG_TEXT),
        }


def person_to_dto(person: Person) -> PersonDTO:
    """Map a Person whose `nationality` is loaded (or None) to its DTO."""
    country = person.nationality if person.nationality_id is not None else None
    return PersonDTO(
        id=person.id,
        uuid=person.uuid,
        full_name=person.full_name,
        original_script_name=person.original_script_name,
        pseudonym=person.pseudonym,
        sex=Sex(person.sex),
        date_of_birth=person.date_of_birth,
        nationality=country.code if country else None,
        nationality_name=country.name if country else None,
        date_of_death=person.date_of_death,
        contact=person.contact,
        safety_notes=person.safety_notes,
        consent_to_act=person.consent_to_act,
        consent_to_be_named=person.consent_to_be_named,
        consent_date=person.consent_date,
        consent_form=person.consent_form,
        notes=person.notes,
        version=person.version,
    )


def _load(s: Session, person_id: int) -> Person:
    person = s.scalar(
        select(Person).options(joinedload(Person.nationality)).where(Person.id == person_id)
    )
    if person is None:
        raise NotFoundError("The person no longer exists (it may have been deleted).")
    return person


def _load_many(s: Session, ids: list[int]) -> list[PersonDTO]:
    """DTOs of these people, in the order of `ids`."""
    if not ids:
        return []
    people = {}
    for start in range(0, len(ids), _IN_CHUNK):  # SQLite caps the variables of a statement
        chunk = ids[start : start + _IN_CHUNK]
        people.update(
            (p.id, p)
            for p in s.scalars(
                select(Person).options(joinedload(Person.nationality)).where(Person.id.in_(chunk))
            )
        )
    return [person_to_dto(people[i]) for i in ids if i in people]


def _matches(words: list[str], *names: str) -> bool:
    if not words:  # no filter text: skip folding and transliterating every name
        return True
    haystack = " | ".join(fold(n) for n in names if n)
    latin = " | ".join(latin_key(n) for n in names if n)
    for word in words:
        if word in haystack:
            continue
        key = latin_key(word)
        if key and key in latin:
            continue
        return False
    return True


def _not_future(value: date | None, label: str, field: str, today: date) -> None:
    if value is not None and value > today:
        raise DomainError(
            f"{label} ({value:%d %B %Y}) is in the future; only past dates can be recorded.",
            field=field,
        )
