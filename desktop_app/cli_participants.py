"""CLI: participants list | show | add | import | export | erase."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli_context import EXIT_ERROR, EXIT_OK, CliContext, print_json
from desktop_app.core.errors import OpstartError


def register(sub: Any, common: argparse.ArgumentParser) -> list[str]:
    """Add the `participants` group; returns its name."""
    people = sub.add_parser("participants", help="list, show, add, import, export or erase")
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list participants")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    show = actions.add_parser("show", parents=[common], help="show one participant's profile")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    add = actions.add_parser("add", parents=[common], help="add a participant")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", default="")
    add.add_argument("--json", action="store_true", help="machine-readable output")
    imp = actions.add_parser("import", parents=[common], help="import a referral list (CSV)")
    imp.add_argument("file", help="CSV file (see docs/csv-import.md)")
    imp.add_argument("--dry-run", action="store_true", help="check the file, import nothing")
    imp.add_argument("--json", action="store_true", help="machine-readable report")
    export = actions.add_parser(
        "export", parents=[common], help="export everything about one participant (GDPR)"
    )
    export.add_argument("id")
    export.add_argument("--out", required=True, help="JSON file; a .txt summary goes beside it")
    erase = actions.add_parser("erase", parents=[common], help="erase one participant for good")
    erase.add_argument("id")
    erase.add_argument("--yes", action="store_true", help="do not ask to type the name")
    return ["participants"]


def _as_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "note": row.note,
        "cohort": row.cohort,
        "status": row.status,
        "ladder_step": row.ladder_step,
        "open_actions": row.open_actions,
    }


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run a `participants` action."""
    handler = {
        "list": _list,
        "show": _show,
        "add": _add,
        "import": _import,
        "export": _export,
        "erase": _erase,
    }[args.action]
    return handler(args, ctx)


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.participants import ParticipantService

    rows = ParticipantService(ctx.vault).list_all()
    if args.json:
        print_json([_as_json(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.id}  {r.display_name}")
        print(f"{len(rows)} participants")
    return EXIT_OK


def _show(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.profiles import ProfileService

    profile = ProfileService(ctx.vault).load(args.id)
    if args.json:
        items = {
            kind: [{"id": i.id, **dict(i.values)} for i in entries]
            for kind, entries in profile.items.items()
        }
        print_json({"id": profile.id, **dict(profile.values), "items": items})
        return EXIT_OK
    print(profile.display_name)
    for key, value in profile.values.items():
        if key not in ("first_name", "last_name") and value not in ("", None, (), False):
            shown = ", ".join(value) if isinstance(value, tuple) else value
            print(f"  {key}: {shown}")
    for kind, entries in profile.items.items():
        if entries:
            print(f"  {kind}: {len(entries)}")
    return EXIT_OK


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.participants import ParticipantService

    row = ParticipantService(ctx.vault).create(args.first_name, args.last_name)
    if args.json:
        print_json(_as_json(row))
    else:
        print(row.id)
    return EXIT_OK


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.csv_import import CsvImportService

    importer = CsvImportService(ctx.vault)
    preview = importer.preview_file(Path(args.file))
    problems = preview.problems()
    imported = 0
    if preview.ok and not args.dry_run:
        imported = importer.commit(preview)
    if args.json:
        print_json(
            {
                "rows": len(preview.rows),
                "imported": imported,
                "dry_run": args.dry_run,
                "problems": [
                    {"line": p.line, "column": p.column, "code": p.code, "message": p.message}
                    for p in problems
                ],
            }
        )
    else:
        for problem in problems:
            print(problem.message, file=sys.stderr)
    if problems:
        print(
            f"opstart: nothing was imported: {len(problems)} problem(s) in the file.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if not args.json:
        verb = "can be imported" if args.dry_run else "imported"
        print(f"{len(preview.rows)} participants {verb}.")
    return EXIT_OK


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.gdpr_export import GdprExportService

    json_path, text_path = GdprExportService(ctx.vault).write(args.id, Path(args.out))
    print(f"Wrote {json_path} and {text_path}")
    return EXIT_OK


def _erase(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.gdpr import GdprService, name_matches

    gdpr = GdprService(ctx.vault)
    name = gdpr.display_name(args.id)
    if not args.yes:
        print("Erasing removes this participant, their meetings and their history for good.")
        try:
            typed = input("Type the participant's full name to erase them: ")
        except EOFError:
            raise OpstartError(
                "No name was typed; nothing was erased. Scripts use --yes."
            ) from None
        if not name_matches(name, typed):
            raise OpstartError("The name did not match; nothing was erased.")
    report = gdpr.erase(args.id)
    print(f"Erased the participant and {report.records - 1} linked records.")
    return EXIT_OK
