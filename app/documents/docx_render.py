"""Filling a DOCX template (docxtpl) from a context, safely.

- Jinja runs in a sandbox with StrictUndefined: a template that names a variable the
  context does not have fails with a message naming the template and the variable, instead
  of printing an empty gap into a letter to a Committee.
- Values are XML-escaped (autoescape), so "A & B" or "<" in a typed text cannot break the file.
- The document is rendered in memory and returned as bytes: the caller stores it atomically
  (the managed folder may be encrypted), so a failed render leaves no partial file behind.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from lxml import etree

from app.errors import DomainError

README_HINT = "The variables of each kind are listed in templates_docs/README.md."
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_XML_TAG = re.compile(r"<[^>]+>")


def make_environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def render_docx(template: Path, display_name: str, context: dict[str, Any]) -> bytes:
    """Render `template` with `context`; the DOCX file's bytes."""
    try:
        data = template.read_bytes()
    except OSError as exc:
        raise DomainError(
            f"Cannot read the template {display_name}: {exc.strerror or exc}.", field="template"
        ) from exc
    tpl = DocxTemplate(io.BytesIO(data))
    try:
        tpl.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DomainError(
            f"The template {display_name} is not a Word document that can be opened (.docx). "
            "Open it in Word or LibreOffice and save it again as “Word Document (.docx)”.",
            field="template",
        ) from exc
    try:
        tpl.render(context, jinja_env=make_environment(), autoescape=True)
    except UndefinedError as exc:
        raise DomainError(undefined_message(display_name, data, exc), field="template") from exc
    except TemplateSyntaxError as exc:
        raise DomainError(syntax_message(display_name, exc), field="template") from exc
    except SecurityError as exc:
        raise DomainError(
            f"The template {display_name} tries something a template may not do ({exc}). "
            "Nothing was written.",
            field="template",
        ) from exc
    except (TemplateError, TypeError, ValueError, ArithmeticError, etree.XMLSyntaxError) as exc:
        raise DomainError(
            f"The template {display_name} could not be filled in: {exc}. Check its "
            f"{{{{ … }}}} and {{% … %}} tags. Nothing was written. {README_HINT}",
            field="template",
        ) from exc
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def template_tags(data: bytes) -> list[str]:
    """Every Jinja tag in a template's document, headers and footers, as the reader sees it."""
    tags: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for name in zf.namelist():
                if name.startswith("word/") and name.endswith(".xml"):
                    text = _XML_TAG.sub("", zf.read(name).decode("utf-8", "replace"))
                    tags.extend(" ".join(t.split()) for t in _TAG.findall(text))
    except (zipfile.BadZipFile, KeyError, OSError):
        return []
    return tags


def undefined_message(display_name: str, data: bytes, exc: UndefinedError) -> str:
    text = str(exc.message or exc)
    match = re.search(r"'([^']+)' is undefined", text) or re.search(
        r"has no attribute '([^']+)'", text
    )
    name = match.group(1) if match else ""
    where = ""
    if name:
        word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)|\.{re.escape(name)}(?!\w)")
        found = [t for t in template_tags(data) if word.search(t)]
        if found:
            where = f" in “{found[0]}”"
    subject = f"the variable “{name}”" if name else "a variable"
    return (
        f"The template {display_name} uses {subject}{where}, which documents of this kind do "
        f"not have (is it misspelt?). Correct the template; nothing was written. {README_HINT}"
    )


def syntax_message(display_name: str, exc: TemplateSyntaxError) -> str:
    near = ""
    context = getattr(exc, "docx_context", None)
    if context:
        text = " ".join(" ".join(line.split()) for line in context).strip()
        if text:
            near = f" Near: “{text[:160]}{'…' if len(text) > 160 else ''}”."
    return (
        f"The template {display_name} has a broken tag: {exc.message}.{near} Every tag must be "
        "complete, as {{ name }} or {% for … %} … {% endfor %}, and inside one paragraph. "
        "Nothing was written."
    )
