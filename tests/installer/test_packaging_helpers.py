"""Fast checks of the installer's building blocks: metadata, icons, library policy, docs."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from opstart_build import bundle_policy, linux  # noqa: E402
from opstart_build.meta import read_meta  # noqa: E402

import desktop_app  # noqa: E402

SITE = "/venv/lib/python3.11/site-packages"


def test_product_facts_come_from_pyproject_and_match_the_package() -> None:
    meta = read_meta()
    assert (meta.name, meta.app_id) == ("Opstart", "dk.opstart.Opstart")
    assert meta.version == desktop_app.__version__  # `opstart --version` must agree
    assert meta.icon_png.is_file() and meta.icon_ico.is_file() and meta.icon_icns.is_file()
    assert meta.archive_stem().startswith(f"Opstart-{meta.version}-")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_committed_icons_have_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size((icons / f"opstart-{size}.png").read_bytes()) == (size, size)
    ico = (icons / "opstart.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    for i in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert _png_size(ico[offset : offset + length])[0] == (width or 256)
    icns = (icons / "opstart.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_build_machine_libraries_stay_out_of_the_linux_bundle(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    keep = bundle_policy.keep_binary
    assert not keep("libgtk-3.so.0", "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0", True)
    assert not keep("libglib-2.0.so.0", "/lib/x86_64-linux-gnu/libglib-2.0.so.0", True)
    assert not keep("libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6", True)
    assert keep("libssl.so.3", "/lib/x86_64-linux-gnu/libssl.so.3", True)
    assert keep("libpython3.11.so.1.0", "/opt/python/lib/libpython3.11.so.1.0", True)
    qt = "PySide6/Qt/lib/libQt6Gui.so.6"
    assert keep(qt, f"{SITE}/{qt}", True)
    gtk_theme = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
    assert not keep(gtk_theme, f"{SITE}/{gtk_theme}", True)
    pdf = "PySide6/Qt/plugins/imageformats/libqpdf.so"
    assert keep(pdf, f"{SITE}/{pdf}", True) and not keep(pdf, f"{SITE}/{pdf}", False)
    xcb = "PySide6/Qt/plugins/platforms/libqxcb.so"
    assert keep(xcb, f"{SITE}/{xcb}", False)
    assert bundle_policy.FORBIDDEN_LIBS.match("libgtk-x11-2.0.so.0")


def test_desktop_entry_and_install_notes_are_filled_in() -> None:
    meta = read_meta()
    entry = linux.desktop_entry(meta, "/opt/Opstart/opstart", "/opt/Opstart/opstart.png")
    assert "Name=Opstart\n" in entry and "Exec=/opt/Opstart/opstart\n" in entry
    assert "$" not in entry and "Categories=Office;" in entry
    notes = linux.install_notes(meta, "Opstart-0.1.0-linux-x86_64.tar.gz")
    assert "$" not in notes.replace("$ ", "")
    for package in bundle_policy.RUNTIME_PACKAGES:
        assert package in notes


def test_installing_guide_names_every_runtime_package_and_data_folder() -> None:
    heading = "Installing for your organisation"
    texts = [
        p.read_text(encoding="utf-8")
        for p in (ROOT / "README.md", ROOT / "docs" / "installing.md")
        if p.exists()
    ]
    guide = next(t for t in texts if heading in t)
    for package in bundle_policy.RUNTIME_PACKAGES:
        assert package in guide, package
    for folder in (
        "~/.local/share/Opstart",
        r"%LOCALAPPDATA%\Opstart",
        "Application Support/Opstart",
    ):
        assert folder in guide
    assert "passphrase" in guide.lower()
