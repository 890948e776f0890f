"""Locale formatting of dates, times, numbers and money for documents, without Qt."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
# (thousands separator, decimal separator)
_SEPARATORS = {"en": (",", "."), "da": (".", ","), "nl": (".", ",")}
_SYMBOLS = {
    "DKK": {"da": "kr.", "nl": "DKK", "en": "DKK"},
    "EUR": {"da": "€", "nl": "€", "en": "€"},
}


def _check(language: str) -> None:
    if language not in _SEPARATORS:
        raise ValueError(f"unsupported language: {language!r}")


def format_date(value: date, language: str) -> str:
    """Long date: "24. november 2026" (da), "24 november 2026" (nl), "24 November 2026" (en)."""
    _check(language)
    month = _MONTHS[language][value.month - 1]
    day = f"{value.day}." if language == "da" else str(value.day)
    return f"{day} {month} {value.year}"


def format_weekday_date(value: date, language: str) -> str:
    """Date with weekday: "torsdag den 24. november 2026", "donderdag 24 november 2026"."""
    _check(language)
    weekday = _WEEKDAYS[language][value.weekday()]
    joiner = " den " if language == "da" else " "
    return weekday + joiner + format_date(value, language)


def format_date_short(value: date, language: str) -> str:
    """Numeric date for narrow table columns: "24.11.2026", "24-11-2026", "24/11/2026"."""
    _check(language)
    separator = {"da": ".", "nl": "-", "en": "/"}[language]
    return f"{value.day:02d}{separator}{value.month:02d}{separator}{value.year}"


def format_time(value: time | datetime, language: str) -> str:
    """24-hour clock: "14.30" in Danish, "14:30" in Dutch and English."""
    _check(language)
    separator = "." if language == "da" else ":"
    return f"{value.hour:02d}{separator}{value.minute:02d}"


def _to_decimal(value: Decimal | int | float) -> Decimal:
    # str() first, so 0.1 prints as 0.1 and not as its binary approximation.
    return value if isinstance(value, Decimal) else Decimal(str(value))


def format_decimal(value: Decimal | int | float, language: str, places: int | None = None) -> str:
    """Grouped number ("1.234,5" / "1,234.5"); `places=None` keeps the value's own decimals."""
    _check(language)
    number = _to_decimal(value)
    if not number.is_finite():
        raise ValueError(f"cannot format {value!r}")
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    elif number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    else:
        number = number.normalize()
    thousands, point = _SEPARATORS[language]
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = thousands.join(groups)
    if fraction:
        text = f"{text}{point}{fraction}"
    if text.strip("0.,") == "":
        sign = ""  # no "-0,00"
    return sign + text


def format_money(amount: Decimal | int | float, language: str, currency: str = "DKK") -> str:
    """Money as people read it: "1.234,50 kr.", "€ 1.234,50", "DKK 1,234.50", "€1,234.50"."""
    number = format_decimal(amount, language, places=2)
    sign, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
    symbol = _SYMBOLS.get(currency, {}).get(language, currency)
    if language == "da":
        return f"{sign}{digits} {symbol}"
    if language == "nl":
        return f"{symbol} {sign}{digits}"
    gap = "" if symbol == "€" else " "
    return f"{sign}{symbol}{gap}{digits}"
