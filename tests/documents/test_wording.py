"""The computed wording: dates, amounts, counts and sentences in both languages, notes, and
the consent namer on its own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.documents import i18n
from app.documents.consent import HiddenName, Namer
from app.documents.contexts import NoteBook, StateRecord, state_record_sentence
from app.documents.text import clean_text, paragraphs
from app.services.dto import PersonDTO
from app.vocab import ImplementationStatus, RemedyKind, Sex


def person(
    pid: int, name: str, *, named: bool, pseudonym: str = "", original: str = ""
) -> PersonDTO:
    return PersonDTO(
        id=pid,
        uuid=str(pid),
        full_name=name,
        original_script_name=original,
        pseudonym=pseudonym,
        sex=Sex.UNKNOWN,
        date_of_birth=None,
        nationality=None,
        nationality_name=None,
        date_of_death=None,
        contact="",
        safety_notes="",
        consent_to_act=True,
        consent_to_be_named=named,
        consent_date=None,
        consent_form="",
        notes="",
        version=1,
    )


def test_dates_and_amounts() -> None:
    assert i18n.long_date(date(2025, 1, 18), "en") == "18 January 2025"
    assert i18n.long_date(date(2025, 1, 18), "ru") == "18 января 2025 г."
    assert i18n.long_date(None, "en") == ""
    assert i18n.money(Decimal("11250000"), "KZT", "en") == "11,250,000 KZT"
    assert i18n.money(Decimal("1250.5"), "USD", "ru") == "1\u00a0250,50 USD"
    assert i18n.ordinal(112, "en") == "112th" and i18n.ordinal(141, "en") == "141st"
    assert i18n.ordinal(113, "en") == "113th" and i18n.ordinal(122, "en") == "122nd"
    assert i18n.session_phrase("112", "ru") == "112-й сессии"
    assert (
        i18n.paragraph_citation("CCPR/C/KAZ/CO/2", [22, 24], "en")
        == "CCPR/C/KAZ/CO/2, paras. 22 and 24"
    )
    assert i18n.paragraph_citation("CCPR/C/KAZ/CO/3", [34], "ru") == "CCPR/C/KAZ/CO/3, п. 34"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 пострадавшего"),
        (2, "2 пострадавших"),
        (11, "11 пострадавших"),
        (21, "21 пострадавшего"),
    ],
)
def test_russian_counts(n: int, expected: str) -> None:
    assert i18n.victims_of(n, "ru") == expected


def test_remedy_sentences() -> None:
    def sentence(lang: str, **counts: int) -> str:
        values = {"fully": 0, "partially": 0, "not_implemented": 0, "unknown": 0} | counts
        paid = values["fully"] * Decimal(11_250_000)
        return i18n.remedy_sentence(
            i18n.label(RemedyKind.COMPENSATION, lang),
            RemedyKind.COMPENSATION,
            victims=sum(values.values()),
            amounts={"KZT": paid} if paid else {},
            each=(Decimal(11_250_000), "KZT") if paid else None,
            lang=lang,
            **values,
        )

    assert sentence("en", fully=3, not_implemented=20) == (
        "Compensation was paid to 3 of the 23 victims (11,250,000 KZT each, 33,750,000 KZT in "
        "all); the other 20 received nothing."
    )
    assert sentence("en", not_implemented=5) == (
        "Compensation was paid to none of the 5 victims; 5 received nothing."
    )
    assert sentence("en", fully=1, unknown=1) == (
        "Compensation was paid to 1 of the 2 victims (11,250,000 KZT in all); there is no "
        "information for 1."
    )
    assert sentence("ru", fully=3, not_implemented=20).startswith(
        "Компенсация: выплачена в полном объеме 3 из 23 пострадавших (по 11\u00a0250\u00a0000 KZT"
    )
    assert sentence("en", fully=1) == "Compensation: fully implemented (11,250,000 KZT paid)."
    assert sentence("en", not_implemented=1) == "Compensation: not implemented."
    other = i18n.remedy_sentence(
        "Effective investigation",
        RemedyKind.INVESTIGATION,
        victims=4,
        fully=1,
        partially=1,
        not_implemented=1,
        unknown=1,
        amounts={},
        each=None,
        lang="en",
    )
    assert other == (
        "Effective investigation: implemented for 1 of the 4 victims; partly implemented for 1; "
        "not implemented for 1; no information for 1."
    )
    assert (
        i18n.general_sentence(
            "Legislative change", ImplementationStatus.PARTIALLY, date(2025, 6, 1), "en"
        )
        == "Legislative change (general measure): partially implemented as of 1 June 2025."
    )


def test_state_record_sentences() -> None:
    def record(n: int, fully: int) -> StateRecord:
        return StateRecord("KZ", "Kazakhstan", n, fully, 0, 2011 if n else None)

    assert state_record_sentence(record(61, 0), "en") == (
        "Of the 61 decisions of the UN treaty bodies adopted since 2011 that found violations "
        "by Kazakhstan and are recorded in our files, none has been fully implemented."
    )
    assert state_record_sentence(record(3, 1), "en").endswith("only 1 has been fully implemented.")
    assert state_record_sentence(record(1, 0), "en").startswith("The one decision")
    assert "no decision" in state_record_sentence(record(0, 0), "en")
    assert state_record_sentence(record(61, 0), "ru").endswith(
        "ни одно не выполнено в полном объеме."
    )
    assert state_record_sentence(record(21, 0), "ru").startswith("Из 21 решения")


def test_notes_ibid() -> None:
    notes = NoteBook("en")
    assert notes.add("CCPR/C/KAZ/CO/3", ", para. 34") == "1"
    notes.add("CCPR/C/KAZ/CO/3", ", para. 52")
    notes.add("CAT/C/48/D/433/2010", ", Views adopted on 24 May 2012")
    notes.add("CCPR/C/KAZ/CO/3", ", para. 12")
    notes.add("", "Case X: in preparation")
    assert [n["text"] for n in notes.notes] == [
        "CCPR/C/KAZ/CO/3, para. 34.",
        "Ibid., para. 52.",
        "CAT/C/48/D/433/2010, Views adopted on 24 May 2012.",
        "CCPR/C/KAZ/CO/3, para. 12.",
        "Case X: in preparation.",
    ]


def test_namer_names_by_consent_and_scrubs_free_text() -> None:
    hidden = person(1, "Farrukh Davletov", named=False, pseudonym="Victim U-04")
    initials_only = person(2, "Aliya Serikovna Nurpeisova", named=False)
    named = person(3, "Ramazan Esergepov", named=True, original="Рамазан Есергепов")
    namer = Namer(lang="en")
    namer.add_people([hidden, initials_only, named])
    namer.add_hidden([HiddenName("Ivan Petrov", "Иван Петров", "I.P.")])
    assert namer.name(hidden) == "Victim U-04"
    assert namer.name(initials_only) == "A.S.N."
    assert namer.name(named) == "Ramazan Esergepov"
    assert Namer(lang="ru").name(named) == "Рамазан Есергепов"
    text = (
        "Farrukh  Davletov met Ivan Petrov (Иван Петров); Davletov and NURPEISOVA testified; "
        "the davletovs' house; Esergepov wrote."
    )
    assert namer.scrub(text) == (
        "Victim U-04 met I.P. (I.P.); Victim U-04 and A.S.N. testified; the davletovs' house; "
        "Esergepov wrote."
    )
    assert namer.redacted and namer.scrubbed == 5
    everyone = Namer(lang="en", redact_all=True)
    everyone.add_people([named])
    assert everyone.name(named) == "R.E."
    assert everyone.scrub("Esergepov v. Kazakhstan") == "R.E. v. Kazakhstan"


def test_a_surname_shared_with_someone_named_is_left_alone() -> None:
    namer = Namer(lang="en")
    namer.add_people(
        [
            person(1, "Aigul Toregozhina", named=False, pseudonym="A.T."),
            person(2, "Bakhytzhan Toregozhina", named=True),
        ]
    )
    assert namer.scrub("Aigul Toregozhina, sister of Toregozhina") == "A.T., sister of Toregozhina"


def test_text_cleaning() -> None:
    assert clean_text("a\r\nb\x0bc\x00d\x07") == "a\nb\ncd"
    assert paragraphs("  one \n\n two\r\nthree ") == ["one", "two", "three"]
