"""The process that the crash test kills: writes cases in a loop, printing each committed id.

Run as `python -m tests.reliability.crash_writer DB` with the passphrase, if any, in
TREATYDESK_PASSPHRASE. It imports everything once, then serves commands on stdin:

    fork   start a writer child (a separate process, forked from this one so that each
           round does not pay Python's start-up); prints "pid N"
    kill   SIGKILL the writer and reap it; prints "reaped N"
    quit   exit (also at end of input), killing a writer still running

The writer opens its own engine and loops: create a case, print "case ID" once the
commit returned; every third case also changes its title and prints "updated ID".
Only the writer's parent (this process) kills it, so the pid cannot belong to anything
else by then.
"""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import replace
from pathlib import Path

from app.config import sqlite_url
from app.db import make_engine, make_session_factory
from app.security import ENV_PASSPHRASE
from app.services.cases import CaseService
from app.services.dto import CaseInput
from app.vocab import Stage


def emit(text: str) -> None:
    # One write(2) per line: a pipe write under PIPE_BUF bytes is atomic, so the parent
    # never sees half a line from a writer killed mid-print... or sees none at all.
    os.write(1, (text + "\n").encode())


def write_forever(db: Path, passphrase: str | None) -> None:
    engine = make_engine(sqlite_url(db), passphrase=passphrase)
    cases = CaseService(make_session_factory(engine))
    pid = os.getpid()
    n = 0
    while True:
        n += 1
        data = CaseInput(
            reference=f"CR-{pid}-{n}",
            title=f"Тореғожина and Oʻtkir Xoʻjayev v. Kazakhstan ({n})",
            body="CCPR",
            state="KZ",
            stage=Stage.SUBMITTED,
            notes="Verdict of 18 January 2025. " * (n % 40),
        )
        case = cases.create(data)
        emit(f"case {case.id}")
        if n % 3 == 0:
            cases.update(
                case.id, replace(data, title=f"{data.title} (updated)"), expected_version=1
            )
            emit(f"updated {case.id}")


def main() -> int:
    db = Path(sys.argv[1])
    passphrase = os.environ.get(ENV_PASSPHRASE) or None
    child: int | None = None
    for line in sys.stdin:
        command = line.strip()
        if command == "fork" and child is None:
            child = os.fork()
            if child == 0:
                try:
                    write_forever(db, passphrase)
                finally:
                    os._exit(70)  # only reached on an error: the parent sees the status
            emit(f"pid {child}")
        elif command == "kill" and child is not None:
            os.kill(child, signal.SIGKILL)
            _pid, status = os.waitpid(child, 0)
            killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            emit(f"reaped {child} {'killed' if killed else f'exited {status}'}")
            child = None
        elif command == "quit":
            break
    if child is not None:  # the test ended (or died) with a writer running: stop it too
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
