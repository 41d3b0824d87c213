"""Documents: generating follow-up letters, shadow reports and status summaries, and the
register of generated files.

    request = GenerateRequest(kind="followup_letter", lang="en", case_id=case.id)
    documents.preview(request)        # what will be included, and warnings (consent…)
    doc = documents.generate(request, progress=lambda pct, text: ...)
    documents.path_of(doc.id)         # to open with the system viewer
    documents.verify(doc.id)          # the file still has the hash it was written with

The context of every document is built here, from the database, when it is generated
(app.documents.contexts turns the records into plain dicts; templates_docs/README.md
documents them). DOCX kinds are filled into templates (built-in or from the user's
templates folder); PDF kinds are laid out by app.documents.pdf_render. Documents are
rendered in memory and written atomically through the workspace's DocumentStore (so they
are encrypted when the database is), then registered as a Document with the sha256 of
their content. No Qt here: a view runs `generate` in a worker and opens `path_of(id)`.
"""

from __future__ import annotations

import builtins
import getpass
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.config import Paths
from app.crypto import DocumentStore
from app.db import SessionFactory
from app.documents import contexts
from app.documents.consent import HiddenName, Namer, public_name
from app.documents.contexts import CaseRecord, Options, PortfolioRow, ReviewRecord, SectionRecord
from app.documents.files import atomic_target, safe_name
from app.documents.i18n import LANGUAGES, check_language
from app.documents.kinds import CASE, CASES, KINDS, REVIEW, KindInfo, kind_info
from app.documents.registry import TemplateInfo, TemplateRegistry
from app.documents.text import clean_context, one_line
from app.errors import DomainError, NotFoundError
from app.services.base import Clock, Service, check_version, get_or_raise, require_text
from app.services.cases import CaseService
from app.services.deadlines import DeadlinesService
from app.services.dto import CaseFilter, DocumentDTO, RecommendationDTO, initials
from app.services.followup import FollowUpService
from app.services.listing import CaseListing
from app.services.people import person_to_dto
from app.services.reference import ReferenceService
from app.services.remedies import RemedyService
from app.services.reviews import ReviewService, normalise_articles
from app.vocab import ImplementationStatus, Outcome, PartyRole, RemedyScope
from models import (
    Case,
    CaseArticle,
    CaseParty,
    Country,
    Document,
    Person,
    RecommendationAssessment,
    Remedy,
    RemedyStatus,
    Tag,
    TreatyArticle,
    TreatyBody,
    assessment_cases,
    case_tags,
)

Progress = Callable[[int, str], None]

MAX_HEADING = 300
MAX_FACTS = 200_000
MAX_RECOMMENDATION = 10_000
MAX_SECTIONS = 200
MAX_ORGANISATION = 255
MAX_ADDRESSEE = 1_000
CHUNK = 500
VICTIM_ROLES = (PartyRole.VICTIM, PartyRole.AUTHOR_AND_VICTIM)
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
"""A file attached to a case is read, fingerprinted (and encrypted) in memory: 200 MB at most."""
ATTACHMENT_KINDS: dict[str, str] = {
    "attachment": "Attachment",
    "evidence": "Evidence",
    "correspondence": "Correspondence",
    "submission": "Submission",
    "decision": "Decision or report",
    "domestic_record": "Domestic court record",
}
"""The kinds a file attached by hand can have (key stored in Document.kind -> label)."""
ATTACHMENTS_FOLDER = "attachments"


# ---------------------------------------------------------------- inputs and outputs


@dataclass(frozen=True)
class ShadowSectionInput:
    """One section of a shadow report, as the NGO writes it.

    The database holds the review, its recommendations and the cases; the narrative and the
    NGO's own recommendations are typed by the user. `recommendation_ids` are recommendations
    of the review quoted in the section (with symbol and paragraph); `case_ids` the cases that
    illustrate it, whose figures are computed from the database. `number` is the "§N" of the
    section (default: its place in the report).
    """

    heading: str
    article: str = ""  # "7", "2, 26" or "" for a theme
    facts: str = ""
    recommendation_ids: tuple[int, ...] = ()
    case_ids: tuple[int, ...] = ()
    ngo_recommendations: tuple[str, ...] = ()
    state_action: str = ""
    include_state_record: bool = False
    number: int | None = None


@dataclass(frozen=True)
class GenerateRequest:
    """What to generate. `case_id` for case kinds, `review_id` (and `sections`) for shadow
    reports; a portfolio takes `case_ids` (the cases chosen in the list) or `case_filter`
    (None for every case). `template` is a TemplateInfo from `templates_for`, a path, or None
    for the built-in template."""

    kind: str
    lang: str = "en"
    case_id: int | None = None
    review_id: int | None = None
    case_ids: tuple[int, ...] | None = None
    case_filter: CaseFilter | None = None
    template: TemplateInfo | Path | str | None = None
    sections: tuple[ShadowSectionInput, ...] = ()
    organisation: str = ""
    signatory: str = ""
    addressee: str = ""
    reply_within_days: int = 30
    redact_all: bool = False


@dataclass(frozen=True)
class DocumentPreview:
    """What a document will contain, shown before generating it."""

    kind: str
    kind_label: str
    lang: str
    format: str
    title: str
    template: str
    subject: str
    includes: tuple[str, ...]
    warnings: tuple[str, ...]
    redacted: bool
    file_name: str


@dataclass
class _Prepared:
    info: KindInfo
    lang: str
    context: dict[str, Any]
    namer: Namer
    title: str
    subject: str
    case_id: int | None = None
    review_id: int | None = None
    template: TemplateInfo | None = None
    folder: str = ""
    stem: str = ""
    includes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _to_dto(doc: Document) -> DocumentDTO:
    return DocumentDTO(
        id=doc.id,
        kind=doc.kind,
        title=doc.title,
        case_id=doc.case_id,
        review_id=doc.review_id,
        path=doc.path,
        sha256=doc.sha256,
        size=doc.size,
        created_by=doc.created_by,
        # SQLite hands the stored time back without its zone: it was written in UTC.
        created_at=(
            doc.created_at.replace(tzinfo=UTC) if doc.created_at.tzinfo is None else doc.created_at
        ),
        language=doc.language,
        redacted=bool(doc.redacted),
        version=doc.version,
    )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "unknown"


def _read_attachment(source: Path) -> bytes:
    """The bytes of a file to attach, or DomainError saying plainly why it cannot be."""
    name = source.name or str(source)
    try:
        info = source.stat()
    except FileNotFoundError:
        raise DomainError(f"There is no file {source}: it was moved or deleted.") from None
    except OSError as exc:
        raise DomainError(f"Cannot read {source}: {exc.strerror or exc}.") from exc
    if source.is_dir():
        raise DomainError(f"{name} is a folder: choose a file to attach.", field="path")
    if not source.is_file():
        raise DomainError(f"{name} is not an ordinary file: it cannot be attached.")
    if info.st_size > MAX_ATTACHMENT_BYTES:
        raise DomainError(
            f"{name} is too large to attach ({info.st_size / 1024 / 1024:,.0f} MB; at most "
            f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB).",
            field="path",
        )
    try:
        with source.open("rb") as f:
            data = f.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:
        raise DomainError(f"Cannot read {source}: {exc.strerror or exc}.") from exc
    if not data:
        raise DomainError(f"{name} is empty (0 bytes): there is nothing to attach.", field="path")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError(f"{name} grew while it was read: attach it again.", field="path")
    return data


def _report(progress: Progress | None, percent: int, text: str) -> None:
    if progress is not None:
        progress(percent, text)


# ---------------------------------------------------------------- the service


class DocumentService(Service):
    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        paths: Paths,
        reference: ReferenceService,
        cases: CaseService,
        remedies: RemedyService,
        followup: FollowUpService,
        deadlines: DeadlinesService,
        reviews: ReviewService,
        listing: CaseListing,
        store: DocumentStore | None = None,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._paths = paths
        self._store = store
        self._reference = reference
        self._cases = cases
        self._remedies = remedies
        self._followup = followup
        self._deadlines = deadlines
        self._reviews = reviews
        self._listing = listing
        self.registry = TemplateRegistry(paths.templates)

    @property
    def store(self) -> DocumentStore:
        """The managed documents folder (plain in Paths.documents unless the workspace's)."""
        if self._store is None:
            self._store = DocumentStore(self._paths.documents)
        return self._store

    def use_store(self, store: DocumentStore) -> None:
        """Write and read documents through `store` (the workspace's, maybe encrypted)."""
        self._store = store

    # ------------------------------------------------------------ what can be generated

    def kinds(self, subject: str | None = None) -> builtins.list[KindInfo]:
        """The kinds of document, optionally only those about a "case", "review" or "cases"."""
        return [k for k in KINDS.values() if subject is None or k.subject == subject]

    @staticmethod
    def languages() -> tuple[str, ...]:
        return LANGUAGES

    def templates_for(self, kind: str, lang: str) -> builtins.list[TemplateInfo]:
        """The built-in template, then the user's own, for a DOCX kind ([] for a PDF kind)."""
        return self.registry.templates_for(kind, lang)

    def templates_folder(self) -> Path:
        """Where a user drops `<kind>.<lang>.docx` templates (created if missing)."""
        self._paths.templates.mkdir(parents=True, exist_ok=True)
        return self._paths.templates

    def ignored_templates(self) -> builtins.list[Path]:
        """Word files in the templates folder whose names say no kind and language."""
        return self.registry.ignored_files()

    def default_sections(self, review_id: int) -> builtins.list[ShadowSectionInput]:
        """A starting point: one section per recommendation the NGO follows, with the cases
        that illustrate it.

        The recommendations followed are those chosen for the follow-up procedure or already
        assessed by the NGO; when there are none, every recommendation of the review. A case
        illustrates a recommendation when an NGO assessment links it, when it is a case
        against the same State whose tags appear in the recommendation's theme or concern
        ("Torture", "January 2022 events"), or when it is before the same Committee with an
        article in common. The narrative and the NGO's recommendations are left to the user.
        """
        review = self._reviews.get(review_id)
        recs = self._reviews.recommendations(review_id)
        with self._uow("review") as s:
            links = self._assessment_links(s, [r.id for r in recs])
            followed = [r for r in recs if r.is_followup or r.id in links or r.latest_grade]
            recs = followed or recs
            tagged = self._cases_with_tags(s, review.state)
            by_article = self._cases_by_article(s, review.state, review.body)
            references: dict[int, str] = {
                cid: ref
                for cid, ref in s.execute(
                    select(Case.id, Case.reference)
                    .join(Country, Country.id == Case.state_id)
                    .where(Country.code == review.state)
                )
            }
        sections = []
        for rec in recs:
            haystack = " ".join((rec.theme, rec.concern_text)).casefold()
            ids = list(links.get(rec.id, []))
            for case_id, tags in tagged.items():
                if any(_mentions(haystack, t) for t in tags) and case_id not in ids:
                    ids.append(case_id)
            for article in rec.articles:
                for case_id in by_article.get(article.split("(")[0], []):
                    if case_id not in ids:
                        ids.append(case_id)
            ids.sort(key=lambda i: references.get(i, ""))
            sections.append(
                ShadowSectionInput(
                    heading=rec.theme or f"Paragraph {rec.paragraph}",
                    article=", ".join(a.split("(")[0] for a in rec.articles),
                    recommendation_ids=(rec.id,),
                    case_ids=tuple(ids),
                )
            )
        return sections

    # ------------------------------------------------------------ preview and generation

    def context(self, request: GenerateRequest) -> dict[str, Any]:
        """The plain dict a template of this kind is filled from (see templates_docs/README.md)."""
        return self._prepare(request).context

    def preview(self, request: GenerateRequest) -> DocumentPreview:
        prepared = self._prepare(request)
        return DocumentPreview(
            kind=prepared.info.key,
            kind_label=prepared.info.label_in(prepared.lang),
            lang=prepared.lang,
            format=prepared.info.format,
            title=prepared.title,
            template=prepared.template.display_name if prepared.template else "TreatyDesk layout",
            subject=prepared.subject,
            includes=tuple(prepared.includes),
            warnings=tuple(prepared.warnings),
            redacted=prepared.namer.redacted,
            file_name=f"{prepared.stem}{prepared.info.extension}",
        )

    def generate(
        self,
        request: GenerateRequest,
        progress: Progress | None = None,
        *,
        export_to: Path | None = None,
    ) -> DocumentDTO:
        """Generate, store in the managed documents folder and register the document.

        `progress(percent, text)` is called as the work advances (from the calling thread).
        `export_to` also writes a copy there (the command line's -o FILE). A failure leaves
        no file and no record behind.
        """
        _report(progress, 0, "Reading the records")
        prepared = self._prepare(request)
        info = prepared.info
        if export_to is not None and export_to.suffix.lower() != info.extension:
            raise DomainError(
                f"A {info.label.lower()} is a {info.format.upper()} file: name the output "
                f"“…{info.extension}”, not “{export_to.name}”.",
                field="output",
            )
        _report(progress, 40, "Writing the document")
        # The renderers load docxtpl/python-docx and reportlab (~1 s): imported on the first
        # document, not when the application starts.
        from app.documents.docx_render import render_docx
        from app.documents.pdf_render import render_portfolio, render_status_summary

        if info.uses_templates:
            assert prepared.template is not None
            data = render_docx(
                prepared.template.path, prepared.template.path.name, prepared.context
            )
        elif info.key == "status_summary":
            data = render_status_summary(prepared.context)
        else:
            data = render_portfolio(prepared.context)
        _report(progress, 80, "Saving the document")
        relative = self._free_path(prepared.folder, prepared.stem, info.extension)
        stored = self.store.write(relative, data)
        try:
            _report(progress, 90, "Registering the document")
            with self._uow("document") as s:
                doc = Document(
                    kind=info.key,
                    title=prepared.title[:255],
                    case_id=prepared.case_id,
                    review_id=prepared.review_id,
                    path=stored.path,
                    sha256=stored.sha256,
                    size=stored.size,
                    created_by=_os_user(),
                    language=prepared.lang,
                    redacted=prepared.namer.redacted,
                )
                s.add(doc)
                s.flush()
                dto = _to_dto(doc)
        except BaseException:
            self.store.path_of(stored.path).unlink(missing_ok=True)
            raise
        if export_to is not None:
            _report(progress, 95, "Copying the document")
            with atomic_target(export_to.expanduser().resolve()) as temp:
                temp.write_bytes(data)
        _report(progress, 100, "Done")
        return dto

    def _free_path(self, folder: str, stem: str, extension: str) -> str:
        """`folder/stem.ext` inside the managed folder, or `stem-2.ext`… if taken."""
        n = 1
        while True:
            name = f"{stem}{extension}" if n == 1 else f"{stem}-{n}{extension}"
            relative = f"{folder}/{name}"
            path = self.store.path_of(relative)
            if not path.exists() and not path.with_name(path.name + ".partial").exists():
                return relative
            n += 1

    # ------------------------------------------------------------ the register

    def list(
        self, case_id: int | None = None, review_id: int | None = None
    ) -> builtins.list[DocumentDTO]:
        """Registered documents, newest first; of one case or one review if given."""
        query = select(Document).order_by(Document.created_at.desc(), Document.id.desc())
        if case_id is not None:
            query = query.where(Document.case_id == case_id)
        if review_id is not None:
            query = query.where(Document.review_id == review_id)
        with self._uow("document") as s:
            return [_to_dto(d) for d in s.scalars(query)]

    def get(self, document_id: int) -> DocumentDTO:
        with self._uow("document") as s:
            return _to_dto(get_or_raise(s, Document, document_id, "document"))

    def path_of(self, document_id: int) -> Path:
        """A file the system viewer can open: the document itself, or a decrypted private
        copy when the documents folder is encrypted."""
        return self.store.open_copy(self.get(document_id).path)

    def verify(self, document_id: int) -> bool:
        """True when the file is still there and its content has the registered sha256."""
        return self.check(document_id) == "intact"

    def check(self, document_id: int) -> str:
        """What became of a registered file: "intact" (its content has the registered
        sha256), "missing" (not in the documents folder any more) or "changed" (altered or
        damaged since it was registered). DomainError when it cannot be read at all (the
        workspace is locked, or the file is encrypted with another passphrase)."""
        doc = self.get(document_id)
        if not self.store.path_of(doc.path).is_file():
            return "missing"
        data = self.store.read(doc.path)
        intact = len(data) == doc.size and hashlib.sha256(data).hexdigest() == doc.sha256
        return "intact" if intact else "changed"

    @staticmethod
    def attachment_kinds() -> dict[str, str]:
        """The kinds of a file attached by hand: key -> label ("evidence" -> "Evidence")."""
        return dict(ATTACHMENT_KINDS)

    def attach(
        self, case_id: int, source: Path, *, title: str = "", kind: str = "attachment"
    ) -> DocumentDTO:
        """Copy a file into the managed documents folder (encrypted when the database is)
        and register it with the case, with its sha256 (so `verify` can tell if it changes).

        `title` defaults to the file's name. The file is refused when it is missing, not a
        file, unreadable, empty or larger than 200 MB. On any failure nothing is left
        behind: no copy in the documents folder, no record.
        """
        if kind not in ATTACHMENT_KINDS:
            raise DomainError(
                f"“{kind}” is not a kind of attachment. Kinds: {', '.join(ATTACHMENT_KINDS)}.",
                field="kind",
            )
        source = Path(source).expanduser()
        title = require_text(title or source.stem, "The document's title", "title")
        with self._uow("case") as s:
            reference = get_or_raise(s, Case, case_id, "case").reference
        data = _read_attachment(source)
        suffix = safe_name(source.suffix.lstrip("."), 12).lower() if source.suffix else ""
        relative = self._free_path(
            f"cases/{safe_name(reference)}/{ATTACHMENTS_FOLDER}",
            safe_name(source.stem),
            f".{suffix}" if suffix and suffix != "document" else "",
        )
        stored = self.store.write(relative, data)
        try:
            with self._uow("document") as s:
                get_or_raise(s, Case, case_id, "case")  # not deleted meanwhile
                doc = Document(
                    kind=kind,
                    title=title,
                    case_id=case_id,
                    path=stored.path,
                    sha256=stored.sha256,
                    size=stored.size,
                    created_by=_os_user(),
                    language="",
                    redacted=False,
                )
                s.add(doc)
                s.flush()
                return _to_dto(doc)
        except BaseException:
            self.store.path_of(stored.path).unlink(missing_ok=True)
            raise

    def delete(
        self, document_id: int, *, expected_version: int | None, remove_file: bool = True
    ) -> None:
        """Forget a document (and delete its file from the managed folder)."""
        with self._uow("document") as s:
            doc = get_or_raise(s, Document, document_id, "document")
            check_version(doc, expected_version, "document")
            relative = doc.path
            s.delete(doc)
        if remove_file:
            self.store.path_of(relative).unlink(missing_ok=True)

    # ------------------------------------------------------------ preparing a document

    def _prepare(self, request: GenerateRequest) -> _Prepared:
        info = kind_info(request.kind)
        lang = check_language(request.lang)
        namer = Namer(lang=lang, redact_all=request.redact_all)
        with self._uow("person") as s:
            namer.add_hidden(self._hidden_names(s))
        options = self._options(request, lang)
        if info.subject == CASE:
            prepared = self._prepare_case(info, request, namer, options)
        elif info.subject == REVIEW:
            prepared = self._prepare_review(info, request, namer, options)
        else:
            prepared = self._prepare_portfolio(info, request, namer, options)
        if info.uses_templates:
            prepared.template = self.registry.resolve(info.key, lang, request.template)
        elif request.template is not None:
            self.registry.resolve(info.key, lang, request.template)  # raises: no template
        prepared.context = clean_context(prepared.context)
        hidden = namer.shown_by_public_name
        if hidden:
            example = public_name(hidden[0], redact_all=namer.redact_all)
            prepared.warnings.insert(
                0,
                f"{len(hidden)} {'person' if len(hidden) == 1 else 'people'} named in this "
                f"document {'has' if len(hidden) == 1 else 'have'} not consented to be named "
                f"(or all names are withheld): they appear by pseudonym or initials, e.g. "
                f"“{example}”.",
            )
        if namer.scrubbed:
            prepared.warnings.append(
                f"{namer.scrubbed} mention{'s' if namer.scrubbed != 1 else ''} of people who "
                "may not be named were replaced in typed texts; other mentions (nicknames, "
                "misspellings) are printed as typed: read the document before filing it."
            )
        return prepared

    def _options(self, request: GenerateRequest, lang: str) -> Options:
        organisation = one_line(request.organisation)
        if len(organisation) > MAX_ORGANISATION:
            raise DomainError(
                f"The organisation's name is too long ({len(organisation)} characters; at "
                f"most {MAX_ORGANISATION}).",
                field="organisation",
            )
        if len(request.addressee or "") > MAX_ADDRESSEE:
            raise DomainError(
                f"The addressee is too long (at most {MAX_ADDRESSEE} characters).",
                field="addressee",
            )
        days = request.reply_within_days
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 365:
            raise DomainError(
                "The time given for a reply must be a whole number of days, from 1 to 365.",
                field="reply_within_days",
            )
        return Options(
            lang=lang,
            today=self.today(),
            organisation=organisation,
            signatory=one_line(request.signatory),
            addressee=request.addressee or "",
            reply_by=self.today() + timedelta(days=days),
        )

    # ---- case kinds

    def _case_record(self, case_id: int, *, with_deadlines: bool = False) -> CaseRecord:
        case = self._cases.get(case_id)
        return CaseRecord(
            case=case,
            body=self._reference.body(case.body),
            parties=self._cases.parties(case_id),
            articles=self._cases.articles(case_id),
            proceedings=self._cases.proceedings(case_id),
            matrix=self._remedies.matrix(case_id),
            events=self._followup.events(case_id),
            grades=self._followup.current_grades(case_id),
            deadlines=self._deadlines.for_case(case_id) if with_deadlines else [],
        )

    def _prepare_case(
        self, info: KindInfo, request: GenerateRequest, namer: Namer, options: Options
    ) -> _Prepared:
        if request.case_id is None:
            raise DomainError(f"Choose the case for the {info.label.lower()}.", field="case_id")
        record = self._case_record(request.case_id, with_deadlines=info.key == "status_summary")
        namer.add_people(p.person for p in record.parties)
        builder = {
            "followup_letter": contexts.followup_letter,
            "state_letter": contexts.state_letter,
            "status_summary": contexts.status_summary,
        }[info.key]
        ctx = builder(record, namer, options)
        case = ctx["case"]
        lang = options.lang
        prepared = _Prepared(
            info=info,
            lang=lang,
            context=ctx,
            namer=namer,
            title=f"{info.label_in(lang)} — {case['title']} ({lang.upper()})",
            subject=f"{case['title']} ({case['reference']})",
            case_id=record.case.id,
            folder=f"cases/{safe_name(record.case.reference)}",
            stem=f"{self.today():%Y-%m-%d}_{info.key}_{lang}",
        )
        remedies = ctx.get("remedies", [])
        decision = ctx["decision"]
        prepared.includes.append(f"Case: {prepared.subject}")
        prepared.includes.append(
            f"Decision: {decision['type'] or 'decision'} of {decision['date'] or 'undated'}"
            if decision["exists"]
            else "Decision: none yet"
        )
        prepared.includes.append(
            f"{len(remedies)} remed{'y' if len(remedies) == 1 else 'ies'}"
            + (f": {', '.join(r['label'] for r in remedies)}" if remedies else "")
        )
        if "victim_rows" in ctx:
            prepared.includes.append(f"Per-victim table: {len(ctx['victim_rows'])} rows")
        if info.key == "followup_letter":
            prepared.includes.append(
                f"State party's follow-up replies: {len(ctx['state_replies'])}"
            )
            graded = ctx["assessment"]["graded"]
            prepared.includes.append(
                f"Latest Committee grades: {len(graded)}" if graded else "Committee grades: none"
            )
            prepared.includes.append("Request: " + " ".join(ctx["request"]["points"][:2]))
        if info.key == "state_letter":
            prepared.includes.append(f"Measures outstanding: {len(ctx['outstanding'])}")
            prepared.includes.append(f"Reply requested by {ctx['reply_by']}")
            prepared.includes.append(f"Addressee: {ctx['addressee']}")
        if info.key == "status_summary":
            nd = ctx["next_deadline"]
            prepared.includes.append(
                f"Next deadline: {nd['date']} — {nd['title']}" if nd["exists"] else "No deadline"
            )
        if not decision["exists"] and info.key != "status_summary":
            prepared.warnings.append(
                "The Committee has not decided this case yet: the letter reports the measures "
                "recorded so far (domestic measures), not the follow-up to a decision."
            )
        if info.key == "followup_letter" and not ctx["state_replies"] and decision["exists"]:
            prepared.warnings.append("No follow-up reply of the State party is recorded.")
        if record.case.confidentiality.value == "strictly_confidential":
            prepared.warnings.append(
                "This case is marked strictly confidential: check before sending the document."
            )
        return prepared

    # ---- shadow reports

    def _prepare_review(
        self, info: KindInfo, request: GenerateRequest, namer: Namer, options: Options
    ) -> _Prepared:
        if request.review_id is None:
            raise DomainError(f"Choose the review for the {info.label.lower()}.", field="review_id")
        review = self._reviews.get(request.review_id)
        sections = list(request.sections)
        if len(sections) > MAX_SECTIONS:
            raise DomainError(
                f"A shadow report has at most {MAX_SECTIONS} sections ({len(sections)} given).",
                field="sections",
            )
        if info.key == "shadow_section" and len(sections) != 1:
            raise DomainError(
                "A shadow-report section is written one at a time: choose one section "
                "(or generate the whole shadow report).",
                field="sections",
            )
        if not sections:
            sections = self.default_sections(review.id)
            if not sections:
                raise DomainError(
                    f"The review {review.co_symbol or review.cycle} has no recommendations "
                    "recorded and no sections were given: add its recommendations, or write "
                    "the sections.",
                    field="sections",
                )
        recs = {r.id: r for r in self._reviews.recommendations(review.id)}
        body = self._reference.body(review.body)
        with self._uow("review") as s:
            articles = set(
                s.scalars(
                    select(TreatyArticle.number)
                    .join(TreatyBody, TreatyBody.id == TreatyArticle.body_id)
                    .where(TreatyBody.code == review.body)
                )
            )
            existing_cases = set(
                s.scalars(
                    select(Case.id).where(
                        Case.id.in_({i for sec in sections for i in sec.case_ids})
                    )
                )
            )
        cache: dict[int, CaseRecord] = {}
        records = []
        for position, section in enumerate(sections, start=1):
            clean = _clean_section(section, position, recs, articles, existing_cases)
            case_records = []
            for case_id in clean.case_ids:
                if case_id not in cache:
                    cache[case_id] = self._case_record(case_id)
                    namer.add_people(p.person for p in cache[case_id].parties)
                case_records.append(cache[case_id])
            quoted = [recs[i] for i in clean.recommendation_ids]
            records.append(
                SectionRecord(
                    number=clean.number or position,
                    heading=clean.heading,
                    article=clean.article,
                    facts=clean.facts,
                    state_action=clean.state_action,
                    ngo_recommendations=clean.ngo_recommendations,
                    recommendations=quoted,
                    assessments={r.id: self._reviews.assessments(r.id) for r in quoted},
                    cases=case_records,
                    include_state_record=clean.include_state_record,
                )
            )
        record = ReviewRecord(
            review=review,
            body=body,
            sections=records,
            state_record=self._state_record(review.state, review.state_name),
        )
        ctx = contexts.shadow(record, namer, options)
        lang = options.lang
        label = review.co_symbol or review.state_report_symbol or review.cycle
        if info.key == "shadow_section":
            title = f"{info.label_in(lang)} — {ctx['section']['title']} ({lang.upper()})"
        else:
            title = f"{info.label_in(lang)} — {label} ({lang.upper()})"
        prepared = _Prepared(
            info=info,
            lang=lang,
            context=ctx,
            namer=namer,
            title=title,
            subject=f"{review.state_name}, {review.cycle} ({label})",
            review_id=review.id,
            folder=f"reviews/{safe_name(label)}",
            stem=f"{self.today():%Y-%m-%d}_{info.key}_{lang}",
        )
        prepared.includes.append(f"Review: {prepared.subject}")
        for sec in ctx["sections"]:
            prepared.includes.append(
                f"{sec['title']}: {len(sec['recommendations'])} recommendation(s) quoted, "
                f"{len(sec['cases'])} case(s), {len(sec['ngo_recommendations'])} NGO "
                "recommendation(s)"
            )
            if not sec["facts"]:
                prepared.warnings.append(f"{sec['title']}: no facts written yet.")
        prepared.includes.append(f"Notes citing documents: {len(ctx['notes'])}")
        prepared.includes.append(f"Figures: {ctx['state_record']['sentence']}")
        for rec in cache.values():
            if rec.case.confidentiality.value == "strictly_confidential":
                prepared.warnings.append(
                    f"Case {rec.case.reference} is marked strictly confidential: check that it "
                    "may be cited in a public submission."
                )
        return prepared

    # ---- portfolio

    def _prepare_portfolio(
        self, info: KindInfo, request: GenerateRequest, namer: Namer, options: Options
    ) -> _Prepared:
        if request.case_ids is not None:
            wanted = list(dict.fromkeys(request.case_ids))
            if any(isinstance(i, bool) or not isinstance(i, int) for i in wanted):
                raise DomainError("Choose the cases from the cases list.", field="case_ids")
            known = set(self._listing.ids())
            missing = [i for i in wanted if i not in known]
            if missing:
                raise NotFoundError(
                    f"{len(missing)} of the chosen cases no longer exist (deleted elsewhere?): "
                    "reload the list and choose again.",
                    field="case_ids",
                )
            order = {cid: n for n, cid in enumerate(self._listing.ids(sort="reference"))}
            ids = sorted(wanted, key=lambda i: order[i])
            description = f"{len(ids)} chosen case{'s' if len(ids) != 1 else ''}"
        else:
            flt = request.case_filter or CaseFilter()
            ids = self._listing.ids(flt, sort="reference")
            description = _describe_filter(flt, options.lang)
        rows = self._portfolio_rows(ids, namer)
        ctx = contexts.portfolio(rows, description, namer, options)
        lang = options.lang
        prepared = _Prepared(
            info=info,
            lang=lang,
            context=ctx,
            namer=namer,
            title=f"{info.label_in(lang)} — {description} ({lang.upper()})",
            subject=description,
            folder="portfolio",
            stem=f"{self.today():%Y-%m-%d}_{info.key}_{lang}",
        )
        prepared.includes.append(f"Cases: {len(rows)}")
        prepared.includes.append(ctx["totals"]["sentence"])
        if not rows:
            prepared.warnings.append("No case matches: the table will be empty.")
        return prepared

    def _portfolio_rows(self, ids: Sequence[int], namer: Namer) -> builtins.list[PortfolioRow]:
        result: builtins.list[PortfolioRow] = []
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start : start + CHUNK])
            rows = self._listing.rows(chunk)
            with self._uow("case") as s:
                stats = _remedy_stats(s, chunk)
                people = s.scalars(
                    select(Person)
                    .join(CaseParty, CaseParty.person_id == Person.id)
                    .options(joinedload(Person.nationality))
                    .where(CaseParty.case_id.in_(chunk))
                    .distinct()
                )
                namer.add_people(person_to_dto(p) for p in people)
            for row in rows:
                counts = stats.get(row.id, {})
                result.append(
                    PortfolioRow(
                        reference=row.reference,
                        title=row.title,
                        body=row.body,
                        state=row.state,
                        symbol=row.symbol or row.communication_number or "",
                        stage=contexts.label(row.stage, namer.lang),
                        outcome=contexts.label(row.outcome, namer.lang),
                        victims=row.victims,
                        remedies=sum(counts.values()),
                        fully=counts.get(ImplementationStatus.FULLY, 0),
                        partially=counts.get(ImplementationStatus.PARTIALLY, 0),
                        not_implemented=counts.get(ImplementationStatus.NOT_IMPLEMENTED, 0),
                        unknown=counts.get(ImplementationStatus.UNKNOWN, 0),
                        next_deadline=row.next_deadline,
                        decided_violation=row.outcome == Outcome.VIOLATION,
                    )
                )
        return result

    # ---- queries

    @staticmethod
    def _hidden_names(s: Session) -> builtins.list[HiddenName]:
        rows = s.execute(
            select(Person.full_name, Person.original_script_name, Person.pseudonym).where(
                Person.consent_to_be_named.is_(False)
            )
        )
        return [
            HiddenName(full, original or "", pseudonym or initials(full))
            for full, original, pseudonym in rows
        ]

    def _state_record(self, state_code: str, state_name: str) -> contexts.StateRecord:
        with self._uow("case") as s:
            decided = s.execute(
                select(Case.id, Case.decision_date)
                .join(Country, Country.id == Case.state_id)
                .where(Country.code == state_code, Case.outcome == Outcome.VIOLATION)
            ).all()
            ids = [cid for cid, _d in decided]
            stats: dict[int, dict[ImplementationStatus, int]] = {}
            for start in range(0, len(ids), CHUNK):
                stats.update(_remedy_stats(s, ids[start : start + CHUNK]))
        fully = partially = 0
        for cid in ids:
            counts = stats.get(cid, {})
            total = sum(counts.values())
            done = counts.get(ImplementationStatus.FULLY, 0)
            if total and done == total:
                fully += 1
            elif done or counts.get(ImplementationStatus.PARTIALLY, 0):
                partially += 1
        years = [d.year for _cid, d in decided if d is not None]
        return contexts.StateRecord(
            state_code=state_code,
            state_name=state_name,
            decisions=len(ids),
            fully_implemented=fully,
            partially_implemented=partially,
            since_year=min(years) if years else None,
        )

    @staticmethod
    def _assessment_links(s: Session, rec_ids: Sequence[int]) -> dict[int, builtins.list[int]]:
        links: dict[int, builtins.list[int]] = {}
        if not rec_ids:
            return links
        rows = s.execute(
            select(RecommendationAssessment.recommendation_id, assessment_cases.c.case_id)
            .join(
                assessment_cases,
                assessment_cases.c.assessment_id == RecommendationAssessment.id,
            )
            .where(RecommendationAssessment.recommendation_id.in_(rec_ids))
        )
        for rec_id, case_id in rows:
            if case_id not in links.setdefault(rec_id, []):
                links[rec_id].append(case_id)
        return links

    @staticmethod
    def _cases_with_tags(s: Session, state_code: str) -> dict[int, builtins.list[str]]:
        rows = s.execute(
            select(Case.id, Tag.name)
            .join(case_tags, case_tags.c.case_id == Case.id)
            .join(Tag, Tag.id == case_tags.c.tag_id)
            .join(Country, Country.id == Case.state_id)
            .where(Country.code == state_code)
        )
        tags: dict[int, builtins.list[str]] = {}
        for case_id, name in rows:
            if len(name) >= 4:
                tags.setdefault(case_id, []).append(name)
        return tags

    @staticmethod
    def _cases_by_article(
        s: Session, state_code: str, body_code: str
    ) -> dict[str, builtins.list[int]]:
        rows = s.execute(
            select(TreatyArticle.number, Case.id)
            .join(CaseArticle, CaseArticle.article_id == TreatyArticle.id)
            .join(Case, Case.id == CaseArticle.case_id)
            .join(Country, Country.id == Case.state_id)
            .join(TreatyBody, TreatyBody.id == Case.body_id)
            .where(Country.code == state_code, TreatyBody.code == body_code)
        )
        found: dict[str, builtins.list[int]] = {}
        for number, case_id in rows:
            if case_id not in found.setdefault(number, []):
                found[number].append(case_id)
        return found


# ---------------------------------------------------------------- helpers


def _mentions(haystack: str, tag: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(tag.casefold())}(?!\w)", haystack) is not None


def _remedy_stats(
    s: Session, case_ids: Sequence[int]
) -> dict[int, dict[ImplementationStatus, int]]:
    """case id -> number of its remedies by overall status (fully only when every victim is)."""
    if not case_ids:
        return {}
    remedies = s.execute(
        select(Remedy.id, Remedy.case_id, Remedy.scope).where(Remedy.case_id.in_(case_ids))
    ).all()
    victims: dict[int, set[int]] = {}
    for case_id, person_id in s.execute(
        select(CaseParty.case_id, CaseParty.person_id).where(
            CaseParty.case_id.in_(case_ids), CaseParty.role.in_(VICTIM_ROLES)
        )
    ):
        victims.setdefault(case_id, set()).add(person_id)
    statuses: dict[int, dict[int | None, ImplementationStatus]] = {}
    for remedy_id, person_id, status in s.execute(
        select(RemedyStatus.remedy_id, RemedyStatus.person_id, RemedyStatus.status)
        .join(Remedy, Remedy.id == RemedyStatus.remedy_id)
        .where(Remedy.case_id.in_(case_ids))
    ):
        statuses.setdefault(remedy_id, {})[person_id] = ImplementationStatus(status)
    result: dict[int, dict[ImplementationStatus, int]] = {}
    for remedy_id, case_id, scope in remedies:
        cells = statuses.get(remedy_id, {})
        if scope == RemedyScope.GENERAL:
            overall = cells.get(None, ImplementationStatus.UNKNOWN)
        else:
            values = [cells.get(v, ImplementationStatus.UNKNOWN) for v in victims.get(case_id, ())]
            overall = _overall(values)
        counts = result.setdefault(case_id, {})
        counts[overall] = counts.get(overall, 0) + 1
    return result


def _overall(values: Sequence[ImplementationStatus]) -> ImplementationStatus:
    if not values or all(v == ImplementationStatus.UNKNOWN for v in values):
        return ImplementationStatus.UNKNOWN
    if all(v == ImplementationStatus.FULLY for v in values):
        return ImplementationStatus.FULLY
    if any(v in (ImplementationStatus.FULLY, ImplementationStatus.PARTIALLY) for v in values):
        return ImplementationStatus.PARTIALLY
    return ImplementationStatus.NOT_IMPLEMENTED


def _describe_filter(flt: CaseFilter, lang: str) -> str:
    parts = []
    if flt.body:
        parts.append(flt.body.upper())
    if flt.state:
        parts.append(flt.state.upper())
    if flt.stage:
        parts.append(contexts.label(flt.stage, lang))
    if flt.outcome:
        parts.append(contexts.label(flt.outcome, lang))
    if flt.lead_lawyer:
        parts.append(flt.lead_lawyer)
    if flt.tag:
        parts.append(f"“{flt.tag}”")
    if flt.text.strip():
        parts.append(f"“{flt.text.strip()}”")
    if not parts:
        return "все дела" if lang == "ru" else "all cases"
    return " · ".join(parts)


@dataclass(frozen=True)
class _CleanSection:
    heading: str
    article: str
    facts: str
    state_action: str
    recommendation_ids: tuple[int, ...]
    case_ids: tuple[int, ...]
    ngo_recommendations: tuple[str, ...]
    include_state_record: bool
    number: int | None


def _clean_section(
    section: ShadowSectionInput,
    position: int,
    recs: dict[int, RecommendationDTO],
    articles: set[str],
    existing_cases: set[int],
) -> _CleanSection:
    where = f"Section {position}"
    heading = one_line(section.heading)
    if not heading:
        raise DomainError(f"{where} needs a heading.", field="heading")
    if len(heading) > MAX_HEADING:
        raise DomainError(
            f"{where}: the heading is too long ({len(heading)} characters; at most {MAX_HEADING}).",
            field="heading",
        )
    numbers = normalise_articles([section.article]) if section.article.strip() else []
    unknown = [n for n in numbers if n.split("(")[0] not in articles]
    if unknown:
        raise DomainError(
            f"{where}: article {unknown[0]} is not an article of the treaty under review.",
            field="article",
        )
    for text, label in ((section.facts, "facts"), (section.state_action, "state_action")):
        if len(text or "") > MAX_FACTS:
            raise DomainError(
                f"{where}: the text is too long ({len(text)} characters; at most {MAX_FACTS}).",
                field=label,
            )
    for rec_id in section.recommendation_ids:
        if rec_id not in recs:
            raise DomainError(
                f"{where} quotes a recommendation that is not part of this review (or was "
                "deleted): choose it again from the review.",
                field="recommendation_ids",
            )
    for case_id in section.case_ids:
        if case_id not in existing_cases:
            raise NotFoundError(
                f"{where} cites a case that no longer exists (deleted elsewhere?): choose the "
                "cases again.",
                field="case_ids",
            )
    ngo = []
    for n, text in enumerate(section.ngo_recommendations, start=1):
        cleaned = (text or "").strip()
        if not cleaned:
            raise DomainError(f"{where}: recommendation {n} is empty.", field="ngo_recommendations")
        if len(cleaned) > MAX_RECOMMENDATION:
            raise DomainError(
                f"{where}: recommendation {n} is too long ({len(cleaned)} characters; at most "
                f"{MAX_RECOMMENDATION}).",
                field="ngo_recommendations",
            )
        ngo.append(cleaned)
    number = section.number
    if number is not None and (isinstance(number, bool) or not 1 <= number <= 999):
        raise DomainError(f"{where}: the section number must be from 1 to 999.", field="number")
    return _CleanSection(
        heading=heading,
        article=", ".join(n.split("(")[0] for n in numbers),
        facts=section.facts or "",
        state_action=section.state_action or "",
        recommendation_ids=tuple(dict.fromkeys(section.recommendation_ids)),
        case_ids=tuple(dict.fromkeys(section.case_ids)),
        ngo_recommendations=tuple(ngo),
        include_state_record=bool(section.include_state_record),
        number=number,
    )


__all__ = [
    "ATTACHMENT_KINDS",
    "CASE",
    "CASES",
    "MAX_ATTACHMENT_BYTES",
    "REVIEW",
    "DocumentPreview",
    "DocumentService",
    "GenerateRequest",
    "Progress",
    "ShadowSectionInput",
]
