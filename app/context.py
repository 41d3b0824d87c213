"""Opening a database: engine, migration (with a backup first) and the services over it.

Shared by the command line and the GUI's composition root; no Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from app.config import Paths, sqlite_url
from app.db import SessionFactory, make_engine, make_session_factory, sqlite_path
from app.errors import DomainError
from app.migrate import upgrade
from app.services.base import Clock
from app.services.cases import CaseService
from app.services.deadlines import DeadlinesService
from app.services.demo import DemoService
from app.services.followup import FollowUpService
from app.services.listing import CaseListing
from app.services.people import PeopleService
from app.services.reference import ReferenceService
from app.services.remedies import RemedyService
from app.services.reviews import ReviewService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Every service over one database, built once and passed to whoever needs them."""

    reference: ReferenceService
    people: PeopleService
    cases: CaseService
    remedies: RemedyService
    followup: FollowUpService
    deadlines: DeadlinesService
    reviews: ReviewService
    listing: CaseListing
    demo: DemoService

    @classmethod
    def build(cls, factory: SessionFactory, clock: Clock = date.today) -> Services:
        deadlines = DeadlinesService(factory, clock=clock)
        people = PeopleService(factory, clock=clock)
        cases = CaseService(factory, clock=clock)
        remedies = RemedyService(factory, clock=clock)
        followup = FollowUpService(factory, clock=clock)
        reviews = ReviewService(factory, clock=clock)
        return cls(
            reference=ReferenceService(factory, clock=clock),
            people=people,
            cases=cases,
            remedies=remedies,
            followup=followup,
            deadlines=deadlines,
            reviews=reviews,
            listing=CaseListing(factory, clock=clock, deadlines=deadlines),
            demo=DemoService(
                factory,
                clock=clock,
                people=people,
                cases=cases,
                remedies=remedies,
                followup=followup,
                deadlines=deadlines,
                reviews=reviews,
            ),
        )


@dataclass
class Workspace:
    """An open database and its services."""

    url: str
    engine: Engine
    session_factory: SessionFactory
    services: Services
    paths: Paths
    backup_taken: Path | None = None
    is_demo: bool = field(default=False)

    @property
    def database_file(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.database_file
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(url: str, paths: Paths, *, clock: Clock = date.today) -> Workspace:
    """Open (creating if needed) and migrate the database at `url`.

    Known problems (not a database, unreadable, newer schema) come out as DomainError.
    """
    paths.ensure()
    path = sqlite_path(url)
    if path is not None and path.exists() and path.is_dir():
        raise DomainError(f"{path} is a folder, not a database file.")
    engine = make_engine(url)
    try:
        backup = upgrade(engine, backup_dir=paths.backups)
    except DomainError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise DomainError(_open_error(url, exc)) from exc
    factory = make_session_factory(engine)
    return Workspace(
        url=url,
        engine=engine,
        session_factory=factory,
        services=Services.build(factory, clock),
        paths=paths,
        backup_taken=backup,
    )


def open_demo_workspace(paths: Paths, *, clock: Clock = date.today) -> Workspace:
    """Rebuild the demo database from scratch (kept apart from the user's own) and fill it."""
    paths.ensure()
    demo = paths.demo_database
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{demo}{suffix}").unlink(missing_ok=True)
    workspace = open_workspace(sqlite_url(demo), paths, clock=clock)
    workspace.services.demo.load()
    workspace.is_demo = True
    return workspace


def _open_error(url: str, exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc))
    where = sqlite_path(url) or url
    if "file is not a database" in text or "file is encrypted" in text:
        return (
            f"{where} is not a TreatyDesk database, or it is encrypted. "
            "Check the file, or the passphrase if it is protected."
        )
    if "unable to open" in text:
        return f"Cannot open {where}: check that the folder exists and that you may write to it."
    if "readonly" in text or "read-only" in text:
        return f"{where} is read-only: TreatyDesk needs to write to it."
    return f"Cannot open the database {where}: {text}"
