"""ReferenceService: treaty bodies and their rules, articles, countries (real migrated database)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest

from app.db import session_scope
from app.errors import ConflictError, DomainError
from app.services.dto import BodyRulesInput
from app.services.reference import ReferenceService
from app.vocab import PeriodUnit
from models import TreatyBody

CCPR_RULES = BodyRulesInput(
    followup_value=180,
    followup_unit=PeriodUnit.DAYS,
    filing_limit_value=5,
    filing_limit_unit=PeriodUnit.YEARS,
    observations_value=6,
    observations_unit=PeriodUnit.MONTHS,
)


@pytest.fixture
def service(session_factory, clock) -> ReferenceService:
    return ReferenceService(session_factory, clock=clock)


def test_bodies_lists_the_nine_committees_ccpr_first(service):
    bodies = service.bodies()
    assert [b.code for b in bodies] == [
        "CCPR",
        "CAT",
        "CEDAW",
        "CERD",
        "CRPD",
        "CRC",
        "CED",
        "CESCR",
        "CMW",
    ]
    ccpr = bodies[0]
    assert ccpr.name == "Human Rights Committee"
    assert (ccpr.followup_value, ccpr.followup_unit) == (180, PeriodUnit.DAYS)
    assert (ccpr.filing_limit_value, ccpr.filing_limit_unit) == (5, PeriodUnit.YEARS)


def test_body_by_code_ignores_case_and_spaces(service):
    body = service.body(" cat ")
    assert body.code == "CAT"
    assert body.filing_limit_value is None
    assert body.filing_limit_unit is None


def test_unknown_body_names_the_known_ones(service):
    known = re.escape("Unknown treaty body “ECHR”. Known bodies: CAT, CCPR, CED, CEDAW,")
    with pytest.raises(DomainError, match=known) as e:
        service.body("ECHR")
    assert e.value.field == "body"


def test_update_body_rules_round_trip_and_version(service):
    before = service.body("CCPR")
    rules = replace(CCPR_RULES, followup_value=90, filing_limit_value=None, filing_limit_unit=None)
    after = service.update_body_rules("CCPR", rules, expected_version=before.version)
    assert after.followup_value == 90
    assert after.filing_limit_value is None
    assert after.filing_limit_unit is None
    assert after.version == before.version + 1
    assert service.body("CCPR") == after


def test_update_body_rules_with_stale_version_is_refused(service):
    before = service.body("CERD")
    service.update_body_rules(
        "CERD", replace(CCPR_RULES, followup_value=120), expected_version=before.version
    )
    with pytest.raises(ConflictError, match="changed elsewhere"):
        service.update_body_rules("CERD", CCPR_RULES, expected_version=before.version)
    assert service.body("CERD").followup_value == 120


def _stale_body_edit(service: ReferenceService, session_factory) -> None:
    with service._uow("treaty body") as s:
        stale = s.get_one(TreatyBody, service.body("CAT").id)
        s.commit()  # the editor keeps the row it loaded; its read transaction ends
        with session_scope(session_factory) as other:
            other.get_one(TreatyBody, stale.id).followup_value = 60
        stale.followup_value = 30
        s.flush()


def test_body_changed_in_another_session_is_a_conflict(service, session_factory):
    with pytest.raises(ConflictError, match="treaty body was changed elsewhere"):
        _stale_body_edit(service, session_factory)
    assert service.body("CAT").followup_value == 60


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"followup_unit": None}, "followup_value", "give both a number and a unit"),
        ({"filing_limit_value": None}, "filing_limit_value", "give both a number and a unit"),
        ({"observations_value": 0}, "observations_value", "must be a positive number, not 0"),
        ({"followup_value": -5}, "followup_value", "must be a positive number, not -5"),
        ({"followup_value": True}, "followup_value", "must be a whole number"),
        ({"followup_value": 1.5}, "followup_value", "must be a whole number"),
        ({"followup_value": 1800, "followup_unit": PeriodUnit.MONTHS}, "followup_value", "long"),
        ({"filing_limit_unit": "weeks"}, "filing_limit_value", "“weeks” is not a unit"),
    ],
)
def test_update_body_rules_validation(service, changes, field, message):
    before = service.body("CCPR")
    with pytest.raises(DomainError, match=message) as e:
        service.update_body_rules(
            "CCPR", replace(CCPR_RULES, **changes), expected_version=before.version
        )
    assert e.value.field == field
    assert service.body("CCPR") == before


def test_articles_follow_the_treaty_order(service):
    articles = service.articles("CCPR")
    assert [a.number for a in articles] == [str(n) for n in range(1, 28)]
    assert articles[6].title.startswith("Freedom from torture")
    assert {a.body_code for a in articles} == {"CCPR"}
    assert [a.number for a in service.articles("cerd")] == ["1", "2", "3", "4", "5", "6", "7"]


def test_articles_of_an_unknown_body(service):
    with pytest.raises(DomainError, match="Unknown treaty body"):
        service.articles("XYZ")


def test_countries_sorted_by_name_ignoring_accents(service):
    countries = service.countries()
    assert len(countries) == 249
    names = [c.name for c in countries]

    def plain(name: str) -> str:
        decomposed = unicodedata.normalize("NFKD", name)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()

    assert names == sorted(names, key=plain)
    by_code = {c.code: c.name for c in countries}
    assert by_code["KZ"] == "Kazakhstan"
    assert by_code["UZ"] == "Uzbekistan"
    # "Åland Islands" sorts among the A's, not after "Zimbabwe".
    assert plain(names[-1]).startswith("z")
