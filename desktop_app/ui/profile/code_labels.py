"""Translated labels of the profile's codes (core/code_lists.py); team entries keep their own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.code_lists import CHECKLIST_ITEMS

_CODES: dict[str, dict[str, str]] = {
    "gender": {
        "female": QT_TRANSLATE_NOOP("Code", "Woman"),
        "male": QT_TRANSLATE_NOOP("Code", "Man"),
        "other": QT_TRANSLATE_NOOP("Code", "Other"),
        "not_stated": QT_TRANSLATE_NOOP("Code", "Prefers not to say"),
    },
    "country": {
        "dk": QT_TRANSLATE_NOOP("Code", "Denmark"),
        "nl": QT_TRANSLATE_NOOP("Code", "Netherlands"),
    },
    "language": {
        "da": QT_TRANSLATE_NOOP("Code", "Danish"),
        "nl": QT_TRANSLATE_NOOP("Code", "Dutch"),
        "en": QT_TRANSLATE_NOOP("Code", "English"),
        "de": QT_TRANSLATE_NOOP("Code", "German"),
        "pl": QT_TRANSLATE_NOOP("Code", "Polish"),
        "ro": QT_TRANSLATE_NOOP("Code", "Romanian"),
        "uk": QT_TRANSLATE_NOOP("Code", "Ukrainian"),
        "ru": QT_TRANSLATE_NOOP("Code", "Russian"),
        "tr": QT_TRANSLATE_NOOP("Code", "Turkish"),
        "ar": QT_TRANSLATE_NOOP("Code", "Arabic"),
        "ku": QT_TRANSLATE_NOOP("Code", "Kurdish"),
        "fa": QT_TRANSLATE_NOOP("Code", "Persian"),
        "ur": QT_TRANSLATE_NOOP("Code", "Urdu"),
        "so": QT_TRANSLATE_NOOP("Code", "Somali"),
        "ti": QT_TRANSLATE_NOOP("Code", "Tigrinya"),
        "vi": QT_TRANSLATE_NOOP("Code", "Vietnamese"),
        "es": QT_TRANSLATE_NOOP("Code", "Spanish"),
        "fr": QT_TRANSLATE_NOOP("Code", "French"),
        "pt": QT_TRANSLATE_NOOP("Code", "Portuguese"),
        "other": QT_TRANSLATE_NOOP("Code", "Other language"),
    },
    "benefit_type": {
        "dk_kontanthjaelp": QT_TRANSLATE_NOOP("Code", "Kontanthjælp (cash benefit)"),
        "dk_uddannelseshjaelp": QT_TRANSLATE_NOOP("Code", "Uddannelseshjælp (education benefit)"),
        "dk_sygedagpenge": QT_TRANSLATE_NOOP("Code", "Sygedagpenge (sickness benefit)"),
        "dk_foertidspension": QT_TRANSLATE_NOOP("Code", "Førtidspension (disability pension)"),
        "dk_revalideringsydelse": QT_TRANSLATE_NOOP("Code", "Revalideringsydelse (rehabilitation)"),
        "dk_ledighedsydelse": QT_TRANSLATE_NOOP("Code", "Ledighedsydelse (fleksjob)"),
        "dk_ressourceforloebsydelse": QT_TRANSLATE_NOOP("Code", "Ressourceforløbsydelse"),
        "dk_a_dagpenge": QT_TRANSLATE_NOOP("Code", "A-dagpenge (unemployment insurance)"),
        "nl_bijstand": QT_TRANSLATE_NOOP("Code", "Bijstand (Participatiewet)"),
        "nl_ww": QT_TRANSLATE_NOOP("Code", "WW (unemployment benefit)"),
        "nl_bbz": QT_TRANSLATE_NOOP("Code", "Bbz (self-employment support)"),
        "nl_ioaw": QT_TRANSLATE_NOOP("Code", "IOAW"),
        "nl_wajong_wia": QT_TRANSLATE_NOOP("Code", "Wajong / WIA"),
        "none": QT_TRANSLATE_NOOP("Code", "None / self-supporting"),
    },
    "household_type": {
        "single": QT_TRANSLATE_NOOP("Code", "Single"),
        "single_parent": QT_TRANSLATE_NOOP("Code", "Single parent"),
        "couple": QT_TRANSLATE_NOOP("Code", "Couple"),
        "couple_with_children": QT_TRANSLATE_NOOP("Code", "Couple with children"),
        "with_parents": QT_TRANSLATE_NOOP("Code", "Lives with parents"),
        "other": QT_TRANSLATE_NOOP("Code", "Other"),
    },
    "education_level": {
        "isced_1": QT_TRANSLATE_NOOP("Code", "Primary school"),
        "isced_2": QT_TRANSLATE_NOOP("Code", "Lower secondary"),
        "isced_3": QT_TRANSLATE_NOOP("Code", "Upper secondary / vocational"),
        "isced_4": QT_TRANSLATE_NOOP("Code", "Post-secondary, not higher education"),
        "isced_5": QT_TRANSLATE_NOOP("Code", "Short higher education"),
        "isced_6": QT_TRANSLATE_NOOP("Code", "Bachelor"),
        "isced_7": QT_TRANSLATE_NOOP("Code", "Master"),
        "isced_8": QT_TRANSLATE_NOOP("Code", "Doctorate"),
        "unknown": QT_TRANSLATE_NOOP("Code", "Not known"),
    },
    "barrier": {
        "health_physical": QT_TRANSLATE_NOOP("Code", "Physical health"),
        "health_mental": QT_TRANSLATE_NOOP("Code", "Mental health"),
        "disability": QT_TRANSLATE_NOOP("Code", "Disability"),
        "debt": QT_TRANSLATE_NOOP("Code", "Debt"),
        "housing": QT_TRANSLATE_NOOP("Code", "Housing"),
        "childcare": QT_TRANSLATE_NOOP("Code", "Childcare"),
        "language": QT_TRANSLATE_NOOP("Code", "Language"),
        "digital_skills": QT_TRANSLATE_NOOP("Code", "Digital skills"),
        "criminal_record": QT_TRANSLATE_NOOP("Code", "Criminal record"),
    },
    "cefr": {
        "a1": "A1",
        "a2": "A2",
        "b1": "B1",
        "b2": "B2",
        "c1": "C1",
        "c2": "C2",
        "native": QT_TRANSLATE_NOOP("Code", "Mother tongue"),
    },
    "goal_status": {
        "not_started": QT_TRANSLATE_NOOP("Code", "Not started"),
        "in_progress": QT_TRANSLATE_NOOP("Code", "In progress"),
        "achieved": QT_TRANSLATE_NOOP("Code", "Achieved"),
        "adjusted": QT_TRANSLATE_NOOP("Code", "Adjusted"),
    },
    "ladder_moment": {
        "start": QT_TRANSLATE_NOOP("Code", "Start"),
        "mid": QT_TRANSLATE_NOOP("Code", "Midway"),
        "end": QT_TRANSLATE_NOOP("Code", "End"),
        "other": QT_TRANSLATE_NOOP("Code", "Other"),
    },
    "course_module": {
        "idea_development": QT_TRANSLATE_NOOP("Code", "Idea development"),
        "business_plan": QT_TRANSLATE_NOOP("Code", "Business plan"),
        "bookkeeping": QT_TRANSLATE_NOOP("Code", "Bookkeeping and accounting"),
        "marketing": QT_TRANSLATE_NOOP("Code", "Marketing"),
        "pitching": QT_TRANSLATE_NOOP("Code", "Pitching"),
        "sales": QT_TRANSLATE_NOOP("Code", "Sales"),
        "websites": QT_TRANSLATE_NOOP("Code", "Websites"),
        "communication": QT_TRANSLATE_NOOP("Code", "Communication"),
    },
    "consent_purpose": {
        "coaching": QT_TRANSLATE_NOOP("Code", "Coaching"),
        "caseworker_sharing": QT_TRANSLATE_NOOP("Code", "Sharing with the caseworker"),
        "programme_reporting": QT_TRANSLATE_NOOP("Code", "Anonymous programme reports"),
        "team_sync": QT_TRANSLATE_NOOP("Code", "Sharing with the coaching team"),
    },
    "checklist_score": {
        "ok": QT_TRANSLATE_NOOP("Code", "OK"),
        "needs_work": QT_TRANSLATE_NOOP("Code", "Needs work"),
        "missing": QT_TRANSLATE_NOOP("Code", "Missing"),
    },
    "decision": {
        "approve": QT_TRANSLATE_NOOP("Code", "Approve"),
        "approve_with_conditions": QT_TRANSLATE_NOOP("Code", "Approve with conditions"),
        "not_now": QT_TRANSLATE_NOOP("Code", "Not now"),
    },
    "loan_status": {
        "applied": QT_TRANSLATE_NOOP("Code", "Applied for"),
        "granted": QT_TRANSLATE_NOOP("Code", "Granted"),
        "paid_out": QT_TRANSLATE_NOOP("Code", "Paid out"),
        "current": QT_TRANSLATE_NOOP("Code", "Being repaid"),
        "repaid": QT_TRANSLATE_NOOP("Code", "Repaid"),
        "arrears": QT_TRANSLATE_NOOP("Code", "In arrears"),
        "written_off": QT_TRANSLATE_NOOP("Code", "Written off"),
    },
    "status": {
        "active": QT_TRANSLATE_NOOP("Code", "Active"),
        "completed": QT_TRANSLATE_NOOP("Code", "Completed"),
        "paused": QT_TRANSLATE_NOOP("Code", "Paused"),
        "dropped_out": QT_TRANSLATE_NOOP("Code", "Dropped out"),
    },
    "dropout_reason": {
        "health": QT_TRANSLATE_NOOP("Code", "Health"),
        "personal": QT_TRANSLATE_NOOP("Code", "Personal or family situation"),
        "idea_not_viable": QT_TRANSLATE_NOOP("Code", "Idea not viable"),
        "motivation": QT_TRANSLATE_NOOP("Code", "Lack of motivation / no-show"),
        "found_job": QT_TRANSLATE_NOOP("Code", "Found a job"),
        "education": QT_TRANSLATE_NOOP("Code", "Started education"),
        "moved": QT_TRANSLATE_NOOP("Code", "Moved away"),
        "financial": QT_TRANSLATE_NOOP("Code", "Financial or debt problems"),
        "benefit_rules": QT_TRANSLATE_NOOP("Code", "Benefit or legal rules"),
        "other": QT_TRANSLATE_NOOP("Code", "Other"),
    },
    "outcome": {
        "self_supporting": QT_TRANSLATE_NOOP("Code", "Self-supporting"),
        "partly_self_supporting": QT_TRANSLATE_NOOP("Code", "Partly self-supporting"),
        "job": QT_TRANSLATE_NOOP("Code", "Job"),
        "education": QT_TRANSLATE_NOOP("Code", "Education"),
        "other_clarification": QT_TRANSLATE_NOOP("Code", "Other clarification (e.g. fleksjob)"),
        "none": QT_TRANSLATE_NOOP("Code", "None yet"),
    },
    "meeting_kind": {
        "intake": QT_TRANSLATE_NOOP("Code", "Intake"),
        "start": QT_TRANSLATE_NOOP("Code", "Start interview"),
        "mid": QT_TRANSLATE_NOOP("Code", "Midway interview"),
        "end": QT_TRANSLATE_NOOP("Code", "Final interview"),
        "coaching": QT_TRANSLATE_NOOP("Code", "Coaching session"),
        "follow_up": QT_TRANSLATE_NOOP("Code", "Follow-up"),
    },
}

_CHECKLIST = {
    "person": QT_TRANSLATE_NOOP(
        "Checklist", "The person: motivation, skills, experience, hours, realism"
    ),
    "health_and_barriers": QT_TRANSLATE_NOOP(
        "Checklist", "Health and personal barriers manageable"
    ),
    "debt_situation": QT_TRANSLATE_NOOP(
        "Checklist", "Debt situation known, no problematic debt (or a plan)"
    ),
    "income_support": QT_TRANSLATE_NOOP("Checklist", "Income support during start-up arranged"),
    "idea": QT_TRANSLATE_NOOP("Checklist", "Idea clearly described: what, for whom, why me"),
    "demand_evidence": QT_TRANSLATE_NOOP(
        "Checklist", "Evidence of demand: customers asked, orders"
    ),
    "competition_and_price": QT_TRANSLATE_NOOP("Checklist", "Competition and price compared"),
    "marketing_plan": QT_TRANSLATE_NOOP(
        "Checklist", "Marketing plan concrete, first customers planned"
    ),
    "permits_insurance_registration_vat": QT_TRANSLATE_NOOP(
        "Checklist", "Permits, insurance, registration, VAT status"
    ),
    "startup_budget": QT_TRANSLATE_NOOP("Checklist", "Start-up budget complete, with quotes"),
    "financing": QT_TRANSLATE_NOOP("Checklist", "Financing gap is zero, own contribution shown"),
    "sales_assumptions": QT_TRANSLATE_NOOP("Checklist", "Sales assumptions realistic"),
    "liquidity": QT_TRANSLATE_NOOP("Checklist", "Liquidity never negative"),
    "repayment_capacity": QT_TRANSLATE_NOOP("Checklist", "Loan repayable from the surplus"),
    "living_test": QT_TRANSLATE_NOOP(
        "Checklist", "Living test: self-supporting, partly or not yet"
    ),
    "risks_and_plan_b": QT_TRANSLATE_NOOP("Checklist", "Risks and plan B"),
    "documents": QT_TRANSLATE_NOOP("Checklist", "Documents attached (ID, quotes, contracts)"),
    "decision": QT_TRANSLATE_NOOP("Checklist", "Decision, with the reason"),
}
_LADDER = (
    QT_TRANSLATE_NOOP("Code", "1 – Isolated"),
    QT_TRANSLATE_NOOP("Code", "2 – Social contacts outside the home"),
    QT_TRANSLATE_NOOP("Code", "3 – Organised activities"),
    QT_TRANSLATE_NOOP("Code", "4 – Unpaid work"),
    QT_TRANSLATE_NOOP("Code", "5 – Paid work with support"),
    QT_TRANSLATE_NOOP("Code", "6 – Paid work"),
)


def code_label(list_name: str, code: str, team_label: str = "") -> str:
    """The label of a code: a team's own label as typed, a built-in one translated."""
    if team_label:
        return team_label
    text = _CODES.get(list_name, {}).get(code)
    return QCoreApplication.translate("Code", text) if text else code


def has_label(list_name: str, code: str) -> bool:
    """True when a built-in code has a label here (tests check every code has one)."""
    return code in _CODES.get(list_name, {})


def checklist_label(number: int) -> str:
    """The translated text of checklist item 1–18."""
    return QCoreApplication.translate("Checklist", _CHECKLIST[CHECKLIST_ITEMS[number - 1]])


def ladder_label(step: int | None) -> str:
    """ "3 – Organised activities" for a participation-ladder step, "" for none."""
    if step is None or not 1 <= step <= len(_LADDER):
        return ""
    return QCoreApplication.translate("Code", _LADDER[step - 1])
