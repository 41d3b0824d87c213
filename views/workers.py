"""Long work off the GUI thread, on a QThreadPool, reporting through signals.

    job = run_in_background(
        lambda progress: services.documents.generate(request, progress=progress),
        on_finished=show_result,           # the work function's result
        on_failed=show_message,            # DomainError: the message, as it is
        on_crashed=show_bug_dialog,        # anything else: the traceback
        on_progress=bar.set_progress,      # (percent, text)
    )

The work function takes a `progress(percent, text)` callable. Known problems (DomainError)
are reported with `failed`; anything else is a bug and goes to `crashed` with the
traceback, so the window can show its "this is a bug" dialog (the two are kept apart).
Signals are queued across threads, so slots run on the GUI thread.

Lifetime. A job's signals object is a QObject of the GUI thread that the pool's thread
emits from, and the job itself is run by the pool's thread. If Python freed either while
the pool's thread still used it (a caller dropping its last reference, the garbage
collector), the worker would emit through a deleted object, or the last reference would
be dropped on the worker thread and the QObject deleted there. So the pool never runs the
job object itself: it runs a small private runner that holds the job, and this module
keeps every runner (and so every job) referenced until both

  * the job's last signal (finished, failed or crashed) has reached the GUI thread, and
  * the pool's thread has let go of the runner (its reference count is back to what this
    module holds, checked on the GUI thread while holding the GIL),

and only then takes the job out of the runner and drops it, on the GUI thread (PySide keeps
the empty runner). A caller may keep the returned job (to look at its signals) or drop it at
once: either is safe.

Known problem, outside this module: PySide6 6.12 on Python 3.11 loses a reference to None
for every QRunnable a pool runs, and to True for every Signal.emit() from Python; after a
few thousand the interpreter aborts ("deallocating None/True"). On Python 3.12+ these
objects are immortal and nothing happens. See the report in the lead's notes.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.errors import DomainError

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]

REAP_INTERVAL_MS = 20
"""How often finished runners are checked for release while some wait for it."""


class JobSignals(QObject):
    progress = Signal(int, str)
    """Percent done (0-100) and what is being done."""
    finished = Signal(object)
    """The work function's result."""
    failed = Signal(str)
    """A known problem (DomainError): its message, written for the user."""
    crashed = Signal(str)
    """A bug: the formatted traceback."""


class Job:
    """One piece of work and the signals it reports through (created on the GUI thread)."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        self._work = work
        self.signals = JobSignals()

    def run(self) -> None:
        """Do the work (on the pool's thread) and emit exactly one of the last signals."""
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


class _Runner(QRunnable):
    """What the pool runs: the job, held until this module lets it go on the GUI thread.

    PySide keeps a Python QRunnable started on a pool referenced for ever (with autoDelete
    off; with it on, the C++ object is deleted on the worker thread): the runner is a
    small shell whose job is taken out of it, on the GUI thread, once it has run."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job: Job | None = job
        self.setAutoDelete(False)

    def run(self) -> None:
        job = self.job
        if job is not None:
            job.run()


_RUNNING: dict[int, _Runner] = {}
"""Runners whose job has not yet delivered its last signal, by id(job)."""
_ENDED: list[_Runner] = []
"""Runners whose last signal was delivered, waiting for the pool's thread to let go."""
# What holds an ended runner while _release_idle() looks at it: PySide's own reference,
# the _ENDED list, the loop's list copy, the loop variable and getrefcount's argument. More
# means the pool's thread (its run() frame, the override being called) still holds it.
_IDLE_REFERENCES = 5
_reaper: QTimer | None = None


def running_jobs() -> int:
    """Jobs started and not yet released (for tests and for the window's quit)."""
    return len(_RUNNING) + len(_ENDED)


def _ended(key: int) -> None:
    """On the GUI thread: a job's last signal arrived; release it once the pool has."""
    if key in _RUNNING:
        _ENDED.append(_RUNNING.pop(key))  # no local name holds it meanwhile
    _reap()


def _reap() -> None:
    """On the GUI thread: drop the ended runners the pool's threads no longer hold."""
    global _reaper
    _release_idle()
    if not _ENDED:
        return
    if _reaper is None:
        _reaper = QTimer()
        _reaper.setSingleShot(True)
        _reaper.setInterval(REAP_INTERVAL_MS)
        _reaper.timeout.connect(_reap)
    _reaper.start()


def _release_idle() -> None:
    # A function of its own, so that no local variable outlives the check (getrefcount
    # counts: the _ENDED list, the copy iterated over, the loop variable and its argument).
    for runner in list(_ENDED):
        if sys.getrefcount(runner) <= _IDLE_REFERENCES:
            _ENDED.remove(runner)
            runner.job = None  # the job, its work and its signals are freed here


def run_in_background(
    work: Callable[[Progress], Any],
    *,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_crashed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Start `work` on the pool (the global one by default) and wire the callbacks.

    Call it on the GUI thread. The callbacks run on the GUI thread; the job is kept alive
    until it is over (see the module's docstring)."""
    job = Job(work)
    signals = job.signals
    if on_finished is not None:
        signals.finished.connect(on_finished)
    if on_failed is not None:
        signals.failed.connect(on_failed)
    if on_crashed is not None:
        signals.crashed.connect(on_crashed)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    # Connected last: the caller's slots run first, then the job is released. The slot
    # holds the job's id, not the job (a reference in a connection would never be freed).
    key = id(job)
    for done in (signals.finished, signals.failed, signals.crashed):
        done.connect(lambda *_args, key=key: _ended(key))
    runner = _Runner(job)
    _RUNNING[key] = runner
    (pool or QThreadPool.globalInstance()).start(runner)
    return job
