"""Where the CLI gets a passphrase: environment, a file, or a prompt — never an argument."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from desktop_app.core.errors import OpstartError

PASSPHRASE_ENV = "OPSTART_PASSPHRASE"


class NoPassphrase(OpstartError):
    """No passphrase was supplied and none can be asked for."""

    code = "no_passphrase"


def read_passphrase(file: str | None, *, env: str = PASSPHRASE_ENV, confirm: bool = False) -> str:
    """The passphrase from `file`, then `$env`, then an interactive prompt."""
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise OpstartError(f"The passphrase file could not be read: {exc.strerror}.") from exc
        return text.rstrip("\r\n")
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise NoPassphrase(f"No passphrase given. Set {env} or use --passphrase-file.")
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise OpstartError("The two passphrases are not the same. Nothing was changed.")
    return first
