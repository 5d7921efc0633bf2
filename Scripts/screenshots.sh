#!/usr/bin/env bash
# Makes screenshots/*.png from the real program: newsbrowse runs in tmux on the demo corpus, each
# screen is captured with its colours (capture-pane -e) and rendered to PNG.
# Needs: tmux, python3-pil, fonts-dejavu-core (fonts-noto-cjk for wide characters).
#   Scripts/screenshots.sh            # writes screenshots/*.png
set -euo pipefail
cd "$(dirname "$0")/.."
if ! /usr/bin/python3 -c 'import PIL' 2>/dev/null; then
    echo "Installing python3-pil and fonts-dejavu-core for the PNG renderer…" >&2
    apt-get install -y -qq python3-pil fonts-dejavu-core >/dev/null
fi
# NEWSBROWSE_BIN=path/to/newsbrowse uses a binary already built; otherwise a release build is made.
if [ -n "${NEWSBROWSE_BIN:-}" ]; then
    binary="$NEWSBROWSE_BIN"
else
    swift build -c release --product newsbrowse >&2
    binary="$(swift build -c release --show-bin-path)/newsbrowse"
fi
work="$(mktemp -d)"
trap 'tmux -L shots kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" ingest --db "$work/news.db" Resources/Demo >&2
mkdir -p screenshots

tmux -L shots -f /dev/null new-session -d -x 120 -y 40 \
    "env TERM=tmux-256color LANG=C.UTF-8 '$binary' --db '$work/news.db'; sleep 30"

wait_for() {  # wait until the pane shows the text $1
    for _ in $(seq 1 100); do
        tmux -L shots capture-pane -p -t 0 | grep -qF -- "$1" && return 0
        sleep 0.1
    done
    echo "screenshot: timed out waiting for '$1'" >&2
    tmux -L shots capture-pane -p -t 0 >&2
    return 1
}
keys() { tmux -L shots send-keys -t 0 "$@"; sleep 0.3; }
shot() {  # capture the pane as screenshots/$1.png
    tmux -L shots capture-pane -p -e -t 0 > "$work/$1.ansi"
    /usr/bin/python3 Scripts/render_ansi_png.py "$work/$1.ansi" "screenshots/$1.png" --columns 120 --rows 40
    echo "screenshots/$1.png" >&2
}

wait_for "Articles"; shot articles
keys 2; wait_for "Entities"; shot entities
keys 3; wait_for "Deals"; shot deals
keys Enter; wait_for "Facts"; shot reader
keys Escape
keys / ; keys -l alibaba; wait_for "Alibaba"; shot search
keys Enter; wait_for "Stakes"; shot company
keys / ; keys -l "jack ma"; wait_for "Jack Ma"; keys Enter; wait_for "Quotes"; shot person
keys "?"; wait_for "Keys"; shot help
keys Escape; keys q
