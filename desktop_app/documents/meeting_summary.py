"""A one-page summary of a meeting for the participant: what was said and agreed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.documents.catalogue import Catalogue, fill, translate_noop
from desktop_app.documents.records import AgreedAction, CoachContact

MEETING_KINDS = {
    "start": translate_noop("MeetingSummary", "Start meeting"),
    "mid": translate_noop("MeetingSummary", "Midway meeting"),
    "end": translate_noop("MeetingSummary", "Final meeting"),
    "follow_up": translate_noop("MeetingSummary", "Follow-up meeting"),
    "other": translate_noop("MeetingSummary", "Meeting"),
}


@dataclass(frozen=True)
class MeetingSummaryData:
    """The shared part of a meeting; the coach's private notes have no field here."""

    participant_name: str
    language: str
    meeting_date: date
    kind: str = "other"
    shared_notes: str = ""
    actions: Sequence[AgreedAction] = ()
    next_meeting: date | datetime | None = None
    next_meeting_place: str = ""
    coach: CoachContact | None = None
    programme: str = ""
    printed_on: date | None = None

    def __post_init__(self) -> None:
        if self.kind not in MEETING_KINDS:
            raise ValueError(f"unknown meeting kind: {self.kind!r}")


def build_meeting_summary(data: MeetingSummaryData, catalogue: Catalogue) -> bytes:
    """The meeting summary as PDF bytes, in the catalogue's language (which must be the data's)."""
    # Imported here so services can build the data without loading reportlab.
    from reportlab.platypus import Flowable

    from desktop_app.documents import flowables as fl
    from desktop_app.documents import styles
    from desktop_app.documents.formatting import format_time, format_weekday_date
    from desktop_app.documents.pdf import DocumentPart, render_pdf
    from desktop_app.documents.shared_sections import actions_section, contact_rows, decoration

    cat, lang = catalogue, catalogue.language
    if data.language != lang:
        raise ValueError(f"catalogue is {lang!r} but the summary is {data.language!r}")
    st = styles.document_styles()
    title = cat.tr("MeetingSummary", "Summary of our meeting")
    lead = fill(
        cat.tr("MeetingSummary", "{meeting} on {date}"),
        meeting=cat.tr("MeetingSummary", MEETING_KINDS[data.kind]),
        date=format_weekday_date(data.meeting_date, lang),
    )
    story: list[Flowable] = [
        fl.text(title, st.overline),
        fl.text(data.participant_name, st.title),
        fl.text(lead, st.lead),
    ]
    if data.shared_notes.strip():
        story += [
            fl.heading(cat.tr("MeetingSummary", "What we talked about"), st),
            fl.text_block(data.shared_notes, st),
        ]
    story += actions_section(data.actions, cat, st)
    if data.next_meeting is not None:
        when = format_weekday_date(data.next_meeting, lang)
        if isinstance(data.next_meeting, datetime):
            when = fill(
                cat.tr("MeetingSummary", "{date} at {time}"),
                date=when,
                time=format_time(data.next_meeting, lang),
            )
        rows = [(cat.tr("MeetingSummary", "When"), when)]
        if data.next_meeting_place.strip():
            rows.append((cat.tr("MeetingSummary", "Where"), data.next_meeting_place))
        story += [
            fl.heading(cat.tr("MeetingSummary", "Our next meeting"), st),
            fl.facts_card(rows, st),
        ]
    if data.coach and (contacts := contact_rows(data.coach, cat)):
        story += [
            fl.heading(cat.tr("MeetingSummary", "Questions? Contact your coach"), st),
            fl.facts_card(contacts, st),
        ]
    printed = data.printed_on or date.today()
    part = DocumentPart(decoration(title, data.programme, printed, cat), story)
    return render_pdf([part], title=title, language=lang)
