"""Bundled fonts and resources: present, licensed, registered once, found when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from desktop_app.documents import fonts
from desktop_app.documents.resources import resources_dir


def test_fonts_and_licence_are_bundled():
    folder = resources_dir() / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (folder / name).stat().st_size > 100_000
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_registration_is_idempotent():
    first = fonts.register_fonts()
    font = pdfmetrics.getFont(fonts.BOLD)
    assert fonts.register_fonts() == first
    assert pdfmetrics.getFont(fonts.BOLD) is font


def test_the_font_covers_the_scripts_we_print():
    face = pdfmetrics.getFont(fonts.register_fonts()).face
    for char in "ØÆÅŞİıŁłễịΔλОлЇ€☐☑•·…":
        assert ord(char) in face.charWidths, char


def test_resources_dir_in_checkout_and_when_frozen(monkeypatch, tmp_path):
    assert (resources_dir() / "translations" / "documents_da.ts").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == Path(tmp_path) / "resources"
