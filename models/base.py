"""Declarative base, naming convention, common columns and reusable column types."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


# Reusable column types (Annotated): one definition, used everywhere.
intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
str_short = Annotated[str, mapped_column(String(64))]
str_name = Annotated[str, mapped_column(String(255))]
text = Annotated[str, mapped_column(Text, default="", server_default="")]
opt_date = Annotated[date | None, mapped_column(Date)]
bool_false = Annotated[bool, mapped_column(Boolean, default=False, server_default=false())]
money = Annotated[Decimal | None, mapped_column(Numeric(18, 2))]


def vocab(enum_cls: type[StrEnum], name: str, **kwargs: Any) -> Any:
    """A column holding a closed vocabulary: stored as its key, guarded by a CHECK constraint."""
    return mapped_column(
        Enum(
            enum_cls,
            name=name,
            native_enum=False,
            create_constraint=True,
            length=32,
            validate_strings=True,
            values_callable=lambda e: [m.value for m in e],
        ),
        **kwargs,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Entity(Base):
    """Every row: integer key, stable uuid, timestamps and an optimistic-lock version."""

    __abstract__ = True

    id: Mapped[intpk]
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True),
        default=utcnow,
        onupdate=utcnow,
        server_default=func.current_timestamp(),
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}
