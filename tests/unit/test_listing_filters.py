"""CaseListing's filters beyond SQL (overdue deadlines, non-ASCII text), States, counts;
PeopleService.registry (the people registry's filter)."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import DomainError
from app.services.cases import CaseService
from app.services.deadlines import DeadlinesService
from app.services.dto import (
    CaseFilter,
    CaseInput,
    DeadlineInput,
    PartyInput,
    PeopleFilter,
    PersonInput,
    ReviewInput,
)
from app.services.listing import CaseListing
from app.services.people import PeopleService
from app.services.reviews import ReviewService
from app.vocab import PartyRole


@pytest.fixture
def deadlines(session_factory, clock) -> DeadlinesService:
    return DeadlinesService(session_factory, clock=clock)


@pytest.fixture
def listing(session_factory, clock, deadlines) -> CaseListing:
    return CaseListing(session_factory, clock=clock, deadlines=deadlines)


@pytest.fixture
def cases(session_factory, clock) -> CaseService:
    return CaseService(session_factory, clock=clock)


@pytest.fixture
def people(session_factory, clock) -> PeopleService:
    return PeopleService(session_factory, clock=clock)


def new_case(cases: CaseService, reference: str, **kw) -> int:
    data = {"title": f"{reference} v. Kazakhstan", "body": "CCPR", "state": "KZ", **kw}
    return cases.create(CaseInput(reference=reference, **data)).id


def test_overdue_filter_keeps_cases_with_a_past_open_deadline(
    listing, cases, deadlines, today
) -> None:
    late = new_case(cases, "A-LATE")
    soon = new_case(cases, "B-SOON")
    done = new_case(cases, "C-DONE")
    new_case(cases, "D-NONE")
    # A case whose earliest deadline is in the future but another is past: overdue too.
    both = new_case(cases, "E-BOTH")
    deadlines.add(DeadlineInput(title="Late", due_date=date(2026, 1, 1), case_id=late))
    deadlines.add(DeadlineInput(title="Soon", due_date=date(2026, 12, 1), case_id=soon))
    finished = deadlines.add(DeadlineInput(title="Done", due_date=date(2025, 1, 1), case_id=done))
    deadlines.mark_done(finished.key)
    deadlines.add(DeadlineInput(title="Later", due_date=date(2027, 1, 1), case_id=both))
    deadlines.add(DeadlineInput(title="Past", due_date=date(2026, 11, 21), case_id=both))

    assert listing.overdue_ids() == {late, both}
    flt = CaseFilter(overdue=True)
    assert listing.ids(flt) == [late, both]
    assert listing.ids(flt, sort="reference", descending=True) == [both, late]
    assert listing.count(flt) == 2
    assert listing.ids(CaseFilter(overdue=True, text="late")) == [late]
    assert listing.count() == 5


def test_cyrillic_text_filter_folds_case(listing, cases) -> None:
    first = new_case(cases, "UZ-1", title="Жалоба Тореғожиной")
    new_case(cases, "UZ-2", title="Другое дело")
    assert listing.ids(CaseFilter(text="ТОРЕҒОЖИНОЙ")) == [first]
    assert listing.count(CaseFilter(text="тореғожиной")) == 1
    assert listing.ids(CaseFilter(text="жалоба дело")) == []


def test_percent_and_underscore_are_literal(listing, cases) -> None:
    new_case(cases, "A_1", title="Case one")
    new_case(cases, "AB1", title="Case 100% two")
    assert len(listing.ids(CaseFilter(text="a_1"))) == 1
    assert len(listing.ids(CaseFilter(text="100%"))) == 1
    assert len(listing.ids(CaseFilter(text="%"))) == 1


def test_states_with_cases_by_name(listing, cases) -> None:
    assert listing.states() == []
    new_case(cases, "KZ-1")
    new_case(cases, "UZ-1", state="UZ")
    new_case(cases, "KZ-2")
    assert [(c.code, c.name) for c in listing.states()] == [
        ("KZ", "Kazakhstan"),
        ("UZ", "Uzbekistan"),
    ]


def test_record_counts(listing, cases, people, session_factory, clock) -> None:
    counts = listing.record_counts()
    assert (counts.cases, counts.people, counts.reviews) == (0, 0, 0)
    new_case(cases, "KZ-1")
    people.create(PersonInput(full_name="A"))
    people.create(PersonInput(full_name="B"))
    ReviewService(session_factory, clock=clock).create(
        ReviewInput(body="CCPR", state="KZ", cycle="Third periodic report")
    )
    counts = listing.record_counts()
    assert (counts.cases, counts.people, counts.reviews) == (1, 2, 1)


def test_empty_filter_property() -> None:
    assert CaseFilter().is_empty
    assert not CaseFilter(overdue=True).is_empty


# ---------------------------------------------------------------- people registry


@pytest.fixture
def registry_data(cases, people) -> dict[str, int]:
    ids = {}
    for data in (
        PersonInput(full_name="Алия Нурпеисова", nationality="KZ"),
        PersonInput(full_name="Bakhtiyor Umarov", nationality="UZ"),
        PersonInput(full_name="Ерлан Ёлкин", nationality="KZ", pseudonym="E.Y."),
        PersonInput(full_name="Nobody Linked"),
    ):
        ids[data.full_name] = people.create(data).id
    one = new_case(cases, "KZ-1")
    two = new_case(cases, "UZ-9", state="UZ")
    cases.add_party(one, PartyInput(ids["Алия Нурпеисова"], PartyRole.VICTIM))
    cases.add_party(one, PartyInput(ids["Ерлан Ёлкин"], PartyRole.WITNESS))
    cases.add_party(two, PartyInput(ids["Bakhtiyor Umarov"], PartyRole.AUTHOR_AND_VICTIM))
    cases.add_party(two, PartyInput(ids["Алия Нурпеисова"], PartyRole.REPRESENTATIVE))
    return ids


def names(rows) -> list[str]:
    return [r.person.full_name for r in rows]


def test_registry_lists_everyone_with_roles_and_cases(people, registry_data) -> None:
    rows = {r.person.full_name: r for r in people.registry()}
    assert len(rows) == 4
    aliya = rows["Алия Нурпеисова"]
    assert aliya.roles == (PartyRole.VICTIM, PartyRole.REPRESENTATIVE)
    assert aliya.cases == ("KZ-1", "UZ-9")
    assert rows["Nobody Linked"].roles == rows["Nobody Linked"].cases == ()


def test_registry_filters(people, registry_data) -> None:
    assert names(people.registry(PeopleFilter(text="aliya"))) == ["Алия Нурпеисова"]
    assert names(people.registry(PeopleFilter(text="e.y."))) == ["Ерлан Ёлкин"]
    assert names(people.registry(PeopleFilter(nationality="UZ"))) == ["Bakhtiyor Umarov"]
    assert set(names(people.registry(PeopleFilter(nationality="kaz")))) == {
        "Алия Нурпеисова",
        "Ерлан Ёлкин",
    }
    assert names(people.registry(PeopleFilter(role=PartyRole.WITNESS))) == ["Ерлан Ёлкин"]
    assert set(names(people.registry(PeopleFilter(case="uz-9")))) == {
        "Алия Нурпеисова",
        "Bakhtiyor Umarov",
    }
    both = PeopleFilter(case="KZ-1", role=PartyRole.VICTIM, nationality="KZ", text="нурпеисова")
    assert names(people.registry(both)) == ["Алия Нурпеисова"]
    assert people.registry(PeopleFilter(case="KZ-1", role=PartyRole.AUTHOR)) == []
    assert people.registry(PeopleFilter(case="NO-SUCH")) == []


def test_registry_unknown_nationality_is_explained(people) -> None:
    with pytest.raises(DomainError, match="Unknown country") as info:
        people.registry(PeopleFilter(nationality="Atlantis"))
    assert info.value.field == "nationality"


def test_registry_bad_role(people) -> None:
    with pytest.raises(DomainError) as info:
        people.registry(PeopleFilter(role="emperor"))  # type: ignore[arg-type]
    assert info.value.field == "role"
