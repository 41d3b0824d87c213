"""The documents service: requests checked, progress reported, files registered and verified."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.crypto import DocumentCipher, DocumentStore, is_encrypted_file
from app.errors import DomainError, NotFoundError
from app.services.documents import GenerateRequest, ShadowSectionInput
from tests.documents.conftest import Demo, docx_text


def test_generate_reports_progress_and_registers(fresh_demo: Demo, tmp_path: Path) -> None:
    documents = fresh_demo.services.documents
    steps: list[tuple[int, str]] = []
    case_id = fresh_demo.case_id("KZ-CCPR-2137")
    out = tmp_path / "exports" / "letter.docx"
    doc = documents.generate(
        GenerateRequest(kind="followup_letter", case_id=case_id),
        progress=lambda pct, text: steps.append((pct, text)),
        export_to=out,
    )
    percents = [p for p, _t in steps]
    assert percents == sorted(percents) and percents[0] == 0 and percents[-1] == 100
    assert all(text for _p, text in steps)
    assert out.read_bytes() == documents.path_of(doc.id).read_bytes()
    assert documents.list() == [doc]
    assert documents.list(case_id=case_id) == [doc]
    assert documents.list(case_id=fresh_demo.case_id("KZ-CAT-433")) == []
    assert documents.get(doc.id) == doc
    assert len(doc.sha256) == 64 and doc.size == out.stat().st_size
    assert doc.created_by
    assert documents.verify(doc.id)


def test_verify_detects_a_changed_or_missing_file(fresh_demo: Demo) -> None:
    documents = fresh_demo.services.documents
    doc = documents.generate(GenerateRequest(kind="portfolio"))
    path = documents.path_of(doc.id)
    assert documents.verify(doc.id)
    path.write_bytes(path.read_bytes() + b"%tampered")
    assert not documents.verify(doc.id)
    path.unlink()
    assert not documents.verify(doc.id)
    with pytest.raises(NotFoundError):
        documents.verify(10_000)


def test_delete_forgets_the_document_and_its_file(fresh_demo: Demo) -> None:
    documents = fresh_demo.services.documents
    doc = documents.generate(GenerateRequest(kind="portfolio", lang="ru"))
    path = documents.path_of(doc.id)
    documents.delete(doc.id, expected_version=1)
    assert documents.list() == [] and not path.exists()


def test_encrypted_documents_folder(fresh_demo: Demo, tmp_path: Path) -> None:
    """With an encrypted database the document is stored encrypted; the viewer gets a copy."""
    documents = fresh_demo.services.documents
    store = DocumentStore(tmp_path / "vault", DocumentCipher("correct horse battery staple"))
    documents.use_store(store)
    try:
        doc = documents.generate(
            GenerateRequest(kind="followup_letter", case_id=fresh_demo.case_id("KZ-CCPR-2137"))
        )
        stored = store.path_of(doc.path)
        assert is_encrypted_file(stored)
        assert documents.verify(doc.id)
        copy = documents.path_of(doc.id)
        assert copy != stored
        assert "Toregozhina v. Kazakhstan" in docx_text(copy)
    finally:
        store.clear_temp()


def test_preview_says_what_will_be_included(demo: Demo) -> None:
    documents = demo.services.documents
    preview = documents.preview(
        GenerateRequest(kind="followup_letter", case_id=demo.case_id("ILI-2022-UZ23"))
    )
    assert preview.kind == "followup_letter" and preview.format == "docx"
    assert preview.template == "Built-in"
    assert preview.file_name == "2026-11-22_followup_letter_en.docx"
    assert "Per-victim table: 23 rows" in preview.includes
    assert "1 remedy: Compensation" in preview.includes
    assert preview.redacted
    assert any("19 people named in this document have not consented" in w for w in preview.warnings)
    assert any("not decided this case yet" in w for w in preview.warnings)
    assert any("strictly confidential" in w for w in preview.warnings)
    report = documents.preview(GenerateRequest(kind="shadow_report", review_id=demo.review_id))
    assert report.subject == "Kazakhstan, Third periodic report (CCPR/C/KAZ/CO/3)"
    assert any(
        "Article 7. Prohibition of torture" in i and "3 case(s)" in i for i in report.includes
    )
    assert any("no facts written yet" in w for w in report.warnings)


def test_preview_writes_nothing(fresh_demo: Demo) -> None:
    documents = fresh_demo.services.documents
    documents.preview(GenerateRequest(kind="portfolio"))
    assert documents.list() == []


def test_default_sections_follow_the_recommendations_the_ngo_follows(demo: Demo) -> None:
    sections = demo.services.documents.default_sections(demo.review_id)
    recs = {r.id: r for r in demo.services.reviews.recommendations(demo.review_id)}
    quoted = [recs[s.recommendation_ids[0]] for s in sections]
    assert [r.paragraph for r in quoted] == sorted(r.paragraph for r in quoted)
    assert all(r.is_followup or r.latest_grade for r in quoted)
    assert {12, 34, 52} <= {r.paragraph for r in quoted}
    refs = {c.id: c.reference for c in demo.services.listing.all_rows()}
    by_paragraph = {r.paragraph: s for r, s in zip(quoted, sections, strict=True)}
    assert by_paragraph[34].heading.startswith("Prohibition of torture")
    assert by_paragraph[34].article == "7"
    assert [refs[i] for i in by_paragraph[34].case_ids] == [
        "ILI-2022-UZ23",
        "KZ-CAT-433",
        "KZ-CAT-441",
    ]
    assert [refs[i] for i in by_paragraph[52].case_ids] == ["KZ-CCPR-2137"]
    assert by_paragraph[52].article == "2, 7, 21"


@pytest.mark.parametrize(
    ("request_fields", "field", "message"),
    [
        ({"kind": "memo"}, "kind", "is not a kind of document"),
        ({"kind": "followup_letter", "lang": "fr"}, "lang", r"English \(en\) or Russian"),
        ({"kind": "followup_letter"}, "case_id", "Choose the case"),
        ({"kind": "shadow_report"}, "review_id", "Choose the review"),
        ({"kind": "state_letter", "reply_within_days": 0}, "reply_within_days", "from 1 to 365"),
        ({"kind": "portfolio", "organisation": "x" * 300}, "organisation", "too long"),
        ({"kind": "portfolio", "case_ids": (10_000,)}, "case_ids", "no longer exist"),
    ],
)
def test_bad_requests(demo: Demo, request_fields: dict, field: str, message: str) -> None:
    fields = dict(request_fields)
    if fields["kind"] == "state_letter":
        fields["case_id"] = demo.case_id("KZ-CCPR-2137")
    with pytest.raises(DomainError, match=message) as err:
        demo.services.documents.generate(GenerateRequest(**fields))
    assert err.value.field == field


def test_missing_case_or_review(demo: Demo) -> None:
    with pytest.raises(NotFoundError):
        demo.services.documents.generate(GenerateRequest(kind="followup_letter", case_id=10_000))
    with pytest.raises(NotFoundError):
        demo.services.documents.generate(GenerateRequest(kind="shadow_report", review_id=10_000))


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"heading": "  "}, "heading", "needs a heading"),
        ({"heading": "x" * 301}, "heading", "heading is too long"),
        ({"article": "99"}, "article", "article 99 is not an article of the treaty"),
        ({"article": "seven"}, "articles", "is not an article number"),
        ({"recommendation_ids": (10_000,)}, "recommendation_ids", "not part of this review"),
        ({"case_ids": (10_000,)}, "case_ids", "cites a case that no longer exists"),
        (
            {"ngo_recommendations": ("Do this.", " ")},
            "ngo_recommendations",
            "recommendation 2 is empty",
        ),
        ({"number": 0}, "number", "from 1 to 999"),
    ],
)
def test_bad_sections(demo: Demo, overrides: dict, field: str, message: str) -> None:
    section = demo.torture_section(**overrides)
    with pytest.raises(DomainError, match=message) as err:
        demo.services.documents.generate(
            GenerateRequest(kind="shadow_report", review_id=demo.review_id, sections=(section,))
        )
    assert err.value.field == field


def test_a_section_is_written_one_at_a_time(demo: Demo) -> None:
    one = ShadowSectionInput(heading="One")
    with pytest.raises(DomainError, match="one at a time") as err:
        demo.services.documents.generate(
            GenerateRequest(kind="shadow_section", review_id=demo.review_id, sections=(one, one))
        )
    assert err.value.field == "sections"
    with pytest.raises(DomainError, match="one at a time"):
        demo.services.documents.generate(
            GenerateRequest(kind="shadow_section", review_id=demo.review_id)
        )


def test_export_needs_the_right_extension(fresh_demo: Demo, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="is a PDF file") as err:
        fresh_demo.services.documents.generate(
            GenerateRequest(kind="portfolio"), export_to=tmp_path / "portfolio.docx"
        )
    assert err.value.field == "output"
    assert fresh_demo.services.documents.list() == []
