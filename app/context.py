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
from app.crypto import DocumentCipher, DocumentStore
from app.db import (
    SessionFactory,
    engine_passphrase,
    make_session_factory,
    open_database_engine,
    sqlite_path,
)
from app.errors import DomainError
from app.migrate import upgrade
from app.services.audit import EVENT_BACKUP, AuditService
from app.services.backup import BackupService
from app.services.base import Clock
from app.services.bundles import BundleService
from app.services.calendar import CalendarService
from app.services.cases import CaseService
from app.services.deadlines import DeadlinesService
from app.services.decision_import import DecisionImportService
from app.services.demo import DemoService
from app.services.documents import DocumentService
from app.services.exports import ExportService
from app.services.followup import FollowUpService
from app.services.json_transfer import JsonTransferService
from app.services.listing import CaseListing
from app.services.people import PeopleService
from app.services.people_import import PeopleImportService
from app.services.reference import ReferenceService
from app.services.remedies import RemedyService
from app.services.review_import import ReviewImportService
from app.services.reviews import ReviewService
from app.services.search import SearchService
from app.services.shadow import ShadowReportService
from app.services.statistics import StatisticsService

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
    audit: AuditService
    documents: DocumentService
    decisions: DecisionImportService
    review_import: ReviewImportService
    statistics: StatisticsService
    shadow: ShadowReportService
    search: SearchService
    people_import: PeopleImportService
    exports: ExportService
    calendar: CalendarService
    transfer: JsonTransferService
    bundles: BundleService

    @classmethod
    def build(
        cls,
        factory: SessionFactory,
        clock: Clock = date.today,
        *,
        paths: Paths | None = None,
        store: DocumentStore | None = None,
    ) -> Services:
        deadlines = DeadlinesService(factory, clock=clock)
        people = PeopleService(factory, clock=clock)
        cases = CaseService(factory, clock=clock)
        remedies = RemedyService(factory, clock=clock)
        followup = FollowUpService(factory, clock=clock)
        reviews = ReviewService(factory, clock=clock)
        review_import = ReviewImportService(factory, clock=clock)
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
                review_import=review_import,
            ),
            audit=AuditService(factory, clock=clock),
            decisions=DecisionImportService(factory, clock=clock),
            review_import=review_import,
            statistics=StatisticsService(factory, clock=clock),
            shadow=ShadowReportService(factory, clock=clock),
            search=SearchService(factory, clock=clock),
            people_import=PeopleImportService(factory, clock=clock, people=people, cases=cases),
            exports=ExportService(
                factory,
                clock=clock,
                listing=CaseListing(factory, clock=clock, deadlines=deadlines),
                people=people,
                deadlines=deadlines,
                reviews=reviews,
                audit=AuditService(factory, clock=clock),
            ),
            calendar=CalendarService(factory, clock=clock, deadlines=deadlines),
            transfer=JsonTransferService(
                factory, clock=clock, audit=AuditService(factory, clock=clock)
            ),
            documents=DocumentService(
                factory,
                clock=clock,
                paths=paths or Paths.default(),
                store=store,
                reference=ReferenceService(factory, clock=clock),
                cases=cases,
                remedies=remedies,
                followup=followup,
                deadlines=deadlines,
                reviews=reviews,
                listing=CaseListing(factory, clock=clock, deadlines=deadlines),
            ),
            bundles=BundleService(
                factory,
                clock=clock,
                audit=AuditService(factory, clock=clock),
                # The documents' files travel in bundles: the same folder DocumentService uses.
                store=store or DocumentStore((paths or Paths.default()).documents),
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
    # The managed documents folder (encrypted when the database is) and the backups of
    # a SQLite database; None for a database server.
    documents: DocumentStore | None = None
    backups: BackupService | None = None

    @property
    def encrypted(self) -> bool:
        return engine_passphrase(self.engine) is not None or bool(
            self.documents and self.documents.locked
        )

    @property
    def database_file(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.database_file
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        if self.documents is not None:
            self.documents.clear_temp()
        self.engine.dispose()


def open_workspace(
    url: str,
    paths: Paths,
    *,
    clock: Clock = date.today,
    passphrase: str | None = None,
    daily_backup: bool = False,
    documents_root: Path | None = None,
) -> Workspace:
    """Open (creating if needed) and migrate the database at `url`.

    `passphrase` unlocks an encrypted SQLite file, or encrypts a new one; a plain file is
    opened as it is (see app.db.open_database_engine). `daily_backup` takes the day's
    first backup (the GUI's start). Known problems (not a database, wrong passphrase,
    unreadable, newer schema) come out as DomainError.
    """
    paths.ensure()
    path = sqlite_path(url)
    if path is not None and path.exists() and path.is_dir():
        raise DomainError(f"{path} is a folder, not a database file.")
    try:
        engine = open_database_engine(url, passphrase=passphrase)
    except (DatabaseError, OperationalError) as exc:
        raise DomainError(_open_error(url, exc)) from exc
    factory = make_session_factory(engine)
    documents: DocumentStore | None = None
    backups: BackupService | None = None
    if path is not None:
        key = engine_passphrase(engine)
        documents = DocumentStore(
            documents_root or paths.documents, DocumentCipher(key) if key else None
        )
        backups = BackupService(factory, clock=clock, paths=paths, documents=documents)
    try:
        backup = upgrade(
            engine,
            backup_dir=paths.backups,
            backup=backups.create_before_migration if backups else None,
        )
        if backup is not None:
            AuditService(factory, clock=clock).record_event(
                EVENT_BACKUP, f"Backup written before the schema upgrade: {backup.name}"
            )
        if documents is not None:
            documents.encrypt_plain_files()
        if daily_backup and backups is not None:
            backups.ensure_daily()
    except DomainError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise DomainError(_open_error(url, exc)) from exc
    return Workspace(
        url=url,
        engine=engine,
        session_factory=factory,
        services=Services.build(factory, clock, paths=paths, store=documents),
        paths=paths,
        backup_taken=backup,
        documents=documents,
        backups=backups,
    )


def open_demo_workspace(paths: Paths, *, clock: Clock = date.today) -> Workspace:
    """Rebuild the demo database from scratch (kept apart from the user's own) and fill it."""
    paths.ensure()
    demo = paths.demo_database
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{demo}{suffix}").unlink(missing_ok=True)
    # The demo is never encrypted (its people are fictional) and keeps its documents apart.
    workspace = open_workspace(
        sqlite_url(demo), paths, clock=clock, documents_root=paths.data_dir / "demo-documents"
    )
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
