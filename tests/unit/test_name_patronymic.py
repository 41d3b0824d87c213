"""Duplicate detection of a person written with and without a patronymic (issue 10)."""

from __future__ import annotations

import pytest

from app.services.dto import PersonInput
from app.services.people import PATRONYMIC_PENALTY, PeopleService, name_similarity
from app.services.people_import import DUPLICATE_THRESHOLD


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ivanov Ivan Petrovich", "Ivan Ivanov"),
        ("Иванов Иван Петрович", "Ivan Ivanov"),
        ("Иванов Иван Петрович", "Иван Иванов"),
        ("Ivan Petrovich Ivanov", "Ivanov Ivan"),
        ("Рахимов Шухрат Алиевич", "Rakhimov Shukhrat"),
        ("Rakhimov Shukhrat Ali o'g'li", "Рахимов Шухрат"),
        ("Абдуллаев Акмал Рустамович", "Akmal Abdullayev"),
        ("Kuzmina Olga Nikitichna", "Olga Kuzmina"),
        ("Нурпеисова Алия Серікқызы", "Aliia Nurpeisova"),
        ("Сейтказы Ерлан Нурланулы", "Yerlan Seitkazy"),
        ("Abramovich Roman", "Roman Abramovich Arkadyevich"),  # a surname in -ovich
    ],
)
def test_a_name_with_and_without_its_patronymic_is_a_likely_duplicate(
    first: str, second: str
) -> None:
    assert name_similarity(first, second) >= DUPLICATE_THRESHOLD
    assert name_similarity(second, first) == name_similarity(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Both give a patronymic, and they differ: brothers, not one person.
        ("Иванов Иван Петрович", "Иванов Иван Сергеевич"),
        ("Ivanov Ivan Petrovich", "Ivanov Ivan Sergeevich"),
        ("Иванов Иван Петрович", "Иванов Пётр Иванович"),
        # Another first name or surname, another sex.
        ("Иванов Иван Петрович", "Петров Иван"),
        ("Ivanov Ivan Petrovich", "Ivanov Petr"),
        ("Иванова Анна Петровна", "Ivanov Anton"),
        ("Ivanov Ivan Petrovich", "Ivanova Inna"),
        ("Абдуллаев Акмал Рустамович", "Anvar Abdullaev"),
        # Two words only: "Ivan Petrovich" may be a first name and a (Serbian) surname.
        ("Ivan Petrovich", "Ivan Ivanov"),
        # A first name and patronymic without surname is not the same as the full name.
        ("Иванов Иван Петрович", "Иван Иванович"),
    ],
)
def test_clearly_different_people_stay_apart(first: str, second: str) -> None:
    assert name_similarity(first, second) < DUPLICATE_THRESHOLD
    assert name_similarity(second, first) < DUPLICATE_THRESHOLD


def test_a_dropped_patronymic_ranks_below_an_exact_match() -> None:
    exact = name_similarity("Ivanov Ivan Petrovich", "Иванов Иван Петрович")
    dropped = name_similarity("Ivanov Ivan Petrovich", "Ivan Ivanov")
    assert exact == 100
    assert dropped == 100 - PATRONYMIC_PENALTY


def test_find_similar_finds_the_person_without_the_patronymic(session_factory, clock) -> None:
    people = PeopleService(session_factory, clock=clock)
    ivan = people.create(PersonInput(full_name="Иванов Иван Петрович"))
    brother = people.create(PersonInput(full_name="Иванов Иван Сергеевич"))
    people.create(PersonInput(full_name="Петров Иван"))
    # Either Ivan Ivanov may be the one written without his patronymic.
    found = people.find_similar("Ivan Ivanov")
    assert sorted(p.id for p, _ in found) == sorted([ivan.id, brother.id])
    # Written with his, he is not his brother.
    found = people.find_similar("Ivanov Ivan Petrovich")
    assert [p.id for p, _ in found] == [ivan.id]
