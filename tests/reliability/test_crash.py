"""Crashes: a writer process is killed with SIGKILL at random moments; after each kill the
database passes `PRAGMA integrity_check` and every id the writer reported committed is
there (and every reported update too). Plain: 50 kills; encrypted: 20 (each encrypted
start pays SQLCipher's key derivation)."""

from __future__ import annotations

import os
import random
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.config import Paths, sqlite_url
from app.context import open_workspace
from app.db import connect_file
from app.security import ENV_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
PASS = "kill -9 at any moment"
# Reported in the closing note of the issue.
SURVIVED: dict[str, int] = {}

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (Linux, macOS)")


class Writer:
    """The crash_writer process, spoken to line by line with a timeout."""

    def __init__(self, db: Path, passphrase: str | None, log: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k != ENV_PASSPHRASE}
        if passphrase:
            env[ENV_PASSPHRASE] = passphrase
        self._stderr = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_writer", str(db)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
        )
        self._buffer = b""

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command.encode() + b"\n")
        self.proc.stdin.flush()

    def line(self, timeout: float = 30.0) -> str | None:
        """The next line, or None if none came within `timeout` seconds."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    raise AssertionError("the writer process ended unexpectedly")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(timeout=10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
            self._stderr.close()


def _round(writer: Writer, rng: random.Random) -> tuple[set[int], set[int], str]:
    """Fork a writer, kill it at a random moment, return what it reported committed."""
    cases: set[int] = set()
    updated: set[int] = set()

    def take(line: str) -> None:
        kind, _, value = line.partition(" ")
        if kind == "case":
            cases.add(int(value))
        elif kind == "updated":
            updated.add(int(value))

    writer.send("fork")
    while True:
        line = writer.line()
        assert line is not None, "the writer did not start"
        if line.startswith("pid "):
            break
        take(line)
    if rng.random() < 0.75:
        # Mostly while writing: wait for the first commit, then a random moment.
        first = writer.line(timeout=30)
        assert first is not None, "the writer committed nothing in 30 s"
        take(first)
        time.sleep(rng.uniform(0.0, 0.12))
    else:
        # Sometimes while it is still opening the database (and recovering the last crash).
        time.sleep(rng.uniform(0.0, 0.05))
    writer.send("kill")
    while True:
        line = writer.line()
        assert line is not None, "the writer was not reaped"
        if line.startswith("reaped "):
            return cases, updated, line
        take(line)


def _check(db: Path, passphrase: str | None, cases: set[int], updated: set[int]) -> None:
    conn = connect_file(db, passphrase)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {r[0] for r in conn.execute("SELECT id FROM cases")}
        missing = cases - present
        assert not missing, f"committed cases lost: {sorted(missing)[:10]}"
        titles = dict(conn.execute("SELECT id, title FROM cases").fetchall())
        lost = [i for i in updated if not titles[i].endswith("(updated)")]
        assert not lost, f"committed updates lost: {lost[:10]}"
        audited = {
            r[0]
            for r in conn.execute(
                "SELECT record_id FROM audit_entries WHERE table_name = 'cases' "
                "AND action = 'create'"
            )
        }
        assert cases <= audited, "a committed case has no audit entry"
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("passphrase", "rounds"), [(None, 50), (PASS, 20)], ids=["plain", "encrypted"]
)
def test_sigkill_at_random_moments_loses_nothing_committed(
    tmp_path: Path, passphrase: str | None, rounds: int
) -> None:
    paths = Paths(tmp_path / "data")
    ws = open_workspace(sqlite_url(paths.database), paths, passphrase=passphrase)
    ws.close()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    writer = Writer(paths.database, passphrase, tmp_path / "writer.log")
    all_cases: set[int] = set()
    all_updated: set[int] = set()
    survived = 0
    try:
        for _ in range(rounds):
            cases, updated, reaped = _round(writer, rng)
            assert reaped.endswith("killed"), (
                f"{reaped}: the writer failed by itself:\n"
                + (tmp_path / "writer.log").read_text(errors="replace")[-3000:]
            )
            all_cases |= cases
            all_updated |= updated
            _check(paths.database, passphrase, all_cases, all_updated)
            survived += 1
    finally:
        writer.close()
    assert survived == rounds
    assert len(all_cases) >= rounds // 2, "too few commits: the kills came too early"
    label = "encrypted" if passphrase else "plain"
    SURVIVED[label] = survived
    print(f"\ncrash test ({label}): {survived} SIGKILLs survived, {len(all_cases)} commits kept")
