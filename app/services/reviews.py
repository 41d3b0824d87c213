"""Periodic reviews of a State, the recommendations of their concluding observations, and
the NGO's own assessments of how each recommendation has been implemented.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from app.errors import DomainError, NotFoundError
from app.services.base import (
    Service,
    body_by_code,
    check_order,
    check_symbol,
    check_version,
    country_by_code,
    get_or_raise,
    long_date,
    optional_text,
    parse_vocab,
    require_text,
)
from app.services.dto import (
    AssessmentDTO,
    AssessmentInput,
    RecommendationDTO,
    RecommendationInput,
    ReviewDTO,
    ReviewInput,
)
from app.vocab import Grade
from models import (
    Case,
    Country,
    Recommendation,
    RecommendationAssessment,
    Review,
    TreatyBody,
    assessment_cases,
)
from models.base import utcnow

FIRST_YEAR = 1976  # the Covenants entered into force
LAST_YEAR = 2100
MAX_SYMBOL = 64
MAX_SESSION = 32
MAX_NOTES = 20_000
MAX_THEME = 500
MAX_REFERS_TO = 500
MAX_PARAGRAPH_TEXT = 20_000
MAX_SUB_ITEM = 10_000
MAX_EVIDENCE = 20_000
MAX_SOURCES = 10_000
MAX_OPEN_SUB_ITEM = 500

_ARTICLE_PREFIX = re.compile(r"^(?:articles?|arts?\.?)\s*", re.IGNORECASE)
_ARTICLE_SPLIT = re.compile(r"[,;]|\band\b", re.IGNORECASE)
# 7, 9(1), 14(3)(b), 2(1)(a): an article number and optional paragraph/sub-paragraph marks.
_ARTICLE = re.compile(r"^\d{1,3}(?:\(\d{1,2}\))*(?:\([a-z]\))*$")


def normalise_articles(values: Iterable[str]) -> list[str]:
    """("art. 7", "Article 9 (1)", "2, 26") -> ["7", "9(1)", "2", "26"].

    DomainError if a piece is not an article number.
    """
    result: list[str] = []
    for raw in values:
        for piece in _ARTICLE_SPLIT.split(raw or ""):
            cleaned = re.sub(r"\s+", "", _ARTICLE_PREFIX.sub("", piece.strip())).lower()
            if not cleaned:
                continue
            if not _ARTICLE.match(cleaned):
                raise DomainError(
                    f"“{piece.strip()}” is not an article number such as 7, 9(1) or 14(3)(b).",
                    field="articles",
                )
            if cleaned not in result:
                result.append(cleaned)
    return result


def _clean_items(values: Iterable[str], label: str, field: str, *, max_length: int) -> list[str]:
    items: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise DomainError(f"{label} must be text.", field=field)
        cleaned = optional_text(value, label, field, max_length=max_length)
        if cleaned and cleaned not in items:
            items.append(cleaned)
    return items


def _check_year(value: int | None, label: str, field: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(f"{label} must be a year such as 2028.", field=field)
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise DomainError(
            f"{label} ({value}) is not a plausible year (between {FIRST_YEAR} and {LAST_YEAR}).",
            field=field,
        )


def _review_date(review: Review) -> date | None:
    """When a review took place, as precisely as recorded."""
    return review.adopted_on or review.dialogue_end or review.dialogue_start


def _review_label(review: Review) -> str:
    return review.co_symbol or review.cycle


# ---------------------------------------------------------------- mapping


def _review_dto(
    review: Review, body: str, state: str, state_name: str, recommendations: int
) -> ReviewDTO:
    return ReviewDTO(
        id=review.id,
        uuid=review.uuid,
        body=body,
        state=state,
        state_name=state_name,
        cycle=review.cycle,
        state_report_symbol=review.state_report_symbol or "",
        co_symbol=review.co_symbol,
        session=review.session or "",
        dialogue_start=review.dialogue_start,
        dialogue_end=review.dialogue_end,
        adopted_on=review.adopted_on,
        followup_deadline=review.followup_deadline,
        next_loi_year=review.next_loi_year,
        next_dialogue_year=review.next_dialogue_year,
        notes=review.notes or "",
        recommendations=recommendations,
        version=review.version,
    )


def _recommendation_dto(rec: Recommendation, latest_grade: Grade | None) -> RecommendationDTO:
    return RecommendationDTO(
        id=rec.id,
        review_id=rec.review_id,
        paragraph=rec.paragraph,
        concern_paragraph=rec.concern_paragraph,
        theme=rec.theme or "",
        concern_text=rec.concern_text or "",
        recommendation_text=rec.recommendation_text or "",
        sub_items=tuple(rec.sub_items or ()),
        articles=tuple(rec.articles or ()),
        refers_to=rec.refers_to or "",
        is_followup=bool(rec.is_followup),
        previous_id=rec.previous_id,
        latest_grade=latest_grade,
        version=rec.version,
    )


def _assessment_dto(row: RecommendationAssessment, case_ids: Sequence[int]) -> AssessmentDTO:
    return AssessmentDTO(
        id=row.id,
        recommendation_id=row.recommendation_id,
        grade=Grade(row.grade),
        assessed_on=row.assessed_on,
        evidence=row.evidence or "",
        sources=row.sources or "",
        open_sub_items=tuple(row.open_sub_items or ()),
        case_ids=tuple(sorted(case_ids)),
        version=row.version,
    )


def _review_rows() -> Select[Any]:
    count = (
        select(func.count(Recommendation.id))
        .where(Recommendation.review_id == Review.id)
        .correlate(Review)
        .scalar_subquery()
    )
    return (
        select(Review, TreatyBody.code, Country.code, Country.name, count)
        .join(TreatyBody, TreatyBody.id == Review.body_id)
        .join(Country, Country.id == Review.state_id)
    )


# ---------------------------------------------------------------- validation


@dataclass(frozen=True)
class _CleanReview:
    body_id: int
    state_id: int
    cycle: str
    state_report_symbol: str
    co_symbol: str | None
    session: str
    dialogue_start: date | None
    dialogue_end: date | None
    adopted_on: date | None
    followup_deadline: date | None
    next_loi_year: int | None
    next_dialogue_year: int | None
    notes: str

    def apply(self, review: Review) -> None:
        for name in self.__dataclass_fields__:
            setattr(review, name, getattr(self, name))


@dataclass(frozen=True)
class _CleanRecommendation:
    paragraph: int
    concern_paragraph: int | None
    theme: str
    concern_text: str
    recommendation_text: str
    sub_items: list[str]
    articles: list[str]
    refers_to: str
    is_followup: bool
    previous_id: int | None

    def apply(self, rec: Recommendation) -> None:
        for name in self.__dataclass_fields__:
            setattr(rec, name, getattr(self, name))


@dataclass(frozen=True)
class _CleanAssessment:
    grade: Grade
    assessed_on: date
    evidence: str
    sources: str
    open_sub_items: list[str]

    def apply(self, row: RecommendationAssessment) -> None:
        for name in self.__dataclass_fields__:
            setattr(row, name, getattr(self, name))


def _symbol(value: str | None, label: str, field: str) -> str | None:
    symbol = check_symbol(value, field)
    if symbol is not None and len(symbol) > MAX_SYMBOL:
        raise DomainError(
            f"{label} is too long ({len(symbol)} characters; at most {MAX_SYMBOL}).", field=field
        )
    return symbol


def _paragraph_number(value: object, label: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(f"{label} must be a whole number such as 28.", field=field)
    if value < 1:
        raise DomainError(f"{label} must be 1 or more (it is {value}).", field=field)
    return value


# ---------------------------------------------------------------- service


class ReviewService(Service):
    """Periodic reviews, their recommendations and the NGO's assessments."""

    # ------------------------------------------------------------ reviews

    def list(self) -> builtins.list[ReviewDTO]:
        """Every review, by State and Committee, the newest first (one not adopted yet on top)."""
        with self._uow("review") as s:
            rows = s.execute(
                _review_rows().order_by(
                    Country.name,
                    TreatyBody.code,
                    Review.adopted_on.desc().nulls_first(),
                    Review.id.desc(),
                )
            ).all()
            return [_review_dto(*row) for row in rows]

    def get(self, review_id: int) -> ReviewDTO:
        with self._uow("review") as s:
            return self._review_dto(s, review_id)

    def get_by_symbol(self, co_symbol: str) -> ReviewDTO | None:
        """The review whose concluding observations carry `co_symbol`, or None."""
        symbol = (co_symbol or "").strip()
        if not symbol:
            return None
        with self._uow("review") as s:
            row = s.execute(_review_rows().where(Review.co_symbol == symbol)).first()
            return _review_dto(*row) if row else None

    def create(self, data: ReviewInput) -> ReviewDTO:
        with self._uow("review") as s:
            clean = self._clean_review(s, data, None)
            review = Review()
            clean.apply(review)
            s.add(review)
            s.flush()
            return self._review_dto(s, review.id)

    def update(
        self, review_id: int, data: ReviewInput, *, expected_version: int | None
    ) -> ReviewDTO:
        with self._uow("review") as s:
            review = get_or_raise(s, Review, review_id, "review")
            check_version(review, expected_version, "review")
            clean = self._clean_review(s, data, review_id)
            clean.apply(review)
            s.flush()
            return self._review_dto(s, review.id)

    def delete(self, review_id: int, *, expected_version: int | None) -> None:
        """Delete a review with its recommendations and their assessments."""
        with self._uow("review") as s:
            review = get_or_raise(s, Review, review_id, "review")
            check_version(review, expected_version, "review")
            s.delete(review)

    # ------------------------------------------------------------ recommendations

    def recommendations(self, review_id: int) -> builtins.list[RecommendationDTO]:
        """The review's recommendations by paragraph, with the grade of the newest assessment."""
        with self._uow("review") as s:
            get_or_raise(s, Review, review_id, "review")
            recs = builtins.list(
                s.scalars(
                    select(Recommendation)
                    .where(Recommendation.review_id == review_id)
                    .order_by(Recommendation.paragraph)
                )
            )
            latest = self._latest_grades(s, [r.id for r in recs])
            return [_recommendation_dto(r, latest.get(r.id)) for r in recs]

    def get_recommendation(self, recommendation_id: int) -> RecommendationDTO:
        with self._uow("recommendation") as s:
            rec = get_or_raise(s, Recommendation, recommendation_id, "recommendation")
            return _recommendation_dto(rec, self._latest_grades(s, [rec.id]).get(rec.id))

    def add_recommendation(self, review_id: int, data: RecommendationInput) -> RecommendationDTO:
        with self._uow("recommendation") as s:
            review = get_or_raise(s, Review, review_id, "review")
            clean = self._clean_recommendation(s, review, data, None)
            rec = Recommendation(review_id=review_id)
            clean.apply(rec)
            s.add(rec)
            s.flush()
            return _recommendation_dto(rec, None)

    def update_recommendation(
        self, recommendation_id: int, data: RecommendationInput, *, expected_version: int | None
    ) -> RecommendationDTO:
        with self._uow("recommendation") as s:
            rec = get_or_raise(s, Recommendation, recommendation_id, "recommendation")
            check_version(rec, expected_version, "recommendation")
            review = get_or_raise(s, Review, rec.review_id, "review")
            clean = self._clean_recommendation(s, review, data, rec.id)
            clean.apply(rec)
            s.flush()
            return _recommendation_dto(rec, self._latest_grades(s, [rec.id]).get(rec.id))

    def delete_recommendation(
        self, recommendation_id: int, *, expected_version: int | None
    ) -> None:
        with self._uow("recommendation") as s:
            rec = get_or_raise(s, Recommendation, recommendation_id, "recommendation")
            check_version(rec, expected_version, "recommendation")
            s.delete(rec)

    # ------------------------------------------------------------ assessments

    def assessments(self, recommendation_id: int) -> builtins.list[AssessmentDTO]:
        """The NGO's assessments of a recommendation, oldest first."""
        with self._uow("recommendation") as s:
            get_or_raise(s, Recommendation, recommendation_id, "recommendation")
            rows = builtins.list(
                s.scalars(
                    select(RecommendationAssessment)
                    .where(RecommendationAssessment.recommendation_id == recommendation_id)
                    .order_by(RecommendationAssessment.assessed_on, RecommendationAssessment.id)
                )
            )
            links = self._case_links(s, [r.id for r in rows])
            return [_assessment_dto(r, links.get(r.id, [])) for r in rows]

    def add_assessment(self, recommendation_id: int, data: AssessmentInput) -> AssessmentDTO:
        with self._uow("assessment") as s:
            get_or_raise(s, Recommendation, recommendation_id, "recommendation")
            clean = self._clean_assessment(data)
            case_ids = self._clean_case_ids(s, data.case_ids)
            row = RecommendationAssessment(recommendation_id=recommendation_id)
            clean.apply(row)
            s.add(row)
            s.flush()
            self._link_cases(s, row.id, case_ids)
            return _assessment_dto(row, case_ids)

    def update_assessment(
        self, assessment_id: int, data: AssessmentInput, *, expected_version: int | None
    ) -> AssessmentDTO:
        with self._uow("assessment") as s:
            row = get_or_raise(s, RecommendationAssessment, assessment_id, "assessment")
            check_version(row, expected_version, "assessment")
            clean = self._clean_assessment(data)
            case_ids = self._clean_case_ids(s, data.case_ids)
            clean.apply(row)
            # The linked cases live in their own table: always move the version, so that a
            # change to the links alone is still seen as a change to the assessment.
            row.updated_at = utcnow()
            s.flush()
            s.execute(delete(assessment_cases).where(assessment_cases.c.assessment_id == row.id))
            self._link_cases(s, row.id, case_ids)
            return _assessment_dto(row, case_ids)

    def delete_assessment(self, assessment_id: int, *, expected_version: int | None) -> None:
        with self._uow("assessment") as s:
            row = get_or_raise(s, RecommendationAssessment, assessment_id, "assessment")
            check_version(row, expected_version, "assessment")
            s.execute(delete(assessment_cases).where(assessment_cases.c.assessment_id == row.id))
            s.delete(row)

    # ------------------------------------------------------------ internals: reviews

    @staticmethod
    def _review_dto(s: Session, review_id: int) -> ReviewDTO:
        row = s.execute(_review_rows().where(Review.id == review_id)).first()
        if row is None:
            raise NotFoundError("The review no longer exists (it may have been deleted).")
        return _review_dto(*row)

    @staticmethod
    def _clean_review(s: Session, data: ReviewInput, review_id: int | None) -> _CleanReview:
        body = body_by_code(s, data.body or "")
        state = country_by_code(s, data.state or "", "state")
        cycle = require_text(data.cycle, "The reporting cycle", "cycle")
        co_symbol = _symbol(
            data.co_symbol, "The symbol of the concluding observations", "co_symbol"
        )
        if co_symbol is not None:
            query = select(Review.cycle, Country.name).join(Country, Country.id == Review.state_id)
            query = query.where(Review.co_symbol == co_symbol)
            if review_id is not None:
                query = query.where(Review.id != review_id)
            other = s.execute(query).first()
            if other is not None:
                raise DomainError(
                    f"Concluding observations {co_symbol} are already recorded "
                    f"({other.name}, {other.cycle}): open that review instead of adding it "
                    "again.",
                    field="co_symbol",
                )
        check_order(
            data.dialogue_start,
            data.dialogue_end,
            "The start of the dialogue",
            "The end of the dialogue",
            "dialogue_end",
        )
        check_order(
            data.dialogue_end,
            data.adopted_on,
            "The end of the dialogue",
            "The adoption of the concluding observations",
            "adopted_on",
        )
        check_order(
            data.dialogue_start,
            data.adopted_on,
            "The start of the dialogue",
            "The adoption of the concluding observations",
            "adopted_on",
        )
        if (
            data.adopted_on is not None
            and data.followup_deadline is not None
            and data.followup_deadline <= data.adopted_on
        ):
            raise DomainError(
                f"The follow-up deadline ({long_date(data.followup_deadline)}) must come after "
                f"the adoption of the concluding observations ({long_date(data.adopted_on)}).",
                field="followup_deadline",
            )
        _check_year(data.next_loi_year, "The year of the next list of issues", "next_loi_year")
        _check_year(data.next_dialogue_year, "The year of the next dialogue", "next_dialogue_year")
        if (
            data.next_loi_year is not None
            and data.next_dialogue_year is not None
            and data.next_dialogue_year < data.next_loi_year
        ):
            raise DomainError(
                f"The next dialogue ({data.next_dialogue_year}) cannot come before the next "
                f"list of issues ({data.next_loi_year}) that starts the cycle.",
                field="next_dialogue_year",
            )
        if data.adopted_on is not None:
            for year, label, field in (
                (data.next_loi_year, "The next list of issues", "next_loi_year"),
                (data.next_dialogue_year, "The next dialogue", "next_dialogue_year"),
            ):
                if year is not None and year < data.adopted_on.year:
                    raise DomainError(
                        f"{label} ({year}) cannot come before the adoption of these "
                        f"concluding observations ({data.adopted_on.year}).",
                        field=field,
                    )
        return _CleanReview(
            body_id=body.id,
            state_id=state.id,
            cycle=cycle,
            state_report_symbol=_symbol(
                data.state_report_symbol, "The symbol of the State report", "state_report_symbol"
            )
            or "",
            co_symbol=co_symbol,
            session=optional_text(data.session, "The session", "session", max_length=MAX_SESSION),
            dialogue_start=data.dialogue_start,
            dialogue_end=data.dialogue_end,
            adopted_on=data.adopted_on,
            followup_deadline=data.followup_deadline,
            next_loi_year=data.next_loi_year,
            next_dialogue_year=data.next_dialogue_year,
            notes=optional_text(data.notes, "The notes", "notes", max_length=MAX_NOTES),
        )

    # ------------------------------------------------------------ internals: recommendations

    @staticmethod
    def _latest_grades(s: Session, recommendation_ids: Sequence[int]) -> dict[int, Grade]:
        if not recommendation_ids:
            return {}
        rows = s.execute(
            select(RecommendationAssessment.recommendation_id, RecommendationAssessment.grade)
            .where(RecommendationAssessment.recommendation_id.in_(recommendation_ids))
            .order_by(RecommendationAssessment.assessed_on, RecommendationAssessment.id)
        ).all()
        latest: dict[int, Grade] = {}
        for rec_id, grade in rows:
            latest[rec_id] = Grade(grade)
        return latest

    @staticmethod
    def _clean_recommendation(
        s: Session, review: Review, data: RecommendationInput, rec_id: int | None
    ) -> _CleanRecommendation:
        paragraph = _paragraph_number(data.paragraph, "The paragraph number", "paragraph")
        query = select(Recommendation.id).where(
            Recommendation.review_id == review.id, Recommendation.paragraph == paragraph
        )
        if rec_id is not None:
            query = query.where(Recommendation.id != rec_id)
        if s.scalar(query) is not None:
            raise DomainError(
                f"Paragraph {paragraph} of {_review_label(review)} is already recorded: "
                "each paragraph can be entered once. Open it instead, or check the number.",
                field="paragraph",
            )
        concern = None
        if data.concern_paragraph is not None:
            concern = _paragraph_number(
                data.concern_paragraph, "The concern paragraph number", "concern_paragraph"
            )
            if concern > paragraph:
                raise DomainError(
                    f"The concern (paragraph {concern}) cannot come after its recommendation "
                    f"(paragraph {paragraph}).",
                    field="concern_paragraph",
                )
        if not isinstance(data.sub_items, Sequence) or isinstance(data.sub_items, str):
            raise DomainError("The sub-items must be a list of texts.", field="sub_items")
        if not isinstance(data.articles, Sequence) or isinstance(data.articles, str):
            raise DomainError("The articles must be a list such as 7, 9(1).", field="articles")
        previous_id = data.previous_id
        if previous_id is not None:
            ReviewService._check_previous(s, review, previous_id, rec_id)
        return _CleanRecommendation(
            paragraph=paragraph,
            concern_paragraph=concern,
            theme=optional_text(data.theme, "The theme", "theme", max_length=MAX_THEME),
            concern_text=optional_text(
                data.concern_text, "The concern", "concern_text", max_length=MAX_PARAGRAPH_TEXT
            ),
            recommendation_text=optional_text(
                data.recommendation_text,
                "The recommendation",
                "recommendation_text",
                max_length=MAX_PARAGRAPH_TEXT,
            ),
            sub_items=_clean_items(
                data.sub_items, "A sub-item", "sub_items", max_length=MAX_SUB_ITEM
            ),
            articles=normalise_articles(data.articles),
            refers_to=optional_text(
                data.refers_to,
                "The reference to earlier recommendations",
                "refers_to",
                max_length=MAX_REFERS_TO,
            ),
            is_followup=bool(data.is_followup),
            previous_id=previous_id,
        )

    @staticmethod
    def _check_previous(s: Session, review: Review, previous_id: int, rec_id: int | None) -> None:
        """The earlier recommendation: from an earlier review of the same State and body."""
        previous = s.get(Recommendation, previous_id)
        if previous is None:
            raise DomainError(
                "The earlier recommendation chosen no longer exists (it may have been deleted).",
                field="previous_id",
            )
        if previous.id == rec_id or previous.review_id == review.id:
            raise DomainError(
                "The earlier recommendation must come from an earlier review, not from these "
                "same concluding observations.",
                field="previous_id",
            )
        earlier = get_or_raise(s, Review, previous.review_id, "review")
        where = f"paragraph {previous.paragraph} of {_review_label(earlier)}"
        if earlier.body_id != review.body_id or earlier.state_id != review.state_id:
            raise DomainError(
                f"The earlier recommendation ({where}) is from a review of another State or "
                "another Committee: link only to an earlier review of the same State by the "
                "same Committee.",
                field="previous_id",
            )
        this_date, earlier_date = _review_date(review), _review_date(earlier)
        if this_date is None or earlier_date is None:
            raise DomainError(
                f"Cannot tell whether {_review_label(earlier)} came before "
                f"{_review_label(review)}: enter the adoption date of both reviews first.",
                field="previous_id",
            )
        if earlier_date >= this_date:
            raise DomainError(
                f"The earlier recommendation ({where}, {long_date(earlier_date)}) is not from "
                f"a review before this one ({long_date(this_date)}).",
                field="previous_id",
            )

    # ------------------------------------------------------------ internals: assessments

    def _clean_assessment(self, data: AssessmentInput) -> _CleanAssessment:
        grade = parse_vocab(Grade, data.grade, "grade (A to E)", "grade")
        if not isinstance(data.assessed_on, date):
            raise DomainError("The date of the assessment is required.", field="assessed_on")
        if data.assessed_on > self.today():
            raise DomainError(
                f"The assessment date ({long_date(data.assessed_on)}) is in the future.",
                field="assessed_on",
            )
        if not isinstance(data.open_sub_items, Sequence) or isinstance(data.open_sub_items, str):
            raise DomainError("The open sub-items must be a list.", field="open_sub_items")
        return _CleanAssessment(
            grade=grade,
            assessed_on=data.assessed_on,
            evidence=optional_text(
                data.evidence, "The evidence", "evidence", max_length=MAX_EVIDENCE
            ),
            sources=optional_text(data.sources, "The sources", "sources", max_length=MAX_SOURCES),
            open_sub_items=_clean_items(
                data.open_sub_items,
                "An open sub-item",
                "open_sub_items",
                max_length=MAX_OPEN_SUB_ITEM,
            ),
        )

    @staticmethod
    def _clean_case_ids(s: Session, case_ids: Iterable[int]) -> builtins.list[int]:
        ids = builtins.list(dict.fromkeys(case_ids))
        if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
            raise DomainError(
                "The linked cases must be chosen from the case list.", field="case_ids"
            )
        if not ids:
            return []
        found = set(s.scalars(select(Case.id).where(Case.id.in_(ids))))
        missing = [i for i in ids if i not in found]
        if missing:
            what = (
                "One of the linked cases no longer exists (it may have been deleted)"
                if len(missing) == 1
                else f"{len(missing)} of the linked cases no longer exist (they may have been "
                "deleted)"
            )
            raise DomainError(f"{what}: reload and choose the cases again.", field="case_ids")
        return sorted(ids)

    @staticmethod
    def _link_cases(s: Session, assessment_id: int, case_ids: Sequence[int]) -> None:
        if case_ids:
            s.execute(
                insert(assessment_cases),
                [{"assessment_id": assessment_id, "case_id": cid} for cid in case_ids],
            )

    @staticmethod
    def _case_links(s: Session, assessment_ids: Sequence[int]) -> dict[int, builtins.list[int]]:
        links: dict[int, builtins.list[int]] = {}
        if not assessment_ids:
            return links
        rows = s.execute(
            select(assessment_cases.c.assessment_id, assessment_cases.c.case_id).where(
                assessment_cases.c.assessment_id.in_(assessment_ids)
            )
        )
        for assessment_id, case_id in rows:
            links.setdefault(assessment_id, []).append(case_id)
        return links
