"""Fixtures and readers for document tests: the demo portfolio, and generated files read back.

DOCX files are read with python-docx (paragraphs and table cells, in document order) and
as raw XML (every part of the package); PDFs with pypdf.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from app.config import Paths, sqlite_url
from app.context import Services, Workspace, open_demo_workspace, open_workspace
from app.services.documents import GenerateRequest, ShadowSectionInput

TODAY = date(2026, 11, 22)


@dataclass
class Demo:
    workspace: Workspace

    @property
    def services(self) -> Services:
        return self.workspace.services

    def case_id(self, reference: str) -> int:
        return self.services.cases.get_by_reference(reference).id

    @property
    def review_id(self) -> int:
        review = self.services.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
        assert review is not None
        return review.id

    def recommendation_id(self, paragraph: int) -> int:
        recs = self.services.reviews.recommendations(self.review_id)
        return next(r.id for r in recs if r.paragraph == paragraph)

    def generate(self, kind: str, lang: str = "en", **kwargs: object) -> Path:
        request = GenerateRequest(kind=kind, lang=lang, **kwargs)  # type: ignore[arg-type]
        doc = self.services.documents.generate(request)
        return self.services.documents.path_of(doc.id)

    def torture_section(self, **overrides: object) -> ShadowSectionInput:
        values: dict[str, object] = {
            "heading": "Prohibition of torture",
            "article": "7",
            "facts": (
                "In January 2022 about 100 migrants from Central Asia were tortured in "
                "Almaty region.\nOnly six former police officers were tried."
            ),
            "recommendation_ids": (self.recommendation_id(34),),
            "case_ids": (self.case_id("ILI-2022-UZ23"), self.case_id("KZ-CAT-433")),
            "ngo_recommendations": (
                "Pay compensation to every victim of torture in January 2022.",
                "Prosecute all the officers who took part.",
            ),
            "state_action": "The State party convicted 29 police officers.",
        }
        values.update(overrides)
        return ShadowSectionInput(**values)  # type: ignore[arg-type]


def make_demo(folder: Path) -> Demo:
    return Demo(open_demo_workspace(Paths(folder), clock=lambda: TODAY))


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo portfolio built once (through the services, as `treatydesk --demo` does)."""
    d = make_demo(tmp_path_factory.mktemp("demo-build"))
    d.workspace.close()
    path = d.workspace.database_file
    assert path is not None and not Path(f"{path}-wal").exists()
    return path.read_bytes()


def _copy_of_demo(folder: Path, data: bytes) -> Demo:
    folder.mkdir(parents=True, exist_ok=True)
    paths = Paths(folder)
    paths.database.write_bytes(data)
    return Demo(open_workspace(sqlite_url(paths.database), paths, clock=lambda: TODAY))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_database: bytes) -> Iterator[Demo]:
    """The demo portfolio, shared by the tests of a module (they only add documents)."""
    d = _copy_of_demo(tmp_path_factory.mktemp("demo"), demo_database)
    yield d
    d.workspace.close()


@pytest.fixture
def fresh_demo(tmp_path: Path, demo_database: bytes) -> Iterator[Demo]:
    """A copy of the demo portfolio of the test's own, for tests that change records."""
    d = _copy_of_demo(tmp_path / "fresh", demo_database)
    yield d
    d.workspace.close()


# ---------------------------------------------------------------- readers


def docx_lines(path: Path | bytes) -> list[str]:
    """Every paragraph of the body, table cells included, in document order."""
    doc = open_docx(io.BytesIO(path) if isinstance(path, bytes) else str(path))
    lines: list[str] = []
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for t in doc.tables:
                if t._tbl is child:
                    for row in t.rows:
                        lines.extend(cell.text for cell in row.cells)
    return lines


def docx_text(path: Path | bytes) -> str:
    return "\n".join(docx_lines(path))


def docx_tables(path: Path) -> list[list[list[str]]]:
    doc = open_docx(str(path))
    return [[[cell.text for cell in row.cells] for row in t.rows] for t in doc.tables]


def docx_headings(path: Path, style: str = "Heading 1") -> list[str]:
    doc = open_docx(str(path))
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name == style]


def docx_xml(path: Path) -> str:
    """Every XML part of the package (document, headers, footers, properties…), joined."""
    with zipfile.ZipFile(path) as zf:
        return "\n".join(
            zf.read(name).decode("utf-8")
            for name in zf.namelist()
            if name.endswith(".xml") or name.endswith(".rels")
        )


def xml_text(xml: str) -> str:
    """The text of XML with the tags removed (so that split runs join up)."""
    return re.sub(r"<[^>]+>", "", xml)


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def flat(text: str) -> str:
    """Whitespace collapsed (PDF lines wrap anywhere)."""
    return " ".join(text.split())
