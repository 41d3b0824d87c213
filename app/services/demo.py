"""The demo portfolio: real cases from the seeds, 23 fictional victims, one periodic review.

Loaded from resources/demo/portfolio.json through the ordinary services, so the demo
obeys every validation rule a user's own data does. Manual deadlines in the file are
given relative to the day the demo is built (`due_in_days`) so the dashboard always
shows something due. The periodic review is imported from the text of the concluding
observations (resources/demo/CCPR_C_KAZ_CO_3.txt) by the same importer a user runs.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from typing import Any

from sqlalchemy import func, select

from app.db import SessionFactory
from app.errors import DomainError
from app.services.base import Clock, Service
from app.services.cases import CaseService
from app.services.deadlines import DeadlinesService
from app.services.dto import (
    AssessmentInput,
    CaseArticleInput,
    CaseInput,
    DeadlineInput,
    FollowUpInput,
    PartyInput,
    PersonInput,
    ProceedingInput,
    RemedyInput,
    ReviewInput,
    StatusInput,
)
from app.services.followup import FollowUpService
from app.services.people import PeopleService
from app.services.remedies import RemedyService
from app.services.review_import import ReviewImportService
from app.services.reviews import ReviewService
from app.vocab import (
    ArticleRelation,
    Confidentiality,
    DecisionType,
    Direction,
    FollowUpKind,
    Grade,
    ImplementationStatus,
    Outcome,
    PartyRole,
    ProceedingKind,
    RemedyKind,
    RemedyScope,
    Sex,
    Stage,
)
from models import Case


def load_portfolio_data() -> dict[str, Any]:
    text = resources.files("resources").joinpath("demo/portfolio.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class DemoService(Service):
    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        clock: Clock = date.today,
        people: PeopleService,
        cases: CaseService,
        remedies: RemedyService,
        followup: FollowUpService,
        deadlines: DeadlinesService,
        reviews: ReviewService,
        review_import: ReviewImportService | None = None,
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._people = people
        self._cases = cases
        self._remedies = remedies
        self._followup = followup
        self._deadlines = deadlines
        self._reviews = reviews
        self._review_import = review_import or ReviewImportService(session_factory, clock=clock)

    def is_empty(self) -> bool:
        with self._uow() as session:
            return not session.scalar(select(func.count(Case.id)))

    def load(self) -> dict[str, int]:
        """Load the demo portfolio. Refuses a database that already holds cases."""
        if not self.is_empty():
            raise DomainError(
                "The demo portfolio can only be loaded into an empty database; "
                "this one already holds cases. Use treatydesk --demo for a separate demo."
            )
        data = load_portfolio_data()
        people = {p["key"]: self._person(p) for p in data["people"]}
        case_ids: dict[str, int] = {}
        counts = {"cases": 0, "people": len(people), "remedies": 0, "deadlines": 0, "reviews": 0}
        for entry in data["cases"]:
            case_id = self._case(entry, people, counts)
            case_ids[entry["case"]["reference"]] = case_id
        comp = data["domestic_compensation"]
        self._domestic_compensation(comp, case_ids[comp["case"]], people)
        counts["remedies"] += 1
        for entry in data["reviews"]:
            self._review(entry, case_ids)
            counts["reviews"] += 1
        return counts

    def _person(self, p: dict[str, Any]) -> int:
        dto = self._people.create(
            PersonInput(
                full_name=p["full_name"],
                original_script_name=p.get("original_script_name", ""),
                pseudonym=p.get("pseudonym", ""),
                sex=Sex(p.get("sex", "unknown")),
                date_of_birth=_date(p.get("date_of_birth")),
                nationality=p.get("nationality"),
                safety_notes=p.get("safety_notes", ""),
                consent_to_act=p.get("consent_to_act"),
                consent_to_be_named=p.get("consent_to_be_named", False),
                consent_date=_date(p.get("consent_date")),
                consent_form=p.get("consent_form", ""),
                notes=p.get("notes", ""),
            )
        )
        return dto.id

    def _case(self, entry: dict[str, Any], people: dict[str, int], counts: dict[str, int]) -> int:
        c = entry["case"]
        case = self._cases.create(
            CaseInput(
                reference=c["reference"],
                title=c["title"],
                body=c["body"],
                state=c["state"],
                communication_number=c.get("communication_number"),
                symbol=c.get("symbol"),
                stage=Stage(c.get("stage", "preparation")),
                outcome=Outcome(c.get("outcome", "pending")),
                decision_type=DecisionType(c["decision_type"]) if c.get("decision_type") else None,
                incident_date=_date(c.get("incident_date")),
                final_domestic_decision_date=_date(c.get("final_domestic_decision_date")),
                submission_date=_date(c.get("submission_date")),
                decision_date=_date(c.get("decision_date")),
                session=c.get("session", ""),
                lead_lawyer=c.get("lead_lawyer", ""),
                tags=tuple(c.get("tags", ())),
                confidentiality=Confidentiality(c.get("confidentiality", "confidential")),
                summary=c.get("summary", ""),
                notes=c.get("notes", ""),
            )
        )
        counts["cases"] += 1
        for party in entry.get("parties", ()):
            self._cases.add_party(
                case.id,
                PartyInput(person_id=people[party["person"]], role=PartyRole(party["role"])),
            )
        for proc in entry.get("proceedings", ()):
            self._cases.add_proceeding(
                case.id,
                ProceedingInput(
                    kind=ProceedingKind(proc["kind"]),
                    authority=proc["authority"],
                    number=proc.get("number", ""),
                    started_on=_date(proc.get("started_on")),
                    decided_on=_date(proc.get("decided_on")),
                    outcome=proc.get("outcome", ""),
                    is_final=proc.get("is_final", False),
                ),
            )
        for relation, key in (
            (ArticleRelation.INVOKED, "articles_invoked"),
            (ArticleRelation.VIOLATED, "articles_violated"),
        ):
            if entry.get(key):
                current = self._cases.get(case.id)
                self._cases.set_articles(
                    case.id,
                    relation,
                    [
                        CaseArticleInput(a["number"], relation, a.get("paragraph", ""))
                        for a in entry[key]
                    ],
                    expected_version=current.version,
                )
        for rem in entry.get("remedies", ()):
            self._remedy(case.id, rem, people)
            counts["remedies"] += 1
        for event in entry.get("followup", ()):
            self._followup.add(
                case.id,
                FollowUpInput(
                    kind=FollowUpKind(event["kind"]),
                    event_date=date.fromisoformat(event["event_date"]),
                    direction=Direction(event.get("direction", "in")),
                    symbol=event.get("symbol", ""),
                    summary=event.get("summary", ""),
                ),
            )
        for dl in entry.get("deadlines", ()):
            self._deadlines.add(
                DeadlineInput(
                    title=dl["title"],
                    due_date=self.today() + timedelta(days=int(dl["due_in_days"])),
                    case_id=case.id,
                    notes=dl.get("notes", ""),
                )
            )
            counts["deadlines"] += 1
        return case.id

    def _remedy(self, case_id: int, rem: dict[str, Any], people: dict[str, int]) -> None:
        remedy = self._remedies.add(
            case_id,
            RemedyInput(
                kind=RemedyKind(rem["kind"]),
                scope=RemedyScope(rem["scope"]),
                text=rem.get("text", ""),
            ),
        )
        for person_key, status in rem.get("statuses", {}).items():
            self._remedies.set_status(
                remedy.id, people[person_key], self._status(status), expected_version=None
            )
        if "status" in rem:
            self._remedies.set_status(
                remedy.id, None, self._status(rem["status"]), expected_version=None
            )

    @staticmethod
    def _status(s: dict[str, Any]) -> StatusInput:
        return StatusInput(
            status=ImplementationStatus(s["status"]),
            amount=Decimal(s["amount"]) if s.get("amount") else None,
            currency=s.get("currency", ""),
            status_date=_date(s.get("status_date")),
            evidence=s.get("evidence", ""),
            source=s.get("source", ""),
        )

    def _domestic_compensation(
        self, comp: dict[str, Any], case_id: int, people: dict[str, int]
    ) -> None:
        """The per-victim picture of the domestic verdict: paid to 3, not to the other 20."""
        remedy = self._remedies.add(
            case_id,
            RemedyInput(
                kind=RemedyKind(comp["kind"]), scope=RemedyScope(comp["scope"]), text=comp["text"]
            ),
        )
        victims = [p.id for p in self._cases.victims(case_id)]
        paid = {people[k] for k in comp["paid"]}
        self._remedies.bulk_set(
            remedy.id,
            sorted(paid),
            StatusInput(
                status=ImplementationStatus.FULLY,
                amount=Decimal(comp["amount"]),
                currency=comp["currency"],
                status_date=_date(comp.get("status_date")),
                evidence="Compensation awarded by the verdict of 18 January 2025 and paid.",
                source="ILI submission to the Human Rights Committee, 144th session (seed 000)",
            ),
        )
        self._remedies.bulk_set(
            remedy.id,
            [v for v in victims if v not in paid],
            StatusInput(
                status=ImplementationStatus.NOT_IMPLEMENTED,
                evidence="No compensation received.",
                source="ILI submission to the Human Rights Committee, 144th session (seed 000)",
            ),
        )

    def _review(self, entry: dict[str, Any], case_ids: dict[str, int]) -> None:
        """A review imported from the text of its concluding observations, as a user would
        import it, then the NGO's notes and assessments."""
        name = entry["import"]
        text = resources.files("resources").joinpath(f"demo/{name}").read_text("utf-8")
        outcome = self._review_import.apply(self._review_import.analyse_text(text, source=name))
        review = outcome.review
        if entry.get("notes"):
            self._reviews.update(
                review.id,
                ReviewInput(
                    body=review.body,
                    state=review.state,
                    cycle=review.cycle,
                    state_report_symbol=review.state_report_symbol,
                    co_symbol=review.co_symbol,
                    session=review.session,
                    dialogue_start=review.dialogue_start,
                    dialogue_end=review.dialogue_end,
                    adopted_on=review.adopted_on,
                    followup_deadline=review.followup_deadline,
                    next_loi_year=review.next_loi_year,
                    next_dialogue_year=review.next_dialogue_year,
                    notes=f"{review.notes} {entry['notes']}".strip(),
                ),
                expected_version=review.version,
            )
        by_paragraph = {r.paragraph: r.id for r in self._reviews.recommendations(review.id)}
        for a in entry.get("assessments", ()):
            self._reviews.add_assessment(
                by_paragraph[a["paragraph"]],
                AssessmentInput(
                    grade=Grade(a["grade"]),
                    assessed_on=self.today() - timedelta(days=int(a["assessed_days_ago"])),
                    evidence=a.get("evidence", ""),
                    sources=a.get("sources", ""),
                    open_sub_items=tuple(a.get("open_sub_items", ())),
                    case_ids=tuple(case_ids[ref] for ref in a.get("cases", ())),
                ),
            )
