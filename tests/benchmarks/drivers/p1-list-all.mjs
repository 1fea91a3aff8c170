// P1: wall time of `fivetran-webhooks-cli list --all --limit 1000 --json > /dev/null` against
// `fivetran-sandbox --seed N`, next to the Node.js fetch peer and the curl loop (../peers) on
// the same sandbox in the same run. One untimed run of each first checks that all three return
// N webhooks (the scenario fails otherwise); then RUNS rounds, each timing the three in turn,
// and the medians are compared.
//
//   node p1-list-all.mjs --sizes 1000,10000 --sandbox PATH --cli PATH [--runs 5]
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions, need, fwbench, median, log, startSandbox, timeCommand } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const options = parseOptions();
const sandboxPath = need(options, 'sandbox');
const cliPath = need(options, 'cli');
const runs = Number(options.runs ?? 5);
const peers = join(here, '..', 'peers');

const contenders = [
  // The CLI prints the API's data object: {"items": [...], "next_cursor": null}.
  { name: 'cli', command: cliPath, args: ['list', '--all', '--limit', '1000', '--json'],
    count: (text) => JSON.parse(text).items.length },
  { name: 'node', command: process.execPath, args: [join(peers, 'list-all.mjs'), '1000'],
    count: (text) => JSON.parse(text).length },
  // Envelopes one after the other: one "id" key per webhook.
  { name: 'curl', command: 'bash', args: [join(peers, 'list-all-curl.sh'), '1000'],
    count: (text) => (text.match(/"id": *"/g) ?? []).length },
];

const scratch = mkdtempSync(join(tmpdir(), 'fwbench-p1-'));
let failed = false;
try {
  for (const n of options.sizes) {
    const sandbox = await startSandbox(sandboxPath, n);
    try {
      let ok = true;
      for (const c of contenders) {
        const out = join(scratch, `${c.name}.out`);
        const run = await timeCommand(c.command, c.args, { env: sandbox.env, stdoutPath: out });
        const count = run.code === 0 ? c.count(readFileSync(out, 'utf8')) : -1;
        log(`P1 n=${n} ${c.name}: check run ${run.ms.toFixed(0)} ms, ${count} webhooks, exit ${run.code}`);
        if (run.code !== 0 || count !== n) {
          log(`P1 n=${n} ${c.name}: expected ${n} webhooks, got ${count} (exit ${run.code}) ${run.stderr.trim()}`);
          ok = false;
        }
      }
      if (!ok) { failed = true; continue; }
      const times = { cli: [], node: [], curl: [] };
      for (let round = 0; round < runs; ++round) {
        for (const c of contenders) {
          const run = await timeCommand(c.command, c.args, { env: sandbox.env });
          if (run.code !== 0) throw new Error(`${c.name} failed: ${run.stderr.trim()}`);
          times[c.name].push(run.ms);
        }
      }
      const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
      log(`P1 n=${n} medians of ${runs}: cli ${m.cli.toFixed(1)} ms, node ${m.node.toFixed(1)} ms, curl ${m.curl.toFixed(1)} ms`);
      fwbench({ scenario: 'P1', n, metric: 'wall time vs Node fetch', value: m.cli, unit: 'ms',
                peer: m.node, peerName: 'Node.js fetch loop (keep-alive)', ratio: m.cli / m.node,
                target: '≤ 1.0×', met: m.cli / m.node <= 1.0 });
      fwbench({ scenario: 'P1', n, metric: 'wall time vs curl loop', value: m.cli, unit: 'ms',
                peer: m.curl, peerName: 'curl loop (a process per page)', ratio: m.cli / m.curl,
                target: '≤ 0.5×', met: m.cli / m.curl <= 0.5 });
    } finally {
      await sandbox.stop();
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
