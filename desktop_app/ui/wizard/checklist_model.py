"""The 18-item case-worker checklist (§3): automatic status and the coach's own score."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop_app.core.finance.checklist import ChecklistItem
from desktop_app.ui.wizard.money_format import tr
from desktop_app.ui.wizard.row_table_model import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
ITEMS = {
    1: QT_TRANSLATE_NOOP("PlanWizard", "The person: motivation, skills, hours, realism"),
    2: QT_TRANSLATE_NOOP("PlanWizard", "Health and personal barriers manageable"),
    3: QT_TRANSLATE_NOOP("PlanWizard", "Debt situation known, no problem debt"),
    4: QT_TRANSLATE_NOOP("PlanWizard", "Income support during start-up arranged"),
    5: QT_TRANSLATE_NOOP("PlanWizard", "Idea clear: what, for whom, why me"),
    6: QT_TRANSLATE_NOOP("PlanWizard", "Evidence of demand"),
    7: QT_TRANSLATE_NOOP("PlanWizard", "Competition and price compared"),
    8: QT_TRANSLATE_NOOP("PlanWizard", "Marketing plan with first customers"),
    9: QT_TRANSLATE_NOOP("PlanWizard", "Permits, insurance, registration, VAT"),
    10: QT_TRANSLATE_NOOP("PlanWizard", "Start-up budget complete"),
    11: QT_TRANSLATE_NOOP("PlanWizard", "Financing gap is 0, own share shown"),
    12: QT_TRANSLATE_NOOP("PlanWizard", "Sales assumptions realistic"),
    13: QT_TRANSLATE_NOOP("PlanWizard", "Bank balance never below 0"),
    14: QT_TRANSLATE_NOOP("PlanWizard", "Loan repayable from the profit"),
    15: QT_TRANSLATE_NOOP("PlanWizard", "Living test"),
    16: QT_TRANSLATE_NOOP("PlanWizard", "Risks and plan B"),
    17: QT_TRANSLATE_NOOP("PlanWizard", "Documents attached"),
    18: QT_TRANSLATE_NOOP("PlanWizard", "Decision"),
}
STATUS = {
    "ok": (QT_TRANSLATE_NOOP("PlanWizard", "OK"), "#2e7d32"),
    "needs_work": (QT_TRANSLATE_NOOP("PlanWizard", "Needs work"), "#ef8f00"),
    "missing": (QT_TRANSLATE_NOOP("PlanWizard", "Missing"), "#c62828"),
    "manual": (QT_TRANSLATE_NOOP("PlanWizard", "Coach decides"), "#5f6670"),
    "not_applicable": (QT_TRANSLATE_NOOP("PlanWizard", "Not needed"), "#5f6670"),
}
SCORES = ["ok", "needs_work", "missing"]
DECISIONS = [
    ("approve", QT_TRANSLATE_NOOP("PlanWizard", "Approve")),
    ("approve_with_conditions", QT_TRANSLATE_NOOP("PlanWizard", "Approve with conditions")),
    ("not_now", QT_TRANSLATE_NOOP("PlanWizard", "Not now")),
]
SCORE_COLUMN, COMMENT_COLUMN = 2, 3


class ChecklistModel(QAbstractTableModel):
    """Item, automatic check, coach's score (editable), comment (editable)."""

    score_changed = Signal(int, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ChecklistItem] = []
        self.scores: dict[int, dict[str, str]] = {}

    def set_items(self, items: list[ChecklistItem], scores: dict[int, dict[str, str]]) -> None:
        """The engine's items and the coach's stored scores."""
        self.beginResetModel()
        self.items, self.scores = items, scores
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """18 items."""
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Item, check, score, comment."""
        return 0 if parent.isValid() else 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column names; rows are numbered like §3."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.items[section].number) if 0 <= section < len(self.items) else None
        names = [
            QT_TRANSLATE_NOOP("PlanWizard", "What is checked"),
            QT_TRANSLATE_NOOP("PlanWizard", "From the plan"),
            QT_TRANSLATE_NOOP("PlanWizard", "Coach's score"),
            QT_TRANSLATE_NOOP("PlanWizard", "Comment"),
        ]
        return tr(names[section]) if 0 <= section < 4 else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Score and comment are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (SCORE_COLUMN, COMMENT_COLUMN):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _options(self, number: int) -> list[tuple[object, str]]:
        if number == 18:
            return [(code, tr(label)) for code, label in DECISIONS]
        return [(code, tr(STATUS[code][0])) for code in SCORES]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the status colour, and the score choices."""
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        score = self.scores.get(item.number, {})
        column = index.column()
        if role == CHOICES_ROLE and column == SCORE_COLUMN:
            return self._options(item.number)
        if role == Qt.ItemDataRole.EditRole and column == SCORE_COLUMN:
            return score.get("score")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return tr(ITEMS[item.number])
            if column == 1:
                return "● " + tr(STATUS[item.status.value][0])
            if column == SCORE_COLUMN:
                chosen = score.get("score")
                return next(
                    (label for code, label in self._options(item.number) if code == chosen), ""
                )
            return score.get("comment", "")
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor(STATUS[item.status.value][1])
        return None

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Store the coach's score or comment and tell the wizard to save it."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() not in (SCORE_COLUMN, COMMENT_COLUMN):
            return False
        number = self.items[index.row()].number
        score = dict(self.scores.get(number, {}))
        score["score" if index.column() == SCORE_COLUMN else "comment"] = str(value or "")
        self.scores[number] = score
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.score_changed.emit(number, score)
        return True
