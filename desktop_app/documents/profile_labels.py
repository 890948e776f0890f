"""Printed labels of profile fields and codes, in the document's language (Qt-free).

The GUI has its own copies in ui/profile/; these are the ones a PDF prints.
"""

from __future__ import annotations

from desktop_app.documents.catalogue import Catalogue, fill, translate_noop

FIELDS = {
    "first_name": translate_noop("ProfileField", "First name"),
    "last_name": translate_noop("ProfileField", "Last name"),
    "preferred_name": translate_noop("ProfileField", "Preferred name"),
    "date_of_birth": translate_noop("ProfileField", "Date of birth"),
    "gender": translate_noop("ProfileField", "Gender"),
    "national_id": translate_noop("ProfileField", "CPR / BSN number"),
    "phone": translate_noop("ProfileField", "Phone"),
    "email": translate_noop("ProfileField", "E-mail"),
    "address": translate_noop("ProfileField", "Address"),
    "preferred_language": translate_noop("ProfileField", "Preferred language"),
    "interpreter_needed": translate_noop("ProfileField", "Needs an interpreter"),
    "country": translate_noop("ProfileField", "Country"),
    "programme": translate_noop("ProfileField", "Programme"),
    "cohort": translate_noop("ProfileField", "Cohort"),
    "referral_date": translate_noop("ProfileField", "Referred on"),
    "referring_caseworker": translate_noop("ProfileField", "Caseworker"),
    "referring_office": translate_noop("ProfileField", "Job centre / office"),
    "benefit_type": translate_noop("ProfileField", "Benefit (type)"),
    "benefit_start": translate_noop("ProfileField", "Benefit since"),
    "benefit_amount": translate_noop("ProfileField", "Benefit per month"),
    "household_type": translate_noop("ProfileField", "Household"),
    "children_count": translate_noop("ProfileField", "Children"),
    "partner_income": translate_noop("ProfileField", "Partner's income per month"),
    "education_level": translate_noop("ProfileField", "Highest education"),
    "courses": translate_noop("ProfileField", "Courses"),
    "certificates": translate_noop("ProfileField", "Certificates"),
    "skills": translate_noop("ProfileField", "Skills"),
    "strengths": translate_noop("ProfileField", "Strengths (own words)"),
    "barriers": translate_noop("ProfileField", "Barriers"),
    "barrier_note": translate_noop("ProfileField", "Note on barriers"),
    "motivation_why": translate_noop("ProfileField", "Why self-employed?"),
    "motivation_start": translate_noop("ProfileField", "Motivation at the start"),
    "motivation_mid": translate_noop("ProfileField", "Motivation midway"),
    "motivation_end": translate_noop("ProfileField", "Motivation at the end"),
    "business_idea": translate_noop("ProfileField", "Business idea"),
    "assessment_decision": translate_noop("ProfileField", "Decision"),
    "assessment_date": translate_noop("ProfileField", "Decided on"),
    "assessment_reason": translate_noop("ProfileField", "Reason for the decision"),
    "loan_amount": translate_noop("ProfileField", "Loan amount"),
    "loan_payout_date": translate_noop("ProfileField", "Paid out on"),
    "loan_instalment": translate_noop("ProfileField", "Instalment per month"),
    "loan_schedule": translate_noop("ProfileField", "Repayment schedule"),
    "loan_arrears": translate_noop("ProfileField", "Arrears"),
    "loan_status": translate_noop("ProfileField", "Loan status"),
    "status": translate_noop("ProfileField", "Status"),
    "status_date": translate_noop("ProfileField", "Status since"),
    "dropout_reason": translate_noop("ProfileField", "Reason for dropping out"),
    "outcome": translate_noop("ProfileField", "Outcome"),
    "outcome_date": translate_noop("ProfileField", "Outcome on"),
    "note": translate_noop("ProfileField", "Coach's notes"),
}

CODES: dict[str, dict[str, str]] = {
    "gender": {
        "female": translate_noop("ProfileCode", "Woman"),
        "male": translate_noop("ProfileCode", "Man"),
        "other": translate_noop("ProfileCode", "Other"),
        "not_stated": translate_noop("ProfileCode", "Prefers not to say"),
    },
    "country": {
        "dk": translate_noop("ProfileCode", "Denmark"),
        "nl": translate_noop("ProfileCode", "Netherlands"),
    },
    "language": {
        "da": translate_noop("ProfileCode", "Danish"),
        "nl": translate_noop("ProfileCode", "Dutch"),
        "en": translate_noop("ProfileCode", "English"),
        "de": translate_noop("ProfileCode", "German"),
        "pl": translate_noop("ProfileCode", "Polish"),
        "ro": translate_noop("ProfileCode", "Romanian"),
        "uk": translate_noop("ProfileCode", "Ukrainian"),
        "ru": translate_noop("ProfileCode", "Russian"),
        "tr": translate_noop("ProfileCode", "Turkish"),
        "ar": translate_noop("ProfileCode", "Arabic"),
        "ku": translate_noop("ProfileCode", "Kurdish"),
        "fa": translate_noop("ProfileCode", "Persian"),
        "ur": translate_noop("ProfileCode", "Urdu"),
        "so": translate_noop("ProfileCode", "Somali"),
        "ti": translate_noop("ProfileCode", "Tigrinya"),
        "vi": translate_noop("ProfileCode", "Vietnamese"),
        "es": translate_noop("ProfileCode", "Spanish"),
        "fr": translate_noop("ProfileCode", "French"),
        "pt": translate_noop("ProfileCode", "Portuguese"),
        "other": translate_noop("ProfileCode", "Other language"),
    },
    "benefit_type": {
        "dk_kontanthjaelp": translate_noop("ProfileCode", "Kontanthjælp (cash benefit)"),
        "dk_uddannelseshjaelp": translate_noop(
            "ProfileCode", "Uddannelseshjælp (education benefit)"
        ),
        "dk_sygedagpenge": translate_noop("ProfileCode", "Sygedagpenge (sickness benefit)"),
        "dk_foertidspension": translate_noop("ProfileCode", "Førtidspension (disability pension)"),
        "dk_revalideringsydelse": translate_noop(
            "ProfileCode", "Revalideringsydelse (rehabilitation)"
        ),
        "dk_ledighedsydelse": translate_noop("ProfileCode", "Ledighedsydelse (fleksjob)"),
        "dk_ressourceforloebsydelse": translate_noop("ProfileCode", "Ressourceforløbsydelse"),
        "dk_a_dagpenge": translate_noop("ProfileCode", "A-dagpenge (unemployment insurance)"),
        "nl_bijstand": translate_noop("ProfileCode", "Bijstand (Participatiewet)"),
        "nl_ww": translate_noop("ProfileCode", "WW (unemployment benefit)"),
        "nl_bbz": translate_noop("ProfileCode", "Bbz (self-employment support)"),
        "nl_ioaw": translate_noop("ProfileCode", "IOAW"),
        "nl_wajong_wia": translate_noop("ProfileCode", "Wajong / WIA"),
        "none": translate_noop("ProfileCode", "None / self-supporting"),
    },
    "household_type": {
        "single": translate_noop("ProfileCode", "Single"),
        "single_parent": translate_noop("ProfileCode", "Single parent"),
        "couple": translate_noop("ProfileCode", "Couple"),
        "couple_with_children": translate_noop("ProfileCode", "Couple with children"),
        "with_parents": translate_noop("ProfileCode", "Lives with parents"),
        "other": translate_noop("ProfileCode", "Other"),
    },
    "education_level": {
        "isced_1": translate_noop("ProfileCode", "Primary school"),
        "isced_2": translate_noop("ProfileCode", "Lower secondary"),
        "isced_3": translate_noop("ProfileCode", "Upper secondary / vocational"),
        "isced_4": translate_noop("ProfileCode", "Post-secondary, not higher education"),
        "isced_5": translate_noop("ProfileCode", "Short higher education"),
        "isced_6": translate_noop("ProfileCode", "Bachelor"),
        "isced_7": translate_noop("ProfileCode", "Master"),
        "isced_8": translate_noop("ProfileCode", "Doctorate"),
    },
    "barrier": {
        "health_physical": translate_noop("ProfileCode", "Physical health"),
        "health_mental": translate_noop("ProfileCode", "Mental health"),
        "disability": translate_noop("ProfileCode", "Disability"),
        "debt": translate_noop("ProfileCode", "Debt"),
        "housing": translate_noop("ProfileCode", "Housing"),
        "childcare": translate_noop("ProfileCode", "Childcare"),
        "language": translate_noop("ProfileCode", "Language"),
        "digital_skills": translate_noop("ProfileCode", "Digital skills"),
        "criminal_record": translate_noop("ProfileCode", "Criminal record"),
    },
    "cefr": {
        "a1": "A1",
        "a2": "A2",
        "b1": "B1",
        "b2": "B2",
        "c1": "C1",
        "c2": "C2",
        "native": translate_noop("ProfileCode", "Mother tongue"),
    },
    "course_module": {
        "idea_development": translate_noop("ProfileCode", "Idea development"),
        "business_plan": translate_noop("ProfileCode", "Business plan"),
        "bookkeeping": translate_noop("ProfileCode", "Bookkeeping and accounting"),
        "marketing": translate_noop("ProfileCode", "Marketing"),
        "pitching": translate_noop("ProfileCode", "Pitching"),
        "sales": translate_noop("ProfileCode", "Sales"),
        "websites": translate_noop("ProfileCode", "Websites"),
        "communication": translate_noop("ProfileCode", "Communication"),
    },
    "consent_purpose": {
        "coaching": translate_noop("ProfileCode", "Coaching"),
        "caseworker_sharing": translate_noop("ProfileCode", "Sharing with the caseworker"),
        "programme_reporting": translate_noop("ProfileCode", "Anonymous programme reports"),
        "team_sync": translate_noop("ProfileCode", "Sharing with the coaching team"),
    },
    "decision": {
        "approve": translate_noop("ProfileCode", "Approve"),
        "approve_with_conditions": translate_noop("ProfileCode", "Approve with conditions"),
        "not_now": translate_noop("ProfileCode", "Not now"),
    },
    "loan_status": {
        "applied": translate_noop("ProfileCode", "Applied for"),
        "granted": translate_noop("ProfileCode", "Granted"),
        "paid_out": translate_noop("ProfileCode", "Paid out"),
        "current": translate_noop("ProfileCode", "Being repaid"),
        "repaid": translate_noop("ProfileCode", "Repaid"),
        "arrears": translate_noop("ProfileCode", "In arrears"),
        "written_off": translate_noop("ProfileCode", "Written off"),
    },
    "status": {
        "active": translate_noop("ProfileCode", "Active"),
        "completed": translate_noop("ProfileCode", "Completed"),
        "paused": translate_noop("ProfileCode", "Paused"),
        "dropped_out": translate_noop("ProfileCode", "Dropped out"),
    },
    "dropout_reason": {
        "health": translate_noop("ProfileCode", "Health"),
        "personal": translate_noop("ProfileCode", "Personal or family situation"),
        "idea_not_viable": translate_noop("ProfileCode", "Idea not viable"),
        "motivation": translate_noop("ProfileCode", "Lack of motivation / no-show"),
        "found_job": translate_noop("ProfileCode", "Found a job"),
        "education": translate_noop("ProfileCode", "Started education"),
        "moved": translate_noop("ProfileCode", "Moved away"),
        "financial": translate_noop("ProfileCode", "Financial or debt problems"),
        "benefit_rules": translate_noop("ProfileCode", "Benefit or legal rules"),
        "other": translate_noop("ProfileCode", "Other"),
    },
}

# The handout words an outcome for the participant, always in positive terms ("none" prints
# nothing).
OUTCOMES = {
    "self_supporting": translate_noop("ProfileCode", "Self-supporting from my own business"),
    "partly_self_supporting": translate_noop(
        "ProfileCode", "Partly self-supporting from my own business"
    ),
    "job": translate_noop("ProfileCode", "Started in a job"),
    "education": translate_noop("ProfileCode", "Started an education"),
    "other_clarification": translate_noop("ProfileCode", "Found the right next step"),
}


def field_label(cat: Catalogue, key: str) -> str:
    """The printed label of a participant field."""
    return cat.tr("ProfileField", FIELDS[key]) if key in FIELDS else key


def code_label(cat: Catalogue, list_name: str, code: str, team_labels: dict[str, str]) -> str:
    """A code's printed label: a team's own entry as typed, a built-in one translated."""
    if code in team_labels:
        return team_labels[code]
    labels = CODES.get(list_name, {})
    return cat.tr("ProfileCode", labels[code]) if code in labels else ""


# Rows the handout adds under "Other information".
HANDOUT_ROWS = {
    "outcome": translate_noop("Handout", "Where I am now"),
}


def handout_row(cat: Catalogue, key: str) -> str:
    """Label of a row the handout adds ("outcome")."""
    return cat.tr("Handout", HANDOUT_ROWS[key])


def outcome_text(cat: Catalogue, code: str, since: str = "") -> str:
    """The outcome in positive words (with its date when given), or "" when there is none."""
    if code not in OUTCOMES:
        return ""
    words = cat.tr("ProfileCode", OUTCOMES[code])
    if not since:
        return words
    return fill(cat.tr("Handout", "{outcome}, since {date}"), outcome=words, date=since)
