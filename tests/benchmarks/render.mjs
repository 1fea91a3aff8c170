// Renders the FWBENCH result lines of one benchmark run into Markdown (docs/benchmarks.md).
// Everything between the <!-- bench:begin --> and <!-- bench:end --> markers is replaced on
// each run; the rest of an existing file (the hand-written Notes) is kept as it is.
//
//   node render.mjs --results FILE --status FILE --output FILE --build-dir DIR --app PATH
//                   [--command "bash scripts/benchmark.sh"] [--sizes 1000,10000,100000]
//
// --results: the programs' stdout (lines other than "FWBENCH {json}" are ignored);
// --status: one "SCENARIO ok|failed|not run: reason" line per program run.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { parseOptions, need } from './drivers/common.mjs';

const options = parseOptions();
const outputPath = need(options, 'output');
const results = readFileSync(need(options, 'results'), 'utf8').split('\n')
  .filter((line) => line.startsWith('FWBENCH '))
  .map((line) => { try { return JSON.parse(line.slice(8)); } catch { return null; } })
  .filter(Boolean);
const statusLines = existsSync(options.status ?? '') ? readFileSync(options.status, 'utf8').trim().split('\n').filter(Boolean) : [];

const scenarios = {
  P1: { title: 'Fetch every webhook (CLI `list --all --limit 1000 --json > /dev/null`)',
        how: 'Wall clock from spawn to exit, median of the timed rounds (each round runs the CLI, the Node.js peer and the curl peer in turn) against `fivetran-sandbox --seed N`. Peers: `tests/benchmarks/peers/list-all.mjs` (Node.js global `fetch`, keep-alive, parses each page, prints the items as one JSON array) and `tests/benchmarks/peers/list-all-curl.sh` (one `curl` process per page; `next_cursor` taken with `grep -o` and `sed`). One untimed run of each first checks that all three return N webhooks.' },
  P2: { title: 'Memory of `WebhookTableModel` holding N webhooks', how: '`bench_model` (tests/benchmarks/gui): resident growth per row against the wire bytes per row.' },
  P3: { title: 'GUI thread during "Load all" in the real main window (offscreen)', how: '`bench_gui` (tests/benchmarks/gui): event-loop lateness of a 1 ms timer while the window loads every webhook.' },
  P4: { title: 'Filter typed into the filter bar', how: '`bench_gui` (tests/benchmarks/gui): time per keystroke over N loaded rows.' },
  P5: { title: 'Start-up of `fivetran-webhooks` on the Sandbox account', how: '`FW_STARTUP_TRACE=1 fivetran-webhooks` prints `FWTRACE first-paint` (first paint event of a widget of the main window) and `FWTRACE first-rows` (first paint of the webhook table with rows), in ms since `main()` began, then quits; the peer `hello_window` (tests/benchmarks/startup) is a Qt hello-world window of the same build, timed the same way. Alternating runs, medians; an empty HOME/XDG_CONFIG_HOME per run so the built-in Sandbox account (demo data, an in-process sandbox) opens. Reported once, not per N: the Sandbox account always holds the demo data.' },
  P6: { title: 'Receiver: signed deliveries from a second process on loopback, verification on', how: '`bench_receiver` (tests/benchmarks/receiver): N signed deliveries over 4 keep-alive connections from a second process, to `fw::ReceiverServer` and then to a bare `QHttpServer` route (the peer) in the same run. "RSS growth once the history is full" is the receiver\'s resident memory from the moment its bounded history (1,000 deliveries) is full to the end of the run.' },
  P7: { title: 'Sandbox: `GET /v1/webhooks?limit=1000` pages per second', how: '`tests/benchmarks/drivers/p7-sandbox-pages.mjs`: one keep-alive `node:http` client walks every page of `fivetran-sandbox --seed N` over and over for a few seconds, one request at a time, taking `next_cursor` without parsing the items. It bounds P1.' },
};

function sh(command, args) {
  try { return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return ''; }
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = (/^model name\s*:\s*(.*)$/m.exec(cpuinfo) ?? [])[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const cache = options['build-dir'] && existsSync(`${options['build-dir']}/CMakeCache.txt`)
    ? readFileSync(`${options['build-dir']}/CMakeCache.txt`, 'utf8') : '';
  const compilerPath = (/^CMAKE_CXX_COMPILER:\w+=(.*)$/m.exec(cache) ?? [])[1];
  const buildType = (/^CMAKE_BUILD_TYPE:\w+=(.*)$/m.exec(cache) ?? [])[1] || 'unknown';
  const compiler = compilerPath ? sh(compilerPath, ['--version']).split('\n')[0] : 'unknown';
  const qtLib = options.app ? (/libQt6Core\.so\.6 => (\S+)/.exec(sh('ldd', [options.app])) ?? [])[1] : '';
  const qtVersion = qtLib ? (/\.so\.([\d.]+)$/.exec(sh('readlink', ['-f', qtLib])) ?? [])[1] ?? 'unknown' : 'unknown';
  return [
    ['CPUs (`nproc`)', sh('nproc', []) || String(os.cpus().length)],
    ['CPU', cpu],
    ['RAM', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['Kernel', `${os.type()} ${os.release()}`],
    ['OS', (/^PRETTY_NAME="?([^"\n]*)"?$/m.exec(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '') ?? [])[1] ?? 'unknown'],
    ['Qt', qtVersion],
    ['Compiler', compiler],
    ['Build', `${buildType} (\`${options['build-dir'] ?? '?'}\`)`],
    ['Node.js', process.version],
    ['curl', sh('curl', ['--version']).split('\n')[0].split(' ').slice(0, 2).join(' ') || 'unknown'],
    ['Load average at the end', os.loadavg().map((x) => x.toFixed(2)).join(', ')],
  ];
}

function figure(value, unit) {
  if (value === null || value === undefined) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit ? `${text} ${unit}` : text;
}

function cell(text) {
  return String(text ?? '–').replace(/\|/g, '\\|');
}

const now = new Date();
const lines = [];
lines.push('<!-- bench:begin -->');
lines.push(`_Generated by \`${options.command ?? 'bash scripts/benchmark.sh'}\` on ${now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}. Everything between the bench markers is rewritten by each run; notes go below them._`);
lines.push('');
lines.push('## Machine');
lines.push('');
lines.push('| | |');
lines.push('|---|---|');
for (const [name, value] of machine()) lines.push(`| ${name} | ${cell(value)} |`);
lines.push('');
lines.push('## How to run, how to read');
lines.push('');
lines.push('`bash scripts/benchmark.sh` builds the `release` preset (the app, the CLI, the sandbox and the benchmark programs) and runs every scenario at N = 1,000, 10,000 and 100,000 webhooks (`fivetran-sandbox --seed N`), then rewrites this section. `bash scripts/benchmark.sh --smoke` runs N = 1,000 only on the dev build and writes to a temporary file (CI runs it so the harness keeps working). The command fails only when a scenario cannot run, never on a missed target.');
lines.push('');
lines.push('Each benchmark program prints `FWBENCH {json}` lines (scenario, N, metric, value, unit, peer, ratio, target, met), collected and rendered by `tests/benchmarks/render.mjs`. The machines are shared and noisy, so absolute times move from run to run; **the ratio to the peer measured in the same run is the figure to compare**. "figure" is ours, "peer figure" the peer\'s in the same run, ratio = figure / peer figure; ✓ a met target, ✗ a missed one.');
lines.push('');

const statusFor = (id) => statusLines.filter((line) => line.startsWith(`${id} `)).map((line) => line.slice(id.length + 1));
for (const [id, scenario] of Object.entries(scenarios)) {
  lines.push(`## ${id} — ${scenario.title}`);
  lines.push('');
  lines.push(scenario.how);
  lines.push('');
  const rows = results.filter((r) => r.scenario === id);
  const peerNames = [...new Set(rows.map((r) => r.peer_name).filter(Boolean))];
  if (peerNames.length) { lines.push(`Peer: ${peerNames.join('; ')}.`); lines.push(''); }
  const problems = statusFor(id).filter((s) => !s.startsWith('ok'));
  for (const problem of problems) { lines.push(`**${problem}**`); lines.push(''); }
  if (!rows.length) {
    if (!problems.length) { lines.push('_No result._'); lines.push(''); }
    continue;
  }
  lines.push('| N | measure | figure | peer figure | ratio | target | met |');
  lines.push('|---:|---|---:|---:|---:|---|:---:|');
  for (const r of rows) {
    const n = r.n === null || r.n === undefined ? 'demo data' : Number(r.n).toLocaleString('en-US');
    const ratio = r.ratio === null || r.ratio === undefined ? '–' : `${r.ratio.toFixed(2)}×`;
    const met = r.met === true ? '✓' : r.met === false ? '✗' : '–';
    lines.push(`| ${n} | ${cell(r.metric)} | ${figure(r.value, r.unit)} | ${figure(r.peer, r.unit)} | ${ratio} | ${cell(r.target ?? '–')} | ${met} |`);
  }
  lines.push('');
}
const allRows = results.filter((r) => r.met !== null && r.met !== undefined);
const missed = allRows.filter((r) => r.met === false);
lines.push('## Summary');
lines.push('');
lines.push(`${allRows.length - missed.length} of ${allRows.length} targets met in this run.` +
  (missed.length ? ' Missed: ' + missed.map((r) => `${r.scenario} ${r.metric} at N = ${r.n === null ? 'demo' : Number(r.n).toLocaleString('en-US')} (${figure(r.value, r.unit)}${r.ratio !== null ? `, ${r.ratio.toFixed(2)}×` : ''}; target ${r.target})`).join('; ') + '.' : ''));
const notRun = statusLines.filter((line) => !/^\S+ ok/.test(line));
if (notRun.length) lines.push('', 'Scenarios that could not run: ' + notRun.join('; ') + '.');
lines.push('<!-- bench:end -->');
const generated = lines.join('\n');

let document;
const existing = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : '';
const begin = existing.indexOf('<!-- bench:begin -->');
const end = existing.indexOf('<!-- bench:end -->');
if (begin >= 0 && end > begin) {
  document = existing.slice(0, begin) + generated + existing.slice(end + '<!-- bench:end -->'.length);
} else {
  document = `# Benchmarks\n\n${generated}\n\n## Notes\n\nHand-written analysis (kept across runs: edit here, outside the bench markers).\n`;
}
writeFileSync(outputPath, document);
process.stderr.write(`wrote ${outputPath}: ${results.length} results, ${missed.length} missed targets\n`);
