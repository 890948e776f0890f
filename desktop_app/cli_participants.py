"""CLI: participants list | show | add."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli_context import EXIT_OK, CliContext, print_json


def register(sub: Any, common: argparse.ArgumentParser) -> list[str]:
    """Add the `participants` group; returns its name."""
    people = sub.add_parser("participants", help="list, show or add participants")
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list participants")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    show = actions.add_parser("show", parents=[common], help="show one participant")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    add = actions.add_parser("add", parents=[common], help="add a participant")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", default="")
    add.add_argument("--json", action="store_true", help="machine-readable output")
    return ["participants"]


def _as_json(row: Any) -> dict[str, str]:
    return {
        "id": row.id,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "note": row.note,
    }


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run a `participants` action."""
    from desktop_app.services.participants import ParticipantService

    people = ParticipantService(ctx.vault)
    if args.action == "list":
        rows = people.list_all()
        if args.json:
            print_json([_as_json(r) for r in rows])
        else:
            for r in rows:
                print(f"{r.id}  {r.display_name}")
            print(f"{len(rows)} participants")
    elif args.action == "show":
        row = people.get(args.id)
        if args.json:
            print_json(_as_json(row))
        else:
            print(f"{row.display_name}\n{row.note}".rstrip())
    elif args.action == "add":
        row = people.create(args.first_name, args.last_name)
        if args.json:
            print_json(_as_json(row))
        else:
            print(row.id)
    return EXIT_OK
