"""Fictional participants for `opstart --demo` and `opstart demo-data`."""

from __future__ import annotations

import random

from desktop_app.services.demo_profiles import profile_items, profile_values
from desktop_app.storage.models import Participant, new_id
from desktop_app.storage.profile_models import ITEM_MODELS
from desktop_app.storage.vault import Vault

# Fictional people only. The first few are the names the team tests printing with.
_FIXED = [
    ("Søren", "Ærø"),
    ("Zoë", "van IJsselmuiden"),
    ("Şükrü", "Yılmaz"),
    ("Małgorzata", "Wójcik"),
    ("Nguyễn Thị", "Minh Khai"),
    ("Олена", "Коваленко"),
]
_FIRST = [
    "Mette",
    "Jonas",
    "Freja",
    "Mads",
    "Aisha",
    "Lotte",
    "Bram",
    "Fatima",
    "Kasper",
    "Ingrid",
    "Sanne",
    "Youssef",
    "Niels",
    "Anouk",
    "Dorthe",
    "Emre",
    "Maja",
    "Ruud",
    "Leila",
    "Troels",
    "Noor",
    "Anders",
    "Fleur",
    "Hamza",
    "Birgitte",
    "Daan",
    "Amira",
    "Søs",
    "Joost",
    "Hülya",
    "Ida",
    "Pieter",
    "Zainab",
    "Rasmus",
    "Marieke",
    "Tarek",
    "Astrid",
    "Sven",
    "Yara",
    "Bjørn",
]
_LAST = [
    "Nørgaard",
    "de Vries",
    "Jensen",
    "Bakker",
    "Østergaard",
    "El Amrani",
    "Pedersen",
    "Jansen",
    "Kaya",
    "Madsen",
    "van den Berg",
    "Hansen",
    "Demir",
    "Visser",
    "Lund",
    "Haddad",
    "Smit",
    "Kjær",
    "Mulder",
    "Holm",
    "de Jong",
    "Aydın",
    "Brouwer",
    "Dahl",
    "Bos",
    "Kristensen",
]
_IDEAS = [
    "Wants to start a bicycle repair service in the neighbourhood.",
    "Plans a small bakery selling bread at the weekly market.",
    "Hairdresser with a home salon; needs a chair and a washbasin.",
    "Cleaning service for offices in the evening.",
    "Sells second-hand children's clothes online.",
    "Catering of home-cooked meals for events.",
    "Tailoring and alterations from home.",
    "Dog walking and pet sitting.",
    "Small webshop with handmade jewellery.",
    "Gardening and hedge trimming for private homes.",
]


def demo_people(count: int, seed: int = 2026) -> list[tuple[str, str, str]]:
    """`count` fictional (first name, last name, business idea) triples, reproducible by seed."""
    rng = random.Random(seed)
    people: list[tuple[str, str, str]] = []
    for index in range(count):
        if index < len(_FIXED):
            first, last = _FIXED[index]
        else:
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
        people.append((first, last, rng.choice(_IDEAS)))
    return people


def add_demo_participants(vault: Vault, count: int, seed: int = 2026) -> int:
    """Add `count` fictional participants with profiles, meetings and goals in one transaction."""
    rng = random.Random(seed + 1)
    with vault.transaction() as session:
        for index, (first, last, idea) in enumerate(demo_people(count, seed)):
            person = Participant(
                id=new_id(),
                first_name=first,
                last_name=last,
                business_idea=idea,
                created_hlc=vault.clock.now().encode(),
                **profile_values(rng, index, first, last),
            )
            session.add(person)
            meeting_id = ""
            for kind, values in profile_items(rng):
                item = ITEM_MODELS[kind](
                    id=new_id(),
                    participant_id=person.id,
                    created_hlc=vault.clock.now().encode(),
                    **values,
                )
                if kind == "meeting" and not meeting_id:
                    meeting_id = item.id
                if kind == "agreed_action":
                    item.meeting_id = meeting_id  # type: ignore[attr-defined]
                session.add(item)
    return count
