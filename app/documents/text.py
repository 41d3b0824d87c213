"""Text put into documents: only characters a Word file can hold, split into paragraphs."""

from __future__ import annotations

import re
from typing import Any

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 on, except the
# surrogates and U+FFFE/U+FFFF. Form feed and bell (which docxtpl would turn into page and
# paragraph breaks) and vertical tab (Word's soft line break, pasted from Word) go too.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """`value` safe for a DOCX or PDF: CRLF -> LF, vertical tab -> LF, illegal characters gone."""
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    return _ILLEGAL.sub("", value)


def paragraphs(value: str) -> list[str]:
    """The non-empty lines of `value`, each a paragraph of its own."""
    return [line.strip() for line in clean_text(value).split("\n") if line.strip()]


def one_line(value: str) -> str:
    """`value` on one line (for table cells and headings)."""
    return " ".join(clean_text(value).split())


def clean_context(value: Any) -> Any:
    """A copy of a context (dicts, lists, strings, numbers) with every string cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: clean_context(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_context(v) for v in value]
    return value
