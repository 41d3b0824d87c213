"""Background jobs report results, known problems and bugs on the GUI thread, kept apart."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from app.errors import DomainError
from views.workers import run_in_background


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    pool = QThreadPool()
    seen: list[tuple[int, str]] = []
    threads: list[bool] = []
    worker_thread: list[threading.Thread] = []

    def work(progress) -> int:
        worker_thread.append(threading.current_thread())
        progress(50, "half way")
        progress(150, "clamped")
        return 42

    def on_progress(percent: int, text: str) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        seen.append((percent, text))

    results: list[object] = []
    run_in_background(work, on_finished=results.append, on_progress=on_progress, pool=pool)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen == [(50, "half way"), (100, "clamped")]
    assert all(threads)
    assert worker_thread[0] is not threading.main_thread()
    pool.waitForDone()


def test_domain_error_is_a_message_not_a_crash(qtbot) -> None:
    failed: list[str] = []
    crashed: list[str] = []

    def work(_progress) -> None:
        raise DomainError("The file is not a TreatyDesk bundle.")

    run_in_background(work, on_failed=failed.append, on_crashed=crashed.append)
    qtbot.waitUntil(lambda: failed == ["The file is not a TreatyDesk bundle."])
    assert crashed == []


def test_a_bug_carries_its_traceback(qtbot) -> None:
    crashed: list[str] = []

    def work(_progress) -> None:
        raise RuntimeError("boom")

    run_in_background(work, on_crashed=crashed.append)
    qtbot.waitUntil(lambda: len(crashed) == 1)
    assert "Traceback" in crashed[0]
    assert "RuntimeError: boom" in crashed[0]
