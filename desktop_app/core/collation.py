"""Sort keys for names: case- and accent-insensitive, so "Ærø" and "van Dijk" sort sensibly."""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not decompose but readers expect near their base letter.
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})


def name_key(text: str) -> str:
    """A key that orders names the way a person expects in a list."""
    folded = text.casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()
