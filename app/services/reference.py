"""Reference data: treaty bodies and their procedural rules, treaty articles, countries."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select

from app.errors import DomainError
from app.services.base import Service, body_by_code, check_version
from app.services.dto import ArticleDTO, BodyDTO, BodyRulesInput, CountryDTO
from app.vocab import PeriodUnit
from models import Country, TreatyArticle, TreatyBody

# Upper bounds that catch a slipped digit (1800 days for 180) without getting in the way of any
# rule a Committee could plausibly adopt.
_MAX_PERIOD = {PeriodUnit.DAYS: 3660, PeriodUnit.MONTHS: 120, PeriodUnit.YEARS: 10}

# (value field, unit field, label) of each rule of a body.
_RULES = (
    ("followup_value", "followup_unit", "Follow-up reply period"),
    ("filing_limit_value", "filing_limit_unit", "Filing limit"),
    ("observations_value", "observations_unit", "Period for the State party's observations"),
)


class ReferenceService(Service):
    """Treaty bodies (with their editable time limits), their articles, and countries."""

    def bodies(self) -> list[BodyDTO]:
        """All treaty bodies, in the order the reference data lists them (CCPR first)."""
        with self._uow("treaty body") as s:
            return [_body_to_dto(b) for b in s.scalars(select(TreatyBody).order_by(TreatyBody.id))]

    def body(self, code: str) -> BodyDTO:
        """One body by its code (CCPR, CAT, ...); DomainError naming the known codes if unknown."""
        with self._uow("treaty body") as s:
            return _body_to_dto(body_by_code(s, code))

    def update_body_rules(
        self, code: str, data: BodyRulesInput, *, expected_version: int | None
    ) -> BodyDTO:
        """Change a body's time limits: each period is a positive value with its unit, or none."""
        cleaned: dict[str, int | PeriodUnit | None] = {}
        for value_field, unit_field, label in _RULES:
            value, unit = _check_period(
                getattr(data, value_field), getattr(data, unit_field), label, value_field
            )
            cleaned[value_field] = value
            cleaned[unit_field] = unit
        with self._uow("treaty body") as s:
            body = body_by_code(s, code)
            check_version(body, expected_version, "treaty body")
            for name, value in cleaned.items():
                setattr(body, name, value)
            s.flush()
            return _body_to_dto(body)

    def articles(self, body_code: str) -> list[ArticleDTO]:
        """The substantive articles of a body's treaty, in the treaty's order."""
        with self._uow("treaty body") as s:
            body = body_by_code(s, body_code)
            rows = s.scalars(
                select(TreatyArticle)
                .where(TreatyArticle.body_id == body.id)
                .order_by(TreatyArticle.sort_key, TreatyArticle.id)
            )
            return [
                ArticleDTO(id=a.id, body_code=body.code, number=a.number, title=a.title)
                for a in rows
            ]

    def countries(self) -> list[CountryDTO]:
        """All countries, sorted by name as a reader expects (accents and case ignored)."""
        with self._uow("country") as s:
            rows = [
                CountryDTO(id=c.id, code=c.code, name=c.name) for c in s.scalars(select(Country))
            ]
        return sorted(rows, key=lambda c: (_sort_key(c.name), c.code))


def _check_period(
    value: int | None, unit: PeriodUnit | str | None, label: str, field: str
) -> tuple[int | None, PeriodUnit | None]:
    if value is None and unit is None:
        return None, None
    if value is None or unit is None:
        raise DomainError(
            f"{label}: give both a number and a unit (days, months or years), or neither.",
            field=field,
        )
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(f"{label} must be a whole number, not “{value}”.", field=field)
    try:
        period_unit = PeriodUnit(unit)
    except ValueError:
        raise DomainError(
            f"{label}: “{unit}” is not a unit; use days, months or years.", field=field
        ) from None
    if value <= 0:
        raise DomainError(f"{label} must be a positive number, not {value}.", field=field)
    if value > _MAX_PERIOD[period_unit]:
        raise DomainError(
            f"{label} of {value} {period_unit.value} is implausibly long "
            f"(at most {_MAX_PERIOD[period_unit]} {period_unit.value}).",
            field=field,
        )
    return value, period_unit


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _body_to_dto(body: TreatyBody) -> BodyDTO:
    return BodyDTO(
        id=body.id,
        code=body.code,
        name=body.name,
        treaty=body.treaty,
        complaint_instrument=body.complaint_instrument,
        followup_value=body.followup_value,
        followup_unit=body.followup_unit,
        filing_limit_value=body.filing_limit_value,
        filing_limit_unit=body.filing_limit_unit,
        observations_value=body.observations_value,
        observations_unit=body.observations_unit,
        version=body.version,
    )
