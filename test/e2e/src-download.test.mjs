// `src` over a real network (issue #13, item 5), with the built bundle (run after
// `npm run build`): a response that never ends is cut off at the size limit, and a
// download is dropped when its element leaves the page. The server counts what it sent
// and sees the connection close.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, startServer } from './harness.mjs';

const CHUNK = Buffer.alloc(64 * 1024, 0x20);
/** Per path: bytes written and whether the browser closed the connection. */
const sent = {};

/** Writes spaces (valid leading JSON whitespace) for as long as the browser reads. */
function endless(path) {
  return (req, res) => {
    const record = (sent[path] = { bytes: 0, closed: false });
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    const write = () => {
      if (record.closed) return;
      record.bytes += CHUNK.length;
      if (res.write(CHUNK)) setImmediate(write);
      else res.once('drain', write);
    };
    res.on('close', () => (record.closed = true));
    write();
  };
}

let server;
let browser;
before(async () => {
  server = await startServer({
    routes: { '/endless.json': endless('/endless.json'), '/removed.json': endless('/removed.json') },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('an endless response is cut off at 5 MB: the error state, and the browser closes the connection', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}/test/e2e/pages/src-download.html`);
  await page.waitForFunction(
    () => document.querySelector('officer-outcomes').shadowRoot?.querySelector('[part=error]'),
    {
      timeout: 60_000,
    },
  );
  const error = await page.$eval('officer-outcomes', (el) => el.shadowRoot.querySelector('[part=error]').textContent);
  assert.match(error, /larger than 5 MB/);
  for (let i = 0; i < 2400 && !sent['/endless.json'].closed; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(sent['/endless.json'].closed, true);
  // The limit, plus what was in flight in the socket and the browser's buffers when it stopped:
  // how much that is depends on how busy the machine is (13 MB in all was seen under load), so
  // the bound is loose. Without the running cap the browser reads on for a gigabyte or more.
  assert.ok(sent['/endless.json'].bytes < 5_000_000 + 60_000_000, `${sent['/endless.json'].bytes} bytes sent`);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('removing the element mid-download closes the connection', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}/test/e2e/pages/src-download.html`);
  await page.evaluate(() => {
    const el = document.createElement('case-timeline');
    el.src = '/removed.json';
    document.body.append(el);
  });
  for (let i = 0; i < 2400 && !(sent['/removed.json']?.bytes > 0); i++) await new Promise((r) => setTimeout(r, 50));
  await page.evaluate(() => document.querySelector('case-timeline').remove());
  const atRemoval = sent['/removed.json'].bytes;
  for (let i = 0; i < 2400 && !sent['/removed.json'].closed; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(sent['/removed.json'].closed, true, 'the download stopped when its element left the page');
  // Closed at once, not after the browser gave up on an ever-growing body.
  assert.ok(
    sent['/removed.json'].bytes < atRemoval + 60_000_000,
    `${sent['/removed.json'].bytes - atRemoval} bytes after removal`,
  );
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
