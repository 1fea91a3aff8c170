#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the dev preset (all suites, with the
# OpenAPI conformance run through Stoplight Prism), then the asan preset (unit, integration and
# GUI tests under AddressSanitizer and UndefinedBehaviorSanitizer), then the dev configuration on
# Debian 13 (Qt 6.8) in a root made with mmdebstrap (scripts/test-debian13.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
# Prism, pinned by the lockfile, for tst_conformance.
(cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)

export QT_QPA_PLATFORM=offscreen
started=$SECONDS
for preset in dev asan; do
    echo "== $preset: configure and build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    echo "== $preset: test"
    ctest --preset "$preset" -j2
done
# The dev configuration again on Debian 13 (Qt 6.8), in a trixie root that the script makes with
# mmdebstrap under build/debian13 (it prints its own "== debian13:" lines).
bash scripts/test-debian13.sh
# The benchmark harness at N = 1,000 on the dev build, so it never rots; it fails only when a
# scenario cannot run, never on a missed target (docs/benchmarks.md).
echo "== benchmark smoke"
bash scripts/benchmark.sh --smoke
echo "== all tests passed in $((SECONDS - started)) s"
