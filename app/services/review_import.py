"""Importing concluding observations: analyse a file (nothing is saved), then apply it.

    result = service.analyse(path)        # parse, resolve against the database, warn
    ...the user checks the preview, may edit result.document (dataclasses.replace)...
    result = service.revise(result, document)  # optional: recompute the preview
    outcome = service.apply(result)       # one transaction: the review and its recommendations

What `apply` writes
-------------------
- The review whose concluding-observations symbol is the document's (or `review_id`):
  created if there is none, updated otherwise. Fields the document does not give (notes, a
  date that was not recognised) keep what the user entered.
- One recommendation row per recommendation paragraph, paired with the concern paragraph
  it answers (`concern_paragraph`, `concern_text`), with its sub-items, the articles of the
  concern, the earlier recommendations it refers to ("Reiterating its previous
  recommendations" + footnote "CCPR/C/KAZ/CO/2, para. 8") and whether it is a follow-up
  paragraph. Importing the same symbol again updates the rows by paragraph number: the
  NGO's assessments (which hang on the row) stay. A row no longer in the document is
  deleted only if nothing hangs on it; otherwise it is kept and the outcome says so.
- `previous_id` links a recommendation to the earlier review's recommendation it repeats
  when that review (same State, same Committee, adopted earlier) and paragraph are in the
  database; a link the user made by hand is kept when the document gives none.

All of it happens in one unit of work, validated by the same rules as `ReviewService`
(its `_clean_review` / `_clean_recommendation`): either everything is saved or nothing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.dialects import same_text
from app.errors import ConflictError, DomainError
from app.importers.concluding_observations import (
    ConcludingObservations,
    RecommendationRow,
    default_alpha3,
    docx_text,
    parse_concluding_observations,
    recommendation_rows,
)
from app.importers.concluding_observations import to_json as document_json
from app.importers.text_extract import extract_text
from app.services.base import (
    CONFLICT_MESSAGE,
    Service,
    body_by_code,
    check_symbol,
    country_by_code,
    get_or_raise,
)
from app.services.dto import RecommendationInput, ReviewDTO, ReviewInput
from app.services.reviews import ReviewService
from models import Country, Recommendation, RecommendationAssessment, Review, TreatyBody

# Concluding observations are 100 KB to 2 MB in any of their published forms.
MAX_FILE_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf")
_CITATION = re.compile(r"^(?P<symbol>[A-Z][^,]*?/CO/[\w.\-/]+),\s*paras?\.\s*(?P<numbers>.+)$")


@dataclass(frozen=True)
class PreviousLink:
    """A recommendation of the document that repeats one already in the database."""

    paragraph: int  # in the document
    citation: str  # "CCPR/C/KAZ/CO/2, para. 8"
    previous_id: int | None  # the earlier recommendation, when found
    note: str  # why no link, or "" when linked


@dataclass(frozen=True)
class ReviewImport:
    """What `analyse` recognised, resolved against the database; nothing is saved yet."""

    source: str  # the file name, or "pasted text"
    document: ConcludingObservations
    body: str | None  # the Committee's code, when known to the database
    state: str | None  # the State's ISO code, when found in the database
    state_name: str | None
    existing_review_id: int | None  # the review these observations would update
    existing_version: int | None
    existing_assessments: int  # NGO assessments on that review, all kept
    recommendations: tuple[RecommendationRow, ...]
    links: tuple[PreviousLink, ...]
    warnings: tuple[str, ...]
    seconds: float  # time taken to read and analyse

    @property
    def symbol(self) -> str | None:
        return self.document.symbol

    @property
    def follow_up(self) -> tuple[int, ...]:
        return tuple(r.paragraph for r in self.recommendations if r.is_followup)

    def to_json(self) -> dict[str, Any]:
        """The `treatydesk import-review --json` object (the State as its ISO code if known)."""
        doc = document_json(self.document)
        doc["body"] = self.body or doc["body"]
        doc["state"] = self.state or doc["state"]
        return doc


@dataclass(frozen=True)
class ImportOutcome:
    review: ReviewDTO
    created: bool
    added: tuple[int, ...]  # recommendation paragraphs added
    updated: tuple[int, ...]  # recommendation paragraphs already recorded, changed now
    unchanged: tuple[int, ...]  # recommendation paragraphs already recorded as they are
    removed: tuple[int, ...]  # recorded before, not in the document, nothing hanging on them
    kept: tuple[int, ...]  # recorded before, not in the document, kept (assessed or linked)
    linked: tuple[int, ...]  # paragraphs linked to the earlier recommendation they repeat
    follow_up: tuple[int, ...]  # recommendation paragraphs picked for follow-up
    assessments_kept: int
    warnings: tuple[str, ...]

    def sentence(self) -> str:
        what = "Created" if self.created else "Updated"
        label = self.review.co_symbol or self.review.cycle
        parts = [f"{what} the review {label} ({self.review.state_name}, {self.review.body})"]
        recs = len(self.added) + len(self.updated) + len(self.unchanged)
        follow = (
            " (follow-up: paragraphs " + ", ".join(map(str, self.follow_up)) + ")"
            if self.follow_up
            else ""
        )
        parts.append(f"{recs} recommendation{'s' if recs != 1 else ''}{follow}")
        if not self.created:
            parts.append(
                f"{len(self.added)} new, {len(self.updated)} changed, "
                f"{len(self.unchanged)} unchanged"
            )
        if self.removed:
            parts.append(f"{len(self.removed)} no longer in the document removed")
        if self.kept:
            parts.append(
                f"{len(self.kept)} no longer in the document kept because they are assessed "
                "or linked (paragraphs " + ", ".join(map(str, self.kept)) + ")"
            )
        if self.linked:
            parts.append(f"{len(self.linked)} linked to the earlier recommendation they repeat")
        if self.assessments_kept:
            parts.append(f"{self.assessments_kept} assessments kept")
        return "; ".join(parts) + "."


class ReviewImportService(Service):
    """Concluding observations from a file into a review and its recommendations."""

    # ------------------------------------------------------------ analyse (reads only)

    def analyse(self, path: str | Path) -> ReviewImport:
        """Read and recognise the file; nothing is saved. DomainError for unusable input."""
        started = time.perf_counter()
        file = Path(path).expanduser()
        text, notes = read_document(file)
        return self._analyse(text, file.name, started, notes)

    def analyse_text(self, text: str, *, source: str = "pasted text") -> ReviewImport:
        """The same for text already at hand (pasted, or read elsewhere)."""
        return self._analyse(text, source, time.perf_counter())

    def revise(self, result: ReviewImport, document: ConcludingObservations) -> ReviewImport:
        """The preview again after the user edited what was recognised."""
        started = time.perf_counter()
        with self._uow("review") as s:
            return self._preview(s, document, result.source, started)

    # ------------------------------------------------------------ apply (one transaction)

    def apply(
        self,
        result: ReviewImport,
        *,
        review_id: int | None = None,
        expected_version: int | None = None,
    ) -> ImportOutcome:
        """Save the review and its recommendations; all or nothing.

        `review_id` imports into that review (its symbol becomes the document's); by default
        the review with the document's symbol is updated, or a new one created. If the review
        changed since `analyse` (or `expected_version` no longer matches), nothing is saved
        and ConflictError says so.
        """
        document = result.document
        with self._uow("review") as s:
            body = body_by_code(s, document.body or "")
            state = self._state(s, document.state)
            if state is None:
                raise DomainError(
                    "The State whose report was reviewed is not known: choose it before saving.",
                    field="state",
                )
            symbol = check_symbol(document.symbol, "co_symbol")
            if symbol is None:
                raise DomainError(
                    "The symbol of the concluding observations (e.g. CCPR/C/KAZ/CO/3) is "
                    "required to save them: enter it before saving.",
                    field="co_symbol",
                )
            if review_id is not None:
                review: Review | None = get_or_raise(s, Review, review_id, "review")
            else:
                review = s.scalar(select(Review).where(Review.co_symbol == symbol))
            if review is not None:
                expected = expected_version
                if expected is None and result.existing_review_id == review.id:
                    expected = result.existing_version
                if expected is not None and review.version != expected:
                    raise ConflictError(
                        CONFLICT_MESSAGE.format(what="review")
                        + " (It changed after the file was analysed: analyse it again.)",
                        current_version=review.version,
                    )
            created = review is None
            data = _review_input(document, body.code, state.code, review, result.source)
            clean = ReviewService._clean_review(s, data, None if review is None else review.id)
            if review is None:
                review = Review()
                clean.apply(review)
                s.add(review)
            else:
                clean.apply(review)
            s.flush()
            outcome = self._write_recommendations(s, review, document)
            review_dto = ReviewService._review_dto(s, review.id)
        return ImportOutcome(review=review_dto, created=created, **outcome)

    # ------------------------------------------------------------ internals

    def _analyse(
        self, text: str, source: str, started: float, notes: Sequence[str] = ()
    ) -> ReviewImport:
        with self._uow("review") as s:
            document = parse_concluding_observations(
                text, alpha3_of=lambda name: self._alpha3(s, name)
            )
            if notes:
                document = replace(document, warnings=(*notes, *document.warnings))
            return self._preview(s, document, source, started)

    def _preview(
        self, s: Session, document: ConcludingObservations, source: str, started: float
    ) -> ReviewImport:
        warnings = list(document.warnings)
        body = None
        if document.body:
            body = s.scalar(select(TreatyBody).where(TreatyBody.code == document.body))
            if body is None:
                warnings.append(f"The Committee {document.body} is not in the reference data.")
        state = self._state(s, document.state)
        if document.state and state is None:
            warnings.append(
                f"The State “{document.state}” is not in the list of countries: choose it "
                "before saving."
            )
        existing = None
        if document.symbol:
            existing = s.scalar(select(Review).where(Review.co_symbol == document.symbol))
        assessments = 0
        if existing is not None:
            assessments = (
                s.scalar(
                    select(func.count(RecommendationAssessment.id))
                    .join(
                        Recommendation,
                        Recommendation.id == RecommendationAssessment.recommendation_id,
                    )
                    .where(Recommendation.review_id == existing.id)
                )
                or 0
            )
            if body is not None and existing.body_id != body.id:
                warnings.append(
                    f"A review with the symbol {document.symbol} exists for another Committee: "
                    "check the symbol."
                )
        rows = recommendation_rows(document.paragraphs)
        links: list[PreviousLink] = []
        if body is not None and state is not None:
            this_date = document.adopted or document.dialogue_end or document.dialogue_start
            for row in rows:
                for citation in row.refers_to:
                    previous_id, note = _find_previous(s, body.id, state.id, this_date, citation)
                    links.append(PreviousLink(row.paragraph, citation, previous_id, note))
                    if previous_id is not None:
                        break
        return ReviewImport(
            source=source,
            document=document,
            body=body.code if body is not None else None,
            state=state.code if state is not None else None,
            state_name=state.name if state is not None else document.state,
            existing_review_id=existing.id if existing is not None else None,
            existing_version=existing.version if existing is not None else None,
            existing_assessments=assessments,
            recommendations=tuple(rows),
            links=tuple(links),
            warnings=tuple(dict.fromkeys(warnings)),
            seconds=time.perf_counter() - started,
        )

    @staticmethod
    def _state(s: Session, name: str | None) -> Country | None:
        if not name or not name.strip():
            return None
        try:
            return country_by_code(s, name)
        except DomainError:
            pass
        cleaned = re.sub(r"^the\s+", "", name.replace("’", "'").strip(), flags=re.IGNORECASE)
        country = s.scalar(select(Country).where(same_text(Country.name, cleaned)))
        if country is None:
            alpha3 = default_alpha3(cleaned)
            if alpha3:
                country = s.scalar(select(Country).where(Country.alpha3 == alpha3))
        return country

    def _alpha3(self, s: Session, name: str) -> str | None:
        country = self._state(s, name)
        return country.alpha3 if country is not None else None

    def _write_recommendations(
        self, s: Session, review: Review, document: ConcludingObservations
    ) -> dict[str, Any]:
        rows = recommendation_rows(document.paragraphs)
        existing = {
            rec.paragraph: rec
            for rec in s.scalars(
                select(Recommendation).where(Recommendation.review_id == review.id)
            )
        }
        assessed = {
            rec_id: n
            for rec_id, n in s.execute(
                select(RecommendationAssessment.recommendation_id, func.count())
                .where(
                    RecommendationAssessment.recommendation_id.in_(
                        [r.id for r in existing.values()]
                    )
                )
                .group_by(RecommendationAssessment.recommendation_id)
            )
        }
        referred = set(
            s.scalars(
                select(Recommendation.previous_id).where(
                    Recommendation.previous_id.in_([r.id for r in existing.values()]),
                    Recommendation.review_id != review.id,
                )
            )
        )
        this_date = review.adopted_on or review.dialogue_end or review.dialogue_start
        warnings: list[str] = []
        added: list[int] = []
        updated: list[int] = []
        unchanged: list[int] = []
        linked: list[int] = []
        wanted = {row.paragraph for row in rows}
        # Rows that go first, so that their paragraph numbers are free.
        removed: list[int] = []
        kept: list[int] = []
        for paragraph, rec in sorted(existing.items()):
            if paragraph in wanted:
                continue
            if rec.id in assessed or rec.id in referred:
                kept.append(paragraph)
                warnings.append(
                    f"Paragraph {paragraph} is recorded as a recommendation but is not one in "
                    "this document; it was kept because "
                    + ("it has assessments." if rec.id in assessed else "a later one refers to it.")
                )
            else:
                removed.append(paragraph)
                s.delete(rec)
        s.flush()
        for row in rows:
            rec = existing.get(row.paragraph)
            previous_id = None
            for citation in row.refers_to:
                previous_id, _note = _find_previous(
                    s, review.body_id, review.state_id, this_date, citation
                )
                if previous_id is not None:
                    break
            if previous_id is None and rec is not None:
                previous_id = rec.previous_id  # a link made by hand stays
            data = RecommendationInput(
                paragraph=row.paragraph,
                theme=row.theme,
                concern_paragraph=row.concern_paragraph,
                concern_text=row.concern_text,
                recommendation_text=row.recommendation_text,
                sub_items=row.sub_items,
                articles=row.articles,
                refers_to="; ".join(row.refers_to),
                is_followup=row.is_followup,
                previous_id=previous_id,
            )
            clean = ReviewService._clean_recommendation(
                s, review, data, None if rec is None else rec.id
            )
            if rec is None:
                rec = Recommendation(review_id=review.id)
                clean.apply(rec)
                s.add(rec)
                s.flush()
                added.append(row.paragraph)
            else:
                before = rec.version
                clean.apply(rec)
                s.flush()
                (updated if rec.version != before else unchanged).append(row.paragraph)
            if previous_id is not None:
                linked.append(row.paragraph)
        return {
            "added": tuple(added),
            "updated": tuple(updated),
            "unchanged": tuple(unchanged),
            "removed": tuple(removed),
            "kept": tuple(kept),
            "linked": tuple(linked),
            "follow_up": tuple(row.paragraph for row in rows if row.is_followup),
            "assessments_kept": sum(assessed.values()),
            "warnings": tuple(warnings),
        }


# ---------------------------------------------------------------- helpers


def read_document(path: Path) -> tuple[str, tuple[str, ...]]:
    """The text of a .txt, .docx or .pdf file and what to know about its reading;
    DomainError for anything unusable (missing, empty, too large, scanned, damaged...)."""
    if not path.exists():
        raise DomainError(f"The file {path} does not exist.", field="file")
    if path.is_dir():
        raise DomainError(f"{path} is a folder, not a file.", field="file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DomainError(
            f"“{path.name}” is not a file TreatyDesk can read concluding observations from: "
            "use the .txt, .docx or .pdf version published by OHCHR.",
            field="file",
        )
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DomainError(
            f"“{path.name}” is too large ({size / 1024 / 1024:.1f} MB; at most "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB). Concluding observations are well under "
            "2 MB: check that this is the right file.",
            field="file",
        )
    if size == 0:
        raise DomainError(
            f"“{path.name}” is empty: there are no concluding observations in it.", field="file"
        )
    extracted = extract_text(path)
    text = extracted.text
    if extracted.kind == "docx":
        # Word keeps footnotes (the references to earlier recommendations) and bold (the
        # recommendations) apart from the paragraph text: read them in as well.
        text = docx_text(path.read_bytes()) or text
    return text, extracted.warnings


def _review_input(
    document: ConcludingObservations,
    body: str,
    state: str,
    review: Review | None,
    source: str,
) -> ReviewInput:
    def keep(new: Any, old: Any) -> Any:
        return new if new not in (None, "") else old

    old = review
    notes = old.notes if old is not None else _notes(document, source)
    return ReviewInput(
        body=body,
        state=state,
        cycle=keep(document.cycle, old.cycle if old else None) or "Periodic report",
        state_report_symbol=keep(
            document.state_report_symbol, old.state_report_symbol if old else ""
        )
        or "",
        co_symbol=document.symbol,
        session=keep(document.session, old.session if old else "") or "",
        dialogue_start=keep(document.dialogue_start, old.dialogue_start if old else None),
        dialogue_end=keep(document.dialogue_end, old.dialogue_end if old else None),
        adopted_on=keep(document.adopted, old.adopted_on if old else None),
        followup_deadline=keep(document.follow_up_deadline, old.followup_deadline if old else None),
        next_loi_year=keep(document.next_loi_year, old.next_loi_year if old else None),
        next_dialogue_year=keep(
            document.next_dialogue_year, old.next_dialogue_year if old else None
        ),
        notes=notes or "",
    )


def _notes(document: ConcludingObservations, source: str) -> str:
    parts = []
    if document.meetings:
        parts.append(f"Considered at the {document.meetings}")
    if document.adoption_meeting:
        parts.append(f"adopted at the {document.adoption_meeting}")
    text = "; ".join(parts)
    if text:
        text = text[0].upper() + text[1:] + "."
    if document.next_report_due:
        due = f"{document.next_report_due.day} {document.next_report_due:%B %Y}"
        text = f"{text} Next periodic report due by {due}.".strip()
    return f"{text} Imported from {source}.".strip()


def _find_previous(
    s: Session, body_id: int, state_id: int, this_date: date | None, citation: str
) -> tuple[int | None, str]:
    """The earlier recommendation a citation such as "CCPR/C/KAZ/CO/2, para. 8" points to."""
    m = _CITATION.match(citation.strip())
    if not m:
        return None, "not a reference to earlier concluding observations"
    symbol = m.group("symbol")
    numbers = [int(n) for n in re.findall(r"\d{1,3}", m.group("numbers"))]
    earlier = s.scalar(select(Review).where(Review.co_symbol == symbol))
    if earlier is None:
        return None, f"{symbol} is not recorded"
    if earlier.body_id != body_id or earlier.state_id != state_id:
        return None, f"{symbol} is recorded for another State or Committee"
    earlier_date = earlier.adopted_on or earlier.dialogue_end or earlier.dialogue_start
    if this_date is None or earlier_date is None or earlier_date >= this_date:
        return None, f"{symbol} has no adoption date earlier than these observations"
    recs: Sequence[Recommendation] = s.scalars(
        select(Recommendation).where(Recommendation.review_id == earlier.id)
    ).all()
    for number in numbers:
        for rec in recs:
            if rec.paragraph == number:
                return rec.id, ""
        for rec in recs:
            if rec.concern_paragraph == number:
                return rec.id, ""
    return None, f"paragraph {', '.join(map(str, numbers))} of {symbol} is not recorded"
