#!/usr/bin/env bash
# Rebuild docs/sample-report.pdf from the bundled healthcare sample (currency EUR) and render its pages
# to docs/report/page-N.png (A4) and docs/report/letter-page-N.png (Letter), 60 dpi, with pdftoppm.
# The build is reproducible: SOURCE_DATE_EPOCH fixes the date printed and stored (default: the
# sample's workshop week), so the same code and bank give the same bytes. Needs poppler-utils.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
PAGES="${PAGES:-12}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1795737600}"  # 27 November 2026, 00:00 UTC
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

command -v pdftoppm >/dev/null || { echo "pdftoppm not found: install poppler-utils" >&2; exit 1; }

cd "$ROOT"
"$PY" -m desktop_app demo "$WORK/sample.readiness" >/dev/null
"$PY" - "$WORK/sample.readiness" <<'PY'
import sys
from desktop_app.storage.document import ReadinessDocument
with ReadinessDocument.open(sys.argv[1]) as doc:
    doc.set_details(currency="EUR")
PY
start=$(date +%s.%N)
"$PY" -m desktop_app report "$WORK/sample.readiness" -o docs/sample-report.pdf --paper a4 >/dev/null
end=$(date +%s.%N)
"$PY" -m desktop_app report "$WORK/sample.readiness" -o "$WORK/letter.pdf" --paper letter >/dev/null

mkdir -p docs/report
rm -f docs/report/page-*.png docs/report/letter-page-*.png
render() {  # render PDF PREFIX
    pdftoppm -png -r 60 -f 1 -l "$PAGES" "$1" "$WORK/$2"
    for f in "$WORK/$2"-*.png; do
        n="$(basename "$f" .png)"
        n="${n##*-}"
        cp "$f" "docs/report/$2-$((10#$n)).png"
    done
}
render docs/sample-report.pdf page
render "$WORK/letter.pdf" letter-page
pages=$(pdfinfo docs/sample-report.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')
letter=$(pdfinfo "$WORK/letter.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
printf 'docs/sample-report.pdf: %s pages (Letter %s) in %.2f s (CLI, including start-up); %s PNGs in docs/report/\n' \
    "${pages:-?}" "${letter:-?}" "$(echo "$end - $start" | bc)" "$(ls docs/report/*.png | wc -l)"
