"""Benchmark at scale (not part of the test run):

    python tests/benchmarks/bench_scale.py --db BENCH_FOLDER [--repeat 15] [--no-documents]

Builds, once, a database of 50,000 cases and 500,000 people in BENCH_FOLDER with
`treatydesk dev generate` (reused on later runs: the file name carries the sizes and seed),
then prints the median and p95 of each operation of issue 9, and for the database-bound ones
the ratio to their bare SQL: the very statements the operation ran (captured with a
SQLAlchemy cursor event), replayed on the raw DB-API connection in the same process, with
every row fetched. The GUI operations run on an offscreen Qt platform in this process; cold
start and peak memory are measured in fresh processes.

    --profile OPERATION   profile one operation with pyinstrument (pip install pyinstrument)
                          and print its call tree instead of the table.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS_MS = {
    "list": 50.0,
    "search": 50.0,
    "dashboard": 50.0,
    "case5000": 300.0,
}

FLOOR_SCRIPT = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 800); w.setWindowTitle("floor"); w.show()
def shown():
    print("window shown", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

RSS_SCRIPT = """
import resource, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app.config import Paths
from app.context import open_workspace
from app.config import sqlite_url
from views.main_window import MainWindow
ws = open_workspace(sqlite_url({db!r}), Paths.default())
w = MainWindow(services=ws.services, database_label="bench", is_demo=False)
w.show(); app.processEvents()
w.go_to(1); app.processEvents()
page = w.cases
rows = page.model.rowCount()
for target in range(0, min(rows, 40_001), 2_000):
    page.table.scrollTo(page.model.index(target, 1)); app.processEvents()
print("rows", rows)
print("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
ws.close()
"""


@dataclass
class Result:
    name: str
    times: list[float]
    bare: list[float] = field(default_factory=list)
    target: str = ""
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def p95(self) -> float:
        ordered = sorted(self.times)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def ratio(self) -> float | None:
        if not self.bare:
            return None
        bare = statistics.median(self.bare)
        return self.median / bare if bare > 0 else None


# ---------------------------------------------------------------- capture and replay of SQL


class SqlRecorder:
    """Records the statements an engine runs, to replay them as bare SQL."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.engine = engine
        self.statements: list[tuple[str, Any]] = []
        self._on = False
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if self._on and not statement.lstrip().upper().startswith(
            ("BEGIN", "PRAGMA", "SAVEPOINT", "RELEASE", "ROLLBACK", "COMMIT")
        ):
            self.statements.append((statement, params))

    def capture(self, fn: Callable[[], Any]) -> list[tuple[str, Any]]:
        self.statements = []
        self._on = True
        try:
            fn()
        finally:
            self._on = False
        return list(self.statements)

    def replay_ms(self, statements: list[tuple[str, Any]]) -> float:
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            start = time.perf_counter()
            for sql, params in statements:
                cursor.execute(sql, params or ())
                cursor.fetchall()
            elapsed = (time.perf_counter() - start) * 1000
            cursor.close()
        finally:
            raw.close()
        return elapsed


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


# ---------------------------------------------------------------- the database


def database(folder: Path, cases: int, people: int, seed: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"scale-{cases}-{people}-s{seed}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial.sqlite")
        partial.unlink(missing_ok=True)
        print(f"Building {path} (a few minutes, once) …", flush=True)
        env = dict(os.environ, TREATYDESK_DATA_DIR=str(folder / "data"))
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--db",
                str(partial),
                "dev",
                "generate",
                "--cases",
                str(cases),
                "--people",
                str(people),
                "--seed",
                str(seed),
            ],
            cwd=ROOT,
            env=env,
            check=True,
        )
        partial.rename(path)
    return path


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TREATYDESK_DATA_DIR"] = str(folder / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TREATYDESK_EXIT_AFTER_SHOW"] = "1"
    return env


def until_shown_ms(args: list[str], env: dict[str, str]) -> float:
    """Wall time from starting the process to its "window shown" line."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if "window shown" in line and elapsed is None:
            elapsed = (time.perf_counter() - start) * 1000
    proc.wait()
    if elapsed is None:
        raise RuntimeError(f"{args} did not report its window (exit {proc.returncode})")
    return elapsed


# ---------------------------------------------------------------- the operations


FILTER_SORTS: list[tuple[dict[str, Any], str, bool]] = [
    ({}, "title", False),
    ({"body": "CAT"}, "reference", False),
    ({"state": "KZ"}, "state", True),
    ({"stage": "merits"}, "stage", False),
    ({}, "victims", True),
    ({"text": "toregozh"}, "reference", False),
    ({"outcome": "violation"}, "decision_date", True),
    ({}, "reference", True),
]


def run(args: argparse.Namespace) -> None:
    from PySide6.QtWidgets import QApplication

    folder = args.db.expanduser().resolve()
    db = database(folder, args.cases, args.people, args.seed)
    os.environ["TREATYDESK_DATA_DIR"] = str(folder / "data")

    from app.config import Paths, sqlite_url
    from app.context import open_workspace
    from app.services.dto import CaseFilter

    start = time.perf_counter()
    ws = open_workspace(sqlite_url(db), Paths.default())  # migrates once (FTS index built)
    t_open = (time.perf_counter() - start) * 1000
    sv = ws.services
    rec = SqlRecorder(ws.engine)
    n = args.repeat
    results: list[Result] = []
    notes: list[str] = [f"database {db.name}: opened (and migrated if needed) in {t_open:.0f} ms"]

    def db_bound(name: str, target: str, ops: list[Callable[[], Any]]) -> Result:
        """Run each op n times round-robin; replay each op's SQL once per run."""
        times, bare = [], []
        for i in range(n * len(ops) if len(ops) == 1 else max(n, len(ops))):
            op = ops[i % len(ops)]
            times.append(timed(op))
            bare.append(rec.replay_ms(rec.capture(op)))
        return Result(name, times, bare, target)

    profile_target: dict[str, Callable[[], Any]] = {}

    # ---- cases list: the model's reload (ids) and its first page (rows)
    def list_op(flt: dict[str, Any], sort: str, desc: bool) -> Callable[[], Any]:
        def op() -> Any:
            ids = sv.listing.ids(CaseFilter(**flt), sort=sort, descending=desc)
            return sv.listing.rows(ids[:100])

        return op

    list_ops = [list_op(*fs) for fs in FILTER_SORTS]
    for op in list_ops:  # warm the page cache of SQLite
        op()
    results.append(
        db_bound("cases list: first page after a filter/sort change", "≤ 50 ms, ≤ 3×", list_ops)
    )
    profile_target["list"] = lambda: [op() for op in list_ops]
    all_ids = sv.listing.ids(CaseFilter(), sort="reference")
    far = all_ids[40_000:40_100] if len(all_ids) > 40_100 else all_ids[-100:]
    results.append(
        db_bound(
            "cases list: page at row 40,000 (service)",
            "≤ 50 ms, ≤ 3×",
            [lambda: sv.listing.rows(far)],
        )
    )

    # ---- search-as-you-type
    typed = ["t", "to", "tor", "tore", "toreg", "a", "al", "ali", "алия", "serg", "2137", "kz-c"]
    first = timed(lambda: sv.search.search("x"))
    notes.append(
        f"global search (SearchService): first keystroke builds its in-memory index: {first:.0f} ms"
    )
    results.append(
        db_bound(
            "search keystroke: SearchService (in-memory index, warm)",
            "≤ 50 ms, ≤ 3×",
            [lambda t=t: sv.search.search(t) for t in typed],
        )
    )
    profile_target["search"] = lambda: [sv.search.search(t) for t in typed]
    from app.services.fulltext import FullTextService, Kind

    fts = FullTextService(ws.session_factory)
    if fts.available():
        results.append(
            db_bound(
                "search keystroke: FTS5 (cases + people, 8 each, bm25)",
                "≤ 50 ms, ≤ 3×",
                [
                    lambda t=t: (
                        fts.search(t, kinds=(Kind.CASE,), limit=8),
                        fts.search(t, kinds=(Kind.PERSON,), limit=8),
                    )
                    for t in typed
                ],
            )
        )
        profile_target["fts"] = lambda: [fts.search(t, limit=8) for t in typed]

    # ---- the 5,000-victim case: the implementation matrix
    big = _biggest_case(ws)
    results.append(
        db_bound(
            f"5,000-victim case: implementation matrix (service, case {big})",
            "≤ 300 ms",
            [lambda: sv.remedies.matrix(big)],
        )
    )
    profile_target["matrix"] = lambda: sv.remedies.matrix(big)

    # ---- dashboard: the services its refresh calls
    def dashboard_services() -> None:
        sv.listing.by_stage()
        sv.listing.by_body()
        sv.deadlines.upcoming()
        stats = getattr(sv, "statistics", None)
        if stats is not None:
            for name in ("implementation", "remedy_summary", "summary"):
                fn = getattr(stats, name, None)
                if callable(fn):
                    with contextlib.suppress(TypeError):
                        fn()

    results.append(
        db_bound("dashboard refresh (its service calls)", "≤ 50 ms, ≤ 3×", [dashboard_services])
    )
    profile_target["dashboard"] = dashboard_services

    # ---- the GUI, in this process (offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    gui_notes = gui_measurements(app, ws, results, rec, n, big, profile_target)
    notes += gui_notes

    if args.profile:
        profile(profile_target, args.profile)
        ws.close()
        return
    ws.close()

    # ---- fresh processes: cold start, floor, peak RSS
    env = child_env(folder)
    cold = [
        until_shown_ms([sys.executable, "-m", "app", "--db", str(db)], env)
        for _ in range(args.cold)
    ]
    floor = [until_shown_ms([sys.executable, "-c", FLOOR_SCRIPT], env) for _ in range(args.cold)]
    results.append(
        Result(
            "cold start to window shown, cases list filled",
            cold,
            floor,
            "≤ 1.5× floor",
            "ratio to a bare PySide6 window",
        )
    )
    results.append(Result("floor: bare PySide6 window", floor))
    rss = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT.format(root=str(ROOT), db=str(db))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    rss_line = [ln for ln in rss.stdout.splitlines() if ln.startswith("maxrss_kb")]
    if rss_line:
        mb = int(rss_line[0].split()[1]) / 1024
        results.append(
            Result("peak RSS (MB), GUI open + scrolled to row 40,000", [mb], [], "≤ 300 MB")
        )
    else:
        notes.append(f"peak RSS not measured: {rss.stderr.strip()[-300:]}")

    if not args.no_documents:
        notes += documents(args.doc_repeat)

    print_table(results, n)
    for note in notes:
        print(f"- {note}")


def _biggest_case(ws: Any) -> int:
    from sqlalchemy import func, select

    from models import CaseParty

    with ws.engine.connect() as conn:
        return int(
            conn.execute(
                select(CaseParty.case_id)
                .group_by(CaseParty.case_id)
                .order_by(func.count().desc())
                .limit(1)
            ).scalar_one()
        )


def gui_measurements(
    app: Any,
    ws: Any,
    results: list[Result],
    rec: SqlRecorder,
    n: int,
    big: int,
    profile_target: dict[str, Callable[[], Any]],
) -> list[str]:
    notes: list[str] = []
    try:
        from views.main_window import MainWindow

        window = MainWindow(services=ws.services, database_label="bench", is_demo=False)
        window.show()
        app.processEvents()
    except Exception as exc:  # a view being rewritten: the service figures stand
        return [f"GUI figures skipped: the main window could not be built ({exc!r})"]
    page = window.cases
    window.go_to(1)
    app.processEvents()
    from PySide6.QtCore import Qt

    from app.services.dto import CaseFilter

    def gui_list(flt: dict[str, Any], sort: str, desc: bool) -> Callable[[], Any]:
        from views.qtmodels.cases_model import COLUMNS

        column = next((i for i, c in enumerate(COLUMNS) if c.sort_key == sort), 0)

        def op() -> None:
            page.model.set_sort(
                column, Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
            )
            page.model.set_filter(CaseFilter(**flt))
            page.table.scrollToTop()
            app.processEvents()  # the view paints the first page: rows() for it

        return op

    ops = [gui_list(*fs) for fs in FILTER_SORTS]
    times, bare = [], []
    for i in range(max(n, len(ops))):
        op = ops[i % len(ops)]
        times.append(timed(op))
        bare.append(rec.replay_ms(rec.capture(op)))
    results.append(
        Result(
            "GUI cases list: filter/sort change to first page painted", times, bare, "≤ 50 ms, ≤ 3×"
        )
    )
    profile_target["gui-list"] = lambda: [op() for op in ops]

    page.model.set_filter(CaseFilter())
    app.processEvents()

    def scroll() -> None:
        page.model._pages.clear()  # a cold page, as on the first scroll there
        page.table.scrollTo(page.model.index(min(40_000, page.model.rowCount() - 1), 1))
        app.processEvents()

    times, bare = [], []
    for _ in range(n):
        times.append(timed(scroll))
        bare.append(rec.replay_ms(rec.capture(scroll)))
    results.append(
        Result("GUI cases list: jump to row 40,000, painted", times, bare, "≤ 50 ms, ≤ 3×")
    )

    try:
        from views.dialogs.search import SearchDialog

        dialog = SearchDialog(search=ws.services.search, on_open=lambda hit: None, parent=window)
        dialog.show()
        typed = [
            "t",
            "to",
            "tor",
            "tore",
            "toreg",
            "a",
            "al",
            "ali",
            "алия",
            "serg",
            "2137",
            "kz-c",
        ]

        def keystroke(t: str) -> Callable[[], None]:
            def op() -> None:
                dialog.edit.setText(t)
                dialog.run_search()
                app.processEvents()

            return op

        kops = [keystroke(t) for t in typed]
        times, bare = [], []
        for i in range(max(n, len(kops))):
            times.append(timed(kops[i % len(kops)]))
            bare.append(rec.replay_ms(rec.capture(kops[i % len(kops)])))
        results.append(
            Result(
                "GUI search dialog: one keystroke to results shown", times, bare, "≤ 50 ms, ≤ 3×"
            )
        )
        dialog.close()
    except Exception as exc:
        notes.append(f"GUI search dialog not measured: {exc!r}")

    def dashboard() -> None:
        window.dashboard.refresh()
        app.processEvents()

    times, bare = [], []
    for _ in range(n):
        times.append(timed(dashboard))
        bare.append(rec.replay_ms(rec.capture(dashboard)))
    results.append(Result("GUI dashboard refresh, painted", times, bare, "≤ 50 ms, ≤ 3×"))
    profile_target["gui-dashboard"] = dashboard

    try:
        from views.case_editor import open_case_editor
    except Exception as exc:
        notes.append(f"case editor not measured: {exc!r}")
        return notes

    def open_big() -> None:
        done: list[bool] = []
        editor_window = open_case_editor(window, ws.services, big)
        editor = editor_window.editor
        editor.loaded.connect(lambda: done.append(True))
        deadline = time.perf_counter() + 60
        while not done and time.perf_counter() < deadline:
            app.processEvents()
            if not editor.loading():
                break
            time.sleep(0.001)
        editor.show_tab(editor.implementation)
        app.processEvents()
        editor_window.close()
        editor_window.deleteLater()
        app.processEvents()

    try:
        times = [timed(open_big) for _ in range(max(3, n // 3))]
        results.append(
            Result(
                "GUI 5,000-victim case: editor open, implementation grid shown",
                times,
                [],
                "≤ 300 ms",
            )
        )
        profile_target["gui-case"] = open_big
    except Exception as exc:
        notes.append(f"case editor not measured: {exc!r}")
    window.close()
    return notes


def documents(repeat: int) -> list[str]:
    script = ROOT / "tests" / "benchmarks" / "bench_documents.py"
    if not script.exists():
        return ["document generation: tests/benchmarks/bench_documents.py not found"]
    proc = subprocess.run(
        [sys.executable, str(script), "--repeat", str(repeat)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        return [f"document generation failed: {proc.stderr.strip()[-400:]}"]
    return [
        "document generation (bench_documents.py, targets: letter ≤ 500 ms, 30-section "
        "report ≤ 5,000 ms, 1,000-case PDF ≤ 3,000 ms):"
    ] + ["    " + line for line in proc.stdout.strip().splitlines()]


def print_table(results: list[Result], n: int) -> None:
    width = max(len(r.name) for r in results)
    print()
    head = f"{'median':>8}  {'p95':>8}  {'bare SQL':>8}  {'ratio':>6}  target"
    print(f"{'operation'.ljust(width)}  {head}")
    for r in results:
        bare = f"{statistics.median(r.bare):8.1f}" if r.bare else " " * 8
        ratio = f"{r.ratio:5.1f}×" if r.ratio is not None else " " * 6
        print(f"{r.name.ljust(width)}  {r.median:8.1f}  {r.p95:8.1f}  {bare}  {ratio}  {r.target}")
    print(f"(ms unless stated; {n} runs per operation)")


def profile(targets: dict[str, Callable[[], Any]], name: str) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("pip install pyinstrument (a development tool, not a dependency) to profile")
    if name not in targets:
        sys.exit(f"unknown operation {name!r}; one of: {', '.join(targets)}")
    profiler = Profiler(interval=0.0005)
    profiler.start()
    targets[name]()
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db",
        type=Path,
        required=True,
        metavar="FOLDER",
        help="where the generated database is built once and reused",
    )
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=15, help="runs per operation")
    parser.add_argument("--cold", type=int, default=5, help="cold starts (and floors) measured")
    parser.add_argument("--doc-repeat", type=int, default=3)
    parser.add_argument("--no-documents", action="store_true")
    parser.add_argument(
        "--profile",
        metavar="OPERATION",
        help="list, search, fts, matrix, dashboard, gui-list, gui-dashboard, gui-case",
    )
    run(parser.parse_args())


if __name__ == "__main__":
    main()
