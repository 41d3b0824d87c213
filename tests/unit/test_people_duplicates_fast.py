"""Fast duplicate detection gives exactly what comparing every pair of names gives.

`similar_name_pairs` prefilters with rapidfuzz's vectorised ratio on sorted characters and
scores only the pairs left; these tests compare it, the registry search and the within-file
check of the spreadsheet import with the brute-force definitions, on generated Latin and
Cyrillic names with patronymics, reordered words and one-letter spelling differences."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db import SessionFactory
from app.services.dto import PersonInput
from app.services.people import (
    NameKeyCache,
    PeopleService,
    name_keys,
    name_similarity,
    similar_name_pairs,
)
from app.services.people_import import _Parsed, _same_as_earlier, likely_same

FIRST = ["Ivan", "Иван", "Shukhrat", "Шухрат", "Aliya", "Алия", "Yerlan", "Ерлан", "Akmal"]
SURNAMES = ["Ivanov", "Иванов", "Rakhimov", "Рахимов", "Nurpeisova", "Нурпеисова", "Seitkazy"]
PATRONYMICS = ["Petrovich", "Петрович", "Alievna", "Алиевна", "Ali o'g'li", "Али угли", "Serikuly"]
ODD = ["—", "", "  ", "O'Neil", "Ёлкин", "Zhanar"]


@st.composite
def misspelt(draw: st.DrawFn, word: str) -> str:
    """`word`, or `word` with one letter changed, added or left out."""
    how = draw(st.sampled_from(["same", "same", "change", "add", "drop"]))
    if how == "same" or len(word) < 2:
        return word
    at = draw(st.integers(1, len(word) - 1))
    letter = draw(st.sampled_from("aeiouykhсиа"))
    if how == "change":
        return word[:at] + letter + word[at + 1 :]
    if how == "add":
        return word[:at] + letter + word[at:]
    return word[:at] + word[at + 1 :]


@st.composite
def names(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 15)) == 0:
        return draw(st.sampled_from(ODD))
    words = [
        draw(misspelt(draw(st.sampled_from(SURNAMES)))),
        draw(misspelt(draw(st.sampled_from(FIRST)))),
    ]
    if draw(st.booleans()):
        words.append(draw(misspelt(draw(st.sampled_from(PATRONYMICS)))))
    if draw(st.integers(0, 5)) == 0:
        words.append(draw(st.sampled_from(FIRST + SURNAMES)))
    return " ".join(draw(st.permutations(words)))


thresholds = st.one_of(
    st.sampled_from([85.0, 70.0, 90.0, 95.0, 96.0, 100.0, 0.0, 0.5]),
    st.floats(0, 100, allow_nan=False),
)


def brute_force(firsts: list[str], seconds: list[str], threshold: float):
    return [
        (i, j, score)
        for i, a in enumerate(firsts)
        for j, b in enumerate(seconds)
        if (score := name_similarity(a, b)) >= threshold
    ]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(names(), max_size=10), st.lists(names(), max_size=14), thresholds)
def test_similar_name_pairs_is_every_pair_compared(
    firsts: list[str], seconds: list[str], threshold: float
) -> None:
    fast = similar_name_pairs(name_keys(firsts), name_keys(seconds), threshold)
    assert fast == brute_force(firsts, seconds, threshold)


@settings(max_examples=50, deadline=None)
@given(st.lists(names(), max_size=14), thresholds)
def test_same_as_earlier_is_every_earlier_row_compared(rows: list[str], threshold: float) -> None:
    parsed = [
        _Parsed(row=n + 2, values=(name,), person=PersonInput(name)) for n, name in enumerate(rows)
    ]
    expected = [
        tuple(q.row for q in parsed[:i] if likely_same(rows[i], q.person.full_name, threshold))
        for i in range(len(parsed))
    ]
    assert _same_as_earlier(parsed, threshold) == expected


def test_one_letter_and_word_order_found_as_before() -> None:
    """Pairs the prefilter must not lose: word order beats sorted words, patronymic left out."""
    firsts = ["Yerlan Seitkazy", "Рахимов Шухрат Алиевич", "Ivan Ivanov", "Aliya Nurpeisova"]
    seconds = ["Сейтказы Ерлан", "Shukhrat Rakhimov", "Ivanov Ivan Petrovich", "Nurpeisova Aliia"]
    fast = similar_name_pairs(name_keys(firsts), name_keys(seconds), 85)
    assert fast == brute_force(firsts, seconds, 85)
    assert {(i, j) for i, j, _ in fast} >= {(0, 0), (1, 1), (2, 2), (3, 3)}


def test_registry_search_matches_every_person_compared(session_factory: SessionFactory) -> None:
    people = PeopleService(session_factory)
    registry = [
        ("Akmal Abdullayev", "Акмаль Абдуллаев"),
        ("Shukhrat Rakhimov", None),
        ("Rakhimov Shukhrat Alievich", "Рахимов Шухрат Алиевич"),
        ("Ivan Ivanov", ""),
        ("Ivanov Ivan Petrovich", None),
        ("Aliia Nurpeisova", "Алия Нурпеисова"),
        ("Yerlan Seitkazy", None),
        ("Zhanar Omarova", "Жанар Омарова"),
    ]
    ids = [
        people.create(PersonInput(full, original_script_name=original)).id
        for full, original in registry
    ]
    wanted = ["Абдуллаев Акмал", "Шухрат Рахимов", "Ivanov Ivan", "Сейтказы Ерлан", "—", "Bob"]
    for threshold in (85.0, 70.0, 0.0):
        with people._uow("person") as s:
            found = people._similar_in(s, wanted, threshold=threshold)
        # The definition: each person's best score over their names, then best first.
        for name, result in zip(wanted, found, strict=True):
            expected = {}
            if name_keys([name])[0].key:  # a name without letters resembles nobody
                for person_id, (full, original) in zip(ids, registry, strict=True):
                    score = max(name_similarity(name, n) for n in (full, original) if n)
                    if score >= threshold:
                        expected[person_id] = score
            assert {dto.id: score for dto, score in result} == expected
            scores = [score for _, score in result]
            assert scores == sorted(scores, reverse=True)
    # Asked again, the registry's names come from the cache and give the same answer.
    with people._uow("person") as s:
        assert people._similar_in(s, wanted) == people._similar_in(s, wanted)


def test_name_key_cache_gives_the_keys_of_its_names_within_and_beyond_its_limit() -> None:
    names = ["Алия Нурпеисова", "Aliya Nurpeisova", "Рахимов Шухрат Алиевич", "—"]
    for limit in (10, 2):
        cache = NameKeyCache(limit=limit)
        for _ in range(2):  # the second time from the cache when it fits
            assert cache.keys(names) == name_keys(names)
    assert name_keys(names)[0] == name_keys(names)[1]  # one key for both spellings
    assert name_keys(names)[2].bare == ("rakhimov shukhrat",)
