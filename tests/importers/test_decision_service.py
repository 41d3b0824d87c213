"""DecisionImportService on a real migrated database: analyse, match, diff, apply.

The clock is fixed at 22 November 2026. The adoption dates used with the fixtures (which
lack their cover page) are entered as the preview would let the user enter them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import Paths
from app.context import open_demo_workspace
from app.db import SessionFactory, session_scope
from app.errors import ConflictError, DomainError, NotFoundError
from app.importers.decision import DecisionImport, RemedyFound
from app.services.cases import CaseService
from app.services.deadlines import DeadlinesService
from app.services.decision_import import IMPORT_FIELDS, DecisionImportService
from app.services.dto import CaseInput, PartyInput, PersonInput
from app.services.people import PeopleService
from app.services.remedies import RemedyService
from app.vocab import (
    ArticleRelation,
    DeadlineRule,
    DecisionType,
    Outcome,
    PartyRole,
    RemedyKind,
    RemedyScope,
    Stage,
)
from models import AuditEntry, Case, CaseParty, Deadline, Person, Remedy
from tests.importers import decision_samples as samples

ASKAROV = samples.FIXTURES / "ccpr-c-116-d-2231-2012.txt"
GEORGIA = samples.FIXTURES / "cat-c-60-d-573-2013.txt"
AK = samples.FIXTURES / "ccpr-c-143-d-3035-2017.txt"
TOLCHINA = samples.FIXTURES / "ccpr-c-132-d-2857-2016.txt"


@pytest.fixture
def svc(session_factory: SessionFactory, clock) -> DecisionImportService:
    return DecisionImportService(session_factory, clock=clock)


@pytest.fixture
def cases(session_factory: SessionFactory, clock) -> CaseService:
    return CaseService(session_factory, clock=clock)


@pytest.fixture
def people(session_factory: SessionFactory, clock) -> PeopleService:
    return PeopleService(session_factory, clock=clock)


def counts(session_factory: SessionFactory) -> dict[str, int]:
    with session_scope(session_factory) as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Case, Person, CaseParty, Remedy, Deadline)
        }


def analysed(svc: DecisionImportService, path: Path, adopted: date | None) -> DecisionImport:
    result = svc.analyse(path)
    return result.edited(adoption_date=adopted) if adopted else result


def write_txt(tmp_path: Path, text: str, name: str = "decision.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- new cases


def test_a_new_case_from_views_finding_violations(
    svc: DecisionImportService, cases: CaseService, session_factory, clock
) -> None:
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    case = svc.apply(result)
    assert (case.reference, case.title) == ("KG-CCPR-2231", "Askarov v. Kyrgyzstan")
    assert (case.body, case.state, case.symbol) == ("CCPR", "KG", "CCPR/C/116/D/2231/2012")
    assert (case.communication_number, case.session) == ("2231/2012", "116")
    assert (case.outcome, case.decision_type, case.stage) == (
        Outcome.VIOLATION,
        DecisionType.VIEWS,
        Stage.FOLLOW_UP,
    )
    assert case.decision_date == date(2016, 3, 21)
    assert case.state_observations_received_on == date(2013, 6, 28)
    assert "ccpr-c-116-d-2231-2012.txt" in case.notes

    articles = cases.articles(case.id)
    violated = [a.label for a in articles if a.relation is ArticleRelation.VIOLATED]
    invoked = [a.label for a in articles if a.relation is ArticleRelation.INVOKED]
    assert violated == ["2(3)", "7", "9(1)", "10(1)", "14(3)(b)", "14(3)(e)"]
    assert invoked[:3] == ["2", "2(3)", "7"] and len(invoked) == 12

    (party,) = cases.parties(case.id)
    assert party.role is PartyRole.AUTHOR_AND_VICTIM
    assert party.person.full_name == "Azimjan Askarov"
    assert party.person.nationality == "KG"
    assert "Born in 1951" in party.person.notes

    remedies = RemedyService(session_factory, clock=clock).remedies(case.id)
    assert [(r.kind, r.scope) for r in remedies] == [
        (RemedyKind.RELEASE, RemedyScope.INDIVIDUAL),
        (RemedyKind.REVIEW_OF_CONVICTION, RemedyScope.INDIVIDUAL),
        (RemedyKind.COMPENSATION, RemedyScope.INDIVIDUAL),
        (RemedyKind.NON_REPETITION, RemedyScope.GENERAL),
        (RemedyKind.PUBLICATION, RemedyScope.GENERAL),
    ]
    assert remedies[2].text == "Provide the author with adequate compensation"

    deadlines = DeadlinesService(session_factory, clock=clock).for_case(case.id)
    followup = [d for d in deadlines if d.rule is DeadlineRule.FOLLOWUP_REPLY]
    assert [d.due_date for d in followup] == [date(2016, 3, 21) + timedelta(days=180)]
    assert not [d for d in deadlines if d.rule is DeadlineRule.MANUAL]


def test_the_follow_up_runs_from_the_transmittal_when_given(
    svc: DecisionImportService, session_factory, clock
) -> None:
    result = analysed(svc, GEORGIA, date(2017, 5, 8)).edited(
        decision_transmittal_date=date(2017, 5, 30)
    )
    case = svc.apply(result)
    assert case.decision_transmittal_date == date(2017, 5, 30)
    deadlines = DeadlinesService(session_factory, clock=clock).for_case(case.id)
    (followup,) = [d for d in deadlines if d.rule is DeadlineRule.FOLLOWUP_REPLY]
    assert followup.due_date == date(2017, 5, 30) + timedelta(days=90)  # CAT: 90 days


def test_two_complainants_with_different_findings(
    svc: DecisionImportService, cases: CaseService
) -> None:
    case = svc.apply(analysed(svc, GEORGIA, date(2017, 5, 8)))
    assert case.title == "D.C. and D.E. v. Georgia"
    parties = {p.person.full_name: p for p in cases.parties(case.id)}
    assert set(parties) == {"D.C.", "D.E."}
    assert parties["D.E."].notes == (
        "son; Violation of article(s) 16(1) found with regard to this person"
    )
    assert parties["D.C."].notes == ""
    # Initials only: used as the pseudonym too, so that documents never print more.
    assert parties["D.C."].person.pseudonym == "D.C."
    assert parties["D.C."].person.date_of_birth == date(1955, 5, 10)
    violated = [a.label for a in cases.articles(case.id) if a.relation is ArticleRelation.VIOLATED]
    assert violated == ["1", "12", "13", "16(1)"]


def test_the_inadmissible_decision(
    svc: DecisionImportService, cases: CaseService, session_factory, clock
) -> None:
    case = svc.apply(analysed(svc, AK, date(2025, 3, 20)))
    assert (case.outcome, case.decision_type, case.stage) == (
        Outcome.INADMISSIBLE,
        DecisionType.INADMISSIBILITY_DECISION,
        Stage.DECIDED,
    )
    assert [a for a in cases.articles(case.id) if a.relation is ArticleRelation.VIOLATED] == []
    assert RemedyService(session_factory, clock=clock).remedies(case.id) == []
    assert DeadlinesService(session_factory, clock=clock).for_case(case.id) == []


def test_ten_authors_become_ten_people(svc: DecisionImportService, cases: CaseService) -> None:
    report = svc.apply_with_report(analysed(svc, TOLCHINA, date(2021, 7, 23)))
    assert report.created
    assert len(report.people_created) == 10
    parties = cases.parties(report.case.id)
    assert [p.person.full_name for p in parties][:2] == ["Ekaterina Tolchina", "Zinaida Shumilina"]
    assert {p.role for p in parties} == {PartyRole.AUTHOR_AND_VICTIM}


def test_a_different_follow_up_period_gets_its_own_deadline(
    svc: DecisionImportService, tmp_path: Path, session_factory, clock
) -> None:
    report = svc.apply_with_report(svc.analyse(write_txt(tmp_path, samples.JOINED_90_DAYS)))
    case = report.case
    assert (case.symbol, case.communication_number) == (
        "CCPR/C/129/D/3106/2018-3122/2018",
        "3106/2018",
    )
    deadlines = DeadlinesService(session_factory, clock=clock).for_case(case.id)
    (manual,) = [d for d in deadlines if d.rule is DeadlineRule.MANUAL]
    assert manual.due_date == date(2020, 7, 9) + timedelta(days=90)
    assert "90 days" in manual.title and "within 90 days" in manual.notes
    # The body's 180-day rule would count twice: it is marked done.
    (rule,) = [d for d in deadlines if d.rule is DeadlineRule.FOLLOWUP_REPLY]
    assert rule.done
    assert report.deadline is not None and report.deadline.key == manual.key
    assert any("not the Committee's usual 180 days" in n for n in report.notes)


def test_six_months_is_the_usual_period(
    svc: DecisionImportService, tmp_path: Path, session_factory, clock
) -> None:
    case = svc.apply(svc.analyse(write_txt(tmp_path, samples.CCPR_VIEWS)))
    deadlines = DeadlinesService(session_factory, clock=clock).for_case(case.id)
    assert not [d for d in deadlines if d.rule is DeadlineRule.MANUAL]
    (followup,) = [d for d in deadlines if d.rule is DeadlineRule.FOLLOWUP_REPLY]
    assert followup.due_date == date(2023, 10, 20) + timedelta(days=180)
    assert (case.submission_date, case.transmittal_date) == (date(2017, 8, 14), date(2017, 10, 2))
    assert case.summary.startswith("Torture in police custody")


def test_author_victim_and_counsel_roles(
    svc: DecisionImportService, tmp_path: Path, cases: CaseService
) -> None:
    case = svc.apply(svc.analyse(write_txt(tmp_path, samples.CCPR_VIEWS)))
    roles = {p.person.full_name: p.role for p in cases.parties(case.id)}
    assert roles == {
        "Gulnara Seitkali": PartyRole.AUTHOR,
        "Marat Seitkali": PartyRole.VICTIM,
        "Daniyar Amanov": PartyRole.COUNSEL,
    }
    victims = [p.full_name for p in cases.victims(case.id)]
    assert victims == ["Marat Seitkali"]


def test_a_new_case_needs_the_adoption_date(svc: DecisionImportService, session_factory) -> None:
    before = counts(session_factory)
    with pytest.raises(DomainError) as info:
        svc.apply(svc.analyse(ASKAROV))
    assert info.value.field == "decision_date"
    assert "cover page" in info.value.message
    assert counts(session_factory) == before


def test_a_new_case_needs_the_state_party(svc: DecisionImportService, session_factory) -> None:
    result = analysed(svc, ASKAROV, date(2016, 3, 21)).edited(state=None)
    with pytest.raises(DomainError) as info:
        svc.apply(result)
    assert info.value.field == "state"
    assert counts(session_factory)["cases"] == 0


def test_the_reference_is_unique(svc: DecisionImportService, cases: CaseService) -> None:
    cases.create(CaseInput(reference="KG-CCPR-2231", title="Other", body="CCPR", state="KG"))
    case = svc.apply(analysed(svc, ASKAROV, date(2016, 3, 21)))
    assert case.reference == "KG-CCPR-2231-2"
    own = svc.apply(analysed(svc, AK, date(2025, 3, 20)), reference="MY-OWN-REF")
    assert own.reference == "MY-OWN-REF"


def test_unknown_field_names_are_refused(svc: DecisionImportService) -> None:
    with pytest.raises(DomainError, match="Unknown field"):
        svc.apply(analysed(svc, AK, date(2025, 3, 20)), accepted_fields={"outcome", "colour"})


# ---------------------------------------------------------------- existing cases


def test_match_case_by_symbol_or_number(svc: DecisionImportService, cases: CaseService) -> None:
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    assert svc.match_case(result) is None
    by_number = cases.create(
        CaseInput(
            reference="MINE-1",
            title="Askarov",
            body="CCPR",
            state="KG",
            communication_number="2231/2012",
        )
    )
    assert svc.match_case(result) == by_number.id
    other_body = replace(result, body=replace(result.body, value="CAT"), symbol=None)
    assert svc.match_case(other_body) is None


def test_diff_and_filling_only_the_gaps(
    svc: DecisionImportService, cases: CaseService, people: PeopleService, session_factory, clock
) -> None:
    typed = cases.create(
        CaseInput(
            reference="KG-ASK",
            title="Askarov (our title)",
            body="CCPR",
            state="KG",
            communication_number="2231/2012",
            session="115",  # typed wrong: the import must not correct it silently
            summary="Our own summary.",
        )
    )
    person = people.create(PersonInput(full_name="Азимжан Аскаров", nationality="KG"))
    cases.add_party(typed.id, PartyInput(person.id, PartyRole.AUTHOR_AND_VICTIM))
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    assert svc.match_case(result) == typed.id

    diff = {d.name: d for d in svc.diff(typed.id, result)}
    assert set(diff) == set(IMPORT_FIELDS)
    assert diff["symbol"].status == "new"
    assert diff["communication_number"].status == "same"
    assert (diff["session"].status, diff["session"].current, diff["session"].imported) == (
        "different",
        "115",
        "116",
    )
    assert diff["outcome"].status == "new"
    assert diff["decision_date"].imported == "21 March 2016"
    assert diff["parties"].status == "same"  # Cyrillic spelling of the same person
    assert diff["remedies"].status == "new"
    assert diff["summary"].status == "not_in_document"
    assert diff["articles_violated"].source.startswith("The Committee, acting under")

    report = svc.apply_with_report(result, case_id=typed.id, expected_version=typed.version)
    case = report.case
    assert case.session == "115" and case.title == "Askarov (our title)"
    assert case.summary == "Our own summary."
    assert case.symbol == "CCPR/C/116/D/2231/2012"
    assert (case.outcome, case.decision_date) == (Outcome.VIOLATION, date(2016, 3, 21))
    assert "session" not in report.fields_written
    assert [p.person.full_name for p in cases.parties(typed.id)] == ["Азимжан Аскаров"]
    assert len(RemedyService(session_factory, clock=clock).remedies(typed.id)) == 5

    # Accepting the difference writes it.
    again = svc.apply(result, case_id=typed.id, accepted_fields={"session"})
    assert again.session == "116"


def test_typed_data_is_never_overwritten_silently(
    svc: DecisionImportService, cases: CaseService
) -> None:
    typed = cases.create(
        CaseInput(
            reference="KG-ASK",
            title="Askarov",
            body="CCPR",
            state="KG",
            communication_number="2231/2012",
            outcome=Outcome.NO_VIOLATION,
            stage=Stage.DECIDED,
            decision_type=DecisionType.VIEWS,
            decision_date=date(2016, 3, 1),
        )
    )
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    diff = {d.name: d for d in svc.diff(typed.id, result)}
    assert diff["outcome"].status == "different"
    assert diff["decision_date"].status == "different"
    case = svc.apply(result, case_id=typed.id)
    assert (case.outcome, case.decision_date) == (Outcome.NO_VIOLATION, date(2016, 3, 1))
    assert case.stage is Stage.DECIDED


def test_a_decision_of_another_committee_is_refused(
    svc: DecisionImportService, cases: CaseService, session_factory
) -> None:
    typed = cases.create(CaseInput(reference="GE-1", title="x", body="CCPR", state="GE"))
    result = analysed(svc, GEORGIA, date(2017, 5, 8))
    with pytest.raises(DomainError, match="decision of the CAT"):
        svc.diff(typed.id, result)
    before = counts(session_factory)
    with pytest.raises(DomainError, match="decision of the CAT"):
        svc.apply(result, case_id=typed.id)
    assert counts(session_factory) == before


def test_the_case_changed_since_the_comparison(
    svc: DecisionImportService, cases: CaseService
) -> None:
    typed = cases.create(CaseInput(reference="KG-ASK", title="x", body="CCPR", state="KG"))
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    svc.diff(typed.id, result)
    changed = cases.update(
        typed.id,
        CaseInput(reference="KG-ASK", title="y", body="CCPR", state="KG"),
        expected_version=typed.version,
    )
    with pytest.raises(ConflictError):
        svc.apply(result, case_id=typed.id, expected_version=typed.version)
    assert cases.get(typed.id).version == changed.version


def test_the_demo_case_is_recognised_and_kept(tmp_path: Path) -> None:
    """Re-importing the Toregozhina Views into the demo portfolio fills its gaps only."""
    workspace = open_demo_workspace(Paths(tmp_path / "demo"))
    try:
        services = workspace.services
        case = services.cases.get_by_reference("KZ-CCPR-2137")
        text = (
            "CCPR/C/112/D/2137/2012\n\n"
            "1. The author of the communication is Bakhytzhan Toregozhina, a national of "
            "Kazakhstan born in 1962. She claims that the State party has violated her rights "
            "under articles 9, 19 and 21 of the Covenant.\n\n"
            "Consideration of the merits\n\n"
            "8.1 The Committee has considered the communication.\n\n"
            "9. The Human Rights Committee, acting under article 5 (4) of the Optional "
            "Protocol, is of the view that the facts before it disclose a violation of the "
            "author’s rights under articles 9, 19 and 21 of the Covenant.\n\n"
            "10. The State party is under an obligation to review the author’s conviction and "
            "to provide her with adequate compensation, including reimbursement of legal costs."
            "\n\n11. The Committee wishes to receive from the State party, within 180 days, "
            "information about the measures taken to give effect to its Views.\n"
        )
        result = services.decisions.analyse(write_txt(tmp_path, text))
        assert services.decisions.match_case(result) == case.id
        diff = {d.name: d for d in services.decisions.diff(case.id, result)}
        assert diff["symbol"].status == "same"
        assert diff["articles_violated"].status == "same"
        assert diff["articles_invoked"].status == "new"
        assert diff["parties"].status == "same"
        assert diff["remedies"].status == "different"  # reimbursement is not recorded
        report = services.decisions.apply_with_report(result, case_id=case.id)
        assert report.fields_written == ("articles_invoked",)
        after = services.cases.get(case.id)
        assert after.summary == case.summary and after.lead_lawyer == case.lead_lawyer
        assert len(services.remedies.remedies(case.id)) == 3
        assert len(services.cases.parties(case.id)) == 2
    finally:
        workspace.close()


# ---------------------------------------------------------------- people


def test_a_registry_person_spelt_otherwise_is_linked_not_duplicated(
    svc: DecisionImportService, people: PeopleService, cases: CaseService
) -> None:
    known = people.create(PersonInput(full_name="Azimzhan Askarov", nationality="KG"))
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    (match,) = svc.people_matches(result)
    assert match.suggestion == known.id and match.candidates[0][1] == 100
    report = svc.apply_with_report(result)
    assert report.people_linked == ("Azimjan Askarov",) and report.people_created == ()
    assert [p.person.id for p in cases.parties(report.case.id)] == [known.id]


def test_a_contradicting_birth_date_is_not_linked_without_asking(
    svc: DecisionImportService, people: PeopleService, session_factory
) -> None:
    people.create(
        PersonInput(full_name="Azimjan Askarov", nationality="KG", date_of_birth=date(1980, 1, 1))
    )
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    (match,) = svc.people_matches(result)
    assert match.suggestion is None and match.candidates
    before = counts(session_factory)
    with pytest.raises(DomainError) as info:
        svc.apply(result)
    assert info.value.field == "person_matches"
    assert "Azimjan Askarov" in info.value.message and "nothing was saved" in info.value.message
    assert counts(session_factory) == before


def test_the_user_decides_who_is_who(
    svc: DecisionImportService, people: PeopleService, cases: CaseService
) -> None:
    first = people.create(PersonInput(full_name="Azimjan Askarov", date_of_birth=date(1980, 1, 1)))
    people.create(PersonInput(full_name="Azimjon Askarov"))
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    new_case = svc.apply(result, person_matches={"Azimjan Askarov": None})
    (party,) = cases.parties(new_case.id)
    assert party.person.id != first.id
    assert party.person.full_name == "Azimjan Askarov"

    svc_case = svc.apply(analysed(svc, AK, date(2025, 3, 20)), person_matches={"A.K.": first.id})
    assert [p.person.id for p in cases.parties(svc_case.id)] == [first.id]


def test_a_deleted_registry_person_is_reported(svc: DecisionImportService) -> None:
    with pytest.raises(NotFoundError):
        svc.apply(analysed(svc, AK, date(2025, 3, 20)), person_matches={"A.K.": 99999})


# ---------------------------------------------------------------- all or nothing


def test_a_failure_half_way_leaves_the_database_unchanged(
    svc: DecisionImportService, session_factory
) -> None:
    result = analysed(svc, ASKAROV, date(2016, 3, 21))
    broken = result.edited(
        remedies=(
            *result.remedies,
            RemedyFound(RemedyKind.OTHER, RemedyScope.GENERAL, "x" * 20_000),
        )
    )
    before = counts(session_factory)
    with pytest.raises(DomainError, match="too long"):
        svc.apply(broken)  # the case, the person and four remedies were already written
    assert counts(session_factory) == before


def test_every_change_is_in_the_audit_trail(svc: DecisionImportService, session_factory) -> None:
    case = svc.apply(analysed(svc, GEORGIA, date(2017, 5, 8)))
    with session_scope(session_factory) as s:
        tables = set(s.scalars(select(AuditEntry.table_name)))
        created = s.scalar(
            select(func.count()).where(
                AuditEntry.table_name == "cases", AuditEntry.record_id == case.id
            )
        )
    assert {"cases", "people", "case_parties", "remedies", "case_articles"} <= tables
    assert created


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", "is empty"),
        ("binary.txt", bytes(range(256)) * 10, "binary"),
        (
            "recipe.txt",
            b"Apple pie. Mix flour, butter and sugar; bake for an hour.",
            "does not look",
        ),
        ("old.doc", b"whatever", "Word 97"),
    ],
)
def test_bad_input_changes_nothing(
    svc: DecisionImportService,
    session_factory,
    tmp_path: Path,
    name: str,
    content: bytes,
    words: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = counts(session_factory)
    with pytest.raises(DomainError, match=words) as info:
        svc.analyse(path)
    assert info.value.field == "file"
    assert counts(session_factory) == before


def test_pasted_text(svc: DecisionImportService) -> None:
    result = svc.analyse_text(samples.INADMISSIBLE, source_name="clipboard")
    assert result.source_name == "clipboard"
    assert result.outcome is not None and result.outcome.value is Outcome.INADMISSIBLE
    with pytest.raises(DomainError, match="empty"):
        svc.analyse_text("   ")
