"""Printing use cases: handout, business plan, meeting summary and cohort batches as PDF bytes.

PDFs are built in memory only; nothing is written unless a caller saves the bytes. Making
a document of a person is logged as "print" (kind and record id, no personal data); the
caller logs where it went with `record_output` (printer: "print", file: "export").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop_app.core.collation import name_key
from desktop_app.core.errors import OpstartError
from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.handout import HandoutData
from desktop_app.services import audit
from desktop_app.services.handout_data import (
    EXTRA_FIELDS,
    HandoutBuilder,
    check_extra_fields,
    document_language,
)
from desktop_app.services.meeting_print_data import meeting_data
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantNotFound
from desktop_app.services.plan_print_data import NoPlan, plan_data, version_label
from desktop_app.services.plans import PlanService
from desktop_app.services.print_settings import coach_contact
from desktop_app.services.profiles import Profile, ProfileService
from desktop_app.storage.models import Participant
from desktop_app.storage.profile_models import CodeListEntry, Meeting
from desktop_app.storage.vault import Vault

DOCUMENTS = ("handout", "plan", "meeting_summary")
DESTINATIONS = ("printer", "file")


class MeetingNotFound(OpstartError):
    """No meeting has this id."""

    code = "meeting_not_found"


class CohortEmpty(OpstartError):
    """No participant is in the cohort asked for."""

    code = "cohort_empty"


@dataclass(frozen=True)
class CohortSummary:
    """A cohort name and how many participants are in it."""

    name: str
    participants: int


def _team_labels(vault: Vault) -> dict[str, dict[str, str]]:
    with vault.transaction() as session:
        found: dict[str, dict[str, str]] = {}
        for row in session.scalars(select(CodeListEntry).where(CodeListEntry.label != "")):
            found.setdefault(row.list_name, {})[row.code] = row.label
    return found


def _profile(vault: Vault, participant_id: str) -> Profile:
    # Printing is audited as a print, not as a view.
    return ProfileService(vault).load(participant_id, record_view=False)


def _builder(vault: Vault, language: str, today: date | None) -> HandoutBuilder:
    return HandoutBuilder(
        Catalogue.load(language), _team_labels(vault), coach_contact(vault), today or date.today()
    )


def handout_data(
    vault: Vault,
    participant_id: str,
    language: str | None = None,
    extra_fields: Sequence[str] = (),
    *,
    include_ladder: bool = False,
    today: date | None = None,
) -> HandoutData:
    """What one participant's handout prints (nothing is logged; see handout_pdf)."""
    check_extra_fields(extra_fields)
    profile = _profile(vault, participant_id)
    builder = _builder(vault, document_language(profile.values, language), today)
    return builder.build(profile, extra_fields, include_ladder)


def handout_pdf(
    vault: Vault,
    participant_id: str,
    language: str | None = None,
    extra_fields: Sequence[str] = (),
    *,
    include_ladder: bool = False,
    today: date | None = None,
) -> bytes:
    """The participant's handout as PDF bytes; `extra_fields` are fields the coach ticked in."""
    from desktop_app.documents.handout import build_handout

    data = handout_data(
        vault, participant_id, language, extra_fields, include_ladder=include_ladder, today=today
    )
    pdf = build_handout(data, Catalogue.load(data.language))
    extra = len(check_extra_fields(extra_fields))
    audit.record(
        vault,
        audit.AuditAction.PRINT,
        participant_id,
        f"handout.extra:{extra}" if extra else "handout",
    )
    return pdf


def plan_pdf(
    vault: Vault, participant_id: str, language: str | None = None, *, today: date | None = None
) -> bytes:
    """The participant's business plan as PDF bytes (NoPlan when there is none yet)."""
    from desktop_app.documents.business_plan import build_business_plan

    profile = _profile(vault, participant_id)
    plans = PlanService(vault)
    state = plans.plan_for(participant_id)
    if state is None:
        raise NoPlan("This participant has no business plan yet. Start one in the plan wizard.")
    today = today or date.today()
    if not language and state.language in ("en", "da", "nl"):
        language = state.language
    cat = Catalogue.load(document_language(profile.values, language))
    data = plan_data(
        cat,
        state,
        plans.compute_state(state, today),
        participant_name=profile.display_name,
        profile_values=profile.values,
        coach=coach_contact(vault),
        version=version_label(vault, state),
        today=today,
    )
    pdf = build_business_plan(data, cat)
    audit.record(vault, audit.AuditAction.PRINT, participant_id, "plan")
    return pdf


def meeting_participant(vault: Vault, meeting_id: str) -> str:
    """The id of the participant a meeting belongs to (MeetingNotFound when unknown)."""
    with vault.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingNotFound("That meeting no longer exists.")
        return meeting.participant_id


def meeting_summary_pdf(
    vault: Vault, meeting_id: str, language: str | None = None, *, today: date | None = None
) -> bytes:
    """The summary of one meeting for the participant: shared notes and agreed actions."""
    from desktop_app.documents.meeting_summary import build_meeting_summary

    participant_id = meeting_participant(vault, meeting_id)
    profile = _profile(vault, participant_id)
    entries = MeetingService(vault).meetings(participant_id)
    entry = next(e for e in entries if e.meeting.id == meeting_id)
    lang = document_language(profile.values, language)
    data = meeting_data(
        entry,
        entries,
        participant_name=profile.display_name,
        profile_values=profile.values,
        language=lang,
        coach=coach_contact(vault),
        today=today or date.today(),
    )
    pdf = build_meeting_summary(data, Catalogue.load(lang))
    audit.record(vault, audit.AuditAction.PRINT, participant_id, "meeting_summary")
    return pdf


def cohorts(vault: Vault) -> list[CohortSummary]:
    """Every cohort in use with its number of participants; spellings that differ only in
    case or spaces count as one, shown as most participants have it."""
    with vault.transaction() as session:
        names = [name.strip() for name in session.scalars(select(Participant.cohort))]
    spellings: dict[str, Counter[str]] = {}
    for name in names:
        if name:
            spellings.setdefault(name.casefold(), Counter())[name] += 1
    found = [
        CohortSummary(counter.most_common(1)[0][0], sum(counter.values()))
        for counter in spellings.values()
    ]
    return sorted(found, key=lambda c: name_key(c.name))


def cohort_members(vault: Vault, cohort: str) -> list[str]:
    """Ids of the participants in `cohort` (case and spaces ignored), ordered by name."""
    wanted = cohort.strip().casefold()
    with vault.transaction() as session:
        found = session.execute(
            select(
                Participant.id, Participant.first_name, Participant.last_name, Participant.cohort
            )
        ).all()
    members = [row for row in found if row.cohort.strip().casefold() == wanted and wanted]
    members.sort(key=lambda r: (name_key(r.last_name), name_key(r.first_name), r.id))
    if not members:
        raise CohortEmpty("No participant is in that cohort. Check its name and try again.")
    return [row.id for row in members]


def cohort_handouts(
    vault: Vault, cohort: str, language: str | None = None, *, today: date | None = None
) -> list[tuple[str, HandoutData]]:
    """(neutral file id, handout data) for everyone in the cohort; the id is the record id."""
    ids = cohort_members(vault, cohort)
    team, coach, day = _team_labels(vault), coach_contact(vault), today or date.today()
    builders: dict[str, HandoutBuilder] = {}
    items = []
    for participant_id in ids:
        profile = _profile(vault, participant_id)
        lang = document_language(profile.values, language)
        if lang not in builders:
            builders[lang] = HandoutBuilder(Catalogue.load(lang), team, coach, day)
        items.append((participant_id, builders[lang].build(profile)))
    with vault.transaction() as session:
        for participant_id in ids:
            audit.record_in(
                session, vault.device_id, audit.AuditAction.PRINT, participant_id, "handout.batch"
            )
    return items


def record_output(vault: Vault, document: str, record_ids: Sequence[str], destination: str) -> None:
    """Log that documents went to the printer ("print") or into a file ("export")."""
    if document not in DOCUMENTS or destination not in DESTINATIONS:
        raise ValueError("unknown document or destination")
    action = audit.AuditAction.PRINT if destination == "printer" else audit.AuditAction.EXPORT
    with vault.transaction() as session:
        for record_id in record_ids:
            audit.record_in(
                session, vault.device_id, action, record_id, f"{document}.{destination}"
            )


def suggested_file_name(document: str, record_id: str) -> str:
    """A file name without personal data: "handout-1a2b3c4d.pdf"."""
    stem = {"handout": "handout", "plan": "business-plan", "meeting_summary": "meeting-summary"}
    return f"{stem[document]}-{record_id[:8]}.pdf"


def check_participant(vault: Vault, participant_id: str) -> None:
    """Raise ParticipantNotFound for an unknown id."""
    with vault.transaction() as session:
        if session.get(Participant, participant_id) is None:
            raise ParticipantNotFound("That participant no longer exists.")


def default_language(vault: Vault, participant_id: str, document: str = "handout") -> str:
    """The language a document prints in unless the coach picks another."""
    profile = _profile(vault, participant_id)
    if document == "plan":
        state = PlanService(vault).plan_for(participant_id)
        if state is not None and state.language in ("en", "da", "nl"):
            return state.language
    return document_language(profile.values)


def printable_extras(vault: Vault, participant_id: str) -> list[str]:
    """Fields the coach may tick in for a handout that hold a value for this participant."""
    values = _profile(vault, participant_id).values
    return [key for key in EXTRA_FIELDS if values[key] not in ("", None, (), False)]


def has_plan(vault: Vault, participant_id: str) -> bool:
    """True when the participant has a business plan to print."""
    return PlanService(vault).plan_for(participant_id) is not None
