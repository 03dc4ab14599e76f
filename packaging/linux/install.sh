#!/usr/bin/env bash
# Add CSBM Desktop to the application menu and put `csbm` / `csbm-desktop` on the PATH.
# The program stays in this folder (move the folder first, then run this); nothing is downloaded.
#
#   ./install.sh              for this user: ~/.local/share and ~/.local/bin
#   sudo ./install.sh --system  for everyone: /usr/local/share and /usr/local/bin
#   ./install.sh --uninstall  [--system]  remove the menu entry, icons and links again
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
action=install
for arg in "$@"; do
    case $arg in
        --system) data=/usr/local/share bin=/usr/local/bin ;;
        --uninstall) action=uninstall ;;
        -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
    esac
done

sizes=(16 32 48 64 128 256)
entry=$data/applications/csbm-desktop.desktop

if [[ $action == uninstall ]]; then
    rm -f "$entry" "$bin/csbm" "$bin/csbm-desktop" "$data/icons/hicolor/scalable/apps/csbm-desktop.svg"
    for n in "${sizes[@]}"; do
        rm -f "$data/icons/hicolor/${n}x${n}/apps/csbm-desktop.png"
    done
    echo "removed the menu entry and links; the folder $here is left as it is"
    exit 0
fi

case $here in
    *[\"\`\$\\]*)
        echo "move this folder to a path without \" \` \$ or \\ first: $here" >&2
        exit 1
        ;;
esac

icons=$here/_internal/resources/icons
mkdir -p "$data/applications" "$bin" "$data/icons/hicolor/scalable/apps"
install -m 644 "$icons/csbm-desktop.svg" "$data/icons/hicolor/scalable/apps/csbm-desktop.svg"
for n in "${sizes[@]}"; do
    mkdir -p "$data/icons/hicolor/${n}x${n}/apps"
    install -m 644 "$icons/hicolor/${n}x${n}/apps/csbm-desktop.png" \
        "$data/icons/hicolor/${n}x${n}/apps/csbm-desktop.png"
done
# The menu entry names the program by its full path: ~/.local/bin is not always on a desktop
# session's PATH. Quoted, as the Desktop Entry specification asks, in case the path has spaces.
sed -e "s|^Exec=.*|Exec=\"$here/csbm-desktop\"|" -e "s|^TryExec=.*|TryExec=$here/csbm-desktop|" \
    "$here/csbm-desktop.desktop" >"$entry.tmp"
chmod 644 "$entry.tmp"
mv "$entry.tmp" "$entry"
ln -sf "$here/csbm" "$bin/csbm"
ln -sf "$here/csbm-desktop" "$bin/csbm-desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
fi
echo "menu entry: $entry"
echo "commands:   $bin/csbm-desktop, $bin/csbm"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "note: $bin is not on your PATH; add it, or run $here/csbm directly" ;;
esac
