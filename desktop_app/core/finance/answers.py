"""The wizard's answer keys: which step owns each, which are required, and the field rules."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.core.finance.validation import Finding, Severity

STEP_COUNT = 16
SUMMARY_STEP = 15

# key -> step. Order inside a step is the order of the questions on screen.
STEP_KEYS: dict[int, tuple[str, ...]] = {
    0: (
        "setup.country",
        "setup.language",
        "setup.start_month",
        "setup.purpose",
        "setup.vat_status",
    ),
    1: (
        "about.skills",
        "about.strengths",
        "about.motivation",
        "about.hours_per_week",
        "about.education",
        "about.work_experience",
        "about.to_learn",
        "about.languages",
    ),
    2: ("idea.what", "idea.to_whom", "idea.why_me"),
    3: (
        "customers.groups",
        "customers.problem",
        "customers.nearby",
        "customers.asked",
        "customers.said",
        "customers.first",
    ),
    4: ("products", "products.special"),
    5: ("market.competitors", "market.area", "market.trends"),
    6: ("marketing.channels", "marketing.first10", "marketing.actions", "marketing.price_strategy"),
    7: (
        "practical.legal_form",
        "practical.registration_no",
        "practical.permits",
        "practical.insurance",
        "practical.bookkeeping",
        "practical.premises",
        "practical.partners",
        "practical.equipment",
        "practical.start_date",
    ),
    8: ("startup.investments", "startup.costs", "startup.buffer_months"),
    9: (
        "financing.own_cash",
        "financing.microloan",
        "financing.microloan_grace",
        "financing.microloan_instalment",
        "financing.microloan_months",
        "financing.grants",
        "financing.other_loans",
        "financing.credit_line",
    ),
    10: (
        "operating.volumes",
        "operating.fixed_costs",
        "operating.customer_days",
        "operating.supplier_days",
    ),
    11: ("private.expenses", "private.incomes", "private.tax_rate"),
    12: (
        "liquidity.payout_month",
        "liquidity.investment_month",
        "liquidity.vat_period",
        "liquidity.prelim_tax",
        "liquidity.private_draw",
    ),
    13: (
        "risks.top",
        "risks.plan_b",
        "risks.strengths",
        "risks.weaknesses",
        "risks.opportunities",
        "risks.threats",
    ),
    14: ("goals.smart", "goals.key_metric"),
    15: ("summary.documents", "summary.signed"),
}
KEY_STEP: dict[str, int] = {key: step for step, keys in STEP_KEYS.items() for key in keys}

REQUIRED: dict[int, tuple[str, ...]] = {
    0: (
        "setup.country",
        "setup.language",
        "setup.start_month",
        "setup.purpose",
        "setup.vat_status",
    ),
    1: ("about.skills", "about.strengths", "about.motivation", "about.hours_per_week"),
    2: ("idea.what", "idea.to_whom"),
    3: ("customers.groups", "customers.problem"),
    4: ("products", "products.special"),
    6: ("marketing.channels", "marketing.first10"),
    7: ("practical.legal_form", "practical.bookkeeping", "practical.start_date"),
    8: ("startup.investments",),
    10: ("operating.volumes", "operating.fixed_costs"),
    11: ("private.expenses",),
    13: ("risks.top",),
    14: ("goals.smart",),
}

TEXT_LIMITS = {"about.motivation": 500, "idea.what": 150, "idea.to_whom": 150}
CHECKLIST_PREFIX = "checklist."
STEP_MARK_PREFIX = "step."
_CVR = re.compile(r"^\d{8}$")
_KVK = re.compile(r"^\d{8}$")


def step_of(key: str) -> int:
    """The wizard step a key belongs to (checklist scores and step marks included)."""
    if key.startswith(CHECKLIST_PREFIX):
        return SUMMARY_STEP
    if key.startswith(STEP_MARK_PREFIX):
        return int(key[len(STEP_MARK_PREFIX) :])
    return KEY_STEP[key]


def is_known_key(key: str) -> bool:
    """True for every key the wizard stores."""
    if key.startswith(CHECKLIST_PREFIX):
        return key[len(CHECKLIST_PREFIX) :].isdigit()
    if key.startswith(STEP_MARK_PREFIX):
        rest = key[len(STEP_MARK_PREFIX) :]
        return rest.isdigit() and 0 <= int(rest) < STEP_COUNT
    return key in KEY_STEP


def step_mark(step: int) -> str:
    """The key whose unknown flag is a step's "I don't know yet"."""
    return f"{STEP_MARK_PREFIX}{step}"


def is_empty(value: Any) -> bool:
    """No answer: None, blank text, an empty list/dict, or a list of blank lines."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(is_empty(item) for item in value)
    if isinstance(value, dict):
        return not value
    return False


def lines(value: Any) -> list[str]:
    """Non-blank lines of a list answer (or of multi-line text)."""
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list):
        return []
    return [str(item).strip() for item in value if isinstance(item, str) and item.strip()]


def decimal_of(value: Any, default: Decimal | None = None) -> Decimal | None:
    """A Decimal from a stored answer ("1234.50", 12), or `default`."""
    if value is None or isinstance(value, bool):
        return default
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return default
    return number if number.is_finite() else default


def int_of(value: Any, default: int | None = None) -> int | None:
    """A whole number from a stored answer, or `default`."""
    number = decimal_of(value)
    if number is None or number != number.to_integral_value():
        return default
    return int(number)


def rows(value: Any) -> list[dict[str, Any]]:
    """The dict rows of a table answer, skipping anything else."""
    if not isinstance(value, list):
        return []
    return [row for row in value if isinstance(row, dict)]


def missing_required(answers: Mapping[str, Any], step: int) -> list[str]:
    """Required keys of `step` without an answer."""
    return [key for key in REQUIRED.get(step, ()) if is_empty(answers.get(key))]


def _answered(answers: Mapping[str, Any], step: int) -> bool:
    return any(not is_empty(answers.get(key)) for key in STEP_KEYS[step])


def step_complete(answers: Mapping[str, Any], step: int, unknown_steps: set[int]) -> bool:
    """Done when the step waits for the coach, or is answered with every required answer.

    The bank step is done with the operating budget (it is computed); the summary when
    every other step is done.
    """
    if step in unknown_steps:
        return True
    if step == 12:
        return step_complete(answers, 10, unknown_steps)
    if step == SUMMARY_STEP:
        return all(step_complete(answers, s, unknown_steps) for s in range(SUMMARY_STEP))
    return _answered(answers, step) and not missing_required(answers, step)


def check_answers(answers: Mapping[str, Any], country: str, today: date) -> list[Finding]:
    """Rules of single answers (§1.2 brackets) as findings; cross-field rules live in validate."""
    found: list[Finding] = []

    def add(when: bool, code: str, key: str, severity: Severity = Severity.ERROR) -> None:
        if when:
            found.append(Finding(code, severity, step_of(key), key))

    for key, limit in TEXT_LIMITS.items():
        text = answers.get(key)
        add(isinstance(text, str) and len(text) > limit, "text_too_long", key)
    strengths = lines(answers.get("about.strengths"))
    add(len(strengths) > 5, "too_many_strengths", "about.strengths")
    hours = answers.get("about.hours_per_week")
    add(not is_empty(hours) and int_of(hours) is None, "not_a_whole_number", "about.hours_per_week")
    for key in ("customers.nearby", "customers.asked"):
        value = answers.get(key)
        number = int_of(value)
        add(not is_empty(value) and (number is None or number < 0), "not_a_whole_number", key)
    reg = str(answers.get("practical.registration_no") or "").replace(" ", "")
    pattern = _CVR if country == "DK" else _KVK
    add(bool(reg) and not pattern.match(reg), "registration_no_format", "practical.registration_no")
    for row in rows(answers.get("goals.smart")):
        when = _date_of(row.get("date"))
        add(
            bool(row.get("goal")) and when is None,
            "goal_date_missing",
            "goals.smart",
            Severity.WARNING,
        )
    for key in ("operating.customer_days", "operating.supplier_days"):
        value = answers.get(key)
        days = int_of(value)
        add(
            not is_empty(value) and (days is None or not 0 <= days <= 90),
            "payment_days_out_of_range",
            key,
        )
    return found


def _date_of(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def goals_not_in_future(answers: Mapping[str, Any], today: date) -> int:
    """SMART goals whose date is today or earlier."""
    count = 0
    for row in rows(answers.get("goals.smart")):
        when = _date_of(row.get("date"))
        if when is not None and when <= today:
            count += 1
    return count
