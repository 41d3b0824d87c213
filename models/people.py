"""People: victims, authors, relatives, witnesses, counsel, with their consent."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.vocab import Sex
from models.base import Entity, bool_false, opt_date, str_name, text, vocab
from models.reference import Country


class Person(Entity):
    __tablename__ = "people"

    full_name: Mapped[str_name] = mapped_column(index=True)
    original_script_name: Mapped[str] = mapped_column(String(255), default="", server_default="")
    pseudonym: Mapped[str] = mapped_column(String(255), default="", server_default="")
    sex: Mapped[Sex] = vocab(Sex, "sex", default=Sex.UNKNOWN, server_default=Sex.UNKNOWN.value)
    date_of_birth: Mapped[opt_date]
    nationality_id: Mapped[int | None] = mapped_column(ForeignKey("countries.id"), index=True)
    date_of_death: Mapped[opt_date]
    contact: Mapped[text]
    safety_notes: Mapped[text]
    # Consent: to act (to bring the case on their behalf) and to be named publicly.
    consent_to_act: Mapped[bool | None] = mapped_column(Boolean)
    consent_to_be_named: Mapped[bool_false]
    consent_date: Mapped[date | None]
    consent_form: Mapped[str] = mapped_column(String(255), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    nationality: Mapped[Country | None] = relationship(lazy="raise")
