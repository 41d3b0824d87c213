"""CaseService.save_with_articles: the case editor's Save, case and articles all or nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import ConflictError, DomainError
from app.services.cases import CaseService
from app.services.dto import CaseArticleInput, CaseInput
from app.vocab import ArticleRelation

INVOKED = ArticleRelation.INVOKED
VIOLATED = ArticleRelation.VIOLATED
NEW = CaseInput(reference="KZ-2026-09", title="Nurpeisova v. Kazakhstan", body="CCPR", state="KZ")


@pytest.fixture
def cases(session_factory, clock) -> CaseService:
    return CaseService(session_factory, clock=clock)


def labels(cases: CaseService, case_id: int) -> list[tuple[str, str]]:
    return [(a.relation.value, a.label) for a in cases.articles(case_id)]


def test_creates_a_case_with_its_articles(cases):
    dto = cases.save_with_articles(
        None,
        NEW,
        invoked=[CaseArticleInput("7", INVOKED), CaseArticleInput("14", INVOKED, "(3)(b)")],
        expected_version=None,
    )
    assert dto.reference == "KZ-2026-09"
    assert labels(cases, dto.id) == [("invoked", "7"), ("invoked", "14(3)(b)")]
    assert cases.get(dto.id) == dto


def test_updates_the_case_and_replaces_one_relation(cases):
    created = cases.save_with_articles(
        None, NEW, invoked=[CaseArticleInput("7", INVOKED)], expected_version=None
    )
    updated = cases.save_with_articles(
        created.id,
        replace(NEW, notes="Violations found."),
        violated=[CaseArticleInput("9", VIOLATED)],
        expected_version=created.version,
    )
    assert updated.notes == "Violations found."
    assert updated.version == created.version + 1
    assert labels(cases, created.id) == [("invoked", "7"), ("violated", "9")]


def test_articles_only_change_moves_the_version(cases):
    created = cases.save_with_articles(None, NEW, expected_version=None)
    updated = cases.save_with_articles(
        created.id, NEW, invoked=[CaseArticleInput("19", INVOKED)], expected_version=1
    )
    assert updated.version == 2


def test_a_bad_article_saves_nothing(cases):
    created = cases.save_with_articles(None, NEW, expected_version=None)
    with pytest.raises(DomainError, match="Article “99” is not an article") as e:
        cases.save_with_articles(
            created.id,
            replace(NEW, title="Changed title"),
            invoked=[CaseArticleInput("99", INVOKED)],
            expected_version=1,
        )
    assert e.value.field == "articles"
    assert cases.get(created.id).title == NEW.title
    assert cases.get(created.id).version == 1


def test_a_bad_article_creates_no_case(cases):
    with pytest.raises(DomainError, match="not in the form"):
        cases.save_with_articles(
            None, NEW, invoked=[CaseArticleInput("7", INVOKED, "3b")], expected_version=None
        )
    with pytest.raises(DomainError):
        cases.get_by_reference(NEW.reference)


def test_body_changes_with_its_articles_replaced(cases):
    created = cases.save_with_articles(
        None, NEW, invoked=[CaseArticleInput("7", INVOKED)], expected_version=None
    )
    moved = cases.save_with_articles(
        created.id,
        replace(NEW, body="CAT"),
        invoked=[CaseArticleInput("1", INVOKED), CaseArticleInput("16", INVOKED)],
        violated=[],
        expected_version=1,
    )
    assert moved.body == "CAT"
    assert [a.title for a in cases.articles(created.id)] == [
        "Definition of torture",
        "Cruel, inhuman or degrading treatment or punishment",
    ]


def test_body_change_refused_while_old_articles_stay(cases):
    created = cases.save_with_articles(
        None, NEW, violated=[CaseArticleInput("9", VIOLATED)], expected_version=None
    )
    with pytest.raises(DomainError, match="cannot be changed while 1 article") as e:
        cases.save_with_articles(
            created.id, replace(NEW, body="CAT"), invoked=[], expected_version=1
        )
    assert e.value.field == "body"
    assert cases.get(created.id).body == "CCPR"


def test_articles_are_checked_against_the_new_body(cases):
    created = cases.save_with_articles(None, NEW, expected_version=None)
    with pytest.raises(DomainError, match=r"“25” is not an article of the .*\(CAT\)"):
        cases.save_with_articles(
            created.id,
            replace(NEW, body="CAT"),
            invoked=[CaseArticleInput("25", INVOKED)],
            expected_version=1,
        )


def test_stale_version_is_a_conflict_and_writes_nothing(cases):
    created = cases.save_with_articles(None, NEW, expected_version=None)
    cases.update(created.id, replace(NEW, notes="elsewhere"), expected_version=1)
    with pytest.raises(ConflictError) as e:
        cases.save_with_articles(
            created.id,
            replace(NEW, title="Mine"),
            invoked=[CaseArticleInput("7", INVOKED)],
            expected_version=1,
        )
    assert e.value.current_version == 2
    assert cases.get(created.id).title == NEW.title
    assert cases.articles(created.id) == []


def test_case_validation_still_applies(cases):
    with pytest.raises(DomainError) as e:
        cases.save_with_articles(
            None, replace(NEW, communication_number="12-2023"), expected_version=None
        )
    assert e.value.field == "communication_number"
