"""The importer never crashes: any text, any bytes, any mangled decision gives a result or a
DomainError with a message, and the result can always be shown and printed as JSON."""

from __future__ import annotations

import json
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import DomainError
from app.importers.decision import DecisionImport, parse_decision
from app.importers.decision_text import (
    ArticleRef,
    article_mentions,
    find_dates,
    parse_article_list,
    split_sentences,
)
from app.importers.text_extract import extract_bytes
from tests.importers import decision_samples as samples

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words and marks the recognisers react to, so that random text reaches deep into them.
VOCABULARY = [
    "The", "author", "authors", "complainant", "of", "the", "communication", "is", "are",
    "Azimjan", "Askarov", "D.C.", "A.K.", "Mr.", "and", "his", "son", ",", ".", ";", ":",
    "a", "national", "Kazakhstan", "Russian Federation", "born", "in", "on", "1977",
    "10 May 1955", "31 February 2020", "article", "articles", "14", "(3)", "(b)", "(e)", "–",
    "paragraph", "read", "in conjunction with", "Covenant", "Convention", "Optional Protocol",
    "Committee", "acting under article 5 (4)", "is of the view that", "disclose",
    "a violation", "violations", "no violation", "inadmissible", "therefore decides:",
    "discontinue the consideration", "within", "180", "six", "days", "months",
    "information", "obligation", "provide", "compensation", "release", "quash",
    "investigation", "publish", "prevent similar violations", "State party:", "State party",
    "Date of adoption of Views:", "Communication submitted by:", "Alleged victim(s):",
    "(represented by counsel, X)", "represented by", "on behalf of her son", "CCPR/C/116/D/",
    "2231/2012", "CAT/C/60/D/573/2013", "-", "1.", "2.1", "9.", "\n", "\n\n", "\t", "[4]",
    "with regard to the second complainant", "both", "respectively", "Notes", "(",  ")",
]  # fmt: skip


@cache
def fixture_texts() -> tuple[str, ...]:
    texts = [p.read_text("utf-8") for p in sorted(samples.FIXTURES.glob("*.txt"))]
    return (*texts, samples.CCPR_VIEWS, samples.CEDAW_VIEWS, samples.JOINED_90_DAYS)


def check(text: str) -> DecisionImport | None:
    """parse_decision gives a usable result or a DomainError; nothing else."""
    try:
        result = parse_decision(text, source_name="fuzz.txt")
    except DomainError as exc:
        refused: DomainError | None = exc
    else:
        refused = None
    if refused is not None:
        assert refused.message and refused.field == "file"
        return None
    json.dumps(result.to_json())
    for row in result.preview_rows():
        assert isinstance(row.value, str) and isinstance(row.source, str)
    for ref in result.articles_violated.value if result.articles_violated else ():
        assert ArticleRef.parse(ref.label) == ref
    return result


@FUZZ
@given(st.text(max_size=3000))
def test_any_text(text: str) -> None:
    check(text)


@FUZZ
@given(st.lists(st.sampled_from(VOCABULARY), max_size=300).map(" ".join))
def test_decision_like_word_salad(text: str) -> None:
    check(text)


@FUZZ
@given(st.data())
def test_mangled_decisions(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(fixture_texts()))
    for _ in range(data.draw(st.integers(1, 6))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 2000)))
        insert = data.draw(st.text(max_size=40) | st.sampled_from(VOCABULARY))
        text = text[:start] + insert + text[end:]
    check(text)


@FUZZ
@given(st.data())
def test_truncated_decisions_keep_what_they_have(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(fixture_texts()))
    cut = data.draw(st.integers(0, len(text)))
    result = check(text[:cut])
    if result is not None and result.symbol is not None:
        assert result.symbol.value in text[:cut]  # read, never made up


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from(["x.txt", "x.docx", "x.pdf", "x.doc", "x"]))
def test_any_bytes(data: bytes, name: str) -> None:
    try:
        extracted = extract_bytes(data, name)
    except DomainError as exc:
        refused: DomainError | None = exc
    else:
        refused = None
        check(extracted.text)
    if refused is not None:
        assert refused.message and refused.field == "file"


@FUZZ
@given(
    st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b""]),
    st.binary(max_size=3000),
    st.sampled_from(["x.txt", "x.docx", "x.pdf"]),
)
def test_bytes_that_start_like_a_document(head: bytes, tail: bytes, name: str) -> None:
    try:
        extracted = extract_bytes(head + tail, name)
    except DomainError as exc:
        refused: DomainError | None = exc
    else:
        refused = None
        check(extracted.text)
    if refused is not None:
        assert refused.message and refused.field == "file"


@FUZZ
@given(st.text(max_size=500))
def test_helpers_never_crash(text: str) -> None:
    split_sentences(text)
    find_dates(text)
    parse_article_list(text)
    for mention in article_mentions(text):
        assert mention.refs
        assert all(ArticleRef.parse(r.label) == r for r in mention.refs)
