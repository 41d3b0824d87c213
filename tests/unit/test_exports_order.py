"""ExportService writes a list in the order the screen shows it (`order`, see `in_order`)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.config import Paths, sqlite_url
from app.context import Workspace, open_demo_workspace, open_workspace
from app.services.dto import PeopleFilter
from app.services.exports import in_order
from app.vocab import PartyRole
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


def test_in_order_follows_the_keys_given_and_keeps_the_rest_after() -> None:
    items = ["a", "b", "c", "d"]
    assert in_order(items, str, None) == items
    assert in_order(items, str, ["c", "a"]) == ["c", "a", "b", "d"]
    assert in_order(items, str, ["d", "x", "c", "b", "a", "d"]) == ["d", "c", "b", "a"]
    assert in_order([], str, ["a"]) == []


def test_people_in_the_order_shown_and_as_filtered(demo: Workspace, tmp_path: Path) -> None:
    exports, people = demo.services.exports, demo.services.people
    flt = PeopleFilter(role=PartyRole.VICTIM)
    rows = people.registry(flt)
    assert len(rows) > 3
    shown = [r.person.id for r in reversed(rows)]  # the list sorted the other way
    path = tmp_path / "people.xlsx"
    result = exports.export_people(path, flt, order=shown)
    assert result.rows == len(rows)
    names = [r[0].value for r in load_workbook(path).active.iter_rows(min_row=2)]
    assert names == [r.person.full_name for r in reversed(rows)]
    # An id that the filter leaves out is not exported because it is in `order`.
    outsider = next(r for r in people.registry() if r.person.id not in set(shown))
    table = exports.people_table(flt, order=[outsider.person.id, *shown])
    assert len(table.rows) == len(rows)


def test_deadlines_and_recommendations_in_the_order_shown(demo: Workspace) -> None:
    exports = demo.services.exports
    case = demo.services.cases.get_by_reference("KZ-CCPR-2137")
    items = demo.services.deadlines.for_case(case.id)
    keys = [d.key for d in reversed(items)]
    table = exports.deadlines_table(case_id=case.id, include_done=True, order=keys)
    assert [r[-1] for r in table.rows] == keys

    review = demo.services.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
    assert review is not None
    recs = demo.services.reviews.recommendations(review.id)
    by_theme = sorted(recs, key=lambda r: r.theme)
    table = exports.recommendations_table(review.id, order=[r.id for r in by_theme])
    assert [r[0] for r in table.rows] == [r.paragraph for r in by_theme]
    assert [r[0] for r in exports.recommendations_table(review.id).rows] == sorted(
        r.paragraph for r in recs
    )
