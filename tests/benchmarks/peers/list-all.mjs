// P1 peer: every webhook of the account through Node's global fetch (undici, keep-alive by
// default), the same cursor loop and Basic auth as `fivetran-webhooks-cli list --all --json`.
// Each page is parsed (JSON.parse, as the CLI parses it), the items are kept, and the whole
// listing is written to stdout as one JSON array at the end, as the CLI does.
//
//   FIVETRAN_API_BASE=http://127.0.0.1:PORT/v1 FIVETRAN_API_KEY=... FIVETRAN_API_SECRET=... \
//     node list-all.mjs [LIMIT] > /dev/null
const base = (process.env.FIVETRAN_API_BASE ?? '').replace(/\/+$/, '');
const key = process.env.FIVETRAN_API_KEY ?? '';
const secret = process.env.FIVETRAN_API_SECRET ?? '';
const limit = Number(process.argv[2] ?? 1000);
if (!base || !key || !secret) {
  process.stderr.write('list-all.mjs: set FIVETRAN_API_BASE, FIVETRAN_API_KEY and FIVETRAN_API_SECRET\n');
  process.exit(2);
}
const headers = {
  Authorization: 'Basic ' + Buffer.from(`${key}:${secret}`).toString('base64'),
  Accept: 'application/json',
};

const items = [];
let cursor = '';
do {
  const url = new URL(`${base}/webhooks`);
  url.searchParams.set('limit', String(limit));
  if (cursor) url.searchParams.set('cursor', cursor);
  const response = await fetch(url, { headers });
  const envelope = JSON.parse(await response.text());
  if (!response.ok || envelope.code !== 'Success') {
    process.stderr.write(`list-all.mjs: HTTP ${response.status} ${envelope.code ?? ''}\n`);
    process.exit(1);
  }
  for (const item of envelope.data.items) items.push(item);
  cursor = envelope.data.next_cursor ?? '';
} while (cursor);
process.stdout.write(JSON.stringify(items, null, 2) + '\n');
