"""Consent: a person who has not consented to be named never appears by name.

Every kind is generated from the demo portfolio in both languages; every XML part of each
DOCX (document, headers, footers, properties, relationships) and the text of each PDF are
searched for the full names (and surnames) of the people who may not be named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.dto import PartyInput, PersonInput
from app.vocab import PartyRole
from tests.documents.conftest import Demo, docx_text, docx_xml, flat, pdf_text, xml_text

CASE_KINDS = ("followup_letter", "state_letter", "status_summary")
CASES = ("ILI-2022-UZ23", "KZ-CCPR-2137", "KZ-CCPR-2129", "KZ-CAT-433", "KZ-CAT-441")


@pytest.fixture(scope="module")
def corpus(demo: Demo) -> dict[tuple[str, str, str], Path]:
    """Every kind, both languages, from the demo portfolio (every case for the case kinds)."""
    files: dict[tuple[str, str, str], Path] = {}
    for lang in ("en", "ru"):
        for kind in CASE_KINDS:
            for ref in CASES:
                files[(kind, lang, ref)] = demo.generate(kind, lang, case_id=demo.case_id(ref))
        section = demo.torture_section(
            facts="Farrukh Davletov was beaten in Almaty region; Davletov still suffers.",
            ngo_recommendations=("Compensate Mirzo Hamidov and the other victims.",),
        )
        files[("shadow_section", lang, "")] = demo.generate(
            "shadow_section", lang, review_id=demo.review_id, sections=(section,)
        )
        files[("shadow_report", lang, "")] = demo.generate(
            "shadow_report", lang, review_id=demo.review_id
        )
        files[("shadow_report", lang, "typed")] = demo.generate(
            "shadow_report", lang, review_id=demo.review_id, sections=(section,)
        )
        files[("portfolio", lang, "")] = demo.generate("portfolio", lang)
    return files


def _people(demo: Demo) -> list:
    return demo.services.people.list()


def _text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return flat(pdf_text(path))
    xml = docx_xml(path)
    return xml + "\n" + xml_text(xml)


def test_every_kind_and_language_is_covered(corpus: dict[tuple[str, str, str], Path]) -> None:
    kinds = {k for k, _lang, _ref in corpus}
    assert kinds == {
        "followup_letter",
        "state_letter",
        "shadow_section",
        "shadow_report",
        "status_summary",
        "portfolio",
    }
    assert {lang for _k, lang, _ref in corpus} == {"en", "ru"}


def test_no_full_name_of_anyone_who_did_not_consent(
    demo: Demo, corpus: dict[tuple[str, str, str], Path]
) -> None:
    hidden = [p for p in _people(demo) if not p.consent_to_be_named]
    assert len(hidden) == 19
    names = [p.full_name for p in hidden] + [
        p.original_script_name for p in hidden if p.original_script_name
    ]
    surnames = [p.full_name.split()[-1] for p in hidden]
    hits = []
    for key, path in corpus.items():
        text = _text_of(path)
        for name in names + surnames:
            if name in text:
                hits.append((key, name))
    assert hits == []


def test_the_people_who_consented_appear_by_name(
    demo: Demo, corpus: dict[tuple[str, str, str], Path]
) -> None:
    letter = docx_text(corpus[("followup_letter", "en", "ILI-2022-UZ23")])
    for name in ("Akmal Abdullayev", "Bobur Bakirov", "Dilshod Karimov", "Laziz Gulomov"):
        assert name in letter
    assert "Victim U-04" in letter and "Victim U-23" in letter
    assert "Bakhytzhan Toregozhina" in docx_text(corpus[("followup_letter", "en", "KZ-CCPR-2137")])
    assert "Alexander Gerasimov" in flat(pdf_text(corpus[("status_summary", "en", "KZ-CAT-433")]))
    assert "Александр Герасимов" in flat(pdf_text(corpus[("status_summary", "ru", "KZ-CAT-433")]))
    summary = flat(pdf_text(corpus[("status_summary", "en", "ILI-2022-UZ23")]))
    assert "Akmal Abdullayev" in summary and "Victim U-19" in summary


def test_names_typed_into_free_text_are_replaced(corpus: dict[tuple[str, str, str], Path]) -> None:
    for lang in ("en", "ru"):
        text = docx_text(corpus[("shadow_section", lang, "")])
        assert "Victim U-04 was beaten in Almaty region; Victim U-04 still suffers." in text
        assert "1. Compensate Victim U-08 and the other victims." in text


def test_documents_naming_someone_by_pseudonym_are_marked_redacted(demo: Demo) -> None:
    docs = demo.services.documents.list()
    uz23 = demo.case_id("ILI-2022-UZ23")
    toregozhina = demo.case_id("KZ-CCPR-2137")
    assert docs and all(d.redacted for d in docs if d.case_id == uz23)
    assert not any(d.redacted for d in docs if d.case_id == toregozhina)


def test_redact_all_names_nobody(demo: Demo) -> None:
    path = demo.generate(
        "followup_letter", "en", case_id=demo.case_id("KZ-CCPR-2137"), redact_all=True
    )
    text = _text_of(path)
    assert "Toregozhina" not in text
    assert "Bakhytzhan" not in text
    assert "B.T." in docx_text(path)
    doc = demo.services.documents.list(case_id=demo.case_id("KZ-CCPR-2137"))[0]
    assert doc.redacted


def test_a_name_hidden_in_a_title_or_summary_is_replaced(fresh_demo: Demo) -> None:
    """A case titled after a victim who has not consented: the title is printed with the
    pseudonym, in letters, summaries and the portfolio."""
    from app.services.dto import CaseInput

    person = fresh_demo.services.people.create(
        PersonInput(
            full_name="Gulnara Bekova", original_script_name="Гульнара Бекова", pseudonym="G.B."
        )
    )
    case = fresh_demo.services.cases.create(
        CaseInput(
            reference="KZ-HIDDEN",
            title="Bekova v. Kazakhstan",
            body="CEDAW",
            state="KZ",
            summary="Gulnara Bekova (Гульнара Бекова) was dismissed; BEKOVA appealed.",
        )
    )
    fresh_demo.services.cases.add_party(case.id, PartyInput(person.id, PartyRole.AUTHOR_AND_VICTIM))
    for kind in ("followup_letter", "state_letter", "status_summary"):
        for lang in ("en", "ru"):
            text = _text_of(fresh_demo.generate(kind, lang, case_id=case.id))
            for name in ("Gulnara", "Bekova", "Гульнара", "Бекова"):
                assert name not in text, (kind, lang, name)
            assert "G.B. v. Kazakhstan" in text
    portfolio = _text_of(fresh_demo.generate("portfolio", "en"))
    assert "Bekova" not in portfolio and "G.B. v. Kazakhstan" in portfolio
