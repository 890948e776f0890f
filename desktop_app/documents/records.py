"""Plain records shared by several documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CoachContact:
    """The coach's work contact details: the only contact data a handout prints."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class AgreedAction:
    """Something agreed with the participant: what, by when, and whether it is done."""

    text: str
    due: date | None = None
    done: bool = False
