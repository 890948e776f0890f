"""Audit log: what is recorded, that it holds no personal data, and that tampering shows."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.services import audit
from desktop_app.services.audit import AuditAction, AuditService
from desktop_app.services.gdpr import GdprService
from desktop_app.services.gdpr_export import GdprExportService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.vault import Vault


def _actions(vault: Vault) -> list[tuple[str, str]]:
    return [(e.action, e.detail) for e in reversed(AuditService(vault).entries())]


def test_view_edit_print_export_and_erase_are_recorded(vault: Vault) -> None:
    row = ParticipantService(vault).create("Zoë", "van IJsselmuiden")
    profiles = ProfileService(vault)
    profiles.load(row.id)
    profiles.update_field(row.id, "cohort", "R1")
    profiles.update_field(row.id, "cohort", "R1")  # unchanged: nothing to log
    audit.record(vault, AuditAction.PRINT, row.id, "handout")
    GdprExportService(vault).export(row.id)
    GdprService(vault).erase(row.id)
    assert _actions(vault) == [
        ("create", ""),
        ("view", ""),
        ("edit", "cohort"),
        ("print", "handout"),
        ("export", "gdpr"),
        ("erase", ""),
    ]
    entries = AuditService(vault).entries()
    assert {e.record_id for e in entries} == {row.id}
    assert {e.actor for e in entries} == {vault.device_id}
    assert AuditService(vault).verify().ok


def test_a_burst_of_autosaves_is_one_entry_per_field(vault: Vault) -> None:
    row = ParticipantService(vault).create("Søren")
    profiles = ProfileService(vault)
    for text_so_far in ("B", "Ba", "Bak", "Bake"):
        profiles.update_field(row.id, "business_idea", text_so_far)
    profiles.update_field(row.id, "cohort", "A")
    profiles.update_field(row.id, "business_idea", "Baker")
    assert _actions(vault) == [
        ("create", ""),
        ("edit", "business_idea"),
        ("edit", "cohort"),
        ("edit", "business_idea"),
    ]


@pytest.mark.parametrize(
    ("record_id", "detail"),
    [("ab" * 16, "Zoë van IJsselmuiden"), ("ab" * 16, "note: debt"), ("Zoë", "")],
)
def test_free_text_is_refused(vault: Vault, record_id: str, detail: str) -> None:
    with pytest.raises(ValueError):
        audit.record(vault, AuditAction.VIEW, record_id, detail)
    assert AuditService(vault).count() == 0


def _raw(vault: Vault, *statements: str) -> None:
    with vault.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        for statement in statements:
            conn.execute(text(statement))


@pytest.mark.parametrize(
    ("statement", "first_bad"),
    [
        ("UPDATE audit_log SET action = 'erase' WHERE seq = 2", 2),
        ("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 3", 3),
        ("DELETE FROM audit_log WHERE seq = 2", 3),
        ("DELETE FROM audit_log WHERE seq = 4", 4),
    ],
)
def test_a_tampered_entry_is_detected(vault: Vault, statement: str, first_bad: int) -> None:
    row = ParticipantService(vault).create("Şükrü", "Yılmaz")
    for action in (AuditAction.VIEW, AuditAction.PRINT, AuditAction.EXPORT):
        audit.record(vault, action, row.id)
    assert AuditService(vault).verify().ok
    _raw(vault, statement)
    check = AuditService(vault).verify()
    assert not check.ok and check.first_bad_seq == first_bad


def test_a_rewritten_chain_still_fails_against_the_head(vault: Vault) -> None:
    row = ParticipantService(vault).create("Małgorzata", "Wójcik")
    audit.record(vault, AuditAction.ERASE, row.id)
    # Remove the last entry: every remaining hash is still right, but the head is not.
    _raw(vault, "DELETE FROM audit_log WHERE seq = 2")
    assert AuditService(vault).verify().first_bad_seq == 2
