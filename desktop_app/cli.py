"""The `opstart` command line: the GUI by default, and scriptable commands over services.

Each command group lives in a `cli_<group>.py` module with `register(sub, common)` and
`run(args, ctx) -> int`; add new groups to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from desktop_app import __version__
from desktop_app.cli_context import EXIT_ERROR, CliContext
from desktop_app.core.errors import OpstartError

COMMAND_MODULES = (
    "desktop_app.cli_vault",
    "desktop_app.cli_participants",
    "desktop_app.cli_plan",
    "desktop_app.cli_sync",
    "desktop_app.cli_print",
)


def _modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in COMMAND_MODULES]


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
    for module in _modules():
        for name in module.register(sub, common):
            sub.choices[name].set_defaults(_handler=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `opstart` and `python -m desktop_app`."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop_app.app import run_gui  # Qt only loads for the GUI

        return run_gui(data_dir=args.data_dir, lang=args.lang, demo=args.demo)
    ctx = CliContext(args)
    try:
        return int(args._handler(args, ctx))
    except OpstartError as exc:
        print(f"opstart: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("opstart: stopped.", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"opstart: {_os_error_message(exc)}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        ctx.close()


def _os_error_message(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return "The disk is full. Free some space and try again; nothing was lost."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "Opstart is not allowed to write to that folder. Check its permissions."
    return f"A file could not be read or written ({exc.strerror}). Check the folder."
