"""Opstart: offline coaching and business-plan tool for micro-enterprise programmes."""

__version__ = "0.1.0"
PRODUCT_NAME = "Opstart"
