#!/usr/bin/env bash
# Installs what is missing, builds (release preset) and opens the desktop application on its
# built-in Sandbox account. Without a display it starts the sandbox instead and lists its
# webhooks with the command-line client (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target fivetran-webhooks fivetran-sandbox fivetran-webhooks-cli

bin=build/release/src
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/app/fivetran-webhooks" "$@"
fi

echo "No display: starting the sandbox and using the command-line client instead."
log=$(mktemp)
"$bin/sandbox/fivetran-sandbox" --port "${FW_SANDBOX_PORT:-0}" >"$log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; rm -f "$log"' EXIT INT TERM

# The sandbox prints its address and the demo key pair as an export line when it is ready.
for _ in $(seq 1 100); do
    grep -q '^export FIVETRAN_API_BASE=' "$log" && break
    kill -0 $sandbox 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
done
cat "$log"
eval "$(grep '^export ' "$log")"

echo
echo "\$ fivetran-webhooks-cli account"
"$bin/cli/fivetran-webhooks-cli" account
echo
echo "\$ fivetran-webhooks-cli list"
"$bin/cli/fivetran-webhooks-cli" list
echo
echo "The sandbox keeps running: use the export line above with $bin/cli/fivetran-webhooks-cli."
echo "Press Ctrl+C to stop it."
wait $sandbox
