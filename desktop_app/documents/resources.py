"""Where the documents' bundled resources (fonts, translations) live."""

from __future__ import annotations

from pathlib import Path

from desktop_app import paths


def resources_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle when frozen, else the repo's."""
    # One rule for every layer, kept in paths.py (sys._MEIPASS when frozen).
    return paths.resources_dir()
