"""Background jobs report results, known problems and bugs on the GUI thread, kept apart."""

from __future__ import annotations

import threading
from collections.abc import Callable

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


def test_many_short_jobs_all_report_and_are_released(qtbot) -> None:
    """Many jobs, their callers keeping no reference: every result arrives once, on
    the GUI thread, and every job is released afterwards (no job freed while running)."""
    import gc

    from views import workers

    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    results: list[int] = []
    failed: list[str] = []
    on_gui_thread: list[bool] = []
    count = 40

    def finished(value: int) -> None:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        results.append(value)

    def make(n: int) -> Callable[[Callable[[int, str], None]], int]:
        def work(progress) -> int:
            progress(n % 100, "working")
            if n % 10 == 0:
                raise DomainError(f"job {n} refused")
            return n

        return work

    for n in range(count):
        run_in_background(make(n), on_finished=finished, on_failed=failed.append, pool=pool)
        if n % 8 == 0:
            gc.collect()  # the garbage collector runs while jobs are in flight
    qtbot.waitUntil(lambda: len(results) + len(failed) == count, timeout=20_000)
    pool.waitForDone()
    gc.collect()
    refused = {n for n in range(count) if n % 10 == 0}
    assert sorted(results) == [n for n in range(count) if n not in refused]
    assert sorted(failed) == sorted(f"job {n} refused" for n in refused)
    assert all(on_gui_thread)
    qtbot.waitUntil(lambda: workers.running_jobs() == 0, timeout=5000)
