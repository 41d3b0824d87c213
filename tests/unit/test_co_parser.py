"""The concluding-observations parser: exact on CCPR/C/KAZ/CO/3, and on other layouts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import DomainError
from app.importers.concluding_observations import (
    ParagraphKind,
    articles_cited,
    docx_text,
    find_dates,
    ordinal_value,
    parse_concluding_observations,
    recommendation_rows,
    to_json,
)
from app.importers.text_extract import extract_text
from tests.unit.co_samples import CAT, CEDAW, DECISION, docx_bytes, pdf_bytes, pdf_like, seed

CONCERN = ParagraphKind.CONCERN
RECOMMENDATION = ParagraphKind.RECOMMENDATION
OTHER = ParagraphKind.OTHER

# Theme -> its recommendation paragraphs, as printed in CCPR/C/KAZ/CO/3.
THEMES = {
    "Constitutional and legal framework within which the Covenant is implemented": [6],
    "National human rights institution": [8],
    "Anti-corruption measures": [10],
    "Anti-discrimination legal framework": [12],
    "Discrimination on the grounds of sexual orientation and gender identity": [14],
    "Inter-ethnic violence": [16],
    "Combating extremism and terrorism": [18],
    "Gender equality": [20],
    "Violence against women and girls": [22],
    "Voluntary termination of pregnancy and sexual and reproductive rights": [24],
    "Excessive use of force by law enforcement officers": [26],
    "Fight against impunity for past human rights violations": [28],
    "Liberty and security of person": [30, 32],
    "Prohibition of torture and other cruel, inhuman or degrading treatment": [34],
    "Treatment of persons deprived of their liberty": [36],
    "Elimination of slavery, servitude and trafficking in persons": [38],
    "Treatment of aliens, including migrants, refugees, asylum-seekers and stateless persons": [40],
    "Access to justice, independence of lawyers and the judiciary, and right to a fair trial": [
        42,
        44,
    ],
    "Freedom of conscience and religious belief": [46, 48],
    "Right to privacy and freedom of expression": [50],
    "Freedom of peaceful assembly": [52],
    "Freedom of association": [54],
    "Rights of the child": [56],
}

# Concern paragraph -> the articles it cites.
ARTICLES = {
    5: ["2"],
    7: ["2"],
    9: ["2", "19", "25"],
    11: ["2", "26"],
    13: ["2", "19", "20", "26"],
    15: ["2", "6", "27"],
    17: ["2", "4", "7", "9", "14", "18", "19"],
    19: ["3", "26"],
    21: ["2", "3", "6", "7", "26"],
    23: ["3", "6", "7"],
    25: ["2", "6", "7", "21"],
    27: ["2", "6", "7", "14"],
    29: ["9"],
    31: ["9"],
    33: ["7"],
    35: ["2", "6", "10"],
    37: ["2", "7", "8", "26"],
    39: ["7", "9", "12", "13", "24"],
    41: ["2", "14"],
    43: ["2", "14"],
    45: ["2", "18", "26"],
    47: ["18"],
    49: ["17", "19"],
    51: ["2", "7", "21"],
    53: ["19", "22", "25"],
    55: ["23", "24", "26"],
}

REFERS_TO = {
    8: ("CCPR/C/KAZ/CO/2, para. 8",),
    18: ("CCPR/C/KAZ/CO/2, para. 14",),
    22: ("CCPR/C/KAZ/CO/2, para. 12",),
    28: ("CCPR/C/KAZ/CO/2, para. 18",),
    34: ("CCPR/C/KAZ/CO/2, paras. 22 and 24",),
    42: ("CCPR/C/KAZ/CO/2, para. 38",),
    46: ("CCPR/C/KAZ/CO/2, para. 46",),
    48: ("CCPR/C/KAZ/CO/2, para. 48",),
}

SUB_ITEMS = {3: 7, 10: 4, 14: 4, 20: 2, 22: 5, 24: 2, 26: 5, 32: 3, 34: 4, 36: 3, 38: 4}
SUB_ITEMS |= {50: 4, 54: 3, 56: 4}


@pytest.fixture(scope="module")
def co3():
    return parse_concluding_observations(seed("002"))


def assert_same_structure(expected, actual, *, bold: bool = True) -> None:
    """Two readings of the same document recognise the same thing."""
    assert [p.number for p in actual.paragraphs] == [p.number for p in expected.paragraphs]
    for want, got in zip(expected.paragraphs, actual.paragraphs, strict=True):
        for name in ("section", "section_title", "theme", "kind", "articles", "follow_up"):
            assert getattr(got, name) == getattr(want, name), (want.number, name)
        assert got.refers_to == want.refers_to, want.number
        assert " ".join(got.text.split()) == " ".join(want.text.split()), want.number
        if want.kind == RECOMMENDATION:
            assert got.sub_items == want.sub_items, want.number
        if bold:
            assert got.bold == want.bold, want.number
    for name in (
        "symbol",
        "body",
        "state",
        "cycle",
        "state_report_symbol",
        "session",
        "dialogue_start",
        "dialogue_end",
        "adopted",
        "follow_up_deadline",
        "follow_up_paragraphs",
        "next_loi_year",
        "next_dialogue_year",
    ):
        assert getattr(actual, name) == getattr(expected, name), name


# ---------------------------------------------------------------- CCPR/C/KAZ/CO/3, exactly


def test_fifty_nine_paragraphs_in_their_sections(co3) -> None:
    assert [p.number for p in co3.paragraphs] == list(range(1, 60))
    sections = {p.number: p.section for p in co3.paragraphs}
    assert sections[1] is None
    assert sections[2] == "A"
    assert {sections[3], sections[4]} == {"B"}
    assert {sections[n] for n in range(5, 57)} == {"C"}
    assert {sections[n] for n in (57, 58, 59)} == {"D"}
    assert co3.paragraph(5).section_title == "Principal matters of concern and recommendations"
    assert co3.paragraph(58).section_title == "Dissemination and follow-up"


def test_each_theme_has_its_recommendation_paragraphs(co3) -> None:
    assert co3.themes() == THEMES
    concerns = [p.number for p in co3.of_kind(CONCERN)]
    recommendations = [p.number for p in co3.of_kind(RECOMMENDATION)]
    assert concerns == list(range(5, 57, 2))
    assert recommendations == list(range(6, 57, 2))
    assert {p.kind for p in co3.paragraphs if p.section != "C"} == {OTHER}


def test_the_articles_of_each_concern_paragraph(co3) -> None:
    found = {p.number: list(p.articles) for p in co3.of_kind(CONCERN)}
    assert found == ARTICLES
    assert all(not p.articles for p in co3.of_kind(RECOMMENDATION))


def test_follow_up_paragraphs_deadline_and_next_cycle(co3) -> None:
    assert co3.follow_up_paragraph == 58
    assert co3.follow_up_paragraphs == (12, 34, 52)
    assert [p.number for p in co3.paragraphs if p.follow_up] == [12, 34, 52]
    assert co3.follow_up_deadline == date(2028, 7, 18)
    assert (co3.next_loi_year, co3.next_dialogue_year) == (2031, 2033)


def test_the_document_itself(co3) -> None:
    assert co3.body == "CCPR"
    assert co3.committee == "Human Rights Committee"
    assert co3.state == "Kazakhstan"
    assert co3.cycle == "Third periodic report"
    assert co3.report_number == "3"
    assert co3.state_report_symbol == "CCPR/C/KAZ/3"
    assert co3.session == "144"
    assert (co3.dialogue_start, co3.dialogue_end) == (date(2025, 6, 24), date(2025, 6, 25))
    assert co3.meetings == "4226th and 4227th meetings"
    assert co3.adopted == date(2025, 7, 11)
    assert co3.adoption_meeting == "4252nd meeting"


def test_the_symbol_is_derived_and_the_user_warned(co3) -> None:
    """The text never prints CCPR/C/KAZ/CO/3: it comes from the State report cited."""
    assert co3.symbol == "CCPR/C/KAZ/CO/3"
    assert co3.symbol_source == "state report"
    assert co3.warnings == (
        "The symbol CCPR/C/KAZ/CO/3 is not printed in the text: it was derived from the "
        "symbol of the State report cited in paragraph 1 (CCPR/C/KAZ/3). Check it against "
        "the original document.",
    )


def test_without_the_footnote_the_symbol_comes_from_state_and_cycle() -> None:
    text = seed("002").replace("¹ CCPR/C/KAZ/3.", "¹ The report of the State party.")
    result = parse_concluding_observations(text)
    assert result.state_report_symbol is None
    assert result.symbol == "CCPR/C/KAZ/CO/3"
    assert result.symbol_source == "derived"
    assert "derived from the Committee, the State and the cycle" in result.warnings[0]
    calls = []
    result = parse_concluding_observations(text, alpha3_of=lambda name: calls.append(name))
    assert calls == ["Kazakhstan"]
    assert result.symbol is None
    assert "could not be derived" in result.warnings[0]


def test_a_printed_symbol_is_taken_without_warning() -> None:
    result = parse_concluding_observations("CCPR/C/KAZ/CO/3\n\n" + seed("002"))
    assert (result.symbol, result.symbol_source, result.warnings) == (
        "CCPR/C/KAZ/CO/3",
        "text",
        (),
    )


def test_references_to_earlier_recommendations_resolve_ibid(co3) -> None:
    assert {p.number: p.refers_to for p in co3.paragraphs if p.refers_to} == REFERS_TO
    notes = {f.number: f for f in co3.footnotes}
    assert notes[5].text == "Ibid., para. 14."
    assert notes[5].citation == "CCPR/C/KAZ/CO/2, para. 14"
    assert notes[5].paragraph == 18
    assert notes[1].paragraph == 1 and notes[3].paragraph == 2
    assert "Reiterating its previous recommendations" in co3.paragraph(18).lead
    assert "¹" not in co3.paragraph(1).text and "⁵" not in co3.paragraph(18).text


def test_sub_items_and_text_continued_across_pages_and_footnotes(co3) -> None:
    assert {p.number: len(p.sub_items) for p in co3.paragraphs if p.sub_items} == SUB_ITEMS
    # Paragraph 4 runs on after the footnotes of page 1.
    assert co3.paragraph(4).text.endswith(
        "of the Optional Protocol to the Convention on the Rights of the Child on a "
        "communications procedure, in 2024, and of the Optional Protocol to the Convention on "
        "the Rights of Persons with Disabilities, in 2023."
    )
    # 26 (b) runs on over a page break; 22 (e) comes after a footnote.
    assert co3.paragraph(26).sub_items[1].startswith("(b) Reviewing the amnesty decree")
    assert "January 2022, conducting prompt, thorough" in co3.paragraph(26).sub_items[1]
    assert co3.paragraph(22).sub_items[4].startswith("(e) Ensuring that judges")
    assert co3.paragraph(18).lead.endswith("financing terrorism and extremism.")
    # Markup is gone; the bold recommendations are known.
    assert "**" not in co3.paragraph(34).text and "*" not in co3.paragraph(21).text
    assert "the concept of uyat (shame)" in co3.paragraph(21).text
    assert co3.paragraph(34).bold and not co3.paragraph(33).bold
    assert co3.paragraph(34).sub_items[0].startswith("(a) Reviewing its legislation")


def test_each_recommendation_is_paired_with_its_concern(co3) -> None:
    rows = {r.paragraph: r for r in recommendation_rows(co3.paragraphs)}
    assert sorted(rows) == list(range(6, 57, 2))
    assert all(r.concern_paragraph == r.paragraph - 1 for r in rows.values())
    torture = rows[34]
    assert torture.theme == (
        "Prohibition of torture and other cruel, inhuman or degrading treatment"
    )
    assert torture.articles == ("7",)
    assert torture.concern_text.startswith("The Committee notes the State Party’s commitment")
    assert torture.recommendation_text.startswith("Recalling its previous recommendations, the")
    assert "\n(d) Taking all measures necessary" in torture.recommendation_text
    assert torture.is_followup
    assert torture.refers_to == ("CCPR/C/KAZ/CO/2, paras. 22 and 24",)
    assert rows[44].concern_paragraph == 43 and rows[42].concern_paragraph == 41


def test_json_has_exactly_the_fields_of_the_issue(co3) -> None:
    doc = to_json(co3)
    assert set(doc) == {
        "symbol",
        "body",
        "state",
        "session",
        "adopted",
        "follow_up_deadline",
        "next_cycle",
        "paragraphs",
    }
    assert doc["adopted"] == "2025-07-11"
    assert doc["follow_up_deadline"] == "2028-07-18"
    assert doc["next_cycle"] == {"list_of_issues": 2031, "dialogue": 2033}
    p34 = doc["paragraphs"][33]
    assert p34 == {
        "number": 34,
        "section": "C",
        "theme": "Prohibition of torture and other cruel, inhuman or degrading treatment",
        "kind": "recommendation",
        "articles": [],
        "follow_up": True,
        "refers_to": ["CCPR/C/KAZ/CO/2, paras. 22 and 24"],
    }
    assert doc["paragraphs"][0]["section"] is None and doc["paragraphs"][0]["theme"] is None


# ---------------------------------------------------------------- the same document, other forms


@pytest.mark.parametrize("width", [40, 60, 90, 120])
def test_pdf_text_wrapped_without_blank_lines_or_bold(co3, width: int) -> None:
    """pypdf's text: wrapped lines, plain-digit footnote markers, footnotes at the foot of
    each page, headings broken over two lines at narrow widths."""
    result = parse_concluding_observations(pdf_like(seed("002"), width))
    assert_same_structure(co3, result, bold=False)
    assert result.symbol_source == "text"  # the running head prints it
    assert result.warnings == ()


def test_a_real_pdf_read_through_text_extract(co3, tmp_path: Path) -> None:
    path = tmp_path / "CCPR_C_KAZ_CO_3.pdf"
    path.write_bytes(pdf_bytes(seed("002")))
    extracted = extract_text(path)
    assert extracted.kind == "pdf"
    assert_same_structure(co3, parse_concluding_observations(extracted.text), bold=False)


def test_a_word_document_with_bold_runs_and_footnotes(co3, tmp_path: Path) -> None:
    data = docx_bytes(seed("002"))
    text = docx_text(data)
    assert text is not None
    assert_same_structure(co3, parse_concluding_observations(text))
    # The plain extraction loses the footnotes, hence the references: docx_text keeps them.
    path = tmp_path / "co.docx"
    path.write_bytes(data)
    plain = parse_concluding_observations(extract_text(path).text)
    assert not any(p.refers_to for p in plain.paragraphs)


def test_docx_text_of_something_else_is_none() -> None:
    assert docx_text(b"not a zip") is None


# ---------------------------------------------------------------- other Committees' layouts


def test_committee_against_torture_layout() -> None:
    result = parse_concluding_observations(CAT)
    assert result.warnings == ()
    assert (result.symbol, result.symbol_source) == ("CAT/C/KAZ/CO/4", "text")
    assert (result.body, result.state, result.cycle) == (
        "CAT",
        "Kazakhstan",
        "Fourth periodic report",
    )
    assert result.state_report_symbol == "CAT/C/KAZ/4"
    assert result.session == "79"  # "seventy-ninth session"
    assert (result.dialogue_start, result.dialogue_end) == (date(2024, 4, 22), date(2024, 4, 23))
    assert result.adopted == date(2024, 5, 3)
    assert result.adoption_meeting == "2116th meeting"
    kinds = {p.number: p.kind for p in result.paragraphs}
    assert [n for n, k in kinds.items() if k == RECOMMENDATION] == [6, 8]
    assert [n for n, k in kinds.items() if k == CONCERN] == [4, 5, 7]
    assert {kinds[n] for n in (9, 10, 11)} == {OTHER}
    assert result.paragraph(5).articles == ("1", "2", "4")
    assert result.paragraph(7).articles == ("2", "11", "12", "13", "14")  # "12–14"
    assert result.paragraph(6).sub_items == (
        "(a) Ensure that the penalties for torture are commensurate with the gravity of the crime;",
        "(b) Ensure that torture is not subject to any statute of limitations or amnesty.",
    )
    # "(see paras. 6 (a), 8 (b) and 8 (c) above)", by 3 May 2025.
    assert result.follow_up_paragraph == 9
    assert result.follow_up_paragraphs == (6, 8)
    assert result.paragraph(6).follow_up_items == ("a",)
    assert result.paragraph(8).follow_up_items == ("b", "c")
    assert result.follow_up_deadline == date(2025, 5, 3)
    assert result.next_report_due == date(2028, 5, 3)
    assert result.paragraph(8).refers_to == ("CAT/C/KAZ/CO/3, para. 18",)  # "Ibid."
    assert result.paragraph(4).refers_to == ("CAT/C/KAZ/CO/3, para. 32",)
    rows = {r.paragraph: r.concern_paragraph for r in recommendation_rows(result.paragraphs)}
    assert rows == {6: 5, 8: 7}


def test_cedaw_layout() -> None:
    result = parse_concluding_observations(CEDAW)
    assert (result.body, result.symbol) == ("CEDAW", "CEDAW/C/KAZ/CO/5")
    assert result.session == "73"
    assert result.dialogue_start == date(2019, 7, 2)
    # Not printed in paragraph 1: the last day of the session, with a warning.
    assert result.adopted == date(2019, 7, 19)
    sections = {p.number: p.section for p in result.paragraphs}
    assert sections[4] == "C" and sections[5] == "D" and sections[6] == "E"
    kinds = {p.number: p.kind for p in result.paragraphs}
    assert [n for n, k in kinds.items() if k == RECOMMENDATION] == [7, 9]
    assert [n for n, k in kinds.items() if k == CONCERN] == [6, 8]
    assert {kinds[n] for n in (1, 2, 3, 4, 5, 10, 11, 12)} == {OTHER}
    assert len(result.paragraph(6).sub_items) == 2  # a concern with sub-items
    assert result.paragraph(7).refers_to == ("CEDAW/C/KAZ/CO/3-4, para. 10",)
    # "within two years ... paragraphs 7 (a) and 9 (b)": computed, and said so.
    assert result.follow_up_paragraphs == (7, 9)
    assert result.paragraph(9).follow_up_items == ("b",)
    assert result.follow_up_deadline == date(2021, 7, 19)
    warnings = " ".join(result.warnings)
    assert "last day of the session (19 July 2019)" in warnings
    assert "computed from the adoption date as 19 July 2021" in warnings
    assert "next reporting cycle" in warnings
    assert "derived from the symbol of the State report cited in paragraph 1" in warnings


def test_roman_sections_and_unrecognised_paragraphs_are_reported() -> None:
    text = (
        "Committee on the Rights of the Child\n\n"
        "Concluding observations on the combined fifth and sixth periodic reports of "
        "Kazakhstan\n\n"
        "I. Introduction\n\n"
        "1. The Committee considered the combined fifth and sixth periodic reports of "
        "Kazakhstan (CRC/C/KAZ/5-6) at its 2400th and 2401st meetings, held on 30 and 31 "
        "May 2019, and adopted the present concluding observations at its 2410th meeting, "
        "held on 7 June 2019.\n\n"
        "II. Main areas of concern and recommendations\n\n"
        "Birth registration\n\n"
        "2. The Committee is concerned that children born at home are not registered.\n\n"
        "3. The Committee recommends that the State party ensure that every birth is "
        "registered.\n\n"
        "4. The Committee takes note of the information provided.\n"
    )
    result = parse_concluding_observations(text)
    assert result.body == "CRC"
    assert result.report_number == "5-6"
    assert result.symbol == "CRC/C/KAZ/CO/5-6"
    assert result.paragraph(1).section == "I"
    assert result.paragraph(2).section == "II"
    assert [p.kind for p in result.paragraphs] == [OTHER, CONCERN, RECOMMENDATION, OTHER]
    assert any("Paragraph 4" in w and "neither" in w for w in result.warnings)
    assert any("No follow-up paragraph" in w for w in result.warnings)


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("text", ["", "   \n\n\t  ", "\x00\x00"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(DomainError, match="no text") as info:
        parse_concluding_observations(text)
    assert info.value.field == "file"


def test_a_decision_is_refused_with_what_it_is() -> None:
    with pytest.raises(DomainError, match=r"decision on an individual complaint \(communication"):
        parse_concluding_observations(DECISION)


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_other_kinds_of_document_are_refused(prefix: str) -> None:
    """NGO submissions and an interview quote concluding observations but are not them."""
    try:
        text = seed(prefix)
    except FileNotFoundError:
        pytest.skip("seed files not available")
    with pytest.raises(DomainError, match="not look like concluding observations"):
        parse_concluding_observations(text)


def test_text_without_numbered_paragraphs_is_refused() -> None:
    with pytest.raises(DomainError, match="No numbered paragraphs"):
        parse_concluding_observations("Concluding observations on the report of Nowhere\n")


def test_overlong_text_is_refused() -> None:
    with pytest.raises(DomainError, match="too long"):
        parse_concluding_observations("x" * 2_000_001)


def test_numbering_gaps_and_lost_footnotes_are_warnings() -> None:
    text = seed("002").replace("\n\n17. The Committee remains", "\n\n19a The Committee remains")
    result = parse_concluding_observations(text.replace("⁷ Ibid., para. 18.", ""))
    assert 17 not in [p.number for p in result.paragraphs]
    assert (
        "The numbering jumps from 16 to 18: paragraph 17 could not be found in the text."
        in result.warnings
    )
    assert "Footnote 7 is marked in paragraph 28 but its text was not found." in result.warnings
    assert result.paragraph(28).refers_to == ()


# ---------------------------------------------------------------- small readers


def test_ordinals_and_dates() -> None:
    assert ordinal_value("third") == 3
    assert ordinal_value("seventy-third") == 73
    assert ordinal_value("one hundred and forty-fourth") == 144
    assert ordinal_value("144th") == 144
    assert ordinal_value("many") is None
    assert [(a, b) for _, a, b in find_dates("held on 24 and 25 June 2025. On 11 July 2025")] == [
        (date(2025, 6, 24), date(2025, 6, 25)),
        (date(2025, 7, 11), date(2025, 7, 11)),
    ]
    assert find_dates("(23 June–17 July 2025)")[0][1:] == (date(2025, 6, 23), date(2025, 7, 17))
    assert find_dates("31 December 2024 and 1 January 2025")[0][1:] == (
        date(2024, 12, 31),
        date(2025, 1, 1),
    )
    assert find_dates("30 February 2025 or 4252nd meeting") == []
    assert articles_cited("(arts. 2, 14 (3) (b) and 26) and (art. 2 of the Protocol)") == [
        "2",
        "14(3)(b)",
        "26",
    ]


# ---------------------------------------------------------------- never crashes


def _check_never_crashes(text: str) -> None:
    """Either a result or a DomainError with a message: never another exception."""
    try:
        result = parse_concluding_observations(text)
    except DomainError as exc:
        message = str(exc)
        result = None
    if result is None:
        assert message
        return
    assert result.paragraphs
    assert len({p.number for p in result.paragraphs}) == len(result.paragraphs)
    to_json(result)
    recommendation_rows(result.paragraphs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    _check_never_crashes(text)


_LINES = st.sampled_from(
    [
        "",
        "Concluding observations on the second periodic report of Ruritania*",
        "Human Rights Committee",
        "CCPR/C/RUR/CO/2",
        "1. The Committee considered the second periodic report of Ruritania¹ at its 1st "
        "meeting, held on 31 and 32 June 2020.",
        "2. The State party should:",
        "3. The Committee is concerned (arts. 2–",
        "4. **The Committee urges the State party** (art. 999 and x)",
        "(a) Do something;",
        "(b) **Do more**",
        "(iv) nested",
        "A. Introduction",
        "C. Principal matters of concern and",
        "recommendations",
        "Theme heading",
        "¹ Ibid., paras. 1 and 2.",
        "² CCPR/C/RUR/CO/1, para. 8.",
        "3 Ibid.",
        "* Adopted by the Committee at its ninety-ninth session (1–2 May 2020).",
        "5. The State party is requested to provide, by 30 February 2021, information on "
        "paragraphs 2 (a), 999 and 3 above.",
        "6. The State party will receive in 2031 the list of issues; the next dialogue in 2030.",
        "7. Within two years, information on the follow-up of paragraph 2 is requested.",
        "GE.20-12345",
        "12",
        "**",
        "*",
        "-",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, max_size=60), st.lists(st.text(max_size=40), max_size=5))
def test_document_like_text_never_crashes(lines: list[str], noise: list[str]) -> None:
    _check_never_crashes("\n".join(lines + noise))
