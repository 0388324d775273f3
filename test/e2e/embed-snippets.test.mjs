// Every code the demo's embed panel prints, pasted into a page of another origin, as a
// newsroom would: the built demo (dist/demo/) is published on one origin (with CORS, as a CDN
// sends it), the story page is on another. Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createServer as createViteServer } from 'vite';
import { launch } from './harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const demo = join(root, 'dist/demo');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A static server over dist/demo/, with or without the CORS header a CDN sends. */
function host({ cors }) {
  const server = createServer((req, res) => {
    const path = normalize(join(demo, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(demo)) return void res.writeHead(403).end();
    readFile(file, (error, body) => {
      if (error) return void res.writeHead(404).end('not found');
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      if (cors) headers['access-control-allow-origin'] = '*';
      res.writeHead(200, headers).end(body);
    });
  });
  return listen(server);
}

/** The newsroom's story page: whatever HTML it is given, on an origin of its own. */
function storyServer() {
  const pages = new Map();
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url, 'http://x').pathname);
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end(body);
  });
  return listen(server, { pages });
}

async function listen(server, extra = {}) {
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { ...extra, origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const story = (snippet) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
  <link rel="icon" href="data:,"><title>A newsroom story</title></head>
  <body><main><h1>A story</h1><p>Text before the graphic.</p>
${snippet}
  <p>Text after the graphic.</p></main></body></html>`;

let browser;
let cdn;
let bare;
let news;
before(async () => {
  browser = await launch();
  cdn = await host({ cors: true });
  bare = await host({ cors: false });
  news = await storyServer();
});
after(async () => {
  await browser?.close();
  for (const server of [cdn, bare, news]) server?.close();
});

/** The panel's codes for a graphic and options, read from the built demo as an editor sees them. */
async function panelCodes(origin, view, heading) {
  const page = await browser.newPage();
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  await page.waitForSelector('.builder:not([data-pending])');
  await page.select('select[name=view]', view);
  await page.type('input[name=heading]', heading);
  await page.$eval('input[name=heading]', (input) => input.dispatchEvent(new Event('change', { bubbles: true })));
  const codes = await page.evaluate(() =>
    Object.fromEntries(
      ['script', 'single', 'iframe', 'npm'].map((id) => [id, document.getElementById(`snippet-${id}`).textContent]),
    ),
  );
  await page.close();
  return codes;
}

/** Opens `html` on the story origin; collects failed requests and errors. */
async function openStory(name, html) {
  news.pages.set(`/${name}.html`, html);
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const problems = { failed: [], errors: [] };
  page.on('requestfailed', (r) => problems.failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && problems.failed.push(`${r.status()} ${r.url()}`));
  page.on('console', (m) => m.type() === 'error' && problems.errors.push(m.text()));
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  await page.goto(`${news.origin}/${name}.html`, { waitUntil: 'load' });
  return { page, problems };
}

const drawn = (page, view) =>
  page.waitForFunction(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part=figure] [part=title]'),
    { timeout: 30_000 },
    view,
  );

for (const view of ['case-timeline', 'officer-outcomes', 'recommendation-status']) {
  test(`${view}: every code the embed panel prints works when pasted into a page of another origin`, async () => {
    const codes = await panelCodes(cdn.origin, view, 'Pasted by an editor');

    for (const kind of ['script', 'single']) {
      assert.match(codes[kind], new RegExp(`src="${cdn.origin}/`), `${kind}: the published folder's address`);
      const { page, problems } = await openStory(`${view}-${kind}`, story(codes[kind]));
      await drawn(page, view);
      const title = await page.evaluate(
        (tag) => document.querySelector(tag).shadowRoot.querySelector('[part=title]').textContent.trim(),
        view,
      );
      assert.equal(title, 'Pasted by an editor', `${kind}: the options reach the element`);
      assert.deepEqual(problems.failed, [], `${kind}: every file it names exists`);
      assert.deepEqual(problems.errors, [], kind);
      await page.close();
    }

    const { page, problems } = await openStory(`${view}-iframe`, story(codes.iframe));
    await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 300, {
      timeout: 30_000,
    });
    const frame = page.frames().find((f) => f.url().startsWith(`${cdn.origin}/embed.html`));
    await drawn(frame, view);
    assert.deepEqual(problems.failed, [], 'iframe: every file it names exists');
    assert.deepEqual(problems.errors, []);
    await page.close();

    const exports = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports;
    const imported = codes.npm.match(/import '([^']+)'/)[1];
    assert.ok(exports[imported.replace('port-case-viz', '.')], `npm: ${imported} is a package export`);
  });
}

test('without an Access-Control-Allow-Origin header, a module script from another origin is refused (README: CORS)', async () => {
  const codes = await panelCodes(bare.origin, 'officer-outcomes', 'No CORS');
  const { page, problems } = await openStory('no-cors', story(codes.script));
  assert.equal(await page.evaluate(() => customElements.get('officer-outcomes')), undefined);
  assert.ok(
    problems.errors.some((e) => /CORS|Cross-Origin|Access-Control-Allow-Origin/i.test(e)),
    problems.errors.join('\n'),
  );
  await page.close();
});

test('`npm start` answers every file name the panel prints', async () => {
  process.env.PCV_BUILD = 'demo';
  const server = await createViteServer({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  try {
    const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
    for (const file of [
      'case-timeline.js',
      'officer-outcomes.js',
      'recommendation-status.js',
      'port-case-viz.standalone.js',
      'embed.html',
      'embed-parent.js',
    ]) {
      const response = await fetch(`${origin}/${file}`);
      assert.equal(response.status, 200, file);
      assert.match(response.headers.get('content-type'), file.endsWith('.html') ? /html/ : /javascript/, file);
    }
  } finally {
    await server.close();
  }
});
