"""Realistic fictional business plans for demo participants (at least a quarter of them)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.services.plans import encode_answer, evaluate
from desktop_app.storage.plan_models import Plan, PlanAnswer, answer_id
from desktop_app.storage.vault import Vault

SHARE = 0.3


def _common(country: str, rng: random.Random, start: str) -> dict[str, Any]:
    return {
        "setup.country": country,
        "setup.language": "da" if country == "DK" else "nl",
        "setup.start_month": start,
        "setup.purpose": "microloan" if country == "DK" else rng.choice(["microloan", "bank"]),
        "setup.vat_status": "registered",
        "about.hours_per_week": rng.choice([25, 30, 37, 40]),
        "about.strengths": rng.sample(
            ["Reliable", "Friendly", "Practical", "Creative", "Hard-working", "Good with numbers"],
            3,
        ),
        "customers.asked": rng.randint(3, 25),
        "marketing.channels": rng.sample(
            ["word_of_mouth", "facebook", "flyers", "network", "website", "market_stall"], 3
        ),
        "practical.legal_form": "sole_proprietorship",
        "practical.bookkeeping": rng.choice(["self", "accountant", "programme"]),
        "practical.insurance": ["Business liability"],
        "startup.buffer_months": 3,
        "risks.top": [{"risk": "Slow start", "action": "Keep costs low and ask for referrals"}],
        "risks.plan_b": "Take a part-time job while the business grows.",
        "goals.smart": [
            {
                "goal": "10 paying customers",
                "measure": "Invoices",
                "date": f"{int(start[:4]) + 1}-03-31",
            }
        ],
    }


def _ramp(full: int, rng: random.Random) -> list[int]:
    start = rng.uniform(0.3, 0.5)
    return [round(full * min(1.0, start + (1 - start) * m / 5)) for m in range(12)]


def _templates() -> list[dict[str, Any]]:
    return [
        {
            "country": "DK",
            "what": "Haircuts in a small salon",
            "whom": "Families nearby",
            "product": ("Haircut", "piece", 240, 20, "standard"),
            "units": 140,
            "invest": ("Chairs, mirror and washbasin", 30000),
            "costs": ("Deposit and sign", 5000),
            "fixed": [
                ("Rent", "rent", 4000, "standard"),
                ("Phone", "phone", 200, "standard"),
                ("Insurance", "insurance", 300, "exempt"),
                ("Accountant", "accountant", 500, "standard"),
            ],
            "loan": 45000,
            "expenses": {"housing": 6500, "food": 3000, "other": 2000},
        },
        {
            "country": "NL",
            "what": "Sourdough bread at the weekly market",
            "whom": "Market visitors",
            "product": ("Bread", "piece", 4, 1, "reduced"),
            "units": 1000,
            "invest": ("Oven", 6000),
            "costs": ("Website", 500),
            "fixed": [
                ("Stall fee", "rent", 300, "exempt"),
                ("Energy", "other", 200, "standard"),
                ("Insurance", "insurance", 50, "exempt"),
            ],
            "loan": 5000,
            "expenses": {"housing": 900, "food": 400, "other": 300},
        },
        {
            "country": "DK",
            "what": "Bicycle repairs in the neighbourhood",
            "whom": "Commuters",
            "product": ("Repair job", "job", 350, 80, "standard"),
            "units": 90,
            "invest": ("Tools and a cargo bike", 18000),
            "costs": ("First spare parts", 4000),
            "fixed": [
                ("Workshop rent", "rent", 2500, "standard"),
                ("Phone", "phone", 150, "standard"),
                ("Insurance", "insurance", 250, "exempt"),
            ],
            "loan": 25000,
            "expenses": {"housing": 5000, "food": 2500, "transport": 300},
        },
        {
            "country": "NL",
            "what": "Office cleaning in the evening",
            "whom": "Small offices",
            "product": ("Cleaning hour", "hour", 30, 2, "standard"),
            "units": 110,
            "invest": ("Cleaning machines", 3500),
            "costs": ("Registration and flyers", 400),
            "fixed": [
                ("Transport", "transport", 150, "standard"),
                ("Insurance", "insurance", 40, "exempt"),
            ],
            "loan": 3000,
            "expenses": {"housing": 800, "food": 350, "phone": 30},
        },
        {
            "country": "DK",
            "what": "Home-cooked catering for events",
            "whom": "Families and clubs",
            "product": ("Meal", "piece", 95, 35, "standard"),
            "units": 260,
            "invest": ("Kitchen equipment", 22000),
            "costs": ("Food licence and packaging", 3500),
            "fixed": [
                ("Kitchen rent", "rent", 3000, "standard"),
                ("Transport", "transport", 600, "standard"),
                ("Insurance", "insurance", 300, "exempt"),
            ],
            "loan": 30000,
            "expenses": {"housing": 6000, "food": 2800, "childcare": 1200},
        },
    ]


def demo_answers(template: dict[str, Any], rng: random.Random, start: str) -> dict[str, Any]:
    """Answers for one plan from a template, varied a little by `rng`, financing balanced."""
    answers = _common(template["country"], rng, start)
    name, unit, price, cost, vat = template["product"]
    factor = rng.uniform(0.85, 1.2)
    answers.update(
        {
            "idea.what": template["what"],
            "idea.to_whom": template["whom"],
            "about.skills": [template["what"].split(" ")[0]],
            "about.motivation": "I want to work for myself and earn my own living.",
            "customers.groups": [template["whom"]],
            "customers.problem": "There is no good, affordable offer nearby.",
            "products": [
                {
                    "id": "p1",
                    "name": name,
                    "unit": unit,
                    "price": str(price),
                    "cost": str(cost),
                    "vat": vat,
                }
            ],
            "products.special": "Personal service and fair prices.",
            "market.competitors": [{"name": "A shop in town", "price": str(round(price * 1.2, 2))}],
            "marketing.first10": "Ask friends and neighbours, and hand out flyers.",
            "operating.volumes": {
                "p1": {"mode": "monthly", "months": _ramp(round(template["units"] * factor), rng)}
            },
            "operating.fixed_costs": [
                {"name": n, "kind": k, "amount": str(a), "vat": v}
                for n, k, a, v in template["fixed"]
            ],
            "startup.investments": [
                {
                    "name": template["invest"][0],
                    "amount": str(template["invest"][1]),
                    "life_years": 5,
                }
            ],
            "startup.costs": [{"name": template["costs"][0], "amount": str(template["costs"][1])}],
            "private.expenses": {k: str(v) for k, v in template["expenses"].items()},
            "private.tax_rate": "35" if template["country"] == "DK" else "20",
        }
    )
    need = evaluate(answers, frozenset(), template["country"]).figures.startup.total_need
    # The total need does not depend on the financing, so the loan can be fitted to it.
    loan = min(Decimal(template["loan"]), (need * Decimal("0.85")).quantize(Decimal(1)))
    if template["country"] == "DK":
        answers.update(
            {
                "financing.microloan": str(loan),
                "financing.microloan_grace": 3,
                "financing.microloan_instalment": str(max(200, int(loan) // 36)),
            }
        )
    else:
        answers["financing.other_loans"] = [
            {
                "lender": "Microkrediet",
                "amount": str(loan),
                "rate": "8",
                "months": 36,
                "kind": "annuity",
            }
        ]
    answers["financing.own_cash"] = str(need - loan)
    return answers


def add_demo_plans(vault: Vault, participant_ids: Sequence[str], seed: int = 2026) -> int:
    """Give plans to at least a quarter of `participant_ids`; returns how many were made."""
    rng = random.Random(seed)
    count = math.ceil(len(participant_ids) * SHARE)
    chosen = rng.sample(list(participant_ids), count) if count else []
    templates = _templates()
    year = date.today().year
    with vault.transaction() as session:
        for index, participant_id in enumerate(chosen):
            template = templates[index % len(templates)]
            start = f"{year}-{rng.randint(1, 12):02d}"
            answers = demo_answers(template, rng, start)
            stamp = vault.clock.now().encode()
            plan = Plan(
                participant_id=participant_id,
                country=template["country"],
                language=answers["setup.language"],
                current_step=rng.randint(0, 15),
                status="draft",
                created_hlc=stamp,
                updated_hlc=stamp,
            )
            session.add(plan)
            session.flush()
            for key, value in answers.items():
                session.add(
                    PlanAnswer(
                        id=answer_id(plan.id, key),
                        plan_id=plan.id,
                        key=key,
                        value_json=encode_answer(value),
                        unknown=0,
                    )
                )
            if index % 3 == 2:
                session.add(
                    PlanAnswer(
                        id=answer_id(plan.id, "step.5"),
                        plan_id=plan.id,
                        key="step.5",
                        value_json="null",
                        unknown=1,
                    )
                )
    return count


def participants_without_plan(vault: Vault) -> list[str]:
    """Ids of participants that have no plan yet, in a stable order."""
    from sqlalchemy import select

    from desktop_app.storage.models import Participant

    with vault.transaction() as session:
        planned = set(session.scalars(select(Plan.participant_id)))
        ids = session.scalars(select(Participant.id).order_by(Participant.created_hlc))
        return [pid for pid in ids if pid not in planned]
