"""CLI: plan show | export | import."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli_context import EXIT_OK, CliContext, print_json


def register(sub: Any, common: argparse.ArgumentParser) -> list[str]:
    """Add the `plan` group; returns its name."""
    plan = sub.add_parser("plan", help="show, export or import business plans")
    actions = plan.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help="show a plan and its figures")
    show.add_argument("id", help="participant id or plan id")
    show.add_argument("--json", action="store_true", help="every computed figure as JSON")
    export = actions.add_parser("export", parents=[common], help="write a plan to a JSON file")
    export.add_argument("id", help="participant id or plan id")
    export.add_argument("--out", required=True, metavar="FILE")
    imp = actions.add_parser("import", parents=[common], help="read a plan from a JSON file")
    imp.add_argument("file")
    imp.add_argument("--participant", required=True, metavar="ID")
    imp.add_argument(
        "--replace", action="store_true", help="replace the participant's existing plan"
    )
    imp.add_argument("--json", action="store_true", help="machine-readable output")
    return ["plan"]


def _show(ctx: CliContext, plan_id: str, as_json: bool) -> None:
    from desktop_app.services.plans import PlanService

    plans = PlanService(ctx.vault)
    state = plans.find(plan_id)
    result = plans.compute_state(state)
    figures = result.figures.to_dict()
    if as_json:
        print_json(
            {
                "id": state.id,
                "participant_id": state.participant_id,
                "country": state.country,
                "language": state.language,
                "status": state.status,
                "current_step": state.current_step,
                "progress": round(result.progress, 4),
                "complete_steps": sorted(result.complete_steps),
                "todo": [item.key for item in plans.todo(state.id)],
                "answer_findings": [
                    f.to_dict() for f in result.findings if f not in result.figures.findings
                ],
                **figures,
            }
        )
        return
    year = figures["operating"]["years"][0]
    be = figures["break_even"]["costs_only"]
    print(
        f"Plan {state.id} ({state.country}, {state.status}), "
        f"{len(result.complete_steps)} of 16 steps done"
    )
    print(
        f"Total need: {figures['startup']['total_need']} {figures['currency']}; "
        f"financing gap: {figures['financing']['gap']}"
    )
    print(f"Revenue year 1: {year['revenue']}; result before tax: {year['result']}")
    print(f"Break-even revenue: {be['revenue']}")
    print(f"Lowest bank balance: {figures['liquidity_summary']['min_closing']}")
    print(f"Living test, year 1: {figures['living_test']['years'][0]['result']}")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run a `plan` action."""
    if args.action == "show":
        _show(ctx, args.id, args.json)
    elif args.action == "export":
        from desktop_app.services.plan_transfer import export_plan

        export_plan(ctx.vault, args.id, Path(args.out))
        print(f"Wrote the plan to {args.out}")
    elif args.action == "import":
        from desktop_app.services.plan_transfer import import_plan

        plan_id = import_plan(ctx.vault, Path(args.file), args.participant, args.replace)
        if args.json:
            print_json({"id": plan_id, "participant_id": args.participant})
        else:
            print(plan_id)
    return EXIT_OK
