"""CaseService: cases, parties, articles and domestic proceedings (real migrated database)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.db import session_scope
from app.errors import ConflictError, DomainError, NotFoundError
from app.services.cases import DATE_CHAIN, CaseService
from app.services.dto import (
    CaseArticleInput,
    CaseInput,
    PartyInput,
    PersonInput,
    ProceedingInput,
)
from app.services.people import PeopleService
from app.vocab import (
    ArticleRelation,
    Confidentiality,
    DecisionType,
    ImplementationStatus,
    Outcome,
    PartyRole,
    ProceedingKind,
    RemedyKind,
    RemedyScope,
    Stage,
)
from models import Case, Remedy, RemedyStatus

INVOKED = ArticleRelation.INVOKED
VIOLATED = ArticleRelation.VIOLATED

# A decided CCPR case with every date in order (before the fixed today, 22 November 2026).
DECIDED = CaseInput(
    reference="KZ-2012-01",
    title="Nurpeisova v. Kazakhstan",
    body="CCPR",
    state="KZ",
    communication_number="2137/2012",
    symbol="CCPR/C/112/D/2137/2012",
    stage=Stage.FOLLOW_UP,
    outcome=Outcome.VIOLATION,
    decision_type=DecisionType.VIEWS,
    interim_measures_requested=True,
    interim_measures_granted=True,
    interim_measures_requested_on=date(2012, 3, 1),
    interim_measures_granted_on=date(2012, 3, 5),
    incident_date=date(2010, 5, 1),
    final_domestic_decision_date=date(2011, 9, 20),
    submission_date=date(2012, 2, 28),
    registration_date=date(2012, 3, 10),
    transmittal_date=date(2012, 4, 2),
    state_observations_received_on=date(2012, 10, 1),
    decision_date=date(2014, 10, 30),
    decision_transmittal_date=date(2014, 12, 1),
    session="112",
    lead_lawyer="D. Kadyrova",
    tags=("Torture", "January 2022 events"),
    confidentiality=Confidentiality.PUBLIC,
    summary="Torture in police custody.",
    notes="Follow-up open.",
)
NEW = CaseInput(
    reference="KZ-2026-03",
    title="Twenty-three Uzbek nationals v. Kazakhstan",
    body="CCPR",
    state="KZ",
)


@pytest.fixture
def cases(session_factory, clock) -> CaseService:
    return CaseService(session_factory, clock=clock)


@pytest.fixture
def people(session_factory, clock) -> PeopleService:
    return PeopleService(session_factory, clock=clock)


# ---------------------------------------------------------------------- CRUD


def test_create_and_get_round_trip(cases):
    created = cases.create(DECIDED)
    loaded = cases.get(created.id)
    assert loaded == created
    assert loaded.reference == "KZ-2012-01"
    assert (loaded.body, loaded.body_name) == ("CCPR", "Human Rights Committee")
    assert (loaded.state, loaded.state_name) == ("KZ", "Kazakhstan")
    assert loaded.communication_number == "2137/2012"
    assert loaded.symbol == "CCPR/C/112/D/2137/2012"
    assert loaded.stage is Stage.FOLLOW_UP
    assert loaded.outcome is Outcome.VIOLATION
    assert loaded.decision_type is DecisionType.VIEWS
    assert loaded.confidentiality is Confidentiality.PUBLIC
    for name, _label in DATE_CHAIN:
        assert getattr(loaded, name) == getattr(DECIDED, name)
    assert loaded.interim_measures_granted_on == date(2012, 3, 5)
    assert loaded.state_observations_received_on == date(2012, 10, 1)
    assert loaded.tags == ("January 2022 events", "Torture")
    assert loaded.version == 1
    assert cases.get_by_reference("KZ-2012-01") == loaded


def test_minimal_case_has_defaults(cases):
    created = cases.create(NEW)
    assert created.stage is Stage.PREPARATION
    assert created.outcome is Outcome.PENDING
    assert created.communication_number is None
    assert created.symbol is None
    assert created.tags == ()
    assert created.confidentiality is Confidentiality.CONFIDENTIAL


def test_cyrillic_reference_and_title_round_trip(cases):
    created = cases.create(replace(NEW, reference="ҚР-2026/1", title="Әбішев против Казахстана"))
    loaded = cases.get_by_reference("ҚР-2026/1")
    assert loaded.title == "Әбішев против Казахстана"
    assert loaded.id == created.id


def test_get_by_reference_ignores_letter_case_and_spaces(cases):
    created = cases.create(NEW)
    assert cases.get_by_reference("  kz-2026-03 ").id == created.id


def test_get_missing_case(cases):
    with pytest.raises(NotFoundError, match="The case no longer exists"):
        cases.get(987654)
    with pytest.raises(NotFoundError, match="No case has the reference “KZ-404”") as e:
        cases.get_by_reference("KZ-404")
    assert e.value.field == "reference"


def test_update_round_trip_and_version(cases):
    created = cases.create(NEW)
    changed = replace(
        DECIDED, reference="KZ-2026-03b", body="CAT", symbol=None, communication_number="12/2020"
    )
    updated = cases.update(created.id, changed, expected_version=created.version)
    assert updated.reference == "KZ-2026-03b"
    assert updated.body == "CAT"
    assert updated.communication_number == "12/2020"
    assert updated.tags == ("January 2022 events", "Torture")
    assert updated.version == created.version + 1
    assert cases.get(created.id) == updated


def test_body_cannot_change_while_articles_are_recorded(cases):
    created = cases.create(NEW)
    cases.set_articles(created.id, INVOKED, [CaseArticleInput("7", INVOKED)], expected_version=1)
    with pytest.raises(
        DomainError, match=r"cannot be changed while 1 article\(s\) of the CCPR treaty"
    ) as e:
        cases.update(created.id, replace(NEW, body="CAT"), expected_version=2)
    assert e.value.field == "body"
    cases.set_articles(created.id, INVOKED, [], expected_version=2)
    assert cases.update(created.id, replace(NEW, body="CAT"), expected_version=3).body == "CAT"


def test_update_of_tags_only_moves_the_version(cases):
    created = cases.create(NEW)
    updated = cases.update(created.id, replace(NEW, tags=("Reprisals",)), expected_version=1)
    assert updated.tags == ("Reprisals",)
    assert updated.version == 2


def test_update_with_stale_version_is_refused(cases):
    created = cases.create(NEW)
    cases.update(created.id, replace(NEW, notes="first"), expected_version=1)
    with pytest.raises(ConflictError, match="case was changed elsewhere") as e:
        cases.update(created.id, replace(NEW, notes="second"), expected_version=1)
    assert e.value.current_version == 2
    assert cases.get(created.id).notes == "first"


def _stale_case_edit(cases: CaseService, case_id: int) -> None:
    with cases._uow("case") as s:
        stale = s.get_one(Case, case_id)
        s.commit()  # the editor keeps the row it loaded; its read transaction ends
        cases.update(case_id, replace(NEW, title="Saved elsewhere"), expected_version=1)
        stale.title = "Stale edit"
        s.flush()


def test_case_changed_in_another_session_is_a_conflict(cases):
    created = cases.create(NEW)
    with pytest.raises(ConflictError, match="case was changed elsewhere"):
        _stale_case_edit(cases, created.id)
    assert cases.get(created.id).title == "Saved elsewhere"


def test_delete_case_keeps_people(cases, people):
    created = cases.create(DECIDED)
    person = people.create(PersonInput(full_name="Aliya Nurpeisova"))
    cases.add_party(created.id, PartyInput(person.id, PartyRole.VICTIM))
    cases.add_proceeding(created.id, ProceedingInput(ProceedingKind.TRIAL, "Almaty City Court"))
    cases.set_articles(created.id, INVOKED, [CaseArticleInput("7", INVOKED)], expected_version=1)
    cases.delete(created.id, expected_version=2)
    with pytest.raises(NotFoundError):
        cases.get(created.id)
    assert people.get(person.id).full_name == "Aliya Nurpeisova"
    assert people.cases_of(person.id) == []


def test_delete_with_stale_version_is_refused(cases):
    created = cases.create(NEW)
    cases.update(created.id, replace(NEW, notes="x"), expected_version=1)
    with pytest.raises(ConflictError):
        cases.delete(created.id, expected_version=1)
    assert cases.get(created.id).notes == "x"


# ---------------------------------------------------------------------- uniqueness


@pytest.mark.parametrize("reference", ["KZ-2012-01", "kz-2012-01", " KZ-2012-01 "])
def test_reference_is_unique(cases, reference):
    cases.create(DECIDED)
    expected = (
        f"The reference “{reference.strip()}” is already used by case “Nurpeisova v. "
        "Kazakhstan” (KZ-2012-01)."
    )
    with pytest.raises(DomainError, match=re.escape(expected)) as e:
        cases.create(replace(NEW, reference=reference))
    assert e.value.field == "reference"


def test_reference_clash_on_update(cases):
    cases.create(DECIDED)
    other = cases.create(NEW)
    with pytest.raises(DomainError, match="is already used by case") as e:
        cases.update(other.id, replace(NEW, reference="KZ-2012-01"), expected_version=1)
    assert e.value.field == "reference"
    # Keeping its own reference (even re-cased) is not a clash.
    assert cases.update(other.id, replace(NEW, reference="kz-2026-03"), expected_version=1)


def test_communication_number_is_unique_per_body(cases):
    cases.create(DECIDED)
    expected = (
        "Communication number 2137/2012 before the CCPR is already recorded for case "
        "KZ-2012-01 (“Nurpeisova v. Kazakhstan”)."
    )
    with pytest.raises(DomainError, match=re.escape(expected)) as e:
        cases.create(replace(NEW, communication_number="2137/2012"))
    assert e.value.field == "communication_number"
    # The same number before another Committee is another communication.
    other = cases.create(replace(NEW, body="CAT", communication_number="2137/2012"))
    assert other.communication_number == "2137/2012"


def test_case_keeps_its_own_communication_number_on_update(cases):
    created = cases.create(DECIDED)
    updated = cases.update(created.id, replace(DECIDED, notes="n"), expected_version=1)
    assert updated.communication_number == "2137/2012"


# ---------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"reference": " "}, "reference", "Reference is required"),
        ({"reference": "R" * 65}, "reference", "too long"),
        ({"title": ""}, "title", "Title is required"),
        ({"title": "T" * 256}, "title", "too long"),
        ({"body": ""}, "body", "Treaty body is required"),
        ({"body": "ECHR"}, "body", "Unknown treaty body “ECHR”"),
        ({"state": ""}, "state", "State party is required"),
        ({"state": "Atlantis"}, "state", "Unknown country “Atlantis”"),
        ({"stage": "appeal"}, "stage", "“appeal” is not a valid stage"),
        ({"outcome": "won"}, "outcome", "“won” is not a valid outcome"),
        ({"confidentiality": "secret"}, "confidentiality", "not a valid confidentiality"),
        ({"decision_type": "judgment"}, "decision_type", "not a valid decision type"),
        (
            {"communication_number": "12-2023"},
            "communication_number",
            "Communication number “12-2023” is not in the form number/year",
        ),
        ({"communication_number": "12/1890"}, "communication_number", "not plausible"),
        ({"symbol": "ccpr c 112"}, "symbol", "is not a UN symbol"),
        ({"session": "1" * 33}, "session", "too long"),
        ({"lead_lawyer": "L" * 256}, "lead_lawyer", "too long"),
        ({"tags": ("x" * 101,)}, "tags", "too long"),
    ],
)
def test_case_field_validation(cases, changes, field, message):
    with pytest.raises(DomainError, match=message) as e:
        cases.create(replace(DECIDED, **changes))
    assert e.value.field == field


def test_symbol_must_end_with_the_communication_number(cases):
    expected = (
        "The document symbol “CCPR/C/112/D/2137/2012” does not end with the communication "
        "number 2138/2012: one of them is wrong."
    )
    with pytest.raises(DomainError, match=re.escape(expected)) as e:
        cases.create(replace(DECIDED, communication_number="2138/2012"))
    assert e.value.field == "symbol"
    # A number that is only the tail of the symbol's number is not a match either.
    with pytest.raises(DomainError, match="does not end with the communication number 137/2012"):
        cases.create(replace(DECIDED, communication_number="137/2012"))


def test_joined_communications_share_a_symbol(cases):
    first = cases.create(
        replace(
            DECIDED, symbol="CCPR/C/129/D/3106/2018-3122/2018", communication_number="3106/2018"
        )
    )
    second = cases.create(
        replace(
            DECIDED,
            reference="KZ-2018-02",
            symbol="CCPR/C/129/D/3106/2018-3122/2018",
            communication_number="3122/2018",
        )
    )
    assert first.symbol == second.symbol


def test_symbol_without_number_and_number_without_symbol(cases):
    assert cases.create(replace(DECIDED, communication_number=None)).symbol
    assert cases.create(replace(NEW, communication_number="5/2025")).symbol is None


@pytest.mark.parametrize(
    ("body", "symbol"),
    [
        ("CCPR", "CCPR/C/112/D/2137/2012"),
        ("CAT", "CAT/C/48/D/2137/2012"),
        ("CEDAW", "CEDAW/C/80/D/2137/2012"),
        ("CERD", "CERD/C/90/D/2137/2012"),
        ("CRPD", "CRPD/C/20/D/2137/2012"),
        ("CRC", "CRC/C/85/D/2137/2012"),
        ("CED", "CED/C/20/D/2137/2012"),
        ("CESCR", "E/C.12/66/D/2137/2012"),
        ("CMW", "CMW/C/1/D/2137/2012"),
    ],
)
def test_symbol_prefix_of_each_body_is_accepted(cases, body, symbol):
    assert cases.create(replace(DECIDED, body=body, symbol=symbol)).symbol == symbol


@pytest.mark.parametrize(
    ("body", "symbol", "prefix"),
    [
        ("CCPR", "CAT/C/112/D/2137/2012", "CCPR/"),
        ("CED", "CEDAW/C/80/D/2137/2012", "CED/"),
        ("CESCR", "CESCR/C/66/D/2137/2012", "E/C.12/"),
    ],
)
def test_symbol_must_belong_to_the_body(cases, body, symbol, prefix):
    with pytest.raises(DomainError, match=re.escape(f"its symbols begin with “{prefix}”")) as e:
        cases.create(replace(DECIDED, body=body, symbol=symbol))
    assert e.value.field == "symbol"


CHAIN_PAIRS = [
    (earlier, later)
    for i, (earlier, _) in enumerate(DATE_CHAIN)
    for later, _ in DATE_CHAIN[i + 1 :]
]


@pytest.mark.parametrize(("earlier", "later"), CHAIN_PAIRS)
def test_key_dates_must_be_in_order(cases, earlier, later):
    # Only these two dates set, the later one a day before the earlier one.
    dates = dict.fromkeys((name for name, _ in DATE_CHAIN), None)
    dates[earlier] = date(2015, 6, 2)
    dates[later] = date(2015, 6, 1)
    data = replace(
        DECIDED,
        stage=Stage.MERITS,
        outcome=Outcome.PENDING,
        state_observations_received_on=None,
        **dates,
    )
    with pytest.raises(DomainError, match=r"\(01 June 2015\) cannot be before .* \(02 June 2015\)"):
        cases.create(data)


def test_key_dates_message_names_both_dates(cases):
    data = replace(DECIDED, registration_date=date(2012, 2, 1))
    expected = (
        "Registration date (01 February 2012) cannot be before submission date (28 February 2012)."
    )
    with pytest.raises(DomainError, match=re.escape(expected)) as e:
        cases.create(data)
    assert e.value.field == "registration_date"


def test_equal_dates_are_in_order(cases):
    same = date(2020, 1, 1)
    dates = {name: same for name, _ in DATE_CHAIN}
    created = cases.create(replace(DECIDED, state_observations_received_on=same, **dates))
    assert created.decision_date == same


def test_state_observations_not_before_transmittal(cases):
    with pytest.raises(DomainError, match="cannot be before transmittal date") as e:
        cases.create(replace(DECIDED, state_observations_received_on=date(2012, 4, 1)))
    assert e.value.field == "state_observations_received_on"


def test_interim_measures_granted_not_before_requested(cases):
    with pytest.raises(
        DomainError,
        match=r"Interim measures grant date \(28 February 2012\) cannot be before interim "
        r"measures request date \(01 March 2012\)",
    ) as e:
        cases.create(replace(DECIDED, interim_measures_granted_on=date(2012, 2, 28)))
    assert e.value.field == "interim_measures_granted_on"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"interim_measures_requested": False}, "interim_measures_requested"),
        ({"interim_measures_granted": False}, "interim_measures_granted"),
    ],
)
def test_interim_measures_date_needs_its_flag(cases, changes, field):
    with pytest.raises(DomainError, match="but interim measures are not marked") as e:
        cases.create(replace(DECIDED, **changes))
    assert e.value.field == field


@pytest.mark.parametrize(
    "field",
    [
        "interim_measures_requested_on",
        "interim_measures_granted_on",
        "incident_date",
        "final_domestic_decision_date",
        "submission_date",
        "registration_date",
        "transmittal_date",
        "state_observations_received_on",
        "decision_date",
        "decision_transmittal_date",
    ],
)
def test_no_date_in_the_future(cases, today, field):
    tomorrow = today + timedelta(days=1)
    with pytest.raises(DomainError, match=r"is in the future: a case records past events") as e:
        cases.create(replace(DECIDED, **{field: tomorrow}))
    assert e.value.field == field


def test_today_is_not_the_future(cases, today):
    created = cases.create(replace(NEW, submission_date=today))
    assert created.submission_date == today


@pytest.mark.parametrize(
    "outcome", [Outcome.VIOLATION, Outcome.NO_VIOLATION, Outcome.INADMISSIBLE, Outcome.DISCONTINUED]
)
def test_an_outcome_needs_a_decision_date(cases, outcome):
    data = replace(DECIDED, outcome=outcome, decision_date=None, decision_transmittal_date=None)
    with pytest.raises(DomainError, match=f"The outcome “{outcome.label}” needs the decision") as e:
        cases.create(data)
    assert e.value.field == "decision_date"


@pytest.mark.parametrize("stage", [Stage.DECIDED, Stage.FOLLOW_UP])
def test_decided_stage_needs_an_outcome(cases, stage):
    with pytest.raises(DomainError, match=f"A case at stage “{stage.label}” has been decided") as e:
        cases.create(replace(DECIDED, stage=stage, outcome=Outcome.PENDING))
    assert e.value.field == "outcome"


def test_closed_case_may_stay_pending(cases):
    created = cases.create(replace(DECIDED, stage=Stage.CLOSED, outcome=Outcome.PENDING))
    assert (created.stage, created.outcome) == (Stage.CLOSED, Outcome.PENDING)


def test_update_is_validated_too(cases):
    created = cases.create(NEW)
    with pytest.raises(DomainError, match="Title is required"):
        cases.update(created.id, replace(NEW, title=""), expected_version=1)
    assert cases.get(created.id).version == 1


# ---------------------------------------------------------------------- tags and lawyers


def test_tags_are_stripped_deduplicated_and_reused(cases):
    first = cases.create(replace(NEW, tags=("  January   2022 events ", "Torture", "torture", " ")))
    assert first.tags == ("January 2022 events", "Torture")
    second = cases.create(replace(DECIDED, tags=("TORTURE", "Reprisals")))
    # The existing tag is reused with its spelling; no near-duplicate tag appears.
    assert second.tags == ("Reprisals", "Torture")
    assert cases.tags() == ["January 2022 events", "Reprisals", "Torture"]


def test_lead_lawyers(cases):
    cases.create(replace(NEW, lead_lawyer="Tatyana Ivanova"))
    cases.create(replace(DECIDED, lead_lawyer="aigerim Bekova"))
    cases.create(replace(NEW, reference="X-1", lead_lawyer="Tatyana Ivanova"))
    cases.create(replace(NEW, reference="X-2", lead_lawyer=""))
    assert cases.lead_lawyers() == ["aigerim Bekova", "Tatyana Ivanova"]


# ---------------------------------------------------------------------- parties


@pytest.fixture
def case_id(cases) -> int:
    return cases.create(DECIDED).id


@pytest.fixture
def aliya(people) -> int:
    return people.create(
        PersonInput(full_name="Aliya Nurpeisova", original_script_name="Алия Нурпеисова")
    ).id


def test_add_and_list_parties(cases, people, case_id, aliya):
    counsel = people.create(PersonInput(full_name="Ruslan Akhmetov")).id
    uzbek = people.create(PersonInput(full_name="Gʻulomjon Xoʻjayev", nationality="UZ")).id
    added = cases.add_party(case_id, PartyInput(aliya, PartyRole.AUTHOR_AND_VICTIM, "Author"))
    assert added.person.full_name == "Aliya Nurpeisova"
    assert added.role is PartyRole.AUTHOR_AND_VICTIM
    assert added.is_victim
    assert added.notes == "Author"
    assert added.version == 1
    cases.add_party(case_id, PartyInput(counsel, PartyRole.COUNSEL))
    cases.add_party(case_id, PartyInput(uzbek, PartyRole.VICTIM))
    parties = cases.parties(case_id)
    assert [p.person.full_name for p in parties] == [
        "Aliya Nurpeisova",
        "Ruslan Akhmetov",
        "Gʻulomjon Xoʻjayev",
    ]
    assert parties[2].person.nationality_name == "Uzbekistan"
    assert [p.full_name for p in cases.victims(case_id)] == [
        "Aliya Nurpeisova",
        "Gʻulomjon Xoʻjayev",
    ]


def test_person_linked_twice_is_refused(cases, case_id, aliya):
    cases.add_party(case_id, PartyInput(aliya, PartyRole.VICTIM))
    with pytest.raises(
        DomainError, match="Aliya Nurpeisova is already linked to this case as victim"
    ) as e:
        cases.add_party(case_id, PartyInput(aliya, PartyRole.WITNESS))
    assert e.value.field == "person_id"
    assert len(cases.parties(case_id)) == 1


def test_add_party_to_missing_case_or_person(cases, case_id, aliya):
    with pytest.raises(NotFoundError, match="case no longer exists"):
        cases.add_party(987654, PartyInput(aliya, PartyRole.VICTIM))
    with pytest.raises(NotFoundError, match="person no longer exists"):
        cases.add_party(case_id, PartyInput(987654, PartyRole.VICTIM))
    with pytest.raises(DomainError, match="“judge” is not a valid role"):
        cases.add_party(case_id, PartyInput(aliya, "judge"))  # type: ignore[arg-type]


def test_update_party(cases, people, case_id, aliya):
    party = cases.add_party(case_id, PartyInput(aliya, PartyRole.AUTHOR))
    updated = cases.update_party(
        party.id,
        PartyInput(aliya, PartyRole.AUTHOR_AND_VICTIM, "now also victim"),
        expected_version=1,
    )
    assert updated.role is PartyRole.AUTHOR_AND_VICTIM
    assert updated.notes == "now also victim"
    assert updated.version == 2
    other = people.create(PersonInput(full_name="Bakhyt Serikov")).id
    moved = cases.update_party(party.id, PartyInput(other, PartyRole.AUTHOR), expected_version=2)
    assert moved.person.full_name == "Bakhyt Serikov"
    assert cases.parties(case_id) == [moved]


def test_update_party_with_stale_version_is_refused(cases, case_id, aliya):
    party = cases.add_party(case_id, PartyInput(aliya, PartyRole.AUTHOR))
    cases.update_party(party.id, PartyInput(aliya, PartyRole.VICTIM), expected_version=1)
    with pytest.raises(ConflictError, match="party was changed elsewhere"):
        cases.update_party(party.id, PartyInput(aliya, PartyRole.WITNESS), expected_version=1)


def test_update_party_to_a_person_already_linked(cases, people, case_id, aliya):
    other = people.create(PersonInput(full_name="Bakhyt Serikov")).id
    cases.add_party(case_id, PartyInput(aliya, PartyRole.VICTIM))
    party = cases.add_party(case_id, PartyInput(other, PartyRole.WITNESS))
    with pytest.raises(
        DomainError, match="Aliya Nurpeisova is already linked to this case as victim"
    ):
        cases.update_party(party.id, PartyInput(aliya, PartyRole.WITNESS), expected_version=1)


def test_remove_party(cases, case_id, aliya):
    party = cases.add_party(case_id, PartyInput(aliya, PartyRole.VICTIM))
    cases.remove_party(party.id, expected_version=party.version)
    assert cases.parties(case_id) == []
    with pytest.raises(NotFoundError, match="no longer linked"):
        cases.remove_party(party.id, expected_version=None)


def test_remove_party_with_stale_version_is_refused(cases, case_id, aliya):
    party = cases.add_party(case_id, PartyInput(aliya, PartyRole.AUTHOR))
    cases.update_party(party.id, PartyInput(aliya, PartyRole.VICTIM), expected_version=1)
    with pytest.raises(ConflictError):
        cases.remove_party(party.id, expected_version=1)
    assert len(cases.parties(case_id)) == 1


def _record_compensation(session_factory, case_id: int, person_id: int) -> None:
    """The remedies service is someone else's: write the rows with the ORM."""
    with session_scope(session_factory) as s:
        remedy = Remedy(case_id=case_id, kind=RemedyKind.COMPENSATION, scope=RemedyScope.INDIVIDUAL)
        s.add(remedy)
        s.flush()
        s.add(
            RemedyStatus(
                remedy_id=remedy.id, person_id=person_id, status=ImplementationStatus.FULLY
            )
        )


def test_remove_party_refused_while_remedy_statuses_exist(cases, session_factory, case_id, aliya):
    party = cases.add_party(case_id, PartyInput(aliya, PartyRole.VICTIM))
    _record_compensation(session_factory, case_id, aliya)
    with pytest.raises(
        DomainError,
        match=re.escape(
            "Aliya Nurpeisova cannot be removed from this case: implementation statuses are "
            "recorded for them (compensation). Delete those statuses first"
        ),
    ):
        cases.remove_party(party.id, expected_version=party.version)
    assert [p.id for p in cases.parties(case_id)] == [party.id]


def test_statuses_in_another_case_do_not_block_removal(cases, session_factory, case_id, aliya):
    other_case = cases.create(NEW).id
    cases.add_party(other_case, PartyInput(aliya, PartyRole.VICTIM))
    _record_compensation(session_factory, other_case, aliya)
    party = cases.add_party(case_id, PartyInput(aliya, PartyRole.VICTIM))
    cases.remove_party(party.id, expected_version=1)
    assert cases.parties(case_id) == []


@pytest.mark.parametrize(
    ("new_person", "role", "field", "what"),
    [
        (True, PartyRole.VICTIM, "person_id", "be replaced by another person"),
        (False, PartyRole.WITNESS, "role", "become witness"),
    ],
)
def test_victim_with_statuses_cannot_be_replaced_or_demoted(
    cases, people, session_factory, case_id, aliya, new_person, role, field, what
):
    party = cases.add_party(case_id, PartyInput(aliya, PartyRole.VICTIM))
    _record_compensation(session_factory, case_id, aliya)
    person = people.create(PersonInput(full_name="Someone Else")).id if new_person else aliya
    with pytest.raises(DomainError, match=f"Aliya Nurpeisova cannot {what} in this case") as e:
        cases.update_party(party.id, PartyInput(person, role), expected_version=1)
    assert e.value.field == field
    # Still a victim: the role may move between the victim roles.
    updated = cases.update_party(
        party.id, PartyInput(aliya, PartyRole.AUTHOR_AND_VICTIM), expected_version=1
    )
    assert updated.is_victim


def test_victims_in_position_order_with_arabic_and_cyrillic_names(cases, people, case_id):
    names = ["عبد الله بن محمد", "Ўктам Ҳасанов", "Aisha Omarova", "Witness Person"]
    roles = [PartyRole.VICTIM, PartyRole.AUTHOR_AND_VICTIM, PartyRole.VICTIM, PartyRole.WITNESS]
    for name, role in zip(names, roles, strict=True):
        cases.add_party(case_id, PartyInput(people.create(PersonInput(full_name=name)).id, role))
    assert [p.full_name for p in cases.victims(case_id)] == names[:3]
    with pytest.raises(NotFoundError):
        cases.victims(987654)


# ---------------------------------------------------------------------- articles


def test_set_and_list_articles(cases, case_id):
    cases.set_articles(
        case_id,
        INVOKED,
        [
            CaseArticleInput("14", INVOKED, " (3) (b) "),
            CaseArticleInput("7", INVOKED),
            CaseArticleInput("art. 2", INVOKED, "(3)"),
            CaseArticleInput("7", INVOKED),  # a repeat is ignored
        ],
        expected_version=1,
    )
    result = cases.set_articles(
        case_id, VIOLATED, [CaseArticleInput("7", VIOLATED)], expected_version=2
    )
    assert [(a.relation, a.label) for a in result] == [
        (INVOKED, "2(3)"),
        (INVOKED, "7"),
        (INVOKED, "14(3)(b)"),
        (VIOLATED, "7"),
    ]
    assert result[1].title.startswith("Freedom from torture")
    assert cases.articles(case_id) == result
    assert cases.get(case_id).version == 3


def test_set_articles_replaces_only_that_relation(cases, case_id):
    cases.set_articles(case_id, INVOKED, [CaseArticleInput("7", INVOKED)], expected_version=1)
    cases.set_articles(case_id, VIOLATED, [CaseArticleInput("7", VIOLATED)], expected_version=2)
    result = cases.set_articles(
        case_id,
        INVOKED,
        [CaseArticleInput("7", INVOKED), CaseArticleInput("9", INVOKED, "(1)")],
        expected_version=3,
    )
    assert [(a.relation, a.label) for a in result] == [
        (INVOKED, "7"),
        (INVOKED, "9(1)"),
        (VIOLATED, "7"),
    ]
    assert [a.label for a in cases.set_articles(case_id, INVOKED, [], expected_version=4)] == ["7"]


def test_unknown_article_names_the_body_and_number(cases):
    cerd_case = cases.create(replace(NEW, body="CERD")).id
    with pytest.raises(
        DomainError,
        match=re.escape(
            "Article “14” is not an article of the International Convention on the Elimination "
            "of All Forms of Racial Discrimination (CERD)"
        ),
    ) as e:
        cases.set_articles(
            cerd_case, INVOKED, [CaseArticleInput("14", INVOKED)], expected_version=1
        )
    assert e.value.field == "articles"
    assert cases.articles(cerd_case) == []


@pytest.mark.parametrize("paragraph", ["3", "(3", "(3)b", "(3)(b", "(a-b)", "()"])
def test_bad_paragraph_is_refused(cases, case_id, paragraph):
    with pytest.raises(DomainError, match="is not in the form \\(3\\) or \\(3\\)\\(b\\)") as e:
        cases.set_articles(
            case_id, INVOKED, [CaseArticleInput("14", INVOKED, paragraph)], expected_version=1
        )
    assert e.value.field == "articles"


def test_article_relation_must_match_the_list(cases, case_id):
    with pytest.raises(DomainError, match="list each relation separately"):
        cases.set_articles(case_id, INVOKED, [CaseArticleInput("7", VIOLATED)], expected_version=1)


def test_missing_article_number(cases, case_id):
    with pytest.raises(DomainError, match="An article number is missing"):
        cases.set_articles(case_id, INVOKED, [CaseArticleInput(" ", INVOKED)], expected_version=1)


def test_set_articles_with_stale_case_version_is_refused(cases, case_id):
    cases.set_articles(case_id, INVOKED, [CaseArticleInput("7", INVOKED)], expected_version=1)
    with pytest.raises(ConflictError, match="case was changed elsewhere"):
        cases.set_articles(case_id, INVOKED, [CaseArticleInput("9", INVOKED)], expected_version=1)
    assert [a.label for a in cases.articles(case_id)] == ["7"]


def test_case_edit_after_articles_changed_conflicts(cases, case_id):
    loaded = cases.get(case_id)
    cases.set_articles(
        case_id, INVOKED, [CaseArticleInput("7", INVOKED)], expected_version=loaded.version
    )
    with pytest.raises(ConflictError):
        cases.update(case_id, replace(DECIDED, notes="x"), expected_version=loaded.version)


# ---------------------------------------------------------------------- proceedings


def _proceeding(**changes) -> ProceedingInput:
    base = ProceedingInput(
        kind=ProceedingKind.TRIAL,
        authority="Almaty City Court",
        number="2-123/2011",
        started_on=date(2011, 1, 10),
        decided_on=date(2011, 3, 1),
        outcome="Claim dismissed",
    )
    return replace(base, **changes)


def test_add_and_list_proceedings_in_date_order(cases):
    case_id = cases.create(NEW).id
    appeal = cases.add_proceeding(
        case_id,
        _proceeding(kind=ProceedingKind.APPEAL, started_on=None, decided_on=date(2011, 6, 1)),
    )
    undated = cases.add_proceeding(case_id, _proceeding(started_on=None, decided_on=None))
    trial = cases.add_proceeding(case_id, _proceeding())
    assert trial.authority == "Almaty City Court"
    assert trial.number == "2-123/2011"
    assert trial.outcome == "Claim dismissed"
    assert trial.version == 1
    assert [p.id for p in cases.proceedings(case_id)] == [trial.id, appeal.id, undated.id]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"authority": "  "}, "authority", "Authority or court is required"),
        ({"authority": "A" * 256}, "authority", "too long"),
        ({"number": "N" * 65}, "number", "too long"),
        ({"kind": "duel"}, "kind", "not a valid kind of proceeding"),
        (
            {"started_on": date(2011, 3, 2)},
            "decided_on",
            r"Decision date \(01 March 2011\) cannot be before start date \(02 March 2011\)",
        ),
        ({"is_final": True, "decided_on": None}, "decided_on", "final domestic decision needs"),
    ],
)
def test_proceeding_validation(cases, changes, field, message):
    case_id = cases.create(NEW).id
    with pytest.raises(DomainError, match=message) as e:
        cases.add_proceeding(case_id, _proceeding(**changes))
    assert e.value.field == field
    assert cases.proceedings(case_id) == []


@pytest.mark.parametrize("field", ["started_on", "decided_on"])
def test_proceeding_dates_not_in_the_future(cases, today, field):
    case_id = cases.create(NEW).id
    tomorrow = today + timedelta(days=1)
    with pytest.raises(DomainError, match="is in the future") as e:
        cases.add_proceeding(case_id, _proceeding(**{"started_on": None, field: tomorrow}))
    assert e.value.field == field


def test_final_proceeding_sets_the_final_domestic_decision_date(cases):
    case = cases.create(NEW)
    cases.add_proceeding(case.id, _proceeding())  # not final: no effect
    assert cases.get(case.id).final_domestic_decision_date is None
    cases.add_proceeding(case.id, _proceeding(decided_on=date(2011, 9, 20), is_final=True))
    after = cases.get(case.id)
    assert after.final_domestic_decision_date == date(2011, 9, 20)
    assert after.version == case.version + 1
    # An earlier final decision does not move the date back.
    cases.add_proceeding(case.id, _proceeding(decided_on=date(2011, 5, 1), is_final=True))
    assert cases.get(case.id).final_domestic_decision_date == date(2011, 9, 20)
    # A later one moves it forward.
    cases.add_proceeding(case.id, _proceeding(decided_on=date(2012, 1, 15), is_final=True))
    assert cases.get(case.id).final_domestic_decision_date == date(2012, 1, 15)


def test_final_decision_after_submission_is_refused(cases):
    case_id = cases.create(replace(NEW, submission_date=date(2012, 2, 28))).id
    with pytest.raises(
        DomainError,
        match=r"would become the case's final domestic decision date, but it is after the "
        r"case's submission date \(28 February 2012\)",
    ) as e:
        cases.add_proceeding(case_id, _proceeding(decided_on=date(2012, 3, 1), is_final=True))
    assert e.value.field == "decided_on"
    assert cases.proceedings(case_id) == []
    assert cases.get(case_id).final_domestic_decision_date is None


def test_final_decision_before_incident_is_refused(cases):
    case_id = cases.create(replace(NEW, incident_date=date(2011, 6, 1))).id
    with pytest.raises(DomainError, match="but it is before the incident"):
        cases.add_proceeding(case_id, _proceeding(is_final=True))


def test_corrected_final_date_moves_the_case_date_back(cases):
    case_id = cases.create(NEW).id
    final = cases.add_proceeding(case_id, _proceeding(decided_on=date(2012, 3, 1), is_final=True))
    corrected = cases.update_proceeding(
        final.id, _proceeding(decided_on=date(2011, 3, 1), is_final=True), expected_version=1
    )
    assert corrected.decided_on == date(2011, 3, 1)
    assert corrected.version == 2
    assert cases.get(case_id).final_domestic_decision_date == date(2011, 3, 1)


def test_unmarking_final_falls_back_to_the_other_final_proceeding(cases):
    case_id = cases.create(NEW).id
    cases.add_proceeding(case_id, _proceeding(decided_on=date(2011, 3, 1), is_final=True))
    last = cases.add_proceeding(case_id, _proceeding(decided_on=date(2011, 9, 1), is_final=True))
    assert cases.get(case_id).final_domestic_decision_date == date(2011, 9, 1)
    cases.update_proceeding(
        last.id, _proceeding(decided_on=date(2011, 9, 1), is_final=False), expected_version=1
    )
    assert cases.get(case_id).final_domestic_decision_date == date(2011, 3, 1)


def test_deleting_proceedings(cases):
    case_id = cases.create(NEW).id
    first = cases.add_proceeding(case_id, _proceeding(decided_on=date(2011, 3, 1), is_final=True))
    last = cases.add_proceeding(case_id, _proceeding(decided_on=date(2011, 9, 1), is_final=True))
    cases.delete_proceeding(last.id, expected_version=1)
    assert cases.get(case_id).final_domestic_decision_date == date(2011, 3, 1)
    cases.delete_proceeding(first.id, expected_version=1)
    assert cases.proceedings(case_id) == []
    # With no final proceeding left, the date stays (it may have been entered by hand).
    assert cases.get(case_id).final_domestic_decision_date == date(2011, 3, 1)


def test_manual_final_date_is_not_touched_by_other_proceedings(cases):
    case_id = cases.create(replace(NEW, final_domestic_decision_date=date(2011, 12, 1))).id
    trial = cases.add_proceeding(case_id, _proceeding(is_final=True))
    cases.delete_proceeding(trial.id, expected_version=1)
    assert cases.get(case_id).final_domestic_decision_date == date(2011, 12, 1)


def test_proceeding_stale_versions_are_refused(cases):
    case_id = cases.create(NEW).id
    trial = cases.add_proceeding(case_id, _proceeding())
    cases.update_proceeding(trial.id, _proceeding(outcome="Acquitted"), expected_version=1)
    with pytest.raises(ConflictError, match="proceeding was changed elsewhere"):
        cases.update_proceeding(trial.id, _proceeding(outcome="Convicted"), expected_version=1)
    with pytest.raises(ConflictError):
        cases.delete_proceeding(trial.id, expected_version=1)
    assert cases.proceedings(case_id)[0].outcome == "Acquitted"


def test_missing_proceeding(cases):
    with pytest.raises(NotFoundError, match="proceeding no longer exists"):
        cases.update_proceeding(987654, _proceeding(), expected_version=None)
    with pytest.raises(NotFoundError):
        cases.proceedings(987654)
