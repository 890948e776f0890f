"""The `opstart` command line: the GUI by default, and scriptable commands over services."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from desktop_app import __version__
from desktop_app.core.errors import OpstartError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="vault folder (default: the per-user data folder)")
    common.add_argument(
        "--passphrase-file", help="read the passphrase from this file (else OPSTART_PASSPHRASE)"
    )
    parser = argparse.ArgumentParser(
        prog="opstart",
        description="Opstart: participant profiles, business plans and handouts for coaches.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Opstart {__version__}")
    parser.add_argument("--lang", choices=("en", "da", "nl"), help="language of the interface")
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway demo vault with fictional people"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("init", parents=[common], help="create a new vault")
    demo = sub.add_parser("demo-data", parents=[common], help="add fictional participants")
    demo.add_argument("--participants", type=int, default=50, metavar="N")
    demo.add_argument("--seed", type=int, default=2026)
    people = sub.add_parser("participants", help="list, show or add participants")
    people_sub = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = people_sub.add_parser("list", parents=[common], help="list participants")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    show = people_sub.add_parser("show", parents=[common], help="show one participant")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    add = people_sub.add_parser("add", parents=[common], help="add a participant")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", default="")
    add.add_argument("--json", action="store_true")
    check = sub.add_parser("check", parents=[common], help="check the vault's integrity")
    check.add_argument("--json", action="store_true")
    return parser


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _participant_json(row: Any) -> dict[str, str]:
    return {
        "id": row.id,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "note": row.note,
    }


def _run_command(args: argparse.Namespace) -> int:
    from desktop_app.cli_passphrase import read_passphrase
    from desktop_app.paths import VaultPaths
    from desktop_app.services.vault_service import VaultService, check_vault

    service = VaultService(VaultPaths.from_override(args.data_dir))
    if args.command == "init":
        passphrase = read_passphrase(args.passphrase_file, confirm=True)
        service.create(passphrase).close()
        print(f"Created a new vault in {service.paths.root}")
        return EXIT_OK
    vault = service.unlock(read_passphrase(args.passphrase_file))
    try:
        if args.command == "demo-data":
            from desktop_app.services.demo import add_demo_participants

            if args.participants < 0:
                raise OpstartError("--participants must be 0 or more.")
            added = add_demo_participants(vault, args.participants, args.seed)
            print(f"Added {added} fictional participants.")
        elif args.command == "participants":
            return _participants(args, vault)
        elif args.command == "check":
            report = check_vault(vault)
            if args.json:
                _print_json(
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
    finally:
        vault.close()
    return EXIT_OK


def _participants(args: argparse.Namespace, vault: Any) -> int:
    from desktop_app.services.participants import ParticipantService

    people = ParticipantService(vault)
    if args.action == "list":
        rows = people.list_all()
        if args.json:
            _print_json([_participant_json(r) for r in rows])
        else:
            for r in rows:
                print(f"{r.id}  {r.display_name}")
            print(f"{len(rows)} participants")
    elif args.action == "show":
        row = people.get(args.id)
        if args.json:
            _print_json(_participant_json(row))
        else:
            print(f"{row.display_name}\n{row.note}".rstrip())
    elif args.action == "add":
        row = people.create(args.first_name, args.last_name)
        if args.json:
            _print_json(_participant_json(row))
        else:
            print(row.id)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `opstart` and `python -m desktop_app`."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop_app.app import run_gui  # Qt only loads for the GUI

        return run_gui(data_dir=args.data_dir, lang=args.lang, demo=args.demo)
    try:
        return _run_command(args)
    except OpstartError as exc:
        print(f"opstart: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("opstart: stopped.", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"opstart: {_os_error_message(exc)}", file=sys.stderr)
        return EXIT_ERROR


def _os_error_message(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return "The disk is full. Free some space and try again; nothing was lost."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "Opstart is not allowed to write to the data folder. Check its permissions."
    return f"A file could not be read or written ({exc.strerror}). Check the data folder."
