#!/usr/bin/env bash
# Start Opstart. With no arguments it opens a throwaway demo vault with fictional people;
# pass arguments to run `opstart` itself, e.g. `./run.sh --lang da` for your own vault.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
if [ $# -eq 0 ]; then set -- --demo; fi
exec .venv/bin/opstart "$@"
