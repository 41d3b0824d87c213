"""`treatydesk bundle export|import`: case bundles from the command line.

    treatydesk bundle export --case REF [REF ...] -o FILE.tdbundle
    treatydesk bundle import FILE.tdbundle [--dry-run] [--json]
                             [--resolve TABLE:UUID:FIELD=mine|theirs ...] [--prefer mine|theirs]

The passphrase comes from $TREATYDESK_BUNDLE_PASSPHRASE (scripts) or the terminal (asked
twice when exporting). An import with conflicts imports nothing until every conflicting
field is settled: one by one with --resolve, all one way with --prefer, or in the window.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.errors import DomainError
from app.security import PassphraseRequiredError, passphrase_from_env, prompt_passphrase
from app.services.bundles import (
    ENV_BUNDLE_PASSPHRASE,
    MINE,
    THEIRS,
    BundlePreview,
    RecordChange,
)


def add_bundle_parser(sub: Any) -> None:
    bundle = sub.add_parser(
        "bundle",
        help="case bundles: chosen cases, encrypted, for an offline laptop and back",
        description="Carry cases to a laptop without a connection (or to a colleague) in one "
        "encrypted file, and bring the work done there back: records are matched by their "
        "uuid, changes made on one side are taken, and fields changed on both sides are "
        "listed for you to settle.",
    )
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    exp = bundle_sub.add_parser(
        "export",
        help="write cases and all that hangs off them to an encrypted .tdbundle file",
    )
    exp.add_argument(
        "--case",
        metavar="REF",
        nargs="+",
        action="extend",
        required=True,
        help="the reference(s) of the case(s) to take",
    )
    exp.add_argument(
        "-o", "--output", type=Path, metavar="FILE", required=True, help="the .tdbundle to write"
    )
    imp = bundle_sub.add_parser(
        "import",
        help="bring a .tdbundle into this database (shows what changes first)",
    )
    imp.add_argument("file", type=Path, help="the .tdbundle file")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would change, change nothing"
    )
    imp.add_argument(
        "--resolve",
        metavar="TABLE:UUID:FIELD=mine|theirs",
        action="append",
        default=[],
        help="settle one conflicting field: keep this database's value (mine) or take the "
        "bundle's (theirs); repeatable",
    )
    imp.add_argument(
        "--prefer",
        choices=(MINE, THEIRS),
        help="settle every conflict not settled by --resolve this way",
    )
    imp.add_argument("--json", action="store_true", help="print what was found as one JSON object")


def _passphrase(*, new: bool) -> str:
    from_env = passphrase_from_env(ENV_BUNDLE_PASSPHRASE)
    if from_env is not None:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise PassphraseRequiredError(
            "The bundle's passphrase is needed and there is no terminal to ask for it: set "
            f"the environment variable {ENV_BUNDLE_PASSPHRASE}."
        )
    if new:
        return prompt_passphrase("Passphrase for the bundle: ", confirm=True)
    return prompt_passphrase("Passphrase of the bundle: ")


def run_bundle(workspace: Any, args: argparse.Namespace, output: Any) -> int:
    service = workspace.services.bundles
    if args.bundle_command == "export":
        result = service.export_bundle(args.case, args.output, _passphrase(new=True))
        output.print(result.sentence())
        output.print("Send the passphrase another way than the file (not in the same e-mail).")
        return 0
    preview = service.preview_import(args.file, _passphrase(new=False))
    resolutions = _resolutions(preview, args.resolve, args.prefer)
    open_conflicts = [k for k in preview.conflict_keys if k not in resolutions]
    document: dict[str, Any] = _preview_json(preview)
    if args.json:
        document["imported"] = False
    else:
        _print_preview(preview, output)
    if preview.problems:
        if args.json:
            output.print(json.dumps(document, ensure_ascii=False, indent=1))
        raise DomainError("The bundle cannot be imported: " + " ".join(preview.problems[:3]))
    if args.dry_run or open_conflicts:
        if args.json:
            output.print(json.dumps(document, ensure_ascii=False, indent=1))
        if open_conflicts and not args.dry_run:
            raise DomainError(
                f"{len(open_conflicts)} conflicting field(s) are not settled: settle each with "
                "--resolve TABLE:UUID:FIELD=mine|theirs, or all with --prefer mine|theirs, or "
                "import the bundle in the window. Nothing was imported."
            )
        if not args.json:
            output.print("Dry run: nothing was imported.")
        return 0
    result = service.apply_import(preview, resolutions)
    if args.json:
        document["imported"] = True
        document["result"] = {
            "added": result.added,
            "updated": result.updated,
            "deleted": result.deleted,
            "kept_mine": result.resolved_mine,
            "took_theirs": result.resolved_theirs,
            "files": result.files,
            "left_out": list(result.skipped),
        }
        output.print(json.dumps(document, ensure_ascii=False, indent=1))
    else:
        output.print(result.sentence())
    return 0


def _resolutions(
    preview: BundlePreview, given: list[str], prefer: str | None
) -> dict[tuple[str, str, str], str]:
    out: dict[tuple[str, str, str], str] = {}
    for item in given:
        key_text, sep, choice = item.rpartition("=")
        parts = key_text.split(":")
        if not sep or len(parts) != 3 or not all(parts):
            raise DomainError(
                f"“{item}” is not TABLE:UUID:FIELD=mine|theirs (the conflicts list gives each "
                "one's key).",
                field="resolve",
            )
        out[(parts[0], parts[1], parts[2])] = choice.strip().lower()
    if prefer is not None:
        for key in preview.conflict_keys:
            out.setdefault(key, prefer)
    return out


def _print_preview(preview: BundlePreview, output: Any) -> None:
    output.print(preview.sentence())
    for title, changes in (
        ("New", preview.new),
        ("Changed there (taken)", preview.updated),
        ("Deleted there (deleted here too)", preview.deleted),
    ):
        if changes:
            output.print(f"{title}:")
            for change in changes:
                output.print(f"  {_where(change)}")
    if preview.conflicts:
        output.print("Conflicts (changed on both sides):")
        for change in preview.conflicts:
            output.print(f"  {_where(change)}")
            for f in change.fields:
                output.print(
                    f"    {f.label}: here “{f.mine_text}” | bundle “{f.theirs_text}”  "
                    f"--resolve {change.table}:{change.uuid}:{f.field}=mine|theirs"
                )
    for note in preview.notes:
        output.print(note)
    for problem in preview.problems:
        output.print(f"Problem: {problem}")


def _where(change: RecordChange) -> str:
    return change.label + (f" — {change.case}" if change.case and change.table != "cases" else "")


def _change_json(change: RecordChange) -> dict[str, Any]:
    return {
        "table": change.table,
        "uuid": change.uuid,
        "label": change.label,
        "case": change.case,
        "fields": [
            {"field": f.field, "mine": f.mine_text, "theirs": f.theirs_text} for f in change.fields
        ],
    }


def _preview_json(preview: BundlePreview) -> dict[str, Any]:
    return {
        "source": preview.source,
        "bundle_id": preview.bundle_id,
        "created_at": preview.created_at.isoformat(),
        "made_by": preview.made_by,
        "cases": list(preview.cases),
        "new": [_change_json(c) for c in preview.new],
        "updated": [_change_json(c) for c in preview.updated],
        "deleted": [_change_json(c) for c in preview.deleted],
        "conflicts": [_change_json(c) for c in preview.conflicts],
        "unchanged": preview.unchanged,
        "problems": list(preview.problems),
    }
