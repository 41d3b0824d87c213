"""The `treatydesk` command: the GUI by default, and sub-commands that need no display.

    treatydesk [--db URL] [--demo]            open the window
    treatydesk [--db URL] db upgrade|current|check|backup PATH|restore PATH|encrypt|rekey
    treatydesk [--db URL] demo load
    treatydesk [--db URL] cases list [--json]
    treatydesk [--db URL] deadlines [--within DAYS] [--json]
    treatydesk [--db URL] generate KIND --case REF | --review SYMBOL --lang en|ru -o FILE
    treatydesk [--db URL] generate --list
    treatydesk [--db URL] import-decision FILE [--case REF] [--dry-run] [--json]
    treatydesk [--db URL] import-review FILE [--dry-run] [--json]
    treatydesk [--db URL] deadlines --ics FILE [--within DAYS] [--all] [--reminder DAYS]
    treatydesk [--db URL] export --json FILE [--case REF ...] [--pseudonymise]
    treatydesk [--db URL] import --json FILE            (into an empty database)
    treatydesk [--db URL] bundle export --case REF... -o FILE.tdbundle
    treatydesk [--db URL] bundle import FILE.tdbundle [--dry-run] [--resolve ...] [--prefer ...]
    treatydesk [--db URL] dev generate --cases N --people M [--seed S]   (empty database)
    treatydesk [--db URL] search rebuild
    treatydesk [--db URL] import-people FILE [--sheet NAME] [--case REF --role ROLE]
                          [--map FIELD=COLUMN] [--match ROW=ID|new] [--dry-run] [--json]

Known problems print one line and exit 1; `--json` outputs are a contract for scripts.
An encrypted database asks for its passphrase on the terminal, or takes it from
$TREATYDESK_PASSPHRASE (scripts); every command honours it.
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
from app.bundle_cli import add_bundle_parser, run_bundle
from app.config import Paths, resolve_db_url
from app.documents.command import add_generate_parser, run_generate
from app.errors import DomainError

log = logging.getLogger("treatydesk")


@dataclass
class Output:
    """Where a command writes: stdout for results, stderr for problems."""

    out: Any = None
    err: Any = None

    def print(self, text: str = "") -> None:
        print(text, file=self.out or sys.stdout)

    def note(self, text: str) -> None:
        print(text, file=self.err or sys.stderr)

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
    backup = db_sub.add_parser(
        "backup",
        help="write a backup archive (database + documents) to PATH (a file or a folder); "
        "a PATH ending in .sqlite gets the database file alone",
    )
    backup.add_argument("path", type=Path)
    restore = db_sub.add_parser(
        "restore",
        help="replace the database and documents with a backup archive's (checked first; "
        "the database replaced is kept as a backup)",
    )
    restore.add_argument("path", type=Path)
    db_sub.add_parser(
        "encrypt",
        help="protect the database, its documents and backups with a passphrase "
        "(asked twice, or $TREATYDESK_PASSPHRASE)",
    )
    db_sub.add_parser(
        "rekey",
        help="change the passphrase (the new one is asked twice, or "
        "$TREATYDESK_NEW_PASSPHRASE); a backup is taken first",
    )

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
    deadlines.add_argument(
        "--ics",
        type=Path,
        metavar="FILE",
        help="write them to an iCalendar file (Outlook, Google or Apple Calendar) instead of "
        "listing them; exporting again updates the same events",
    )
    deadlines.add_argument(
        "--reminder",
        type=int,
        metavar="DAYS",
        help="with --ics: a reminder DAYS days before each deadline",
    )

    _add_import_decision_parser(sub)
    _add_import_review_parser(sub)
    _add_transfer_parsers(sub)
    add_bundle_parser(sub)
    add_generate_parser(sub)
    _add_dev_parser(sub)
    search = sub.add_parser("search", help="the full-text search index")
    search_sub = search.add_subparsers(dest="search_command", metavar="ACTION", required=True)
    search_sub.add_parser("rebuild", help="rebuild the full-text index from the records")
    return parser


def _add_import_decision_parser(sub: Any) -> None:
    imp = sub.add_parser(
        "import-decision",
        help="read a Committee's Views or decision (.txt, .docx, .pdf) into a case",
        description="Read a decision and create its case, or fill the case it belongs to "
        "(matched by document symbol or communication number, or given with --case). On an "
        "existing case only empty fields are filled unless --accept names others.",
    )
    imp.add_argument("file", type=Path, help="the decision: .txt, .docx or .pdf")
    imp.add_argument("--case", metavar="REF", help="import into this case (its reference)")
    imp.add_argument("--dry-run", action="store_true", help="show what was read; save nothing")
    imp.add_argument("--json", action="store_true", help="print what was read as one JSON object")
    imp.add_argument(
        "--adoption-date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="the date the Committee adopted the decision, when the text does not give it",
    )
    imp.add_argument(
        "--transmittal-date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="the date the decision was transmitted to the State party (starts the follow-up)",
    )
    imp.add_argument(
        "--accept",
        metavar="FIELD",
        action="append",
        default=[],
        help="on an existing case, also overwrite this field with the document's value "
        "(repeatable; 'all' for every field)",
    )
    imp.add_argument(
        "--person",
        metavar="NAME=ID|new",
        action="append",
        default=[],
        help="for a person named in the decision, link registry person ID or create a new one",
    )
    imp.add_argument("--reference", metavar="REF", help="the reference of a new case")


def _add_import_review_parser(sub: Any) -> None:
    imp = sub.add_parser(
        "import-review",
        help="read a Committee's concluding observations (.txt, .docx, .pdf) into a review",
        description="Read concluding observations and create their periodic review with one "
        "recommendation per recommendation paragraph, or update the review that has the "
        "same symbol (the NGO's assessments are kept).",
    )
    imp.add_argument("file", type=Path, help="the concluding observations: .txt, .docx or .pdf")
    imp.add_argument("--dry-run", action="store_true", help="show what was read; save nothing")
    imp.add_argument("--json", action="store_true", help="print what was read as one JSON object")


def _add_transfer_parsers(sub: Any) -> None:
    exp = sub.add_parser(
        "export",
        help="write the whole database, or chosen cases, to a JSON file (format in the README)",
        description="Write every record (or the cases named with --case and what hangs off "
        "them: parties and their people, articles, proceedings, remedies and statuses, "
        "follow-up, deadlines) to one JSON file that `treatydesk import --json` reads back.",
    )
    exp.add_argument("--json", type=Path, metavar="FILE", required=True, help="the file to write")
    exp.add_argument("--case", metavar="REF", action="append", help="only this case (repeatable)")
    exp.add_argument(
        "--pseudonymise",
        "--pseudonymize",
        action="store_true",
        help="pseudonyms or initials instead of the names of people who have not consented "
        "to be named; no contact details, safety notes or audit trail",
    )
    imp = sub.add_parser(
        "import",
        help="read a JSON export into an empty database",
        description="Read a file written by `treatydesk export --json` into this database, "
        "which must hold no records yet (use --db NEW.sqlite for a new one).",
    )
    imp.add_argument("--json", type=Path, metavar="FILE", required=True, help="the export file")
    ppl = sub.add_parser(
        "import-people",
        help="import people (victims, authors, …) from a .csv or .xlsx file",
        description="Read people from a spreadsheet, show each row's problems (missing name, "
        "bad date, unknown country, likely duplicate), and import the good rows in one "
        "transaction, optionally linking each person to a case with a role.",
    )
    ppl.add_argument("file", type=Path, help="the spreadsheet: .csv or .xlsx")
    ppl.add_argument("--sheet", metavar="NAME", help="the sheet of an .xlsx file")
    ppl.add_argument("--case", metavar="REF", help="link every person to this case")
    ppl.add_argument("--role", metavar="ROLE", help="their role in it (victim, author, …)")
    ppl.add_argument(
        "--header-rows", type=int, choices=(1, 2), help="rows in the header (default: detected)"
    )
    ppl.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        action="append",
        default=[],
        help="read FIELD from COLUMN (its header, number or letter), overriding the guess; "
        "FIELD= ignores the field (repeatable)",
    )
    ppl.add_argument(
        "--match",
        metavar="ROW=ID|new",
        action="append",
        default=[],
        help="for a row flagged as a likely duplicate: link registry person ID, or create a "
        "new person (repeatable)",
    )
    ppl.add_argument("--dry-run", action="store_true", help="show what would be imported")
    ppl.add_argument("--json", action="store_true", help="print the result as one JSON object")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date such as 2024-03-21") from None


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
    if args.command == "db" and args.db_command == "restore" and not args.demo:
        return _db_restore(resolve_db_url(args.db, paths), paths, args.path, output)
    if args.demo:
        workspace = open_demo_workspace(paths)
    else:
        workspace = _open_protected(open_workspace, resolve_db_url(args.db, paths), paths, output)
    try:
        if workspace.backup_taken:
            # stderr: stdout carries results (and --json documents) only.
            output.note(f"Backed up the database before upgrading it: {workspace.backup_taken}")
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
        dest = args.path.expanduser().resolve()
        if dest.suffix.lower() in (".sqlite", ".db"):
            dest = backup_database(workspace.engine, dest)
        else:
            if workspace.backups is None:
                raise DomainError("Only a SQLite database can be backed up by TreatyDesk.")
            folder = dest if dest.is_dir() else None
            info = workspace.backups.create(dest=None if folder else dest)
            if folder is not None:
                moved = folder / info.path.name
                info.path.replace(moved)
                dest = moved
            else:
                dest = info.path
        output.print(f"Backup written to {dest}")
    elif action == "encrypt":
        _db_encrypt(workspace, output)
    elif action == "rekey":
        _db_rekey(workspace, output)
    return 0


def _open_protected(opener: Any, url: str, paths: Paths, output: Output) -> Any:
    """Open the database, asking for its passphrase on the terminal when it is encrypted
    and $TREATYDESK_PASSPHRASE is not set: three tries, then one clear line."""
    from app.db import is_sqlite, server_login
    from app.security import (
        PassphraseRequiredError,
        WrongPassphraseError,
        passphrase_from_env,
        prompt_passphrase,
    )

    # A database server takes each person's own login password (PGPASSWORD, ~/.pgpass or
    # the prompt), never the passphrase of an encrypted file.
    on_server = not is_sqlite(url)
    from_env = None if on_server else passphrase_from_env()
    passphrase = from_env
    prompt = f"Password for {server_login(url)}: " if on_server else "Passphrase: "
    for attempt in range(4):
        try:
            return opener(url, paths, passphrase=passphrase)
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            if from_env is not None or attempt == 3 or not sys.stdin.isatty():
                raise
            if isinstance(exc, WrongPassphraseError):
                output.error(str(exc))
            passphrase = prompt_passphrase(prompt)
    raise AssertionError("unreachable")


def _new_passphrase(env_name: str) -> tuple[str, str | None]:
    from app.security import passphrase_from_env, prompt_passphrase

    value = passphrase_from_env(env_name)
    if value is not None:
        return value, None
    return prompt_passphrase("New passphrase: ", confirm=True), None


def _db_encrypt(workspace: Any, output: Output) -> None:
    from app.protection import encrypt_workspace
    from app.security import ENV_PASSPHRASE

    if workspace.encrypted:
        raise DomainError(
            f"{workspace.display_name} is already encrypted; to change the passphrase use: "
            "treatydesk db rekey"
        )
    passphrase, confirmation = _new_passphrase(ENV_PASSPHRASE)
    converted = encrypt_workspace(workspace, passphrase, confirmation)
    output.print(
        f"{workspace.display_name} is now encrypted, with its documents"
        + (f" and {converted} earlier backup(s)" if converted else "")
        + ". Keep the passphrase safe: without it nobody, TreatyDesk included, can read "
        "the data."
    )


def _db_rekey(workspace: Any, output: Output) -> None:
    from app.db import engine_passphrase
    from app.protection import change_passphrase
    from app.security import ENV_NEW_PASSPHRASE

    current = engine_passphrase(workspace.engine)
    if current is None:
        raise DomainError(
            f"{workspace.display_name} is not encrypted; protect it first with: "
            "treatydesk db encrypt"
        )
    new, confirmation = _new_passphrase(ENV_NEW_PASSPHRASE)
    converted = change_passphrase(workspace, current, new, confirmation)
    output.print(
        f"The passphrase of {workspace.display_name} was changed; its documents and "
        f"{converted} backup(s) were re-encrypted. A backup was taken first."
    )


def _db_restore(url: str, paths: Paths, archive: Path, output: Output) -> int:
    """Restore a backup archive, also over a database that cannot be opened any more (it
    is moved into the backups folder). A wrong passphrase for the current database stops
    here: whoever restores must be able to open what they replace."""
    from app.context import open_workspace
    from app.db import sqlite_path
    from app.security import (
        ENV_BACKUP_PASSPHRASE,
        PassphraseRequiredError,
        WrongPassphraseError,
        passphrase_from_env,
        prompt_passphrase,
    )
    from app.services.backup import restore_archive

    db_path = sqlite_path(url)
    if db_path is None:
        raise DomainError("TreatyDesk restores SQLite database files only.")
    archive = archive.expanduser().resolve()
    workspace = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            workspace = _open_protected(open_workspace, url, paths, output)
        except (PassphraseRequiredError, WrongPassphraseError):
            raise
        except DomainError as exc:
            output.error(f"{exc} The backup replaces it; the file is kept in {paths.backups}.")
    backup_passphrase = passphrase_from_env(ENV_BACKUP_PASSPHRASE)
    try:
        for attempt in range(4):
            try:
                if workspace is not None and workspace.backups is not None:
                    result = workspace.backups.restore(archive, backup_passphrase=backup_passphrase)
                else:
                    target = passphrase_from_env()
                    result = restore_archive(
                        archive,
                        db_path=db_path,
                        paths=paths,
                        target_passphrase=target,
                        backup_passphrase=backup_passphrase or target,
                    )
                break
            except (PassphraseRequiredError, WrongPassphraseError) as exc:
                if attempt == 3 or not sys.stdin.isatty():
                    raise
                output.error(str(exc))
                backup_passphrase = prompt_passphrase("Passphrase of the backup: ")
    finally:
        if workspace is not None:
            workspace.close()
    output.print(f"Restored {db_path} from {archive}.")
    if result.upgraded_from:
        output.print(f"The backup's schema {result.upgraded_from} was upgraded to the newest.")
    if result.replaced_backup:
        output.print(f"The database it replaced is kept as {result.replaced_backup}.")
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
    if args.ics is not None:
        written = workspace.services.calendar.write_ics(
            args.ics, include_done=args.all, within_days=args.within, reminder_days=args.reminder
        )
        output.print(written.sentence())
        return 0
    if args.reminder is not None:
        raise DomainError("--reminder goes with --ics FILE.", field="reminder")
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


def _import_decision(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    """treatydesk import-decision FILE [--case REF] [--dry-run] [--json]"""
    from app.services.decision_import import IMPORT_FIELDS

    service = workspace.services.decisions
    result = service.analyse(args.file)
    edits: dict[str, Any] = {}
    if args.adoption_date is not None:
        edits["adoption_date"] = args.adoption_date
    if args.transmittal_date is not None:
        edits["decision_transmittal_date"] = args.transmittal_date
    if edits:
        result = result.edited(**edits)
    cases = workspace.services.cases
    if args.case:
        case = cases.get_by_reference(args.case)
    else:
        case_id = service.match_case(result)
        case = cases.get(case_id) if case_id is not None else None
    note = _notes_to(output, to_stderr=args.json)
    if args.json:
        output.print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_recognised(output, result)
    for warning in result.warnings:
        note(f"warning: {warning}")
    diffs = service.diff(case.id, result) if case is not None else []
    if args.dry_run:
        if case is None:
            note("No case has this symbol or communication number: importing would create one.")
        else:
            note(f"Compared with case {case.reference} (“{case.title}”):")
            for d in diffs:
                if d.status in ("new", "different"):
                    verb = "would fill" if d.status == "new" else "differs"
                    note(f"  {d.label}: {verb}: case “{d.current}”, document “{d.imported}”")
        note("Dry run: nothing was saved.")
        return 0
    accepted: set[str] | None = None
    if case is not None and args.accept:
        accepted = (
            set(IMPORT_FIELDS)
            if "all" in args.accept
            else {d.name for d in diffs if d.fills_gap} | set(args.accept)
        )
    report = service.apply_with_report(
        result,
        case_id=case.id if case is not None else None,
        accepted_fields=accepted,
        person_matches=_person_choices(args.person),
        reference=args.reference,
        expected_version=case.version if case is not None else None,
    )
    done = report.case
    verb = "Created" if report.created else "Updated"
    note(f"{verb} case {done.reference} (“{done.title}”).")
    if report.fields_written:
        note(f"  written: {', '.join(IMPORT_FIELDS[f] for f in report.fields_written)}")
    if report.people_created:
        note(f"  people added to the registry: {', '.join(report.people_created)}")
    if report.people_linked:
        note(f"  people linked from the registry: {', '.join(report.people_linked)}")
    if report.remedies_added:
        note(f"  remedies: {', '.join(report.remedies_added)}")
    if report.deadline is not None:
        note(f"  {report.deadline.title}: {report.deadline.due_date.isoformat()}")
    for extra in report.notes:
        note(f"  note: {extra}")
    if case is not None and accepted is None:
        for d in diffs:
            if d.status == "different":
                note(
                    f"  kept {d.label.lower()}: case “{d.current}”, document “{d.imported}” "
                    f"(--accept {d.name} to take the document's)"
                )
    return 0


def _import_review(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    """treatydesk import-review FILE [--dry-run] [--json]"""
    service = workspace.services.review_import
    result = service.analyse(args.file)
    note = _notes_to(output, to_stderr=args.json)
    if args.json:
        output.print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_review(output, result)
    for warning in result.warnings:
        note(f"warning: {warning}")
    if result.existing_review_id is not None:
        kept = result.existing_assessments
        note(
            f"{result.symbol} is already recorded: importing updates that review"
            + (f" and keeps its {kept} assessment(s)." if kept else ".")
        )
    if args.dry_run:
        note("Dry run: nothing was saved.")
        return 0
    outcome = service.apply(result)
    note(outcome.sentence())
    for warning in outcome.warnings:
        note(f"warning: {warning}")
    return 0


def _print_review(output: Output, result: Any) -> None:
    doc = result.document
    source = {"state report": " (derived: check it)", "derived": " (derived: check it)"}
    span = _fmt(doc.dialogue_start)
    if span and doc.dialogue_end and doc.dialogue_end != doc.dialogue_start:
        span += f" to {_fmt(doc.dialogue_end)}"
    follow = ", ".join(str(n) for n in doc.follow_up_paragraphs)
    facts = [
        ("Symbol", (doc.symbol or "not found") + source.get(doc.symbol_source, "")),
        ("Committee", f"{doc.committee} ({result.body})" if result.body else "not recognised"),
        ("State", f"{result.state_name} ({result.state})" if result.state else "not recognised"),
        ("Cycle", doc.cycle + (f" ({doc.state_report_symbol})" if doc.state_report_symbol else "")),
        ("Session", doc.session or ""),
        ("Dialogue", span),
        ("Adopted", _fmt(doc.adopted)),
        (
            "Follow-up",
            f"by {_fmt(doc.follow_up_deadline)}: paragraphs {follow}" if follow else "",
        ),
        (
            "Next cycle",
            ", ".join(
                part
                for part in (
                    f"list of issues {doc.next_loi_year}" if doc.next_loi_year else "",
                    f"dialogue {doc.next_dialogue_year}" if doc.next_dialogue_year else "",
                )
                if part
            ),
        ),
        (
            "Paragraphs",
            f"{len(doc.paragraphs)}: "
            + ", ".join(
                f"{sum(1 for p in doc.paragraphs if p.kind.value == kind)} {kind}"
                for kind in ("concern", "recommendation", "other")
            ),
        ),
    ]
    output.print(f"Read {result.source} in {result.seconds:.2f} s:")
    for label, value in facts:
        if value:
            output.print(f"  {label.ljust(10)}  {value}")
    table = [
        (
            str(p.number),
            p.section or "",
            p.kind.value,
            ", ".join(p.articles),
            "yes" if p.follow_up else "",
            "; ".join(p.refers_to),
            p.theme,
        )
        for p in doc.paragraphs
    ]
    header = ("Para", "Sect", "Kind", "Articles", "Follow-up", "Refers to", "Theme")
    _print_table(output, header, table)


def _notes_to(output: Output, *, to_stderr: bool) -> Any:
    """Where messages go: stdout, or stderr when stdout carries the JSON document."""

    def note(text: str) -> None:
        if to_stderr:
            print(text, file=output.err or sys.stderr)
        else:
            output.print(text)

    return note


def _print_recognised(output: Output, result: Any) -> None:
    output.print(f"Read {result.source_name or 'the document'}:")
    rows = [r for r in result.preview_rows() if r.value]
    width = max((len(r.label) for r in rows), default=10)
    for row in rows:
        flag = "" if row.confidence in (None, "high") else f"  [{row.confidence}]"
        output.print(f"  {row.label.ljust(width)}  {row.value}{flag}")


def _person_choices(items: list[str]) -> dict[str, int | None]:
    choices: dict[str, int | None] = {}
    for item in items:
        name, sep, value = item.rpartition("=")
        name, value = name.strip(), value.strip().lower()
        if not sep or not name or not (value == "new" or value.isdigit()):
            raise DomainError(
                f"“{item}” is not a choice for a person: write NAME=ID to link a person of the "
                "registry, or NAME=new to create one.",
                field="person",
            )
        choices[name] = None if value == "new" else int(value)
    return choices


def _export_json(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    """treatydesk export --json FILE [--case REF ...] [--pseudonymise]"""
    result = workspace.services.transfer.export_json(
        args.json, cases=args.case, pseudonymise=args.pseudonymise
    )
    output.print(result.sentence())
    output.print(
        "The file is not encrypted"
        + (
            ": it holds pseudonyms, but free text may still identify people"
            if args.pseudonymise
            else " and holds the names of the people in your cases"
        )
        + ". Keep it where you keep the laptop's own data."
    )
    return 0


def _import_json(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    """treatydesk import --json FILE"""
    result = workspace.services.transfer.import_json(args.json)
    output.print(result.sentence())
    return 0


def _import_people(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    """treatydesk import-people FILE [--sheet NAME] [--case REF --role ROLE] [--dry-run]"""
    service = workspace.services.people_import
    preview = service.preview(
        args.file,
        sheet=args.sheet,
        case_ref=args.case,
        role=args.role,
        header_rows=args.header_rows,
    )
    if args.map:
        mapping = _people_mapping(preview.mapping, preview.table.headers, args.map)
        preview = service.preview(
            args.file,
            sheet=args.sheet,
            mapping=mapping,
            case_ref=args.case,
            role=args.role,
            header_rows=args.header_rows,
        )
    matches = _row_matches(args.match)
    note = _notes_to(output, to_stderr=args.json)
    doc = _people_preview_json(preview)
    if not args.json:
        _print_people_preview(output, preview)
    for problem in preview.problems:
        note(f"problem: {problem}")
    if preview.problems:
        if args.json:
            output.print(json.dumps(doc, ensure_ascii=False, indent=2))
        raise DomainError("Nothing was imported: correct the mapping (--map) and try again.")
    if args.dry_run:
        if args.json:
            output.print(json.dumps(doc, ensure_ascii=False, indent=2))
        note("Dry run: nothing was saved.")
        return 0
    report = service.apply(preview, matches=matches)
    doc["imported"] = [
        {
            "row": r.row,
            "person_id": r.person_id,
            "name": r.name,
            "created": r.created,
            "case": r.case_reference,
            "role": r.role.value if r.role else None,
        }
        for r in report.imported
    ]
    doc["rejected"] = [
        {"row": r.row, "name": r.name, "problems": [str(p) for p in r.problems]}
        for r in report.rejected
    ]
    if args.json:
        output.print(json.dumps(doc, ensure_ascii=False, indent=2))
    note(report.sentence())
    for rejected in report.rejected:
        for problem in rejected.problems:
            note(f"  not imported: {problem}")
    return 0


def _people_mapping(
    guessed: dict[str, int], headers: tuple[str, ...], items: list[str]
) -> dict[str, int]:
    from app.importers.spreadsheet import column_letter

    mapping = dict(guessed)
    for item in items:
        key, sep, column = item.partition("=")
        key, column = key.strip(), column.strip()
        if not sep or not key:
            raise DomainError(
                f'“{item}” is not FIELD=COLUMN (e.g. date_of_birth="Дата рождения", or '
                "nationality=4, or full_name=B).",
                field="map",
            )
        if not column:
            mapping.pop(key, None)
            continue
        index = next((i for i, h in enumerate(headers) if h.casefold() == column.casefold()), None)
        if index is None and column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        if index is None:
            letters = [column_letter(i) for i in range(len(headers))]
            if column.upper() in letters:
                index = letters.index(column.upper())
        if index is None:
            raise DomainError(
                f"The file has no column “{column}”. Its columns: "
                + ", ".join(f"{i + 1} “{h}”" for i, h in enumerate(headers))
                + ".",
                field="map",
            )
        for other, used in list(mapping.items()):
            if used == index and other != key:
                del mapping[other]
        mapping[key] = index
    return mapping


def _row_matches(items: list[str]) -> dict[int, int | None]:
    matches: dict[int, int | None] = {}
    for item in items:
        row, sep, value = item.partition("=")
        row, value = row.strip(), value.strip().lower()
        if not sep or not row.isdigit() or not (value == "new" or value.isdigit()):
            raise DomainError(
                f"“{item}” is not a decision for a row: write ROW=ID to link registry person "
                "ID, or ROW=new to create a new person (e.g. 7=new).",
                field="match",
            )
        matches[int(row)] = None if value == "new" else int(value)
    return matches


def _people_preview_json(preview: Any) -> dict[str, Any]:
    table = preview.table
    return {
        "source": table.source,
        "sheet": table.sheet,
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "header_rows": table.header_rows,
        "headers": list(table.headers),
        "mapping": {key: table.headers[index] for key, index in preview.mapping.items()},
        "case": preview.case_reference,
        "role": preview.role.value if preview.role else None,
        "problems": list(preview.problems),
        "summary": {
            "rows": len(preview.rows),
            "ready": preview.ready,
            "duplicates": preview.duplicates,
            "errors": preview.errors,
        },
        "rows": [
            {
                "row": r.row,
                "name": r.name,
                "status": r.status,
                "case": r.case_reference,
                "role": r.role.value if r.role else None,
                "problems": [
                    {"field": p.field, "column": p.column, "message": p.message, "kind": p.kind}
                    for p in r.problems
                ],
                "similar": [
                    {"id": dto.id, "name": dto.full_name, "score": round(score, 1)}
                    for dto, score in r.similar
                ],
                "same_as_rows": list(r.same_as_rows),
            }
            for r in preview.rows
        ],
    }


def _print_people_preview(output: Output, preview: Any) -> None:
    from app.services.people_import import PERSON_FIELDS

    labels = {f.key: f.label for f in PERSON_FIELDS}
    output.print(f"Read {preview.table.describe()}.")
    mapped = "; ".join(
        f"{preview.table.headers[i]} → {labels[k]}" for k, i in preview.mapping.items()
    )
    output.print(f"Columns: {mapped or 'none recognised'}")
    if preview.unmapped_columns:
        output.print(f"Not imported: {', '.join(preview.unmapped_columns)}")
    table = [
        (
            str(r.row),
            r.name or "(no name)",
            r.status,
            "; ".join(p.message for p in r.problems),
        )
        for r in preview.rows
    ]
    if table:
        _print_table(output, ("Row", "Name", "Status", "Problems"), table)
    output.print(preview.sentence())


def _add_dev_parser(sub: Any) -> None:
    dev = sub.add_parser("dev", help="development tools (synthetic data)")
    dev_sub = dev.add_subparsers(dest="dev_command", metavar="ACTION", required=True)
    gen = dev_sub.add_parser(
        "generate",
        help="fill an EMPTY database with an invented portfolio (benchmarks, development)",
    )
    gen.add_argument("--cases", type=int, required=True, metavar="N", help="how many cases")
    gen.add_argument("--people", type=int, required=True, metavar="M", help="how many people")
    gen.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")


def _dev(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    from app.devdata import generate

    summary = generate(
        workspace.engine,
        cases=args.cases,
        people=args.people,
        seed=args.seed,
        progress=output.note,
    )
    output.print(summary.sentence())
    return 0


def _search(workspace: Any, args: argparse.Namespace, output: Output) -> int:
    from app.services.fulltext import FullTextService

    indexed = FullTextService(workspace.session_factory).rebuild()
    output.print(f"Rebuilt the full-text index of {workspace.display_name}: {indexed:,} records.")
    return 0


_HANDLERS = {
    "dev": _dev,
    "search": _search,
    "db": _db,
    "demo": _demo,
    "cases": _cases,
    "deadlines": _deadlines,
    "import-decision": _import_decision,
    "import-review": _import_review,
    "generate": run_generate,
    "export": _export_json,
    "import": _import_json,
    "import-people": _import_people,
    "bundle": run_bundle,
}


if __name__ == "__main__":
    sys.exit(main())
