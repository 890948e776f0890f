"""A participant's profile as HandoutData: only what DOMAIN.md §4 lets a handout print.

Coach-only and special-category fields never reach the handout unless the coach ticks
them in for one print (`extra_fields`); the field table in core/profile_fields.py decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.core.errors import OpstartError
from desktop_app.core.profile_fields import (
    PARTICIPANT_FIELDS,
    FieldKind,
    ProfileField,
    participant_field,
)
from desktop_app.documents.catalogue import SUPPORTED_LANGUAGES, Catalogue
from desktop_app.documents.formatting import format_date, format_decimal, format_money
from desktop_app.documents.handout import (
    GOAL_STATUSES,
    LADDER_MOMENTS,
    ConsentSummary,
    HandoutData,
    LadderReading,
    LanguageSkill,
    ModuleAttended,
    SmartGoal,
    WorkExperience,
)
from desktop_app.documents.profile_labels import code_label, field_label, handout_row, outcome_text
from desktop_app.documents.records import AgreedAction, CoachContact
from desktop_app.services.profiles import Profile, ProfileItem

# Fields a coach may tick in for one print: everything the handout leaves out by default.
EXTRA_FIELDS: tuple[str, ...] = tuple(f.key for f in PARTICIPANT_FIELDS if not f.handout)
TeamLabels = Mapping[str, Mapping[str, str]]  # list name -> {team code: label}
_COUNTRY_LANGUAGE = {"dk": "da", "nl": "nl"}
_CURRENCY = {"dk": "DKK", "nl": "EUR"}
_DONE_ACTIONS_SHOWN = 5


class FieldNotPrintable(OpstartError):
    """A field name the handout does not know."""

    code = "unknown_field"


def document_language(values: Mapping[str, Any], override: str | None = None) -> str:
    """The override, else the preferred language, else the language of the country."""
    if override:
        if override not in SUPPORTED_LANGUAGES:
            raise OpstartError(
                "Documents can be printed in English (en), Danish (da) or Dutch (nl)."
            )
        return override
    preferred = str(values.get("preferred_language") or "")
    if preferred in SUPPORTED_LANGUAGES:
        return preferred
    return _COUNTRY_LANGUAGE.get(str(values.get("country") or ""), "en")


def check_extra_fields(extra_fields: Sequence[str]) -> tuple[str, ...]:
    """The ticked field names in table order; unknown names are refused."""
    unknown = sorted(set(extra_fields) - set(EXTRA_FIELDS) - _handout_keys())
    if unknown:
        raise FieldNotPrintable("The handout cannot print the field " + ", ".join(unknown) + ".")
    chosen = set(extra_fields)
    return tuple(key for key in EXTRA_FIELDS if key in chosen)


def _handout_keys() -> set[str]:
    return {f.key for f in PARTICIPANT_FIELDS if f.handout}


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def _lines(text: Any) -> tuple[str, ...]:
    return tuple(line.strip() for line in str(text or "").splitlines() if line.strip())


class HandoutBuilder:
    """Turns one loaded profile into HandoutData in the catalogue's language."""

    def __init__(
        self, cat: Catalogue, team_labels: TeamLabels, coach: CoachContact | None, today: date
    ) -> None:
        self.cat, self.team, self.coach, self.today = cat, team_labels, coach, today

    def code(self, list_name: str, code: str) -> str:
        """Label of a code in the document's language ("" for codes without one)."""
        return code_label(self.cat, list_name, code, dict(self.team.get(list_name, {})))

    def build(
        self, profile: Profile, extra_fields: Sequence[str] = (), include_ladder: bool = False
    ) -> HandoutData:
        """HandoutData from the handout columns of the profile plus the ticked extras."""
        v, items, lang = profile.values, profile.items, self.cat.language
        return HandoutData(
            display_name=profile.display_name,
            language=lang,
            preferred_name=v["preferred_name"],
            programme=v["programme"],
            cohort=v["cohort"],
            coach=self.coach,
            education_level=self.code("education_level", v["education_level"]),
            courses=_lines(v["courses"]),
            certificates=_lines(v["certificates"]),
            work_experience=tuple(self._jobs(items.get("work_experience", ()))),
            skills=_lines(v["skills"]),
            strengths=v["strengths"],
            languages=tuple(self._languages(items.get("language_skill", ()))),
            motivation=v["motivation_why"],
            business_idea=v["business_idea"],
            goals=tuple(self._goals(items.get("smart_goal", ()))),
            ladder=tuple(self._ladder(items.get("ladder_step", ()))),
            include_ladder=include_ladder,
            modules=tuple(self._modules(items.get("module_attended", ()))),
            actions=tuple(self._actions(items.get("agreed_action", ()))),
            consent=self._consent(items.get("consent", ())),
            extra_fields=tuple(self._rows(v, check_extra_fields(extra_fields))),
            printed_on=self.today,
        )

    def _jobs(self, items: Sequence[ProfileItem]) -> list[WorkExperience]:
        return [
            WorkExperience(i["role"], i["sector"], i["years"]) for i in items if i["role"].strip()
        ]

    def _languages(self, items: Sequence[ProfileItem]) -> list[LanguageSkill]:
        found = []
        for i in items:
            name = self.code("language", i["language"])
            if name:
                levels = [self.code("cefr", i[key]) for key in ("speaking", "reading", "writing")]
                found.append(LanguageSkill(name, *levels))
        return found

    def _goals(self, items: Sequence[ProfileItem]) -> list[SmartGoal]:
        return [
            SmartGoal(
                i["goal"],
                i["measure"],
                _day(i["deadline"]),
                i["status"] if i["status"] in GOAL_STATUSES else "not_started",
            )
            for i in items
            if i["goal"].strip()
        ]

    def _ladder(self, items: Sequence[ProfileItem]) -> list[LadderReading]:
        readings = [
            LadderReading(i["moment"], i["step"], _day(i["assessed_on"]))
            for i in items
            if i["moment"] in LADDER_MOMENTS and isinstance(i["step"], int) and 1 <= i["step"] <= 6
        ]
        # The last reading is "where I am now": order by date, undated by entry order.
        return sorted(readings, key=lambda r: r.assessed_on or date.min)

    def _modules(self, items: Sequence[ProfileItem]) -> list[ModuleAttended]:
        found = [
            ModuleAttended(self.code("course_module", i["module"]), _day(i["attended_on"]))
            for i in items
        ]
        found = [m for m in found if m.name]
        return sorted(found, key=lambda m: m.attended_on or date.max)

    def _actions(self, items: Sequence[ProfileItem]) -> list[AgreedAction]:
        actions = [AgreedAction(i["text"], _day(i["due_on"]), i["done"]) for i in items]
        actions = [a for a in actions if a.text.strip()]
        open_ = sorted((a for a in actions if not a.done), key=lambda a: a.due or date.max)
        done = [a for a in actions if a.done][-_DONE_ACTIONS_SHOWN:]
        return open_ + done

    def _consent(self, items: Sequence[ProfileItem]) -> ConsentSummary | None:
        dated = [(when, i) for i in items if (when := _day(i["given_on"])) is not None]
        if not dated:
            return None
        when, latest = max(dated, key=lambda pair: pair[0])
        purposes = [self.code("consent_purpose", p) for p in latest["purposes"]]
        return ConsentSummary(
            when,
            latest["version"],
            tuple(p for p in purposes if p),
            latest["photo"],
            latest["data_sharing"],
        )

    def _rows(self, v: Mapping[str, Any], extra: Sequence[str]) -> list[tuple[str, str]]:
        rows = []
        since = _day(v["outcome_date"])
        outcome = outcome_text(
            self.cat, v["outcome"], format_date(since, self.cat.language) if since else ""
        )
        if outcome:
            rows.append((handout_row(self.cat, "outcome"), outcome))
        for key in extra:
            text = self.value_text(participant_field(key), v[key], str(v["country"] or ""))
            if text.strip():
                rows.append((field_label(self.cat, key), text))
        return rows

    def value_text(self, spec: ProfileField, value: Any, country: str) -> str:
        """A stored value as the document prints it."""
        lang = self.cat.language
        if value is None or value == "" or value == ():
            return ""
        kind = spec.kind
        if kind is FieldKind.DATE:
            day = _day(value)
            return format_date(day, lang) if day else ""
        if kind is FieldKind.MONEY:
            return format_money(Decimal(value) / 100, lang, _CURRENCY.get(country, "DKK"))
        if kind in (FieldKind.INTEGER, FieldKind.NUMBER):
            return format_decimal(value, lang)
        if kind is FieldKind.CODE:
            return self.code(spec.code_list, value) or str(value)
        if kind is FieldKind.CODES:
            return ", ".join(self.code(spec.code_list, c) or c for c in value)
        if kind is FieldKind.BOOL:
            return self.cat.tr("Handout", "Yes") if value else self.cat.tr("Handout", "No")
        return str(value)
