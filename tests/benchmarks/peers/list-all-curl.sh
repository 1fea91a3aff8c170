#!/usr/bin/env bash
# P1 peer: every webhook of the account with one curl process per page (no connection reuse
# between pages), the same cursor loop and Basic auth as `fivetran-webhooks-cli list --all`.
# Each page's envelope is written to stdout as it arrives; next_cursor is taken from it with
# grep -o and sed (no jq, no Python: only what a fresh Debian 12 has besides curl).
#
#   FIVETRAN_API_BASE=http://127.0.0.1:PORT/v1 FIVETRAN_API_KEY=... FIVETRAN_API_SECRET=... \
#     bash list-all-curl.sh [LIMIT] > /dev/null
set -euo pipefail
base=${FIVETRAN_API_BASE%/}
limit=${1:-1000}
: "${FIVETRAN_API_KEY:?set FIVETRAN_API_KEY}" "${FIVETRAN_API_SECRET:?set FIVETRAN_API_SECRET}"
# The credentials go to curl through a config file on stdin, never on its command line.
auth="user = \"$FIVETRAN_API_KEY:$FIVETRAN_API_SECRET\""
page=$(mktemp)
trap 'rm -f "$page"' EXIT
cursor=
while :; do
    url="$base/webhooks?limit=$limit"
    [[ -n $cursor ]] && url+="&cursor=$cursor"
    printf '%s\n' "$auth" | curl -sS --fail -K - -H 'Accept: application/json' -o "$page" "$url"
    cat "$page"
    # Cursors are opaque but URL-safe base64 here; percent-encode the characters that are not.
    cursor=$(grep -o '"next_cursor": *"[^"]*"' "$page" | sed -e 's/.*: *"//' -e 's/"$//' \
        -e 's/+/%2B/g' -e 's/\//%2F/g' -e 's/=/%3D/g' || true)
    [[ -n $cursor ]] || break
done
