"""Helpers of build_installer.py: freeze with PyInstaller, check, smoke-test, package.

This folder is put on sys.path by build_installer.py and the spec; `packaging/` itself is
not a Python package, so it never shadows the `packaging` library that pip and
PyInstaller import.
"""
