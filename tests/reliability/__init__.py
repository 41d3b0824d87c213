"""Reliability: encryption at rest, backups that restore, crashes, conflicts, bad input."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.db import connect_file


def table_hashes(path: Path, passphrase: str | None = None) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of all its rows (sorted), read from a closed file."""
    conn = connect_file(path, passphrase)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        result = {}
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            rows = sorted(
                json.dumps(list(r), ensure_ascii=False, default=repr)
                for r in conn.execute(f"SELECT * FROM {quoted}")
            )
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
            result[table] = (len(rows), digest)
        return result
    finally:
        conn.close()
