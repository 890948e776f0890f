"""A fictional hairdresser's business plan (DOMAIN.md §2.9) in English, Danish and Dutch."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.core.finance.inputs import LegalForm, PlanFacts
from desktop_app.core.finance.plan import compute_plan
from desktop_app.documents.business_plan import (
    BusinessPlanData,
    ChecklistScore,
    PlanAnswer,
    Risk,
    Swot,
)
from desktop_app.documents.handout import SmartGoal
from desktop_app.documents.records import CoachContact
from tests.unit.core.finance.conftest import hairdresser_inputs

PLAN_DATE = date(2026, 11, 24)

_TEXT: dict[str, dict[str, Any]] = {
    "da": {
        "business": "Frisør Ærø",
        "programme": "Den Gode Opstart, hold 4",
        "coach": CoachContact("Mette Holm", "+45 33 66 12 34", "mette.holm@example.dk"),
        "names": (
            "Dameklip",
            "Udstyr: stole, spejle og vask",
            "Indskud og første varelager",
            ("Husleje", "Telefon", "Forsikring", "Revisor", "Markedsføring"),
        ),
        "summary": "Jeg åbner en lille frisørsalon i Ærøskøbing med faste, lave priser. "
        "Jeg har 12 års erfaring og mange kunder, der gerne vil følge med mig.",
        "answers": {
            "about": [
                ("Det er jeg god til", "Klipning, farvning og at lytte til kunderne."),
                (
                    "Hvorfor jeg vil starte",
                    "Jeg vil bestemme over min egen tid og give "
                    "folk i byen en frisør, de har råd til.",
                ),
            ],
            "idea": [
                ("Det sælger jeg", "Dameklip, herreklip og farvning."),
                ("Til hvem", "Kvinder og mænd i Ærøskøbing og omegn."),
                ("Derfor mig", "Jeg kender byen og har 12 års erfaring."),
            ],
            "customers": [
                ("Kundegrupper", "Pensionister, familier, turister om sommeren."),
                ("Hvad siger kunderne", "12 af 15 adspurgte vil bestille tid."),
            ],
            "products": [("Det særlige", "Faste priser uden overraskelser og tid til en snak.")],
            "market": [
                ("Konkurrenter", "To saloner i Marstal; de er dyrere og har lang ventetid.")
            ],
            "marketing": [
                ("Kanaler", "Facebook, opslag i Brugsen og mund-til-mund."),
                ("De første 10 kunder", "Tidligere kunder får 20 % rabat på første klip."),
            ],
            "practical": [
                ("Virksomhedsform", "Enkeltmandsvirksomhed"),
                ("Forsikring", "Erhvervsansvar og løsøre"),
            ],
            "risks": [("Plan B", "Jeg kan leje en stol i en anden salon.")],
        },
        "swot": Swot(
            ("12 års erfaring", "Faste kunder"),
            ("Ny i regnskab",),
            ("Turister om sommeren",),
            ("Stille måneder om vinteren",),
        ),
        "risks": (
            Risk("For få kunder de første måneder", "Flere opslag og tilbud til pensionister"),
        ),
        "goals": (SmartGoal("Åbne salonen", "Første kunde klippet", date(2027, 1, 4)),),
        "decision": "Godkendt med vilkår: budget gennemgås igen efter 3 måneder.",
    },
    "nl": {
        "business": "Kapsalon Zoë",
        "programme": "Maak je eigen werk, groep najaar",
        "coach": CoachContact("Femke de Vries", "+31 20 555 0199", "f.devries@example.nl"),
        "names": (
            "Knipbeurt",
            "Inrichting: stoelen, spiegels en wasbak",
            "Borg en eerste voorraad",
            ("Huur", "Telefoon", "Verzekering", "Boekhouder", "Marketing"),
        ),
        "summary": "Ik open een kleine kapsalon met vaste, lage prijzen. Ik heb 12 jaar "
        "ervaring en veel klanten die met mij mee willen.",
        "answers": {
            "about": [
                ("Hier ben ik goed in", "Knippen, kleuren en luisteren naar klanten."),
                ("Waarom ik wil starten", "Ik wil mijn eigen tijd indelen."),
            ],
            "idea": [
                ("Wat ik verkoop", "Knippen en kleuren voor dames en heren."),
                ("Aan wie", "Mensen in de wijk, ook ouderen."),
                ("Waarom ik", "Ik ken de wijk en heb 12 jaar ervaring."),
            ],
            "customers": [
                ("Klantgroepen", "Ouderen, gezinnen, studenten."),
                ("Wat zeggen klanten", "12 van de 15 gevraagden willen een afspraak maken."),
            ],
            "products": [("Wat het bijzonder maakt", "Vaste prijzen en tijd voor een praatje.")],
            "market": [("Concurrenten", "Twee salons in de buurt; duurder en lange wachttijd.")],
            "marketing": [
                ("Kanalen", "Facebook, flyers bij de supermarkt, mond-tot-mond."),
                ("De eerste 10 klanten", "Oud-klanten krijgen 20 % korting."),
            ],
            "practical": [
                ("Rechtsvorm", "Eenmanszaak"),
                ("Verzekering", "Bedrijfsaansprakelijkheid"),
            ],
            "risks": [("Plan B", "Een stoel huren in een andere salon.")],
        },
        "swot": Swot(
            ("12 jaar ervaring", "Vaste klanten"),
            ("Nieuw in boekhouden",),
            ("Nieuwbouwwijk",),
            ("Stille wintermaanden",),
        ),
        "risks": (Risk("Te weinig klanten in het begin", "Meer flyers en acties"),),
        "goals": (SmartGoal("Salon openen", "Eerste klant geknipt", date(2027, 1, 4)),),
        "decision": "Goedgekeurd onder voorwaarden.",
    },
    "en": {
        "business": "Studio Małgorzata",
        "programme": "Start your own business, autumn group",
        "coach": CoachContact("Sam Porter", "+45 70 20 30 40", "sam.porter@example.org"),
        "names": (
            "Haircut",
            "Equipment: chairs, mirrors and basin",
            "Deposit and first stock",
            ("Rent", "Phone", "Insurance", "Accountant", "Marketing"),
        ),
        "summary": "I am opening a small hair salon with fixed, low prices. I have 12 years "
        "of experience and many customers who want to come with me.",
        "answers": {
            "about": [
                ("What I am good at", "Cutting, colouring and listening to customers."),
                ("Why I want to start", "I want to decide over my own time."),
            ],
            "idea": [
                ("What I sell", "Haircuts and colouring for women and men."),
                ("To whom", "People in the neighbourhood, older people too."),
                ("Why me", "I know the area and have 12 years of experience."),
            ],
            "customers": [
                ("Customer groups", "Pensioners, families, students."),
                ("What customers said", "12 of the 15 people I asked want to book."),
            ],
            "products": [("What makes it special", "Fixed prices and time for a chat.")],
            "market": [("Competitors", "Two salons nearby; more expensive, long waiting times.")],
            "marketing": [
                ("Channels", "Facebook, flyers at the supermarket, word of mouth."),
                ("First 10 customers", "Former customers get 20 % off."),
            ],
            "practical": [
                ("Legal form", "Sole proprietorship"),
                ("Insurance", "Business liability"),
            ],
            "risks": [("Plan B", "Rent a chair in another salon.")],
        },
        "swot": Swot(
            ("12 years of experience", "Loyal customers"),
            ("New to bookkeeping",),
            ("New housing estate",),
            ("Quiet winter months",),
        ),
        "risks": (Risk("Too few customers at first", "More flyers and offers"),),
        "goals": (SmartGoal("Open the salon", "First customer served", date(2027, 1, 4)),),
        "decision": "Approved with conditions.",
    },
}
NAMES = {"da": "Søren Ærø", "nl": "Zoë van IJsselmuiden", "en": "Małgorzata Wójcik"}


def make_plan(name: str | None = None, language: str = "da", **overrides: Any) -> BusinessPlanData:
    """The §2.9 hairdresser as a complete plan, its words in `language`."""
    t = _TEXT[language]
    inputs = hairdresser_inputs()
    product, investment, start_cost, fixed = t["names"]
    inputs.operating.products[0].name = product
    inputs.startup.investments[0].name = investment
    inputs.startup.start_costs[0].name = start_cost
    for row, label in zip(inputs.operating.fixed_costs, fixed, strict=True):
        row.name = label
    inputs.facts = PlanFacts(
        hours_per_week=37,
        relevant_skills_count=2,
        strengths_count=3,
        motivation_given=True,
        what_i_sell_given=True,
        to_whom_given=True,
        why_me_given=True,
        customer_groups_count=3,
        customer_problem_given=True,
        people_asked=15,
        competitor_count=2,
        competitors_with_price_count=2,
        channel_count=3,
        first_customers_plan_given=True,
        legal_form=LegalForm.SOLE_PROPRIETORSHIP,
        registration_no_given=False,
        insurance_count=1,
        risk_count=1,
        plan_b_given=True,
        smart_goal_count=1,
    )
    fields: dict[str, Any] = dict(
        participant_name=name or NAMES[language],
        business_name=t["business"],
        language=language,
        inputs=inputs,
        figures=compute_plan(inputs),
        version="3",
        plan_date=PLAN_DATE,
        programme=t["programme"],
        coach=t["coach"],
        summary=t["summary"],
        answers={key: [PlanAnswer(q, a) for q, a in pairs] for key, pairs in t["answers"].items()},
        swot=t["swot"],
        risks=t["risks"],
        goals=t["goals"],
        checklist=(
            ChecklistScore(2, "ok", "private health note"),
            ChecklistScore(3, "ok"),
            ChecklistScore(4, "needs_work", "Job plan meeting on 1 December"),
        ),
        decision=t["decision"],
    )
    fields.update(overrides)
    return BusinessPlanData(**fields)
