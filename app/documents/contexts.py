"""The contexts templates are filled from: plain dicts built from DTOs, in one language.

The service gathers the records (a `CaseRecord` per case, a `ReviewRecord` per review) at
generation time; the functions here turn them into dicts of strings, lists and numbers.
Every count, amount and date is computed here from the records, and every person is
named through the document's `Namer` (consent). templates_docs/README.md documents each
variable with an example.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from app.documents import i18n
from app.documents.consent import Namer
from app.documents.i18n import join, label, long_date
from app.documents.text import one_line, paragraphs
from app.services.dto import (
    AssessmentDTO,
    BodyDTO,
    CaseArticleDTO,
    CaseDTO,
    DeadlineDTO,
    FollowUpDTO,
    ImplementationMatrix,
    PartyDTO,
    ProceedingDTO,
    RecommendationDTO,
    RemedyDTO,
    ReviewDTO,
    StatusDTO,
)
from app.vocab import (
    ArticleRelation,
    FollowUpKind,
    Grade,
    ImplementationStatus,
    Outcome,
    PartyRole,
    RemedyKind,
    RemedyScope,
)

Context = dict[str, Any]

# ---------------------------------------------------------------- what the service gathers


@dataclass(frozen=True)
class CaseRecord:
    """Everything recorded about one case that a document may print."""

    case: CaseDTO
    body: BodyDTO
    parties: list[PartyDTO]
    articles: list[CaseArticleDTO]
    proceedings: list[ProceedingDTO]
    matrix: ImplementationMatrix
    events: list[FollowUpDTO]
    grades: dict[int, Grade]
    deadlines: list[DeadlineDTO] = field(default_factory=list)


@dataclass(frozen=True)
class SectionRecord:
    """One shadow-report section: the NGO's input and the records it draws on."""

    number: int
    heading: str
    article: str
    facts: str
    state_action: str
    ngo_recommendations: tuple[str, ...]
    recommendations: list[RecommendationDTO]
    assessments: dict[int, list[AssessmentDTO]]
    cases: list[CaseRecord]
    include_state_record: bool = False


@dataclass(frozen=True)
class StateRecord:
    """Decisions finding a violation by one State, and how many are fully implemented."""

    state_code: str
    state_name: str
    decisions: int
    fully_implemented: int
    partially_implemented: int
    since_year: int | None


@dataclass(frozen=True)
class ReviewRecord:
    review: ReviewDTO
    body: BodyDTO
    sections: list[SectionRecord]
    state_record: StateRecord
    previous_symbols: dict[int, str] = field(default_factory=dict)  # recommendation id -> CO


@dataclass(frozen=True)
class Options:
    """What the user adds at generation time (not stored in the database)."""

    lang: str
    today: date
    organisation: str = ""
    signatory: str = ""
    addressee: str = ""
    reply_by: date | None = None


# ---------------------------------------------------------------- small helpers


def _letter(n: int) -> str:
    """1 -> "a", 27 -> "aa" (the Committee's sub-paragraph letters)."""
    text = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        text = chr(ord("a") + rem) + text
    return text


def article_label(a: CaseArticleDTO) -> str:
    """ "14 (3) (b)": the article with its paragraph, as the Committee writes it."""
    paragraph = a.paragraph.replace(")(", ") (")
    return f"{a.number} {paragraph}".strip()


def articles_phrase(numbers: Sequence[str], body_code: str, lang: str) -> str:
    """ "article 7 of the Covenant" / "articles 9, 19 and 21 of the Covenant" (ru: genitive)."""
    if not numbers:
        return ""
    treaty = i18n.treaty_short(body_code, lang)
    if lang == "ru":
        word = "статьи" if len(numbers) == 1 else "статей"
        return f"{word} {join(list(numbers), lang)} {treaty}"
    word = "article" if len(numbers) == 1 else "articles"
    return f"{word} {join(list(numbers), lang)} of the {treaty}"


def committee_context(body: BodyDTO, lang: str) -> Context:
    name = i18n.body_name(body.code, body.name, lang)
    genitive = name.replace("Комитет", "Комитета", 1) if lang == "ru" else name
    return {
        "code": body.code,
        "name": name,
        "name_genitive": genitive,
        "name_upper": name.upper(),
        "name_genitive_upper": genitive.upper(),
        "treaty": body.treaty,
        "treaty_short": i18n.treaty_short(body.code, lang),
        "treaty_abbreviation": i18n.treaty_abbreviation(body.code, lang),
        "instrument": body.complaint_instrument,
    }


def _status_of_remedy(
    remedy: RemedyDTO, matrix: ImplementationMatrix, general: dict[int, StatusDTO | None]
) -> ImplementationStatus:
    """One status for a whole remedy: fully only when every victim (or the State) is done."""
    if remedy.scope == RemedyScope.GENERAL:
        st = general.get(remedy.id)
        return st.status if st else ImplementationStatus.UNKNOWN
    statuses = [matrix.status_of(remedy.id, v.id) for v in matrix.victims]
    if not statuses or all(s == ImplementationStatus.UNKNOWN for s in statuses):
        return ImplementationStatus.UNKNOWN
    if all(s == ImplementationStatus.FULLY for s in statuses):
        return ImplementationStatus.FULLY
    if any(s in (ImplementationStatus.FULLY, ImplementationStatus.PARTIALLY) for s in statuses):
        return ImplementationStatus.PARTIALLY
    return ImplementationStatus.NOT_IMPLEMENTED


def _remedy_label(remedy: RemedyDTO, lang: str, namer: Namer) -> str:
    if remedy.kind is RemedyKind.OTHER and remedy.text.strip():
        first = one_line(namer.scrub(remedy.text.strip().splitlines()[0]))
        return first if len(first) <= 60 else first[:57].rstrip() + "…"
    return label(remedy.kind, lang)


def _each_payment(matrix: ImplementationMatrix, remedy_id: int) -> tuple[Decimal, str] | None:
    payments = {
        (cell.amount, cell.currency)
        for (rid, _pid), cell in matrix.cells.items()
        if rid == remedy_id and cell.amount is not None and cell.amount > 0
    }
    if len(payments) == 1:
        amount, currency = next(iter(payments))
        return amount, currency
    return None


def remedy_sentences(record: CaseRecord, namer: Namer, lang: str) -> list[str]:
    """One sentence per remedy, in order: "Compensation was paid to 3 of the 23 victims…"."""
    return [r["sentence"] for r in remedies_context(record, namer, lang)]


def _ordered_remedies(matrix: ImplementationMatrix) -> list[RemedyDTO]:
    return sorted(
        [*matrix.remedies, *(r for r, _st in matrix.general)], key=lambda r: (r.position, r.id)
    )


def remedies_context(record: CaseRecord, namer: Namer, lang: str) -> list[Context]:
    matrix = record.matrix
    totals = {t.remedy_id: t for t in matrix.totals}
    general = {r.id: st for r, st in matrix.general}
    result = []
    for number, remedy in enumerate(_ordered_remedies(matrix), start=1):
        name = _remedy_label(remedy, lang, namer)
        status = _status_of_remedy(remedy, matrix, general)
        if remedy.id in totals:
            t = totals[remedy.id]
            sentence = i18n.remedy_sentence(
                name,
                remedy.kind,
                victims=t.victims,
                fully=t.fully,
                partially=t.partially,
                not_implemented=t.not_implemented,
                unknown=t.unknown,
                amounts=t.amounts,
                each=_each_payment(matrix, remedy.id),
                lang=lang,
            )
            pending = t.victims - t.fully
            victims = t.victims
            fully = t.fully
            paid = join(
                [i18n.money(v, c, lang) for c, v in sorted(t.amounts.items()) if v > 0], lang
            )
        else:
            st = general.get(remedy.id)
            sentence = i18n.general_sentence(
                name, st.status if st else None, st.status_date if st else None, lang
            )
            pending = 0 if status == ImplementationStatus.FULLY else 1
            victims = 0
            fully = 0
            paid = i18n.money(st.amount, st.currency, lang) if st and st.amount else ""
        grade = record.grades.get(remedy.id)
        requested = _requested_grade(status)
        result.append(
            {
                "number": number,
                "letter": _letter(number),
                "kind": remedy.kind.value,
                "label": name,
                "scope": label(remedy.scope, lang).lower(),
                "is_general": remedy.scope == RemedyScope.GENERAL,
                "text": one_line(namer.scrub(remedy.text)) or name,
                "status": label(status, lang),
                "is_fully_implemented": status == ImplementationStatus.FULLY,
                "sentence": sentence,
                "victims": victims,
                "victims_fully": fully,
                "victims_pending": pending,
                "paid": paid,
                "grade": i18n.grade_label(grade, lang),
                "grade_letter": grade.value if grade else "",
                "requested_grade": requested.value,
                "requested_grade_label": label(requested, lang),
            }
        )
    return result


def _requested_grade(status: ImplementationStatus) -> Grade:
    if status == ImplementationStatus.FULLY:
        return Grade.A
    if status == ImplementationStatus.PARTIALLY:
        return Grade.B
    return Grade.C


def victim_rows(record: CaseRecord, namer: Namer, lang: str) -> list[Context]:
    """The per-victim table: one row per individual remedy and victim, remedy by remedy."""
    matrix = record.matrix
    rows = []
    for remedy in matrix.remedies:
        name = _remedy_label(remedy, lang, namer)
        for victim in matrix.victims:
            cell = matrix.cells.get((remedy.id, victim.id))
            status = cell.status if cell else ImplementationStatus.UNKNOWN
            rows.append(
                {
                    "victim": namer.name(victim),
                    "remedy": name,
                    "status": label(status, lang),
                    "amount": i18n.money(cell.amount, cell.currency, lang) if cell else "",
                    "date": long_date(cell.status_date, lang) if cell else "",
                    "evidence": one_line(namer.scrub(cell.evidence)) if cell else "",
                    "source": one_line(namer.scrub(cell.source)) if cell else "",
                }
            )
    return rows


def decision_context(record: CaseRecord, lang: str) -> Context:
    case = record.case
    body = committee_context(record.body, lang)
    violated = [article_label(a) for a in record.articles if a.relation == ArticleRelation.VIOLATED]
    decided = case.outcome not in (Outcome.PENDING,) and (
        case.decision_date is not None or case.decision_type is not None
    )
    type_label = label(case.decision_type, lang) if case.decision_type else ""
    if lang == "ru":
        name = type_label.lower() if type_label else "решение"
    else:
        name = type_label if case.decision_type and type_label == "Views" else type_label.lower()
        name = name or "decision"
    session = i18n.session_phrase(case.session, lang)
    when = long_date(case.decision_date, lang)
    articles = articles_phrase(violated, case.body, lang)
    if not decided:
        sentence = (
            "Комитет еще не принял решения по этому делу "
            f"(стадия: {label(case.stage, lang).lower()})."
            if lang == "ru"
            else f"The Committee has not yet adopted a decision in this case "
            f"(stage: {label(case.stage, lang).lower()})."
        )
    elif lang == "ru":
        head = " ".join(p for p in (when, f"на {session}" if session else "") if p)
        head = f"{head} {body['name']}" if head else body["name"]
        verb = f"принял {name}"
        if case.outcome == Outcome.VIOLATION:
            tail = (
                f", в которых констатировал нарушение государством-участником {articles}"
                if articles
                else ", в которых констатировал нарушение прав автора"
            )
        elif case.outcome == Outcome.NO_VIOLATION:
            tail = f", в которых не установил нарушения {body['treaty_short']}"
        elif case.outcome == Outcome.INADMISSIBLE:
            verb, tail = "признал сообщение неприемлемым", ""
        else:
            verb, tail = "прекратил рассмотрение сообщения", ""
        sentence = f"{head} {verb}{tail}."
        sentence = sentence[0].upper() + sentence[1:]
    else:
        parts = []
        if when:
            parts.append(f"On {when}")
        if session:
            parts.append(f"at its {session}")
        head = ", ".join(parts)
        subject = f"the {body['name']}"
        head = f"{head}, {subject}" if head else subject[0].upper() + subject[1:]
        if case.outcome == Outcome.VIOLATION:
            what = f"adopted {name}"
            tail = (
                f" in which it found that the State party had violated {articles}"
                if articles
                else " in which it found a violation of the author's rights"
            )
        elif case.outcome == Outcome.NO_VIOLATION:
            what = f"adopted {name}"
            tail = f" in which it found no violation of the {body['treaty_short']}"
        elif case.outcome == Outcome.INADMISSIBLE:
            what, tail = "declared the communication inadmissible", ""
        else:
            what, tail = "discontinued its consideration of the communication", ""
        sentence = f"{head} {what}{tail}."
    return {
        "exists": decided,
        "date": when,
        "session": session,
        "type": type_label,
        "name": name,
        "articles_violated": join(violated, lang),
        "articles_phrase": articles,
        "symbol": case.symbol or "",
        "sentence": sentence,
    }


def _represented(record: CaseRecord, namer: Namer, lang: str) -> tuple[str, str]:
    """(names of the authors and victims, "the author, X" / "the 23 victims in this case")."""
    people = [
        p
        for p in record.parties
        if p.role in (PartyRole.AUTHOR, PartyRole.AUTHOR_AND_VICTIM, PartyRole.VICTIM)
    ]
    names = [namer.name(p.person) for p in people]
    victims = len(record.matrix.victims)
    authors = [namer.name(p.person) for p in people if p.role != PartyRole.VICTIM]
    if lang == "ru":
        if victims > 3 or (not authors and victims > 1):
            phrase = f"{victims} пострадавших" if victims else "автора сообщения"
        elif len(authors) == 1:
            phrase = f"автора сообщения ({authors[0]})"
        elif authors:
            phrase = f"авторов сообщения ({join(authors, lang)})"
        else:
            phrase = f"пострадавшего ({join(names, lang)})" if names else "автора сообщения"
        return join(names, lang), phrase
    if victims > 3 or (not authors and victims > 1):
        phrase = f"the {victims} victims in this case"
    elif len(authors) == 1:
        phrase = f"the author, {authors[0]}"
    elif authors:
        phrase = f"the authors, {join(authors, lang)}"
    else:
        phrase = f"the victim, {join(names, lang)}" if names else "the author"
    return join(names, lang), phrase


def case_context(record: CaseRecord, namer: Namer, lang: str) -> Context:
    case = record.case
    citation = []
    if case.communication_number:
        citation.append(
            f"сообщение № {case.communication_number}"
            if lang == "ru"
            else f"communication No. {case.communication_number}"
        )
    if case.symbol:
        citation.append(case.symbol)
    if not citation:
        citation.append(
            f"дело {case.reference}, сообщение еще не зарегистрировано"
            if lang == "ru"
            else f"case {case.reference}, communication not yet registered"
        )
    names, represented = _represented(record, namer, lang)
    domestic = []
    for p in record.proceedings:
        if not (p.outcome or p.decided_on):
            continue
        when = long_date(p.decided_on, lang)
        head = ", ".join(x for x in (namer.scrub(p.authority), when) if x)
        outcome = one_line(namer.scrub(p.outcome))
        domestic.append(f"{head}: {outcome}" if outcome else head)
    victims = record.matrix.victims
    named = sum(1 for v in victims if namer.may_name(v))
    invoked = [article_label(a) for a in record.articles if a.relation == ArticleRelation.INVOKED]
    violated = [article_label(a) for a in record.articles if a.relation == ArticleRelation.VIOLATED]
    return {
        "reference": case.reference,
        "title": one_line(namer.scrub(case.title)),
        "body": case.body,
        "state": case.state,
        "state_name": i18n.country_name(case.state, case.state_name, lang),
        "communication_number": case.communication_number or "",
        "symbol": case.symbol or "",
        "citation_line": ", ".join(citation),
        "stage": label(case.stage, lang),
        "outcome": label(case.outcome, lang),
        "confidentiality": label(case.confidentiality, lang),
        "summary": one_line(namer.scrub(case.summary)),
        "summary_paragraphs": paragraphs(namer.scrub(case.summary)),
        "lead_lawyer": case.lead_lawyer,
        "tags": list(case.tags),
        "incident_date": long_date(case.incident_date, lang),
        "submission_date": long_date(case.submission_date, lang),
        "registration_date": long_date(case.registration_date, lang),
        "decision_date": long_date(case.decision_date, lang),
        "final_domestic_decision_date": long_date(case.final_domestic_decision_date, lang),
        "articles_invoked": join(invoked, lang),
        "articles_violated": join(violated, lang),
        "people": names,
        "represented": represented,
        "victims_count": len(victims),
        "victims_named": named,
        "victims_pseudonymised": len(victims) - named,
        "domestic": domestic,
    }


def _event(e: FollowUpDTO, namer: Namer, lang: str) -> Context:
    when = long_date(e.event_date, lang)
    return {
        "date": when,
        "kind": label(e.kind, lang),
        "direction": label(e.direction, lang),
        "symbol": e.symbol,
        "session": e.session,
        "summary": one_line(namer.scrub(e.summary)),
        "decision": one_line(namer.scrub(e.decision)),
        "heading": f"{when} ({e.symbol})" if e.symbol else when,
    }


def assessment_context(
    record: CaseRecord, remedies: list[Context], namer: Namer, lang: str
) -> Context:
    latest = None
    for e in record.events:
        if e.kind == FollowUpKind.COMMITTEE_ASSESSMENT:
            latest = e
    graded = [r for r in remedies if r["grade_letter"]]
    if latest is None:
        sentence = (
            "Комитет еще не оценил информацию государства-участника о последующих мерах по "
            "этому делу."
            if lang == "ru"
            else "The Committee has not yet assessed the State party's follow-up information "
            "in this case."
        )
        return {
            "exists": False,
            "date": "",
            "symbol": "",
            "session": "",
            "decision": "",
            "sentence": sentence,
            "graded": graded,
        }
    ev = _event(latest, namer, lang)
    where = f" ({ev['symbol']})" if ev["symbol"] else ""
    if lang == "ru":
        sentence = f"В своей оценке последующих мер от {ev['date']}{where} Комитет"
        sentence += " оценил меры государства-участника следующим образом:" if graded else "."
        if ev["decision"]:
            sentence += f" Решение Комитета: {ev['decision']}"
    else:
        sentence = f"In its follow-up assessment of {ev['date']}{where}, the Committee"
        sentence += (
            " graded the State party's measures as follows:"
            if graded
            else " gave no grade per remedy."
        )
        if ev["decision"]:
            sentence += f" Its decision: {ev['decision']}"
    return {
        "exists": True,
        "date": ev["date"],
        "symbol": ev["symbol"],
        "session": ev["session"],
        "decision": ev["decision"],
        "sentence": sentence,
        "graded": graded,
    }


def request_context(decision: Context, remedies: list[Context], lang: str) -> Context:
    outstanding = [r for r in remedies if not r["is_fully_implemented"]]
    if not decision["exists"]:
        points = (
            [
                "Принять к сведению изложенную информацию о выполнении мер на национальном "
                "уровне при рассмотрении сообщения."
            ]
            if lang == "ru"
            else [
                "To take note of the above information on the measures taken at the national "
                "level when it considers the communication."
            ]
        )
        return {"keep_open": True, "grade": "", "grade_label": "", "points": points}
    if not outstanding:
        points = (
            [
                "Констатировать, что государство-участник выполнило решение Комитета, и закрыть "
                "диалог о последующих мерах с отметкой об удовлетворительном выполнении."
            ]
            if lang == "ru"
            else [
                "To find that the State party has implemented the Committee's decision and to "
                "close the follow-up dialogue with a note of satisfactory implementation."
            ]
        )
        return {
            "keep_open": False,
            "grade": "A",
            "grade_label": label(Grade.A, lang),
            "points": points,
        }
    any_progress = any(r["requested_grade"] == "B" for r in outstanding) or len(outstanding) < len(
        remedies
    )
    grade = (
        Grade.B
        if any_progress and all(r["requested_grade"] != "C" for r in outstanding)
        else Grade.C
    )
    measures = join([r["label"].lower() for r in outstanding], lang)
    if lang == "ru":
        points = [
            "Констатировать, что государство-участник не выполнило решение Комитета в полном "
            f"объеме, и оценить представленную им информацию как «{label(grade, lang)}».",
            "Продолжить диалог о последующих мерах.",
            "Предложить государству-участнику сообщить Комитету о мерах, принятых для "
            f"выполнения следующего: {measures}.",
        ]
    else:
        points = [
            "To find that the State party has not fully implemented the Committee's decision "
            f"and to assess its follow-up information as grade {label(grade, lang)}.",
            "To keep the follow-up dialogue open.",
            f"To request the State party to inform the Committee of the measures taken on the "
            f"following: {measures}.",
        ]
    return {
        "keep_open": True,
        "grade": grade.value,
        "grade_label": label(grade, lang),
        "points": points,
    }


def _common(options: Options, namer: Namer) -> Context:
    return {
        "lang": options.lang,
        "today": long_date(options.today, options.lang),
        "organisation": one_line(options.organisation),
        "organisation_upper": one_line(options.organisation).upper(),
        "signatory": one_line(namer.scrub(options.signatory)),
    }


# ---------------------------------------------------------------- case kinds


def followup_letter(record: CaseRecord, namer: Namer, options: Options) -> Context:
    lang = options.lang
    remedies = remedies_context(record, namer, lang)
    decision = decision_context(record, lang)
    events = [_event(e, namer, lang) for e in record.events]
    ctx = _common(options, namer)
    ctx.update(
        {
            "committee": committee_context(record.body, lang),
            "case": case_context(record, namer, lang),
            "decision": decision,
            "remedies": remedies,
            "victim_rows": victim_rows(record, namer, lang),
            "followup": events,
            "state_replies": [
                ev
                for ev, e in zip(events, record.events, strict=True)
                if e.kind == FollowUpKind.STATE_REPLY
            ],
            "assessment": assessment_context(record, remedies, namer, lang),
            "request": request_context(decision, remedies, lang),
        }
    )
    if not ctx["signatory"]:
        ctx["signatory"] = one_line(record.case.lead_lawyer)
    return ctx


_OBLIGATION = {
    "en": {
        "CCPR": (
            "By becoming a party to the Optional Protocol, the State party recognized the "
            "competence of the Committee to determine whether there has been a violation of the "
            "Covenant. Under article 2 of the Covenant, it has undertaken to ensure to all "
            "individuals within its territory or subject to its jurisdiction the rights "
            "recognized in the Covenant and to provide an effective and enforceable remedy when "
            "a violation has been established."
        ),
        "CAT": (
            "By making the declaration under article 22 of the Convention, the State party "
            "recognized the competence of the Committee to consider individual complaints. "
            "Under article 14 of the Convention, it has undertaken to ensure that victims of "
            "torture obtain redress and have an enforceable right to fair and adequate "
            "compensation, and it is bound to give effect to the Committee's decisions in good "
            "faith."
        ),
        "": (
            "By accepting the {instrument}, the State party recognized the competence of the "
            "{committee} to consider individual communications and undertook to give effect to "
            "its decisions in good faith."
        ),
    },
    "ru": {
        "CCPR": (
            "Став участником Факультативного протокола, государство-участник признало "
            "компетенцию Комитета определять, имело ли место нарушение Пакта. В соответствии со "
            "статьей 2 Пакта оно обязалось обеспечивать всем лицам, находящимся в пределах его "
            "территории или под его юрисдикцией, права, признаваемые в Пакте, и предоставлять "
            "эффективное и обладающее исковой силой средство правовой защиты в случае "
            "установления факта нарушения."
        ),
        "CAT": (
            "Сделав заявление в соответствии со статьей 22 Конвенции, государство-участник "
            "признало компетенцию Комитета рассматривать индивидуальные жалобы. В соответствии "
            "со статьей 14 Конвенции оно обязалось обеспечивать жертвам пыток возмещение и "
            "имеющее исковую силу право на справедливую и адекватную компенсацию и обязано "
            "добросовестно выполнять решения Комитета."
        ),
        "": (
            "Признав компетенцию Комитета рассматривать индивидуальные сообщения, "
            "государство-участник обязалось добросовестно выполнять его решения."
        ),
    },
}


def state_letter(record: CaseRecord, namer: Namer, options: Options) -> Context:
    lang = options.lang
    ctx = followup_letter(record, namer, options)
    committee = ctx["committee"]
    template = _OBLIGATION[lang].get(record.body.code, _OBLIGATION[lang][""])
    outstanding = []
    for r in ctx["remedies"]:
        if r["is_fully_implemented"]:
            continue
        if r["is_general"] or r["victims"] == 1:
            status = r["status"].lower()
        elif lang == "ru":
            status = f"не выполнено в отношении {r['victims_pending']} из " + i18n.victims_of(
                r["victims"], lang
            )
        else:
            status = f"outstanding for {r['victims_pending']} of the " + i18n.victims_of(
                r["victims"], lang
            )
        outstanding.append(
            {
                "number": len(outstanding) + 1,
                "label": r["label"],
                "text": r["text"],
                "status": status,
                "sentence": r["sentence"],
            }
        )
    addressee = paragraphs(namer.scrub(options.addressee)) or [
        "Генеральная прокуратура" if lang == "ru" else "The Prosecutor General's Office",
        ctx["case"]["state_name"],
    ]
    ctx.update(
        {
            "addressee": one_line(", ".join(addressee)),
            "addressee_lines": addressee,
            "obligation": template.format(
                instrument=committee["instrument"], committee=committee["name"]
            ),
            "outstanding": outstanding,
            "reply_by": long_date(options.reply_by, lang),
        }
    )
    return ctx


# ---------------------------------------------------------------- shadow report


class NoteBook:
    """Notes citing documents, numbered in order; "Ibid." when a note repeats the symbol."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.notes: list[Context] = []
        self._last_symbol = ""

    def add(self, symbol: str, rest: str = "") -> str:
        """Add a note (the document symbol and what follows it); returns its number."""
        number = len(self.notes) + 1
        rest = rest.strip()
        if symbol and symbol == self._last_symbol:
            ibid = "Там же" if self.lang == "ru" else "Ibid."
            text = (
                f"{ibid}{rest}"
                if rest.startswith(",")
                else f"{ibid}" + (f" {rest}" if rest else "")
            )
        else:
            text = f"{symbol}{rest}" if rest.startswith(",") or not symbol else f"{symbol} {rest}"
        text = text.strip()
        if not text.endswith("."):
            text += "."
        self._last_symbol = symbol
        self.notes.append({"number": number, "text": text, "symbol": symbol})
        return str(number)


def state_record_sentence(record: StateRecord, lang: str) -> str:
    n = record.decisions
    state = i18n.country_name(record.state_code, record.state_name, lang)
    if lang == "ru":
        if n == 0:
            return (
                "В наших материалах нет решений договорных органов, установивших нарушения "
                "государством-участником."
            )
        since = f" с {record.since_year} г." if record.since_year else ""
        noun = "решения" if n % 10 == 1 and n % 100 != 11 else "решений"
        head = (
            f"Из {n} {noun} договорных органов ООН, принятых{since} и установивших "
            f"нарушения государством-участником ({state}), которые отражены в наших материалах,"
        )
        f = record.fully_implemented
        if f == 0:
            tail = " ни одно не выполнено в полном объеме."
        elif f == n:
            tail = " все выполнены в полном объеме."
        else:
            tail = f" в полном объеме выполнено лишь {f}."
        return head + tail
    if n == 0:
        return f"Our files record no decision of the treaty bodies finding a violation by {state}."
    since = f" since {record.since_year}" if record.since_year else ""
    f = record.fully_implemented
    if n == 1:
        done = "has been fully implemented" if f else "has not been fully implemented"
        return (
            f"The one decision of the UN treaty bodies adopted{since} that found a violation by "
            f"{state} and is recorded in our files {done}."
        )
    head = (
        f"Of the {n} decisions of the UN treaty bodies adopted{since} that found violations by "
        f"{state} and are recorded in our files,"
    )
    if f == 0:
        tail = " none has been fully implemented."
    elif f == n:
        tail = " all have been fully implemented."
    else:
        tail = f" only {f} {'has' if f == 1 else 'have'} been fully implemented."
    return head + tail


def review_context(record: ReviewRecord, lang: str) -> Context:
    r = record.review
    state_name = i18n.country_name(r.state, r.state_name, lang)
    session = i18n.session_phrase(r.session, lang)
    if lang == "ru":
        session_title = f"{r.session}-я сессия" if r.session.isdigit() else session
        cycle_line = f"Рассмотрение доклада: {r.cycle}" + (
            f" ({r.state_report_symbol})" if r.state_report_symbol else ""
        )
    else:
        session_title = (
            f"{i18n.ordinal(int(r.session), lang)} session" if r.session.isdigit() else session
        )
        cycle_line = f"Review of the {r.cycle[:1].lower() + r.cycle[1:]}" + (
            f" ({r.state_report_symbol})" if r.state_report_symbol else ""
        )
    return {
        "body": r.body,
        "state": r.state,
        "state_name": state_name,
        "state_upper": state_name.upper(),
        "cycle": r.cycle,
        "cycle_line": cycle_line,
        "state_report_symbol": r.state_report_symbol,
        "co_symbol": r.co_symbol or "",
        "session": r.session,
        "session_title": session_title,
        "session_upper": session_title.upper(),
        "adopted_on": long_date(r.adopted_on, lang),
        "dialogue": join(
            [x for x in (long_date(r.dialogue_start, lang), long_date(r.dialogue_end, lang)) if x],
            lang,
        ),
        "followup_deadline": long_date(r.followup_deadline, lang),
    }


def _section_title(number: int, article: str, heading: str, lang: str) -> str:
    articles = [a.strip() for a in article.replace(" and ", ",").split(",") if a.strip()]
    if not articles:
        return f"§{number}. {heading}"
    if lang == "ru":
        word = "Статья" if len(articles) == 1 else "Статьи"
    else:
        word = "Article" if len(articles) == 1 else "Articles"
    return f"§{number}. {word} {join(articles, lang)}. {heading}"


def _recommendation_context(
    rec: RecommendationDTO,
    record: ReviewRecord,
    assessments: list[AssessmentDTO],
    notes: NoteBook,
    namer: Namer,
    lang: str,
) -> Context:
    review = record.review
    symbol = review.co_symbol or review.state_report_symbol
    cite = i18n.paragraph_citation("", [rec.paragraph], lang).lstrip(", ")
    rest = f", {cite}"
    if rec.refers_to:
        rest += f"; {'см. также' if lang == 'ru' else 'see also'} {rec.refers_to}"
    note = notes.add(symbol, rest)
    adopted = long_date(review.adopted_on, lang)
    if lang == "ru":
        intro = (
            f"В своих заключительных замечаниях{' от ' + adopted if adopted else ''} Комитет "
            f"рекомендовал государству-участнику (пункт {rec.paragraph})"
        )
    else:
        intro = (
            f"In its concluding observations{' of ' + adopted if adopted else ''}, the "
            f"Committee recommended (para. {rec.paragraph})"
        )
    quote = paragraphs(rec.recommendation_text)
    latest = assessments[-1] if assessments else None
    assessment = ""
    if latest is not None:
        open_items = [
            f"({item})" if len(item) == 1 and item.isalpha() else item
            for item in latest.open_sub_items
        ]
        evidence = one_line(namer.scrub(latest.evidence))
        if lang == "ru":
            assessment = (
                f"По нашей оценке на {long_date(latest.assessed_on, lang)}, выполнение этой "
                f"рекомендации заслуживает оценки «{label(latest.grade, lang)}»."
            )
            if open_items:
                assessment += f" Не выполнены подпункты {join(open_items, lang)}."
        else:
            assessment = (
                f"In our assessment as of {long_date(latest.assessed_on, lang)}, the State "
                f"party's implementation of this recommendation merits grade "
                f"{label(latest.grade, lang)}."
            )
            if open_items:
                assessment += f" Sub-paragraphs {join(open_items, lang)} remain unimplemented."
        if evidence:
            assessment += f" {evidence}"
    return {
        "paragraph": rec.paragraph,
        "citation": i18n.paragraph_citation(symbol, [rec.paragraph], lang),
        "theme": rec.theme,
        "intro": intro,
        "note": note,
        "quote": quote,
        "sub_items": list(rec.sub_items),
        "articles": join(list(rec.articles), lang),
        "refers_to": rec.refers_to,
        "is_followup": rec.is_followup,
        "grade": i18n.grade_label(rec.latest_grade, lang) if rec.latest_grade else "",
        "assessment": assessment,
    }


def _case_in_section(record: CaseRecord, notes: NoteBook, namer: Namer, lang: str) -> Context:
    case = record.case
    decision = decision_context(record, lang)
    title = one_line(namer.scrub(case.title))
    if case.symbol:
        rest = ""
        if decision["exists"] and decision["date"]:
            kind = decision["name"] or ("решение" if lang == "ru" else "decision")
            rest = (
                f", {kind} от {decision['date']}"
                if lang == "ru"
                else f", {kind} adopted on {decision['date']}"
            )
        note = notes.add(case.symbol, rest)
    else:
        committee = i18n.body_name(case.body, record.body.name, lang)
        preparing = case.stage.value in ("preparation",)
        if lang == "ru":
            state = "готовится" if preparing else "еще не зарегистрировано"
            rest = f"Дело {case.reference}: сообщение в {committee} {state}"
        else:
            state = "in preparation" if preparing else "not yet registered"
            rest = f"Case {case.reference}: communication to the {committee} {state}"
        note = notes.add("", rest)
    figures = []
    if decision["exists"]:
        figures.append(decision["sentence"])
    else:
        figures.extend(case_context(record, namer, lang)["domestic"][-1:])
    figures.extend(remedy_sentences(record, namer, lang))
    return {
        "reference": case.reference,
        "title": title,
        "symbol": case.symbol or "",
        "note": note,
        "summary": one_line(namer.scrub(case.summary)),
        "figures": figures,
        "victims_count": len(record.matrix.victims),
    }


def _section_context(
    section: SectionRecord, record: ReviewRecord, notes: NoteBook, namer: Namer, lang: str
) -> Context:
    recs = [
        _recommendation_context(
            rec, record, section.assessments.get(rec.id, []), notes, namer, lang
        )
        for rec in section.recommendations
    ]
    cases = [_case_in_section(c, notes, namer, lang) for c in section.cases]
    figures = []
    if section.include_state_record:
        figures.append(state_record_sentence(record.state_record, lang))
    heading = one_line(namer.scrub(section.heading))
    return {
        "number": section.number,
        "article": section.article,
        "heading": heading,
        "title": _section_title(section.number, section.article, heading, lang),
        "facts": paragraphs(namer.scrub(section.facts)),
        "state_action": paragraphs(namer.scrub(section.state_action)),
        "recommendations": recs,
        "cases": cases,
        "figures": figures,
        "ngo_recommendations": [
            {"number": i, "text": one_line(namer.scrub(t))}
            for i, t in enumerate(section.ngo_recommendations, start=1)
        ],
    }


def shadow(record: ReviewRecord, namer: Namer, options: Options) -> Context:
    """The context of a shadow report; a single section is a report of one section."""
    lang = options.lang
    notes = NoteBook(lang)
    sections = [_section_context(s, record, notes, namer, lang) for s in record.sections]
    committee = committee_context(record.body, lang)
    review = review_context(record, lang)
    articles: list[str] = []
    for s in record.sections:
        for a in s.article.replace(" and ", ",").split(","):
            a = a.strip()
            if a and a not in articles:
                articles.append(a)
    articles.sort(key=lambda a: (len(a), a))
    abbreviation = committee["treaty_abbreviation"]
    if lang == "ru":
        what = (
            f"{'СТАТЕЙ' if len(articles) > 1 else 'СТАТЬИ'} {join(articles, lang)} {abbreviation}"
            if articles
            else abbreviation
        )
        subject = f"{review['state_upper']}: ВЫПОЛНЕНИЕ {what}".upper()
        org = one_line(options.organisation)
        intro = [
            (f"Настоящий доклад подготовлен {org} " if org else "Настоящий доклад подготовлен ")
            + f"для {committee['name_genitive']} в связи с рассмотрением доклада государства-"
            f"участника ({review['state_name']}). Он состоит из "
            + i18n.count_noun(len(sections), lang, ("", ""), ("раздела", "разделов", "разделов"))
            + "; каждый раздел содержит факты, прежние рекомендации Комитета, сведения об их "
            "выполнении, примеры дел и наши рекомендации.",
        ]
    else:
        what = (
            f"{'ARTICLES' if len(articles) > 1 else 'ARTICLE'} {join(articles, lang)} OF THE "
            f"{abbreviation}"
            if articles
            else f"THE {abbreviation}"
        )
        subject = f"{review['state_upper']}: IMPLEMENTATION OF {what}".upper()
        org = one_line(options.organisation)
        who = f"by {org} " if org else ""
        intro = [
            f"This submission has been prepared {who}for consideration by the "
            f"{committee['name']} (“the Committee”) in its review of the "
            f"{record.review.cycle[:1].lower() + record.review.cycle[1:]} of "
            f"{review['state_name']}. It has "
            + i18n.count_noun(len(sections), lang, ("section", "sections"), ("", "", ""))
            + ", each setting out the facts, the Committee's earlier recommendations, what the "
            "State party did, the cases that show it and our recommendations.",
        ]
    ctx = _common(options, namer)
    ctx.update(
        {
            "committee": committee,
            "review": review,
            "report": {
                "subject_upper": subject,
                "articles": join(articles, lang),
                "sections_count": len(sections),
                "intro": intro,
            },
            "state_record": {
                "decisions": record.state_record.decisions,
                "fully_implemented": record.state_record.fully_implemented,
                "since_year": record.state_record.since_year or "",
                "sentence": state_record_sentence(record.state_record, lang),
            },
            "sections": sections,
            "section": sections[0] if sections else {},
            "notes": notes.notes,
        }
    )
    return ctx


# ---------------------------------------------------------------- PDF kinds


def _when(days: int, lang: str) -> str:
    if lang == "ru":
        if days < 0:
            return f"просрочено на {-days} " + i18n.ru_plural(-days, "день", "дня", "дней")
        if days == 0:
            return "сегодня"
        return f"через {days} " + i18n.ru_plural(days, "день", "дня", "дней")
    if days < 0:
        return f"{-days} day{'s' if days != -1 else ''} overdue"
    if days == 0:
        return "today"
    return f"in {days} day{'s' if days != 1 else ''}"


def status_summary(record: CaseRecord, namer: Namer, options: Options) -> Context:
    lang = options.lang
    case = record.case
    ctx = _common(options, namer)
    key_dates = []
    for key, value in (
        ("incident_date", case.incident_date),
        ("final_domestic_decision_date", case.final_domestic_decision_date),
        ("submission_date", case.submission_date),
        ("registration_date", case.registration_date),
        ("transmittal_date", case.transmittal_date),
        ("state_observations_received_on", case.state_observations_received_on),
        ("decision_date", case.decision_date),
        ("decision_transmittal_date", case.decision_transmittal_date),
    ):
        if value is not None:
            key_dates.append({"key": key, "date": long_date(value, lang)})
    open_deadlines = sorted(
        (d for d in record.deadlines if not d.done), key=lambda d: (d.due_date, d.title)
    )
    nxt = open_deadlines[0] if open_deadlines else None
    remedies = remedies_context(record, namer, lang)
    matrix = record.matrix
    victims = []
    for v in matrix.victims:
        victims.append(
            {
                "name": namer.name(v),
                "named": namer.may_name(v),
                "statuses": [label(matrix.status_of(r.id, v.id), lang) for r in matrix.remedies],
            }
        )
    ctx.update(
        {
            "committee": committee_context(record.body, lang),
            "case": case_context(record, namer, lang),
            "decision": decision_context(record, lang),
            "key_dates": key_dates,
            "next_deadline": {
                "exists": nxt is not None,
                "date": long_date(nxt.due_date, lang) if nxt else "",
                "title": one_line(namer.scrub(nxt.title)) if nxt else "",
                "when": _when(nxt.days_left, lang) if nxt else "",
                "overdue": bool(nxt and nxt.days_left < 0),
            },
            "open_deadlines": len(open_deadlines),
            "remedies": remedies,
            "victims": victims,
            "victim_remedies": [_remedy_label(r, lang, namer) for r in matrix.remedies],
            "is_public": case.confidentiality.value == "public",
        }
    )
    return ctx


@dataclass(frozen=True)
class PortfolioRow:
    """One case of the portfolio, with its remedies counted by status (remedy level)."""

    reference: str
    title: str
    body: str
    state: str
    symbol: str
    stage: str
    outcome: str
    victims: int
    remedies: int
    fully: int
    partially: int
    not_implemented: int
    unknown: int
    next_deadline: date | None
    decided_violation: bool


def portfolio(
    rows: Sequence[PortfolioRow], filter_text: str, namer: Namer, options: Options
) -> Context:
    lang = options.lang
    bodies = sorted({r.body for r in rows})
    series = {k: [0] * len(bodies) for k in ("fully", "partially", "not_implemented", "unknown")}
    decisions = 0
    fully_decisions = 0
    table = []
    for r in rows:
        i = bodies.index(r.body)
        series["fully"][i] += r.fully
        series["partially"][i] += r.partially
        series["not_implemented"][i] += r.not_implemented
        series["unknown"][i] += r.unknown
        if r.decided_violation:
            decisions += 1
            if r.remedies and r.fully == r.remedies:
                fully_decisions += 1
        table.append(
            {
                "reference": r.reference,
                "title": one_line(namer.scrub(r.title)),
                "body": r.body,
                "state": r.state,
                "symbol": r.symbol,
                "stage": r.stage,
                "outcome": r.outcome,
                "victims": r.victims,
                "remedies": f"{r.fully}/{r.remedies}" if r.remedies else "—",
                "next_deadline": i18n.short_date(r.next_deadline),
            }
        )
    if lang == "ru":
        totals = (
            f"Дел: {len(rows)}. Решений, установивших нарушения: {decisions}; выполнены в "
            f"полном объеме: {fully_decisions}."
        )
    else:
        totals = (
            f"{i18n.count_noun(len(rows), lang, ('case', 'cases'), ('', '', ''))}; "
            f"{decisions} decision{'s' if decisions != 1 else ''} finding a violation, "
            f"{'none' if fully_decisions == 0 else fully_decisions} fully implemented."
        )
    ctx = _common(options, namer)
    ctx.update(
        {
            "filter": filter_text,
            "rows": table,
            "totals": {
                "cases": len(rows),
                "decisions": decisions,
                "fully_implemented": fully_decisions,
                "sentence": totals,
            },
            "chart": {"categories": bodies, "series": series},
        }
    )
    return ctx
