"""Every kind generated from the demo portfolio and read back: sections, rows, figures,
citations, in English and in Russian."""

from __future__ import annotations

import re

import pytest

from app.services.documents import GenerateRequest, ShadowSectionInput
from tests.documents.conftest import (
    Demo,
    docx_headings,
    docx_lines,
    docx_tables,
    docx_text,
    flat,
    pdf_pages,
    pdf_text,
)

CYRILLIC = re.compile("[А-Яа-яЁё]")

# ---------------------------------------------------------------- follow-up letter


def test_followup_letter_toregozhina_en(demo: Demo) -> None:
    path = demo.generate("followup_letter", "en", case_id=demo.case_id("KZ-CCPR-2137"))
    text = docx_text(path)
    assert docx_headings(path) == [
        "1. The decision",
        "2. Remedies",
        "3. The State party's follow-up information",
        "4. Implementation of each remedy",
        "5. The Committee's assessment",
        "6. Request to the Committee",
    ]
    assert (
        "Re: Toregozhina v. Kazakhstan (communication No. 2137/2012, CCPR/C/112/D/2137/2012)"
        in text
    )
    assert (
        "On 21 October 2014, at its 112th session, the Human Rights Committee adopted Views in "
        "which it found that the State party had violated articles 9, 19 and 21 of the Covenant."
    ) in text
    assert (
        "(a) Review of conviction / retrial (individual). Review the author's conviction." in text
    )
    assert "(c) Legislative change (general). Take steps to prevent similar violations" in text
    assert "(c) Legislative change (general measure): partially implemented." in text
    assert "15 May 2015: The Prosecutor General's Office replied" in text
    # The per-victim table: a header and one row per individual remedy for the one victim.
    (table,) = docx_tables(path)
    assert table[0] == ["Victim", "Remedy", "Status", "Amount", "Date"]
    assert table[1:] == [
        ["Bakhytzhan Toregozhina", "Review of conviction / retrial", "Not implemented", "", ""],
        ["Bakhytzhan Toregozhina", "Compensation", "Not implemented", "", ""],
    ]
    assert "The Committee has not yet assessed the State party's follow-up information" in text
    assert "1. To find that the State party has not fully implemented" in text
    assert "grade C — not satisfactory" in text
    assert "2. To keep the follow-up dialogue open." in text
    assert text.rstrip().endswith("Demo Counsel (ILI)")


def test_followup_letter_23_victims_table(demo: Demo) -> None:
    path = demo.generate(
        "followup_letter", "en", case_id=demo.case_id("ILI-2022-UZ23"), organisation="ILI"
    )
    (table,) = docx_tables(path)
    rows = table[1:]
    assert len(rows) == 23
    paid = [r for r in rows if r[2] == "Fully implemented"]
    assert [r[0] for r in paid] == ["Akmal Abdullayev", "Bobur Bakirov", "Dilshod Karimov"]
    assert {(r[3], r[4]) for r in paid} == {("11,250,000 KZT", "18 January 2025")}
    unpaid = [r for r in rows if r[2] == "Not implemented"]
    assert len(unpaid) == 20
    assert {r[3] for r in unpaid} == {""}
    assert "Victim U-04" in [r[0] for r in unpaid]
    text = docx_text(path)
    assert (
        "(a) Compensation was paid to 3 of the 23 victims (11,250,000 KZT each, 33,750,000 KZT "
        "in all); the other 20 received nothing."
    ) in text
    assert "The Committee has not yet adopted a decision in this case (stage: preparation)." in text
    assert "District court, Almaty region, 18 January 2025: Six former police officers" in text


def test_followup_letter_with_committee_grades(fresh_demo: Demo) -> None:
    from datetime import date

    from app.services.dto import FollowUpInput
    from app.vocab import FollowUpKind, Grade

    case_id = fresh_demo.case_id("KZ-CCPR-2137")
    remedies = fresh_demo.services.remedies.remedies(case_id)
    fresh_demo.services.followup.add(
        case_id,
        FollowUpInput(
            kind=FollowUpKind.COMMITTEE_ASSESSMENT,
            event_date=date(2016, 3, 30),
            symbol="CCPR/C/116/3",
            decision="Keep the follow-up dialogue open.",
            grades=((remedies[0].id, Grade.C), (remedies[2].id, Grade.B)),
        ),
    )
    path = fresh_demo.generate("followup_letter", "en", case_id=case_id)
    text = docx_text(path)
    assert "In its follow-up assessment of 30 March 2016 (CCPR/C/116/3), the Committee" in text
    assert "(a) Review of conviction / retrial: C — not satisfactory" in text
    assert "(c) Legislative change: B — partially satisfactory" in text


def test_followup_letter_russian(demo: Demo) -> None:
    path = demo.generate("followup_letter", "ru", case_id=demo.case_id("ILI-2022-UZ23"))
    headings = docx_headings(path)
    assert headings[0] == "1. Решение Комитета"
    assert all(CYRILLIC.search(h) for h in headings)
    (table,) = docx_tables(path)
    assert table[0] == ["Пострадавший", "Мера", "Статус", "Сумма", "Дата"]
    assert len(table) == 24
    assert table[1][2:] == ["Выполнено полностью", "11\u00a0250\u00a0000 KZT", "18 января 2025 г."]
    assert table[4][2] == "Не выполнено"
    text = docx_text(path)
    assert "Компенсация: выплачена в полном объеме 3 из 23 пострадавших" in text
    assert "Комитет еще не принял решения по этому делу (стадия: подготовка)." in text
    assert "22 ноября 2026 г." in text


def test_followup_letter_russian_names_in_original_script(demo: Demo) -> None:
    path = demo.generate("followup_letter", "ru", case_id=demo.case_id("KZ-CCPR-2129"))
    text = docx_text(path)
    assert "Рамазан Есергепов" in text  # consented: named, in the original script
    assert (
        "на 116-й сессии Комитет по правам человека принял соображения, в которых "
        "констатировал нарушение государством-участником статей 9 (5), 14 (1), 14 (3) (b), "
        "14 (3) (d) и 19 (2) Пакта."
    ) in text


# ---------------------------------------------------------------- letter to a State authority


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_state_letter(demo: Demo, lang: str) -> None:
    path = demo.generate(
        "state_letter",
        lang,
        case_id=demo.case_id("KZ-CCPR-2137"),
        addressee="Prosecutor General's Office\nAstana",
        reply_within_days=45,
    )
    lines = docx_lines(path)
    text = "\n".join(lines)
    assert "Prosecutor General's Office" in lines and "Astana" in lines
    if lang == "en":
        assert "We write on behalf of the author, Bakhytzhan Toregozhina" in text
        assert (
            "1. Review of conviction / retrial: Review the author's conviction. — not implemented"
            in text
        )
        assert "3. Legislative change: " in text and "— partially implemented" in text
        assert "by 6 January 2027, of the steps taken" in text  # 22 November 2026 + 45 days
        assert "under article 2 of the Covenant".lower() in text.lower()
    else:
        assert "Обращаемся к Вам в интересах автора сообщения (Bakhytzhan Toregozhina)" in text
        assert "до 6 января 2027 г. о принятых" in text
        assert "Меры, которые еще не выполнены" in text
        assert "Компенсация: Provide adequate compensation" in text
        assert "— выполнено частично" in text


def test_state_letter_counts_victims_outstanding(demo: Demo) -> None:
    path = demo.generate("state_letter", "en", case_id=demo.case_id("ILI-2022-UZ23"))
    text = docx_text(path)
    assert "We write on behalf of the 23 victims in this case" in text
    assert "— outstanding for 20 of the 23 victims" in text
    ru = docx_text(demo.generate("state_letter", "ru", case_id=demo.case_id("ILI-2022-UZ23")))
    assert "в интересах 23 пострадавших" in ru
    assert "— не выполнено в отношении 20 из 23 пострадавших" in ru


def test_state_letter_all_done_and_default_addressee(fresh_demo: Demo) -> None:
    from app.services.dto import StatusInput
    from app.vocab import ImplementationStatus

    case_id = fresh_demo.case_id("KZ-CAT-433")
    person = fresh_demo.services.cases.victims(case_id)[0]
    for remedy in fresh_demo.services.remedies.remedies(case_id):
        fresh_demo.services.remedies.set_status(
            remedy.id,
            person.id,
            StatusInput(status=ImplementationStatus.FULLY),
            expected_version=None,
        )
    text = docx_text(fresh_demo.generate("state_letter", "en", case_id=case_id))
    assert "The Prosecutor General's Office\nKazakhstan" in text
    assert "all the measures have been implemented" in text


# ---------------------------------------------------------------- shadow reports


def test_shadow_section_en(demo: Demo) -> None:
    path = demo.generate(
        "shadow_section",
        "en",
        review_id=demo.review_id,
        sections=(demo.torture_section(number=2, include_state_record=True),),
        organisation="International Legal Initiative",
    )
    lines = docx_lines(path)
    text = "\n".join(lines)
    assert docx_headings(path) == ["§2. Article 7. Prohibition of torture", "Notes"]
    assert lines.index("Only six former police officers were tried.") < lines.index(
        "The State party convicted 29 police officers."
    )
    # The earlier recommendation, quoted, with its note citing symbol and paragraph.
    assert (
        "In its concluding observations of 11 July 2025, the Committee recommended (para. 34)1:"
        in text
    )
    assert any(line.startswith("(b) Conducting prompt, thorough, effective") for line in lines)
    # The cases and the figures computed from the database.
    assert "Compensation was paid to 3 of the 23 victims (11,250,000 KZT each" in text
    assert "compensation was paid to 3 of the 23 victims" in text.lower()
    assert "Gerasimov v. Kazakhstan3." in text
    assert (
        "Implementation: In our assessment as of 23 October 2026, the State party's "
        "implementation of this recommendation merits grade C — not satisfactory. "
        "Sub-paragraphs (b) and (c) remain unimplemented."
    ) in text
    assert (
        "Of the 4 decisions of the UN treaty bodies adopted since 2012 that found violations by "
        "Kazakhstan and are recorded in our files, none has been fully implemented."
    ) in text
    # Numbered recommendations, as in the NGO submissions.
    i = lines.index("Recommendations:")
    assert lines[i + 1 : i + 3] == [
        "1. Pay compensation to every victim of torture in January 2022.",
        "2. Prosecute all the officers who took part.",
    ]
    notes = lines[lines.index("Notes") + 1 :]
    assert notes == [
        "1. CCPR/C/KAZ/CO/3, para. 34; see also CCPR/C/KAZ/CO/2, paras. 22 and 24.",
        "2. Case ILI-2022-UZ23: communication to the Committee against Torture in preparation.",
        "3. CAT/C/48/D/433/2010, Views adopted on 24 May 2012.",
    ]


def test_shadow_section_ru(demo: Demo) -> None:
    path = demo.generate(
        "shadow_section",
        "ru",
        review_id=demo.review_id,
        sections=(demo.torture_section(),),
    )
    lines = docx_lines(path)
    text = "\n".join(lines)
    assert docx_headings(path) == ["§1. Статья 7. Prohibition of torture", "Примечания"]
    assert "Рекомендации:" in lines
    assert "Положение иллюстрируют следующие дела:" in lines
    assert "Компенсация: выплачена в полном объеме 3 из 23 пострадавших" in text
    assert "1. CCPR/C/KAZ/CO/3, п. 34; см. также CCPR/C/KAZ/CO/2, paras. 22 and 24." in lines
    assert "Комитет рекомендовал государству-участнику (пункт 34)" in text


def test_shadow_report_default_sections(demo: Demo) -> None:
    path = demo.generate(
        "shadow_report",
        "en",
        review_id=demo.review_id,
        organisation="International Legal Initiative",
    )
    lines = docx_lines(path)
    text = "\n".join(lines)
    defaults = demo.services.documents.default_sections(demo.review_id)
    # Cover page, contents, introduction, the sections in order, notes.
    cover = lines[: lines.index("Contents")]
    assert cover[0] == "INTERNATIONAL LEGAL INITIATIVE"
    assert "SUBMISSION TO THE HUMAN RIGHTS COMMITTEE (CCPR)" in cover
    assert "144TH SESSION" in cover
    assert "Review of the third periodic report (CCPR/C/KAZ/3)" in cover
    subject = next(line for line in cover if line.startswith("KAZAKHSTAN: IMPLEMENTATION OF"))
    assert subject.endswith("OF THE ICCPR") and " 7, " in subject
    headings = docx_headings(path)
    assert headings[0] == "Introduction" and headings[-1] == "Notes"
    titles = headings[1:-1]
    assert len(titles) == len(defaults) >= 3
    assert [t.split(".")[0] for t in titles] == [f"§{n}" for n in range(1, len(titles) + 1)]
    start = lines.index("Contents") + 1
    assert lines[start : start + len(titles)] == titles
    torture = next(t for t in titles if "Article 7. Prohibition of torture" in t)
    assembly = next(t for t in titles if t.endswith("Freedom of peaceful assembly"))
    body = text[text.index("\nIntroduction\n") :]
    torture_text = body[body.index(torture) : body.index(titles[titles.index(torture) + 1])]
    for title in (
        "Twenty-three Uzbek nationals v. Kazakhstan",
        "Gerasimov v. Kazakhstan",
        "Evloev v. Kazakhstan",
    ):
        assert title in torture_text
    assert "compensation was paid to 3 of the 23 victims" in torture_text.lower()
    assert "merits grade C — not satisfactory. Sub-paragraphs (b) and (c) remain" in torture_text
    assert "Toregozhina v. Kazakhstan" in body[body.index(assembly) :]
    notes = lines[lines.index("Notes") + 1 :]
    assert notes[0].startswith("1. CCPR/C/KAZ/CO/3, para. ")
    assert any(
        n.endswith(". CCPR/C/112/D/2137/2012, Views adopted on 21 October 2014.") for n in notes
    )
    assert [n.split(".")[0] for n in notes] == [str(i) for i in range(1, len(notes) + 1)]
    assert "none has been fully implemented" in text


def test_notes_use_ibid_for_the_same_document(demo: Demo) -> None:
    sections = (
        ShadowSectionInput(
            heading="Discrimination", recommendation_ids=(demo.recommendation_id(12),)
        ),
        ShadowSectionInput(heading="Torture", recommendation_ids=(demo.recommendation_id(34),)),
    )
    for lang, ibid in (
        ("en", "2. Ibid., para. 34; see also"),
        ("ru", "2. Там же, п. 34; см. также"),
    ):
        lines = docx_lines(
            demo.generate("shadow_report", lang, review_id=demo.review_id, sections=sections)
        )
        notes = lines[-2:]
        assert notes[0] == "1. CCPR/C/KAZ/CO/3, " + ("para. 12." if lang == "en" else "п. 12.")
        assert notes[1].startswith(ibid)


def test_shadow_report_ru(demo: Demo) -> None:
    path = demo.generate("shadow_report", "ru", review_id=demo.review_id, organisation="МПИ")
    lines = docx_lines(path)
    assert "ИНФОРМАЦИЯ ДЛЯ КОМИТЕТА ПО ПРАВАМ ЧЕЛОВЕКА (CCPR)" in lines
    assert "КАЗАХСТАН: ВЫПОЛНЕНИЕ СТАТЕЙ 2, 7, 21 И 26 МПГПП" in lines
    assert "Содержание" in lines and "Введение" in lines and "Примечания" in lines
    assert any(
        line.startswith("§") and "Статья 7. Prohibition of torture" in line for line in lines
    )
    text = "\n".join(lines)
    assert "ни одно не выполнено в полном объеме" in text
    assert "Не выполнены подпункты (b) и (c)." in text


def test_shadow_report_has_a_toc_field(demo: Demo) -> None:
    import zipfile

    path = demo.generate("shadow_report", "en", review_id=demo.review_id)
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode()
    assert xml.count('w:fldCharType="begin"') == xml.count('w:fldCharType="end"') >= 1
    assert 'TOC \\o "1-1"' in xml


# ---------------------------------------------------------------- PDFs


def test_status_summary_one_page(demo: Demo) -> None:
    path = demo.generate("status_summary", "en", case_id=demo.case_id("ILI-2022-UZ23"))
    assert pdf_pages(path) == 1
    text = flat(pdf_text(path))
    assert "Twenty-three Uzbek nationals v. Kazakhstan" in text
    assert "STRICTLY CONFIDENTIAL" in text
    assert "Stage Preparation" in text and "Outcome Pending" in text
    assert (
        "Next deadline 1 December 2026 — Collect signed consent to act from victim U-23 (in 9 days)"
        in text
    )
    assert "Compensation was paid to 3 of the 23 victims" in text
    assert "23 victim(s): 4 named with consent, 19 by pseudonym or initials." in text
    assert "Final domestic decision 18 January 2025" in text
    assert "Printed 22 November 2026" in text and "Page 1 of 1" in text
    assert "Victim U-23" in text


def test_status_summary_russian(demo: Demo) -> None:
    path = demo.generate("status_summary", "ru", case_id=demo.case_id("KZ-CCPR-2137"))
    assert pdf_pages(path) == 1
    text = flat(pdf_text(path))
    assert "Справка о состоянии дела" in text
    assert "Стадия Последующие меры" in text
    assert "Bakhytzhan Toregozhina" in text
    assert "Страница 1 из 1" in text and "Напечатано 22 ноября 2026 г." in text
    assert "Пересмотр приговора" in text


def test_status_summary_stays_on_one_page_with_many_victims(fresh_demo: Demo) -> None:
    from tests.documents.test_traps import add_victims

    case_id = fresh_demo.case_id("ILI-2022-UZ23")
    add_victims(fresh_demo, case_id, 60)
    path = fresh_demo.generate("status_summary", "en", case_id=case_id)
    assert pdf_pages(path) == 1
    assert "and 53 more (see the case record)" in flat(pdf_text(path))


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_portfolio(demo: Demo, lang: str) -> None:
    path = demo.generate("portfolio", lang)
    text = flat(pdf_text(path))
    for reference in ("ILI-2022-UZ23", "KZ-CAT-433", "KZ-CAT-441", "KZ-CCPR-2129", "KZ-CCPR-2137"):
        assert reference in text
    if lang == "en":
        assert "5 cases; 4 decisions finding a violation, none fully implemented." in text
        assert "Implementation of remedies, by Committee" in text
        assert "Not implemented: 6" in text and "Partially: 5" in text
    else:
        assert "Решений, установивших нарушения: 4; выполнены в полном объеме: 0." in text
        assert "Выполнение мер по комитетам" in text


def test_portfolio_of_chosen_cases_and_filter(demo: Demo) -> None:
    ids = (demo.case_id("KZ-CCPR-2137"), demo.case_id("KZ-CAT-433"))
    text = flat(pdf_text(demo.generate("portfolio", "en", case_ids=ids)))
    assert "2 chosen cases" in text
    assert "KZ-CCPR-2137" in text and "KZ-CAT-433" in text and "KZ-CAT-441" not in text
    from app.services.dto import CaseFilter

    text = flat(pdf_text(demo.generate("portfolio", "en", case_filter=CaseFilter(body="CCPR"))))
    assert "Cases: CCPR" in text and "KZ-CAT-433" not in text


def test_portfolio_spans_pages_with_page_numbers(fresh_demo: Demo) -> None:
    from tests.benchmarks.bench_documents import add_synthetic_cases

    add_synthetic_cases(fresh_demo.workspace.session_factory, 120)
    path = fresh_demo.generate("portfolio", "en")
    pages = pdf_pages(path)
    assert pages >= 3
    text = pdf_text(path)
    assert f"Page {pages} of {pages}" in text
    assert "SYN-00119" in text


def test_every_kind_is_registered_with_language_and_subject(fresh_demo: Demo) -> None:
    documents = fresh_demo.services.documents
    case_id = fresh_demo.case_id("KZ-CCPR-2137")
    request = GenerateRequest(kind="followup_letter", lang="ru", case_id=case_id)
    doc = documents.generate(request)
    assert (doc.kind, doc.language, doc.case_id, doc.review_id) == (
        "followup_letter",
        "ru",
        case_id,
        None,
    )
    assert doc.title == "Письмо Комитету о последующих мерах — Toregozhina v. Kazakhstan (RU)"
    assert doc.path == "cases/KZ-CCPR-2137/2026-11-22_followup_letter_ru.docx"
    review_doc = documents.generate(
        GenerateRequest(kind="shadow_report", review_id=fresh_demo.review_id)
    )
    assert review_doc.review_id == fresh_demo.review_id and review_doc.case_id is None
    assert review_doc.path == "reviews/CCPR-C-KAZ-CO-3/2026-11-22_shadow_report_en.docx"
    again = documents.generate(request)
    assert again.path == "cases/KZ-CCPR-2137/2026-11-22_followup_letter_ru-2.docx"
