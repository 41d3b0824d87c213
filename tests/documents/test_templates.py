"""Templates: the built-in ones, the user's own, and templates that are wrong."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document as new_docx

from app.documents.registry import BUILTIN_DIR, parse_template_name
from app.errors import DomainError
from app.services.documents import GenerateRequest
from tests.documents.conftest import Demo, docx_text

DOCX_KINDS = ("followup_letter", "state_letter", "shadow_section", "shadow_report")


def _template(path: Path, *paragraphs: str) -> Path:
    doc = new_docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


def _files(demo: Demo) -> set[Path]:
    root = demo.services.documents.store.root
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def test_builtin_templates_exist_for_every_docx_kind_and_language(demo: Demo) -> None:
    for kind in DOCX_KINDS:
        for lang in ("en", "ru"):
            (builtin,) = demo.services.documents.templates_for(kind, lang)
            assert builtin.builtin and builtin.path == BUILTIN_DIR / f"{kind}.{lang}.docx"
    assert demo.services.documents.templates_for("status_summary", "en") == []


def test_kinds_by_subject(demo: Demo) -> None:
    documents = demo.services.documents
    assert [k.key for k in documents.kinds("case")] == [
        "followup_letter",
        "state_letter",
        "status_summary",
    ]
    assert [k.key for k in documents.kinds("review")] == ["shadow_section", "shadow_report"]
    assert [k.key for k in documents.kinds("cases")] == ["portfolio"]
    assert len(documents.kinds()) == 6


def test_template_names() -> None:
    assert parse_template_name("followup_letter.en.docx") == ("followup_letter", "en", "")
    assert parse_template_name("state_letter.ru.formal v2.docx") == (
        "state_letter",
        "ru",
        "formal v2",
    )
    assert parse_template_name("status_summary.en.docx") is None  # PDF kinds take no template
    assert parse_template_name("letter.en.docx") is None
    assert parse_template_name("followup_letter.fr.docx") is None


def test_a_template_dropped_into_the_folder_appears_and_is_used(fresh_demo: Demo) -> None:
    documents = fresh_demo.services.documents
    folder = documents.templates_folder()
    _template(
        folder / "followup_letter.en.mine.docx", "OUR LETTERHEAD", "{{ case.title }} — {{ today }}"
    )
    shutil.copy(BUILTIN_DIR / "followup_letter.ru.docx", folder / "followup_letter.ru.docx")
    _template(folder / "notes.docx", "not a template name")
    (folder / "~$llowup_letter.en.mine.docx").write_bytes(b"word lock file")
    names = [t.display_name for t in documents.templates_for("followup_letter", "en")]
    assert names == ["Built-in", "mine (your templates folder)"]
    ru = documents.templates_for("followup_letter", "ru")
    assert [t.builtin for t in ru] == [True, False]
    assert [p.name for p in documents.ignored_templates()] == ["notes.docx"]
    mine = documents.templates_for("followup_letter", "en")[1]
    case_id = fresh_demo.case_id("KZ-CCPR-2137")
    path = fresh_demo.generate("followup_letter", "en", case_id=case_id, template=mine)
    assert docx_text(path) == "OUR LETTERHEAD\nToregozhina v. Kazakhstan — 22 November 2026"
    preview = documents.preview(
        GenerateRequest(kind="followup_letter", case_id=case_id, template=mine)
    )
    assert preview.template == "mine (your templates folder)"


def test_undefined_variable_names_template_and_variable_and_writes_nothing(
    fresh_demo: Demo, tmp_path: Path
) -> None:
    documents = fresh_demo.services.documents
    bad = _template(tmp_path / "followup_letter.en.typo.docx", "Dear {{ case.titel }},")
    before = _files(fresh_demo)
    with pytest.raises(DomainError) as err:
        documents.generate(
            GenerateRequest(
                kind="followup_letter", case_id=fresh_demo.case_id("KZ-CCPR-2137"), template=bad
            ),
            export_to=tmp_path / "out.docx",
        )
    message = str(err.value)
    assert "followup_letter.en.typo.docx" in message
    assert "“titel”" in message and "{{ case.titel }}" in message
    assert err.value.field == "template"
    assert _files(fresh_demo) == before
    assert not (tmp_path / "out.docx").exists()
    assert documents.list() == []


def test_undefined_top_level_variable(fresh_demo: Demo, tmp_path: Path) -> None:
    bad = _template(tmp_path / "mine.docx", "{% for x in victimz %}{{ x }}{% endfor %}")
    with pytest.raises(DomainError, match=r"mine\.docx uses the variable “victimz”"):
        fresh_demo.generate(
            "state_letter", case_id=fresh_demo.case_id("KZ-CCPR-2137"), template=bad
        )


@pytest.mark.parametrize(
    "text",
    ["{{ case.title }", "{% if decision.exists %} no end", "{{ case.title | nosuchfilter }}"],
)
def test_broken_jinja_is_refused(fresh_demo: Demo, tmp_path: Path, text: str) -> None:
    bad = _template(tmp_path / "broken.docx", "Intro", text)
    before = _files(fresh_demo)
    with pytest.raises(DomainError, match=r"The template broken\.docx") as err:
        fresh_demo.generate(
            "followup_letter", case_id=fresh_demo.case_id("KZ-CCPR-2137"), template=bad
        )
    assert "Nothing was written" in str(err.value) or "nothing was written" in str(err.value)
    assert _files(fresh_demo) == before
    assert fresh_demo.services.documents.list() == []


def test_a_template_may_not_reach_python_internals(fresh_demo: Demo, tmp_path: Path) -> None:
    bad = _template(tmp_path / "evil.docx", "{{ case.__class__.__mro__ }}")
    with pytest.raises(DomainError, match=r"evil\.docx"):
        fresh_demo.generate(
            "followup_letter", case_id=fresh_demo.case_id("KZ-CCPR-2137"), template=bad
        )


def test_template_that_is_not_a_word_file(fresh_demo: Demo, tmp_path: Path) -> None:
    fake = tmp_path / "followup_letter.en.fake.docx"
    fake.write_text("this is not a zip")
    with pytest.raises(DomainError, match="not a Word document that can be opened"):
        fresh_demo.generate(
            "followup_letter", case_id=fresh_demo.case_id("KZ-CCPR-2137"), template=fake
        )
    with pytest.raises(DomainError, match="does not exist"):
        fresh_demo.generate(
            "followup_letter",
            case_id=fresh_demo.case_id("KZ-CCPR-2137"),
            template=tmp_path / "missing.docx",
        )
    odt = tmp_path / "letter.odt"
    odt.write_text("x")
    with pytest.raises(DomainError, match=r"not a Word document \(\.docx\)"):
        fresh_demo.generate(
            "followup_letter", case_id=fresh_demo.case_id("KZ-CCPR-2137"), template=odt
        )


def test_template_of_another_kind_or_language(fresh_demo: Demo) -> None:
    case_id = fresh_demo.case_id("KZ-CCPR-2137")
    with pytest.raises(
        DomainError, match="is for a letter to a state authority, not for a follow-up"
    ):
        fresh_demo.generate(
            "followup_letter", case_id=case_id, template=BUILTIN_DIR / "state_letter.en.docx"
        )
    with pytest.raises(DomainError, match="written in EN, but the document was asked for in RU"):
        fresh_demo.generate(
            "followup_letter",
            "ru",
            case_id=case_id,
            template=BUILTIN_DIR / "followup_letter.en.docx",
        )
    with pytest.raises(DomainError, match="takes no template"):
        fresh_demo.generate(
            "status_summary", case_id=case_id, template=BUILTIN_DIR / "followup_letter.en.docx"
        )


def test_readme_documents_every_variable_the_templates_use() -> None:
    readme = (BUILTIN_DIR / "README.md").read_text("utf-8")
    documented = set(re.findall(r"`([a-z_]+(?:\.[a-z_]+)*)`", readme))
    loop_vars = {
        "para",
        "r",
        "e",
        "row",
        "line",
        "point",
        "m",
        "rec",
        "c",
        "f",
        "n",
        "section",
        "loop",
    }
    missing = set()
    for kind in DOCX_KINDS:
        for lang in ("en", "ru"):
            from app.documents.docx_render import template_tags

            for tag in template_tags((BUILTIN_DIR / f"{kind}.{lang}.docx").read_bytes()):
                for name in re.findall(r"[a-z_]+(?:\.[a-z_]+)+|(?<![\w.])[a-z_]+(?![\w.(])", tag):
                    if name in {
                        "for",
                        "in",
                        "if",
                        "else",
                        "endif",
                        "endfor",
                        "p",
                        "tr",
                        "not",
                        "and",
                        "or",
                    }:
                        continue
                    root = name.split(".")[0]
                    if root in loop_vars:
                        continue
                    if name not in documented and root not in documented:
                        missing.add(name)
    assert missing == set()


def test_readme_documents_every_context_key(demo: Demo) -> None:
    readme = (BUILTIN_DIR / "README.md").read_text("utf-8")
    documents = demo.services.documents
    contexts = {
        "followup_letter": documents.context(
            GenerateRequest(kind="followup_letter", case_id=demo.case_id("KZ-CCPR-2137"))
        ),
        "state_letter": documents.context(
            GenerateRequest(kind="state_letter", case_id=demo.case_id("KZ-CCPR-2137"))
        ),
        "shadow_report": documents.context(
            GenerateRequest(kind="shadow_report", review_id=demo.review_id)
        ),
    }
    for kind, ctx in contexts.items():
        for key, value in ctx.items():
            assert f"`{key}" in readme, (kind, key)
            if isinstance(value, dict):
                for sub in value:
                    assert f"{key}.{sub}`" in readme or f"`{sub}`" in readme, (kind, key, sub)


def test_no_context_key_hides_a_dict_method(demo: Demo) -> None:
    """`{{ x.items }}` would print a method if a key were called "items": none is."""
    forbidden = set(dir(dict))
    documents = demo.services.documents
    requests = [
        GenerateRequest(kind="followup_letter", case_id=demo.case_id("ILI-2022-UZ23")),
        GenerateRequest(kind="state_letter", case_id=demo.case_id("ILI-2022-UZ23")),
        GenerateRequest(kind="status_summary", case_id=demo.case_id("ILI-2022-UZ23")),
        GenerateRequest(kind="shadow_report", review_id=demo.review_id),
        GenerateRequest(kind="portfolio"),
    ]

    def walk(value: object) -> None:
        if isinstance(value, dict):
            assert not (set(value) & forbidden), set(value) & forbidden
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for request in requests:
        walk(documents.context(request))
