"""Step 16: the traffic-light summary, the coach's to-do list and the case-worker checklist."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.finance.answers import step_of
from desktop_app.services.plans import PlanResult
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.wizard.checklist_model import ChecklistModel
from desktop_app.ui.wizard.combo_delegate import ComboDelegate
from desktop_app.ui.wizard.figure_sentences import (
    break_even_sentence,
    liquidity_sentence,
    living_label,
    living_sentence,
)
from desktop_app.ui.wizard.money_format import format_money, tr
from desktop_app.ui.wizard.traffic_light import TrafficLight

OK_WORD = QT_TRANSLATE_NOOP("PlanWizard", "OK")
WORK_WORD = QT_TRANSLATE_NOOP("PlanWizard", "Needs work")
BAD_WORD = QT_TRANSLATE_NOOP("PlanWizard", "Not OK")


class SummaryView(QWidget):
    """Green / amber / red lines for the key results, then the checklist."""

    score_changed = Signal(int, object)
    finish_requested = Signal()
    step_requested = Signal(int)

    def __init__(self, step_titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_titles = step_titles
        self.idea = TrafficLight(self)
        self.money = TrafficLight(self)
        self.profit = TrafficLight(self)
        self.break_even = TrafficLight(self)
        self.bank = TrafficLight(self)
        self.living = TrafficLight(self)
        self.todo_label = QLabel(self)
        self.todo = QListWidget(self)
        self.todo.setAccessibleName(self.tr("To-do list for the coach"))
        self.todo.itemActivated.connect(lambda item: self.step_requested.emit(int(item.data(256))))
        self.checklist = ChecklistModel(self)
        self.checklist.score_changed.connect(self.score_changed)
        self.table = QTableView(self)
        self.table.setModel(self.checklist)
        self.table.setAccessibleName(self.tr("Case-worker checklist"))
        self.table.setItemDelegateForColumn(2, ComboDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(True)
        self.finish = QPushButton(self.tr("Mark the plan as finished"), self)
        self.finish.clicked.connect(self.finish_requested)
        self.finish_message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._heading(self.tr("Summary")))
        for light in (self.idea, self.money, self.profit, self.break_even, self.bank, self.living):
            layout.addWidget(light)
        layout.addWidget(self._heading(self.tr("For the coach")))
        layout.addWidget(self.todo_label)
        layout.addWidget(self.todo)
        layout.addWidget(self._heading(self.tr("Case-worker checklist")))
        layout.addWidget(self.table)
        layout.addWidget(self.finish_message)
        layout.addWidget(self.finish)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 2)
        return label

    def update_figures(
        self,
        result: PlanResult,
        answers: dict[str, Any],
        country: str,
        unknown: frozenset[str],
        status: str,
    ) -> None:
        """Refresh every line from the newest figures."""
        f = result.figures
        ok, work, bad = tr(OK_WORD), tr(WORK_WORD), tr(BAD_WORD)
        what, whom = answers.get("idea.what") or "…", answers.get("idea.to_whom") or "…"
        why = answers.get("idea.why_me") or "…"
        idea = (
            self.tr("I sell {what} to {whom} because {why}.")
            .replace("{what}", str(what))
            .replace("{whom}", str(whom))
            .replace("{why}", str(why))
        )
        self.idea.set_state(
            "green" if answers.get("idea.what") else "amber",
            ok if answers.get("idea.what") else work,
            idea,
        )
        money_text = (
            self.tr("Needed: {need} – found: {found} – missing: {gap}")
            .replace("{need}", format_money(f.startup.total_need, country))
            .replace("{found}", format_money(f.financing.total, country))
            .replace("{gap}", format_money(max(f.financing.gap, Decimal(0)), country))
        )
        self.money.set_state(
            "green" if f.financing.gap == 0 else "red",
            ok if f.financing.gap == 0 else bad,
            money_text,
        )
        year = f.operating.years[0]
        self.profit.set_state(
            "green" if year.result > 0 else "red",
            ok if year.result > 0 else bad,
            self.tr("Profit before tax in year 1: {amount}").replace(
                "{amount}", format_money(year.result, country)
            ),
        )
        be_revenue = f.break_even.costs_only.revenue
        covered = be_revenue is not None and year.revenue >= be_revenue
        self.break_even.set_state(
            "green" if covered else "red",
            ok if covered else bad,
            break_even_sentence(f, answers, country),
        )
        safe = f.liquidity.extra_financing_need == 0
        self.bank.set_state(
            "green" if safe else "red", ok if safe else bad, liquidity_sentence(f, country)
        )
        colour = {"self_supporting": "green", "partly": "amber", "not_yet": "red"}[
            f.living_test.years[0].result.value
        ]
        self.living.set_state(colour, living_label(f), living_sentence(f, country))
        self._todo(unknown)
        scores = {}
        for key, value in answers.items():
            if key.startswith("checklist.") and isinstance(value, dict):
                scores[int(key.split(".")[1])] = {k: str(v) for k, v in value.items()}
        self.checklist.set_items(list(f.checklist), scores)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 8
            + 18 * self.table.verticalHeader().defaultSectionSize()
        )
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self.table.setColumnWidth(3, 150)
        self._finish_state(result, status)

    def _todo(self, unknown: frozenset[str]) -> None:
        self.todo.clear()
        steps = sorted({step_of(key) for key in unknown})
        for step in steps:
            self.todo.addItem(
                self.tr("Step {number}: {title}")
                .replace("{number}", str(step + 1))
                .replace("{title}", self.step_titles[step])
            )
            self.todo.item(self.todo.count() - 1).setData(256, step)
        self.todo_label.setText(
            self.tr("Nothing is waiting for the coach.")
            if not steps
            else self.tr('These steps say "I don\'t know yet":')
        )
        self.todo.setVisible(bool(steps))
        self.todo.setFixedHeight(max(1, len(steps)) * 30 + 6)

    def _finish_state(self, result: PlanResult, status: str) -> None:
        errors = [f for f in result.findings if f.severity.value == "error"]
        if status == "finished":
            self.finish.setEnabled(False)
            self.finish_message.show_message(self.tr("This plan is marked as finished."), "info")
        elif errors:
            self.finish.setEnabled(False)
            self.finish_message.show_message(
                self.tr(
                    "The plan can be finished when every red message is solved "
                    "(see the steps marked with !)."
                ),
                "warning",
            )
        else:
            self.finish.setEnabled(True)
            self.finish_message.clear_message()
