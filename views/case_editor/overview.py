"""Tab 1, Overview: every field of the case record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import MISSING, dataclass, fields
from typing import Any

from PySide6.QtCore import QCoreApplication
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
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.qtmodels.table_model import short_date

CASE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CaseInput))

#: (field, label, tip); the label and the tip are translated when shown ("OverviewTab").
KEY_DATES: tuple[tuple[str, str, str], ...] = (
    (
        "incident_date",
        QT_TRANSLATE_NOOP("OverviewTab", "Incident"),
        QT_TRANSLATE_NOOP("OverviewTab", "When the violation took place (the first incident)"),
    ),
    (
        "final_domestic_decision_date",
        QT_TRANSLATE_NOOP("OverviewTab", "Final domestic decision"),
        QT_TRANSLATE_NOOP(
            "OverviewTab",
            "Exhaustion of domestic remedies: the body's filing limit runs from this date",
        ),
    ),
    (
        "submission_date",
        QT_TRANSLATE_NOOP("OverviewTab", "Submission"),
        QT_TRANSLATE_NOOP("OverviewTab", "The communication was sent to the Committee"),
    ),
    (
        "registration_date",
        QT_TRANSLATE_NOOP("OverviewTab", "Registration"),
        QT_TRANSLATE_NOOP("OverviewTab", "The Committee registered the communication"),
    ),
    (
        "transmittal_date",
        QT_TRANSLATE_NOOP("OverviewTab", "Transmittal to the State"),
        QT_TRANSLATE_NOOP("OverviewTab", "The communication was sent to the State"),
    ),
    (
        "state_observations_received_on",
        QT_TRANSLATE_NOOP("OverviewTab", "State observations received"),
        QT_TRANSLATE_NOOP(
            "OverviewTab", "The State party's observations on admissibility and merits arrived"
        ),
    ),
    (
        "decision_date",
        QT_TRANSLATE_NOOP("OverviewTab", "Decision adopted"),
        QT_TRANSLATE_NOOP("OverviewTab", "The Committee adopted its Views or decision"),
    ),
    (
        "decision_transmittal_date",
        QT_TRANSLATE_NOOP("OverviewTab", "Decision transmitted"),
        QT_TRANSLATE_NOOP("OverviewTab", "The decision was sent to the parties"),
    ),
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
    return [(tr_vocab(member), member) for member in cls]


class OverviewTab(EditorTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Overview")
    needs_case = False

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self.form = Form(parent=self)
        f = self.form
        self.reference = TextBinding(
            "reference",
            self.tr("Reference"),
            placeholder=self.tr("Your internal reference, e.g. KZ-2026-01"),
        )
        self.case_title = TextBinding(
            "title",
            self.tr("Title"),
            placeholder=self.tr("e.g. Twenty-three Uzbek nationals v. Kazakhstan"),
        )
        self.body = ChoiceBinding(
            "body", self.tr("Treaty body"), tip=self.tr("The Committee the case is before")
        )
        self.state = SearchChoiceBinding(
            "state",
            self.tr("State party"),
            what=self.tr("State"),
            tip=self.tr("Type part of the name, e.g. Kazakh"),
        )
        self.communication_number = TextBinding(
            "communication_number",
            self.tr("Communication number"),
            optional=True,
            placeholder=self.tr("number/year, e.g. 3456/2023"),
        )
        self.symbol = TextBinding(
            "symbol",
            self.tr("Document symbol"),
            optional=True,
            placeholder=self.tr("e.g. CCPR/C/112/D/2137/2012"),
        )
        self.confidentiality = ChoiceBinding(
            "confidentiality", self.tr("Confidentiality"), _vocab(Confidentiality)
        )
        self.stage = ChoiceBinding("stage", self.tr("Stage"), _vocab(Stage))
        self.outcome = ChoiceBinding("outcome", self.tr("Outcome"), _vocab(Outcome))
        self.decision_type = ChoiceBinding(
            "decision_type",
            self.tr("Decision type"),
            [(self.tr("— not decided —"), None), *((tr_vocab(m), m) for m in DecisionType)],
        )
        self.session = TextBinding("session", self.tr("Session"), placeholder=self.tr("e.g. 112"))
        self.lead_lawyer = ComboTextBinding("lead_lawyer", self.tr("Lead lawyer"))
        self.tags = TagsBinding(
            "tags",
            self.tr("Tags"),
            tip=self.tr("Themes, separated by commas; known tags are suggested as you type"),
        )
        self.dates: dict[str, DateBinding] = {
            name: DateBinding(
                name,
                QCoreApplication.translate("OverviewTab", label),
                tip=QCoreApplication.translate("OverviewTab", tip),
            )
            for name, label, tip in KEY_DATES
        }
        self.im_requested = CheckBinding(
            "interim_measures_requested",
            self.tr("Interim measures requested"),
            self.tr("Requested"),
        )
        self.im_requested_on = DateBinding(
            "interim_measures_requested_on", self.tr("Date of the request")
        )
        self.im_granted = CheckBinding(
            "interim_measures_granted", self.tr("Interim measures granted"), self.tr("Granted")
        )
        self.im_granted_on = DateBinding(
            "interim_measures_granted_on", self.tr("Date of the grant")
        )
        self.summary = PlainTextBinding(
            "summary",
            self.tr("Summary"),
            lines=3,
            placeholder=self.tr(
                "The facts and the claims in a few lines (used in status summaries)"
            ),
        )
        self.notes = PlainTextBinding(
            "notes", self.tr("Notes"), lines=3, placeholder=self.tr("Internal notes")
        )

        identification = QGroupBox(self.tr("Identification"))
        grid = QFormLayout(identification)
        for binding, label in (
            (self.reference, self.tr("&Reference: *")),
            (self.case_title, self.tr("&Title: *")),
            (self.body, self.tr("Treaty &body: *")),
            (self.state, self.tr("State &party: *")),
            (self.communication_number, self.tr("Communication &number:")),
            (self.symbol, self.tr("Document s&ymbol:")),
            (self.confidentiality, self.tr("Confidential&ity:")),
        ):
            f.add_row(grid, binding, label)
        procedure = QGroupBox(self.tr("Procedure"))
        grid = QFormLayout(procedure)
        for binding, label in (
            (self.stage, self.tr("St&age:")),
            (self.outcome, self.tr("O&utcome:")),
            (self.decision_type, self.tr("&Decision type:")),
            (self.session, self.tr("Sessi&on:")),
        ):
            f.add_row(grid, binding, label)
        team = QGroupBox(self.tr("Team and themes"))
        grid = QFormLayout(team)
        f.add_row(grid, self.lead_lawyer, self.tr("&Lead lawyer:"))
        f.add_row(grid, self.tags, self.tr("Ta&gs:"))

        dates = QGroupBox(self.tr("Key dates (dd.mm.yyyy; leave empty when unknown)"))
        grid = QFormLayout(dates)
        for name, _label, _tip in KEY_DATES:
            binding = self.dates[name]
            f.add_row(grid, binding, self.tr("{label}:").format(label=binding.label))
        interim = QGroupBox(self.tr("Interim measures"))
        im_grid = QGridLayout(interim)
        self._pair(im_grid, 0, self.tr("Request:"), self.im_requested, self.im_requested_on)
        self._pair(im_grid, 1, self.tr("Grant:"), self.im_granted, self.im_granted_on)
        im_grid.setColumnStretch(2, 1)

        texts = QGroupBox(self.tr("Summary and notes"))
        text_row = QHBoxLayout(texts)
        for binding, caption in (
            (self.summary, self.tr("Su&mmary")),
            (self.notes, self.tr("Not&es")),
        ):
            f.add(binding)
            column = QVBoxLayout()
            label = QLabel(caption)
            label.setBuddy(binding.widget)
            column.addWidget(label)
            column.addWidget(binding.container, 1)
            text_row.addLayout(column, 1)

        self.record_line = note("", parent=self)

        record = QGroupBox(self.tr("Record"))
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
            self.record_line.setText(
                self.tr("New: written to the database when you save (Ctrl+S).")
            )
        else:
            self.record_line.setText(
                self.tr("Recorded {created} · last saved {saved} · version {version}").format(
                    created=short_date(case.created_at.date()),
                    saved=short_date(case.updated_at.date()),
                    version=case.version,
                )
            )
        return merge

    def case_forms(self) -> Sequence[Form]:
        return (self.form,)

    def focus_field(self, name: str) -> None:
        binding = self.form.bindings.get(name)
        if binding is not None:
            binding.focus()
