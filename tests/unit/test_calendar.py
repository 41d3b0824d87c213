"""Deadlines as iCalendar: parsed back with icalendar, stable UIDs across re-exports."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from app.cli import Output, main
from app.config import Paths, sqlite_url
from app.context import Workspace, open_demo_workspace, open_workspace
from app.errors import DomainError
from app.services.calendar import KEY_PROPERTY, RECORD_PROPERTY, event_uid
from app.services.dto import CaseInput, DeadlineInput
from tests.conftest import FIXED_TODAY


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    workspace = open_demo_workspace(Paths(root), clock=lambda: FIXED_TODAY)
    path = workspace.database_file
    workspace.close()
    assert path is not None
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, clock) -> Iterator[Workspace]:
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    workspace = open_workspace(sqlite_url(copy), Paths(tmp_path / "data"), clock=clock)
    yield workspace
    workspace.close()


def events_of(data: bytes) -> dict[str, object]:
    """The VEVENTs of an iCalendar text, by their X-TREATYDESK-KEY."""
    calendar = Calendar.from_ical(data)
    return {str(e[KEY_PROPERTY]): e for e in calendar.walk("VEVENT")}


def test_one_all_day_event_per_open_deadline(demo: Workspace) -> None:
    data = demo.services.calendar.ics()
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]).startswith("-//TreatyDesk//")
    assert str(calendar["VERSION"]) == "2.0"
    events = events_of(data)
    open_deadlines = [d for d in demo.services.deadlines.upcoming() if not d.done]
    assert sorted(events) == sorted(d.key for d in open_deadlines)
    for d in open_deadlines:
        event = events[d.key]
        start = event.decoded("DTSTART")
        assert start == d.due_date and not hasattr(start, "hour")  # all day: a DATE
        assert event.decoded("DTEND") == d.due_date + timedelta(days=1)
        where = d.case_reference or d.review_symbol
        assert str(event["SUMMARY"]) == f"{where}: {d.title}"
        description = str(event["DESCRIPTION"])
        assert d.title in description
        assert f"How it was computed: {d.basis}" in description
        assert f"deadline {d.key}" in description  # the link back
        assert str(event["UID"]).endswith("@treatydesk")
        assert str(event["TRANSP"]) == "TRANSPARENT"
    # Overdue deadlines are in, the most urgent of all.
    overdue = events["followup_reply:case:3"]
    assert "KZ-CCPR-2129" in str(overdue["SUMMARY"])
    assert "(overdue by " in str(overdue["DESCRIPTION"])
    # A case title or a person's name never goes to a calendar server.
    assert "Toregozhina" not in data.decode()
    assert "Twenty-three" not in data.decode()


def test_uids_are_stable_and_derived_from_the_record_uuid(demo: Workspace) -> None:
    calendar = demo.services.calendar
    first = {k: str(e["UID"]) for k, e in events_of(calendar.ics()).items()}
    second = {k: str(e["UID"]) for k, e in events_of(calendar.ics()).items()}
    assert first == second
    assert len(set(first.values())) == len(first)
    case = demo.services.cases.get_by_reference("KZ-CCPR-2129")
    event = events_of(calendar.ics())["followup_reply:case:3"]
    assert str(event[RECORD_PROPERTY]) == case.uuid
    assert str(event["UID"]) == event_uid(case.uuid, "followup_reply")
    assert int(event["SEQUENCE"]) == case.version


def test_re_export_after_a_change_updates_the_same_event(demo: Workspace) -> None:
    cases = demo.services.cases
    case = cases.get_by_reference("KZ-CCPR-2129")
    before = events_of(demo.services.calendar.ics())["followup_reply:case:3"]
    data = CaseInput(
        **{
            name: getattr(case, name)
            for name in CaseInput.__dataclass_fields__
            if name not in ("body", "state")
        },
        body=case.body,
        state=case.state,
    )
    updated = cases.update(
        case.id,
        replace(data, decision_date=case.decision_date + timedelta(days=10)),
        expected_version=case.version,
    )
    after = events_of(demo.services.calendar.ics())["followup_reply:case:3"]
    assert str(after["UID"]) == str(before["UID"])
    assert after.decoded("DTSTART") == before.decoded("DTSTART") + timedelta(days=10)
    assert int(after["SEQUENCE"]) == updated.version > int(before["SEQUENCE"])


def test_done_deadlines_are_left_out_unless_asked(demo: Workspace) -> None:
    calendar = demo.services.calendar
    assert "followup_reply:case:2" not in events_of(calendar.ics())  # done by the State's reply
    manual = next(d for d in demo.services.deadlines.upcoming() if d.key.startswith("manual:"))
    demo.services.deadlines.mark_done(manual.key)
    assert manual.key not in events_of(calendar.ics())
    with_done = events_of(calendar.ics(include_done=True))
    assert str(with_done[manual.key]["SUMMARY"]).startswith("[done] ILI-2022-UZ23: ")
    assert "(done on 22 November 2026)" in str(with_done[manual.key]["DESCRIPTION"])
    assert "followup_reply:case:2" in with_done


def test_filters_notes_and_reminders(demo: Workspace) -> None:
    calendar = demo.services.calendar
    case = demo.services.cases.get_by_reference("ILI-2022-UZ23")
    added = demo.services.deadlines.add(
        DeadlineInput(
            "Call the family", date(2026, 11, 30), case_id=case.id, notes="Ask about threats"
        )
    )
    only_case = events_of(calendar.ics(case_id=case.id))
    assert added.key in only_case
    assert {str(e["SUMMARY"]).split(":")[0] for e in only_case.values()} == {"ILI-2022-UZ23"}
    assert "Ask about threats" not in str(only_case[added.key]["DESCRIPTION"])
    noted = events_of(calendar.ics(case_id=case.id, include_notes=True))
    assert "Notes: Ask about threats" in str(noted[added.key]["DESCRIPTION"])
    review = demo.services.reviews.get_by_symbol("CCPR/C/KAZ/CO/3")
    assert review is not None
    assert list(events_of(calendar.ics(review_id=review.id))) == [
        f"review_followup:review:{review.id}"
    ]
    soon = events_of(calendar.ics(within_days=10))
    assert added.key in soon
    assert all(e.decoded("DTSTART") <= FIXED_TODAY + timedelta(days=10) for e in soon.values())
    reminded = Calendar.from_ical(calendar.ics(case_id=case.id, reminder_days=3))
    alarms = list(reminded.walk("VALARM"))
    assert len(alarms) == len(only_case)
    assert alarms[0].decoded("TRIGGER") == timedelta(days=-3)
    # The event of a deadline entered by hand takes the uuid of its own record.
    manual = only_case[added.key]
    assert str(manual[RECORD_PROPERTY]) != case.uuid
    assert str(manual["UID"]) == event_uid(str(manual[RECORD_PROPERTY]), "manual")


def test_calendar_errors(demo: Workspace, tmp_path: Path) -> None:
    calendar = demo.services.calendar
    with pytest.raises(DomainError, match="of a case or of a review, not both"):
        calendar.events(case_id=1, review_id=1)
    with pytest.raises(DomainError, match="whole number of days") as info:
        calendar.ics(reminder_days=-1)
    assert info.value.field == "reminder_days"
    with pytest.raises(DomainError, match="look ahead"):
        calendar.events(within_days=-2)
    with pytest.raises(DomainError, match="is named …ics") as info:
        calendar.write_ics(tmp_path / "deadlines.txt")
    assert info.value.field == "path"
    with pytest.raises(DomainError, match="no longer exists"):
        calendar.events(case_id=999)


def test_uids_survive_a_json_export_and_import(demo: Workspace, tmp_path: Path, clock) -> None:
    """The UIDs come from uuids, not from ids: a copy of the database moved to another
    machine (ids renumbered) still updates the same calendar events."""
    before = {k: str(e["UID"]) for k, e in events_of(demo.services.calendar.ics()).items()}
    export = tmp_path / "all.json"
    demo.services.transfer.export_json(export)
    other = open_workspace(
        sqlite_url(tmp_path / "other.sqlite"), Paths(tmp_path / "other"), clock=clock
    )
    try:
        other.services.transfer.import_json(export)
        after = {e["UID"]: e for e in events_of(other.services.calendar.ics()).values()}
        assert {str(u) for u in after} == set(before.values())
    finally:
        other.close()


def test_cli_deadlines_ics(demo: Workspace, tmp_path: Path) -> None:
    db = demo.database_file
    assert db is not None
    path = tmp_path / "deadlines.ics"

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--db", str(db), *args], output=Output(out, err))
        return code, out.getvalue(), err.getvalue()

    code, out, err = run("deadlines", "--ics", str(path))
    assert code == 0, err
    events = events_of(path.read_bytes())
    assert out.strip() == f"Wrote {len(events)} deadline(s) to deadlines.ics."
    code, out, err = run("deadlines", "--ics", str(path), "--all", "--reminder", "7")
    assert code == 0, err
    again = events_of(path.read_bytes())
    assert len(again) == len(events) + 1
    assert {str(e["UID"]) for e in events.values()} <= {str(e["UID"]) for e in again.values()}
    code, _, err = run("deadlines", "--reminder", "7")
    assert code == 1 and "--reminder goes with --ics" in err
