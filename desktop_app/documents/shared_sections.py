"""Sections that handouts and meeting summaries print the same way."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from desktop_app.documents import flowables as fl
from desktop_app.documents.catalogue import Catalogue, fill
from desktop_app.documents.formatting import format_date, format_date_short
from desktop_app.documents.pdf import PageDecoration, paragraph
from desktop_app.documents.records import AgreedAction, CoachContact
from desktop_app.documents.styles import DocumentStyles

# Ballot boxes: an open action can be ticked with a pen at home.
BOX_OPEN = "☐"
BOX_DONE = "☑"


def decoration(title: str, header_right: str, printed: date, cat: Catalogue) -> PageDecoration:
    """Header and footer for a document printed on `printed`, in the catalogue's language."""
    lang = cat.language
    return PageDecoration(
        header_left=title,
        header_right=header_right,
        footer_left=fill(cat.tr("Document", "Printed {date}"), date=format_date(printed, lang)),
        page_label=cat.tr("Document", "Page {page} of {pages}"),
    )


def contact_rows(coach: CoachContact, cat: Catalogue) -> list[tuple[str, str]]:
    """Label/value rows for the coach's name, phone and e-mail (empty ones left out)."""
    rows = [
        (cat.tr("Document", "Coach"), coach.name),
        (cat.tr("Document", "Phone"), coach.phone),
        (cat.tr("Document", "E-mail"), coach.email),
    ]
    return [(label, value) for label, value in rows if value.strip()]


def actions_section(
    actions: Sequence[AgreedAction], cat: Catalogue, st: DocumentStyles
) -> list[Flowable]:
    """"What we agreed": a tick box, the action and its due date per row."""
    if not actions:
        return []
    rows = [
        [
            paragraph(BOX_DONE if action.done else BOX_OPEN, st.box),
            action.text,
            format_date_short(action.due, cat.language) if action.due else "",
        ]
        for action in actions
    ]
    headers = [cat.tr("Document", "Done"), cat.tr("Document", "Action"), cat.tr("Document", "By")]
    return [
        fl.heading(cat.tr("Document", "What we agreed"), st),
        fl.data_table(headers, rows, (0.13, 0.65, 0.22), st),
    ]
