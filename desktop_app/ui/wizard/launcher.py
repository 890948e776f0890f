"""Entry point for the main window: open a participant's business-plan wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.storage.vault import Vault
from desktop_app.ui.wizard.plan_wizard import PlanWizard


def open_plan_wizard(
    parent: QWidget | None, vault: Vault, participant_id: str, title: str = ""
) -> QWidget:
    """Create, show and return the wizard window for one participant (resumes where left)."""
    wizard = PlanWizard(vault, participant_id, title=title)
    if parent is not None:
        # Its own window, owned by the main window so it closes with it.
        wizard.setParent(parent, Qt.WindowType.Window)
    wizard.show()
    wizard.raise_()
    return wizard
