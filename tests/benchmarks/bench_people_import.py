"""Benchmark of duplicate detection in the people import (not part of the test run):

    python tests/benchmarks/bench_people_import.py [--db FOLDER] [--rows 1000,5000]
        [--registry 10000,100000] [--brute]

Builds, once per size, a registry of generated people (Latin names, most with their Cyrillic
spelling, a third with a patronymic, a few sharing a surname) in FOLDER (a temporary folder
unless given; the file name carries the size, so a later run reuses it), writes a CSV of
imported people (a tenth of them near-duplicates of registry people: one letter changed,
words swapped, patronymic dropped, the other script), and prints the time of
PeopleImportService.preview: the first one (the registry's names transliterated) and a
second one (their keys cached by the PeopleService). `--brute` scores every pair with
`name_similarity` instead, as before the prefilter (slow: use small sizes).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.config import sqlite_url  # noqa: E402
from app.db import make_engine, make_session_factory  # noqa: E402
from app.migrate import upgrade  # noqa: E402
from app.services import people as people_module  # noqa: E402
from app.services import people_import  # noqa: E402
from app.services.cases import CaseService  # noqa: E402
from app.services.dto import PersonInput  # noqa: E402
from app.services.people import CYRILLIC_TO_LATIN, NameKey, PeopleService  # noqa: E402
from app.services.people_import import PeopleImportService  # noqa: E402
from models import Person  # noqa: E402

_CONSONANTS = "бвгдзклмнпрстхшжчц"
_VOWELS = "аеиоуыя"
_SURNAME_ENDINGS = ["ов", "ев", "ин", "бек", "баев", "енко", "", ""]
_PATRONYMIC_ENDINGS = ["ович", "овна", "евич", " угли", "улы"]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(
        rng.choice(_CONSONANTS)
        + rng.choice(_VOWELS)
        + (rng.choice(_CONSONANTS) * (rng.random() < 0.4))
        for _ in range(syllables)
    )


class Names:
    """Central-Asian-sounding names from syllables: a few thousand surnames (some common),
    a few hundred first names, patronymics from the first names."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        rng = self.rng
        self.surnames = [
            _word(rng, rng.choice((2, 2, 3))) + rng.choice(_SURNAME_ENDINGS) for _ in range(5000)
        ]
        self.firsts = [_word(rng, rng.choice((2, 3))) for _ in range(700)]

    def person(self) -> tuple[str, str]:
        """(Latin full name, Cyrillic original-script name)."""
        rng = self.rng
        if rng.random() < 0.3:  # common surnames
            surname = self.surnames[min(int(rng.paretovariate(1.2)) - 1, 99)]
        else:
            surname = rng.choice(self.surnames)
        words = [surname, rng.choice(self.firsts)]
        if rng.random() < 0.3:
            words.append(rng.choice(self.firsts) + rng.choice(_PATRONYMIC_ENDINGS))
        if rng.random() < 0.5:
            words[0], words[1] = words[1], words[0]
        cyrillic = " ".join(w.capitalize() for w in " ".join(words).split())
        latin = " ".join(
            "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in w).capitalize()
            for w in cyrillic.lower().split()
        )
        return latin, cyrillic

    def near(self, latin: str, cyrillic: str) -> str:
        """A name a list might give for the same person."""
        rng = self.rng
        words = (cyrillic if rng.random() < 0.5 else latin).split()
        how = rng.randrange(4)
        if how == 0:
            w = rng.randrange(len(words))
            at = rng.randrange(1, max(2, len(words[w])))
            words[w] = words[w][:at] + rng.choice("aeiouаеи") + words[w][at + 1 :]
        elif how == 1:
            rng.shuffle(words)
        elif how == 2 and len(words) > 2:
            words.pop()
        return " ".join(words)


def registry_db(folder: Path, size: int) -> Path:
    path = folder / f"people-registry-{size}.sqlite"
    if path.exists():
        return path
    print(f"building a registry of {size:,} people in {path} ...", flush=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = make_engine(sqlite_url(partial))
    upgrade(engine)
    service = PeopleService(make_session_factory(engine, audit=False))
    names = Names(seed=size)
    with service._uow("person") as s:
        for start in range(0, size, 5_000):
            for _ in range(start, min(size, start + 5_000)):
                latin, cyrillic = names.person()
                original = cyrillic if names.rng.random() < 0.7 else None
                data = PersonInput(latin, original_script_name=original)
                s.add(Person(**service._validate(s, data)))
            s.flush()
    engine.dispose()
    partial.rename(path)
    return path


def import_csv(folder: Path, db: Path, rows: int) -> Path:
    path = folder / f"import-{rows}.csv"
    engine = make_engine(sqlite_url(db))
    with engine.connect() as conn:
        registry = [
            (full, original or full)
            for full, original in conn.execute(
                select(Person.full_name, Person.original_script_name)
            )
        ]
    engine.dispose()
    names = Names(seed=rows + 7)
    lines = ["Full name;Sex"]
    for _ in range(rows):
        if names.rng.random() < 0.1:
            lines.append(names.near(*names.rng.choice(registry)) + ";")
        else:
            latin, cyrillic = names.person()
            lines.append((latin if names.rng.random() < 0.5 else cyrillic) + ";")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def brute_force_pairs(
    firsts: Sequence[NameKey], seconds: Sequence[NameKey], threshold: float
) -> list[tuple[int, int, float]]:
    """Every pair scored, as before the prefilter."""
    return [
        (i, j, score)
        for i, a in enumerate(firsts)
        for j, b in enumerate(seconds)
        if (score := people_module._key_similarity(a.key, b.key)) >= threshold
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rows", default="1000,5000")
    parser.add_argument("--registry", default="10000,100000")
    parser.add_argument("--brute", action="store_true")
    args = parser.parse_args()
    if args.brute:
        people_module.similar_name_pairs = brute_force_pairs  # type: ignore[assignment]
        people_import.similar_name_pairs = brute_force_pairs  # type: ignore[assignment]
    folder = args.db or Path(tempfile.mkdtemp(prefix="bench-people-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'registry':>10} {'rows':>6} {'preview 1':>10} {'preview 2':>10}  duplicates")
    for size in (int(x) for x in args.registry.split(",")):
        db = registry_db(folder, size)
        for rows in (int(x) for x in args.rows.split(",")):
            csv = import_csv(folder, db, rows)
            engine = make_engine(sqlite_url(db))
            factory = make_session_factory(engine, audit=False)
            people = PeopleService(factory)
            service = PeopleImportService(factory, people=people, cases=CaseService(factory))
            people_module.latin_key.cache_clear()
            times = []
            for _ in range(2):
                start = time.perf_counter()
                preview = service.preview(csv)
                times.append(time.perf_counter() - start)
            in_registry = sum(1 for r in preview.rows if r.similar)
            in_file = sum(1 for r in preview.rows if r.same_as_rows)
            print(
                f"{size:>10,} {rows:>6,} {times[0]:>9.2f}s {times[1]:>9.2f}s  "
                f"{in_registry:,} like the registry, {in_file:,} like an earlier row",
                flush=True,
            )
            engine.dispose()


if __name__ == "__main__":
    main()
