"""Decisions in the published layout, with their cover block, read from .txt, .docx and .pdf.

The documents are written by the tests (tests/importers/decision_samples.py): a header, the
cover block ("Communication submitted by:", "Alleged victim(s):", "State party:", ...), then
the numbered paragraphs; the .docx puts the cover block in a table and the .pdf draws it as
a table with a running head and page numbers, as the published documents do.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.importers.decision import DecisionImport, parse_decision
from app.importers.text_extract import extract_text
from app.vocab import PartyRole, PeriodUnit
from tests.importers import decision_samples as samples


def read(path: Path) -> DecisionImport:
    return parse_decision(extract_text(path).text, source_name=path.name)


def write(kind: str, text: str, folder: Path, symbol: str = "") -> Path:
    path = folder / f"decision.{kind}"
    if kind == "txt":
        path.write_text(text, encoding="utf-8")
    elif kind == "docx":
        samples.write_docx(text, path)
    else:
        samples.write_pdf(text, path, symbol=symbol)
    return path


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_the_cover_block_is_read_from_every_format(kind: str, tmp_path: Path) -> None:
    result = read(write(kind, samples.CCPR_VIEWS, tmp_path, "CCPR/C/139/D/3016/2017"))
    assert result.has_cover_block
    doc = result.to_json()
    for key, value in samples.CCPR_VIEWS_EXPECTED.items():
        assert doc[key] == value, key
    assert {(r["kind"], r["scope"]) for r in doc["remedies"]} == samples.CCPR_VIEWS_REMEDIES
    # Each value comes from its cover-block line.
    assert result.state is not None and result.state.where == "cover block"
    assert result.state.source == "State party: Kazakhstan"
    assert result.adoption_date is not None
    assert result.adoption_date.source == "Date of adoption of Views: 20 October 2023"
    assert result.transmittal_date is not None
    assert result.transmittal_date.value == date(2017, 10, 2)
    assert result.subject_matter is not None
    assert result.subject_matter.value.startswith("Torture in police custody")
    assert result.articles_invoked is not None
    assert result.articles_invoked.where == "cover block"


def test_the_distribution_date_of_the_header_is_not_the_adoption_date() -> None:
    result = parse_decision(samples.CCPR_VIEWS)
    assert result.adoption_date is not None
    assert result.adoption_date.value == date(2023, 10, 20)  # not 12 January 2024


def test_author_acting_for_a_victim_and_named_counsel() -> None:
    result = parse_decision(samples.CCPR_VIEWS)
    author, victim, counsel = result.people
    assert (author.name, author.role, author.year_of_birth) == (
        "Gulnara Seitkali",
        PartyRole.AUTHOR,
        1961,
    )
    assert (victim.name, victim.role, victim.date_of_birth, victim.nationality) == (
        "Marat Seitkali",
        PartyRole.VICTIM,
        date(1986, 5, 3),
        "KZ",
    )
    assert (counsel.name, counsel.role, counsel.relation) == (
        "Daniyar Amanov",
        PartyRole.COUNSEL,
        "of the Bureau for Human Rights",
    )
    assert result.represented is not None and result.represented.value is True


def test_six_months_stays_in_months() -> None:
    result = parse_decision(samples.CCPR_VIEWS)
    assert result.follow_up is not None
    assert result.follow_up.value.value == 6
    assert result.follow_up.value.unit is PeriodUnit.MONTHS
    assert result.follow_up.value.days == 180
    assert "within six months" in result.follow_up.source


def test_a_cat_decision_finding_no_violation() -> None:
    doc = parse_decision(samples.CAT_NO_VIOLATION).to_json()
    assert (doc["body"], doc["state"], doc["outcome"]) == ("CAT", "CH", "no_violation")
    assert doc["authors"] == doc["victims"] == ["R.T."]
    assert doc["counsel"] == ["Refugee Law Clinic"]
    assert doc["articles_invoked"] == ["3"]
    assert doc["articles_violated"] == []
    assert doc["remedies"] == []
    assert doc["follow_up_days"] is None
    assert doc["adoption_date"] == "2023-11-14"
    assert doc["submission_date"] == "2020-06-02"


def test_an_inadmissibility_decision_with_its_cover_block() -> None:
    doc = parse_decision(samples.INADMISSIBLE).to_json()
    assert doc["decision_type"] == "inadmissibility_decision"
    assert doc["outcome"] == "inadmissible"
    assert doc["state"] == "UA"
    assert doc["articles_invoked"] == ["2(c)", "16"]
    assert doc["remedies"] == []
    assert doc["counsel"] == []


def test_cedaw_recommendations_concerning_the_author_and_general() -> None:
    result = parse_decision(samples.CEDAW_VIEWS)
    doc = result.to_json()
    assert (doc["body"], doc["state"], doc["outcome"]) == ("CEDAW", "MD", "violation")
    assert doc["articles_violated"] == ["2(c)", "2(d)", "2(e)", "5(a)"]
    assert {(r["kind"], r["scope"]) for r in doc["remedies"]} == {
        ("compensation", "individual"),
        ("non_repetition", "general"),
        ("legislative_change", "general"),
        ("publication", "general"),
    }
    assert result.follow_up is not None
    assert result.follow_up.value.unit is PeriodUnit.MONTHS


def test_joined_communications() -> None:
    doc = parse_decision(samples.JOINED_90_DAYS).to_json()
    assert doc["symbol"] == "CCPR/C/129/D/3106/2018-3122/2018"
    assert doc["communication_numbers"] == ["3106/2018", "3122/2018"]
    assert doc["authors"] == ["Ivan Petrenko", "Olga Sidorenko"]
    assert doc["follow_up_days"] == 90
    assert {r["kind"] for r in doc["remedies"]} == {"compensation", "reimbursement"}


def test_a_discontinuance() -> None:
    doc = parse_decision(samples.DISCONTINUED).to_json()
    assert (doc["outcome"], doc["decision_type"]) == ("discontinued", "discontinuance")
    assert doc["articles_violated"] == []
    assert doc["remedies"] == []


def test_without_numbered_paragraphs_the_cover_block_still_counts() -> None:
    text = samples.INADMISSIBLE.replace("1. The author", "The author").replace(
        "6.1 The Committee", "The Committee"
    )
    text = text.replace("7. The Committee therefore", "The Committee therefore")
    result = parse_decision(text)
    assert result.state is not None and result.state.value == "UA"
    assert result.outcome is not None and result.outcome.value.value == "inadmissible"


def test_cover_labels_vary_between_committees() -> None:
    text = (
        "CERD/C/105/D/65/2018\n\n"
        "Petition submitted by:\tAhmed Hassan\n"
        "Alleged victims:\tThe petitioner and his family\n"
        "State party concerned:\tNorway\n"
        "Date of petition:\t3 April 2018 (initial submission)\n"
        "Date of present decision:\t30 November 2021\n\n"
        "1. The petitioner is Ahmed Hassan, a national of Somalia born in 1975.\n"
    )
    result = parse_decision(text)
    assert result.state is not None and result.state.value == "NO"
    assert result.submission_date is not None
    assert result.submission_date.value == date(2018, 4, 3)
    assert result.adoption_date is not None
    assert result.adoption_date.value == date(2021, 11, 30)
    assert result.body is not None and result.body.value == "CERD"
    assert [p.name for p in result.authors] == ["Ahmed Hassan"]
    assert result.people[0].nationality == "SO"


def test_an_annexed_individual_opinion_is_not_part_of_the_decision() -> None:
    opinion = (
        "\n[Adopted in English, French and Spanish, the English text being the original "
        "version.]\n\nAnnex\n\nIndividual opinion of Committee member Jane Doe (partially "
        "dissenting)\n\n1. I agree with the finding, but the State party should also have "
        "been requested to amend its legislation on public assemblies and to release all "
        "persons detained.\n\n2. The Committee should have asked for a reply within 90 days, "
        "with information on the measures taken.\n"
    )
    result = parse_decision(samples.CCPR_VIEWS + opinion)
    doc = result.to_json()
    assert {(r["kind"], r["scope"]) for r in doc["remedies"]} == samples.CCPR_VIEWS_REMEDIES
    assert doc["follow_up_days"] == 180
    assert doc["articles_violated"] == samples.CCPR_VIEWS_EXPECTED["articles_violated"]


def test_a_request_to_publish_after_the_follow_up_paragraph() -> None:
    text = samples.JOINED_90_DAYS + (
        "\n11. The State party is also requested to publish the present Views and to disseminate "
        "them widely. It should also release all other protesters.\n"
    )
    kinds = {(r.kind.value, r.scope.value) for r in parse_decision(text).remedies}
    assert ("publication", "general") in kinds
    assert ("release", "individual") not in kinds  # not a remedy of this decision
