"""Export… for any list, and the deadlines to a calendar (.ics), in one place.

A list (cases, people, deadlines, recommendations) is exported as it is filtered and sorted:
the page gives a `writer` callable, called on the GUI thread when the user has chosen the
file. It reads the list's filter and order from its widgets and returns the function that
writes the file through ExportService (or CalendarService); that function runs on a worker
thread (views/workers.py), so a list of 50,000 cases does not freeze the window.

    def writer(self) -> Callable[[ExportChoice], ExportResult]:  # on the GUI thread
        flt = self.current_filter()
        return lambda c: exports.export_cases(c.path, flt, fmt=c.fmt, delimiter=c.delimiter)

    self.export = ListExport(
        parent=self, title=self.tr("Export the cases list"), file_stem="cases", writer=writer
    )
    layout.addWidget(self.export.button(self))

The format comes from the save dialog's filter (Excel workbook, CSV with commas, CSV with
semicolons for Excel set to Russian), unless the file name typed ends in .csv or .xlsx. The
result ("Exported 23 rows to people.xlsx.") goes to the window's status bar, a problem (a
file open in Excel, a folder that does not exist) to a message box, or both to `notify`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.errors import DomainError
from views.workers import Job, run_in_background

SETTINGS_KEY = "exports/folder"
"""The folder of the last export, offered again next time."""

Notify = Callable[[str, str], None]
"""(text, level) with level "info" or "error"."""


@dataclass(frozen=True)
class ExportChoice:
    """Where and how to write a list: the file, "csv" or "xlsx", the CSV separator."""

    path: Path
    fmt: str
    delimiter: str = ","


def _list_filters() -> list[tuple[str, str, str]]:
    """(filter text, format, delimiter) offered by the save dialog, the default first."""
    return [
        (
            QCoreApplication.translate("ExportAction", "Excel workbook (*.xlsx)"),
            "xlsx",
            ",",
        ),
        (
            QCoreApplication.translate("ExportAction", "CSV, comma-separated (*.csv)"),
            "csv",
            ",",
        ),
        (
            QCoreApplication.translate(
                "ExportAction", "CSV, semicolon-separated, for Excel in Russian (*.csv)"
            ),
            "csv",
            ";",
        ),
    ]


def start_folder() -> Path:
    """The folder of the last export, else the user's documents folder."""
    saved = QSettings().value(SETTINGS_KEY)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(path: Path) -> None:
    QSettings().setValue(SETTINGS_KEY, str(path.parent))


def choice_from_dialog(name: str, selected_filter: str) -> ExportChoice | None:
    """The file and format from what the save dialog returned (None: cancelled).

    A name ending in .csv or .xlsx says the format; otherwise the chosen filter does, and
    its suffix is added to the name."""
    if not name:
        return None
    path = Path(name)
    filters = _list_filters()
    chosen = next((f for f in filters if f[0] == selected_filter), filters[0])
    _text, fmt, delimiter = chosen
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        typed = suffix.lstrip(".")
        if typed != fmt:
            fmt, delimiter = typed, ","
    else:
        path = path.with_name(f"{path.name}.{fmt}")
    return ExportChoice(path=path, fmt=fmt, delimiter=delimiter)


def choose_list_file(parent: QWidget, title: str, file_stem: str) -> ExportChoice | None:
    """Ask where to write a list; None when cancelled."""
    filters = _list_filters()
    name, selected = QFileDialog.getSaveFileName(
        parent,
        title,
        str(start_folder() / f"{file_stem}.xlsx"),
        ";;".join(f[0] for f in filters),
        filters[0][0],
    )
    return choice_from_dialog(name, selected)


def choose_ics_file(parent: QWidget, title: str, file_stem: str) -> Path | None:
    """Ask where to write an iCalendar file; None when cancelled."""
    name, _selected = QFileDialog.getSaveFileName(
        parent,
        title,
        str(start_folder() / f"{file_stem}.ics"),
        QCoreApplication.translate("ExportAction", "iCalendar file (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() in (".ics", ".ical", ".icalendar") else Path(f"{name}.ics")


class _Export(QObject):
    """What the list and calendar exports share: the action, the worker, the messages."""

    finished = Signal(str)
    """The file was written: the message shown."""
    failed = Signal(str)
    """It was not: the message shown."""

    def __init__(
        self,
        *,
        parent: QWidget,
        text: str,
        title: str,
        file_stem: str,
        notify: Notify | None = None,
    ) -> None:
        super().__init__(parent)
        self._widget = parent
        self.title = title
        self.file_stem = file_stem
        self._notify = notify or self._show
        self.message_box: QMessageBox | None = None
        self.busy = False
        self.job: Job | None = None
        self.last_message = ""
        self.action = QAction(text, parent)
        self.action.setToolTip(title)
        self.action.setStatusTip(title)
        self.action.triggered.connect(lambda _checked=False: self.export())

    def button(self, parent: QWidget) -> QPushButton:
        """A push button doing the same as the action (with the action's text and tip)."""
        button = QPushButton(self.action.text(), parent)
        button.setToolTip(self.title)
        button.setAccessibleName(self.action.text().replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: self.export())
        self.action.changed.connect(lambda: button.setEnabled(self.action.isEnabled()))
        return button

    def export(self) -> None:
        raise NotImplementedError

    def _start(self, work: Callable[[], Any], path: Path) -> Job | None:
        if self.busy:
            return None
        self.busy = True
        self.action.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.job = run_in_background(
            lambda _progress: work(),
            on_finished=lambda result: self._done(result, path),
            on_failed=self._failed,
            on_crashed=self._crashed,
        )
        return self.job

    def _stop(self) -> None:
        self.busy = False
        self.action.setEnabled(True)
        QApplication.restoreOverrideCursor()

    def _done(self, result: Any, path: Path) -> None:
        self._stop()
        remember_folder(path)
        self.last_message = self.sentence(result)
        self._notify(self.last_message, "info")
        self.finished.emit(self.last_message)

    def _failed(self, message: str) -> None:
        self._stop()
        self.last_message = QCoreApplication.translate(
            "ExportAction", "Not exported: {message}"
        ).format(message=message)
        self._notify(self.last_message, "error")
        self.failed.emit(self.last_message)

    def _crashed(self, trace: str) -> None:
        self._stop()
        last = trace.strip().splitlines()[-1] if trace.strip() else ""
        self.last_message = QCoreApplication.translate(
            "ExportAction",
            "Not exported: something went wrong inside TreatyDesk (a bug, not a problem with "
            "your data). {detail}",
        ).format(detail=last)
        self._notify(self.last_message, "error")
        self.failed.emit(self.last_message)

    def sentence(self, result: Any) -> str:
        raise NotImplementedError

    def _show(self, text: str, level: str) -> None:
        """Success in the window's status bar (else a message box), problems in a box."""
        window = self._widget.window()
        if level == "info" and isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)
            return
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning if level == "error" else QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("ExportAction", "Export"))
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box


class ListExport(_Export):
    """Export… of one list to .xlsx or .csv.

    `writer()` runs on the GUI thread when the export starts and returns the function that
    writes the file (on a worker thread) given the ExportChoice; it returns an ExportResult.
    """

    def __init__(
        self,
        *,
        parent: QWidget,
        title: str,
        file_stem: str,
        writer: Callable[[], Callable[[ExportChoice], Any]],
        notify: Notify | None = None,
    ) -> None:
        super().__init__(
            parent=parent,
            text=QCoreApplication.translate("ExportAction", "E&xport…"),
            title=title,
            file_stem=file_stem,
            notify=notify,
        )
        self._writer = writer

    def export(self) -> None:
        choice = choose_list_file(self._widget, self.title, self.file_stem)
        if choice is not None:
            self.export_to(choice)

    def export_to(self, choice: ExportChoice) -> Job | None:
        """Write the list as it is now shown to `choice` (off the GUI thread)."""
        try:
            write = self._writer()
        except DomainError as exc:
            self._failed(str(exc))
            return None
        return self._start(lambda: write(choice), choice.path)

    def sentence(self, result: Any) -> str:
        return QCoreApplication.translate(
            "ExportAction", "Exported %n row(s) to {name}.", "", int(result.rows)
        ).format(name=result.path.name)


class CalendarExport(_Export):
    """Export deadlines to calendar (.ics)…: `writer()` returns the function that writes the
    iCalendar file (CalendarService.write_ics) given its path; it returns a CalendarExport."""

    def __init__(
        self,
        *,
        parent: QWidget,
        title: str,
        file_stem: str,
        writer: Callable[[], Callable[[Path], Any]],
        notify: Notify | None = None,
    ) -> None:
        super().__init__(
            parent=parent,
            text=QCoreApplication.translate(
                "ExportAction", "Export deadli&nes to calendar (.ics)…"
            ),
            title=title,
            file_stem=file_stem,
            notify=notify,
        )
        self._writer = writer
        self.action.setToolTip(
            QCoreApplication.translate(
                "ExportAction",
                "{title}: for Outlook or Google Calendar. Exporting again updates the same events.",
            ).format(title=title)
        )

    def export(self) -> None:
        path = choose_ics_file(self._widget, self.title, self.file_stem)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Job | None:
        """Write the deadlines to the iCalendar file `path` (off the GUI thread)."""
        try:
            write = self._writer()
        except DomainError as exc:
            self._failed(str(exc))
            return None
        return self._start(lambda: write(path), path)

    def sentence(self, result: Any) -> str:
        return QCoreApplication.translate(
            "ExportAction",
            "Wrote %n deadline(s) to {name}. Import it again into your calendar to update the "
            "same events.",
            "",
            int(result.events),
        ).format(name=result.path.name)


__all__ = [
    "CalendarExport",
    "ExportChoice",
    "ListExport",
    "choice_from_dialog",
    "choose_ics_file",
    "choose_list_file",
]
