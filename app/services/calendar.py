"""Deadlines as an iCalendar file (.ics) for Outlook, Google Calendar or Apple Calendar.

One all-day event per deadline: the case reference (or review symbol) and what is due in
the title; how the date was computed and a link back to the record (the deadline key, also
in X-TREATYDESK-KEY) in the description. Each event's UID is derived (uuid5) from the uuid
of the record the deadline belongs to (the case, the review, or the hand-entered deadline)
and the rule, so exporting again — even from a copy of the database moved to another
machine — updates the same events instead of adding new ones; SEQUENCE follows the
record's version so that calendars take the newer date.

Overdue deadlines are included (they are the most urgent); those marked done are left out
unless asked for. Calendars are often synchronised to a server: events carry references
and what is due, never the case title or the names of the people in it, and a deadline's
notes only when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import NAMESPACE_URL, uuid5

from sqlalchemy import select

from app import __version__
from app.db import SessionFactory
from app.errors import DomainError
from app.services.base import Clock, Service, long_date
from app.services.deadlines import DeadlinesService, parse_key
from app.services.dto import DeadlineDTO
from app.services.exports import write_private
from app.vocab import DeadlineState
from models import Case, Deadline, Review

if TYPE_CHECKING:
    from icalendar import Calendar

UID_NAMESPACE = uuid5(NAMESPACE_URL, "https://treatydesk.invalid/deadline")
UID_DOMAIN = "treatydesk"
PRODID = f"-//TreatyDesk//TreatyDesk {__version__}//EN"
CALENDAR_NAME = "TreatyDesk deadlines"
KEY_PROPERTY = "X-TREATYDESK-KEY"
RECORD_PROPERTY = "X-TREATYDESK-RECORD"


def event_uid(record_uuid: str, rule: str) -> str:
    """The UID of a deadline's event: stable for the record and the rule."""
    return f"{uuid5(UID_NAMESPACE, f'{record_uuid}/{rule}')}@{UID_DOMAIN}"


@dataclass(frozen=True)
class CalendarEvent:
    """One event as written to the file."""

    uid: str
    key: str  # the deadline key (DeadlineDTO.key)
    record_uuid: str  # the case, review or deadline the event belongs to
    sequence: int
    summary: str
    description: str
    due: date
    done: bool


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    events: int

    def sentence(self) -> str:
        return f"Wrote {self.events} deadline(s) to {self.path.name}."


class CalendarService(Service):
    """Deadlines to iCalendar."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        deadlines: DeadlinesService,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._deadlines = deadlines

    def events(
        self,
        *,
        include_done: bool = False,
        case_id: int | None = None,
        review_id: int | None = None,
        within_days: int | None = None,
        include_notes: bool = False,
    ) -> list[CalendarEvent]:
        """The events for every deadline (or one case's, or one review's), by due date."""
        if case_id is not None and review_id is not None:
            raise DomainError("Export the deadlines of a case or of a review, not both.")
        if within_days is not None and (
            isinstance(within_days, bool) or not isinstance(within_days, int) or within_days < 0
        ):
            raise DomainError(
                "The number of days to look ahead must be a whole number, 0 or more.",
                field="within_days",
            )
        if case_id is not None:
            items = self._deadlines.for_case(case_id)
        elif review_id is not None:
            items = self._deadlines.for_review(review_id)
        else:
            items = self._deadlines.upcoming(include_done=True)
        if not include_done:
            items = [d for d in items if not d.done]
        if within_days is not None:
            limit = self.today() + timedelta(days=within_days)
            items = [d for d in items if d.due_date <= limit]
        owners = self._owners(items)
        return [self._event(d, owners[d.key], include_notes) for d in items]

    def ics(
        self,
        *,
        include_done: bool = False,
        case_id: int | None = None,
        review_id: int | None = None,
        within_days: int | None = None,
        include_notes: bool = False,
        reminder_days: int | None = None,
    ) -> bytes:
        """The iCalendar text (UTF-8) of `events()`; `reminder_days` adds an alarm that many
        days before each open deadline."""
        _check_reminder(reminder_days)
        events = self.events(
            include_done=include_done,
            case_id=case_id,
            review_id=review_id,
            within_days=within_days,
            include_notes=include_notes,
        )
        return _calendar(events, reminder_days).to_ical()

    def write_ics(
        self,
        path: Path | str,
        *,
        include_done: bool = False,
        case_id: int | None = None,
        review_id: int | None = None,
        within_days: int | None = None,
        include_notes: bool = False,
        reminder_days: int | None = None,
    ) -> CalendarExport:
        """Write the deadlines to an .ics file (replaced whole, readable by the user only)."""
        target = Path(path).expanduser()
        if target.suffix.lower() not in (".ics", ".ical", ".icalendar"):
            raise DomainError(
                f"An iCalendar file is named …ics, not “{target.name}”.", field="path"
            )
        _check_reminder(reminder_days)
        events = self.events(
            include_done=include_done,
            case_id=case_id,
            review_id=review_id,
            within_days=within_days,
            include_notes=include_notes,
        )
        write_private(target, _calendar(events, reminder_days).to_ical())
        return CalendarExport(path=target, events=len(events))

    # ------------------------------------------------------------------ internals

    def _owners(self, items: list[DeadlineDTO]) -> dict[str, tuple[str, int]]:
        """For each deadline key, the (uuid, version) of the record it belongs to."""
        parsed = {d.key: parse_key(d.key) for d in items}
        wanted: dict[str, set[int]] = {"manual": set(), "case": set(), "review": set()}
        for key in parsed.values():
            wanted[key.owner].add(key.id)
        found: dict[tuple[str, int], tuple[str, int]] = {}
        with self._uow("deadline") as s:
            for owner, model in (("manual", Deadline), ("case", Case), ("review", Review)):
                ids = sorted(wanted[owner])
                for start in range(0, len(ids), 900):
                    chunk = ids[start : start + 900]
                    for record_id, uuid, version in s.execute(
                        select(model.id, model.uuid, model.version).where(model.id.in_(chunk))
                    ):
                        found[(owner, record_id)] = (uuid, version)
        result = {}
        for key, parsed_key in parsed.items():
            owner = found.get((parsed_key.owner, parsed_key.id))
            if owner is None:  # deleted between the two reads: no stable identity to give
                raise DomainError(
                    "A record changed while the calendar was being written; export it again."
                )
            result[key] = owner
        return result

    def _event(self, d: DeadlineDTO, owner: tuple[str, int], include_notes: bool) -> CalendarEvent:
        record_uuid, version = owner
        where = d.case_reference or d.review_symbol or ""
        summary = f"{where}: {d.title}" if where else d.title
        if d.done:
            summary = f"[done] {summary}"
        lines = [d.title + (f" — {where}" if where else "")]
        lines.append(f"Due {long_date(d.due_date)}" + _when(d))
        if d.basis:
            lines.append(f"How it was computed: {d.basis}")
        if include_notes and d.notes:
            lines.append(f"Notes: {d.notes}")
        owner_text = (
            f"case {d.case_reference}"
            if d.case_reference
            else f"review {d.review_symbol}"
            if d.review_symbol
            else "deadline"
        )
        lines.append(f"TreatyDesk: {owner_text}, deadline {d.key}")
        rule = d.rule.value
        return CalendarEvent(
            uid=event_uid(record_uuid, rule),
            key=d.key,
            record_uuid=record_uuid,
            sequence=version,
            summary=summary,
            description="\n".join(lines),
            due=d.due_date,
            done=d.done,
        )


def _check_reminder(days: int | None) -> None:
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 0):
        raise DomainError(
            "The reminder must be a whole number of days, 0 or more.", field="reminder_days"
        )


def _when(d: DeadlineDTO) -> str:
    if d.done:
        return f" (done{f' on {long_date(d.done_on)}' if d.done_on else ''})"
    if d.state is DeadlineState.OVERDUE:
        return f" (overdue by {-d.days_left} day{'' if d.days_left == -1 else 's'})"
    if d.days_left == 0:
        return " (today)"
    return ""


def _calendar(events: list[CalendarEvent], reminder_days: int | None) -> Calendar:
    # Imported when a calendar is written, not at start-up (icalendar takes ~0.1-0.2 s).
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for e in events:
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", e.due)
        event.add("dtend", e.due + timedelta(days=1))
        event.add("summary", e.summary)
        event.add("description", e.description)
        event.add("sequence", e.sequence)
        event.add("transp", "TRANSPARENT")
        event.add("status", "CONFIRMED")
        event.add("categories", ["TreatyDesk"])
        event.add(KEY_PROPERTY, e.key)
        event.add(RECORD_PROPERTY, e.record_uuid)
        if reminder_days is not None and not e.done:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", e.summary)
            alarm.add("trigger", timedelta(days=-reminder_days))
            event.add_component(alarm)
        cal.add_component(event)
    return cal
