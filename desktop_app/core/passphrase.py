"""Passphrase strength feedback as codes and a 0–4 score (the GUI words it)."""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 10
_COMMON = {
    "password",
    "passw0rd",
    "123456789",
    "1234567890",
    "qwertyuiop",
    "adgangskode",
    "wachtwoord",
    "opstart123",
    "iloveyou",
    "letmein123",
    "kodeord123",
}


@dataclass(frozen=True)
class Strength:
    """Score 0 (unusable) to 4 (strong); `problem` is a code or None."""

    score: int
    problem: str | None

    @property
    def acceptable(self) -> bool:
        """True when the passphrase may be used for a vault."""
        return self.problem is None


def assess(passphrase: str) -> Strength:
    """Judge a passphrase by length, variety and a small list of common ones."""
    if not passphrase:
        return Strength(0, "empty")
    if passphrase.strip().lower() in _COMMON:
        return Strength(0, "common")
    if len(passphrase) < MIN_LENGTH:
        return Strength(1, "too_short")
    if len(set(passphrase)) < 5:
        return Strength(1, "repetitive")
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    score = 2
    if len(passphrase) >= 16 or (classes >= 3 and len(passphrase) >= 12):
        score = 3
    if len(passphrase) >= 24 or (words >= 4 and len(passphrase) >= 20):
        score = 4
    return Strength(score, None)
