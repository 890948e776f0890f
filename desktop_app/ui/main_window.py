"""The main window: participant list, full profile, meeting mode, menus and status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_app import __version__
from desktop_app.ui import gui_thread_gc
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.main_window_tasks import MainWindowTasks
from desktop_app.ui.participant_editor import ParticipantEditor
from desktop_app.ui.participant_list_panel import ParticipantListPanel
from desktop_app.ui.participant_table_model import ParticipantTableModel

if TYPE_CHECKING:
    from desktop_app.services.participants import ParticipantRow, ParticipantService

MEETING_MODE_STYLE = (
    "QToolButton#meeting_mode_button { padding: 4px 12px; border-radius: 4px; "
    "border: 1px solid #c2410c; color: #9a3412; font-weight: bold; }"
    "QToolButton#meeting_mode_button:checked { background: #c2410c; color: white; }"
)
MEETING_MODE_BANNER = (
    "QLabel { background: #c2410c; color: white; font-weight: bold; padding: 2px 10px; "
    "border-radius: 3px; }"
)


class MainWindow(QMainWindow):
    """Lists participants on the left and shows the selected one's profile on the right."""

    lock_requested = Signal()
    preferences_requested = Signal()
    participant_opened = Signal(str)  # empty when no participant is shown

    def __init__(self, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        gui_thread_gc.install()  # before any background work can start a collection
        self._service: ParticipantService | None = None
        self.setWindowTitle(self.tr("Opstart – demo vault") if demo else "Opstart")
        self.undo_stack = QUndoStack(self)
        self.model = ParticipantTableModel(self)
        self.tasks = MainWindowTasks(self)
        self._build_actions()
        self._build_central()
        self._build_status_bar(demo)
        self.resize(1280, 800)

    # -- construction -------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _build_actions(self) -> None:
        t = self.tasks
        self.new_action = self._action(
            self.tr("&New participant"), self.on_new_participant, QKeySequence.StandardKey.New
        )
        self.import_action = self._action(self.tr("&Import participants…"), t.on_import)
        self.export_action = self._action(self.tr("&Export participant (GDPR)…"), t.on_export)
        self.erase_action = self._action(self.tr("E&rase participant…"), t.on_erase)
        self.lock_action = self._action(self.tr("&Lock"), self.on_lock, QKeySequence("Ctrl+L"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = self._action(
            self.tr("&Find participant"),
            self._focus_search,
            QKeySequence.StandardKey.Find,
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            self.preferences_requested,
            QKeySequence.StandardKey.Preferences,
        )
        self.meeting_mode_action = self._action(
            self.tr("&Meeting mode"), self.set_meeting_mode, QKeySequence("Ctrl+M")
        )
        self.meeting_mode_action.setCheckable(True)
        self.meeting_mode_action.setToolTip(
            self.tr(
                "Hide coach-only and sensitive information before you turn the screen to the "
                "participant (Ctrl+M)"
            )
        )
        self.open_actions_action = self._action(self.tr("&Open actions"), t.on_open_actions)
        self.audit_action = self._action(self.tr("&Audit log"), t.on_audit_log)
        self.code_lists_action = self._action(self.tr("&Code lists…"), t.on_code_lists)
        self.about_action = self._action(self.tr("&About Opstart"), self.on_about)
        menus = (
            (
                self.tr("&File"),
                (
                    self.new_action,
                    self.import_action,
                    None,
                    self.export_action,
                    self.erase_action,
                    None,
                    self.lock_action,
                    self.quit_action,
                ),
            ),
            (
                self.tr("&Edit"),
                (
                    self.undo_action,
                    self.redo_action,
                    None,
                    self.find_action,
                    None,
                    self.code_lists_action,
                    self.preferences_action,
                ),
            ),
            (
                self.tr("&View"),
                (self.meeting_mode_action, None, self.open_actions_action, self.audit_action),
            ),
            (self.tr("&Help"), (self.about_action,)),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:
                menu.addSeparator() if action is None else menu.addAction(action)
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        for action in (
            self.new_action,
            self.import_action,
            self.open_actions_action,
            self.audit_action,
        ):
            toolbar.addAction(action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addAction(self.meeting_mode_action)
        self.meeting_mode_button = toolbar.widgetForAction(self.meeting_mode_action)
        self.meeting_mode_button.setObjectName("meeting_mode_button")
        self.meeting_mode_button.setStyleSheet(MEETING_MODE_STYLE)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        self.list_panel = ParticipantListPanel(self.model, self)
        self.search = self.list_panel.search
        self.table = self.list_panel.table
        self.list_stack = self.list_panel.list_stack
        self.empty_list = self.list_panel.empty_list
        self.list_panel.new_requested.connect(self.on_new_participant)
        self.list_panel.participant_selected.connect(self._on_participant_selected)
        self.editor = ParticipantEditor(self.undo_stack, self)
        self.editor.saved.connect(self._on_saved)
        self.editor.save_failed.connect(self._on_save_failed)
        self.editor.lists_changed.connect(self._refresh_row)
        self.editor.header.export_button.clicked.connect(self.tasks.on_export)
        self.editor.header.erase_button.clicked.connect(self.tasks.on_erase)
        self.no_selection = QLabel(
            self.tr("Choose a participant in the list to see and edit."), self
        )
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.no_selection)
        self.detail_stack.addWidget(self.editor)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([540, 740])
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self, demo: bool) -> None:
        self.save_label = QLabel(self.tr("All changes saved"), self)
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.meeting_mode_label = QLabel(
            self.tr("Meeting mode: coach-only information is hidden"), self
        )
        self.meeting_mode_label.setStyleSheet(MEETING_MODE_BANNER)
        self.meeting_mode_label.setVisible(False)
        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.save_label, 1)
        self.statusBar().addPermanentWidget(self.meeting_mode_label)
        if demo:
            demo_label = QLabel(self.tr("Demo vault with fictional people – deleted when you quit"))
            demo_label.setStyleSheet("color: #6b4500; font-weight: bold;")
            self.statusBar().addPermanentWidget(demo_label)
        self.statusBar().addPermanentWidget(self.count_label)

    # -- vault lifecycle ----------------------------------------------------------------------
    @property
    def service(self) -> ParticipantService | None:
        """The participant service of the open vault (None while locked)."""
        return self._service

    def set_service(self, service: ParticipantService | None) -> None:
        """Show the vault behind `service`, or nothing (locked) when None."""
        self.flush_edits()
        if service is None:
            self.set_meeting_mode(False)  # after unlocking the coach sees everything again
        self._service = service
        self.tasks.set_vault(service.vault if service else None)
        self.editor.set_services(self.tasks.profiles, self.tasks.meetings, self.tasks.code_lists)
        self.list_panel.current_id = None
        self.detail_stack.setCurrentWidget(self.no_selection)
        self.model.set_rows(service.list_all() if service else [])
        self.list_panel.apply_filter()
        self._update_counts()
        self.participant_opened.emit("")

    def flush_edits(self) -> None:
        """Save anything typed but not yet saved."""
        self.editor.flush()

    def add_participant_action(self, action: QAction) -> None:
        """Add a button for a feature on the participant shown (e.g. "Business plan").

        The feature reads `current_participant_id()` when triggered and may follow
        `participant_opened` to enable itself.
        """
        self.editor.header.add_action(action)

    def current_participant_id(self) -> str | None:
        """The participant shown on the right, if any."""
        shown = self.detail_stack.currentWidget() is self.editor
        return self.editor.participant_id if shown else None

    # -- slots --------------------------------------------------------------------------------
    def on_new_participant(self) -> None:
        """Create a participant and put the cursor in its first-name field."""
        if self._service is None or self.editor.meeting_mode:
            return
        self.flush_edits()
        try:
            row = self._service.create(self.tr("New participant"))
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self.save_label.setText(describe_error(exc))
            return
        self.search.clear()
        self.model.upsert(row)
        self.list_panel.refresh()
        self._update_counts()
        self.select_participant(row.id)
        self.editor.show_section("person")
        self.editor.first_name.selectAll()
        self.editor.first_name.setFocus()

    def select_participant(self, participant_id: str) -> None:
        """Select a participant in the list (and so open their profile)."""
        if not self.list_panel.select(participant_id):
            self.search.clear()
            self.list_panel.select(participant_id)

    def on_lock(self) -> None:
        """Save pending edits, leave meeting mode, then ask the application to lock."""
        self.flush_edits()
        self.set_meeting_mode(False)
        self.lock_requested.emit()

    def set_meeting_mode(self, on: bool) -> None:
        """Hide (or show again) the list and every coach-only field (Ctrl+M)."""
        # Without a participant on screen there is nothing to show them.
        on = bool(on) and self.current_participant_id() is not None
        self.flush_edits()
        self.meeting_mode_action.setChecked(on)
        self.editor.set_meeting_mode(on)
        self.list_panel.setVisible(not on)
        self.meeting_mode_label.setVisible(on)
        for action in (
            self.new_action,
            self.import_action,
            self.export_action,
            self.erase_action,
            self.open_actions_action,
            self.audit_action,
            self.find_action,
            self.code_lists_action,
        ):
            action.setEnabled(not on)
        self.tasks.close_dialogs()

    def on_about(self) -> None:
        """Version and a short description."""
        QMessageBox.about(
            self,
            self.tr("About Opstart"),
            self.tr(
                "Opstart {version}\n\nParticipant profiles, business plans and handouts for "
                "coaches of micro-enterprise programmes. "
                "Your data stays encrypted on this computer."
            ).format(version=__version__),
        )

    def _on_participant_selected(self, participant_id: str) -> None:
        if self._service is None or participant_id == self.current_participant_id():
            return
        try:
            self.editor.open_participant(participant_id)
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self.save_label.setText(describe_error(exc))
            return
        self.list_panel.current_id = participant_id
        self.detail_stack.setCurrentWidget(self.editor)
        self.participant_opened.emit(participant_id)

    def _focus_search(self) -> None:
        self.search.setFocus()

    def _on_save_failed(self, _text: str) -> None:
        self.save_label.setText(self.tr("Not saved – see the message"))

    def _on_saved(self, row: ParticipantRow) -> None:
        self.model.upsert(row)
        self.save_label.setText(self.tr("All changes saved"))

    def _refresh_row(self, participant_id: str) -> None:
        if self._service is not None:
            self.model.upsert(self._service.get(participant_id))

    def participant_removed(self, participant_id: str) -> None:
        """Forget a participant that was erased."""
        self.model.remove(participant_id)
        self.list_panel.current_id = None
        self.list_panel.refresh()
        self.detail_stack.setCurrentWidget(self.no_selection)
        self.editor.set_services(self.tasks.profiles, self.tasks.meetings)
        self._update_counts()
        self.participant_opened.emit("")

    def participants_added(self) -> None:
        """Reload the list after an import."""
        if self._service is not None:
            self.model.set_rows(self._service.list_all())
            self.list_panel.apply_filter()
        self.list_panel.refresh()
        self._update_counts()

    def _update_counts(self) -> None:
        self.list_panel.refresh()
        count = self.model.total()
        if count == 1:
            self.count_label.setText(self.tr("1 participant"))
        else:
            self.count_label.setText(self.tr("{count} participants").format(count=count))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.flush_edits()
        super().closeEvent(event)
