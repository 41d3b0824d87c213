"""Long work off the GUI thread: a QRunnable on a QThreadPool, reporting through signals.

    job = Job(lambda progress: services.documents.render(..., progress=progress))
    job.signals.progress.connect(bar.setValue)
    job.signals.finished.connect(show_result)
    job.signals.failed.connect(show_message)      # DomainError: the message, as it is
    QThreadPool.globalInstance().start(job)

The work function takes a `progress(percent, text)` callable. Known problems (DomainError)
are reported with `failed`; anything else is a bug and goes to `crashed` with the
traceback, so the window can show its "this is a bug" dialog (the two are kept apart).
Signals are queued across threads, so slots run on the GUI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import DomainError

log = logging.getLogger(__name__)

_RUNNING: set[Job] = set()
"""Jobs in flight, kept alive until their last signal reached the GUI thread."""

Progress = Callable[[int, str], None]


class JobSignals(QObject):
    progress = Signal(int, str)
    """Percent done (0-100) and what is being done."""
    finished = Signal(object)
    """The work function's result."""
    failed = Signal(str)
    """A known problem (DomainError): its message, written for the user."""
    crashed = Signal(str)
    """A bug: the formatted traceback."""


class Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = JobSignals()
        # Python owns the job (see _RUNNING): its signals must outlive run() until delivered.
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except DomainError as exc:
            self.signals.failed.emit(str(exc))
        except Exception:
            text = traceback.format_exc()
            log.error("background job failed:\n%s", text)
            self.signals.crashed.emit(text)
        else:
            self.signals.finished.emit(result)

    def _progress(self, percent: int, text: str = "") -> None:
        self.signals.progress.emit(max(0, min(100, int(percent))), text)


def run_in_background(
    work: Callable[[Progress], Any],
    *,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_crashed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Start `work` on the pool (the global one by default) and wire the callbacks."""
    job = Job(work)
    if on_finished is not None:
        job.signals.finished.connect(on_finished)
    if on_failed is not None:
        job.signals.failed.connect(on_failed)
    if on_crashed is not None:
        job.signals.crashed.connect(on_crashed)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    for done in (job.signals.finished, job.signals.failed, job.signals.crashed):
        done.connect(lambda *_args, job=job: _RUNNING.discard(job))
    _RUNNING.add(job)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
