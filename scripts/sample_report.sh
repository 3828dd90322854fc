#!/usr/bin/env bash
# Rebuild docs/sample-report.pdf from the bundled healthcare sample and render its first pages to
# docs/report/page-N.png (pdftoppm, 60 dpi). Run from anywhere; needs poppler-utils.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
PAGES="${PAGES:-8}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

command -v pdftoppm >/dev/null || { echo "pdftoppm not found: install poppler-utils" >&2; exit 1; }

cd "$ROOT"
"$PY" -m desktop_app demo "$WORK/sample.readiness" >/dev/null
start=$(date +%s.%N)
"$PY" -m desktop_app report "$WORK/sample.readiness" -o docs/sample-report.pdf --paper a4 >/dev/null
end=$(date +%s.%N)

mkdir -p docs/report
rm -f docs/report/page-*.png
pdftoppm -png -r 60 -f 1 -l "$PAGES" docs/sample-report.pdf "$WORK/page"
for f in "$WORK"/page-*.png; do
    n="$(basename "$f" .png)"
    n="${n#page-}"
    cp "$f" "docs/report/page-$((10#$n)).png"
done
pages=$(pdfinfo docs/sample-report.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')
printf 'docs/sample-report.pdf: %s pages in %.2f s (CLI, including start-up); %s PNGs in docs/report/\n' \
    "${pages:-?}" "$(echo "$end - $start" | bc)" "$(ls docs/report/page-*.png | wc -l)"
