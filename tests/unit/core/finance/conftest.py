"""Example plans computed by hand, and a Hypothesis strategy for valid plans."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import strategies as st

from desktop_app.core.finance.country import Country, VatRate
from desktop_app.core.finance.inputs import PlanFacts, PlanInputs, Purpose
from desktop_app.core.finance.loans import LoanInput, LoanKind
from desktop_app.core.finance.operating import (
    FixedCostKind,
    FixedCostRow,
    OperatingInputs,
    ProductInput,
    VolumeMode,
)
from desktop_app.core.finance.private_budget import (
    ExpenseKind,
    HouseholdExpense,
    HouseholdIncome,
    IncomeKind,
    PrivateInputs,
)
from desktop_app.core.finance.startup import (
    FinancingInputs,
    InvestmentRow,
    StartCostRow,
    StartupInputs,
)
from desktop_app.core.finance.vat import VatStatus

D = Decimal


def _facts() -> PlanFacts:
    return PlanFacts(hours_per_week=37, relevant_skills_count=2, strengths_count=3,
                     motivation_given=True, competitor_count=2, people_asked=12)


def hairdresser_inputs() -> PlanInputs:
    """DOMAIN.md §2.9, with VAT codes chosen for the liquidity test (insurance has no VAT)."""
    standard = VatRate.STANDARD
    return PlanInputs(
        country=Country.DK,
        purpose=Purpose.MICROLOAN,
        vat_status=VatStatus.REGISTERED,
        plan_start_year=2025,
        plan_start_month=1,
        facts=_facts(),
        startup=StartupInputs(
            investments=[InvestmentRow("equipment", D("30000"), life_years=5)],
            start_costs=[StartCostRow("start costs", D("5000"))],
            buffer_months=3,
        ),
        financing=FinancingInputs(
            own_cash=D("6500"),
            microloan=LoanInput(amount=D("45000"), kind=LoanKind.INTEREST_FREE,
                                grace_months=3, fixed_instalment=D("1250")),
        ),
        operating=OperatingInputs(
            products=[ProductInput(
                "haircut", price_excl_vat=D("240"), variable_cost_per_unit=D("20"),
                vat_rate=standard, volume_mode=VolumeMode.MONTHLY,
                monthly_units=[D(n) for n in (60, 80, 100, 120, 140, *[150] * 7)])],
            fixed_costs=[
                FixedCostRow("rent", FixedCostKind.RENT, D("4000")),
                FixedCostRow("phone", FixedCostKind.PHONE, D("200")),
                FixedCostRow("insurance", FixedCostKind.INSURANCE, D("300"), VatRate.EXEMPT),
                FixedCostRow("accountant", FixedCostKind.ACCOUNTANT, D("500")),
                FixedCostRow("marketing", FixedCostKind.MARKETING, D("500")),
            ],
        ),
        private=PrivateInputs(
            expenses=[HouseholdExpense(ExpenseKind.HOUSING, D("7000")),
                      HouseholdExpense(ExpenseKind.FOOD, D("3000")),
                      HouseholdExpense(ExpenseKind.OTHER, D("2000"))],
            tax_rate=D("0.35"),
        ),
    )


def bakery_inputs() -> PlanInputs:
    """A small NL bakery: bread at 9 %, energy at 21 %, rent and insurance without VAT."""
    return PlanInputs(
        country=Country.NL,
        purpose=Purpose.BANK,
        vat_status=VatStatus.REGISTERED,
        plan_start_year=2025,
        plan_start_month=1,
        facts=_facts(),
        startup=StartupInputs(
            investments=[InvestmentRow("oven", D("6000"), life_years=5)],
            start_costs=[StartCostRow("website", D("500"))],
            buffer_months=3,
        ),
        financing=FinancingInputs(
            own_cash=D("1650"),
            other_loans=[LoanInput(amount=D("8000"), kind=LoanKind.LINEAR,
                                   annual_rate=D("0.06"), months=40, lender="bank")],
        ),
        operating=OperatingInputs(
            products=[ProductInput(
                "bread", price_excl_vat=D("4.00"), variable_cost_per_unit=D("1.00"),
                vat_rate=VatRate.REDUCED, purchase_vat_rate=VatRate.REDUCED,
                units_per_month=D("1000"))],
            fixed_costs=[
                FixedCostRow("rent", FixedCostKind.RENT, D("800"), VatRate.EXEMPT),
                FixedCostRow("energy", FixedCostKind.OTHER, D("200"), VatRate.STANDARD),
                FixedCostRow("insurance", FixedCostKind.INSURANCE, D("50"), VatRate.EXEMPT),
            ],
        ),
        private=PrivateInputs(
            expenses=[HouseholdExpense(ExpenseKind.HOUSING, D("1500"))],
            incomes=[HouseholdIncome(IncomeKind.CHILD_BENEFIT, D("300"))],
            tax_rate=D("0.20"),
        ),
    )


@pytest.fixture
def hairdresser() -> PlanInputs:
    """Fresh §2.9 hairdresser inputs."""
    return hairdresser_inputs()


@pytest.fixture
def bakery() -> PlanInputs:
    """Fresh NL bakery inputs."""
    return bakery_inputs()


def _money(low: int = 0, high: int = 200_000) -> st.SearchStrategy[Decimal]:
    """Whole-øre amounts between low and high."""
    return st.integers(low * 100, high * 100).map(lambda cents: Decimal(cents) / 100)


def _loans() -> st.SearchStrategy[LoanInput]:
    """Any valid loan of any kind."""
    return st.builds(
        LoanInput,
        amount=_money(0, 300_000),
        kind=st.sampled_from(LoanKind),
        annual_rate=st.integers(0, 2000).map(lambda bp: Decimal(bp) / 10_000),
        months=st.integers(1, 120),
        grace_months=st.integers(0, 12),
        fixed_instalment=st.none() | _money(1, 20_000),
        payout_month=st.integers(1, 12),
    )


def _products(country: Country) -> st.SearchStrategy[ProductInput]:
    rates = [r for r in VatRate if country is Country.NL or r is not VatRate.REDUCED]
    units = st.integers(0, 2_000).map(Decimal)
    return st.builds(
        ProductInput,
        price_excl_vat=_money(1, 5_000),
        variable_cost_per_unit=_money(0, 5_000),
        vat_rate=st.sampled_from(rates),
        purchase_vat_rate=st.sampled_from(rates),
        volume_mode=st.sampled_from(VolumeMode),
        units_per_month=units,
        monthly_units=st.lists(units, min_size=12, max_size=12),
        units_year2=st.none() | units.map(lambda u: u * 12),
    )


@st.composite
def _plans(draw: st.DrawFn) -> PlanInputs:
    country = draw(st.sampled_from(Country))
    rates = [r for r in VatRate if country is Country.NL or r is not VatRate.REDUCED]
    months = st.integers(1, 12)
    return PlanInputs(
        country=country,
        purpose=draw(st.sampled_from(Purpose)),
        vat_status=draw(st.sampled_from(VatStatus)),
        plan_start_year=draw(st.integers(2024, 2030)),
        plan_start_month=draw(months),
        unknown_steps=draw(st.lists(st.integers(0, 15), max_size=3)),
        startup=StartupInputs(
            investments=draw(st.lists(st.builds(
                InvestmentRow, amount_excl_vat=_money(0, 100_000), life_years=st.integers(1, 20),
                vat_rate=st.sampled_from(rates), month=months, in_kind=st.booleans()),
                max_size=3)),
            start_costs=draw(st.lists(st.builds(
                StartCostRow, amount_excl_vat=_money(0, 20_000), vat_rate=st.sampled_from(rates),
                month=months), max_size=3)),
            buffer_months=draw(st.integers(0, 6)),
            prefinance_input_vat=draw(st.booleans()),
        ),
        financing=FinancingInputs(
            own_cash=draw(_money(0, 50_000)), own_cash_month=draw(months),
            microloan=draw(_loans()), other_loans=draw(st.lists(_loans(), max_size=2)),
            grants=draw(_money(0, 50_000)), grants_month=draw(months),
            credit_line=draw(_money(0, 20_000)),
        ),
        operating=OperatingInputs(
            products=draw(st.lists(_products(country), max_size=3)),
            fixed_costs=draw(st.lists(st.builds(
                FixedCostRow, kind=st.sampled_from(FixedCostKind),
                monthly_amount_excl_vat=_money(0, 20_000), vat_rate=st.sampled_from(rates)),
                max_size=4)),
            customer_payment_days=draw(st.integers(0, 90)),
            supplier_payment_days=draw(st.integers(0, 90)),
        ),
        private=PrivateInputs(
            expenses=draw(st.lists(st.builds(HouseholdExpense, st.sampled_from(ExpenseKind),
                                             _money(0, 20_000)), max_size=4)),
            incomes=draw(st.lists(st.builds(HouseholdIncome, st.sampled_from(IncomeKind),
                                            _money(0, 10_000)), max_size=2)),
            tax_rate=draw(st.none() | st.integers(0, 60).map(lambda p: Decimal(p) / 100)),
        ),
    )


@pytest.fixture(scope="session")
def plan_strategy() -> st.SearchStrategy[PlanInputs]:
    """Valid plans of every shape, for property tests (session scope keeps Hypothesis happy)."""
    return _plans()
