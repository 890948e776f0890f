"""Money and numbers shown and typed the way the user's locale writes them."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

CURRENCY_SUFFIX = {"DKK": "kr.", "EUR": "€"}


def currency_of(country: str) -> str:
    """DKK for Denmark, EUR for the Netherlands."""
    return "EUR" if country == "NL" else "DKK"


def suffix_of(country: str) -> str:
    """The symbol shown beside money fields: kr. or €."""
    return CURRENCY_SUFFIX[currency_of(country)]


def format_number(value: Decimal | float | int, decimals: int = 2) -> str:
    """1.234,50 in Danish and Dutch, 1,234.50 in English."""
    return QLocale().toString(float(value), "f", decimals)


def format_money(value: Decimal | str | None, country: str, decimals: int = 0) -> str:
    """Amount with the currency: "12.000 kr." or "€ 1.234,50"; empty for None."""
    if value is None or value == "":
        return ""
    number = format_number(Decimal(str(value)), decimals)
    if currency_of(country) == "EUR":
        return f"€ {number}"
    return f"{number} kr."


def parse_decimal(text: str) -> Decimal | None:
    """A number typed in the user's locale (or with a plain dot); None when it is not one."""
    cleaned = text.strip().replace("kr.", "").replace("€", "").replace("%", "").strip()
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if not ok:
        value, ok = QLocale.c().toDouble(cleaned.replace(" ", ""))
    if not ok:
        return None
    try:
        number = Decimal(repr(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def decimal_text(value: Decimal) -> str:
    """How an amount is stored: plain text without trailing ",00" noise ("240", "4.5")."""
    normal = value.normalize()
    text = format(normal, "f")
    return text


def month_name(year: int, month: int) -> str:
    """ "March 2025" in the user's language."""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


def tr(text: str) -> str:
    """Translate a PlanWizard catalogue string."""
    return QCoreApplication.translate("PlanWizard", text)
