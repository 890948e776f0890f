"""The bundled DejaVu Sans family, registered with reportlab once per process."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.documents.resources import resources_dir

# Our own names, so a font registered elsewhere under "DejaVuSans" cannot be mixed in.
REGULAR = "OpstartSans"
BOLD = "OpstartSans-Bold"
ITALIC = "OpstartSans-Oblique"
BOLD_ITALIC = "OpstartSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """Folder holding the bundled TTF files."""
    return resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe) and return the regular font's name."""
    global _registered
    with _lock:
        if _registered:
            return REGULAR
        folder = font_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # Paragraph markup <b>/<i> resolves through these mappings.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True
        return REGULAR
