"""Wizard answers of two fictional plans: the DOMAIN.md §2.9 hairdresser (DK) and a NL bakery."""

from __future__ import annotations

from typing import Any

HAIRDRESSER: dict[str, Any] = {
    "setup.country": "DK",
    "setup.language": "da",
    "setup.start_month": "2025-01",
    "setup.purpose": "microloan",
    "setup.vat_status": "registered",
    "about.skills": ["Hairdresser, journeyman's certificate", "Colouring"],
    "about.strengths": ["Good with people", "Precise", "Reliable"],
    "about.motivation": "I want to cut hair in my own salon and stop living on benefits.",
    "about.hours_per_week": 37,
    "idea.what": "Haircuts for women, men and children",
    "idea.to_whom": "Families in Gellerup",
    "idea.why_me": "I speak Danish, Arabic and Turkish",
    "customers.groups": ["Families", "Older people"],
    "customers.problem": "The nearest salon is far away and expensive.",
    "customers.asked": 14,
    "products": [
        {
            "id": "p1",
            "name": "Haircut",
            "unit": "piece",
            "price": "240",
            "cost": "20",
            "vat": "standard",
        }
    ],
    "products.special": "Evening opening hours and three languages.",
    "market.competitors": [
        {"name": "Salon Nord", "price": "300", "strong": "Known", "weak": "Far away"}
    ],
    "marketing.channels": ["word_of_mouth", "facebook", "flyers"],
    "marketing.first10": "Free fringe trim for neighbours in the first week.",
    "practical.legal_form": "sole_proprietorship",
    "practical.registration_no": "12345678",
    "practical.insurance": ["Business liability"],
    "practical.bookkeeping": "accountant",
    "practical.premises": "rented",
    "practical.start_date": "2025-01-02",
    "startup.investments": [
        {"name": "Equipment", "amount": "30000", "life_years": 5, "in_kind": False}
    ],
    "startup.costs": [{"name": "Start costs", "amount": "5000"}],
    "startup.buffer_months": 3,
    "financing.own_cash": "6500",
    "financing.microloan": "45000",
    "financing.microloan_grace": 3,
    "financing.microloan_instalment": "1250",
    "operating.volumes": {
        "p1": {
            "mode": "monthly",
            "months": [60, 80, 100, 120, 140, 150, 150, 150, 150, 150, 150, 150],
        }
    },
    "operating.fixed_costs": [
        {"name": "Rent", "kind": "rent", "amount": "4000", "vat": "standard"},
        {"name": "Phone", "kind": "phone", "amount": "200", "vat": "standard"},
        {"name": "Insurance", "kind": "insurance", "amount": "300", "vat": "exempt"},
        {"name": "Accountant", "kind": "accountant", "amount": "500", "vat": "standard"},
        {"name": "Marketing", "kind": "marketing", "amount": "500", "vat": "standard"},
    ],
    "private.expenses": {"housing": "7000", "food": "3000", "other": "2000"},
    "private.tax_rate": "35",
    "risks.top": [{"risk": "Fewer customers in summer", "action": "Offer gift cards"}],
    "risks.plan_b": "Work part-time at a salon.",
    "goals.smart": [
        {"goal": "30 regular customers", "measure": "Customer list", "date": "2030-04-01"}
    ],
}

BAKERY: dict[str, Any] = {
    "setup.country": "NL",
    "setup.language": "nl",
    "setup.start_month": "2025-01",
    "setup.purpose": "bank",
    "setup.vat_status": "registered",
    "about.skills": ["Baker"],
    "about.strengths": ["Early riser"],
    "about.motivation": "Bake bread for the market.",
    "about.hours_per_week": 40,
    "idea.what": "Sourdough bread",
    "idea.to_whom": "Market visitors",
    "products": [
        {
            "id": "b1",
            "name": "Bread",
            "unit": "piece",
            "price": "4.00",
            "cost": "1.00",
            "vat": "reduced",
        }
    ],
    "products.special": "Baked the same morning.",
    "market.competitors": [{"name": "Bakker Bart", "price": "4.50"}],
    "operating.volumes": {"b1": {"mode": "same", "per_month": 1000}},
    "startup.investments": [{"name": "Oven", "amount": "6000", "life_years": 5}],
    "startup.costs": [{"name": "Website", "amount": "500"}],
    "startup.buffer_months": 3,
    "financing.own_cash": "1650",
    "financing.other_loans": [
        {"lender": "Bank", "amount": "8000", "rate": "6", "months": 40, "kind": "linear"}
    ],
    "operating.fixed_costs": [
        {"name": "Rent", "kind": "rent", "amount": "800", "vat": "exempt"},
        {"name": "Energy", "kind": "other", "amount": "200", "vat": "standard"},
        {"name": "Insurance", "kind": "insurance", "amount": "50", "vat": "exempt"},
    ],
    "private.expenses": {"housing": "1500"},
    "private.incomes": {"child_benefit": "300"},
    "private.tax_rate": "20",
}
