"""Living test (§2.8): bands, tax, repayment margin and years 1-3."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from desktop_app.core.finance.country import LivingTestSettings, default_settings
from desktop_app.core.finance.living_test import LivingResult, classify, income_tax, living_test
from desktop_app.core.finance.operating import OperatingBudget, OperatingRow
from desktop_app.core.finance.private_budget import PrivateBudget

D = Decimal
BANDS = default_settings("DK").living_test


def test_bands_and_their_edges() -> None:
    assert classify(D("1.0"), BANDS) is LivingResult.SELF_SUPPORTING
    assert classify(D("0.99"), BANDS) is LivingResult.PARTLY
    assert classify(D("0.3"), BANDS) is LivingResult.PARTLY
    assert classify(D("0.2999"), BANDS) is LivingResult.NOT_YET
    assert classify(D("-2"), BANDS) is LivingResult.NOT_YET
    assert classify(None, BANDS) is LivingResult.SELF_SUPPORTING


def test_bands_are_configurable() -> None:
    strict = LivingTestSettings(as_of=date(2025, 1, 1), self_supporting_min=D("1.2"),
                                partly_min=D("0.5"))
    assert classify(D("1.1"), strict) is LivingResult.PARTLY
    assert classify(D("0.4"), strict) is LivingResult.NOT_YET


def test_no_tax_on_a_loss() -> None:
    assert income_tax(D("-5000"), D("0.35")) == D("0.00")
    assert income_tax(D("1000.01"), D("0.35")) == D("350.00")


def _years(*results: str) -> OperatingBudget:
    rows = tuple(OperatingRow(i + 1, D(r), D(0), D(0), D("1000"), D(0))
                 for i, r in enumerate(results))
    # Revenue = result + depreciation so that EBT equals the given figure.
    rows = tuple(dataclasses.replace(row, revenue=row.revenue + row.depreciation) for row in rows)
    return OperatingBudget((), rows, (), ())


def test_three_years_with_repayments() -> None:
    private = PrivateBudget(D("1000"), D("0"), D("1000"), D("0.25"), D("16000"))
    result = living_test(_years("4000", "10000", "20000"), [D("3000")] * 3, private, BANDS, 7)
    y1, y2, y3 = result.years
    # Year 1: 4,000 + 1,000 − 1,000 tax − 3,000 = 1,000 → 1,000 / 12,000.
    assert y1.cash_for_owner == D("1000") and y1.result is LivingResult.NOT_YET
    assert y1.repayment_margin == D("-11000")
    # Year 2: 10,000 + 1,000 − 2,500 − 3,000 = 5,500 → 0.458.
    assert y2.cash_for_owner == D("5500") and y2.result is LivingResult.PARTLY
    # Year 3: 20,000 + 1,000 − 5,000 − 3,000 = 13,000 → 1.083.
    assert y3.result is LivingResult.SELF_SUPPORTING
    assert result.first_month_covering_draw == 7
    assert result.to_dict()["years"][1]["ratio"] == "0.4583"
