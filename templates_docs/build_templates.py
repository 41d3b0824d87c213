"""Build the built-in DOCX templates from code: `python templates_docs/build_templates.py`.

The .docx files it writes are committed; a lawyer may open any of them in Word or
LibreOffice, restyle it, save it under the same name (or `<kind>.<lang>.<name>.docx`) in the
templates folder of the data folder, and TreatyDesk offers it beside the built-in one.

Rules kept here so that docxtpl renders the templates reliably:
- every Jinja tag is typed into one run (never split by formatting), so Word sees plain
  text and docxtpl finds the whole tag;
- loops that make table rows use `{%tr %}` in rows of their own, loops over paragraphs use
  `{%p %}` in paragraphs of their own;
- every list may be empty: each loop is guarded by `{%p if … %}` with an `else` text where
  an empty list would leave a gap.
The variables are documented in templates_docs/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
FONT = "Times New Roman"
BLACK = RGBColor(0, 0, 0)

Run = str | tuple[str, dict[str, Any]]


# ---------------------------------------------------------------- low-level helpers


def _set_fonts(rpr: Any, name: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        key = qn(attr)
        if key in fonts.attrib:
            del fonts.attrib[key]


def _set_lang(rpr: Any, lang: str) -> None:
    tag = {"en": "en-GB", "ru": "ru-RU"}[lang]
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), tag)
    el.set(qn("w:eastAsia"), tag)
    el.set(qn("w:bidi"), "ar-SA")


def _style(
    doc: DocumentObject,
    name: str,
    *,
    base: str | None = "Normal",
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    align: Any = None,
    before: float | None = None,
    after: float | None = None,
    indent: float | None = None,
    keep_next: bool | None = None,
) -> Any:
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base:
            style.base_style = styles[base]
        style.quick_style = True
    font = style.font
    font.name = FONT
    _set_fonts(style.element.get_or_add_rPr(), FONT)
    font.color.rgb = BLACK
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    fmt = style.paragraph_format
    if align is not None:
        fmt.alignment = align
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if indent is not None:
        fmt.left_indent = Cm(indent)
        fmt.right_indent = Cm(indent)
    if keep_next is not None:
        fmt.keep_with_next = keep_next
    # No borders or theme colours inherited from python-docx's default Title and headings.
    ppr = style.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)
    return style


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A simple field (PAGE, NUMPAGES) whose cached value is `placeholder`."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _fld_char(paragraph: Paragraph, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _instr(paragraph: Paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = instruction
    run._r.append(el)


class Builder:
    """A template under construction: styles, page set-up, and paragraphs of runs."""

    def __init__(self, lang: str, title: str, words: dict[str, str]) -> None:
        self.lang = lang
        self.words = words
        self.doc = Document()
        doc = self.doc
        section = doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.5))
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
        normal = _style(doc, "Normal", base=None, size=12, after=6)
        normal.paragraph_format.line_spacing = 1.1
        _set_lang(normal.element.get_or_add_rPr(), lang)
        _style(doc, "Heading 1", size=13, bold=True, before=12, after=6, keep_next=True)
        _style(
            doc, "Heading 2", size=12, bold=True, italic=False, before=8, after=4, keep_next=True
        )
        _style(doc, "Title", size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
        _style(doc, "Subtitle", size=12, bold=True, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        _style(doc, "Quote", size=11, italic=True, indent=1.0, after=4)
        _style(doc, "No Spacing", size=12, after=0)
        _style(doc, "Table Text", size=10, after=0, align=WD_ALIGN_PARAGRAPH.LEFT)
        _style(doc, "Note Text", size=10, after=2)
        figure = _style(doc, "Figure Text", size=11, after=3)
        figure.paragraph_format.left_indent = Cm(1.0)
        _style(doc, "TOC Heading", size=13, bold=True, before=0, after=8)
        toc = _style(doc, "toc 1", after=3)
        toc.paragraph_format.left_indent = Cm(0)
        props = doc.core_properties
        props.title = title
        props.author = "TreatyDesk"
        props.last_modified_by = "TreatyDesk"
        props.comments = (
            "TreatyDesk template. The variables in double braces are filled in from the database "
            "when the document is generated; see templates_docs/README.md."
        )
        props.language = {"en": "en-GB", "ru": "ru-RU"}[lang]
        self._footer()

    def _footer(self) -> None:
        footer = self.doc.sections[0].footer
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.style = self.doc.styles["Table Text"]
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(self.words["page"] + " ")
        _field(p, "PAGE", "1")
        p.add_run(" " + self.words["of"] + " ")
        _field(p, "NUMPAGES", "1")

    def p(
        self,
        *runs: Run,
        style: str = "Normal",
        align: Any = None,
        after: float | None = None,
        before: float | None = None,
        keep_next: bool = False,
    ) -> Paragraph:
        par = self.doc.add_paragraph(style=style)
        for run in runs:
            text, fmt = (run, {}) if isinstance(run, str) else run
            r = par.add_run(text)
            r.bold = fmt.get("bold")
            r.italic = fmt.get("italic")
            if fmt.get("superscript"):
                r.font.superscript = True
            if fmt.get("size"):
                r.font.size = Pt(fmt["size"])
        if align is not None:
            par.alignment = align
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        if before is not None:
            par.paragraph_format.space_before = Pt(before)
        if keep_next:
            par.paragraph_format.keep_with_next = True
        return par

    def tag(self, tag: str) -> Paragraph:
        """A paragraph holding only a `{%p … %}` tag (docxtpl removes the paragraph)."""
        return self.p(tag, style="No Spacing")

    def h1(self, text: str) -> Paragraph:
        return self.p(text, style="Heading 1")

    def h2(self, text: str) -> Paragraph:
        return self.p(text, style="Heading 2")

    def blank(self) -> Paragraph:
        return self.p("")

    def page_break(self) -> None:
        par = self.doc.add_paragraph(style="No Spacing")
        par.add_run().add_break(WD_BREAK.PAGE)

    def loop_table(
        self, headers: list[str], cells: list[str], loop: str, widths: list[float]
    ) -> Table:
        """A table whose body rows repeat: header, `{%tr for %}`, the row, `{%tr endfor %}`."""
        table = self.doc.add_table(rows=4, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for row_index, values in enumerate(
            (headers, [f"{{%tr {loop} %}}"], cells, ["{%tr endfor %}"])
        ):
            row = table.rows[row_index]
            for col, cell in enumerate(row.cells):
                cell.width = Cm(widths[col])
                par = cell.paragraphs[0]
                par.style = self.doc.styles["Table Text"]
                text = values[col] if col < len(values) else ""
                if text:
                    run = par.add_run(text)
                    run.bold = row_index == 0
        header = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header.append(repeat)
        shade_cells = table.rows[0].cells
        for cell in shade_cells:
            tcpr = cell._tc.get_or_add_tcPr()
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), "E7E6E6")
            tcpr.append(shading)
        return table

    def toc(self, heading: str, loop: str, entry: str) -> None:
        """A Word TOC field whose cached result is the list of sections.

        Word and LibreOffice show the list as it is; "Update field" (F9) turns it into a
        table of contents with page numbers. The first entry shares its paragraph with the
        start of the field, so the loop is written with plain `{% %}` tags that span the
        entry paragraphs: `{% for %}{{ entry }}` in one, `{% endfor %}` in the next.
        """
        self.p(heading, style="TOC Heading")
        first = self.doc.add_paragraph(style="toc 1")
        _fld_char(first, "begin")
        _instr(first, ' TOC \\o "1-1" \\h \\z \\u ')
        _fld_char(first, "separate")
        first.add_run(f"{{% {loop} %}}{entry}")
        last = self.doc.add_paragraph(style="toc 1")
        last.add_run("{% endfor %}")
        _fld_char(last, "end")

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def b(text: str) -> Run:
    return (text, {"bold": True})


def i(text: str) -> Run:
    return (text, {"italic": True})


def sup(text: str) -> Run:
    return (text, {"superscript": True})


# ---------------------------------------------------------------- wording

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "page": "Page",
        "of": "of",
        "addr": "Petitions and Urgent Actions Section\n"
        "Office of the United Nations High Commissioner for Human Rights\n"
        "United Nations Office at Geneva\n"
        "8–14 avenue de la Paix, CH-1211 Geneva 10, Switzerland\n"
        "By e-mail: petitions@ohchr.org",
        "re": "Re: ",
        "fu_subject": "Author's comments on the State party's follow-up information",
        "dear_committee": "Dear Members of the Committee,",
        "fu_1": "1. The decision",
        "domestic": "Domestic proceedings:",
        "fu_2": "2. Remedies",
        "remedies_intro": "The remedies recorded in this case are:",
        "no_remedies": "No remedies are recorded for this case.",
        "fu_3": "3. The State party's follow-up information",
        "no_replies": "No follow-up information from the State party is recorded in our files.",
        "fu_4": "4. Implementation of each remedy",
        "table_intro": "The situation of each victim is set out in the table below.",
        "no_rows": "No remedy in this case is owed to individual victims, so there is no "
        "per-victim status to report.",
        "col_victim": "Victim",
        "col_remedy": "Remedy",
        "col_status": "Status",
        "col_amount": "Amount",
        "col_date": "Date",
        "fu_5": "5. The Committee's assessment",
        "fu_6": "6. Request to the Committee",
        "request_intro": "In the light of the above, the author respectfully requests the "
        "Committee:",
        "respectfully": "Respectfully submitted,",
        "sl_subject": "Implementation of the decision of the {{ committee.name }}",
        "dear": "Dear Sir or Madam,",
        "sl_on_behalf": "We write on behalf of {{ case.represented }} in the above case.",
        "sl_decision": "The decision",
        "sl_obligation": "The obligations of the State party",
        "sl_outstanding": "Measures still outstanding",
        "sl_outstanding_intro": "According to the information available to us, the following "
        "measures have not yet been fully implemented:",
        "sl_none": "According to the information available to us, all the measures have been "
        "implemented. We would be grateful for official confirmation of this.",
        "sl_request_head": "Our request",
        "sl_request": "We respectfully request you to take the measures necessary to implement "
        "the decision in full and to inform us, by ",
        "sl_request_tail": ", of the steps taken and planned, with their dates.",
        "sl_copy": "A copy of this letter is kept in the case file for the follow-up procedure "
        "before the Committee.",
        "faithfully": "Yours faithfully,",
        "implementation": "Implementation: ",
        "cases_intro": "The following cases illustrate the situation:",
        "recommendations": "Recommendations:",
        "notes": "Notes",
        "contents": "Contents",
        "introduction": "Introduction",
        "submission": "SUBMISSION TO THE ",
        "submitted_by": "Submitted by ",
    },
    "ru": {
        "page": "Страница",
        "of": "из",
        "addr": "Секция по петициям и срочным мерам\n"
        "Управление Верховного комиссара Организации Объединенных Наций по правам человека\n"
        "Отделение Организации Объединенных Наций в Женеве\n"
        "8–14 avenue de la Paix, CH-1211 Geneva 10, Switzerland\n"
        "Эл. почта: petitions@ohchr.org",
        "re": "Касательно: ",
        "fu_subject": "Комментарии автора к информации государства-участника о последующих мерах",
        "dear_committee": "Уважаемые члены Комитета!",
        "fu_1": "1. Решение Комитета",
        "domestic": "Разбирательство внутри страны:",
        "fu_2": "2. Меры правовой защиты",
        "remedies_intro": "По этому делу предусмотрены следующие меры:",
        "no_remedies": "По этому делу меры не указаны.",
        "fu_3": "3. Информация государства-участника о последующих мерах",
        "no_replies": "В наших материалах нет информации государства-участника о последующих "
        "мерах.",
        "fu_4": "4. Выполнение каждой меры",
        "table_intro": "Положение каждого пострадавшего приведено в таблице ниже.",
        "no_rows": "Ни одна из мер по этому делу не касается отдельных пострадавших, поэтому "
        "сведений о каждом пострадавшем нет.",
        "col_victim": "Пострадавший",
        "col_remedy": "Мера",
        "col_status": "Статус",
        "col_amount": "Сумма",
        "col_date": "Дата",
        "fu_5": "5. Оценка Комитета",
        "fu_6": "6. Просьба к Комитету",
        "request_intro": "С учетом изложенного автор просит Комитет:",
        "respectfully": "С уважением,",
        "sl_subject": "Выполнение решения: {{ committee.name }}",
        "dear": "Уважаемые дамы и господа!",
        "sl_on_behalf": "Обращаемся к Вам в интересах {{ case.represented }} по указанному делу.",
        "sl_decision": "Решение Комитета",
        "sl_obligation": "Обязательства государства-участника",
        "sl_outstanding": "Меры, которые еще не выполнены",
        "sl_outstanding_intro": "По имеющимся у нас сведениям, следующие меры до сих пор не "
        "выполнены в полном объеме:",
        "sl_none": "По имеющимся у нас сведениям, все меры выполнены. Просим подтвердить это "
        "официально.",
        "sl_request_head": "Наша просьба",
        "sl_request": "Просим Вас принять меры, необходимые для полного выполнения решения, и "
        "сообщить нам до ",
        "sl_request_tail": " о принятых и запланированных мерах с указанием сроков.",
        "sl_copy": "Копия настоящего письма приобщена к материалам дела для процедуры "
        "последующих мер в Комитете.",
        "faithfully": "С уважением,",
        "implementation": "Выполнение: ",
        "cases_intro": "Положение иллюстрируют следующие дела:",
        "recommendations": "Рекомендации:",
        "notes": "Примечания",
        "contents": "Содержание",
        "introduction": "Введение",
        "submission": "ИНФОРМАЦИЯ ДЛЯ ",
        "submitted_by": "Представлено: ",
    },
}


# ---------------------------------------------------------------- the templates


def _letterhead(t: Builder) -> None:
    t.tag("{%p if organisation %}")
    t.p(b("{{ organisation }}"), align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    t.tag("{%p endif %}")
    t.p("{{ today }}", align=WD_ALIGN_PARAGRAPH.RIGHT)


def _signature(t: Builder, closing: str) -> None:
    t.p(closing, before=12, keep_next=True)
    t.p("{{ signatory }}", style="No Spacing", before=18)
    t.tag("{%p if organisation %}")
    t.p("{{ organisation }}", style="No Spacing")
    t.tag("{%p endif %}")


def followup_letter(lang: str) -> Builder:
    w = WORDS[lang]
    t = Builder(lang, "Follow-up letter" if lang == "en" else "Письмо о последующих мерах", w)
    _letterhead(t)
    t.p("{{ committee.name }}", style="No Spacing")
    for line in w["addr"].split("\n"):
        t.p(line, style="No Spacing")
    t.blank()
    t.p(b(w["re"]), b("{{ case.title }}"), b(" ({{ case.citation_line }})"), after=0)
    t.p(w["fu_subject"], after=12)
    t.p(w["dear_committee"])

    t.h1(w["fu_1"])
    t.p("{{ decision.sentence }}")
    t.tag("{%p for para in case.summary_paragraphs %}")
    t.p("{{ para }}")
    t.tag("{%p endfor %}")
    t.tag("{%p if case.domestic %}")
    t.p(w["domestic"], keep_next=True)
    t.tag("{%p for line in case.domestic %}")
    t.p("– ", "{{ line }}")
    t.tag("{%p endfor %}")
    t.tag("{%p endif %}")

    t.h1(w["fu_2"])
    t.tag("{%p if remedies %}")
    t.p(w["remedies_intro"], keep_next=True)
    t.tag("{%p for r in remedies %}")
    t.p("({{ r.letter }}) ", b("{{ r.label }}"), " ({{ r.scope }}). ", "{{ r.text }}")
    t.tag("{%p endfor %}")
    t.tag("{%p else %}")
    t.p(w["no_remedies"])
    t.tag("{%p endif %}")

    t.h1(w["fu_3"])
    t.tag("{%p if state_replies %}")
    t.tag("{%p for e in state_replies %}")
    t.p(b("{{ e.heading }}"), ": ", "{{ e.summary }}")
    t.tag("{%p endfor %}")
    t.tag("{%p else %}")
    t.p(w["no_replies"])
    t.tag("{%p endif %}")

    t.h1(w["fu_4"])
    t.tag("{%p for r in remedies %}")
    t.p("({{ r.letter }}) ", "{{ r.sentence }}")
    t.tag("{%p endfor %}")
    t.tag("{%p if victim_rows %}")
    t.p(w["table_intro"], keep_next=True)
    t.loop_table(
        [w["col_victim"], w["col_remedy"], w["col_status"], w["col_amount"], w["col_date"]],
        [
            "{{ row.victim }}",
            "{{ row.remedy }}",
            "{{ row.status }}",
            "{{ row.amount }}",
            "{{ row.date }}",
        ],
        "for row in victim_rows",
        [3.6, 4.2, 3.4, 2.9, 2.9],
    )
    t.tag("{%p else %}")
    t.p(w["no_rows"])
    t.tag("{%p endif %}")

    t.h1(w["fu_5"])
    t.p("{{ assessment.sentence }}")
    t.tag("{%p for r in assessment.graded %}")
    t.p("({{ r.letter }}) ", "{{ r.label }}", ": ", b("{{ r.grade }}"))
    t.tag("{%p endfor %}")

    t.h1(w["fu_6"])
    t.p(w["request_intro"], keep_next=True)
    t.tag("{%p for point in request.points %}")
    t.p("{{ loop.index }}. ", "{{ point }}")
    t.tag("{%p endfor %}")
    _signature(t, w["respectfully"])
    return t


def state_letter(lang: str) -> Builder:
    w = WORDS[lang]
    t = Builder(lang, "Letter to a State authority" if lang == "en" else "Письмо органу", w)
    _letterhead(t)
    t.tag("{%p for line in addressee_lines %}")
    t.p("{{ line }}", style="No Spacing")
    t.tag("{%p endfor %}")
    t.blank()
    t.p(b(w["re"]), b(w["sl_subject"]), after=0)
    t.p("{{ case.title }} ({{ case.citation_line }})", after=12)
    t.p(w["dear"])
    t.p(w["sl_on_behalf"])
    t.h2(w["sl_decision"])
    t.p("{{ decision.sentence }}")
    t.tag("{%p for para in case.summary_paragraphs %}")
    t.p("{{ para }}")
    t.tag("{%p endfor %}")
    t.h2(w["sl_obligation"])
    t.p("{{ obligation }}")
    t.h2(w["sl_outstanding"])
    t.tag("{%p if outstanding %}")
    t.p(w["sl_outstanding_intro"], keep_next=True)
    t.tag("{%p for m in outstanding %}")
    t.p("{{ m.number }}. ", b("{{ m.label }}"), ": ", "{{ m.text }}", " — ", i("{{ m.status }}"))
    t.tag("{%p endfor %}")
    t.tag("{%p else %}")
    t.p(w["sl_none"])
    t.tag("{%p endif %}")
    t.h2(w["sl_request_head"])
    t.p(w["sl_request"], b("{{ reply_by }}"), w["sl_request_tail"])
    t.p(w["sl_copy"])
    _signature(t, w["faithfully"])
    return t


def _section_body(t: Builder, w: dict[str, str]) -> None:
    """The body of one section (the loop variable is `section`), shared by both kinds."""
    t.tag("{%p for para in section.facts %}")
    t.p("{{ para }}")
    t.tag("{%p endfor %}")
    t.tag("{%p for rec in section.recommendations %}")
    t.p("{{ rec.intro }}", sup("{{ rec.note }}"), ":", keep_next=True)
    t.tag("{%p for para in rec.quote %}")
    t.p("{{ para }}", style="Quote")
    t.tag("{%p endfor %}")
    t.tag("{%p if rec.assessment %}")
    t.p(b(w["implementation"]), "{{ rec.assessment }}")
    t.tag("{%p endif %}")
    t.tag("{%p endfor %}")
    t.tag("{%p for para in section.state_action %}")
    t.p("{{ para }}")
    t.tag("{%p endfor %}")
    t.tag("{%p if section.cases %}")
    t.p(w["cases_intro"], keep_next=True)
    t.tag("{%p for c in section.cases %}")
    t.p(b("{{ c.title }}"), sup("{{ c.note }}"), ". ", "{{ c.summary }}")
    t.tag("{%p for f in c.figures %}")
    t.p("– ", "{{ f }}", style="Figure Text")
    t.tag("{%p endfor %}")
    t.tag("{%p endfor %}")
    t.tag("{%p endif %}")
    t.tag("{%p for f in section.figures %}")
    t.p("{{ f }}")
    t.tag("{%p endfor %}")
    t.tag("{%p if section.ngo_recommendations %}")
    t.p(b(w["recommendations"]), keep_next=True)
    t.tag("{%p for r in section.ngo_recommendations %}")
    t.p("{{ r.number }}. ", "{{ r.text }}")
    t.tag("{%p endfor %}")
    t.tag("{%p endif %}")


def _notes(t: Builder, w: dict[str, str]) -> None:
    t.tag("{%p if notes %}")
    t.p(w["notes"], style="Heading 1")
    t.tag("{%p for n in notes %}")
    t.p("{{ n.number }}. ", "{{ n.text }}", style="Note Text")
    t.tag("{%p endfor %}")
    t.tag("{%p endif %}")


def shadow_section(lang: str) -> Builder:
    w = WORDS[lang]
    t = Builder(lang, "Shadow-report section" if lang == "en" else "Раздел доклада", w)
    t.p(i("{{ committee.name }} — {{ review.state_name }}: {{ review.cycle_line }}"), after=12)
    t.h1("{{ section.title }}")
    _section_body(t, w)
    _notes(t, w)
    return t


def shadow_report(lang: str) -> Builder:
    w = WORDS[lang]
    t = Builder(lang, "Shadow report" if lang == "en" else "Альтернативный доклад", w)
    t.tag("{%p if organisation %}")
    t.p(b("{{ organisation_upper }}"), align=WD_ALIGN_PARAGRAPH.CENTER, after=48)
    t.tag("{%p endif %}")
    for _ in range(3):
        t.blank()
    name = "{{ committee.name_genitive_upper }}" if lang == "ru" else "{{ committee.name_upper }}"
    t.p(w["submission"] + name + " ({{ committee.code }})", style="Title")
    t.tag("{%p if review.session_upper %}")
    t.p("{{ review.session_upper }}", style="Subtitle", after=12)
    t.tag("{%p endif %}")
    t.p("{{ report.subject_upper }}", style="Subtitle", after=24)
    t.p("{{ review.cycle_line }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    t.p("{{ today }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    t.tag("{%p if organisation %}")
    t.p(w["submitted_by"], "{{ organisation }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    t.tag("{%p endif %}")
    t.page_break()
    t.toc(w["contents"], "for section in sections", "{{ section.title }}")
    t.page_break()
    t.h1(w["introduction"])
    t.tag("{%p for para in report.intro %}")
    t.p("{{ para }}")
    t.tag("{%p endfor %}")
    t.p("{{ state_record.sentence }}")
    t.tag("{%p for section in sections %}")
    t.h1("{{ section.title }}")
    _section_body(t, w)
    t.tag("{%p endfor %}")
    _notes(t, w)
    return t


BUILDERS = {
    "followup_letter": followup_letter,
    "state_letter": state_letter,
    "shadow_section": shadow_section,
    "shadow_report": shadow_report,
}


def build(folder: Path = HERE) -> list[Path]:
    written = []
    for kind, builder in BUILDERS.items():
        for lang in ("en", "ru"):
            path = folder / f"{kind}.{lang}.docx"
            builder(lang).save(path)
            written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in build(target):
        print(f"wrote {path}")
