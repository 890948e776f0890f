"""Print a handout, a business plan, a meeting summary or a cohort's handouts from the GUI.

The main window and the plan wizard call the functions at the bottom. Each opens a small
options dialog, builds the PDF in memory on the background runner, then shows the print
preview (print, or save as PDF); where the document went is written to the audit log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import OpstartError
from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.print_errors import error_text
from desktop_app.ui.print_options_dialog import PrintOptions, PrintOptionsDialog

if TYPE_CHECKING:
    from desktop_app.storage.vault import Vault
    from desktop_app.ui.batch_print_dialog import BatchPrintDialog
    from desktop_app.ui.cohort_print_dialog import CohortPrintDialog
    from desktop_app.ui.print_preview_dialog import PrintPreviewDialog

_log = logging.getLogger(__name__)


class PrintActions(QObject):
    """One print flow: options, background build, preview; dialogs stay reachable for tests."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, runner: BackgroundRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.window = parent
        self.runner = runner or BackgroundRunner(self)
        self.options_dialog: PrintOptionsDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        self.cohort_dialog: CohortPrintDialog | None = None
        self.batch_dialog: BatchPrintDialog | None = None
        self._jobs = 0
        self._ended = False

    # -- flows -----------------------------------------------------------------------
    def print_handout(self, participant_id: str) -> PrintOptionsDialog:
        """Language, ladder and fields the coach may tick in; then the preview."""
        from desktop_app.services import printing

        language, extras, problem = "en", [], None
        try:
            language = printing.default_language(self.vault, participant_id)
            extras = printing.printable_extras(self.vault, participant_id)
        except OpstartError as exc:  # removed meanwhile, here or on another device
            problem = exc
        dialog = self._options(
            self.tr("Print handout"),
            self.tr(
                "A handout to take home: goals, agreed actions, modules, the business idea "
                "and your contact details. Coach-only notes are never on it."
            ),
            language,
            extras=extras,
            offer_ladder=True,
        )

        def build(options: PrintOptions) -> bytes:
            return printing.handout_pdf(
                self.vault,
                participant_id,
                options.language,
                options.extra_fields,
                include_ladder=options.include_ladder,
            )

        self._wire(dialog, build, "handout", participant_id, self.tr("Handout"))
        self._block(dialog, problem)
        return dialog

    def print_plan(self, participant_id: str) -> PrintOptionsDialog:
        """The business plan with every budget, chart and the checklist."""
        from desktop_app.services import printing
        from desktop_app.services.plan_print_data import NoPlan

        language, problem = "en", None
        try:
            language = printing.default_language(self.vault, participant_id, "plan")
            if not printing.has_plan(self.vault, participant_id):
                problem = NoPlan("no plan")
        except OpstartError as exc:
            problem = exc
        dialog = self._options(
            self.tr("Print business plan"),
            self.tr(
                "The whole plan: summary, every section, the budgets with charts, the loan "
                "schedule, the living test and the checklist."
            ),
            language,
        )
        self._wire(
            dialog,
            lambda o: printing.plan_pdf(self.vault, participant_id, o.language),
            "plan",
            participant_id,
            self.tr("Business plan"),
        )
        self._block(dialog, problem)
        return dialog

    def print_meeting_summary(self, meeting_id: str) -> PrintOptionsDialog:
        """What was talked about and agreed, and the next meeting; never the coach's notes."""
        from desktop_app.services import printing

        participant_id, language, problem = "", "en", None
        try:
            participant_id = printing.meeting_participant(self.vault, meeting_id)
            language = printing.default_language(self.vault, participant_id)
        except OpstartError as exc:
            problem = exc
        dialog = self._options(
            self.tr("Print meeting summary"),
            self.tr(
                "For the participant: the notes you share, what you agreed and the next "
                "meeting. Your coach-only notes are never printed."
            ),
            language,
        )
        self._wire(
            dialog,
            lambda o: printing.meeting_summary_pdf(self.vault, meeting_id, o.language),
            "meeting_summary",
            participant_id,
            self.tr("Meeting summary"),
            file_id=meeting_id,
        )
        self._block(dialog, problem)
        return dialog

    def print_cohort(self) -> CohortPrintDialog:
        """Choose a cohort, gather its handouts in the background, then the batch dialog."""
        from desktop_app.services import printing
        from desktop_app.services.print_settings import coach_contact
        from desktop_app.ui.cohort_print_dialog import CohortPrintDialog

        dialog = CohortPrintDialog(
            printing.cohorts(self.vault), coach_contact(self.vault), self.window
        )
        self.cohort_dialog = dialog

        def gather(cohort: str, options: PrintOptions) -> None:
            if not self._save_contact(options, dialog.show_error):
                return
            dialog.set_busy(True)
            self._run(
                lambda: printing.cohort_handouts(self.vault, cohort, options.language or None),
                lambda items: self._open_batch(dialog, items),
                lambda exc: dialog.show_error(error_text(exc)),
            )

        dialog.on_next = gather
        dialog.rejected.connect(self._end)
        dialog.open()
        return dialog

    def close(self) -> None:
        """Close every dialog of this flow (the vault locks, the window goes)."""
        for dialog in (self.options_dialog, self.preview, self.cohort_dialog, self.batch_dialog):
            if dialog is not None:
                dialog.close()
        self._end()

    # -- parts -----------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """The background runner, counting jobs so the flow is only deleted once idle."""

        def done(callback: Callable[[Any], None], value: Any) -> None:
            self._jobs -= 1
            callback(value)
            if self._ended and not self._jobs:
                self.deleteLater()

        self._jobs += 1
        self.runner.run(work, lambda v: done(on_success, v), lambda e: done(on_failure, e))

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            if not self._jobs:
                self.deleteLater()

    @staticmethod
    def _block(dialog: PrintOptionsDialog, problem: BaseException | None) -> None:
        """Say why there is nothing to print, and offer no preview."""
        if problem is not None:
            dialog.show_error(error_text(problem))
            dialog.preview_button.setEnabled(False)

    def _options(self, title: str, text: str, language: str, **kwargs: Any) -> PrintOptionsDialog:
        from desktop_app.services.print_settings import coach_contact

        dialog = PrintOptionsDialog(
            title, text, language, coach_contact(self.vault), parent=self.window, **kwargs
        )
        self.options_dialog = dialog
        return dialog

    def _save_contact(self, options: PrintOptions, show_error: Callable[[str], None]) -> bool:
        from desktop_app.services.print_settings import save_coach_contact

        try:
            save_coach_contact(self.vault, *options.contact)
        except OpstartError as exc:
            show_error(error_text(exc))
            return False
        return True

    def _wire(
        self,
        dialog: PrintOptionsDialog,
        build: Callable[[PrintOptions], bytes],
        document: str,
        record_id: str,
        title: str,
        file_id: str = "",
    ) -> None:
        def preview(options: PrintOptions) -> None:
            if not self._save_contact(options, dialog.show_error):
                return
            dialog.set_busy(True)
            self._run(
                lambda: build(options),
                lambda pdf: self._show_preview(dialog, pdf, document, record_id, title, file_id),
                lambda exc: dialog.show_error(error_text(exc)),
            )

        dialog.on_preview = preview
        dialog.rejected.connect(self._end)
        dialog.open()

    def _show_preview(
        self,
        dialog: PrintOptionsDialog,
        pdf: bytes,
        document: str,
        record_id: str,
        title: str,
        file_id: str,
    ) -> None:
        from desktop_app.services import printing
        from desktop_app.ui.print_preview_dialog import PrintPreviewDialog

        if not dialog.isVisible():
            return  # the coach cancelled while the document was made
        dialog.set_busy(False)
        dialog.accept()
        name = printing.suggested_file_name(document, file_id or record_id)
        preview = PrintPreviewDialog(pdf, title, name, self.window)
        preview.printed.connect(lambda _pages: self._record(document, [record_id], "printer"))
        preview.saved.connect(lambda _path: self._record(document, [record_id], "file"))
        preview.finished.connect(lambda _result: self._end())
        self.preview = preview
        preview.open()

    def _open_batch(self, dialog: CohortPrintDialog, items: list[Any]) -> None:
        from desktop_app.ui.batch_print_dialog import BatchPrintDialog

        if not dialog.isVisible():
            return
        dialog.set_busy(False)
        dialog.accept()
        ids = [file_id for file_id, _ in items]
        batch = BatchPrintDialog(items, self.runner, self.window)
        batch.saved.connect(lambda _paths: self._record("handout", ids, "file"))
        batch.finished.connect(lambda _result: self._end())
        self.batch_dialog = batch
        batch.open()

    def _record(self, document: str, ids: list[str], destination: str) -> None:
        from desktop_app.services.printing import record_output

        try:
            record_output(self.vault, document, ids, destination)
        except Exception as exc:  # noqa: BLE001 - the paper is out; say so, never crash
            _log.warning("audit entry for a print failed: %s", type(exc).__name__)


def print_handout(
    parent: QWidget | None,
    vault: Vault,
    participant_id: str,
    runner: BackgroundRunner | None = None,
) -> PrintActions:
    """Options (language, ladder, fields to tick in), then the handout's preview."""
    actions = PrintActions(vault, parent, runner)
    actions.print_handout(participant_id)
    return actions


def print_plan(
    parent: QWidget | None,
    vault: Vault,
    participant_id: str,
    runner: BackgroundRunner | None = None,
) -> PrintActions:
    """Options (language), then the business plan's preview."""
    actions = PrintActions(vault, parent, runner)
    actions.print_plan(participant_id)
    return actions


def print_meeting_summary(
    parent: QWidget | None, vault: Vault, meeting_id: str, runner: BackgroundRunner | None = None
) -> PrintActions:
    """Options (language), then the meeting summary's preview."""
    actions = PrintActions(vault, parent, runner)
    actions.print_meeting_summary(meeting_id)
    return actions


def print_cohort(
    parent: QWidget | None, vault: Vault, runner: BackgroundRunner | None = None
) -> PrintActions:
    """Choose a cohort and language, then the batch dialog (one PDF or a folder)."""
    actions = PrintActions(vault, parent, runner)
    actions.print_cohort()
    return actions
