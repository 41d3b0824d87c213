"""ORM models: one module per aggregate. Importing this package registers every table."""

from models.base import Base
from models.cases import Case, CaseArticle, CaseParty, DomesticProceeding, Tag, case_tags
from models.documents import AuditEntry, Document
from models.followup import Deadline, FollowUpEvent, FollowUpGrade
from models.people import Person
from models.reference import Country, TreatyArticle, TreatyBody
from models.remedies import Remedy, RemedyStatus
from models.reviews import Recommendation, RecommendationAssessment, Review, assessment_cases
from models.shadow import (
    ShadowReport,
    ShadowSection,
    shadow_section_cases,
    shadow_section_recommendations,
)

__all__ = [
    "AuditEntry",
    "Base",
    "Case",
    "CaseArticle",
    "CaseParty",
    "Country",
    "Deadline",
    "Document",
    "DomesticProceeding",
    "FollowUpEvent",
    "FollowUpGrade",
    "Person",
    "Recommendation",
    "RecommendationAssessment",
    "Remedy",
    "RemedyStatus",
    "Review",
    "ShadowReport",
    "ShadowSection",
    "Tag",
    "TreatyArticle",
    "TreatyBody",
    "assessment_cases",
    "case_tags",
    "shadow_section_cases",
    "shadow_section_recommendations",
]
