"""Guard against a Qt binding that leaks references to Python's singletons.

PySide6 6.12.0 on Python 3.11 drops one reference to ``True`` on every ``Signal.emit()``
and two to ``None`` on every QRunnable run; after a few thousand the interpreter aborts
("bool_dealloc: deallocating True or False"). A day's work in the app emits far more
than that, so pyproject.toml keeps PySide6 below 6.12 and this test fails if an installed
version brings the leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ROUNDS = 1000


class _Emitter(QObject):
    fired = Signal(object)


class _Nothing(QRunnable):
    def run(self) -> None:
        pass


def test_emitting_signals_keeps_the_reference_to_true(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(ROUNDS):
        emitter.fired.emit(i)
    after = sys.getrefcount(True)
    assert len(received) == ROUNDS
    assert before - after < ROUNDS // 10, f"{before - after} references to True lost"


def test_running_jobs_keeps_the_reference_to_none(qapp: object) -> None:
    pool = QThreadPool()
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        pool.start(_Nothing())
    assert pool.waitForDone(30_000)
    after = sys.getrefcount(None)
    assert before - after < ROUNDS // 2, f"{before - after} references to None lost"
