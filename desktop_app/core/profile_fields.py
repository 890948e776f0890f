"""The participant profile field table (DOMAIN.md §4): kind, sensitivity, handout, coach-only.

One table for the editor, meeting mode, handouts and exports. Meeting mode hides every
field that is coach-only or special-category (`hidden_in_meeting_mode`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Sensitivity(StrEnum):
    """DOMAIN.md §4 column S."""

    NORMAL = "N"
    CONFIDENTIAL = "C"
    SPECIAL = "A9"  # GDPR Art. 9: health, disability
    CRIMINAL = "A10"  # GDPR Art. 10: criminal records
    NATIONAL_ID = "ID"  # CPR / BSN


SPECIAL_CATEGORIES = frozenset({Sensitivity.SPECIAL, Sensitivity.CRIMINAL, Sensitivity.NATIONAL_ID})


class FieldKind(StrEnum):
    """How a value is typed, validated and stored."""

    TEXT = "text"  # one line
    LONG_TEXT = "long_text"
    DATE = "date"  # ISO "YYYY-MM-DD" or ""
    INTEGER = "integer"  # int or None
    NUMBER = "number"  # float or None
    MONEY = "money"  # whole øre/cents or None
    CODE = "code"  # one code of `code_list` or ""
    CODES = "codes"  # several codes of `code_list`
    BOOL = "bool"


@dataclass(frozen=True)
class ProfileField:
    """One stored field: where it shows, how sensitive it is, whether it may print."""

    key: str
    group: str
    kind: FieldKind
    sensitivity: Sensitivity = Sensitivity.NORMAL
    handout: bool = False  # DOMAIN.md §4 column H (print default)
    coach_only: bool = False  # hidden on screen in meeting mode
    code_list: str = ""
    max_length: int = 0  # TEXT/LONG_TEXT; 0 = the kind's default
    minimum: int | None = None
    maximum: int | None = None
    required: bool = False

    @property
    def hidden_in_meeting_mode(self) -> bool:
        """True for coach-only and special-category fields."""
        return self.coach_only or self.sensitivity in SPECIAL_CATEGORIES


K, S = FieldKind, Sensitivity
_C = S.CONFIDENTIAL


def _f(key: str, group: str, kind: FieldKind = K.TEXT, **extra: object) -> ProfileField:
    return ProfileField(key, group, kind, **extra)  # type: ignore[arg-type]


# Scalar fields stored on the participant record, in editor order.
PARTICIPANT_FIELDS: tuple[ProfileField, ...] = (
    _f("first_name", "identity", required=True, max_length=100, handout=True),
    _f("last_name", "identity", max_length=100, handout=True),
    _f("preferred_name", "identity", max_length=100, handout=True),
    _f("date_of_birth", "identity", K.DATE),
    _f("gender", "identity", K.CODE, code_list="gender"),
    _f("national_id", "identity", max_length=20, sensitivity=S.NATIONAL_ID, coach_only=True),
    _f("phone", "contact", max_length=40),
    _f("email", "contact", max_length=200),
    _f("address", "contact", K.LONG_TEXT, max_length=500),
    _f("preferred_language", "contact", K.CODE, code_list="language"),
    _f("interpreter_needed", "contact", K.BOOL),
    _f("country", "referral", K.CODE, code_list="country"),
    _f("programme", "referral", max_length=200, handout=True),
    _f("cohort", "referral", max_length=100, handout=True),
    _f("referral_date", "referral", K.DATE),
    _f("referring_caseworker", "referral", max_length=200),
    _f("referring_office", "referral", max_length=200),
    _f(
        "benefit_type", "income", K.CODE, code_list="benefit_type", sensitivity=_C, coach_only=True
    ),  # fmt: skip
    _f("benefit_start", "income", K.DATE, sensitivity=_C, coach_only=True),
    _f("benefit_amount", "income", K.MONEY, sensitivity=_C, coach_only=True),
    _f(
        "household_type",
        "household",
        K.CODE,
        code_list="household_type",
        sensitivity=_C,
        coach_only=True,
    ),  # fmt: skip
    _f(
        "children_count",
        "household",
        K.INTEGER,
        minimum=0,
        maximum=20,
        sensitivity=_C,
        coach_only=True,
    ),  # fmt: skip
    _f("partner_income", "household", K.MONEY, sensitivity=_C, coach_only=True),
    _f("education_level", "education", K.CODE, code_list="education_level", handout=True),
    _f("courses", "education", K.LONG_TEXT, max_length=2000, handout=True),
    _f("certificates", "education", K.LONG_TEXT, max_length=2000, handout=True),
    _f("skills", "competencies", K.LONG_TEXT, max_length=2000, handout=True),
    _f("strengths", "competencies", K.LONG_TEXT, max_length=2000, handout=True),
    _f(
        "barriers", "barriers", K.CODES, code_list="barrier", sensitivity=S.SPECIAL, coach_only=True
    ),  # fmt: skip
    _f(
        "barrier_note",
        "barriers",
        K.LONG_TEXT,
        max_length=1000,
        sensitivity=S.SPECIAL,
        coach_only=True,
    ),  # fmt: skip
    _f("motivation_why", "motivation", K.LONG_TEXT, max_length=2000, handout=True),
    _f("motivation_start", "motivation", K.INTEGER, minimum=1, maximum=5, handout=True),
    _f("motivation_mid", "motivation", K.INTEGER, minimum=1, maximum=5, handout=True),
    _f("motivation_end", "motivation", K.INTEGER, minimum=1, maximum=5, handout=True),
    _f("business_idea", "business_idea", K.LONG_TEXT, max_length=2000, handout=True),
    _f(
        "assessment_decision",
        "assessment",
        K.CODE,
        code_list="decision",
        sensitivity=_C,
        coach_only=True,
    ),  # fmt: skip
    _f("assessment_date", "assessment", K.DATE, sensitivity=_C, coach_only=True),
    _f(
        "assessment_reason",
        "assessment",
        K.LONG_TEXT,
        max_length=2000,
        sensitivity=_C,
        coach_only=True,
    ),  # fmt: skip
    _f("loan_amount", "loan", K.MONEY, sensitivity=_C, coach_only=True),
    _f("loan_payout_date", "loan", K.DATE, sensitivity=_C, coach_only=True),
    _f("loan_instalment", "loan", K.MONEY, sensitivity=_C, coach_only=True),
    _f("loan_schedule", "loan", K.LONG_TEXT, max_length=1000, sensitivity=_C, coach_only=True),
    _f("loan_arrears", "loan", K.MONEY, sensitivity=_C, coach_only=True),
    _f("loan_status", "loan", K.CODE, code_list="loan_status", sensitivity=_C, coach_only=True),
    _f("status", "status", K.CODE, code_list="status", sensitivity=_C, coach_only=True),
    _f("status_date", "status", K.DATE, sensitivity=_C, coach_only=True),
    _f(
        "dropout_reason",
        "status",
        K.CODE,
        code_list="dropout_reason",
        sensitivity=_C,
        coach_only=True,
    ),  # fmt: skip
    _f("outcome", "outcome", K.CODE, code_list="outcome", sensitivity=_C, handout=True),
    _f("outcome_date", "outcome", K.DATE, sensitivity=_C, handout=True),
    _f("note", "notes", K.LONG_TEXT, max_length=20_000, sensitivity=_C, coach_only=True),
)


@dataclass(frozen=True)
class ItemKind:
    """A list kept per participant (goals, meetings…): its entity, parent and fields."""

    kind: str
    group: str
    fields: tuple[ProfileField, ...]
    parent: str = "participant_id"  # the column linking an item to its owner

    def field(self, key: str) -> ProfileField:
        """The field called `key`; KeyError when unknown."""
        for item_field in self.fields:
            if item_field.key == key:
                return item_field
        raise KeyError(key)

    @property
    def hidden_in_meeting_mode(self) -> bool:
        """True when every field of the list is hidden in meeting mode."""
        return all(f.hidden_in_meeting_mode for f in self.fields)


def _items(
    kind: str, group: str, *fields: ProfileField, parent: str = "participant_id"
) -> ItemKind:
    return ItemKind(kind, group, fields, parent)


ITEM_KINDS: dict[str, ItemKind] = {
    item.kind: item
    for item in (
        _items("work_experience", "work_experience",
               _f("role", "work_experience", required=True, max_length=200, handout=True),
               _f("sector", "work_experience", max_length=200, handout=True),
               _f("years", "work_experience", K.NUMBER, minimum=0, maximum=80, handout=True)),
        _items("language_skill", "languages",
               _f("language", "languages", K.CODE, code_list="language", handout=True),
               _f("speaking", "languages", K.CODE, code_list="cefr", handout=True),
               _f("reading", "languages", K.CODE, code_list="cefr", handout=True),
               _f("writing", "languages", K.CODE, code_list="cefr", handout=True)),
        _items("smart_goal", "goals",
               _f("goal", "goals", K.LONG_TEXT, required=True, max_length=500, handout=True),
               _f("measure", "goals", max_length=500, handout=True),
               _f("deadline", "goals", K.DATE, handout=True),
               _f("status", "goals", K.CODE, code_list="goal_status", handout=True)),
        _items("ladder_step", "ladder",
               _f("moment", "ladder", K.CODE, code_list="ladder_moment", sensitivity=_C,
                  handout=True),
               _f("step", "ladder", K.INTEGER, minimum=1, maximum=6, sensitivity=_C,
                  handout=True),
               _f("assessed_on", "ladder", K.DATE, sensitivity=_C, handout=True),
               _f("assessor", "ladder", max_length=200, sensitivity=_C)),
        _items("module_attended", "modules",
               _f("module", "modules", K.CODE, code_list="course_module", handout=True),
               _f("attended_on", "modules", K.DATE, handout=True)),
        _items("consent", "consent",
               _f("given_on", "consent", K.DATE, handout=True),
               _f("version", "consent", max_length=50, handout=True),
               _f("purposes", "consent", K.CODES, code_list="consent_purpose", handout=True),
               _f("photo", "consent", K.BOOL, handout=True),
               _f("data_sharing", "consent", K.BOOL, handout=True)),
        _items("checklist_item", "assessment",
               _f("item", "assessment", K.INTEGER, minimum=1, maximum=18, sensitivity=_C,
                  coach_only=True),
               _f("score", "assessment", K.CODE, code_list="checklist_score", sensitivity=_C,
                  coach_only=True),
               _f("comment", "assessment", K.LONG_TEXT, max_length=1000, sensitivity=_C,
                  coach_only=True)),
        _items("meeting", "meetings",
               _f("held_on", "meetings", K.DATE, sensitivity=_C, handout=True),
               _f("kind", "meetings", K.CODE, code_list="meeting_kind", sensitivity=_C,
                  handout=True),
               _f("attendees", "meetings", max_length=300, sensitivity=_C),
               _f("topics", "meetings", K.LONG_TEXT, max_length=2000, sensitivity=_C),
               _f("shared_notes", "meetings", K.LONG_TEXT, max_length=20_000, sensitivity=_C,
                  handout=True),
               _f("coach_notes", "meetings", K.LONG_TEXT, max_length=20_000, sensitivity=_C,
                  coach_only=True)),
        _items("agreed_action", "meetings",
               _f("text", "meetings", required=True, max_length=500, sensitivity=_C,
                  handout=True),
               _f("due_on", "meetings", K.DATE, sensitivity=_C, handout=True),
               _f("done", "meetings", K.BOOL, sensitivity=_C, handout=True)),
    )
}  # fmt: skip

FIELDS_BY_KEY: dict[str, ProfileField] = {f.key: f for f in PARTICIPANT_FIELDS}
TEXT_KINDS = frozenset({FieldKind.TEXT, FieldKind.LONG_TEXT})


def participant_field(key: str) -> ProfileField:
    """The participant field called `key`; KeyError when unknown."""
    return FIELDS_BY_KEY[key]


def item_kind(kind: str) -> ItemKind:
    """The list kind called `kind`; KeyError when unknown."""
    return ITEM_KINDS[kind]


def hidden_in_meeting_mode() -> frozenset[str]:
    """Keys of participant fields and "kind.field" item fields that meeting mode hides."""
    keys = {f.key for f in PARTICIPANT_FIELDS if f.hidden_in_meeting_mode}
    for item in ITEM_KINDS.values():
        keys.update(f"{item.kind}.{f.key}" for f in item.fields if f.hidden_in_meeting_mode)
    return frozenset(keys)


def handout_fields() -> frozenset[str]:
    """Keys of participant fields and "kind.field" item fields printed on a handout by default."""
    keys = {f.key for f in PARTICIPANT_FIELDS if f.handout}
    for item in ITEM_KINDS.values():
        keys.update(f"{item.kind}.{f.key}" for f in item.fields if f.handout)
    return frozenset(keys)
