"""GUI fixtures: real widgets over a real, migrated SQLite database, settings kept in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.config import Paths, sqlite_url
from app.context import Workspace, open_demo_workspace, open_workspace
from views.main_window import MainWindow

TEST_ORG = "TreatyDeskTests"


@pytest.fixture(autouse=True)
def settings_folder(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings go to an INI file under tmp_path, never to the user's real settings."""
    folder = tmp_path / "settings"
    org, name = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(TEST_ORG)
    QCoreApplication.setApplicationName(TEST_ORG)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder
    QCoreApplication.setOrganizationName(org)
    QCoreApplication.setApplicationName(name)


@pytest.fixture
def demo_workspace(paths: Paths, clock) -> Iterator[Workspace]:
    """The demo portfolio, built for real (migrations + DemoService) with today fixed."""
    workspace = open_demo_workspace(paths, clock=clock)
    yield workspace
    workspace.close()


@pytest.fixture
def empty_workspace(paths: Paths, tmp_path: Path, clock) -> Iterator[Workspace]:
    """A user's database freshly created: migrated, reference data, no case."""
    workspace = open_workspace(sqlite_url(tmp_path / "mine.sqlite"), paths, clock=clock)
    yield workspace
    workspace.close()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, paths: Paths) -> WindowFactory:
    """Build a MainWindow over a workspace, registered with qtbot (closed after the test)."""

    def make(workspace: Workspace, **kwargs: object) -> MainWindow:
        window = MainWindow(
            services=workspace.services,
            database_label=workspace.display_name,
            is_demo=workspace.is_demo,
            data_folder=paths.data_dir,
            **kwargs,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def demo_window(make_window: WindowFactory, demo_workspace: Workspace) -> MainWindow:
    return make_window(demo_workspace)
