"""PeopleService: people, their consent, search in any script and duplicate detection."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.db import session_scope
from app.errors import ConflictError, DomainError, NotFoundError
from app.services.cases import CaseService
from app.services.dto import CaseInput, PartyInput, PersonInput
from app.services.people import PeopleService, latin_key, name_similarity
from app.vocab import PartyRole, Sex
from models import Person

ALIYA = PersonInput(
    full_name="Aliya Nurpeisova",
    original_script_name="Алия Нурпеисова",
    pseudonym="A.N.",
    sex=Sex.FEMALE,
    date_of_birth=date(1984, 3, 2),
    nationality="KZ",
    contact="+7 701 000 00 00",
    safety_notes="Do not call after 20:00; phone may be monitored.",
    consent_to_act=True,
    consent_to_be_named=False,
    consent_date=date(2023, 5, 14),
    consent_form="Signed power of attorney",
    notes="Met in Almaty.",
)


@pytest.fixture
def people(session_factory, clock) -> PeopleService:
    return PeopleService(session_factory, clock=clock)


@pytest.fixture
def cases(session_factory, clock) -> CaseService:
    return CaseService(session_factory, clock=clock)


def _case(cases: CaseService, reference: str) -> int:
    return cases.create(
        CaseInput(reference=reference, title=f"Case {reference}", body="CCPR", state="KZ")
    ).id


# ---------------------------------------------------------------------- CRUD


def test_create_and_get_round_trip(people):
    created = people.create(ALIYA)
    loaded = people.get(created.id)
    assert loaded == created
    assert loaded.full_name == "Aliya Nurpeisova"
    assert loaded.original_script_name == "Алия Нурпеисова"
    assert loaded.nationality == "KZ"
    assert loaded.nationality_name == "Kazakhstan"
    assert loaded.sex is Sex.FEMALE
    assert loaded.date_of_birth == date(1984, 3, 2)
    assert loaded.consent_to_act is True
    assert loaded.consent_to_be_named is False
    assert loaded.consent_date == date(2023, 5, 14)
    assert loaded.consent_form == "Signed power of attorney"
    assert loaded.safety_notes.startswith("Do not call")
    assert loaded.version == 1
    assert loaded.public_name == "A.N."


def test_minimal_person_has_defaults(people):
    person = people.create(PersonInput(full_name="  Daniyar  "))
    assert person.full_name == "Daniyar"
    assert person.sex is Sex.UNKNOWN
    assert person.nationality is None
    assert person.nationality_name is None
    assert person.consent_to_act is None


@pytest.mark.parametrize(
    "name",
    [
        "Алия Серіковна Нурпеисова",
        "Ғалым Құдайбергенұлы Әбішев",
        "عبد الله بن محمد",
        "Gʻulomjon Xoʻjayev Oʻgʻli",
        "Ўктам Ҳасанов",
        "José  María O'Neill-Núñez",
    ],
)
def test_names_round_trip_exactly(people, name):
    created = people.create(PersonInput(full_name=name, original_script_name=name, pseudonym=name))
    loaded = people.get(created.id)
    assert loaded.full_name == name
    assert loaded.original_script_name == name
    assert loaded.pseudonym == name


def test_nationality_by_alpha3_or_name(people):
    assert people.create(PersonInput(full_name="A", nationality="uzb")).nationality == "UZ"
    assert people.create(PersonInput(full_name="B", nationality="Kazakhstan")).nationality == "KZ"


def test_update_round_trip_and_version(people):
    created = people.create(ALIYA)
    changed = replace(ALIYA, full_name="Aliya S. Nurpeisova", nationality=None, pseudonym="")
    updated = people.update(created.id, changed, expected_version=created.version)
    assert updated.full_name == "Aliya S. Nurpeisova"
    assert updated.nationality is None
    assert updated.public_name == "A.S.N."
    assert updated.version == created.version + 1
    assert people.get(created.id) == updated


def test_update_with_stale_version_is_refused(people):
    created = people.create(ALIYA)
    people.update(created.id, replace(ALIYA, notes="first"), expected_version=1)
    with pytest.raises(ConflictError, match="person was changed elsewhere") as e:
        people.update(created.id, replace(ALIYA, notes="second"), expected_version=1)
    assert e.value.current_version == 2
    assert people.get(created.id).notes == "first"


def _stale_person_edit(people: PeopleService, person_id: int) -> None:
    with people._uow("person") as s:
        stale = s.get_one(Person, person_id)
        s.commit()  # the editor keeps what it loaded; its read transaction ends
        people.update(person_id, replace(ALIYA, notes="saved elsewhere"), expected_version=1)
        stale.notes = "stale edit"
        s.flush()


def test_person_changed_in_another_session_is_a_conflict(people):
    created = people.create(ALIYA)
    with pytest.raises(ConflictError, match="person was changed elsewhere"):
        _stale_person_edit(people, created.id)
    assert people.get(created.id).notes == "saved elsewhere"


def test_get_missing_person(people):
    with pytest.raises(NotFoundError, match="no longer exists"):
        people.get(987654)


def test_delete_person(people):
    created = people.create(ALIYA)
    people.delete(created.id, expected_version=created.version)
    with pytest.raises(NotFoundError):
        people.get(created.id)


def test_delete_with_stale_version_is_refused(people):
    created = people.create(ALIYA)
    people.update(created.id, replace(ALIYA, notes="changed"), expected_version=1)
    with pytest.raises(ConflictError):
        people.delete(created.id, expected_version=1)
    assert people.get(created.id).full_name == "Aliya Nurpeisova"


def test_delete_refused_while_party_to_cases(people, cases):
    person = people.create(ALIYA)
    for reference in ("KZ-2023-07", "KZ-2022-01"):
        cases.add_party(_case(cases, reference), PartyInput(person.id, PartyRole.VICTIM))
    with pytest.raises(
        DomainError,
        match=re.escape(
            "Aliya Nurpeisova cannot be deleted: they are still a party to cases "
            "KZ-2022-01, KZ-2023-07. Remove them from those cases first."
        ),
    ):
        people.delete(person.id, expected_version=person.version)
    assert people.get(person.id).id == person.id


def test_cases_of_a_person(people, cases):
    person = people.create(ALIYA)
    second = _case(cases, "KZ-2023-07")
    first = _case(cases, "KZ-2022-01")
    cases.add_party(second, PartyInput(person.id, PartyRole.AUTHOR_AND_VICTIM))
    cases.add_party(first, PartyInput(person.id, PartyRole.WITNESS))
    assert people.cases_of(person.id) == [
        ("KZ-2022-01", "Case KZ-2022-01", PartyRole.WITNESS),
        ("KZ-2023-07", "Case KZ-2023-07", PartyRole.AUTHOR_AND_VICTIM),
    ]
    assert people.cases_of(people.create(PersonInput(full_name="Nobody")).id) == []
    with pytest.raises(NotFoundError):
        people.cases_of(987654)


# ---------------------------------------------------------------------- validation


def _future(today: date) -> date:
    return today + timedelta(days=1)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"full_name": ""}, "full_name", "Full name is required"),
        ({"full_name": "   "}, "full_name", "Full name is required"),
        ({"full_name": "x" * 256}, "full_name", r"too long \(256 characters; at most 255\)"),
        ({"original_script_name": "я" * 256}, "original_script_name", "too long"),
        ({"pseudonym": "p" * 256}, "pseudonym", "too long"),
        ({"consent_form": "f" * 256}, "consent_form", "too long"),
        ({"nationality": "Atlantis"}, "nationality", "Unknown country “Atlantis”"),
        ({"nationality": "XX"}, "nationality", "Unknown country"),
        ({"sex": "dragon"}, "sex", "“dragon” is not a valid sex"),
        (
            {"date_of_birth": date(1990, 1, 1), "date_of_death": date(1989, 12, 31)},
            "date_of_death",
            r"Date of death \(31 December 1989\) cannot be before date of birth "
            r"\(01 January 1990\)",
        ),
        (
            {"date_of_birth": date(1990, 1, 1), "consent_date": date(1985, 1, 1)},
            "consent_date",
            "Date of consent .* cannot be before date of birth",
        ),
    ],
)
def test_person_validation(people, changes, field, message):
    with pytest.raises(DomainError, match=message) as e:
        people.create(replace(ALIYA, **changes))
    assert e.value.field == field
    assert people.list() == []


@pytest.mark.parametrize("field", ["date_of_birth", "date_of_death", "consent_date"])
def test_dates_in_the_future_are_refused(people, today, field):
    with pytest.raises(DomainError, match="is in the future") as e:
        people.create(replace(ALIYA, **{"date_of_birth": None, field: _future(today)}))
    assert e.value.field == field


def test_today_is_not_the_future(people, today):
    person = people.create(replace(ALIYA, date_of_birth=today, consent_date=today))
    assert person.date_of_birth == today


def test_update_is_validated_too(people):
    created = people.create(ALIYA)
    with pytest.raises(DomainError, match="Full name is required"):
        people.update(created.id, replace(ALIYA, full_name=" "), expected_version=1)
    assert people.get(created.id).version == 1


# ---------------------------------------------------------------------- list


@pytest.fixture
def crowd(people):
    for data in (
        PersonInput(full_name="Алия Нурпеисова"),
        PersonInput(full_name="Bakhyt Serikov", original_script_name="Бахыт Сериков"),
        PersonInput(full_name="Gʻulomjon Xoʻjayev", pseudonym="G.X."),
        PersonInput(full_name="Ерлан Сейтказы", pseudonym="Witness E"),
        PersonInput(full_name="Aisha Omarova"),
    ):
        people.create(data)
    return people


def names(people_list) -> list[str]:
    return [p.full_name for p in people_list]


def test_list_all_sorted_by_name(crowd):
    assert names(crowd.list()) == [
        "Aisha Omarova",
        "Bakhyt Serikov",
        "Gʻulomjon Xoʻjayev",
        "Алия Нурпеисова",
        "Ерлан Сейтказы",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("алия", ["Алия Нурпеисова"]),
        ("АЛИЯ", ["Алия Нурпеисова"]),
        ("нурпеИСОВА алия", ["Алия Нурпеисова"]),
        ("aliya", ["Алия Нурпеисова"]),
        ("бахыт", ["Bakhyt Serikov"]),
        ("SERIKOV", ["Bakhyt Serikov"]),
        ("witness e", ["Ерлан Сейтказы"]),
        ("g.x.", ["Gʻulomjon Xoʻjayev"]),
        ("g'ulomjon", ["Gʻulomjon Xoʻjayev"]),
        ("ова", ["Aisha Omarova", "Алия Нурпеисова"]),
        ("zzz", []),
    ],
)
def test_list_searches_names_in_any_script(crowd, text, expected):
    assert names(crowd.list(text)) == expected


def test_list_limit(crowd):
    assert names(crowd.list(limit=2)) == ["Aisha Omarova", "Bakhyt Serikov"]
    assert crowd.list(limit=0) == []
    with pytest.raises(DomainError, match="cannot be negative"):
        crowd.list(limit=-1)


# ---------------------------------------------------------------------- similarity


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Nurpeisova Aliya", "Aliya Nurpeisova"),
        ("Алия Нурпеисова", "Aliya Nurpeisova"),
        ("НУРПЕИСОВА Алия", "aliya nurpeisova"),
        ("Aliia Nurpeisova", "Aliya Nurpeisova"),
        ("Әлия Нұрпейісова", "Aliya Nurpeisova"),
        ("Gʻulomjon Xoʻjayev", "Гуломжон Хўжаев"),
        ("G'ulomjon Xo'jayev", "Gulomjon Khodjaev"),
        ("Жанар Қасымова", "Janar Qasymova"),
        ("Сейтказы Ерлан", "Yerlan Seitkazy"),
        ("Ўктам Ҳасанов", "O'ktam Hasanov"),
    ],
)
def test_similar_spellings_score_high(first, second):
    assert name_similarity(first, second) >= 85


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Гульнара Бакирова", "Aliya Nurpeisova"),
        ("Aliya Nurlanova", "Aliya Nurpeisova"),
        ("Aliya", "Aliya Nurpeisova"),
        ("", "Aliya Nurpeisova"),
    ],
)
def test_different_names_score_low(first, second):
    assert name_similarity(first, second) < 85


def test_latin_key_transliterates_kazakh_and_uzbek_letters():
    assert latin_key("ӘҒҚҢӨҰҮҺІ") == "agknouuhi"
    assert latin_key("Ўғил") == "ogil"
    assert latin_key("Oʻgʻil") == "ogil"


def test_find_similar_finds_transliterations_and_swapped_order(people):
    cyrillic = people.create(PersonInput(full_name="Алия Нурпеисова"))
    swapped = people.create(PersonInput(full_name="Nurpeisova Aliia"))
    by_original = people.create(
        PersonInput(full_name="A. Nurpeisova", original_script_name="Нурпеисова Алия")
    )
    people.create(PersonInput(full_name="Aliya Nurlanova"))
    people.create(PersonInput(full_name="Гульнара Бакирова"))
    found = people.find_similar("Aliya Nurpeisova")
    # Equal scores: alphabetical ("A. Nurpeisova" before "Алия Нурпеисова").
    assert [p.id for p, _ in found] == [by_original.id, cyrillic.id, swapped.id]
    scores = [score for _, score in found]
    assert scores[0] == scores[1] == 100
    assert 85 <= scores[2] < 100


def test_find_similar_threshold(people):
    people.create(PersonInput(full_name="Aliya Nurlanova"))
    assert people.find_similar("Aliya Nurpeisova") == []
    found = people.find_similar("Aliya Nurpeisova", threshold=70)
    assert [p.full_name for p, _ in found] == ["Aliya Nurlanova"]
    assert people.find_similar("   ") == []
    with pytest.raises(DomainError, match="between 0 and 100"):
        people.find_similar("Aliya", threshold=120)


def test_find_similar_on_an_empty_database(people):
    assert people.find_similar("Aliya Nurpeisova") == []


def test_person_row_is_stored_as_typed(people, session_factory):
    created = people.create(PersonInput(full_name="  Алия   Нурпеисова "))
    with session_scope(session_factory) as s:
        assert s.get_one(Person, created.id).full_name == "Алия   Нурпеисова"
