#!/usr/bin/env bash
# Remove what install.sh installed for this user. Assessments, settings and logs stay: they are yours
# (settings and log: ${XDG_CONFIG_HOME:-~/.config}/readiness-planner; assessments wherever you saved them).
set -euo pipefail
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${READINESS_PREFIX:-$data/readiness-planner}
bindir=${READINESS_BINDIR:-$HOME/.local/bin}
config=${XDG_CONFIG_HOME:-$HOME/.config}

link="$bindir/readiness-planner"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$prefix/app/readiness-planner" ]; then rm -f "$link"; fi
rm -f "$data/applications/readiness-planner.desktop" "$data/mime/packages/readiness-planner.xml"
rm -f "$data"/icons/hicolor/*/apps/readiness-planner.png "$data"/icons/hicolor/*/mimetypes/application-x-genai-readiness.png
rm -f "$data/icons/hicolor/scalable/apps/readiness-planner.svg"
rm -rf "$prefix/app" "$prefix/app.new" "$prefix/app.old"
rmdir "$prefix" 2>/dev/null || true
if [ -f "$config/mimeapps.list" ]; then
  sed -i '/^application\/x-genai-readiness=readiness-planner\.desktop;*$/d' "$config/mimeapps.list"
fi
if command -v update-mime-database >/dev/null && [ -d "$data/mime/packages" ]; then update-mime-database "$data/mime"; fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
echo "GenAI Readiness Planner removed. Your assessments, and the settings and log in $config/readiness-planner, were kept."
