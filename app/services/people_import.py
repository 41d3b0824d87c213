"""Importing people (victims, authors, relatives, …) from a spreadsheet, optionally linking
each to a case with a role.

Two steps, so that nothing is written before the lawyer has seen what would be:

1. `preview(path, sheet, mapping, case_ref)` reads the file, maps its columns to a
   person's fields (guessed from the headers, in English or Russian, unless a mapping is
   given), parses every row and lists each row's problems: a missing name, a date that is
   not a date, an unknown country, a value the field does not take, what the people
   service would refuse (a date in the future, a death before the birth), and a likely
   duplicate of a person already in the registry or of an earlier row.
2. `apply(preview, matches=…)` imports the rows without problems in ONE transaction: if
   writing any of them fails, nothing at all is written. A row flagged as a likely
   duplicate is imported only when `matches` says what to do with it: link the existing
   person (their id) or create a new one anyway (None). The report lists the rows imported
   and the rows rejected, by the row number a spreadsheet program shows.

Dates are read as 18.01.2025, 2025-01-18, 18/01/2025 (day first), 18 January 2025,
January 18, 2025 and 18 января 2025 г.; countries by ISO code (KZ, KAZ), English name
(Kazakhstan, Kazakh) or Russian name (Казахстан, гражданин Узбекистана).
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import pycountry
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import SessionFactory
from app.dialects import same_text
from app.errors import DomainError, NotFoundError
from app.importers.spreadsheet import SpreadsheetTable, list_sheets, read_table
from app.services.base import Clock, Service, get_or_raise
from app.services.cases import CaseService
from app.services.dto import PartyInput, PersonDTO, PersonInput
from app.services.people import (
    PeopleService,
    latin_key,
    name_keys,
    name_similarity,
    similar_name_pairs,
)
from app.vocab import PartyRole, Sex
from models import Case, Country, Person

DUPLICATE_THRESHOLD = 85.0

# ---------------------------------------------------------------- fields


@dataclass(frozen=True)
class ImportField:
    """A field a spreadsheet column can be mapped to."""

    key: str
    label: str
    hint: str = ""


PERSON_FIELDS: tuple[ImportField, ...] = (
    ImportField("full_name", "Full name", "the whole name; or map surname and first name"),
    ImportField("last_name", "Surname", "joined with first name and patronymic"),
    ImportField("first_name", "First name"),
    ImportField("patronymic", "Patronymic / middle name"),
    ImportField("original_script_name", "Name in original script"),
    ImportField("pseudonym", "Pseudonym or initials", "what documents print without consent"),
    ImportField("sex", "Sex", "male / female, м / ж"),
    ImportField("date_of_birth", "Date of birth", "18.01.1990, 1990-01-18, 18 January 1990"),
    ImportField("nationality", "Nationality", "ISO code or country name"),
    ImportField("date_of_death", "Date of death"),
    ImportField("contact", "Contact"),
    ImportField("safety_notes", "Safety notes"),
    ImportField("consent_to_act", "Consent to act", "yes / no, да / нет"),
    ImportField("consent_to_be_named", "Consent to be named publicly", "yes / no, да / нет"),
    ImportField("consent_date", "Date of consent"),
    ImportField("consent_form", "Form of consent"),
    ImportField("notes", "Notes"),
    ImportField("case", "Case reference", "link the person to this case"),
    ImportField("role", "Role in the case", "victim, author, relative, …"),
)
FIELD_KEYS = frozenset(f.key for f in PERSON_FIELDS)
_FIELD_LABELS = {f.key: f.label for f in PERSON_FIELDS}

# Headers recognised for each field, normalised (see `normalise_header`). A header equal
# to one of them maps at once; one that contains one as whole words maps too, the longest
# alias winning ("Date of consent" is consent_date, not consent_to_act).
_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "фио", "ф и о", "фамилия имя отчество", "полное имя", "имя полностью",
        "фамилия и имя", "full name", "name and surname", "names", "person", "name of victim",
        "victim name", "name of the victim", "имя и фамилия",
    ),
    "last_name": ("фамилия", "surname", "last name", "family name"),
    "first_name": ("имя", "first name", "given name", "given names", "forename"),
    "patronymic": ("отчество", "patronymic", "middle name", "father s name"),
    "original_script_name": (
        "name in original script", "original script", "original name", "native name",
        "на языке оригинала", "оригинальное написание", "имя на родном языке",
        "фио на родном языке", "в оригинале",
    ),
    "pseudonym": (
        "псевдоним", "pseudonym", "alias", "initials", "инициалы", "code name", "кодовое имя",
    ),
    "sex": ("пол", "sex", "gender"),
    "date_of_birth": (
        "дата рождения", "д р", "др", "date of birth", "dob", "birth date", "born",
        "birthdate", "год рождения",
    ),
    "nationality": (
        "гражданство", "nationality", "citizenship", "country", "страна", "citizen of",
    ),
    "date_of_death": ("дата смерти", "date of death", "died", "death date", "dod"),
    "contact": (
        "контакты", "контакт", "контактные данные", "телефон", "phone", "email", "e mail",
        "contact", "contacts", "contact details", "адрес", "address",
    ),
    "safety_notes": (
        "безопасность", "safety", "safety notes", "security", "риски", "risks",
        "угрозы", "threats",
    ),
    "consent_to_act": (
        "согласие", "consent", "consent to act", "согласие на представление интересов",
        "согласие на представление", "power of attorney", "доверенность",
    ),
    "consent_to_be_named": (
        "consent to be named", "may be named", "named publicly", "consent to publish name",
        "consent to publication", "согласие на указание имени", "согласие на огласку",
        "согласие на публикацию", "согласие на публикацию имени", "публичность",
        "согласие на раскрытие имени",
    ),
    "consent_date": ("дата согласия", "consent date", "date of consent"),
    "consent_form": ("форма согласия", "consent form", "form of consent"),
    "notes": (
        "примечание", "примечания", "заметки", "комментарий", "комментарии", "notes", "note",
        "comments", "comment", "remarks",
    ),
    "case": (
        "дело", "номер дела", "case", "case reference", "case ref", "reference",
        "ссылка на дело", "internal reference",
    ),
    "role": ("роль", "role", "role in case", "роль в деле", "процессуальный статус"),
}  # fmt: skip
# Words that name the whole person only when they are the whole header ("Victim"); inside a
# longer header ("Victim / Date of birth") they say whose the column is, not what.
_EXACT_ONLY: dict[str, tuple[str, ...]] = {
    "full_name": (
        "name", "имя фамилия", "victim", "victims", "потерпевший", "потерпевшие",
        "пострадавший", "жертва", "лицо",
    ),
}  # fmt: skip

_NON_WORD = re.compile(r"[\W_]+")


def _fold_marks(text: str) -> str:
    """Casefolded, without accents or diacritics ("ё" -> "е", "й" -> "и", stress marks)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def normalise_header(text: str) -> str:
    """Case, diacritics and punctuation folded: "Дата рождения:" -> "дата рождения"."""
    return _NON_WORD.sub(" ", _fold_marks(text)).strip()


_ALIAS_KEYS = {f: tuple(normalise_header(a) for a in aliases) for f, aliases in _ALIASES.items()}
_EXACT_KEYS = {f: tuple(normalise_header(a) for a in aliases) for f, aliases in _EXACT_ONLY.items()}


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Which column holds which field, guessed from the headers (English or Russian).

    Each field goes to at most one column and each column to at most one field; a header
    equal to a known name beats one that merely contains it."""
    candidates: list[tuple[int, int, str]] = []  # (score, column, field)
    for column, header in enumerate(headers):
        text = normalise_header(header)
        if not text:
            continue
        padded = f" {text} "
        for key, aliases in _ALIAS_KEYS.items():
            for alias in aliases:
                if text == alias:
                    candidates.append((1000 + len(alias), column, key))
                elif f" {alias} " in padded:
                    candidates.append((len(alias), column, key))
        for key, aliases in _EXACT_KEYS.items():
            if text in aliases:
                candidates.append((1000, column, key))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _score, column, key in candidates:
        if key in mapping or column in used:
            continue
        mapping[key] = column
        used.add(column)
    return dict(sorted(mapping.items(), key=lambda item: item[1]))


# ---------------------------------------------------------------- values


class ValueProblem(ValueError):
    """A cell that cannot be read as the field's value; the message says how to write it."""


MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "январь", "января", "янв"),
        ("february", "feb", "февраль", "февраля", "фев"),
        ("march", "mar", "март", "марта", "мар"),
        ("april", "apr", "апрель", "апреля", "апр"),
        ("may", "май", "мая"),
        ("june", "jun", "июнь", "июня", "июн"),
        ("july", "jul", "июль", "июля", "июл"),
        ("august", "aug", "август", "августа", "авг"),
        ("september", "sep", "sept", "сентябрь", "сентября", "сен", "сент"),
        ("october", "oct", "октябрь", "октября", "окт"),
        ("november", "nov", "ноябрь", "ноября", "ноя", "нояб"),
        ("december", "dec", "декабрь", "декабря", "дек"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_NUMERIC_DATE = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_YEAR_SUFFIX = re.compile(r"\s*(?:г\.?|года?|y\.)\s*$", re.IGNORECASE)
DATE_HELP = "write it as 18.01.2025, 2025-01-18 or 18 January 2025"


def parse_date(text: str) -> date | None:
    """A date as people write it; None for an empty cell; ValueProblem otherwise."""
    value = " ".join((text or "").split())
    if not value:
        return None
    value = _YEAR_SUFFIX.sub("", value)
    try:
        if m := _ISO_DATE.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_DATE.match(value):
            if len(m[4]) == 2:
                raise ValueProblem(
                    f"“{text}” gives the year in two digits: write it in full (e.g. 1990)."
                )
            return date(int(m[4]), int(m[3]), int(m[1]))
        if m := _DAY_MONTH_YEAR.match(value):
            month = MONTHS.get(m[2].casefold())
            if month is not None:
                return date(int(m[3]), month, int(m[1]))
        if m := _MONTH_DAY_YEAR.match(value):
            month = MONTHS.get(m[1].casefold())
            if month is not None:
                return date(int(m[3]), month, int(m[2]))
    except ValueError as exc:
        if isinstance(exc, ValueProblem):
            raise
        raise ValueProblem(f"“{text}” is not a real date ({exc}).") from None
    if re.fullmatch(r"\d{4}", value):
        raise ValueProblem(f"“{text}” is only a year: a full date is needed ({DATE_HELP}).")
    raise ValueProblem(f"“{text}” is not a date: {DATE_HELP}.")


_TRUE = frozenset(
    {"yes", "y", "true", "1", "+", "x", "✓", "✔", "да", "д", "есть", "имеется", "согласен",
     "согласна", "agreed", "given"}
)  # fmt: skip
_FALSE = frozenset(
    {"no", "n", "false", "0", "-", "–", "—", "нет", "н", "не согласен", "не согласна",
     "refused", "отказ", "none"}
)  # fmt: skip


def parse_bool(text: str) -> bool | None:
    value = " ".join((text or "").casefold().split())
    if not value:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueProblem(f"“{text}” is neither yes nor no (write yes/no or да/нет).")


_SEXES: dict[str, Sex] = {
    **dict.fromkeys(
        ("male", "m", "man", "м", "муж", "мужской", "мужчина", "мужск", "ер", "erkak"), Sex.MALE
    ),
    **dict.fromkeys(
        ("female", "f", "w", "woman", "ж", "жен", "женский", "женщина", "женск", "әйел", "ayol"),
        Sex.FEMALE,
    ),
    **dict.fromkeys(("other", "другой", "другое", "иное"), Sex.OTHER),
    **dict.fromkeys(("unknown", "неизвестно", "не указан", "?"), Sex.UNKNOWN),
}


def parse_sex(text: str) -> Sex:
    value = " ".join((text or "").casefold().replace(".", " ").split())
    if not value:
        return Sex.UNKNOWN
    if value in _SEXES:
        return _SEXES[value]
    raise ValueProblem(f"“{text}” is not a sex TreatyDesk knows: write male or female (м or ж).")


_ROLES: dict[str, PartyRole] = {
    **dict.fromkeys(
        ("автор", "заявитель", "автор сообщения", "applicant", "complainant", "petitioner"),
        PartyRole.AUTHOR,
    ),
    **dict.fromkeys(
        ("жертва", "потерпевший", "потерпевшая", "пострадавший", "пострадавшая", "victims"),
        PartyRole.VICTIM,
    ),
    **dict.fromkeys(
        ("автор и жертва", "автор и потерпевший", "заявитель и жертва", "author/victim"),
        PartyRole.AUTHOR_AND_VICTIM,
    ),
    **dict.fromkeys(("представитель", "representative"), PartyRole.REPRESENTATIVE),
    **dict.fromkeys(("адвокат", "защитник", "lawyer", "attorney"), PartyRole.COUNSEL),
    **dict.fromkeys(
        ("родственник", "родственница", "член семьи", "family member"), PartyRole.RELATIVE
    ),
    **dict.fromkeys(("свидетель", "свидетельница"), PartyRole.WITNESS),
    **dict.fromkeys(("исполнитель", "виновный", "виновное лицо"), PartyRole.PERPETRATOR),
}


def parse_role(value: str | PartyRole | None) -> PartyRole | None:
    """A role by its key, English label or Russian name; None for an empty cell."""
    if value is None or isinstance(value, PartyRole):
        return value
    text = " ".join(value.split())
    if not text:
        return None
    try:
        return PartyRole(PartyRole.parse(text))
    except ValueError:
        pass
    found = _ROLES.get(text.casefold())
    if found is None:
        choices = ", ".join(r.label.lower() for r in PartyRole)
        raise ValueProblem(f"“{value}” is not a role in a case. Choose one of: {choices}.")
    return found


# Russian and colloquial names, genitive forms ("гражданин Узбекистана") and English
# demonyms for the States the cases are about; pycountry gives the official ones.
_REGION_NAMES: dict[str, str] = {
    "казахстан": "KZ", "казахстана": "KZ", "рк": "KZ", "республика казахстан": "KZ",
    "kazakh": "KZ", "qazaqstan": "KZ",
    "узбекистан": "UZ", "узбекистана": "UZ", "руз": "UZ", "uzbek": "UZ", "ozbekiston": "UZ",
    "кыргызстан": "KG", "кыргызстана": "KG", "киргизия": "KG", "киргизии": "KG",
    "киргизстан": "KG", "кр": "KG", "kyrgyz": "KG", "kirghizia": "KG",
    "таджикистан": "TJ", "таджикистана": "TJ", "tajik": "TJ",
    "туркменистан": "TM", "туркменистана": "TM", "туркмения": "TM", "turkmen": "TM",
    "россия": "RU", "россии": "RU", "рф": "RU", "российская федерация": "RU",
    "российской федерации": "RU", "russia": "RU", "russian": "RU",
    "беларусь": "BY", "беларуси": "BY", "белоруссия": "BY", "белоруссии": "BY",
    "рб": "BY", "belarusian": "BY", "byelorussia": "BY",
    "украина": "UA", "украины": "UA", "ukrainian": "UA",
    "китай": "CN", "китая": "CN", "кнр": "CN", "chinese": "CN",
    "грузия": "GE", "грузии": "GE", "georgian": "GE",
    "армения": "AM", "армении": "AM", "armenian": "AM",
    "азербайджан": "AZ", "азербайджана": "AZ", "azerbaijani": "AZ", "azeri": "AZ",
    "молдова": "MD", "молдовы": "MD", "молдавия": "MD", "молдавии": "MD", "moldovan": "MD",
    "афганистан": "AF", "афганистана": "AF", "afghan": "AF",
    "турция": "TR", "турции": "TR", "turkish": "TR",
    "монголия": "MN", "монголии": "MN", "mongolian": "MN",
    "иран": "IR", "ирана": "IR", "iranian": "IR",
    "сша": "US", "американский": "US", "usa": "US", "american": "US",
    "великобритания": "GB", "великобритании": "GB", "uk": "GB", "british": "GB",
    "германия": "DE", "германии": "DE", "german": "DE",
    "лицо без гражданства": "", "апатрид": "", "stateless": "",
}  # fmt: skip
_CITIZEN_PREFIX = re.compile(
    r"^(?:гражданин|гражданка|граждане|гр|подданныи|подданная|citizen of|national of|"
    r"citizen|national)\s+"
)


def _country_key(text: str) -> str:
    """A name folded for lookup, without "гражданин" / "citizen of" in front."""
    key = normalise_header(text)
    return _CITIZEN_PREFIX.sub("", key).strip()


@lru_cache(maxsize=1)
def _known_country_names() -> dict[str, str]:
    """Every name pycountry knows, in English and Russian, folded -> ISO alpha-2 code."""
    names: dict[str, str] = {}
    try:
        russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
        translate = russian.gettext
    except OSError:  # pycountry installed without its translations
        translate = str
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            for variant in (value, translate(value), *_inverted(value)):
                names.setdefault(_country_key(variant), country.alpha_2)
    names.update({_country_key(k): v for k, v in _REGION_NAMES.items()})
    return names


def _inverted(name: str) -> tuple[str, ...]:
    """ "Korea, Republic of" -> ("Republic of Korea",): how people write such names."""
    head, sep, tail = name.partition(", ")
    return (f"{tail} {head}",) if sep else ()


def resolve_country(text: str, database_names: Mapping[str, str] | None = None) -> str | None:
    """The ISO alpha-2 code for a nationality as written; None for an empty cell or a
    stateless person; ValueProblem for a name that is not known."""
    value = " ".join((text or "").split())
    if not value:
        return None
    if value.isascii() and value.isalpha() and len(value) in (2, 3):
        country = (
            pycountry.countries.get(alpha_2=value.upper())
            if len(value) == 2
            else pycountry.countries.get(alpha_3=value.upper())
        )
        if country is not None:
            return str(country.alpha_2)
    key = _country_key(value)
    if database_names and key in database_names:
        return database_names[key]
    names = _known_country_names()
    if key in names:
        return names[key] or None
    raise ValueProblem(
        f"Unknown country “{text}”: write its ISO code (UZ, KZ) or its name in English or Russian."
    )


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with one row. `kind`: "error" (the row cannot be imported as it is),
    "duplicate" (a likely duplicate: import it only by saying what to do, see `apply`),
    "warning" (imported anyway)."""

    row: int
    message: str
    field: str | None = None
    column: str | None = None  # the header of the column at fault
    kind: str = "error"

    @property
    def blocking(self) -> bool:
        return self.kind != "warning"

    def __str__(self) -> str:
        where = f" ({self.column})" if self.column else ""
        return f"Row {self.row}{where}: {self.message}"


@dataclass(frozen=True)
class PreviewRow:
    row: int  # the row number a spreadsheet program shows
    values: tuple[str, ...]  # the cells as read
    person: PersonInput | None  # what would be saved; None without a name
    case_reference: str | None  # the case to link to (the row's own, else the default)
    role: PartyRole | None
    problems: tuple[RowProblem, ...] = ()
    similar: tuple[tuple[PersonDTO, float], ...] = ()  # likely duplicates in the registry
    same_as_rows: tuple[int, ...] = ()  # earlier rows of the file with a similar name

    @property
    def name(self) -> str:
        return self.person.full_name if self.person else ""

    @property
    def status(self) -> str:
        """ "ready", "duplicate" (needs a decision) or "error"."""
        kinds = {p.kind for p in self.problems}
        if "error" in kinds:
            return "error"
        if "duplicate" in kinds:
            return "duplicate"
        return "ready"


@dataclass(frozen=True)
class PeopleImportPreview:
    """What importing the file would do; `apply()` takes it back."""

    path: str
    table: SpreadsheetTable
    mapping: dict[str, int]  # field key -> column index
    guessed: dict[str, int]  # the mapping guessed from the headers
    case_reference: str | None  # the default case for rows without their own
    role: PartyRole | None  # the default role for rows without their own
    rows: tuple[PreviewRow, ...]
    problems: tuple[str, ...] = ()  # about the file as a whole
    threshold: float = DUPLICATE_THRESHOLD

    @property
    def ready(self) -> int:
        return sum(1 for r in self.rows if r.status == "ready")

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.status == "duplicate")

    @property
    def errors(self) -> int:
        return sum(1 for r in self.rows if r.status == "error")

    @property
    def unmapped_columns(self) -> tuple[str, ...]:
        used = set(self.mapping.values())
        return tuple(h for i, h in enumerate(self.table.headers) if i not in used)

    def column_of(self, key: str) -> str | None:
        index = self.mapping.get(key)
        return self.table.headers[index] if index is not None else None

    def sentence(self) -> str:
        rows = len(self.rows)
        parts = [f"{self.ready} ready to import"]
        if self.duplicates:
            parts.append(f"{self.duplicates} likely duplicate(s) to decide")
        if self.errors:
            parts.append(f"{self.errors} with problems")
        return f"{rows} row{'' if rows == 1 else 's'}: " + ", ".join(parts) + "."


@dataclass(frozen=True)
class ImportedRow:
    row: int
    person_id: int
    name: str
    created: bool  # False: an existing person of the registry was linked
    case_reference: str | None
    role: PartyRole | None


@dataclass(frozen=True)
class RejectedRow:
    row: int
    name: str
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True)
class PeopleImportReport:
    source: str
    imported: tuple[ImportedRow, ...] = ()
    rejected: tuple[RejectedRow, ...] = ()

    @property
    def created(self) -> int:
        return sum(1 for r in self.imported if r.created)

    @property
    def linked(self) -> int:
        return sum(1 for r in self.imported if r.case_reference)

    def sentence(self) -> str:
        text = f"Imported {len(self.imported)} row(s) from {self.source}: {self.created} new "
        text += f"person(s), {len(self.imported) - self.created} existing"
        if self.linked:
            text += f", {self.linked} linked to a case"
        text += "."
        if self.rejected:
            rows = ", ".join(str(r.row) for r in self.rejected)
            text += f" Not imported: {len(self.rejected)} row(s) ({rows})."
        return text


# ---------------------------------------------------------------- service


@dataclass
class _Parsed:
    row: int
    values: tuple[str, ...]
    person: PersonInput | None = None
    case_reference: str | None = None
    case_id: int | None = None
    role: PartyRole | None = None
    problems: list[RowProblem] = field(default_factory=list)
    similar: tuple[tuple[PersonDTO, float], ...] = ()
    same_as_rows: tuple[int, ...] = ()


_DATE_FIELDS = ("date_of_birth", "date_of_death", "consent_date")
_TEXT_FIELDS = (
    "original_script_name",
    "pseudonym",
    "contact",
    "safety_notes",
    "consent_form",
    "notes",
)


class PeopleImportService(Service):
    """Spreadsheet import of people, optionally linked to cases: preview, then apply."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        people: PeopleService,
        cases: CaseService,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._people = people
        self._cases = cases

    @staticmethod
    def fields() -> tuple[ImportField, ...]:
        """The fields a column can be mapped to (for the mapping dialog's choices)."""
        return PERSON_FIELDS

    @staticmethod
    def sheets(path: Path | str) -> list[str]:
        """The sheets of a workbook, to choose from before the preview; [] for a CSV file."""
        return list_sheets(path)

    def preview(
        self,
        path: Path | str,
        sheet: str | None = None,
        mapping: Mapping[str, int] | None = None,
        case_ref: str | None = None,
        *,
        role: PartyRole | str | None = None,
        header_rows: int | None = None,
        threshold: float = DUPLICATE_THRESHOLD,
    ) -> PeopleImportPreview:
        """Read `path` and show what importing it would do; nothing is written.

        `mapping` (field key -> column index) replaces the guess from the headers;
        `case_ref` and `role` link every row without its own case or role column value."""
        table = read_table(path, sheet=sheet, header_rows=header_rows)
        guessed = guess_mapping(table.headers)
        used = self._check_mapping(table, guessed if mapping is None else mapping)
        default_role = self._default_role(role)
        if not 0 <= threshold <= 100:
            raise DomainError(
                f"The similarity threshold must be between 0 and 100, not {threshold}.",
                field="threshold",
            )
        with self._uow("import") as s:
            default_case = self._default_case(s, case_ref)
            parsed = self._parse_rows(s, table, used, default_case, default_role, threshold)
        return PeopleImportPreview(
            path=str(path),
            table=table,
            mapping=used,
            guessed=guessed,
            case_reference=default_case[1] if default_case else None,
            role=default_role,
            rows=tuple(_preview_row(p) for p in parsed),
            problems=tuple(_file_problems(table, used)),
            threshold=threshold,
        )

    def apply(
        self, preview: PeopleImportPreview, *, matches: Mapping[int, int | None] | None = None
    ) -> PeopleImportReport:
        """Import the rows of `preview` that have no problem, in one transaction.

        The rows are checked again inside the transaction (the registry may have changed
        since the preview). `matches` decides rows, by row number: a person id links that
        existing person instead of creating one (their record is not changed), None creates
        a new person even though the name resembles another. A likely duplicate without a
        decision is not imported. If writing any row fails, nothing is written and the
        DomainError names the row."""
        decided = dict(matches or {})
        numbers = {r.row for r in preview.rows}
        unknown = sorted(set(decided) - numbers)
        if unknown:
            raise DomainError(
                f"Row(s) {', '.join(map(str, unknown))} are not rows of {preview.table.source}.",
                field="matches",
            )
        imported: list[ImportedRow] = []
        rejected: list[RejectedRow] = []
        with self._uow("import") as s:
            default_case = self._default_case(s, preview.case_reference)
            parsed = self._parse_rows(
                s, preview.table, preview.mapping, default_case, preview.role, preview.threshold
            )
            for row in parsed:
                choice = decided.get(row.row, _UNDECIDED)
                blocking = [
                    p
                    for p in row.problems
                    if p.kind == "error" or (p.kind == "duplicate" and choice is _UNDECIDED)
                ]
                if blocking or row.person is None:
                    rejected.append(
                        RejectedRow(
                            row.row, row.person.full_name if row.person else "", tuple(blocking)
                        )
                    )
                    continue
                try:
                    imported.append(self._write_row(s, row, choice))
                except (DomainError, IntegrityError) as exc:
                    message = exc.message if isinstance(exc, DomainError) else _integrity(exc)
                    raise DomainError(
                        f"Row {row.row} ({row.person.full_name}): {message} Nothing was "
                        "imported: correct the row or leave it out, then import again.",
                        field=getattr(exc, "field", None),
                    ) from exc
        return PeopleImportReport(
            source=preview.table.source, imported=tuple(imported), rejected=tuple(rejected)
        )

    # ------------------------------------------------------------------ internals

    def _write_row(self, s: Session, row: _Parsed, choice: object) -> ImportedRow:
        assert row.person is not None
        if isinstance(choice, int) and not isinstance(choice, bool):
            person = get_or_raise(s, Person, choice, "person chosen for this row")
            created = False
        else:
            person = self._people._create_in(s, row.person)
            created = True
        if row.case_id is not None and row.role is not None:
            self._cases._add_party_in(
                s, row.case_id, PartyInput(person_id=person.id, role=row.role)
            )
        return ImportedRow(
            row=row.row,
            person_id=person.id,
            name=person.full_name,
            created=created,
            case_reference=row.case_reference if row.case_id is not None else None,
            role=row.role if row.case_id is not None else None,
        )

    @staticmethod
    def _check_mapping(table: SpreadsheetTable, mapping: Mapping[str, int]) -> dict[str, int]:
        clean: dict[str, int] = {}
        for key, column in mapping.items():
            if key not in FIELD_KEYS:
                known = ", ".join(sorted(FIELD_KEYS))
                raise DomainError(
                    f"“{key}” is not a field people can be imported into. Fields: {known}.",
                    field="mapping",
                )
            if isinstance(column, bool) or not isinstance(column, int):
                raise DomainError(
                    f"The column for {_FIELD_LABELS[key].lower()} must be a column number.",
                    field="mapping",
                )
            if not 0 <= column < len(table.headers):
                raise DomainError(
                    f"{table.source} has no column {column + 1} (it has "
                    f"{len(table.headers)}): choose another for {_FIELD_LABELS[key].lower()}.",
                    field="mapping",
                )
            clean[key] = column
        return clean

    @staticmethod
    def _default_role(role: PartyRole | str | None) -> PartyRole | None:
        try:
            return parse_role(role)
        except ValueProblem as exc:
            raise DomainError(str(exc), field="role") from None

    @staticmethod
    def _default_case(s: Session, reference: str | None) -> tuple[int, str] | None:
        wanted = (reference or "").strip()
        if not wanted:
            return None
        found = _case_by_reference(s, wanted)
        if found is None:
            raise NotFoundError(f"No case has the reference “{wanted}”.", field="case_ref")
        return found

    def _parse_rows(
        self,
        s: Session,
        table: SpreadsheetTable,
        mapping: Mapping[str, int],
        default_case: tuple[int, str] | None,
        default_role: PartyRole | None,
        threshold: float,
    ) -> list[_Parsed]:
        countries = {
            _country_key(name): code for code, name in s.execute(select(Country.code, Country.name))
        }
        case_cache: dict[str, tuple[int, str] | None] = {}
        parsed = [
            self._parse_row(
                s, table, mapping, number, values, default_case, default_role, countries, case_cache
            )
            for number, values in zip(table.row_numbers, table.rows, strict=True)
        ]
        named = [p for p in parsed if p.person is not None]
        similar = self._people._similar_in(
            s, [p.person.full_name for p in named if p.person], threshold=threshold
        )
        for p, found in zip(named, similar, strict=True):
            p.similar = tuple(found)
            if found:
                best = ", ".join(f"{dto.full_name} ({score:.0f}%)" for dto, score in found[:3])
                p.problems.append(
                    RowProblem(
                        p.row,
                        f"likely already in the registry: {best}. Link the existing person "
                        "or import as a new one.",
                        field="full_name",
                        column=_column(table, mapping, "full_name"),
                        kind="duplicate",
                    )
                )
        for p, earlier in zip(named, _same_as_earlier(named, threshold), strict=True):
            if earlier:
                p.same_as_rows = earlier
                p.problems.append(
                    RowProblem(
                        p.row,
                        f"the same name as row {', '.join(map(str, earlier))} of this file.",
                        field="full_name",
                        column=_column(table, mapping, "full_name"),
                        kind="duplicate",
                    )
                )
        return parsed

    def _parse_row(
        self,
        s: Session,
        table: SpreadsheetTable,
        mapping: Mapping[str, int],
        number: int,
        values: tuple[str, ...],
        default_case: tuple[int, str] | None,
        default_role: PartyRole | None,
        countries: Mapping[str, str],
        case_cache: dict[str, tuple[int, str] | None],
    ) -> _Parsed:
        out = _Parsed(row=number, values=values)

        def cell(key: str) -> str:
            index = mapping.get(key)
            return values[index] if index is not None else ""

        def problem(key: str, message: str, kind: str = "error") -> None:
            out.problems.append(
                RowProblem(
                    number, message, field=key, column=_column(table, mapping, key), kind=kind
                )
            )

        def read(key: str, parser: Callable[[str], object]) -> object:
            try:
                return parser(cell(key))
            except ValueProblem as exc:
                problem(key, str(exc))
                return None

        name = " ".join(cell("full_name").split())
        if not name:
            name = " ".join(
                part
                for part in (
                    " ".join(cell(k).split()) for k in ("first_name", "patronymic", "last_name")
                )
                if part
            )
        dates = {key: read(key, parse_date) for key in _DATE_FIELDS}
        sex = read("sex", parse_sex)
        nationality = read("nationality", lambda v: resolve_country(v, countries))
        consent_to_act = read("consent_to_act", parse_bool)
        named = read("consent_to_be_named", parse_bool)
        row_role = read("role", parse_role)
        role = row_role or default_role
        reference = " ".join(cell("case").split())
        case = default_case
        if reference:
            key = reference.casefold()
            if key not in case_cache:
                case_cache[key] = _case_by_reference(s, reference)
            case = case_cache[key]
            if case is None:
                problem("case", f"no case has the reference “{reference}”.")
        if case is not None:
            out.case_id, out.case_reference = case
            if role is None:
                problem(
                    "role",
                    f"no role in case {case[1]}: fill the role column or choose a role for "
                    "every row.",
                )
            out.role = role
        elif row_role is not None and not reference:
            problem("role", "a role is given but no case to link the person to.", "warning")
        if not name:
            problem("full_name", "the name is missing.")
            return out
        person = PersonInput(
            full_name=name,
            sex=sex if isinstance(sex, Sex) else Sex.UNKNOWN,
            nationality=nationality if isinstance(nationality, str) else None,
            consent_to_act=consent_to_act if isinstance(consent_to_act, bool) else None,
            consent_to_be_named=bool(named),
            **{k: v for k, v in dates.items() if isinstance(v, date)},
            **{k: cell(k) for k in _TEXT_FIELDS},
        )
        out.person = person
        if not any(p.kind == "error" for p in out.problems):
            try:
                self._people._validate(s, person)
            except DomainError as exc:
                problem(exc.field or "full_name", _lower_first(exc.message))
        return out


_UNDECIDED = object()


def likely_same(first: str, second: str, threshold: float = DUPLICATE_THRESHOLD) -> bool:
    """Two names of one person: alike (`name_similarity`), or one is the other without a
    word, as when a list gives the patronymic once and leaves it out later ("Рахимов
    Шухрат" and "Рахимов Шухрат Алиевич"): at least two words in common, none extra."""
    if name_similarity(first, second) >= threshold:
        return True
    a, b = set(latin_key(first).split()), set(latin_key(second).split())
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= 2 and shorter <= longer


def _same_as_earlier(named: Sequence[_Parsed], threshold: float) -> list[tuple[int, ...]]:
    """For each row of `named`, the row numbers of the earlier ones whose name is
    `likely_same` as its name: the same rows as comparing every pair, without doing so."""
    names = [p.person.full_name if p.person else "" for p in named]
    keys = name_keys(names)
    earlier: list[set[int]] = [set() for _ in named]
    # likely_same(later, earlier) starts with name_similarity(later, earlier).
    for i, j, _score in similar_name_pairs(keys, keys, threshold):
        if j < i:
            earlier[i].add(j)
    # ... or one name's words are all in the other's, at least two of them.
    word_sets = [frozenset(k.key.split()) for k in keys]
    having: dict[str, set[int]] = {}
    for i, words in enumerate(word_sets):
        for word in words:
            having.setdefault(word, set()).add(i)
    for i, words in enumerate(word_sets):
        if len(words) < 2:
            continue
        postings = sorted((having[w] for w in words), key=len)
        for j in set.intersection(*postings):  # rows whose words include all of row i's
            if j != i:
                earlier[max(i, j)].add(min(i, j))
    return [tuple(named[j].row for j in sorted(found) if named[j].person) for found in earlier]


def _case_by_reference(s: Session, reference: str) -> tuple[int, str] | None:
    row = s.execute(select(Case.id, Case.reference).where(Case.reference == reference)).first()
    if row is None:
        row = s.execute(
            select(Case.id, Case.reference).where(same_text(Case.reference, reference))
        ).first()
    return (row[0], row[1]) if row is not None else None


def _column(table: SpreadsheetTable, mapping: Mapping[str, int], key: str) -> str | None:
    index = mapping.get(key)
    if index is None and key == "full_name":
        index = next((mapping[k] for k in ("last_name", "first_name") if k in mapping), None)
    return table.headers[index] if index is not None else None


def _file_problems(table: SpreadsheetTable, mapping: Mapping[str, int]) -> list[str]:
    problems = []
    if not any(k in mapping for k in ("full_name", "last_name", "first_name")):
        problems.append(
            "No column is mapped to the name: map a column to “Full name” (or to surname and "
            "first name)."
        )
    if not table.rows:
        problems.append(f"{table.source} has a header but no rows.")
    return problems


def _preview_row(p: _Parsed) -> PreviewRow:
    return PreviewRow(
        row=p.row,
        values=p.values,
        person=p.person,
        case_reference=p.case_reference,
        role=p.role,
        problems=tuple(p.problems),
        similar=p.similar,
        same_as_rows=p.same_as_rows,
    )


def _lower_first(text: str) -> str:
    """ "Date of birth … is in the future" -> "date of birth …"; "ISO …" stays."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _integrity(exc: IntegrityError) -> str:
    return f"the database refused it ({exc.orig})."
