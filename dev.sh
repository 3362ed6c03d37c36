#!/usr/bin/env bash
# Sets everything up on first use, then starts the app or runs the tests.
#   ./dev.sh run  [ARGS...]   start the app (extra arguments go to observer-app)
#   ./dev.sh test [ARGS...]   run the whole test suite (extra arguments go to pytest)
# Needs python3 (3.11 or newer). System libraries that Qt, the PDF checks and the signature
# checks need are installed with apt-get when run as root, or named for you to install.
set -euo pipefail
cd "$(dirname "$0")"

VENV=${VENV:-.venv}
# Qt's X11 platform plugin (xcb) needs the libxcb-* and libxkbcommon-x11 libraries: without them
# the app does not start on a Linux desktop ("Could not load the Qt platform plugin").
SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libx11-xcb1
                 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
                 libxcb-shape0 libxcb-xkb1 poppler-utils libnss3-tools)

system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: see the README
    local missing=() p
    for p in "${SYSTEM_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "dev.sh: installing system packages: ${missing[*]}" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "dev.sh: please install: sudo apt-get install ${missing[*]}" >&2
    fi
}

python_ok() {
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

setup() {
    python_ok || { echo "dev.sh: Python 3.11 or newer is needed as python3." >&2; exit 1; }
    if [ ! -x "$VENV/bin/python" ]; then
        if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
            system_packages "python3-venv"
        else
            system_packages
        fi
        python3 -m venv "$VENV"
    else
        system_packages
    fi
    # Reinstall only when the dependencies changed.
    if [ ! -f "$VENV/.installed" ] || [ pyproject.toml -nt "$VENV/.installed" ]; then
        "$VENV/bin/python" -m pip install -q -e '.[test]'
        touch "$VENV/.installed"
    fi
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    run)  setup; exec "$VENV/bin/python" main.py "$@" ;;
    test) setup; exec "$VENV/bin/python" -m pytest "$@" ;;
    setup) setup ;;
    *) echo "usage: ./dev.sh run [ARGS...] | ./dev.sh test [PYTEST ARGS...]" >&2; exit 2 ;;
esac
