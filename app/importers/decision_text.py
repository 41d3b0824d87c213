"""Reading the text of a treaty-body decision: layout, sentences, dates, articles, countries.

Pure functions over strings (no database, no Qt), shared by the decision importer. They
follow the conventions of the published documents rather than any one file:

- paragraphs are numbered "1.", "2.1", "2.1." at the start of a line; section headings are
  short unnumbered lines; the cover block and the header come before paragraph 1; the
  footnotes come after a line "Notes" (text renderings) or nowhere (PDF, DOCX);
- dates are written "28 June 2013";
- article references are written "article 14 (3) (b)", "articles 9 (1), 10 (1) and 14 (3)
  (b) and (e)", "article 14, paragraph 3 (b)", "article 2 (2)–(3)";
- countries are named as the United Nations names them ("Russian Federation", "Republic of
  Moldova", "Bolivia (Plurinational State of)").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import pycountry

# ---------------------------------------------------------------- normalisation

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE_RE = re.compile("|".join(_LIGATURES))
FOOTNOTE_MARKERS = re.compile(r"\[\d{1,3}\](?:\s*,\s*\[\d{1,3}\])*")


def normalise(text: str) -> str:
    """One form for every source: NFC, LF line ends, plain spaces, no soft hyphens."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n")
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _LIGATURE_RE.sub(lambda m: _LIGATURES[m.group(0)], text)
    return _CONTROL.sub("", text)


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces, ends trimmed."""
    return " ".join(text.split())


def clean_paragraph(text: str) -> str:
    """Paragraph text for analysis: footnote markers ("[4]") removed, spaces collapsed."""
    return squash(FOOTNOTE_MARKERS.sub("", text.replace("\t", " ")))


# ---------------------------------------------------------------- layout

# "1. ", "2.1 ", "2.1. ", "10.3.2 " at the start of a line. A single number needs its dot,
# so that a wrapped line starting "15 June 2010" is not taken for paragraph 15.
_PID = re.compile(r"^[ \t]*(?P<pid>\d{1,2}\.(?:\d{1,2}\.?){0,2})(?:[ \t]+|(?=[“\"A-Z(]))(?=\S)")
_NOTES_HEADING = re.compile(r"^\s*(?:Notes|Footnotes|Endnotes)\s*$", re.IGNORECASE)
_HEADING_END = re.compile(r"[.;,:]\s*$")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body of a decision."""

    index: int
    pid: str  # "2.1", "9"; "" when the text has no paragraph numbers
    section: str  # the heading above it ("Consideration of the merits"), or ""
    text: str  # footnote markers removed, whitespace collapsed

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(int(p) for p in self.pid.split(".") if p)

    @property
    def is_top_level(self) -> bool:
        return len(self.numbers) == 1

    @property
    def where(self) -> str:
        return f"para. {self.pid}" if self.pid else f"paragraph {self.index + 1} of the text"


@dataclass(frozen=True)
class Layout:
    """The parts of a decision: what comes before paragraph 1, the body, the notes."""

    preamble: str  # header and cover block (raw lines, tabs kept)
    paragraphs: tuple[Paragraph, ...]
    notes: str
    numbered: bool  # whether the body's paragraphs carry numbers


def _pid_of(line: str) -> str | None:
    match = _PID.match(line)
    if match is None:
        return None
    return match.group("pid").rstrip(".")


def _pid_key(pid: str) -> tuple[int, ...]:
    return tuple(int(p) for p in pid.split(".") if p)


def segment(text: str) -> Layout:
    """Split normalised text into preamble, numbered (or blank-line separated) paragraphs
    and notes."""
    lines = text.split("\n")
    start = None
    for i, line in enumerate(lines):
        pid = _pid_of(line)
        if pid in ("1", "1.1"):
            start = i
            break
    numbered = start is not None
    if start is None:
        start = _first_body_line(lines)
    preamble = "\n".join(lines[:start])
    body_lines = lines[start:]
    notes = ""
    for i, line in enumerate(body_lines):
        if _NOTES_HEADING.match(line):
            notes = "\n".join(body_lines[i + 1 :])
            body_lines = body_lines[:i]
            break
    return Layout(
        preamble=preamble,
        paragraphs=tuple(_paragraphs(body_lines, numbered)),
        notes=notes,
        numbered=numbered,
    )


def _first_body_line(lines: list[str]) -> int:
    """Without paragraph numbers: the body starts at the first long line of prose."""
    for i, line in enumerate(lines):
        if len(line.strip()) >= 200:
            return i
    return 0


def _paragraphs(lines: list[str], numbered: bool) -> list[Paragraph]:
    found: list[Paragraph] = []
    section = ""
    current: list[str] = []
    current_pid = ""
    last_key: tuple[int, ...] = ()

    def flush() -> None:
        nonlocal current, current_pid
        if not current:
            current_pid = ""
            return
        body = clean_paragraph(" ".join(current))
        if body:
            found.append(Paragraph(len(found), current_pid, section, body))
        current = []
        current_pid = ""

    following = _next_nonblank(lines)
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            flush()
            continue
        pid = _pid_of(raw) if numbered else None
        if pid is not None and _pid_key(pid)[:1] >= last_key[:1]:
            flush()
            current_pid = pid
            last_key = _pid_key(pid)
            current.append(_PID.sub("", raw, count=1))
            continue
        ends_sentence = not current or current[-1].rstrip().endswith((".", ":", ";", "”"))
        if ends_sentence and _is_heading(line, following[i], numbered):
            flush()
            section = squash(line)
            continue
        current.append(line)
    flush()
    return found


def _next_nonblank(lines: list[str]) -> list[str]:
    """For each line, the next non-blank line after it ("" if none): one pass, backwards."""
    result = [""] * len(lines)
    upcoming = ""
    for i in range(len(lines) - 1, -1, -1):
        result[i] = upcoming
        if lines[i].strip():
            upcoming = lines[i]
    return result


def _is_heading(line: str, following: str, numbered: bool) -> bool:
    if len(line) > 150 or _HEADING_END.search(line) or not line[:1].isupper():
        return False
    if numbered:
        return _pid_of(following) is not None
    return len(line) < 100


# ---------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "mme", "messrs", "dr", "prof", "no", "nos", "para", "paras", "art",
        "arts", "e.g", "i.e", "p", "pp", "vol", "st", "jr", "inc", "ltd", "etc", "cf", "v",
        "vs", "co", "op", "cit", "ibid", "al", "fig", "sect", "ch", "approx", "gen", "col",
        "capt", "lt", "sgt", "ref", "rev", "doc", "corr", "add", "a.m", "p.m", "u.s", "u.k",
        "eds", "ed", "nr",
    ]
)  # fmt: skip
_STARTERS = frozenset(
    [
        "He", "She", "They", "It", "The", "His", "Her", "Their", "In", "On", "This", "That",
        "These", "Those", "As", "At", "By", "For", "However", "Accordingly", "Moreover",
        "Furthermore", "Therefore", "Thus", "According", "After", "Before", "When", "While",
        "Although", "Since", "Despite", "A", "An", "Both", "Neither", "No", "Nothing", "Such",
        "There", "We", "I", "Mr", "Ms", "Mrs", "Consequently", "Nevertheless", "Finally",
        "Lastly",
    ]
)  # fmt: skip
_SPLIT = re.compile(r"[.!?][”\"’')\]]*\s+(?=[“\"'(\[]?[A-Z0-9\u00c0-\u00de\u0400-\u042f])")
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
_NEXT_WORD = re.compile(r"\S+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, not split after "Mr.", "No.", "para." or initials ("A.K.")
    unless a sentence plainly starts after them ("... is A.K. He claims ...")."""
    return list(_split_sentences(text))


@lru_cache(maxsize=512)
def _split_sentences(text: str) -> tuple[str, ...]:
    # Cached: every recogniser reads the same paragraphs' sentences.
    sentences: list[str] = []
    start = 0
    for match in _SPLIT.finditer(text):
        dot = match.start()
        low = max(start, dot - 80)  # a word is shorter than that; never scan further back
        space = max(text.rfind(" ", low, dot), text.rfind("\n", low, dot))
        token = text[max(low, space + 1) : dot]
        word = token.lstrip("(“\"'[").lower()
        following = _NEXT_WORD.match(text, match.end())
        next_word = following.group(0).strip("“\"'(,[") if following else ""
        if word in _ABBREVIATIONS:
            continue
        if _INITIALS.match(token.lstrip("(“\"'[")) and next_word not in _STARTERS:
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return tuple(sentences)


# ---------------------------------------------------------------- dates

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(MONTHS, start=1)}
_MONTH_ALT = "|".join(MONTHS)
DATE_PATTERN = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\s*,?\s+\d{{4}}"
_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_ALT})\s*,?\s+(\d{{4}})\b")
_DATE_US = re.compile(rf"\b({_MONTH_ALT})\s+(\d{{1,2}}),\s+(\d{{4}})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@dataclass(frozen=True)
class DateMatch:
    value: date
    start: int
    end: int


def _make_date(year: str, month: int, day: str) -> date | None:
    try:
        value = date(int(year), month, int(day))
    except ValueError:
        return None
    return value if 1900 <= value.year <= 2200 else None


def find_dates(text: str) -> list[DateMatch]:
    """Every full date in the text ("28 June 2013", "June 28, 2013", "2013-06-28"), in order."""
    found: list[DateMatch] = []
    for m in _DATE.finditer(text):
        value = _make_date(m.group(3), _MONTH_NUMBER[m.group(2).lower()], m.group(1))
        if value is not None:
            found.append(DateMatch(value, m.start(), m.end()))
    for m in _DATE_US.finditer(text):
        value = _make_date(m.group(3), _MONTH_NUMBER[m.group(1).lower()], m.group(2))
        if value is not None:
            found.append(DateMatch(value, m.start(), m.end()))
    for m in _DATE_ISO.finditer(text):
        value = _make_date(m.group(1), int(m.group(2)) if m.group(2) != "00" else 0, m.group(3))
        if value is not None:
            found.append(DateMatch(value, m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def first_date(text: str) -> date | None:
    dates = find_dates(text)
    return dates[0].value if dates else None


def parse_date(text: str) -> date | None:
    """The date written in `text`, which holds nothing else ("28 June 2013")."""
    dates = find_dates(text)
    if len(dates) == 1 and squash(text[: dates[0].start]) == "":
        return dates[0].value
    return None


# ---------------------------------------------------------------- article references


@dataclass(frozen=True, order=True)
class ArticleRef:
    """An article in the body's numbering, with its paragraph and sub-paragraph: 14(3)(b)."""

    number: str
    paragraph: str = ""  # "(3)(b)"; "" for the whole article

    @property
    def label(self) -> str:
        return f"{self.number}{self.paragraph}"

    @property
    def sort_key(self) -> tuple[int, str]:
        return (int(self.number) if self.number.isdigit() else 10_000, self.paragraph)

    @classmethod
    def parse(cls, label: str) -> ArticleRef:
        """ "14(3)(b)" or "14 (3) (b)" -> ArticleRef("14", "(3)(b)"); ValueError otherwise."""
        compact = re.sub(r"\s+", "", label or "")
        match = re.fullmatch(r"(\d{1,3})((?:\([0-9a-z]{1,4}\))*)", compact)
        if match is None:
            raise ValueError(label)
        return cls(match.group(1), match.group(2))

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class ArticleMention:
    """Articles named together after one "article(s)" keyword, and where they stand."""

    refs: tuple[ArticleRef, ...]
    start: int  # the keyword
    end: int  # just after the list
    instrument: str | None  # "treaty", "protocol", "rules", "domestic" or None (not said)


_KEYWORD = re.compile(r"\b(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\.)\s*(?=\d)")
_WS = re.compile(r"\s*")
_NUMBER = re.compile(r"(\d{1,3})(?![\d/.,]\d)(?!\d)")
_GROUP = re.compile(r"\(\s*([0-9]{1,2}|[a-z]{1,4})\s*\)")
_SEPARATOR = re.compile(r"(?:[,;]\s*(?:and|or)\b|,|;|&|\band\b|\bor\b|\bas well as\b)")
_RANGE = re.compile(r"\s*(?:–|—|-|\bto\b)\s*")
_PARAGRAPH_WORD = re.compile(r",?\s*(?:sub-?)?(?:paragraphs?|paras?\.)\s*(?=[\d(])")
_ARTICLE_WORD = re.compile(r"(?:[Aa]rticles?|[Aa]rts?\.)\s*(?=\d)")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_MAX_RANGE = 26


def _group_level(token: str, path: list[str]) -> int:
    """1 for a paragraph "(3)", 2 for a sub-paragraph "(b)", 3 for "(ii)" (under a "(b)")."""
    if token.isdigit():
        return 1
    if token in _ROMAN and len(path) >= 4:
        return 3
    return 2 if len(path) >= 2 else 1


def _expand(first: str, last: str) -> list[str]:
    """The items after `first` up to `last`: ("2", "4") -> ["3", "4"]; ("a", "c") -> b, c."""
    if first.isdigit() and last.isdigit():
        a, b = int(first), int(last)
        if a < b <= a + _MAX_RANGE:
            return [str(n) for n in range(a + 1, b + 1)]
    elif (
        len(first) == len(last) == 1
        and first.isalpha()
        and last.isalpha()
        and first < last <= chr(ord(first) + _MAX_RANGE)
    ):
        return [chr(c) for c in range(ord(first) + 1, ord(last) + 1)]
    return [last]


def _ref(path: list[str]) -> ArticleRef:
    return ArticleRef(path[0], "".join(f"({p})" for p in path[1:]))


class _ListReader:
    """State of one pass over an article list (see parse_article_list)."""

    def __init__(self, text: str, pos: int) -> None:
        self.text = text
        self.end = pos
        self.refs: list[ArticleRef] = []
        self.path: list[str] = []
        self.pending = False  # whether `path` is a reference not yet emitted
        self.in_paragraphs = False  # after "article 14, paragraph(s)"

    def emit(self) -> None:
        if self.pending and self.path:
            ref = _ref(self.path)
            if ref not in self.refs:
                self.refs.append(ref)
        self.pending = False

    def skip(self, pos: int) -> int:
        match = _WS.match(self.text, pos)
        return match.end() if match else pos

    def item(self) -> bool:
        """An article number, a paragraph number or a bare group "(e)"; False if none."""
        here = self.skip(self.end)
        number = _NUMBER.match(self.text, here)
        if number is not None:
            self.emit()
            if self.in_paragraphs and self.path:
                self.path[:] = [self.path[0], number.group(1)]
            else:
                self.path[:] = [number.group(1)]
            self.pending = True
            self.end = number.end()
            return True
        group = _GROUP.match(self.text, here)
        if group is not None and self.path:
            self.emit()
            token = group.group(1)
            level = _group_level(token, self.path)
            self.path[:] = [*self.path[:level], token]
            self.pending = True
            self.end = group.end()
            return True
        return False

    def after_item(self) -> bool:
        """What may follow an item: a deeper group, a range, "paragraph", a separator."""
        text = self.text
        here = self.skip(self.end)
        group = _GROUP.match(text, here)
        if group is not None:
            self.path.append(group.group(1))
            self.pending = True
            self.end = group.end()
            return True
        rng = _RANGE.match(text, self.end)
        if rng is not None:
            last = _GROUP.match(text, rng.end())
            if last is not None and len(self.path) >= 2:
                first = self.path[-1]
                self.emit()
                for value in _expand(first, last.group(1)):
                    self.path[-1] = value
                    self.pending = True
                    self.emit()
                self.end = last.end()
                return True
            number = _NUMBER.match(text, rng.end())
            if number is not None and len(self.path) == 1 and not self.in_paragraphs:
                first = self.path[0]
                self.emit()
                for value in _expand(first, number.group(1)):
                    self.path[:] = [value]
                    self.pending = True
                    self.emit()
                self.end = number.end()
                return True
        para = _PARAGRAPH_WORD.match(text, self.end)
        if para is not None and self.path:
            if "sub" not in para.group(0).lower():
                self.path[:] = self.path[:1]  # "article 14, paragraph 3": not all of article 14
                self.in_paragraphs = True
            self.pending = False
            self.end = para.end()
            return self.item()
        sep = _SEPARATOR.match(text, here)
        if sep is None:
            return False
        after = self.skip(sep.end())
        again = _ARTICLE_WORD.match(text, after)
        if again is not None:
            self.emit()
            self.in_paragraphs = False
            self.end = again.end()
            return self.item()
        if _NUMBER.match(text, after) or (_GROUP.match(text, after) and self.path):
            self.end = sep.end()
            return self.item()
        return False


def parse_article_list(text: str, pos: int = 0) -> tuple[list[ArticleRef], int]:
    """Articles written from `pos` on ("9 (1), 10 (1) and 14 (3) (b) and (e)"), and where the
    list ends. A bare group continues the previous article at its level: "(e)" after
    "14 (3) (b)" is 14(3)(e); "(2)" after "14 (1)" is 14(2); "(2)–(3)" is a range; "article 14,
    paragraph 3 (b)" is 14(3)(b)."""
    reader = _ListReader(text, pos)
    if reader.item():
        guard = len(text) + 1
        while guard and reader.after_item():
            guard -= 1
    reader.emit()
    return reader.refs, reader.end


_INSTRUMENT = re.compile(
    r"(?P<protocol>Optional\s+Protocol|\bProtocol\b)"
    r"|(?P<rules>rules?\s+of\s+procedure|\bRules\b)"
    r"|(?P<treaty>\bCovenant\b|\bConvention\b|\bthereof\b)"
    r"|(?P<domestic>\bCode\b|\bConstitution\b|\b[Ll]aws?\b|\bAct\b|\bCharter\b|\bDeclaration\b"
    r"|\bStatute\b|\bRegulations?\b|\bDecree\b|\bOrdinance\b|\bPrinciples\b)"
)


def article_mentions(sentence: str) -> list[ArticleMention]:
    """Every "article(s) ..." list in a sentence, with the instrument it belongs to (the
    first instrument named after it in the sentence: "of the Covenant", "of the Optional
    Protocol", "of the Criminal Code")."""
    mentions: list[ArticleMention] = []
    pos = 0
    while True:
        keyword = _KEYWORD.search(sentence, pos)
        if keyword is None:
            break
        refs, end = parse_article_list(sentence, keyword.end())
        if end <= keyword.end():
            pos = keyword.end()
            continue
        mentions.append(ArticleMention(tuple(refs), keyword.start(), end, None))
        pos = end
    return [ArticleMention(m.refs, m.start, m.end, _instrument(sentence, m.end)) for m in mentions]


def _instrument(sentence: str, end: int) -> str | None:
    match = _INSTRUMENT.search(sentence, end)
    if match is None:
        return None
    return match.lastgroup


# ---------------------------------------------------------------- countries

# United Nations short names that pycountry spells otherwise, and older or common names.
_UN_NAMES: dict[str, str] = {
    "Bolivia (Plurinational State of)": "BO",
    "Bolivia": "BO",
    "Democratic Republic of the Congo": "CD",
    "Congo": "CG",
    "Micronesia (Federated States of)": "FM",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "United Kingdom": "GB",
    "Iran (Islamic Republic of)": "IR",
    "Democratic People’s Republic of Korea": "KP",
    "Democratic People's Republic of Korea": "KP",
    "Republic of Korea": "KR",
    "Lao People’s Democratic Republic": "LA",
    "Lao People's Democratic Republic": "LA",
    "Republic of Moldova": "MD",
    "State of Palestine": "PS",
    "Syrian Arab Republic": "SY",
    "United Republic of Tanzania": "TZ",
    "United States of America": "US",
    "United States": "US",
    "Holy See": "VA",
    "Venezuela (Bolivarian Republic of)": "VE",
    "Venezuela": "VE",
    "Viet Nam": "VN",
    "Russian Federation": "RU",
    "Russia": "RU",
    "Kyrgyz Republic": "KG",
    "Republic of Kazakhstan": "KZ",
    "Republic of Belarus": "BY",
    "Republic of Uzbekistan": "UZ",
    "Czech Republic": "CZ",
    "Czechia": "CZ",
    "Turkey": "TR",
    "Türkiye": "TR",
    "Côte d’Ivoire": "CI",
    "Côte d'Ivoire": "CI",
    "Cabo Verde": "CV",
    "Cape Verde": "CV",
    "Eswatini": "SZ",
    "Swaziland": "SZ",
    "North Macedonia": "MK",
    "the former Yugoslav Republic of Macedonia": "MK",
    "The former Yugoslav Republic of Macedonia": "MK",
    "Netherlands": "NL",
    "Kingdom of the Netherlands": "NL",
    "Gambia": "GM",
    "Bahamas": "BS",
    "Philippines": "PH",
    "Republic of North Macedonia": "MK",
}

# Adjectives of nationality ("a Belarusian national"), for the countries most often before the
# Committees; other nationalities are read from "a national of <country>".
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Algerian": "DZ", "Angolan": "AO", "Argentine": "AR", "Armenian": "AM",
    "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ", "Bangladeshi": "BD",
    "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR",
    "British": "GB", "Bulgarian": "BG", "Burundian": "BI", "Cameroonian": "CM",
    "Canadian": "CA", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO",
    "Croatian": "HR", "Cuban": "CU", "Czech": "CZ", "Danish": "DK", "Dutch": "NL",
    "Ecuadorian": "EC", "Egyptian": "EG", "Eritrean": "ER", "Estonian": "EE",
    "Ethiopian": "ET", "Finnish": "FI", "French": "FR", "Georgian": "GE", "German": "DE",
    "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT",
    "Honduran": "HN", "Hungarian": "HU", "Indian": "IN", "Iranian": "IR", "Iraqi": "IQ",
    "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE",
    "Kuwaiti": "KW", "Kyrgyz": "KG", "Latvian": "LV", "Lebanese": "LB", "Libyan": "LY",
    "Lithuanian": "LT", "Malian": "ML", "Mauritanian": "MR", "Mexican": "MX",
    "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA", "Nepalese": "NP", "Nepali": "NP",
    "Nicaraguan": "NI", "Nigerian": "NG", "Norwegian": "NO", "Pakistani": "PK",
    "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE",
    "Polish": "PL", "Portuguese": "PT", "Romanian": "RO", "Russian": "RU", "Rwandan": "RW",
    "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS", "Slovak": "SK", "Somali": "SO",
    "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH",
    "Syrian": "SY", "Tajik": "TJ", "Tanzanian": "TZ", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zimbabwean": "ZW",
}  # fmt: skip


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value] = country.alpha_2
    names.update(_UN_NAMES)
    return names


@lru_cache(maxsize=1)
def country_pattern() -> str:
    """A regex alternation of every country name, longest first (for "Republic of Korea"
    before "Korea")."""
    return _trie_pattern(sorted(_country_table()))


def _trie_pattern(words: list[str]) -> str:
    """One regex matching any of `words`, the longest first, written as a trie so that the
    engine rejects a position after one character instead of trying 400 names there."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        # Where a name may end, the rest is optional and greedy: the longest name wins.
        return f"(?:{alternation})?" if "" in node else alternation

    return build(trie)


@lru_cache(maxsize=1)
def _country_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'])(?:the\s+)?({country_pattern()})(?![\w’'])")


@dataclass(frozen=True)
class CountryMatch:
    code: str
    name: str
    start: int
    end: int


def find_countries(text: str) -> list[CountryMatch]:
    """Every country named in the text, in order."""
    table = _country_table()
    return [
        CountryMatch(table[m.group(1)], m.group(1), m.start(), m.end())
        for m in _country_re().finditer(text)
    ]


def country_code(name: str) -> str | None:
    """The ISO code of a country named as in UN documents ("the Russian Federation"), or of a
    nationality adjective ("Belarusian"); None if unknown."""
    cleaned = squash(name).strip(" .;,:")
    cleaned = re.sub(r"^(?:the|The)\s+", "", cleaned).replace("'", "’")
    table = _country_table()
    for candidate in (cleaned, cleaned.replace("’", "'")):
        if candidate in table:
            return table[candidate]
    if cleaned in DEMONYMS:
        return DEMONYMS[cleaned]
    lowered = {k.lower(): v for k, v in table.items()}
    return lowered.get(cleaned.lower())


# How the United Nations names the countries that pycountry names otherwise.
_UN_SHORT: dict[str, str] = {
    "BO": "Bolivia (Plurinational State of)",
    "CD": "Democratic Republic of the Congo",
    "CI": "Côte d’Ivoire",
    "FM": "Micronesia (Federated States of)",
    "GB": "United Kingdom of Great Britain and Northern Ireland",
    "IR": "Iran (Islamic Republic of)",
    "KP": "Democratic People’s Republic of Korea",
    "KR": "Republic of Korea",
    "LA": "Lao People’s Democratic Republic",
    "MD": "Republic of Moldova",
    "PS": "State of Palestine",
    "SY": "Syrian Arab Republic",
    "TZ": "United Republic of Tanzania",
    "US": "United States of America",
    "VA": "Holy See",
    "VE": "Venezuela (Bolivarian Republic of)",
    "VN": "Viet Nam",
}


def country_name(code: str) -> str:
    """The UN short name of a country ("Russian Federation", "Republic of Moldova")."""
    if code in _UN_SHORT:
        return _UN_SHORT[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
