#!/bin/sh
# Set up BQW Desktop on a Debian/Ubuntu machine that has only python3: the system libraries Qt needs,
# a virtual environment in .venv, and the project with its test tools. Safe to run again: it only
# installs what is missing.
set -eu
cd "$(dirname "$0")/.."

# Qt's xcb/offscreen plugins and their libraries on a bare Debian 12; python3-venv for `python3 -m venv`.
DEBS="python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
libxcb-cursor0 libxcb-xkb1"
# the real input-method test (tests/gui/test_real_input_method.py): IBus Pinyin on a private Xvfb, typed by xdotool
DEBS="$DEBS xvfb xdotool dbus-x11 x11-utils ibus ibus-libpinyin python3-gi gir1.2-ibus-1.0"

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    missing=""
    for deb in $DEBS; do
        dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing="$missing $deb"
    done
    # python3-venv is only needed when this python3 cannot make a venv with pip by itself
    if python3 -c "import ensurepip, venv" 2>/dev/null; then
        missing=$(echo "$missing" | sed 's/ python3-venv//')
    fi
    if [ -n "$missing" ]; then
        echo "setup: installing system packages:$missing"
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
    fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=".venv/.bqw-installed"
wanted=$(cat pyproject.toml | cksum)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    echo "$wanted" > "$stamp"
fi
