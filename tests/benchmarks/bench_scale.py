"""Benchmark at scale (not part of the test run):

    python tests/benchmarks/bench_scale.py --db BENCH_FOLDER [--repeat 15] [--no-documents]
        [--only OP[,OP...]]

Builds, once, a database of 50,000 cases and 500,000 people in BENCH_FOLDER with
`treatydesk dev generate` (reused on later runs: the file name carries the sizes and seed),
then prints the median and p95 of each operation of issue 9, and for the database-bound ones
the ratio to their bare SQL: the very statements the operation ran (captured with a
SQLAlchemy cursor event), replayed on the raw DB-API connection in the same process, with
every row fetched. The GUI operations run on an offscreen Qt platform in this process; cold
start and peak memory are measured in fresh processes.

    --only OP[,OP]        measure only these operations (see OPERATIONS below), e.g.
                          --only gui-case,cold,rss
    --profile OPERATION   profile one operation with pyinstrument (pip install pyinstrument)
                          and print its call tree instead of the table.

Nothing is written to the generated database: the one operation that writes (bulk) works on
a copy made next to it and deleted afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OPERATIONS = {
    "list": "cases list, service: first page after a filter/sort change",
    "list-far": "cases list, service: the page at row 40,000",
    "search": "search keystroke, SearchService",
    "fts": "search keystroke, FTS5",
    "matrix": "the 5,000-victim case's implementation matrix, service",
    "bulk": "RemedyService.bulk_set of 5,000 cells (on a copy of the database)",
    "dashboard": "dashboard refresh, its service calls",
    "gui-list": "GUI cases list: filter/sort change to first page painted",
    "gui-scroll": "GUI cases list: jump to row 40,000",
    "gui-search": "GUI search dialog: one keystroke",
    "gui-dashboard": "GUI dashboard refresh",
    "gui-case": "GUI: open the 5,000-victim case, implementation grid shown",
    "cold": "cold start vs a bare PySide6 window",
    "rss": "peak RSS of the GUI with the database open and browsed",
    "documents": "letter, 30-section report, 1,000-case PDF (bench_documents.py)",
}

GUI_OPERATIONS = {"gui-list", "gui-scroll", "gui-search", "gui-dashboard", "gui-case"}
TYPED = ["t", "to", "tor", "tore", "toreg", "a", "al", "ali", "алия", "serg", "2137", "kz-c"]

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
from app.config import Paths, sqlite_url
from app.context import open_workspace
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
steps = []
def step(name, fn):
    try:
        fn(); app.processEvents(); steps.append(name)
    except Exception as exc:
        print("step failed", name, repr(exc), flush=True)
def people():
    w.go_to(2); app.processEvents()
    table = getattr(w.people, "table", None)
    if table is not None and table.model() is not None:
        m = table.model()
        for target in range(0, min(m.rowCount(), 400_001), 20_000):
            table.scrollTo(m.index(target, 0)); app.processEvents()
def search():
    from views.dialogs.search import SearchDialog
    d = SearchDialog(search=ws.services.search, on_open=lambda hit: None, parent=w)
    d.show()
    for t in ("t", "to", "tor", "алия", "serg"):
        d.edit.setText(t); d.run_search(); app.processEvents()
    d.close()
def dashboard():
    w.go_to(0); w.dashboard.refresh(); app.processEvents()
def big_case():
    from sqlalchemy import text
    with ws.engine.connect() as c:
        big = c.execute(text("SELECT case_id FROM case_parties GROUP BY case_id "
                             "ORDER BY count(*) DESC LIMIT 1")).scalar_one()
    from views.case_editor import open_case_editor
    e = open_case_editor(w, ws.services, big)
    deadline = time.perf_counter() + 120
    while e.editor.loading and time.perf_counter() < deadline:
        app.processEvents(); time.sleep(0.001)
    e.editor.show_tab(e.editor.implementation); app.processEvents()
    view = e.editor.implementation.view
    for target in range(0, e.editor.implementation.model.rowCount(), 500):
        view.scrollTo(view.model().index(target, 0)); app.processEvents()
step("people", people)
step("search", search)
step("dashboard", dashboard)
step("case", big_case)
print("steps", ",".join(steps))
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
    cpu: list[float] = field(default_factory=list)
    """CPU time of this process per run (all its threads), from `timed`: on a loaded
    machine the wall time also counts waiting for a core."""

    def __post_init__(self) -> None:
        if not self.cpu:
            self.cpu = list(_CPU)
        _CPU.clear()
        print(f"  measured: {self.name}: median {self.median:.1f}", file=sys.stderr, flush=True)

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
                try:
                    cursor.execute(sql, params or ())
                except self.engine.dialect.dbapi.IntegrityError:  # type: ignore[union-attr]
                    # A write replayed: the audit entry's uuid is taken. It fails on its
                    # only row, costing about what it would have.
                    continue
                cursor.fetchall()
            elapsed = (time.perf_counter() - start) * 1000
            cursor.close()
            raw.rollback()  # a write replayed is timed, not kept
        finally:
            raw.close()
        return elapsed


_CPU: list[float] = []
"""CPU milliseconds of the runs timed since the last Result was made."""


def timed(fn: Callable[[], Any]) -> float:
    cpu = time.process_time()
    start = time.perf_counter()
    fn()
    elapsed = (time.perf_counter() - start) * 1000
    _CPU.append((time.process_time() - cpu) * 1000)
    return elapsed


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


def working_copy(source: Path) -> Path:
    """A copy of the generated database that the benchmark may migrate and write to.

    Made once with SQLite's backup API (a consistent copy even while another process reads
    the source) and reused while it is newer than the source; the source is never written.
    """
    import sqlite3

    copy = source.with_name(source.stem + ".work.sqlite")
    if copy.exists() and copy.stat().st_mtime >= source.stat().st_mtime:
        return copy
    print(f"Copying {source.name} to {copy.name} (once) …", flush=True)
    partial = copy.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    partial.rename(copy)
    return copy


def bulk_result(db: Path, case_id: int, n: int) -> Result:
    """RemedyService.bulk_set for every victim of the case under its first individual
    remedy, alternating two statuses so that every run rewrites every cell.

    On a throwaway copy of the working database (deleted afterwards): the statuses and
    audit entries written must not change what the other operations read.
    """
    import sqlite3

    from app.config import Paths, sqlite_url
    from app.context import open_workspace

    scratch = db.with_name(db.stem + ".bulk.sqlite")
    src = sqlite3.connect(db)
    dst = sqlite3.connect(scratch)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    ws = open_workspace(sqlite_url(scratch), Paths.default())
    try:
        return _bulk_runs(ws.services, SqlRecorder(ws.engine), case_id, n)
    finally:
        ws.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)


def _bulk_runs(sv: Any, rec: SqlRecorder, case_id: int, n: int) -> Result:
    from app.services.dto import StatusInput
    from app.vocab import ImplementationStatus

    matrix = sv.remedies.matrix(case_id)
    people = [v.id for v in matrix.victims]
    remedy = matrix.remedies[0].id
    statuses = [ImplementationStatus.NOT_IMPLEMENTED, ImplementationStatus.PARTIALLY]
    _CPU.clear()
    times, bare = [], []
    for i in range(n):
        data = StatusInput(status=statuses[i % 2])
        times.append(timed(lambda data=data: sv.remedies.bulk_set(remedy, people, data)))
        again = StatusInput(status=statuses[(i + 1) % 2])
        bare.append(
            rec.replay_ms(
                rec.capture(lambda again=again: sv.remedies.bulk_set(remedy, people, again))
            )
        )
    return Result(
        f"bulk status: {len(people):,} cells of one remedy (RemedyService.bulk_set)",
        times,
        bare,
        "≤ 300 ms",
    )


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TREATYDESK_DATA_DIR"] = str(folder / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TREATYDESK_EXIT_AFTER_SHOW"] = "1"
    return env


def until_shown_ms(args: list[str], env: dict[str, str]) -> float:
    """Wall time from starting the process to its "window shown" line."""
    import tempfile

    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        assert proc.stdout is not None
        elapsed = None
        for line in proc.stdout:
            if "window shown" in line:
                elapsed = (time.perf_counter() - start) * 1000
                # Measured: do not wait for background reads (the dashboard's) to finish.
                proc.kill()
                break
        proc.stdout.close()
        proc.wait()
        if elapsed is None:
            errors.seek(0)
            raise RuntimeError(
                f"{args} did not report its window (exit {proc.returncode}): {errors.read()[-600:]}"
            )
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


@contextlib.contextmanager
def guarded(notes: list[str], operation: str) -> Iterator[None]:
    """An operation that fails (code being changed) is reported, and the others still run."""
    try:
        yield
    except Exception as exc:
        import traceback

        where = traceback.extract_tb(exc.__traceback__)[-1]
        notes.append(
            f"{operation}: NOT MEASURED, it failed: {exc!r} "
            f"({Path(where.filename).name}:{where.lineno})"
        )
        print(f"  {operation} failed: {exc!r}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> None:
    from PySide6.QtWidgets import QApplication

    # --profile alone measures nothing else (add --only fts to profile the FTS5 search).
    only = set(args.only or ([] if args.profile else OPERATIONS))
    unknown = only - set(OPERATIONS)
    if unknown:
        sys.exit(
            f"unknown operation(s) {', '.join(sorted(unknown))}; one of: {', '.join(OPERATIONS)}"
        )
    folder = args.db.expanduser().resolve()
    source = database(folder, args.cases, args.people, args.seed)
    db = working_copy(source)
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
    notes: list[str] = [
        f"database {db.name} (a working copy of {source.name}, which is never written): "
        f"opened (and migrated if needed) in {t_open:.0f} ms"
    ]

    def db_bound(name: str, target: str, ops: list[Callable[[], Any]]) -> Result:
        """Run the ops round-robin, n runs at least; replay each run's SQL as bare SQL."""
        _CPU.clear()
        times, bare = [], []
        for i in range(max(n, len(ops))):
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
    profile_target["list"] = lambda: [op() for op in list_ops]
    with guarded(notes, "list"):
        if "list" in only:
            for op in list_ops:  # warm the page cache of SQLite
                op()
            results.append(
                db_bound(
                    "cases list: first page after a filter/sort change", "≤ 50 ms, ≤ 3×", list_ops
                )
            )
    with guarded(notes, "list-far"):
        if "list-far" in only:
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
    profile_target["search"] = lambda: [sv.search.search(t) for t in TYPED]
    with guarded(notes, "search"):
        if "search" in only:
            first = timed(lambda: sv.search.search("x"))
            notes.append(
                "global search (SearchService): the first keystroke (which may build an index) "
                f"took {first:.0f} ms"
            )
            results.append(
                db_bound(
                    "search keystroke: SearchService (warm)",
                    "≤ 50 ms, ≤ 3×",
                    [lambda t=t: sv.search.search(t) for t in TYPED],
                )
            )
    with guarded(notes, "fts"):
        if "fts" in only:
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
                            for t in TYPED
                        ],
                    )
                )
                profile_target["fts"] = lambda: [fts.search(t, limit=8) for t in TYPED]
            else:
                notes.append("FTS5 search not measured: the full-text index is not available")

    # ---- the 5,000-victim case: the implementation matrix, and a bulk status
    big = _biggest_case(ws)
    profile_target["matrix"] = lambda: sv.remedies.matrix(big)
    with guarded(notes, "matrix"):
        if "matrix" in only:
            results.append(
                db_bound(
                    f"5,000-victim case: implementation matrix (service, case {big})",
                    "≤ 300 ms",
                    [lambda: sv.remedies.matrix(big)],
                )
            )
    with guarded(notes, "bulk"):
        if "bulk" in only:
            results.append(bulk_result(db, big, n))

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

    profile_target["dashboard"] = dashboard_services
    with guarded(notes, "dashboard"):
        if "dashboard" in only:
            results.append(
                db_bound(
                    "dashboard refresh (its service calls)", "≤ 50 ms, ≤ 3×", [dashboard_services]
                )
            )

    # ---- the GUI, in this process (offscreen)
    if only & GUI_OPERATIONS or args.profile:
        with guarded(notes, "gui"):
            app = QApplication.instance() or QApplication(sys.argv[:1])
            notes += gui_measurements(app, ws, results, rec, n, big, profile_target, only)

    if args.profile:
        profile(profile_target, args.profile)
        ws.close()
        return
    ws.close()

    # ---- fresh processes: cold start, floor, peak RSS
    env = child_env(folder)
    with guarded(notes, "cold"):
        if "cold" in only:
            cold, floor = [], []
            for _ in range(args.cold):  # alternated, so that both see the same machine load
                cold.append(until_shown_ms([sys.executable, "-m", "app", "--db", str(db)], env))
                floor.append(until_shown_ms([sys.executable, "-c", FLOOR_SCRIPT], env))
            results.append(
                Result(
                    "cold start: window shown, cases list filled",
                    cold,
                    floor,
                    "≤ 1.5× floor",
                    "ratio to a bare PySide6 window",
                )
            )
            results.append(Result("floor: bare PySide6 window shown", floor))
    with guarded(notes, "rss"):
        if "rss" in only:
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
                    Result("peak RSS (MB): GUI open, browsed (see note)", [mb], [], "≤ 300 MB")
                )
                notes.append(
                    "peak RSS: one fresh GUI process on the database: main window, cases list "
                    "scrolled to row 40,000, people list, search dialog, dashboard, and the "
                    "5,000-victim case opened on its implementation grid"
                )
            else:
                notes.append(f"peak RSS not measured: {rss.stderr.strip()[-600:]}")

    with guarded(notes, "documents"):
        if "documents" in only and not args.no_documents:
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
    only: set[str],
) -> list[str]:
    notes: list[str] = []
    window: Any = None
    page: Any = None
    try:
        from views.main_window import MainWindow

        window = MainWindow(services=ws.services, database_label="bench", is_demo=False)
        window.show()
        app.processEvents()
        page = window.cases
        window.go_to(1)
        app.processEvents()
    except Exception as exc:  # a view being rewritten: the other figures stand
        notes.append(f"GUI main window could not be built: {exc!r}")
    from PySide6.QtCore import Qt

    from app.services.dto import CaseFilter

    def measured(name: str, target: str, ops: list[Callable[[], Any]], runs: int) -> None:
        _CPU.clear()
        times, bare = [], []
        for i in range(max(runs, len(ops))):
            op = ops[i % len(ops)]
            times.append(timed(op))
            bare.append(rec.replay_ms(rec.capture(op)))
        results.append(Result(name, times, bare, target))

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
    profile_target["gui-list"] = lambda: [op() for op in ops]
    with guarded(notes, "gui-list"):
        if "gui-list" in only:
            measured(
                "GUI cases list: filter/sort change to first page painted", "≤ 50 ms, ≤ 3×", ops, n
            )

    with guarded(notes, "gui-scroll"):
        if "gui-scroll" in only:
            page.model.set_filter(CaseFilter())
            app.processEvents()

            def scroll() -> None:
                page.model._pages.clear()  # a cold page, as on the first scroll there
                page.table.scrollTo(page.model.index(min(40_000, page.model.rowCount() - 1), 1))
                app.processEvents()

            measured("GUI cases list: jump to row 40,000, painted", "≤ 50 ms, ≤ 3×", [scroll], n)

    with guarded(notes, "gui-search"):
        if "gui-search" in only:
            try:
                from views.dialogs.search import SearchDialog

                dialog = SearchDialog(
                    search=ws.services.search, on_open=lambda hit: None, parent=window
                )
                dialog.show()

                def keystroke(t: str) -> Callable[[], None]:
                    def op() -> None:
                        dialog.edit.setText(t)
                        dialog.run_search()
                        app.processEvents()

                    return op

                measured(
                    "GUI search dialog: one keystroke to results shown",
                    "≤ 50 ms, ≤ 3×",
                    [keystroke(t) for t in TYPED],
                    n,
                )
                dialog.close()
            except Exception as exc:
                notes.append(f"GUI search dialog not measured: {exc!r}")

    def dashboard() -> None:
        window.dashboard.refresh()
        app.processEvents()

    profile_target["gui-dashboard"] = dashboard
    with guarded(notes, "gui-dashboard"):
        if "gui-dashboard" in only:
            measured("GUI dashboard refresh, painted", "≤ 50 ms, ≤ 3×", [dashboard], n)

    try:
        from views.case_editor import open_case_editor
    except Exception as exc:
        notes.append(f"case editor not measured: {exc!r}")
        if window is not None:
            window.close()
        return notes

    def open_big() -> Any:
        """From the call to the editor's implementation grid painted with its rows."""
        editor_window = open_case_editor(window, ws.services, big)
        editor = editor_window.editor
        deadline = time.perf_counter() + 120
        while editor.loading and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        if editor.loading:
            raise TimeoutError("the 5,000-victim case did not load in 120 s")
        editor.show_tab(editor.implementation)
        editor.implementation.view.viewport().repaint()
        app.processEvents()
        return editor_window

    def close(editor_window: Any) -> None:
        editor_window.close_without_saving()
        editor_window.deleteLater()
        app.processEvents()

    def open_and_close() -> None:
        close(open_big())

    profile_target["gui-case"] = open_and_close
    with guarded(notes, "gui-case"):
        if "gui-case" in only:
            try:
                times, bare = [], []
                _CPU.clear()
                for _ in range(max(5, n)):
                    cpu = time.process_time()
                    started = time.perf_counter()
                    editor_window = open_big()
                    times.append((time.perf_counter() - started) * 1000)
                    _CPU.append((time.process_time() - cpu) * 1000)
                    rows = editor_window.editor.implementation.model.rowCount()
                    close(editor_window)
                    bare.append(rec.replay_ms(rec.capture(open_and_close)))
                results.append(
                    Result(
                        f"GUI {rows:,}-victim case: editor open, implementation grid shown",
                        times,
                        bare,
                        "≤ 300 ms",
                    )
                )
            except Exception as exc:
                notes.append(f"case editor not measured: {exc!r}")
    if window is not None:
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
    head = f"{'median':>8}  {'p95':>8}  {'bare SQL':>8}  {'ratio':>6}  {'CPU':>8}  target"
    print(f"{'operation'.ljust(width)}  {head}")
    for r in results:
        bare = f"{statistics.median(r.bare):8.1f}" if r.bare else " " * 8
        ratio = f"{r.ratio:5.1f}×" if r.ratio is not None else " " * 6
        cpu = f"{statistics.median(r.cpu):8.1f}" if r.cpu else " " * 8
        print(
            f"{r.name.ljust(width)}  {r.median:8.1f}  {r.p95:8.1f}  {bare}  {ratio}  {cpu}  "
            f"{r.target}"
        )
    print(
        f"(ms unless stated; {n} runs per operation at least; median and p95 are wall time; "
        "CPU: median CPU time of this process for the run, all threads; bare SQL: median "
        "wall time of the same statements replayed)"
    )


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
        "--only",
        type=lambda text: [op.strip() for op in text.split(",") if op.strip()],
        metavar="OP[,OP]",
        help="measure only these operations: " + ", ".join(OPERATIONS),
    )
    parser.add_argument(
        "--profile",
        metavar="OPERATION",
        help="list, search, fts, matrix, dashboard, gui-list, gui-dashboard, gui-case "
        "(with --only for the operations it needs)",
    )
    run(parser.parse_args())


if __name__ == "__main__":
    main()
