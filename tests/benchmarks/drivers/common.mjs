// Shared pieces of the benchmark drivers: options, FWBENCH lines, a sandbox child process,
// wall-clock timing of a child process, medians.
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';

// --name value / --flag options into an object; --sizes 1000,10000 and --n N into sizes[].
export function parseOptions(argv = process.argv.slice(2)) {
  const options = {};
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const name = arg.slice(2);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) options[name] = true;
    else { options[name] = next; ++i; }
  }
  const sizes = options.sizes ?? options.n ?? '1000';
  options.sizes = String(sizes).split(',').map(Number).filter((n) => n > 0);
  return options;
}

export function need(options, name) {
  if (!options[name] || options[name] === true) {
    process.stderr.write(`missing --${name}\n`);
    process.exit(2);
  }
  return options[name];
}

// One result line, the interface the harness collects (see tests/benchmarks/README.md).
export function fwbench({ scenario, n, metric, value, unit, peer = null, peerName = null,
                          ratio = null, target = null, met = null }) {
  const round = (x) => (x === null || x === undefined || !Number.isFinite(x) ? null
    : Math.round(x * 1000) / 1000);
  const line = { scenario, n, metric, value: round(value), unit, peer: round(peer),
                 peer_name: peerName, ratio: round(ratio), target, met };
  process.stdout.write(`FWBENCH ${JSON.stringify(line)}\n`);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function log(text) {
  process.stderr.write(`${text}\n`);
}

// Starts `fivetran-sandbox --seed N` on a free loopback port; resolves to
// { base, key, secret, env, stop() } once it prints its address and credentials.
export function startSandbox(sandboxPath, n, extraArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(sandboxPath,
      ['--seed', String(n), '--port', '0', '--rate-limit', '100000000', ...extraArgs],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error('sandbox did not start in 60 s')); }, 60000);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    const early = (code) => { clearTimeout(timer); reject(new Error(`sandbox exited (${code})`)); };
    child.on('exit', early);
    let started = false;
    child.stdout.on('data', (chunk) => {
      if (started) return;
      text += chunk;
      const exported = /export FIVETRAN_API_BASE=(\S+) FIVETRAN_API_KEY=(\S+) FIVETRAN_API_SECRET=(\S+)\n/.exec(text);
      if (!exported) return;
      started = true;
      clearTimeout(timer);
      child.removeListener('exit', early);
      child.stdout.resume();
      const [, base, key, secret] = exported.map((v) => v.replace(/^'(.*)'$/, '$1'));
      resolve({
        base, key, secret, pid: child.pid,
        env: { ...process.env, FIVETRAN_API_BASE: base, FIVETRAN_API_KEY: key, FIVETRAN_API_SECRET: secret },
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.on('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}

// Runs a command to completion; resolves to { ms, code, stderr } with stdout sent to
// `stdoutPath` (default /dev/null). Wall clock from spawn to exit.
export function timeCommand(command, args, { env = process.env, stdoutPath = '/dev/null' } = {}) {
  return new Promise((resolve, reject) => {
    const fd = openSync(stdoutPath, 'w');
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', (error) => { closeSync(fd); reject(error); });
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      closeSync(fd);
      resolve({ ms, code, stderr });
    });
  });
}
