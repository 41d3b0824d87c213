"""FullTextService: FTS5 over cases, people, follow-up and recommendations; ranked; any script."""

from __future__ import annotations

from datetime import date

import pytest

from app.cli import main
from app.errors import DomainError
from app.services.cases import CaseService
from app.services.dto import CaseInput, PersonInput
from app.services.fulltext import FullTextService, Kind, fts_query
from app.services.people import PeopleService


@pytest.fixture
def fulltext(session_factory, clock) -> FullTextService:
    return FullTextService(session_factory, clock=clock)


@pytest.fixture
def records(session_factory, clock) -> dict[str, int]:
    cases = CaseService(session_factory, clock=clock)
    people = PeopleService(session_factory, clock=clock)
    ids = {
        "toregozhina": cases.create(
            CaseInput(
                reference="KZ-CCPR-2137",
                title="Toregozhina v. Kazakhstan",
                body="CCPR",
                state="KZ",
                communication_number="2137/2012",
                symbol="CCPR/C/112/D/2137/2012",
                notes="Detained in Almaty during the January events.",
            )
        ).id,
        "almaty": cases.create(
            CaseInput(reference="KZ-CAT-1", title="Almaty v. Almaty", body="CAT", state="KZ")
        ).id,
    }
    for key, data in (
        ("алия", PersonInput(full_name="Алия Нурпеисова", pseudonym="A.N.")),
        ("sergazy", PersonInput(full_name="Sérgazy Toregozhin", original_script_name="Серғазы")),
        ("елкин", PersonInput(full_name="ЁЛКИН Ерлан", pseudonym="Witness E.")),
    ):
        ids[key] = people.create(data).id
    return ids


def _ids(results, kind: Kind) -> list[int]:
    return [h.id for h in results.hits if h.kind is kind]


def test_cyrillic_case_and_diacritics_insensitive(fulltext, records, on_postgresql) -> None:
    if on_postgresql:
        pytest.skip("PostgreSQL falls back to ILIKE, which does not drop diacritics")
    assert fulltext.available()
    assert _ids(fulltext.search("алия"), Kind.PERSON) == [records["алия"]]
    assert _ids(fulltext.search("АЛИЯ нурп"), Kind.PERSON) == [records["алия"]]
    assert _ids(fulltext.search("sergazy"), Kind.PERSON) == [records["sergazy"]]
    assert _ids(fulltext.search("SÉRGAZY"), Kind.PERSON) == [records["sergazy"]]
    assert _ids(fulltext.search("елкин"), Kind.PERSON) == [records["елкин"]]
    assert _ids(fulltext.search("ёлкин"), Kind.PERSON) == [records["елкин"]]


def test_notes_numbers_and_prefixes(fulltext, records) -> None:
    assert _ids(fulltext.search("january"), Kind.CASE) == [records["toregozhina"]]
    assert _ids(fulltext.search("2137/2012"), Kind.CASE) == [records["toregozhina"]]
    assert _ids(fulltext.search("toregozh"), Kind.CASE) == [records["toregozhina"]]
    assert fulltext.search("toregozhina january almaty").found == 1
    assert fulltext.search("nothing-like-this").hits == ()


def test_ranked_by_bm25(fulltext, records, on_postgresql) -> None:
    if on_postgresql:
        pytest.skip("no ranking on the ILIKE fallback")
    results = fulltext.search("almaty", kinds=(Kind.CASE,))
    assert _ids(results, Kind.CASE) == [records["almaty"], records["toregozhina"]]
    assert results.hits[0].score < results.hits[1].score  # bm25: lower is better


def test_kinds_limit_and_count(fulltext, records) -> None:
    results = fulltext.search("toregozhin", kinds=(Kind.PERSON,))
    assert [h.kind for h in results.hits] == [Kind.PERSON]
    results = fulltext.search("almaty", kinds=(Kind.CASE,), limit=1)
    assert len(results.hits) == 1
    assert results.found == 2


def test_triggers_follow_updates_and_deletes(
    fulltext, records, session_factory, clock, on_postgresql
) -> None:
    if on_postgresql:
        pytest.skip("no index on PostgreSQL")
    people = PeopleService(session_factory, clock=clock)
    person = people.get(records["алия"])
    people.update(
        person.id,
        PersonInput(full_name="Зарина Нурпеисова", pseudonym="Z.N."),
        expected_version=person.version,
    )
    assert fulltext.search("алия").hits == ()
    assert _ids(fulltext.search("зарина"), Kind.PERSON) == [person.id]


def test_punctuation_and_quotes_are_not_syntax(fulltext, records) -> None:
    assert fts_query('a"b OR') == '"a""b"* "OR"*'
    assert fulltext.search('"almaty" OR NEAR(').hits == ()
    assert fulltext.search("  ... ").hits == ()


@pytest.mark.parametrize("limit", [0, 501, True])
def test_bad_limit(fulltext, limit) -> None:
    with pytest.raises(DomainError) as err:
        fulltext.search("x", limit=limit)
    assert err.value.field == "limit"


def test_too_long_text(fulltext) -> None:
    with pytest.raises(DomainError) as err:
        fulltext.search("x" * 201)
    assert err.value.field == "text"


@pytest.mark.sqlite_only
def test_rebuild_and_cli(fulltext, records, db_path, capsys) -> None:
    assert fulltext.rebuild() == 5
    assert _ids(fulltext.search("алия"), Kind.PERSON) == [records["алия"]]
    assert main(["--db", str(db_path), "search", "rebuild"]) == 0
    assert "5 records" in capsys.readouterr().out


def test_clock_is_unused_but_accepted(session_factory) -> None:
    assert FullTextService(session_factory, clock=lambda: date(2026, 1, 1)).search("").hits == ()
