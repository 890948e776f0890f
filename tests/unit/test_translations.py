"""Every GUI string has a Danish and Dutch translation, and the catalogues match the code."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import translations

LANGS = translations.LANGUAGES


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(translations.TS_DIR / f"opstart_{lang}.ts")
    assert messages
    untranslated = [
        key
        for key, tr in messages.items()
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not tr.text
    ]
    assert untranslated == []


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang: str) -> None:
    import re

    for (_ctx, source), tr in _messages(translations.TS_DIR / f"opstart_{lang}.ts").items():
        assert tr is not None and tr.text is not None
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", tr.text)), source


def test_catalogues_are_in_step_with_the_code(tmp_path: Path) -> None:
    for lang in LANGS:
        shutil.copy(translations.TS_DIR / f"opstart_{lang}.ts", tmp_path)
    translations.update(target_dir=tmp_path)
    for lang in LANGS:
        committed = _messages(translations.TS_DIR / f"opstart_{lang}.ts")
        fresh = _messages(tmp_path / f"opstart_{lang}.ts")
        assert set(fresh) == set(committed), "run: python tools/translations.py update"
