"""Editable code lists: a team adds its own entries and switches defaults off."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import OpstartError
from desktop_app.services.code_lists import CodeListService
from desktop_app.storage.vault import Vault


def test_add_and_switch_off(vault: Vault) -> None:
    lists = CodeListService(vault)
    entry = lists.add("course_module", "  Bookkeeping app  ")
    assert entry.label == "Bookkeeping app" and entry.code.startswith("x_")
    lists.set_active("course_module", "pitching", False)
    lists.set_active("course_module", "pitching", False)  # twice is the same as once
    codes = [e.code for e in lists.entries("course_module")]
    assert "pitching" not in codes and codes[-1] == entry.code
    every = lists.entries("course_module", include_inactive=True)
    assert [e.code for e in every if not e.active] == ["pitching"]
    lists.set_active("course_module", "pitching", True)
    assert "pitching" in [e.code for e in lists.entries("course_module")]


def test_only_editable_lists_change(vault: Vault) -> None:
    lists = CodeListService(vault)
    with pytest.raises(OpstartError):
        lists.add("status", "Sleeping")
    with pytest.raises(OpstartError):
        lists.add("dropout_reason", "")
    with pytest.raises(OpstartError):
        lists.set_active("dropout_reason", "no_such_code", False)
