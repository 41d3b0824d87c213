"""Column sets of the small read-only lists: people, periodic reviews, documents."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.services.dto import DocumentDTO, PersonDTO, ReviewDTO
from views.qtmodels.table_model import CENTER, Column, ListTableModel, short_date, yes_no


def _nationality(p: PersonDTO) -> str:
    return p.nationality_name or p.nationality or ""


def _consent_tip(p: PersonDTO) -> str:
    if p.consent_to_be_named:
        return "May be named in documents."
    shown = p.public_name
    return f"Not to be named: documents show “{shown}”."


PEOPLE_COLUMNS: tuple[Column[PersonDTO], ...] = (
    Column("Full name", lambda p: p.full_name, tooltip=lambda p: p.original_script_name or None),
    Column(
        "Pseudonym",
        lambda p: p.pseudonym,
        header_tip="The name or initials documents use when the person may not be named",
    ),
    Column("Nationality", _nationality),
    Column(
        "Consent to be named",
        lambda p: yes_no(p.consent_to_be_named),
        tooltip=_consent_tip,
        align=CENTER,
    ),
)


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
    Column("Adopted", lambda r: short_date(r.adopted_on)),
    Column("Follow-up due", lambda r: short_date(r.followup_deadline)),
)


DOCUMENT_COLUMNS: tuple[Column[DocumentDTO], ...] = (
    Column("Title", lambda d: d.title, tooltip=lambda d: d.path),
    Column("Kind", lambda d: d.kind),
    Column("Language", lambda d: d.language, align=CENTER),
    Column("Redacted", lambda d: yes_no(d.redacted), align=CENTER),
    Column("Created", lambda d: short_date(d.created_at.date())),
    Column("Created by", lambda d: d.created_by),
)


class PeopleModel(ListTableModel[PersonDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(PEOPLE_COLUMNS, parent=parent)


class ReviewsModel(ListTableModel[ReviewDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(REVIEW_COLUMNS, parent=parent)


class DocumentsModel(ListTableModel[DocumentDTO]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(DOCUMENT_COLUMNS, parent=parent)
