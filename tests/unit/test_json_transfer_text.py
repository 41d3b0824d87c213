"""JSON import: text holding a NUL character is refused (record and field named, nothing
written); case references are matched whatever their case, in any script."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.config import Paths, sqlite_url
from app.context import Workspace, open_demo_workspace, open_workspace
from app.db import session_scope
from app.errors import DomainError
from models import Case, Person
from tests.conftest import FIXED_TODAY


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    workspace = open_demo_workspace(Paths(root), clock=lambda: FIXED_TODAY)
    path = workspace.database_file
    workspace.close()
    assert path is not None
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, clock) -> Iterator[Workspace]:
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    workspace = open_workspace(sqlite_url(copy), Paths(tmp_path / "data"), clock=clock)
    yield workspace
    workspace.close()


@pytest.fixture
def empty(tmp_path: Path, clock) -> Iterator[Workspace]:
    workspace = open_workspace(
        sqlite_url(tmp_path / "empty.sqlite"), Paths(tmp_path / "empty-data"), clock=clock
    )
    yield workspace
    workspace.close()


def _counts(ws: Workspace) -> tuple[int, int]:
    with session_scope(ws.session_factory) as s:
        cases = int(s.scalar(select(func.count(Case.id))) or 0)
        people = int(s.scalar(select(func.count(Person.id))) or 0)
    return cases, people


def _a_case(doc: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return next(
        (uuid, c) for uuid, c in doc["tables"]["cases"].items() if c["reference"] == "KZ-CCPR-2137"
    )


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("cases", "title", "Twenty-three\x00 Uzbek nationals"),
        ("cases", "notes", "\x00"),
        ("people", "full_name", "Aliya\x00N."),
    ],
)
def test_text_with_a_nul_character_is_refused_naming_record_and_field(
    demo: Workspace, empty: Workspace, table: str, field: str, value: str
) -> None:
    doc = demo.services.transfer.export_data()
    uuid, record = next(iter(doc["tables"][table].items()))
    if table == "cases":
        uuid, record = _a_case(doc)
    record[field] = value
    before = _counts(empty)
    with pytest.raises(DomainError) as caught:
        empty.services.transfer.import_data(doc, source="nul.json")
    message = str(caught.value)
    assert f"table “{table}”, record “{uuid}”" in message
    assert f"“{field}” contains a NUL character" in message
    assert "\x00" not in message
    assert _counts(empty) == before == (0, 0)


def test_a_nul_character_inside_a_json_column_or_a_key_is_refused(
    demo: Workspace, empty: Workspace
) -> None:
    doc = demo.services.transfer.export_data()
    key, record = next(iter(doc["tables"]["recommendations"].items()))
    name = "sub_items"
    record[name] = [*(record[name] or []), {"letter": "z", "text": "Investigate\x00"}]
    with pytest.raises(DomainError, match=f"“{name}” contains a NUL character"):
        empty.services.transfer.import_data(doc, source="nul.json")
    assert _counts(empty) == (0, 0)
    assert key

    doc = demo.services.transfer.export_data()
    uuid, record = _a_case(doc)
    doc["tables"]["cases"][uuid + "\x00"] = doc["tables"]["cases"].pop(uuid)
    with pytest.raises(DomainError, match=r"key contains a NUL character") as caught:
        empty.services.transfer.import_data(doc, source="nul.json")
    assert "\x00" not in str(caught.value)
    assert _counts(empty) == (0, 0)


def test_chosen_cases_are_found_whatever_the_case_of_the_reference(demo: Workspace) -> None:
    lower = demo.services.transfer.export_data(cases=["kz-ccpr-2137"])
    assert lower["selection"] == {"cases": ["KZ-CCPR-2137"]}
    with pytest.raises(DomainError, match="No case has the reference “KZ-NONE”"):
        demo.services.transfer.export_data(cases=["KZ-NONE"])
