"""The words documents are written in: English and Russian labels, dates, counts and sentences.

Everything a document computes (dates, counts, the sentence "compensation was paid to 3 of the
23 victims") is worded here, in the document's language; what the user typed (titles,
summaries, remedy texts) is printed as typed. Templates hold the rest of the wording.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from app.errors import DomainError
from app.vocab import (
    Confidentiality,
    DecisionType,
    FollowUpKind,
    Grade,
    ImplementationStatus,
    Outcome,
    PartyRole,
    ProceedingKind,
    RemedyKind,
    RemedyScope,
    Stage,
    Vocabulary,
)

LANGUAGES: tuple[str, ...] = ("en", "ru")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}

MONEY_KINDS = frozenset({RemedyKind.COMPENSATION, RemedyKind.REIMBURSEMENT, RemedyKind.RESTITUTION})


def check_language(lang: str) -> str:
    value = (lang or "").strip().lower()
    if value not in LANGUAGES:
        raise DomainError(
            f"Documents are written in English (en) or Russian (ru), not “{lang}”.", field="lang"
        )
    return value


# ---------------------------------------------------------------- vocabularies in Russian

_RU: dict[Vocabulary, str] = {
    Stage.PREPARATION: "Подготовка",
    Stage.SUBMITTED: "Направлено",
    Stage.REGISTERED: "Зарегистрировано",
    Stage.ADMISSIBILITY: "Приемлемость",
    Stage.MERITS: "Рассмотрение по существу",
    Stage.DECIDED: "Решение принято",
    Stage.FOLLOW_UP: "Последующие меры",
    Stage.CLOSED: "Закрыто",
    Outcome.PENDING: "На рассмотрении",
    Outcome.VIOLATION: "Нарушение",
    Outcome.NO_VIOLATION: "Нарушения нет",
    Outcome.INADMISSIBLE: "Неприемлемо",
    Outcome.DISCONTINUED: "Рассмотрение прекращено",
    DecisionType.VIEWS: "Соображения",
    DecisionType.ADMISSIBILITY_DECISION: "Решение о приемлемости",
    DecisionType.INADMISSIBILITY_DECISION: "Решение о неприемлемости",
    DecisionType.DISCONTINUANCE: "Решение о прекращении рассмотрения",
    RemedyKind.COMPENSATION: "Компенсация",
    RemedyKind.INVESTIGATION: "Эффективное расследование",
    RemedyKind.PROSECUTION: "Уголовное преследование виновных",
    RemedyKind.REVIEW_OF_CONVICTION: "Пересмотр приговора / новое судебное разбирательство",
    RemedyKind.REIMBURSEMENT: "Возмещение штрафов или издержек",
    RemedyKind.RELEASE: "Освобождение",
    RemedyKind.REHABILITATION: "Реабилитация",
    RemedyKind.RESTITUTION: "Реституция",
    RemedyKind.NON_REPETITION: "Гарантии неповторения",
    RemedyKind.LEGISLATIVE_CHANGE: "Изменение законодательства",
    RemedyKind.PUBLICATION: "Опубликование и перевод решения",
    RemedyKind.PROTECTION: "Защита от угроз и преследований",
    RemedyKind.OTHER: "Иная мера",
    RemedyScope.INDIVIDUAL: "Индивидуальная мера",
    RemedyScope.GENERAL: "Общая мера",
    ImplementationStatus.NOT_IMPLEMENTED: "Не выполнено",
    ImplementationStatus.PARTIALLY: "Выполнено частично",
    ImplementationStatus.FULLY: "Выполнено полностью",
    ImplementationStatus.UNKNOWN: "Нет сведений",
    Grade.A: "A — в основном удовлетворительные меры",
    Grade.B: "B — частично удовлетворительные меры",
    Grade.C: "C — неудовлетворительные меры",
    Grade.D: "D — отсутствие сотрудничества",
    Grade.E: "E — меры, противоречащие рекомендации",
    PartyRole.AUTHOR: "Автор",
    PartyRole.VICTIM: "Жертва",
    PartyRole.AUTHOR_AND_VICTIM: "Автор и жертва",
    PartyRole.REPRESENTATIVE: "Представитель",
    PartyRole.COUNSEL: "Адвокат",
    PartyRole.RELATIVE: "Родственник",
    PartyRole.WITNESS: "Свидетель",
    PartyRole.PERPETRATOR: "Исполнитель нарушения",
    FollowUpKind.STATE_REPLY: "Ответ государства-участника",
    FollowUpKind.AUTHOR_COMMENTS: "Комментарии автора",
    FollowUpKind.NGO_SUBMISSION: "Информация НПО",
    FollowUpKind.COMMITTEE_ASSESSMENT: "Оценка Комитета",
    FollowUpKind.REMINDER: "Напоминание",
    FollowUpKind.MEETING: "Встреча",
    FollowUpKind.CLOSURE: "Закрытие диалога",
    FollowUpKind.OTHER: "Прочее",
    Confidentiality.PUBLIC: "Открыто",
    Confidentiality.CONFIDENTIAL: "Конфиденциально",
    Confidentiality.STRICTLY_CONFIDENTIAL: "Строго конфиденциально",
    ProceedingKind.CRIMINAL_INVESTIGATION: "Уголовное расследование",
    ProceedingKind.TRIAL: "Судебное разбирательство",
    ProceedingKind.APPEAL: "Апелляция",
    ProceedingKind.CASSATION: "Кассация",
    ProceedingKind.SUPERVISORY_REVIEW: "Надзорный пересмотр",
    ProceedingKind.CONSTITUTIONAL: "Конституционный суд",
    ProceedingKind.CIVIL_CLAIM: "Гражданский иск",
    ProceedingKind.PROSECUTOR_COMPLAINT: "Жалоба в прокуратуру",
    ProceedingKind.ADMINISTRATIVE: "Административное производство",
    ProceedingKind.OTHER: "Иное",
}


def label(member: Vocabulary | None, lang: str) -> str:
    """The member's label in `lang` ("" for None)."""
    if member is None:
        return ""
    if lang == "ru":
        return _RU.get(member, member.label)
    return member.label


def grade_label(grade: Grade | None, lang: str) -> str:
    if grade is None:
        return "—"
    return label(grade, lang)


# ---------------------------------------------------------------- Committees and treaties

BODY_NAMES_RU = {
    "CCPR": "Комитет по правам человека",
    "CAT": "Комитет против пыток",
    "CEDAW": "Комитет по ликвидации дискриминации в отношении женщин",
    "CERD": "Комитет по ликвидации расовой дискриминации",
    "CRPD": "Комитет по правам инвалидов",
    "CRC": "Комитет по правам ребенка",
    "CED": "Комитет по насильственным исчезновениям",
    "CESCR": "Комитет по экономическим, социальным и культурным правам",
    "CMW": "Комитет по защите прав всех трудящихся-мигрантов и членов их семей",
}

TREATY_SHORT = {
    "en": {"CCPR": "Covenant", "CESCR": "Covenant"},
    "ru": {"CCPR": "Пакта", "CESCR": "Пакта"},  # genitive: "статьи 7 Пакта"
}
TREATY_SHORT_DEFAULT = {"en": "Convention", "ru": "Конвенции"}

TREATY_ABBREVIATION = {
    "CCPR": "ICCPR",
    "CESCR": "ICESCR",
    "CAT": "CAT",
    "CEDAW": "CEDAW",
    "CERD": "ICERD",
    "CRPD": "CRPD",
    "CRC": "CRC",
    "CED": "ICPPED",
    "CMW": "ICMW",
}
TREATY_ABBREVIATION_RU = {
    "CCPR": "МПГПП",
    "CESCR": "МПЭСКП",
    "CAT": "КПП",
    "CEDAW": "КЛДЖ",
    "CERD": "МКЛРД",
    "CRPD": "КПИ",
    "CRC": "КПР",
    "CED": "МКЗНИ",
    "CMW": "МКЗПТМ",
}


def body_name(code: str, english_name: str, lang: str) -> str:
    if lang == "ru":
        return BODY_NAMES_RU.get(code, english_name)
    return english_name


def treaty_short(code: str, lang: str) -> str:
    return TREATY_SHORT[lang].get(code, TREATY_SHORT_DEFAULT[lang])


def treaty_abbreviation(code: str, lang: str) -> str:
    table = TREATY_ABBREVIATION_RU if lang == "ru" else TREATY_ABBREVIATION
    return table.get(code, code)


# Russian names of the States most often before the Committees from Central Asia and around;
# any other State keeps its English name from the reference data.
COUNTRY_NAMES_RU = {
    "KZ": "Казахстан",
    "UZ": "Узбекистан",
    "KG": "Кыргызстан",
    "TJ": "Таджикистан",
    "TM": "Туркменистан",
    "RU": "Российская Федерация",
    "BY": "Беларусь",
    "UA": "Украина",
    "MD": "Республика Молдова",
    "AZ": "Азербайджан",
    "AM": "Армения",
    "GE": "Грузия",
    "MN": "Монголия",
    "CN": "Китай",
    "AF": "Афганистан",
    "TR": "Турция",
    "IR": "Иран",
    "DE": "Германия",
    "FR": "Франция",
    "GB": "Соединенное Королевство",
    "US": "Соединенные Штаты Америки",
    "CH": "Швейцария",
    "LT": "Литва",
    "LV": "Латвия",
    "EE": "Эстония",
    "PL": "Польша",
}


def country_name(code: str, english_name: str, lang: str) -> str:
    if lang == "ru":
        return COUNTRY_NAMES_RU.get(code, english_name)
    return english_name


# ---------------------------------------------------------------- dates and numbers

_MONTHS_RU = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(value: date | None, lang: str) -> str:
    """18 January 2025 / 18 января 2025 г. ("" for no date); independent of the OS locale."""
    if value is None:
        return ""
    if lang == "ru":
        return f"{value.day} {_MONTHS_RU[value.month - 1]} {value.year} г."
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def short_date(value: date | None) -> str:
    """18.01.2025, for tables ("" for no date)."""
    return f"{value:%d.%m.%Y}" if value else ""


def format_amount(amount: Decimal, lang: str = "en") -> str:
    """11250000 -> "11,250,000" (en) / "11 250 000" (ru, with no-break spaces)."""
    text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    if lang == "ru":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def money(amount: Decimal | None, currency: str, lang: str) -> str:
    if amount is None:
        return ""
    return f"{format_amount(amount, lang)} {currency}".strip()


def ordinal(n: int, lang: str) -> str:
    """112 -> "112th" / "112-й"."""
    if lang == "ru":
        return f"{n}-й"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def session_phrase(session: str, lang: str) -> str:
    """ "112" -> "112th session" / "112-й сессии" (as used after "at its"/"на"); "" if none."""
    value = (session or "").strip()
    if not value:
        return ""
    if value.isdigit():
        n = int(value)
        return f"{n}-й сессии" if lang == "ru" else f"{ordinal(n, lang)} session"
    return f"сессии {value}" if lang == "ru" else f"session {value}"


def join(parts: Sequence[str], lang: str) -> str:
    """ "a, b and c" / "a, b и c"."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    word = " и " if lang == "ru" else " and "
    return ", ".join(parts[:-1]) + word + parts[-1]


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """Russian noun form after a number: 1 жертва, 2 жертвы, 5 жертв."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def victims_of(n: int, lang: str) -> str:
    """What follows "3 of the": "23 victims" / "из 23 пострадавших" tail."""
    if lang == "ru":
        # After "из": genitive, singular for 1, 21, 31... and plural otherwise.
        return f"{n} " + ("пострадавшего" if n % 10 == 1 and n % 100 != 11 else "пострадавших")
    return f"{n} victim" if n == 1 else f"{n} victims"


def count_noun(n: int, lang: str, en: tuple[str, str], ru: tuple[str, str, str]) -> str:
    """ "1 case" / "3 cases"; "1 дело" / "3 дела" / "5 дел"."""
    if lang == "ru":
        return f"{n} {ru_plural(n, *ru)}"
    return f"{n:,} {en[0] if n == 1 else en[1]}"


def paragraph_citation(symbol: str, paragraphs: Sequence[int | str], lang: str) -> str:
    """ "CCPR/C/KAZ/CO/3, para. 34" / "CCPR/C/KAZ/CO/3, paras. 22 and 24" / "…, п. 34"."""
    items = [str(p) for p in paragraphs if str(p)]
    if not items:
        return symbol
    if lang == "ru":
        return f"{symbol}, {'п.' if len(items) == 1 else 'пп.'} {join(items, lang)}"
    return f"{symbol}, {'para.' if len(items) == 1 else 'paras.'} {join(items, lang)}"


# ---------------------------------------------------------------- implementation sentences


def remedy_sentence(
    label_text: str,
    kind: RemedyKind,
    *,
    victims: int,
    fully: int,
    partially: int,
    not_implemented: int,
    unknown: int,
    amounts: dict[str, Decimal],
    each: tuple[Decimal, str] | None,
    lang: str,
) -> str:
    """How an individual remedy stands, in one sentence, for a case with `victims` victims.

    "Compensation was paid to 3 of the 23 victims (11,250,000 KZT each, 33,750,000 KZT in
    all); the other 20 received nothing."
    """
    if victims == 0:
        return (
            f"{label_text}: пострадавшие по делу не указаны."
            if lang == "ru"
            else f"{label_text}: no victims are recorded in this case."
        )
    paid = join([money(v, c, lang) for c, v in sorted(amounts.items()) if v > 0], lang)
    detail = ""
    if paid:
        if (
            each is not None
            and fully > 1
            and not partially
            and amounts == {each[1]: each[0] * fully}
        ):
            detail = (
                f" (по {money(each[0], each[1], lang)}, всего {paid})"
                if lang == "ru"
                else f" ({money(each[0], each[1], lang)} each, {paid} in all)"
            )
        else:
            detail = f" (всего {paid})" if lang == "ru" else f" ({paid} in all)"
    if victims == 1:
        if paid:
            detail = f" (выплачено {paid})" if lang == "ru" else f" ({paid} paid)"
        status = (
            ImplementationStatus.FULLY
            if fully
            else ImplementationStatus.PARTIALLY
            if partially
            else ImplementationStatus.NOT_IMPLEMENTED
            if not_implemented
            else ImplementationStatus.UNKNOWN
        )
        return f"{label_text}: {label(status, lang).lower()}{detail}."
    money_kind = kind in MONEY_KINDS
    if lang == "ru":
        head = f"{label_text}: " + (
            "выплачена в полном объеме " if money_kind else "выполнено в отношении "
        )
        first = f"{head}{fully} из {victims_of(victims, lang)}{detail}"
        rest = []
        if partially:
            rest.append(f"частично — {partially}")
        if not_implemented:
            rest.append(
                ("не выплачена" if money_kind else "не выполнено") + f" — {not_implemented}"
            )
        if unknown:
            rest.append(f"нет сведений — {unknown}")
        return "; ".join([first, *rest]) + "."
    if money_kind:
        who = "none" if fully == 0 else str(fully)
        first = f"{label_text} was paid to {who} of the {victims_of(victims, lang)}{detail}"
        rest = []
        if partially:
            rest.append(f"{partially} received part of it")
        if not_implemented:
            alone = not partially and not unknown and fully
            rest.append(
                f"the other {not_implemented} received nothing"
                if alone
                else f"{not_implemented} received nothing"
            )
        if unknown:
            rest.append(f"there is no information for {unknown}")
        return "; ".join([first, *rest]) + "."
    first = f"{label_text}: implemented for {fully} of the {victims_of(victims, lang)}{detail}"
    rest = []
    if partially:
        rest.append(f"partly implemented for {partially}")
    if not_implemented:
        rest.append(f"not implemented for {not_implemented}")
    if unknown:
        rest.append(f"no information for {unknown}")
    return "; ".join([first, *rest]) + "."


def general_sentence(
    label_text: str,
    status: ImplementationStatus | None,
    status_date: date | None,
    lang: str,
) -> str:
    if lang == "ru":
        head = f"{label_text} (общая мера): "
        text = label(status or ImplementationStatus.UNKNOWN, lang).lower()
        if status_date:
            text += f" по состоянию на {long_date(status_date, lang)}"
        return head + text + "."
    head = f"{label_text} (general measure): "
    text = label(status or ImplementationStatus.UNKNOWN, lang).lower()
    if status is None or status is ImplementationStatus.UNKNOWN:
        text = "no information"
    if status_date:
        text += f" as of {long_date(status_date, lang)}"
    return head + text + "."
