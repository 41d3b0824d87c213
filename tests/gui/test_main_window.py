"""The main window over the demo portfolio and over an empty database of the user's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.services.dto import PersonInput
from views.main_window import PAGE_NAMES, MainWindow


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


def test_status_bar_shows_database_and_counts(demo_window: MainWindow, demo_workspace) -> None:
    assert demo_window.database_label.full_text() == f"Database: {demo_workspace.display_name}"
    assert demo_window.database_label.toolTip() == demo_window.database_label.full_text()
    assert demo_window.counts_label.text() == "5 cases · 28 people · 1 review"


def test_menus_hold_the_commands(demo_window: MainWindow) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in demo_window.menuBar().actions()}
    assert list(menus) == ["File", "View", "Help"]

    def entries(name: str) -> dict[str, str]:
        return {
            a.text().replace("&", ""): a.shortcut().toString()
            for a in menus[name].actions()
            if not a.isSeparator()
        }

    assert entries("File") == {"Open demo portfolio": "", "Quit": "Ctrl+Q"}
    view = entries("View")
    assert view["Refresh"] == "F5"
    assert view["Cases"] == "Ctrl+2"
    assert view["Find…"] == "Ctrl+F"
    assert set(entries("Help")) == {"About TreatyDesk", "Where is my data?"}


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
    window.close()
    settings = QSettings()
    assert Path(settings.fileName()).is_relative_to(settings_folder)
    assert settings.value("main_window/geometry") is not None

    again = make_window(demo_workspace)
    assert again.size().width() == 700
    assert again.size().height() == 500


def test_default_size_without_saved_geometry(make_window, demo_workspace) -> None:
    window = make_window(demo_workspace)
    screen = QApplication.primaryScreen().availableGeometry()
    assert window.width() == min(1280, screen.width())
    assert window.height() == min(800, screen.height())
