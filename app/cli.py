"""The `treatydesk` command: the GUI by default, and sub-commands that need no display.

    treatydesk [--db URL] [--demo]            open the window
    treatydesk [--db URL] db upgrade|current|check|backup PATH
    treatydesk [--db URL] demo load
    treatydesk [--db URL] cases list [--json]
    treatydesk [--db URL] deadlines [--within DAYS] [--json]

Known problems print one line and exit 1; `--json` outputs are a contract for scripts.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app import __version__
from app.config import Paths, resolve_db_url
from app.errors import DomainError

log = logging.getLogger("treatydesk")


@dataclass
class Output:
    """Where a command writes: stdout for results, stderr for problems."""

    out: Any = None
    err: Any = None

    def print(self, text: str = "") -> None:
        print(text, file=self.out or sys.stdout)

    def error(self, text: str) -> None:
        print(f"treatydesk: {text}", file=self.err or sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="treatydesk",
        description="Case management for litigation before the UN human-rights treaty bodies.",
    )
    parser.add_argument("--version", action="version", version=f"TreatyDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a SQLite file path or a SQLAlchemy URL "
        "(default: $TREATYDESK_DB_URL, else treatydesk.sqlite in the data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a freshly built demo portfolio (demo.sqlite), never your own database",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="migrate to the newest schema (a backup is taken first)")
    db_sub.add_parser("current", help="show the schema revision and the newest one")
    db_sub.add_parser("check", help="check the file's integrity")
    backup = db_sub.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("path", type=Path)

    demo = sub.add_parser("demo", help="the demo portfolio")
    demo_sub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    demo_sub.add_parser("load", help="load the demo portfolio into the database")

    cases = sub.add_parser("cases", help="cases")
    cases_sub = cases.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    cases_list = cases_sub.add_parser("list", help="list the cases")
    cases_list.add_argument("--json", action="store_true", help="one JSON document")

    deadlines = sub.add_parser("deadlines", help="what is due")
    deadlines.add_argument(
        "--within", type=int, metavar="DAYS", help="only what is due within DAYS (overdue too)"
    )
    deadlines.add_argument("--all", action="store_true", help="include deadlines marked done")
    deadlines.add_argument("--json", action="store_true", help="one JSON document")
    return parser


def main(argv: Sequence[str] | None = None, *, output: Output | None = None) -> int:
    output = output or Output()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from app.bootstrap import run_gui  # Qt is imported only when a window is wanted

        return run_gui(db=args.db, demo=args.demo)
    try:
        return _run_command(args, output)
    except DomainError as exc:
        output.error(str(exc))
        return 1
    except KeyboardInterrupt:
        output.error("interrupted")
        return 130


def _run_command(args: argparse.Namespace, output: Output) -> int:
    from app.context import open_demo_workspace, open_workspace

    paths = Paths.default()
    if args.demo:
        workspace = open_demo_workspace(paths)
    else:
        workspace = open_workspace(resolve_db_url(args.db, paths), paths)
    try:
        if workspace.backup_taken:
            output.print(f"Backed up the database before upgrading it: {workspace.backup_taken}")
        handler = _HANDLERS[args.command]
        return handler(workspace, args, output)
    finally:
        workspace.close()


def _db(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    from app.migrate import backup_database, current_revision, head_revision, integrity_check

    action = args.db_command
    if action == "upgrade":
        output.print(f"{workspace.display_name} is at the newest schema ({head_revision()}).")
    elif action == "current":
        output.print(f"schema {current_revision(workspace.engine)} (newest: {head_revision()})")
    elif action == "check":
        problems = integrity_check(workspace.engine)
        if problems:
            for problem in problems:
                output.error(problem)
            return 1
        output.print(f"{workspace.display_name}: integrity ok")
    elif action == "backup":
        dest = backup_database(workspace.engine, args.path.expanduser().resolve())
        output.print(f"Backup written to {dest}")
    return 0


def _demo(workspace: Any, _args: argparse.Namespace, output: Output) -> int:
    counts = workspace.services.demo.load()
    output.print(
        f"Demo portfolio loaded into {workspace.display_name}: "
        + ", ".join(f"{n} {what}" for what, n in counts.items())
    )
    return 0


def _cases(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    rows = workspace.services.listing.all_rows()
    if args.json:
        cases = []
        for row in rows:
            cases.append(
                {
                    "reference": row.reference,
                    "title": row.title,
                    "body": row.body,
                    "state": row.state,
                    "symbol": row.symbol,
                    "communication_number": row.communication_number,
                    "stage": row.stage.value,
                    "outcome": row.outcome.value,
                    "victims": row.victims,
                    "next_deadline": (
                        {"date": row.next_deadline.isoformat(), "title": row.next_deadline_title}
                        if row.next_deadline
                        else None
                    ),
                }
            )
        output.print(
            json.dumps({"count": len(cases), "cases": cases}, ensure_ascii=False, indent=2)
        )
        return 0
    if not rows:
        output.print("No cases. Load the demo portfolio with: treatydesk demo load")
        return 0
    table = [
        (
            r.reference,
            r.body,
            r.state,
            r.symbol or r.communication_number or "",
            r.stage.label,
            r.outcome.label,
            str(r.victims),
            _fmt(r.next_deadline),
            r.title,
        )
        for r in rows
    ]
    header = (
        "Reference",
        "Body",
        "State",
        "Symbol",
        "Stage",
        "Outcome",
        "Victims",
        "Next due",
        "Title",
    )
    _print_table(output, header, table)
    return 0


def _deadlines(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    items = workspace.services.deadlines.upcoming(within_days=args.within, include_done=args.all)
    if args.json:
        doc = [
            {
                "key": d.key,
                "rule": d.rule.value,
                "title": d.title,
                "due_date": d.due_date.isoformat(),
                "state": d.state.value,
                "days_left": d.days_left,
                "done": d.done,
                "case": d.case_reference,
                "review": d.review_symbol,
                "basis": d.basis,
            }
            for d in items
        ]
        output.print(
            json.dumps({"count": len(doc), "deadlines": doc}, ensure_ascii=False, indent=2)
        )
        return 0
    if not items:
        output.print("Nothing is due.")
        return 0
    table = [
        (
            _fmt(d.due_date),
            d.state.label,
            _days(d.days_left, d.done),
            d.case_reference or d.review_symbol or "",
            d.title,
        )
        for d in items
    ]
    _print_table(output, ("Due", "State", "When", "Case / review", "What"), table)
    return 0


def _fmt(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else ""


def _days(days: int, done: bool) -> str:
    if done:
        return "done"
    if days < 0:
        return f"{-days} days overdue"
    if days == 0:
        return "today"
    return f"in {days} days"


def _print_table(output: Output, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    widths[-1] = min(widths[-1], 70)
    for line in (header, *rows):
        output.print(
            "  ".join(str(v)[:w].ljust(w) for v, w in zip(line, widths, strict=True)).rstrip()
        )


_HANDLERS = {"db": _db, "demo": _demo, "cases": _cases, "deadlines": _deadlines}


if __name__ == "__main__":
    sys.exit(main())
