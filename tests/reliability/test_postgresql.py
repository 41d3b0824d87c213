"""The application on a shared PostgreSQL server: each user logs in with their own role, the
audit trail says which, and the whole application (services, documents, command line) runs
on it. Needs a server: TREATYDESK_TEST_PG_URL, or `.ci/pg python -m pytest ...`."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from app.cli import Output, main
from app.config import Paths
from app.context import open_workspace
from app.db import make_session_factory, open_database_engine
from app.errors import DomainError
from app.migrate import integrity_check
from app.protection import open_for_gui
from app.security import PassphraseRequiredError, WrongPassphraseError
from app.services.audit import AuditService
from app.services.cases import CaseService
from app.services.documents import GenerateRequest
from app.services.dto import CaseFilter, CaseInput
from app.services.search import SearchService
from tests.conftest import pg_server

pytestmark = pytest.mark.postgresql_only

TODAY = date(2026, 11, 22)
CASE = CaseInput(reference="KZ-CAT-433", title="Gerasimov v. Kazakhstan", body="CAT", state="KZ")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), output=Output(out, err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def users(db_url: str, request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """Two lawyers with their own login roles on the test database (password login)."""
    server = pg_server(request.config)
    database = make_url(db_url).database
    assert database is not None
    tag = uuid.uuid4().hex[:6]
    names = {"alice": f"alice_{tag}", "bob": f"bob_{tag}"}
    for role in names.values():
        server.role(role, f"pw-{role}", database)
    yield names
    server.drop(database)  # a role is dropped only once nothing of it is left
    for role in names.values():
        server.drop_role(role)


def _url_of(db_url: str, user: str, password: str | None = None) -> str:
    url = make_url(db_url).set(username=user, password=password)
    return url.render_as_string(hide_password=False)


def test_each_user_logs_in_with_their_own_role_and_the_trail_records_it(
    db_url: str, users: dict[str, str], clock
) -> None:
    alice, bob = users["alice"], users["bob"]
    engine_a = open_database_engine(_url_of(db_url, alice, f"pw-{alice}"))
    # Bob types his password at the prompt (the URL holds none).
    engine_b = open_database_engine(_url_of(db_url, bob), passphrase=f"pw-{bob}")
    try:
        cases_a = CaseService(make_session_factory(engine_a), clock=clock)
        cases_b = CaseService(make_session_factory(engine_b), clock=clock)
        created = cases_a.create(CASE)
        cases_b.update(created.id, replace(CASE, notes="Medical report added"), expected_version=1)
        history = AuditService(make_session_factory(engine_a), clock=clock).history(
            "cases", created.id
        )
        assert [(e.actor, e.action.value) for e in history] == [
            (bob, "update"),
            (alice, "create"),
        ]
        assert {c.field: c.new for c in history[0].changes} == {"notes": "Medical report added"}
        # Neither of them can rewrite the trail, even by hand.
        for statement in ("UPDATE audit_entries SET actor = 'x'", "DELETE FROM audit_entries"):
            with pytest.raises(IntegrityError, match="append-only"), engine_b.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine_a.dispose()
        engine_b.dispose()


def test_a_missing_or_wrong_password_is_said_plainly(db_url: str, users: dict[str, str]) -> None:
    bob = users["bob"]
    with pytest.raises(PassphraseRequiredError, match=f"asks for the password of {bob}"):
        open_database_engine(_url_of(db_url, bob))
    with pytest.raises(WrongPassphraseError, match=f"Wrong password for {bob}"):
        open_database_engine(_url_of(db_url, bob), passphrase="not-his")
    with pytest.raises(DomainError, match="refused the password"):
        open_database_engine(_url_of(db_url, bob, "stale-password-in-url"))
    with pytest.raises(DomainError, match="no such database or login"):
        open_database_engine(
            make_url(db_url).set(database="no_such_db").render_as_string(hide_password=False)
        )
    # The command line: no terminal to ask on, so one clear line and status 1.
    code, _out, err = run("--db", _url_of(db_url, bob), "cases", "list")
    assert code == 1
    assert f"asks for the password of {bob}" in err
    assert "pw-" not in err


def test_the_whole_application_runs_on_the_server(db_url: str, tmp_path: Path) -> None:
    paths = Paths(tmp_path / "laptop")
    workspace = open_workspace(db_url, paths, clock=lambda: TODAY)
    try:
        assert workspace.database_file is None
        assert workspace.backups is None  # a server is backed up by its administrator
        assert "@" in workspace.display_name and "***" not in workspace.display_name
        services = workspace.services
        services.demo.load()
        assert services.listing.count(CaseFilter()) == 5
        # Free text in Cyrillic, folded by the server.
        toregozhina = services.cases.get_by_reference("kz-ccpr-2137")
        assert toregozhina.reference == "KZ-CCPR-2137"
        found = SearchService(workspace.session_factory, clock=lambda: TODAY).search("тореғожин")
        assert found.people_found >= 1
        assert services.deadlines.upcoming(within_days=3650)
        assert services.statistics.decisions(state="KZ").decisions >= 4
        # Documents: a DOCX letter and a PDF summary, from the server's data.
        case_id = services.cases.get_by_reference("KZ-CAT-441").id
        for kind in ("state_letter", "status_summary"):
            doc = services.documents.generate(GenerateRequest(kind=kind, case_id=case_id))
            assert services.documents.verify(doc.id)
        exported = services.transfer.export_data(cases=["KZ-CAT-441"])
        assert len(exported["tables"]["cases"]) == 1
        assert integrity_check(workspace.engine) == []
    finally:
        workspace.close()
    # The command line on the same server.
    code, out, err = run("--db", db_url, "cases", "list", "--json")
    assert code == 0, err
    assert json.loads(out)["count"] == 5
    code, out, err = run("--db", db_url, "db", "check")
    assert code == 0, err
    assert "integrity ok" in out
    assert "***" not in out


def test_the_window_asks_for_the_login_password_until_it_fits(
    db_url: str, users: dict[str, str], tmp_path: Path
) -> None:
    bob = users["bob"]
    said: list[str | None] = []

    def ask_unlock(attempt) -> bool:  # the unlock dialog: a wrong try, then the right one
        said.append(attempt("not-his"))
        said.append(attempt(f"pw-{bob}"))
        return said[-1] is None

    workspace = open_for_gui(
        _url_of(db_url, bob),
        Paths(tmp_path / "laptop"),
        ask_unlock=ask_unlock,
        ask_new_passphrase=lambda: (True, None),
        env_passphrase="the SQLite passphrase, never sent to a server",
    )
    assert workspace is not None
    try:
        assert said[0] is not None and f"Wrong password for {bob}" in said[0]
        assert said[1] is None
        assert workspace.services.cases.create(CASE).reference == "KZ-CAT-433"
        assert workspace.services.audit.recent(1)[0].actor == bob
    finally:
        workspace.close()
