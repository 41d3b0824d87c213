"""SearchService: cases and people in one search, in any script, ranked, refreshed on change."""

from __future__ import annotations

import pytest

from app.errors import DomainError
from app.services.cases import CaseService
from app.services.dto import CaseInput, PersonInput
from app.services.people import PeopleService
from app.services.search import HitKind, SearchService


@pytest.fixture
def search(session_factory, clock) -> SearchService:
    return SearchService(session_factory, clock=clock)


@pytest.fixture
def cases(session_factory, clock) -> CaseService:
    return CaseService(session_factory, clock=clock)


@pytest.fixture
def people(session_factory, clock) -> PeopleService:
    return PeopleService(session_factory, clock=clock)


@pytest.fixture
def portfolio(cases: CaseService, people: PeopleService) -> dict[str, int]:
    ids = {}
    for data in (
        CaseInput(
            reference="KZ-CCPR-2137",
            title="Toregozhina v. Kazakhstan",
            body="CCPR",
            state="KZ",
            communication_number="2137/2012",
            symbol="CCPR/C/112/D/2137/2012",
        ),
        CaseInput(
            reference="KZ-CAT-433",
            title="Gerasimov v. Kazakhstan",
            body="CAT",
            state="KZ",
            communication_number="433/2010",
            symbol="CAT/C/48/D/433/2010",
        ),
        CaseInput(reference="UZ-1", title="Жалоба Тореғожиной", body="CCPR", state="UZ"),
        CaseInput(reference="KZ-CCPR-21", title="Early case", body="CCPR", state="KZ"),
    ):
        ids[data.reference] = cases.create(data).id
    for data in (
        PersonInput(full_name="Алия Нурпеисова", pseudonym="A.N."),
        PersonInput(full_name="Aliya Serikovna", original_script_name="Алия Сериковна"),
        PersonInput(full_name="ЁЛКИН Ерлан", pseudonym="Witness E."),
        PersonInput(full_name="عمر الفاروق", pseudonym="O.F."),
    ):
        ids[data.full_name] = people.create(data).id
    return ids


def titles(results) -> list[str]:
    return [h.title for h in results.hits]


def test_finds_cases_by_each_field(search, portfolio) -> None:
    for text in ("kz-cat-433", "gerasimov", "433/2010", "CAT/C/48"):
        hits = search.search(text).hits
        assert [(h.kind, h.id) for h in hits] == [(HitKind.CASE, portfolio["KZ-CAT-433"])], text
    hit = search.search("433/2010").hits[0]
    assert hit.title == "KZ-CAT-433 — Gerasimov v. Kazakhstan"
    assert hit.detail == "CAT/C/48/D/433/2010 · CAT · Kazakhstan · Preparation"


def test_every_word_must_match_in_any_field(search, portfolio) -> None:
    assert titles(search.search("toregozhina 2137")) == ["KZ-CCPR-2137 — Toregozhina v. Kazakhstan"]
    assert search.search("toregozhina 433").hits == ()


def test_cyrillic_is_case_folded_and_latin_finds_cyrillic(search, portfolio) -> None:
    # SQLite's LIKE would not fold Cyrillic case: the search does.
    assert [h.id for h in search.search("ТОРЕҒОЖИНОЙ").hits] == [portfolio["UZ-1"]]
    assert [h.id for h in search.search("ёлкин").hits] == [portfolio["ЁЛКИН Ерлан"]]
    # "aliya" finds Алия Нурпеисова (transliteration) and Aliya Serikovna.
    found = {h.id for h in search.search("aliya").hits}
    assert found == {portfolio["Алия Нурпеисова"], portfolio["Aliya Serikovna"]}
    assert [h.id for h in search.search("сериковна").hits] == [portfolio["Aliya Serikovna"]]


def test_people_by_pseudonym_and_arabic_name(search, portfolio) -> None:
    assert [h.id for h in search.search("witness e.").hits] == [portfolio["ЁЛКИН Ерлан"]]
    hits = search.search("الفاروق").hits
    assert [(h.kind, h.title) for h in hits] == [(HitKind.PERSON, "عمر الفاروق")]
    assert "pseudonym O.F." in hits[0].detail
    assert "not to be named" in hits[0].detail


def test_exact_reference_ranks_first_then_prefix(search, portfolio) -> None:
    hits = search.search("KZ-CCPR-21").hits
    assert [h.id for h in hits] == [portfolio["KZ-CCPR-21"], portfolio["KZ-CCPR-2137"]]


def test_cases_come_before_people(search, portfolio, people) -> None:
    people.create(PersonInput(full_name="Kazakhstan Witness"))
    kinds = [h.kind for h in search.search("kazakhstan").hits]
    assert kinds == [HitKind.CASE, HitKind.CASE, HitKind.PERSON]


def test_limit_and_counts_beyond_it(search, portfolio) -> None:
    results = search.search("kz", limit=1)
    assert results.cases_found == 3
    assert results.more_cases == 2
    assert len(results.hits) == 1
    assert results.people_found == results.more_people == 0


def test_empty_text_finds_nothing(search, portfolio) -> None:
    for text in ("", "   ", "\t"):
        results = search.search(text)
        assert results.hits == ()
        assert results.cases_found == results.people_found == 0


@pytest.mark.parametrize("limit", [0, -1, 201, True, 2.5])
def test_bad_limit(search, limit) -> None:
    with pytest.raises(DomainError, match="between 1 and 200") as info:
        search.search("x", limit=limit)
    assert info.value.field == "limit"


def test_too_long_text(search) -> None:
    with pytest.raises(DomainError, match="too long") as info:
        search.search("x" * 201)
    assert info.value.field == "text"


def test_index_follows_changes_and_is_not_rebuilt_otherwise(
    search, portfolio, cases, people
) -> None:
    search.search("gerasimov")
    search.search("toregozhina")
    assert search.index_builds() == (1, 1)
    case = cases.get(portfolio["KZ-CAT-433"])
    data = CaseInput(
        reference=case.reference,
        title="Gerasimov and others v. Kazakhstan",
        body=case.body,
        state=case.state,
        communication_number=case.communication_number,
        symbol=case.symbol,
    )
    cases.update(case.id, data, expected_version=case.version)
    assert titles(search.search("others")) == ["KZ-CAT-433 — Gerasimov and others v. Kazakhstan"]
    cases.delete(portfolio["UZ-1"], expected_version=1)
    assert search.search("тореғожиной").hits == ()
    new = people.create(PersonInput(full_name="Zarina Testova"))
    assert [h.id for h in search.search("zarina").hits] == [new.id]
    assert search.index_builds()[0] == 3
