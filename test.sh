#!/usr/bin/env bash
# Set up (system libraries, .venv) and run every check: ruff, layering, the test suite.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh poppler-utils xvfb xauth
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
# Type ratchet: strict for the Qt-free layers (pyproject.toml [tool.mypy]).
.venv/bin/mypy desktop_app/core desktop_app/storage desktop_app/sync desktop_app/services
.venv/bin/python -m pytest "$@"
