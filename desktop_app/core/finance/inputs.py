"""PlanInputs: every number and choice the wizard collects, with a JSON round trip."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.country import Country
from desktop_app.core.finance.liquidity import LiquidityInputs
from desktop_app.core.finance.operating import OperatingInputs
from desktop_app.core.finance.private_budget import PrivateInputs
from desktop_app.core.finance.serial import from_jsonable, to_jsonable
from desktop_app.core.finance.startup import FinancingInputs, StartupInputs
from desktop_app.core.finance.vat import VatStatus

SCHEMA_VERSION = 1


class Purpose(StrEnum):
    """What the plan is for (step 0)."""

    MICROLOAN = "microloan"
    OWN_USE = "own_use"
    BANK = "bank"


class LegalForm(StrEnum):
    """Step 7 legal form: enkeltmandsvirksomhed / eenmanszaak, or something else."""

    SOLE_PROPRIETORSHIP = "sole_proprietorship"
    OTHER = "other"


@dataclass
class PlanFacts:
    """Counts and yes/no facts from the text steps, for validation and the checklist."""

    hours_per_week: int | None = None
    relevant_skills_count: int = 0
    strengths_count: int = 0
    motivation_given: bool = False
    what_i_sell_given: bool = False
    to_whom_given: bool = False
    why_me_given: bool = False
    customer_groups_count: int = 0
    customer_problem_given: bool = False
    people_asked: int = 0
    customers_nearby_estimate: int | None = None
    competitor_count: int = 0
    competitors_with_price_count: int = 0
    channel_count: int = 0
    first_customers_plan_given: bool = False
    legal_form: LegalForm | None = None
    registration_no_given: bool = False
    permits_count: int = 0
    insurance_count: int = 0
    risk_count: int = 0
    plan_b_given: bool = False
    smart_goal_count: int = 0
    smart_goals_not_in_future: int = 0
    documents_attached_count: int = 0


@dataclass
class PlanInputs:
    """The whole input tree of one business plan."""

    country: Country = Country.DK
    purpose: Purpose = Purpose.MICROLOAN
    vat_status: VatStatus = VatStatus.REGISTERED
    plan_start_year: int = 2025
    plan_start_month: int = 1
    # Steps the user marked "I don't know yet"; they go on the coach's to-do list.
    unknown_steps: list[int] = field(default_factory=list)
    facts: PlanFacts = field(default_factory=PlanFacts)
    startup: StartupInputs = field(default_factory=StartupInputs)
    financing: FinancingInputs = field(default_factory=FinancingInputs)
    operating: OperatingInputs = field(default_factory=OperatingInputs)
    private: PrivateInputs = field(default_factory=PrivateInputs)
    liquidity: LiquidityInputs = field(default_factory=LiquidityInputs)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with money as strings and a schema version."""
        data: dict[str, Any] = to_jsonable(self)
        data["schema_version"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanInputs:
        """Inverse of `to_dict`; raises ValueError on bad data or a newer schema."""
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {version!r}")
        result: PlanInputs = from_jsonable(cls, data)
        return result
