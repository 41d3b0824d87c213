"""A large portfolio for the cases list's scale tests: 50,000 cases written with SQLAlchemy
Core in one transaction (a few seconds), into a database built by the migrations.

Not a test module: tests/gui/test_big_list.py and the measurements
(`python -m tests.gui.big_portfolio --measure`) use it.
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select

from app.vocab import Outcome, PartyRole, Stage
from models import Case, CaseParty, Country, Person, TreatyBody

BIG = 50_000
LAWYERS = ("A. Karimova", "B. Suleimenov", "C. Ivanova", "D. Tashkentova", "")
TITLE_WORDS = ("Abdullaev", "Bekova", "Chernov", "Dzhaksybekov", "Ermekova", "Фёдорова", "Ёлкин")


def fill(engine: Engine, n: int = BIG, *, seed: int = 7, victims_every: int = 100) -> None:
    """Add `n` cases (references BIG-000001…), a victim to one case in `victims_every`."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        bodies = [r[0] for r in conn.execute(select(TreatyBody.id))]
        states = [r[0] for r in conn.execute(select(Country.id).limit(40))]
        stages = list(Stage)
        outcomes = list(Outcome)
        rows = []
        for i in range(1, n + 1):
            stage = rng.choice(stages)
            decided = stage in (Stage.DECIDED, Stage.FOLLOW_UP, Stage.CLOSED)
            rows.append(
                {
                    "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "reference": f"BIG-{i:06d}",
                    "title": f"{rng.choice(TITLE_WORDS)} {i} v. State",
                    "body_id": rng.choice(bodies),
                    "state_id": rng.choice(states),
                    "communication_number": f"{i}/20{rng.randint(10, 25)}",
                    "symbol": None,
                    "stage": stage,
                    "outcome": rng.choice(outcomes[1:]) if decided else Outcome.PENDING,
                    "final_domestic_decision_date": date(2015, 1, 1)
                    + timedelta(days=rng.randint(0, 4000)),
                    "decision_date": date(2012, 1, 1) + timedelta(days=rng.randint(0, 5000))
                    if decided
                    else None,
                    "lead_lawyer": rng.choice(LAWYERS),
                    "interim_measures_requested": False,
                    "interim_measures_granted": False,
                    "session": "",
                    "confidentiality": "confidential",
                    "summary": "",
                    "notes": "",
                }
            )
        conn.execute(insert(Case.__table__), rows)
        first = conn.execute(select(Case.id).where(Case.reference == "BIG-000001")).scalar_one()
        people = [
            {
                "uuid": str(uuid.uuid4()),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "full_name": f"Victim {i}",
                "sex": "unknown",
                "consent_to_be_named": False,
            }
            for i in range(n // victims_every)
        ]
        if people:
            conn.execute(insert(Person.__table__), people)
            person_ids = [r[0] for r in conn.execute(select(Person.id).order_by(Person.id))]
            conn.execute(
                insert(CaseParty.__table__),
                [
                    {
                        "uuid": str(uuid.uuid4()),
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                        "case_id": first + k * victims_every,
                        "person_id": person_id,
                        "role": PartyRole.VICTIM,
                        "position": 1,
                        "notes": "",
                    }
                    for k, person_id in enumerate(person_ids[-len(people) :])
                ],
            )


def measure(folder: Path) -> None:  # pragma: no cover - a manual measurement
    """Time the cases list over the demo portfolio and over the demo plus 50,000 cases."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from app.config import Paths
    from app.context import open_demo_workspace
    from views.main_window import MainWindow
    from views.pages.cases import CasesPage

    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("TreatyDeskMeasure")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    paths = Paths(folder / "data")
    workspace = open_demo_workspace(paths)
    for label in ("demo portfolio (5 cases)", f"demo + {BIG:,} cases"):
        if label.startswith("demo +"):
            started = time.perf_counter()
            fill(workspace.engine)
            print(f"writing {BIG:,} cases: {time.perf_counter() - started:.2f} s")
        services = workspace.services
        started = time.perf_counter()
        page = CasesPage(
            listing=services.listing, reference=services.reference, cases=services.cases
        )
        page.resize(1200, 700)
        page.show()
        page.refresh()
        app.processEvents()
        opened = time.perf_counter() - started
        shown = page.model.rowCount()
        pages = page.model.loaded_pages()
        started = time.perf_counter()
        page.table.scrollToBottom()
        app.processEvents()
        scrolled = time.perf_counter() - started
        pages = page.model.loaded_pages()
        started = time.perf_counter()
        page.overdue_check.setChecked(True)
        overdue = time.perf_counter() - started
        print(
            f"{label}: cases list opened in {opened * 1000:.0f} ms "
            f"({shown:,} rows); "
            f"scrolled to the end in {scrolled * 1000:.0f} ms; "
            f"overdue filter in {overdue * 1000:.0f} ms ({page.model.rowCount():,} cases); "
            f"pages of rows read after scrolling: {pages}"
        )
        page.close()
        started = time.perf_counter()
        window = MainWindow(services=services, database_label="big", is_demo=True)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        shown = time.perf_counter() - started
        while window.dashboard.reading.isVisible():
            app.processEvents()
            time.sleep(0.01)
        figures = time.perf_counter() - started
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        started = time.perf_counter()
        found = services.search.search("abdullaev 123")
        searched = time.perf_counter() - started
        print(
            f"{label}: main window shown in {shown * 1000:.0f} ms, dashboard complete in "
            f"{figures * 1000:.0f} ms; a search ({found.cases_found} cases) in "
            f"{searched * 1000:.0f} ms"
        )
        window.close()
    workspace.close()


if __name__ == "__main__":  # pragma: no cover
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--measure", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure(Path(tmp))
