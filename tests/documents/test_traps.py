"""docxtpl's known traps, and what typed text can do to a document.

Table-row loops ({%tr %}) with many rows; tags spanning runs (the built-in templates keep
every tag in one run); empty lists (a case with no remedies, no victims, no follow-up);
very long text; Cyrillic; characters that would break the XML.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from docx import Document as open_docx

from app.documents.registry import BUILTIN_DIR
from app.services.dto import CaseInput, PartyInput, PersonInput, RemedyInput
from app.vocab import PartyRole, RemedyKind, RemedyScope
from tests.documents.conftest import Demo, docx_tables, docx_text, flat, pdf_pages, pdf_text

KINDS_DOCX = ("followup_letter", "state_letter", "shadow_section", "shadow_report")


def add_victims(demo: Demo, case_id: int, n: int) -> list[int]:
    ids = []
    for i in range(n):
        person = demo.services.people.create(
            PersonInput(full_name=f"Extra Victim Number{i:03d}", pseudonym=f"X-{i:03d}")
        )
        demo.services.cases.add_party(case_id, PartyInput(person.id, PartyRole.VICTIM))
        ids.append(person.id)
    return ids


def bare_case(demo: Demo, **fields: object) -> int:
    values: dict[str, object] = {
        "reference": "BARE-1",
        "title": "Bare v. Kazakhstan",
        "body": "CCPR",
        "state": "KZ",
    }
    values.update(fields)
    return demo.services.cases.create(CaseInput(**values)).id  # type: ignore[arg-type]


# ---------------------------------------------------------------- tags in single runs


@pytest.mark.parametrize("kind", KINDS_DOCX)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_builtin_templates_keep_every_tag_in_one_run(kind: str, lang: str) -> None:
    doc = open_docx(str(BUILTIN_DIR / f"{kind}.{lang}.docx"))
    paragraphs = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for section in doc.sections:
        paragraphs.extend(section.footer.paragraphs)
    tags = 0
    for paragraph in paragraphs:
        for run in paragraph.runs:
            text = run.text
            assert text.count("{{") == text.count("}}"), f"{kind}.{lang}: {paragraph.text!r}"
            assert text.count("{%") == text.count("%}"), f"{kind}.{lang}: {paragraph.text!r}"
            tags += text.count("{{") + text.count("{%")
    assert tags > 20


def test_table_row_loop_with_many_victims(fresh_demo: Demo) -> None:
    case_id = fresh_demo.case_id("ILI-2022-UZ23")
    add_victims(fresh_demo, case_id, 60)
    path = fresh_demo.generate("followup_letter", "en", case_id=case_id)
    (table,) = docx_tables(path)
    assert len(table) == 1 + 83
    assert table[-1][0] == "X-059"  # not consenting (the default): the pseudonym
    assert {len(row) for row in table} == {5}


# ---------------------------------------------------------------- empty lists


@pytest.mark.parametrize("kind", ["followup_letter", "state_letter", "status_summary"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_case_with_nothing_recorded(fresh_demo: Demo, kind: str, lang: str) -> None:
    """No victims, no remedies, no follow-up, no dates: every document still renders."""
    case_id = bare_case(fresh_demo)
    path = fresh_demo.generate(kind, lang, case_id=case_id)
    if kind == "status_summary":
        text = flat(pdf_text(path))
        assert pdf_pages(path) == 1
        assert ("No remedies are recorded." if lang == "en" else "Меры не указаны.") in text
        return
    text = docx_text(path)
    assert docx_tables(path) == []  # the per-victim table is left out, not left empty
    if kind == "followup_letter":
        assert (
            "No remedies are recorded for this case."
            if lang == "en"
            else "По этому делу меры не указаны."
        ) in text
        assert ("No remedy in this case is owed" if lang == "en" else "Ни одна из мер") in text
    else:
        assert (
            "all the measures have been implemented" if lang == "en" else "все меры выполнены"
        ) in text


def test_general_remedies_only_leave_out_the_victims_table(fresh_demo: Demo) -> None:
    case_id = bare_case(fresh_demo)
    fresh_demo.services.remedies.add(
        case_id, RemedyInput(RemedyKind.LEGISLATIVE_CHANGE, RemedyScope.GENERAL, "Amend the law.")
    )
    path = fresh_demo.generate("followup_letter", "en", case_id=case_id)
    assert docx_tables(path) == []
    assert "(a) Legislative change (general measure): no information." in docx_text(path)


@pytest.mark.parametrize("kind", ["shadow_section", "shadow_report"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_section_with_nothing_but_a_heading(demo: Demo, kind: str, lang: str) -> None:
    from app.services.documents import ShadowSectionInput

    path = demo.generate(
        kind, lang, review_id=demo.review_id, sections=(ShadowSectionInput(heading="Other issues"),)
    )
    text = docx_text(path)
    assert "§1. Other issues" in text
    assert "Recommendations:" not in text and "Рекомендации:" not in text
    assert "Notes" not in text.split("\n") and "Примечания" not in text.split("\n")


def test_portfolio_of_no_cases(demo: Demo) -> None:
    from app.services.dto import CaseFilter

    path = demo.generate("portfolio", "en", case_filter=CaseFilter(tag="no such tag"))
    assert "No cases match." in flat(pdf_text(path))


# ---------------------------------------------------------------- long text, Cyrillic, XML


def test_very_long_text(fresh_demo: Demo) -> None:
    words = [f"word{i:05d}" for i in range(1400)]  # about 14,000 characters
    facts = " ".join(words[:700]) + "\n" + " ".join(words[700:])
    assert len(facts) >= 10_000
    case_id = bare_case(fresh_demo, summary=facts)
    section = fresh_demo.torture_section(facts=facts, case_ids=(case_id,))
    path = fresh_demo.generate(
        "shadow_section", "en", review_id=fresh_demo.review_id, sections=(section,)
    )
    text = docx_text(path)
    assert " ".join(words[:700]) in text.split("\n")
    assert " ".join(words[700:]) in text.split("\n")
    letter = docx_text(fresh_demo.generate("followup_letter", "en", case_id=case_id))
    assert words[0] in letter and words[-1] in letter


def test_cyrillic_records_in_both_languages(fresh_demo: Demo) -> None:
    case_id = bare_case(
        fresh_demo,
        reference="KZ-ЖАНАОЗЕН",
        title="Жанаозен против Казахстана",
        summary="Расстрел бастующих нефтяников 16 декабря 2011 года.",
    )
    person = fresh_demo.services.people.create(
        PersonInput(full_name="Роза Тулетаева", consent_to_be_named=True)
    )
    fresh_demo.services.cases.add_party(case_id, PartyInput(person.id, PartyRole.AUTHOR_AND_VICTIM))
    fresh_demo.services.remedies.add(
        case_id, RemedyInput(RemedyKind.OTHER, RemedyScope.INDIVIDUAL, "Освободить автора.")
    )
    for lang in ("en", "ru"):
        text = docx_text(fresh_demo.generate("followup_letter", lang, case_id=case_id))
        assert "Жанаозен против Казахстана" in text
        assert "Расстрел бастующих нефтяников" in text
        assert "Роза Тулетаева" in text
        pdf = flat(pdf_text(fresh_demo.generate("status_summary", lang, case_id=case_id)))
        assert "Жанаозен против Казахстана" in pdf and "Освободить автора." in pdf


def test_characters_that_would_break_the_xml(fresh_demo: Demo) -> None:
    nasty = 'Fines of 50 & 100 MCI; "x < y > z"; {{ not_a_tag }} {% neither %}\x0bnext\x07bell\x0c'
    case_id = bare_case(fresh_demo, summary=nasty, title="A & B <v.> Kazakhstan")
    for kind in ("followup_letter", "state_letter"):
        text = docx_text(fresh_demo.generate(kind, "en", case_id=case_id))
        assert 'Fines of 50 & 100 MCI; "x < y > z"; {{ not_a_tag }} {% neither %}' in text
        assert "A & B <v.> Kazakhstan" in text
    pdf = flat(pdf_text(fresh_demo.generate("status_summary", "en", case_id=case_id)))
    assert "A & B <v.> Kazakhstan" in pdf and "50 & 100 MCI" in pdf


def test_sections_keep_their_order_and_numbers(demo: Demo) -> None:
    first = demo.torture_section(heading="Torture", number=4)
    second = replace(first, heading="Assembly", article="21", number=None, case_ids=())
    path = demo.generate("shadow_report", "en", review_id=demo.review_id, sections=(first, second))
    text = docx_text(path)
    assert text.index("§4. Article 7. Torture") < text.index("§2. Article 21. Assembly")
