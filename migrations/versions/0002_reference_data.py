"""reference data: treaty bodies, articles, countries

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Reference rows get uuids derived from their natural keys (uuid5), so that every
installation holds the same uuid for "CCPR" or "KZ" and records can move between
installations.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import NAMESPACE_URL, uuid5

import pycountry
import sqlalchemy as sa
from alembic import op

from migrations.reference_data_0002 import ARTICLES, BODIES, COUNTRY_NAME_OVERRIDES

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAMESPACE = uuid5(NAMESPACE_URL, "https://treatydesk.invalid/reference")


def ref_uuid(kind: str, key: str) -> str:
    return str(uuid5(NAMESPACE, f"{kind}:{key}"))


def _common(kind: str, key: str, now: datetime) -> dict[str, object]:
    return {"uuid": ref_uuid(kind, key), "created_at": now, "updated_at": now, "version": 1}


def upgrade() -> None:
    now = datetime.now(UTC)
    bind = op.get_bind()
    bodies = sa.table(
        "treaty_bodies",
        *(sa.column(name) for name in (*BODIES[0].keys(), "uuid", "created_at", "updated_at")),
        sa.column("version"),
        sa.column("id"),
    )
    articles = sa.table(
        "treaty_articles",
        *(
            sa.column(name)
            for name in ("body_id", "number", "sort_key", "title", "uuid", "created_at")
        ),
        sa.column("updated_at"),
        sa.column("version"),
    )
    countries = sa.table(
        "countries",
        *(sa.column(n) for n in ("code", "alpha3", "name", "uuid", "created_at", "updated_at")),
        sa.column("version"),
    )
    op.bulk_insert(bodies, [{**body, **_common("body", str(body["code"]), now)} for body in BODIES])
    ids = dict(bind.execute(sa.select(bodies.c.code, bodies.c.id)).all())
    rows = []
    for code, items in ARTICLES.items():
        for position, (number, title) in enumerate(items, start=1):
            rows.append(
                {
                    "body_id": ids[code],
                    "number": number,
                    "sort_key": position,
                    "title": title,
                    **_common("article", f"{code}:{number}", now),
                }
            )
    op.bulk_insert(articles, rows)
    op.bulk_insert(
        countries,
        [
            {
                "code": c.alpha_2,
                "alpha3": c.alpha_3,
                "name": COUNTRY_NAME_OVERRIDES.get(c.alpha_2, getattr(c, "common_name", c.name)),
                **_common("country", c.alpha_2, now),
            }
            for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)
        ],
    )


def downgrade() -> None:
    op.execute("DELETE FROM treaty_articles")
    op.execute("DELETE FROM treaty_bodies")
    op.execute("DELETE FROM countries")
