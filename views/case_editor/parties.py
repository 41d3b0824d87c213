"""Tab 2, Parties: the people linked to the case, their role and their consent at a glance.

Adding someone warns of likely duplicates: the same person may already be recorded under
another spelling ("Aliya Nurpeisova" and "Алия Нурпеисова"), found by
PeopleService.find_similar (transliteration + rapidfuzz).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, DomainError, NotFoundError
from app.services.dto import CaseDTO, PartyDTO, PartyInput, PersonDTO, PersonInput
from app.vocab import PartyRole, Sex
from views.case_editor._list_editor import RecordsTab
from views.case_editor.base import (
    DraftModel,
    EditorHost,
    Getter,
    RecordList,
    button,
    note,
    scroll,
    start,
)
from views.case_editor.fields import (
    ChoiceBinding,
    DateBinding,
    ErrorLabel,
    Form,
    Merge,
    PlainTextBinding,
    SearchChoiceBinding,
    TextBinding,
    form_grid,
    span_row,
)
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.qtmodels.table_model import Column, ModelIndex, short_date

DUPLICATE_THRESHOLD = 80.0
SEARCH_THRESHOLD = 72.0
TYPING_PAUSE_MS = 350

NAMED_COLOUR = QColor("#1e7b34")
PSEUDONYM_COLOUR = QColor("#a86400")
NO_CONSENT_COLOUR = QColor("#b3261e")


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(QSize(12, 12))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def _consent_to_act_word(person: PersonDTO) -> str:
    if person.consent_to_act is None:
        return QCoreApplication.translate("PartiesTab", "Not recorded")
    if person.consent_to_act:
        return QCoreApplication.translate("PartiesTab", "Yes")
    return QCoreApplication.translate("PartiesTab", "No")


def consent_to_act_text(person: PersonDTO) -> str:
    """ "✓ Yes", "✗ No" or "? Not recorded" (the mark says it without colour)."""
    mark = "?" if person.consent_to_act is None else "✓" if person.consent_to_act else "✗"
    return f"{mark} {_consent_to_act_word(person)}"


def documents_name_text(person: PersonDTO) -> str:
    """How documents name the person: "Real name", or "As “U-23”"."""
    if person.consent_to_be_named:
        return QCoreApplication.translate("PartiesTab", "Real name")
    return QCoreApplication.translate("PartiesTab", "As “{name}”").format(name=person.public_name)


def consent_tip(person: PersonDTO) -> str:
    lines = []
    if person.consent_to_be_named:
        lines.append(
            QCoreApplication.translate(
                "PartiesTab", "Consented to be named: documents print the real name."
            )
        )
    elif person.pseudonym:
        lines.append(
            QCoreApplication.translate(
                "PartiesTab", "Not to be named: documents print “{name}” (pseudonym)."
            ).format(name=person.public_name)
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "PartiesTab", "Not to be named: documents print “{name}” (initials)."
            ).format(name=person.public_name)
        )
    lines.append(
        QCoreApplication.translate("PartiesTab", "Consent to act: {answer}").format(
            answer=_consent_to_act_word(person)
        )
    )
    if person.consent_date or person.consent_form:
        given = (
            short_date(person.consent_date)
            if person.consent_date
            else QCoreApplication.translate("PartiesTab", "date not recorded")
        )
        if person.consent_form:
            given = f"{given}, {person.consent_form}"
        lines.append(
            QCoreApplication.translate("PartiesTab", "Consent given: {when}").format(when=given)
        )
    return "\n".join(lines)


def _safety_text(party: PartyDTO) -> str:
    if not party.person.safety_notes:
        return ""
    return QCoreApplication.translate("PartiesTab", "⚠ Notes")


PARTY_COLUMNS: tuple[Column[PartyDTO], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Column", "Name"),
        lambda p: p.person.full_name,
        tooltip=lambda p: p.person.original_script_name or None,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Role"), lambda p: tr_vocab(p.role)),
    Column(
        QT_TRANSLATE_NOOP("Column", "Nationality"),
        lambda p: p.person.nationality_name or p.person.nationality or "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Consent to act"),
        lambda p: consent_to_act_text(p.person),
        tooltip=lambda p: consent_tip(p.person),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Named in documents"),
        lambda p: documents_name_text(p.person),
        tooltip=lambda p: consent_tip(p.person),
        header_tip=QT_TRANSLATE_NOOP(
            "Column", "Green: real name (consent given); amber: pseudonym or initials"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Safety"),
        _safety_text,
        tooltip=lambda p: p.person.safety_notes or None,
        header_tip=QT_TRANSLATE_NOOP("Column", "Safety notes recorded for this person"),
    ),
)
NAMED_COLUMN = 4
ACT_COLUMN = 3


class PartiesModel(DraftModel[PartyDTO]):
    """The parties, with coloured marks beside the consent columns (the text says it too)."""

    def __init__(self, *, parent: Any = None) -> None:
        super().__init__(PARTY_COLUMNS, key=lambda p: p.id, parent=parent)
        self._named = _dot(NAMED_COLOUR)
        self._pseudonym = _dot(PSEUDONYM_COLOUR)
        self._refused = _dot(NO_CONSENT_COLOUR)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
        ):
            person = self.item(index.row()).person
            if index.column() == NAMED_COLUMN:
                return self._named if person.consent_to_be_named else self._pseudonym
            if index.column() == ACT_COLUMN:
                if person.consent_to_act is False:
                    return self._refused
                return self._named if person.consent_to_act else self._pseudonym
        return super().data(index, role)


# ---------------------------------------------------------------- person dialog


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
    return {name: getattr(person, name) for name in person_values(None)}


@dataclass(frozen=True)
class Similar:
    person: PersonDTO
    score: float
    cases: tuple[str, ...]


class PersonDialog(QDialog):
    """Create a person (and link them to the case) or edit one; warns of likely duplicates."""

    def __init__(
        self,
        *,
        services: Any,
        case_id: int,
        countries: Sequence[tuple[str, str]],
        person: PersonDTO | None = None,
        linked: set[int] | frozenset[int] = frozenset(),
        on_done: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._case_id = case_id
        self._person = person
        self._linked = set(linked)
        self._on_done = on_done
        self._generation = 0
        self.similar: list[Similar] = []
        creating = person is None
        self.setWindowTitle(
            self.tr("New person")
            if person is None
            else self.tr("Edit {name}").format(name=person.full_name)
        )
        self.setObjectName("personDialog")
        self.form = Form(parent=self)
        f = self.form
        self.full_name = TextBinding(
            "full_name",
            self.tr("Full name"),
            placeholder=self.tr("As in the passport, any script"),
        )
        self.original = TextBinding(
            "original_script_name",
            self.tr("Name in original script"),
            placeholder=self.tr("e.g. Алия Нурпеисова"),
        )
        self.pseudonym = TextBinding(
            "pseudonym",
            self.tr("Pseudonym or initials"),
            placeholder=self.tr("Used in documents, e.g. U-23"),
        )
        self.sex = ChoiceBinding("sex", self.tr("Sex"), [(tr_vocab(s), s) for s in Sex])
        self.birth = DateBinding("date_of_birth", self.tr("Date of birth"))
        self.nationality = SearchChoiceBinding(
            "nationality", self.tr("Nationality"), what=self.tr("country")
        )
        self.nationality.set_choices(list(countries))
        self.death = DateBinding("date_of_death", self.tr("Date of death"))
        self.contact = PlainTextBinding("contact", self.tr("Contact"), lines=2)
        self.safety = PlainTextBinding(
            "safety_notes",
            self.tr("Safety notes"),
            lines=2,
            placeholder=self.tr("Risks, how to reach safely"),
        )
        self.consent_to_act = ChoiceBinding(
            "consent_to_act",
            self.tr("Consent to act"),
            [(self.tr("Not recorded"), None), (self.tr("Yes"), True), (self.tr("No"), False)],
        )
        self.consent_named = ChoiceBinding(
            "consent_to_be_named",
            self.tr("Consent to be named"),
            [
                (self.tr("No: use the pseudonym or initials"), False),
                (self.tr("Yes: documents may name them"), True),
            ],
        )
        self.consent_date = DateBinding("consent_date", self.tr("Date of consent"))
        self.consent_form = TextBinding(
            "consent_form",
            self.tr("Form of consent"),
            placeholder=self.tr("e.g. signed power of attorney"),
        )
        self.notes = PlainTextBinding("notes", self.tr("Notes"), lines=2)

        identity = QGroupBox(self.tr("Person"))
        grid = QFormLayout(identity)
        for binding, label in (
            (self.full_name, self.tr("&Full name: *")),
            (self.original, self.tr("Name in &original script:")),
            (self.pseudonym, self.tr("&Pseudonym / initials:")),
            (self.sex, self.tr("Se&x:")),
            (self.birth, self.tr("Date of &birth:")),
            (self.nationality, self.tr("&Nationality:")),
            (self.death, self.tr("Date of d&eath:")),
        ):
            f.add_row(grid, binding, label)
        consent = QGroupBox(self.tr("Consent and safety"))
        grid2 = QFormLayout(consent)
        for binding, label in (
            (self.consent_to_act, self.tr("Consent to &act:")),
            (self.consent_named, self.tr("Consent to be na&med:")),
            (self.consent_date, self.tr("Date of cons&ent:")),
            (self.consent_form, self.tr("Form of conse&nt:")),
            (self.contact, self.tr("Con&tact:")),
            (self.safety, self.tr("Safet&y notes:")),
            (self.notes, self.tr("Notes:")),
        ):
            f.add_row(grid2, binding, label)

        self.role = ChoiceBinding(
            "role", self.tr("Role in this case"), [(tr_vocab(r), r) for r in PartyRole]
        )
        self.role.set_raw(PartyRole.VICTIM)
        role_row = QFormLayout()
        role_label = QLabel(self.tr("&Role in this case:"))
        role_label.setBuddy(self.role.widget)
        role_row.addRow(role_label, self.role.container)

        self.duplicates_box = QGroupBox(self.tr("Possible duplicates"))
        self.duplicates_box.setStyleSheet("QGroupBox { color: #8a4b00; font-weight: bold; }")
        self.duplicates_label = QLabel(self.duplicates_box)
        self.duplicates_label.setWordWrap(True)
        self.duplicates = QListWidget(self.duplicates_box)
        self.duplicates.setMaximumHeight(110)
        self.duplicates.setAccessibleName(self.tr("People with a similar name"))
        self.use_existing_button = button(
            self.tr("&Use the selected person instead"),
            self._use_existing,
            tip=self.tr("Link the person already recorded instead of creating a second record"),
        )
        dup_layout = QVBoxLayout(self.duplicates_box)
        dup_layout.addWidget(self.duplicates_label)
        dup_layout.addWidget(self.duplicates)
        dup_layout.addWidget(self.use_existing_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.duplicates_box.hide()
        self.duplicates.itemDoubleClicked.connect(lambda _item: self._use_existing())

        self.problem = ErrorLabel(parent=self)
        self.ok_button = QPushButton(
            self.tr("&Create and add to case") if creating else self.tr("&Save person")
        )
        self.ok_button.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(identity, 1)
        columns.addWidget(consent, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        if creating:
            inner.addLayout(role_row)
        inner.addLayout(columns)
        inner.addWidget(self.duplicates_box)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll(content), 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(920, 640)

        self.form.load(person_values(person))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.check_duplicates)
        self.full_name.widget.textEdited.connect(self._timer.start)
        self.original.widget.textEdited.connect(self._timer.start)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.full_name.focus()

    # ---- duplicates

    def check_duplicates(self) -> None:
        """Look for people with a similar name (in the background)."""
        names = [n for n in (self.full_name.raw(), self.original.raw()) if n.strip()]
        self._generation += 1
        generation = self._generation
        if not names:
            self._show_similar(generation, [])
            return
        people = self._services.people
        own_id = self._person.id if self._person else None

        def work(_progress: Callable[[int, str], None]) -> tuple[int, list[Similar]]:
            found: dict[int, tuple[PersonDTO, float]] = {}
            for name in names:
                for person, score in people.find_similar(name, threshold=DUPLICATE_THRESHOLD):
                    if person.id != own_id and score > found.get(person.id, (person, 0))[1]:
                        found[person.id] = (person, score)
            ranked = sorted(found.values(), key=lambda pair: -pair[1])[:8]
            return generation, [
                Similar(p, s, tuple(ref for ref, _t, _r in people.cases_of(p.id)))
                for p, s in ranked
            ]

        start(work, on_finished=self._similar_found)

    def _similar_found(self, result: tuple[int, list[Similar]]) -> None:
        generation, similar = result
        self._show_similar(generation, similar)

    def _show_similar(self, generation: int, similar: list[Similar]) -> None:
        if generation != self._generation:
            return  # the name changed since
        self.similar = similar
        self.duplicates.clear()
        if not similar:
            self.duplicates_box.hide()
            if self._person is None:
                self.ok_button.setText(self.tr("&Create and add to case"))
            return
        for item in similar:
            p = item.person
            name = (
                f"{p.full_name} ({p.original_script_name})"
                if p.original_script_name
                else p.full_name
            )
            parts = [
                self.tr("{name}, {score}% similar").format(name=name, score=f"{item.score:.0f}")
            ]
            if item.cases:
                parts.append(self.tr("in {cases}").format(cases=", ".join(item.cases)))
            else:
                parts.append(self.tr("in no case"))
            if p.id in self._linked:
                parts.append(self.tr("already a party to this case"))
            entry = QListWidgetItem(" — ".join(parts))
            entry.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id in self._linked:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.duplicates.addItem(entry)
        self.duplicates.setCurrentRow(0)
        count = len(similar)
        people = self.tr("%n person", "", count) if count == 1 else self.tr("%n people", "", count)
        self.duplicates_label.setText(
            self.tr(
                "{people} already recorded with a similar name (other spellings and scripts "
                "count). If it is the same person, use that record: two records of one victim "
                "split their history."
            ).format(people=people)
        )
        self.duplicates_box.show()
        self.use_existing_button.setVisible(self._person is None)
        if self._person is None:
            self.ok_button.setText(self.tr("&Create a new person anyway"))

    def _use_existing(self) -> None:
        item = self.duplicates.currentItem()
        if item is None or self._person is not None:
            return
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id in self._linked:
            return
        try:
            self._services.cases.add_party(
                self._case_id, PartyInput(person_id=person_id, role=self.role.value())
            )
        except DomainError as error:
            self.problem.show_message(error.message)
            return
        self._finish("linked")

    # ---- submit

    def submit(self) -> None:
        self.problem.clear_message()
        self.form.clear_errors()
        try:
            data = PersonInput(**self.form.values())  # type: ignore[arg-type]
            if self._person is None:
                created = self._services.people.create(data)
                try:
                    self._services.cases.add_party(
                        self._case_id, PartyInput(person_id=created.id, role=self.role.value())
                    )
                except DomainError as error:
                    self.problem.show_message(
                        self.tr(
                            "{name} was recorded among the people, but could not be added to "
                            "this case: {reason} Use “Add existing person…”."
                        ).format(name=created.full_name, reason=error.message)
                    )
                    self._on_done("created")
                    return
                self._finish("created")
            else:
                self._services.people.update(
                    self._person.id, data, expected_version=self._person.version
                )
                self._finish("updated")
        except ConflictError as error:
            self.problem.show_message(
                self.tr(
                    "{reason} What you typed is still here: close this dialog with Cancel only "
                    "after copying anything you need."
                ).format(reason=error.message)
            )
        except DomainError as error:
            binding = self.form.show_error(error.field, error.message)
            if binding is not None:
                binding.focus()
            else:
                self.problem.show_message(error.message)

    def _finish(self, what: str) -> None:
        self.accept()
        self._on_done(what)


class AddPersonDialog(QDialog):
    """Link someone already recorded: search by any part of a name, in any script."""

    def __init__(
        self,
        *,
        services: Any,
        case_id: int,
        linked: set[int],
        on_done: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an existing person"))
        self.setObjectName("addPersonDialog")
        self._services = services
        self._case_id = case_id
        self._linked = set(linked)
        self._on_done = on_done
        self._generation = 0
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Name, original-script name or pseudonym, e.g. Nurpeisova")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("People found"))
        self.results.itemDoubleClicked.connect(lambda _item: self.submit())
        self.hint = note(self.tr("Type to search."), parent=self)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role in this case"))
        for r in PartyRole:
            self.role.addItem(tr_vocab(r), r)
        self.role.setCurrentIndex(list(PartyRole).index(PartyRole.VICTIM))
        self.problem = ErrorLabel(parent=self)
        self.ok_button = QPushButton(self.tr("&Add to case"))
        self.ok_button.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        role_label = QLabel(self.tr("&Role in this case:"))
        role_label.setBuddy(self.role)
        grid = QGridLayout()
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search, 0, 1)
        grid.addWidget(role_label, 1, 0)
        grid.addWidget(self.role, 1, 1, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(self._timer.start)
        self.search.returnPressed.connect(self.run_search)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show(generation, [])
            return
        people = self._services.people
        similar_name = self.tr("similar name, {score}%")  # translated here, on the GUI thread

        def work(_progress: Callable[[int, str], None]) -> tuple[int, list[tuple[PersonDTO, str]]]:
            found: dict[int, tuple[PersonDTO, str]] = {
                p.id: (p, "") for p in people.list(text, limit=100)
            }
            for person, score in people.find_similar(text, threshold=SEARCH_THRESHOLD):
                found.setdefault(person.id, (person, similar_name.format(score=f"{score:.0f}")))
            return generation, list(found.values())[:100]

        start(work, on_finished=self._found)

    def _found(self, result: tuple[int, list[tuple[PersonDTO, str]]]) -> None:
        self._show(*result)

    def _show(self, generation: int, found: list[tuple[PersonDTO, str]]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for person, why in found:
            other = f" ({person.original_script_name})" if person.original_script_name else ""
            parts = [f"{person.full_name}{other}"]
            if why:
                parts.append(why)
            if person.id in self._linked:
                parts.append(self.tr("already a party to this case"))
            item = QListWidgetItem(" — ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if person.id in self._linked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.results.addItem(item)
        for row in range(self.results.count()):
            if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.results.setCurrentRow(row)
                break
        if self.search.text().strip():
            self.hint.setText(
                self.tr("{count} found. Other spellings and scripts are searched too.").format(
                    count=len(found)
                )
                if found
                else self.tr("Nobody found: create the person with “New person…”.")
            )

    def submit(self) -> None:
        item = self.results.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.problem.show_message(self.tr("Choose a person from the list first."))
            return
        try:
            self._services.cases.add_party(
                self._case_id,
                PartyInput(
                    person_id=item.data(Qt.ItemDataRole.UserRole), role=self.role.currentData()
                ),
            )
        except DomainError as error:
            self.problem.show_message(error.message)
            return
        self.accept()
        self._on_done("linked")


# ---------------------------------------------------------------- the tab


class PartiesTab(RecordsTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Parties")

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self.dialog: QDialog | None = None
        self._countries: list[tuple[str, str]] = []
        self.model = PartiesModel(parent=self)
        self.form = Form(parent=self)
        self.role = ChoiceBinding("role", self.tr("Role"), [(tr_vocab(r), r) for r in PartyRole])
        self.notes = PlainTextBinding("notes", self.tr("Notes on the party"), lines=3)
        self.person_card = QLabel(self)
        self.person_card.setWordWrap(True)
        self.person_card.setTextFormat(Qt.TextFormat.RichText)
        self.person_card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.person_card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form_widget = QWidget()
        form_layout = form_grid(form_widget)
        span_row(form_layout, self.person_card)
        self.form.add_row(form_layout, self.role, self.tr("R&ole:"))
        self.form.add_row(form_layout, self.notes, self.tr("No&tes:"))
        self.edit_person_button = button(
            self.tr("&Edit person…"),
            self.edit_person,
            tip=self.tr("Name, consent, contact and safety notes"),
        )
        span_row(form_layout, self.edit_person_button)

        self.add_existing_button = button(
            self.tr("&Add existing person…"),
            self.add_existing,
            tip=self.tr("Link someone already recorded"),
        )
        self.new_person_button = button(
            self.tr("Ne&w person…"),
            self.new_person,
            tip=self.tr("Record a new person and link them to this case"),
        )
        self.records: RecordList[PartyDTO] = RecordList(
            host=host,
            noun=self.tr(
                "party", "the kind of record in the list: No {noun} recorded yet, &New {noun}"
            ),
            model=self.model,
            form=self.form,
            form_widget=form_widget,
            to_values=lambda p: {"role": p.role, "notes": p.notes},
            defaults=lambda: {"role": PartyRole.VICTIM, "notes": ""},
            save=self._save_party,
            fetch_one=self._fetch_party,
            delete=lambda p: host.services.cases.remove_party(p.id, expected_version=p.version),
            describe=lambda p: p.person.full_name,
            can_create=False,
            extra_buttons=(self.add_existing_button, self.new_person_button),
            parent=self,
        )
        self.records.delete_button.setText(self.tr("Re&move from case"))
        self.records.current_changed.connect(self._show_person)
        self.summary = note("", parent=self)
        self.lay_out(self.summary, widths=(190, 120, 100, 115, 150, 70), sizes=(800, 440))

    # ---- EditorTab

    def fetch(self, get: Getter, case_id: int | None) -> tuple[list[PartyDTO], list[Any]]:
        services = self.host.services
        parties = get(services.cases.parties, case_id) if case_id is not None else []
        return parties, get(services.reference.countries)

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        parties, countries = data
        self._countries = [(f"{c.name} ({c.code})", c.code) for c in countries]
        merge = self.records.set_items(parties, keep_edits=keep_edits)
        self.summary.setText(self._summary_text(parties))
        return merge

    def _summary_text(self, parties: Sequence[PartyDTO]) -> str:
        if not parties:
            return self.tr(
                "Nobody is linked to this case yet: add the author, the victims and counsel."
            )
        n = len(parties)
        victims = sum(1 for p in parties if p.is_victim)
        hidden = sum(1 for p in parties if not p.person.consent_to_be_named)
        return self.tr(
            "{parties}, {victims}. {hidden} may not be named: documents show their pseudonym "
            "or initials."
        ).format(
            parties=self.tr("%n party", "", n) if n == 1 else self.tr("%n parties", "", n),
            victims=(
                self.tr("%n victim", "", victims)
                if victims == 1
                else self.tr("%n victims", "", victims)
            ),
            hidden=hidden,
        )

    # ---- actions

    def linked_ids(self) -> set[int]:
        return {p.person.id for p in self.model.items()}

    def new_person(self) -> None:
        case_id = self.host.case_id
        if case_id is None:
            return
        self.dialog = PersonDialog(
            services=self.host.services,
            case_id=case_id,
            countries=self._countries,
            linked=self.linked_ids(),
            on_done=self._dialog_done,
            parent=self,
        )
        self.dialog.open()

    def add_existing(self) -> None:
        case_id = self.host.case_id
        if case_id is None:
            return
        self.dialog = AddPersonDialog(
            services=self.host.services,
            case_id=case_id,
            linked=self.linked_ids(),
            on_done=self._dialog_done,
            parent=self,
        )
        self.dialog.open()

    def edit_person(self) -> None:
        party = self.records.current_item()
        case_id = self.host.case_id
        if party is None or case_id is None:
            return
        self.dialog = PersonDialog(
            services=self.host.services,
            case_id=case_id,
            countries=self._countries,
            person=party.person,
            linked=self.linked_ids(),
            on_done=self._dialog_done,
            parent=self,
        )
        self.dialog.open()

    def _dialog_done(self, what: str) -> None:
        self.host.after_change()

    # ---- internals

    def _save_party(self, party: PartyDTO | None, values: dict[str, object]) -> PartyDTO:
        assert party is not None  # parties are created by the dialogs
        data = PartyInput(person_id=party.person.id, role=values["role"], notes=values["notes"])  # type: ignore[arg-type]
        return self.host.services.cases.update_party(party.id, data, expected_version=party.version)

    def _fetch_party(self, party: PartyDTO) -> PartyDTO:
        for fresh in self.host.services.cases.parties(party.case_id):
            if fresh.id == party.id:
                return fresh
        raise NotFoundError(self.tr("This party is no longer linked to the case."))

    def _show_person(self) -> None:
        party = self.records.current_item()
        self.edit_person_button.setEnabled(party is not None)
        if party is None:
            self.person_card.setText("")
            return
        p = party.person
        rows = [f"<b style='font-size:12pt'>{_html(p.full_name)}</b>"]
        if p.original_script_name:
            rows.append(_html(p.original_script_name))
        facts = [
            s
            for s in (
                tr_vocab(p.sex) if p.sex is not Sex.UNKNOWN else "",
                self.tr("born {date}").format(date=short_date(p.date_of_birth))
                if p.date_of_birth
                else "",
                p.nationality_name or "",
                self.tr("died {date}").format(date=short_date(p.date_of_death))
                if p.date_of_death
                else "",
            )
            if s
        ]
        if facts:
            rows.append(" · ".join(facts))
        colour = NAMED_COLOUR if p.consent_to_be_named else PSEUDONYM_COLOUR
        consent = _html(consent_tip(p)).replace("\n", "<br>")
        rows.append(f"<span style='color:{colour.name()}'>● {consent}</span>")
        if p.pseudonym:
            rows.append(_html(self.tr("Pseudonym: {name}").format(name=p.pseudonym)))
        if p.contact:
            rows.append(_html(self.tr("Contact: {contact}").format(contact=p.contact)))
        if p.safety_notes:
            safety = _html(self.tr("⚠ Safety: {notes}").format(notes=p.safety_notes))
            rows.append(f"<span style='color:#b3261e'>{safety}</span>")
        try:
            cases = self.host.services.people.cases_of(p.id)
        except DomainError:
            cases = []
        others = [
            f"{ref} ({tr_vocab(role).lower()})"
            for ref, _title, role in cases
            if self.host.case is None or ref != self.host.case.reference
        ]
        rows.append(
            _html(self.tr("Also in: {cases}").format(cases=", ".join(others)))
            if others
            else _html(self.tr("Not a party to any other case."))
        )
        self.person_card.setText("<br>".join(rows))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
