"""Reading the people a decision names: authors, victims (with what the text says about them:
date or year of birth, nationality, relation to the author) and counsel.

Conventions: "The author of the communication is Azimjan Askarov, a national of Kyrgyzstan
born in 1951."; "The authors ... are A, B and C, all nationals of Belarus born in 1975, 1952
and 1957 respectively."; "The complainants are D.C., a national of Georgia born on 10 May
1955, and his son D.E., ..."; "She submits the communication on behalf of her son, X";
"The author is (not) represented by counsel(, X)"; the cover block's "Communication
submitted by: X (represented by counsel, Y)" and "Alleged victim(s): The author".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.importers.decision_model import INITIALS_NAME, Confidence, Found, PersonFound
from app.importers.decision_text import (
    DEMONYMS,
    country_name,
    find_countries,
    find_dates,
    squash,
)
from app.vocab import PartyRole

PARTY_NOUN = r"(?:authors?|complainants?|petitioners?|victims?|applicants?)"


INTRO = re.compile(
    rf"^(?:The\s+)?(?P<who>{PARTY_NOUN})(?:\s+of\s+the\s+(?:communication|complaint|petition)s?)?"
    r"\s*,?\s+(?:is|are|was|were)\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
SUBMITTED_BY = re.compile(
    r"^The\s+(?:communication|complaint|petition)\s+(?:is|was)\s+submitted\s+by\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
ON_BEHALF = re.compile(
    r"\bon\s+(?P<own>(?:his|her|their)\s+own\s+behalf\s+and\s+(?:on\s+behalf\s+)?of\s+"
    r"|behalf\s+of\s+)(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
REPRESENTED = re.compile(
    r"\b(?:is|are|was|were)\s+(?P<neg>not\s+)?represented(?:\s+by\s+(?P<by>[^.;]+))?",
    re.IGNORECASE,
)
COVER_REPRESENTED = re.compile(
    r"\((?P<neg>not\s+)?represented(?:\s+by\s+(?P<by>[^)]+))?\)", re.IGNORECASE
)
GENERIC_COUNSEL = re.compile(
    r"^(?:counsel|a\s+lawyer|lawyers|an?\s+attorney|attorneys|legal\s+counsel|"
    r"(?:a\s+)?representatives?)$",
    re.IGNORECASE,
)
_ATTRIBUTE_START = re.compile(
    r"^(?:a|an|also|all|both|each|born|who|whose|which|acting|represented|on\s+behalf|"
    r"nationals?|citizens?|residing|resident|currently|at\s+the\s+time|aged|hereinafter|"
    r"respectively|the\s+(?:first|second|third|latter|former)|of\s+(?:the|a)|"
    r"(?:his|her|their)\s+(?:own|wife|husband|son|daughter|mother|father)\s*$)(?=[\s,]|$)|^\d",
    re.IGNORECASE,
)
_RELATION = re.compile(
    r"^(?:(?:his|her|their|the\s+(?:author|complainant|petitioner)s?[’']s?)\s+)?"
    r"(?:(?:late|deceased|minor|elder|younger)\s+)?"
    r"(?P<rel>sons?|daughters?|wife|husband|mother|father|brothers?|sisters?|spouse|partner|"
    r"child|children|grandsons?|granddaughters?|grandmother|grandfather|nephew|niece|uncle|"
    r"aunt|cousin|parents?)\b\s*,?\s*",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Mme|Dr|Messrs|Mmes|Mses)\.?\s+")
_NAME_TOKEN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐЎҚҒҮҰӘӨҺ][\w’'\-.]*|(?:[A-Z]\.){1,4})")
_PARTICLES = frozenset(
    [
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "der", "den", "van", "von",
        "bin", "binti", "ibn", "al", "el", "ul", "la", "le", "y", "e", "uulu", "kyzy", "ogly",
        "oglu", "ugli", "qizi", "zu", "ten", "ter",
    ]
)  # fmt: skip
_NOT_NAMES = frozenset(
    [
        "The", "A", "An", "State", "Committee", "Covenant", "Convention", "Optional",
        "Protocol", "He", "She", "They", "His", "Her", "Their", "It", "In", "On", "Both", "All",
        "Also", "Article", "Articles", "Communication", "Government", "Republic", "Ministry",
        "Court", "Office", "Mr", "Ms", "Mrs",
    ]
)  # fmt: skip
_BORN = re.compile(r"\bborn\s+(?:on|in)\s+", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NATIONAL_OF = re.compile(r"\b(?:nationals?|citizens?)\s+of\s+", re.IGNORECASE)
_DEMONYM_NATIONAL = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")\s+"
    r"(?:nationals?|citizens?|nationality)\b"
)


@dataclass
class PersonDraft:
    name: str
    relation: str = ""
    nationality: str | None = None
    date_of_birth: date | None = None
    year_of_birth: int | None = None


def _split_parts(text: str) -> list[str]:
    """Comma-separated parts, not splitting inside parentheses; a part that starts with a
    digit (a list of years or dates) joins the part before it."""
    parts: list[str] = []
    depth = 0
    buffer: list[str] = []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            parts.append("".join(buffer))
            buffer = []
            continue
        buffer.append(ch)
    parts.append("".join(buffer))
    joined: list[str] = []
    for part in parts:
        stripped = part.strip()
        if joined and re.match(r"^(?:and\s+)?\d", stripped):
            joined[-1] = f"{joined[-1]}, {stripped}"
        elif stripped:
            joined.append(stripped)
    return joined


def _name_prefix(piece: str) -> tuple[str, str]:
    """The personal name at the start of `piece`, and the rest."""
    tokens = piece.split()
    taken: list[str] = []
    for token in tokens:
        bare = token.rstrip(",;:")
        if (_NAME_TOKEN.fullmatch(bare) and bare.rstrip(".") not in _NOT_NAMES) or (
            taken and bare.lower() in _PARTICLES
        ):
            taken.append(bare)
            if len(taken) >= 8 or bare != token:
                break
            continue
        break
    while taken and taken[-1].lower() in _PARTICLES:
        taken.pop()
    if not taken:
        return "", piece
    rest = piece.split(None, len(taken))
    return " ".join(taken), (rest[len(taken)] if len(rest) > len(taken) else "")


def people_from(text: str) -> list[PersonDraft]:
    """People named in "Ekaterina Tolchina, ..., and Vladimir Shitikov, all nationals of
    Belarus born in 1975, ... respectively" or "D.C., a national of Georgia born on 10 May
    1955, and his son D.E., also a national of Georgia, born on 21 March 1980"."""
    text = text.strip().rstrip(".")
    people: list[PersonDraft] = []
    group: list[PersonDraft] = []
    attributes_seen = False
    for part in _split_parts(text):
        bare = re.sub(r"^(?:and|as\s+well\s+as)\s+", "", part, flags=re.I).strip()
        if _ATTRIBUTE_START.match(bare) and not _RELATION.match(bare):
            if group:
                _apply_attributes(group, bare)
                attributes_seen = True
            if re.match(r"^(?:who|whose|which|acting|on\s+behalf)\b", bare, re.I):
                break
            continue
        named = _names_in(bare)
        if not named:
            if people:
                break
            continue
        if attributes_seen or not group or _RELATION.match(bare):
            group = []
            attributes_seen = False
        for draft, remainder in named:
            people.append(draft)
            group.append(draft)
            if remainder:
                _apply_attributes([draft], remainder)
    return people


def _names_in(part: str) -> list[tuple[PersonDraft, str]]:
    found: list[tuple[PersonDraft, str]] = []
    for piece in re.split(r"\s+(?:and|&)\s+", part):
        piece = piece.strip()
        relation = ""
        match = _RELATION.match(piece)
        if match is not None:
            relation = match.group("rel").lower()
            piece = piece[match.end() :]
        piece = _HONORIFIC.sub("", piece)
        name, rest = _name_prefix(piece)
        if not name:
            continue
        found.append((PersonDraft(name=name, relation=relation), rest))
    return found


def _apply_attributes(group: list[PersonDraft], text: str) -> None:
    national = _NATIONAL_OF.search(text)
    code = None
    if national is not None:
        countries = find_countries(text[national.end() :])
        if countries and countries[0].start <= 4:
            code = countries[0].code
    if code is None:
        demonym = _DEMONYM_NATIONAL.search(text)
        if demonym is not None:
            code = DEMONYMS[demonym.group(1)]
    if code is not None:
        for draft in group:
            draft.nationality = draft.nationality or code
    born = _BORN.search(text)
    if born is None:
        return
    tail = text[born.end() :]
    stop = re.search(r"\b(?:respectively|who|and\s+(?:is|are|was|were))\b", tail)
    span = tail[: stop.start()] if stop else tail
    dates = find_dates(span)
    if dates:
        values: list[date | int] = [d.value for d in dates]
    else:
        values = [int(y) for y in _YEAR.findall(span)]
    if not values:
        return
    if len(values) == len(group):
        pairs = list(zip(group, values, strict=True))
    elif len(values) == 1:
        pairs = [(draft, values[0]) for draft in group]
    else:
        return
    for draft, value in pairs:
        if isinstance(value, date):
            draft.date_of_birth = value
            draft.year_of_birth = value.year
        else:
            draft.year_of_birth = value


def draft_index(drafts: Sequence[PersonDraft], name: str) -> int | None:
    wanted = squash(name).lower()
    for i, draft in enumerate(drafts):
        if squash(draft.name).lower() == wanted:
            return i
    return None


def cover_victims(text: str, authors: list[PersonDraft]) -> list[PersonDraft]:
    """The victims a cover block names; the authors when it says "The author(s)"."""
    if not text:
        return []
    if re.match(rf"^\s*(?:the\s+)?{PARTY_NOUN}\s*$", text, re.I):
        return list(authors)
    cleaned = re.sub(r"\([^)]*\)", "", text)
    cleaned = re.sub(rf"\b(?:the\s+)?{PARTY_NOUN}\b", "", cleaned, flags=re.I)
    drafts = people_from(cleaned)
    if re.search(rf"\bthe\s+{PARTY_NOUN}\b", text, re.I):
        drafts = [*authors, *drafts]
    return drafts


def make_person(
    draft: PersonDraft, role: PartyRole, source: str, where: str, confidence: Confidence
) -> PersonFound:
    relation = draft.relation
    warning = ""
    if INITIALS_NAME.fullmatch(draft.name):
        warning = (
            f"The decision names this person by initials only ({draft.name}): "
            "enter the full name in the registry if you know it."
        )
    return PersonFound(
        name=draft.name,
        role=role,
        date_of_birth=draft.date_of_birth,
        year_of_birth=draft.year_of_birth,
        nationality=draft.nationality,
        relation=relation,
        source=source,
        where=where,
        confidence=confidence,
        warning=warning,
    )


def counsel_names(text: str) -> list[tuple[str, str]]:
    """ "Natalia Ablova, of the Kyrgyz Committee for Human Rights" -> [(name, affiliation)];
    an organisation ("Open Society Justice Initiative") is returned as the name."""
    text = squash(text).strip(" .,;")
    affiliation = ""
    split = re.split(r",\s+(?=(?:of|from)\s)", text, maxsplit=1)
    if len(split) == 2:
        text, affiliation = split[0], split[1]
    names: list[tuple[str, str]] = []
    for piece in re.split(r",\s+|\s+and\s+", text):
        piece = _HONORIFIC.sub("", piece.strip())
        if piece and not GENERIC_COUNSEL.match(piece) and piece[:1].isupper():
            names.append((piece[:255], affiliation))
    return names


def title_of(people: Sequence[PersonFound], state: Found[str] | None) -> Found[str] | None:
    authors = [p for p in people if p.is_author] or [p for p in people if p.is_victim]
    if not authors or state is None:
        return None

    def short(person: PersonFound) -> str:
        if INITIALS_NAME.fullmatch(person.name):
            return person.name
        words = [w for w in person.name.split() if w.lower() not in _PARTICLES]
        return words[-1] if words else person.name

    if len(authors) == 1:
        who = short(authors[0])
    elif len(authors) == 2:
        who = f"{short(authors[0])} and {short(authors[1])}"
    else:
        who = f"{short(authors[0])} et al."
    value = f"{who} v. {country_name(state.value)}"
    return Found(value, "", "made from the authors and the State party", Confidence.MEDIUM)
