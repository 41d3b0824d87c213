"""Consent in documents: who may be named, and keeping the others' names out of free text.

A person who has not consented to be named appears by pseudonym or initials everywhere: in
sentences, tables and notes. Names can also hide in what a user typed (a case summary, an
NGO narrative, an evidence note), so every free text put into a document goes through
`Namer.scrub`, which replaces

- the full name and the name in original script of every person who may not be named (the
  whole database is searched, not only the document's own cases), and
- for the people of the document's own cases, their surname standing alone ("Davletov was
  beaten") — unless a person who may be named in the same document bears it too.

It cannot catch a nickname or a misspelling: the preview warns that typed texts are
printed as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.services.dto import PersonDTO, initials

_WORD = re.compile(r"\w+")
# What may stand between the words of a name in running text.
_GAP = re.compile(r"[\s\-\u00a0]+")


@dataclass(frozen=True)
class HiddenName:
    """A name that must not appear, and what to print instead."""

    full_name: str
    original_script_name: str
    public_name: str


def public_name(person: PersonDTO, *, redact_all: bool = False) -> str:
    """The pseudonym or initials; the real name only with consent (and not when redacting all)."""
    if redact_all:
        return person.pseudonym or initials(person.full_name)
    return person.public_name


class Namer:
    """Names the people of one document as their consent allows; scrubs free text."""

    def __init__(self, *, lang: str, redact_all: bool = False) -> None:
        self.lang = lang
        self.redact_all = redact_all
        self._own: dict[int, PersonDTO] = {}
        self._hidden: list[HiddenName] = []
        self._index: (
            tuple[dict[tuple[str, str], list[tuple[tuple[str, ...], str]]], dict[str, str]] | None
        ) = None
        self._shown_public: set[int] = set()
        self._scrubbed = 0

    # ------------------------------------------------------------ who is in the document

    def add_people(self, people: Iterable[PersonDTO]) -> None:
        """The people of the document's own cases."""
        for person in people:
            self._own[person.id] = person
        self._index = None

    def add_hidden(self, names: Iterable[HiddenName]) -> None:
        """Names from anywhere in the database that may not be printed."""
        self._hidden.extend(names)
        self._index = None

    def may_name(self, person: PersonDTO) -> bool:
        return person.consent_to_be_named and not self.redact_all

    def name(self, person: PersonDTO) -> str:
        """How `person` is printed in this document."""
        if not self.may_name(person):
            self._shown_public.add(person.id)
            return public_name(person, redact_all=self.redact_all)
        if self.lang == "ru" and person.original_script_name.strip():
            return person.original_script_name.strip()
        return person.full_name

    @property
    def redacted(self) -> bool:
        """Whether anyone in the document appears by pseudonym or initials."""
        return bool(self._shown_public) or self._scrubbed > 0

    @property
    def shown_by_public_name(self) -> list[PersonDTO]:
        """The people printed by pseudonym or initials so far."""
        return [self._own[i] for i in sorted(self._shown_public) if i in self._own]

    @property
    def scrubbed(self) -> int:
        """How many names were replaced in free text."""
        return self._scrubbed

    # ------------------------------------------------------------ free text

    def scrub(self, text: str) -> str:
        """`text` with every name that may not appear replaced by the person's public name."""
        if not text:
            return text
        multi, single = self._build_index()
        if not multi and not single:
            return text
        words = list(_WORD.finditer(text))
        if not words:
            return text
        out: list[str] = []
        last = 0
        i = 0
        while i < len(words):
            match = self._match_at(text, words, i, multi, single)
            if match is None:
                i += 1
                continue
            length, replacement = match
            out.append(text[last : words[i].start()])
            out.append(replacement)
            last = words[i + length - 1].end()
            self._scrubbed += 1
            i += length
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    @staticmethod
    def _joined(text: str, words: list[re.Match[str]], k: int) -> bool:
        """Whether words k and k+1 are separated only by spaces or a hyphen."""
        return _GAP.fullmatch(text[words[k].end() : words[k + 1].start()]) is not None

    def _match_at(
        self,
        text: str,
        words: list[re.Match[str]],
        i: int,
        multi: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]],
        single: dict[str, str],
    ) -> tuple[int, str] | None:
        first = words[i].group()
        if i + 1 < len(words) and self._joined(text, words, i):
            key = (first.casefold(), words[i + 1].group().casefold())
            for tokens, replacement in multi.get(key, ()):  # longest first
                n = len(tokens)
                if i + n > len(words):
                    continue
                if all(
                    self._joined(text, words, i + k - 1)
                    and words[i + k].group().casefold() == tokens[k]
                    for k in range(2, n)
                ):
                    return n, replacement
        # A surname alone: only as a capitalised word, never inside an ordinary one.
        replacement = single.get(first.casefold())
        if replacement is not None and first[:1].isupper():
            return 1, replacement
        return None

    def _build_index(
        self,
    ) -> tuple[dict[tuple[str, str], list[tuple[tuple[str, ...], str]]], dict[str, str]]:
        if self._index is not None:
            return self._index
        entries: dict[tuple[str, ...], str] = {}

        def add(name: str, replacement: str) -> None:
            tokens = tuple(w.casefold() for w in _WORD.findall(name))
            if len(tokens) >= 2 and tokens not in entries:
                entries[tokens] = replacement

        for hidden in self._hidden:
            if self.redact_all or hidden.public_name != hidden.full_name:
                add(hidden.full_name, hidden.public_name)
                add(hidden.original_script_name, hidden.public_name)
        hidden_own = [p for p in self._own.values() if not self.may_name(p)]
        for person in hidden_own:
            replacement = public_name(person, redact_all=self.redact_all)
            add(person.full_name, replacement)
            add(person.original_script_name, replacement)
        # Surnames alone, for the document's own people, unless someone named shares them.
        named_words = {
            w.casefold()
            for p in self._own.values()
            if self.may_name(p)
            for name in (p.full_name, p.original_script_name)
            for w in _WORD.findall(name)
        }
        for person in hidden_own:
            replacement = public_name(person, redact_all=self.redact_all)
            for name in (person.full_name, person.original_script_name):
                words = _WORD.findall(name)
                if not words:
                    continue
                surname = words[-1].casefold()
                if len(surname) >= 3 and surname not in named_words and (surname,) not in entries:
                    entries[(surname,)] = replacement
        multi: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        single: dict[str, str] = {}
        for tokens, replacement in entries.items():
            if len(tokens) == 1:
                single[tokens[0]] = replacement
            else:
                multi.setdefault(tokens[:2], []).append((tokens, replacement))
        for candidates in multi.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self._index = (multi, single)
        return self._index
