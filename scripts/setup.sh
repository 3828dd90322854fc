#!/usr/bin/env bash
# Set up everything the app and its tests need; safe to run again (it only does what is missing).
#   scripts/setup.sh          Python environment + system libraries for tests
#   scripts/setup.sh --gui    also the X11 libraries a real window needs
set -euo pipefail
cd "$(dirname "$0")/.."

want_gui=0
[ "${1:-}" = "--gui" ] && want_gui=1

# System packages (Debian/Ubuntu). Only installs what is missing; needs root or sudo.
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils shared-mime-info binutils)
if [ "$want_gui" = 1 ]; then
  pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
         libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0)
fi
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian-like system: make sure Qt's runtime libraries and poppler-utils are installed." >&2
fi

# The Python environment, reinstalled only when pyproject.toml or requirements.lock changes: every
# package, direct or indirect, at the version and hash in requirements.lock (see the README's
# "Dependencies"), then the app itself without resolving again.
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml requirements.lock | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q --require-hashes -r requirements.lock
  .venv/bin/python -m pip install -q --no-deps -e .
  rm -f .venv/.installed-*
  touch "$stamp"
fi
