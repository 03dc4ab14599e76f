#!/usr/bin/env bash
# The Linux one-folder build and its tarball:
#   dist/csbm-desktop/                                   csbm-desktop, csbm, _internal/, the menu
#                                                        entry, install.sh, INSTALL.txt
#   dist/csbm-desktop-<version>-linux-<arch>.tar.gz      the same folder, as csbm-desktop-<version>/
#   dist/csbm-desktop-<version>-linux-<arch>.tar.gz.sha256
#
#   packaging/build_bundle.sh [--clean]    (--clean: redo PyInstaller's analysis from scratch)
#
# Runs PyInstaller from BUILD_PYTHON (default .venv/bin/python), which needs the `package` extra:
#   .venv/bin/pip install -e '.[package]'
# The bundle runs on Linux systems whose glibc is at least the one of the build machine (printed
# below and written into INSTALL.txt): build on the oldest distribution you need to support.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

py=${BUILD_PYTHON:-.venv/bin/python}
clean=()
for arg in "$@"; do
    case $arg in
        --clean) clean=(--clean) ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

if ! "$py" -c 'import PyInstaller' 2>/dev/null; then
    echo "PyInstaller is not installed for $py; run: $py -m pip install -e '.[package]'" >&2
    exit 1
fi

start=$SECONDS
"$py" packaging/translations.py build
"$py" packaging/icons.py check
version=$("$py" -c 'import csbm_desktop; print(csbm_desktop.__version__)')
arch=$(uname -m)
bundle=dist/csbm-desktop
tarball=dist/csbm-desktop-$version-linux-$arch.tar.gz

"$py" -m PyInstaller --noconfirm "${clean[@]}" --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/csbm-desktop.spec

# The oldest glibc the bundle runs on: the newest symbol version any of its binaries asks for.
glibc=unknown
if command -v objdump >/dev/null 2>&1; then
    glibc=$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
        | xargs -0 objdump -T 2>/dev/null \
        | grep -oE 'GLIBC_2\.[0-9]+' | sed 's/GLIBC_//' | sort -t. -k2 -n -u | tail -n 1 || true)
    glibc=${glibc:-unknown}
fi
# shellcheck source=/dev/null
built_on=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}" || echo unknown)

install -m 644 packaging/csbm-desktop.desktop "$bundle/csbm-desktop.desktop"
install -m 755 packaging/linux/install.sh "$bundle/install.sh"
sed -e "s|@VERSION@|$version|g" -e "s|@GLIBC@|$glibc|g" -e "s|@BUILT_ON@|$built_on|g" \
    packaging/linux/INSTALL.txt >"$bundle/INSTALL.txt"

# Libraries that the bundle leaves to the system and that this build machine lacks. GTK 3 (for the
# GTK platform theme) and the Wayland client libraries may well be missing on a headless build
# machine: a desktop that uses them brings its own. Anything else is worth a look.
unresolved=$(find "$bundle" -type f -name '*.so*' -print0 \
    | xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' | sort -u || true)
unresolved_other=$(grep -vE 'lib(gtk-3|gdk-3|wayland-)' <<<"$unresolved" || true)
if [[ -n $unresolved_other ]]; then
    echo "warning: libraries not found on this machine (the target must provide them):" >&2
    echo "$unresolved_other" >&2
fi

rm -f "$tarball" "$tarball.sha256"
tar -C dist --owner=0 --group=0 \
    --transform="flags=rh;s|^csbm-desktop|csbm-desktop-$version|" \
    -czf "$tarball" csbm-desktop
(cd dist && sha256sum "$(basename "$tarball")" >"$(basename "$tarball").sha256")

echo "bundle:  $bundle ($(du -sh "$bundle" | cut -f1)), needs glibc >= $glibc"
echo "tarball: $tarball ($(du -h "$tarball" | cut -f1))"
echo "built in $((SECONDS - start)) s"
