#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build, run and test Fivetran Webhooks.
# Safe to run again: it asks apt only for packages that are missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config dpkg-dev fakeroot file
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libgl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools fonts-dejavu-core
    ca-certificates libqt6svg6 desktop-file-utils appstream
)
# With --list: print the packages above, one a line, and stop (scripts/test-debian13.sh puts
# them in its Debian 13 root; Node.js and npm are left to the caller).
if [ "${1:-}" = --list ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi
# Only on this machine: scripts/test-debian13.sh makes its Debian 13 root with mmdebstrap.
packages+=(mmdebstrap)
# The conformance test runs Stoplight Prism from npm; keep a Node.js that is already there.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done

if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
