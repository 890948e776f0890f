"""Editable code lists (benefit types, course modules, dropout reasons): defaults + team entries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.code_lists import CODE_LISTS, CUSTOM_PREFIX, EDITABLE_LISTS
from desktop_app.core.errors import OpstartError
from desktop_app.core.validation import FieldRule, check_text
from desktop_app.storage.profile_models import CodeListEntry
from desktop_app.storage.vault import Vault

_NAMESPACE = uuid.UUID("2b0f7c55-8d1e-4a3b-9f60-1c7e5d2a9b44")
LABEL_RULES = {"label": FieldRule(required=True, max_length=80)}


@dataclass(frozen=True)
class CodeEntry:
    """One entry of a list: `label` is empty for built-in codes (the GUI translates those)."""

    code: str
    label: str
    country: str
    active: bool
    custom: bool


def _overrides(session: Session, list_name: str) -> dict[str, CodeListEntry]:
    query = select(CodeListEntry).where(CodeListEntry.list_name == list_name)
    return {row.code: row for row in session.scalars(query)}


def team_codes(session: Session, list_name: str) -> frozenset[str]:
    """Codes a team added to a list (valid values besides the defaults)."""
    return frozenset(c for c in _overrides(session, list_name) if c.startswith(CUSTOM_PREFIX))


class CodeListService:
    """Read and edit the editable code lists of one vault (synced across the team)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def entries(self, list_name: str, include_inactive: bool = False) -> list[CodeEntry]:
        """Defaults first, then the team's own entries; switched-off ones only when asked."""
        with self._vault.transaction() as session:
            overrides = _overrides(session, list_name)
        found = []
        for code in CODE_LISTS[list_name]:
            row = overrides.pop(code.code, None)
            active = row.active if row is not None else True
            found.append(CodeEntry(code.code, "", code.country, active, False))
        found += [
            CodeEntry(r.code, r.label, r.country, r.active, True)
            for r in sorted(overrides.values(), key=lambda r: r.label.casefold())
        ]
        return [e for e in found if include_inactive or e.active]

    def add(self, list_name: str, label: str, country: str = "") -> CodeEntry:
        """Add a team entry with its own label (shown as typed, in every language)."""
        self._check_editable(list_name)
        label = label.strip()
        if check_text("label", label, LABEL_RULES) is not None:
            raise OpstartError("Give the new entry a name of at most 80 characters.")
        if country not in ("", "dk", "nl"):
            raise OpstartError("The country must be dk, nl or empty.")
        code = CUSTOM_PREFIX + uuid.uuid4().hex[:12]
        with self._vault.transaction() as session:
            session.add(CodeListEntry(list_name=list_name, code=code, label=label,
                                      country=country, active=True))  # fmt: skip
        return CodeEntry(code, label, country, True, True)

    def set_active(self, list_name: str, code: str, active: bool) -> None:
        """Switch an entry off (hidden from choices; stored values keep showing) or on."""
        self._check_editable(list_name)
        with self._vault.transaction() as session:
            row = _overrides(session, list_name).get(code)
            if row is None:
                if not any(c.code == code for c in CODE_LISTS[list_name]):
                    raise OpstartError("That entry is not in the list.")
                # The same id on every device, so two coaches switching it off agree.
                row_id = uuid.uuid5(_NAMESPACE, f"{list_name}:{code}").hex
                row = CodeListEntry(id=row_id, list_name=list_name, code=code, active=active)
                session.add(row)
            row.active = active

    @staticmethod
    def _check_editable(list_name: str) -> None:
        if list_name not in EDITABLE_LISTS:
            raise OpstartError("This list cannot be changed.")
