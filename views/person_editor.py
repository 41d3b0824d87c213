"""The person editor: identity, consent, contact and safety, and the person's cases.

A window per person (or one for a new person), with the case editor's load()/save(),
validation and conflict rules (views/dialogs/record_editor.py). Names are kept exactly as
typed, in any script; "Documents will show" says which name a document may print, so the
consent to be named is never a surprise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.dto import PersonDTO, PersonInput, initials
from app.vocab import Sex
from views.case_editor.fields import (
    CheckBinding,
    ChoiceBinding,
    DateBinding,
    PlainTextBinding,
    SearchChoiceBinding,
    TextBinding,
)
from views.dialogs.record_editor import RecordEditor
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.pages import view_state
from views.qtmodels.records import PersonCase, PersonCasesModel
from views.widgets import MUTED_TEXT, heading, muted, read_only_table, size_columns

if TYPE_CHECKING:
    from app.services.people import PeopleService
    from app.services.reference import ReferenceService

PERSON_FIELDS = (
    "full_name",
    "original_script_name",
    "pseudonym",
    "sex",
    "date_of_birth",
    "nationality",
    "date_of_death",
    "contact",
    "safety_notes",
    "consent_to_act",
    "consent_to_be_named",
    "consent_date",
    "consent_form",
    "notes",
)
CONSENT_TO_ACT_CHOICES: tuple[tuple[str, object], ...] = (
    (QT_TRANSLATE_NOOP("PersonEditor", "Not recorded"), None),
    (QT_TRANSLATE_NOOP("PersonEditor", "Yes — has authorised us to act"), True),
    (QT_TRANSLATE_NOOP("PersonEditor", "No"), False),
)


def person_values(person: PersonDTO | None) -> dict[str, object]:
    if person is None:
        return {
            "full_name": "",
            "original_script_name": "",
            "pseudonym": "",
            "sex": Sex.UNKNOWN,
            "date_of_birth": None,
            "nationality": "",
            "date_of_death": None,
            "contact": "",
            "safety_notes": "",
            "consent_to_act": None,
            "consent_to_be_named": False,
            "consent_date": None,
            "consent_form": "",
            "notes": "",
        }
    values: dict[str, object] = {name: getattr(person, name) for name in PERSON_FIELDS}
    values["nationality"] = person.nationality or ""
    return values


class PersonEditor(RecordEditor):
    what = "person"
    settings_group = "person_editor"
    default_size = (1000, 720)

    def __init__(
        self,
        *,
        people: PeopleService,
        reference: ReferenceService,
        person_id: int | None = None,
        on_open_case: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(record_id=person_id, parent=parent)
        self._people = people
        self._reference = reference
        self._on_open_case = on_open_case
        self.setObjectName("personEditor")

        f = self.form
        self.full_name = TextBinding(
            "full_name",
            self.tr("Full name"),
            placeholder=self.tr("As in the passport, in any script"),
        )
        self.original = TextBinding(
            "original_script_name",
            self.tr("Name in original script"),
            placeholder=self.tr("e.g. Алия Нурпеисова"),
            tip=self.tr(
                "The name as the person writes it, when it differs from the full name above"
            ),
        )
        self.pseudonym = TextBinding(
            "pseudonym",
            self.tr("Pseudonym or initials"),
            placeholder=self.tr("e.g. A.N. (empty: the initials of the full name)"),
            tip=self.tr("What documents print when the person has not consented to be named"),
        )
        self.sex = ChoiceBinding("sex", self.tr("Sex"), [(tr_vocab(s), s) for s in Sex])
        self.date_of_birth = DateBinding("date_of_birth", self.tr("Date of birth"))
        self.nationality = SearchChoiceBinding(
            "nationality",
            self.tr("Nationality"),
            what=self.tr("country"),
            tip=self.tr("Type part of the country's name"),
        )
        self.date_of_death = DateBinding("date_of_death", self.tr("Date of death"))

        self.consent_to_act = ChoiceBinding(
            "consent_to_act",
            self.tr("Consent to act"),
            [
                (QCoreApplication.translate("PersonEditor", text), value)
                for text, value in CONSENT_TO_ACT_CHOICES
            ],
        )
        self.consent_to_be_named = CheckBinding(
            "consent_to_be_named",
            self.tr("Consent to be named"),
            self.tr("May be &named in documents"),
            tip=self.tr("Without it, documents use the pseudonym or initials"),
        )
        self.consent_date = DateBinding("consent_date", self.tr("Date of consent"))
        self.consent_form = TextBinding(
            "consent_form",
            self.tr("Form of consent"),
            placeholder=self.tr("e.g. signed power of attorney"),
        )
        self.public_name = QLabel(self)
        self.public_name.setWordWrap(True)
        self.public_name.setAccessibleName(self.tr("Name documents will show"))

        self.contact = PlainTextBinding(
            "contact",
            self.tr("Contact"),
            lines=2,
            placeholder=self.tr("Phone, e-mail, address, messenger"),
        )
        self.safety = PlainTextBinding(
            "safety_notes",
            self.tr("Safety notes"),
            lines=2,
            placeholder=self.tr("Risks, how to reach the person safely, who must not be told"),
        )
        self.notes = PlainTextBinding("notes", self.tr("Notes"), lines=3)

        identity = QGroupBox(self.tr("Identity"), self.body)
        identity_form = QFormLayout(identity)
        for binding in (
            self.full_name,
            self.original,
            self.pseudonym,
            self.sex,
            self.date_of_birth,
            self.nationality,
            self.date_of_death,
        ):
            f.add_row(identity_form, binding)

        consent = QGroupBox(self.tr("Consent"), self.body)
        consent_form = QFormLayout(consent)
        f.add_row(consent_form, self.consent_to_act)
        f.add_row(consent_form, self.consent_to_be_named, "")
        f.add_row(consent_form, self.consent_date)
        f.add_row(consent_form, self.consent_form)
        consent_form.addRow(self.tr("Documents show:"), self.public_name)

        safety = QGroupBox(self.tr("Contact and safety"), self.body)
        safety_layout = QVBoxLayout(safety)  # labels above: the text boxes share the height
        for binding, caption_text in (
            (self.contact, self.tr("&Contact:")),
            (self.safety, self.tr("Sa&fety notes:")),
        ):
            f.add(binding)
            caption = QLabel(caption_text, safety)
            caption.setBuddy(binding.widget)
            safety_layout.addWidget(caption)
            safety_layout.addWidget(binding.container, 1)
        safety_layout.addWidget(
            muted(
                self.tr("Contact details and safety notes never appear in generated documents."),
                parent=safety,
            )
        )

        notes = QGroupBox(self.tr("Notes"), self.body)
        notes_layout = QVBoxLayout(notes)
        f.add(self.notes)
        notes_layout.addWidget(self.notes.container)

        cases = QGroupBox(self.tr("Cases"), self.body)
        self.cases_model = PersonCasesModel(parent=self)
        self.cases_table = read_only_table(self.cases_model, parent=cases)
        self.cases_table.setAccessibleName(self.tr("The person's cases"))
        self.cases_table.setTabKeyNavigation(False)
        size_columns(
            self.cases_table,
            ("ILI-2022-UZ23", "Twenty-three Uzbek nationals v. Kazakhstan", "Author and victim"),
            stretch=1,
        )
        self.cases_table.activated.connect(self._open_case)
        rows = self.cases_table.verticalHeader().defaultSectionSize()
        self.cases_table.setMinimumHeight(rows * 3 + 28)
        self.cases_table.setMaximumHeight(rows * 7 + 28)
        self.no_cases = muted(self.tr("Not a party to any case yet."), parent=cases)
        cases_layout = QVBoxLayout(cases)
        cases_layout.addWidget(self.cases_table)
        cases_layout.addWidget(self.no_cases)

        inner = QWidget(self.body)
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(identity, 0, 0)
        grid.addWidget(consent, 0, 1)
        grid.addWidget(notes, 1, 0)
        grid.addWidget(safety, 1, 1)
        grid.addWidget(cases, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)  # the text boxes take the room; the cases list its rows
        scroll = QScrollArea(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        title_row = QVBoxLayout(self.body)
        title_row.setContentsMargins(0, 0, 0, 0)
        self.title_label = heading("", parent=self.body, size_delta=4)
        title_row.addWidget(self.title_label)
        title_row.addWidget(scroll, 1)

        for binding in (self.full_name, self.pseudonym, self.consent_to_be_named):
            binding.connect(self._update_public_name)
        try:
            countries = self._reference.countries()
        except DomainError as exc:
            self.message_bar.show_message(str(exc), "error")
            countries = []
        self.nationality.set_choices([(f"{c.name} ({c.code})", c.code) for c in countries])
        self.restore_view_state()
        self.open_record()
        self.full_name.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- RecordEditor

    def fetch(self) -> PersonDTO:
        assert self.record_id is not None
        return self._people.get(self.record_id)

    def values_of(self, dto: Any) -> dict[str, object]:
        return person_values(dto)

    def write(self, values: Mapping[str, object], expected_version: int | None) -> PersonDTO:
        data = PersonInput(**{name: values[name] for name in PERSON_FIELDS})  # type: ignore[arg-type]
        if self.record_id is None:
            return self._people.create(data)
        return self._people.update(self.record_id, data, expected_version=expected_version)

    def record_label(self, dto: Any) -> str:
        return dto.full_name if dto is not None else self.tr("New person")

    def after_load(self, dto: Any) -> None:
        self.title_label.setText(self.record_label(dto))
        self._update_public_name()
        rows: list[PersonCase] = []
        if dto is not None:
            try:
                rows = [PersonCase(*row) for row in self._people.cases_of(dto.id)]
            except DomainError as exc:
                self.message_bar.show_message(str(exc), "error")
        self.cases_model.set_items(rows)
        self.cases_table.setVisible(bool(rows))
        self.no_cases.setVisible(not rows)
        self.no_cases.setText(
            self.tr("Not a party to any case yet.")
            if dto is not None
            else self.tr("Save the person first; then add them to a case from the case editor.")
        )

    def save_view_state(self) -> None:
        view_state.save_header(
            self.settings_group, "cases_header", self.cases_table.horizontalHeader()
        )

    # ---- helpers

    def _update_public_name(self) -> None:
        name = self.full_name.widget.text().strip()
        if self.consent_to_be_named.widget.isChecked():
            shown = name or self.tr("(the full name)")
            why = self.tr("the full name, with consent")
        else:
            shown = self.pseudonym.widget.text().strip() or initials(name)
            why = (
                self.tr("the pseudonym")
                if self.pseudonym.widget.text().strip()
                else self.tr("the initials")
            )
        self.public_name.setText(
            f"<b>{_escape(shown)}</b> <span style='color:{MUTED_TEXT}'>({why})</span>"
        )
        self.public_name.setTextFormat(Qt.TextFormat.RichText)

    def _open_case(self) -> None:
        index = self.cases_table.currentIndex()
        if index.isValid() and self._on_open_case is not None:
            self._on_open_case(self.cases_model.item(index.row()).reference)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
