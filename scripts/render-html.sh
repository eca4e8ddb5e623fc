#!/usr/bin/env bash
# Renders an HTML file as a person sees it, in headless Chromium (Debian's chromium package, installed
# here when missing; never a browser downloaded at run time): a full-page PNG at 1280 px and one at a
# phone's 390 px, and a PDF as printed.
#
#   scripts/render-html.sh FILE.html [OUT_DIR]
#
# Writes OUT_DIR/NAME-1280.png, OUT_DIR/NAME-390.png and OUT_DIR/NAME.pdf (OUT_DIR defaults to the HTML
# file's directory). Set HEIGHT to change the screenshots' height in px (default 6000).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 FILE.html [OUT_DIR]" >&2
  exit 2
fi
html=$(realpath "$1")
if [ ! -f "$html" ]; then
  echo "$0: no such file: $1" >&2
  exit 1
fi
out=${2:-$(dirname "$html")}
mkdir -p "$out"
out=$(realpath "$out")
name=$(basename "$html" .html)
height=${HEIGHT:-6000}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update
  $sudo apt-get install -y chromium
  browser=$(command -v chromium)
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --disable-background-networking
  --disable-component-update --disable-sync --no-first-run "--user-data-dir=$profile")

for width in 1280 390; do
  "$browser" "${flags[@]}" "--window-size=$width,$height" "--screenshot=$out/$name-$width.png" \
    "file://$html" 2>/dev/null
  echo "$out/$name-$width.png"
done
"$browser" "${flags[@]}" --no-pdf-header-footer "--print-to-pdf=$out/$name.pdf" "file://$html" 2>/dev/null
echo "$out/$name.pdf"
