"""The left side of the main window: search, filters and the participant list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.empty_state import EmptyState
from desktop_app.ui.participant_filter_bar import ParticipantFilterBar
from desktop_app.ui.participant_table_model import ID_ROLE, ListFilter, ParticipantTableModel


class ParticipantListPanel(QWidget):
    """Search-as-you-type over names, ideas and notes; filters; a sortable table."""

    participant_selected = Signal(str)
    new_requested = Signal()

    def __init__(self, model: ParticipantTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current_id: str | None = None  # kept selected when the filter changes
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, business ideas and notes"))
        self.search.setAccessibleName(self.tr("Find a participant"))
        self.search.setClearButtonEnabled(True)
        self.filters = ParticipantFilterBar(self)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every row on each keystroke.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in ((1, "Aarhus efterår 2025"), (2, "Dropped out")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        for column in (3, 4):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, metrics.horizontalAdvance(title) + 28)
        # Room for the stretched name column, or names shrink to "…" on small windows.
        fixed = sum(header.sectionSize(column) for column in range(1, 5))
        self.setMinimumWidth(fixed + metrics.horizontalAdvance("Małgorzata van IJsselmuiden"))
        self.empty_list = EmptyState(
            self.tr("No participants yet"),
            self.tr(
                "Add the first person you coach. Click “New participant” or press Ctrl+N. "
                "Everything you type is saved at once and stays encrypted on this computer."
            ),
            self.tr("New participant"),
            self,
        )
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.empty_list)
        self.list_stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.list_stack, 1)
        self.search.textChanged.connect(self.apply_filter)
        self.filters.changed.connect(self.apply_filter)
        self.empty_list.button.clicked.connect(self.new_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def apply_filter(self) -> None:
        """Filter the list by the search text and the three filters."""
        self.model.set_filter(
            ListFilter(
                self.search.text(),
                self.filters.cohort_code(),
                self.filters.status_code(),
                self.filters.ladder_step(),
            )
        )
        if self.current_id is not None:
            self.select(self.current_id)

    def refresh(self) -> None:
        """After the rows changed: cohorts on offer, and the empty state."""
        self.filters.set_cohorts(self.model.cohorts())
        self.list_stack.setCurrentWidget(self.table if self.model.total() else self.empty_list)

    def select(self, participant_id: str) -> bool:
        """Select a participant if the list shows them."""
        row = self.model.row_of(participant_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.participant_selected.emit(indexes[0].data(ID_ROLE))
