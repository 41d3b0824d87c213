"""The four real decisions in ../shared/fixtures/views/: every field the issue names, exact.

The expected values are taken from the fixtures' README (the published decisions), not from
the parser's output.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.importers.decision import Confidence, DecisionImport, parse_decision
from app.vocab import PartyRole
from tests.importers.decision_samples import FIXTURES

ASKAROV = "ccpr-c-116-d-2231-2012"
TOLCHINA = "ccpr-c-132-d-2857-2016"
GEORGIA = "cat-c-60-d-573-2013"
AK = "ccpr-c-143-d-3035-2017"

TOLCHINA_AUTHORS = [
    "Ekaterina Tolchina",
    "Zinaida Shumilina",
    "Vladimir Katsora",
    "Viktor Kozlov",
    "Anatoly Poplavnyi",
    "Eduard Neliubovich",
    "Leonid Sudalenko",
    "Andrey Tolchin",
    "Vladimir Nepomnyashchikh",
    "Vladimir Shitikov",
]

EXPECTED: dict[str, dict[str, object]] = {
    ASKAROV: {
        "symbol": "CCPR/C/116/D/2231/2012",
        "body": "CCPR",
        "state": "KG",
        "communication_numbers": ["2231/2012"],
        "authors": ["Azimjan Askarov"],
        "victims": ["Azimjan Askarov"],
        "counsel": [],
        "submission_date": None,
        "adoption_date": None,
        "decision_type": "views",
        "outcome": "violation",
        "articles_invoked": [
            "2", "2(3)", "7", "9(1)", "10(1)", "14(1)", "14(2)", "14(3)(b)", "14(3)(e)",
            "14(5)", "19", "26",
        ],
        "articles_violated": ["2(3)", "7", "9(1)", "10(1)", "14(3)(b)", "14(3)(e)"],
        "follow_up_days": 180,
    },
    TOLCHINA: {
        "symbol": "CCPR/C/132/D/2857/2016",
        "body": "CCPR",
        "state": "BY",
        "communication_numbers": ["2857/2016"],
        "authors": TOLCHINA_AUTHORS,
        "victims": TOLCHINA_AUTHORS,
        "counsel": [],
        "submission_date": None,
        "adoption_date": None,
        "decision_type": "views",
        "outcome": "violation",
        "articles_invoked": ["2(2)", "2(3)", "19", "21"],
        "articles_violated": ["19", "21"],
        "follow_up_days": 180,
    },
    GEORGIA: {
        "symbol": "CAT/C/60/D/573/2013",
        "body": "CAT",
        "state": "GE",
        "communication_numbers": ["573/2013"],
        "authors": ["D.C.", "D.E."],
        "victims": ["D.C.", "D.E."],
        "counsel": [],
        "submission_date": None,
        "adoption_date": None,
        "decision_type": "views",
        "outcome": "violation",
        "articles_invoked": ["1", "11", "12", "13", "16"],
        "articles_violated": ["1", "12", "13", "16(1)"],
        "follow_up_days": 90,
    },
    AK: {
        "symbol": "CCPR/C/143/D/3035/2017",
        "body": "CCPR",
        "state": "RU",
        "communication_numbers": ["3035/2017"],
        "authors": ["A.K."],
        "victims": ["A.K."],
        "counsel": [],
        "submission_date": None,
        "adoption_date": None,
        "decision_type": "inadmissibility_decision",
        "outcome": "inadmissible",
        "articles_invoked": ["2", "7", "9", "10", "14(1)", "26"],
        "articles_violated": [],
        "follow_up_days": None,
    },
}  # fmt: skip

# Every sentence of the remedy paragraphs that orders a measure (a phrase of it), and the
# kind and scope of remedy it must be captured in.
REMEDY_SENTENCES: dict[str, list[tuple[str, str, str]]] = {
    ASKAROV: [
        ("immediately release the author", "release", "individual"),
        ("quash the author’s conviction", "review_of_conviction", "individual"),
        ("conduct a new trial", "review_of_conviction", "individual"),
        ("provide the author with adequate compensation", "compensation", "individual"),
        ("prevent similar violations occurring in the future", "non_repetition", "general"),
        ("requests the State party to publish the Views", "publication", "general"),
    ],
    TOLCHINA: [
        ("provide the authors with adequate compensation", "compensation", "individual"),
        ("prevent similar violations from occurring in the future", "non_repetition", "general"),
        ("revise its normative framework on public events", "legislative_change", "general"),
        ("publish the present Views", "publication", "general"),
        ("widely disseminated in the official languages", "publication", "general"),
    ],
    GEORGIA: [
        ("conduct an impartial investigation into the incidents", "investigation", "individual"),
        ("bringing those responsible for the victims’ treatment to justice", "prosecution",
         "individual"),
        ("fair and adequate compensation for the suffering inflicted", "compensation",
         "individual"),
        ("medical rehabilitation", "rehabilitation", "individual"),
        ("prevent similar violations in the future", "non_repetition", "general"),
    ],
    AK: [],
}  # fmt: skip


def load(name: str) -> DecisionImport:
    path = FIXTURES / f"{name}.txt"
    return parse_decision(path.read_text("utf-8"), source_name=path.name)


@pytest.fixture(scope="module")
def results() -> dict[str, DecisionImport]:
    return {name: load(name) for name in EXPECTED}


def test_the_fixtures_are_there() -> None:
    assert sorted(p.name for p in Path(FIXTURES).glob("*.txt")) == sorted(
        f"{n}.txt" for n in EXPECTED
    )


@pytest.mark.parametrize("name", list(EXPECTED))
@pytest.mark.parametrize(
    "key",
    [
        "symbol",
        "body",
        "state",
        "communication_numbers",
        "authors",
        "victims",
        "counsel",
        "submission_date",
        "adoption_date",
        "decision_type",
        "outcome",
        "articles_invoked",
        "articles_violated",
        "follow_up_days",
    ],
)
def test_each_field_is_exact(results: dict[str, DecisionImport], name: str, key: str) -> None:
    assert results[name].to_json()[key] == EXPECTED[name][key]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_remedy_sentence_is_captured_in_a_remedy_of_the_right_kind(
    results: dict[str, DecisionImport], name: str
) -> None:
    result = results[name]
    for phrase, kind, scope in REMEDY_SENTENCES[name]:
        holders = [r for r in result.remedies if phrase in r.source]
        assert holders, f"no remedy comes from the sentence with “{phrase}”"
        assert (kind, scope) in {(r.kind.value, r.scope.value) for r in holders}, phrase
    expected = {(k, s) for _, k, s in REMEDY_SENTENCES[name]}
    assert {(r.kind.value, r.scope.value) for r in result.remedies} == expected


def test_remedies_read_as_measures(results: dict[str, DecisionImport]) -> None:
    texts = {r.kind.value: r.text for r in results[ASKAROV].remedies}
    assert texts["release"] == "Take appropriate steps to immediately release the author"
    assert texts["compensation"] == "Provide the author with adequate compensation"
    assert texts["publication"] == "Publish the Views"
    georgia = {r.kind.value: r for r in results[GEORGIA].remedies}
    assert georgia["investigation"].text.startswith("Conduct an impartial investigation")
    assert georgia["compensation"].beneficiaries == "the complainants"


def test_the_inadmissible_decision_has_no_findings_and_no_remedies(
    results: dict[str, DecisionImport],
) -> None:
    result = results[AK]
    assert result.outcome is not None
    assert "inadmissible" in result.outcome.source
    assert result.remedies == ()
    assert result.findings == ()
    assert result.follow_up is None


def test_two_complainants_with_different_findings(results: dict[str, DecisionImport]) -> None:
    result = results[GEORGIA]
    dc, de = result.people
    assert (dc.name, dc.date_of_birth, dc.nationality) == ("D.C.", date(1955, 5, 10), "GE")
    assert (de.name, de.date_of_birth, de.relation) == ("D.E.", date(1980, 3, 21), "son")
    assert {p.role for p in result.people} == {PartyRole.AUTHOR_AND_VICTIM}
    # Articles 12, 13 and 1 concern both; article 16 (1) only the second complainant.
    assert len(result.findings) == 1
    finding = result.findings[0]
    assert [a.label for a in finding.articles] == ["16(1)"]
    assert finding.persons == ("D.E.",)
    assert finding.text == "the second complainant"
    assert dc.warning and "initials" in dc.warning


def test_ten_authors_with_their_years_of_birth(results: dict[str, DecisionImport]) -> None:
    people = results[TOLCHINA].people
    years = [p.year_of_birth for p in people]
    assert years == [1975, 1952, 1957, 1949, 1958, 1962, 1966, 1959, 1952, 1946]
    assert {p.nationality for p in people} == {"BY"}
    assert results[TOLCHINA].represented is not None
    assert results[TOLCHINA].represented.value is False


def test_follow_up_from_transmittal_and_sources(results: dict[str, DecisionImport]) -> None:
    cat = results[GEORGIA].follow_up
    assert cat is not None and cat.value.from_transmittal and cat.where == "para. 11"
    ccpr = results[ASKAROV].follow_up
    assert ccpr is not None and not ccpr.value.from_transmittal
    assert "within 180 days" in ccpr.source


def test_dates_stated_in_the_text(results: dict[str, DecisionImport]) -> None:
    def dates(found: tuple) -> list[date]:
        return [f.value for f in found]

    assert dates(results[ASKAROV].state_observations_dates) == [
        date(2013, 6, 28),
        date(2014, 6, 11),
    ]
    assert dates(results[TOLCHINA].state_observations_dates) == [date(2017, 1, 13)]
    assert dates(results[TOLCHINA].author_comments_dates) == [date(2017, 5, 10)]
    assert dates(results[GEORGIA].state_observations_dates) == [
        date(2014, 5, 6),
        date(2015, 3, 5),
    ]
    assert dates(results[GEORGIA].author_comments_dates) == [date(2014, 7, 28), date(2015, 7, 9)]
    assert dates(results[AK].state_observations_dates) == [date(2018, 8, 27), date(2020, 2, 3)]
    assert dates(results[AK].author_comments_dates) == [date(2018, 11, 16), date(2020, 4, 25)]
    # The adoption date is on the cover page the renderings lack: never guessed.
    for result in results.values():
        assert result.adoption_date is None
        assert any("date of adoption" in w for w in result.warnings)


def test_each_field_names_its_source(results: dict[str, DecisionImport]) -> None:
    result = results[ASKAROV]
    assert result.articles_violated is not None
    assert result.articles_violated.where == "para. 9"
    assert "acting under article 5 (4)" in result.articles_violated.source
    assert result.state is not None
    # The State party is only inferred here ("Criminal Code of Kyrgyzstan" ...): flagged.
    assert result.state.confidence is Confidence.MEDIUM
    assert "Check it" in result.state.warning
    people = result.people
    assert people[0].source.startswith("The author of the communication is Azimjan Askarov")
    assert people[0].year_of_birth == 1951
    assert result.represented is not None and result.represented.value is True
    assert any("does not name counsel" in w for w in result.warnings)
    assert result.title is not None and result.title.value == "Askarov v. Kyrgyzstan"
    assert results[AK].title is not None
    assert results[AK].title.value == "A.K. v. Russian Federation"
    assert results[TOLCHINA].title is not None
    assert results[TOLCHINA].title.value == "Tolchina et al. v. Belarus"


def test_preview_rows_cover_every_field(results: dict[str, DecisionImport]) -> None:
    rows = results[GEORGIA].preview_rows()
    names = {r.name for r in rows}
    assert {"symbol", "state", "people", "outcome", "articles_violated", "remedies"} <= names
    assert {"follow_up", "adoption_date", "findings"} <= names
    missing = next(r for r in rows if r.name == "adoption_date")
    assert missing.confidence is None and missing.warning
    state = next(r for r in rows if r.name == "state")
    assert state.value == "Georgia (GE)"
