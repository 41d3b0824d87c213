"""The kinds of document TreatyDesk writes, and what each is written about."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import DomainError

CASE = "case"
REVIEW = "review"
CASES = "cases"


@dataclass(frozen=True)
class KindInfo:
    """One kind of document: its key (used in file and template names), format and subject.

    `subject` says what it is generated from: one case ("case"), a periodic review
    ("review") or a set of cases from the cases list ("cases").
    """

    key: str
    label: str
    label_ru: str
    format: str  # "docx" or "pdf"
    subject: str
    description: str

    @property
    def uses_templates(self) -> bool:
        """DOCX kinds are filled into editable templates; PDF kinds have a fixed layout."""
        return self.format == "docx"

    @property
    def extension(self) -> str:
        return f".{self.format}"

    def label_in(self, lang: str) -> str:
        return self.label_ru if lang == "ru" else self.label


KINDS: dict[str, KindInfo] = {
    k.key: k
    for k in (
        KindInfo(
            "followup_letter",
            "Follow-up letter to the Committee",
            "Письмо Комитету о последующих мерах",
            "docx",
            CASE,
            "The author's comments on the State party's follow-up information: the decision, "
            "each remedy, what the State did per remedy and per victim, the latest grade and "
            "the request to the Committee.",
        ),
        KindInfo(
            "state_letter",
            "Letter to a State authority",
            "Письмо государственному органу",
            "docx",
            CASE,
            "A letter asking a State authority to implement the decision: the decision, the "
            "measures still outstanding and a date for the reply.",
        ),
        KindInfo(
            "shadow_section",
            "Shadow-report section",
            "Раздел альтернативного доклада",
            "docx",
            REVIEW,
            "One section of an alternative report on an article or theme: facts, the "
            "Committee's earlier recommendation, what the State did, the cases that show it, "
            "and recommendations.",
        ),
        KindInfo(
            "shadow_report",
            "Shadow report",
            "Альтернативный доклад",
            "docx",
            REVIEW,
            "A whole alternative report: cover page, contents, the sections in order and "
            "notes citing the documents.",
        ),
        KindInfo(
            "status_summary",
            "Status summary (one case)",
            "Справка о состоянии дела",
            "pdf",
            CASE,
            "One case on one page for a hearing: stage, key dates, next deadline, remedies "
            "with their status and latest grade, victims.",
        ),
        KindInfo(
            "portfolio",
            "Portfolio summary",
            "Сводка по делам",
            "pdf",
            CASES,
            "A table of the chosen cases with a chart of how their remedies are implemented.",
        ),
    )
}


def kind_info(key: str) -> KindInfo:
    found = KINDS.get((key or "").strip().lower())
    if found is None:
        raise DomainError(
            f"“{key}” is not a kind of document TreatyDesk writes. Kinds: {', '.join(KINDS)}.",
            field="kind",
        )
    return found
