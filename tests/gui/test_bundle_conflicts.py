"""The bundle conflicts dialog: a table of field, mine, theirs, with a choice per row; Import
only once every row is settled; the choices are what gets written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import Paths, sqlite_url
from app.context import Workspace, open_workspace
from app.db import session_scope
from app.errors import ConflictError
from app.services.bundles import MINE, THEIRS, BundlePreview
from models import Case
from views.dialogs.bundle_conflicts import (
    COL_FIELD,
    COL_MINE,
    COL_RECORD,
    COL_THEIRS,
    BundleConflictsDialog,
)

SECRET = "correct horse battery staple"


@pytest.fixture
def laptop_b(tmp_path: Path, clock) -> Iterator[Workspace]:
    workspace = open_workspace(
        sqlite_url(tmp_path / "b.sqlite"), Paths(tmp_path / "b"), clock=clock
    )
    yield workspace
    workspace.close()


def _edit(ws: Workspace, uuid: str, **values: str) -> None:
    with session_scope(ws.session_factory) as s:
        case = s.scalars(select(Case).where(Case.uuid == uuid)).one()
        for key, value in values.items():
            setattr(case, key, value)


def _conflicting_preview(a: Workspace, b: Workspace, folder: Path) -> tuple[BundlePreview, str]:
    case = a.services.cases.get_by_reference("KZ-CAT-441").uuid
    a.services.bundles.export_bundle(["KZ-CAT-441"], folder / "1.tdbundle", SECRET)
    first = b.services.bundles.preview_import(folder / "1.tdbundle", SECRET)
    b.services.bundles.apply_import(first, {})
    _edit(a, case, notes="Called the prosecutor.", summary="Here.", lead_lawyer="A.")
    _edit(b, case, notes="Met the client in Geneva.", summary="There.", title="Evloev (CAT)")
    b.services.bundles.export_bundle(["KZ-CAT-441"], folder / "2.tdbundle", SECRET)
    return a.services.bundles.preview_import(folder / "2.tdbundle", SECRET), case


def test_each_conflicting_field_is_a_row_with_its_own_choice(
    qtbot, demo_workspace: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    a = demo_workspace
    preview, case = _conflicting_preview(a, laptop_b, tmp_path)
    dialog = BundleConflictsDialog(preview=preview, apply_import=a.services.bundles.apply_import)
    qtbot.addWidget(dialog)
    dialog.show()

    table = dialog.table
    assert table.rowCount() == 2
    rows = {
        table.item(r, COL_FIELD).text(): (
            table.item(r, COL_MINE).text(),
            table.item(r, COL_THEIRS).text(),
        )
        for r in range(table.rowCount())
    }
    assert rows == {
        "Notes": ("Called the prosecutor.", "Met the client in Geneva."),
        "Summary": ("Here.", "There."),
    }
    assert table.item(0, COL_RECORD).text() == "case KZ-CAT-441"
    assert "2 field(s) were changed on both computers" in dialog.summary.text()
    # Nothing is chosen for the user.
    assert not dialog.import_button.isEnabled()
    notes_row = next(r for r in range(2) if table.item(r, COL_FIELD).text() == "Notes")
    dialog.choose(notes_row, THEIRS)
    assert not dialog.import_button.isEnabled()
    assert "1 conflicting field(s) still to settle" in dialog.import_button.toolTip()
    dialog.choose_all(MINE)  # settles the rest only
    assert dialog.resolutions() == {
        ("cases", case, "notes"): THEIRS,
        ("cases", case, "summary"): MINE,
    }
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()
    assert dialog.result is not None and dialog.result.resolved_theirs == 1
    merged = a.services.cases.get_by_reference("KZ-CAT-441")
    assert merged.notes == "Met the client in Geneva."  # theirs, chosen
    assert merged.summary == "Here."  # mine, chosen
    assert merged.title == "Evloev (CAT)"  # changed there only: taken
    assert merged.lead_lawyer == "A."  # changed here only: kept


def test_a_failed_import_shows_the_message_and_stays_open(
    qtbot, demo_workspace: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    a = demo_workspace
    preview, case = _conflicting_preview(a, laptop_b, tmp_path)
    dialog = BundleConflictsDialog(preview=preview, apply_import=a.services.bundles.apply_import)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_all(THEIRS)
    _edit(a, case, notes="Saved in another window meanwhile.")
    dialog.import_button.click()
    assert dialog.result is None and dialog.isVisible()
    assert "preview the bundle again" in dialog.message.text()
    with pytest.raises(ConflictError):
        a.services.bundles.apply_import(preview, dialog.resolutions())
    assert a.services.cases.get_by_reference("KZ-CAT-441").notes == (
        "Saved in another window meanwhile."
    )


def test_without_conflicts_the_dialog_only_summarises(
    qtbot, demo_workspace: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    demo_workspace.services.bundles.export_bundle(["KZ-CAT-441"], tmp_path / "1.tdbundle", SECRET)
    preview = laptop_b.services.bundles.preview_import(tmp_path / "1.tdbundle", SECRET)
    dialog = BundleConflictsDialog(
        preview=preview, apply_import=laptop_b.services.bundles.apply_import
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.table.isVisible()
    assert "No conflicts" in dialog.summary.text()
    assert f"New: {len(preview.new)}" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()
    assert laptop_b.services.cases.get_by_reference("KZ-CAT-441").title == "Evloev v. Kazakhstan"
