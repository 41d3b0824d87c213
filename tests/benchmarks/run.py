"""Benchmarks (not part of the test run): `python tests/benchmarks/run.py [--repeat N]`.

Measures, on this machine, in fresh processes so that imports and Qt start-up count:
- `treatydesk --demo` from process start to the main window shown (demo rebuilt each time);
- `treatydesk` on an existing demo database to the window shown;
- `treatydesk cases list --json` and `treatydesk deadlines --json` end to end;
- building the demo portfolio in-process.
Prints a table with the median and the slowest run of each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TREATYDESK_DATA_DIR"] = str(data_dir)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TREATYDESK_EXIT_AFTER_SHOW"] = "1"
    return env


def _window_ms(args: list[str], env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    for line in out.splitlines():
        if line.startswith("window shown after"):
            return float(line.split()[3])
    raise RuntimeError(f"no start-up time reported: {out!r}")


def _wall_ms(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, check=True, cwd=ROOT
    )
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    n = parser.parse_args().repeat
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        env = _env(data)
        results["treatydesk --demo: window shown (ms)"] = [
            _window_ms(["--demo"], env) for _ in range(n)
        ]
        demo = str(data / "demo.sqlite")
        results["treatydesk (demo db exists): window shown (ms)"] = [
            _window_ms(["--db", demo], env) for _ in range(n)
        ]
        results["cases list --json, whole process (ms)"] = [
            _wall_ms(["--db", demo, "cases", "list", "--json"], env) for _ in range(n)
        ]
        results["deadlines --json, whole process (ms)"] = [
            _wall_ms(["--db", demo, "deadlines", "--json"], env) for _ in range(n)
        ]
        sys.path.insert(0, str(ROOT))
        os.environ["TREATYDESK_DATA_DIR"] = str(data / "inproc")
        from app.config import Paths
        from app.context import open_demo_workspace

        times = []
        for _ in range(n):
            start = time.perf_counter()
            open_demo_workspace(Paths.default()).close()
            times.append((time.perf_counter() - start) * 1000)
        results["build demo portfolio in-process (ms)"] = times
    width = max(len(k) for k in results)
    print(f"{'operation'.ljust(width)}  median    slowest   runs")
    for name, values in results.items():
        print(f"{name.ljust(width)}  {statistics.median(values):7.0f}  {max(values):7.0f}   {n}")


if __name__ == "__main__":
    main()
