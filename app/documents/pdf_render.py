"""PDF documents laid out with reportlab platypus: the one-page case summary and the portfolio.

Both print the date and "page N of M" in the footer. Text is set in a TrueType font that has
Cyrillic letters (DejaVu Sans, Liberation Sans, Arial or Noto Sans, whichever the system
has; `TREATYDESK_PDF_FONT` names another). ReportLab's own fonts have no Cyrillic, so
without one of those the PDF is refused with a clear message rather than printed with
black boxes instead of Russian names.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.errors import DomainError

ENV_FONT = "TREATYDESK_PDF_FONT"
REGULAR = "TreatyDeskSans"
BOLD = "TreatyDeskSans-Bold"

_FONT_FILES: tuple[tuple[str, str], ...] = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
)


def _font_dirs() -> list[Path]:
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/truetype/liberation"),
        Path("/usr/share/fonts/liberation"),
        Path("/usr/share/fonts/truetype/noto"),
        Path("/usr/share/fonts/noto"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
        home / "Library/Fonts",
    ]
    windir = os.environ.get("WINDIR") or ("C:\\Windows" if sys.platform == "win32" else "")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    return dirs


def _has_cyrillic(font: TTFont) -> bool:
    glyphs = font.face.charToGlyph
    return all(ord(ch) in glyphs for ch in "ЖжЯяЁё")


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register a Cyrillic TrueType font (regular and bold) once; return their names."""
    candidates: list[tuple[Path, Path | None]] = []
    override = os.environ.get(ENV_FONT)
    if override:
        candidates.append((Path(override), None))
    for directory in _font_dirs():
        for regular, bold in _FONT_FILES:
            if (directory / regular).is_file():
                b = directory / bold
                candidates.append((directory / regular, b if b.is_file() else None))
    for regular_path, bold_path in candidates:
        try:
            regular = TTFont(REGULAR, str(regular_path))
        except (TTFError, OSError):
            continue
        if not _has_cyrillic(regular):
            continue
        pdfmetrics.registerFont(regular)
        bold_font = None
        if bold_path is not None:
            try:
                bold_font = TTFont(BOLD, str(bold_path))
            except (TTFError, OSError):
                bold_font = None
        pdfmetrics.registerFont(bold_font or TTFont(BOLD, str(regular_path)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        return REGULAR, BOLD
    raise DomainError(
        "No font with Cyrillic letters was found for PDF documents. Install DejaVu Sans "
        "(on Debian or Ubuntu: sudo apt install fonts-dejavu-core), or set "
        f"{ENV_FONT} to the path of a TrueType font (.ttf) that has Cyrillic letters."
    )


# ---------------------------------------------------------------- words printed by the layout

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "summary_title": "Case status summary",
        "reference": "Reference",
        "committee": "Committee",
        "state": "State party",
        "symbol": "Symbol",
        "communication": "Communication No.",
        "stage": "Stage",
        "outcome": "Outcome",
        "decision": "Decision",
        "next_deadline": "Next deadline",
        "none": "none",
        "key_dates": "Key dates",
        "incident_date": "Incident",
        "final_domestic_decision_date": "Final domestic decision",
        "submission_date": "Submitted",
        "registration_date": "Registered",
        "transmittal_date": "Transmitted to the State",
        "state_observations_received_on": "State's observations received",
        "decision_date": "Decision adopted",
        "decision_transmittal_date": "Decision transmitted",
        "remedies": "Remedies and their implementation",
        "no_remedies": "No remedies are recorded.",
        "remedy": "Remedy",
        "implementation": "Implementation",
        "grade": "Latest grade",
        "victims": "Victims",
        "victim": "Victim",
        "no_victims": "No victims are recorded.",
        "victims_line": "{n} victim(s): {named} named with consent, {hidden} by pseudonym or "
        "initials.",
        "more_victims": "… and {n} more (see the case record).",
        "domestic": "Domestic proceedings",
        "printed": "Printed {date}",
        "page": "Page {page} of {pages}",
        "consent_note": "People who have not consented to be named appear by pseudonym or "
        "initials.",
        "portfolio_title": "Case portfolio",
        "filter": "Cases",
        "chart_title": "Implementation of remedies, by Committee (number of remedies)",
        "fully": "Fully",
        "partially": "Partially",
        "not_implemented": "Not implemented",
        "unknown": "No information",
        "col_reference": "Reference",
        "col_title": "Title",
        "col_body": "Body",
        "col_state": "State",
        "col_symbol": "Symbol",
        "col_stage": "Stage",
        "col_outcome": "Outcome",
        "col_victims": "Victims",
        "col_remedies": "Remedies fully implemented",
        "col_deadline": "Next deadline",
        "no_cases": "No cases match.",
    },
    "ru": {
        "summary_title": "Справка о состоянии дела",
        "reference": "Номер дела",
        "committee": "Комитет",
        "state": "Государство-участник",
        "symbol": "Условное обозначение",
        "communication": "Сообщение №",
        "stage": "Стадия",
        "outcome": "Итог",
        "decision": "Решение",
        "next_deadline": "Ближайший срок",
        "none": "нет",
        "key_dates": "Основные даты",
        "incident_date": "Событие",
        "final_domestic_decision_date": "Окончательное решение внутри страны",
        "submission_date": "Направлено",
        "registration_date": "Зарегистрировано",
        "transmittal_date": "Препровождено государству",
        "state_observations_received_on": "Получены замечания государства",
        "decision_date": "Решение принято",
        "decision_transmittal_date": "Решение препровождено",
        "remedies": "Меры и их выполнение",
        "no_remedies": "Меры не указаны.",
        "remedy": "Мера",
        "implementation": "Выполнение",
        "grade": "Последняя оценка",
        "victims": "Пострадавшие",
        "victim": "Пострадавший",
        "no_victims": "Пострадавшие не указаны.",
        "victims_line": "Пострадавших: {n}; названы с их согласия: {named}; указаны под "
        "псевдонимом или инициалами: {hidden}.",
        "more_victims": "… и еще {n} (см. материалы дела).",
        "domestic": "Разбирательство внутри страны",
        "printed": "Напечатано {date}",
        "page": "Страница {page} из {pages}",
        "consent_note": "Лица, не давшие согласия на упоминание их имени, указаны под "
        "псевдонимом или инициалами.",
        "portfolio_title": "Сводка по делам",
        "filter": "Дела",
        "chart_title": "Выполнение мер по комитетам (число мер)",
        "fully": "Полностью",
        "partially": "Частично",
        "not_implemented": "Не выполнено",
        "unknown": "Нет сведений",
        "col_reference": "Номер",
        "col_title": "Название",
        "col_body": "Орган",
        "col_state": "Гос.",
        "col_symbol": "Обозначение",
        "col_stage": "Стадия",
        "col_outcome": "Итог",
        "col_victims": "Жертвы",
        "col_remedies": "Меры выполнены полностью",
        "col_deadline": "Ближайший срок",
        "no_cases": "Нет дел, отвечающих условиям.",
    },
}

GREEN = colors.HexColor("#2e7d32")
AMBER = colors.HexColor("#f9a825")
RED = colors.HexColor("#c62828")
GREY = colors.HexColor("#9e9e9e")
RULE = colors.HexColor("#b0b0b0")
SHADE = colors.HexColor("#eeeeee")
MAX_VICTIM_ROWS = 30
MAX_SUMMARY = 700  # characters of the case summary on the one-page summary


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    badge: ParagraphStyle


def _styles(base: float = 9.5) -> _Styles:
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=base, leading=base * 1.3)
    return _Styles(
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=15, leading=18),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=base, textColor=colors.black),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=bold, fontSize=base + 1.5, spaceBefore=7, spaceAfter=3
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=base - 1.5, leading=(base - 1.5) * 1.3),
        cell=ParagraphStyle("cell", parent=body, fontSize=base - 1, leading=(base - 1) * 1.25),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=bold, fontSize=base - 1, leading=(base - 1) * 1.25
        ),
        badge=ParagraphStyle(
            "badge", parent=body, fontName=bold, textColor=RED, alignment=TA_RIGHT
        ),
    )


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)), style)


def _numbered_canvas(footer: Callable[[canvas.Canvas, int, int], None]) -> type[canvas.Canvas]:
    """A canvas that knows the page count when it draws each footer ("page 2 of 7")."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _footer_drawer(
    lang: str, printed: str, note: str, pagesize: tuple[float, float], margin: float
) -> Callable[[canvas.Canvas, int, int], None]:
    words = LABELS[lang]
    regular, _bold = register_fonts()

    def draw(c: canvas.Canvas, page: int, pages: int) -> None:
        width, _height = pagesize
        c.saveState()
        c.setStrokeColor(RULE)
        c.line(margin, 14 * mm, width - margin, 14 * mm)
        c.setFont(regular, 7.5)
        c.drawString(margin, 10 * mm, f"TreatyDesk · {words['printed'].format(date=printed)}")
        c.drawRightString(width - margin, 10 * mm, words["page"].format(page=page, pages=pages))
        if note:
            c.drawString(margin, 6.5 * mm, note)
        c.restoreState()

    return draw


def _build(
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    margin: float,
    title: str,
    lang: str,
    printed: str,
    note: str,
) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=20 * mm,
        title=title,
        author="TreatyDesk",
        lang=lang,
    )
    footer = _footer_drawer(lang, printed, note, pagesize, margin)
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return out.getvalue()


def _grid(widths: list[float], header: bool = True) -> TableStyle:
    regular, bold = register_fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ]
    return TableStyle(commands)


# ---------------------------------------------------------------- one case, one page


def render_status_summary(ctx: dict[str, Any]) -> bytes:
    """One case on one A4 page (shrunk to fit); the PDF file's bytes."""
    lang = ctx["lang"]
    words = LABELS[lang]
    st = _styles()
    case = ctx["case"]
    committee = ctx["committee"]
    page_w, page_h = A4
    margin = 15 * mm
    width = page_w - 2 * margin
    story: list[Flowable] = []

    badge = "" if ctx["is_public"] else case["confidentiality"].upper()
    head = Table(
        [[_p(case["title"], st.title), _p(badge, st.badge)]],
        colWidths=[width * 0.72, width * 0.28],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]),
    )
    story.insert(0, _p(f"{words['summary_title']} · {ctx['today']}", st.small))
    story.append(head)
    ident = [
        f"{words['reference']}: {case['reference']}",
        committee["name"],
        case["state_name"],
    ]
    if case["communication_number"]:
        ident.append(f"{words['communication']} {case['communication_number']}")
    if case["symbol"]:
        ident.append(case["symbol"])
    story.append(_p(" · ".join(ident), st.subtitle))
    summary = case["summary"]
    if summary:
        cut = summary if len(summary) <= MAX_SUMMARY else summary[: MAX_SUMMARY - 1].rstrip() + "…"
        story.append(Spacer(1, 2 * mm))
        story.append(_p(cut, st.small))
    story.append(Spacer(1, 4 * mm))

    nd = ctx["next_deadline"]
    deadline = f"{nd['date']} — {nd['title']} ({nd['when']})" if nd["exists"] else words["none"]
    facts = [
        [_p(words["stage"], st.cell_bold), _p(case["stage"], st.cell),
         _p(words["outcome"], st.cell_bold), _p(case["outcome"], st.cell)],
        [_p(words["next_deadline"], st.cell_bold), _p(deadline, st.cell), "", ""],
    ]  # fmt: skip
    facts_table = Table(facts, colWidths=[width * 0.17, width * 0.33, width * 0.17, width * 0.33])
    style = _grid([], header=False)
    style.add("SPAN", (1, 1), (3, 1))
    if nd["overdue"]:
        style.add("TEXTCOLOR", (1, 1), (1, 1), RED)
    facts_table.setStyle(style)
    story.append(facts_table)

    story.append(_p(words["decision"], st.heading))
    story.append(_p(ctx["decision"]["sentence"], st.body))

    if ctx["key_dates"]:
        story.append(_p(words["key_dates"], st.heading))
        items = [(words[d["key"]], d["date"]) for d in ctx["key_dates"]]
        half = (len(items) + 1) // 2
        rows = []
        for i in range(half):
            left = items[i]
            right = items[i + half] if i + half < len(items) else ("", "")
            rows.append([_p(left[0], st.cell), _p(left[1], st.cell),
                         _p(right[0], st.cell), _p(right[1], st.cell)])  # fmt: skip
        table = Table(rows, colWidths=[width * 0.25, width * 0.25, width * 0.25, width * 0.25])
        table.setStyle(_grid([], header=False))
        story.append(table)

    story.append(_p(words["remedies"], st.heading))
    if ctx["remedies"]:
        rows = [
            [
                _p("#", st.cell_bold),
                _p(words["remedy"], st.cell_bold),
                _p(words["implementation"], st.cell_bold),
                _p(words["grade"], st.cell_bold),
            ]
        ]
        for r in ctx["remedies"]:
            rows.append(
                [
                    _p(f"({r['letter']})", st.cell),
                    _p(f"{r['label']} — {r['scope']}", st.cell),
                    _p(r["sentence"], st.cell),
                    _p(r["grade"], st.cell),
                ]
            )
        table = Table(rows, colWidths=[width * 0.06, width * 0.24, width * 0.52, width * 0.18])
        table.setStyle(_grid([]))
        story.append(table)
    else:
        story.append(_p(words["no_remedies"], st.body))

    story.append(_p(words["victims"], st.heading))
    victims = ctx["victims"]
    if victims:
        story.append(
            _p(
                words["victims_line"].format(
                    n=case["victims_count"],
                    named=case["victims_named"],
                    hidden=case["victims_pseudonymised"],
                ),
                st.body,
            )
        )
        remedies = ctx["victim_remedies"]
        if remedies:
            header = [_p(words["victim"], st.cell_bold)] + [_p(r, st.cell_bold) for r in remedies]
            rows = [header]
            for v in victims[:MAX_VICTIM_ROWS]:
                rows.append([_p(v["name"], st.cell)] + [_p(s, st.cell) for s in v["statuses"]])
            first = width * 0.3
            other = (width - first) / len(remedies)
            table = Table(rows, colWidths=[first] + [other] * len(remedies), repeatRows=1)
            style = _grid([])
            for row_index, v in enumerate(victims[:MAX_VICTIM_ROWS], start=1):
                for col, status in enumerate(v["statuses"], start=1):
                    style.add(
                        "TEXTCOLOR", (col, row_index), (col, row_index), _status_color(status, lang)
                    )
            table.setStyle(style)
            story.append(table)
            if len(victims) > MAX_VICTIM_ROWS:
                story.append(
                    _p(words["more_victims"].format(n=len(victims) - MAX_VICTIM_ROWS), st.small)
                )
        else:
            names = ", ".join(v["name"] for v in victims[:MAX_VICTIM_ROWS])
            story.append(_p(names, st.body))
    else:
        story.append(_p(words["no_victims"], st.body))

    if case["domestic"]:
        story.append(_p(words["domestic"], st.heading))
        for line in case["domestic"][-3:]:
            story.append(_p(line, st.small))

    frame_height = page_h - margin - 20 * mm - 6
    one_page = KeepInFrame(width, frame_height, story, mode="shrink")
    return _build(
        [one_page],
        pagesize=A4,
        margin=margin,
        title=f"{words['summary_title']}: {case['title']}",
        lang=lang,
        printed=ctx["today"],
        note=words["consent_note"],
    )


def _status_color(status_label: str, lang: str) -> colors.Color:
    from app.documents.i18n import label
    from app.vocab import ImplementationStatus

    palette = {
        label(ImplementationStatus.FULLY, lang): GREEN,
        label(ImplementationStatus.PARTIALLY, lang): colors.HexColor("#b26a00"),
        label(ImplementationStatus.NOT_IMPLEMENTED, lang): RED,
    }
    return palette.get(status_label, colors.black)


# ---------------------------------------------------------------- portfolio


def _chart(ctx: dict[str, Any], width: float, lang: str) -> Drawing:
    words = LABELS[lang]
    regular, bold = register_fonts()
    categories = ctx["chart"]["categories"]
    series = ctx["chart"]["series"]
    keys = ("fully", "partially", "not_implemented", "unknown")
    palette = (GREEN, AMBER, RED, GREY)
    bar_h = 14
    plot_h = max(len(categories), 1) * (bar_h + 8)
    height = plot_h + 52
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, words["chart_title"], fontName=bold, fontSize=9))
    chart = HorizontalBarChart()
    chart.x = 50
    chart.y = 28
    chart.width = width * 0.62
    chart.height = plot_h
    chart.data = [tuple(series[k]) for k in keys] if categories else [(0,)]
    chart.categoryAxis.categoryNames = categories or ["—"]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.categoryAxis.style = "stacked"
    chart.barWidth = bar_h
    chart.bars.strokeWidth = 0
    for i, colour in enumerate(palette[: len(chart.data)]):
        chart.bars[i].fillColor = colour
    drawing.add(chart)
    legend = Legend()
    legend.x = chart.x + chart.width + 20
    legend.y = 28 + plot_h
    legend.fontName = regular
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 4
    totals = [sum(series[k]) for k in keys]
    legend.colorNamePairs = [
        (colour, f"{words[k]}: {total}")
        for colour, k, total in zip(palette, keys, totals, strict=True)
    ]
    drawing.add(legend)
    return drawing


def render_portfolio(ctx: dict[str, Any]) -> bytes:
    """The cases table (pages as needed) with the implementation chart; the PDF's bytes."""
    lang = ctx["lang"]
    words = LABELS[lang]
    st = _styles(9)
    pagesize = landscape(A4)
    margin = 12 * mm
    width = pagesize[0] - 2 * margin
    story: list[Flowable] = [
        _p(words["portfolio_title"], st.title),
        _p(f"{words['filter']}: {ctx['filter']}", st.subtitle),
        _p(ctx["totals"]["sentence"], st.body),
        Spacer(1, 3 * mm),
        _chart(ctx, width, lang),
        Spacer(1, 3 * mm),
    ]
    columns = ("reference", "title", "body", "state", "symbol", "stage", "outcome",
               "victims", "remedies", "deadline")  # fmt: skip
    fractions = (0.09, 0.205, 0.06, 0.05, 0.155, 0.105, 0.095, 0.06, 0.085, 0.095)
    widths = [width * f for f in fractions]
    header = [_p(words[f"col_{c}"], st.cell_bold) for c in columns]
    rows: list[list[Any]] = [header]
    regular, _bold = register_fonts()
    room = {i: w - 6 for i, w in enumerate(widths)}  # minus the cell's padding

    def cell(i: int, text: str) -> Any:
        # A plain string is drawn much faster than a Paragraph; wrap only what needs it.
        if pdfmetrics.stringWidth(text, regular, 8) <= room[i]:
            return text
        return Paragraph(escape(text), st.cell)

    for r in ctx["rows"]:
        values = (r["reference"], r["title"], r["body"], r["state"], r["symbol"], r["stage"],
                  r["outcome"], str(r["victims"]), r["remedies"], r["next_deadline"])  # fmt: skip
        rows.append([cell(i, v) for i, v in enumerate(values)])
    if len(rows) == 1:
        story.append(_p(words["no_cases"], st.body))
    else:
        table = LongTable(rows, colWidths=widths, repeatRows=1)
        table.setStyle(_grid([]))
        story.append(table)
    return _build(
        story,
        pagesize=pagesize,
        margin=margin,
        title=words["portfolio_title"],
        lang=lang,
        printed=ctx["today"],
        note=words["consent_note"],
    )
