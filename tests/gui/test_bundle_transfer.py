"""File ▸ Export case bundle… / Import case bundle…: the real dialogs over two real SQLite
laptops, the bundle written and read on worker threads, conflicts settled in the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.config import Paths, sqlite_url
from app.context import Workspace, open_workspace
from app.db import session_scope
from app.services.bundles import ENV_BUNDLE_PASSPHRASE, THEIRS
from models import AuditEntry, Case
from views.dialogs.bundle_conflicts import COL_FIELD, COL_MINE, COL_THEIRS
from views.dialogs.bundle_transfer import (
    MAX_LISTED,
    ImportBundleFlow,
    passphrase_strength,
)
from views.main_window import MainWindow

SECRET = "correct horse battery staple"
REF = "KZ-CAT-441"
SHOTS = Path("/tmp/h2")


@pytest.fixture(autouse=True)
def no_env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_BUNDLE_PASSPHRASE, raising=False)


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


def _case(ws: Workspace, reference: str = REF) -> Case:
    with session_scope(ws.session_factory) as s:
        return s.scalars(select(Case).where(Case.reference == reference)).one()


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _export(qtbot, window: MainWindow, path: Path, *, tick: str | None = None):
    dialog = window.export_bundle(path=path)
    qtbot.waitExposed(dialog)
    if tick is not None:
        dialog.checklist.filter_edit.setText(tick)
        dialog.checklist.set_checked(tick, True)
    dialog.passphrase.setText(SECRET)
    dialog.confirmation.setText(SECRET)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    return dialog


def _import(qtbot, window: MainWindow, path: Path, passphrase: str = SECRET) -> ImportBundleFlow:
    flow = window.import_bundle(path=path, passphrase=passphrase)
    qtbot.waitUntil(lambda: flow.passphrase_dialog is not None, timeout=5000)
    return flow


def test_round_trip_between_two_laptops_with_a_conflict_settled_in_the_dialog(
    qtbot, make_window, demo_workspace: Workspace, laptop_b: Workspace, tmp_path: Path
) -> None:
    a, b = demo_workspace, laptop_b
    window_a = make_window(a)
    window_b = make_window(b)

    # Laptop A: the case is chosen in the list, so it is ticked already.
    window_a.go_to(1)
    assert window_a.cases.select_case(_case(a).id)
    dialog = window_a.export_bundle(path=tmp_path / "to-b")  # the suffix is added
    qtbot.waitExposed(dialog)
    assert dialog.checklist.references() == [REF]
    dialog.passphrase.setText(SECRET)
    dialog.confirmation.setText("correct horse battery stapler")
    dialog.export_button.click()
    assert "not the same" in dialog.message.text()  # checked before anything is written
    assert not (tmp_path / "to-b.tdbundle").exists()
    dialog.passphrase.setText(SECRET)
    dialog.confirmation.setText(SECRET)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
        assert dialog.progress.isVisible()  # busy while the worker writes it
    assert not dialog.progress.isVisible()
    result = dialog.result_info
    assert result is not None and result.cases == (REF,)
    assert (tmp_path / "to-b.tdbundle").stat().st_size == result.size
    report = dialog.report.text()
    assert "1 case(s): KZ-CAT-441" in report and "KB" in report and "record(s)" in report
    _shot(dialog, "export_done")
    dialog.close()

    # Laptop B: imports it (no conflict: the summary dialog, then Import).
    flow = _import(qtbot, window_b, tmp_path / "to-b.tdbundle")
    qtbot.waitUntil(lambda: flow.conflicts_dialog is not None, timeout=30_000)
    assert flow.conflicts_dialog is not None and not flow.conflicts_dialog.keys
    with qtbot.waitSignal(flow.finished):
        flow.conflicts_dialog.import_button.click()
    assert flow.result is not None and flow.result.added > 0
    assert "Added:" in flow.summary_box.text()
    flow.summary_box.close()
    assert window_b.counts is not None and window_b.counts.cases == 1  # pages read again

    # The same field edited on both laptops, another on one side only.
    uuid = _case(a).uuid
    _edit(a, uuid, notes="Called the prosecutor in Almaty.")
    _edit(b, uuid, notes="Met the client in Geneva.", summary="Hearing fixed for March.")

    # Laptop B sends it back; laptop A imports it through the menu's flow.
    _export(qtbot, window_b, tmp_path / "back.tdbundle", tick=REF)
    flow = _import(qtbot, window_a, tmp_path / "back.tdbundle")
    qtbot.waitUntil(lambda: flow.conflicts_dialog is not None, timeout=30_000)
    conflicts = flow.conflicts_dialog
    assert conflicts is not None
    table = conflicts.table
    assert table.rowCount() == 1  # exactly the conflicting field
    assert table.item(0, COL_FIELD).text() == "Notes"
    assert table.item(0, COL_MINE).text() == "Called the prosecutor in Almaty."
    assert table.item(0, COL_THEIRS).text() == "Met the client in Geneva."
    assert not conflicts.import_button.isEnabled()  # nothing chosen for the user
    _shot(conflicts, "conflicts")
    conflicts.choose(0, THEIRS)
    with qtbot.waitSignal(flow.finished):
        conflicts.import_button.click()
    assert flow.result is not None and flow.result.resolved_theirs == 1
    summary = flow.summary_box.text()
    assert "1 conflicting field(s) settled" in summary
    assert "0 kept as on this computer, 1 taken from the bundle" in summary
    _shot(flow.summary_box, "import_summary")
    flow.summary_box.close()

    merged = _case(a)
    assert merged.notes == "Met the client in Geneva."  # theirs, chosen in the dialog
    assert merged.summary == "Hearing fixed for March."  # changed there only: taken
    with session_scope(a.session_factory) as s:
        events = [e.changes.get("event") for e in s.scalars(select(AuditEntry))]
    assert "bundle_import" in events and "bundle_export" in events


@pytest.mark.parametrize("damage", ["wrong passphrase", "tampered", "truncated"])
def test_a_bad_bundle_is_refused_in_the_dialog_and_nothing_changes(
    qtbot, make_window, demo_workspace: Workspace, laptop_b: Workspace, tmp_path: Path, damage
) -> None:
    bundle = tmp_path / "x.tdbundle"
    demo_workspace.services.bundles.export_bundle([REF], bundle, SECRET)
    data = bundle.read_bytes()
    passphrase = SECRET
    if damage == "wrong passphrase":
        passphrase = "correct horse battery stable"
    elif damage == "tampered":
        bundle.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    else:
        bundle.write_bytes(data[: len(data) // 2])
    window = make_window(laptop_b)
    flow = _import(qtbot, window, bundle, passphrase)
    dialog = flow.passphrase_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=30_000)
    expected = {
        "wrong passphrase": "Wrong passphrase",
        "tampered": "was altered or damaged",
        "truncated": "is incomplete",
    }[damage]
    assert expected in dialog.message.text()
    assert "Nothing was imported" in dialog.message.text()
    assert dialog.isVisible() and flow.conflicts_dialog is None
    assert dialog.field.text() == ""  # ready for another try
    if damage == "wrong passphrase":
        _shot(dialog, "wrong_passphrase")
        # Another try with the right one goes on to the preview.
        qtbot.keyClicks(dialog.field, SECRET)
        dialog.open_button.click()
        qtbot.waitUntil(lambda: flow.conflicts_dialog is not None, timeout=30_000)
        assert flow.conflicts_dialog is not None
        flow.conflicts_dialog.reject()
    else:
        dialog.reject()
    assert window.counts is not None and window.counts.cases == 0
    assert laptop_b.services.listing.record_counts().cases == 0


def test_export_checks_its_inputs_and_asks_before_replacing_a_file(
    qtbot, make_window, demo_workspace: Workspace, tmp_path: Path
) -> None:
    window = make_window(demo_workspace)
    target = tmp_path / "old.tdbundle"
    target.write_bytes(b"an older bundle")
    dialog = window.export_bundle(path=target)
    qtbot.waitExposed(dialog)
    assert dialog.checklist.chosen == {}  # nothing selected: nothing chosen
    assert not dialog.export_button.isEnabled()
    assert "No case chosen yet" in dialog.checklist.count_label.text()

    # The filter narrows the list in SQL; the ticks stay when it changes.
    dialog.checklist.filter_edit.setText("KZ-CAT")
    shown = [dialog.checklist.list.item(n).text() for n in range(dialog.checklist.list.count())]
    assert shown and all("KZ-CAT" in text for text in shown)
    dialog.checklist.set_checked(REF, True)
    dialog.checklist.filter_edit.setText("KZ-CCPR-2137")
    dialog.checklist.set_checked("KZ-CCPR-2137", True)
    dialog.checklist.filter_edit.setText("")
    assert dialog.checklist.references() == ["KZ-CAT-441", "KZ-CCPR-2137"]
    assert dialog.checklist.list.item(0).checkState() == Qt.CheckState.Checked  # first
    assert "2 case(s) chosen" in dialog.checklist.count_label.text()
    assert dialog.checklist.list.count() <= MAX_LISTED

    dialog.passphrase.setText("short")
    assert "Too short" in dialog.strength.text()
    dialog.confirmation.setText("short")
    dialog.export_button.click()
    assert "too short" in dialog.message.text()
    _shot(dialog, "export_problem")

    dialog.path_edit.setText(str(tmp_path / "cases.zip"))
    dialog.passphrase.setText(SECRET)
    dialog.confirmation.setText(SECRET)
    dialog.export_button.click()
    assert "Name the bundle" in dialog.message.text()

    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    box = dialog.replace_box
    assert box is not None and box.isVisible()
    box.reject()  # Cancel: the old file stays
    assert target.read_bytes() == b"an older bundle"
    assert dialog.job is None

    dialog.passphrase.setText(SECRET)
    dialog.confirmation.setText(SECRET)
    dialog.export_button.click()
    box = dialog.replace_box
    assert box is not None
    replace = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        replace.click()
    assert target.read_bytes() != b"an older bundle"
    assert dialog.result_info is not None and len(dialog.result_info.cases) == 2


def test_the_environment_passphrase_is_used_for_export_and_import(
    qtbot,
    make_window,
    demo_workspace: Workspace,
    laptop_b: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_BUNDLE_PASSPHRASE, SECRET)
    window = make_window(demo_workspace)
    dialog = window.export_bundle(path=tmp_path / "env.tdbundle")
    qtbot.waitExposed(dialog)
    assert dialog.env_note.isVisible() and not dialog.passphrase.isVisible()
    assert ENV_BUNDLE_PASSPHRASE in dialog.env_note.text()
    dialog.checklist.filter_edit.setText(REF)
    dialog.checklist.set_checked(REF, True)
    _shot(dialog, "export_env")
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()

    window_b = make_window(laptop_b)
    flow = window_b.import_bundle(path=tmp_path / "env.tdbundle")  # no passphrase given
    qtbot.waitUntil(lambda: flow.conflicts_dialog is not None, timeout=30_000)
    assert flow.conflicts_dialog is not None
    with qtbot.waitSignal(flow.finished):
        flow.conflicts_dialog.import_button.click()
    flow.summary_box.close()
    assert laptop_b.services.cases.get_by_reference(REF).title == "Evloev v. Kazakhstan"

    # The same bundle again: nothing new, said so, nothing written.
    flow = window_b.import_bundle(path=tmp_path / "env.tdbundle")
    qtbot.waitUntil(lambda: flow.summary_box is not None, timeout=30_000)
    assert "nothing to import" in flow.summary_box.text()
    assert flow.conflicts_dialog is None
    flow.summary_box.close()


def test_the_menu_holds_both_commands_and_an_open_case_is_preselected(
    qtbot, make_window, demo_workspace: Workspace
) -> None:
    from views.case_editor import open_case_editor

    window = make_window(demo_workspace)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "E&xport case bundle…" in texts and "Import case b&undle…" in texts
    case_id = _case(demo_workspace).id
    editor = open_case_editor(window, demo_workspace.services, case_id)
    qtbot.addWidget(editor)
    window.cases.table.clearSelection()
    dialog = window.export_bundle()
    assert dialog.checklist.references() == [REF]
    assert dialog.path_edit.text().endswith(".tdbundle")
    assert REF not in dialog.path_edit.text()  # the file name says nothing of the cases
    dialog.close()
    editor.close()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("", 0),
        ("short", 0),
        ("password", 1),
        ("aaaaaaaaaaaa", 1),
        ("12345678", 1),
        ("Tulips7!", 2),
        ("correct horse battery staple", 4),
        ("грузовик лампа река окно", 4),
    ],
)
def test_the_strength_hint(text: str, level: int) -> None:
    assert passphrase_strength(text) == level
