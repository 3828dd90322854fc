#!/usr/bin/env bash
# Install GenAI Readiness Planner for the current user only: no root, nothing outside $HOME.
# Run it from the unpacked archive:   ./install.sh
#   the app        -> ${READINESS_PREFIX:-$XDG_DATA_HOME/readiness-planner}/app
#   the command    -> ${READINESS_BINDIR:-$HOME/.local/bin}/readiness-planner
#   menu entry, file type (*.readiness, also recognised by content) and icons -> $XDG_DATA_HOME
# Running it again replaces the installed version. ./uninstall.sh removes everything it installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${READINESS_PREFIX:-$data/readiness-planner}
bindir=${READINESS_BINDIR:-$HOME/.local/bin}
app="$prefix/app"

if [ ! -x "$here/readiness-planner" ] || [ ! -d "$here/_internal" ] || [ ! -d "$here/share" ]; then
  echo "install.sh: run me from the unpacked archive: readiness-planner, _internal/ and share/ must be next to me ($here)" >&2
  exit 2
fi
case "$app" in
  *[\"\`\$\\]*) echo "install.sh: the install folder $app contains a quote, \$, \` or \\; set READINESS_PREFIX" >&2; exit 2 ;;
esac

# The app folder: copied next to the old one, then swapped, so a failed copy leaves the old one working.
mkdir -p "$prefix"
rm -rf "$app.new" "$app.old"
mkdir "$app.new"
cp -a "$here/." "$app.new/"
[ -d "$app" ] && mv "$app" "$app.old"
mv "$app.new" "$app"
rm -rf "$app.old"

mkdir -p "$bindir" "$data/applications" "$data/mime/packages"
ln -sfn "$app/readiness-planner" "$bindir/readiness-planner"

sed -e "s|^Exec=.*|Exec=\"$app/readiness-planner\" %f|" -e "s|^TryExec=.*|TryExec=$app/readiness-planner|" \
  "$app/share/readiness-planner.desktop" > "$data/applications/readiness-planner.desktop.tmp"
mv "$data/applications/readiness-planner.desktop.tmp" "$data/applications/readiness-planner.desktop"
cp "$app/share/readiness-planner-mime.xml" "$data/mime/packages/readiness-planner.xml"

for dir in "$app"/share/icons/hicolor/*x*; do
  size=$(basename "$dir")
  mkdir -p "$data/icons/hicolor/$size/apps" "$data/icons/hicolor/$size/mimetypes"
  cp "$dir/apps/readiness-planner.png" "$data/icons/hicolor/$size/apps/readiness-planner.png"
  cp "$dir/apps/readiness-planner.png" "$data/icons/hicolor/$size/mimetypes/application-x-genai-readiness.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$app/share/icons/readiness-planner.svg" "$data/icons/hicolor/scalable/apps/readiness-planner.svg"

# Refresh the desktop's caches where the tools exist (a missing tool only delays the refresh to the next login).
command -v update-mime-database >/dev/null && update-mime-database "$data/mime"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
command -v xdg-mime >/dev/null && xdg-mime default readiness-planner.desktop application/x-genai-readiness || true

echo "Installed GenAI Readiness Planner $(cat "$app/VERSION") in $app"
echo "Menu entry: $data/applications/readiness-planner.desktop; command: $bindir/readiness-planner"
case ":$PATH:" in *":$bindir:"*) ;; *) echo "Note: $bindir is not on your PATH; the menu entry works anyway." ;; esac
