"""Render every business-plan wizard step (and the charts) to PNG, to look at them.

Usage: python tools/wizard_screenshots.py OUTDIR [--lang da]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--steps", default="", help="comma-separated step numbers (0-15)")
    args = parser.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)

    from datetime import date

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from desktop_app.paths import VaultPaths
    from desktop_app.services.participants import ParticipantService
    from desktop_app.services.plans import PlanService
    from desktop_app.services.vault_service import VaultService
    from desktop_app.storage.keystore import fast_kdf_for_tests
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.wizard.country_settings_dialog import CountrySettingsDialog
    from desktop_app.ui.wizard.plan_wizard import PlanWizard
    from desktop_app.ui.wizard.versions_dialog import VersionsDialog
    from tests.plan_answers import BAKERY, HAIRDRESSER

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    app.setFont(QFont("DejaVu Sans", 11))
    root = Path(tempfile.mkdtemp(prefix="opstart-wizard-shots-"))
    vault = VaultService(VaultPaths(root), kdf=fast_kdf_for_tests()).create("screenshots 1234")
    people = ParticipantService(vault)
    plans = PlanService(vault)
    answers = BAKERY if args.lang == "nl" else HAIRDRESSER
    person = people.create("Søren", "Ærø")
    plan = plans.open_for(person.id, answers["setup.country"], args.lang)
    for key, value in answers.items():
        plans.save_answer(plan.id, key, value)
    plans.set_step_unknown(plan.id, 5, True)
    wizard = PlanWizard(vault, person.id, title="Søren Ærø", today=date(2025, 1, 1))
    wizard.show()
    steps = [int(s) for s in args.steps.split(",")] if args.steps else range(16)
    for step in steps:
        wizard.go_to(step)
        app.processEvents()
        wizard.grab().save(str(out / f"wizard-step{step:02d}-{args.lang}.png"))
        page = wizard.page(step)
        if page.height() > wizard.scroll.viewport().height():
            page.grab().save(str(out / f"wizard-step{step:02d}-full-{args.lang}.png"))
    wizard.panel.balance_chart.grab().save(str(out / f"chart-balance-{args.lang}.png"))
    wizard.panel.break_even_chart.grab().save(str(out / f"chart-break-even-{args.lang}.png"))
    from desktop_app.services.plan_versions import PlanVersionService

    versions = PlanVersionService(vault)
    versions.save_version(plan.id, "Loan application")
    plans.save_answer(plan.id, "products", [{**answers["products"][0], "price": "260"}])
    dialog = VersionsDialog(
        vault, plan.id, answers["setup.country"], [wizard.page(s).title.text() for s in range(16)]
    )
    dialog.show()
    dialog.on_compare()
    app.processEvents()
    dialog.grab().save(str(out / f"versions-{args.lang}.png"))
    settings = CountrySettingsDialog(wizard.country_settings, answers["setup.country"])
    settings.show()
    app.processEvents()
    settings.grab().save(str(out / f"country-settings-{args.lang}.png"))
    wizard.close()
    vault.close()
    print(f"wrote screenshots to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
