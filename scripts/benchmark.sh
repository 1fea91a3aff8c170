#!/usr/bin/env bash
# The benchmark suite (scenarios P1-P7, docs/benchmarks.md), side by side with peers in the same run; not part of
# scripts/test.sh's tests. Builds what it runs, runs every scenario at N = 1,000, 10,000 and
# 100,000 webhooks, and rewrites the generated part of docs/benchmarks.md (hand-written notes
# outside the bench markers are kept).
#
#   bash scripts/benchmark.sh [--smoke] [--output FILE] [--build-dir DIR]
#
#   --smoke          N = 1,000 only, fewer repetitions, the dev build (build/dev), output to a
#                    temporary file: a minute or two, run by CI so the harness never rots.
#   --output FILE    where the Markdown goes (default docs/benchmarks.md; --smoke: a temp file)
#   --build-dir DIR  an existing or new build folder instead of the preset's (configured
#                    RelWithDebInfo when new)
#
# Fails only when a scenario cannot run (a program missing or failing), never on a missed
# target. The pieces live in tests/benchmarks/ (drivers/, peers/, render.mjs, the C++ programs).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

smoke=0
output=
build_dir=
while (($#)); do
    case $1 in
        --smoke) smoke=1 ;;
        --output) output=${2:?--output needs a file}; shift ;;
        --build-dir) build_dir=${2:?--build-dir needs a folder}; shift ;;
        -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "benchmark.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

if ((smoke)); then
    sizes=1000 runs=3 startup_runs=3 pages_seconds=1 preset=dev scenario_timeout=300
    [[ -n $output ]] || output=$(mktemp --tmpdir fwbench-smoke-XXXXXX.md)
else
    sizes=1000,10000,100000 runs=5 startup_runs=7 pages_seconds=3 preset=release scenario_timeout=1800
    [[ -n $output ]] || output=$root/docs/benchmarks.md
fi
started=$SECONDS
command -v node >/dev/null || { echo "benchmark.sh: node (Node.js 18+) is needed" >&2; exit 1; }
command -v curl >/dev/null || { echo "benchmark.sh: curl is needed" >&2; exit 1; }

# --- build -------------------------------------------------------------------------------------
programs=(fivetran-sandbox fivetran-webhooks-cli fivetran-webhooks)
benches=(hello_window bench_receiver bench_model bench_gui)
if [[ -z $build_dir ]]; then
    build_dir=$root/build/$preset
    echo "== configure the $preset preset"
    cmake --preset "$preset" >/dev/null
else
    build_dir=$(realpath -m "$build_dir")
    if [[ ! -f $build_dir/CMakeCache.txt ]]; then
        echo "== configure $build_dir (RelWithDebInfo)"
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
fi
echo "== build ${programs[*]} in $build_dir"
cmake --build "$build_dir" --target "${programs[@]}" -j2
# Then each benchmark program that exists in this checkout (bench_model and bench_gui come with
# tests/benchmarks/gui) on its own: the scenarios of one that is missing or does not build are
# reported as not run, and the others still run.
known=$(cmake --build "$build_dir" --target help 2>/dev/null | sed -n 's/^\([A-Za-z0-9_.-]*\):.*/\1/p')
declare -A built=()
for bench in "${benches[@]}"; do
    if ! grep -qx "$bench" <<<"$known"; then
        built[$bench]="no $bench target"
    elif echo "== build $bench" && cmake --build "$build_dir" --target "$bench" -j2; then
        built[$bench]=ok
    else
        built[$bench]="$bench did not build"
    fi
done

sandbox=$build_dir/src/sandbox/fivetran-sandbox
cli=$build_dir/src/cli/fivetran-webhooks-cli
app=$build_dir/src/app/fivetran-webhooks
bench_dir=$build_dir/tests/benchmarks

# --- run ---------------------------------------------------------------------------------------
work=$(mktemp -d --tmpdir fwbench-XXXXXX)
trap 'rm -rf "$work"' EXIT
results=$work/results.txt status=$work/status.txt
: >"$results"
: >"$status"
export QT_QPA_PLATFORM=offscreen

# run SCENARIOS LABEL COMMAND...: FWBENCH lines to the results, one status line per scenario.
run() {
    local scenarios=$1 label=$2
    shift 2
    echo "== $scenarios: $label (N = $sizes)"
    local rc codes
    set +e
    timeout --kill-after=10 "$scenario_timeout" "$@" | tee -a "$results" | grep -v '^FWBENCH '
    codes=("${PIPESTATUS[@]}")
    set -e
    rc=${codes[0]}
    for scenario in $scenarios; do
        if ((rc == 0)); then
            echo "$scenario ok" >>"$status"
        elif ((rc == 124)); then
            echo "$scenario failed: $label did not finish in $scenario_timeout s" >>"$status"
        else
            echo "$scenario failed: $label exited with status $rc" >>"$status"
        fi
    done
}
not_run() {
    echo "== $1: not run ($2)"
    for scenario in $1; do echo "$scenario not run: $2" >>"$status"; done
}
# run_if PROGRAM SCENARIOS LABEL COMMAND...: run, or "not run" when PROGRAM did not build.
run_if() {
    local program=$1
    shift
    if [[ ${built[$program]} == ok ]]; then
        run "$@"
    else
        not_run "$1" "${built[$program]}"
    fi
}

run P1 "CLI list --all vs Node.js fetch and curl" \
    node tests/benchmarks/drivers/p1-list-all.mjs --sizes "$sizes" --sandbox "$sandbox" --cli "$cli" --runs "$runs"
run_if bench_model P2 bench_model "$bench_dir/gui/bench_model" --sizes "$sizes" --sandbox "$sandbox"
run_if bench_gui "P3 P4" bench_gui "$bench_dir/gui/bench_gui" --sizes "$sizes" --sandbox "$sandbox"
run_if hello_window P5 "start-up vs a hello-world window" \
    node tests/benchmarks/drivers/p5-startup.mjs --app "$app" --hello "$bench_dir/hello_window" --runs "$startup_runs"
run_if bench_receiver P6 "bench_receiver" "$bench_dir/receiver/bench_receiver" --sizes "$sizes"
run P7 "sandbox pages/s" \
    node tests/benchmarks/drivers/p7-sandbox-pages.mjs --sizes "$sizes" --sandbox "$sandbox" --seconds "$pages_seconds"

# --- render ------------------------------------------------------------------------------------
command_text="bash scripts/benchmark.sh"
((smoke)) && command_text+=" --smoke"
mkdir -p "$(dirname "$output")"
node tests/benchmarks/render.mjs --results "$results" --status "$status" --output "$output" \
    --build-dir "$build_dir" --app "$app" --command "$command_text"
echo "== benchmarks written to $output in $((SECONDS - started)) s"
if grep -qv ' ok$' "$status"; then
    echo "benchmark.sh: some scenarios could not run:" >&2
    grep -v ' ok$' "$status" >&2
    exit 1
fi
