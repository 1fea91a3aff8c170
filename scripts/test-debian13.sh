#!/usr/bin/env bash
# Builds the project and runs its tests on Debian 13 (trixie: Qt 6.8, QtKeychain 0.15) from this
# Debian 12 machine, so that CI covers the Qt the next Debian ships, not only the one it builds on.
#
# A trixie root is made with mmdebstrap from Debian's own packages under build/debian13/root and
# kept: a marker file in it records what made it, and a later run reuses it while that is
# unchanged (CI starts from a clean clone, so it makes one every time: a few minutes). The
# checkout is bind-mounted into the root at its own path, then the dev configuration (the dev
# preset's cache variables) is configured, built into build/debian13/dev and tested with ctest.
#
# Usage: bash scripts/test-debian13.sh [extra ctest arguments, e.g. -L unit]
# Needs root (mmdebstrap, mount, chroot); when not root it runs itself again through sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD

suite=trixie
mirror=http://deb.debian.org/debian
work=$source_dir/build/debian13
root=$work/root
build_dir=$work/dev # inside the checkout, so it is the same path inside the root and out
marker=.fivetran-webhooks-root # in the root: the recipe that made it

if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/test-debian13.sh needs root (mmdebstrap, mount, chroot): running it with sudo" >&2
    exec sudo bash "$0" "$@"
fi

# --- Guard against removing through a mount ----------------------------------------------------
# The root gets the checkout, /dev, /proc and /sys mounted into it while the tests run. Those
# mounts live in a private mount namespace (below) and die with it, but if one were ever left
# behind, rm -rf on the root would delete the checkout or write to /dev through it: refuse then.
mounts_under() {
    findmnt -rn -o TARGET | awk -v dir="$1" '$0 == dir || index($0, dir "/") == 1'
}
remove_tree() {
    local dir=$1 left
    [ -e "$dir" ] || return 0
    left=$(mounts_under "$dir")
    if [ -n "$left" ]; then
        printf 'refusing to remove %s: something is still mounted in it:\n%s\n' "$dir" "$left" >&2
        exit 1
    fi
    # --one-file-system as a second guard: rm skips anything on another file system.
    rm -rf --one-file-system "$dir"
}

# --- Inside the private mount namespace: mount, chroot, build, test -----------------------------
if [ "${1:-}" = --in-namespace ]; then
    shift
    mounted=() # mount points, in the order they were made
    unmount_all() {
        local i
        for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
            umount "${mounted[i]}" 2>/dev/null || umount --lazy "${mounted[i]}" \
                || echo "could not unmount ${mounted[i]}" >&2
        done
        mounted=()
        local left
        left=$(mounts_under "$root")
        [ -z "$left" ] || printf 'still mounted under %s (gone with this namespace):\n%s\n' \
            "$root" "$left" >&2
    }
    trap unmount_all EXIT
    # Every mount below is private to this namespace: nothing propagates back to the machine.
    mount --make-rprivate /
    mount_at() { # mount arguments..., target last
        local target=${*: -1}
        mkdir -p "$target"
        mount "$@"
        mounted+=("$target")
    }
    mount_at -t proc proc "$root/proc"
    mount_at --bind /sys "$root/sys"
    mount -o remount,bind,ro "$root/sys"
    mount_at --bind /dev "$root/dev"
    mount_at --bind /dev/pts "$root/dev/pts"
    mount_at -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
    mount_at -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/tmp"
    # The checkout last, so that none of the above hides it (a clone under /tmp, say).
    mount_at --bind "$source_dir" "$root$source_dir"
    # Tests read Fivetran's OpenAPI definition from ../shared/spec beside the checkout.
    shared=$(dirname "$source_dir")/shared
    if [ -d "$shared" ]; then
        mount_at --bind "$shared" "$root$shared"
        mount -o remount,bind,ro "$root$shared"
    fi

    # A clean environment, as a fresh trixie machine would have: nothing of the host's PATH or
    # Qt variables leaks in. Tests run headless; the keychain tests start their own D-Bus session
    # and gnome-keyring through tests/keychain/with-keyring.sh.
    status=0
    chroot "$root" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" QT_QPA_PLATFORM=offscreen \
        SOURCE_DIR="$source_dir" BUILD_DIR="$build_dir" \
        bash -c '
            set -euo pipefail
            cd "$SOURCE_DIR"
            echo "== debian13: $(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev), Node.js $(node --version)"
            echo "== debian13: configure and build"
            # The dev preset'"'"'s cache variables (CMakePresets.json), into a build directory of
            # its own.
            cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
            cmake --build "$BUILD_DIR"
            echo "== debian13: test"
            ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error --timeout 300 -j2 "$@"
        ' bash "$@" || status=$?
    unmount_all
    exit "$status"
fi

# --- The root: reuse it when the same recipe made it, else make it ------------------------------
# The packages a build and the whole test suite need: scripts/install-deps.sh's list (Qt,
# QtKeychain, Xvfb, D-Bus, gnome-keyring, libsecret-tools, fonts, packaging tools), and trixie's
# Node.js to run the conformance test's Prism. Not npm: Prism is installed from outside (below),
# and npm would bring 340 more packages. Debian 13 moved Qt's SVG icon engine out of libqt6svg6
# into qt6-svg-plugins (Debian 12 has no such package).
mapfile -t packages < <(bash scripts/install-deps.sh --list)
packages+=(nodejs qt6-svg-plugins)
recipe="mmdebstrap --variant=apt $suite $mirror
$(printf '%s\n' "${packages[@]}" | sort -u)"

started=$SECONDS
if [ -f "$root/$marker" ] && [ "$(cat "$root/$marker")" = "$recipe" ]; then
    echo "== debian13: reusing the $suite root in ${root#"$source_dir"/}"
else
    command -v mmdebstrap >/dev/null || bash scripts/install-deps.sh
    echo "== debian13: making a $suite root in ${root#"$source_dir"/} (${#packages[@]} packages)"
    mkdir -p "$work"
    # Made beside the old one and moved in place only when complete, so that an interrupted
    # run never leaves a root that looks usable.
    remove_tree "$root.new"
    mmdebstrap --quiet --variant=apt --include="$(IFS=,; echo "${packages[*]}")" \
        "$suite" "$root.new" "$mirror"
    # D-Bus (the keychain tests) wants a machine id; mmdebstrap leaves none.
    tr -d '-' </proc/sys/kernel/random/uuid >"$root.new/etc/machine-id"
    printf '%s\n' "$recipe" >"$root.new/$marker"
    remove_tree "$root"
    mv "$root.new" "$root"
    echo "== debian13: root made in $((SECONDS - started)) s"
fi

# Prism for tst_conformance, installed with this machine's npm as scripts/test.sh does (it is
# plain JavaScript: trixie's Node.js runs it). Not from inside the root: the registry may only be
# reachable through this machine's own certificate authorities and settings.
if [ ! -x tests/conformance/node_modules/.bin/prism ]; then
    (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
fi

# --- Build and test in a private mount namespace ------------------------------------------------
# unshare gives this script's mounts a namespace of their own: they are invisible to the rest of
# the machine and disappear when the last process in it ends, even if this script is killed.
tested=$SECONDS
status=0
unshare --mount --propagation private -- bash "$0" --in-namespace "$@" || status=$?
left=$(mounts_under "$root")
if [ -n "$left" ]; then
    printf 'mounts left under %s:\n%s\n' "$root" "$left" >&2
    status=1
fi
echo "== debian13: build and tests took $((SECONDS - tested)) s (exit $status)"
exit "$status"
