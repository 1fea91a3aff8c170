#!/usr/bin/env bash
# Builds the .deb from a configured and built tree and checks what a user would get from it:
# the control fields, the file list, that the unpacked programs start (the desktop application
# offscreen, with an isolated HOME), and that the desktop file and AppStream metainfo validate.
#
# Usage: check-deb.sh BUILD_DIR VERSION APP_ID
# The package is staged and written in a temporary directory, not in the build tree (cpack only
# rewrites its install_manifest.txt there), so this can run beside other tests. Every failure is reported with its reason; the exit code is 1.
set -uo pipefail

build=${1:?build directory}
version=${2:?version}
app_id=${3:?application id}
programs=(fivetran-webhooks fivetran-webhooks-cli fivetran-sandbox)

started=$(date +%s%N)
work=$(mktemp -d "${TMPDIR:-/tmp}/fw-check-deb.XXXXXX")
keep=${FW_KEEP_PACKAGE_TEMP:-}
cleanup() { if [ -n "$keep" ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
die() { echo "FAIL: $*" >&2; exit 1; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli timeout ldd objdump file; do
    command -v "$tool" >/dev/null || die "'$tool' is not installed (scripts/install-deps.sh installs it)"
done
[ -f "$build/CPackConfig.cmake" ] || die "no $build/CPackConfig.cmake: configure the project first"
for program in "${programs[@]}"; do
    [ -n "$(find "$build/src" -name "$program" -type f -perm -u+x -print -quit)" ] \
        || die "$program is not built in $build: build the project before running this test"
done

# --- Build the package ----------------------------------------------------------------------
# With Ninja, cpack builds nothing (with Makefiles its preinstall step builds `all`, a no-op after
# the build); it installs into its staging directory (_CPack_Packages) and writes the .deb, both
# under the temporary directory given with -B, so a `package` target run meanwhile is unaffected.
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack failed"
fi
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    cat "$work/cpack.log" >&2
    die "cpack made no single .deb: ${debs[*]}"
fi
deb=${debs[0]}
size=$(stat -c %s "$deb")
pass "built $(basename "$deb") ($size bytes)"
[ "$(basename "$deb")" = "fivetran-webhooks_${version}_$(dpkg --print-architecture).deb" ] \
    || fail "unexpected file name $(basename "$deb")"

# --- Control fields ---------------------------------------------------------------------------
info=$(dpkg-deb -I "$deb") || die "dpkg-deb -I failed"
for name in Package Version Depends; do
    printf '%s\n' "$info" | grep -q "^ $name: " || fail "dpkg-deb -I shows no $name"
done
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = fivetran-webhooks ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
for name in Maintainer Section Description Homepage; do
    [ -n "$(field "$name")" ] || fail "no $name field"
done
description=$(field Description)
[ "$(printf '%s\n' "$description" | wc -l)" -ge 3 ] || fail "the Description has no extended text"

depends=$(field Depends)
# Depends as a list of package names (alternatives and version constraints dropped).
depends_names=$(printf '%s' "$depends" | tr ',|' '\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | sort -u)
# Debian 13 renamed the libraries whose ABI changed with a 64-bit time_t: libqt6core6t64.
has_dep() { printf '%s\n' "$depends_names" | grep -qxF -e "$1" -e "$1t64"; }
for package in libsecret-1-0 qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6 \
    libqt6network6 libqt6httpserver6 libqt6keychain1 libc6 libstdc++6; do
    has_dep "$package" || fail "Depends lacks $package: $depends"
done
[ -n "$(field Recommends)" ] || fail "no Recommends (a Secret Service provider)"
if [ "$failures" -eq 0 ]; then
    pass "control fields: $(field Package) $(field Version), Depends: $depends"
else
    printf 'dpkg-deb -I:\n%s\n' "$info" >&2
fi

# --- Contents ---------------------------------------------------------------------------------
listing=$(dpkg-deb -c "$deb") || die "dpkg-deb -c failed"
expect_file() { # path, mode prefix
    local line
    line=$(printf '%s\n' "$listing" | awk -v p="./$1" '$6 == p')
    if [ -z "$line" ]; then fail "the package lacks /$1"; return; fi
    case $line in "$2"*) ;; *) fail "/$1 has mode ${line%% *}, expected $2" ;; esac
}
for program in "${programs[@]}"; do expect_file "usr/bin/$program" -rwxr-xr-x; done
expect_file "usr/share/applications/$app_id.desktop" -rw-r--r--
expect_file "usr/share/metainfo/$app_id.metainfo.xml" -rw-r--r--
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg" -rw-r--r--
expect_file "usr/share/doc/fivetran-webhooks/copyright" -rw-r--r--
outside=$(printf '%s\n' "$listing" | awk '{print $6}' | grep -Ev '^\./(usr(/.*)?)?$' || true)
if [ -z "$outside" ]; then pass "every file is under /usr"; else fail "files outside /usr: $outside"; fi

# --- Unpacked programs ------------------------------------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root" || die "dpkg-deb -x failed"

# Every library a program needs is found on this system, and each one it links directly (its
# NEEDED entries) comes from a package in Depends.
for program in "${programs[@]}"; do
    binary=$root/usr/bin/$program
    case $(file -b "$binary") in *'not stripped'*) fail "$program is not stripped" ;; esac
    resolved=$(ldd "$binary")
    missing=$(printf '%s\n' "$resolved" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$program: libraries not found: $missing"
    for needed in $(objdump -p "$binary" | awk '$1 == "NEEDED" {print $2}'); do
        # "libfoo.so.1 => /path (addr)", or for the loader itself (NEEDED when the program uses
        # its symbols, e.g. the unwinder's _dl_find_object) "/lib64/ld-linux-x86-64.so.2 (addr)".
        library=$(printf '%s\n' "$resolved" | awk -v n="$needed" '
            $1 == n && $2 == "=>" {print $3}
            $2 != "=>" && substr($1, length($1) - length(n)) == "/" n {print $1}')
        [ -n "$library" ] || { fail "$program: ldd does not resolve $needed"; continue; }
        owner=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null | head -n1 | cut -d: -f1)
        [ -z "$owner" ] && owner=$(dpkg -S "$library" 2>/dev/null | head -n1 | cut -d: -f1)
        [ -n "$owner" ] || { fail "$program: no Debian package owns $library"; continue; }
        has_dep "$owner" || fail "$program needs $library from $owner, which Depends lacks"
    done
done

# --help and --version answer without any display.
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
for program in "${programs[@]}"; do
    binary=$root/usr/bin/$program
    if out=$("${nodisplay[@]}" timeout 20 "$binary" --version 2>&1); then
        if printf '%s\n' "$out" | grep -qF "$version"; then
            pass "$program --version: $(printf '%s' "$out" | head -n1)"
        else
            fail "$program --version does not name $version: $out"
        fi
    else
        fail "$program --version exited $?: $out"
    fi
    if out=$("${nodisplay[@]}" timeout 20 "$binary" --help 2>&1); then
        if printf '%s\n' "$out" | grep -qi 'usage'; then
            pass "$program --help"
        else
            fail "$program --help prints no usage: $out"
        fi
    else
        fail "$program --help exited $?: $out"
    fi
done

# The desktop application starts offscreen from the unpacked tree, on a fresh HOME (so on the
# built-in Sandbox), finds its icon in the package's hicolor theme, and quits by itself.
home=$work/home
mkdir -p "$home"/{config,data,cache,runtime}
chmod 700 "$home/runtime"
gui_status=0
env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
    XDG_DATA_DIRS="$root/usr/share:/usr/share" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    FW_QUIT_AFTER_STARTUP_MS=1500 \
    timeout 60 "$root/usr/bin/fivetran-webhooks" >"$work/gui.out" 2>"$work/gui.err" || gui_status=$?
expected="fivetran-webhooks $version started: window shown, icon rendered"
if [ "$gui_status" -ne 0 ]; then
    fail "the desktop application exited $gui_status (124: did not quit by itself)"
elif ! grep -qxF "$expected" "$work/gui.out"; then
    fail "the desktop application did not report '$expected'"
elif grep -Eiq 'fatal|could not (load|find) the qt platform plugin|segmentation|abort' "$work/gui.err"; then
    fail "the desktop application logged a fatal error"
else
    pass "desktop application: $(cat "$work/gui.out")"
fi
if [ "$failures" -gt 0 ] && [ -s "$work/gui.err" ]; then
    echo "--- fivetran-webhooks stdout:" >&2; cat "$work/gui.out" >&2
    echo "--- fivetran-webhooks stderr:" >&2; cat "$work/gui.err" >&2
fi

# --- Desktop integration files ----------------------------------------------------------------
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
# Errors and warnings fail; hints (e.g. two main categories, Development and Network) are shown.
out=$(desktop-file-validate "$desktop" 2>&1); status=$?
[ -n "$out" ] && printf '%s\n' "$out"
if [ $status -ne 0 ] || printf '%s\n' "$out" | grep -Eq ': (error|warning): '; then
    fail "desktop-file-validate"
else
    pass "desktop-file-validate"
fi
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's Icon is not $app_id"
grep -qx "Exec=fivetran-webhooks" "$desktop" || fail "the desktop file's Exec is not fivetran-webhooks"
grep -qx "StartupWMClass=fivetran-webhooks" "$desktop" || fail "StartupWMClass is not the Qt WM_CLASS"

# Errors and warnings fail (appstreamcli's own exit code); pedantic notes are shown only.
out=$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1); status=$?
printf '%s\n' "$out"
if [ $status -ne 0 ] || printf '%s\n' "$out" | grep -Eq '^[EW]: '; then
    fail "appstreamcli validate"
else
    pass "appstreamcli validate"
fi
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $app_id.desktop"
grep -qF "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
for program in "${programs[@]}"; do
    grep -qF "<binary>$program</binary>" "$metainfo" || fail "the metainfo does not provide $program"
done

elapsed_ms=$((($(date +%s%N) - started) / 1000000))
echo "package size: $size bytes; check took $((elapsed_ms / 1000)).$(printf %03d $((elapsed_ms % 1000)))s"
if [ "$failures" -gt 0 ]; then
    echo "check-deb: $failures check(s) failed" >&2
    exit 1
fi
echo "check-deb: all checks passed"
