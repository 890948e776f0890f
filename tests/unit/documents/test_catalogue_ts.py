"""The documents' .ts catalogues parse, and every string the code uses is translated."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desktop_app.documents as documents_package
from desktop_app.documents.catalogue import Catalogue, fill, parse_ts, translate_noop, ts_path

PACKAGE_DIR = Path(documents_package.__file__).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def strings_used_in_code() -> set[tuple[str, str]]:
    """(context, source) of every literal tr()/translate_noop() call in the documents package."""
    found: set[tuple[str, str]] = set()
    for path in PACKAGE_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in ("tr", "translate_noop"):
                continue
            literal = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if len(literal) == 2 and all(isinstance(v, str) for v in literal):
                found.add((literal[0], literal[1]))
            else:
                # Computed sources must come from a translate_noop() table.
                assert isinstance(node.args[1], ast.Subscript), f"{path.name}:{node.lineno}"
    return found


def test_scanner_finds_the_documents_strings():
    used = strings_used_in_code()
    assert ("Document", "Page {page} of {pages}") in used
    assert ("Handout", "Paid work with support") in used  # via translate_noop
    assert ("BusinessPlan", "Start-up budget") in used
    assert ("BusinessPlan", "Money in the bank every month") in used  # checklist table
    assert len(used) > 50


@pytest.mark.parametrize("language", ["da", "nl"])
def test_every_used_string_is_translated(language):
    catalogue = Catalogue.load(language)
    missing = sorted(key for key in strings_used_in_code() if key not in catalogue)
    assert missing == []


@pytest.mark.parametrize("language", ["da", "nl"])
def test_no_stale_entries_in_the_ts_file(language):
    assert set(parse_ts(ts_path(language))) <= strings_used_in_code()


@pytest.mark.parametrize("language", ["da", "nl"])
def test_translations_keep_the_placeholders(language):
    for (_, source), translation in parse_ts(ts_path(language)).items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation))


@pytest.mark.parametrize(("language", "code"), [("da", "da_DK"), ("nl", "nl_NL")])
def test_ts_files_are_qt_linguist_format(language, code):
    root = ET.parse(ts_path(language)).getroot()
    assert root.tag == "TS" and root.get("version") == "2.1" and root.get("language") == code
    assert {c.findtext("name") for c in root.iter("context")} == {
        "BusinessPlan", "Document", "Handout", "MeetingSummary", "PlanQuestions", "ProfileCode",
        "ProfileField",
    }


def test_known_translations():
    assert Catalogue.load("da").tr("Handout", "My goals") == "Mine mål"
    assert Catalogue.load("nl").tr("Handout", "My goals") == "Mijn doelen"
    assert Catalogue.load("en").tr("Handout", "My goals") == "My goals"


def test_missing_strings_fall_back_to_the_source():
    assert Catalogue.load("da").tr("Handout", "Never translated") == "Never translated"
    assert Catalogue.load("da").tr("NoSuchContext", "My goals") == "My goals"


def test_unfinished_and_obsolete_entries_are_ignored(tmp_path):
    (tmp_path / "documents_da.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context><name>Handout</name>
  <message><source>A &amp; B</source><translation>A &amp; B (da)</translation></message>
  <message><source>Draft</source><translation type="unfinished">Kladde</translation></message>
  <message><source>Old</source><translation type="vanished">Gammel</translation></message>
  <message><source>Empty</source><translation></translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    catalogue = Catalogue.load("da", tmp_path)
    assert catalogue.tr("Handout", "A & B") == "A & B (da)"
    assert [catalogue.tr("Handout", s) for s in ("Draft", "Old", "Empty")] == [
        "Draft", "Old", "Empty"
    ]
    assert len(catalogue) == 1


def test_not_a_ts_file_is_refused(tmp_path):
    (tmp_path / "documents_nl.ts").write_text("<html/>", encoding="utf-8")
    with pytest.raises(ValueError):
        Catalogue.load("nl", tmp_path)


def test_unsupported_language_is_refused():
    with pytest.raises(ValueError):
        Catalogue.load("sv")


def test_catalogue_is_loaded_once():
    assert Catalogue.load("nl") is Catalogue.load("nl")


def test_fill_and_noop():
    assert fill("Side {page} af {pages}", page="1", pages="2") == "Side 1 af 2"
    assert fill("broken {translation", name="x") == "broken {translation"
    assert translate_noop("Handout", "Goal") == "Goal"
