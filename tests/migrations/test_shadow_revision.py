"""Revision 0003 (shadow reports): earlier data survives it, both ways; its keys hold."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

COMMON = "uuid, created_at, updated_at, version"
NOW = "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1"
SHADOW_TABLES = {
    "shadow_reports",
    "shadow_sections",
    "shadow_section_recommendations",
    "shadow_section_cases",
}


def _review_with_recommendation(conn) -> tuple[int, int]:
    body = conn.scalar(text("SELECT id FROM treaty_bodies WHERE code = 'CCPR'"))
    state = conn.scalar(text("SELECT id FROM countries WHERE code = 'KZ'"))
    conn.execute(
        text(
            "INSERT INTO reviews (body_id, state_id, cycle, state_report_symbol, co_symbol,"
            f" session, notes, {COMMON}) VALUES (:b, :s, 'Third periodic report',"
            f" 'CCPR/C/KAZ/3', 'CCPR/C/KAZ/CO/3', '144', '', 'r-1', {NOW})"
        ),
        {"b": body, "s": state},
    )
    review = conn.scalar(text("SELECT id FROM reviews"))
    conn.execute(
        text(
            "INSERT INTO recommendations (review_id, paragraph, concern_paragraph, theme,"
            " concern_text, recommendation_text, sub_items, articles, refers_to, is_followup,"
            f" {COMMON}) VALUES (:r, 34, 33, 'Prohibition of torture', 'Concern.',"
            " 'Recalling its previous recommendations, …', '[]', '[\"7\"]',"
            f" 'CCPR/C/KAZ/CO/2, paras. 22 and 24', true, 'rec-1', {NOW})"
        ),
        {"r": review},
    )
    return review, conn.scalar(text("SELECT id FROM recommendations"))


def test_reviews_survive_the_shadow_revision_up_and_down(alembic_runner, alembic_engine) -> None:
    alembic_runner.migrate_up_to("0002")
    with alembic_engine.begin() as conn:
        review, rec = _review_with_recommendation(conn)
    alembic_runner.migrate_up_to("0003")
    assert set(inspect(alembic_engine).get_table_names()) >= SHADOW_TABLES
    with alembic_engine.begin() as conn:
        assert conn.scalar(text("SELECT co_symbol FROM reviews")) == "CCPR/C/KAZ/CO/3"
        conn.execute(
            text(
                "INSERT INTO shadow_reports (review_id, title, word_limit, language, notes,"
                f" {COMMON}) VALUES (:r, 'LOIPR submission', 10700, 'en', '', 's-1', {NOW})"
            ),
            {"r": review},
        )
        report = conn.scalar(text("SELECT id FROM shadow_reports"))
        conn.execute(
            text(
                "INSERT INTO shadow_sections (report_id, position, article, theme, heading,"
                f" facts, ngo_recommendations, {COMMON}) VALUES (:p, 1, '7', '',"
                " 'Article 7. Torture', 'Mass torture in January 2022.', '[\"Investigate.\"]',"
                f" 'sec-1', {NOW})"
            ),
            {"p": report},
        )
        section = conn.scalar(text("SELECT id FROM shadow_sections"))
        conn.execute(
            text(
                "INSERT INTO shadow_section_recommendations (section_id, recommendation_id,"
                " position) VALUES (:s, :r, 0)"
            ),
            {"s": section, "r": rec},
        )
        # Defaults are in the DDL, not only in the ORM.
        conn.execute(
            text(
                "INSERT INTO shadow_sections (report_id, position, facts,"
                f" ngo_recommendations, {COMMON}) VALUES (:p, 2, '', '[]', 'sec-2', {NOW})"
            ),
            {"p": report},
        )
        row = conn.execute(
            text("SELECT article, theme, heading FROM shadow_sections WHERE position = 2")
        ).one()
        assert tuple(row) == ("", "", "")

    alembic_runner.migrate_down_one()
    assert not SHADOW_TABLES & set(inspect(alembic_engine).get_table_names())
    with alembic_engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM reviews")) == 1
        assert conn.scalar(text("SELECT refers_to FROM recommendations")) == (
            "CCPR/C/KAZ/CO/2, paras. 22 and 24"
        )
    alembic_runner.migrate_up_one()
    with alembic_engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM shadow_reports")) == 0
        assert conn.scalar(text("SELECT count(*) FROM recommendations")) == 1


def test_a_review_with_a_shadow_report_cannot_be_deleted_but_links_follow_their_records(
    alembic_runner, alembic_engine
) -> None:
    alembic_runner.migrate_up_to("0003")
    with alembic_engine.begin() as conn:
        review, rec = _review_with_recommendation(conn)
        conn.execute(
            text(
                "INSERT INTO shadow_reports (review_id, title, language, notes,"
                f" {COMMON}) VALUES (:r, 'Report', 'en', '', 's-1', {NOW})"
            ),
            {"r": review},
        )
        report = conn.scalar(text("SELECT id FROM shadow_reports"))
        conn.execute(
            text(
                "INSERT INTO shadow_sections (report_id, position, facts,"
                f" ngo_recommendations, {COMMON}) VALUES (:p, 1, '', '[]', 'sec-1', {NOW})"
            ),
            {"p": report},
        )
        section = conn.scalar(text("SELECT id FROM shadow_sections"))
        conn.execute(
            text(
                "INSERT INTO shadow_section_recommendations (section_id, recommendation_id)"
                " VALUES (:s, :r)"
            ),
            {"s": section, "r": rec},
        )
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), alembic_engine.begin() as conn:
        conn.execute(text("DELETE FROM reviews"))
    with pytest.raises(IntegrityError, match=r"(?i)unique"), alembic_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO shadow_sections (report_id, position, facts,"
                f" ngo_recommendations, {COMMON}) VALUES (:p, 1, '', '[]', 'sec-2', {NOW})"
            ),
            {"p": report},
        )
    with alembic_engine.begin() as conn:
        conn.execute(text("DELETE FROM recommendations"))
        assert conn.scalar(text("SELECT count(*) FROM shadow_section_recommendations")) == 0
        conn.execute(text("DELETE FROM shadow_reports"))
        assert conn.scalar(text("SELECT count(*) FROM shadow_sections")) == 0
        conn.execute(text("DELETE FROM reviews"))
