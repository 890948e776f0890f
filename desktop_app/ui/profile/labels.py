"""Translated labels of profile fields, sections and codes (the field table holds codes only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("ProfileField", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ProfileField", "Last name"),
    "preferred_name": QT_TRANSLATE_NOOP("ProfileField", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ProfileField", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("ProfileField", "Gender"),
    "national_id": QT_TRANSLATE_NOOP("ProfileField", "CPR / BSN number"),
    "phone": QT_TRANSLATE_NOOP("ProfileField", "Phone"),
    "email": QT_TRANSLATE_NOOP("ProfileField", "E-mail"),
    "address": QT_TRANSLATE_NOOP("ProfileField", "Address"),
    "preferred_language": QT_TRANSLATE_NOOP("ProfileField", "Preferred language"),
    "interpreter_needed": QT_TRANSLATE_NOOP("ProfileField", "Needs an interpreter"),
    "country": QT_TRANSLATE_NOOP("ProfileField", "Country"),
    "programme": QT_TRANSLATE_NOOP("ProfileField", "Programme"),
    "cohort": QT_TRANSLATE_NOOP("ProfileField", "Cohort"),
    "referral_date": QT_TRANSLATE_NOOP("ProfileField", "Referred on"),
    "referring_caseworker": QT_TRANSLATE_NOOP("ProfileField", "Caseworker"),
    "referring_office": QT_TRANSLATE_NOOP("ProfileField", "Job centre / office"),
    "benefit_type": QT_TRANSLATE_NOOP("ProfileField", "Benefit (type)"),
    "benefit_start": QT_TRANSLATE_NOOP("ProfileField", "Benefit since"),
    "benefit_amount": QT_TRANSLATE_NOOP("ProfileField", "Benefit per month"),
    "household_type": QT_TRANSLATE_NOOP("ProfileField", "Household"),
    "children_count": QT_TRANSLATE_NOOP("ProfileField", "Children"),
    "partner_income": QT_TRANSLATE_NOOP("ProfileField", "Partner's income per month"),
    "education_level": QT_TRANSLATE_NOOP("ProfileField", "Highest education"),
    "courses": QT_TRANSLATE_NOOP("ProfileField", "Courses"),
    "certificates": QT_TRANSLATE_NOOP("ProfileField", "Certificates"),
    "skills": QT_TRANSLATE_NOOP("ProfileField", "Skills"),
    "strengths": QT_TRANSLATE_NOOP("ProfileField", "Strengths (own words)"),
    "barriers": QT_TRANSLATE_NOOP("ProfileField", "Barriers"),
    "barrier_note": QT_TRANSLATE_NOOP("ProfileField", "Note on barriers"),
    "motivation_why": QT_TRANSLATE_NOOP("ProfileField", "Why self-employed?"),
    "motivation_start": QT_TRANSLATE_NOOP("ProfileField", "Motivation at the start"),
    "motivation_mid": QT_TRANSLATE_NOOP("ProfileField", "Motivation midway"),
    "motivation_end": QT_TRANSLATE_NOOP("ProfileField", "Motivation at the end"),
    "business_idea": QT_TRANSLATE_NOOP("ProfileField", "Business idea"),
    "assessment_decision": QT_TRANSLATE_NOOP("ProfileField", "Decision"),
    "assessment_date": QT_TRANSLATE_NOOP("ProfileField", "Decided on"),
    "assessment_reason": QT_TRANSLATE_NOOP("ProfileField", "Reason for the decision"),
    "loan_amount": QT_TRANSLATE_NOOP("ProfileField", "Loan amount"),
    "loan_payout_date": QT_TRANSLATE_NOOP("ProfileField", "Paid out on"),
    "loan_instalment": QT_TRANSLATE_NOOP("ProfileField", "Instalment per month"),
    "loan_schedule": QT_TRANSLATE_NOOP("ProfileField", "Repayment schedule"),
    "loan_arrears": QT_TRANSLATE_NOOP("ProfileField", "Arrears"),
    "loan_status": QT_TRANSLATE_NOOP("ProfileField", "Loan status"),
    "status": QT_TRANSLATE_NOOP("ProfileField", "Status"),
    "status_date": QT_TRANSLATE_NOOP("ProfileField", "Status since"),
    "dropout_reason": QT_TRANSLATE_NOOP("ProfileField", "Reason for dropping out"),
    "outcome": QT_TRANSLATE_NOOP("ProfileField", "Outcome"),
    "outcome_date": QT_TRANSLATE_NOOP("ProfileField", "Outcome on"),
    "note": QT_TRANSLATE_NOOP("ProfileField", "Coach's notes"),
    # list fields, as "kind.field"
    "work_experience.role": QT_TRANSLATE_NOOP("ProfileField", "Job or role"),
    "work_experience.sector": QT_TRANSLATE_NOOP("ProfileField", "Sector"),
    "work_experience.years": QT_TRANSLATE_NOOP("ProfileField", "Years"),
    "language_skill.language": QT_TRANSLATE_NOOP("ProfileField", "Language"),
    "language_skill.speaking": QT_TRANSLATE_NOOP("ProfileField", "Speaking"),
    "language_skill.reading": QT_TRANSLATE_NOOP("ProfileField", "Reading"),
    "language_skill.writing": QT_TRANSLATE_NOOP("ProfileField", "Writing"),
    "smart_goal.goal": QT_TRANSLATE_NOOP("ProfileField", "Goal"),
    "smart_goal.measure": QT_TRANSLATE_NOOP("ProfileField", "How we see it"),
    "smart_goal.deadline": QT_TRANSLATE_NOOP("ProfileField", "Deadline"),
    "smart_goal.status": QT_TRANSLATE_NOOP("ProfileField", "Status"),
    "ladder_step.moment": QT_TRANSLATE_NOOP("ProfileField", "Moment"),
    "ladder_step.step": QT_TRANSLATE_NOOP("ProfileField", "Step"),
    "ladder_step.assessed_on": QT_TRANSLATE_NOOP("ProfileField", "Date"),
    "ladder_step.assessor": QT_TRANSLATE_NOOP("ProfileField", "Assessed by"),
    "module_attended.module": QT_TRANSLATE_NOOP("ProfileField", "Course module"),
    "module_attended.attended_on": QT_TRANSLATE_NOOP("ProfileField", "Attended on"),
    "consent.given_on": QT_TRANSLATE_NOOP("ProfileField", "Given on"),
    "consent.version": QT_TRANSLATE_NOOP("ProfileField", "Version"),
    "consent.purposes": QT_TRANSLATE_NOOP("ProfileField", "Purposes"),
    "consent.photo": QT_TRANSLATE_NOOP("ProfileField", "Photo"),
    "consent.data_sharing": QT_TRANSLATE_NOOP("ProfileField", "Data sharing"),
    "checklist_item.score": QT_TRANSLATE_NOOP("ProfileField", "Assessment"),
    "checklist_item.comment": QT_TRANSLATE_NOOP("ProfileField", "Comment"),
    "meeting.held_on": QT_TRANSLATE_NOOP("ProfileField", "Date"),
    "meeting.kind": QT_TRANSLATE_NOOP("ProfileField", "Kind of meeting"),
    "meeting.attendees": QT_TRANSLATE_NOOP("ProfileField", "Present"),
    "meeting.topics": QT_TRANSLATE_NOOP("ProfileField", "Topics"),
    "meeting.shared_notes": QT_TRANSLATE_NOOP("ProfileField", "Notes we share"),
    "meeting.coach_notes": QT_TRANSLATE_NOOP("ProfileField", "Coach-only notes"),
    "agreed_action.text": QT_TRANSLATE_NOOP("ProfileField", "Agreed action"),
    "agreed_action.due_on": QT_TRANSLATE_NOOP("ProfileField", "Due"),
    "agreed_action.done": QT_TRANSLATE_NOOP("ProfileField", "Done"),
}

_SECTIONS = {
    "person": QT_TRANSLATE_NOOP("ProfileSection", "Person and contact"),
    "programme": QT_TRANSLATE_NOOP("ProfileSection", "Referral and programme"),
    "background": QT_TRANSLATE_NOOP("ProfileSection", "Education and work"),
    "motivation": QT_TRANSLATE_NOOP("ProfileSection", "Motivation and idea"),
    "goals": QT_TRANSLATE_NOOP("ProfileSection", "Goals and ladder"),
    "modules": QT_TRANSLATE_NOOP("ProfileSection", "Course and consent"),
    "meetings": QT_TRANSLATE_NOOP("ProfileSection", "Meetings"),
    "circumstances": QT_TRANSLATE_NOOP("ProfileSection", "Income and household"),
    "barriers": QT_TRANSLATE_NOOP("ProfileSection", "Barriers"),
    "assessment": QT_TRANSLATE_NOOP("ProfileSection", "Assessment and loan"),
    "status": QT_TRANSLATE_NOOP("ProfileSection", "Status and outcome"),
    # groups inside sections
    "identity": QT_TRANSLATE_NOOP("ProfileSection", "Identity"),
    "contact": QT_TRANSLATE_NOOP("ProfileSection", "Contact"),
    "referral": QT_TRANSLATE_NOOP("ProfileSection", "Referral"),
    "education": QT_TRANSLATE_NOOP("ProfileSection", "Education"),
    "work_experience": QT_TRANSLATE_NOOP("ProfileSection", "Work experience"),
    "competencies": QT_TRANSLATE_NOOP("ProfileSection", "Competencies"),
    "languages": QT_TRANSLATE_NOOP("ProfileSection", "Languages"),
    "motivation_group": QT_TRANSLATE_NOOP("ProfileSection", "Motivation"),
    "business_idea": QT_TRANSLATE_NOOP("ProfileSection", "Business idea"),
    "smart_goals": QT_TRANSLATE_NOOP("ProfileSection", "SMART goals"),
    "ladder": QT_TRANSLATE_NOOP("ProfileSection", "Participation ladder"),
    "course_modules": QT_TRANSLATE_NOOP("ProfileSection", "Course modules attended"),
    "consent": QT_TRANSLATE_NOOP("ProfileSection", "Consent"),
    "income": QT_TRANSLATE_NOOP("ProfileSection", "Income basis"),
    "household": QT_TRANSLATE_NOOP("ProfileSection", "Household"),
    "checklist": QT_TRANSLATE_NOOP("ProfileSection", "Caseworker checklist"),
    "decision": QT_TRANSLATE_NOOP("ProfileSection", "Decision"),
    "loan": QT_TRANSLATE_NOOP("ProfileSection", "Loan"),
    "status_group": QT_TRANSLATE_NOOP("ProfileSection", "Status"),
    "outcome": QT_TRANSLATE_NOOP("ProfileSection", "Outcome"),
    "notes": QT_TRANSLATE_NOOP("ProfileSection", "Coach's notes"),
}


def field_label(key: str) -> str:
    """The translated label of a field ("cohort") or list field ("smart_goal.goal")."""
    return QCoreApplication.translate("ProfileField", _FIELDS[key])


def section_title(key: str) -> str:
    """The translated title of a profile section or group."""
    return QCoreApplication.translate("ProfileSection", _SECTIONS[key])


def known_field_labels() -> frozenset[str]:
    """Keys that have a label (tests check every field has one)."""
    return frozenset(_FIELDS)
