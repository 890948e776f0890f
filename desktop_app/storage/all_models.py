"""Imports every model module so their tables are mapped before a vault opens.

Each feature adds one import line here.
"""

from __future__ import annotations

from desktop_app.storage import models  # noqa: F401
