"""What the main window's menus do beyond editing: import, GDPR export and erase, overviews."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.profile.audit_log_dialog import AuditLogDialog
from desktop_app.ui.profile.code_lists_dialog import CodeListsDialog
from desktop_app.ui.profile.csv_import_dialog import CsvImportDialog
from desktop_app.ui.profile.erase_dialog import EraseDialog
from desktop_app.ui.profile.open_actions_dialog import OpenActionsDialog

if TYPE_CHECKING:
    from desktop_app.services.code_lists import CodeListService
    from desktop_app.services.meetings import MeetingService
    from desktop_app.services.profiles import ProfileService
    from desktop_app.storage.vault import Vault
    from desktop_app.ui.main_window import MainWindow


class MainWindowTasks(QObject):
    """Holds the open vault's services and runs the window's dialogs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.vault: Vault | None = None
        self.profiles: ProfileService | None = None
        self.meetings: MeetingService | None = None
        self.code_lists: CodeListService | None = None
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self._pending_erase: tuple[Any, str] | None = None

    @property
    def _window(self) -> MainWindow:
        # Through Qt's parent, not a Python attribute: a Python cycle window <-> tasks
        # would leave the window to the cyclic garbage collector, which may run on a
        # worker thread and destroy widgets there.
        return self.parent()  # type: ignore[return-value]

    def set_vault(self, vault: Vault | None) -> None:
        """Make the services of an unlocked vault, or drop them when it locks."""
        self.close_dialogs()
        self.vault = vault
        if vault is None:
            self.profiles = self.meetings = self.code_lists = None
            return
        from desktop_app.services.code_lists import CodeListService
        from desktop_app.services.meetings import MeetingService
        from desktop_app.services.profiles import ProfileService

        self.profiles = ProfileService(vault)
        self.meetings = MeetingService(vault)
        self.code_lists = CodeListService(vault)

    def close_dialogs(self) -> None:
        """Close an open overview (meeting mode, lock)."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _show(self, dialog: QDialog, modal: bool = True) -> QDialog:
        self.close_dialogs()
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        if modal:
            dialog.open()
        else:
            dialog.show()  # an overview the coach keeps beside the window
        return dialog

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is self.sender():
            self.dialog = None

    def _status(self, text: str) -> None:
        self._window.save_label.setText(text)

    # -- import --------------------------------------------------------------------------
    def on_import(self) -> None:
        """Open the CSV import dialog."""
        if self.vault is None:
            return
        from desktop_app.services.csv_import import CsvImportService

        dialog = CsvImportDialog(CsvImportService(self.vault), self._window)
        dialog.accepted.connect(self._on_imported)
        self._show(dialog)

    def _on_imported(self) -> None:
        dialog = self.sender()
        count = dialog.imported if isinstance(dialog, CsvImportDialog) else 0
        self._window.participants_added()
        self._status(self.tr("Participants imported: {count}.").format(count=count))

    # -- GDPR ----------------------------------------------------------------------------
    def on_export(self) -> None:
        """Save everything about the participant shown (JSON + a readable .txt)."""
        pid = self._window.current_participant_id()
        if self.vault is None or pid is None:
            return
        self._window.flush_edits()
        # A neutral file name: names never go into file names.
        suggested = f"participant-export-{date.today().isoformat()}.json"
        path, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Export participant"), suggested, self.tr("JSON files (*.json)")
        )
        if not path:
            return
        from desktop_app.services.gdpr_export import GdprExportService

        try:
            json_path, text_path = GdprExportService(self.vault).write(pid, Path(path))
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self._window.editor.message.show_message(describe_error(exc))
            return
        text = self.tr(
            "Exported to {json} and {text}. Keep these files safe: they hold personal data."
        )
        self._window.editor.message.show_message(
            text.format(json=json_path.name, text=text_path.name), "info"
        )
        self._status(self.tr("Export saved."))

    def on_erase(self) -> None:
        """Ask for the full name, then erase the participant shown."""
        pid = self._window.current_participant_id()
        if self.vault is None or pid is None:
            return
        from desktop_app.services.gdpr import GdprService

        self._window.flush_edits()
        gdpr = GdprService(self.vault)
        dialog = EraseDialog(gdpr.display_name(pid), self._window)
        self._pending_erase = (gdpr, pid)
        dialog.accepted.connect(self._on_erase_confirmed)
        self._show(dialog)

    def _on_erase_confirmed(self) -> None:
        if self._pending_erase is None:
            return
        gdpr, pid = self._pending_erase
        self._pending_erase = None
        try:
            gdpr.erase(pid)
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self._status(describe_error(exc))
            return
        self._window.participant_removed(pid)
        self._status(self.tr("The participant was erased."))

    # -- overviews ------------------------------------------------------------------------
    def on_open_actions(self) -> None:
        """Show every open agreed action."""
        if self.meetings is None:
            return
        self._window.flush_edits()
        dialog = OpenActionsDialog(self.meetings, self._window)
        dialog.participant_chosen.connect(self._window.select_participant)
        self._show(dialog, modal=False)

    def on_audit_log(self) -> None:
        """Show the audit log (read-only)."""
        if self.vault is None:
            return
        from desktop_app.services.audit import AuditService

        self._show(AuditLogDialog(AuditService(self.vault), self._window), modal=False)

    def on_code_lists(self) -> None:
        """Let the coach edit benefit types, course modules and dropout reasons."""
        if self.code_lists is None:
            return
        dialog = CodeListsDialog(self.code_lists, self._window)
        dialog.finished.connect(self._on_code_lists_closed)
        self._show(dialog)

    def _on_code_lists_closed(self, _result: int) -> None:
        dialog = self.sender()
        if isinstance(dialog, CodeListsDialog) and dialog.changed and self.code_lists:
            self._window.editor.refresh_choices(self.code_lists)
