"""The text of a document file: plain text (.txt), Word (.docx) or PDF (.pdf).

Lawyers receive a Committee's decision as a DOCX or PDF, or copy its text from the OHCHR
site into a text file. Every problem with the file itself (missing, empty, too large, a
scanned PDF without text, a binary file, another format) is a `DomainError` whose message
says what to do; nothing here touches the database.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app.errors import DomainError

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
"""Larger files are refused: a decision is rarely over 1 MB, even as a PDF."""

MAX_UNZIPPED = 200 * 1024 * 1024
"""A .docx whose parts would unpack to more than this is refused (a "zip bomb")."""

SUPPORTED = (".txt", ".docx", ".pdf")

# Formats people try, and what to do with them.
_OTHER_FORMATS: dict[str, str] = {
    ".doc": "a Word 97–2003 document: open it in Word and save it as .docx (or as PDF)",
    ".rtf": "a Rich Text document: open it in Word and save it as .docx",
    ".odt": "an OpenDocument text: open it in LibreOffice or Word and save it as .docx",
    ".htm": "a web page: copy the decision's text from the browser into a .txt file",
    ".html": "a web page: copy the decision's text from the browser into a .txt file",
    ".json": "a data file, not a document: export or copy the decision's text into a .txt file",
    ".xml": "a data file, not a document: export or copy the decision's text into a .txt file",
    ".jpg": "an image: run it through text recognition (OCR) and import the text",
    ".jpeg": "an image: run it through text recognition (OCR) and import the text",
    ".png": "an image: run it through text recognition (OCR) and import the text",
    ".tif": "an image: run it through text recognition (OCR) and import the text",
    ".tiff": "an image: run it through text recognition (OCR) and import the text",
    ".zip": "an archive: unpack it and import the decision inside",
    ".xlsx": "a spreadsheet, not a decision",
    ".xls": "a spreadsheet, not a decision",
    ".csv": "a spreadsheet, not a decision",
}

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")

# A PDF page with fewer visible characters than this has no usable text layer.
_MIN_CHARS_PER_PAGE = 25
_PAGE_NUMBER = re.compile(r"^\s*(?:\d{1,4}|\d{1,4}\s*/\s*\d{1,4}|Page\s+\d+(?:\s+of\s+\d+)?)\s*$")
_JOB_NUMBER = re.compile(r"^\s*GE\.\d{2}-\d{4,6}(?:\s*\(E\))?.*$")
_SINGLE_BYTE = {"cp1251": "Windows-1251 (Cyrillic)", "cp1252": "Windows-1252 (Western)"}
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ExtractedText:
    """The text of a file and how it was read."""

    text: str
    kind: str  # "text", "docx" or "pdf"
    encoding: str = ""  # of a text file
    pages: int = 0  # of a PDF
    warnings: tuple[str, ...] = ()


def extract_text(path: str | Path) -> ExtractedText:
    """Read a .txt, .docx or .pdf file; DomainError (field "file") for any problem with it."""
    file = Path(path)
    name = file.name
    suffix = file.suffix.lower()
    if suffix not in SUPPORTED:
        raise DomainError(_wrong_format(name, suffix), field="file")
    if not file.exists():
        raise DomainError(f"The file {file} does not exist.", field="file")
    if file.is_dir():
        raise DomainError(f"{file} is a folder, not a document.", field="file")
    try:
        size = file.stat().st_size
        _check_size(name, size)
        data = file.read_bytes()
    except OSError as exc:
        raise DomainError(f"“{name}” cannot be read: {exc.strerror or exc}.", field="file") from exc
    return extract_bytes(data, name)


def extract_bytes(data: bytes, name: str) -> ExtractedText:
    """Read the bytes of a file named `name` (its extension says what it should be)."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise DomainError(_wrong_format(name, suffix), field="file")
    _check_size(name, len(data))
    kind = _sniff(data)
    expected = {".txt": "text", ".docx": "docx", ".pdf": "pdf"}[suffix]
    notes: list[str] = []
    if kind in ("doc", "image", "zip", "rtf"):
        raise DomainError(_content_message(name, kind), field="file")
    if kind != expected and not (kind == "text" and expected == "text"):
        if kind == "text":
            raise DomainError(
                f"“{name}” is not a {_kind_label(expected)}: it holds plain text or is "
                "damaged. Rename it to .txt if it is the decision's text, or open it in Word "
                "and save it again.",
                field="file",
            )
        notes.append(
            f"“{name}” is named as a {_kind_label(expected)} but is a {_kind_label(kind)}; "
            f"it was read as a {_kind_label(kind)}."
        )
    if kind == "pdf":
        result = _read_pdf(data, name)
    elif kind == "docx":
        result = _read_docx(data, name)
    else:
        text, encoding = decode_text(data, name)
        if encoding in _SINGLE_BYTE:
            notes.append(
                f"“{name}” is not in Unicode: it was read as {_SINGLE_BYTE[encoding]}. Check "
                "that the names in the preview are spelt right."
            )
        result = ExtractedText(text=text, kind="text", encoding=encoding)
    if not result.text.strip():
        raise DomainError(f"“{name}” holds no text: there is nothing to import.", field="file")
    return ExtractedText(
        text=result.text,
        kind=result.kind,
        encoding=result.encoding,
        pages=result.pages,
        warnings=(*notes, *result.warnings),
    )


# ---------------------------------------------------------------- checks


def _wrong_format(name: str, suffix: str) -> str:
    supported = "plain text (.txt), Word (.docx) or PDF (.pdf)"
    hint = _OTHER_FORMATS.get(suffix)
    if hint:
        return f"“{name}” is {hint}. TreatyDesk reads decisions as {supported}."
    what = f"“{suffix}” files" if suffix else "files without an extension"
    return f"“{name}” cannot be imported: {what} are not read. Use {supported}."


def _check_size(name: str, size: int) -> None:
    if size == 0:
        raise DomainError(f"“{name}” is empty: there is nothing to import.", field="file")
    if size > MAX_BYTES:
        raise DomainError(
            f"“{name}” is {size / 1024 / 1024:.1f} MB: TreatyDesk reads documents up to "
            f"{MAX_BYTES // 1024 // 1024} MB. A decision is usually well under 1 MB; check "
            "that this is the right file.",
            field="file",
        )


def _sniff(data: bytes) -> str:
    head = data[:1024]
    if _PDF_MAGIC in head:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if data.startswith(_OLE_MAGIC):
        return "doc"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(_IMAGE_MAGIC):
        return "image"
    return "text"


def _kind_label(kind: str) -> str:
    return {"text": "text file", "docx": "Word document", "pdf": "PDF file"}.get(kind, kind)


def _content_message(name: str, kind: str) -> str:
    return {
        "doc": (
            f"“{name}” is a Word 97–2003 document or a password-protected file. Open it in "
            "Word and save it as .docx (without a password), or as PDF."
        ),
        "image": (
            f"“{name}” is an image, not a document. Run it through text recognition (OCR) "
            "and import the text, or copy the decision's text from the OHCHR site."
        ),
        "zip": f"“{name}” is an archive, not a Word document: unpack it first.",
        "rtf": f"“{name}” is a Rich Text document: open it in Word and save it as .docx.",
    }[kind]


# ---------------------------------------------------------------- plain text


def decode_text(data: bytes, name: str = "The file") -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), UTF-16 (with a BOM, or
    recognised by its zero bytes), else Windows-1251 (Cyrillic) or Windows-1252.
    DomainError if the bytes are not text."""
    label = f"“{name}”" if name != "The file" else name
    text: str | None = None
    encoding = ""
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _decode(data, "utf-8-sig"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _decode(data, "utf-16"), "utf-16"
    else:
        guess = _utf16_without_bom(data)
        if guess:
            text, encoding = _decode(data, guess), guess
    if text is None and encoding:
        raise DomainError(
            f"{label} says it is {encoding.upper()} text but cannot be read as such: it may "
            "be damaged.",
            field="file",
        )
    if text is None:
        if b"\x00" in data:
            raise DomainError(_binary_message(label), field="file")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = _single_byte_encoding(data)
            text = data.decode(encoding, errors="replace")
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > max(8, len(text) // 100) or "\x00" in text:
        raise DomainError(_binary_message(label), field="file")
    return text, encoding


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str:
    sample = data[:4096]
    if len(sample) < 4:
        return ""
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return ""


def _single_byte_encoding(data: bytes) -> str:
    """Windows-1251 when the non-ASCII bytes come in runs (Cyrillic words), Windows-1252
    when they stand alone among ASCII letters (accents in "décision")."""
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high:
        return "cp1252"
    runs = sum(
        1
        for i in high
        if (i > 0 and data[i - 1] >= 0x80) or (i + 1 < len(data) and data[i + 1] >= 0x80)
    )
    return "cp1251" if runs >= 0.5 * len(high) else "cp1252"


def _binary_message(label: str) -> str:
    return (
        f"{label} does not hold text: it looks like a binary file (a program, an image or a "
        "damaged document). Import the decision as .txt, .docx or .pdf."
    )


# ---------------------------------------------------------------- Word


def _read_docx(data: bytes, name: str) -> ExtractedText:
    import docx  # python-docx, imported only when a Word file is read
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNZIPPED:
            raise DomainError(
                f"“{name}” would unpack to {unpacked / 1024 / 1024:.0f} MB: it is not an "
                "ordinary Word document and was not read.",
                field="file",
            )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(io.BytesIO(data))
            blocks: list[str] = []
            for block in document.iter_inner_content():
                if isinstance(block, Paragraph):
                    blocks.append(block.text)
                elif isinstance(block, Table):
                    blocks.append(_table_text(block))
    except DomainError:
        raise
    except Exception as exc:  # a damaged file can fail anywhere inside python-docx or lxml
        log.info("could not read %s as .docx: %r", name, exc)
        raise DomainError(
            f"“{name}” could not be read as a Word document: it may be damaged or "
            "password-protected. Open it in Word and save it again, or save it as PDF.",
            field="file",
        ) from exc
    return ExtractedText(text="\n\n".join(blocks), kind="docx")


def _table_text(table: object) -> str:
    """One line per row, cells separated by tabs (a cover block laid out as a table)."""
    rows: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        rows.append("\t".join(cells))
    return "\n".join(rows)


# ---------------------------------------------------------------- PDF


def _read_pdf(data: bytes, name: str) -> ExtractedText:
    from pypdf import PdfReader

    notes: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise DomainError(
                    f"“{name}” is password-protected: open it, save a copy without a password "
                    "and import that.",
                    field="file",
                )
            pages: list[str] = []
            failed = 0
            for page in reader.pages:
                try:
                    pages.append(page.extract_text() or "")
                except Exception as exc:  # one damaged page should not lose the others
                    log.info("page of %s not readable: %r", name, exc)
                    pages.append("")
                    failed += 1
    except DomainError:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on damaged files
        log.info("could not read %s as PDF: %r", name, exc)
        raise DomainError(
            f"“{name}” could not be read as a PDF file: it may be damaged. Download it "
            "again, or save the decision as .docx or text.",
            field="file",
        ) from exc
    if failed:
        notes.append(f"{failed} page(s) of “{name}” could not be read and were skipped.")
    visible = sum(len("".join(p.split())) for p in pages)
    if not pages or visible < _MIN_CHARS_PER_PAGE * len(pages):
        raise DomainError(
            f"“{name}” has no text layer: it looks like a scanned image. Run it through text "
            "recognition (OCR, e.g. in Acrobat or ABBYY) first, or copy the decision's text "
            "from the OHCHR site (juris.ohchr.org) into a .txt file.",
            field="file",
        )
    return ExtractedText(
        text=_drop_page_furniture(pages), kind="pdf", pages=len(pages), warnings=tuple(notes)
    )


def _drop_page_furniture(pages: list[str]) -> str:
    """Join the pages without their running heads and feet: page numbers, UN job numbers
    ("GE.16-08461") and lines repeated at the top or bottom of most pages (the symbol)."""
    repeated: Counter[str] = Counter()
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        for line in set(lines[:3] + lines[-3:]):
            if len(line) <= 80:
                repeated[line] += 1
    threshold = max(2, (len(pages) + 1) // 2)
    furniture = {line for line, count in repeated.items() if count >= threshold}
    kept_once: set[str] = set()
    out: list[str] = []
    for page in pages:
        for raw in page.splitlines():
            line = raw.strip()
            if _PAGE_NUMBER.match(line) or _JOB_NUMBER.match(line):
                continue
            if line in furniture:
                if line in kept_once:
                    continue
                kept_once.add(line)
            out.append(raw.rstrip())
    return "\n".join(out)
