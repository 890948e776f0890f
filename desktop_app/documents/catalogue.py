"""Qt-free reader for the documents' Qt Linguist (.ts) translations."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from desktop_app.documents.resources import resources_dir

SUPPORTED_LANGUAGES = ("en", "da", "nl")
SOURCE_LANGUAGE = "en"
# Qt's lrelease leaves these out of a build too, so we treat them as untranslated.
_SKIPPED_TYPES = frozenset({"unfinished", "obsolete", "vanished"})


def translate_noop(context: str, source: str) -> str:
    """Mark a string for translation where it is defined; translate it later with `tr()`."""
    del context
    return source


def fill(template: str, **values: str) -> str:
    """Replace `{name}` placeholders; unlike str.format a stray brace cannot crash printing."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def ts_path(language: str, directory: Path | None = None) -> Path:
    """Path of the documents' .ts file for `language`."""
    folder = directory if directory is not None else resources_dir() / "translations"
    return folder / f"documents_{language}.ts"


def parse_ts(path: Path) -> dict[tuple[str, str], str]:
    """Read a .ts file into {(context, source): translation}, skipping unfinished entries."""
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ValueError(f"{path.name} is not a Qt Linguist file")
    messages: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in _SKIPPED_TYPES or not translation.text:
                continue
            messages[(name, source)] = translation.text
    return messages


class Catalogue:
    """Translations for one language; `tr()` falls back to the English source text."""

    def __init__(self, language: str, messages: Mapping[tuple[str, str], str]) -> None:
        self.language = language
        self._messages = MappingProxyType(dict(messages))

    @classmethod
    def load(cls, language: str, directory: Path | None = None) -> Catalogue:
        """The catalogue for "en", "da" or "nl" (parsed once, then shared)."""
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported document language: {language!r}")
        return _load_cached(language, directory)

    def tr(self, context: str, source: str) -> str:
        """The translation of `source` in `context`, or `source` itself."""
        return self._messages.get((context, source), source)

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self._messages

    def __len__(self) -> int:
        return len(self._messages)


@functools.lru_cache(maxsize=16)
def _load_cached(language: str, directory: Path | None) -> Catalogue:
    if language == SOURCE_LANGUAGE:
        return Catalogue(language, {})
    return Catalogue(language, parse_ts(ts_path(language, directory)))
