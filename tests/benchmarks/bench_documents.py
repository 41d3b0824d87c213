"""Benchmark of document generation: `python tests/benchmarks/bench_documents.py [--repeat N]`.

Times, on this machine, in one process (imports and the demo database built beforehand):
- the follow-up letter (DOCX) for the 23-victim case ILI-2022-UZ23;
- a shadow report (DOCX) of 30 sections, each quoting a recommendation and citing cases;
- the portfolio PDF (table and chart) of 1,000 cases, created in a temporary database.
Each figure is the whole `generate()` call: reading the database, building the context,
rendering, storing and registering the file. Prints the median and the slowest run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.db import SessionFactory, session_scope  # noqa: E402
from app.vocab import (  # noqa: E402
    ImplementationStatus,
    Outcome,
    PartyRole,
    RemedyKind,
    RemedyScope,
    Stage,
)
from models import (  # noqa: E402
    Case,
    CaseParty,
    Country,
    Person,
    Remedy,
    RemedyStatus,
    TreatyBody,
)

TODAY = date(2026, 11, 22)


def add_synthetic_cases(factory: SessionFactory, n: int) -> list[int]:
    """`n` decided cases against Kazakhstan, each with 1-3 victims (some not consenting to be
    named) and two remedies with statuses, written straight through the ORM (fast)."""
    statuses = list(ImplementationStatus)
    with session_scope(factory) as s:
        bodies = {
            code: s.scalar(select(TreatyBody.id).where(TreatyBody.code == code))
            for code in ("CCPR", "CAT", "CEDAW")
        }
        kz = s.scalar(select(Country.id).where(Country.code == "KZ"))
        cases = []
        for i in range(n):
            code = ("CCPR", "CAT", "CEDAW")[i % 3]
            decided = i % 4 != 0
            case = Case(
                reference=f"SYN-{i:05d}",
                title=f"Synthetic author {i} v. Kazakhstan",
                body_id=bodies[code],
                state_id=kz,
                communication_number=f"{1000 + i}/{2010 + i % 14}",
                symbol=f"{code}/C/{100 + i % 40}/D/{1000 + i}/{2010 + i % 14}",
                stage=Stage.FOLLOW_UP if decided else Stage.MERITS,
                outcome=Outcome.VIOLATION if decided else Outcome.PENDING,
                decision_date=date(2012, 1, 1) + timedelta(days=3 * i) if decided else None,
                lead_lawyer="Benchmark lawyer",
            )
            s.add(case)
            cases.append(case)
            victims = []
            for v in range(1 + i % 3):
                person = Person(
                    full_name=f"Synthetic Victim{i}x{v}",
                    pseudonym=f"S-{i}-{v}",
                    consent_to_be_named=v == 0,
                )
                s.add(person)
                victims.append(person)
                case.parties.append(CaseParty(person=person, role=PartyRole.VICTIM, position=v))
            comp = Remedy(kind=RemedyKind.COMPENSATION, scope=RemedyScope.INDIVIDUAL, position=0)
            law = Remedy(kind=RemedyKind.LEGISLATIVE_CHANGE, scope=RemedyScope.GENERAL, position=1)
            comp.case = case
            law.case = case
            s.add_all([comp, law])
            for v, person in enumerate(victims):
                status = statuses[(i + v) % len(statuses)]
                comp.statuses.append(
                    RemedyStatus(
                        person=person,
                        status=status,
                        amount=Decimal(1_000_000) if status == ImplementationStatus.FULLY else None,
                        currency="KZT" if status == ImplementationStatus.FULLY else "",
                    )
                )
            law.statuses.append(RemedyStatus(person=None, status=statuses[i % len(statuses)]))
        s.flush()
        return [c.id for c in cases]


def _time(fn: object, repeat: int) -> list[float]:
    results = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        results.append((time.perf_counter() - start) * 1000)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat

    from app.config import Paths
    from app.context import open_demo_workspace
    from app.services.documents import GenerateRequest, ShadowSectionInput

    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_demo_workspace(Paths(Path(tmp) / "demo"), clock=lambda: TODAY)
        sv = ws.services
        uz23 = sv.cases.get_by_reference("ILI-2022-UZ23").id
        letter = GenerateRequest(kind="followup_letter", lang="en", case_id=uz23)
        results["follow-up letter, 23-victim case (DOCX)"] = _time(
            lambda: sv.documents.generate(letter), repeat
        )
        review = sv.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
        assert review is not None
        recs = sv.reviews.recommendations(review.id)
        case_ids = [r.id for r in sv.listing.all_rows()]
        facts = (
            "In January 2022 about 100 migrants from Central Asia and citizens of Kazakhstan "
            "were tortured in Almaty region after being targeted as terrorists. " * 6
        )
        sections = tuple(
            ShadowSectionInput(
                heading=f"Theme {n}: {recs[n % len(recs)].theme}",
                article=",".join(recs[n % len(recs)].articles),
                facts="\n".join([facts] * 3),
                recommendation_ids=(recs[n % len(recs)].id,),
                case_ids=tuple(case_ids[n % len(case_ids) : n % len(case_ids) + 2]),
                ngo_recommendations=tuple(f"Recommendation {k} of section {n}." for k in (1, 2, 3)),
                include_state_record=n == 0,
            )
            for n in range(30)
        )
        report = GenerateRequest(kind="shadow_report", review_id=review.id, sections=sections)
        results["shadow report, 30 sections (DOCX)"] = _time(
            lambda: sv.documents.generate(report), repeat
        )
        ws.close()

        big = open_demo_workspace(Paths(Path(tmp) / "big"), clock=lambda: TODAY)
        start = time.perf_counter()
        add_synthetic_cases(big.session_factory, 1000)
        setup = (time.perf_counter() - start) * 1000
        portfolio = GenerateRequest(kind="portfolio", lang="en")
        results["portfolio PDF, 1,005 cases"] = _time(
            lambda: big.services.documents.generate(portfolio), repeat
        )
        last = big.services.documents.list()[0]
        pages = _pdf_pages(big.services.documents.path_of(last.id))
        big.close()

    print(f"Document generation, {repeat} runs each (ms)")
    width = max(len(k) for k in results)
    print(f"{'':<{width}}  {'median':>8}  {'slowest':>8}")
    for name, values in results.items():
        print(f"{name:<{width}}  {statistics.median(values):8.0f}  {max(values):8.0f}")
    print(f"(1,000 synthetic cases written in {setup:.0f} ms; the portfolio has {pages} pages)")


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


if __name__ == "__main__":
    main()
