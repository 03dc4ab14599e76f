#!/usr/bin/env bash
# Packaging smoke test (`make smoke`, the last step of `make test`):
#   1. wheelhouse   the project wheel and every dependency for this platform (needs PyPI, once)
#   2. install      a fresh venv, `pip install --no-index --find-links WHEELHOUSE csbm-desktop`
#   3. wheel run    csbm --version, user add, demo, a Spanish PDF + workbook export; the GUI
#                   started offscreen (quits once its window is shown)
#   4. bundle       packaging/build_bundle.sh: PyInstaller one-folder build and its tarball
#   5. bundle run   the tarball unpacked elsewhere: the same commands with the bundled `csbm`, the
#                   bundled GUI started offscreen (and left running 5 s through its real start-up),
#                   a final report signed (PKCS#12, and PKCS#11 on SoftHSM2 when installed) and
#                   verified, install.sh into a scratch HOME with a valid menu entry
# Steps 2, 3 and 5 run without a network (a fresh network namespace via unshare, when this user
# may make one; otherwise they run normally and say so).
#
# Environment: PYTHON makes the fresh venv (default python3); BUILD_PYTHON builds the wheelhouse
# and the bundle (default .venv/bin/python, with the `package` extra); KEEP_SMOKE=1 keeps the
# scratch folder; WHEELHOUSE (default dist/wheelhouse); SMOKE_ONLY="bundle-run ..." runs only the
# stages named (each uses what the earlier ones left in dist/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

python=${PYTHON:-python3}
build_py=${BUILD_PYTHON:-.venv/bin/python}
if [[ $build_py == */* && $build_py != /* ]]; then build_py=$root/$build_py; fi
wheelhouse=$(realpath -m "${WHEELHOUSE:-dist/wheelhouse}")
scratch=$(mktemp -d "${TMPDIR:-/tmp}/csbm-smoke.XXXXXX")
cleanup() {
    if [[ ${KEEP_SMOKE:-} == 1 ]]; then echo "kept $scratch"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT

# Nothing from this machine's pip configuration may help the offline install along.
pip_offline=(env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL
    PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1)
if unshare -n true 2>/dev/null; then
    offline=(unshare -n)
elif unshare -rn true 2>/dev/null; then
    offline=(unshare -rn)
else
    offline=()
    echo "note: cannot make a network namespace here; the offline steps run with the network up"
fi

timings=()
stage() {
    local name=$1 begin=$SECONDS
    shift
    if [[ -n ${SMOKE_ONLY:-} && " $SMOKE_ONLY " != *" $name "* ]]; then
        echo "=== $name (skipped: SMOKE_ONLY)"
        return
    fi
    echo "=== $name"
    "$@"
    timings+=("$(printf '%-12s %4d s' "$name" $((SECONDS - begin)))")
}

fail() {
    echo "smoke: FAILED: $*" >&2
    exit 1
}

# The same headless checks against either installation: $1 is the folder holding `csbm`.
exercise_cli() {
    local bin=$1 work=$2 lang=$3
    mkdir -p "$work"
    printf 'smoke-test-passphrase\n' >"$work/password"
    export CSBM_DB=$work/csbm.sqlite3
    "${offline[@]}" "$bin/csbm" --version | grep -q "^csbm [0-9]" || fail "$bin/csbm --version"
    "${offline[@]}" "$bin/csbm" user add admin --role administrator --role drafter \
        --new-password-file "$work/password" >/dev/null
    local id
    id=$("${offline[@]}" "$bin/csbm" --user admin --password-file "$work/password" demo)
    [[ $id =~ ^[0-9]+$ ]] || fail "csbm demo printed '$id', not a report id"
    "${offline[@]}" "$bin/csbm" --user admin --password-file "$work/password" \
        export "$id" --pdf "$work/report.pdf" --xlsx "$work/report.xlsx" --lang "$lang" >/dev/null
    [[ $(head -c 5 "$work/report.pdf") == %PDF- ]] || fail "$work/report.pdf is not a PDF"
    [[ $(head -c 2 "$work/report.xlsx") == PK ]] || fail "$work/report.xlsx is not a workbook"
    "${offline[@]}" "$bin/csbm" check >/dev/null || fail "csbm check after the export"
    unset CSBM_DB
    echo "report $id exported ($lang): PDF $(du -h "$work/report.pdf" | cut -f1)," \
        "workbook $(du -h "$work/report.xlsx" | cut -f1)"
}

# Start the GUI offscreen; CSBM_QUIT_AFTER_SHOW makes MainWindow quit once it is fully built.
start_gui() {
    local exe=$1 db=$2
    QT_QPA_PLATFORM=offscreen CSBM_QUIT_AFTER_SHOW=1 timeout 120 "${offline[@]}" "$exe" --db "$db" \
        || fail "$exe did not start and quit cleanly offscreen (exit $?)"
}

wheelhouse_stage() {
    "$build_py" packaging/wheelhouse.py --dest "$wheelhouse"
}

install_stage() {
    "$python" -m venv "$scratch/venv"
    "${offline[@]}" "${pip_offline[@]}" "$scratch/venv/bin/python" -m pip install --quiet \
        --no-index --find-links "$wheelhouse" csbm-desktop
}

wheel_run_stage() {
    # Away from the checkout, so that only the installed package (with its _data/) can be found.
    (cd "$scratch" && exercise_cli "$scratch/venv/bin" "$scratch/wheel" es)
    (cd "$scratch" && start_gui "$scratch/venv/bin/csbm-desktop" "$scratch/wheel/gui.sqlite3")
}

# A final report signed by the bundled `csbm` (pyHanko, python-pkcs11, asn1crypto and the CMS code
# are all reached only here), then verified by it. Test keys come from the suite's throw-away PKI
# (tests/pki.py); the authorising officer signs on a SoftHSM2 token when softhsm2 is installed,
# else with a second PKCS#12 file.
exercise_signing() {
    local bin=$1 work=$2 lang_of_signing=pt
    mkdir -p "$work"
    printf 'smoke-test-passphrase\n' >"$work/password"
    local preparer_p12 preparer_pass officer_p12 officer_pass root_pem hsm_lib
    {
        read -r preparer_p12
        read -r preparer_pass
        read -r officer_p12
        read -r officer_pass
        read -r root_pem
        read -r hsm_lib
    } < <("$build_py" - "$work" "$root" <<'PY'
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[2])
from tests.pki import make_pki, make_softhsm_token, softhsm_lib

work = Path(sys.argv[1])
pki = make_pki(work)
lib = ""
if softhsm_lib() is not None:
    lib = str(make_softhsm_token(work, pki, "CSBM-SMOKE", "4321", "officer")[0])
for value in (pki.preparer.p12, pki.preparer.passphrase, pki.officer.p12,
              pki.officer.passphrase, pki.root_pem, lib):
    print(value)
PY
    )
    printf '%s\n' "$preparer_pass" >"$work/preparer.pass"
    printf '%s\n' "$officer_pass" >"$work/officer.pass"
    printf '4321\n' >"$work/pin"
    local officer=(--sign-p12 "$officer_p12" --passphrase-file "$work/officer.pass")
    if [[ -n $hsm_lib ]]; then
        export SOFTHSM2_CONF=$work/softhsm2.conf
        officer=(--sign-pkcs11 "$hsm_lib" --token-label CSBM-SMOKE --key-label officer
            --pin-file "$work/pin")
    fi
    csbm() { "${offline[@]}" "$bin/csbm" --db "$work/csbm.sqlite3" "$@"; }
    as_user() { local user=$1; shift; csbm --user "$user" --password-file "$work/password" "$@"; }
    csbm user add admin --role administrator --role drafter \
        --new-password-file "$work/password" >/dev/null
    as_user admin user add rev --role reviewer --new-password-file "$work/password" >/dev/null
    as_user admin user add off --role authorising_officer \
        --new-password-file "$work/password" >/dev/null
    local id
    id=$(as_user admin demo --state URY)
    as_user admin submit "$id" >/dev/null
    as_user rev approve "$id" >/dev/null
    as_user off finalize "$id" >/dev/null
    as_user off export "$id" --pdf "$work/signed.pdf" --xlsx "$work/signed.xlsx" \
        --package "$work/signed.zip" --lang "$lang_of_signing" \
        --sign-p12 "$preparer_p12" --passphrase-file "$work/preparer.pass" "${officer[@]}" >/dev/null
    for file in "$work/signed.pdf" "$work/signed.zip"; do
        csbm verify "$file" --lang en --trust "$root_pem" | tail -n 1 | grep -q "^OK: valid and trusted" \
            || fail "$file: signatures not valid and trusted"
    done
    unset SOFTHSM2_CONF
    local how="two PKCS#12 files"
    [[ -z $hsm_lib ]] || how="PKCS#12 + PKCS#11 (SoftHSM2)"
    echo "final report $id signed ($how) in $lang_of_signing and verified"
}

bundle_stage() {
    BUILD_PYTHON=$build_py bash packaging/build_bundle.sh
}

bundle_run_stage() {
    local tarball version
    tarball=$(ls "$root"/dist/csbm-desktop-*-linux-"$(uname -m)".tar.gz)
    (cd "$root/dist" && sha256sum --quiet -c "$(basename "$tarball").sha256")
    mkdir -p "$scratch/unpacked"
    tar -C "$scratch/unpacked" -xzf "$tarball"
    version=$("$build_py" -c 'import csbm_desktop; print(csbm_desktop.__version__)')
    local app=$scratch/unpacked/csbm-desktop-$version
    [[ -x $app/csbm && -x $app/csbm-desktop ]] || fail "executables missing in $tarball"
    [[ -f $app/_internal/csbm_desktop/storage/migrations/env.py ]] || fail "migrations not bundled"
    (cd "$scratch" && exercise_cli "$app" "$scratch/bundle" fr)
    (cd "$scratch" && start_gui "$app/csbm-desktop" "$scratch/bundle/gui.sqlite3")

    # Through the real start-up (database opened on the worker thread, first-run dialog shown):
    # still running after 5 s, and no Python traceback on stderr.
    local status=0
    QT_QPA_PLATFORM=offscreen timeout 5 "${offline[@]}" "$app/csbm-desktop" \
        --db "$scratch/bundle/gui-full.sqlite3" --lang pt 2>"$scratch/gui.err" || status=$?
    if [[ $status != 124 ]] || grep -q Traceback "$scratch/gui.err"; then
        cat "$scratch/gui.err" >&2
        fail "bundled GUI exited with $status during start-up (124 = still running, expected)"
    fi

    [[ -s $scratch/bundle/gui-full.sqlite3 ]] || fail "the bundled GUI did not open its database"

    (cd "$scratch" && exercise_signing "$app" "$scratch/signing")

    HOME=$scratch/home XDG_DATA_HOME='' bash "$app/install.sh" >/dev/null
    local entry=$scratch/home/.local/share/applications/csbm-desktop.desktop
    [[ -f $entry ]] || fail "install.sh made no menu entry"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$entry" || fail "installed menu entry is not valid"
    fi
    "$scratch/home/.local/bin/csbm" --version >/dev/null || fail "csbm through its symlink"
    HOME=$scratch/home XDG_DATA_HOME='' bash "$app/install.sh" --uninstall >/dev/null
    [[ ! -e $entry ]] || fail "install.sh --uninstall left the menu entry"
}

begin=$SECONDS
stage wheelhouse wheelhouse_stage
stage install install_stage
stage wheel-run wheel_run_stage
stage bundle bundle_stage
stage bundle-run bundle_run_stage
echo "=== smoke passed"
printf '  %s\n' "${timings[@]}"
printf '  %-12s %4d s\n' total $((SECONDS - begin))
