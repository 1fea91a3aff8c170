#!/usr/bin/env bash
# Runs a command against a real, private Secret Service: a fresh D-Bus session bus with an
# unlocked gnome-keyring whose files live in a temporary home, removed afterwards.
# Works headless and as root. Never run it under xvfb-run: a keyring prompt there would hang.
set -euo pipefail

if [[ -z "${FW_KEYRING_INNER:-}" ]]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/fw-keyring.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
    chmod 700 "$tmp" "$tmp/runtime"
    # No display: nothing may try to show a prompt or autolaunch a second bus.
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        FW_KEYRING_INNER=1 HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" \
        XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime" \
        dbus-run-session -- bash "$0" "$@"
    exit $?
fi

# Inside the private session. The password must be non-empty: an empty one makes the daemon wait
# for a prompt. It creates the "login" keyring (the default collection) and unlocks it.
eval "$(printf %s 'fw-test-keyring-password' \
    | gnome-keyring-daemon --unlock --components=secrets | sed 's/^/export /')"
exec "$@"
