"""The main window over the demo portfolio and over an empty database of the user's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.services.dto import PersonInput
from views.main_window import (
    PAGE_NAMES,
    MainWindow,
    forget_recent,
    recent_files,
    remember_recent,
)


def show(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_opens_with_five_pages_and_the_dashboard_first(demo_window: MainWindow) -> None:
    assert demo_window.stack.count() == 5
    assert [demo_window.nav.item(i).text() for i in range(demo_window.nav.count())] == list(
        PAGE_NAMES
    )
    assert demo_window.current_page_name() == "Dashboard"
    assert demo_window.current_page() is demo_window.dashboard


def test_ctrl_number_switches_pages(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    qtbot.keyClick(demo_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.current_page_name() == "Cases"
    assert demo_window.stack.currentWidget() is demo_window.cases
    assert demo_window.nav.currentRow() == 1
    qtbot.keyClick(demo_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.current_page_name() == "Documents"
    qtbot.keyClick(demo_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.current_page_name() == "Dashboard"


def test_clicking_the_navigation_switches_pages(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    item = demo_window.nav.item(2)
    rect = demo_window.nav.visualItemRect(item)
    qtbot.mouseClick(demo_window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_window.current_page_name() == "People"


def test_ctrl_f_focuses_the_cases_filter(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.current_page_name() == "Cases"
    qtbot.waitUntil(lambda: demo_window.cases.filter_edit.hasFocus())


def test_demo_mode_is_unmistakable(qtbot, demo_window: MainWindow) -> None:
    show(qtbot, demo_window)
    assert demo_window.banner is not None
    assert demo_window.banner.isVisible()
    assert demo_window.banner.label.text().startswith("DEMO")
    assert demo_window.demo_badge is not None and demo_window.demo_badge.isVisible()
    assert "DEMO" in demo_window.windowTitle()
    assert demo_window.windowTitle().startswith("TreatyDesk — ")
    assert "demo.sqlite" in demo_window.windowTitle()


def test_own_database_has_no_demo_banner(qtbot, make_window, empty_workspace) -> None:
    window = make_window(empty_workspace)
    show(qtbot, window)
    assert window.banner is None
    assert window.demo_badge is None
    assert window.windowTitle() == f"TreatyDesk — {empty_workspace.display_name}"
    assert "DEMO" not in window.windowTitle()


def test_status_bar_shows_database_encryption_and_counts(
    demo_window: MainWindow, demo_workspace, make_window
) -> None:
    assert demo_window.database_label.full_text() == f"Database: {demo_workspace.display_name}"
    assert demo_window.database_label.toolTip() == demo_window.database_label.full_text()
    assert demo_window.counts_label.text() == "5 cases · 28 people · 1 review"
    assert demo_window.encryption_label.text() == "Not encrypted"
    encrypted = make_window(demo_workspace, encrypted=True)
    assert encrypted.encryption_label.text() == "Encrypted"
    assert "encrypted" in encrypted.where_is_my_data_text()


def menu_entries(window: MainWindow) -> dict[str, dict[str, str]]:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    return {
        name: {
            a.text().replace("&", ""): a.shortcut().toString()
            for a in menu.actions()
            if not a.isSeparator()
        }
        for name, menu in menus.items()
    }


def test_menus_hold_the_commands(demo_window: MainWindow) -> None:
    entries = menu_entries(demo_window)
    assert list(entries)[:4] == ["File", "Edit", "View", "Help"]
    assert entries["File"] == {
        "New database…": "Ctrl+Shift+N",
        "Open database…": "Ctrl+O",
        "Recent files": "",
        "Open demo portfolio": "",
        "Back up now…": "",
        "Restore from a backup…": "",
        "Import decision…": "",
        "Import concluding observations…": "",
        "Import people from a spreadsheet…": "",
        "Export case bundle…": "",
        "Import case bundle…": "",
        "Save all open editors": "Ctrl+S",
        "Close window": "Ctrl+W",
        "Quit": "Ctrl+Q",
    }
    assert entries["Edit"] == {
        "New case…": "Ctrl+N",
        "New person…": "Ctrl+Shift+P",
        "New periodic review…": "",
        "Search everything…": "Ctrl+K",
        "Find in the list…": "Ctrl+F",
    }
    view = entries["View"]
    assert view["Refresh"] == "F5"
    assert view["Cases"] == "Ctrl+2"
    assert "Open windows" in view
    assert set(entries["Help"]) == {"About TreatyDesk", "Where is my data?"}


def test_every_menu_command_has_a_mnemonic_or_a_shortcut(demo_window: MainWindow) -> None:
    """Keyboard reachable: Alt+letter opens the menu, a letter or a shortcut runs the item."""
    for top in demo_window.menuBar().actions():
        assert "&" in top.text(), top.text()
        for action in top.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_toolbar_holds_the_main_actions(demo_window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in demo_window.toolbar.actions() if a.text()]
    assert texts == [
        "New case…",
        "New person…",
        "Search everything…",
        "Refresh",
        "Back up now…",
    ]


def test_new_case_is_disabled_without_the_case_editor(make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    assert not window.new_case_action.isEnabled()
    opened: list[int | None] = []
    window = make_window(demo_workspace, case_opener=opened.append)
    assert window.new_case_action.isEnabled()
    window.new_case_action.trigger()
    window.open_case(3)
    assert opened == [None, 3]
    later = make_window(demo_workspace)
    later.set_case_opener(opened.append)
    assert later.new_case_action.isEnabled()
    later.open_case(4)
    assert opened[-1] == 4


def test_open_demo_menu_calls_back(make_window, empty_workspace) -> None:
    calls: list[str] = []
    window = make_window(empty_workspace, on_open_demo=lambda: calls.append("demo"))
    assert window.open_demo_action.isEnabled()
    window.open_demo_action.trigger()
    assert calls == ["demo"]


def test_open_demo_is_disabled_without_a_handler(make_window, empty_workspace) -> None:
    window = make_window(empty_workspace)
    assert not window.open_demo_action.isEnabled()
    assert not window.dashboard.welcome.demo_button.isEnabled()


def test_where_is_my_data_names_the_files(demo_window: MainWindow, demo_workspace, paths) -> None:
    text = demo_window.where_is_my_data_text()
    assert demo_workspace.display_name in text
    assert str(paths.data_dir) in text
    assert "demo portfolio" in text
    assert str(paths.backups) in text


def test_f5_reads_the_database_again(qtbot, demo_window: MainWindow, demo_workspace) -> None:
    show(qtbot, demo_window)
    before = demo_window.people.model.rowCount()
    demo_workspace.services.people.create(PersonInput(full_name="Zarina Testova"))
    assert demo_window.people.model.rowCount() == before  # nothing moves until asked
    qtbot.keyClick(demo_window, Qt.Key.Key_F5)
    assert demo_window.people.model.rowCount() == before + 1
    assert "29 people" in demo_window.counts_label.text()


def test_geometry_is_saved_to_the_test_settings(
    qtbot, make_window, demo_workspace, settings_folder: Path
) -> None:
    window = make_window(demo_workspace)
    show(qtbot, window)
    window.resize(700, 500)  # the offscreen screen is 800 x 600
    qtbot.waitUntil(lambda: window.width() == 700)
    window.splitter.setSizes([200, 500])
    sizes = window.splitter.sizes()
    window.close()
    settings = QSettings()
    assert Path(settings.fileName()).is_relative_to(settings_folder)
    assert settings.value("main_window/geometry") is not None

    again = make_window(demo_workspace)
    assert again.size().width() == 700
    assert again.size().height() == 500
    show(qtbot, again)
    assert again.splitter.sizes() == sizes


def test_default_size_without_saved_geometry(make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    screen = QApplication.primaryScreen().availableGeometry()
    assert window.width() == min(1280, screen.width())
    assert window.height() == min(800, screen.height())


# ---------------------------------------------------------------- databases and backups


def test_new_and_open_database_call_back_with_the_chosen_file(
    qtbot, make_window, empty_workspace, tmp_path, monkeypatch
) -> None:
    created: list[Path] = []
    opened: list[Path] = []
    window = make_window(
        empty_workspace, on_new_database=created.append, on_open_database=opened.append
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "team"), "")
    )
    old = empty_workspace.database_file
    assert old is not None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
    window.new_database_action.trigger()
    assert created == [tmp_path / "team.sqlite"]  # the suffix is added
    # Open database…: a file or a server (views/dialogs/open_database.py); Browse… fills in
    # the file, which is checked before it is handed on.
    window.open_database_action.trigger()
    dialog = window.open_dialog
    assert dialog is not None
    dialog.browse_button.click()
    dialog.open_button.click()
    assert opened == [old.resolve()]
    window.open_database_action.trigger()
    assert window.open_dialog is not None
    window.open_dialog.reject()  # cancelled: nothing happens
    assert opened == [old.resolve()]


def test_without_handlers_new_and_open_are_disabled(make_window, empty_workspace) -> None:
    window = make_window(empty_workspace)
    assert not window.new_database_action.isEnabled()
    assert not window.open_database_action.isEnabled()
    assert not window.backup_action.isEnabled()  # no BackupService handed in
    assert "database server" in window.backup_action.toolTip()
    assert not window.restore_action.isEnabled()


def test_recent_files_remember_the_databases_opened(
    qtbot, make_window, empty_workspace, tmp_path
) -> None:
    opened: list[Path] = []
    first = tmp_path / "first.sqlite"
    first.write_bytes(b"")
    remember_recent(first)
    window = make_window(
        empty_workspace,
        database_file=empty_workspace.database_file,
        on_open_database=opened.append,
    )
    assert recent_files() == [empty_workspace.database_file, first]
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert texts == [
        f"&1 {empty_workspace.database_file}",
        f"&2 {first}",
        "Clear the list",
    ]
    window.recent_menu.actions()[1].trigger()
    assert opened == [first]
    gone = tmp_path / "gone.sqlite"
    remember_recent(gone)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())
    window.open_recent(gone)  # a vanished file is explained and taken off the list
    assert gone not in recent_files()
    assert opened == [first]
    forget_recent()
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == ["No recent files"]


def test_the_demo_is_not_a_recent_file(make_window, demo_workspace) -> None:
    make_window(demo_workspace, database_file=demo_workspace.database_file)
    assert recent_files() == []


def test_back_up_now_writes_an_archive_off_the_gui_thread(
    qtbot, make_window, demo_workspace
) -> None:
    window = make_window(demo_workspace, backups=demo_workspace.backups)
    before = len(demo_workspace.backups.list())
    window.back_up()
    box = window.backup_box
    assert "Write a backup" in box.text()
    here = next(b for b in box.buttons() if b.text() == "Back up now")
    here.click()
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10_000)
    assert len(demo_workspace.backups.list()) == before + 1
    assert window.statusBar().currentMessage().startswith("Backup written: ")


def test_back_up_to_another_place(qtbot, make_window, demo_workspace, tmp_path, monkeypatch):
    window = make_window(demo_workspace, backups=demo_workspace.backups)
    target = tmp_path / "usb" / "copy"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.back_up()
    other = next(b for b in window.backup_box.buttons() if b.text() == "Choose another place…")
    other.click()
    qtbot.waitUntil(lambda: (tmp_path / "usb" / "copy.zip").exists(), timeout=10_000)
    qtbot.waitUntil(lambda: window.backup_action.isEnabled())


def test_restore_lists_the_backups_and_restores_one(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    backups = demo_workspace.backups
    info = backups.create()
    services.people.create(PersonInput(full_name="Added After The Backup"))
    window = make_window(demo_workspace, backups=backups)
    assert "29 people" in window.counts_label.text()
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() >= 1
    assert dialog.selected() is not None and dialog.selected().path == info.path
    dialog.restore_button.click()
    confirm = dialog.confirm_box
    assert "Replace the database" in confirm.text()
    yes = next(b for b in confirm.buttons() if b.text() == "Replace with the backup")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())  # "Restored" note
    yes.click()
    assert "28 people" in window.counts_label.text()
    assert services.people.list("Added After The Backup") == []
    assert window.statusBar().currentMessage().startswith(f"Restored from {info.path.name}.")


def test_restore_waits_for_unsaved_editors(qtbot, make_window, demo_workspace) -> None:
    backups = demo_workspace.backups
    info = backups.create()
    window = make_window(demo_workspace, backups=backups)
    editor = window.new_person()
    editor.full_name.widget.setText("Unsaved Person")
    restored: list[Path] = []
    window.run_restore = lambda archive, *_: restored.append(archive)  # type: ignore[method-assign]
    window.request_close_editors(lambda: window.run_restore(info.path))
    box = window.unsaved_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert restored == []
    assert editor.isVisible()
    window.request_close_editors(lambda: window.run_restore(info.path))
    qtbot.mouseClick(window.unsaved_box.discard_button, Qt.MouseButton.LeftButton)
    assert restored == [info.path]
    assert window.open_editors() == []


def test_save_all_saves_every_open_editor(qtbot, make_window, demo_workspace) -> None:
    services = demo_workspace.services
    window = make_window(demo_workspace)
    window.show()
    qtbot.waitExposed(window)
    first = window.new_person()
    first.full_name.widget.setText("First Unsaved")
    review = window.open_review(services.reviews.list()[0].id)
    review.session.widget.setText("144th")
    window.activateWindow()
    window.save_all_action.trigger()
    assert services.people.list("First Unsaved")
    assert services.reviews.list()[0].session == "144th"
    assert window.dirty_editors() == []
    window.save_all_action.trigger()
    assert window.statusBar().currentMessage().startswith("Nothing to save")
    for editor in window.open_editors():
        editor.close()


def test_closing_the_window_asks_about_unsaved_editors(qtbot, make_window, demo_workspace):
    window = make_window(demo_workspace)
    window.show()
    qtbot.waitExposed(window)
    editor = window.new_person()
    editor.full_name.widget.setText("Half Typed")
    window.close()
    assert window.isVisible()  # not yet: the question is up
    qtbot.mouseClick(window.unsaved_box.cancel_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and editor.isVisible()
    window.close()
    qtbot.mouseClick(window.unsaved_box.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not editor.isVisible()


def test_open_windows_menu_lists_the_editors(qtbot, make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    window.windows_menu.aboutToShow.emit()
    assert [a.text() for a in window.windows_menu.actions()] == ["No editor window is open"]
    editor = window.open_review(demo_workspace.services.reviews.list()[0].id)
    window.windows_menu.aboutToShow.emit()
    assert [a.text() for a in window.windows_menu.actions()] == [
        "&1 CCPR/C/KAZ/CO/3 — Kazakhstan — TreatyDesk"
    ]
    editor.close()
