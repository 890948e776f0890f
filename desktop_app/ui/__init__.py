"""Qt user interface."""

from desktop_app.ui.none_refcount_guard import make_singletons_immortal

make_singletons_immortal()  # before any PySide6 call (see none_refcount_guard)
