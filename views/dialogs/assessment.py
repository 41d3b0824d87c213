"""The NGO's assessment of one recommendation: grade A–E, date, evidence, sources, the
sub-items still open, and the cases that illustrate it.

A window-modal dialog opened with `open()`, with the editors' rules: a field that cannot be
read or that the service refuses shows its message next to it; a conflict (the assessment
was changed elsewhere) opens the ConflictDialog and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, DomainError, NotFoundError
from app.services.dto import AssessmentDTO, AssessmentInput, RecommendationDTO
from app.vocab import Grade
from views.case_editor.dialogs import ConflictDialog, MessageBar
from views.case_editor.fields import (
    ChoiceBinding,
    DateBinding,
    Form,
    PlainTextBinding,
    TextBinding,
)
from views.i18n import tr_vocab
from views.widgets import muted

if TYPE_CHECKING:
    from app.services.reviews import ReviewService

ResolveCases = Callable[[Sequence[str]], tuple[int, ...]]
"""Case references -> ids; DomainError(field="case_ids") naming a reference not found."""
ReferencesOf = Callable[[Sequence[int]], tuple[str, ...]]


def split_list(text: str) -> tuple[str, ...]:
    """ "KZ-1, KZ-2;  KZ-3" -> ("KZ-1", "KZ-2", "KZ-3")."""
    parts = text.replace(";", ",").split(",")
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


class ListBinding(TextBinding):
    """Comma-separated short items (sub-item letters, case references)."""

    def raw_of(self, value: object) -> str:
        if isinstance(value, tuple | list):
            return ", ".join(str(v) for v in value)
        return "" if value is None else str(value)

    def value(self) -> tuple[str, ...]:  # type: ignore[override]
        return split_list(self.widget.text())


class AssessmentDialog(QDialog):
    saved = Signal(object)
    """The assessment as saved (AssessmentDTO)."""

    def __init__(
        self,
        *,
        reviews: ReviewService,
        recommendation: RecommendationDTO,
        assessment: AssessmentDTO | None,
        resolve_cases: ResolveCases,
        references_of: ReferencesOf,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reviews = reviews
        self._recommendation = recommendation
        self.assessment = assessment
        self._resolve_cases = resolve_cases
        self._references_of = references_of
        self._today = today
        self.conflict_dialog: ConflictDialog | None = None
        self.setObjectName("assessmentDialog")
        if assessment is None:
            title = self.tr("New assessment of ¶ {paragraph}")
        else:
            title = self.tr("Assessment of ¶ {paragraph}")
        self.setWindowTitle(title.format(paragraph=recommendation.paragraph))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.form = Form(parent=self)
        self.grade = ChoiceBinding("grade", self.tr("Grade"), [(tr_vocab(g), g) for g in Grade])
        self.assessed_on = DateBinding("assessed_on", self.tr("Date"), required=True)
        self.evidence = PlainTextBinding(
            "evidence",
            self.tr("Evidence"),
            lines=5,
            placeholder=self.tr("What the State did or did not do"),
        )
        self.sources = PlainTextBinding(
            "sources",
            self.tr("Sources"),
            lines=2,
            placeholder=self.tr("Reports, letters, hearings"),
        )
        self.open_items = ListBinding(
            "open_sub_items",
            self.tr("Sub-items still open"),
            placeholder=self.tr("e.g. b, c"),
            tip=self.tr("The letters of the recommendation's sub-items not implemented yet"),
        )
        self.cases = ListBinding(
            "case_ids",
            self.tr("Cases"),
            placeholder=self.tr("Case references, e.g. KZ-CCPR-2137, KZ-CAT-433"),
            tip=self.tr("Cases that illustrate the assessment, by their reference"),
        )
        self.message_bar = MessageBar(parent=self)
        theme = QLabel(f"<b>¶ {recommendation.paragraph}</b> {_escape(recommendation.theme)}", self)
        theme.setWordWrap(True)
        fields = QFormLayout()
        for binding in (
            self.grade,
            self.assessed_on,
            self.evidence,
            self.sources,
            self.open_items,
            self.cases,
        ):
            self.form.add_row(fields, binding)
        fields.addRow(
            "",
            muted(
                self.tr(
                    "Grades: A largely satisfactory · B partially · C not satisfactory · "
                    "D no cooperation · E contrary to the recommendation."
                ),
                parent=self,
            ),
        )
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(theme)
        layout.addLayout(fields)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.form.load(self.values_of(assessment))

    def values_of(self, assessment: AssessmentDTO | None) -> dict[str, object]:
        if assessment is None:
            return {
                "grade": Grade.C,
                "assessed_on": self._today,
                "evidence": "",
                "sources": "",
                "open_sub_items": (),
                "case_ids": (),
            }
        return {
            "grade": assessment.grade,
            "assessed_on": assessment.assessed_on,
            "evidence": assessment.evidence,
            "sources": assessment.sources,
            "open_sub_items": assessment.open_sub_items,
            "case_ids": self._references_of(assessment.case_ids),
        }

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def save(self) -> bool:
        self.form.clear_errors()
        try:
            values = self.form.values()
            data = self._input(values)
            if self.assessment is None:
                saved = self._reviews.add_assessment(self._recommendation.id, data)
            else:
                saved = self._reviews.update_assessment(
                    self.assessment.id, data, expected_version=self.assessment.version
                )
        except ConflictError:
            self._conflict()
            return False
        except DomainError as exc:
            binding = self.form.show_error(exc.field, exc.message)
            if binding is not None:
                binding.focus()
            self.message_bar.show_message(
                self.tr("Not saved: {message}").format(message=exc.message), "error"
            )
            return False
        self.assessment = saved
        self.saved.emit(saved)
        self.accept()
        return True

    def _input(self, values: Mapping[str, object]) -> AssessmentInput:
        references = values["case_ids"]
        assert isinstance(references, tuple)
        return AssessmentInput(
            grade=values["grade"],  # type: ignore[arg-type]
            assessed_on=values["assessed_on"],  # type: ignore[arg-type]
            evidence=str(values["evidence"]),
            sources=str(values["sources"]),
            open_sub_items=values["open_sub_items"],  # type: ignore[arg-type]
            case_ids=self._resolve_cases(references),
        )

    def _conflict(self) -> None:
        assert self.assessment is not None
        try:
            fresh = next(
                (
                    a
                    for a in self._reviews.assessments(self._recommendation.id)
                    if a.id == self.assessment.id
                ),
                None,
            )
        except NotFoundError:
            fresh = None
        if fresh is None:
            self.message_bar.show_message(
                self.tr(
                    "This assessment was deleted elsewhere. Nothing was saved; what you typed is "
                    "still here."
                ),
                "error",
            )
            return
        merge = self.form.preview_merge(self.values_of(fresh))

        def reapply() -> None:
            self.assessment = fresh
            self.form.rebase(self.values_of(fresh))
            self.message_bar.show_message(
                self.tr(
                    "Reloaded as saved elsewhere, with your changes put back: check them and save."
                ),
                "warning",
            )

        self.conflict_dialog = ConflictDialog(
            what=self.tr("assessment"), merge=merge, on_reapply=reapply, parent=self
        )
        self.conflict_dialog.open()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
