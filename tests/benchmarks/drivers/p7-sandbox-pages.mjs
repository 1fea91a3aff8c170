// P7: how fast `fivetran-sandbox --seed N` serves `GET /v1/webhooks?limit=1000`: one keep-alive
// client (node:http with a keep-alive agent, one request at a time) walks every page over and
// over for SECONDS seconds; reports pages/s and MB/s of bodies. The client does not parse the
// items: it takes next_cursor from the last "next_cursor" key of the body (the envelope writes
// it after the items), so the figure is the sandbox's, not the client's. The first walk is also
// reported on its own: the sandbox then writes each webhook's JSON for the first time.
//
//   node p7-sandbox-pages.mjs --sizes 1000,10000 --sandbox PATH [--seconds 3]
import http from 'node:http';
import { parseOptions, need, fwbench, log, startSandbox } from './common.mjs';

const options = parseOptions();
const sandboxPath = need(options, 'sandbox');
const seconds = Number(options.seconds ?? 3);

function get(agent, url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { agent, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

function nextCursor(body) {
  const text = body.toString("latin1", Math.max(0, body.length - 400));
  const at = text.lastIndexOf('"next_cursor"');
  const match = at < 0 ? null : /^"next_cursor":\s*"([^"]*)"/.exec(text.slice(at));
  return match ? match[1] : "";
}

for (const n of options.sizes) {
  const sandbox = await startSandbox(sandboxPath, n);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const headers = {
    Authorization: 'Basic ' + Buffer.from(`${sandbox.key}:${sandbox.secret}`).toString('base64'),
    Accept: 'application/json',
  };
  try {
    let pages = 0, bytes = 0, walks = 0;
    const walk = async () => {
      let cursor = '';
      let items = 0;
      do {
        const url = `${sandbox.base}/webhooks?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const { status, body } = await get(agent, url, headers);
        if (status !== 200) throw new Error(`HTTP ${status}`);
        ++pages; bytes += body.length;
        cursor = nextCursor(body);
        items += 1000; // an upper bound; the first walk is checked below
      } while (cursor);
      return items;
    };
    // The first walk, timed on its own: the sandbox serves each webhook for the first time
    // (it then keeps its JSON); it also checks the page count.
    const expectedPages = Math.max(1, Math.ceil(n / 1000));
    const firstStarted = process.hrtime.bigint();
    await walk();
    const firstMs = Number(process.hrtime.bigint() - firstStarted) / 1e6;
    if (pages !== expectedPages) throw new Error(`walked ${pages} pages, expected ${expectedPages}`);
    pages = 0; bytes = 0;
    const started = process.hrtime.bigint();
    let elapsed = 0;
    do {
      await walk();
      ++walks;
      elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    } while (elapsed < seconds);
    const pagesPerSecond = pages / elapsed;
    const mbPerSecond = bytes / elapsed / 1e6;
    log(`P7 n=${n}: ${walks} walks, ${pages} pages, ${(bytes / pages / 1024).toFixed(0)} KiB/page in ${elapsed.toFixed(2)} s`);
    fwbench({ scenario: 'P7', n, metric: 'pages/s (limit 1000)', value: pagesPerSecond, unit: 'pages/s',
              target: 'report' });
    fwbench({ scenario: 'P7', n, metric: 'body throughput', value: mbPerSecond, unit: 'MB/s',
              target: 'report' });
    fwbench({ scenario: 'P7', n, metric: 'time per page', value: 1000 / pagesPerSecond, unit: 'ms',
              target: 'report' });
    fwbench({ scenario: 'P7', n, metric: 'time per page, first walk', value: firstMs / expectedPages,
              unit: 'ms', target: 'report' });
  } finally {
    agent.destroy();
    await sandbox.stop();
  }
}
