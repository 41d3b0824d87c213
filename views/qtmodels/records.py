"""Column sets of the lists loaded whole: people, reviews, recommendations, assessments,
a person's cases, recent changes, documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject

from app.services.audit import AuditEntryDTO
from app.services.dto import (
    AssessmentDTO,
    DocumentDTO,
    PersonDTO,
    PersonRow,
    RecommendationDTO,
    ReviewDTO,
)
from app.vocab import Grade, PartyRole
from views.qtmodels.table_model import CENTER, RIGHT, Column, ListTableModel, short_date, yes_no

# ---------------------------------------------------------------- people


def _nationality(p: PersonDTO) -> str:
    return p.nationality_name or p.nationality or ""


def _consent_tip(p: PersonDTO) -> str:
    if p.consent_to_be_named:
        return "May be named in documents."
    shown = p.public_name
    return f"Not to be named: documents show “{shown}”."


def _roles(r: PersonRow) -> str:
    return ", ".join(role.label for role in r.roles)


def _cases(r: PersonRow) -> str:
    return ", ".join(r.cases)


PEOPLE_COLUMNS: tuple[Column[PersonRow], ...] = (
    Column(
        "Full name",
        lambda r: r.person.full_name,
        tooltip=lambda r: r.person.original_script_name or None,
    ),
    Column(
        "Original script",
        lambda r: r.person.original_script_name,
        header_tip="The name as written in the person's own script",
    ),
    Column(
        "Pseudonym",
        lambda r: r.person.pseudonym,
        header_tip="The name or initials documents use when the person may not be named",
    ),
    Column("Nationality", lambda r: _nationality(r.person)),
    Column("Roles", _roles, tooltip=lambda r: _roles(r) or None),
    Column(
        "Cases",
        _cases,
        tooltip=lambda r: _cases(r) or None,
        header_tip="The cases the person is a party to",
    ),
    Column(
        "Consent to be named",
        lambda r: yes_no(r.person.consent_to_be_named),
        tooltip=lambda r: _consent_tip(r.person),
        align=CENTER,
    ),
)


class PeopleModel(ListTableModel[PersonRow]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(PEOPLE_COLUMNS, parent=parent)


@dataclass(frozen=True)
class PersonCase:
    """One case of a person (PeopleService.cases_of): reference, title, role."""

    reference: str
    title: str
    role: PartyRole


PERSON_CASE_COLUMNS: tuple[Column[PersonCase], ...] = (
    Column("Reference", lambda c: c.reference),
    Column("Title", lambda c: c.title, tooltip=lambda c: c.title),
    Column("Role", lambda c: c.role.label),
)


class PersonCasesModel(ListTableModel[PersonCase]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(PERSON_CASE_COLUMNS, parent=parent)


# ---------------------------------------------------------------- reviews


def _review_state(r: ReviewDTO) -> str:
    return r.state_name or r.state


REVIEW_COLUMNS: tuple[Column[ReviewDTO], ...] = (
    Column("Body", lambda r: r.body, header_tip="Treaty body"),
    Column("State", _review_state, tooltip=lambda r: r.state, header_tip="State party"),
    Column("Cycle", lambda r: r.cycle),
    Column(
        "CO symbol",
        lambda r: r.co_symbol or "",
        header_tip="Symbol of the concluding observations",
    ),
    Column("Session", lambda r: r.session),
    Column("Adopted", lambda r: short_date(r.adopted_on), sort_value=lambda r: r.adopted_on),
    Column(
        "Follow-up due",
        lambda r: short_date(r.followup_deadline),
        sort_value=lambda r: r.followup_deadline,
    ),
    Column(
        "Recommendations",
        lambda r: str(r.recommendations),
        align=RIGHT,
        sort_value=lambda r: r.recommendations,
    ),
)


class ReviewsModel(ListTableModel[ReviewDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(REVIEW_COLUMNS, parent=parent)


def grade_label(grade: Grade | None) -> str:
    """ "B — partially satisfactory"; "Not assessed" for none."""
    return grade.label if grade is not None else "Not assessed"


RECOMMENDATION_COLUMNS: tuple[Column[RecommendationDTO], ...] = (
    Column(
        "¶",
        lambda r: str(r.paragraph),
        align=RIGHT,
        sort_value=lambda r: r.paragraph,
        header_tip="Paragraph of the concluding observations",
    ),
    Column("Theme", lambda r: r.theme, tooltip=lambda r: r.theme or None),
    Column(
        "Follow-up",
        lambda r: "Yes" if r.is_followup else "",
        align=CENTER,
        header_tip="Picked by the Committee for follow-up within the set date",
    ),
    Column(
        "Latest grade",
        lambda r: str(r.latest_grade) if r.latest_grade else "—",
        tooltip=lambda r: grade_label(r.latest_grade),
        align=CENTER,
        sort_value=lambda r: str(r.latest_grade) if r.latest_grade else None,
        header_tip="The grade of the NGO's newest assessment (A–E)",
    ),
    Column("Articles", lambda r: ", ".join(r.articles)),
)


class RecommendationsModel(ListTableModel[RecommendationDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(RECOMMENDATION_COLUMNS, parent=parent)


@dataclass(frozen=True)
class AssessmentRow:
    """An assessment with the references of the cases it cites."""

    assessment: AssessmentDTO
    case_references: tuple[str, ...]


ASSESSMENT_COLUMNS: tuple[Column[AssessmentRow], ...] = (
    Column(
        "Date",
        lambda a: short_date(a.assessment.assessed_on),
        sort_value=lambda a: a.assessment.assessed_on,
    ),
    Column(
        "Grade",
        lambda a: str(a.assessment.grade),
        tooltip=lambda a: grade_label(a.assessment.grade),
        align=CENTER,
    ),
    Column(
        "Evidence",
        lambda a: " ".join(a.assessment.evidence.split()),
        tooltip=lambda a: a.assessment.evidence or None,
    ),
    Column(
        "Cases",
        lambda a: ", ".join(a.case_references),
        tooltip=lambda a: ", ".join(a.case_references) or None,
    ),
)


class AssessmentsModel(ListTableModel[AssessmentRow]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(ASSESSMENT_COLUMNS, parent=parent)


# ---------------------------------------------------------------- recent changes


TABLE_WORDS = {
    "cases": "Case",
    "people": "Person",
    "case_parties": "Party",
    "case_articles": "Articles",
    "domestic_proceedings": "Proceeding",
    "remedies": "Remedy",
    "remedy_statuses": "Implementation",
    "followup_events": "Follow-up",
    "followup_grades": "Follow-up grade",
    "deadlines": "Deadline",
    "reviews": "Review",
    "recommendations": "Recommendation",
    "recommendation_assessments": "Assessment",
    "documents": "Document",
    "shadow_reports": "Shadow report",
    "shadow_sections": "Shadow report",
    "treaty_bodies": "Committee rules",
    "": "Event",
}


def when_changed(at: datetime, now: datetime | None = None) -> str:
    """ "14:05" today, else "21 Nov 2026 14:05" (local time)."""
    local = at.astimezone()
    now = (now or datetime.now().astimezone()).astimezone()
    if local.date() == now.date():
        return f"today {local:%H:%M}"
    return f"{short_date(local.date())} {local:%H:%M}"


AUDIT_COLUMNS: tuple[Column[AuditEntryDTO], ...] = (
    Column(
        "When",
        lambda e: when_changed(e.at),
        tooltip=lambda e: e.at.astimezone().strftime("%d %B %Y, %H:%M:%S"),
        sort_value=lambda e: e.at,
    ),
    Column("Who", lambda e: e.actor),
    Column(
        "What",
        lambda e: e.summary,
        tooltip=lambda e: f"{TABLE_WORDS.get(e.table_name, e.table_name)}: {e.summary}",
    ),
)


class AuditModel(ListTableModel[AuditEntryDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(AUDIT_COLUMNS, parent=parent)


# ---------------------------------------------------------------- documents


DOCUMENT_COLUMNS: tuple[Column[DocumentDTO], ...] = (
    Column("Title", lambda d: d.title, tooltip=lambda d: d.path),
    Column("Kind", lambda d: d.kind),
    Column("Language", lambda d: d.language, align=CENTER),
    Column("Redacted", lambda d: yes_no(d.redacted), align=CENTER),
    Column("Created", lambda d: short_date(d.created_at.date()), sort_value=lambda d: d.created_at),
    Column("Created by", lambda d: d.created_by),
)


class DocumentsModel(ListTableModel[DocumentDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(DOCUMENT_COLUMNS, parent=parent)
