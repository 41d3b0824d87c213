"""Shadow (alternative) reports: the sections an NGO writes for a review, kept in the database.

A report belongs to a review (e.g. CCPR/C/KAZ/CO/3, for the list of issues of the next
cycle) and has a word limit set per submission (the Committees publish them). Each
section is written for an article or a theme: a heading, the facts, what the State party
did, the recommendations of the review it quotes, the cases that illustrate it and the
NGO's own numbered recommendations. Sections are kept in order (`position` 1, 2, ...) and
can be moved.

Rendering is the documents service's work: `sections_for_document()` and
`generate_request()` hand the stored sections to it as its `ShadowSectionInput`s.

Word counts
-----------
A word is a run of characters between spaces that contains a letter or a digit (so a dash
or a bullet standing alone is not one), as word processors count them. A section counts:

- `own`: its heading, facts, the State's action and the NGO's recommendations (what the
  user types; the GUI recounts it live with `count_words`);
- `quoted`: the text of the recommendations it quotes, as the document prints them;
- `cases`: the title and summary of each case it cites.

The figures the document computes at generation time (amounts, counts) add a few words
that are not counted here.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.documents.i18n import LANGUAGES
from app.errors import DomainError
from app.services.base import (
    Service,
    check_version,
    get_or_raise,
    optional_text,
    require_text,
)
from app.services.documents import (
    MAX_FACTS,
    MAX_HEADING,
    MAX_RECOMMENDATION,
    MAX_SECTIONS,
    GenerateRequest,
    ShadowSectionInput,
)
from app.services.reviews import normalise_articles
from models import (
    Case,
    Recommendation,
    Review,
    ShadowReport,
    ShadowSection,
    TreatyArticle,
    shadow_section_cases,
    shadow_section_recommendations,
)
from models.base import utcnow

MAX_TITLE = 255
MAX_NOTES = 20_000
MAX_THEME = 500
MAX_ARTICLE = 64
MAX_NGO_RECOMMENDATIONS = 100
MIN_WORD_LIMIT = 100
MAX_WORD_LIMIT = 200_000
_WORD = re.compile(r"\S*[^\W_]\S*")


def count_words(text: str | None) -> int:
    """Words in `text` (see the module's rule)."""
    return len(_WORD.findall(text or ""))


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ShadowReportInput:
    review_id: int
    title: str
    word_limit: int | None = None  # None: no limit
    language: str = "en"
    notes: str = ""


@dataclass(frozen=True)
class ShadowReportDTO:
    id: int
    uuid: str
    review_id: int
    review_label: str  # CCPR/C/KAZ/CO/3 (or the cycle when there is no symbol yet)
    title: str
    word_limit: int | None
    language: str
    notes: str
    sections: int
    version: int


@dataclass(frozen=True)
class SectionInput:
    """What the user writes for a section (the builder's form)."""

    heading: str
    article: str = ""  # "7", "2, 26" or "" for a theme
    theme: str = ""
    facts: str = ""
    state_action: str = ""
    ngo_recommendations: tuple[str, ...] = ()
    recommendation_ids: tuple[int, ...] = ()  # quoted, in this order
    case_ids: tuple[int, ...] = ()  # cited, in this order
    include_state_record: bool = False


@dataclass(frozen=True)
class SectionWords:
    section_id: int
    position: int
    heading: str
    own: int
    quoted: int
    cases: int

    @property
    def total(self) -> int:
        return self.own + self.quoted + self.cases


@dataclass(frozen=True)
class SectionDTO:
    id: int
    report_id: int
    position: int
    heading: str
    article: str
    theme: str
    facts: str
    state_action: str
    ngo_recommendations: tuple[str, ...]
    recommendation_ids: tuple[int, ...]
    case_ids: tuple[int, ...]
    include_state_record: bool
    words: SectionWords
    version: int


@dataclass(frozen=True)
class WordCount:
    report_id: int
    sections: tuple[SectionWords, ...]
    total: int
    limit: int | None

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else self.limit - self.total

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.total > self.limit

    def sentence(self) -> str:
        """ "8,250 of 10,700 words; 2,450 left." / "11,000 words: 300 over the limit of 10,700." """
        if self.limit is None:
            return f"{self.total:,} words (no limit set)."
        if self.over_limit:
            return (
                f"{self.total:,} words: {self.total - self.limit:,} over the limit of "
                f"{self.limit:,}."
            )
        return f"{self.total:,} of {self.limit:,} words; {self.limit - self.total:,} left."


# ---------------------------------------------------------------- mapping


def _review_label(review: Review) -> str:
    return review.co_symbol or review.cycle


def _report_dto(report: ShadowReport, label: str, sections: int) -> ShadowReportDTO:
    return ShadowReportDTO(
        id=report.id,
        uuid=report.uuid,
        review_id=report.review_id,
        review_label=label,
        title=report.title,
        word_limit=report.word_limit,
        language=report.language,
        notes=report.notes or "",
        sections=sections,
        version=report.version,
    )


@dataclass(frozen=True)
class _CleanReport:
    review_id: int
    title: str
    word_limit: int | None
    language: str
    notes: str

    def apply(self, row: ShadowReport) -> None:
        for name in self.__dataclass_fields__:
            setattr(row, name, getattr(self, name))


@dataclass(frozen=True)
class _CleanSection:
    heading: str
    article: str
    theme: str
    facts: str
    state_action: str
    ngo_recommendations: list[str]
    include_state_record: bool

    def apply(self, row: ShadowSection) -> None:
        for name in self.__dataclass_fields__:
            setattr(row, name, getattr(self, name))


# ---------------------------------------------------------------- service


class ShadowReportService(Service):
    """Shadow reports and their sections: CRUD, order, word counts, hand-over to documents."""

    # ------------------------------------------------------------ reports

    def list(self, review_id: int | None = None) -> builtins.list[ShadowReportDTO]:
        """The reports (of one review), the newest first."""
        with self._uow("shadow report") as s:
            query = select(ShadowReport).order_by(ShadowReport.id.desc())
            if review_id is not None:
                query = query.where(ShadowReport.review_id == review_id)
            reports = builtins.list(s.scalars(query))
            return [self._report_dto(s, r) for r in reports]

    def get(self, report_id: int) -> ShadowReportDTO:
        with self._uow("shadow report") as s:
            return self._report_dto(s, get_or_raise(s, ShadowReport, report_id, "shadow report"))

    def create(self, data: ShadowReportInput) -> ShadowReportDTO:
        with self._uow("shadow report") as s:
            clean = self._clean_report(s, data)
            report = ShadowReport()
            clean.apply(report)
            s.add(report)
            s.flush()
            return self._report_dto(s, report)

    def update(
        self, report_id: int, data: ShadowReportInput, *, expected_version: int | None
    ) -> ShadowReportDTO:
        with self._uow("shadow report") as s:
            report = get_or_raise(s, ShadowReport, report_id, "shadow report")
            check_version(report, expected_version, "shadow report")
            clean = self._clean_report(s, data)
            if clean.review_id != report.review_id and self._has_quotes(s, report.id):
                raise DomainError(
                    "The sections of this report quote recommendations of its review: remove "
                    "those quotations before moving the report to another review.",
                    field="review_id",
                )
            clean.apply(report)
            s.flush()
            return self._report_dto(s, report)

    def delete(self, report_id: int, *, expected_version: int | None) -> None:
        """Delete a report with all its sections."""
        with self._uow("shadow report") as s:
            report = get_or_raise(s, ShadowReport, report_id, "shadow report")
            check_version(report, expected_version, "shadow report")
            s.delete(report)

    # ------------------------------------------------------------ sections

    def sections(self, report_id: int) -> builtins.list[SectionDTO]:
        with self._uow("shadow report") as s:
            get_or_raise(s, ShadowReport, report_id, "shadow report")
            rows = builtins.list(
                s.scalars(
                    select(ShadowSection)
                    .where(ShadowSection.report_id == report_id)
                    .order_by(ShadowSection.position)
                )
            )
            return self._section_dtos(s, rows)

    def get_section(self, section_id: int) -> SectionDTO:
        with self._uow("section") as s:
            row = get_or_raise(s, ShadowSection, section_id, "section")
            return self._section_dtos(s, [row])[0]

    def add_section(
        self, report_id: int, data: SectionInput, *, position: int | None = None
    ) -> SectionDTO:
        """Add a section at the end, or at `position` (1 = first; the later ones move down)."""
        with self._uow("section") as s:
            report = get_or_raise(s, ShadowReport, report_id, "shadow report")
            count = self._count(s, report_id)
            if count >= MAX_SECTIONS:
                raise DomainError(
                    f"A shadow report has at most {MAX_SECTIONS} sections.", field="position"
                )
            clean, rec_ids, case_ids = self._clean_section(s, report, data)
            target = count + 1 if position is None else _check_position(position, count + 1)
            self._shift(s, report_id, target, count, +1)
            row = ShadowSection(report_id=report_id, position=target)
            clean.apply(row)
            s.add(row)
            s.flush()
            self._link(s, row.id, rec_ids, case_ids)
            self._touch(report)
            return self._section_dtos(s, [row])[0]

    def update_section(
        self, section_id: int, data: SectionInput, *, expected_version: int | None
    ) -> SectionDTO:
        with self._uow("section") as s:
            row = get_or_raise(s, ShadowSection, section_id, "section")
            check_version(row, expected_version, "section")
            report = get_or_raise(s, ShadowReport, row.report_id, "shadow report")
            clean, rec_ids, case_ids = self._clean_section(s, report, data)
            clean.apply(row)
            # The links live in their own tables: always move the version, so that a change
            # to the links alone is still seen as a change to the section.
            row.updated_at = utcnow()
            s.flush()
            s.execute(
                delete(shadow_section_recommendations).where(
                    shadow_section_recommendations.c.section_id == row.id
                )
            )
            s.execute(
                delete(shadow_section_cases).where(shadow_section_cases.c.section_id == row.id)
            )
            self._link(s, row.id, rec_ids, case_ids)
            return self._section_dtos(s, [row])[0]

    def delete_section(self, section_id: int, *, expected_version: int | None) -> None:
        """Delete a section; the ones after it move up."""
        with self._uow("section") as s:
            row = get_or_raise(s, ShadowSection, section_id, "section")
            check_version(row, expected_version, "section")
            report = get_or_raise(s, ShadowReport, row.report_id, "shadow report")
            position, count = row.position, self._count(s, row.report_id)
            s.delete(row)
            s.flush()
            self._shift(s, row.report_id, position + 1, count, -1)
            self._touch(report)

    def move_section(
        self, section_id: int, new_position: int, *, expected_version: int | None = None
    ) -> builtins.list[SectionDTO]:
        """Move a section to `new_position` (1 = first); returns the sections in order."""
        with self._uow("section") as s:
            row = get_or_raise(s, ShadowSection, section_id, "section")
            report = get_or_raise(s, ShadowReport, row.report_id, "shadow report")
            check_version(report, expected_version, "shadow report")
            ids = self._ordered_ids(s, row.report_id)
            target = _check_position(new_position, len(ids))
            ids.remove(row.id)
            ids.insert(target - 1, row.id)
            self._renumber(s, row.report_id, ids)
            self._touch(report)
            return self._section_dtos(s, self._ordered(s, row.report_id))

    def reorder(
        self, report_id: int, section_ids: Sequence[int], *, expected_version: int | None
    ) -> builtins.list[SectionDTO]:
        """Put the sections in the order given (every section of the report, once each).

        `expected_version` is the report's: a reorder made elsewhere since it was loaded, or
        a section added or deleted, is a conflict rather than a silent mix of both.
        """
        with self._uow("shadow report") as s:
            report = get_or_raise(s, ShadowReport, report_id, "shadow report")
            check_version(report, expected_version, "shadow report")
            current = self._ordered_ids(s, report_id)
            wanted = builtins.list(section_ids)
            if any(isinstance(i, bool) or not isinstance(i, int) for i in wanted):
                raise DomainError("The new order must list the sections.", field="section_ids")
            if sorted(wanted) != sorted(current) or len(set(wanted)) != len(wanted):
                raise DomainError(
                    "The new order must list every section of the report exactly once; the "
                    "report changed elsewhere, or a section is missing: reload it.",
                    field="section_ids",
                )
            self._renumber(s, report_id, wanted)
            self._touch(report)
            return self._section_dtos(s, self._ordered(s, report_id))

    # ------------------------------------------------------------ word counts

    def word_count(self, report_id: int) -> WordCount:
        """Words per section and in total, against the report's limit."""
        with self._uow("shadow report") as s:
            report = get_or_raise(s, ShadowReport, report_id, "shadow report")
            dtos = self._section_dtos(s, self._ordered(s, report_id))
            limit = report.word_limit
        words = tuple(d.words for d in dtos)
        return WordCount(
            report_id=report_id,
            sections=words,
            total=sum(w.total for w in words),
            limit=limit,
        )

    # ------------------------------------------------------------ hand-over to documents

    def sections_for_document(
        self, report_id: int, *, section_id: int | None = None
    ) -> tuple[ShadowSectionInput, ...]:
        """The stored sections (or one of them) as the documents service takes them."""
        sections = self.sections(report_id)
        if section_id is not None:
            sections = [d for d in sections if d.id == section_id]
            if not sections:
                raise DomainError(
                    "This section is not part of the report (it may have been deleted).",
                    field="section_id",
                )
        return tuple(
            ShadowSectionInput(
                heading=d.heading,
                article=d.article,
                facts=d.facts,
                recommendation_ids=d.recommendation_ids,
                case_ids=d.case_ids,
                ngo_recommendations=d.ngo_recommendations,
                state_action=d.state_action,
                include_state_record=d.include_state_record,
                number=d.position,
            )
            for d in sections
        )

    def generate_request(
        self,
        report_id: int,
        *,
        section_id: int | None = None,
        lang: str | None = None,
        **options: Any,
    ) -> GenerateRequest:
        """What to ask the documents service for: the whole report, or one section of it.

        `options` are GenerateRequest's other fields (organisation, signatory, template...).
        """
        report = self.get(report_id)
        sections = self.sections_for_document(report_id, section_id=section_id)
        if not sections:
            raise DomainError(
                "The report has no sections yet: write at least one before generating it.",
                field="sections",
            )
        return GenerateRequest(
            kind="shadow_section" if section_id is not None else "shadow_report",
            lang=lang or report.language,
            review_id=report.review_id,
            sections=sections,
            **options,
        )

    # ------------------------------------------------------------ internals

    def _report_dto(self, s: Session, report: ShadowReport) -> ShadowReportDTO:
        review = get_or_raise(s, Review, report.review_id, "review")
        return _report_dto(report, _review_label(review), self._count(s, report.id))

    @staticmethod
    def _count(s: Session, report_id: int) -> int:
        return (
            s.scalar(
                select(func.count(ShadowSection.id)).where(ShadowSection.report_id == report_id)
            )
            or 0
        )

    @staticmethod
    def _ordered(s: Session, report_id: int) -> builtins.list[ShadowSection]:
        return builtins.list(
            s.scalars(
                select(ShadowSection)
                .where(ShadowSection.report_id == report_id)
                .order_by(ShadowSection.position)
            )
        )

    def _ordered_ids(self, s: Session, report_id: int) -> builtins.list[int]:
        return [row.id for row in self._ordered(s, report_id)]

    @staticmethod
    def _touch(report: ShadowReport) -> None:
        """Move the report's version: its sections (their number or order) changed."""
        report.updated_at = utcnow()

    @staticmethod
    def _has_quotes(s: Session, report_id: int) -> bool:
        return (
            s.scalar(
                select(func.count())
                .select_from(shadow_section_recommendations)
                .join(
                    ShadowSection, ShadowSection.id == shadow_section_recommendations.c.section_id
                )
                .where(ShadowSection.report_id == report_id)
            )
            or 0
        ) > 0

    def _shift(self, s: Session, report_id: int, first: int, last: int, by: int) -> None:
        """Move the sections at positions first..last by `by`, never two on one position."""
        rows = [r for r in self._ordered(s, report_id) if first <= r.position <= last]
        for row in sorted(rows, key=lambda r: r.position, reverse=by > 0):
            row.position += by
            s.flush()

    def _renumber(self, s: Session, report_id: int, ids: Sequence[int]) -> None:
        rows = {r.id: r for r in self._ordered(s, report_id)}
        # Two steps, so that the unique (report, position) never sees two sections at once.
        for row in rows.values():
            row.position = -row.position
        s.flush()
        for position, section_id in enumerate(ids, start=1):
            rows[section_id].position = position
        s.flush()

    @staticmethod
    def _link(s: Session, section_id: int, rec_ids: Sequence[int], case_ids: Sequence[int]) -> None:
        if rec_ids:
            s.execute(
                insert(shadow_section_recommendations),
                [
                    {"section_id": section_id, "recommendation_id": rid, "position": i}
                    for i, rid in enumerate(rec_ids)
                ],
            )
        if case_ids:
            s.execute(
                insert(shadow_section_cases),
                [
                    {"section_id": section_id, "case_id": cid, "position": i}
                    for i, cid in enumerate(case_ids)
                ],
            )

    @staticmethod
    def _clean_report(s: Session, data: ShadowReportInput) -> _CleanReport:
        if isinstance(data.review_id, bool) or not isinstance(data.review_id, int):
            raise DomainError("Choose the review the report is written for.", field="review_id")
        if s.get(Review, data.review_id) is None:
            raise DomainError(
                "The review chosen no longer exists (it may have been deleted).",
                field="review_id",
            )
        limit = data.word_limit
        if limit is not None:
            if isinstance(limit, bool) or not isinstance(limit, int):
                raise DomainError(
                    "The word limit must be a whole number of words, such as 10700.",
                    field="word_limit",
                )
            if not MIN_WORD_LIMIT <= limit <= MAX_WORD_LIMIT:
                raise DomainError(
                    f"A word limit of {limit:,} is not plausible: the Committees set limits "
                    f"between {MIN_WORD_LIMIT:,} and {MAX_WORD_LIMIT:,} words.",
                    field="word_limit",
                )
        language = (data.language or "").strip().lower()
        if language not in LANGUAGES:
            raise DomainError(
                f"Shadow reports are written in {' or '.join(LANGUAGES)}, not “{data.language}”.",
                field="language",
            )
        return _CleanReport(
            review_id=data.review_id,
            title=require_text(data.title, "The title", "title", max_length=MAX_TITLE),
            word_limit=limit,
            language=language,
            notes=optional_text(data.notes, "The notes", "notes", max_length=MAX_NOTES),
        )

    @staticmethod
    def _clean_section(
        s: Session, report: ShadowReport, data: SectionInput
    ) -> tuple[_CleanSection, builtins.list[int], builtins.list[int]]:
        heading = require_text(
            " ".join((data.heading or "").split()), "The heading", "heading", max_length=MAX_HEADING
        )
        review = get_or_raise(s, Review, report.review_id, "review")
        article = ""
        if (data.article or "").strip():
            try:
                numbers = normalise_articles([data.article])
            except DomainError as exc:
                raise DomainError(exc.message, field="article") from exc
            known = set(
                s.scalars(
                    select(TreatyArticle.number).where(TreatyArticle.body_id == review.body_id)
                )
            )
            unknown = [n for n in numbers if n.split("(")[0] not in known]
            if unknown:
                raise DomainError(
                    f"Article {unknown[0]} is not an article of the treaty under review.",
                    field="article",
                )
            article = ", ".join(numbers)
            if len(article) > MAX_ARTICLE:
                raise DomainError(
                    f"Too many articles for one section ({article}): split the section.",
                    field="article",
                )
        for value, label, name in (
            (data.facts, "The facts", "facts"),
            (data.state_action, "What the State did", "state_action"),
        ):
            if value is not None and not isinstance(value, str):
                raise DomainError(f"{label} must be text.", field=name)
            optional_text(value, label, name, max_length=MAX_FACTS)
        recommendations = _clean_ngo_recommendations(data.ngo_recommendations)
        rec_ids = _ids(data.recommendation_ids, "recommendation_ids")
        if rec_ids:
            found = dict(
                s.execute(
                    select(Recommendation.id, Recommendation.review_id).where(
                        Recommendation.id.in_(rec_ids)
                    )
                ).all()
            )
            if len(found) != len(rec_ids):
                raise DomainError(
                    "A quoted recommendation no longer exists (it may have been deleted): "
                    "choose the recommendations again.",
                    field="recommendation_ids",
                )
            if any(review_id != report.review_id for review_id in found.values()):
                raise DomainError(
                    f"Only recommendations of {_review_label(review)} can be quoted in this "
                    "report; an earlier recommendation is cited through the one that repeats it.",
                    field="recommendation_ids",
                )
        case_ids = _ids(data.case_ids, "case_ids")
        if case_ids:
            found_cases = set(s.scalars(select(Case.id).where(Case.id.in_(case_ids))))
            if len(found_cases) != len(case_ids):
                raise DomainError(
                    "A cited case no longer exists (it may have been deleted): choose the "
                    "cases again.",
                    field="case_ids",
                )
        clean = _CleanSection(
            heading=heading,
            article=article,
            theme=optional_text(data.theme, "The theme", "theme", max_length=MAX_THEME),
            facts=(data.facts or "").strip(),
            state_action=(data.state_action or "").strip(),
            ngo_recommendations=recommendations,
            include_state_record=bool(data.include_state_record),
        )
        return clean, rec_ids, case_ids

    @staticmethod
    def _section_dtos(s: Session, rows: Sequence[ShadowSection]) -> builtins.list[SectionDTO]:
        ids = [r.id for r in rows]
        recs: dict[int, builtins.list[int]] = {}
        cases: dict[int, builtins.list[int]] = {}
        if ids:
            for section_id, rec_id in s.execute(
                select(
                    shadow_section_recommendations.c.section_id,
                    shadow_section_recommendations.c.recommendation_id,
                )
                .where(shadow_section_recommendations.c.section_id.in_(ids))
                .order_by(shadow_section_recommendations.c.position)
            ):
                recs.setdefault(section_id, []).append(rec_id)
            for section_id, case_id in s.execute(
                select(shadow_section_cases.c.section_id, shadow_section_cases.c.case_id)
                .where(shadow_section_cases.c.section_id.in_(ids))
                .order_by(shadow_section_cases.c.position)
            ):
                cases.setdefault(section_id, []).append(case_id)
        rec_words = {
            rid: count_words(text)
            for rid, text in s.execute(
                select(Recommendation.id, Recommendation.recommendation_text).where(
                    Recommendation.id.in_({r for v in recs.values() for r in v})
                )
            )
        }
        case_words = {
            cid: count_words(title) + count_words(summary)
            for cid, title, summary in s.execute(
                select(Case.id, Case.title, Case.summary).where(
                    Case.id.in_({c for v in cases.values() for c in v})
                )
            )
        }
        result = []
        for row in rows:
            ngo = tuple(row.ngo_recommendations or ())
            rec_ids = tuple(recs.get(row.id, ()))
            case_ids = tuple(cases.get(row.id, ()))
            words = SectionWords(
                section_id=row.id,
                position=row.position,
                heading=row.heading,
                own=count_words(row.heading)
                + count_words(row.facts)
                + count_words(row.state_action)
                + sum(count_words(t) for t in ngo),
                quoted=sum(rec_words.get(r, 0) for r in rec_ids),
                cases=sum(case_words.get(c, 0) for c in case_ids),
            )
            result.append(
                SectionDTO(
                    id=row.id,
                    report_id=row.report_id,
                    position=row.position,
                    heading=row.heading,
                    article=row.article or "",
                    theme=row.theme or "",
                    facts=row.facts or "",
                    state_action=row.state_action or "",
                    ngo_recommendations=ngo,
                    recommendation_ids=rec_ids,
                    case_ids=case_ids,
                    include_state_record=bool(row.include_state_record),
                    words=words,
                    version=row.version,
                )
            )
        return result


def _check_position(value: object, last: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= last:
        raise DomainError(f"The position must be a number from 1 to {last}.", field="position")
    return value


def _ids(values: Iterable[int], field: str) -> builtins.list[int]:
    if isinstance(values, str | bytes):
        raise DomainError("Choose the records from the list.", field=field)
    ids = builtins.list(dict.fromkeys(values))
    if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
        raise DomainError("Choose the records from the list.", field=field)
    return ids


def _clean_ngo_recommendations(values: Iterable[str]) -> builtins.list[str]:
    if isinstance(values, str):
        raise DomainError(
            "The NGO's recommendations must be a list, one recommendation each.",
            field="ngo_recommendations",
        )
    items = builtins.list(values)
    if len(items) > MAX_NGO_RECOMMENDATIONS:
        raise DomainError(
            f"A section has at most {MAX_NGO_RECOMMENDATIONS} recommendations.",
            field="ngo_recommendations",
        )
    cleaned = []
    for n, text in enumerate(items, start=1):
        if not isinstance(text, str) or not text.strip():
            raise DomainError(
                f"Recommendation {n} is empty: write it or remove it.",
                field="ngo_recommendations",
            )
        value = text.strip()
        if len(value) > MAX_RECOMMENDATION:
            raise DomainError(
                f"Recommendation {n} is too long ({len(value):,} characters; at most "
                f"{MAX_RECOMMENDATION:,}).",
                field="ngo_recommendations",
            )
        cleaned.append(value)
    return cleaned
