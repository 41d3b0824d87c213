"""PeopleListing: the people registry's ordered ids (filter and sort in SQL, names in the
Unicode collation's order through `people.name_key`) and its rows, a page at a time."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from app.errors import DomainError
from app.services.cases import CaseService
from app.services.dto import CaseInput, PartyInput, PeopleFilter, PersonInput
from app.services.listing import PeopleListing, name_sort_key
from app.services.people import PeopleService
from app.vocab import PartyRole, Sex

NAMES = (
    "Zhanna Ospanova",
    "aliya Nurpeisova",
    "Жанна Оспанова",
    "Ерёменко Анна",
    "Ёлкин Ерлан",
    "عمر الفاروق",
    "أحمد منصور",
    "Sérgazy Bekov",
    "Sergey Adamov",
)
# Latin before Cyrillic before Arabic; case ignored; accents only break ties; Ё with Е.
ORDER = [
    "aliya Nurpeisova",
    "Sérgazy Bekov",  # "serga..." before "serge...": the accent is no letter of its own
    "Sergey Adamov",
    "Zhanna Ospanova",
    "Ёлкин Ерлан",
    "Ерёменко Анна",
    "Жанна Оспанова",
    "أحمد منصور",
    "عمر الفاروق",
]


@pytest.fixture
def listing(session_factory, clock) -> PeopleListing:
    return PeopleListing(session_factory, clock=clock)


@pytest.fixture
def people(session_factory, clock) -> PeopleService:
    return PeopleService(session_factory, clock=clock)


@pytest.fixture
def named(people) -> dict[str, int]:
    return {n: people.create(PersonInput(full_name=n, sex=Sex.UNKNOWN)).id for n in NAMES}


def full_names(listing: PeopleListing, ids: list[int]) -> list[str]:
    return [r.person.full_name for r in listing.rows(ids)]


def test_names_sort_in_their_alphabets_both_ways(listing, named) -> None:
    ids = listing.ids()
    assert full_names(listing, ids) == ORDER
    assert full_names(listing, listing.ids(descending=True)) == list(reversed(ORDER))
    assert name_sort_key("Ёлкин") < name_sort_key("Ерёменко") < name_sort_key("Жанна")
    assert name_sort_key("Иван") < name_sort_key("Йошкар") < name_sort_key("Карим")


def test_a_renamed_person_moves_to_the_right_place(listing, people, named) -> None:
    listing.ids()
    person = people.get(named["Sergey Adamov"])
    data = PersonInput(full_name="Ádám Zoltán", sex=Sex.UNKNOWN)
    people.update(person.id, data, expected_version=person.version)
    assert full_names(listing, listing.ids())[:2] == ["Ádám Zoltán", "aliya Nurpeisova"]


def test_filters(listing, people, named, session_factory, clock, backend: str) -> None:
    cases = CaseService(session_factory, clock=clock)
    case = cases.create(
        CaseInput(reference="KZ-9", title="Nine v. Kazakhstan", body="CCPR", state="KZ")
    )
    cases.add_party(case.id, PartyInput(named["Ёлкин Ерлан"], PartyRole.WITNESS))
    cases.add_party(case.id, PartyInput(named["aliya Nurpeisova"], PartyRole.VICTIM))
    kz = people.create(PersonInput(full_name="Алия Нурпеисова", nationality="KZ"))

    def names(**kwargs: object) -> list[str]:
        return full_names(listing, listing.ids(PeopleFilter(**kwargs)))  # type: ignore[arg-type]

    assert names(text="ЕЛКИН") == ["Ёлкин Ерлан"]  # Cyrillic case folded, Ё as Е
    if backend == "sqlite":  # the FTS5 index; PostgreSQL's ILIKE fallback folds case only
        assert names(text="sergazy") == ["Sérgazy Bekov"]  # diacritics ignored
        assert names(text="nurpeis") == ["aliya Nurpeisova", "Алия Нурпеисова"]  # both scripts
    assert names(text="алия") == ["Алия Нурпеисова"]
    assert names(text="الفاروق") == ["عمر الفاروق"]
    assert names(nationality="kz") == ["Алия Нурпеисова"]
    assert names(role=PartyRole.WITNESS) == ["Ёлкин Ерлан"]
    assert names(case="kz-9") == ["aliya Nurpeisova", "Ёлкин Ерлан"]
    assert names(case="kz-9", role=PartyRole.VICTIM, text="aliya") == ["aliya Nurpeisova"]
    assert names(text="qqqzzz") == []
    assert listing.count() == len(NAMES) + 1
    assert listing.count(PeopleFilter(case="KZ-9")) == 2
    rows = {r.person.full_name: r for r in listing.rows(listing.ids(PeopleFilter(case="KZ-9")))}
    assert rows["Ёлкин Ерлан"].roles == (PartyRole.WITNESS,)
    assert rows["Ёлкин Ерлан"].cases == ("KZ-9",)
    assert full_names(listing, listing.ids(sort="nationality", descending=True))[0] == (
        kz.full_name
    )


def test_bad_filter_and_sort_are_explained(listing) -> None:
    with pytest.raises(DomainError) as info:
        listing.ids(PeopleFilter(nationality="Atlantis"))
    assert info.value.field == "nationality"
    with pytest.raises(DomainError, match="cannot be sorted"):
        listing.ids(sort="safety_notes")


def test_rows_keep_the_order_given_and_skip_the_vanished(listing, named) -> None:
    ids = [named["Zhanna Ospanova"], 999_999, named["Ёлкин Ерлан"]]
    assert full_names(listing, ids) == ["Zhanna Ospanova", "Ёлкин Ерлан"]
    assert listing.rows([]) == []


def test_a_page_costs_a_fixed_number_of_statements(listing, people, engine) -> None:
    for i in range(300):
        people.create(PersonInput(full_name=f"Person {i:03}", sex=Sex.UNKNOWN))
    listing.ids()  # fills the sort keys of the new people once
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "PRAGMA", "COMMIT", "ROLLBACK")):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        ids = listing.ids()
        # The keys to fill (none); the ordered ids go to the DB-API cursor directly.
        assert len(statements) == 1
        statements.clear()
        rows = listing.rows(ids[:50])
        assert len(rows) == 50
        assert len(statements) == 2  # the people with their nationality, their case links
        assert all("LIMIT" not in s or "people" not in s for s in statements)
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_name_keys_are_filled_for_new_people_and_reset_on_rename(
    listing, people, named, engine
) -> None:
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM people WHERE name_key IS NULL")) == len(NAMES)
    listing.warm()
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM people WHERE name_key IS NULL")) == 0
    person = people.get(named["Zhanna Ospanova"])
    people.update(
        person.id,
        PersonInput(full_name="Zhanna Ospanova-Bek", sex=Sex.UNKNOWN),
        expected_version=person.version,
    )
    with engine.connect() as conn:
        assert (
            conn.scalar(text("SELECT name_key FROM people WHERE id = :i"), {"i": person.id}) is None
        )
