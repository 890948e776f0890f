"""Start-up budget (§2.1) and financing (§2.2)."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.finance.country import VatRate, default_settings
from desktop_app.core.finance.loans import LoanInput
from desktop_app.core.finance.startup import (
    FinancingInputs,
    InKindItem,
    InvestmentRow,
    StartCostRow,
    StartupInputs,
    financing,
    startup_budget,
)
from desktop_app.core.finance.vat import VatStatus, treatment_for

D = Decimal
RATES = default_settings("DK").vat.rates
REGISTERED = treatment_for(VatStatus.REGISTERED, RATES)
UNREGISTERED = treatment_for(VatStatus.BELOW_THRESHOLD, RATES)

INPUTS = StartupInputs(
    investments=[InvestmentRow("chair", D("8000")),
                 InvestmentRow("car", D("20000"), in_kind=True)],
    start_costs=[StartCostRow("deposit", D("12000"), VatRate.EXEMPT),
                 StartCostRow("website", D("4000"))],
    buffer_months=4,
)


def test_total_need_registered() -> None:
    budget = startup_budget(INPUTS, D("2500"), REGISTERED)
    assert (budget.investments, budget.start_costs, budget.buffer) == (
        D("28000.00"), D("16000.00"), D("10000.00"))
    assert budget.input_vat == D("0.00")
    assert budget.total_need == D("54000.00")


def test_prefinanced_input_vat_on_cash_purchases_only() -> None:
    inputs = StartupInputs(INPUTS.investments, INPUTS.start_costs, 4, prefinance_input_vat=True)
    budget = startup_budget(inputs, D("2500"), REGISTERED)
    # 25 % of the chair (2,000) and the website (1,000); the car is in kind, the deposit exempt.
    assert budget.input_vat == D("3000.00")
    assert budget.total_need == D("57000.00")


def test_unregistered_business_counts_vat_in_the_cost() -> None:
    budget = startup_budget(INPUTS, D("2500"), UNREGISTERED)
    assert budget.investments == D("30000.00")  # 10,000 + 20,000 in kind without VAT
    assert budget.start_costs == D("17000.00")
    inputs = StartupInputs(INPUTS.investments, INPUTS.start_costs, 4, prefinance_input_vat=True)
    assert startup_budget(inputs, D("2500"), UNREGISTERED).input_vat == D("0.00")


def test_financing_sum_gap_and_own_share() -> None:
    sources = FinancingInputs(
        own_cash=D("5000"), in_kind=[InKindItem("car", D("20000"))],
        microloan=LoanInput(amount=D("20000"), months=40),
        other_loans=[LoanInput(amount=D("4000"), months=12)], grants=D("3000"))
    result = financing(sources, D("54000.00"))
    assert result.total == D("52000.00")
    assert result.gap == D("2000.00")
    assert result.own_share is not None and result.own_share == D("0.462963")
    assert financing(sources, D("0")).own_share is None
    assert financing(sources, D("50000.00")).gap == D("-2000.00")
