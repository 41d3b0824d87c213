"""Tab 5, Decision and remedies: outcome, articles invoked and violated, the remedies ordered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.dto import ArticleDTO, CaseArticleInput, CaseDTO, RemedyDTO, RemedyInput
from app.vocab import ArticleRelation, Grade, RemedyKind, RemedyScope
from views.case_editor.base import (
    DraftModel,
    EditorHost,
    EditorTab,
    Getter,
    RecordList,
    button,
    note,
)
from views.case_editor.fields import (
    Binding,
    ChoiceBinding,
    Form,
    Merge,
    PlainTextBinding,
    form_grid,
)
from views.case_editor.overview import OverviewTab, case_values
from views.i18n import QT_TRANSLATE_NOOP, format_date, tr_vocab
from views.qtmodels.table_model import CENTER, Column, ListTableModel, RowStyle
from views.widgets import read_only_table

RELATION_TITLES = {
    ArticleRelation.INVOKED: QT_TRANSLATE_NOOP("DecisionTab", "Articles invoked"),
    ArticleRelation.VIOLATED: QT_TRANSLATE_NOOP("DecisionTab", "Articles found violated"),
}


def relation_title(relation: ArticleRelation) -> str:
    """ "Articles invoked" / "Articles found violated", in the interface language."""
    return QCoreApplication.translate("DecisionTab", RELATION_TITLES[relation])


@dataclass(frozen=True)
class ArticleRow:
    number: str
    paragraph: str
    title: str

    @property
    def label(self) -> str:
        return QCoreApplication.translate("DecisionTab", "Art. {number}").format(
            number=f"{self.number}{self.paragraph}"
        )


ARTICLE_COLUMNS: tuple[Column[ArticleRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Column", "Article"), lambda a: a.label),
    Column(
        QT_TRANSLATE_NOOP("Column", "Title"),
        lambda a: a.title,
        tooltip=lambda a: a.title,
    ),
)


class ArticlesEditor(QWidget):
    """The articles of one relation: a list, and a picker of the body's articles with titles."""

    def __init__(self, relation: ArticleRelation, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relation = relation
        self._titles: dict[str, str] = {}
        self._rows: list[tuple[str, str]] = []
        self._listeners: list[Callable[[], None]] = []
        self.model: ListTableModel[ArticleRow] = ListTableModel(ARTICLE_COLUMNS, parent=self)
        self.table = read_only_table(self.model, parent=self)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(
            self.tr("Article to add to {list}").format(list=relation_title(relation).lower())
        )
        self.picker.setMinimumContentsLength(24)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.paragraph = QLineEdit(self)
        self.paragraph.setPlaceholderText("(3)(b)")
        self.paragraph.setToolTip(
            self.tr("Paragraph and sub-paragraph, e.g. (1) or (3)(b); optional")
        )
        self.paragraph.setAccessibleName(self.tr("Paragraph"))
        self.paragraph.setMaximumWidth(90)
        self.paragraph.returnPressed.connect(self.add_current)
        self.add_button = button(
            self.tr("Add"), self.add_current, tip=self.tr("Add the article chosen")
        )
        self.remove_button = button(
            self.tr("Remove"), self.remove_selected, tip=self.tr("Remove the selected article")
        )
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.paragraph)
        picker_row.addWidget(self.add_button)
        picker_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(picker_row)

    def set_catalog(self, articles: Sequence[ArticleDTO]) -> None:
        self._titles = {a.number: a.title for a in articles}
        with QSignalBlocker(self.picker):
            self.picker.clear()
            for a in articles:
                self.picker.addItem(
                    self.tr("Art. {number} — {title}").format(number=a.number, title=a.title),
                    a.number,
                )
        self._refresh()

    def rows(self) -> tuple[tuple[str, str], ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        self._rows = [tuple(r) for r in rows]  # type: ignore[misc]
        self._refresh()
        self._notify()

    def add_current(self) -> None:
        number = self.picker.currentData()
        if number is None:
            return
        paragraph = "".join(self.paragraph.text().split())
        if (number, paragraph) not in self._rows:
            self._rows.append((number, paragraph))
            self._rows.sort(key=lambda r: (_article_order(r[0]), r[1]))
        self.paragraph.clear()
        self._refresh()
        self._notify()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for row in rows:
            if 0 <= row < len(self._rows):
                del self._rows[row]
        self._refresh()
        self._notify()

    def on_change(self, slot: Callable[[], None]) -> None:
        self._listeners.append(slot)

    def _refresh(self) -> None:
        self.model.set_items(
            [
                ArticleRow(n, p, self._titles.get(n, self.tr("not an article of this treaty")))
                for n, p in self._rows
            ]
        )

    def _notify(self) -> None:
        for slot in self._listeners:
            slot()


def _article_order(number: str) -> tuple[int, str]:
    digits = "".join(ch for ch in number if ch.isdigit())
    return (int(digits) if digits else 10_000, number)


class ArticlesBinding(Binding):
    widget: ArticlesEditor

    def __init__(self, relation: ArticleRelation) -> None:
        super().__init__(
            f"articles_{relation.value}", relation_title(relation), ArticlesEditor(relation)
        )
        self.relation = relation

    def raw(self) -> tuple[tuple[str, str], ...]:
        return self.widget.rows()

    def set_raw(self, raw: object) -> None:
        self.widget.set_rows(raw if isinstance(raw, tuple | list) else ())

    def raw_of(self, value: object) -> tuple[tuple[str, str], ...]:
        return tuple(value) if isinstance(value, tuple | list) else ()

    def display(self, raw: object) -> str:
        rows = raw if isinstance(raw, tuple | list) else ()
        return ", ".join(f"{n}{p}" for n, p in rows) or QCoreApplication.translate(
            "DecisionTab", "(none)"
        )

    def value(self) -> tuple[CaseArticleInput, ...]:
        return tuple(CaseArticleInput(n, self.relation, p) for n, p in self.widget.rows())

    def focus(self) -> None:
        self.widget.picker.setFocus()

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.on_change(slot)


def mirror(source: QComboBox, copy: QComboBox) -> None:
    """`copy` shows the same list as `source` and follows it both ways."""
    copy.clear()
    for i in range(source.count()):
        copy.addItem(source.itemText(i))
    copy.setCurrentIndex(source.currentIndex())

    def to_copy(index: int) -> None:
        with QSignalBlocker(copy):
            copy.setCurrentIndex(index)

    source.currentIndexChanged.connect(to_copy)
    copy.currentIndexChanged.connect(source.setCurrentIndex)


# ---------------------------------------------------------------- remedies


def remedy_title(r: RemedyDTO) -> str:
    return tr_vocab(r.kind)


@dataclass(frozen=True)
class DecisionData:
    articles: tuple[Any, ...]
    catalog: tuple[ArticleDTO, ...]
    remedies: tuple[RemedyDTO, ...]
    grades: dict[int, Grade]


class DecisionTab(EditorTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Decision and remedies")
    needs_case = False

    def __init__(
        self, *, host: EditorHost, overview: OverviewTab, parent: QWidget | None = None
    ) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self.overview = overview
        self._catalogs: dict[str, tuple[ArticleDTO, ...]] = {}
        self._grades: dict[int, Grade] = {}
        self.form = Form(parent=self)
        self.invoked = ArticlesBinding(ArticleRelation.INVOKED)
        self.violated = ArticlesBinding(ArticleRelation.VIOLATED)
        self.form.add(self.invoked)
        self.form.add(self.violated)

        # Outcome and decision type are fields of the Overview, shown here too.
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.decision_type = QComboBox(self)
        self.decision_type.setAccessibleName(self.tr("Decision type"))
        mirror(overview.outcome.widget, self.outcome)
        mirror(overview.decision_type.widget, self.decision_type)
        self.decision_line = note("", parent=self)
        head = QFormLayout()
        outcome_label = QLabel(self.tr("O&utcome:"))
        outcome_label.setBuddy(self.outcome)
        type_label = QLabel(self.tr("Decision t&ype:"))
        type_label.setBuddy(self.decision_type)
        row = QHBoxLayout()
        row.addWidget(outcome_label)
        row.addWidget(self.outcome)
        row.addSpacing(16)
        row.addWidget(type_label)
        row.addWidget(self.decision_type)
        row.addStretch(1)
        head.addRow(row)
        head.addRow(self.decision_line)

        articles = QWidget(self)
        articles_row = QHBoxLayout(articles)
        articles_row.setContentsMargins(0, 0, 0, 0)
        for binding in (self.invoked, self.violated):
            box = QGroupBox(binding.label)
            inner = QVBoxLayout(box)
            inner.addWidget(binding.container)
            articles_row.addWidget(box, 1)

        # Remedies
        self.remedy_form = Form(parent=self)
        self.kind = ChoiceBinding("kind", self.tr("Kind"), [(tr_vocab(k), k) for k in RemedyKind])
        self.scope = ChoiceBinding(
            "scope",
            self.tr("Scope"),
            [
                (self.tr("Individual (per victim)"), RemedyScope.INDIVIDUAL),
                (self.tr("General (for the case as a whole)"), RemedyScope.GENERAL),
            ],
            tip=self.tr("An individual remedy is followed per victim in the Implementation tab"),
        )
        self.text = PlainTextBinding(
            "text",
            self.tr("Text"),
            lines=4,
            placeholder=self.tr("The measure as the decision words it"),
        )
        form_widget = QWidget()
        form_layout = form_grid(form_widget)
        self.remedy_form.add_row(form_layout, self.kind, self.tr("&Kind:"))
        self.remedy_form.add_row(form_layout, self.scope, self.tr("Sco&pe:"))
        self.remedy_form.add_row(form_layout, self.text, self.tr("Te&xt:"))
        self.remedy_model: DraftModel[RemedyDTO] = DraftModel(
            (
                Column("#", lambda r: str(r.position), align=CENTER),
                Column(QT_TRANSLATE_NOOP("Column", "Remedy"), remedy_title),
                Column(QT_TRANSLATE_NOOP("Column", "Scope"), lambda r: tr_vocab(r.scope)),
                Column(
                    QT_TRANSLATE_NOOP("Column", "Current grade"),
                    lambda r: self._grade_text(r),
                    align=CENTER,
                    header_tip=QT_TRANSLATE_NOOP(
                        "Column", "The grade of the Committee's latest follow-up assessment"
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Column", "Text"),
                    lambda r: r.text.replace("\n", " "),
                    tooltip=lambda r: r.text,
                ),
            ),
            key=lambda r: r.id,
            row_style=lambda _r: RowStyle(),
            parent=self,
        )
        self.up_button = button(
            self.tr("Move &earlier"), lambda: self._move(-1), tip=self.tr("Earlier in the list")
        )
        self.down_button = button(
            self.tr("Move la&ter"), lambda: self._move(1), tip=self.tr("Later in the list")
        )
        self.remedies: RecordList[RemedyDTO] = RecordList(
            host=host,
            noun=self.tr(
                "remedy", "the kind of record in the list: No {noun} recorded yet, &New {noun}"
            ),
            model=self.remedy_model,
            form=self.remedy_form,
            form_widget=form_widget,
            to_values=lambda r: {"kind": r.kind, "scope": r.scope, "text": r.text},
            defaults=lambda: {
                "kind": RemedyKind.COMPENSATION,
                "scope": RemedyScope.INDIVIDUAL,
                "text": "",
            },
            save=self._save_remedy,
            fetch_one=lambda r: host.services.remedies.get(r.id),
            delete=lambda r: host.services.remedies.delete(r.id, expected_version=r.version),
            describe=lambda r: f"{r.position}. {tr_vocab(r.kind)}",
            extra_buttons=(self.up_button, self.down_button),
            parent=self,
        )
        self.remedies.current_changed.connect(self._update_move_buttons)
        size = self.remedies.table.horizontalHeader()
        size.resizeSection(0, 36)
        size.resizeSection(1, 200)
        size.resizeSection(2, 90)
        size.resizeSection(3, 110)
        size.setStretchLastSection(True)
        remedies_box = QGroupBox(self.tr("Remedies ordered (in the decision's order)"))
        remedies_layout = QVBoxLayout(remedies_box)
        remedies_layout.addWidget(self.remedies)
        self.no_case_note = note(
            self.tr("Save the case first: remedies are recorded for a saved case."), parent=self
        )

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(articles)
        splitter.addWidget(remedies_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.no_case_note)
        self.form.changed.connect(self.changed)
        self.remedy_form.changed.connect(self.changed)
        overview.body.widget.currentIndexChanged.connect(self._body_changed)
        overview.form.changed.connect(self._update_decision_line)

    def _grade_text(self, remedy: RemedyDTO) -> str:
        grade = self._grades.get(remedy.id)
        return grade.value if grade else "—"

    # ---- EditorTab

    def fetch(self, get: Getter, case_id: int | None) -> DecisionData | None:
        services = self.host.services
        if case_id is None:
            return DecisionData((), tuple(get(services.reference.articles, "CCPR")), (), {})
        case = get(services.cases.get, case_id)
        return DecisionData(
            articles=tuple(get(services.cases.articles, case_id)),
            catalog=tuple(get(services.reference.articles, case.body)),
            remedies=tuple(get(services.remedies.remedies, case_id)),
            grades=dict(get(services.followup.current_grades, case_id)),
        )

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        decision: DecisionData = data
        body = case.body if case else "CCPR"
        self._catalogs[body] = decision.catalog
        for binding in (self.invoked, self.violated):
            binding.widget.set_catalog(decision.catalog)
        values = case_values(case, decision.articles)
        if keep_edits and self.form.is_dirty():
            merge = self.form.rebase(values)
        else:
            self.form.load(values)
            merge = Merge()
        self._grades = dict(decision.grades)
        merge += self.remedies.set_items(decision.remedies, keep_edits=keep_edits)
        has_case = case is not None
        self.remedies.setEnabled(has_case)
        self.no_case_note.setVisible(not has_case)
        self._update_decision_line()
        self._update_move_buttons()
        return merge

    def case_forms(self) -> Sequence[Form]:
        return (self.form,)

    def records_dirty(self) -> bool:
        return self.remedies.is_dirty()

    def unsaved(self) -> list[str]:
        items = [self.tr("Articles")] if self.form.is_dirty() else []
        return items + self.remedies.unsaved()

    def save_pending(self) -> bool:
        return self.remedies.save_all()

    def show_error(self, error: DomainError) -> bool:
        if error.field == "articles":
            target = (
                self.violated
                if self.violated.raw() != self.form.base.get(self.violated.name)
                else self.invoked
            )
            target.error.show_message(error.message)
            target.focus()
            return True
        return super().show_error(error)

    def clear_errors(self) -> None:
        super().clear_errors()
        self.remedies.problem.clear_message()
        self.remedy_form.clear_errors()

    # ---- internals

    def _save_remedy(self, remedy: RemedyDTO | None, values: dict[str, object]) -> RemedyDTO:
        data = RemedyInput(**values)  # type: ignore[arg-type]
        services = self.host.services
        case_id = self.host.case_id
        if remedy is None:
            assert case_id is not None
            return services.remedies.add(case_id, data)
        return services.remedies.update(remedy.id, data, expected_version=remedy.version)

    def _move(self, step: int) -> None:
        remedy = self.remedies.current_item()
        if remedy is None:
            return
        try:
            self.host.services.remedies.move(remedy.id, remedy.position + step)
        except DomainError as error:
            self.remedies.problem.show_message(error.message)
            return
        self.host.after_change()

    def _update_move_buttons(self) -> None:
        remedy = self.remedies.current_item()
        count = self.remedy_model.rowCount()
        self.up_button.setEnabled(remedy is not None and remedy.position > 1)
        self.down_button.setEnabled(remedy is not None and remedy.position < count)

    def _body_changed(self) -> None:
        code = self.overview.body.raw()
        if not isinstance(code, str) or not code:
            return
        catalog = self._catalogs.get(code)
        if catalog is None:
            try:
                catalog = tuple(self.host.services.reference.articles(code))
            except DomainError:
                return
            self._catalogs[code] = catalog
        for binding in (self.invoked, self.violated):
            binding.widget.set_catalog(catalog)

    def _update_decision_line(self) -> None:
        overview = self.overview
        parts = []
        try:
            decided = overview.dates["decision_date"].value()
        except DomainError:
            decided = None
        if decided:
            parts.append(self.tr("Adopted on {date}").format(date=format_date(decided)))
        session = overview.session.raw()
        if session:
            parts.append(self.tr("at the {session} session").format(session=_ordinal(str(session))))
        symbol = str(overview.symbol.raw() or "").strip()
        line = " ".join(parts)
        if symbol:
            line = f"{line} — {symbol}" if line else symbol
        self.decision_line.setText(
            line
            or self.tr(
                "No decision recorded yet (decision date, session and symbol are in Overview)."
            )
        )


def _ordinal(text: str) -> str:
    """ "112" -> "112th" (the suffixes are translated: "112-й")."""
    if not text.isdigit():
        return text
    n = int(text)
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        suffix = QCoreApplication.translate("DecisionTab", "th", "ordinal suffix: 4th, 11th, 112th")
    elif n % 10 == 1:
        suffix = QCoreApplication.translate("DecisionTab", "st", "ordinal suffix: 1st, 21st")
    elif n % 10 == 2:
        suffix = QCoreApplication.translate("DecisionTab", "nd", "ordinal suffix: 2nd, 22nd")
    else:
        suffix = QCoreApplication.translate("DecisionTab", "rd", "ordinal suffix: 3rd, 23rd")
    return f"{n}{suffix}"
