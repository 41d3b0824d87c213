"""Column sets of the lists loaded whole: people, reviews, recommendations, assessments,
a person's cases, recent changes, documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

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
from views.i18n import QT_TRANSLATE_NOOP, format_date, tr_vocab
from views.qtmodels.table_model import CENTER, RIGHT, Column, ListTableModel, short_date, yes_no

# ---------------------------------------------------------------- people


def _nationality(p: PersonDTO) -> str:
    return p.nationality_name or p.nationality or ""


def _consent_tip(p: PersonDTO) -> str:
    if p.consent_to_be_named:
        return QCoreApplication.translate("Records", "May be named in documents.")
    return QCoreApplication.translate(
        "Records", "Not to be named: documents show “{name}”."
    ).format(name=p.public_name)


def _roles(r: PersonRow) -> str:
    return ", ".join(tr_vocab(role) for role in r.roles)


def _cases(r: PersonRow) -> str:
    return ", ".join(r.cases)


PEOPLE_COLUMNS: tuple[Column[PersonRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Column", "Full name"),
        lambda r: r.person.full_name,
        tooltip=lambda r: r.person.original_script_name or None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Original script"),
        lambda r: r.person.original_script_name,
        header_tip=QT_TRANSLATE_NOOP("Column", "The name as written in the person's own script"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Pseudonym"),
        lambda r: r.person.pseudonym,
        header_tip=QT_TRANSLATE_NOOP(
            "Column", "The name or initials documents use when the person may not be named"
        ),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Nationality"), lambda r: _nationality(r.person)),
    Column(QT_TRANSLATE_NOOP("Column", "Roles"), _roles, tooltip=lambda r: _roles(r) or None),
    Column(
        QT_TRANSLATE_NOOP("Column", "Cases"),
        _cases,
        tooltip=lambda r: _cases(r) or None,
        header_tip=QT_TRANSLATE_NOOP("Column", "The cases the person is a party to"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Consent to be named"),
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
    Column(QT_TRANSLATE_NOOP("Column", "Reference"), lambda c: c.reference),
    Column(QT_TRANSLATE_NOOP("Column", "Title"), lambda c: c.title, tooltip=lambda c: c.title),
    Column(QT_TRANSLATE_NOOP("Column", "Role"), lambda c: tr_vocab(c.role)),
)


class PersonCasesModel(ListTableModel[PersonCase]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(PERSON_CASE_COLUMNS, parent=parent)


# ---------------------------------------------------------------- reviews


def _review_state(r: ReviewDTO) -> str:
    return r.state_name or r.state


REVIEW_COLUMNS: tuple[Column[ReviewDTO], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Column", "Body"),
        lambda r: r.body,
        header_tip=QT_TRANSLATE_NOOP("Column", "Treaty body"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "State"),
        _review_state,
        tooltip=lambda r: r.state,
        header_tip=QT_TRANSLATE_NOOP("Column", "State party"),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Cycle"), lambda r: r.cycle),
    Column(
        QT_TRANSLATE_NOOP("Column", "CO symbol"),
        lambda r: r.co_symbol or "",
        header_tip=QT_TRANSLATE_NOOP("Column", "Symbol of the concluding observations"),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Session"), lambda r: r.session),
    Column(
        QT_TRANSLATE_NOOP("Column", "Adopted"),
        lambda r: short_date(r.adopted_on),
        sort_value=lambda r: r.adopted_on,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Follow-up due"),
        lambda r: short_date(r.followup_deadline),
        sort_value=lambda r: r.followup_deadline,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Recommendations"),
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
    if grade is None:
        return QCoreApplication.translate("Records", "Not assessed")
    return tr_vocab(grade)


RECOMMENDATION_COLUMNS: tuple[Column[RecommendationDTO], ...] = (
    Column(
        "¶",
        lambda r: str(r.paragraph),
        align=RIGHT,
        sort_value=lambda r: r.paragraph,
        header_tip=QT_TRANSLATE_NOOP("Column", "Paragraph of the concluding observations"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Theme"), lambda r: r.theme, tooltip=lambda r: r.theme or None
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Follow-up"),
        lambda r: yes_no(True) if r.is_followup else "",
        align=CENTER,
        header_tip=QT_TRANSLATE_NOOP(
            "Column", "Picked by the Committee for follow-up within the set date"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Latest grade"),
        lambda r: str(r.latest_grade) if r.latest_grade else "—",
        tooltip=lambda r: grade_label(r.latest_grade),
        align=CENTER,
        sort_value=lambda r: str(r.latest_grade) if r.latest_grade else None,
        header_tip=QT_TRANSLATE_NOOP("Column", "The grade of the NGO's newest assessment (A–E)"),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Articles"), lambda r: ", ".join(r.articles)),
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
        QT_TRANSLATE_NOOP("Column", "Date"),
        lambda a: short_date(a.assessment.assessed_on),
        sort_value=lambda a: a.assessment.assessed_on,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Grade"),
        lambda a: str(a.assessment.grade),
        tooltip=lambda a: grade_label(a.assessment.grade),
        align=CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Evidence"),
        lambda a: " ".join(a.assessment.evidence.split()),
        tooltip=lambda a: a.assessment.evidence or None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Cases"),
        lambda a: ", ".join(a.case_references),
        tooltip=lambda a: ", ".join(a.case_references) or None,
    ),
)


class AssessmentsModel(ListTableModel[AssessmentRow]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(ASSESSMENT_COLUMNS, parent=parent)


# ---------------------------------------------------------------- recent changes


TABLE_WORDS = {
    "cases": QT_TRANSLATE_NOOP("Records", "Case"),
    "people": QT_TRANSLATE_NOOP("Records", "Person"),
    "case_parties": QT_TRANSLATE_NOOP("Records", "Party"),
    "case_articles": QT_TRANSLATE_NOOP("Records", "Articles"),
    "domestic_proceedings": QT_TRANSLATE_NOOP("Records", "Proceeding"),
    "remedies": QT_TRANSLATE_NOOP("Records", "Remedy"),
    "remedy_statuses": QT_TRANSLATE_NOOP("Records", "Implementation"),
    "followup_events": QT_TRANSLATE_NOOP("Records", "Follow-up"),
    "followup_grades": QT_TRANSLATE_NOOP("Records", "Follow-up grade"),
    "deadlines": QT_TRANSLATE_NOOP("Records", "Deadline"),
    "reviews": QT_TRANSLATE_NOOP("Records", "Review"),
    "recommendations": QT_TRANSLATE_NOOP("Records", "Recommendation"),
    "recommendation_assessments": QT_TRANSLATE_NOOP("Records", "Assessment"),
    "documents": QT_TRANSLATE_NOOP("Records", "Document"),
    "shadow_reports": QT_TRANSLATE_NOOP("Records", "Shadow report"),
    "shadow_sections": QT_TRANSLATE_NOOP("Records", "Shadow report"),
    "treaty_bodies": QT_TRANSLATE_NOOP("Records", "Committee rules"),
    "": QT_TRANSLATE_NOOP("Records", "Event"),
}
"""The English word for the kind of record an audit entry is about (translated when shown)."""


def table_word(table_name: str) -> str:
    """The translated word for a table's records ("Case"); the table's name if unknown."""
    word = TABLE_WORDS.get(table_name)
    return QCoreApplication.translate("Records", word) if word is not None else table_name


def when_changed(at: datetime, now: datetime | None = None) -> str:
    """ "today 14:05" today, else "21 Nov 2026 14:05" (local time)."""
    local = at.astimezone()
    now = (now or datetime.now().astimezone()).astimezone()
    if local.date() == now.date():
        return QCoreApplication.translate("Records", "today {time}").format(time=f"{local:%H:%M}")
    return f"{short_date(local.date())} {local:%H:%M}"


def _when_tip(at: datetime) -> str:
    """ "21 November 2026, 14:05:09" (local time)."""
    local = at.astimezone()
    return f"{format_date(local.date())}, {local:%H:%M:%S}"


AUDIT_COLUMNS: tuple[Column[AuditEntryDTO], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Column", "When"),
        lambda e: when_changed(e.at),
        tooltip=lambda e: _when_tip(e.at),
        sort_value=lambda e: e.at,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Who"), lambda e: e.actor),
    Column(
        QT_TRANSLATE_NOOP("Column", "What"),
        lambda e: e.summary,
        tooltip=lambda e: f"{table_word(e.table_name)}: {e.summary}",
    ),
)


class AuditModel(ListTableModel[AuditEntryDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(AUDIT_COLUMNS, parent=parent)


# ---------------------------------------------------------------- documents


DOCUMENT_COLUMNS: tuple[Column[DocumentDTO], ...] = (
    Column(QT_TRANSLATE_NOOP("Column", "Title"), lambda d: d.title, tooltip=lambda d: d.path),
    Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda d: d.kind),
    Column(QT_TRANSLATE_NOOP("Column", "Language"), lambda d: d.language, align=CENTER),
    Column(QT_TRANSLATE_NOOP("Column", "Redacted"), lambda d: yes_no(d.redacted), align=CENTER),
    Column(
        QT_TRANSLATE_NOOP("Column", "Created"),
        lambda d: short_date(d.created_at.date()),
        sort_value=lambda d: d.created_at,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Created by"), lambda d: d.created_by),
)


class DocumentsModel(ListTableModel[DocumentDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(DOCUMENT_COLUMNS, parent=parent)
