"""CLI: init, demo-data, check."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli_context import EXIT_ERROR, EXIT_OK, CliContext, print_json
from desktop_app.core.errors import OpstartError


def register(sub: Any, common: argparse.ArgumentParser) -> list[str]:
    """Add this group's commands; returns their names."""
    sub.add_parser("init", parents=[common], help="create a new vault")
    demo = sub.add_parser("demo-data", parents=[common], help="add fictional participants")
    demo.add_argument("--participants", type=int, default=50, metavar="N")
    demo.add_argument("--seed", type=int, default=2026)
    check = sub.add_parser("check", parents=[common], help="check the vault's integrity")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    return ["init", "demo-data", "check"]


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run one of this group's commands."""
    if args.command == "init":
        ctx.service.create(ctx.passphrase(confirm=True)).close()
        print(f"Created a new vault in {ctx.service.paths.root}")
        return EXIT_OK
    if args.command == "demo-data":
        from desktop_app.services.demo import add_demo_participants

        if args.participants < 0:
            raise OpstartError("--participants must be 0 or more.")
        from desktop_app.services.plan_demo import add_demo_plans, participants_without_plan

        added = add_demo_participants(ctx.vault, args.participants, args.seed)
        plans = add_demo_plans(ctx.vault, participants_without_plan(ctx.vault), args.seed)
        print(f"Added {added} fictional participants and {plans} business plans.")
        return EXIT_OK
    from desktop_app.services.vault_service import check_vault

    report = check_vault(ctx.vault)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "schema_revision": report.schema_revision,
                "participants": report.participants,
                "problems": list(report.problems),
            }
        )
    else:
        print("Vault OK." if report.ok else "\n".join(report.problems))
    return EXIT_OK if report.ok else EXIT_ERROR
