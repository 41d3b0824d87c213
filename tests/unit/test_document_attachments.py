"""Files attached to a case by hand: copied into the managed (maybe encrypted) documents
folder, registered with their fingerprint, verified, opened through a private copy; refused
plainly when they cannot be attached, leaving nothing behind."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import Paths, sqlite_url
from app.context import Workspace, open_workspace
from app.crypto import DocumentCipher, DocumentStore, is_encrypted_file
from app.errors import DomainError, NotFoundError
from app.services.documents import ATTACHMENT_KINDS
from app.services.dto import CaseInput

pytestmark = pytest.mark.sqlite_only

LETTER = "Ответ государства-участника от 3 марта 2025 г. — State party's reply.\n".encode()


@pytest.fixture
def workspace(paths: Paths, tmp_path: Path, clock) -> Iterator[Workspace]:
    ws = open_workspace(sqlite_url(tmp_path / "cases.sqlite"), paths, clock=clock)
    yield ws
    ws.close()


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    case = workspace.services.cases.create(
        CaseInput(
            reference="KZ-CCPR-2137/2012",
            title="Toregozhina v. Kazakhstan",
            body="CCPR",
            state="KZ",
        )
    )
    return case.id


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "Ответ МИД 2025.PDF"
    path.parent.mkdir()
    path.write_bytes(LETTER)
    return path


def managed_files(workspace: Workspace) -> list[Path]:
    return list(workspace.services.documents.store.files())


def test_attach_copies_registers_and_verifies(workspace: Workspace, case_id: int, letter: Path):
    documents = workspace.services.documents
    doc = documents.attach(
        case_id, letter, title="  State party's reply, March 2025 ", kind="correspondence"
    )
    assert doc.case_id == case_id and doc.kind == "correspondence"
    assert doc.title == "State party's reply, March 2025"
    assert doc.size == len(LETTER) and doc.sha256 == hashlib.sha256(LETTER).hexdigest()
    # Under the case's folder, with a name every file system accepts (Cyrillic kept).
    assert doc.path == "cases/KZ-CCPR-2137-2012/attachments/Ответ-МИД-2025.pdf"
    assert documents.store.read(doc.path) == LETTER
    assert [d.id for d in documents.list(case_id=case_id)] == [doc.id]
    assert documents.verify(doc.id) and documents.check(doc.id) == "intact"
    letter.unlink()  # the attachment is a copy: the original may go
    assert documents.verify(doc.id)


def test_the_title_defaults_to_the_file_name_and_names_do_not_collide(
    workspace: Workspace, case_id: int, letter: Path
) -> None:
    documents = workspace.services.documents
    first = documents.attach(case_id, letter)
    second = documents.attach(case_id, letter)
    assert first.title == second.title == "Ответ МИД 2025"
    assert first.kind == "attachment"
    assert first.path != second.path
    assert second.path.endswith("Ответ-МИД-2025-2.pdf")
    assert documents.verify(first.id) and documents.verify(second.id)


def test_changed_and_missing_files_are_told_apart(
    workspace: Workspace, case_id: int, letter: Path
) -> None:
    documents = workspace.services.documents
    doc = documents.attach(case_id, letter)
    stored = documents.store.path_of(doc.path)
    stored.write_bytes(LETTER.replace(b"2025", b"2024"))
    assert documents.check(doc.id) == "changed" and not documents.verify(doc.id)
    stored.unlink()
    assert documents.check(doc.id) == "missing" and not documents.verify(doc.id)


def test_an_encrypted_folder_stores_ciphertext_and_opens_a_private_copy(
    workspace: Workspace, case_id: int, letter: Path, tmp_path: Path
) -> None:
    documents = workspace.services.documents
    store = DocumentStore(tmp_path / "secret-documents", DocumentCipher("a long passphrase"))
    documents.use_store(store)
    doc = documents.attach(case_id, letter, kind="evidence")
    stored = store.path_of(doc.path)
    assert is_encrypted_file(stored) and LETTER not in stored.read_bytes()
    assert documents.verify(doc.id)
    copy = documents.path_of(doc.id)
    try:
        assert copy.read_bytes() == LETTER
        assert not copy.is_relative_to(store.root)
        assert stat.S_IMODE(copy.stat().st_mode) & 0o077 == 0  # only the user may read it
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        # Opening again reuses the same private copy instead of piling up more.
        assert documents.path_of(doc.id) == copy
    finally:
        store.clear_temp()
    assert not copy.exists()
    # Locked: nothing can be read, and the check says so instead of claiming a change.
    store.lock()
    with pytest.raises(DomainError, match="locked"):
        documents.check(doc.id)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "nowhere.pdf", "There is no file"),
        (lambda d: d, "is a folder"),
        (lambda d: _empty(d), "is empty"),
        (lambda d: _fifo(d), "not an ordinary file"),
        (lambda d: _under_a_file(d), "Cannot read"),
    ],
    ids=["missing", "folder", "empty", "fifo", "unreadable"],
)
def test_files_that_cannot_be_attached_are_refused_leaving_nothing(
    workspace: Workspace, case_id: int, tmp_path: Path, make, message: str
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    source = make(folder)
    documents = workspace.services.documents
    with pytest.raises(DomainError, match=message):
        documents.attach(case_id, source)
    assert documents.list(case_id=case_id) == []
    assert managed_files(workspace) == []
    assert workspace.services.audit.case_history(case_id) == [
        e for e in workspace.services.audit.case_history(case_id) if e.table_name == "cases"
    ]


def test_bad_kind_bad_title_and_a_deleted_case_are_refused(
    workspace: Workspace, case_id: int, letter: Path
) -> None:
    documents = workspace.services.documents
    with pytest.raises(DomainError, match="not a kind of attachment"):
        documents.attach(case_id, letter, kind="followup_letter")
    with pytest.raises(DomainError, match="too long"):
        documents.attach(case_id, letter, title="x" * 300)
    with pytest.raises(NotFoundError):
        documents.attach(case_id + 999, letter)
    assert managed_files(workspace) == []
    assert set(ATTACHMENT_KINDS) == set(documents.attachment_kinds())


def test_a_failed_write_leaves_no_record(
    workspace: Workspace, case_id: int, letter: Path, tmp_path: Path
) -> None:
    documents = workspace.services.documents
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the documents folder should be")
    documents.use_store(DocumentStore(blocked))
    with pytest.raises(DomainError, match="Cannot write"):
        documents.attach(case_id, letter)
    assert documents.list(case_id=case_id) == []


def _empty(folder: Path) -> Path:
    path = folder / "empty.pdf"
    path.write_bytes(b"")
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe"
    os.mkfifo(path)
    return path


def _under_a_file(folder: Path) -> Path:
    parent = folder / "a-file.txt"
    parent.write_text("not a folder")
    return parent / "child.pdf"
