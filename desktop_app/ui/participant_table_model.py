"""Table model of the participant list: sorts, filters and searches without a proxy.

A QSortFilterProxyModel would call back into Python once per row and keystroke; at
10,000 participants that is too slow. This model keeps a lowercase, accent-folded
search key per row, filters with one list comprehension and resets itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.code_lists import default_codes
from desktop_app.core.collation import name_key
from desktop_app.core.search_text import fold
from desktop_app.ui.profile.code_labels import code_label, ladder_label

if TYPE_CHECKING:
    from desktop_app.services.participants import ParticipantRow


Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_ORDER = {code: n for n, code in enumerate(default_codes("status"))}
_fold = lru_cache(maxsize=65_536)(name_key)  # names and cohorts repeat a lot
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        ID_ROLE,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class ListFilter:
    """What the coach narrowed the list to; empty values match everyone."""

    text: str = ""
    cohort: str = ""
    status: str = ""
    ladder_step: int | None = None


def search_key(row: ParticipantRow) -> str:
    """Name, preferred name, business idea and notes, folded for matching."""
    return fold(
        f"{row.first_name} {row.last_name} {row.preferred_name} {row.business_idea} {row.note}"
    )


def _sort_key(column: int, row: ParticipantRow) -> Any:
    if column == 1:
        return (row.cohort == "", _fold(row.cohort))
    if column == 2:
        return _STATUS_ORDER.get(row.status, 99)
    if column == 3:
        return (row.ladder_step is None, row.ladder_step or 0)
    if column == 4:
        return row.open_actions
    return (_fold(row.last_name), _fold(row.first_name))


class ParticipantTableModel(QAbstractTableModel):
    """Visible rows of ParticipantRow: name, cohort, status, ladder step, open actions."""

    COLUMNS = ("name", "cohort", "status", "ladder_step", "open_actions")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._positions: dict[str, int] = {}
        self._keys: list[str] = []
        self._order: list[int] = []  # every row, in the current sort order
        self._visible: list[int] = []  # the rows that pass the filter, in sort order
        self._filter = ListFilter()
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._shown: dict[int, tuple[str, ...]] = {}  # display texts by row position

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = {}
        self._positions = {r.id: n for n, r in enumerate(self._rows)}
        self._keys = [search_key(r) for r in self._rows]
        self._order = self._sorted(range(len(self._rows)))
        self._visible = self._matching(self._order)
        self.endResetModel()

    def upsert(self, row: ParticipantRow) -> int:
        """Update the row with the same id, or append it (shown even if filtered out)."""
        position = self._position(row.id)
        if position >= 0:
            self._rows[position] = row
            self._shown.pop(position, None)
            self._keys[position] = search_key(row)
            shown = self.row_of(row.id)
            if shown >= 0:
                self.dataChanged.emit(
                    self.index(shown, 0), self.index(shown, len(self.COLUMNS) - 1)
                )
            return shown
        self._rows.append(row)
        self._positions[row.id] = len(self._rows) - 1
        self._keys.append(search_key(row))
        self._order.append(len(self._rows) - 1)
        shown = len(self._visible)
        self.beginInsertRows(QModelIndex(), shown, shown)
        self._visible.append(len(self._rows) - 1)
        self.endInsertRows()
        return shown

    def remove(self, participant_id: str) -> None:
        """Drop a participant (after an erasure)."""
        rows = [r for r in self._rows if r.id != participant_id]
        if len(rows) != len(self._rows):
            self.set_rows(rows)

    def row_of(self, participant_id: str) -> int:
        """The visible row number of an id, or -1."""
        position = self._position(participant_id)
        try:
            return self._visible.index(position)
        except ValueError:
            return -1

    def row_at(self, row: int) -> ParticipantRow:
        """The participant in a visible row."""
        return self._rows[self._visible[row]]

    def total(self) -> int:
        """How many participants there are, shown or not."""
        return len(self._rows)

    def cohorts(self) -> list[str]:
        """Every cohort in use, sorted."""
        return sorted({r.cohort for r in self._rows if r.cohort}, key=name_key)

    def _position(self, participant_id: str) -> int:
        return self._positions.get(participant_id, -1)

    # -- filter and sort --------------------------------------------------------------------
    def set_filter(self, wanted: ListFilter) -> None:
        """Show only the rows that match; typing more narrows what is already shown."""
        previous, self._filter = self._filter, wanted
        narrowing = wanted.text.startswith(previous.text) and (
            wanted.cohort,
            wanted.status,
            wanted.ladder_step,
        ) == (previous.cohort, previous.status, previous.ladder_step)
        candidates = self._visible if narrowing else self._order
        self.beginResetModel()
        self._visible = self._matching(candidates)
        self.endResetModel()

    def _matching(self, candidates: Sequence[int]) -> list[int]:
        f, rows, keys = self._filter, self._rows, self._keys
        found = list(candidates)
        for token in fold(f.text).split():
            found = [i for i in found if token in keys[i]]
        if f.cohort:
            found = [i for i in found if rows[i].cohort == f.cohort]
        if f.status:
            found = [i for i in found if rows[i].status == f.status]
        if f.ladder_step is not None:
            found = [i for i in found if rows[i].ladder_step == f.ladder_step]
        return found

    def _sorted(self, positions: Sequence[int]) -> list[int]:
        column, order = self._sort
        ordered = sorted(positions, key=lambda i: _sort_key(column, self._rows[i]))
        return ordered[::-1] if order == Qt.SortOrder.DescendingOrder else ordered

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.data(i, ID_ROLE) for i in before]
        self._sort = (column, order)
        self._order = self._sorted(range(len(self._rows)))
        self._visible = self._matching(self._order)
        after = [
            self.index(self.row_of(pid), i.column()) if pid else QModelIndex()
            for pid, i in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        try:
            position = self._visible[index.row()]
        except IndexError:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            texts = self._shown.get(position)
            if texts is None:
                texts = self._shown[position] = self._texts(self._rows[position])
            if role == Qt.ItemDataRole.ToolTipRole and column == 3:
                return ladder_label(self._rows[position].ladder_step)
            return texts[column]
        if role == ID_ROLE:
            return self._rows[position].id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._rows[position].display_name
        return _CENTRE if column in (3, 4) else None

    @staticmethod
    def _texts(row: ParticipantRow) -> tuple[str, ...]:
        return (
            row.display_name,
            row.cohort,
            code_label("status", row.status),
            "" if row.ladder_step is None else str(row.ladder_step),
            str(row.open_actions) if row.open_actions else "",
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Name"),
                self.tr("Cohort"),
                self.tr("Status"),
                self.tr("Ladder"),
                self.tr("Actions"),
            )
            return titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and section >= 3:
            return (
                self.tr("Latest participation-ladder step"),
                self.tr("Agreed actions not done yet"),
            )[section - 3]
        return None
