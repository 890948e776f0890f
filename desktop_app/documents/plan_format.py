"""Numbers of a business plan as its reader expects them: money, whole amounts, %, months."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.documents.formatting import format_decimal, format_money

_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "da": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}
_CURRENCY_WORDS = {
    "DKK": {"da": "kr.", "nl": "DKK", "en": "DKK"},
    "EUR": {"da": "€", "nl": "€", "en": "€"},
}


@dataclass(frozen=True)
class PlanFormat:
    """Formats the figures of one plan in one language and currency."""

    language: str
    currency: str

    def money(self, amount: Decimal) -> str:
        """Full amount with the currency: "51.500,00 kr.", "€ 1.234,50", "DKK 51,500.00"."""
        return format_money(amount, self.language, self.currency)

    def amount(self, amount: Decimal) -> str:
        """Amount with øre/cents but no currency, for tables whose header names the currency."""
        return format_decimal(amount, self.language, places=2)

    def whole(self, amount: Decimal) -> str:
        """Rounded to whole kroner/euros without the currency, for dense monthly grids."""
        return format_decimal(amount, self.language, places=0)

    def number(self, value: Decimal | int, places: int = 0) -> str:
        """A grouped number with a fixed number of decimals."""
        return format_decimal(value, self.language, places=places)

    def percent(self, ratio: Decimal, places: int = 1) -> str:
        """A ratio as a percentage: 0.9167 -> "91,7 %" (da/nl) or "91.7%" (en)."""
        text = format_decimal(ratio * 100, self.language, places=places)
        return f"{text}%" if self.language == "en" else f"{text} %"

    def currency_word(self) -> str:
        """How the currency is written in this language ("kr.", "DKK", "€")."""
        return _CURRENCY_WORDS.get(self.currency, {}).get(self.language, self.currency)

    def month(self, calendar: tuple[int, int]) -> str:
        """A short month with its year: "jan 2025", "mrt 2025", "Jan 2025"."""
        year, month = calendar
        return f"{_SHORT_MONTHS[self.language][month - 1]} {year}"
