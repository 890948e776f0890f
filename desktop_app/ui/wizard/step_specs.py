"""What each of the 16 steps asks: title, prompt, and its fields with labels and examples."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.wizard import labels as L


@dataclass(frozen=True)
class FieldSpec:
    """One question: answer key, widget kind, label, example answer and options."""

    key: str
    kind: str
    label: str
    example: str = ""
    options: object = None
    vat: str = "excl"
    limit: int = 0


@dataclass(frozen=True)
class StepSpec:
    """One wizard step."""

    number: int
    title: str
    prompt: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)


F = FieldSpec
STEPS: tuple[StepSpec, ...] = (
    StepSpec(
        0,
        QT_TRANSLATE_NOOP("PlanWizard", "Getting started"),
        QT_TRANSLATE_NOOP("PlanWizard", "Which country? When do you want to start?"),
        (
            F(
                "setup.country",
                "choice",
                QT_TRANSLATE_NOOP("PlanWizard", "Country"),
                options=L.COUNTRIES,
            ),
            F(
                "setup.language",
                "choice",
                QT_TRANSLATE_NOOP("PlanWizard", "Language of the plan"),
                options=L.LANGUAGES,
            ),
            F(
                "setup.start_month",
                "month",
                QT_TRANSLATE_NOOP("PlanWizard", "First month of the business"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: March next year"),
            ),
            F(
                "setup.purpose",
                "choice",
                QT_TRANSLATE_NOOP("PlanWizard", "What is the plan for?"),
                options=L.PURPOSES,
            ),
            F(
                "setup.vat_status",
                "choice",
                QT_TRANSLATE_NOOP("PlanWizard", "VAT"),
                options=L.VAT_STATUSES,
            ),
        ),
    ),
    StepSpec(
        1,
        QT_TRANSLATE_NOOP("PlanWizard", "About me"),
        QT_TRANSLATE_NOOP("PlanWizard", "Why do you want your own business? What are you good at?"),
        (
            F(
                "about.motivation",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "Why do you want your own business?"),
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Example: I love baking and I want to earn my own money."
                ),
                limit=500,
            ),
            F(
                "about.skills",
                "lines",
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "What can you do that helps the business? (one per line)"
                ),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: I have cut hair for 6 years"),
            ),
            F(
                "about.strengths",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Your strengths (1 to 5, one per line)"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: friendly, on time, good with children"),
            ),
            F(
                "about.hours_per_week",
                "hours",
                QT_TRANSLATE_NOOP("PlanWizard", "Hours per week for the business"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 30"),
            ),
            F(
                "about.education",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Education and courses"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: Hairdresser course, 2015"),
            ),
            F(
                "about.work_experience",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Work experience"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: Salon assistant, 3 years"),
            ),
            F(
                "about.to_learn",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "What do you still want to learn?"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: bookkeeping"),
            ),
            F(
                "about.languages",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Languages you speak"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: Arabic (very good), Danish (good)"),
            ),
        ),
    ),
    StepSpec(
        2,
        QT_TRANSLATE_NOOP("PlanWizard", "My idea in one sentence"),
        QT_TRANSLATE_NOOP("PlanWizard", "Finish the sentence: I sell … to … because …"),
        (
            F(
                "idea.what",
                "text",
                QT_TRANSLATE_NOOP("PlanWizard", "I sell …"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: haircuts for the whole family"),
                limit=150,
            ),
            F(
                "idea.to_whom",
                "text",
                QT_TRANSLATE_NOOP("PlanWizard", "… to …"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: families in my neighbourhood"),
                limit=150,
            ),
            F(
                "idea.why_me",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "… because …"),
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Example: I am cheaper and I speak three languages"
                ),
            ),
        ),
    ),
    StepSpec(
        3,
        QT_TRANSLATE_NOOP("PlanWizard", "Customers and their problem"),
        QT_TRANSLATE_NOOP("PlanWizard", "Who will pay you? What problem do you solve for them?"),
        (
            F(
                "customers.groups",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Who are your customers? (one group per line)"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: parents with small children"),
            ),
            F(
                "customers.problem",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "What problem do you solve?"),
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Example: the nearest salon is far away and expensive"
                ),
            ),
            F(
                "customers.asked",
                "int",
                QT_TRANSLATE_NOOP("PlanWizard", "How many people have you asked?"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 12"),
            ),
            F(
                "customers.said",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "What did they say?"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 9 of them would come every month"),
            ),
            F(
                "customers.nearby",
                "int",
                QT_TRANSLATE_NOOP("PlanWizard", "About how many possible customers live nearby?"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 2000"),
            ),
            F(
                "customers.first",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Your first customers (names or groups)"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: my neighbours"),
            ),
        ),
    ),
    StepSpec(
        4,
        QT_TRANSLATE_NOOP("PlanWizard", "Products and prices"),
        QT_TRANSLATE_NOOP(
            "PlanWizard",
            "What does one piece or hour cost the customer? What does it cost you to make?",
        ),
        (
            F(
                "products",
                "products",
                QT_TRANSLATE_NOOP("PlanWizard", "What you sell"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: Haircut · piece · 240 · 20 · 25 %"),
            ),
            F(
                "products.special",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "What makes it special?"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: open in the evening, three languages"),
            ),
        ),
    ),
    StepSpec(
        5,
        QT_TRANSLATE_NOOP("PlanWizard", "Market and competitors"),
        QT_TRANSLATE_NOOP("PlanWizard", "Who else sells this? Why would people choose you?"),
        (
            F(
                "market.competitors",
                "competitors",
                QT_TRANSLATE_NOOP("PlanWizard", "Competitors"),
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Example: Salon Nord · 300 · well known · far away"
                ),
            ),
            F(
                "market.area",
                "text",
                QT_TRANSLATE_NOOP("PlanWizard", "Where will you work?"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: Aarhus West"),
            ),
            F(
                "market.trends",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "What is changing in your market?"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: more people book online"),
            ),
        ),
    ),
    StepSpec(
        6,
        QT_TRANSLATE_NOOP("PlanWizard", "Marketing and sales"),
        QT_TRANSLATE_NOOP(
            "PlanWizard", "How will people hear about you? How do you find your first 10 customers?"
        ),
        (
            F(
                "marketing.channels",
                "multi",
                QT_TRANSLATE_NOOP("PlanWizard", "How will people hear about you?"),
                options=L.CHANNELS,
            ),
            F(
                "marketing.first10",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "How do you find your first 10 customers?"),
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Example: a free trial for my neighbours in the first week"
                ),
            ),
            F(
                "marketing.actions",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Sales actions with a date"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: flyers at the school, 1 March"),
            ),
            F(
                "marketing.price_strategy",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "How did you choose your prices?"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: a little below the other salons"),
            ),
        ),
    ),
)
