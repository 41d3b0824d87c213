"""Where data lives (platformdirs) and how the database URL is chosen."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "TreatyDesk"
ENV_DB_URL = "TREATYDESK_DB_URL"
ENV_DATA_DIR = "TREATYDESK_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    """The folders TreatyDesk writes to; `TREATYDESK_DATA_DIR` moves them all (tests, portable)."""

    data_dir: Path

    @classmethod
    def default(cls) -> Paths:
        override = os.environ.get(ENV_DATA_DIR)
        if override:
            return cls(Path(override))
        return cls(Path(PlatformDirs(APP_NAME, appauthor=False).user_data_dir))

    @property
    def database(self) -> Path:
        return self.data_dir / "treatydesk.sqlite"

    @property
    def demo_database(self) -> Path:
        return self.data_dir / "demo.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def documents(self) -> Path:
        return self.data_dir / "documents"

    @property
    def templates(self) -> Path:
        return self.data_dir / "templates"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.backups, self.documents, self.templates):
            folder.mkdir(parents=True, exist_ok=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_db_url(cli_value: str | None, paths: Paths) -> str:
    """`--db` wins, then `TREATYDESK_DB_URL`, then the SQLite file in the data folder.

    A bare path (no "://") is taken as a SQLite file.
    """
    value = cli_value or os.environ.get(ENV_DB_URL)
    if not value:
        return sqlite_url(paths.database)
    if "://" in value:
        return value
    return sqlite_url(Path(value).expanduser().resolve())
