"""The shadow report builder: the NGO's report on one periodic review, section by section.

A window for one review (e.g. CCPR/C/KAZ/CO/3). At the top, the reports written for it (a
new one: title, word limit, language). On the left, the report's sections in order: drag
them, or Move up / Move down (Alt+Up / Alt+Down). On the right, the section being edited:
heading, article or theme, the facts, what the State did, the recommendations of the review
it quotes (the quotation, with symbol and paragraph, is previewed), the cases that illustrate
it (their summary is shown from the record) and the NGO's numbered recommendations.

A live word count per section and for the whole report, against the report's limit (red
when over it). Each section is saved on its own with the editors' load()/save() and conflict
rules (views/dialogs/record_editor.py): a section changed elsewhere opens the ConflictDialog,
and "Reload and re-apply my changes" keeps everything typed. Switching section or moving one
saves the current section first.

"Seed sections from the review" adds the documents service's starting point (one section
per recommendation the NGO follows, with its cases). Generate section / Generate whole report
go through the documents service off the GUI thread, with a progress bar.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, DomainError, NotFoundError
from app.services.shadow import (
    MAX_WORD_LIMIT,
    MIN_WORD_LIMIT,
    SectionDTO,
    SectionInput,
    SectionWords,
    ShadowReportDTO,
    ShadowReportInput,
    WordCount,
    count_words,
)
from views.case_editor.dialogs import ConflictDialog, MessageBar
from views.case_editor.fields import Binding, Form, PlainTextBinding, TextBinding
from views.dialogs.record_editor import bring_to_front, confirm
from views.i18n import format_number
from views.widgets import heading, muted
from views.workers import run_in_background

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.documents import DocumentService
    from app.services.dto import DocumentDTO, RecommendationDTO, ReviewDTO
    from app.services.listing import CaseListing
    from app.services.reviews import ReviewService
    from app.services.shadow import ShadowReportService

OVER_LIMIT_STYLE = "color: #b3261e; font-weight: bold;"
SECTION_FIELDS = (
    "heading",
    "article",
    "theme",
    "facts",
    "state_action",
    "recommendation_ids",
    "case_ids",
    "ngo_recommendations",
)


# ---------------------------------------------------------------- list bindings


class IdListBinding(Binding):
    """Linked records (recommendations or cases), in order: a list of their labels."""

    widget: QListWidget

    def __init__(self, name: str, label: str, *, labeller: Callable[[int], str]) -> None:
        super().__init__(name, label, QListWidget())
        self._labeller = labeller
        self._slots: list[Callable[[], None]] = []
        rows = self.widget.fontMetrics().lineSpacing()
        self.widget.setMinimumHeight(rows * 3 + 12)
        self.widget.setMaximumHeight(rows * 5 + 12)

    def raw(self) -> tuple[int, ...]:
        return tuple(
            int(self.widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.widget.count())
        )

    def set_raw(self, raw: object) -> None:
        self.widget.clear()
        for record_id in raw or ():  # type: ignore[attr-defined]
            item = QListWidgetItem(self._labeller(int(record_id)))
            item.setData(Qt.ItemDataRole.UserRole, int(record_id))
            self.widget.addItem(item)
        self._changed()

    def raw_of(self, value: object) -> tuple[int, ...]:
        return tuple(value or ())  # type: ignore[arg-type]

    def display(self, raw: object) -> str:
        labels = [self._labeller(i) for i in raw or ()]  # type: ignore[attr-defined]
        return (
            "; ".join(labels) if labels else QCoreApplication.translate("ShadowBuilder", "(none)")
        )

    def value(self) -> tuple[int, ...]:
        return self.raw()

    def connect(self, slot: Callable[[], None]) -> None:
        self._slots.append(slot)

    def add(self, record_id: int) -> bool:
        if record_id in self.raw():
            return False
        self.set_raw((*self.raw(), record_id))
        return True

    def remove_current(self) -> None:
        row = self.widget.currentRow()
        if row < 0:
            return
        ids = list(self.raw())
        del ids[row]
        self.set_raw(tuple(ids))

    def _changed(self) -> None:
        for slot in self._slots:
            slot()


class NumberedListBinding(Binding):
    """The NGO's recommendations: one per row, numbered 1, 2, 3… as the document prints them."""

    widget: QTableWidget

    def __init__(self, name: str, label: str) -> None:
        table = QTableWidget(0, 1)
        table.horizontalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)
        rows = table.fontMetrics().lineSpacing()
        table.setMinimumHeight(rows * 4 + 12)
        table.setMaximumHeight(rows * 8 + 12)
        super().__init__(name, label, table)
        self._slots: list[Callable[[], None]] = []
        table.itemChanged.connect(lambda _item: self._changed())

    def raw(self) -> tuple[str, ...]:
        result = []
        for row in range(self.widget.rowCount()):
            item = self.widget.item(row, 0)
            result.append(item.text() if item is not None else "")
        return tuple(result)

    def set_raw(self, raw: object) -> None:
        self.widget.blockSignals(True)
        texts = list(raw or ())  # type: ignore[call-overload]
        self.widget.setRowCount(len(texts))
        for row, text in enumerate(texts):
            self.widget.setItem(row, 0, QTableWidgetItem(str(text)))
        self.widget.blockSignals(False)
        self._changed()

    def raw_of(self, value: object) -> tuple[str, ...]:
        return tuple(value or ())  # type: ignore[arg-type]

    def display(self, raw: object) -> str:
        items = [f"{n}. {t}" for n, t in enumerate(raw or (), start=1)]  # type: ignore[arg-type]
        return " ".join(items) if items else QCoreApplication.translate("ShadowBuilder", "(none)")

    def value(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.raw())

    def connect(self, slot: Callable[[], None]) -> None:
        self._slots.append(slot)

    def append(self, text: str = "") -> None:
        self.set_raw((*self.raw(), text))
        row = self.widget.rowCount() - 1
        self.widget.setCurrentCell(row, 0)
        if not text:
            self.widget.editItem(self.widget.item(row, 0))

    def remove_current(self) -> None:
        row = self.widget.currentRow()
        if row < 0:
            return
        texts = list(self.raw())
        del texts[row]
        self.set_raw(tuple(texts))

    def _changed(self) -> None:
        for slot in self._slots:
            slot()


# ---------------------------------------------------------------- the new-report dialog


class NewReportDialog(QDialog):
    """Title, word limit (0: none) and language of a new shadow report."""

    def __init__(
        self,
        *,
        languages: Sequence[str],
        on_accept: Callable[[str, int | None, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New shadow report"))
        self._on_accept = on_accept
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Submission for the list of issues, 2031"))
        self.word_limit = QSpinBox(self)
        self.word_limit.setRange(0, MAX_WORD_LIMIT)
        self.word_limit.setSingleStep(100)
        self.word_limit.setSpecialValueText(self.tr("No limit"))
        self.word_limit.setGroupSeparatorShown(True)
        self.word_limit.setToolTip(
            self.tr(
                "The Committee's word limit for this submission ({min} to {max}); 0 for none"
            ).format(min=format_number(MIN_WORD_LIMIT), max=format_number(MAX_WORD_LIMIT))
        )
        self.language = QComboBox(self)
        for code in languages:
            self.language.addItem(code, code)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(OVER_LIMIT_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Word limit:"), self.word_limit)
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def try_accept(self) -> None:
        limit = self.word_limit.value() or None
        language = str(self.language.currentData())
        error = None
        try:
            ok = self._on_accept(self.title.text(), limit, language)
        except DomainError as exc:
            ok, error = False, exc.message
        if ok:
            self.accept()
        elif error:
            self.error.setText(error)
            self.error.show()


# ---------------------------------------------------------------- the builder


class ShadowBuilder(QWidget):
    """The shadow report builder for one review; see the module's docstring."""

    settings_group = "shadow_builder"
    generated = Signal(object)
    """A document was generated (its DocumentDTO)."""
    closed = Signal()

    def __init__(
        self,
        *,
        shadow: ShadowReportService,
        documents: DocumentService,
        reviews: ReviewService,
        cases: CaseService,
        listing: CaseListing,
        review_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("shadowBuilder")
        self._shadow = shadow
        self._documents = documents
        self._reviews = reviews
        self._cases = cases
        self._listing = listing
        self.review_id = review_id
        self.review: ReviewDTO | None = None
        self.report: ShadowReportDTO | None = None
        self.section: SectionDTO | None = None
        self.sections: list[SectionDTO] = []
        self.recommendations: dict[int, RecommendationDTO] = {}
        self.case_labels: dict[int, str] = {}
        self._case_details: dict[int, tuple[str, str, str]] = {}  # reference, title, summary
        self.last_document: DocumentDTO | None = None
        self.job: object | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.new_report_dialog: NewReportDialog | None = None
        self._busy = False
        self._switching = False

        self.message_bar = MessageBar(parent=self)
        self.title_label = heading("", parent=self, size_delta=4)

        # Reports
        self.report_combo = QComboBox(self)
        self.report_combo.setAccessibleName(self.tr("Shadow report"))
        self.report_combo.setMinimumContentsLength(30)
        self.report_combo.currentIndexChanged.connect(self._report_chosen)
        self.new_report_button = QPushButton(self.tr("&New report…"), self)
        self.new_report_button.setToolTip(self.tr("Start a new shadow report for this review"))
        self.new_report_button.clicked.connect(self.open_new_report_dialog)
        self.report_info = muted("", parent=self)

        # Sections list
        self.section_list = QListWidget(self)
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.section_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.section_list.setWordWrap(True)
        self.section_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.section_list.currentRowChanged.connect(self._section_chosen)
        self.section_list.model().rowsMoved.connect(self._rows_dragged)
        self.add_section_button = QPushButton(self.tr("&Add section"), self)
        self.add_section_button.clicked.connect(self.add_section)
        self.delete_section_button = QPushButton(self.tr("Delete"), self)
        self.delete_section_button.clicked.connect(self.delete_section)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setToolTip(self.tr("Move the section up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setToolTip(self.tr("Move the section down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.seed_button = QPushButton(self.tr("Seed sections from the review"), self)
        self.seed_button.setToolTip(
            self.tr(
                "Add one section per recommendation we follow, with the cases that illustrate it"
            )
        )
        self.seed_button.clicked.connect(self.seed_sections)
        self.up_action = QAction(self.tr("Move section up"), self)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.triggered.connect(lambda: self.move_current(-1))
        self.down_action = QAction(self.tr("Move section down"), self)
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.down_action.triggered.connect(lambda: self.move_current(+1))
        self.save_action = QAction(self.tr("Save section"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        for action in (self.up_action, self.down_action, self.save_action, self.close_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        # The section editor
        self.form = Form(parent=self)
        self.form.changed.connect(self._form_changed)
        self.heading_field = TextBinding(
            "heading", self.tr("Heading"), placeholder=self.tr("e.g. Torture")
        )
        self.article_field = TextBinding(
            "article",
            self.tr("Article"),
            placeholder=self.tr("e.g. 7 or 2, 26"),
            tip=self.tr("Articles of the treaty"),
        )
        self.theme_field = TextBinding(
            "theme",
            self.tr("Theme"),
            placeholder=self.tr("e.g. Prohibition of torture (when no article)"),
        )
        self.facts_field = PlainTextBinding(
            "facts",
            self.tr("Facts"),
            lines=5,
            placeholder=self.tr("What happened, with dates and sources"),
        )
        self.state_field = PlainTextBinding(
            "state_action", self.tr("What the State did"), lines=2, placeholder=self.tr("Optional")
        )
        self.recs_field = IdListBinding(
            "recommendation_ids", self.tr("Recommendations quoted"), labeller=self._rec_label
        )
        self.cases_field = IdListBinding(
            "case_ids", self.tr("Cases cited"), labeller=self._case_label
        )
        self.ngo_field = NumberedListBinding("ngo_recommendations", self.tr("Our recommendations"))
        self.section_words = QLabel(self)
        self.section_words.setAccessibleName(self.tr("Words in this section"))

        self.rec_picker = QComboBox(self)
        self.rec_picker.setAccessibleName(self.tr("Recommendation to quote"))
        self.rec_picker.setMinimumContentsLength(20)
        self.link_rec_button = QPushButton(self.tr("Quote"), self)
        self.link_rec_button.clicked.connect(self._link_recommendation)
        self.unlink_rec_button = QPushButton(self.tr("Remove"), self)
        self.unlink_rec_button.clicked.connect(self.recs_field.remove_current)
        self.quote_preview = QTextBrowser(self)
        self.quote_preview.setAccessibleName(self.tr("Quotation preview"))
        self.case_picker = QComboBox(self)
        self.case_picker.setAccessibleName(self.tr("Case to cite"))
        self.case_picker.setMinimumContentsLength(20)
        self.link_case_button = QPushButton(self.tr("Cite"), self)
        self.link_case_button.clicked.connect(self._link_case)
        self.unlink_case_button = QPushButton(self.tr("Remove"), self)
        self.unlink_case_button.clicked.connect(self.cases_field.remove_current)
        self.case_preview = QTextBrowser(self)
        self.case_preview.setAccessibleName(self.tr("Summary of the cases cited"))
        self.add_ngo_button = QPushButton(self.tr("Add recommendation"), self)
        self.add_ngo_button.clicked.connect(lambda: self.ngo_field.append())
        self.remove_ngo_button = QPushButton(self.tr("Remove"), self)
        self.remove_ngo_button.clicked.connect(self.ngo_field.remove_current)
        for preview in (self.quote_preview, self.case_preview):
            rows = preview.fontMetrics().lineSpacing()
            preview.setMinimumHeight(rows * 4 + 12)
            preview.setMaximumHeight(rows * 8 + 12)

        editor = QWidget(self)
        grid = QGridLayout(editor)
        grid.setContentsMargins(0, 0, 8, 0)
        for binding in (self.heading_field, self.article_field, self.theme_field):
            self.form.add_row(grid, binding)
        self.form.add_row(grid, self.facts_field, grow=True)
        self.form.add_row(grid, self.state_field)
        grid.addWidget(self.section_words, grid.rowCount(), 1)

        recs_box = QGroupBox(self.tr("Recommendations of the review, quoted"), editor)
        rb = QVBoxLayout(recs_box)
        picker = QHBoxLayout()
        picker.addWidget(self.rec_picker, 1)
        picker.addWidget(self.link_rec_button)
        picker.addWidget(self.unlink_rec_button)
        rb.addLayout(picker)
        self.form.add(self.recs_field)
        rb.addWidget(self.recs_field.container)
        rb.addWidget(self.quote_preview)
        cases_box = QGroupBox(self.tr("Cases cited"), editor)
        cb = QVBoxLayout(cases_box)
        picker = QHBoxLayout()
        picker.addWidget(self.case_picker, 1)
        picker.addWidget(self.link_case_button)
        picker.addWidget(self.unlink_case_button)
        cb.addLayout(picker)
        self.form.add(self.cases_field)
        cb.addWidget(self.cases_field.container)
        cb.addWidget(self.case_preview)
        ngo_box = QGroupBox(self.tr("Our recommendations (numbered)"), editor)
        nb = QVBoxLayout(ngo_box)
        self.form.add(self.ngo_field)
        nb.addWidget(self.ngo_field.container)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_ngo_button)
        buttons.addWidget(self.remove_ngo_button)
        buttons.addStretch(1)
        nb.addLayout(buttons)
        links = QHBoxLayout()
        links.addWidget(recs_box, 1)
        links.addWidget(cases_box, 1)
        grid.addLayout(links, grid.rowCount(), 0, 1, 2)
        grid.addWidget(ngo_box, grid.rowCount(), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.editor_scroll = QScrollArea(self)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setWidget(editor)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("<b>Sections</b> (drag to reorder)"), left))
        lv.addWidget(self.section_list, 1)
        r1 = QHBoxLayout()
        r1.addWidget(self.add_section_button)
        r1.addWidget(self.delete_section_button)
        lv.addLayout(r1)
        r2 = QHBoxLayout()
        r2.addWidget(self.up_button)
        r2.addWidget(self.down_button)
        lv.addLayout(r2)
        lv.addWidget(self.seed_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 940])

        # Bottom: totals, generation, save
        self.total_words = QLabel(self)
        self.total_words.setAccessibleName(self.tr("Words in the report"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.generate_section_button = QPushButton(self.tr("Generate section"), self)
        self.generate_section_button.clicked.connect(lambda: self.generate(whole=False))
        self.generate_report_button = QPushButton(self.tr("&Generate whole report"), self)
        self.generate_report_button.clicked.connect(lambda: self.generate(whole=True))
        self.save_button = QPushButton(self.tr("&Save section"), self)
        self.save_button.setToolTip(self.tr("Save this section (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setToolTip(self.tr("Forget the changes and show the section as saved"))
        self.revert_button.clicked.connect(self.revert)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Report:"), self))
        top.itemAt(0).widget().setBuddy(self.report_combo)  # type: ignore[union-attr]
        top.addWidget(self.report_combo, 1)
        top.addWidget(self.new_report_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_words, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.generate_section_button)
        bottom.addWidget(self.generate_report_button)
        bottom.addSpacing(16)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.message_bar)
        layout.addLayout(top)
        layout.addWidget(self.report_info)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.resize(1240, 800)

        self._load_review()

    # ------------------------------------------------------------ loading

    def _load_review(self) -> None:
        try:
            self.review = self._reviews.get(self.review_id)
            recs = self._reviews.recommendations(self.review_id)
            rows = self._listing.all_rows()
        except DomainError as exc:
            self.message_bar.show_message(str(exc), "error")
            self._update_state()
            return
        symbol = self.review.co_symbol or self.review.cycle
        self.title_label.setText(
            self.tr("Shadow report — {symbol} — {state}").format(
                symbol=symbol, state=self.review.state_name
            )
        )
        self.setWindowTitle(
            self.tr("Shadow report — {symbol}").format(symbol=symbol) + "[*] — TreatyDesk"
        )
        self.recommendations = {r.id: r for r in recs}
        self.rec_picker.clear()
        for rec in sorted(recs, key=lambda r: r.paragraph):
            self.rec_picker.addItem(
                self.tr("para. {paragraph} — {theme}").format(
                    paragraph=rec.paragraph, theme=rec.theme
                ),
                rec.id,
            )
        self.case_labels = {r.id: f"{r.reference} — {r.title}" for r in rows}
        self.case_picker.clear()
        for r in rows:
            self.case_picker.addItem(self.case_labels[r.id], r.id)
        self.reload_reports()

    def reload_reports(self, *, keep: int | None = None) -> None:
        reports = self._shadow.list(self.review_id)
        keep = keep if keep is not None else (self.report.id if self.report else None)
        self.report_combo.blockSignals(True)
        self.report_combo.clear()
        for report in reports:
            self.report_combo.addItem(report.title, report.id)
        index = self.report_combo.findData(keep) if keep is not None else -1
        self.report_combo.setCurrentIndex(index if index >= 0 else (0 if reports else -1))
        self.report_combo.blockSignals(False)
        self._report_chosen()

    def _report_chosen(self, *_args: object) -> None:
        report_id = self.report_combo.currentData()
        self.report = self._shadow.get(int(report_id)) if report_id is not None else None
        self.reload_sections()

    def reload_sections(self, *, keep: int | None = None) -> None:
        """The report's sections from the service; select `keep` (or the current one)."""
        if self.report is not None:
            self.report = self._shadow.get(self.report.id)
            self.sections = self._shadow.sections(self.report.id)
        else:
            self.sections = []
        keep = keep if keep is not None else (self.section.id if self.section else None)
        self._switching = True
        self.section_list.clear()
        for dto in self.sections:
            item = QListWidgetItem(self._section_title(dto))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, dto.id)
            self.section_list.addItem(item)
        ids = [d.id for d in self.sections]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.section_list.setCurrentRow(row)
        self._switching = False
        self.load_section(self.sections[row] if row >= 0 else None)

    def load_section(self, dto: SectionDTO | None) -> None:
        """Show a section as saved: it becomes the base of the dirty check."""
        self.section = dto
        self.form.clear_errors()
        self.form.load(_section_values(dto))
        self._update_state()

    # ------------------------------------------------------------ reports

    def open_new_report_dialog(self) -> NewReportDialog:
        self.new_report_dialog = NewReportDialog(
            languages=self._documents.languages(), on_accept=self.create_report, parent=self
        )
        self.new_report_dialog.open()
        return self.new_report_dialog

    def create_report(self, title: str, word_limit: int | None, language: str) -> bool:
        """Create a report for the review and show it; DomainError if it cannot be."""
        if not self._save_if_dirty():
            return False
        report = self._shadow.create(
            ShadowReportInput(
                review_id=self.review_id, title=title, word_limit=word_limit, language=language
            )
        )
        self.section = None
        self.reload_reports(keep=report.id)
        self.message_bar.show_message(
            self.tr("Created the report “{title}”.").format(title=report.title), "success"
        )
        return True

    # ------------------------------------------------------------ sections

    def add_section(self) -> SectionDTO | None:
        if self.report is None or not self._save_if_dirty():
            return None
        try:
            dto = self._shadow.add_section(
                self.report.id, SectionInput(heading=self.tr("New section"))
            )
        except DomainError as exc:
            self.message_bar.show_message(str(exc), "error")
            return None
        self.reload_sections(keep=dto.id)
        self.heading_field.widget.setFocus()
        self.heading_field.widget.selectAll()
        return dto

    def delete_section(self) -> None:
        section = self.section
        if section is None:
            return

        def delete() -> None:
            try:
                self._shadow.delete_section(section.id, expected_version=section.version)
            except ConflictError:
                self.message_bar.show_message(
                    self.tr(
                        "This section was changed elsewhere: it was not deleted. Look at it again."
                    ),
                    "warning",
                )
                return
            except DomainError as exc:
                self.message_bar.show_message(str(exc), "error")
                return
            self.section = None
            self.reload_sections()
            self.message_bar.show_message(
                self.tr("Deleted the section “{heading}”.").format(heading=section.heading), "info"
            )

        confirm(
            self,
            self.tr("Delete section"),
            self.tr("Delete the section “{heading}” and everything written in it?").format(
                heading=section.heading
            ),
            self.tr("Delete"),
            delete,
        )

    def seed_sections(self) -> int:
        """Add the documents service's starting sections; returns how many were added."""
        if self.report is None or not self._save_if_dirty():
            return 0
        try:
            seeds = self._documents.default_sections(self.review_id)
            added = [
                self._shadow.add_section(
                    self.report.id,
                    SectionInput(
                        heading=seed.heading,
                        article=seed.article,
                        facts=seed.facts,
                        state_action=seed.state_action,
                        ngo_recommendations=seed.ngo_recommendations,
                        recommendation_ids=seed.recommendation_ids,
                        case_ids=seed.case_ids,
                        include_state_record=seed.include_state_record,
                    ),
                )
                for seed in seeds
            ]
        except DomainError as exc:
            self.reload_sections()
            self.message_bar.show_message(str(exc), "error")
            return 0
        self.reload_sections(keep=added[0].id if added else None)
        if len(added) == 1:
            text = self.tr(
                "Added 1 section from the review: write the facts and our recommendations in each."
            )
        else:
            text = self.tr(
                "Added {n} sections from the review: write the facts and our recommendations in "
                "each."
            ).format(n=len(added))
        self.message_bar.show_message(text, "success")
        return len(added)

    def move_current(self, step: int) -> None:
        """Move the current section up (-1) or down (+1)."""
        if self.section is None or self.report is None or not self._save_if_dirty():
            return
        assert self.section is not None
        target = self.section.position + step
        if not 1 <= target <= len(self.sections):
            return
        try:
            self._shadow.move_section(self.section.id, target, expected_version=self.report.version)
        except ConflictError:
            self._order_conflict()
            return
        except DomainError as exc:
            self.message_bar.show_message(str(exc), "error")
            return
        self.reload_sections(keep=self.section.id)

    def _rows_dragged(self, *_args: object) -> None:
        if self._switching or self.report is None:
            return
        ids = [
            int(self.section_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.section_list.count())
        ]
        if ids == [d.id for d in self.sections]:
            return
        keep = self.section.id if self.section else None
        if not self._save_if_dirty():
            self.reload_sections(keep=keep)
            return
        try:
            self._shadow.reorder(self.report.id, ids, expected_version=self.report.version)
        except ConflictError:
            self._order_conflict()
            return
        except DomainError as exc:
            self.message_bar.show_message(str(exc), "error")
        self.reload_sections(keep=keep)

    def _order_conflict(self) -> None:
        self.reload_sections()
        self.message_bar.show_message(
            self.tr(
                "The sections of this report were changed elsewhere: they are shown as saved now. "
                "Move the section again if you still want to."
            ),
            "warning",
        )

    def _section_chosen(self, row: int) -> None:
        if self._switching:
            return
        if row < 0 or row >= len(self.sections):
            self.load_section(None)
            return
        if self.section is not None and self.sections[row].id == self.section.id:
            return
        if not self._save_if_dirty():
            # Stay on the section that could not be saved (its problem is shown).
            self._switching = True
            ids = [d.id for d in self.sections]
            self.section_list.setCurrentRow(ids.index(self.section.id) if self.section else -1)
            self._switching = False
            return
        wanted = self.sections[row].id
        self.reload_sections(keep=wanted)

    # ------------------------------------------------------------ save / conflicts

    def is_dirty(self) -> bool:
        return self.section is not None and self.form.is_dirty()

    def _save_if_dirty(self) -> bool:
        return self.save() if self.is_dirty() else True

    def save(self) -> bool:
        """Save the current section; False (with the reason shown) if it was not saved."""
        if self.section is None:
            return True
        self.form.clear_errors()
        try:
            values = self.form.values()
            data = _section_input(values, self.section)
        except DomainError as exc:
            self._show_error(exc)
            return False
        try:
            dto = self._shadow.update_section(
                self.section.id, data, expected_version=self.section.version
            )
        except ConflictError:
            self.on_conflict()
            return False
        except NotFoundError:
            self.message_bar.show_message(
                self.tr(
                    "This section was deleted elsewhere while you were editing it. Nothing was "
                    "saved; what you typed is still here, so you can copy what you need."
                ),
                "error",
            )
            return False
        except DomainError as exc:
            self._show_error(exc)
            return False
        self.sections = [dto if d.id == dto.id else d for d in self.sections]
        item = self.section_list.item(dto.position - 1)
        if item is not None:
            item.setText(self._section_title(dto))
        self.load_section(dto)
        self.message_bar.show_message(
            self.tr("Saved the section “{heading}”.").format(heading=dto.heading), "success"
        )
        return True

    def revert(self) -> None:
        if self.section is None:
            return
        try:
            self.load_section(self._shadow.get_section(self.section.id))
        except NotFoundError as exc:
            self.message_bar.show_message(str(exc), "error")
            return
        self.message_bar.hide()

    def _show_error(self, error: DomainError) -> None:
        binding = self.form.show_error(error.field, error.message)
        if binding is not None:
            binding.focus()
        self.message_bar.show_message(
            self.tr("Not saved: {message}").format(message=error.message), "error"
        )

    def on_conflict(self) -> None:
        assert self.section is not None
        try:
            fresh = self._shadow.get_section(self.section.id)
        except NotFoundError:
            self.message_bar.show_message(
                self.tr(
                    "This section was deleted elsewhere while you were editing it. Nothing was "
                    "saved; what you typed is still here, so you can copy what you need."
                ),
                "error",
            )
            return
        merge = self.form.preview_merge(_section_values(fresh))
        self.conflict_dialog = ConflictDialog(
            what=self.tr("section"),
            merge=merge,
            on_reapply=lambda: self.reapply(fresh),
            parent=self,
        )
        self.conflict_dialog.open()

    def reapply(self, fresh: SectionDTO) -> None:
        """Take the section as saved now and put the user's changes back on top."""
        self.section = fresh
        merge = self.form.rebase(_section_values(fresh))
        self._update_state()
        both = ", ".join(merge.both_labels)
        text = self.tr(
            "Reloaded as saved elsewhere, with your changes put back: check them and save."
        )
        if both:
            text += " " + self.tr("Changed on both sides (your value kept): {fields}.").format(
                fields=both
            )
        self.message_bar.show_message(text, "warning")

    # ------------------------------------------------------------ links

    def link_recommendation(self, recommendation_id: int) -> None:
        if self.section is not None:
            self.recs_field.add(recommendation_id)

    def link_case(self, case_id: int) -> None:
        if self.section is not None:
            self.cases_field.add(case_id)

    def _link_recommendation(self) -> None:
        value = self.rec_picker.currentData()
        if value is not None:
            self.link_recommendation(int(value))

    def _link_case(self) -> None:
        value = self.case_picker.currentData()
        if value is not None:
            self.link_case(int(value))

    def _rec_label(self, rec_id: int) -> str:
        rec = self.recommendations.get(rec_id)
        if rec is None:
            return self.tr("Recommendation #{id} (not of this review)").format(id=rec_id)
        return self.tr("{symbol}, para. {paragraph} — {theme}").format(
            symbol=self._symbol(), paragraph=rec.paragraph, theme=rec.theme
        )

    def _case_label(self, case_id: int) -> str:
        return self.case_labels.get(case_id) or self.tr("Case #{id}").format(id=case_id)

    def _symbol(self) -> str:
        if self.review is None:
            return ""
        return self.review.co_symbol or self.review.cycle

    def quote_text(self, rec_id: int) -> str:
        """The quotation as the report prints it: symbol, paragraph and the recommendation."""
        rec = self.recommendations.get(rec_id)
        if rec is None:
            return ""
        return self.tr("{symbol}, para. {paragraph}: “{text}”").format(
            symbol=self._symbol(),
            paragraph=rec.paragraph,
            text=rec.recommendation_text.strip(),
        )

    def _case_detail(self, case_id: int) -> tuple[str, str, str]:
        if case_id not in self._case_details:
            try:
                case = self._cases.get(case_id)
                self._case_details[case_id] = (case.reference, case.title, case.summary or "")
            except DomainError:
                self._case_details[case_id] = (
                    self.tr("Case #{id}").format(id=case_id),
                    self.tr("(deleted)"),
                    "",
                )
        return self._case_details[case_id]

    # ------------------------------------------------------------ live state

    def _form_changed(self) -> None:
        self._update_previews()
        self._update_words()
        self.setWindowModified(self.is_dirty())

    def _update_state(self) -> None:
        has_report = self.report is not None
        has_section = self.section is not None
        self.form.set_enabled(has_section)
        for w in (
            self.rec_picker,
            self.link_rec_button,
            self.unlink_rec_button,
            self.case_picker,
            self.link_case_button,
            self.unlink_case_button,
            self.add_ngo_button,
            self.remove_ngo_button,
            self.save_button,
            self.revert_button,
            self.delete_section_button,
            self.generate_section_button,
        ):
            w.setEnabled(has_section and not self._busy)
        row = self.section.position if self.section else 0
        self.up_button.setEnabled(has_section and row > 1)
        self.down_button.setEnabled(has_section and row < len(self.sections))
        for w in (self.add_section_button, self.seed_button):
            w.setEnabled(has_report and not self._busy)
        self.generate_report_button.setEnabled(
            has_report and bool(self.sections) and not self._busy
        )
        if self.report is not None:
            if self.report.word_limit:
                limit = self.tr("word limit {limit}").format(
                    limit=format_number(self.report.word_limit)
                )
            else:
                limit = self.tr("no word limit")
            language = self.tr("language {code}").format(code=self.report.language)
            n = len(self.sections)
            sections = self.tr("1 section") if n == 1 else self.tr("{n} sections").format(n=n)
            self.report_info.setText(
                f"{self.report.review_label} · {limit} · {language} · {sections}"
            )
        else:
            self.report_info.setText(
                self.tr("No shadow report for this review yet: “New report…” starts one.")
            )
        self._form_changed()

    def _update_previews(self) -> None:
        quotes = [self.quote_text(i) for i in self.recs_field.raw()]
        nothing_quoted = html.escape(self.tr("No recommendation quoted."))
        self.quote_preview.setHtml(
            "".join(f"<p>{html.escape(q)}</p>" for q in quotes if q)
            or f"<p style='color:#5f6368'>{nothing_quoted}</p>"
        )
        no_summary = html.escape(self.tr("No summary in the record."))
        parts = []
        for case_id in self.cases_field.raw():
            reference, title, summary = self._case_detail(case_id)
            parts.append(
                f"<p><b>{html.escape(reference)}</b> — {html.escape(title)}<br>"
                f"{html.escape(summary) or f'<i>{no_summary}</i>'}</p>"
            )
        nothing_cited = html.escape(self.tr("No case cited."))
        self.case_preview.setHtml("".join(parts) or f"<p style='color:#5f6368'>{nothing_cited}</p>")

    def live_section_words(self) -> SectionWords | None:
        """The current section's words as typed now (not yet saved)."""
        if self.section is None:
            return None
        own = (
            count_words(self.heading_field.raw())
            + count_words(self.facts_field.raw())
            + count_words(self.state_field.raw())
            + sum(count_words(t) for t in self.ngo_field.raw())
        )
        quoted = sum(
            count_words(self.recommendations[r].recommendation_text)
            for r in self.recs_field.raw()
            if r in self.recommendations
        )
        cases = 0
        for case_id in self.cases_field.raw():
            _reference, title, summary = self._case_detail(case_id)
            cases += count_words(title) + count_words(summary)
        return SectionWords(
            section_id=self.section.id,
            position=self.section.position,
            heading=self.heading_field.raw(),
            own=own,
            quoted=quoted,
            cases=cases,
        )

    def live_word_count(self) -> WordCount | None:
        """The report's words, with the current section as typed now."""
        if self.report is None:
            return None
        live = self.live_section_words()
        sections = tuple(
            live if live is not None and d.id == live.section_id else d.words for d in self.sections
        )
        return WordCount(
            report_id=self.report.id,
            sections=sections,
            total=sum(s.total for s in sections),
            limit=self.report.word_limit,
        )

    def _update_words(self) -> None:
        live = self.live_section_words()
        if live is None:
            self.section_words.setText("")
        else:
            self.section_words.setText(
                self.tr(
                    "This section: {total} words ({own} written, {quoted} quoted, {cases} on "
                    "the cases)."
                ).format(
                    total=format_number(live.total),
                    own=format_number(live.own),
                    quoted=format_number(live.quoted),
                    cases=format_number(live.cases),
                )
            )
        count = self.live_word_count()
        if count is None:
            self.total_words.setText("")
            self.total_words.setStyleSheet("")
            return
        sentence = count.sentence()
        if count.over_limit:
            self.total_words.setText(
                "⚠ "
                + self.tr("Report: {count} Shorten it before submitting.").format(count=sentence)
            )
            self.total_words.setStyleSheet(OVER_LIMIT_STYLE)
        else:
            self.total_words.setText(self.tr("Report: {count}").format(count=sentence))
            self.total_words.setStyleSheet("")

    def is_over_limit(self) -> bool:
        count = self.live_word_count()
        return count is not None and count.over_limit

    # ------------------------------------------------------------ generation

    def generate(self, *, whole: bool) -> bool:
        """Generate the section or the whole report in the background; False if not started."""
        if self.report is None or self._busy or not self._save_if_dirty():
            return False
        section_id = None if whole else (self.section.id if self.section else None)
        if not whole and section_id is None:
            return False
        try:
            request = self._shadow.generate_request(self.report.id, section_id=section_id)
        except DomainError as exc:
            self.message_bar.show_message(str(exc), "error")
            return False
        documents = self._documents
        self._busy = True
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Starting…"))
        self.progress.show()
        self._update_state()
        self.job = run_in_background(
            lambda progress: documents.generate(request, progress),
            on_finished=self._generated,
            on_failed=self._generation_failed,
            on_crashed=self._generation_crashed,
            on_progress=self._progress,
        )
        return True

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"{text} — %p%" if text else "%p%")

    def _generation_done(self) -> None:
        self._busy = False
        self.job = None
        self.progress.hide()
        self._update_state()

    def _generated(self, dto: DocumentDTO) -> None:
        self._generation_done()
        self.last_document = dto
        self.message_bar.show_message(
            self.tr(
                "Generated “{title}”: it is in the documents folder and in the review's documents."
            ).format(title=dto.title),
            "success",
        )
        self.generated.emit(dto)

    def _generation_failed(self, message: str) -> None:
        self._generation_done()
        self.message_bar.show_message(
            self.tr("Not generated: {message}").format(message=message), "error"
        )

    def _generation_crashed(self, _traceback: str) -> None:
        self._generation_done()
        self.message_bar.show_message(
            self.tr(
                "The document could not be generated because of a fault in TreatyDesk (it is in "
                "the log). Nothing was saved; your sections are safe."
            ),
            "error",
        )

    # ------------------------------------------------------------ helpers / closing

    def _section_title(self, dto: SectionDTO) -> str:
        if dto.article:
            where = self.tr("Art. {article}").format(article=dto.article)
        else:
            where = dto.theme or ""
        suffix = f" ({where})" if where and where != dto.heading else ""
        words = self.tr("{n} words").format(n=format_number(dto.words.total))
        return f"§{dto.position}. {dto.heading}{suffix} — {words}"

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            self.message_bar.show_message(
                self.tr("A document is being generated: wait for it to finish before closing."),
                "warning",
            )
            return
        if self.is_dirty() and not self.save():
            event.ignore()
            return
        super().closeEvent(event)
        self.closed.emit()

    def show_front(self) -> None:
        bring_to_front(self)

    def section_rect(self, row: int) -> QPoint:
        """Centre of a row of the sections list (for drag-and-drop in tests)."""
        return self.section_list.visualItemRect(self.section_list.item(row)).center()


def _section_values(dto: SectionDTO | None) -> dict[str, object]:
    if dto is None:
        return {
            "heading": "",
            "article": "",
            "theme": "",
            "facts": "",
            "state_action": "",
            "recommendation_ids": (),
            "case_ids": (),
            "ngo_recommendations": (),
        }
    return {name: getattr(dto, name) for name in SECTION_FIELDS}


def _section_input(values: Mapping[str, Any], current: SectionDTO) -> SectionInput:
    return SectionInput(
        heading=values["heading"] or "",
        article=values["article"] or "",
        theme=values["theme"] or "",
        facts=values["facts"] or "",
        state_action=values["state_action"] or "",
        ngo_recommendations=tuple(values["ngo_recommendations"]),
        recommendation_ids=tuple(values["recommendation_ids"]),
        case_ids=tuple(values["case_ids"]),
        include_state_record=current.include_state_record,
    )
