"""`treatydesk dev generate`: deterministic synthetic portfolios of the right shape."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.cli import main
from app.config import sqlite_url
from app.db import make_engine
from app.devdata import BIG_CASE_VICTIMS, generate, victims_distribution
from app.errors import DomainError
from app.migrate import upgrade
from app.services.listing import VICTIM_ROLES
from app.vocab import Outcome, RemedyScope, Stage
from models import Case, CaseParty, Deadline, FollowUpEvent, Person, Remedy, RemedyStatus

pytestmark = pytest.mark.sqlite_only


def _fresh(path: Path) -> Engine:
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    return engine


def _dump(engine: Engine) -> tuple[list[tuple[object, ...]], ...]:
    with engine.connect() as conn:
        return tuple(
            [tuple(r) for r in conn.execute(select(t).order_by(t.c.id))]
            for t in (Case.__table__, Person.__table__, RemedyStatus.__table__)
        )


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    a, b, c = (_fresh(tmp_path / f"{n}.sqlite") for n in "abc")
    generate(a, cases=40, people=400, seed=7)
    generate(b, cases=40, people=400, seed=7)
    generate(c, cases=40, people=400, seed=8)
    assert _dump(a) == _dump(b)
    assert _dump(a) != _dump(c)
    for engine in (a, b, c):
        engine.dispose()


def test_distribution_shape(tmp_path: Path) -> None:
    engine = _fresh(tmp_path / "shape.sqlite")
    summary = generate(engine, cases=300, people=6_060, seed=1)
    big = 600  # the 5,000-victim case, scaled to a tenth of the 6,000 people who are not counsel
    assert summary.counts["cases"] == 300
    assert summary.counts["people"] == 6_060
    with engine.connect() as conn:
        victims = Counter(
            dict(
                conn.execute(
                    select(CaseParty.case_id, func.count())
                    .where(CaseParty.role.in_(VICTIM_ROLES))
                    .group_by(CaseParty.case_id)
                ).all()
            )
        )
        assert len(victims) == 300  # every case has a victim
        assert max(victims.values()) == victims[1] == big
        small = sum(1 for n in victims.values() if n <= 3)
        assert small / 300 > 0.8
        stages = set(conn.scalars(select(Case.stage)))
        assert {Stage.FOLLOW_UP, Stage.MERITS, Stage.PREPARATION} <= stages
        outcomes = set(conn.scalars(select(Case.outcome)))
        assert {Outcome.VIOLATION, Outcome.PENDING} <= outcomes
        # a violation's individual remedy has one status per victim
        big_remedy = conn.scalar(
            select(Remedy.id).where(Remedy.case_id == 1, Remedy.scope == RemedyScope.INDIVIDUAL)
        )
        per_victim = conn.scalar(select(func.count()).where(RemedyStatus.remedy_id == big_remedy))
        assert per_victim == big
        assert conn.scalar(select(func.count(FollowUpEvent.id))) > 0
        assert conn.scalar(select(func.count(Deadline.id))) > 0
        names = list(conn.scalars(select(Person.full_name).order_by(Person.id).limit(2000)))
        assert any(n.isascii() for n in names)
        assert any(re.search("[\u0400-\u04ff]", n) for n in names)  # Cyrillic
        # unique (case, person) and (remedy, person) hold: the insert would have failed
    engine.dispose()


def test_victims_distribution_mostly_small_some_large() -> None:
    counts = victims_distribution(random.Random(1), 50_000, 500_000)
    assert counts[0] == BIG_CASE_VICTIMS
    rest = counts[1:]
    assert sum(1 for n in rest if n <= 3) / len(rest) > 0.9
    assert 0.01 < sum(1 for n in rest if 20 <= n <= 300) / len(rest) < 0.03
    assert max(rest) <= 300


def test_scaled_down_for_few_people() -> None:
    counts = victims_distribution(random.Random(1), 10, 200)
    assert max(counts) <= 14  # a tenth of the 140 people who are not counsel


def test_refuses_a_database_with_records(tmp_path: Path) -> None:
    engine = _fresh(tmp_path / "full.sqlite")
    generate(engine, cases=5, people=100, seed=1)
    with pytest.raises(DomainError, match="only into an empty database") as err:
        generate(engine, cases=5, people=100, seed=1)
    assert err.value.field == "db"
    engine.dispose()


@pytest.mark.parametrize(
    ("cases", "people", "field"),
    [(0, 100, "cases"), (5, 10, "people"), (True, 100, "cases"), (5, 10**9, "people")],
)
def test_bad_sizes(tmp_path: Path, cases: int, people: int, field: str) -> None:
    engine = _fresh(tmp_path / "bad.sqlite")
    with pytest.raises(DomainError) as err:
        generate(engine, cases=cases, people=people, seed=1)
    assert err.value.field == field
    engine.dispose()


def test_cli_dev_generate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite"
    args = ["--db", str(db), "dev", "generate", "--cases", "20", "--people", "300"]
    assert main([*args, "--seed", "4"]) == 0
    assert "Generated (seed 4) 20 cases, 300 people" in capsys.readouterr().out
    assert main([*args, "--seed", "4"]) == 1
    assert "only into an empty database" in capsys.readouterr().err
