"""Importing people from spreadsheets: mapping, per-row problems, one transaction, CLI."""

from __future__ import annotations

import codecs
import io
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.cli import Output, main
from app.db import SessionFactory, session_scope
from app.errors import DomainError, NotFoundError
from app.importers.spreadsheet import SpreadsheetError
from app.services.cases import CaseService
from app.services.dto import CaseInput, PersonInput
from app.services.people import PeopleService
from app.services.people_import import (
    PERSON_FIELDS,
    PeopleImportService,
    ValueProblem,
    guess_mapping,
    parse_bool,
    parse_date,
    parse_role,
    parse_sex,
    resolve_country,
)
from app.vocab import PartyRole, Sex
from models import CaseParty, Person

CP1251_ROWS = [
    "ФИО;Дата рождения;Гражданство;Пол;Согласие на указание имени;Примечание",
    "Рахимов Шухрат Алиевич;12.06.1982;Узбекистан;м;да;Задержан 5 января 2022",  # 2 ok
    "Тошматов Бахтиёр;31.02.1990;Узбекистан;м;нет;",  # 3 bad date
    "Юсупова Нодира;1 марта 1985 г.;Нарния;ж;нет;",  # 4 unknown country
    ";01.01.1980;Казахстан;м;;",  # 5 missing name
    "Абдуллаев Акмаль;1982-06-12;UZ;м;да;",  # 6 like Akmal Abdullayev in the registry
    "Рахимов Шухрат;14.07.1979;Узбекистан;м;;",  # 7 like row 2
    "Каримов Дилшод;18.01.2030;Узбекистан;м;;",  # 8 born in the future
    "Назаров Олим;18 января 1991;гражданин Узбекистана;муж.;да;",  # 9 ok
    "Собиров Улугбек;1991-05-05;Узбекистан;мужчина?;;",  # 10 bad sex
]


@pytest.fixture
def people(session_factory: SessionFactory, clock) -> PeopleService:
    return PeopleService(session_factory, clock=clock)


@pytest.fixture
def cases(session_factory: SessionFactory, clock) -> CaseService:
    return CaseService(session_factory, clock=clock)


@pytest.fixture
def service(session_factory: SessionFactory, clock, people, cases) -> PeopleImportService:
    return PeopleImportService(session_factory, clock=clock, people=people, cases=cases)


@pytest.fixture
def case_id(cases: CaseService) -> int:
    return cases.create(
        CaseInput(
            reference="ILI-2022-UZ23", title="Twenty-three v. Kazakhstan", body="CAT", state="KZ"
        )
    ).id


@pytest.fixture
def akmal(people: PeopleService) -> int:
    return people.create(PersonInput("Akmal Abdullayev", nationality="UZ")).id


@pytest.fixture
def cp1251_csv(tmp_path: Path) -> Path:
    path = tmp_path / "потерпевшие.csv"
    path.write_bytes(("\r\n".join(CP1251_ROWS) + "\r\n").encode("cp1251"))
    return path


def _counts(session_factory: SessionFactory) -> tuple[int, int]:
    with session_scope(session_factory) as s:
        return (
            int(s.scalar(select(func.count(Person.id))) or 0),
            int(s.scalar(select(func.count(CaseParty.id))) or 0),
        )


def test_preview_of_a_windows_1251_csv_lists_every_row_problem(
    service: PeopleImportService, cp1251_csv: Path, akmal: int, case_id: int
) -> None:
    preview = service.preview(cp1251_csv, case_ref="ili-2022-uz23", role="victim")
    assert preview.table.encoding == "cp1251" and preview.table.delimiter == ";"
    assert preview.mapping == {
        "full_name": 0,
        "date_of_birth": 1,
        "nationality": 2,
        "sex": 3,
        "consent_to_be_named": 4,
        "notes": 5,
    }
    assert preview.guessed == preview.mapping
    assert preview.case_reference == "ILI-2022-UZ23" and preview.role is PartyRole.VICTIM
    assert preview.problems == ()
    by_row = {r.row: r for r in preview.rows}
    assert sorted(by_row) == list(range(2, 11))
    status = {n: r.status for n, r in by_row.items()}
    assert status == {
        2: "ready",
        3: "error",
        4: "error",
        5: "error",
        6: "duplicate",
        7: "duplicate",
        8: "error",
        9: "ready",
        10: "error",
    }
    first = by_row[2].person
    assert first is not None
    assert first.full_name == "Рахимов Шухрат Алиевич"
    assert first.date_of_birth == date(1982, 6, 12)
    assert first.nationality == "UZ"
    assert first.sex is Sex.MALE
    assert first.consent_to_be_named is True
    assert first.notes == "Задержан 5 января 2022"
    assert by_row[2].case_reference == "ILI-2022-UZ23"
    ninth = by_row[9].person
    assert ninth is not None
    assert (ninth.date_of_birth, ninth.nationality) == (date(1991, 1, 18), "UZ")

    def messages(row: int) -> list[str]:
        return [str(p) for p in by_row[row].problems]

    assert messages(3) == [
        "Row 3 (Дата рождения): “31.02.1990” is not a real date (day is out of range for month)."
    ]
    assert messages(4) == [
        "Row 4 (Гражданство): Unknown country “Нарния”: write its ISO code (UZ, KZ) or its name "
        "in English or Russian."
    ]
    assert messages(5) == ["Row 5 (ФИО): the name is missing."]
    assert by_row[6].similar[0][0].id == akmal
    assert "likely already in the registry: Akmal Abdullayev (97%)" in messages(6)[0]
    assert by_row[7].same_as_rows == (2,)
    assert messages(7) == ["Row 7 (ФИО): the same name as row 2 of this file."]
    assert len(messages(8)) == 1
    assert messages(8)[0].startswith("Row 8 (Дата рождения): date of birth (18 January 2030)")
    assert by_row[8].problems[0].field == "date_of_birth"
    assert "is not a sex" in messages(10)[0]
    assert preview.sentence() == (
        "9 rows: 2 ready to import, 2 likely duplicate(s) to decide, 5 with problems."
    )


def test_apply_imports_the_good_rows_links_them_and_reports_the_rest(
    service: PeopleImportService,
    cases: CaseService,
    cp1251_csv: Path,
    akmal: int,
    case_id: int,
    session_factory: SessionFactory,
) -> None:
    preview = service.preview(cp1251_csv, case_ref="ILI-2022-UZ23", role=PartyRole.VICTIM)
    report = service.apply(preview, matches={6: akmal, 7: None})
    assert [(r.row, r.name, r.created) for r in report.imported] == [
        (2, "Рахимов Шухрат Алиевич", True),
        (6, "Akmal Abdullayev", False),
        (7, "Рахимов Шухрат", True),
        (9, "Назаров Олим", True),
    ]
    assert all(r.case_reference == "ILI-2022-UZ23" for r in report.imported)
    assert all(r.role is PartyRole.VICTIM for r in report.imported)
    assert [r.row for r in report.rejected] == [3, 4, 5, 8, 10]
    assert report.rejected[2].name == ""
    assert str(report.rejected[0].problems[0]).startswith("Row 3 (Дата рождения)")
    assert report.sentence() == (
        "Imported 4 row(s) from потерпевшие.csv: 3 new person(s), 1 existing, 4 linked to a "
        "case. Not imported: 5 row(s) (3, 4, 5, 8, 10)."
    )
    parties = cases.parties(case_id)
    assert [p.person.full_name for p in parties] == [
        "Рахимов Шухрат Алиевич",
        "Akmal Abdullayev",
        "Рахимов Шухрат",
        "Назаров Олим",
    ]
    assert {p.role for p in parties} == {PartyRole.VICTIM}
    assert _counts(session_factory) == (4, 4)


def test_a_likely_duplicate_without_a_decision_is_not_imported(
    service: PeopleImportService, cp1251_csv: Path, akmal: int, session_factory: SessionFactory
) -> None:
    report = service.apply(service.preview(cp1251_csv))
    assert [r.row for r in report.imported] == [2, 9]
    assert all(r.case_reference is None and not r.role for r in report.imported)
    rejected = {r.row: r for r in report.rejected}
    assert rejected[6].problems[0].kind == "duplicate"
    assert rejected[7].problems[0].kind == "duplicate"
    assert _counts(session_factory) == (3, 0)


def test_a_row_failing_while_written_leaves_nothing_written(
    service: PeopleImportService, cp1251_csv: Path, akmal: int, case_id: int, session_factory
) -> None:
    """Rows 6 and 7 both chosen to be Akmal: linking him twice to the case fails on row 7,
    after rows 2 and 6 were written in the same transaction; all of it is rolled back."""
    preview = service.preview(cp1251_csv, case_ref="ILI-2022-UZ23", role="victim")
    before = _counts(session_factory)
    with pytest.raises(DomainError) as info:
        service.apply(preview, matches={6: akmal, 7: akmal})
    assert str(info.value).startswith(
        "Row 7 (Рахимов Шухрат): Akmal Abdullayev is already linked to this case as victim."
    )
    assert "Nothing was imported" in str(info.value)
    assert _counts(session_factory) == before == (1, 0)


def test_a_database_error_in_the_middle_rolls_back_every_row(
    service: PeopleImportService,
    cp1251_csv: Path,
    session_factory: SessionFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview = service.preview(cp1251_csv)
    original = PeopleService._create_in
    calls: list[str] = []

    def create_then_fail(self: PeopleService, s, data: PersonInput) -> Person:
        calls.append(data.full_name)
        if len(calls) == 3:
            raise IntegrityError("INSERT INTO people", {}, Exception("disk I/O error"))
        return original(self, s, data)

    monkeypatch.setattr(PeopleService, "_create_in", create_then_fail)
    with pytest.raises(DomainError, match=r"^Row 7 \(Рахимов Шухрат\): the database refused it"):
        service.apply(preview, matches={7: None})
    assert calls == ["Рахимов Шухрат Алиевич", "Абдуллаев Акмаль", "Рахимов Шухрат"]
    assert _counts(session_factory) == (0, 0)


def test_the_registry_changing_after_the_preview_is_seen_by_apply(
    service: PeopleImportService, people: PeopleService, cp1251_csv: Path
) -> None:
    preview = service.preview(cp1251_csv)
    assert {r.row: r.status for r in preview.rows}[9] == "ready"
    people.create(PersonInput("Nazarov Olim"))
    report = service.apply(preview)
    assert 9 in [r.row for r in report.rejected]
    assert 9 not in [r.row for r in report.imported]


def _victims_workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Victims"
    ws["A1"] = "No."
    ws.merge_cells("A1:A2")
    ws["B1"] = "Потерпевший"
    ws.merge_cells("B1:E1")
    ws["B2"] = "Фамилия"
    ws["C2"] = "Имя"
    ws["D2"] = "Дата рождения"
    ws["E2"] = "Гражданство"
    ws["F1"] = "Дело"
    ws.merge_cells("F1:F2")
    ws["G1"] = "Роль"
    ws.merge_cells("G1:G2")
    ws.append([1, "Абдуллаев", "Рустам", date(1980, 3, 1), "Uzbekistan", "ILI-2022-UZ23", None])
    ws.append([2, "Каримова", "Нигора", "5 May 1975", "KAZ", "ILI-2022-UZ23", "родственница"])
    ws.append([3, "Sultanov", "Timur", "1970-01-01", "Kyrgyzstan", "NO-SUCH-CASE", None])
    ws.append([4, "Юлдашев", "Бек", "01/02/1988", "Россия", None, "witness"])
    ws.append([5, "Ортиков", "Сардор", None, "China", "ILI-2022-UZ23", "судья"])
    wb.create_sheet("Notes").append(["nothing here"])
    wb.save(path)


def test_xlsx_with_merged_headers_case_and_role_per_row(
    service: PeopleImportService, cases: CaseService, case_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "victims.xlsx"
    _victims_workbook(path)
    assert service.sheets(path) == ["Victims", "Notes"]
    preview = service.preview(path, sheet="Victims", role="victim")
    assert preview.table.header_rows == 2
    assert preview.mapping == {
        "last_name": 1,
        "first_name": 2,
        "date_of_birth": 3,
        "nationality": 4,
        "case": 5,
        "role": 6,
    }
    assert preview.unmapped_columns == ("No.",)
    by_row = {r.row: r for r in preview.rows}
    assert by_row[3].name == "Рустам Абдуллаев"
    assert by_row[3].role is PartyRole.VICTIM  # the default
    assert by_row[4].role is PartyRole.RELATIVE  # the row's own
    assert by_row[4].person and by_row[4].person.nationality == "KZ"
    assert [str(p) for p in by_row[5].problems] == [
        "Row 5 (Дело): no case has the reference “NO-SUCH-CASE”."
    ]
    assert by_row[6].status == "ready"  # no case: the role is only a warning
    assert by_row[6].problems[0].kind == "warning"
    assert by_row[6].person and by_row[6].person.date_of_birth == date(1988, 2, 1)
    assert by_row[7].status == "error" and "not a role" in by_row[7].problems[0].message
    report = service.apply(preview)
    assert [r.row for r in report.imported] == [3, 4, 6]
    assert [(p.person.full_name, p.role) for p in cases.parties(case_id)] == [
        ("Рустам Абдуллаев", PartyRole.VICTIM),
        ("Нигора Каримова", PartyRole.RELATIVE),
    ]


def test_utf16_tsv_with_english_headers_and_an_explicit_mapping(
    service: PeopleImportService, tmp_path: Path
) -> None:
    path = tmp_path / "people.txt"
    text = (
        "Name\tBorn\tCountry\tGender\tConsent\tAlias\r\n"
        "Aliya Nurpeisova\tJanuary 18, 1990\tKazakhstan\tF\tyes\tA.N.\r\n"
        "Timur Sultanov\t18/01/1990\tKG\tm\tno\t\r\n"
    )
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    preview = service.preview(path)
    assert preview.mapping == {
        "full_name": 0,
        "date_of_birth": 1,
        "nationality": 2,
        "sex": 3,
        "consent_to_act": 4,
        "pseudonym": 5,
    }
    aliya = preview.rows[0].person
    assert aliya is not None
    assert (aliya.sex, aliya.consent_to_act, aliya.consent_to_be_named, aliya.pseudonym) == (
        Sex.FEMALE,
        True,
        False,
        "A.N.",
    )
    # The lawyer says the "Consent" column is consent to be named, and the country is not read.
    chosen = service.preview(
        path, mapping={"full_name": 0, "date_of_birth": 1, "consent_to_be_named": 4}
    )
    assert chosen.guessed == preview.mapping
    timur = chosen.rows[1].person
    assert timur is not None
    assert (timur.nationality, timur.consent_to_be_named, timur.consent_to_act) == (
        None,
        False,
        None,
    )
    report = service.apply(chosen)
    assert [r.name for r in report.imported] == ["Aliya Nurpeisova", "Timur Sultanov"]


def test_mapping_and_option_errors(service: PeopleImportService, cp1251_csv: Path) -> None:
    with pytest.raises(DomainError, match="“age” is not a field") as info:
        service.preview(cp1251_csv, mapping={"age": 1})
    assert info.value.field == "mapping"
    with pytest.raises(DomainError, match="has no column 7"):
        service.preview(cp1251_csv, mapping={"full_name": 6})
    with pytest.raises(DomainError, match="must be a column number"):
        service.preview(cp1251_csv, mapping={"full_name": "ФИО"})  # type: ignore[dict-item]
    with pytest.raises(NotFoundError, match="No case has the reference “X-1”") as info:
        service.preview(cp1251_csv, case_ref="X-1")
    assert info.value.field == "case_ref"
    with pytest.raises(DomainError, match="“boss” is not a role") as info:
        service.preview(cp1251_csv, role="boss")
    assert info.value.field == "role"
    with pytest.raises(DomainError, match="between 0 and 100"):
        service.preview(cp1251_csv, threshold=101)
    with pytest.raises(SpreadsheetError, match="no sheets"):
        service.preview(cp1251_csv, sheet="Лист1")
    preview = service.preview(cp1251_csv)
    with pytest.raises(DomainError, match="Row\\(s\\) 99 are not rows") as info:
        service.apply(preview, matches={99: None})
    assert info.value.field == "matches"


def test_no_name_column_is_a_problem_of_the_whole_file(
    service: PeopleImportService, tmp_path: Path
) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Дата рождения,Пол\n01.01.1990,м\n", encoding="utf-8")
    preview = service.preview(path)
    assert preview.problems == (
        "No column is mapped to the name: map a column to “Full name” (or to surname and first "
        "name).",
    )
    assert preview.rows[0].status == "error"
    assert service.apply(preview).imported == ()


def test_a_case_without_a_role_is_a_row_problem(
    service: PeopleImportService, cp1251_csv: Path, case_id: int
) -> None:
    preview = service.preview(cp1251_csv, case_ref="ILI-2022-UZ23")
    row = preview.rows[0]
    assert row.status == "error"
    assert row.problems[0].field == "role"
    assert "no role in case ILI-2022-UZ23" in row.problems[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18.01.2025", date(2025, 1, 18)),
        ("8.1.2025", date(2025, 1, 8)),
        ("2025-01-18", date(2025, 1, 18)),
        ("2025-01-18 00:00", date(2025, 1, 18)),
        ("18/01/2025", date(2025, 1, 18)),
        ("18-01-2025", date(2025, 1, 18)),
        ("18 January 2025", date(2025, 1, 18)),
        ("18 Jan. 2025", date(2025, 1, 18)),
        ("January 18, 2025", date(2025, 1, 18)),
        ("18 января 2025 г.", date(2025, 1, 18)),
        ("18 январь 2025 года", date(2025, 1, 18)),
        ("3 мая 1990", date(1990, 5, 3)),
        ("  ", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31.02.1990", "not a real date"),
        ("18.01.90", "two digits"),
        ("1990", "only a year"),
        ("18 Brumaire 1990", "not a date"),
        ("yesterday", "not a date"),
    ],
)
def test_parse_date_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueProblem, match=message):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("KZ", "KZ"),
        ("uzb", "UZ"),
        ("Kazakhstan", "KZ"),
        ("Republic of Korea", "KR"),
        ("Казахстан", "KZ"),
        ("Кыргызстан", "KG"),
        ("Киргизия", "KG"),
        ("Таджикистан", "TJ"),
        ("Туркменистан", "TM"),
        ("Россия", "RU"),
        ("Российская Федерация", "RU"),
        ("Беларусь", "BY"),
        ("Украина", "UA"),
        ("Китай", "CN"),
        ("Грузия", "GE"),
        ("Армения", "AM"),
        ("Азербайджан", "AZ"),
        ("гражданин Узбекистана", "UZ"),
        ("Соединённые Штаты", "US"),
        ("Uzbek", "UZ"),
        ("", None),
        ("лицо без гражданства", None),
    ],
)
def test_resolve_country(text: str, code: str | None) -> None:
    assert resolve_country(text) == code


def test_resolve_country_refuses_and_uses_database_names() -> None:
    with pytest.raises(ValueProblem, match="Unknown country “Narnia”"):
        resolve_country("Narnia")
    assert resolve_country("Narnia", {"narnia": "NA"}) == "NA"


def test_parse_small_values() -> None:
    assert [parse_bool(v) for v in ("да", "Yes", "+", "нет", "0", "")] == [
        True,
        True,
        True,
        False,
        False,
        None,
    ]
    with pytest.raises(ValueProblem, match="neither yes nor no"):
        parse_bool("maybe")
    assert [parse_sex(v) for v in ("м", "Ж", "жен.", "female", "")] == [
        Sex.MALE,
        Sex.FEMALE,
        Sex.FEMALE,
        Sex.FEMALE,
        Sex.UNKNOWN,
    ]
    assert parse_role("Потерпевший") is PartyRole.VICTIM
    assert parse_role("author and victim") is PartyRole.AUTHOR_AND_VICTIM
    assert parse_role("адвокат") is PartyRole.COUNSEL
    assert parse_role("") is None


def test_guess_mapping_in_english_and_russian() -> None:
    assert guess_mapping(
        ["Full name", "Date of birth", "Nationality", "Consent to be named", "Date of consent"]
    ) == {
        "full_name": 0,
        "date_of_birth": 1,
        "nationality": 2,
        "consent_to_be_named": 3,
        "consent_date": 4,
    }
    assert guess_mapping(
        [
            "Фамилия",
            "Имя",
            "Отчество",
            "Псевдоним",
            "Согласие",
            "Роль",
            "Контакты",
            "ФИО (на языке оригинала)",
        ]
    ) == {
        "last_name": 0,
        "first_name": 1,
        "patronymic": 2,
        "pseudonym": 3,
        "consent_to_act": 4,
        "role": 5,
        "contact": 6,
        "original_script_name": 7,
    }
    # A group heading says whose the column is: "Victim" alone is the name, not inside.
    assert guess_mapping(["Victim", "Victim / Date of birth", "Victim / Nationality"]) == {
        "full_name": 0,
        "date_of_birth": 1,
        "nationality": 2,
    }
    assert guess_mapping(["№", "", "Something else"]) == {}
    assert {f.key for f in PERSON_FIELDS} >= {"full_name", "case", "role"}


# ---------------------------------------------------------------- command line


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), output=Output(out, err))
    return code, out.getvalue(), err.getvalue()


def test_cli_import_people_dry_run_json_then_import(tmp_path: Path, cp1251_csv: Path) -> None:
    db = tmp_path / "cli.sqlite"
    code, _, err = run("--db", str(db), "demo", "load")
    assert code == 0, err
    code, out, err = run(
        "--db", str(db), "import-people", str(cp1251_csv), "--case", "ILI-2022-UZ23",
        "--role", "victim", "--dry-run", "--json",
    )  # fmt: skip
    assert code == 0, err
    doc = json.loads(out)
    assert doc["encoding"] == "cp1251" and doc["delimiter"] == ";"
    assert doc["mapping"]["full_name"] == "ФИО"
    assert doc["summary"] == {"rows": 9, "ready": 2, "duplicates": 2, "errors": 5}
    row6 = next(r for r in doc["rows"] if r["row"] == 6)
    assert row6["status"] == "duplicate"
    assert row6["similar"][0]["name"] == "Akmal Abdullayev"
    akmal_id = row6["similar"][0]["id"]
    assert "Dry run: nothing was saved." in err
    assert "imported" not in doc

    code, out, err = run(
        "--db", str(db), "import-people", str(cp1251_csv), "--case", "ILI-2022-UZ23",
        "--role", "victim", "--match", "7=new", "--match", f"6={akmal_id}",
    )  # fmt: skip
    assert code == 1  # Akmal is already a victim in the demo case: nothing is imported
    assert "Row 6 (Абдуллаев Акмаль): Akmal Abdullayev is already linked" in err
    assert "Nothing was imported" in err

    code, out, err = run(
        "--db", str(db), "import-people", str(cp1251_csv), "--case", "ILI-2022-UZ23",
        "--role", "victim", "--match", "7=new",
    )  # fmt: skip
    assert code == 0, err
    assert "Read потерпевшие.csv: Windows-1251 (Cyrillic), semicolon-separated, 9 rows." in out
    assert "Columns: ФИО → Full name; Дата рождения → Date of birth;" in out
    assert "Imported 3 row(s) from потерпевшие.csv: 3 new person(s), 0 existing" in out
    assert "not imported: Row 3 (Дата рождения)" in out


def test_cli_import_people_map_and_bad_arguments(tmp_path: Path, cp1251_csv: Path) -> None:
    db = tmp_path / "cli.sqlite"
    code, out, err = run(
        "--db", str(db), "import-people", str(cp1251_csv), "--map", "nationality=",
        "--map", "notes=F", "--map", "pseudonym=Примечание", "--dry-run",
    )  # fmt: skip
    assert code == 0, err
    assert "Примечание → Pseudonym or initials" in out
    assert "Гражданство → Nationality" not in out
    assert "Not imported: Гражданство" in out
    code, _, err = run("--db", str(db), "import-people", str(cp1251_csv), "--map", "x")
    assert code == 1 and "is not FIELD=COLUMN" in err
    code, _, err = run("--db", str(db), "import-people", str(cp1251_csv), "--map", "notes=Z9")
    assert code == 1 and "has no column “Z9”" in err
    code, _, err = run("--db", str(db), "import-people", str(cp1251_csv), "--match", "7=maybe")
    assert code == 1 and "is not a decision for a row" in err
    code, _, err = run(
        "--db", str(db), "import-people", str(cp1251_csv), "--map", "full_name=", "--json"
    )
    assert code == 1 and "No column is mapped to the name" in err
