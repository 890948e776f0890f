"""compute_plan and PlanInputs: JSON round trips, output shape, and robustness."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.finance.inputs import SCHEMA_VERSION, PlanInputs
from desktop_app.core.finance.plan import compute_plan

D = Decimal
KEYS = {"startup", "financing", "operating", "break_even", "liquidity", "private_budget",
        "loans", "living_test", "findings"}


def _is_money(text: Any) -> bool:
    return isinstance(text, str) and text.lstrip("-").replace(".", "", 1).isdigit() \
        and len(text.rpartition(".")[2]) == 2


def test_inputs_round_trip_through_json(hairdresser: PlanInputs, bakery: PlanInputs) -> None:
    for plan in (hairdresser, bakery):
        data = json.loads(json.dumps(plan.to_dict()))
        assert data["schema_version"] == SCHEMA_VERSION
        assert data["financing"]["own_cash"] in ("6500", "1650")  # money as strings
        assert PlanInputs.from_dict(data) == plan


def test_from_dict_fills_defaults_and_refuses_newer_files() -> None:
    assert PlanInputs.from_dict({"country": "NL"}).country.value == "NL"
    with pytest.raises(ValueError):
        PlanInputs.from_dict({"schema_version": SCHEMA_VERSION + 1})
    with pytest.raises(ValueError):
        PlanInputs.from_dict({"financing": {"own_cash": 12.5}})  # floats are refused
    with pytest.raises(ValueError):
        PlanInputs.from_dict({"vat_status": "sometimes"})


def test_figures_dict_shape(hairdresser: PlanInputs) -> None:
    data = compute_plan(hairdresser).to_dict()
    assert KEYS <= data.keys()
    assert len(data["liquidity"]) == 12
    first = data["liquidity"][0]
    assert {"month", "opening", "inflows", "outflows", "closing"} <= first.keys()
    assert first["month"] == 1 and first["calendar_month"] == "2025-01"
    assert all(_is_money(first[k]) for k in ("opening", "inflows", "outflows", "closing"))
    assert data["loans"][0]["role"] == "microloan"
    assert len(data["loans"][0]["rows"]) == 39
    assert data["private_budget"]["need_gross_year"] == "221538.46"
    assert data["currency"] == "DKK"


def test_defaults_come_from_the_plan_country(bakery: PlanInputs) -> None:
    assert compute_plan(bakery).currency == "EUR"


@given(st.data())
def test_compute_plan_never_raises_and_serialises(
    plan_strategy: st.SearchStrategy[PlanInputs], data: st.DataObject
) -> None:
    plan = data.draw(plan_strategy)
    result = compute_plan(plan).to_dict()
    text = json.dumps(result)
    months = json.loads(text)["liquidity"]
    for month, following in zip(months, months[1:], strict=False):
        assert D(month["closing"]) == D(month["opening"]) + D(month["inflows"]) \
            - D(month["outflows"])
        assert following["opening"] == month["closing"]
    assert PlanInputs.from_dict(json.loads(json.dumps(plan.to_dict()))) == plan
