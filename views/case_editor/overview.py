"""Tab 1, Overview: every field of the case record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import MISSING, dataclass, fields
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import BodyDTO, CaseArticleDTO, CaseDTO, CaseInput, CountryDTO
from app.vocab import ArticleRelation, Confidentiality, DecisionType, Outcome, Stage
from views.case_editor.base import EditorHost, EditorTab, Getter, note, scroll
from views.case_editor.fields import (
    Binding,
    CheckBinding,
    ChoiceBinding,
    ComboTextBinding,
    DateBinding,
    Form,
    Merge,
    PlainTextBinding,
    SearchChoiceBinding,
    TagsBinding,
    TextBinding,
)
from views.qtmodels.table_model import short_date

CASE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CaseInput))

KEY_DATES: tuple[tuple[str, str, str], ...] = (
    ("incident_date", "Incident", "When the violation took place (the first incident)"),
    (
        "final_domestic_decision_date",
        "Final domestic decision",
        "Exhaustion of domestic remedies: the body's filing limit runs from this date",
    ),
    ("submission_date", "Submission", "The communication was sent to the Committee"),
    ("registration_date", "Registration", "The Committee registered the communication"),
    ("transmittal_date", "Transmittal to the State", "The communication was sent to the State"),
    (
        "state_observations_received_on",
        "State observations received",
        "The State party's observations on admissibility and merits arrived",
    ),
    ("decision_date", "Decision adopted", "The Committee adopted its Views or decision"),
    ("decision_transmittal_date", "Decision transmitted", "The decision was sent to the parties"),
)


def case_values(case: CaseDTO | None, articles: Sequence[CaseArticleDTO] = ()) -> dict[str, object]:
    """What the case editor's fields show for a case (a new case: the input's defaults)."""
    if case is None:
        values: dict[str, object] = {
            f.name: f.default for f in fields(CaseInput) if f.default is not MISSING
        }
        values.update(reference="", title="", body="CCPR", state="", tags=())
    else:
        values = {name: getattr(case, name) for name in CASE_FIELDS}
    for relation in ArticleRelation:
        values[f"articles_{relation.value}"] = tuple(
            (a.number, a.paragraph) for a in articles if a.relation is relation
        )
    return values


@dataclass(frozen=True)
class ReferenceData:
    bodies: tuple[BodyDTO, ...]
    countries: tuple[CountryDTO, ...]
    tags: tuple[str, ...]
    lead_lawyers: tuple[str, ...]


def fetch_reference(get: Getter, services: Any) -> ReferenceData:
    return ReferenceData(
        bodies=tuple(get(services.reference.bodies)),
        countries=tuple(get(services.reference.countries)),
        tags=tuple(get(services.cases.tags)),
        lead_lawyers=tuple(get(services.cases.lead_lawyers)),
    )


def _align_labels(*boxes: QWidget) -> None:
    """The same label width in every box of a column, so that the fields line up."""
    labels = [
        label for box in boxes for label in box.findChildren(QLabel) if label.buddy() is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def _vocab(cls: type[Stage] | type[Outcome] | type[Confidentiality]) -> list[tuple[str, object]]:
    return [(member.label, member) for member in cls]


class OverviewTab(EditorTab):
    title = "Overview"
    needs_case = False

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.form = Form(parent=self)
        f = self.form
        self.reference = TextBinding(
            "reference", "Reference", placeholder="Your internal reference, e.g. KZ-2026-01"
        )
        self.case_title = TextBinding(
            "title", "Title", placeholder="e.g. Twenty-three Uzbek nationals v. Kazakhstan"
        )
        self.body = ChoiceBinding("body", "Treaty body", tip="The Committee the case is before")
        self.state = SearchChoiceBinding(
            "state", "State party", what="State", tip="Type part of the name, e.g. Kazakh"
        )
        self.communication_number = TextBinding(
            "communication_number",
            "Communication number",
            optional=True,
            placeholder="number/year, e.g. 3456/2023",
        )
        self.symbol = TextBinding(
            "symbol", "Document symbol", optional=True, placeholder="e.g. CCPR/C/112/D/2137/2012"
        )
        self.confidentiality = ChoiceBinding(
            "confidentiality", "Confidentiality", _vocab(Confidentiality)
        )
        self.stage = ChoiceBinding("stage", "Stage", _vocab(Stage))
        self.outcome = ChoiceBinding("outcome", "Outcome", _vocab(Outcome))
        self.decision_type = ChoiceBinding(
            "decision_type",
            "Decision type",
            [("— not decided —", None), *((m.label, m) for m in DecisionType)],
        )
        self.session = TextBinding("session", "Session", placeholder="e.g. 112")
        self.lead_lawyer = ComboTextBinding("lead_lawyer", "Lead lawyer")
        self.tags = TagsBinding(
            "tags", "Tags", tip="Themes, separated by commas; known tags are suggested as you type"
        )
        self.dates: dict[str, DateBinding] = {
            name: DateBinding(name, label, tip=tip) for name, label, tip in KEY_DATES
        }
        self.im_requested = CheckBinding(
            "interim_measures_requested", "Interim measures requested", "Requested"
        )
        self.im_requested_on = DateBinding("interim_measures_requested_on", "Date of the request")
        self.im_granted = CheckBinding(
            "interim_measures_granted", "Interim measures granted", "Granted"
        )
        self.im_granted_on = DateBinding("interim_measures_granted_on", "Date of the grant")
        self.summary = PlainTextBinding(
            "summary",
            "Summary",
            lines=3,
            placeholder="The facts and the claims in a few lines (used in status summaries)",
        )
        self.notes = PlainTextBinding("notes", "Notes", lines=3, placeholder="Internal notes")

        identification = QGroupBox("Identification")
        grid = QFormLayout(identification)
        for binding, label in (
            (self.reference, "&Reference: *"),
            (self.case_title, "&Title: *"),
            (self.body, "Treaty &body: *"),
            (self.state, "State &party: *"),
            (self.communication_number, "Communication &number:"),
            (self.symbol, "Document s&ymbol:"),
            (self.confidentiality, "Confidential&ity:"),
        ):
            f.add_row(grid, binding, label)
        procedure = QGroupBox("Procedure")
        grid = QFormLayout(procedure)
        for binding, label in (
            (self.stage, "St&age:"),
            (self.outcome, "O&utcome:"),
            (self.decision_type, "&Decision type:"),
            (self.session, "Sessi&on:"),
        ):
            f.add_row(grid, binding, label)
        team = QGroupBox("Team and themes")
        grid = QFormLayout(team)
        f.add_row(grid, self.lead_lawyer, "&Lead lawyer:")
        f.add_row(grid, self.tags, "Ta&gs:")

        dates = QGroupBox("Key dates (dd.mm.yyyy; leave empty when unknown)")
        grid = QFormLayout(dates)
        for name, label, _tip in KEY_DATES:
            f.add_row(grid, self.dates[name], f"{label}:")
        interim = QGroupBox("Interim measures")
        im_grid = QGridLayout(interim)
        self._pair(im_grid, 0, "Request:", self.im_requested, self.im_requested_on)
        self._pair(im_grid, 1, "Grant:", self.im_granted, self.im_granted_on)
        im_grid.setColumnStretch(2, 1)

        texts = QGroupBox("Summary and notes")
        text_row = QHBoxLayout(texts)
        for binding, caption in ((self.summary, "Su&mmary"), (self.notes, "Not&es")):
            f.add(binding)
            column = QVBoxLayout()
            label = QLabel(caption)
            label.setBuddy(binding.widget)
            column.addWidget(label)
            column.addWidget(binding.container, 1)
            text_row.addLayout(column, 1)

        self.record_line = note("", parent=self)

        record = QGroupBox("Record")
        record_layout = QVBoxLayout(record)
        record_layout.addWidget(self.record_line)
        left = QVBoxLayout()
        left.addWidget(identification)
        left.addWidget(procedure)
        left.addWidget(record)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(dates)
        right.addWidget(interim)
        right.addWidget(team)
        right.addStretch(1)
        _align_labels(identification, procedure)
        _align_labels(dates, team)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content = QWidget()
        page = QVBoxLayout(content)
        page.setContentsMargins(12, 12, 12, 12)
        page.addLayout(columns)
        page.addWidget(texts, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll(content))
        self.form.changed.connect(self.changed)
        self.setTabOrder(self.tags.widget, self.dates["incident_date"].widget.line)

    def _pair(
        self, grid: QGridLayout, row: int, caption: str, check: Binding, when: DateBinding
    ) -> None:
        self.form.add(check)
        self.form.add(when)
        label = QLabel(caption)
        label.setBuddy(check.widget)
        grid.addWidget(label, row, 0)
        grid.addWidget(check.container, row, 1)
        grid.addWidget(when.container, row, 2)

    # ---- EditorTab

    def fetch(self, get: Getter, case_id: int | None) -> ReferenceData:
        return fetch_reference(get, self.host.services)

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        reference: ReferenceData = data
        self.body.set_choices([(f"{b.code} — {b.name}", b.code) for b in reference.bodies])
        self.state.set_choices([(f"{c.name} ({c.code})", c.code) for c in reference.countries])
        self.tags.widget.set_known_tags(reference.tags)
        self.lead_lawyer.set_suggestions(reference.lead_lawyers)
        values = case_values(case)
        merge = Merge()
        if keep_edits and self.form.is_dirty():
            merge = self.form.rebase(values)
        else:
            self.form.load(values)
        if case is None:
            self.record_line.setText("New: written to the database when you save (Ctrl+S).")
        else:
            self.record_line.setText(
                f"Recorded {short_date(case.created_at.date())} · last saved "
                f"{short_date(case.updated_at.date())} · version {case.version}"
            )
        return merge

    def case_forms(self) -> Sequence[Form]:
        return (self.form,)

    def focus_field(self, name: str) -> None:
        binding = self.form.bindings.get(name)
        if binding is not None:
            binding.focus()
