"""Reading a Committee's Views or decision: every field, with the sentence it came from.

`parse_decision(text)` turns the text of a decision (as copied from the OHCHR site, or read
from a DOCX or PDF by `text_extract`) into a `DecisionImport`: the document symbol, the
committee, the State party, the communication number(s), the people (authors, victims,
counsel), the dates, the type of decision and its outcome, the articles invoked and found
violated, the remedies and the follow-up period. Each field is a `Found`: its value, the
sentence it was read from, where that sentence stands, how sure the reading is, and a
warning when something needs checking. What was not found is listed in `warnings`.

The reading follows the conventions of the published documents, not any one file: the
cover block ("State party:", "Date of adoption of Views:", ...) when there is one; the
opening paragraph ("The author of the communication is ..."); the operative paragraph
("The Committee, acting under article 5 (4) of the Optional Protocol, is of the view that
..."; "The Committee therefore decides: (a) That the communication is inadmissible");
the remedy paragraphs after it; the follow-up request ("within 180 days").

Nothing here touches the database: the service (`app.services.decision_import`) matches
the result against the registry and writes it. The parts: `decision_text` (layout,
sentences, dates, article references, countries), `decision_model` (the result types, also
importable from here), `decision_people` (authors, victims, counsel), `decision_remedies`
(remedies and follow-up period); this module finds the rest and puts it together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from app.errors import DomainError
from app.importers.decision_model import (
    ENTERED,
    Confidence,
    DecisionImport,
    Finding,
    FollowUpPeriod,
    Found,
    PersonFound,
    PreviewRow,
    RemedyFound,
)
from app.importers.decision_people import (
    COVER_REPRESENTED,
    GENERIC_COUNSEL,
    INTRO,
    ON_BEHALF,
    PARTY_NOUN,
    REPRESENTED,
    SUBMITTED_BY,
    PersonDraft,
    counsel_names,
    cover_victims,
    draft_index,
    make_person,
    people_from,
    title_of,
)
from app.importers.decision_remedies import (
    GENERIC_REMEDY,
    LIST_HEADING,
    NOT_REMEDY,
    OBLIGATION,
    beneficiary,
    follow_up_period,
    merge_remedies,
    remedies_in,
    remedy_sentences,
    remedy_text,
)
from app.importers.decision_text import (
    ArticleMention,
    ArticleRef,
    Layout,
    Paragraph,
    article_mentions,
    country_code,
    country_name,
    country_pattern,
    find_countries,
    find_dates,
    normalise,
    parse_article_list,
    segment,
    split_sentences,
    squash,
)
from app.vocab import DecisionType, Outcome, PartyRole, RemedyKind, RemedyScope

__all__ = [
    "ENTERED",
    "MAX_CHARS",
    "ArticleRef",
    "Confidence",
    "DecisionImport",
    "Finding",
    "FollowUpPeriod",
    "Found",
    "PersonFound",
    "PreviewRow",
    "RemedyFound",
    "parse_decision",
]

MAX_CHARS = 5_000_000
"""Longer texts are refused: a decision runs to some 100,000 characters."""

# ====================================================================== conventions

BODY_PREFIXES: tuple[tuple[str, str], ...] = (
    ("E/C.12/", "CESCR"),
    ("CCPR/", "CCPR"),
    ("CAT/", "CAT"),
    ("CEDAW/", "CEDAW"),
    ("CERD/", "CERD"),
    ("CRPD/", "CRPD"),
    ("CRC/", "CRC"),
    ("CED/", "CED"),
    ("CMW/", "CMW"),
)

BODY_NAMES: dict[str, tuple[str, ...]] = {
    "CCPR": ("Human Rights Committee", "International Covenant on Civil and Political Rights"),
    "CAT": ("Committee against Torture", "Convention against Torture"),
    "CEDAW": (
        "Committee on the Elimination of Discrimination against Women",
        "Elimination of All Forms of Discrimination against Women",
    ),
    "CERD": (
        "Committee on the Elimination of Racial Discrimination",
        "Elimination of All Forms of Racial Discrimination",
    ),
    "CRPD": ("Rights of Persons with Disabilities",),
    "CRC": ("Committee on the Rights of the Child", "Convention on the Rights of the Child"),
    "CED": ("Committee on Enforced Disappearances", "Enforced Disappearance"),
    "CESCR": (
        "Committee on Economic, Social and Cultural Rights",
        "International Covenant on Economic, Social and Cultural Rights",
    ),
    "CMW": ("Migrant Workers",),
}

# The substantive articles of each treaty that a Committee can find violated (CAT art. 22:
# the right of petition, violated when interim measures are ignored).
SUBSTANTIVE_ARTICLES: dict[str, frozenset[int]] = {
    "CCPR": frozenset(range(1, 28)),
    "CAT": frozenset([*range(1, 17), 22]),
    "CEDAW": frozenset(range(1, 17)),
    "CERD": frozenset(range(1, 8)),
    "CRPD": frozenset(range(1, 34)),
    "CRC": frozenset(range(1, 42)),
    "CED": frozenset(range(1, 26)),
    "CESCR": frozenset(range(1, 16)),
    "CMW": frozenset(range(1, 72)),
}

_SYMBOL = re.compile(
    r"\b(?P<prefix>CCPR|CAT|CEDAW|CERD|CRPD|CRC|CED|CMW|E/C\.12)/(?:C/)?"
    r"(?P<session>\d{1,3}|[A-Z]{2,4})/D/"
    r"(?P<numbers>\d{1,5}/\d{4}(?:\s*(?:-|–|,|and|&)\s*\d{1,5}/\d{4})*)"
)
_COMM_NUMBER = re.compile(r"\b\d{1,5}/\d{4}\b")
_COMMUNICATION_NO = re.compile(
    r"\b(?:Communications?|Complaints?|Petitions?)\s+Nos?\.\s*"
    r"(?P<numbers>\d{1,5}/\d{4}(?:\s*(?:,|and|&|-|–)\s*\d{1,5}/\d{4})*)",
    re.IGNORECASE,
)
_SESSION_WORDS = re.compile(r"\bat\s+its\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+session\b")
_MEETING_ON = re.compile(r"\bMeeting\s+on\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})")
_ADOPTED_ON = re.compile(
    r"\b(?:Views|decision)\s+adopted\s+(?:by\s+the\s+Committee\s+)?on\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})",
    re.IGNORECASE,
)

_COVER_LABELS: tuple[tuple[str, str], ...] = (
    (
        "submitted_by",
        r"(?:Communication|Complaint|Petition)s?\s+submitted\s+by|Submitted\s+by"
        r"|Complainants?|Petitioners?",
    ),
    ("victims", r"(?:Alleged|Presumed|Purported)\s+victims?(?:\s*\(s\))?"),
    ("state", r"State\s+[Pp]arty(?:\s+concerned)?"),
    (
        "date_of_communication",
        r"Dates?\s+of\s+(?:the\s+)?(?:initial\s+)?(?:communication|complaint|petition)s?"
        r"(?:\s*\([^)\n]{0,40}\))?",
    ),
    ("references", r"Document\s+references?|References"),
    (
        "adoption",
        r"Date\s+of\s+(?:adoption\s+of\s+(?:the\s+)?(?:present\s+)?(?:Views|views|decision)"
        r"|(?:the\s+)?(?:present\s+)?decision)",
    ),
    ("subject", r"Subject[\s-]+matters?"),
    ("procedural", r"Procedural\s+issues?"),
    ("substantive", r"Substantive\s+issues?"),
    ("op_articles", r"Articles?\s+of\s+the\s+(?:First\s+)?Optional\s+Protocol"),
    ("articles", r"Articles?\s+of\s+the\s+(?:Covenant|Convention)"),
)
_COVER = re.compile(
    r"(?m)^[ \t]*(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _COVER_LABELS)
    + r")[ \t]*(?:\(s\))?[ \t]*:[ \t]*"
)
_COVER_STOP = re.compile(r"\n[ \t]*\n")
_COVER_LABEL_TEXT = dict(
    submitted_by="Communication submitted by",
    victims="Alleged victim(s)",
    state="State party",
    date_of_communication="Date of communication",
    references="Document references",
    adoption="Date of adoption",
    subject="Subject matter",
    procedural="Procedural issues",
    substantive="Substantive issues",
    op_articles="Articles of the Optional Protocol",
    articles="Articles of the treaty",
)

# ---------------------------------------------------------------- outcome wording

_DISCONTINUED = re.compile(
    r"\bdiscontinu\w*\b[^.;]{0,80}?\b(?:consideration|examination)\b"
    r"|\b(?:consideration|examination)\s+of\s+(?:the\s+)?(?:communication|complaint|petition)"
    r"[^.;]{0,80}?\bdiscontinu\w*",
    re.IGNORECASE,
)
_NO_VIOLATION = re.compile(
    r"\b(?:do|does|did|would|will|could|has|have)\s+not\s+(?:been\s+)?(?:disclose|reveal|show|"
    r"constitute|amount\s+to|establish|violated|breached|"
    r"permit\s+it\s+to\s+(?:conclude|find)|support\s+a\s+finding\s+of)\b[^.;]{0,60}?"
    r"\b(?:violations?|breach)\b"
    r"|\bno\s+(?:separate\s+)?(?:violations?|breach)\b"
    r"|\bnot\s+in\s+(?:violation|breach)\b"
    r"|\b(?:unable|cannot|could\s+not)\s+(?:to\s+)?(?:conclude|find|establish)\b[^.;]{0,100}?"
    r"\b(?:violat\w*|breach)",
    re.IGNORECASE,
)
_VIOLATION = re.compile(
    r"\b(?:disclos\w*|reveal\w*|constitut\w*|amount\w*\s+to|there\s+(?:has|have)\s+been|"
    r"finds?|found|concludes?)\b[^.;]{0,40}?\b(?:violations?|breach(?:es)?)\b"
    r"|\b(?:has|have|had)\s+(?:thereby\s+|also\s+|therefore\s+)?violated\b"
    r"|\b(?:was|were)\s+violated\b|\bin\s+breach\s+of\b|\bhas\s+breached\b"
    r"|\bfailed\s+to\s+(?:comply\s+with|fulfil|fulfill|discharge)\s+its\s+obligations\b",
    re.IGNORECASE,
)
_INADMISSIBLE = re.compile(
    r"\b(?:decides?|declares?|concludes?|finds?)\b[^.]{0,80}?\b(?:communication|complaint|"
    r"petition)\b[^.]{0,60}?\binadmissible\b"
    r"|\bthat\s+the\s+(?:communication|complaint|petition)\s+is\s+inadmissible\b"
    r"|\bdeclares\s+the\s+(?:communication|complaint|petition)\s+inadmissible\b",
    re.IGNORECASE,
)
_ADMISSIBLE = re.compile(
    r"\bdecides?\b[^.]{0,80}?\bthat\s+the\s+(?:communication|complaint|petition)\s+is\s+"
    r"admissible\b",
    re.IGNORECASE,
)
_OPERATIVE = re.compile(
    r"\bacting\s+under\s+(?:article|rule)\b|\bis\s+of\s+the\s+view\s+that\b|\btherefore\s+"
    r"decides\b|\bdecides\s*:|\bdecides\s+to\s+discontinue\b",
    re.IGNORECASE,
)
_ANNEX = re.compile(
    r"^\s*(?:Annex|Appendix|Individual\s+opinion|Joint\s+opinion|Separate\s+opinion|"
    r"(?:Partly\s+|Partially\s+)?(?:dissenting|concurring)\s+opinion|Opinion\s+of)\b"
    r"|\b(?:individual|joint|separate|dissenting|concurring)\s+opinion\b",
    re.IGNORECASE,
)
_PROCEDURAL_LEAD = re.compile(
    r"(?:acting|proceeding|deciding)\s+under\s*$|[Pp]ursuant\s+to\s*$|in\s+accordance\s+with\s*$"
    r"|\brule\s*$"
)
_REGARD = re.compile(
    r"\b(?:with\s+regard\s+to|in\s+respect\s+of|in\s+relation\s+to|as\s+regards|concerning)\s+"
    r"(?P<who>[^,;.]{1,80})",
    re.IGNORECASE,
)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}

# ---------------------------------------------------------------- dates in the body

_STATE_SECTION = re.compile(r"\bState\s+[Pp]arty", re.IGNORECASE)
_AUTHOR_SECTION = re.compile(
    rf"^(?:(?:additional|further)\s+)?(?:{PARTY_NOUN}|counsel)|\bcomments?\s+(?:from|by)\s+"
    rf"(?:the\s+)?{PARTY_NOUN}|{PARTY_NOUN}[’']s?\s+(?:comments|observations|response|reply)",
    re.IGNORECASE,
)


def _d(n: int) -> str:
    """A date group for the patterns below (each alternative needs its own group name)."""
    return rf"(?P<date{n}>\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}})"


_STATE_DATE = re.compile(
    rf"(?:note\s+verbale|letter|submission|observations|communication|response|reply)s?\s+"
    rf"(?:dated|of)\s+{_d(1)}"
    rf"|\b[Oo]n\s+{_d(2)},?\s+the\s+State\s+[Pp]arty\b"
    rf"|\b(?:submission|observations)\s*\(?\s*(?:made|dated|submitted|received)\s+on\s+{_d(3)}"
)
_AUTHOR_DATE = re.compile(
    rf"(?:comments|submission|letter|response|reply|communication)s?\s+(?:dated|of)\s+{_d(4)}"
    rf"|\b[Oo]n\s+{_d(5)},?\s+(?:the\s+)?(?:{PARTY_NOUN}|counsel)\b"
)
_SUBMISSION = re.compile(
    rf"\b(?:initial\s+)?(?:communication|complaint|petition)\s+(?:is\s+|was\s+)?dated\s+{_d(6)}"
    rf"|\bsubmitted\s+(?:the|his|her|their|a|an)\s+(?:initial\s+)?(?:communication|complaint|"
    rf"petition)\s+(?:to\s+the\s+Committee\s+)?on\s+{_d(7)}"
    rf"|\b[Oo]n\s+{_d(8)},?\s+the\s+{PARTY_NOUN}\s+submitted\s+(?:the|his|her|their|an?\s+"
    rf"initial)\s+(?:communication|complaint|petition)",
    re.IGNORECASE,
)
_TRANSMITTED = re.compile(
    rf"\btransmitted\s+to\s+the\s+State\s+[Pp]arty\s+on\s+{_d(9)}", re.IGNORECASE
)


# ====================================================================== parsing


def parse_decision(text: str, *, source_name: str = "") -> DecisionImport:
    """Read a decision. DomainError when the text is empty, far too long, or plainly not a
    decision of a treaty body; otherwise a result, however little was recognised in it."""
    label = f"“{source_name}”" if source_name else "The text"
    if not isinstance(text, str) or not text.strip():
        raise DomainError(f"{label} is empty: there is nothing to import.", field="file")
    if len(text) > MAX_CHARS:
        raise DomainError(
            f"{label} holds {len(text):,} characters, far more than a decision "
            f"(at most {MAX_CHARS:,} are read). Check that this is the right document.",
            field="file",
        )
    reader = _Reader(normalise(text))
    result = reader.read(source_name)
    if not _looks_like_decision(result):
        raise DomainError(
            f"{label} does not look like a decision of a UN treaty body: no document symbol "
            "(such as CCPR/C/116/D/2231/2012), no Committee and no finding were recognised. "
            "Check that this is the Committee's Views or decision on a communication.",
            field="file",
        )
    return result


def _looks_like_decision(r: DecisionImport) -> bool:
    if r.symbol is not None:
        return True
    if r.body is None:
        return False
    signals = [r.outcome, r.communication_numbers, r.people or None, r.articles_invoked]
    return sum(s is not None for s in signals) >= 2


@dataclass
class _Cover:
    values: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (value, line)

    def get(self, name: str) -> str:
        return self.values.get(name, ("", ""))[0]

    def line(self, name: str) -> str:
        return self.values.get(name, ("", ""))[1]


class _Reader:
    """One reading of one text (holds the layout and the warnings gathered on the way)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.layout: Layout = segment(text)
        self.paragraphs = self.layout.paragraphs
        self.warnings: list[str] = []
        self.cover = _read_cover(self.layout.preamble or text[:8000])

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # ------------------------------------------------------------------ the whole

    def read(self, source_name: str) -> DecisionImport:
        symbol, numbers, session = self.read_symbol()
        body = self.read_body(symbol)
        people, represented = self.read_people()
        state = self.read_state()
        operative = self.operative_index()
        outcome, decision_type = self.read_outcome(operative, body)
        invoked = self.read_invoked(body)
        violated, findings = self.read_violated(operative, body, outcome, people)
        remedies, follow_up = self.read_remedies(operative, outcome)
        submission = self.read_submission()
        adoption = self.read_adoption()
        transmittal = self.read_transmittal()
        state_dates = self.section_dates(state=True)
        author_dates = self.section_dates(state=False)
        subject = self.cover_text("subject")
        title = title_of(people, state)
        self.final_warnings(adoption, state, people, outcome, follow_up, remedies)
        return DecisionImport(
            source_name=source_name,
            symbol=symbol,
            body=body,
            state=state,
            communication_numbers=numbers,
            session=session,
            title=title,
            people=people,
            represented=represented,
            submission_date=submission,
            adoption_date=adoption,
            transmittal_date=transmittal,
            state_observations_dates=state_dates,
            author_comments_dates=author_dates,
            decision_type=decision_type,
            outcome=outcome,
            articles_invoked=invoked,
            articles_violated=violated,
            findings=findings,
            remedies=remedies,
            follow_up=follow_up,
            subject_matter=subject,
            has_cover_block=bool(self.cover.values),
            paragraphs=len(self.paragraphs),
            warnings=tuple(self.warnings),
        )

    def final_warnings(
        self,
        adoption: Found[date] | None,
        state: Found[str] | None,
        people: tuple[PersonFound, ...],
        outcome: Found[Outcome] | None,
        follow_up: Found[FollowUpPeriod] | None,
        remedies: tuple[RemedyFound, ...],
    ) -> None:
        if adoption is None:
            self.warn(
                "The date of adoption is not in the text (it is on the cover page of the "
                "published document): enter it, since the outcome and the follow-up deadline "
                "depend on it."
            )
        if state is None:
            self.warn("The State party was not recognised: choose it.")
        if not people:
            self.warn("No author or victim was recognised: add them by hand.")
        if outcome is None:
            self.warn("The outcome (violation, no violation, inadmissible) was not recognised.")
        elif outcome.value is Outcome.VIOLATION:
            if follow_up is None:
                self.warn(
                    "No follow-up period (“within 180 days”) was found: the Committee's usual "
                    "period will be used."
                )
            if not remedies:
                self.warn("Violations were found but no remedy was recognised: add them.")

    # ------------------------------------------------------------------ identity

    def read_symbol(
        self,
    ) -> tuple[Found[str] | None, Found[tuple[str, ...]] | None, Found[str] | None]:
        preamble = self.layout.preamble
        match = _SYMBOL.search(preamble) or _SYMBOL.search(self.text[:400])
        cover_numbers = _COMMUNICATION_NO.search(preamble)
        if match is None and cover_numbers is not None:
            wanted = set(_COMM_NUMBER.findall(cover_numbers.group("numbers")))
            body_text = " ".join(p.text for p in self.paragraphs)
            for candidate in _SYMBOL.finditer(body_text):
                if set(_COMM_NUMBER.findall(candidate.group("numbers"))) == wanted:
                    match = candidate
                    break
        symbol = numbers = session = None
        if match is not None:
            found_numbers = tuple(_COMM_NUMBER.findall(match.group("numbers")))
            prefix = match.group(0)[: match.start("numbers") - match.start(0)]
            value = prefix + "-".join(found_numbers)
            line = _line_of(self.text, match.group(0))
            symbol = Found(value, line, "document symbol")
            numbers = Found(found_numbers, line, "document symbol")
            if match.group("session").isdigit():
                session = Found(match.group("session"), line, "document symbol")
        if cover_numbers is not None:
            stated = tuple(_COMM_NUMBER.findall(cover_numbers.group("numbers")))
            line = _line_of(preamble, cover_numbers.group(0))
            if numbers is None:
                numbers = Found(stated, line, "header")
            elif set(stated) != set(numbers.value):
                warning = (
                    f"The header names communication {', '.join(stated)}, but the symbol ends "
                    f"with {', '.join(numbers.value)}: check which is right."
                )
                numbers = replace(numbers, confidence=Confidence.LOW, warning=warning)
                self.warn(warning)
        if session is None:
            words = _SESSION_WORDS.search(preamble)
            if words is not None:
                session = Found(words.group("n"), _line_of(preamble, words.group(0)), "header")
        return symbol, numbers, session

    def read_body(self, symbol: Found[str] | None) -> Found[str] | None:
        if symbol is not None:
            for prefix, code in BODY_PREFIXES:
                if symbol.value.startswith(prefix):
                    return Found(code, symbol.source, "document symbol")
        votes: dict[str, int] = {}
        heads = self.layout.preamble
        body_text = " ".join(p.text for p in self.paragraphs[:60])
        for code, names in BODY_NAMES.items():
            for name in names:
                votes[code] = votes.get(code, 0) + 5 * heads.count(name) + body_text.count(name)
        if not any(votes.values()):
            covenant = body_text.count("of the Covenant")
            protocol = body_text.count("Optional Protocol")
            if covenant and protocol:
                votes["CCPR"] = covenant
        best = max(votes.items(), key=lambda kv: kv[1], default=("", 0))
        if not best[1]:
            return None
        code = best[0]
        name = next((n for n in BODY_NAMES.get(code, ()) if n in heads + body_text), "Covenant")
        sentence = _sentence_with(heads + "\n" + body_text, name)
        warning = f"The Committee was inferred from the text ({name}): check it."
        return Found(code, sentence, "text", Confidence.MEDIUM, warning)

    def read_state(self) -> Found[str] | None:
        value = self.cover.get("state")
        if value:
            code = country_code(value)
            if code:
                return Found(code, self.cover.line("state"), "cover block")
            self.warn(f"The cover block names the State party “{value}”, which is not known.")
        title = re.search(
            rf"\bv\.\s+(?:the\s+)?(?P<c>{country_pattern()})(?![\w’])", self.layout.preamble
        )
        if title is not None:
            code = country_code(title.group("c"))
            if code:
                return Found(code, _line_of(self.layout.preamble, title.group(0)), "title")
        for paragraph in self.paragraphs[:6]:
            for sentence in split_sentences(paragraph.text):
                for pattern in _state_patterns():
                    match = pattern.search(sentence)
                    if match is not None:
                        code = country_code(match.group("c"))
                        if code:
                            return Found(code, sentence, paragraph.where)
        return self.state_by_mentions()

    def state_by_mentions(self) -> Found[str] | None:
        """The country the body of the decision names most, national institutions first
        ("Criminal Code of Kyrgyzstan", "Supreme Court of Georgia")."""
        scores: dict[str, float] = {}
        first: dict[str, tuple[str, str]] = {}
        strong = re.compile(
            r"(?:Code|Court|Constitution|Prosecutor(?:\s+General)?|Government|Ombudsman|"
            r"Parliament|Ministry\s+of\s+\w+|authorities|legislation|laws?|police)"
            r"\s+of\s+(?:the\s+)?$",
            re.IGNORECASE,
        )
        for paragraph in self.paragraphs:
            for match in find_countries(paragraph.text):
                before = paragraph.text[max(0, match.start - 40) : match.start]
                weight = 3.0 if strong.search(before) else 1.0
                if re.search(r"nationals?\s+of\s+(?:the\s+)?$", before):
                    weight = 0.5
                scores[match.code] = scores.get(match.code, 0) + weight
                if match.code not in first:
                    first[match.code] = (_sentence_at(paragraph.text, match.start), paragraph.where)
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        code, score = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0
        confidence = Confidence.MEDIUM if score >= 2 * runner else Confidence.LOW
        warning = (
            f"The State party is not named as such: {country_name(code)} is the country the "
            "decision refers to most. Check it."
        )
        sentence, where = first[code]
        return Found(code, sentence, where, confidence, warning)

    # ------------------------------------------------------------------ people

    def read_people(self) -> tuple[tuple[PersonFound, ...], Found[bool] | None]:
        intro = self.intro()
        authors: list[PersonDraft] = []
        victims: list[PersonDraft] = []
        own_behalf = False
        source, where = "", ""
        if intro is not None:
            sentence, paragraph, rest = intro
            authors = people_from(rest)
            source, where = sentence, paragraph.where
            for s in split_sentences(paragraph.text)[:4]:
                behalf = ON_BEHALF.search(s)
                if behalf is not None:
                    victims = people_from(behalf.group("rest"))
                    own_behalf = bool(re.match(r"(?:his|her|their)", behalf.group("own"), re.I))
                    break
        cover_authors, cover_victims_text = self.cover_people()
        from_cover = False
        if not authors and cover_authors:
            authors = cover_authors
            source, where = self.cover.line("submitted_by"), "cover block"
            from_cover = True
        named_victims = cover_victims(cover_victims_text, authors)
        if named_victims and not victims:
            victims = [v for v in named_victims if draft_index(authors, v.name) is None]
            own_behalf = own_behalf or any(
                draft_index(authors, v.name) is not None for v in named_victims
            )
        people: list[PersonFound] = []
        author_role = (
            PartyRole.AUTHOR if victims and not own_behalf else PartyRole.AUTHOR_AND_VICTIM
        )
        confidence = Confidence.HIGH if not from_cover else Confidence.MEDIUM
        for draft in authors:
            people.append(make_person(draft, author_role, source, where, confidence))
        for draft in victims:
            if draft_index(authors, draft.name) is None:
                people.append(make_person(draft, PartyRole.VICTIM, source, where, confidence))
        represented, counsel = self.read_counsel()
        people.extend(counsel)
        return tuple(people), represented

    def intro(self) -> tuple[str, Paragraph, str] | None:
        """The sentence that names the authors: "The author of the communication is ..."."""
        for paragraph in self.paragraphs[:3]:
            for sentence in split_sentences(paragraph.text)[:3]:
                match = INTRO.match(sentence) or SUBMITTED_BY.match(sentence)
                if match is not None:
                    return sentence, paragraph, match.group("rest")
        return None

    def cover_people(self) -> tuple[list[PersonDraft], str]:
        submitted = self.cover.get("submitted_by")
        names = COVER_REPRESENTED.sub("", submitted)
        names = re.sub(r"\([^)]*\)", "", names)
        return (people_from(names) if names.strip() else []), self.cover.get("victims")

    def read_counsel(self) -> tuple[Found[bool] | None, list[PersonFound]]:
        candidates: list[tuple[re.Match[str], str, str]] = []
        cover_value = self.cover.get("submitted_by")
        cover_match = COVER_REPRESENTED.search(cover_value) if cover_value else None
        if cover_match is not None:
            candidates.append((cover_match, self.cover.line("submitted_by"), "cover block"))
        for paragraph in self.paragraphs[:2]:
            for sentence in split_sentences(paragraph.text):
                match = REPRESENTED.search(sentence)
                if match is not None:
                    candidates.append((match, sentence, paragraph.where))
        if not candidates:
            return None, []
        counsel: list[PersonFound] = []
        represented: Found[bool] | None = None
        for match, sentence, where in candidates:
            is_represented = match.group("neg") is None
            if represented is None:
                represented = Found(is_represented, sentence, where)
            by = (match.group("by") or "").strip()
            by = re.sub(r"^(?:counsel|a\s+lawyer|lawyers?)\s*,?\s*", "", by, flags=re.I).strip()
            if not is_represented or not by or GENERIC_COUNSEL.match(by):
                continue
            for name, affiliation in counsel_names(by):
                if all(c.name != name for c in counsel):
                    counsel.append(
                        PersonFound(
                            name=name,
                            role=PartyRole.COUNSEL,
                            relation=affiliation,
                            source=sentence,
                            where=where,
                        )
                    )
        if represented is not None and represented.value and not counsel:
            self.warn("The author is represented by counsel, but the text does not name counsel.")
        return represented, counsel

    # ------------------------------------------------------------------ outcome

    def operative_index(self) -> int | None:
        """The operative paragraph: the first top-level paragraph after the last sub-numbered
        one that states a finding or a decision; without numbers, the last such paragraph."""
        paragraphs = self.paragraphs
        if not paragraphs:
            return None
        last_sub = max((p.index for p in paragraphs if len(p.numbers) > 1), default=-1)
        candidates = [p for p in paragraphs if p.is_top_level and p.index > last_sub]
        for p in candidates:
            if _committee_outcome(p.text) is not None:
                return p.index
        for p in reversed(paragraphs[-12:]):
            if _OPERATIVE.search(p.text) and _committee_outcome(p.text) is not None:
                return p.index
        return None

    def read_outcome(
        self, operative: int | None, body: Found[str] | None
    ) -> tuple[Found[Outcome] | None, Found[DecisionType] | None]:
        if operative is None:
            return None, self.decision_type_from_heading(None)
        paragraph = self.paragraphs[operative]
        outcome_value = _committee_outcome(paragraph.text)
        if outcome_value is None:
            return None, None
        sentence = _first_sentence(paragraph.text, _outcome_re(outcome_value))
        outcome = Found(outcome_value, sentence, paragraph.where)
        return outcome, self.decision_type_from_heading(outcome_value, sentence, paragraph.where)

    def decision_type_from_heading(
        self, outcome: Outcome | None, sentence: str = "", where: str = ""
    ) -> Found[DecisionType] | None:
        heads = self.layout.preamble
        adoption_label = self.cover.line("adoption")
        if outcome is Outcome.DISCONTINUED:
            return Found(DecisionType.DISCONTINUANCE, sentence, where)
        if outcome is Outcome.INADMISSIBLE:
            return Found(DecisionType.INADMISSIBILITY_DECISION, sentence, where)
        if outcome is Outcome.PENDING:
            return Found(DecisionType.ADMISSIBILITY_DECISION, sentence, where)
        if outcome in (Outcome.VIOLATION, Outcome.NO_VIOLATION):
            line = adoption_label or _line_of(heads, "Views adopted") or sentence
            return Found(DecisionType.VIEWS, line, "cover block" if adoption_label else where)
        if re.search(r"\bViews\s+adopted\b", heads) or re.search(r"adoption\s+of\s+Views", heads):
            return Found(DecisionType.VIEWS, _line_of(heads, "Views"), "header", Confidence.MEDIUM)
        return None

    def read_invoked(self, body: Found[str] | None) -> Found[tuple[ArticleRef, ...]] | None:
        code = body.value if body else None
        cover = self.cover.get("articles")
        if cover:
            refs, _ = parse_article_list(
                re.sub(r"^\s*(?:arts?\.|articles?)\s*", "", cover, flags=re.I)
            )
            refs = self.keep_substantive(refs, code, "invoked")
            if refs:
                return Found(
                    tuple(sorted(refs, key=_article_order)),
                    self.cover.line("articles"),
                    "cover block",
                )
        claims = re.compile(
            r"\b(?:claims?|claimed|alleges?|alleged|contends?|submits?|complains?|invokes?|"
            r"victims?\s+of)\b[^.]*\bviolat|\bviolat\w*\b[^.]*\b(?:claims?|alleges?)\b",
            re.IGNORECASE,
        )
        sources: list[tuple[str, str]] = []
        refs: list[ArticleRef] = []
        for paragraph in self.paragraphs[:2]:
            for sentence in split_sentences(paragraph.text):
                if claims.search(sentence):
                    found = _treaty_refs(sentence, default_treaty=True)
                    if found:
                        refs.extend(r for r in found if r not in refs)
                        sources.append((sentence, paragraph.where))
        if not refs:
            for paragraph in self.paragraphs:
                if re.search(r"\bcomplaint\b", paragraph.section, re.I):
                    for sentence in split_sentences(paragraph.text):
                        found = _treaty_refs(sentence, default_treaty=False)
                        if found and re.search(r"violat", sentence, re.I):
                            refs.extend(r for r in found if r not in refs)
                            sources.append((sentence, paragraph.where))
        refs = self.keep_substantive(refs, code, "invoked")
        if not refs:
            return None
        confidence = Confidence.HIGH if sources[0][1].endswith(" 1") else Confidence.MEDIUM
        return Found(
            tuple(sorted(refs, key=_article_order)),
            " ".join(s for s, _ in sources),
            sources[0][1],
            confidence,
        )

    def keep_substantive(
        self, refs: Iterable[ArticleRef], code: str | None, what: str
    ) -> list[ArticleRef]:
        allowed = SUBSTANTIVE_ARTICLES.get(code or "")
        kept: list[ArticleRef] = []
        for ref in refs:
            if allowed is not None and int(ref.number) not in allowed:
                self.warn(
                    f"Article {ref.label} (among the articles {what}) is not a substantive "
                    f"article of the {code} treaty and was left out."
                )
                continue
            if ref not in kept:
                kept.append(ref)
        return kept

    def read_violated(
        self,
        operative: int | None,
        body: Found[str] | None,
        outcome: Found[Outcome] | None,
        people: tuple[PersonFound, ...],
    ) -> tuple[Found[tuple[ArticleRef, ...]] | None, tuple[Finding, ...]]:
        if outcome is None or outcome.value is not Outcome.VIOLATION or operative is None:
            return (Found((), outcome.source, outcome.where) if outcome else None), ()
        code = body.value if body else None
        paragraph = self.paragraphs[operative]
        refs: list[ArticleRef] = []
        findings: list[Finding] = []
        sources: list[str] = []
        victims = [p for p in people if p.is_victim]
        for sentence in split_sentences(paragraph.text):
            if not _VIOLATION.search(_NO_VIOLATION.sub(" ", sentence)):
                continue
            found = _violation_refs(sentence)
            if not found:
                continue
            sources.append(sentence)
            for refs_part, who in found:
                kept = self.keep_substantive(refs_part, code, "found violated")
                refs.extend(r for r in kept if r not in refs)
                persons = _who(who, victims)
                if kept and persons:
                    findings.append(Finding(tuple(kept), persons, who))
        if not refs:
            self.warn(
                f"The operative paragraph ({paragraph.where}) finds a violation but names no "
                "article: enter the articles found violated."
            )
            return None, ()
        ordered = tuple(sorted(refs, key=_article_order))
        return Found(ordered, " ".join(sources), paragraph.where), tuple(findings)

    # ------------------------------------------------------------------ remedies

    def read_remedies(
        self, operative: int | None, outcome: Found[Outcome] | None
    ) -> tuple[tuple[RemedyFound, ...], Found[FollowUpPeriod] | None]:
        if operative is None:
            return (), None
        remedies: list[RemedyFound] = []
        follow_up: Found[FollowUpPeriod] | None = None
        generic: tuple[str, str, str] | None = None
        violation = outcome is not None and outcome.value is Outcome.VIOLATION
        for paragraph in self._decision_tail(operative):
            # After the follow-up request only a request to publish may still come.
            closed = follow_up is not None and follow_up.where != paragraph.where
            scope_context: RemedyScope | None = None
            for sentence in remedy_sentences(paragraph.text):
                heading = LIST_HEADING.search(sentence)
                if heading is not None:
                    scope_context = (
                        RemedyScope.GENERAL
                        if heading.group("head").lower().startswith(("general", "in general"))
                        else RemedyScope.INDIVIDUAL
                    )
                if paragraph.index == operative and _outcome_of(sentence) is not None:
                    continue
                period = follow_up_period(sentence)
                if period is not None or closed:
                    if follow_up is None and period is not None:
                        follow_up = Found(period, sentence, paragraph.where)
                    if violation:
                        remedies.extend(
                            remedies_in(
                                sentence, paragraph.where, scope_context, only_publication=True
                            )
                        )
                    continue
                if not violation or NOT_REMEDY.search(sentence):
                    continue
                found = remedies_in(sentence, paragraph.where, scope_context)
                if found:
                    remedies.extend(found)
                elif GENERIC_REMEDY.search(sentence):
                    generic = generic or (
                        sentence,
                        paragraph.where,
                        beneficiary(sentence, sentence),
                    )
                elif OBLIGATION.search(sentence) and re.search(r"\bState\s+[Pp]arty\b", sentence):
                    remedies.append(
                        RemedyFound(
                            RemedyKind.OTHER,
                            scope_context or RemedyScope.INDIVIDUAL,
                            remedy_text(sentence),
                            sentence,
                            paragraph.where,
                            beneficiary(sentence, sentence),
                            Confidence.LOW,
                            "The kind of this measure was not recognised: choose it.",
                        )
                    )
        if violation and not remedies and generic is not None:
            sentence, where, who = generic
            remedies.append(
                RemedyFound(
                    RemedyKind.OTHER,
                    RemedyScope.INDIVIDUAL,
                    "Effective remedy",
                    sentence,
                    where,
                    who,
                    Confidence.MEDIUM,
                    "The decision asks only for an effective remedy, without naming measures.",
                )
            )
        return tuple(merge_remedies(remedies)), follow_up

    def _decision_tail(self, operative: int) -> list[Paragraph]:
        """The operative paragraph and those after it that still belong to the decision:
        not an annexed individual opinion, nor paragraphs numbered anew."""
        first = self.paragraphs[operative]
        tail = [first]
        for paragraph in self.paragraphs[operative + 1 :]:
            if paragraph.section != first.section and _ANNEX.search(paragraph.section):
                break
            if first.numbers and (not paragraph.numbers or paragraph.numbers < first.numbers):
                break
            if _ANNEX.match(paragraph.text):
                break
            tail.append(paragraph)
        return tail

    # ------------------------------------------------------------------ dates

    def read_submission(self) -> Found[date] | None:
        value = self.cover.get("date_of_communication")
        if value:
            dates = find_dates(value)
            if dates:
                return Found(
                    dates[0].value, self.cover.line("date_of_communication"), "cover block"
                )
        for paragraph in self.paragraphs:
            if _STATE_SECTION.search(paragraph.section) and not _AUTHOR_SECTION.search(
                paragraph.section
            ):
                continue
            for sentence in split_sentences(paragraph.text):
                match = _SUBMISSION.search(sentence)
                if match is not None and not re.search(
                    r"\b(?:new|second|further|another)\s+(?:complaint|communication)",
                    sentence,
                    re.I,
                ):
                    found = _date_in(match)
                    if found is not None:
                        return Found(found, sentence, paragraph.where, Confidence.MEDIUM)
        return None

    def read_adoption(self) -> Found[date] | None:
        value = self.cover.get("adoption")
        if value:
            dates = find_dates(value)
            if dates:
                return Found(dates[0].value, self.cover.line("adoption"), "cover block")
        preamble = self.layout.preamble
        for pattern in (_MEETING_ON, _ADOPTED_ON):
            match = pattern.search(preamble)
            if match is not None:
                found = _date_in(match)
                if found is not None:
                    return Found(found, _line_of(preamble, match.group(0)), "header")
        return None

    def read_transmittal(self) -> Found[date] | None:
        value = self.cover.get("references")
        if value:
            match = _TRANSMITTED.search(value)
            if match is not None:
                found = _date_in(match)
                if found is not None:
                    return Found(found, self.cover.line("references"), "cover block")
        return None

    def section_dates(self, *, state: bool) -> tuple[Found[date], ...]:
        """The date of each round of observations (State party) or comments (author), read
        from the first sentence of its section that dates it."""
        found: list[Found[date]] = []
        seen_sections: set[str] = set()
        pattern = _STATE_DATE if state else _AUTHOR_DATE
        for paragraph in self.paragraphs:
            section = paragraph.section
            if not section or section in seen_sections:
                continue
            is_author = bool(_AUTHOR_SECTION.search(section))
            is_state = bool(_STATE_SECTION.search(section)) and not is_author
            if (state and not is_state) or (not state and not is_author):
                continue
            for sentence in split_sentences(paragraph.text):
                match = pattern.search(sentence)
                value = _date_in(match) if match else None
                if value is not None:
                    found.append(Found(value, sentence, paragraph.where))
                    seen_sections.add(section)
                    break
        return tuple(found)

    def cover_text(self, name: str) -> Found[str] | None:
        value = squash(self.cover.get(name))
        if not value:
            return None
        return Found(value, self.cover.line(name), "cover block")


# ====================================================================== helpers


def _read_cover(preamble: str) -> _Cover:
    cover = _Cover()
    matches = list(_COVER.finditer(preamble))
    for i, match in enumerate(matches):
        name = match.lastgroup or ""
        end = matches[i + 1].start() if i + 1 < len(matches) else len(preamble)
        raw = preamble[match.end() : end]
        stop = _COVER_STOP.search(raw)
        if stop is not None:
            raw = raw[: stop.start()]
        value = squash(raw)
        if value and name not in cover.values:
            label = _COVER_LABEL_TEXT.get(name, name)
            cover.values[name] = (value, f"{squash(match.group(0)).rstrip(':') or label}: {value}")
    return cover


def _line_of(text: str, needle: str) -> str:
    """The line of `text` holding `needle`, squashed ("" if absent)."""
    position = text.find(needle)
    if position < 0:
        return ""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return squash(text[start : end if end >= 0 else len(text)])


def _sentence_with(text: str, needle: str) -> str:
    position = text.find(needle)
    if position < 0:
        return ""
    return _sentence_at(text, position)


def _sentence_at(text: str, position: int) -> str:
    offset = 0
    for sentence in split_sentences(text):
        at = text.find(sentence, offset)
        if at < 0:
            continue
        if at <= position < at + len(sentence):
            return sentence
        offset = at
    return squash(text[max(0, position - 100) : position + 100])


def _first_sentence(text: str, pattern: re.Pattern[str]) -> str:
    for sentence in split_sentences(text):
        if pattern.search(sentence):
            return sentence
    return text


def _date_in(match: re.Match[str]) -> date | None:
    for name, value in match.groupdict().items():
        if name.startswith("date") and value:
            dates = find_dates(value)
            if dates:
                return dates[0].value
    return None


_STATE_RE: list[tuple[re.Pattern[str], ...]] = []


def _state_patterns() -> tuple[re.Pattern[str], ...]:
    """Sentences that name the State party: "entered into force for Belarus", "Georgia made
    the declaration under article 22", "violations by Georgia of articles ..."."""
    if not _STATE_RE:
        named = rf"(?P<c>{country_pattern()})(?![\w’])"
        the_named = rf"(?:the\s+)?{named}"
        _STATE_RE.append(
            tuple(
                re.compile(pattern)
                for pattern in (
                    rf"\bentered\s+into\s+force\s+for\s+{the_named}",
                    rf"(?<![\w’]){named}\s+(?:made|has\s+made|had\s+made)\s+(?:a|the)\s+"
                    r"declaration",
                    rf"\bviolations?\s+by\s+{the_named}",
                    rf"(?<![\w’]){named}\s+(?:ratified|acceded|became\s+a\s+party)",
                    rf"\bthe\s+State\s+[Pp]arty\s*\(\s*{the_named}\s*\)",
                )
            )
        )
    return _STATE_RE[0]


_PARTY_SPEAKS = re.compile(
    r"\b(?:claims?|claimed|alleges?|alleged|contends?|contended|submits?|submitted|argues?|"
    r"argued|maintains?|maintained|requests?|requested|informed)\b",
    re.IGNORECASE,
)
_COMMITTEE_SPEAKS = re.compile(
    r"\bCommittee\b|\bdecides?\b|\bis\s+of\s+the\s+view\b|\bacting\s+under\b", re.IGNORECASE
)


def _committee_outcome(text: str) -> Outcome | None:
    """The outcome stated by the Committee in a paragraph: sentences in which a party claims
    something ("He claims that the State party has violated ...") do not count."""
    sentences = [
        s
        for s in split_sentences(text)
        if _COMMITTEE_SPEAKS.search(s) and not (_PARTY_SPEAKS.search(s) and "Committee" not in s)
    ]
    return _outcome_of(" ".join(sentences)) if sentences else None


def _outcome_of(text: str) -> Outcome | None:
    if _DISCONTINUED.search(text):
        return Outcome.DISCONTINUED
    without_negatives = _NO_VIOLATION.sub(" ", text)
    if _VIOLATION.search(without_negatives):
        return Outcome.VIOLATION
    if _NO_VIOLATION.search(text):
        return Outcome.NO_VIOLATION
    if _INADMISSIBLE.search(text):
        return Outcome.INADMISSIBLE
    if _ADMISSIBLE.search(text):
        return Outcome.PENDING
    return None


def _outcome_re(outcome: Outcome) -> re.Pattern[str]:
    return {
        Outcome.DISCONTINUED: _DISCONTINUED,
        Outcome.VIOLATION: _VIOLATION,
        Outcome.NO_VIOLATION: _NO_VIOLATION,
        Outcome.INADMISSIBLE: _INADMISSIBLE,
        Outcome.PENDING: _ADMISSIBLE,
    }[outcome]


def _treaty_refs(sentence: str, *, default_treaty: bool) -> list[ArticleRef]:
    refs: list[ArticleRef] = []
    for mention in article_mentions(sentence):
        if _is_treaty(sentence, mention, default_treaty):
            refs.extend(r for r in mention.refs if r not in refs)
    return refs


def _is_treaty(sentence: str, mention: ArticleMention, default_treaty: bool) -> bool:
    if _PROCEDURAL_LEAD.search(sentence[max(0, mention.start - 40) : mention.start]):
        return False
    if mention.instrument is None:
        return default_treaty
    return mention.instrument == "treaty"


def _violation_refs(sentence: str) -> list[tuple[list[ArticleRef], str]]:
    """The articles a finding sentence holds violated, grouped by whom they concern ("" for
    everyone): [([12, 13, 1], "both complainants"), ([16(1)], "the second complainant")]."""
    negatives = [(m.start(), m.end()) for m in _NO_VIOLATION.finditer(sentence)]
    regards = [(m.start(), squash(m.group("who"))) for m in _REGARD.finditer(sentence)]
    groups: list[tuple[list[ArticleRef], str]] = []
    for mention in article_mentions(sentence):
        if not _is_treaty(sentence, mention, default_treaty=True):
            continue
        if any(start <= mention.start <= end + 80 for start, end in negatives):
            continue
        who = next((w for pos, w in regards if pos > mention.end), "")
        # A "with regard to" before the next violation clause does not reach back further.
        if groups and groups[-1][1] == who:
            groups[-1][0].extend(r for r in mention.refs if r not in groups[-1][0])
        else:
            groups.append((list(mention.refs), who))
    return groups


def _who(text: str, victims: Sequence[PersonFound]) -> tuple[str, ...]:
    """The victims a "with regard to ..." phrase names; () for all of them."""
    if not text or not victims:
        return ()
    lowered = text.lower()
    if re.search(r"\b(?:both|all|each\s+of\s+the)\b", lowered):
        return ()
    ordinal = re.search(rf"\b(first|second|third|fourth|fifth|sixth)\s+{PARTY_NOUN}", lowered)
    if ordinal is not None:
        index = _ORDINALS[ordinal.group(1)]
        if index < len(victims):
            return (victims[index].name,)
        return ()
    named = tuple(v.name for v in victims if v.name.lower() in lowered)
    if named and len(named) < len(victims):
        return named
    return ()


def _article_order(ref: ArticleRef) -> tuple[int, str]:
    return ref.sort_key
