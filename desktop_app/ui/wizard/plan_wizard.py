"""The business-plan wizard: step list, one step at a time, live figures, autosave."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.finance.answers import STEP_COUNT, missing_required, step_mark, step_of
from desktop_app.services.country_settings import CountrySettingsService
from desktop_app.services.plans import PlanResult, PlanService, evaluate
from desktop_app.storage.vault import Vault
from desktop_app.ui.wizard.answer_saver import AnswerSaver
from desktop_app.ui.wizard.figures_panel import FiguresPanel
from desktop_app.ui.wizard.money_format import format_money, month_name, tr
from desktop_app.ui.wizard.page_messages import page_messages
from desktop_app.ui.wizard.step_figures_view import StepFiguresView
from desktop_app.ui.wizard.step_list import DONE, OPEN, PROBLEM, UNKNOWN, StepList
from desktop_app.ui.wizard.step_page import StepPage
from desktop_app.ui.wizard.step_specs_money import ALL_STEPS
from desktop_app.ui.wizard.summary_view import SummaryView

REFRESH_DELAY_MS = 120


class PlanWizard(QWidget):
    """Free jumping between the 16 steps; every answer autosaves; figures follow live."""

    closed = Signal()

    def __init__(
        self,
        vault: Vault,
        participant_id: str,
        title: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today or date.today()
        self.plans = PlanService(vault)
        self.country_settings = CountrySettingsService(vault)
        language = QLocale().name()[:2]
        state = self.plans.open_for(
            participant_id,
            "NL" if language == "nl" else "DK",
            language if language in ("da", "nl") else "en",
        )
        self.plan_id = state.id
        self.participant_id = participant_id
        self.answers: dict[str, Any] = dict(state.answers)
        self.unknown: set[str] = set(state.unknown)
        self.status = state.status
        self.country = state.country
        self.settings_json = self.country_settings.stored_json(self.country)
        self.visited: set[int] = set()
        self.result: PlanResult | None = None
        self.setWindowTitle(title or self.tr("Business plan"))
        self.saver = AnswerSaver(lambda k, v: self.plans.save_answer(self.plan_id, k, v), self)
        self.saver.saved.connect(lambda: self.save_label.setText(self.tr("All changes saved")))
        self.saver.failed.connect(self._on_save_failed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build(title)
        self._build_pages()
        self.go_to(min(max(state.current_step, 0), STEP_COUNT - 1), remember=False)
        self.refresh()
        self.resize(1440, 900)

    # -- construction ---------------------------------------------------------------
    def _build(self, title: str) -> None:
        heading = QLabel(title or self.tr("Business plan"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.save_label = QLabel(self.tr("All changes saved"), self)
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.versions_button = QPushButton(self.tr("&Versions…"), self)
        self.versions_button.clicked.connect(self.on_versions)
        self.settings_button = QPushButton(self.tr("Country &settings…"), self)
        self.settings_button.clicked.connect(self.on_country_settings)
        self.print_button = QPushButton(self.tr("&Print plan…"), self)
        self.print_button.clicked.connect(self.on_print_plan)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.save_label)
        top.addWidget(self.versions_button)
        top.addWidget(self.settings_button)
        top.addWidget(self.print_button)
        self.step_list = StepList([tr(s.title) for s in ALL_STEPS], self)
        self.step_list.currentRowChanged.connect(self._on_step_clicked)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEP_COUNT)
        self.progress.setFormat(self.tr("%v of %m steps done"))
        self.progress.setAccessibleName(self.tr("Progress"))
        left = QVBoxLayout()
        left.addWidget(self.step_list, 1)
        left.addWidget(self.progress)
        self.stack = QStackedWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.stack)
        self.back_button = QPushButton(self.tr("← &Back"), self)
        self.next_button = QPushButton(self.tr("&Next →"), self)
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self.go_to(self.current_step() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_step() + 1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.next_button.click())
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.back_button.click())
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        centre = QVBoxLayout()
        centre.addWidget(self.scroll, 1)
        centre.addLayout(nav)
        self.panel = FiguresPanel(self)
        self.panel.setFixedWidth(380)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(centre, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def _build_pages(self) -> None:
        while self.stack.count():
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages: list[StepPage] = []
        self.views: dict[int, StepFiguresView] = {}
        for spec in ALL_STEPS:
            page = StepPage(spec, self.country, self.stack)
            page.load(self.answers, frozenset(self.unknown))
            page.answer_changed.connect(self.on_answer_changed)
            page.unknown_toggled.connect(self.on_unknown_toggled)
            if 8 <= spec.number <= 12:
                self.views[spec.number] = StepFiguresView(spec.number, page)
                page.add_extra(self.views[spec.number])
            self.pages.append(page)
            self.stack.addWidget(page)
        self.summary = SummaryView([tr(s.title) for s in ALL_STEPS], self.pages[-1])
        self.summary.score_changed.connect(
            lambda number, score: self.on_answer_changed(f"checklist.{number}", score)
        )
        self.summary.finish_requested.connect(self.on_finish)
        self.summary.step_requested.connect(self.go_to)
        self.pages[-1].add_extra(self.summary)

    # -- navigation -------------------------------------------------------------------
    def current_step(self) -> int:
        """The step on screen (0-based)."""
        return self.stack.currentIndex()

    def page(self, step: int) -> StepPage:
        """The page of a step."""
        return self.pages[step]

    def go_to(self, step: int, remember: bool = True) -> None:
        """Show a step; leaving one checks it (messages inline, never blocking)."""
        if not 0 <= step < STEP_COUNT:
            return
        previous = self.stack.currentIndex()
        if remember and previous != step:
            self.visited.add(previous)
            self.saver.flush()
            self.plans.set_current_step(self.plan_id, step)
        self.stack.setCurrentIndex(step)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(step)
        self.step_list.blockSignals(False)
        self.back_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < STEP_COUNT - 1)
        self.scroll.verticalScrollBar().setValue(0)
        self.refresh()
        self.page(step).first_input().setFocus()

    def _on_step_clicked(self, row: int) -> None:
        if row >= 0 and row != self.current_step():
            self.go_to(row)

    # -- answers ------------------------------------------------------------------------
    def on_answer_changed(self, key: str, value: Any) -> None:
        """Keep the answer in memory, queue the autosave, refresh the figures soon."""
        self.answers[key] = value
        self.save_label.setText(self.tr("Saving…"))
        self.saver.queue(key, value)
        if key == "setup.country" and value in ("DK", "NL") and value != self.country:
            self.saver.flush()
            self.country = value
            self.settings_json = self.country_settings.stored_json(value)
            current = self.current_step()
            self._volume_shown = None
            self._build_pages()
            self.go_to(current, remember=False)
            return
        self._refresh_timer.start()

    def on_unknown_toggled(self, step: int, unknown: bool) -> None:
        """ "I don't know yet": saved at once, the step goes on the coach's to-do list."""
        key = step_mark(step)
        self.plans.set_step_unknown(self.plan_id, step, unknown)
        if unknown:
            self.unknown.add(key)
        else:
            self.unknown.discard(key)
        self.refresh()

    def _on_save_failed(self, message: str) -> None:
        self.save_label.setText(message)
        self.save_label.setStyleSheet("color: #b71c1c;")

    def flush(self) -> bool:
        """Save every pending answer now."""
        return self.saver.flush()

    # -- figures ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the plan and update the panel, the marks and the current page."""
        self._refresh_timer.stop()
        steps = frozenset(step_of(k) for k in self.unknown)
        result = evaluate(self.answers, steps, self.country, self.settings_json, self.today)
        self.result = result
        self.panel.update_figures(result, self.answers, self.country)
        marks = []
        for step in range(STEP_COUNT):
            errors = any(f.step == step and f.severity.value == "error" for f in result.findings)
            missing = step in self.visited and bool(missing_required(self.answers, step))
            if step_mark(step) in self.unknown:
                marks.append(UNKNOWN)
            elif errors or missing:
                marks.append(PROBLEM)
            elif step in result.complete_steps:
                marks.append(DONE)
            else:
                marks.append(OPEN)
        self.step_list.set_marks(marks)
        self.progress.setValue(sum(1 for m in marks if m in (DONE, UNKNOWN)))
        step = self.current_step()
        page = self.page(step)
        page.show_messages(
            page_messages(step, result, self.answers, self.country, step in self.visited)
        )
        if step in self.views:
            self.views[step].update_figures(result, self.answers, self.country)
        if step == 10:
            self._volume_context()
        if step == STEP_COUNT - 1:
            self.summary.update_figures(
                result, self.answers, self.country, frozenset(self.unknown), self.status
            )

    def _volume_context(self) -> None:
        field = self.page(10).fields["operating.volumes"]
        products = [
            (str(r.get("id") or ""), str(r.get("name") or "?"))
            for r in self.answers.get("products") or []
            if isinstance(r, dict)
        ]
        assert self.result is not None
        start = (self.result.inputs.plan_start_year, self.result.inputs.plan_start_month)
        months = [month_name(*m.calendar)[:3] for m in self.result.figures.liquidity.months]
        # Reloading the grid would close a cell the user is typing in: only on real changes.
        context = (tuple(products), tuple(months))
        if context == getattr(self, "_volume_shown", None):
            return
        self._volume_shown = context
        field.set_context(
            products,
            months,
            start[1],  # type: ignore[attr-defined]
            self.answers.get("operating.volumes"),
        )

    # -- actions ----------------------------------------------------------------------
    def on_finish(self) -> None:
        """Mark the plan finished (only offered when nothing blocks it)."""
        self.saver.flush()
        self.plans.set_status(self.plan_id, "finished")
        self.status = "finished"
        self.refresh()

    def on_versions(self) -> None:
        """Save a version or compare two."""
        from desktop_app.ui.wizard.versions_dialog import VersionsDialog

        self.saver.flush()
        dialog = VersionsDialog(
            self.vault, self.plan_id, self.country, [tr(s.title) for s in ALL_STEPS], self
        )
        dialog.open()

    def on_print_plan(self) -> None:
        """Save what is pending, then print the plan (options, preview, print or PDF)."""
        from desktop_app.ui.print_actions import print_plan

        self.saver.flush()
        self.print_actions = print_plan(self, self.vault, self.participant_id)

    def on_country_settings(self) -> None:
        """Edit VAT rates, thresholds, filing and tax assumptions for this country."""
        from desktop_app.ui.wizard.country_settings_dialog import CountrySettingsDialog

        dialog = CountrySettingsDialog(self.country_settings, self.country, self)
        dialog.accepted.connect(self._reload_settings)
        dialog.open()

    def _reload_settings(self) -> None:
        self.settings_json = self.country_settings.stored_json(self.country)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save what is pending before the window goes."""
        self.saver.flush()
        self.closed.emit()
        super().closeEvent(event)

    def summary_money(self, value: Any) -> str:
        """An amount as this plan shows it (used by tests and the summary)."""
        return format_money(value, self.country)
