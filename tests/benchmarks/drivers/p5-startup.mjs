// P5: start-up of `fivetran-webhooks` on its built-in Sandbox account, next to a Qt hello-world
// window of the same build (tests/benchmarks/startup/hello_window.cpp). The app, with
// FW_STARTUP_TRACE=1, prints "FWTRACE first-paint MS" and "FWTRACE first-rows MS" on stderr
// and quits; hello_window prints "FWTRACE first-paint MS". Runs alternate; medians compared.
// Each app run gets an empty HOME and XDG_* folders, so no saved account or setting applies
// and the Sandbox account opens. Offscreen (QT_QPA_PLATFORM=offscreen) always; under Xvfb too
// when xvfb-run exists (this script re-runs itself inside one xvfb-run).
//
//   node p5-startup.mjs --app PATH --hello PATH [--runs 7] [--platform offscreen|xcb]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions, need, fwbench, median, log } from './common.mjs';

const options = parseOptions();
const appPath = need(options, 'app');
const helloPath = need(options, 'hello');
const runs = Number(options.runs ?? 7);

function traced(command, env) {
  return new Promise((resolve) => {
    const child = spawn(command, [], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 90000);
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => {
      clearTimeout(timer);
      const trace = {};
      for (const [, what, ms] of stderr.matchAll(/^FWTRACE (\S+) ([\d.]+)$/gm)) trace[what] = Number(ms);
      resolve({ code, trace, stderr });
    });
  });
}

async function measure(platform) {
  const label = platform === 'xcb' ? 'Xvfb' : 'offscreen';
  const app = { paint: [], rows: [] };
  const hello = [];
  for (let run = 0; run < runs + 1; ++run) { // the first round warms the caches, untimed
    const home = mkdtempSync(join(tmpdir(), 'fwbench-p5-'));
    for (const dir of ['.config', '.local/share', '.cache', 'runtime']) mkdirSync(join(home, dir), { recursive: true, mode: 0o700 });
    const env = { ...process.env, QT_QPA_PLATFORM: platform, HOME: home,
                  XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'),
                  XDG_CACHE_HOME: join(home, '.cache'), XDG_RUNTIME_DIR: join(home, 'runtime') };
    delete env.FIVETRAN_API_KEY; delete env.FIVETRAN_API_SECRET; delete env.FIVETRAN_API_BASE;
    try {
      const a = await traced(appPath, { ...env, FW_STARTUP_TRACE: '1' });
      const h = await traced(helloPath, env);
      if (a.code !== 0 || !a.trace['first-rows'] || !a.trace['first-paint']) {
        log(`P5 ${label}: the app did not report its first rows (exit ${a.code}):\n${a.stderr.trim()}`);
        return false;
      }
      if (h.code !== 0 || !h.trace['first-paint']) {
        log(`P5 ${label}: hello_window did not report its first paint (exit ${h.code}):\n${h.stderr.trim()}`);
        return false;
      }
      if (run === 0) continue;
      app.paint.push(a.trace['first-paint']);
      app.rows.push(a.trace['first-rows']);
      hello.push(h.trace['first-paint']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }
  const paint = median(app.paint), rows = median(app.rows), peer = median(hello);
  log(`P5 ${label}: medians of ${runs}: app first paint ${paint.toFixed(1)} ms, first rows ${rows.toFixed(1)} ms; hello first paint ${peer.toFixed(1)} ms`);
  fwbench({ scenario: 'P5', n: null, metric: `first paint (${label})`, value: paint, unit: 'ms',
            peer, peerName: 'Qt hello-world window, same build (hello_window)', ratio: paint / peer,
            target: '≤ 2×', met: paint / peer <= 2 });
  fwbench({ scenario: 'P5', n: null, metric: `first rows visible (${label})`, value: rows, unit: 'ms',
            target: '≤ 400 ms', met: rows <= 400 });
  return true;
}

let ok = true;
if (options.platform) {
  ok = await measure(options.platform);
} else {
  ok = await measure('offscreen');
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (xvfb) {
    const self = fileURLToPath(import.meta.url);
    const inner = spawnSync(xvfb, ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, self,
      '--app', appPath, '--hello', helloPath, '--runs', String(runs), '--platform', 'xcb'],
      { stdio: ['ignore', 'inherit', 'inherit'] });
    ok = ok && inner.status === 0;
  } else {
    log('P5: xvfb-run not found: offscreen only');
  }
}
process.exit(ok ? 0 : 1);
