#!/usr/bin/env bash
# Prepare a checkout: Qt's system libraries (Debian/Ubuntu, when run as root or with sudo)
# and a virtual environment in .venv with Opstart and its test tools. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_RUNTIME_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 fonts-dejavu-core)
EXTRA_PACKAGES=("$@")

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${QT_RUNTIME_PACKAGES[@]}" "${EXTRA_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install these packages first: ${missing[*]}" >&2; return 0; fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_system_packages

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.opstart-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi

# Compiled translations (.qm) are build output, made from the .ts sources.
.venv/bin/python tools/translations.py build
