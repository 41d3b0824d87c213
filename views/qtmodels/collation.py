"""Sorting text as a reader expects, in every script: Unicode collation (ICU, through Qt).

A plain sort by code point puts "Ёлкин" after "Жанна", every lower-case Latin name after
every capital, and "item 10" before "item 9". QCollator follows the Unicode collation
algorithm: Ё sorts with Е, case is ignored, numbers compare as numbers; Latin, Cyrillic and
Arabic names each sort in their own alphabet's order. The "C" locale (often the one of a
test or a server) collates by code point, so English is used in its place.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt


@cache
def collator() -> QCollator:
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    result = QCollator(locale)
    result.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    result.setNumericMode(True)
    result.setIgnorePunctuation(False)
    return result


def sort_key(text: str) -> QCollatorSortKey:
    """A key for sorted(): compares as the collator does."""
    return collator().sortKey(text)
