"""The demo portfolio: real cases from the seeds, 23 fictional victims, one periodic review.

Loaded from resources/demo/portfolio.json through the ordinary services, so the demo
obeys every validation rule a user's own data does. Manual deadlines in the file are
given relative to the day the demo is built (`due_in_days`) so the dashboard always
shows something due.
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
    CaseArticleInput,
    CaseInput,
    DeadlineInput,
    FollowUpInput,
    PartyInput,
    PersonInput,
    ProceedingInput,
    RecommendationInput,
    RemedyInput,
    ReviewInput,
    StatusInput,
)
from app.services.followup import FollowUpService
from app.services.people import PeopleService
from app.services.remedies import RemedyService
from app.services.reviews import ReviewService
from app.vocab import (
    ArticleRelation,
    Confidentiality,
    DecisionType,
    Direction,
    FollowUpKind,
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
    ) -> None:
        super().__init__(session_factory, clock=clock)
        self._people = people
        self._cases = cases
        self._remedies = remedies
        self._followup = followup
        self._deadlines = deadlines
        self._reviews = reviews

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
            self._review(entry)
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

    def _review(self, entry: dict[str, Any]) -> None:
        r = entry["review"]
        review = self._reviews.create(
            ReviewInput(
                body=r["body"],
                state=r["state"],
                cycle=r["cycle"],
                state_report_symbol=r.get("state_report_symbol", ""),
                co_symbol=r.get("co_symbol"),
                session=r.get("session", ""),
                dialogue_start=_date(r.get("dialogue_start")),
                dialogue_end=_date(r.get("dialogue_end")),
                adopted_on=_date(r.get("adopted_on")),
                followup_deadline=_date(r.get("followup_deadline")),
                next_loi_year=r.get("next_loi_year"),
                next_dialogue_year=r.get("next_dialogue_year"),
                notes=r.get("notes", ""),
            )
        )
        for rec in entry.get("recommendations", ()):
            self._reviews.add_recommendation(
                review.id,
                RecommendationInput(
                    paragraph=rec["paragraph"],
                    theme=rec.get("theme", ""),
                    concern_paragraph=rec.get("concern_paragraph"),
                    concern_text=rec.get("concern_text", ""),
                    recommendation_text=rec.get("recommendation_text", ""),
                    sub_items=tuple(rec.get("sub_items", ())),
                    articles=tuple(rec.get("articles", ())),
                    refers_to=rec.get("refers_to", ""),
                    is_followup=rec.get("is_followup", False),
                ),
            )
