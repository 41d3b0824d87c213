"""Reading .txt, .docx and .pdf files, and the clear message for every file that cannot be read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.errors import DomainError
from app.importers.text_extract import (
    MAX_BYTES,
    decode_text,
    extract_bytes,
    extract_text,
)
from tests.importers import decision_samples as samples

CYRILLIC = "Автор сообщения — Алия Нурпеисова, гражданка Казахстана, 1985 года рождения."


def error_of(path: Path) -> DomainError:
    with pytest.raises(DomainError) as info:
        extract_text(path)
    assert info.value.field == "file"
    return info.value


# ---------------------------------------------------------------- plain text


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("cp1251", "cp1251"),
    ],
)
def test_text_encodings(encoding: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "decision.txt"
    path.write_bytes(f"{CYRILLIC}\n{samples.INADMISSIBLE}".encode(encoding))
    result = extract_text(path)
    assert result.encoding == expected
    assert result.text.lstrip("\ufeff").startswith(CYRILLIC)
    assert "Anna Kovalenko" in result.text
    assert bool(result.warnings) == (expected == "cp1251")


def test_windows_1252_accents_are_not_read_as_cyrillic() -> None:
    text, encoding = decode_text("La décision du Comité, adoptée à Genève.".encode("cp1252"))
    assert encoding == "cp1252"
    assert "décision" in text and "Genève" in text


def test_a_fixture_is_read_as_it_is() -> None:
    path = samples.FIXTURES / "ccpr-c-116-d-2231-2012.txt"
    result = extract_text(path)
    assert result.kind == "text"
    assert result.text == path.read_text("utf-8")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "decision.txt"
    path.write_bytes(b"")
    assert "is empty" in error_of(path).message


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "decision.txt"
    path.write_text("  \n\n\t  ", encoding="utf-8")
    assert "holds no text" in error_of(path).message


def test_binary_file_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "decision.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary" in error_of(path).message


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "decision.pdf"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: no 20 MB written
    message = error_of(path).message
    assert "20 MB" in message and "20.0 MB" in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "does not exist" in error_of(tmp_path / "nowhere.pdf").message
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "is a folder" in error_of(folder).message


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("decision.doc", "Word 97–2003"),
        ("decision.rtf", "Rich Text"),
        ("decision.odt", "OpenDocument"),
        ("decision.html", "web page"),
        ("scan.jpg", "OCR"),
        ("decision.exe", "“.exe” files are not read"),
        ("decision", "files without an extension"),
    ],
)
def test_wrong_extension(name: str, words: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(b"anything")
    message = error_of(path).message
    assert words in message
    assert ".txt" in message and ".docx" in message and ".pdf" in message


def test_word_97_document_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "decision.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "Word 97–2003" in error_of(path).message


def test_image_renamed_pdf(tmp_path: Path) -> None:
    path = tmp_path / "decision.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert "image" in error_of(path).message


# ---------------------------------------------------------------- Word


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    path = samples.write_docx(samples.INADMISSIBLE, tmp_path / "decision.docx")
    result = extract_text(path)
    assert result.kind == "docx"
    text = result.text
    assert "State party:\tUkraine" in text  # a cover-block row of the table
    assert text.index("CEDAW/C/86/D/170/2021") < text.index("State party:")
    assert text.index("State party:") < text.index("1. The author")


def test_damaged_docx(tmp_path: Path) -> None:
    path = tmp_path / "decision.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not really xml")
        archive.writestr("[Content_Types].xml", "<Types/>")
    path.write_bytes(buffer.getvalue())
    assert "could not be read as a Word document" in error_of(path).message


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "decision.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    path.write_bytes(buffer.getvalue())
    assert "archive" in error_of(path).message


def test_docx_without_text(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "decision.docx"
    docx.Document().save(str(path))
    assert "holds no text" in error_of(path).message


def test_pdf_named_docx_is_read_as_pdf(tmp_path: Path) -> None:
    pdf = samples.write_pdf(samples.INADMISSIBLE, tmp_path / "real.pdf")
    path = tmp_path / "decision.docx"
    path.write_bytes(pdf.read_bytes())
    result = extract_text(path)
    assert result.kind == "pdf"
    assert "is named as a Word document but is a PDF file" in result.warnings[0]


def test_text_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "decision.pdf"
    path.write_text(samples.INADMISSIBLE, encoding="utf-8")
    assert "is not a PDF file" in error_of(path).message


# ---------------------------------------------------------------- PDF


def test_pdf_text_without_running_heads(tmp_path: Path) -> None:
    long_text = (
        samples.CCPR_VIEWS
        + "\n\n"
        + "\n\n".join(
            f"11.{i} The Committee notes the further submissions of the parties on this point."
            for i in range(1, 60)
        )
    )
    path = samples.write_pdf(long_text, tmp_path / "decision.pdf", symbol="CCPR/C/139/D/3016/2017")
    result = extract_text(path)
    assert result.kind == "pdf" and result.pages >= 2
    lines = result.text.splitlines()
    assert lines.count("CCPR/C/139/D/3016/2017") == 1  # the running head, kept once
    assert not any(line.strip() == "2" for line in lines)  # page numbers dropped


def test_scanned_pdf(tmp_path: Path) -> None:
    path = samples.write_scanned_pdf(tmp_path / "scan.pdf")
    message = error_of(path).message
    assert "scanned image" in message and "OCR" in message


def test_password_protected_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = samples.write_pdf(samples.INADMISSIBLE, tmp_path / "plain.pdf")
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert "password-protected" in error_of(path).message


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "decision.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"garbage " * 200)
    message = error_of(path).message
    assert "could not be read as a PDF" in message or "no text layer" in message


def test_extract_bytes_checks_the_name() -> None:
    with pytest.raises(DomainError, match="Word 97–2003"):
        extract_bytes(b"x", "old.doc")
    result = extract_bytes(samples.INADMISSIBLE.encode("utf-8"), "paste.txt")
    assert result.kind == "text" and result.encoding == "utf-8"
