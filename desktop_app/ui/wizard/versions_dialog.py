"""Plan versions: save one (e.g. at the loan application) and compare two, readably."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import OpstartError
from desktop_app.services.plan_versions import CURRENT, Comparison, PlanVersionService
from desktop_app.storage.vault import Vault
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.wizard.labels import LIVING
from desktop_app.ui.wizard.money_format import format_money, tr
from desktop_app.ui.wizard.step_specs_money import ALL_STEPS

FIGURES = {
    "total_need": QT_TRANSLATE_NOOP("PlanWizard", "Money needed to start"),
    "financing_gap": QT_TRANSLATE_NOOP("PlanWizard", "Still missing"),
    "revenue_year1": QT_TRANSLATE_NOOP("PlanWizard", "Sales, year 1 (excl. VAT)"),
    "result_year1": QT_TRANSLATE_NOOP("PlanWizard", "Profit before tax, year 1"),
    "break_even_units_month": QT_TRANSLATE_NOOP("PlanWizard", "Break-even, units a month"),
    "lowest_balance": QT_TRANSLATE_NOOP("PlanWizard", "Lowest bank balance"),
    "living_test": QT_TRANSLATE_NOOP("PlanWizard", "Can you live from it?"),
}


class VersionsDialog(QDialog):
    """Name and save the plan as it is now; pick two versions to see what changed."""

    def __init__(
        self,
        vault: Vault,
        plan_id: str,
        country: str,
        step_titles: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan versions"))
        self.service = PlanVersionService(vault)
        self.plan_id, self.country, self.step_titles = plan_id, country, step_titles
        self.labels = {f.key: tr(f.label) for s in ALL_STEPS for f in s.fields}
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("For example: Loan application"))
        self.label_edit.setAccessibleName(self.tr("Name of the version"))
        self.save_button = QPushButton(self.tr("&Save a version"), self)
        self.save_button.clicked.connect(self.on_save)
        self.before = QComboBox(self)
        self.after = QComboBox(self)
        self.before.setAccessibleName(self.tr("Compare from"))
        self.after.setAccessibleName(self.tr("Compare with"))
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.clicked.connect(self.on_compare)
        self.message = InlineMessage(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Before"), self.tr("Now")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Differences"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.label_edit, 1)
        save_row.addWidget(self.save_button)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.label_edit)
        form.addRow(name_label, save_row)
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.before)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.after)
        form.addRow(from_label, self.before)
        form.addRow(to_label, self.after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.compare_button)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self._fill()

    def _fill(self) -> None:
        versions = self.service.list_versions(self.plan_id)
        for combo in (self.before, self.after):
            combo.clear()
            for version in versions:
                combo.addItem(version.label, version.id)
            combo.addItem(self.tr("The plan now"), CURRENT)
        self.before.setCurrentIndex(max(0, self.before.count() - 2))
        self.after.setCurrentIndex(self.after.count() - 1)
        self.compare_button.setEnabled(bool(versions))

    def on_save(self) -> None:
        """Save the plan as it is now under the typed name."""
        try:
            self.service.save_version(self.plan_id, self.label_edit.text())
        except OpstartError as exc:
            message = exc.message if exc.code == "required" else describe_error(exc)
            self.message.show_message(
                tr(
                    QT_TRANSLATE_NOOP(
                        "PlanWizard", 'Give the version a name, for example "Loan application".'
                    )
                )
                if exc.code == "required"
                else message
            )
            return
        self.message.show_message(self.tr("Version saved."), "info")
        self.label_edit.clear()
        self._fill()

    def on_compare(self) -> None:
        """Show what changed between the two chosen versions."""
        comparison = self.service.compare(
            self.plan_id, self.before.currentData(), self.after.currentData()
        )
        self.show_comparison(comparison)

    def _figure(self, code: str, value: str) -> str:
        if code == "living_test":
            return tr(LIVING.get(value, value))
        if code == "break_even_units_month" or not value:
            return value
        return format_money(value, self.country)

    def show_comparison(self, comparison: Comparison) -> None:
        """Key figures first, then each changed answer by step."""
        rows = [
            (tr(FIGURES[d.code]), self._figure(d.code, d.before), self._figure(d.code, d.after))
            for d in comparison.figures
        ]
        for d in comparison.answers:
            what = f"{d.step + 1}. {self.step_titles[d.step]} · {self.labels.get(d.key, d.key)}" + (
                f" · {d.path}" if d.path else ""
            )
            rows.append((what, d.before, d.after))
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if rows:
            self.message.clear_message()
        else:
            self.message.show_message(self.tr("Nothing changed between these versions."), "info")
