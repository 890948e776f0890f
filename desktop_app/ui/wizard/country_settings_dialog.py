"""Edit a country's VAT rates, threshold, filing, tax and living-test bands, each dated."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.finance.country import CountrySettings, VatRate, VatSchedule
from desktop_app.services.country_settings import CountrySettingsService
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.inline_message import InlineMessage


def _percent(value: Decimal, high: float = 100.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, high)
    box.setDecimals(2)
    box.setSuffix(" %")
    box.setValue(float(value * 100))
    return box


def _amount(value: Decimal) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 1e9)
    box.setDecimals(0)
    box.setGroupSeparatorShown(True)
    box.setValue(float(value))
    return box


def _as_of(value: date) -> QDateEdit:
    box = QDateEdit(QDate(value.year, value.month, value.day))
    box.setCalendarPopup(True)
    box.setDisplayFormat("d MMMM yyyy")
    return box


def _date(box: QDateEdit) -> date:
    d = box.date()
    return date(d.year(), d.month(), d.day())


def _dec(box: QDoubleSpinBox, scale: int = 1) -> Decimal:
    return (Decimal(str(round(box.value(), 4))) / scale).quantize(Decimal("0.0001"))


class CountrySettingsDialog(QDialog):
    """Rates and limits change every year: the coach keeps them current here."""

    def __init__(
        self, service: CountrySettingsService, country: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.country = service, country
        self.settings = service.get(country)
        s = self.settings
        name = self.tr("Denmark") if country == "DK" else self.tr("The Netherlands")
        self.setWindowTitle(self.tr("Country settings: {country}").replace("{country}", name))
        self.standard = _percent(s.vat.rates.get(VatRate.STANDARD, Decimal(0)))
        self.reduced = _percent(s.vat.rates.get(VatRate.REDUCED, Decimal(0)))
        self.threshold = _amount(s.vat.small_business_threshold)
        self.period = QSpinBox()
        self.period.setRange(1, 12)
        self.period.setValue(s.vat.new_business_schedule.period_months)
        self.offset = QSpinBox()
        self.offset.setRange(0, 12)
        self.offset.setValue(s.vat.new_business_schedule.due_offset_months)
        self.vat_as_of = _as_of(s.vat.as_of)
        self.tax_rate = _percent(s.tax.effective_tax_rate_default, 95.0)
        self.am_rate = _percent(s.tax.am_bidrag_rate, 50.0)
        self.tax_as_of = _as_of(s.tax.as_of)
        self.self_supporting = _percent(s.living_test.self_supporting_min, 500.0)
        self.partly = _percent(s.living_test.partly_min, 500.0)
        self.living_as_of = _as_of(s.living_test.as_of)
        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        vat = self._group(
            self.tr("VAT"),
            [
                (self.tr("Standard rate"), self.standard),
                (self.tr("Reduced rate"), self.reduced),
                (self.tr("Small-business threshold per year"), self.threshold),
                (self.tr("New businesses file every (months)"), self.period),
                (self.tr("Months after the period until payment"), self.offset),
                (self.tr("As of"), self.vat_as_of),
            ],
        )
        self.reduced.setEnabled(country == "NL")
        tax = self._group(
            self.tr("Tax (planning only)"),
            [
                (self.tr("Default effective tax rate"), self.tax_rate),
                (self.tr("Labour-market contribution (DK)"), self.am_rate),
                (self.tr("As of"), self.tax_as_of),
            ],
        )
        living = self._group(
            self.tr("Living test"),
            [
                (self.tr("Self-supporting from"), self.self_supporting),
                (self.tr("Partly self-supporting from"), self.partly),
                (self.tr("As of"), self.living_as_of),
            ],
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self.on_save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.on_reset
        )
        for group in (vat, tax, living):
            layout.addWidget(group)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        for label, widget in rows:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        return group

    def edited(self) -> CountrySettings:
        """The settings as shown in the dialog."""
        s = self.settings
        rates = dict(s.vat.rates)
        rates[VatRate.STANDARD] = _dec(self.standard, 100)
        if VatRate.REDUCED in rates:
            rates[VatRate.REDUCED] = _dec(self.reduced, 100)
        vat = replace(
            s.vat,
            rates=rates,
            as_of=_date(self.vat_as_of),
            small_business_threshold=Decimal(str(int(self.threshold.value()))),
            new_business_schedule=VatSchedule(self.period.value(), self.offset.value()),
        )
        tax = replace(
            s.tax,
            effective_tax_rate_default=_dec(self.tax_rate, 100),
            am_bidrag_rate=_dec(self.am_rate, 100),
            as_of=_date(self.tax_as_of),
        )
        living = replace(
            s.living_test,
            self_supporting_min=_dec(self.self_supporting, 100),
            partly_min=_dec(self.partly, 100),
            as_of=_date(self.living_as_of),
        )
        return replace(s, vat=vat, tax=tax, living_test=living)

    def on_save(self) -> None:
        """Store the edited settings for the whole team."""
        edited = self.edited()
        if edited.living_test.partly_min > edited.living_test.self_supporting_min:
            self.message.show_message(
                self.tr('"Partly" must start below "self-supporting". Check the living test.')
            )
            return
        try:
            self.service.save(edited)
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self.message.show_message(describe_error(exc))
            return
        self.accept()

    def on_reset(self) -> None:
        """Go back to the built-in values."""
        self.service.reset(self.country)
        self.accept()
