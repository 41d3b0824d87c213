"""`treatydesk generate`: documents from the command line.

    treatydesk generate --list
    treatydesk generate KIND --case REF | --review SYMBOL [--lang en|ru]
                        [--template PATH] -o FILE
    treatydesk generate portfolio [--body CCPR] [--state KZ] [--stage follow_up] [--tag T] -o F

A shadow report takes its sections from `--sections FILE.json` (a list of objects with
"heading", "article", "facts", "state_action", "recommendations" (paragraph numbers of the
concluding observations), "cases" (case references), "ngo_recommendations" (a list of
texts), "include_state_record", "number"); without it, one section per recommendation of
the review is written (`--paragraph N` picks one for a single section).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.documents.i18n import LANGUAGES
from app.documents.kinds import CASE, CASES, KINDS, REVIEW
from app.errors import DomainError
from app.services.dto import CaseFilter
from app.vocab import Stage


def add_generate_parser(sub: Any) -> None:
    gen = sub.add_parser(
        "generate",
        help="write a document: follow-up letter, letter to a State authority, shadow report, "
        "status summary, portfolio",
        description="Generate a document from the database, register it in the documents "
        "folder, and write a copy to FILE. `generate --list` shows the kinds and templates.",
    )
    gen.add_argument("kind", nargs="?", metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    gen.add_argument(
        "--list", action="store_true", help="print the kinds and the templates for each"
    )
    subject = gen.add_mutually_exclusive_group()
    subject.add_argument("--case", metavar="REF", help="the case (its reference)")
    subject.add_argument(
        "--review", metavar="SYMBOL", help="the review (symbol of its concluding observations)"
    )
    gen.add_argument("--lang", choices=LANGUAGES, default="en", help="language (default: en)")
    gen.add_argument("--template", type=Path, metavar="PATH", help="a DOCX template to use")
    gen.add_argument("-o", "--output", type=Path, metavar="FILE", help="where to write a copy")
    gen.add_argument("--sections", type=Path, metavar="FILE", help="shadow report sections (JSON)")
    gen.add_argument(
        "--paragraph",
        type=int,
        metavar="N",
        help="shadow_section without --sections: the section on paragraph N of the review",
    )
    gen.add_argument("--organisation", default="", metavar="NAME", help="the NGO's name")
    gen.add_argument("--signatory", default="", metavar="NAME", help="who signs a letter")
    gen.add_argument("--addressee", default="", metavar="TEXT", help="state_letter: to whom")
    gen.add_argument(
        "--reply-within", type=int, default=30, metavar="DAYS", help="state_letter: days to reply"
    )
    gen.add_argument(
        "--redact-all", action="store_true", help="name nobody: pseudonyms or initials for all"
    )
    for name, what in (
        ("--body", "Committee (CCPR, CAT…)"),
        ("--state", "State (ISO code)"),
        ("--stage", "stage"),
        ("--tag", "tag"),
    ):
        gen.add_argument(name, metavar="VALUE", help=f"portfolio: only cases of this {what}")


def run_generate(workspace: Any, args: argparse.Namespace, output: Any) -> int:
    # Imported here: the service module is only needed when a document is generated.
    from app.services.documents import GenerateRequest

    documents = workspace.services.documents
    if args.list:
        _print_list(documents, output)
        return 0
    if not args.kind:
        raise DomainError("Name the kind of document to generate, or use --list.")
    kind = args.kind.strip().lower()
    info = KINDS.get(kind)
    if info is None:
        raise DomainError(f"“{args.kind}” is not a kind of document. Kinds: {', '.join(KINDS)}.")
    if args.output is None:
        raise DomainError(f"Say where to write the {info.label.lower()}: -o FILE{info.extension}")
    request: dict[str, Any] = {
        "kind": kind,
        "lang": args.lang,
        "template": args.template,
        "organisation": args.organisation,
        "signatory": args.signatory,
        "addressee": args.addressee,
        "reply_within_days": args.reply_within,
        "redact_all": args.redact_all,
    }
    if info.subject == CASE:
        if not args.case:
            raise DomainError(f"A {info.label.lower()} is about one case: give --case REF.")
        request["case_id"] = workspace.services.cases.get_by_reference(args.case).id
    elif info.subject == REVIEW:
        if not args.review:
            raise DomainError(f"A {info.label.lower()} is for a review: give --review SYMBOL.")
        review = workspace.services.reviews.get_by_symbol(args.review)
        if review is None:
            raise DomainError(f"No review has the symbol “{args.review}”.")
        request["review_id"] = review.id
        request["sections"] = _sections(workspace, review.id, kind, args)
    elif info.subject == CASES:
        if args.case or args.review:
            raise DomainError(
                "A portfolio covers the cases list: choose them with --body, --state, --stage "
                "or --tag, not --case or --review."
            )
        request["case_filter"] = CaseFilter(
            body=args.body,
            state=args.state,
            stage=_stage(args.stage),
            tag=args.tag,
        )
    generate_request = GenerateRequest(**request)
    warnings = documents.preview(generate_request).warnings
    doc = documents.generate(generate_request, export_to=args.output)
    for warning in warnings:
        output.error(f"note: {warning}")
    stored = workspace.services.documents.store.path_of(doc.path)
    output.print(f"Wrote {args.output} ({doc.title}); registered as document {doc.id}: {stored}")
    return 0


def _stage(value: str | None) -> Stage | None:
    if not value:
        return None
    try:
        return Stage(Stage.parse(value))
    except ValueError:
        raise DomainError(
            f"“{value}” is not a stage. Stages: {', '.join(s.value for s in Stage)}."
        ) from None


def _sections(workspace: Any, review_id: int, kind: str, args: argparse.Namespace) -> tuple:
    from app.services.documents import ShadowSectionInput

    documents = workspace.services.documents
    if args.sections is None:
        defaults = documents.default_sections(review_id)
        if kind == "shadow_report":
            return ()
        if not defaults:
            raise DomainError("The review has no recommendations: give --sections FILE.")
        if args.paragraph is None:
            return (defaults[0],)
        recs = {r.id: r.paragraph for r in workspace.services.reviews.recommendations(review_id)}
        for number, section in enumerate(defaults, start=1):
            if any(recs.get(i) == args.paragraph for i in section.recommendation_ids):
                return (replace(section, number=number),)
        raise DomainError(f"The review has no recommendation in paragraph {args.paragraph}.")
    try:
        items = json.loads(args.sections.read_text("utf-8"))
    except OSError as exc:
        raise DomainError(f"Cannot read {args.sections}: {exc.strerror or exc}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DomainError(f"{args.sections} is not a JSON file: {exc}.") from exc
    if isinstance(items, dict):
        items = items.get("sections", [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise DomainError(f"{args.sections} must hold a list of sections (JSON objects).")
    by_paragraph = {
        r.paragraph: r.id for r in workspace.services.reviews.recommendations(review_id)
    }
    sections = []
    for n, item in enumerate(items, start=1):
        rec_ids = []
        for paragraph in item.get("recommendations", []):
            if paragraph not in by_paragraph:
                raise DomainError(
                    f"Section {n} quotes paragraph {paragraph}, which the review does not have."
                )
            rec_ids.append(by_paragraph[paragraph])
        case_ids = [
            workspace.services.cases.get_by_reference(str(ref)).id for ref in item.get("cases", [])
        ]
        sections.append(
            ShadowSectionInput(
                heading=str(item.get("heading", "")),
                article=str(item.get("article", "")),
                facts=str(item.get("facts", "")),
                state_action=str(item.get("state_action", "")),
                recommendation_ids=tuple(rec_ids),
                case_ids=tuple(case_ids),
                ngo_recommendations=tuple(str(t) for t in item.get("ngo_recommendations", [])),
                include_state_record=bool(item.get("include_state_record", False)),
                number=item.get("number"),
            )
        )
    if kind == "shadow_section" and len(sections) != 1:
        raise DomainError(
            f"A shadow_section is one section; {args.sections} has {len(sections)}. "
            "Generate a shadow_report, or keep one section in the file."
        )
    return tuple(sections)


def _print_list(documents: Any, output: Any) -> None:
    for info in documents.kinds():
        output.print(f"{info.key:<16} {info.format.upper():<5} {info.subject:<7} {info.label}")
        if not info.uses_templates:
            output.print("    (laid out by TreatyDesk: no template)")
            continue
        for lang in LANGUAGES:
            names = [
                t.display_name + ("" if t.builtin else f": {t.path}")
                for t in documents.templates_for(info.key, lang)
            ]
            output.print(f"    {lang}: {'; '.join(names) or 'none'}")
    output.print(f"Your templates folder: {documents.templates_folder()}")
    ignored = documents.ignored_templates()
    if ignored:
        output.print(
            "Ignored there (name them <kind>.<lang>.docx or <kind>.<lang>.<name>.docx): "
            + ", ".join(p.name for p in ignored)
        )
