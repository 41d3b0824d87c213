"""Benchmark of the case editor (not part of the test run):

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_case_editor.py [--repeat 5]
        [--victims 5000]

Measures, in one process over a fresh demo portfolio:
- opening ILI-2022-UZ23 (23 victims): from the call to the window shown with the
  implementation grid filled;
- opening a case with `--victims` victims and three individual remedies (statuses recorded
  for every victim), the same way;
- a bulk status for every victim of one remedy, from the dialog's OK to the totals redrawn;
and, during each, the longest time the GUI thread did not get to run a 5 ms timer (how long
the window would look frozen). Prints the median and the slowest run of each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.config import Paths  # noqa: E402
from app.context import Workspace, open_demo_workspace  # noqa: E402
from app.services.dto import RemedyInput, StatusInput  # noqa: E402
from app.vocab import ImplementationStatus, RemedyKind, RemedyScope  # noqa: E402
from tests.unit.factories import make_case  # noqa: E402
from views.case_editor import CaseEditorWindow, open_case_editor  # noqa: E402

TODAY = date(2026, 11, 22)


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.longest

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())


def wait_until(condition: Callable[[], bool], timeout_s: float = 120) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the editor did not finish loading")
        time.sleep(0.001)


def open_ms(
    workspace: Workspace, case_id: int, victims: int, meter: StallMeter
) -> tuple[float, int]:
    meter.start()
    started = time.perf_counter()
    window = open_case_editor(None, workspace.services, case_id)
    wait_until(
        lambda: (
            not window.editor.loading and window.editor.implementation.model.rowCount() == victims
        )
    )
    QCoreApplication.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    stall = meter.stop()
    window.close_without_saving()
    QCoreApplication.processEvents()
    return elapsed, stall


def bulk_ms(workspace: Workspace, case_id: int, meter: StallMeter) -> tuple[float, int]:
    window = CaseEditorWindow(services=workspace.services, case_id=case_id)
    window.show()
    editor = window.editor
    wait_until(lambda: not editor.loading)
    tab = editor.implementation
    remedy = tab.model.remedies[0]
    tab.select_cells([(remedy.id, v.id) for v in tab.model.victims])
    tab.open_bulk_dialog()
    dialog = tab.dialog
    assert dialog is not None
    status = (
        ImplementationStatus.PARTIALLY
        if tab.model.status_of((remedy.id, tab.model.victims[0].id)).status
        is not ImplementationStatus.PARTIALLY
        else ImplementationStatus.NOT_IMPLEMENTED
    )
    dialog.status.set_raw(status)
    before = editor.implementation.totals_labels[remedy.id].text()
    meter.start()
    started = time.perf_counter()
    dialog.submit()
    wait_until(
        lambda: (
            not tab.busy
            and not editor.loading
            and remedy.id in tab.totals_labels
            and tab.totals_labels[remedy.id].text() != before
        )
    )
    elapsed = (time.perf_counter() - started) * 1000
    stall = meter.stop()
    window.close_without_saving()
    QCoreApplication.processEvents()
    return elapsed, stall


def big_case(workspace: Workspace, victims: int) -> int:
    case_id, people = make_case(
        workspace.session_factory, reference="BENCH-5000", victims=victims, body="CCPR"
    )
    remedies = workspace.services.remedies
    for kind in (RemedyKind.COMPENSATION, RemedyKind.INVESTIGATION, RemedyKind.REHABILITATION):
        remedy = remedies.add(case_id, RemedyInput(kind=kind, scope=RemedyScope.INDIVIDUAL))
        remedies.bulk_set(
            remedy.id, people, StatusInput(status=ImplementationStatus.NOT_IMPLEMENTED)
        )
    return case_id


def report(name: str, runs: list[tuple[float, int]]) -> None:
    times = [t for t, _stall in runs]
    stalls = [s for _t, s in runs]
    print(
        f"{name:<52} median {statistics.median(times):7.0f} ms   slowest {max(times):7.0f} ms"
        f"   longest GUI stall {max(stalls):5d} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--victims", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    meter = StallMeter()
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_demo_workspace(Paths(Path(folder)), clock=lambda: TODAY)
        try:
            uz23 = workspace.services.cases.get_by_reference("ILI-2022-UZ23").id
            report(
                "open ILI-2022-UZ23 (23 victims) to the filled grid",
                [open_ms(workspace, uz23, 23, meter) for _ in range(args.repeat)],
            )
            big = big_case(workspace, args.victims)
            report(
                f"open a case with {args.victims} victims × 3 remedies",
                [open_ms(workspace, big, args.victims, meter) for _ in range(args.repeat)],
            )
            report(
                f"bulk status for {args.victims} victims, OK to totals redrawn",
                [bulk_ms(workspace, big, meter) for _ in range(max(1, args.repeat // 2))],
            )
        finally:
            QThreadPool.globalInstance().waitForDone()
            workspace.close()
    del app


if __name__ == "__main__":
    main()
