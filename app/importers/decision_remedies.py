"""Reading the remedies a decision asks for, and the follow-up period.

The remedy paragraphs follow the operative paragraph: "Pursuant to article 2 (3) (a) of the
Covenant, the State party is under an obligation to provide the author with an effective
remedy. ... Accordingly, the State party is obligated, inter alia, to ...; ...; and ...";
CAT: "the Committee urges the State party to ..."; CEDAW: "(a) Concerning the author: (i)
...; (b) General: (i) ...". Each sentence is cut into clauses, each clause read for the
measures it orders (compensation, investigation, prosecution, review of conviction,
reimbursement, release, rehabilitation, restitution, protection, non-repetition,
legislative change, publication) and whether they are individual or general. The
follow-up request: "within 180 days", "within six months", "within 90 days from the date
of the transmittal".
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.importers.decision_model import FollowUpPeriod, RemedyFound
from app.importers.decision_people import PARTY_NOUN
from app.importers.decision_text import split_sentences, squash
from app.vocab import PeriodUnit, RemedyKind, RemedyScope

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90, "hundred": 100,
    "eighty": 80,
}  # fmt: skip
_FOLLOW_UP = re.compile(
    r"\bwithin\s+(?:a\s+(?:period|time\s+limit)\s+of\s+)?(?:the\s+next\s+)?"
    r"(?P<n>\d{1,3}|[a-z]+(?:[ -](?:and[ -])?[a-z]+){0,3}?)"
    r"(?:\s?\(\d{1,3}\))?\s(?P<unit>days?|months?|weeks?|years?)\b",
    re.IGNORECASE,
)
_FOLLOW_UP_TOPIC = re.compile(
    r"\b(?:information|inform|informed|report|reply|respond|submit|measures\s+taken|steps)\b",
    re.IGNORECASE,
)
_FROM_TRANSMITTAL = re.compile(r"\btransmi(?:ttal|ssion|tted)\b", re.IGNORECASE)


_REMEDY_PATTERNS: tuple[tuple[RemedyKind, str], ...] = (
    (
        RemedyKind.RELEASE,
        r"\breleas(?:e|ed|ing)\b(?<!press release)|\bset\s+(?:him|her|them|the\s+\w+)\s+free\b",
    ),
    (
        RemedyKind.REVIEW_OF_CONVICTION,
        r"\bquash\w*|\bre-?trial\b|\bnew\s+trial\b|\bset(?:ting)?\s+aside\b[^.;]{0,40}?"
        r"\b(?:conviction|sentence|verdict|judgment)|\breview\w*\s+(?:of\s+)?(?:the\s+|his\s+|"
        r"her\s+|their\s+|its\s+)?(?:\w+’s?\s+|\w+s’\s+)?(?:conviction|sentence|verdict|"
        r"criminal\s+case)|\bannul\w*|\bvacat(?:e|ing)\s+(?:the|his|her)\b|\breopen\w*\s+"
        r"(?:the|his|her|their)\s+(?:criminal\s+)?(?:case|proceedings|trial)",
    ),
    (
        RemedyKind.REIMBURSEMENT,
        r"\breimburs\w*|\brefund\w*|\b(?:legal|court|litigation|judicial)\s+(?:costs|fees|"
        r"expenses)\b|\bthe\s+fines?\b|\bfines?\s+(?:imposed|paid|levied)",
    ),
    (RemedyKind.COMPENSATION, r"\bcompensat\w*|\bindemni\w*|\bmonetary\s+(?:award|damages)"),
    (
        RemedyKind.INVESTIGATION,
        r"\binvestigat\w*|\binquir(?:y|ies)\b|\benquir(?:y|ies)\b|\bfate\s+and\s+whereabouts\b"
        r"|\blocate\b",
    ),
    (
        RemedyKind.PROSECUTION,
        r"\bprosecut\w*|\bbring\w*\b[^.;]{0,80}?\bto\s+justice\b|\bpunish\w*"
        r"|\bhold\w*\s+(?:those|the\s+perpetrators|the\s+persons)\b[^.;]{0,40}?"
        r"\b(?:accountable|responsible)\b|\bdisciplinary\s+(?:and\s+criminal\s+)?"
        r"(?:action|measures|proceedings|sanctions)",
    ),
    (
        RemedyKind.REHABILITATION,
        r"\brehabilitat\w*|\bpsycholog\w*\s+(?:support|care|assistance|treatment)"
        r"|\bmedical\s+(?:and\s+psychological\s+)?(?:care|treatment|assistance)",
    ),
    (
        RemedyKind.RESTITUTION,
        r"\brestitution\b|\breinstat\w*|\brestor\w*\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?"
        r"(?:property|land|home|housing|citizenship|passport|pension|benefits|employment|"
        r"position|licen[cs]e|registration)|\breturn\w*\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|"
        r"their\s+)?(?:property|passport|land|assets|belongings|documents|confiscated)",
    ),
    (
        RemedyKind.PROTECTION,
        r"\bprotect\w*\s+(?:the\s+)?(?:\w+\s+)?(?:author|complainant|petitioner|victim|him|her|"
        r"them|family|relatives|witness)\w*|\breprisals?\b|\bintimidation\b"
        r"|\brefrain\s+from\s+(?:any\s+)?(?:acts?\s+of\s+)?(?:pressure|intimidation|harassment|"
        r"reprisal)",
    ),
    (
        RemedyKind.LEGISLATIVE_CHANGE,
        r"\b(?:revis|review|amend|align|harmoni[sz]|bring|adopt|repeal|chang|modif|reform|"
        r"enact|introduc)\w*\s+(?:[\w’-]+\s+){0,4}?(?:legislation|laws?|legal\s+framework|"
        r"normative\s+framework|regulatory\s+framework|regulations?|legislative|"
        r"Code|statutes?)\b|\blegislative\s+(?:measures|amendments?|changes|reform)"
        r"|\b(?:its|the|national|domestic)\s+legislation\b",
    ),
    (
        RemedyKind.NON_REPETITION,
        r"\bprevent\w*\b[^.;]{0,50}?\b(?:similar|such|the\s+same|comparable|further)\s+"
        r"violations|\bnon-repetition\b|\b(?:similar|such)\s+violations\b[^.;]{0,60}?"
        r"\b(?:future|recur\w*|occur\w*)|\bavoid\w*\s+(?:similar|such)\s+violations"
        r"|\btrain\w*\b|\bdo\s+not\s+recur\b",
    ),
    (
        RemedyKind.PUBLICATION,
        r"\bpublish\w*|\bpublication\b|\bdisseminat\w*|\btranslat\w*|\bwidely\s+available"
        r"|\bmake\s+(?:the\s+present\s+|these\s+)?(?:Views|decision)\s+(?:public|available)",
    ),
)
_REMEDY_RES: tuple[tuple[RemedyKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _REMEDY_PATTERNS
)
_GENERAL_KINDS = frozenset(
    {RemedyKind.NON_REPETITION, RemedyKind.LEGISLATIVE_CHANGE, RemedyKind.PUBLICATION}
)
_GENERAL_HINT = re.compile(
    r"\ball\s+(?:persons|individuals|detainees|prisoners|people)\b|\bsystemic\b|\bin\s+the\s+"
    r"future\b|\bsimilar\s+(?:violations|situations|cases)\b|\bgeneral\s+measures\b",
    re.IGNORECASE,
)
GENERIC_REMEDY = re.compile(
    r"\beffective\s+(?:and\s+enforceable\s+)?remedy\b|\bfull\s+reparation\b|\breparation\b"
    r"|\bappropriate\s+remedy\b",
    re.IGNORECASE,
)
OBLIGATION = re.compile(
    r"\b(?:obligation|obligated|obliged|required?|requests?|requested|urges?|recommends?|"
    r"should|invites?|must|calls?\s+(?:up)?on|is\s+to|undertake)\b",
    re.IGNORECASE,
)
_REMEDY_LEAD = re.compile(
    r"^.*?\b(?:is\s+(?:also\s+)?(?:under\s+an\s+obligation|obligated|obliged|required|"
    r"requested)|urges\s+the\s+State\s+[Pp]arty|requests\s+the\s+State\s+[Pp]arty|"
    r"recommends\s+that\s+the\s+State\s+[Pp]arty|invites\s+the\s+State\s+[Pp]arty|"
    r"calls\s+(?:up)?on\s+the\s+State\s+[Pp]arty|should)\b(?:,?\s*inter\s+alia,?)?\s*",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r";\s*"
    r"|,?\s+(?=(?:including|as\s+well\s+as|with\s+a\s+view\s+to|in\s+particular\s+by)\b)"
    r"|,?\s+and\s+(?=to\s+[a-z])"
    r"|,?\s+and\s+(?=(?:provide|take|ensure|conduct|carry|release|quash|review|revise|publish|"
    r"guarantee|grant|pay|prosecute|investigate|adopt|amend|bring|reimburse|restore|return|"
    r"refrain|prevent|disseminate|translate|make)\b)",
    re.IGNORECASE,
)
_CLAUSE_LEAD = re.compile(
    r"^(?:[,:]|and\b|as\s+well\s+as\b|also\b|including\b|with\s+a\s+view\s+to\b|"
    r"in\s+particular\s+by\b|\((?:[a-z]|[ivx]+)\)|to\b\s*:?|by\s+(?=\w+ing\b)|\s)+",
    re.IGNORECASE,
)
_BENEFICIARY = re.compile(
    rf"\b(?:the\s+)?(?:(?:first|second|third|fourth)\s+)?{PARTY_NOUN}(?![’'\w])"
    r"(?:\s+and\s+(?:his|her|their)\s+(?:family|families|relatives|\w+))?",
    re.IGNORECASE,
)
_GIVEN_TO = re.compile(
    r"\b(?:provide|grant|pay|afford|offer|ensure)\s+(?P<who>(?:the\s+)?(?:(?:first|second|"
    rf"third|fourth)\s+)?{PARTY_NOUN}(?![’'\w]))",
    re.IGNORECASE,
)
NOT_REMEDY = re.compile(
    r"\bbe\s+transmitted\s+to\s+the\s+State\s+[Pp]arty\b|\bwishes\s+to\s+receive\b",
    re.IGNORECASE,
)
LIST_HEADING = re.compile(
    r"\((?:[a-z]|[ivx]+)\)\s*(?P<head>General|Concerning\s+the\s+(?:authors?|complainants?|"
    r"victims?|petitioners?)|Regarding\s+the\s+\w+|In\s+general)\s*:",
    re.IGNORECASE,
)


def remedy_sentences(text: str) -> list[str]:
    """Sentences of a remedy paragraph; lettered lists ("(a) ...; (b) ...") are split too."""
    sentences: list[str] = []
    for sentence in split_sentences(text):
        parts = re.split(r";\s*(?=\((?:[a-z]|[ivx]+)\)\s)", sentence)
        sentences.extend(p for p in parts if p.strip())
    return sentences


def follow_up_period(sentence: str) -> FollowUpPeriod | None:
    match = _FOLLOW_UP.search(sentence)
    if match is None or not _FOLLOW_UP_TOPIC.search(sentence):
        return None
    value = _number(match.group("n"))
    if value is None or value <= 0:
        return None
    unit_word = match.group("unit").lower()
    if unit_word.startswith("week"):
        value, unit = value * 7, PeriodUnit.DAYS
    elif unit_word.startswith("month"):
        unit = PeriodUnit.MONTHS
    elif unit_word.startswith("year"):
        unit = PeriodUnit.YEARS
    else:
        unit = PeriodUnit.DAYS
    return FollowUpPeriod(value, unit, bool(_FROM_TRANSMITTAL.search(sentence[match.end() :])))


def _number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", text):
        if not word or word == "and":
            continue
        if word == "hundred":
            current = max(current, 1) * 100
            continue
        if word == "forty-five":
            current += 45
            continue
        value = _NUMBER_WORDS.get(word)
        if value is None:
            return None
        current += value
    total += current
    return total or None


def remedy_text(clause: str) -> str:
    """The measure itself: "provide the author with adequate compensation", without the
    lead-in ("Accordingly, the State party is obligated, inter alia, to")."""
    text = _REMEDY_LEAD.sub("", clause, count=1)
    text = re.sub(r"^\s*[\w\s]{0,40}?:\s*(?=\()", "", text)  # "Concerning the author: (i)"
    text = _CLAUSE_LEAD.sub("", text).strip().rstrip(".;,:")
    if len(text.split()) < 2:
        text = clause.strip().rstrip(".;,")
    return text[:1].upper() + text[1:]


def beneficiary(clause: str, sentence: str) -> str:
    """Who an individual remedy is for: named in its clause, else the person the sentence
    provides for ("provide the complainants with an effective remedy, including ...")."""
    match = _BENEFICIARY.search(clause)
    if match is not None:
        return squash(match.group(0))
    given = _GIVEN_TO.search(sentence)
    if given is not None:
        return squash(given.group("who"))
    match = _BENEFICIARY.search(sentence)
    return squash(match.group(0)) if match is not None else ""


def _clauses(sentence: str) -> list[str]:
    parts = [p for p in _CLAUSE_BREAK.split(sentence) if p and p.strip()]
    return [_CLAUSE_LEAD.sub("", p).strip() for p in parts if _CLAUSE_LEAD.sub("", p).strip()]


def remedies_in(
    sentence: str,
    where: str,
    scope_context: RemedyScope | None,
    *,
    only_publication: bool = False,
) -> list[RemedyFound]:
    found: list[RemedyFound] = []
    for clause in _clauses(sentence):
        if only_publication and _FOLLOW_UP.search(clause):
            continue
        kinds = [kind for kind, pattern in _REMEDY_RES if pattern.search(clause)]
        if only_publication:
            kinds = [k for k in kinds if k is RemedyKind.PUBLICATION]
        if RemedyKind.LEGISLATIVE_CHANGE in kinds and RemedyKind.NON_REPETITION in kinds:
            kinds.remove(RemedyKind.NON_REPETITION)
        for kind in kinds:
            if scope_context is not None:
                scope = scope_context
            elif kind in _GENERAL_KINDS or _GENERAL_HINT.search(clause):
                scope = RemedyScope.GENERAL
            else:
                scope = RemedyScope.INDIVIDUAL
            found.append(
                RemedyFound(
                    kind=kind,
                    scope=scope,
                    text=remedy_text(clause),
                    source=sentence,
                    where=where,
                    beneficiaries=beneficiary(clause, sentence)
                    if scope is RemedyScope.INDIVIDUAL
                    else "",
                )
            )
    return found


def merge_remedies(remedies: list[RemedyFound]) -> list[RemedyFound]:
    """One remedy per kind and scope, in order of first appearance; later mentions of the
    same kind add their text, so that every sentence stays visible."""
    merged: dict[tuple[RemedyKind, RemedyScope], RemedyFound] = {}
    for remedy in remedies:
        key = (remedy.kind, remedy.scope)
        if key not in merged:
            merged[key] = remedy
            continue
        first = merged[key]
        extra = remedy.text[:1].lower() + remedy.text[1:]
        text = first.text if remedy.text in first.text else f"{first.text}; {extra}"
        source = (
            first.source if remedy.source in first.source else f"{first.source} {remedy.source}"
        )
        merged[key] = replace(first, text=text, source=source)
    return list(merged.values())
