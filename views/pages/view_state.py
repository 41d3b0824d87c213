"""Remembering how the user left a view: window geometry, splitters, table headers (column
widths, order, hidden columns, sort order), in QSettings.

Each piece is stored under "<group>/<name>" as Qt's own saved state. A state that cannot be
restored (another version of the column set, a damaged file) is ignored and the defaults
stand. Tests point QSettings at an INI file under tmp_path (tests/gui/conftest.py).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

SETTINGS_VERSION = 1
"""Bump when a saved state would no longer fit (e.g. the cases list's columns change)."""


def _key(group: str, name: str) -> str:
    return f"{group}/{name}"


def _load(group: str, name: str) -> QByteArray | None:
    settings = QSettings()
    if settings.value(_key(group, "version")) not in (SETTINGS_VERSION, str(SETTINGS_VERSION)):
        return None
    value = settings.value(_key(group, name))
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _store(group: str, name: str, value: QByteArray) -> None:
    settings = QSettings()
    settings.setValue(_key(group, "version"), SETTINGS_VERSION)
    settings.setValue(_key(group, name), value)


def save_header(group: str, name: str, header: QHeaderView) -> None:
    _store(group, name, header.saveState())


def restore_header(group: str, name: str, header: QHeaderView, columns: int) -> bool:
    """Restore a header saved with the same number of columns; True if it was."""
    state = _load(group, name)
    if state is None:
        return False
    if not header.restoreState(state) or header.count() != columns:
        return False
    # Never leave every column hidden (a damaged state): show them all again.
    if all(header.isSectionHidden(i) for i in range(header.count())):
        for i in range(header.count()):
            header.showSection(i)
    return True


def save_splitter(group: str, name: str, splitter: QSplitter) -> None:
    _store(group, name, splitter.saveState())


def restore_splitter(group: str, name: str, splitter: QSplitter) -> bool:
    state = _load(group, name)
    return state is not None and splitter.restoreState(state)


def save_geometry(group: str, widget: QWidget) -> None:
    _store(group, "geometry", widget.saveGeometry())


def restore_geometry(group: str, widget: QWidget) -> bool:
    state = _load(group, "geometry")
    return state is not None and widget.restoreGeometry(state)


def sync() -> None:
    QSettings().sync()
