"""Lays out a HandoutData as flowables, section by section; empty sections are left out."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop_app.documents import flowables as fl
from desktop_app.documents import styles
from desktop_app.documents.catalogue import Catalogue, fill
from desktop_app.documents.formatting import format_date, format_date_short, format_decimal
from desktop_app.documents.handout import (
    GOAL_STATUSES,
    LADDER_MOMENTS,
    LADDER_STEPS,
    HandoutData,
)
from desktop_app.documents.pdf import DocumentPart
from desktop_app.documents.shared_sections import actions_section, contact_rows, decoration
from desktop_app.documents.styles import DocumentStyles

PHOTO_BOX = (32 * mm, 40 * mm)


def handout_part(data: HandoutData, cat: Catalogue) -> DocumentPart:
    """The handout's pages as one part of a (possibly combined) document."""
    if data.language != cat.language:
        raise ValueError(f"catalogue is {cat.language!r} but the handout is {data.language!r}")
    st = styles.document_styles()
    story: list[Flowable] = []
    for section in (
        _title, _idea, _motivation, _goals, _actions, _modules, _background, _ladder, _extra,
        _consent,
    ):
        story.extend(section(data, cat, st))
    title = cat.tr("Handout", "My plan and progress")
    header_right = " · ".join(part for part in (data.programme, data.cohort) if part)
    printed = data.printed_on or date.today()
    return DocumentPart(decoration(title, header_right, printed, cat), story)


def _title(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    greeting = fill(
        cat.tr("Handout", "Hello {name}! This is an overview of what we have worked on together."),
        name=data.preferred_name.strip() or data.display_name,
    )
    # A photo the participant said no to stays out, whoever passed it in.
    photo = data.photo if not (data.consent and data.consent.photo is False) else None
    gap = 6 * mm
    width = styles.CONTENT_WIDTH - (PHOTO_BOX[0] + gap if photo else 0)
    left: list[Flowable] = [
        fl.text(cat.tr("Handout", "My plan and progress"), st.overline, width),
        fl.text(data.display_name, st.title, width),
        fl.text(greeting, st.lead, width),
    ]
    if photo:
        image = fl.scaled_image(photo, *PHOTO_BOX)
        widths = [width, PHOTO_BOX[0] + gap]
        head = fl.layout_table([[left, image]], widths, [("ALIGN", (1, 0), (1, 0), "RIGHT")])
        story: list[Flowable] = [head]
    else:
        story = left
    facts = [
        (cat.tr("Handout", "Programme"), data.programme),
        (cat.tr("Handout", "Group"), data.cohort),
    ]
    if data.coach:
        facts += contact_rows(data.coach, cat)
    rows = [(label, value) for label, value in facts if value.strip()]
    if rows:
        story += [fl.spacer(8), fl.facts_card(rows, st)]
    return story


def _idea(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    if not data.business_idea.strip():
        return []
    title = cat.tr("Handout", "My business idea")
    return [fl.heading(title, st), fl.text_block(data.business_idea, st)]


def _motivation(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    if not data.motivation.strip():
        return []
    title = cat.tr("Handout", "Why I want to start my own business")
    return [fl.heading(title, st), fl.quote_block(data.motivation, st)]


def _goals(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    if not data.goals:
        return []
    lang = cat.language
    headers = [
        cat.tr("Handout", "Goal"),
        cat.tr("Handout", "How I will know"),
        cat.tr("Handout", "Deadline"),
        cat.tr("Handout", "Status"),
    ]
    rows = [
        [
            goal.goal,
            goal.measure,
            format_date_short(goal.deadline, lang) if goal.deadline else "",
            cat.tr("Handout", GOAL_STATUSES[goal.status]),
        ]
        for goal in data.goals
    ]
    return [
        fl.heading(cat.tr("Handout", "My goals"), st),
        fl.data_table(headers, rows, (0.35, 0.29, 0.17, 0.19), st),
    ]


def _actions(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    return actions_section(data.actions, cat, st)


def _modules(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    if not data.modules:
        return []
    headers = [cat.tr("Handout", "Course module"), cat.tr("Handout", "Date")]
    rows = [
        [module.name, format_date(module.attended_on, cat.language) if module.attended_on else ""]
        for module in data.modules
    ]
    return [
        fl.heading(cat.tr("Handout", "Course modules I have attended"), st),
        fl.data_table(headers, rows, (0.62, 0.38), st),
    ]


def _background(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    lang = cat.language
    story: list[Flowable] = []
    education = [
        (cat.tr("Handout", "Highest education"), data.education_level),
        (cat.tr("Handout", "Courses"), ", ".join(data.courses)),
        (cat.tr("Handout", "Certificates"), ", ".join(data.certificates)),
    ]
    education = [(label, value) for label, value in education if value.strip()]
    if education:
        story += [fl.subheading(cat.tr("Handout", "Education"), st), fl.facts_table(education, st)]
    if data.work_experience:
        headers = [
            cat.tr("Handout", "Role"),
            cat.tr("Handout", "Sector"),
            cat.tr("Handout", "Years"),
        ]
        rows = [
            [job.role, job.sector, format_decimal(job.years, lang) if job.years is not None else ""]
            for job in data.work_experience
        ]
        story += [
            fl.subheading(cat.tr("Handout", "Work experience"), st),
            fl.data_table(headers, rows, (0.46, 0.38, 0.16), st, right_aligned=(2,)),
        ]
    if data.skills:
        title = cat.tr("Handout", "Skills")
        story += [fl.subheading(title, st), fl.bullet_columns(data.skills, st)]
    if data.strengths.strip():
        story += [
            fl.subheading(cat.tr("Handout", "My strengths"), st),
            fl.quote_block(data.strengths, st),
        ]
    if data.languages:
        headers = [
            cat.tr("Handout", "Language"),
            cat.tr("Handout", "Speaking"),
            cat.tr("Handout", "Reading"),
            cat.tr("Handout", "Writing"),
        ]
        rows = [[s.language, s.speaking, s.reading, s.writing] for s in data.languages]
        story += [
            fl.subheading(cat.tr("Handout", "Languages"), st),
            fl.data_table(headers, rows, (0.37, 0.21, 0.21, 0.21), st),
        ]
    if not story:
        return []
    return [fl.heading(cat.tr("Handout", "My experience and skills"), st), *story]


def _ladder(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    if not (data.include_ladder and data.ladder):
        return []
    notes: dict[int, list[str]] = {}
    for reading in data.ladder:
        note = cat.tr("Handout", LADDER_MOMENTS[reading.moment])
        if reading.assessed_on:
            note += " · " + format_date_short(reading.assessed_on, cat.language)
        notes.setdefault(reading.step, []).append(note)
    current = data.ladder[-1].step
    rows = [
        [
            fill(cat.tr("Handout", "Step {step}"), step=str(step)),
            cat.tr("Handout", LADDER_STEPS[step - 1]),
            "\n".join(notes.get(step, [])),
        ]
        for step in range(len(LADDER_STEPS), 0, -1)
    ]
    return [
        fl.heading(cat.tr("Handout", "Participation ladder"), st),
        fl.ladder_table(rows, len(LADDER_STEPS) - current, st),
    ]


def _extra(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    rows = [(label, value) for label, value in data.extra_fields if label.strip() or value.strip()]
    if not rows:
        return []
    return [fl.heading(cat.tr("Handout", "Other information"), st), fl.facts_table(rows, st)]


def _consent(data: HandoutData, cat: Catalogue, st: DocumentStyles) -> list[Flowable]:
    consent = data.consent
    if consent is None:
        return []
    lang = cat.language
    given_on = format_date(consent.given_on, lang)
    given = fill(cat.tr("Handout", "You gave your consent on {date}."), date=given_on)
    if consent.version:
        given += " " + fill(cat.tr("Handout", "Version: {version}."), version=consent.version)
    title = cat.tr("Handout", "My consent")
    story: list[Flowable] = [fl.heading(title, st), fl.text_block(given, st)]
    yes, no = cat.tr("Handout", "Yes"), cat.tr("Handout", "No")
    facts = []
    if consent.purposes:
        facts.append((cat.tr("Handout", "What for"), "\n".join(consent.purposes)))
    if consent.photo is not None:
        facts.append((cat.tr("Handout", "Using my photo"), yes if consent.photo else no))
    if consent.data_sharing is not None:
        label = cat.tr("Handout", "Sharing my data with partners")
        facts.append((label, yes if consent.data_sharing else no))
    if facts:
        story.append(fl.facts_table(facts, st))
    note = cat.tr("Handout", "You can always ask to see everything we have stored about you.")
    story += [fl.spacer(4), fl.text(note, st.muted)]
    return story
