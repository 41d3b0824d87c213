"""Concluding observations of a UN treaty body, read from their plain text.

`parse_concluding_observations(text)` turns the text of a published document (the .txt,
.docx or .pdf text that OHCHR publishes, as extracted by `app.importers.text_extract`) into a
`ConcludingObservations` result: the document's symbol, Committee, State, session, dates,
follow-up deadline and next cycle, and every numbered paragraph with what was recognised in
it. Nothing here touches the database; `app.services.review_import` saves the result.

The layouts understood are those of the Committees' published documents:

- a header (treaty, "Distr.: General", date, Committee, "Concluding observations on the
  third periodic report of Kazakhstan*") before paragraph 1;
- section headings "A. Introduction", "B. Positive aspects", "C. Principal matters (subjects,
  areas) of concern and recommendations", "D. Dissemination and follow-up" (also Roman
  numerals, as the Committee on the Rights of the Child uses), and unnumbered theme headings
  inside them ("Prohibition of torture and other cruel, inhuman or degrading treatment");
- numbered paragraphs "12. The State party should ...", continued across page breaks and
  footnotes, with sub-items "(a) ...", "(b) ..." on their own lines;
- footnote markers as superscript digits (¹²³) or, in text taken from a PDF, as plain digits
  glued to the word before them ("recommendations,4 the State party"), with the footnotes
  themselves at the foot of each page ("4 CCPR/C/KAZ/CO/2, para. 8.", "5 Ibid., para. 14.");
- bold recommendations as Markdown-style ``**...**`` where the conversion kept them.

Which paragraph is a concern and which a recommendation: in the section of concerns and
recommendations, a paragraph that ends with the articles it concerns ("(arts. 2, 6 and 7)"),
or that says the Committee is concerned or regrets before it says what the State should do,
is a concern; one that opens (after any "Recalling its previous recommendations, ..." or
"Bearing in mind ..." clause) with "the State party should", "the Committee urges /
recommends / calls upon / requests ...", or that is printed in bold, is a recommendation.
Every other paragraph, and every paragraph of the other sections, is "other".

The parser never guesses silently: what it could not recognise, or had to derive, is listed
in `warnings` for the user to check in the preview. Input that is not concluding
observations at all raises DomainError with a message for the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from app.errors import DomainError

# A concluding-observations document is 30,000 to 150,000 characters long.
MAX_TEXT_CHARS = 2_000_000
MAX_PARAGRAPHS = 2_000
MAX_HEADING_CHARS = 250
MAX_HEADING_LINES = 3
HEAD_CHARS = 4_000  # where the title, the Committee and the symbol are looked for


class ParagraphKind(StrEnum):
    CONCERN = "concern"
    RECOMMENDATION = "recommendation"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str  # as printed: "Ibid., para. 14."
    citation: str  # "Ibid." resolved: "CCPR/C/KAZ/CO/2, para. 14"; "" when not a citation
    paragraph: int | None  # the paragraph whose text carries the marker


@dataclass(frozen=True)
class ParsedParagraph:
    number: int
    section: str | None  # "C" (the letter or Roman numeral of the section heading)
    section_title: str  # "Principal matters of concern and recommendations"
    theme: str  # the theme heading inside the section, "" if none
    kind: ParagraphKind
    lead: str  # the text before the sub-items
    sub_items: tuple[str, ...]  # "(a) Take effective measures ...;"
    articles: tuple[str, ...]  # ("2", "6", "7"), from "(arts. 2, 6 and 7)"
    follow_up: bool  # named in the follow-up paragraph
    follow_up_items: tuple[str, ...]  # sub-items named there: "12 (b)" -> ("b",)
    refers_to: tuple[str, ...]  # ("CCPR/C/KAZ/CO/2, para. 8",)
    footnotes: tuple[int, ...]  # numbers of the footnotes whose markers are in the paragraph
    bold: bool  # most of the text was printed in bold

    @property
    def text(self) -> str:
        """The whole paragraph: the lead, then each sub-item on its own line."""
        return "\n".join((self.lead, *self.sub_items)) if self.sub_items else self.lead


@dataclass(frozen=True)
class ConcludingObservations:
    symbol: str | None  # CCPR/C/KAZ/CO/3
    symbol_source: str  # "text", "state report", "derived" or "" (not found)
    body: str | None  # CCPR
    committee: str  # Human Rights Committee
    state: str | None  # the State's name as printed: Kazakhstan
    cycle: str  # Third periodic report
    report_number: str | None  # "3", "5-6", "1" (initial)
    state_report_symbol: str | None  # CCPR/C/KAZ/3
    session: str | None  # "144"
    dialogue_start: date | None
    dialogue_end: date | None
    meetings: str  # "4226th and 4227th meetings"
    adopted: date | None
    adoption_meeting: str  # "4252nd meeting"
    follow_up_paragraph: int | None  # the paragraph that asks for follow-up information
    follow_up_deadline: date | None
    follow_up_paragraphs: tuple[int, ...]
    next_loi_year: int | None
    next_dialogue_year: int | None
    next_report_due: date | None
    paragraphs: tuple[ParsedParagraph, ...]
    footnotes: tuple[Footnote, ...]
    warnings: tuple[str, ...] = field(default=())

    def paragraph(self, number: int) -> ParsedParagraph:
        for p in self.paragraphs:
            if p.number == number:
                return p
        raise KeyError(number)

    def of_kind(self, kind: ParagraphKind) -> list[ParsedParagraph]:
        return [p for p in self.paragraphs if p.kind == kind]

    def themes(self) -> dict[str, list[int]]:
        """Theme -> its recommendation paragraphs, in document order."""
        result: dict[str, list[int]] = {}
        for p in self.paragraphs:
            if p.kind == ParagraphKind.RECOMMENDATION:
                result.setdefault(p.theme, []).append(p.number)
        return result


@dataclass(frozen=True)
class RecommendationRow:
    """A recommendation paragraph paired with the concern paragraph it answers."""

    paragraph: int
    concern_paragraph: int | None
    theme: str
    concern_text: str
    recommendation_text: str
    sub_items: tuple[str, ...]
    articles: tuple[str, ...]
    refers_to: tuple[str, ...]
    is_followup: bool


def recommendation_rows(paragraphs: Iterable[ParsedParagraph]) -> list[RecommendationRow]:
    """Pair each recommendation with the nearest concern before it under the same theme.

    Several recommendations may answer one concern (they then share it); a recommendation
    with no concern before it under its theme has none. The articles are those of the
    concern followed by any the recommendation cites itself.
    """
    rows: list[RecommendationRow] = []
    concern: ParsedParagraph | None = None
    place: tuple[str | None, str] | None = None
    for p in paragraphs:
        if (p.section, p.theme) != place:
            place, concern = (p.section, p.theme), None
        if p.kind == ParagraphKind.CONCERN:
            concern = p
        elif p.kind == ParagraphKind.RECOMMENDATION:
            articles = list(concern.articles) if concern else []
            articles += [a for a in p.articles if a not in articles]
            rows.append(
                RecommendationRow(
                    paragraph=p.number,
                    concern_paragraph=concern.number if concern else None,
                    theme=p.theme,
                    concern_text=concern.text if concern else "",
                    recommendation_text=p.text,
                    sub_items=p.sub_items,
                    articles=tuple(articles),
                    refers_to=p.refers_to,
                    is_followup=p.follow_up,
                )
            )
    return rows


# ---------------------------------------------------------------- vocabulary of the documents

COMMITTEES: tuple[tuple[str, str], ...] = (
    # (code, name as printed), longest names first where one contains another
    ("CMW", "Committee on the Protection of the Rights of All Migrant Workers"),
    ("CEDAW", "Committee on the Elimination of Discrimination against Women"),
    ("CERD", "Committee on the Elimination of Racial Discrimination"),
    ("CESCR", "Committee on Economic, Social and Cultural Rights"),
    ("CRPD", "Committee on the Rights of Persons with Disabilities"),
    ("CRC", "Committee on the Rights of the Child"),
    ("CED", "Committee on Enforced Disappearances"),
    ("CAT", "Committee against Torture"),
    ("CCPR", "Human Rights Committee"),
)
TREATIES: tuple[tuple[str, str], ...] = (
    ("CCPR", "International Covenant on Civil and Political Rights"),
    ("CESCR", "International Covenant on Economic, Social and Cultural Rights"),
    ("CAT", "Convention against Torture"),
    ("CEDAW", "Convention on the Elimination of All Forms of Discrimination against Women"),
    ("CERD", "Convention on the Elimination of All Forms of Racial Discrimination"),
    ("CRPD", "Convention on the Rights of Persons with Disabilities"),
    ("CRC", "Convention on the Rights of the Child"),
    ("CED", "Convention for the Protection of All Persons from Enforced Disappearance"),
    ("CMW", "Convention on the Protection of the Rights of All Migrant Workers"),
)
SYMBOL_PREFIXES: dict[str, str] = {
    "CCPR": "CCPR/C",
    "CAT": "CAT/C",
    "CEDAW": "CEDAW/C",
    "CERD": "CERD/C",
    "CESCR": "E/C.12",
    "CRPD": "CRPD/C",
    "CRC": "CRC/C",
    "CED": "CED/C",
    "CMW": "CMW/C",
}

_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_TENS_ORDINAL = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_CARDINALS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
    "thirty-six": 36,
}
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
    )
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)


def ordinal_value(words: str) -> int | None:
    """ "third" -> 3, "seventy-third" -> 73, "one hundred and forty-fourth" -> 144, "144th"."""
    w = words.strip().lower().replace("–", "-")
    m = re.fullmatch(r"(\d{1,4})(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    hundreds = 0
    m = re.match(r"(one|two|three) hundred(?:th)?(?:\s+and)?\s*", w)
    if m:
        hundreds = _CARDINALS[m.group(1)] * 100
        w = w[m.end() :]
        if not w:
            return hundreds
    if w in _UNITS:
        return hundreds + _UNITS[w]
    if w in _TENS_ORDINAL:
        return hundreds + _TENS_ORDINAL[w]
    m = re.fullmatch(r"(\w+)[-\s](\w+)", w)
    if m and m.group(1) in _TENS and m.group(2) in _UNITS and _UNITS[m.group(2)] < 10:
        return hundreds + _TENS[m.group(1)] + _UNITS[m.group(2)]
    return None


# ---------------------------------------------------------------- line patterns

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SUPER_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")

_PARAGRAPH_START = re.compile(r"^(?:\*\*)?(\d{1,4})\.(?:\*\*)?\s+(\S.*)$")
_SUB_ITEM_START = re.compile(r"^(?:[-•·▪◦]\s*)?(?:\*\*)?\(([a-z]{1,5})\)(?:\*\*)?\s+(\S.*)$")
_SECTION_HEADING = re.compile(
    r"^(?:\*\*)?([A-H]|I|II|III|IV|V|VI|VII|VIII)\.\s+(?:\*\*)?([A-Z][^.]{2,200}?)(?:\*\*)?$"
)
_FOOTNOTE_SUPER = re.compile(f"^([{_SUPERSCRIPTS}]{{1,3}})\\s*(\\S.*)$")
_FOOTNOTE_PLAIN = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_STAR_NOTE = re.compile(r"^\\?\*\s*(\S.*)$")
_ROMAN_ITEM = re.compile(r"^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$")
_FURNITURE = (
    re.compile(r"^GE\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?.*$"),  # job number at the foot of a page
    re.compile(r"^\d{1,3}$"),  # page number
    re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$"),  # "3/12"
    re.compile(r"^(?:Page|p\.)\s*\d{1,3}(?:\s+of\s+\d{1,3})?$", re.IGNORECASE),
    re.compile(r"^United Nations$"),
    re.compile(r"^Advance unedited version$", re.IGNORECASE),
    re.compile(r"^Please recycle.*$", re.IGNORECASE),
    re.compile(r"^\*\d{6,}\*$"),  # bar-code text
)
_SYMBOL_LINE = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){2,7}$")
_CO_SYMBOL = re.compile(
    r"\b((?:[A-Z]{1,6}/)(?:[A-Za-z0-9.]+/){1,3}CO/\d{1,2}(?:-\d{1,2})?(?:/Add\.\d+)?)(?![\w/])"
)
_ANY_SYMBOL = re.compile(r"\b([A-Z]{1,6}/(?:[A-Za-z0-9.\-]+/)*[A-Za-z0-9.\-]*[A-Za-z0-9])")
_PARA_REF = re.compile(
    r"\b(paras?\.|paragraphs?)\s*(\d{1,3}(?:\s*\([a-z]\))?"
    r"(?:\s*(?:,|and|–|-|to)\s*\d{1,3}(?:\s*\([a-z]\))?)*)",
    re.IGNORECASE,
)
_ARTICLES = re.compile(
    r"\((?:arts?\.|articles?)\s*(\d[^()]*(?:\([^()]*\)[^()]*)*)\)", re.IGNORECASE
)
_ARTICLE_NUMBER = re.compile(r"^\d{1,3}(?:\(\d{1,2}\))*(?:\([a-z]\))*$")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_TRAILING_STAR = re.compile(r"(?<=[\w.)”’\"])\*+(?=\s|$|[.,;:])")
_TERMINAL = re.compile(r"[.!?][\s*”’\"')\]]*$")

_CONCERN_WORDS = re.compile(
    r"\b(?:is|are|remains?|was|were)\s+(?:also\s+|further\s+|particularly\s+|nonetheless\s+|"
    r"nevertheless\s+|however,?\s+|deeply\s+|seriously\s+|gravely\s+)*concerned\b"
    r"|\bconcerns?\s+(?:remain|persist)\b|\b(?:notes|note|noting)\s+with\s+(?:deep\s+|serious\s+)?"
    r"concern\b|\bregrets?\b|\bregretting\b|\breiterates its concern\b"
    r"|\bexpresses\s+(?:its\s+)?(?:deep\s+|serious\s+)?concern\b|\bis alarmed\b|\bdeplores\b",
    re.IGNORECASE,
)
_RECOMMENDATION_WORDS = re.compile(
    r"\b(?:the\s+state\s+party|it)\s+(?:should|must|is\s+(?:urged|encouraged|requested|"
    r"invited|called\s+upon)\s+to)\b"
    r"|\bthe\s+committee\s+(?:(?:also|further|strongly|therefore)\s+)*"
    r"(?:urges|recommends|calls\s+(?:up)?on|encourages|requests|invites|reiterates\s+its\s+"
    r"(?:previous\s+)?recommendations?|asks|exhorts)\b",
    re.IGNORECASE,
)
_PROCEDURAL = re.compile(
    r"\b(?:disseminate|dissemination)\b.{0,200}\b(?:concluding observations|report)\b",
    re.IGNORECASE | re.DOTALL,
)
_CONCERN_SECTION = re.compile(r"concern", re.IGNORECASE)
_PROCEDURAL_SECTION = re.compile(
    r"^(?:dissemination\b.*|follow[- ]up(?: procedure| to the concluding observations)?"
    r"|other issues|(?:preparation of the )?next (?:periodic )?report.*"
    r"|(?:dissemination and )?follow[- ]up.*|technical assistance.*)$",
    re.IGNORECASE,
)
_ABBREVIATIONS = {
    "no",
    "nos",
    "para",
    "paras",
    "art",
    "arts",
    "e.g",
    "i.e",
    "mr",
    "ms",
    "mrs",
    "dr",
    "etc",
    "st",
    "vol",
    "see",
    "cf",
    "add",
    "rev",
    "corr",
    "inc",
    "approx",
}
_DECISION_MARKERS = re.compile(
    r"Views adopted by the Committee|Decision adopted by the Committee|"
    r"Communication\s+No\.|Submitted by:|Alleged victims?:|Date of communication:|"
    r"Subject matter:|Procedural issues?:|Substantive issues?:",
    re.IGNORECASE,
)


def normalise_text(text: str) -> str:
    """Unify line ends, spaces and invisible characters of extracted text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    for ch in ("\u00a0", "\u2007", "\u202f", "\u2009", "\t", "\u3000"):
        text = text.replace(ch, " ")
    for ch in ("\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\x00"):
        text = text.replace(ch, "")
    text = re.sub(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text


def _strip_markup(text: str) -> str:
    text = _BOLD.sub(r"\1", text)
    text = text.replace("**", "")
    text = _ITALIC.sub(r"\1", text)
    text = _TRAILING_STAR.sub("", text)
    text = text.replace("\\*", "*")
    return re.sub(r"[ ]{2,}", " ", text).strip()


def _bold_share(raw: str) -> float:
    total = len(re.sub(r"\s|\*", "", raw))
    if not total:
        return 0.0
    bold = sum(len(re.sub(r"\s|\*", "", m.group(1))) for m in _BOLD.finditer(raw))
    return bold / total


def _join(left: str, right: str) -> str:
    if not left:
        return right
    if not right:
        return left
    # A word broken at its hyphen ("ill-" / "treatment", "Less-" / "Lethal") stays one word.
    if re.search(r"[^\W\d_]-$", left) and right[:1].isalnum():
        return left + right
    return f"{left} {right}"


def _opens_item(text: str) -> bool:
    """Whether a sub-item "(b) ..." may start after `text` (a list is under way)."""
    cleaned = text.rstrip().replace("**", "").rstrip()
    return bool(re.search(r"[:;.]$|\b(?:and|or)$", cleaned))


def _ends_sentence(text: str) -> bool:
    cleaned = text.rstrip().replace("**", "")
    return bool(_TERMINAL.search(cleaned))


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, not broken after "No.", "para.", "art." and the like."""
    sentences: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?][”’\"')]*\s+(?=[A-Z“\"(])", text):
        before = text[start : m.start()]
        last_word = re.split(r"[\s(]", before)[-1].lower() if before else ""
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word):
            continue
        sentences.append(text[start : m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


# ---------------------------------------------------------------- dates


_DATE_TOKEN = re.compile(
    rf"(?P<year>\d{{4}})(?!\d)|(?P<day>\d{{1,2}})(?!\d)|(?P<month>{_MONTH})\b"
    r"|(?P<conn>,|\band\b|–|-|\bto\b)|(?P<other>\S)"
)


def find_dates(text: str) -> list[tuple[int, date, date]]:
    """Every date or span of days in `text`, in order: (where it starts, first day, last day).

    "24 and 25 June 2025", "30 June and 1 July 2025", "24–25 June 2025", "11 July 2025".
    """
    found: list[tuple[int, date, date]] = []
    items: list[list[str]] = []  # [day, month, year]
    begin = 0

    def resolve() -> tuple[date, date] | None:
        if not any(item[2] for item in items):
            return None
        month = year = ""
        days: list[date] = []
        for day, mon, yr in reversed(items):
            month, year = mon or month, yr or year
            if not month or not year:
                return None
            try:
                days.append(date(int(year), MONTHS[month.lower()], int(day)))
            except ValueError:
                return None
        days.reverse()
        return (days[0], days[-1]) if days[0] <= days[-1] else None

    def close() -> None:
        span = resolve() if items else None
        if span is not None:
            found.append((begin, *span))

    for m in _DATE_TOKEN.finditer(text):
        kind = m.lastgroup
        value = m.group(0)
        if kind == "day":
            if not items:
                begin = m.start()
            items.append([value, "", ""])
            continue
        if items and kind == "month" and not items[-1][1]:
            items[-1][1] = value
            continue
        if items and kind == "year" and items[-1][1] and not items[-1][2]:
            items[-1][2] = value
            continue
        if items and kind == "conn":
            continue
        close()
        items = []
    close()
    return found


def parse_date_expression(text: str) -> tuple[date, date] | None:
    """The first date or span of days in `text` as (first day, last day), or None."""
    found = find_dates(text)
    return (found[0][1], found[0][2]) if found else None


# ---------------------------------------------------------------- reading the lines


@dataclass
class _Para:
    number: int
    section: str | None
    section_title: str
    theme: str
    pieces: list[str]  # raw text (with markup): the lead, then each sub-item
    letters: list[str] = field(default_factory=list)
    footnotes: list[int] = field(default_factory=list)

    def append(self, line: str) -> None:
        self.pieces[-1] = _join(self.pieces[-1], line)


@dataclass
class _Note:
    number: int
    text: str
    superscript: bool


_SECTION_ORDER = ("A", "B", "C", "D", "E", "F", "G", "H")
_ROMAN_ORDER = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def _section_rank(letter: str) -> tuple[int, int]:
    if letter in _SECTION_ORDER and letter not in ("I", "V"):
        return (0, _SECTION_ORDER.index(letter))
    return (1, _ROMAN_ORDER.index(letter))


def _is_furniture(line: str) -> bool:
    return any(p.match(line) for p in _FURNITURE)


def _looks_like_citation(text: str) -> bool:
    return bool(
        re.search(r"[A-Z]{1,6}/[A-Za-z0-9]", text)
        or re.match(r"(?:Ibid|Idem|See|Available at|https?://|www\.)", text, re.IGNORECASE)
        or re.search(r"\bparas?\.|\bgeneral (?:comment|recommendation)\b|\bresolution\b", text)
    )


class _Reader:
    """One pass over the lines: header, sections, themes, paragraphs, sub-items, footnotes."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.header: list[str] = []
        self.paragraphs: list[_Para] = []
        self.notes: dict[int, _Note] = {}
        self.star_notes: list[str] = []
        self.symbol_lines: list[str] = []
        self.warnings: list[str] = []
        self.section: str | None = None
        self.section_title = ""
        self.theme = ""

    # -- helpers

    def _paragraph_number(self, line: str) -> int | None:
        m = _PARAGRAPH_START.match(line)
        return int(m.group(1)) if m else None

    def _section(self, line: str) -> tuple[str, str] | None:
        m = _SECTION_HEADING.match(line)
        if not m:
            return None
        letter, title = m.group(1), _strip_markup(m.group(2))
        if len(title) > 150 or re.search(r"[,;:]$", title):
            return None
        if self.section is not None:
            try:
                if _section_rank(letter) <= _section_rank(self.section):
                    return None
            except ValueError:
                return None
        return letter, title

    def _is_start(self, line: str) -> bool:
        return bool(
            not line
            or _PARAGRAPH_START.match(line)
            or _SUB_ITEM_START.match(line)
            or _SECTION_HEADING.match(line)
            or _FOOTNOTE_SUPER.match(line)
            or (_STAR_NOTE.match(line) and not line.startswith("**"))
            or _is_furniture(line)
            or _SYMBOL_LINE.match(line)
            or self._plain_note(line)
        )

    def _plain_note(self, line: str) -> re.Match[str] | None:
        """A footnote printed with a plain number ("4 CCPR/C/KAZ/CO/2, para. 8."): only the
        next number expected, and only text that cites something, so that a wrapped line
        starting "15 to 20 days" is not taken for footnote 15."""
        m = _FOOTNOTE_PLAIN.match(line)
        if (
            m
            and self.paragraphs
            and int(m.group(1)) == self._next_note()
            and not any(n.superscript for n in self.notes.values())
            and _looks_like_citation(m.group(2))
        ):
            return m
        return None

    def _next_note(self) -> int:
        return max(self.notes, default=0) + 1

    # -- the pass

    def read(self) -> None:
        lines = self.lines
        start = self._first_paragraph()
        for line in lines[:start]:
            if not line:
                continue
            if _SYMBOL_LINE.match(line):
                self.symbol_lines.append(line)
            star = _STAR_NOTE.match(line)
            if star and not line.startswith("**"):
                self.star_notes.append(star.group(1))
                continue
            section = _SECTION_HEADING.match(line)
            if section and not re.search(r"[,;:.]$", section.group(2)):
                self.section, self.section_title = section.group(1), _strip_markup(section.group(2))
                continue
            self.header.append(line)
        expected = self._paragraph_number(lines[start]) or 1
        note: _Note | None = None
        star_open = False
        blank = True
        i = start
        while i < len(lines):
            line = lines[i]
            i += 1
            if not line:
                note, star_open, blank = None, False, True
                continue
            if _is_furniture(line):
                note, star_open = None, False
                continue
            # A footnote printed over two lines: the second follows at once, and the first
            # did not end its sentence (footnotes end with a full stop). The running head
            # (the document's symbol) and the next page's text do not continue it.
            open_note = (
                note.text if note is not None else (self.star_notes[-1] if star_open else None)
            )
            if (
                open_note is not None
                and not blank
                and not _ends_sentence(open_note)
                and not (self._is_start(line) and not _SYMBOL_LINE.match(line))
                and not self._plain_note(line)
                and "/CO/" not in line
            ):
                if note is not None:
                    note.text = _join(note.text, line)
                else:
                    self.star_notes[-1] = _join(self.star_notes[-1], line)
                continue
            if _SYMBOL_LINE.match(line):
                self.symbol_lines.append(line)
                note, star_open = None, False
                continue
            blank_before, blank = blank, False
            note, star_open = None, False
            m = _FOOTNOTE_SUPER.match(line)
            if m:
                number = int(m.group(1).translate(_SUPER_TO_DIGIT))
                note = self.notes.setdefault(number, _Note(number, m.group(2), True))
                continue
            m = _STAR_NOTE.match(line)
            if m and not line.startswith("**"):
                self.star_notes.append(m.group(1))
                star_open = True
                continue
            number = self._paragraph_number(line)
            if number is not None and self._accept_paragraph(number, expected, blank_before):
                if number != expected:
                    missing = (
                        f"paragraph {expected}"
                        if number == expected + 1
                        else f"paragraphs {expected} to {number - 1}"
                    )
                    self.warnings.append(
                        f"The numbering jumps from {expected - 1} to {number}: {missing} "
                        "could not be found in the text."
                    )
                if len(self.paragraphs) >= MAX_PARAGRAPHS:
                    raise DomainError(
                        f"The document has more than {MAX_PARAGRAPHS} numbered paragraphs: "
                        "this is not a set of concluding observations."
                    )
                m2 = _PARAGRAPH_START.match(line)
                assert m2 is not None
                self.paragraphs.append(
                    _Para(number, self.section, self.section_title, self.theme, [m2.group(2)])
                )
                expected = number + 1
                continue
            m = self._plain_note(line)
            if m:
                number = int(m.group(1))
                note = self.notes.setdefault(number, _Note(number, m.group(2), False))
                continue
            # "C. Principal matters of concern and" / "recommendations": a wrapped heading.
            wrapped = (
                _SECTION_HEADING.match(line) is not None
                and i < len(lines)
                and bool(lines[i])
                and re.search(r"\b(?:and|of|the|on|in|for|to)$", line) is not None
                and not self._is_start(lines[i])
            )
            section = self._section(_join(line, lines[i]) if wrapped else line)
            if section is not None and wrapped:
                i += 1
            if section is not None and (
                blank_before or not self.paragraphs or _ends_sentence(self._last_text())
            ):
                self.section, self.section_title = section
                self.theme = ""
                continue
            m = _SUB_ITEM_START.match(line)
            if (
                m
                and self.paragraphs
                and (blank_before or _opens_item(self._last_text()))
                and self._accept_sub_item(m.group(1), m.group(2))
            ):
                continue
            # Plain text: a theme heading, or the continuation of the paragraph.
            run = [line]
            j = i
            while j < len(lines) and len(run) < MAX_HEADING_LINES + 1:
                if self._is_start(lines[j]):
                    break
                run.append(lines[j])
                j += 1
            k = j
            while k < len(lines) and (not lines[k] or _is_furniture(lines[k])):
                k += 1
            following = self._paragraph_number(lines[k]) if k < len(lines) else None
            if following == expected and self._is_heading(run):
                joined = ""
                for part in run:
                    joined = _join(joined, part)
                self.theme = _strip_markup(joined)
                i = j
                continue
            if self.paragraphs:
                self.paragraphs[-1].append(line)

    def _first_paragraph(self) -> int:
        candidates = [
            (i, n)
            for i, line in enumerate(self.lines)
            if (n := self._paragraph_number(line)) is not None
        ]
        for i, n in candidates:
            if n == 1:
                return i
        for i, n in candidates:
            if n <= 10:
                self.warnings.append(
                    f"The text starts at paragraph {n}: paragraphs 1 to {n - 1} are missing."
                )
                return i
        raise DomainError(
            "No numbered paragraphs were found (“1. The Committee considered …”): this does "
            "not look like concluding observations, or the text could not be read from the "
            "file.",
            field="file",
        )

    @staticmethod
    def _accept_paragraph(number: int, expected: int, blank_before: bool) -> bool:
        if number == expected:
            return True
        return blank_before and expected < number <= expected + 5

    def _last_text(self) -> str:
        return self.paragraphs[-1].pieces[-1] if self.paragraphs else ""

    def _accept_sub_item(self, token: str, text: str) -> bool:
        para = self.paragraphs[-1]
        last = para.letters[-1] if para.letters else ""
        expected = chr(ord(last) + 1) if last else "a"
        if token == expected or (len(token) == 1 and last and token > last):
            para.letters.append(token)
            para.pieces.append(f"({token}) {text}")
            return True
        if _ROMAN_ITEM.match(token) and para.letters:
            para.append(f"({token}) {text}")
            return True
        return False

    def _is_heading(self, run: list[str]) -> bool:
        text = _strip_markup(" ".join(run))
        if not text or len(run) > MAX_HEADING_LINES or len(text) > MAX_HEADING_CHARS:
            return False
        if not (text[0].isupper() or text[0] in "“\"‘'("):
            return False
        if re.search(r"[.,;:]$", text):
            return False
        return not self.paragraphs or _ends_sentence(self._last_text())


# ---------------------------------------------------------------- footnote markers


def _place_superscript_markers(paras: list[_Para]) -> None:
    for para in paras:
        for k, piece in enumerate(para.pieces):
            for m in _SUPER_RUN.finditer(piece):
                number = int(m.group(0).translate(_SUPER_TO_DIGIT))
                if number not in para.footnotes:
                    para.footnotes.append(number)
            para.pieces[k] = _SUPER_RUN.sub("", piece)


def _place_plain_markers(paras: list[_Para], notes: dict[int, _Note]) -> list[int]:
    """Markers printed as plain digits ("recommendations,4 the"): found in order, one by one.

    Footnotes are numbered in reading order, so the marker of footnote k is looked for only
    after the marker of footnote k-1. Returns the footnotes whose marker was not found.
    """
    lost: list[int] = []
    where = (0, 0, 0)  # paragraph index, piece index, offset
    for number in sorted(n for n, note in notes.items() if not note.superscript):
        pattern = re.compile(
            rf"(?:(?<=[^\W\d_])|(?<=[)\]”’\"',.;:]))(?:\*\*)?{number}(?=[\s,.;:)*]|$)"
        )
        found = None
        p0, k0, off0 = where
        for p in range(p0, len(paras)):
            pieces = paras[p].pieces
            for k in range(k0 if p == p0 else 0, len(pieces)):
                start = off0 if (p, k) == (p0, k0) else 0
                m = pattern.search(pieces[k], start)
                if m:
                    found = (p, k, m)
                    break
            if found:
                break
        if not found:
            lost.append(number)
            continue
        p, k, m = found
        piece = paras[p].pieces[k]
        marker = m.group(0).replace("**", "")
        cut = m.start() + m.group(0).index(marker)
        paras[p].pieces[k] = piece[:cut] + piece[cut + len(marker) :]
        paras[p].footnotes.append(number)
        where = (p, k, cut)
    return lost


# ---------------------------------------------------------------- citations and articles


def _para_reference(text: str) -> str:
    m = _PARA_REF.search(text)
    if not m:
        return ""
    word = "paras." if re.search(r"\d\D+\d", m.group(2)) else "para."
    numbers = re.sub(r"\s+", " ", m.group(2)).strip()
    return f"{word} {numbers}"


def _resolve_citations(notes: dict[int, _Note]) -> dict[int, tuple[str, str]]:
    """Footnote -> (citation, symbol). "Ibid." takes the symbol of the footnote before it."""
    resolved: dict[int, tuple[str, str]] = {}
    previous = ""
    for number in sorted(notes):
        text = _strip_markup(notes[number].text).rstrip(". ")
        symbol = ""
        if re.match(r"(?:Ibid|Idem)\b", text, re.IGNORECASE):
            symbol = previous
        else:
            symbols = _ANY_SYMBOL.findall(text)
            symbol = symbols[-1].rstrip(".") if symbols else ""
        para = _para_reference(text)
        if symbol and para:
            citation = f"{symbol}, {para}"
        elif symbol:
            citation = re.sub(r"^See\s+", "", text)
        else:
            citation = ""
        resolved[number] = (citation, symbol)
        previous = symbol or previous
    return resolved


_INLINE_CITATION = re.compile(
    r"\((?:see\s+)?((?:[A-Z]{1,6}/)(?:[A-Za-z0-9.]+/){1,3}CO/\d{1,2}(?:-\d{1,2})?),\s*"
    r"(paras?\.\s*\d{1,3}(?:\s*(?:,|and|–|-)\s*\d{1,3})*)",
    re.IGNORECASE,
)


def articles_cited(text: str) -> list[str]:
    """ "(arts. 2, 6 and 7)", "(art. 9)", "(arts. 2, 14 (3) (b) and 26)", "(arts. 12–14)"."""
    found: list[str] = []
    for m in _ARTICLES.finditer(text):
        pieces: list[str] = []
        valid = True
        for raw in re.split(r",|;|\band\b", m.group(1)):
            piece = raw.strip()
            if not piece:
                continue
            span = re.fullmatch(r"(\d{1,3})\s*[–-]\s*(\d{1,3})", piece)
            if span and 0 < int(span.group(2)) - int(span.group(1)) <= 20:
                pieces += [str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1)]
                continue
            cleaned = re.sub(r"\s+", "", piece).lower()
            if not _ARTICLE_NUMBER.match(cleaned):
                valid = False
                break
            pieces.append(cleaned)
        if valid:
            found += [p for p in pieces if p not in found]
    return found


_TRAILING_ARTICLES = re.compile(
    r"\((?:arts?\.|articles?)\s*\d[^()]*(?:\([^()]*\)[^()]*)*\)[\s.;*”’\"]*$", re.IGNORECASE
)


# ---------------------------------------------------------------- classification


def _classify(text: str, bold: float) -> ParagraphKind:
    if _TRAILING_ARTICLES.search(text) and articles_cited(text[-200:]):
        return ParagraphKind.CONCERN
    head = text[:600]
    rec = _RECOMMENDATION_WORDS.search(head)
    concern = _CONCERN_WORDS.search(text)
    if rec and (concern is None or rec.start() < concern.start()):
        return ParagraphKind.RECOMMENDATION
    if concern is not None:
        return ParagraphKind.CONCERN
    if bold >= 0.5 or rec is not None:
        return ParagraphKind.RECOMMENDATION
    return ParagraphKind.OTHER


# ---------------------------------------------------------------- document-level facts


def _committee(head: str, everything: str) -> tuple[str | None, str]:
    lowered = head.lower()
    for code, name in COMMITTEES:
        if name.lower() in lowered:
            return code, name
    for code, treaty in TREATIES:
        if treaty.lower() in lowered:
            return code, dict(COMMITTEES)[code]
    for code, prefix in SYMBOL_PREFIXES.items():
        if re.search(rf"(?<![\w/]){re.escape(prefix)}/", everything):
            return code, dict(COMMITTEES)[code]
    lowered = everything[:20_000].lower()
    for code, name in COMMITTEES:
        if name.lower() in lowered:
            return code, name
    return None, ""


_TITLE = re.compile(
    r"Concluding observations\s+(?:on|concerning|regarding|in respect of)\s+the\s+"
    r"(?P<cycle>(?:[\w-]+\s+){0,8}?reports?)\s+(?:of|submitted by)\s+(?P<state>.+)$",
    re.IGNORECASE,
)
_CONSIDERED = re.compile(
    r"considered the\s+(?P<cycle>(?:[\w-]+\s+){0,8}?reports?)\s+(?:of|submitted by)\s+"
    r"(?P<state>[A-Z][^,()]*?)(?=\s+at its|\s+\(|,|\s+on\s+\d|\s+submitted|\s*$)"
)


def _title(header: list[str]) -> tuple[str, str] | None:
    for i, line in enumerate(header):
        if "concluding observations" not in line.lower():
            continue
        title = line
        for extra in header[i + 1 : i + 3]:
            if re.search(r"\b(?:of|the|on|and|reports?|periodic|combined)\*?$", title):
                title = f"{title} {extra}"
        m = _TITLE.search(_strip_markup(_SUPER_RUN.sub("", title)))
        if m:
            state = re.sub(r"[*\d\s]+$", "", m.group("state")).strip(" .,")
            return m.group("cycle"), state
    return None


def _cycle_numbers(cycle: str) -> str | None:
    words = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th)", cycle.lower())
    numbers = [n for w in words if (n := ordinal_value(w)) is not None]
    if "initial" in words:
        numbers.append(1)
    if not numbers:
        return None
    low, high = min(numbers), max(numbers)
    return str(low) if low == high else f"{low}-{high}"


def default_alpha3(state: str) -> str | None:
    """The ISO alpha-3 code of a State named as in UN documents, from pycountry."""
    import pycountry

    name = state.replace("’", "'").strip()
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    candidates = [name]
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        candidates += [f"{m.group(2)} {m.group(1)}".replace("the ", ""), m.group(1)]
    for candidate in candidates:
        try:
            return str(pycountry.countries.lookup(candidate).alpha_3)
        except LookupError:
            continue
    return None


def _follow_up(
    paras: list[ParsedParagraph], adopted: date | None, warnings: list[str]
) -> tuple[int | None, date | None, dict[int, list[str]]]:
    """The paragraph asking for follow-up information: its deadline and paragraphs named."""
    for p in reversed(paras):
        text = p.text
        if not re.search(r"\bparagraphs?\b|\bparas?\.", text):
            continue
        if not re.search(r"follow-up|follow up|information on", text, re.IGNORECASE):
            continue
        if not re.search(r"\b(?:request|requests|requested|provide|submit)\b", text):
            continue
        by = re.search(rf"\b(?:by|before|no later than)\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})", text)
        within = re.search(
            r"\bwithin\s+(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(years?|months?)\b", text, re.IGNORECASE
        )
        deadline: date | None = None
        if by:
            found = parse_date_expression(by.group(1))
            deadline = found[0] if found else None
        elif within:
            amount_text = within.group(1).lower()
            amount = int(amount_text) if amount_text.isdigit() else _CARDINALS.get(amount_text)
            if amount is not None and adopted is not None:
                months = amount * 12 if within.group(2).lower().startswith("year") else amount
                deadline = _add_months(adopted, months)
                warnings.append(
                    f"The follow-up deadline is not printed as a date (paragraph {p.number}: "
                    f"“within {within.group(1)} {within.group(2)}”): it was computed from the "
                    f"adoption date as {deadline:%d %B %Y}. Check it."
                )
            elif amount is not None:
                warnings.append(
                    f"The follow-up deadline of paragraph {p.number} (“within "
                    f"{within.group(1)} {within.group(2)}”) could not be computed: the adoption "
                    "date was not found."
                )
        else:
            continue
        named: dict[int, list[str]] = {}
        stripped = text
        for _ in range(3):
            stripped = re.sub(r"\((?![a-z]\))[^()]*\)", "", stripped)
        for m in _PARA_REF.finditer(stripped):
            for number, letter in re.findall(r"(\d{1,3})(?:\s*\(([a-z])\))?", m.group(2)):
                items = named.setdefault(int(number), [])
                if letter and letter not in items:
                    items.append(letter)
        named = {n: items for n, items in named.items() if n != p.number}
        if named:
            return p.number, deadline, named
    return None, None, {}


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    target_year, target_month = day.year + year, month + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(target_year, target_month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _next_cycle(
    paras: list[ParsedParagraph],
) -> tuple[int | None, int | None, date | None, set[int]]:
    loi = dialogue = None
    report_due: date | None = None
    where: set[int] = set()
    for p in reversed(paras[-12:]):
        for sentence in split_sentences(p.text):
            low = sentence.lower()
            if loi is None and "list of issues" in low:
                m = re.search(r"\bin (\d{4})\b", sentence)
                if m:
                    loi = int(m.group(1))
                    where.add(p.number)
            if dialogue is None and "dialogue" in low and "next" in low:
                m = re.search(r"\bin (\d{4})\b", sentence)
                if m:
                    dialogue = int(m.group(1))
                    where.add(p.number)
            if report_due is None and re.search(r"\b(?:next|periodic) (?:periodic )?report", low):
                m = re.search(rf"\bby (\d{{1,2}}\s+{_MONTH}\s+\d{{4}})", sentence)
                if m and "submit" in low:
                    found = parse_date_expression(m.group(1))
                    if found:
                        report_due = found[0]
                        where.add(p.number)
    return loi, dialogue, report_due, where


# ---------------------------------------------------------------- the parser


def _check_kind_of_document(text: str, reader: _Reader, title: tuple[str, str] | None) -> None:
    head = text[:HEAD_CHARS]
    first = reader.paragraphs[0] if reader.paragraphs else None
    first_text = _strip_markup(first.pieces[0]) if first else ""
    considered = bool(
        first and re.match(r"The\s+(?:[\w ]+\s+)?Committee\b[^.]{0,80}?\bconsidered\b", first_text)
    )
    if title is not None or considered:
        return
    if _DECISION_MARKERS.search(head):
        m = re.search(r"Communications?\s+Nos?\.\s*(\d{1,5}/\d{4})", head, re.IGNORECASE)
        which = f" (communication No. {m.group(1)})" if m else ""
        raise DomainError(
            f"This is a decision on an individual complaint{which}, not concluding "
            "observations. Record decisions on the case they belong to.",
            field="file",
        )
    raise DomainError(
        "This does not look like concluding observations of a treaty body: neither the title "
        "“Concluding observations on the … report of …” nor a first paragraph “The Committee "
        "considered the … report …” was found.",
        field="file",
    )


def parse_concluding_observations(
    text: str, *, alpha3_of: Callable[[str], str | None] | None = None
) -> ConcludingObservations:
    """Read concluding observations from their text.

    `alpha3_of(state_name)` gives the ISO alpha-3 code used in symbols (KAZ); by default
    pycountry is asked. Raises DomainError when the text is empty, too long, or not
    concluding observations; everything else that could not be recognised is a warning.
    """
    reader, title, text = _read(text)
    warnings = reader.warnings
    citations = _resolve_citations(reader.notes)
    head = "\n".join(reader.header)[:HEAD_CHARS]
    body, committee = _committee(head + "\n" + "\n".join(reader.star_notes), text[: HEAD_CHARS * 4])
    if body is None:
        warnings.append("The Committee could not be recognised: choose it before saving.")
    draft, note_paragraph = _draft(reader, citations)
    first = draft[0].text
    when = _meeting_dates(draft, reader.star_notes, warnings)
    follow_para, deadline, named = _follow_up(draft, when.adopted, warnings)
    _follow_up_warnings(draft, follow_para, deadline, named, warnings)
    loi, next_dialogue, report_due, cycle_paras = _next_cycle(draft)
    if loi is None and next_dialogue is None and report_due is None:
        warnings.append("The next reporting cycle (list of issues, dialogue) was not found.")
    procedural = set(cycle_paras) | ({follow_para} if follow_para else set())
    paragraphs = _settle_kinds(draft, procedural, named, warnings)
    _consistency_warnings(paragraphs, body, named, warnings)
    cycle, state, report_number = _state_and_cycle(title, first, warnings)
    state_report = _state_report(draft[0], citations)
    symbol, source = _symbol(
        reader, head, body, state, report_number, state_report, alpha3_of, warnings
    )
    session = _session([*reader.star_notes, head, first])
    if session is None:
        warnings.append("The session at which they were adopted was not recognised.")
    footnotes = tuple(
        Footnote(
            number=n,
            text=_strip_markup(reader.notes[n].text),
            citation=citations[n][0],
            paragraph=note_paragraph.get(n),
        )
        for n in sorted(reader.notes)
    )
    return ConcludingObservations(
        symbol=symbol,
        symbol_source=source,
        body=body,
        committee=committee,
        state=state,
        cycle=cycle,
        report_number=report_number,
        state_report_symbol=state_report,
        session=session,
        dialogue_start=when.dialogue[0] if when.dialogue else None,
        dialogue_end=when.dialogue[1] if when.dialogue else None,
        meetings=when.meetings,
        adopted=when.adopted,
        adoption_meeting=when.adoption_meeting,
        follow_up_paragraph=follow_para,
        follow_up_deadline=deadline,
        follow_up_paragraphs=tuple(sorted(named)),
        next_loi_year=loi,
        next_dialogue_year=next_dialogue,
        next_report_due=report_due,
        paragraphs=tuple(paragraphs),
        footnotes=footnotes,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _read(text: str) -> tuple[_Reader, tuple[str, str] | None, str]:
    """The lines read into paragraphs and footnotes; DomainError for unusable text."""
    if not isinstance(text, str):
        raise DomainError("The document's text could not be read.", field="file")
    if len(text) > MAX_TEXT_CHARS:
        raise DomainError(
            f"The text is too long for concluding observations ({len(text):,} characters; "
            f"at most {MAX_TEXT_CHARS:,}). Check that this is the right file.",
            field="file",
        )
    text = normalise_text(text)
    if not text.strip():
        raise DomainError(
            "The document contains no text. If it is a scanned PDF (pictures of pages), "
            "download the text version from the UN Treaty Body Database instead.",
            field="file",
        )
    reader = _Reader([line.strip() for line in text.split("\n")])
    reader.read()
    title = _title(reader.header)
    _check_kind_of_document(text, reader, title)
    if len(reader.paragraphs) < 3:
        raise DomainError(
            "Fewer than three numbered paragraphs were found: this does not look like "
            "concluding observations, or the text could not be read from the file.",
            field="file",
        )
    _place_superscript_markers(reader.paragraphs)
    lost = _place_plain_markers(reader.paragraphs, reader.notes)
    for para in reader.paragraphs:
        for number in para.footnotes:
            if number not in reader.notes:
                reader.warnings.append(
                    f"Footnote {number} is marked in paragraph {para.number} but its text was "
                    "not found."
                )
    for number in lost:
        reader.warnings.append(
            f"Footnote {number} (“{_short(reader.notes[number].text)}”) could not be matched "
            "to a paragraph."
        )
    return reader, title, text


def _draft(
    reader: _Reader, citations: dict[int, tuple[str, str]]
) -> tuple[list[ParsedParagraph], dict[int, int]]:
    """Each paragraph's text, sub-items, articles and references; its kind comes later,
    once the procedural paragraphs (follow-up, next cycle) are known."""
    draft: list[ParsedParagraph] = []
    note_paragraph: dict[int, int] = {}
    for para in reader.paragraphs:
        pieces = [_strip_markup(piece) for piece in para.pieces]
        lead, items = pieces[0], tuple(p for p in pieces[1:] if p)
        full = "\n".join((lead, *items))
        refers: list[str] = []
        for number in para.footnotes:
            note_paragraph.setdefault(number, para.number)
            citation = citations.get(number, ("", ""))[0]
            if citation and re.search(r"\bparas?\.", citation) and citation not in refers:
                refers.append(citation)
        for m in _INLINE_CITATION.finditer(full):
            where = re.sub(r"\s+", " ", m.group(2))
            citation = f"{m.group(1)}, {where}"
            if citation not in refers:
                refers.append(citation)
        draft.append(
            ParsedParagraph(
                number=para.number,
                section=para.section,
                section_title=para.section_title,
                theme=para.theme,
                kind=ParagraphKind.OTHER,
                lead=lead,
                sub_items=items,
                articles=tuple(articles_cited(full)),
                follow_up=False,
                follow_up_items=(),
                refers_to=tuple(refers),
                footnotes=tuple(para.footnotes),
                bold=_bold_share("\n".join(para.pieces)) >= 0.5,
            )
        )
    return draft, note_paragraph


@dataclass(frozen=True)
class _When:
    dialogue: tuple[date, date] | None
    meetings: str
    adopted: date | None
    adoption_meeting: str


_MEETINGS = re.compile(
    r"\b(\d{1,5}(?:st|nd|rd|th)(?:,? (?:and )?\d{1,5}(?:st|nd|rd|th))*) meetings?\b"
)
_MEETING = re.compile(r"\b(\d{1,5}(?:st|nd|rd|th)) meeting\b")


def _meeting_dates(
    draft: list[ParsedParagraph], star_notes: list[str], warnings: list[str]
) -> _When:
    """The dialogue ("considered ... held on 24 and 25 June 2025") and the adoption ("At its
    4252nd meeting, held on 11 July 2025, it adopted"; "and adopted ... on 3 May 2024")."""
    dialogue: tuple[date, date] | None = None
    adopted: date | None = None
    meetings = adoption_meeting = ""
    for sentence in split_sentences(draft[0].text):
        low = sentence.lower()
        at = low.find("adopted")
        considered = "considered" in low
        if considered and dialogue is None:
            part = sentence[:at] if at > 0 else sentence
            held = re.search(r"\bheld on\b|\bon\s+\d", part)
            dialogue = parse_date_expression(part[held.start() :] if held else part)
            m = _MEETINGS.search(part)
            meetings = m.group(0) if m else ""
        if at >= 0 and adopted is None:
            after = find_dates(sentence[at:])
            before = [] if considered else find_dates(sentence[:at])
            if after:
                adopted = after[0][2]
            elif before:
                adopted = before[-1][2]
            m = _MEETING.search(sentence[at:]) or (
                None if considered else _MEETING.search(sentence[:at])
            )
            adoption_meeting = f"{m.group(1)} meeting" if m else ""
    if adopted is None and len(draft) > 1:
        for sentence in split_sentences(draft[1].text):
            if "adopted" in sentence.lower() and "concluding observations" in sentence.lower():
                found = parse_date_expression(sentence)
                adopted = found[1] if found else None
    if dialogue is None:
        warnings.append("The dates of the dialogue (paragraph 1) were not recognised.")
    if adopted is None:
        session_days = next(
            (
                days
                for note in star_notes
                if re.search(r"\bsession\b", note) and (days := parse_date_expression(note))
            ),
            None,
        )
        if session_days is not None:
            adopted = session_days[1]
            warnings.append(
                "The date of adoption is not printed in paragraph 1: the last day of the "
                f"session ({adopted.day} {adopted:%B %Y}) was taken instead. Check it."
            )
        else:
            warnings.append("The date of adoption (paragraph 1) was not recognised.")
    return _When(dialogue, meetings, adopted, adoption_meeting)


def _follow_up_warnings(
    draft: list[ParsedParagraph],
    follow_para: int | None,
    deadline: date | None,
    named: dict[int, list[str]],
    warnings: list[str],
) -> None:
    if follow_para is None:
        warnings.append(
            "No follow-up paragraph (“… is requested to provide, by …, information on the "
            "implementation of the recommendations … in paragraphs …”) was found."
        )
        return
    numbers = {p.number for p in draft}
    for n in sorted(set(named) - numbers):
        warnings.append(
            f"The follow-up paragraph ({follow_para}) names paragraph {n}, which is not in "
            "the text."
        )
    if deadline is None and not any("follow-up deadline" in w for w in warnings):
        warnings.append(f"The follow-up deadline in paragraph {follow_para} was not found.")


def _settle_kinds(
    draft: list[ParsedParagraph],
    procedural: set[int],
    named: dict[int, list[str]],
    warnings: list[str],
) -> list[ParsedParagraph]:
    """Concern, recommendation or other: only in the section of concerns (or everywhere
    after paragraph 2 when there is no such section), never for procedural paragraphs."""
    concern_sections = {p.section for p in draft if _CONCERN_SECTION.search(p.section_title)}
    if not concern_sections:
        warnings.append(
            "No section of concerns and recommendations (“C. Principal matters of concern and "
            "recommendations”) was found: concerns and recommendations were recognised from "
            "the wording of each paragraph alone."
        )
    paragraphs: list[ParsedParagraph] = []
    for p in draft:
        kind = ParagraphKind.OTHER
        in_concerns = p.section in concern_sections if concern_sections else p.number > 2
        if (
            in_concerns
            and p.number not in procedural
            and not _PROCEDURAL_SECTION.search(p.theme)
            and not _PROCEDURAL.search(p.text[:300])
        ):
            kind = _classify(p.text, 1.0 if p.bold else 0.0)
            if kind == ParagraphKind.OTHER and concern_sections:
                warnings.append(
                    f"Paragraph {p.number}"
                    + (f" (“{_short(p.theme, 60)}”)" if p.theme else "")
                    + " was recognised neither as a concern nor as a recommendation."
                )
        paragraphs.append(
            replace(
                p,
                kind=kind,
                follow_up=p.number in named,
                follow_up_items=tuple(named.get(p.number, ())),
            )
        )
    return paragraphs


def _consistency_warnings(
    paragraphs: list[ParsedParagraph],
    body: str | None,
    named: dict[int, list[str]],
    warnings: list[str],
) -> None:
    if body == "CCPR":
        for p in paragraphs:
            if p.kind == ParagraphKind.CONCERN and not p.articles:
                warnings.append(f"No article of the Covenant is cited in paragraph {p.number}.")
    for row in recommendation_rows(paragraphs):
        if row.concern_paragraph is None:
            warnings.append(
                f"Recommendation {row.paragraph} has no concern paragraph before it under its "
                "theme."
            )
    kinds = {p.number: p.kind for p in paragraphs}
    for n in named:
        if n in kinds and kinds[n] != ParagraphKind.RECOMMENDATION:
            warnings.append(
                f"The follow-up paragraph names paragraph {n}, which was not recognised as a "
                "recommendation."
            )


def _state_and_cycle(
    title: tuple[str, str] | None, first: str, warnings: list[str]
) -> tuple[str, str | None, str | None]:
    """ "Third periodic report", "Kazakhstan", "3": from the title, else paragraph 1."""
    cycle_text, state = title if title else ("", None)
    if not cycle_text:
        m = _CONSIDERED.search(_strip_markup(first))
        if m:
            cycle_text, state = m.group("cycle"), m.group("state").strip()
    if state is None:
        warnings.append("The State whose report was reviewed could not be recognised.")
    cycle = re.sub(r"\s+", " ", cycle_text).strip()
    cycle = cycle[:1].upper() + cycle[1:] if cycle else ""
    return cycle, state, _cycle_numbers(cycle) if cycle else None


_STATE_REPORT = r"[A-Z]{1,6}(?:/[A-Za-z0-9.]+)*/[A-Z]{3}/\d{1,2}(?:-\d{1,2})?"


def _state_report(first: ParsedParagraph, citations: dict[int, tuple[str, str]]) -> str | None:
    """The State report's symbol: in a footnote of paragraph 1, or in brackets in it."""
    for number in first.footnotes:
        symbol = citations.get(number, ("", ""))[1]
        if symbol and re.fullmatch(_STATE_REPORT, symbol):
            return symbol
    m = re.search(rf"\(({_STATE_REPORT})\)", first.text)
    return m.group(1) if m else None


def _session(places: list[str]) -> str | None:
    """ "at its 144th session", "at its seventy-third session" -> "144", "73"."""
    for text in places:
        m = re.search(r"\bat its\s+((?:[\w-]+\s+){0,4}?[\w-]+)\s+session\b", text)
        if m:
            value = ordinal_value(m.group(1))
            if value is not None:
                return str(value)
    return None


def _short(text: str, length: int = 80) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _symbol(
    reader: _Reader,
    head: str,
    body: str | None,
    state: str | None,
    report_number: str | None,
    state_report: str | None,
    alpha3_of: Callable[[str], str | None] | None,
    warnings: list[str],
) -> tuple[str | None, str]:
    """The document's own symbol: printed, else from the State report's, else derived."""
    printed: list[str] = []
    for line in [*reader.symbol_lines, *head.split("\n")]:
        printed += _CO_SYMBOL.findall(line)
    if printed:
        if report_number:
            matching = [s for s in printed if s.rsplit("/CO/", 1)[1].split("/")[0] == report_number]
            if matching:
                return matching[0], "text"
        return printed[0], "text"
    prefix = SYMBOL_PREFIXES.get(body or "")
    derived = None
    if prefix and state and report_number:
        alpha3 = (alpha3_of or default_alpha3)(state)
        if alpha3:
            derived = f"{prefix}/{alpha3.upper()}/CO/{report_number}"
    from_report = None
    if state_report and (prefix is None or state_report.startswith(prefix + "/")):
        from_report = re.sub(r"/(\d{1,2}(?:-\d{1,2})?)$", r"/CO/\1", state_report)
    symbol = from_report or derived
    if symbol is None:
        warnings.append(
            "The symbol of the concluding observations (e.g. CCPR/C/KAZ/CO/3) is not printed "
            "in the text and could not be derived: enter it before saving."
        )
        return None, ""
    basis = (
        f"the symbol of the State report cited in paragraph 1 ({state_report})"
        if from_report
        else f"the Committee, the State and the cycle (“{state}”, report {report_number})"
    )
    warnings.append(
        f"The symbol {symbol} is not printed in the text: it was derived from {basis}. "
        "Check it against the original document."
    )
    if from_report and derived and derived != from_report:
        warnings.append(
            f"The State report cited ({state_report}) does not match the cycle named in the "
            f"title ({derived} would be expected)."
        )
    return symbol, "state report" if from_report else "derived"


def to_json(result: ConcludingObservations) -> dict[str, Any]:
    """What was recognised, as the command line prints it (`treatydesk import-review --json`)."""
    return {
        "symbol": result.symbol,
        "body": result.body,
        "state": result.state,
        "session": result.session,
        "adopted": result.adopted.isoformat() if result.adopted else None,
        "follow_up_deadline": (
            result.follow_up_deadline.isoformat() if result.follow_up_deadline else None
        ),
        "next_cycle": {
            "list_of_issues": result.next_loi_year,
            "dialogue": result.next_dialogue_year,
        },
        "paragraphs": [
            {
                "number": p.number,
                "section": p.section,
                "theme": p.theme or None,
                "kind": p.kind.value,
                "articles": list(p.articles),
                "follow_up": p.follow_up,
                "refers_to": list(p.refers_to),
            }
            for p in result.paragraphs
        ],
    }


# ---------------------------------------------------------------- Word documents

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _superscript(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", _SUPERSCRIPTS))


def docx_text(data: bytes) -> str | None:
    """The text of a .docx with what plain extraction loses: footnote markers (as superscript
    digits) and the footnotes themselves (at the end, "⁴ CCPR/C/KAZ/CO/2, para. 8."), and
    bold runs (as ``**...**``). None when the file cannot be read so (the caller then keeps
    the plain text); the file has already been checked by `text_extract`.
    """
    import io
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = ElementTree.fromstring(archive.read("word/document.xml"))
            names = set(archive.namelist())
            notes_xml = (
                ElementTree.fromstring(archive.read("word/footnotes.xml"))
                if "word/footnotes.xml" in names
                else None
            )
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError, ValueError):
        return None
    notes: dict[str, str] = {}
    if notes_xml is not None:
        for note in notes_xml.iter(f"{_W}footnote"):
            if note.get(f"{_W}type") in (
                "separator",
                "continuationSeparator",
                "continuationNotice",
            ):
                continue
            text = "".join(t.text or "" for t in note.iter(f"{_W}t")).strip()
            notes[note.get(f"{_W}id", "")] = text
    numbers: dict[str, int] = {}  # footnote id -> its number in reading order
    blocks: list[str] = []
    root = body.find(f"{_W}body")
    if root is None:
        return None
    for child in root:
        if child.tag == f"{_W}p":
            blocks.append(_docx_paragraph(child, numbers))
        elif child.tag == f"{_W}tbl":
            rows = []
            for row in child.iter(f"{_W}tr"):
                cells = [
                    " ".join(_docx_paragraph(p, numbers) for p in cell.iter(f"{_W}p")).strip()
                    for cell in row.iter(f"{_W}tc")
                ]
                rows.append("\t".join(cells))
            blocks.append("\n".join(rows))
    for note_id, number in sorted(numbers.items(), key=lambda kv: kv[1]):
        if notes.get(note_id):
            blocks.append(f"{_superscript(number)} {notes[note_id]}")
    return "\n\n".join(blocks)


def _docx_paragraph(p: Any, numbers: dict[str, int]) -> str:
    parts: list[str] = []
    for run in p.iter(f"{_W}r"):
        props = run.find(f"{_W}rPr")
        bold = False
        if props is not None:
            b = props.find(f"{_W}b")
            bold = b is not None and b.get(f"{_W}val", "true") not in ("0", "false", "none")
        text = ""
        for item in run:
            if item.tag == f"{_W}t":
                text += item.text or ""
            elif item.tag == f"{_W}tab":
                text += "\t"
            elif item.tag in (f"{_W}br", f"{_W}cr"):
                text += "\n"
            elif item.tag == f"{_W}footnoteReference":
                note_id = item.get(f"{_W}id", "")
                number = numbers.setdefault(note_id, len(numbers) + 1)
                text += _superscript(number)
        if bold and text.strip():
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            text = f"{lead}**{text.strip()}**{trail}"
        parts.append(text)
    return "".join(parts)
