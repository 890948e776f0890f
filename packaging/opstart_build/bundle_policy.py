"""What goes into the Linux bundle and what the operating system must provide.

PyInstaller copies every shared library it finds, including the build machine's GTK,
CUPS and GLib stacks. Those must come from the target system instead (mixing a
bundled GLib with the system's breaks at run time), so the spec keeps only:

- libraries shipped inside Python packages (Qt from the PySide6 wheels, SQLCipher,
  cryptography), and Python's own extension modules;
- a short allow-list of libraries that Python itself needs and Debian does not
  guarantee (OpenSSL for `ssl`/`hashlib`, SQLite, mpdecimal).

Everything else is left to the OS: RUNTIME_PACKAGES names the Debian packages that
provide it, and libcheck.py proves that nothing else is needed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Debian/Ubuntu packages the README asks IT to install (plus what a base system has).
RUNTIME_PACKAGES = (
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libcups2",
    "fonts-dejavu-core",
)
# Libraries only the optional Wayland platform plugin needs; without them Qt uses xcb.
WAYLAND_ONLY_LIBS = ("libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1")

# Qt plugins we do not ship (relative to PySide6/Qt/plugins): kiosk/embedded platforms,
# the GTK theme (it would drag GTK in), QML-based input methods.
DROPPED_PLUGINS = (
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "egldeviceintegrations/",
    "generic/",
    "platformthemes/libqgtk3.so",
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "imageformats/libqtga.so",
    "imageformats/libqtiff.so",
    "imageformats/libqwbmp.so",
    "imageformats/libqwebp.so",
    "imageformats/libqicns.so",
    "networkinformation/",
    "tls/",
)
# Only with the PySide6.QtPdf module (the separate pyside6-pdf wheel) do we ship Qt PDF.
PDF_PLUGIN = "imageformats/libqpdf.so"

# System libraries that Python needs and a bare Debian may lack: bundled.
PYTHON_RUNTIME_LIBS = re.compile(r"^(libpython3|libssl|libcrypto|libsqlite3|libmpdec)[.\-]")

# Families that must never be inside the bundle (checked after the build).
FORBIDDEN_LIBS = re.compile(
    r"^(libgtk|libgdk|libatk|libatspi|libcairo|libpango|libharfbuzz|libfribidi|libthai|"
    r"libdatrie|libgraphite2|libpixman|libepoxy|libcups|libavahi|libgnutls|libkrb5|"
    r"libgssapi|libglib-2|libgobject|libgio-2|libdbus-1|libfontconfig|libfreetype|"
    r"libX11|libxcb|libxkbcommon|libwayland|libstdc\+\+|libgcc_s|libGL|libEGL)"
)


def ui_languages(root: Path) -> set[str]:
    """Languages with a GUI catalogue (opstart_da.ts -> da), plus English."""
    found = (root / "resources" / "translations").glob("opstart_*.ts")
    return {"en"} | {p.stem.split("_", 1)[1] for p in found}


def is_package_library(source: str) -> bool:
    """True for libraries shipped inside a Python package or Python's own lib-dynload."""
    parts = Path(source).parts
    return "site-packages" in parts or "lib-dynload" in parts


def is_dropped_plugin(dest: str, with_pdf: bool) -> bool:
    """True for a Qt plugin we do not ship."""
    dest = dest.replace("\\", "/")
    marker = "PySide6/Qt/plugins/"
    if marker not in dest:
        return False
    relative = dest.split(marker, 1)[1]
    if relative == PDF_PLUGIN:
        return not with_pdf
    return any(relative.startswith(prefix) for prefix in DROPPED_PLUGINS)


def keep_binary(dest: str, source: str, with_pdf: bool) -> bool:
    """Whether one (dest, source) binary entry stays in the Linux bundle."""
    if not sys.platform.startswith("linux"):
        return True
    if is_dropped_plugin(dest, with_pdf):
        return False
    if is_package_library(source):
        return True
    name = Path(dest).name
    if Path(source).name.startswith("libpython3"):
        return True
    return bool(PYTHON_RUNTIME_LIBS.match(name))
