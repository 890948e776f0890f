"""Participant features reachable from the main window: business plan and printing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from desktop_app.storage.vault import Vault
    from desktop_app.ui.background import BackgroundRunner
    from desktop_app.ui.main_window import MainWindow


class FeatureActions(QObject):
    """Adds "Business plan…", "Print handout…" and "Print cohort handouts…" to the window."""

    def __init__(self, window: MainWindow, runner: BackgroundRunner) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._vault: Vault | None = None
        self._open: list[QObject] = []  # wizards and print flows kept alive while shown
        self.plan_action = QAction(self.tr("&Business plan…"), window)
        self.plan_action.setShortcut(QKeySequence("Ctrl+B"))
        self.plan_action.triggered.connect(self.on_business_plan)
        self.handout_action = QAction(self.tr("Print &handout…"), window)
        self.handout_action.setShortcut(QKeySequence.StandardKey.Print)
        self.handout_action.triggered.connect(self.on_print_handout)
        self.plan_pdf_action = QAction(self.tr("Print business p&lan…"), window)
        self.plan_pdf_action.triggered.connect(self.on_print_plan)
        self.cohort_action = QAction(self.tr("Print &cohort handouts…"), window)
        self.cohort_action.triggered.connect(self.on_print_cohort)
        for action in (self.plan_action, self.handout_action):
            window.add_participant_action(action)
        menu_bar = window.menuBar()
        menu = menu_bar.addMenu(self.tr("&Print"))
        help_action = menu_bar.actions()[-2] if len(menu_bar.actions()) > 1 else None
        if help_action is not None:  # keep Help last, where people look for it
            menu_bar.removeAction(menu.menuAction())
            menu_bar.insertMenu(help_action, menu)
        for action in (self.handout_action, self.plan_pdf_action, self.cohort_action):
            menu.addAction(action)
        window.participant_opened.connect(self._on_participant_opened)
        self._on_participant_opened("")

    def set_vault(self, vault: Vault | None) -> None:
        """The open vault, or None when locked (closes every feature window)."""
        self._vault = vault
        if vault is None:
            for item in self._open:
                if isValid(item):  # print flows delete themselves when their dialogs end
                    item.close()  # type: ignore[attr-defined]
            self._open.clear()
        self.cohort_action.setEnabled(vault is not None)

    def _on_participant_opened(self, participant_id: str) -> None:
        for action in (self.plan_action, self.handout_action, self.plan_pdf_action):
            action.setEnabled(bool(participant_id) and self._vault is not None)

    def _target(self) -> tuple[Vault, str] | None:
        participant_id = self._window.current_participant_id()
        if self._vault is None or not participant_id:
            return None
        self._window.flush_edits()
        return self._vault, participant_id

    def _keep(self, item: QObject) -> None:
        self._open = [o for o in self._open if isValid(o) and not _finished(o)]
        self._open.append(item)

    def on_business_plan(self) -> None:
        """Open the plan wizard for the participant shown (resumes where left off)."""
        target = self._target()
        if target is None:
            return
        from desktop_app.ui.wizard.launcher import open_plan_wizard

        self._keep(open_plan_wizard(self._window, *target))

    def on_print_handout(self) -> None:
        """Handout options, then the preview."""
        target = self._target()
        if target is not None:
            from desktop_app.ui.print_actions import print_handout

            self._keep(print_handout(self._window, *target, runner=self._runner))

    def on_print_plan(self) -> None:
        """The business plan PDF's preview."""
        target = self._target()
        if target is not None:
            from desktop_app.ui.print_actions import print_plan

            self._keep(print_plan(self._window, *target, runner=self._runner))

    def on_print_cohort(self) -> None:
        """Handouts for a whole cohort, as one PDF or a folder of files."""
        if self._vault is not None:
            from desktop_app.ui.print_actions import print_cohort

            self._keep(print_cohort(self._window, self._vault, runner=self._runner))


def _finished(item: QObject) -> bool:
    return isinstance(item, QWidget) and item.isHidden()
