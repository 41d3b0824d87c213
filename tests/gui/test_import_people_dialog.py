"""File ▸ Import people from a spreadsheet…, driven through its widgets over a real database.

Files are written by the test: a Windows-1251 CSV with semicolons (what Excel saves on a
Russian Windows) and an .xlsx with merged header cells (openpyxl). Nothing is written to
the database before Import; a bad row is reported with its row number; Cancel writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog

from app.context import Workspace
from app.services.dto import PersonInput
from app.vocab import PartyRole
from views.dialogs.import_people import NEW, ImportPeopleDialog
from views.main_window import MainWindow

UZ23 = "ILI-2022-UZ23"

CSV_ROWS = [
    "ФИО;Дата рождения;Гражданство;Пол;Примечание",
    "Абдуллаев Акмал Рустамович;18.01.1990;Узбекистан;м;задержан 5 января",
    "Каримов Бахтиёр;31.02.1985;Узбекистан;м;",
    "Рахимова Дилноза;5 марта 1992;Атлантида;ж;",
    "Нурпеисова Алия;1980-05-12;Казахстан;ж;",
    "Иванов Иван Петрович;02.03.1975;РФ;м;",
]


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


def people_count(workspace: Workspace) -> int:
    return len(workspace.services.people.registry())


def cp1251_csv(folder: Path, rows: list[str] = CSV_ROWS) -> Path:
    path = folder / "потерпевшие.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))
    return path


def open_dialog(qtbot, workspace: Workspace, path: Path | None, **kwargs) -> ImportPeopleDialog:
    dialog = ImportPeopleDialog(people_import=workspace.services.people_import, path=path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if path is not None:
        wait_idle(qtbot, dialog)
    return dialog


def wait_idle(qtbot, dialog: ImportPeopleDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and not dialog._timer.isActive(), timeout=20_000)


def row_of(dialog: ImportPeopleDialog, number: int) -> int:
    for i, row in enumerate(dialog._shown_rows):
        if row.row == number:
            return i
    raise AssertionError(f"row {number} is not listed")


def cell(dialog: ImportPeopleDialog, number: int, column: int) -> str:
    return dialog.preview_table.item(row_of(dialog, number), column).text()


def test_windows_1251_csv_with_semicolons_end_to_end(
    qtbot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    services = empty_workspace.services
    ivan = services.people.create(PersonInput(full_name="Ivan Ivanov"))
    before = people_count(empty_workspace)
    imported: list[object] = []
    dialog = open_dialog(qtbot, empty_workspace, cp1251_csv(tmp_path), on_imported=imported.append)
    assert dialog.message.isHidden(), dialog.message.text()
    info = dialog.file_info.text()
    assert "Windows-1251" in info and "semicolon" in info and "5 row(s)" in info
    assert not dialog.sheet_combo.isEnabled()  # a CSV file has no sheets
    # The mapping guessed from the Russian headers, one combo per column.
    assert [c.currentData() for c in dialog.field_combos] == [
        "full_name",
        "date_of_birth",
        "nationality",
        "sex",
        "notes",
    ]
    assert dialog.field_combos[0].currentText() == "Full name"
    # Per-row problems, by the row number the spreadsheet shows (the header is row 1).
    from views.dialogs.import_people import COL_BORN, COL_DECISION, COL_PROBLEMS, COL_STATUS

    assert cell(dialog, 2, COL_STATUS) == "Ready"
    assert cell(dialog, 2, COL_BORN) == "18 January 1990"
    assert "not a real date" in cell(dialog, 3, COL_PROBLEMS)
    assert "Дата рождения" in cell(dialog, 3, COL_PROBLEMS)  # the column at fault
    assert "Unknown country “Атлантида”" in cell(dialog, 4, COL_PROBLEMS)
    assert cell(dialog, 4, COL_STATUS) == "Not imported"
    # Written with his patronymic, in Cyrillic: still the Ivan Ivanov already recorded.
    assert cell(dialog, 6, COL_STATUS) == "Likely duplicate"
    assert "Ivan Ivanov" in cell(dialog, 6, COL_PROBLEMS)
    assert cell(dialog, 6, COL_DECISION) == "Leave out"
    assert "2 row(s) ready to import" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 2 row(s)"
    assert people_count(empty_workspace) == before  # nothing written by the preview

    # Link the duplicate to the person already recorded, through the keyboard-reachable combo.
    dialog.preview_table.setCurrentCell(row_of(dialog, 6), COL_STATUS)
    assert dialog.decision_row.isVisibleTo(dialog)
    combo = dialog.decision_combo
    assert combo.itemText(1).startswith("Link to Ivan Ivanov")
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert dialog.matches() == {6: ivan.id}
    assert dialog.import_button.text() == "&Import 3 row(s)"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    report = dialog.report
    assert report is not None, dialog.message.text()
    assert imported == [report]
    assert [r.row for r in report.imported] == [2, 5, 6]
    assert [r.row for r in report.rejected] == [3, 4]
    assert people_count(empty_workspace) == before + 2  # row 6 linked, not created
    names = {p.person.full_name for p in services.people.registry()}
    assert {"Абдуллаев Акмал Рустамович", "Нурпеисова Алия"} <= names
    assert "Иванов Иван Петрович" not in names

    # The report: the rows not imported, with their row numbers; copied and saved.
    text = dialog.report_text.toPlainText()
    assert "Not imported: 2 row(s)" in text
    assert "Row 3: Каримов Бахтиёр" in text and "not a real date" in text
    assert "Row 4: Рахимова Дилноза" in text and "Атлантида" in text
    assert dialog.report_text.isVisible()
    dialog.copy_report()
    assert QApplication.clipboard().text() == text
    saved = tmp_path / "report.txt"
    assert dialog.save_report(saved)
    assert saved.read_text(encoding="utf-8") == text
    assert dialog.close_button is not None and dialog.close_button.isVisible()


def merged_header_workbook(folder: Path) -> Path:
    """Two sheets; on "Victims" a two-row header with cells merged across and down."""
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Summary"
    summary.append(["Note"])
    summary.append(["List prepared for the Committee"])
    victims = workbook.create_sheet("Victims")
    victims["A1"] = "Victim"
    victims.merge_cells("A1:B1")  # the group heading over surname and first name
    victims["C1"] = "Date of birth"
    victims.merge_cells("C1:C2")  # merged down into the second header row
    victims["D1"] = "Nationality"
    victims.merge_cells("D1:D2")
    victims["A2"] = "Surname"
    victims["B2"] = "First name"
    victims.append(["Tashkentov", "Azamat", "18.01.1990", "Uzbekistan"])
    victims.append(["Samarova", "Dilfuza", "not known", "UZ"])
    victims.append(["Bukharin", "Erkin", "3 March 1988", "KAZ"])
    workbook.active = 0  # the summary is what Excel opens on
    path = folder / "victims.xlsx"
    workbook.save(path)
    return path


def test_xlsx_with_merged_header_cells_pick_the_sheet_link_to_a_case(
    qtbot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    services = demo_workspace.services
    case = services.cases.get_by_reference(UZ23)
    parties_before = len(services.cases.parties(case.id))
    people_before = people_count(demo_workspace)
    dialog = open_dialog(qtbot, demo_workspace, merged_header_workbook(tmp_path))
    assert dialog.sheet_combo.isEnabled()
    assert [dialog.sheet_combo.itemText(i) for i in range(2)] == ["Summary", "Victims"]
    assert dialog.sheet_combo.currentText() == "Summary"
    # The summary sheet has no name column: nothing can be imported from it.
    assert "No column is mapped to the name" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    dialog.sheet_combo.setCurrentIndex(1)
    dialog.sheet_combo.activated.emit(1)
    wait_idle(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.table.sheet == "Victims"
    # The merged group heading names both columns under it.
    assert dialog.preview.table.headers == (
        "Victim / Surname",
        "Victim / First name",
        "Date of birth",
        "Nationality",
    )
    assert dialog.mapping() == {
        "last_name": 0,
        "first_name": 1,
        "date_of_birth": 2,
        "nationality": 3,
    }
    from views.dialogs.import_people import COL_CASE, COL_NAME, COL_PROBLEMS

    assert cell(dialog, 3, COL_NAME) == "Azamat Tashkentov"
    assert "is not a date" in cell(dialog, 4, COL_PROBLEMS)

    # Link everyone to the case, as victims (typed: the preview follows after a pause).
    dialog.case_edit.setFocus()
    qtbot.keyClicks(dialog.case_edit, UZ23)
    assert not dialog.import_button.isEnabled()  # until the preview catches up
    wait_idle(qtbot, dialog)
    assert cell(dialog, 3, COL_CASE) == f"{UZ23} — Victim"
    dialog.import_now()
    wait_idle(qtbot, dialog)
    report = dialog.report
    assert report is not None, dialog.message.text()
    assert [r.row for r in report.imported] == [3, 5]
    assert [r.row for r in report.rejected] == [4]
    assert "Row 4: Dilfuza Samarova" in dialog.report_text.toPlainText()
    assert people_count(demo_workspace) == people_before + 2
    parties = services.cases.parties(case.id)
    assert len(parties) == parties_before + 2
    added = {p.person.full_name: p.role for p in parties}
    assert added["Azamat Tashkentov"] is PartyRole.VICTIM
    assert added["Erkin Bukharin"] is PartyRole.VICTIM


def test_remapping_a_column_checks_the_rows_again(
    qtbot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, empty_workspace, cp1251_csv(tmp_path))
    # The notes column taken as the date of birth: one field, one column (the last chosen).
    dialog.set_field(4, "date_of_birth")
    assert dialog.field_combos[1].currentData() is None
    wait_idle(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.mapping["date_of_birth"] == 4
    from views.dialogs.import_people import COL_PROBLEMS

    assert "“задержан 5 января” is not a date" in cell(dialog, 2, COL_PROBLEMS)
    # "Only rows with problems" lists just those.
    dialog.problems_only.setChecked(True)
    assert all(r.problems for r in dialog._shown_rows)


def test_a_likely_duplicate_imported_as_a_new_person(
    qtbot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    services = empty_workspace.services
    services.people.create(PersonInput(full_name="Ivan Ivanov"))
    path = cp1251_csv(tmp_path, CSV_ROWS[:1] + CSV_ROWS[-1:])
    dialog = open_dialog(qtbot, empty_workspace, path)
    assert not dialog.import_button.isEnabled()  # the only row awaits a decision
    dialog.decide(2, NEW)
    assert dialog.matches() == {2: None}
    dialog.import_now()
    wait_idle(qtbot, dialog)
    assert dialog.report is not None and dialog.report.created == 1
    assert "Every row was imported." in dialog.report_text.toPlainText()
    assert people_count(empty_workspace) == 2


def test_cancel_writes_nothing(qtbot, empty_workspace: Workspace, tmp_path: Path) -> None:
    path = cp1251_csv(tmp_path)
    dialog = open_dialog(qtbot, empty_workspace, path)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert people_count(empty_workspace) == 0
    # Cancelled while the file is still being read: the late result changes nothing.
    dialog = open_dialog(qtbot, empty_workspace, None)
    dialog.open_file(path)
    dialog.reject()
    QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.wait(50)
    assert dialog.preview is None
    assert people_count(empty_workspace) == 0


def test_an_unreadable_file_is_explained(qtbot, empty_workspace: Workspace, tmp_path: Path) -> None:
    # Neither UTF-8, UTF-16 nor plausible Windows-1251 text.
    bad = tmp_path / "scan.csv"
    bad.write_bytes(bytes(range(128, 256)) * 8)
    dialog = open_dialog(qtbot, empty_workspace, bad)
    assert dialog.message.isVisibleTo(dialog)
    text = dialog.message.text()
    assert "Nothing was imported" in text
    assert "encoding" in text.lower() or "cannot" in text.lower(), text
    assert not dialog.import_button.isEnabled()
    # A file of another kind: told what to do.
    old = tmp_path / "victims.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    dialog.open_file(old)
    wait_idle(qtbot, dialog)
    assert ".xlsx" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    # A good file afterwards clears the message.
    dialog.open_file(cp1251_csv(tmp_path))
    wait_idle(qtbot, dialog)
    assert dialog.message.isHidden()
    assert dialog.import_button.isEnabled()


def test_keyboard_mnemonics_reach_every_control(
    qtbot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, empty_workspace, cp1251_csv(tmp_path))
    for combo in dialog.field_combos:
        assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert combo.accessibleName().startswith("Field for the column")
    assert not dialog.preview_table.tabKeyNavigation()  # Tab leaves the table
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert dialog.case_edit.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.role_combo.hasFocus()


def test_file_menu_and_people_page_open_the_dialog(
    qtbot, make_window, empty_workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    window: MainWindow = make_window(empty_workspace)
    assert window.import_people_action in window.menuBar().actions()[0].menu().actions()
    path = cp1251_csv(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    window.people.import_button.click()
    dialogs = window.findChildren(ImportPeopleDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isVisible()
    dialog.browse_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.preview is not None and len(dialog.preview.rows) == 5
    dialog.import_now()
    wait_idle(qtbot, dialog)
    assert dialog.report is not None
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 3)  # the page refreshed
    dialog.grab().save(str(tmp_path / "import_people_report.png"))
