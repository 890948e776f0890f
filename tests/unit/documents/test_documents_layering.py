"""The documents layer stays Qt-free, and its data classes load without reportlab."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import desktop_app.documents as documents_package

PACKAGE_DIR = Path(documents_package.__file__).parent
REPO = PACKAGE_DIR.parents[1]


def test_no_qt_imports_in_the_source():
    for path in PACKAGE_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            assert not [m for m in modules if m.startswith(("PySide", "PyQt", "shiboken"))], path


def run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_building_documents_does_not_load_qt():
    code = (
        "import sys, desktop_app.documents.batch as b, desktop_app.documents.meeting_summary\n"
        "from desktop_app.documents.handout import HandoutData\n"
        "b.build_handouts_combined([HandoutData('A', 'da')])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'PyQt'))))"
    )
    assert run(code) == "[]"


def test_data_classes_load_without_reportlab():
    code = (
        "import sys, desktop_app.documents.handout, desktop_app.documents.meeting_summary\n"
        "import desktop_app.documents.batch\n"
        "print('reportlab' in sys.modules)"
    )
    assert run(code) == "False"
