"""Bad input: generated strings, dates and sizes thrown at the services.

Whatever comes in, a service either stores it and gives it back exactly, or refuses it
with a DomainError naming the field; never another exception, never a partial write.
Names in Cyrillic, Kazakh, Uzbek Latin (with ʻ) and Arabic script round-trip exactly.

Oversize input: a note over 100,000 characters (a 10 MB note) is refused with a clear
message; 10,000 victims in one case work.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from itertools import count
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.context import Services
from app.db import SessionFactory, session_scope
from app.errors import DomainError
from app.services.audit import AuditService
from app.services.cases import CaseService
from app.services.dto import CaseInput, PartyInput, PersonInput
from app.services.people import PeopleService
from app.vocab import PartyRole, Sex
from models import AuditEntry, Case, CaseParty, Person

T = TypeVar("T")
# Reported in the closing note of the issue.
EXAMPLES: dict[str, int] = {}

SETTINGS = settings(
    max_examples=250,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
UZBEK_LATIN = "ABDEFGHIJKLMNOPQRSTUVXYZabdefghijklmnopqrstuvxyzʻʼ‘’'"  # ʻ U+02BB: oʻ, gʻ
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىپچژگکی"
NAME_CHARS = CYRILLIC + KAZAKH + UZBEK_LATIN + ARABIC + " -."

names = st.text(alphabet=NAME_CHARS, min_size=1, max_size=120).filter(
    lambda s: s.strip() == s and s.strip() != ""
)
# Any text at all (no surrogates: they are not text): controls, emoji, RTL marks.
anything = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=400)
some_dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
_counter = count(1)


def _attempt(action: Callable[[], T]) -> tuple[T, None] | tuple[None, DomainError]:
    """Run a service call: its result, or the DomainError it refused with."""
    try:
        return action(), None
    except DomainError as exc:
        return None, exc


def _count(name: str) -> None:
    EXAMPLES[name] = EXAMPLES.get(name, 0) + 1


@SETTINGS
@given(full_name=names, original=names, pseudonym=st.text(alphabet=NAME_CHARS, max_size=20))
def test_names_in_every_script_round_trip_exactly(
    session_factory: SessionFactory, clock, full_name: str, original: str, pseudonym: str
) -> None:
    _count("names")
    people = PeopleService(session_factory, clock=clock)
    person = people.create(
        PersonInput(full_name=full_name, original_script_name=original, pseudonym=pseudonym)
    )
    again = people.get(person.id)
    assert again.full_name == full_name
    assert again.original_script_name == original
    assert again.pseudonym == pseudonym.strip()


@SETTINGS
@given(title=anything, notes=anything, session=anything, lead=anything)
def test_any_text_is_stored_exactly_or_refused_by_field(
    session_factory: SessionFactory, clock, title: str, notes: str, session: str, lead: str
) -> None:
    _count("any text")
    cases = CaseService(session_factory, clock=clock)
    reference = f"HYP-{next(_counter)}"
    data = CaseInput(
        reference=reference,
        title=title,
        body="CCPR",
        state="KZ",
        session=session,
        lead_lawyer=lead,
        notes=notes,
    )
    case, error = _attempt(lambda: cases.create(data))
    if error is not None:
        assert error.field in ("title", "session", "lead_lawyer", "notes"), error
        assert str(error)
        with session_scope(session_factory) as s:  # nothing half-written
            assert s.scalar(select(Case.id).where(Case.reference == reference)) is None
        return
    got = cases.get(case.id)
    assert got.title == title.strip()
    assert got.notes == notes.strip()
    assert got.session == session.strip()
    assert got.lead_lawyer == lead.strip()


@SETTINGS
@given(
    incident=some_dates,
    final=some_dates,
    submitted=some_dates,
    registered=some_dates,
    decided=some_dates,
)
def test_any_dates_are_stored_exactly_or_refused_by_field(
    session_factory: SessionFactory,
    clock,
    incident: date | None,
    final: date | None,
    submitted: date | None,
    registered: date | None,
    decided: date | None,
) -> None:
    _count("dates")
    cases = CaseService(session_factory, clock=clock)
    reference = f"HYP-D-{next(_counter)}"
    data = CaseInput(
        reference=reference,
        title="Dates",
        body="CCPR",
        state="KZ",
        incident_date=incident,
        final_domestic_decision_date=final,
        submission_date=submitted,
        registration_date=registered,
        decision_date=decided,
    )
    case, error = _attempt(lambda: cases.create(data))
    if error is not None:
        assert error.field, error
        with session_scope(session_factory) as s:
            assert s.scalar(select(Case.id).where(Case.reference == reference)) is None
        return
    got = cases.get(case.id)
    assert (
        got.incident_date,
        got.final_domestic_decision_date,
        got.submission_date,
        got.registration_date,
        got.decision_date,
    ) == (incident, final, submitted, registered, decided)


@SETTINGS
@given(
    full_name=anything,
    born=some_dates,
    died=some_dates,
    nationality=st.one_of(st.none(), st.sampled_from(["KZ", "UZ", "kz", "XX", "Kazakhstan", ""])),
)
def test_people_any_input_stored_or_refused(
    session_factory: SessionFactory,
    clock,
    full_name: str,
    born: date | None,
    died: date | None,
    nationality: str | None,
) -> None:
    _count("people")
    people = PeopleService(session_factory, clock=clock)
    with session_scope(session_factory) as s:
        before = s.scalar(select(func.count()).select_from(Person))
    person, error = _attempt(
        lambda: people.create(
            PersonInput(
                full_name=full_name, date_of_birth=born, date_of_death=died, nationality=nationality
            )
        )
    )
    if error is not None:
        assert error.field in ("full_name", "date_of_death", "date_of_birth", "nationality"), error
        with session_scope(session_factory) as s:
            assert s.scalar(select(func.count()).select_from(Person)) == before
        return
    got = people.get(person.id)
    assert got.full_name == full_name.strip()
    assert (got.date_of_birth, got.date_of_death) == (born, died)


def test_report_examples_run() -> None:
    """Runs last in this module: the count of generated cases, for the closing note."""
    total = sum(EXAMPLES.values())
    print(f"\nhypothesis: {total} generated cases run ({EXAMPLES})")
    if EXAMPLES:
        assert total >= 100


# ---------------------------------------------------------------- oversize


def test_a_10_mb_note_is_refused_with_a_clear_message(
    session_factory: SessionFactory, clock
) -> None:
    cases = CaseService(session_factory, clock=clock)
    people = PeopleService(session_factory, clock=clock)
    note = "Тореғожина " * 1_000_000  # 11,000,000 characters, about 20 MB of UTF-8
    base = CaseInput(reference="BIG-1", title="Big", body="CCPR", state="KZ")
    with pytest.raises(DomainError, match=r"Notes is too long \(\d[\d,]* characters") as info:
        cases.create(replace(base, notes=note))
    assert info.value.field == "notes"
    with pytest.raises(DomainError, match="too long") as info:
        people.create(PersonInput(full_name="X", safety_notes=note))
    assert info.value.field == "safety_notes"
    with pytest.raises(DomainError, match="too long") as info:
        people.create(PersonInput(full_name=note))
    assert info.value.field == "full_name"
    case = cases.create(base)
    with pytest.raises(DomainError, match="too long"):
        cases.update(case.id, replace(base, summary=note), expected_version=case.version)
    assert cases.get(case.id).version == case.version  # nothing written
    with session_scope(session_factory) as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 1
    # The longest accepted note is stored whole, and audited whole.
    longest = "я" * 100_000
    saved = cases.update(case.id, replace(base, notes=longest), expected_version=case.version)
    assert cases.get(saved.id).notes == longest
    entry = AuditService(session_factory, clock=clock).history("cases", case.id)[0]
    assert {c.field: c.new for c in entry.changes}["notes"] == longest


def test_ten_thousand_victims_in_one_case(session_factory: SessionFactory, clock) -> None:
    n = 10_000
    started = time.perf_counter()
    cases = CaseService(session_factory, clock=clock)
    case = cases.create(
        CaseInput(reference="MASS-1", title="Ten thousand v. Kazakhstan", body="CAT", state="KZ")
    )
    with session_scope(session_factory) as s:  # as an importer would: one transaction
        people = [
            Person(full_name=f"Oʻtkir Xoʻjayev {i:05d}", sex=Sex.MALE) for i in range(1, n + 1)
        ]
        s.add_all(people)
        s.flush()
        s.add_all(
            CaseParty(case_id=case.id, person_id=p.id, role=PartyRole.VICTIM, position=i)
            for i, p in enumerate(people, start=1)
        )
    written = time.perf_counter() - started
    one_more = PeopleService(session_factory, clock=clock).create(
        PersonInput(full_name="Тореғожина Гүлжан")
    )
    party = cases.add_party(case.id, PartyInput(person_id=one_more.id, role=PartyRole.VICTIM))
    assert party.person.id == one_more.id
    read_started = time.perf_counter()
    parties = cases.parties(case.id)
    victims = cases.victims(case.id)
    row = next(
        r for r in Services.build(session_factory, clock).listing.all_rows() if r.id == case.id
    )
    read = time.perf_counter() - read_started
    assert len(parties) == n + 1
    assert len(victims) == n + 1
    assert row.victims == n + 1
    with session_scope(session_factory) as s:
        audited = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.table_name == "people")
        )
    assert audited == n + 1
    print(f"\n10,000 victims: written in {written:.1f} s, read in {read:.2f} s")
    assert read < 20
