"""Editable country settings (VAT, thresholds, filing, tax, living-test bands) in the vault."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktop_app.core.errors import OpstartError
from desktop_app.core.finance.country import (
    Country,
    CountrySettings,
    default_settings,
    settings_from_dict,
    settings_to_dict,
)
from desktop_app.storage.plan_models import CountrySettingsRecord, country_settings_id
from desktop_app.storage.vault import Vault


def load_settings(country: str, stored: Mapping[str, Any] | None) -> CountrySettings:
    """Stored settings when they are readable and match the country, else the defaults."""
    code = Country(country) if country in ("DK", "NL") else Country.DK
    if stored:
        try:
            settings = settings_from_dict(stored)
        except (ValueError, KeyError, TypeError):
            return default_settings(code)
        if settings.country is code:
            return settings
    return default_settings(code)


class CountrySettingsService:
    """Read, save and reset the settings of DK and NL (synced to the whole team)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def stored_json(self, country: str) -> dict[str, Any] | None:
        """The edited settings as stored, or None while the defaults apply."""
        with self._vault.transaction() as session:
            row = session.get(CountrySettingsRecord, country_settings_id(country))
            if row is None or row.settings_json in ("", "{}"):
                return None
            try:
                data = json.loads(row.settings_json)
            except ValueError:
                return None
            return data if isinstance(data, dict) else None

    def get(self, country: str) -> CountrySettings:
        """Settings in force for `country`."""
        return load_settings(country, self.stored_json(country))

    def is_default(self, country: str) -> bool:
        """True while nobody has edited this country's settings."""
        return self.stored_json(country) is None

    def save(self, settings: CountrySettings) -> None:
        """Store edited settings; they apply to every plan of that country."""
        data = settings_to_dict(settings)
        try:
            settings_from_dict(data)
        except ValueError as error:
            raise OpstartError("These settings cannot be stored.", code="bad_settings") from error
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        country = settings.country.value
        with self._vault.transaction() as session:
            row = session.get(CountrySettingsRecord, country_settings_id(country))
            stamp = self._vault.clock.now().encode()
            if row is None:
                session.add(
                    CountrySettingsRecord(
                        id=country_settings_id(country),
                        country=country,
                        settings_json=text,
                        updated_hlc=stamp,
                    )
                )
            elif row.settings_json != text:
                row.settings_json = text
                row.updated_hlc = stamp

    def reset(self, country: str) -> None:
        """Go back to the built-in defaults."""
        with self._vault.transaction() as session:
            row = session.get(CountrySettingsRecord, country_settings_id(country))
            if row is not None and row.settings_json != "{}":
                row.settings_json = "{}"
                row.updated_hlc = self._vault.clock.now().encode()
