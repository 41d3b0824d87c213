"""Closed vocabularies of the domain: the key is stored, the label is shown.

A leaf module (no SQLAlchemy, no Qt) so that models, services and views can all
share the same lists. Labels are English; translations live in the views layer.
"""

from __future__ import annotations

from enum import StrEnum


class Vocabulary(StrEnum):
    """A StrEnum whose members carry a human label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def parse(cls, value: str) -> Vocabulary:
        """Accept a key or a label, case-insensitively; raise ValueError otherwise."""
        needle = value.strip().lower().replace("-", "_")
        for member in cls:
            if needle in (member.value, member.label.lower()):
                return member
        raise ValueError(value)


class Stage(Vocabulary):
    PREPARATION = "preparation"
    SUBMITTED = "submitted"
    REGISTERED = "registered"
    ADMISSIBILITY = "admissibility"
    MERITS = "merits"
    DECIDED = "decided"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class Outcome(Vocabulary):
    PENDING = "pending"
    VIOLATION = "violation"
    NO_VIOLATION = "no_violation"
    INADMISSIBLE = "inadmissible"
    DISCONTINUED = "discontinued"


class DecisionType(Vocabulary):
    VIEWS = "views"
    ADMISSIBILITY_DECISION = "admissibility_decision"
    INADMISSIBILITY_DECISION = "inadmissibility_decision"
    DISCONTINUANCE = "discontinuance"


class RemedyKind(Vocabulary):
    COMPENSATION = "compensation"
    INVESTIGATION = "investigation"
    PROSECUTION = "prosecution"
    REVIEW_OF_CONVICTION = "review_of_conviction"
    REIMBURSEMENT = "reimbursement"
    RELEASE = "release"
    REHABILITATION = "rehabilitation"
    RESTITUTION = "restitution"
    NON_REPETITION = "non_repetition"
    LEGISLATIVE_CHANGE = "legislative_change"
    PUBLICATION = "publication"
    PROTECTION = "protection"
    OTHER = "other"


class RemedyScope(Vocabulary):
    INDIVIDUAL = "individual"
    GENERAL = "general"


class ImplementationStatus(Vocabulary):
    NOT_IMPLEMENTED = "not_implemented"
    PARTIALLY = "partially"
    FULLY = "fully"
    UNKNOWN = "unknown"


class Grade(Vocabulary):
    """Human Rights Committee follow-up grades (since 2016); also used for NGO assessments."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


class PartyRole(Vocabulary):
    AUTHOR = "author"
    VICTIM = "victim"
    AUTHOR_AND_VICTIM = "author_and_victim"
    REPRESENTATIVE = "representative"
    COUNSEL = "counsel"
    RELATIVE = "relative"
    WITNESS = "witness"
    PERPETRATOR = "perpetrator"

    @property
    def is_victim(self) -> bool:
        return self in (PartyRole.VICTIM, PartyRole.AUTHOR_AND_VICTIM)


class FollowUpKind(Vocabulary):
    STATE_REPLY = "state_reply"
    AUTHOR_COMMENTS = "author_comments"
    NGO_SUBMISSION = "ngo_submission"
    COMMITTEE_ASSESSMENT = "committee_assessment"
    REMINDER = "reminder"
    MEETING = "meeting"
    CLOSURE = "closure"
    OTHER = "other"


class Direction(Vocabulary):
    INCOMING = "in"
    OUTGOING = "out"


class ProceedingKind(Vocabulary):
    CRIMINAL_INVESTIGATION = "criminal_investigation"
    TRIAL = "trial"
    APPEAL = "appeal"
    CASSATION = "cassation"
    SUPERVISORY_REVIEW = "supervisory_review"
    CONSTITUTIONAL = "constitutional"
    CIVIL_CLAIM = "civil_claim"
    PROSECUTOR_COMPLAINT = "prosecutor_complaint"
    ADMINISTRATIVE = "administrative"
    OTHER = "other"


class DeadlineRule(Vocabulary):
    """Where a deadline comes from: a rule of the body, a review, or a person."""

    FILING_LIMIT = "filing_limit"
    STATE_OBSERVATIONS = "state_observations"
    FOLLOWUP_REPLY = "followup_reply"
    REVIEW_FOLLOWUP = "review_followup"
    MANUAL = "manual"


class DeadlineState(Vocabulary):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    LATER = "later"
    DONE = "done"


class Confidentiality(Vocabulary):
    PUBLIC = "public"
    CONFIDENTIAL = "confidential"
    STRICTLY_CONFIDENTIAL = "strictly_confidential"


class Sex(Vocabulary):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class PeriodUnit(Vocabulary):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class ArticleRelation(Vocabulary):
    INVOKED = "invoked"
    VIOLATED = "violated"


class AuditAction(Vocabulary):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EVENT = "event"


_LABELS: dict[StrEnum, str] = {
    Stage.FOLLOW_UP: "Follow-up",
    Outcome.NO_VIOLATION: "No violation",
    DecisionType.VIEWS: "Views",
    DecisionType.ADMISSIBILITY_DECISION: "Decision on admissibility",
    DecisionType.INADMISSIBILITY_DECISION: "Decision of inadmissibility",
    RemedyKind.INVESTIGATION: "Effective investigation",
    RemedyKind.PROSECUTION: "Prosecution of perpetrators",
    RemedyKind.REVIEW_OF_CONVICTION: "Review of conviction / retrial",
    RemedyKind.REIMBURSEMENT: "Reimbursement of fines or costs",
    RemedyKind.NON_REPETITION: "Non-repetition",
    RemedyKind.LEGISLATIVE_CHANGE: "Legislative change",
    RemedyKind.PUBLICATION: "Publication and translation",
    RemedyKind.PROTECTION: "Protection from threats or reprisals",
    ImplementationStatus.NOT_IMPLEMENTED: "Not implemented",
    ImplementationStatus.PARTIALLY: "Partially implemented",
    ImplementationStatus.FULLY: "Fully implemented",
    Grade.A: "A — largely satisfactory",
    Grade.B: "B — partially satisfactory",
    Grade.C: "C — not satisfactory",
    Grade.D: "D — no cooperation",
    Grade.E: "E — measures contrary to the recommendation",
    PartyRole.AUTHOR_AND_VICTIM: "Author and victim",
    FollowUpKind.STATE_REPLY: "State party's reply",
    FollowUpKind.AUTHOR_COMMENTS: "Author's comments",
    FollowUpKind.NGO_SUBMISSION: "NGO submission",
    FollowUpKind.COMMITTEE_ASSESSMENT: "Committee follow-up assessment",
    Direction.INCOMING: "Incoming",
    Direction.OUTGOING: "Outgoing",
    DeadlineRule.FILING_LIMIT: "Filing limit",
    DeadlineRule.STATE_OBSERVATIONS: "State party's observations due",
    DeadlineRule.FOLLOWUP_REPLY: "State party's follow-up reply due",
    DeadlineRule.REVIEW_FOLLOWUP: "Follow-up to concluding observations due",
    DeadlineState.DUE_SOON: "Due within 30 days",
    Confidentiality.STRICTLY_CONFIDENTIAL: "Strictly confidential",
}
