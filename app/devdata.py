"""Synthetic portfolios for development and benchmarks: `treatydesk dev generate`.

Fills an EMPTY database with realistic, invented data: the distribution of Committees,
States, stages and outcomes of a real portfolio after the January 2022 events; victims per
case (most 1-3, some 20-300, one case with 5,000); remedies with their per-victim
implementation statuses; follow-up events with grades; hand-entered deadlines; names in
Latin and Cyrillic script (with diacritics), some people known only by a pseudonym.

Everything comes from one `random.Random(seed)` and fixed timestamps, so a seed gives the
same database byte for byte in its contents (ids, uuids, names, dates). Rows are written
with SQLAlchemy Core in large batches, straight into the tables: no ORM objects, no audit
entries (the data is invented). It refuses a database that already holds cases or people,
so it cannot be mixed into a real portfolio.
"""

from __future__ import annotations

import random
import uuid as uuid_module
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select

from app.errors import DomainError
from app.vocab import (
    ArticleRelation,
    Confidentiality,
    DeadlineRule,
    DecisionType,
    Direction,
    FollowUpKind,
    Grade,
    ImplementationStatus,
    Outcome,
    PartyRole,
    RemedyKind,
    RemedyScope,
    Sex,
    Stage,
)
from models import (
    Case,
    CaseArticle,
    CaseParty,
    Country,
    Deadline,
    FollowUpEvent,
    FollowUpGrade,
    Person,
    Remedy,
    RemedyStatus,
    TreatyArticle,
    TreatyBody,
)

BATCH = 20_000
MAX_CASES = 1_000_000
MAX_PEOPLE = 5_000_000
BIG_CASE_VICTIMS = 5_000
COUNSEL_POOL = 60  # lawyers who represent many cases

# ---------------------------------------------------------------- vocabularies of names
# (latin, cyrillic) pairs; surnames as (male latin, male cyrillic, female latin, female cyrillic)
MALE_FIRST = [
    ("Sérgazy", "Серғазы"),
    ("Nurlan", "Нурлан"),
    ("Ermek", "Ермек"),
    ("Galym", "Ғалым"),
    ("Askar", "Аскар"),
    ("Daniyar", "Данияр"),
    ("Bakhytzhan", "Бахытжан"),
    ("Timur", "Тимур"),
    ("Rustam", "Рустам"),
    ("Aziz", "Азиз"),
    ("Sherzod", "Шерзод"),
    ("Azamat", "Азамат"),
    ("Bektur", "Бектур"),
    ("Dmitry", "Дмитрий"),
    ("Sergei", "Сергей"),
    ("Aleksandr", "Александр"),
    ("Yerlan", "Ерлан"),
    ("Marat", "Марат"),
    ("Ulugbek", "Улугбек"),
    ("Olzhas", "Олжас"),
    ("Kairat", "Қайрат"),
    ("Zhanbolat", "Жанболат"),
    ("Andrei", "Андрей"),
    ("Farrukh", "Фаррух"),
]
FEMALE_FIRST = [
    ("Aliya", "Алия"),
    ("Äsel", "Әсел"),
    ("Aigerim", "Айгерим"),
    ("Dinara", "Динара"),
    ("Gulnara", "Гульнара"),
    ("Zhanar", "Жанар"),
    ("Saule", "Сауле"),
    ("Madina", "Мадина"),
    ("Nigora", "Нигора"),
    ("Elena", "Елена"),
    ("Olga", "Ольга"),
    ("Aizhan", "Айжан"),
    ("Roza", "Роза"),
    ("Kamila", "Камила"),
    ("Feruza", "Феруза"),
    ("Bibigul", "Бибигүл"),
    ("Natalia", "Наталья"),
    ("Zarina", "Зарина"),
    ("Gülnar", "Гүлнар"),
    ("Meruyert", "Меруерт"),
]
SURNAMES = [
    ("Toregozhin", "Тореғожин"),
    ("Esergepov", "Есергепов"),
    ("Gerasimov", "Герасимов"),
    ("Evloev", "Евлоев"),
    ("Nurmagambetov", "Нурмагамбетов"),
    ("Abdrakhmanov", "Абдрахманов"),
    ("Seitkali", "Сейтқали"),
    ("Zhaksylykov", "Жаксылыков"),
    ("Karimov", "Каримов"),
    ("Yusupov", "Юсупов"),
    ("Tursunov", "Турсунов"),
    ("Ibragimov", "Ибрагимов"),
    ("Bekov", "Беков"),
    ("Akhmetov", "Ахметов"),
    ("Suleimenov", "Сулейменов"),
    ("Ivanov", "Иванов"),
    ("Petrov", "Петров"),
    ("Smirnov", "Смирнов"),
    ("Kuznetsov", "Кузнецов"),
    ("Omarov", "Омаров"),
    ("Sadykov", "Садыков"),
    ("Rakhimov", "Рахимов"),
    ("Mamyrov", "Мамыров"),
    ("Kasymov", "Касымов"),
    ("Ösenov", "Өсенов"),
    ("Dzhumabaev", "Джумабаев"),
    ("Niyazov", "Ниязов"),
    ("Sharipov", "Шарипов"),
]
PATRONYMIC_MALE = ["uly", "ovich", "evich"]

BODY_WEIGHTS = {
    "CCPR": 55,
    "CAT": 20,
    "CEDAW": 8,
    "CRC": 5,
    "CERD": 3,
    "CRPD": 3,
    "CED": 3,
    "CESCR": 2,
    "CMW": 1,
}
STATE_WEIGHTS = {"KZ": 40, "UZ": 12, "KG": 10, "TJ": 8, "RU": 10, "BY": 7, "AZ": 5, "TM": 3}
OTHER_STATES_WEIGHT = 5
STAGE_WEIGHTS = {
    Stage.PREPARATION: 8,
    Stage.SUBMITTED: 10,
    Stage.REGISTERED: 12,
    Stage.ADMISSIBILITY: 5,
    Stage.MERITS: 20,
    Stage.DECIDED: 10,
    Stage.FOLLOW_UP: 25,
    Stage.CLOSED: 10,
}
DECIDED_OUTCOMES = {
    Outcome.VIOLATION: 75,
    Outcome.INADMISSIBLE: 15,
    Outcome.NO_VIOLATION: 5,
    Outcome.DISCONTINUED: 5,
}
INDIVIDUAL_REMEDIES = [
    (RemedyKind.COMPENSATION, "Provide adequate compensation to the victims."),
    (RemedyKind.INVESTIGATION, "Conduct a prompt, impartial and effective investigation."),
    (RemedyKind.PROSECUTION, "Prosecute and punish those responsible."),
    (RemedyKind.REVIEW_OF_CONVICTION, "Review the conviction in line with the Covenant."),
    (RemedyKind.REHABILITATION, "Provide medical and psychological rehabilitation."),
    (RemedyKind.REIMBURSEMENT, "Reimburse the legal costs incurred."),
    (RemedyKind.RELEASE, "Release the victim immediately."),
]
GENERAL_REMEDIES = [
    (RemedyKind.NON_REPETITION, "Take all steps necessary to prevent similar violations."),
    (RemedyKind.LEGISLATIVE_CHANGE, "Bring the law on public assemblies into line with art. 21."),
    (RemedyKind.PUBLICATION, "Publish the Views and distribute them widely in State languages."),
]
SUMMARIES = {
    FollowUpKind.STATE_REPLY: [
        "The State party reports that the prosecutor's office reopened the investigation.",
        "Государство-участник сообщает, что Views переведены и опубликованы.",
        "The State party contests the Committee's findings and refuses compensation.",
    ],
    FollowUpKind.AUTHOR_COMMENTS: [
        "The author's counsel states that no compensation has been paid.",
        "Адвокат автора сообщает, что расследование прекращено без результата.",
    ],
    FollowUpKind.NGO_SUBMISSION: ["Joint NGO submission on the January 2022 events."],
    FollowUpKind.COMMITTEE_ASSESSMENT: [
        "The Committee decides to keep the follow-up dialogue open.",
        "The Committee decides to close the follow-up with a finding of partial implementation.",
    ],
    FollowUpKind.REMINDER: ["Reminder sent to the State party."],
}
DEADLINE_TITLES = [
    "Send comments on the State party's reply",
    "Ask the client for new documents",
    "Submit the NGO follow-up information",
    "Запросить медицинские документы",
    "File the request for interim measures",
]
LAWYERS = ["A. Bekova", "D. Nurlanov", "E. Ivanova", "S. Tulegenov", "M. Karimova", ""]


@dataclass(frozen=True)
class Summary:
    """What was written, per table, and how long it took."""

    seed: int
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def sentence(self) -> str:
        parts = ", ".join(f"{n:,} {name}" for name, n in self.counts.items())
        return f"Generated (seed {self.seed}) {parts} in {self.seconds:.1f} s."


def victims_distribution(rng: random.Random, cases: int, people: int) -> list[int]:
    """Victims per case: most 1-3, about 2% 20-300, one case (the first) with 5,000.

    Scaled down when there are too few people: no case has more victims than a tenth of
    the people, and the big case exists only when the people allow it.
    """
    pool = max(people - COUNSEL_POOL, 1)
    cap = max(1, pool // 10)
    result = []
    for i in range(cases):
        if i == 0 and cases >= 2:
            n = BIG_CASE_VICTIMS
        else:
            r = rng.random()
            if r < 0.60:
                n = 1
            elif r < 0.85:
                n = 2
            elif r < 0.95:
                n = 3
            elif r < 0.98:
                n = rng.randint(4, 19)
            else:
                n = rng.randint(20, 300)
        result.append(max(1, min(n, cap)))
    return result


def _weighted(rng: random.Random, weights: dict[Any, int]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Writer:
    """Buffers rows per table and inserts them in batches (Core executemany)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.tables: dict[str, Table] = {}
        self.counts: dict[str, int] = {}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        rows = self.pending.setdefault(table.name, [])
        self.tables[table.name] = table
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush(table.name)

    def flush(self, name: str | None = None) -> None:
        for key in [name] if name else list(self.pending):
            rows = self.pending.get(key)
            if rows:
                self.conn.execute(insert(self.tables[key]), rows)
                self.counts[key] = self.counts.get(key, 0) + len(rows)
                self.pending[key] = []


def _name(rng: random.Random) -> tuple[str, str, Sex]:
    """(Latin name, Cyrillic name, sex): "Sérgazy Toregozhin" / "Серғазы Тореғожин"."""
    surname_lat, surname_cyr = rng.choice(SURNAMES)
    if rng.random() < 0.5:
        first_lat, first_cyr = rng.choice(FEMALE_FIRST)
        sex = Sex.FEMALE
        if surname_lat.endswith(("ov", "ev", "in")):
            surname_lat += "a"
            surname_cyr += "а"
    else:
        first_lat, first_cyr = rng.choice(MALE_FIRST)
        sex = Sex.MALE
    return f"{first_lat} {surname_lat}", f"{first_cyr} {surname_cyr}", sex


def generate(
    engine: Engine,
    *,
    cases: int,
    people: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> Summary:
    """Fill the empty database behind `engine` with `cases` cases and `people` people."""
    import time

    if isinstance(cases, bool) or not isinstance(cases, int) or not 1 <= cases <= MAX_CASES:
        raise DomainError(f"Ask for between 1 and {MAX_CASES:,} cases.", field="cases")
    if isinstance(people, bool) or not isinstance(people, int) or not people <= MAX_PEOPLE:
        raise DomainError(f"Ask for at most {MAX_PEOPLE:,} people.", field="people")
    if people < COUNSEL_POOL + 10:
        raise DomainError(
            f"Ask for at least {COUNSEL_POOL + 10} people: {COUNSEL_POOL} of them are counsel.",
            field="people",
        )
    today = today or date(2026, 11, 22)
    started = time.perf_counter()
    say = progress or (lambda _text: None)
    rng = random.Random(seed)
    stamp = datetime(today.year, today.month, today.day, 9, 0, tzinfo=UTC)

    def common() -> dict[str, Any]:
        return {
            "uuid": str(uuid_module.UUID(int=rng.getrandbits(128), version=4)),
            "created_at": stamp,
            "updated_at": stamp,
            "version": 1,
        }

    with engine.begin() as conn:
        existing = conn.scalar(select(func.count(Case.id))) or 0
        existing_people = conn.scalar(select(func.count(Person.id))) or 0
        if existing or existing_people:
            raise DomainError(
                f"The database already holds {existing:,} cases and {existing_people:,} people. "
                "Synthetic data is generated only into an empty database, so that it can "
                "never be mistaken for real clients: give a new file with --db.",
                field="db",
            )
        bodies = dict(conn.execute(select(TreatyBody.code, TreatyBody.id)).all())
        countries = {
            code: (cid, name)
            for code, cid, name in conn.execute(select(Country.code, Country.id, Country.name))
        }
        articles: dict[int, list[int]] = {}
        for body_id, article_id in conn.execute(
            select(TreatyArticle.body_id, TreatyArticle.id).order_by(TreatyArticle.id)
        ):
            articles.setdefault(body_id, []).append(article_id)
        if not bodies or not countries:
            raise DomainError("The database has no reference data: run `treatydesk db upgrade`.")
        body_weights = {c: w for c, w in BODY_WEIGHTS.items() if c in bodies} or {
            c: 1 for c in bodies
        }
        state_weights = {c: w for c, w in STATE_WEIGHTS.items() if c in countries}
        others = sorted(set(countries) - set(state_weights))

        w = _Writer(conn)
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

        # ---- people
        say(f"people: {people:,}")
        person_table = Person.__table__
        surnames = [""]  # by person id: the Latin surname, for case titles
        for pid in range(1, people + 1):
            latin, cyrillic, sex = _name(rng)
            surnames.append(latin.split()[-1])
            r = rng.random()
            if pid <= COUNSEL_POOL:
                full, original, pseudonym = latin, "", ""
            elif r < 0.55:
                full, original, pseudonym = latin, cyrillic, ""
            elif r < 0.90:
                full, original, pseudonym = cyrillic, "", ""
            else:
                full, original = latin, cyrillic
                pseudonym = f"{chr(65 + rng.randrange(26))}.{chr(65 + rng.randrange(26))}."
            named = rng.random() < 0.6
            w.add(
                person_table,
                {
                    "id": pid,
                    **common(),
                    "full_name": full,
                    "original_script_name": original,
                    "pseudonym": pseudonym,
                    "sex": sex,
                    "date_of_birth": date(1950, 1, 1) + timedelta(days=rng.randrange(20_000)),
                    "consent_to_act": rng.random() < 0.95,
                    "consent_to_be_named": named,
                    "consent_date": today - timedelta(days=rng.randrange(1, 2_000)),
                    "notes": "",
                },
            )
        w.flush()

        # ---- cases and everything that hangs off them
        say(f"cases: {cases:,}")
        victims = victims_distribution(rng, cases, people)
        next_person = COUNSEL_POOL  # 0-based offset into the victims' pool
        pool = people - COUNSEL_POOL
        numbers: dict[str, int] = {}
        ids = {"party": 0, "remedy": 0, "status": 0, "event": 0, "grade": 0, "deadline": 0}
        ids["article"] = 0
        for case_id in range(1, cases + 1):
            body = _weighted(rng, body_weights)
            if rng.random() * 100 < OTHER_STATES_WEIGHT and others:
                state = rng.choice(others)
            else:
                state = _weighted(rng, state_weights) if state_weights else rng.choice(others)
            stage = Stage.FOLLOW_UP if case_id == 1 else _weighted(rng, STAGE_WEIGHTS)
            decided = stage in (Stage.DECIDED, Stage.FOLLOW_UP, Stage.CLOSED)
            if case_id == 1 or stage in (Stage.FOLLOW_UP,):
                outcome = Outcome.VIOLATION
            else:
                outcome = _weighted(rng, DECIDED_OUTCOMES) if decided else Outcome.PENDING
            year = rng.randint(2014, 2026) if case_id != 1 else 2022
            incident = date(year - 1, 1, 1) + timedelta(days=rng.randrange(360))
            submitted = incident + timedelta(days=rng.randrange(200, 900))
            registered = stage not in (Stage.PREPARATION, Stage.SUBMITTED)
            number = None
            symbol = None
            if registered:
                numbers[body] = numbers.get(body, 2000) + 1
                number = f"{numbers[body]}/{submitted.year}"
            decision_date = None
            session = ""
            if decided:
                decision_date = submitted + timedelta(days=rng.randrange(700, 1800))
                if decision_date > today:
                    decision_date = today - timedelta(days=rng.randrange(30, 400))
                session = str(100 + (decision_date.year - 2014) * 3 + rng.randrange(3))
                symbol = f"{body}/C/{session}/D/{number}"
            n_victims = victims[case_id - 1]
            start = next_person
            victim_ids = [COUNSEL_POOL + 1 + ((start + k) % pool) for k in range(n_victims)]
            next_person = (start + n_victims) % pool
            surname = surnames[victim_ids[0]]
            country_id, country_name = countries[state]
            title = (
                f"{surname} v. {country_name}"
                if n_victims == 1
                else f"{surname} et al. v. {country_name}"
            )
            w.add(
                Case.__table__,
                {
                    "id": case_id,
                    **common(),
                    "reference": f"{state}-{body}-{case_id:06d}",
                    "title": title,
                    "body_id": bodies[body],
                    "state_id": country_id,
                    "communication_number": number,
                    "symbol": symbol,
                    "stage": stage,
                    "outcome": outcome,
                    "decision_type": DecisionType.VIEWS
                    if decided and outcome in (Outcome.VIOLATION, Outcome.NO_VIOLATION)
                    else (DecisionType.INADMISSIBILITY_DECISION if decided else None),
                    "interim_measures_requested": rng.random() < 0.1,
                    "incident_date": incident,
                    "submission_date": submitted if stage != Stage.PREPARATION else None,
                    "registration_date": submitted + timedelta(days=60) if registered else None,
                    "decision_date": decision_date,
                    "session": session,
                    "lead_lawyer": rng.choice(LAWYERS),
                    "confidentiality": rng.choice(list(Confidentiality)),
                    "summary": f"Detention and ill-treatment after the events of {year - 1}.",
                    "notes": "",
                },
            )
            # parties: counsel, victims (the first may be the author), sometimes a relative
            position = 0
            ids["party"] += 1
            w.add(
                CaseParty.__table__,
                _party(
                    ids["party"],
                    case_id,
                    1 + rng.randrange(COUNSEL_POOL),
                    PartyRole.COUNSEL,
                    position,
                    common(),
                ),
            )
            for k, pid in enumerate(victim_ids):
                position += 1
                ids["party"] += 1
                role = PartyRole.AUTHOR_AND_VICTIM if k == 0 else PartyRole.VICTIM
                w.add(
                    CaseParty.__table__,
                    _party(ids["party"], case_id, pid, role, position, common()),
                )
            body_articles = articles.get(bodies[body], [])
            for article_id in rng.sample(body_articles, min(len(body_articles), 2)):
                ids["article"] += 1
                w.add(
                    CaseArticle.__table__,
                    {
                        "id": ids["article"],
                        **common(),
                        "case_id": case_id,
                        "article_id": article_id,
                        "relation": ArticleRelation.VIOLATED
                        if outcome == Outcome.VIOLATION
                        else ArticleRelation.INVOKED,
                        "paragraph": "",
                    },
                )
            remedy_ids: list[int] = []
            if outcome == Outcome.VIOLATION:
                chosen = rng.sample(INDIVIDUAL_REMEDIES, rng.randint(1, 3))
                chosen_general = rng.sample(GENERAL_REMEDIES, 1)
                for pos, (kind, text) in enumerate(chosen + chosen_general):
                    scope = (
                        RemedyScope.GENERAL
                        if (kind, text) in chosen_general
                        else RemedyScope.INDIVIDUAL
                    )
                    ids["remedy"] += 1
                    remedy_ids.append(ids["remedy"])
                    w.add(
                        Remedy.__table__,
                        {
                            "id": ids["remedy"],
                            **common(),
                            "case_id": case_id,
                            "kind": kind,
                            "scope": scope,
                            "text": text,
                            "position": pos,
                        },
                    )
                    targets: Sequence[int | None] = (
                        victim_ids if scope == RemedyScope.INDIVIDUAL else [None]
                    )
                    for pid in targets:
                        status = rng.choices(list(ImplementationStatus), weights=(55, 15, 10, 20))[
                            0
                        ]
                        paid = kind == RemedyKind.COMPENSATION and status in (
                            ImplementationStatus.FULLY,
                            ImplementationStatus.PARTIALLY,
                        )
                        ids["status"] += 1
                        w.add(
                            RemedyStatus.__table__,
                            {
                                "id": ids["status"],
                                **common(),
                                "remedy_id": ids["remedy"],
                                "person_id": pid,
                                "status": status,
                                "amount": Decimal(rng.randrange(500, 5000) * 1000)
                                if paid
                                else None,
                                "currency": "KZT" if paid else "",
                                "status_date": decision_date + timedelta(days=200)
                                if decision_date and status != ImplementationStatus.UNKNOWN
                                else None,
                                "evidence": "",
                                "source": "",
                            },
                        )
            if stage in (Stage.FOLLOW_UP, Stage.CLOSED) and decision_date:
                when = decision_date
                for _ in range(rng.randint(1, 4)):
                    when = when + timedelta(days=rng.randrange(90, 300))
                    if when > today:
                        break
                    kind = rng.choice(list(SUMMARIES))
                    ids["event"] += 1
                    w.add(
                        FollowUpEvent.__table__,
                        {
                            "id": ids["event"],
                            **common(),
                            "case_id": case_id,
                            "kind": kind,
                            "event_date": when,
                            "direction": Direction.OUTGOING
                            if kind in (FollowUpKind.AUTHOR_COMMENTS, FollowUpKind.NGO_SUBMISSION)
                            else Direction.INCOMING,
                            "summary": rng.choice(SUMMARIES[kind]),
                            "decision": "",
                        },
                    )
                    if kind == FollowUpKind.COMMITTEE_ASSESSMENT:
                        for remedy_id in remedy_ids:
                            ids["grade"] += 1
                            w.add(
                                FollowUpGrade.__table__,
                                {
                                    "id": ids["grade"],
                                    **common(),
                                    "event_id": ids["event"],
                                    "remedy_id": remedy_id,
                                    "grade": rng.choice(list(Grade)),
                                    "note": "",
                                },
                            )
            if stage not in (Stage.CLOSED,) and rng.random() < 0.25:
                ids["deadline"] += 1
                due = today + timedelta(days=rng.randrange(-120, 240))
                done = due < today and rng.random() < 0.5
                w.add(
                    Deadline.__table__,
                    {
                        "id": ids["deadline"],
                        **common(),
                        "case_id": case_id,
                        "review_id": None,
                        "rule": DeadlineRule.MANUAL,
                        "title": rng.choice(DEADLINE_TITLES),
                        "due_date": due,
                        "done": done,
                        "done_on": due if done else None,
                        "notes": "",
                    },
                )
            if case_id % 10_000 == 0:
                say(f"  {case_id:,} cases")
        w.flush()
    counts = {
        "cases": w.counts.get("cases", 0),
        "people": w.counts.get("people", 0),
        "case parties": w.counts.get("case_parties", 0),
        "remedies": w.counts.get("remedies", 0),
        "implementation statuses": w.counts.get("remedy_statuses", 0),
        "follow-up events": w.counts.get("followup_events", 0),
        "deadlines": w.counts.get("deadlines", 0),
    }
    return Summary(seed=seed, counts=counts, seconds=time.perf_counter() - started)


def _party(
    party_id: int,
    case_id: int,
    person_id: int,
    role: PartyRole,
    position: int,
    common: dict[str, Any],
) -> dict[str, Any]:
    return {
        "id": party_id,
        **common,
        "case_id": case_id,
        "person_id": person_id,
        "role": role,
        "position": position,
        "notes": "",
    }
