"""The review editor: one periodic review, its recommendations and the NGO's assessments.

The review's own fields (symbols, session, dates, follow-up date, next cycle) follow the
editors' load()/save() and conflict rules (views/dialogs/record_editor.py). Below them, the
recommendations table (paragraph, theme, follow-up flag, latest NGO grade) and a detail
pane: the full text of the concern and the recommendation, and the assessments, added and
edited in a dialog; the cases an assessment cites open with a click.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, NotFoundError
from app.services.dto import (
    AssessmentDTO,
    RecommendationDTO,
    ReviewDTO,
    ReviewInput,
)
from views.case_editor.fields import (
    ChoiceBinding,
    DateBinding,
    PlainTextBinding,
    SearchChoiceBinding,
    TextBinding,
)
from views.dialogs.assessment import AssessmentDialog
from views.dialogs.record_editor import RecordEditor, confirm
from views.export_action import ExportChoice, ListExport
from views.i18n import format_date
from views.pages import view_state
from views.qtmodels.records import (
    AssessmentRow,
    AssessmentsModel,
    RecommendationsModel,
    grade_label,
)
from views.widgets import heading, muted, read_only_table, size_columns

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.exports import ExportResult, ExportService
    from app.services.listing import CaseListing
    from app.services.reference import ReferenceService
    from app.services.reviews import ReviewService

REVIEW_FIELDS = (
    "body",
    "state",
    "cycle",
    "state_report_symbol",
    "co_symbol",
    "session",
    "dialogue_start",
    "dialogue_end",
    "adopted_on",
    "followup_deadline",
    "next_loi_year",
    "next_dialogue_year",
    "notes",
)


class YearBinding(TextBinding):
    """A year, or empty."""

    def __init__(self, name: str, label: str, *, tip: str | None = None) -> None:
        super().__init__(
            name, label, placeholder=QCoreApplication.translate("YearBinding", "yyyy"), tip=tip
        )
        self.widget.setMaximumWidth(self.widget.fontMetrics().horizontalAdvance("00000") + 24)

    def value(self) -> int | None:  # type: ignore[override]
        text = self.widget.text().strip()
        if not text:
            return None
        if not text.isdigit() or len(text) != 4:
            raise self.fail(
                QCoreApplication.translate(
                    "YearBinding", "{label}: “{text}” is not a year (four digits, e.g. 2031)."
                ).format(label=self.label, text=text)
            )
        return int(text)


def review_values(review: ReviewDTO | None) -> dict[str, object]:
    if review is None:
        return {name: None for name in REVIEW_FIELDS} | {
            "body": "CCPR",
            "state": "",
            "cycle": "",
            "state_report_symbol": "",
            "session": "",
            "notes": "",
        }
    return {name: getattr(review, name) for name in REVIEW_FIELDS}


def recommendation_html(rec: RecommendationDTO) -> str:
    def para(text: str) -> str:
        lines = [_escape(line) for line in text.splitlines() if line.strip()]
        return "<br>".join(lines)

    parts = [f"<h3>¶ {rec.paragraph}. {_escape(rec.theme)}</h3>"]
    meta = []
    if rec.articles:
        meta.append(
            QCoreApplication.translate("ReviewEditor", "Articles {articles}").format(
                articles=", ".join(rec.articles)
            )
        )
    if rec.is_followup:
        meta.append(
            "<b>{}</b>".format(QCoreApplication.translate("ReviewEditor", "selected for follow-up"))
        )
    if rec.refers_to:
        meta.append(
            QCoreApplication.translate("ReviewEditor", "refers to {what}").format(
                what=_escape(rec.refers_to)
            )
        )
    meta.append(
        QCoreApplication.translate("ReviewEditor", "latest NGO grade: {grade}").format(
            grade=_escape(grade_label(rec.latest_grade))
        )
    )
    parts.append(f"<p style='color:#5f6368'>{' · '.join(meta)}</p>")
    if rec.concern_text:
        label = (
            QCoreApplication.translate("ReviewEditor", "Concern (¶ {paragraph})").format(
                paragraph=rec.concern_paragraph
            )
            if rec.concern_paragraph
            else QCoreApplication.translate("ReviewEditor", "Concern")
        )
        parts.append(f"<p><b>{label}.</b> {para(rec.concern_text)}</p>")
    if rec.recommendation_text:
        label = QCoreApplication.translate("ReviewEditor", "Recommendation")
        parts.append(f"<p><b>{label}.</b> {para(rec.recommendation_text)}</p>")
    return "".join(parts)


class ReviewEditor(RecordEditor):
    what = "review"
    settings_group = "review_editor"
    default_size = (1240, 800)

    def __init__(
        self,
        *,
        reviews: ReviewService,
        reference: ReferenceService,
        cases: CaseService,
        listing: CaseListing,
        exports: ExportService | None = None,
        review_id: int | None = None,
        on_open_case: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(record_id=review_id, parent=parent)
        self._reviews = reviews
        self._reference = reference
        self._cases = cases
        self._listing = listing
        self._exports = exports
        self._on_open_case = on_open_case
        self.assessment_dialog: AssessmentDialog | None = None
        self.setObjectName("reviewEditor")

        f = self.form
        self.body_field = ChoiceBinding("body", self.tr("Treaty body"))
        self.state_field = SearchChoiceBinding(
            "state", self.tr("State party"), what=self.tr("country")
        )
        self.cycle = TextBinding(
            "cycle", self.tr("Cycle"), placeholder=self.tr("e.g. Third periodic report")
        )
        self.report_symbol = TextBinding(
            "state_report_symbol", self.tr("State report"), placeholder=self.tr("e.g. CCPR/C/KAZ/3")
        )
        self.co_symbol = TextBinding(
            "co_symbol",
            self.tr("CO symbol"),
            optional=True,
            placeholder=self.tr("e.g. CCPR/C/KAZ/CO/3"),
            tip=self.tr("Symbol of the concluding observations"),
        )
        self.session = TextBinding("session", self.tr("Session"), placeholder=self.tr("e.g. 144"))
        self.dialogue_start = DateBinding("dialogue_start", self.tr("Dialogue from"))
        self.dialogue_end = DateBinding("dialogue_end", self.tr("Dialogue to"))
        self.adopted_on = DateBinding("adopted_on", self.tr("Adopted on"))
        self.followup_deadline = DateBinding(
            "followup_deadline",
            self.tr("Follow-up due"),
            tip=self.tr("The date by which the State must report on the follow-up recommendations"),
        )
        self.next_loi = YearBinding(
            "next_loi_year",
            self.tr("Next list of issues"),
            tip=self.tr("Year of the next list of issues (LOIPR)"),
        )
        self.next_dialogue = YearBinding("next_dialogue_year", self.tr("Next dialogue"))
        self.notes = PlainTextBinding("notes", self.tr("Notes"), lines=2)
        self.notes.widget.setMaximumHeight(self.notes.widget.fontMetrics().lineSpacing() * 3 + 14)

        for combo in (self.body_field.widget, self.state_field.widget):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        for text in (self.report_symbol, self.co_symbol):
            text.widget.setMinimumWidth(
                text.widget.fontMetrics().horizontalAdvance("CCPR/C/KAZ/CO/3") + 24
            )

        box = QGroupBox(self.tr("The review"), self.body)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(20)
        columns = (
            (self.body_field, self.state_field, self.cycle, self.session),
            (self.report_symbol, self.co_symbol, self.next_loi, self.next_dialogue),
            (self.dialogue_start, self.dialogue_end, self.adopted_on, self.followup_deadline),
        )
        for number, bindings in enumerate(columns):
            form = QFormLayout()
            form.setHorizontalSpacing(10)
            for binding in bindings:
                f.add_row(form, binding)
            grid.addLayout(form, 0, number)
        notes_form = QFormLayout()
        f.add_row(notes_form, self.notes)
        grid.addLayout(notes_form, 1, 0, 1, 3)
        for number in range(3):
            grid.setColumnStretch(number, 1)

        # Recommendations and their detail
        self.recommendations = RecommendationsModel(parent=self)
        self.rec_table = read_only_table(self.recommendations, parent=self.body)
        self.rec_table.setAccessibleName(self.tr("Recommendations"))
        self.rec_table.setTabKeyNavigation(False)
        self.rec_table.setSortingEnabled(True)
        self.rec_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        size_columns(
            self.rec_table, ("100", "Prohibition of torture", "Yes", "B", "2, 7, 9"), stretch=1
        )
        self.rec_table.selectionModel().selectionChanged.connect(self._recommendation_changed)
        self.rec_summary = muted("", parent=self.body)

        self.detail = QTextBrowser(self.body)
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Full text of the recommendation"))
        self.assessments = AssessmentsModel(parent=self)
        self.assess_table = read_only_table(self.assessments, parent=self.body)
        self.assess_table.setAccessibleName(self.tr("Assessments"))
        self.assess_table.setTabKeyNavigation(False)
        size_columns(self.assess_table, ("23 Oct 2026", "Grade", "", "KZ-CAT-433"), stretch=2)
        self.assess_table.activated.connect(self.edit_assessment)
        self.assess_table.selectionModel().selectionChanged.connect(self._assessment_changed)
        self.add_button = QPushButton(self.tr("&Add assessment…"), self.body)
        self.add_button.clicked.connect(self.add_assessment)
        self.edit_button = QPushButton(self.tr("&Edit…"), self.body)
        self.edit_button.clicked.connect(self.edit_assessment)
        self.delete_button = QPushButton(self.tr("&Delete"), self.body)
        self.delete_button.clicked.connect(self.delete_assessment)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setAutoDefault(False)
        self.cases_label = QLabel(self.body)
        self.cases_label.setWordWrap(True)
        self.cases_label.setTextFormat(Qt.TextFormat.RichText)
        self.cases_label.linkActivated.connect(self._case_link)
        self.cases_label.setAccessibleName(self.tr("Cases cited by the assessment"))

        detail_box = QWidget(self.body)
        detail = QVBoxLayout(detail_box)
        detail.setContentsMargins(0, 0, 0, 0)
        rows = self.assess_table.verticalHeader().defaultSectionSize()
        self.assess_table.setMinimumHeight(rows * 2 + 30)
        self.assess_table.setMaximumHeight(rows * 5 + 30)
        detail.addWidget(self.detail, 1)
        detail.addWidget(QLabel("<b>{}</b>".format(self.tr("NGO assessments")), detail_box))
        detail.addWidget(self.assess_table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        detail.addLayout(row)
        detail.addWidget(self.cases_label)

        list_box = QWidget(self.body)
        left = QVBoxLayout(list_box)
        left.setContentsMargins(0, 0, 0, 0)
        # Export… (views/export_action.py): the recommendations in the order shown.
        self.export = ListExport(
            parent=self,
            title=self.tr("Export the recommendations of this review"),
            file_stem="recommendations",
            writer=self._export_writer,
            notify=lambda text, level: self.message_bar.show_message(text, level),
        )
        self.export_button = self.export.button(list_box)
        self.export_button.setVisible(exports is not None)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.rec_summary, 1)
        summary_row.addWidget(self.export_button)
        left.addLayout(summary_row)
        left.addWidget(self.rec_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.body)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 640])

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = heading("", parent=self.body, size_delta=4)
        layout.addWidget(self.title_label)
        layout.addWidget(box)
        layout.addWidget(heading(self.tr("Recommendations"), parent=self.body, size_delta=2))
        layout.addWidget(self.splitter, 1)

        try:
            bodies = self._reference.bodies()
            countries = self._reference.countries()
        except DomainError as exc:
            self.message_bar.show_message(str(exc), "error")
            bodies, countries = [], []
        self.body_field.set_choices([(f"{b.code} — {b.name}", b.code) for b in bodies])
        self.state_field.set_choices([(f"{c.name} ({c.code})", c.code) for c in countries])
        self.restore_view_state()
        self.open_record()

    # ---- RecordEditor

    def fetch(self) -> ReviewDTO:
        assert self.record_id is not None
        return self._reviews.get(self.record_id)

    def values_of(self, dto: Any) -> dict[str, object]:
        return review_values(dto)

    def write(self, values: Mapping[str, object], expected_version: int | None) -> ReviewDTO:
        data = ReviewInput(**{name: values[name] for name in REVIEW_FIELDS})  # type: ignore[arg-type]
        if self.record_id is None:
            return self._reviews.create(data)
        return self._reviews.update(self.record_id, data, expected_version=expected_version)

    def record_label(self, dto: Any) -> str:
        if dto is None:
            return self.tr("New periodic review")
        symbol = dto.co_symbol or dto.state_report_symbol or dto.cycle
        return f"{symbol} — {dto.state_name or dto.state}"

    def after_load(self, dto: Any) -> None:
        self.title_label.setText(self.record_label(dto))
        self.reload_recommendations()

    def save_view_state(self) -> None:
        view_state.save_splitter(self.settings_group, "splitter", self.splitter)
        for name, table in (
            ("recommendations", self.rec_table),
            ("assessments", self.assess_table),
        ):
            view_state.save_header(self.settings_group, name, table.horizontalHeader())

    def restore_view_state(self) -> None:
        super().restore_view_state()
        view_state.restore_splitter(self.settings_group, "splitter", self.splitter)
        for name, table in (
            ("recommendations", self.rec_table),
            ("assessments", self.assess_table),
        ):
            view_state.restore_header(
                self.settings_group, name, table.horizontalHeader(), table.model().columnCount()
            )

    def _tables(self) -> tuple[tuple[str, QTableView], ...]:
        return (("recommendations", self.rec_table), ("assessments", self.assess_table))

    # ---- recommendations

    def reload_recommendations(self, *, keep: int | None = None) -> None:
        current = keep if keep is not None else self._current_recommendation_id()
        recs: list[RecommendationDTO] = []
        if self.dto is not None:
            try:
                recs = self._reviews.recommendations(self.dto.id)
            except DomainError as exc:
                self.message_bar.show_message(str(exc), "error")
        self.recommendations.set_items(recs)
        followup = sum(1 for r in recs if r.is_followup)
        graded = sum(1 for r in recs if r.latest_grade is not None)
        if self.dto is None:
            self.rec_summary.setText(
                self.tr("Save the review first; then import its recommendations.")
            )
        elif not recs:
            self.rec_summary.setText(
                self.tr(
                    "No recommendations yet: import the concluding observations "
                    "(treatydesk review import)."
                )
            )
        else:
            self.rec_summary.setText(
                self.tr(
                    "{total} recommendations; {followup} selected for follow-up; "
                    "{graded} assessed by us."
                ).format(total=len(recs), followup=followup, graded=graded)
            )
        row = 0
        if current is not None:
            for i, r in enumerate(self.recommendations.items()):
                if r.id == current:
                    row = i
        if recs:
            self.rec_table.selectRow(row)
        else:
            self._show_recommendation(None)

    def current_recommendation(self) -> RecommendationDTO | None:
        index = self.rec_table.currentIndex()
        rows = self.rec_table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        if not index.isValid():
            return None
        return self.recommendations.item(index.row())

    def _current_recommendation_id(self) -> int | None:
        rec = self.current_recommendation()
        return rec.id if rec else None

    def _recommendation_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._show_recommendation(self.current_recommendation())

    def _show_recommendation(self, rec: RecommendationDTO | None) -> None:
        self.detail.setHtml(recommendation_html(rec) if rec else "")
        rows: list[AssessmentRow] = []
        if rec is not None:
            try:
                found = self._reviews.assessments(rec.id)
            except DomainError as exc:
                self.message_bar.show_message(str(exc), "error")
                found = []
            refs = self._references(sorted({i for a in found for i in a.case_ids}))
            rows = [
                AssessmentRow(a, tuple(refs[i] for i in a.case_ids if i in refs)) for a in found
            ]
        self.assessments.set_items(rows)
        self.add_button.setEnabled(rec is not None)
        if rows:
            self.assess_table.selectRow(len(rows) - 1)  # the newest
        self._assessment_changed()

    # ---- assessments

    def current_assessment(self) -> AssessmentRow | None:
        rows = self.assess_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.assessments.item(rows[0].row())

    def _assessment_changed(self, *_args: object) -> None:
        row = self.current_assessment()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is None or not row.case_references:
            self.cases_label.setText(
                "" if row is None else self.tr("This assessment cites no case.")
            )
            return
        links = ", ".join(f"<a href='case:{ref}'>{ref}</a>" for ref in row.case_references)
        self.cases_label.setText(self.tr("Cases cited: {links}").format(links=links))

    def add_assessment(self) -> None:
        rec = self.current_recommendation()
        if rec is not None:
            self._open_assessment(rec, None)

    def edit_assessment(self) -> None:
        rec, row = self.current_recommendation(), self.current_assessment()
        if rec is not None and row is not None:
            self._open_assessment(rec, row.assessment)

    def delete_assessment(self) -> None:
        rec, row = self.current_recommendation(), self.current_assessment()
        if rec is None or row is None:
            return
        a = row.assessment

        def delete() -> None:
            try:
                self._reviews.delete_assessment(a.id, expected_version=a.version)
            except DomainError as exc:
                self.message_bar.show_message(
                    self.tr("Not deleted: {reason}").format(reason=exc), "error"
                )
            self.reload_recommendations(keep=rec.id)

        confirm(
            self,
            self.tr("Delete the assessment"),
            self.tr("Delete the assessment of ¶ {paragraph} dated {date} (grade {grade})?").format(
                paragraph=rec.paragraph, date=format_date(a.assessed_on), grade=a.grade
            ),
            self.tr("Delete"),
            delete,
        )

    def _open_assessment(self, rec: RecommendationDTO, assessment: AssessmentDTO | None) -> None:
        dialog = AssessmentDialog(
            reviews=self._reviews,
            recommendation=rec,
            assessment=assessment,
            resolve_cases=self._resolve_cases,
            references_of=lambda ids: tuple(self._references(ids)[i] for i in ids),
            today=self._reviews.today(),
            parent=self,
        )
        dialog.saved.connect(lambda _dto: self.reload_recommendations(keep=rec.id))
        self.assessment_dialog = dialog
        dialog.open()

    def _export_writer(self) -> Callable[[ExportChoice], ExportResult]:
        """On the GUI thread: this review and its recommendations in the order shown."""
        exports = self._exports
        if exports is None or self.dto is None:
            raise DomainError(self.tr("Save the review first; then export its recommendations."))
        review_id = self.dto.id
        order = [r.id for r in self.recommendations.items()]

        def write(choice: ExportChoice) -> ExportResult:
            return exports.export_recommendations(
                choice.path, review_id, order=order, fmt=choice.fmt, delimiter=choice.delimiter
            )

        return write

    def _references(self, ids: Sequence[int]) -> dict[int, str]:
        if not ids:
            return {}
        return {row.id: row.reference for row in self._listing.rows(list(ids))}

    def _resolve_cases(self, references: Sequence[str]) -> tuple[int, ...]:
        ids = []
        for reference in references:
            try:
                ids.append(self._cases.get_by_reference(reference).id)
            except NotFoundError:
                raise DomainError(
                    self.tr("There is no case with the reference “{reference}”.").format(
                        reference=reference
                    ),
                    field="case_ids",
                ) from None
        return tuple(ids)

    def _case_link(self, link: str) -> None:
        if link.startswith("case:") and self._on_open_case is not None:
            self._on_open_case(link.removeprefix("case:"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
