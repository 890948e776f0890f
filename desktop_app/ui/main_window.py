"""The main window: participant list, editor, menus and status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.ui.empty_state import EmptyState
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.participant_editor import ParticipantEditor
from desktop_app.ui.participant_table_model import ID_ROLE, ParticipantTableModel

if TYPE_CHECKING:
    from desktop_app.services.participants import ParticipantRow, ParticipantService


class MainWindow(QMainWindow):
    """Lists participants on the left and edits the selected one on the right."""

    lock_requested = Signal()
    preferences_requested = Signal()

    def __init__(self, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: ParticipantService | None = None
        self.setWindowTitle(self.tr("Opstart – demo vault") if demo else "Opstart")
        self.model = ParticipantTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortLocaleAware(True)
        self._build_actions()
        self._build_central()
        self._build_status_bar(demo)
        self.resize(1100, 700)

    # -- construction -------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&New participant"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.on_new_participant)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.on_lock)
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.find_action = QAction(self.tr("&Find participant"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: self.search.setFocus())
        self.about_action = QAction(self.tr("&About Opstart"), self)
        self.about_action.triggered.connect(self.on_about)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.lock_action)

    def _build_central(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a participant by name"))
        self.search.setAccessibleName(self.tr("Find a participant"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty_list = EmptyState(
            self.tr("No participants yet"),
            self.tr(
                "Add the first person you coach. Click “New participant” or press Ctrl+N. "
                "Everything you type is saved at once and stays encrypted on this computer."
            ),
            self.tr("New participant"),
            self,
        )
        self.empty_list.button.clicked.connect(self.on_new_participant)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.empty_list)
        self.list_stack.addWidget(self.table)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list_stack, 1)
        self.editor = ParticipantEditor(self._save_field, self)
        self.editor.saved.connect(self._on_saved)
        self.editor.save_failed.connect(
            lambda _f: self.save_label.setText(self.tr("Not saved – see the message"))
        )
        self.no_selection = QLabel(
            self.tr("Choose a participant in the list to see and edit."), self
        )
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.no_selection)
        self.detail_stack.addWidget(self.editor)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)

    def _build_status_bar(self, demo: bool) -> None:
        self.save_label = QLabel(self.tr("All changes saved"), self)
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.save_label, 1)
        if demo:
            demo_label = QLabel(self.tr("Demo vault with fictional people – deleted when you quit"))
            demo_label.setStyleSheet("color: #6b4500; font-weight: bold;")
            self.statusBar().addPermanentWidget(demo_label)
        self.statusBar().addPermanentWidget(self.count_label)

    # -- vault lifecycle ----------------------------------------------------------
    def set_service(self, service: ParticipantService | None) -> None:
        """Show the vault behind `service`, or nothing (locked) when None."""
        self._service = service
        self.detail_stack.setCurrentWidget(self.no_selection)
        self.model.set_rows(service.list_all() if service else [])
        self._update_counts()

    def flush_edits(self) -> None:
        """Save anything typed but not yet saved."""
        self.editor.flush()

    def _save_field(self, participant_id: str, field: str, value: str) -> ParticipantRow:
        if self._service is None:
            raise RuntimeError("vault is locked")
        self.save_label.setText(self.tr("Saving…"))
        return self._service.update_field(participant_id, field, value)

    # -- slots ----------------------------------------------------------------------
    def on_new_participant(self) -> None:
        """Create a participant and put the cursor in its first-name field."""
        if self._service is None:
            return
        self.flush_edits()
        try:
            row = self._service.create(self.tr("New participant"))
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self.save_label.setText(describe_error(exc))
            return
        self.search.clear()
        self.model.upsert(row)
        self._update_counts()
        self.select_participant(row.id)
        self.editor.first_name.selectAll()
        self.editor.first_name.setFocus()

    def select_participant(self, participant_id: str) -> None:
        """Select a participant in the list (and so open it in the editor)."""
        source_row = self.model.row_of(participant_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def on_lock(self) -> None:
        """Save pending edits, then ask the application to lock."""
        self.flush_edits()
        self.lock_requested.emit()

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

    def _on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._service is None:
            return
        participant_id = indexes[0].data(ID_ROLE)
        try:
            row = self._service.get(participant_id)
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self.save_label.setText(describe_error(exc))
            return
        self.editor.load(row)
        self.detail_stack.setCurrentWidget(self.editor)

    def _on_saved(self, row: ParticipantRow) -> None:
        self.model.upsert(row)
        self.save_label.setText(self.tr("All changes saved"))

    def _update_counts(self) -> None:
        count = self.model.rowCount()
        self.list_stack.setCurrentWidget(self.table if count else self.empty_list)
        if count == 1:
            self.count_label.setText(self.tr("1 participant"))
        else:
            self.count_label.setText(self.tr("{count} participants").format(count=count))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.flush_edits()
        super().closeEvent(event)
