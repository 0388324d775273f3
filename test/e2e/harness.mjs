// End-to-end harness: a static server on 127.0.0.1 over the built files (dist/) and the
// test pages, with per-page response headers (for CSP and Trusted Types), and a headless
// Chromium driven by puppeteer-core. Used by the node:test files beside it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Strict headers a hostile CMS might send: no inline script or style, no eval, Trusted Types. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/**
 * Serves /dist/**, /data/** and /test/e2e/pages/** from the repo, and each `mounts`
 * prefix from its folder. A page named `*.csp.html` is sent
 * with the strict Content-Security-Policy header; `csp` gives other pages their own
 * (path → policy), and `routes` answers paths with a handler `(req, res) => void`.
 */
export async function startServer({ mounts = {}, csp = {}, routes = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (routes[url.pathname]) return routes[url.pathname](req, res);
    const mount = Object.keys(mounts).find((prefix) => url.pathname.startsWith(prefix));
    const path = mount
      ? normalize(join(mounts[mount], decodeURIComponent(url.pathname.slice(mount.length))))
      : normalize(join(root, decodeURIComponent(url.pathname)));
    const allowed = [
      join(root, 'dist'),
      join(root, 'data'),
      join(root, 'test/e2e/pages'),
      ...Object.values(mounts),
    ].some((dir) => path.startsWith(dir));
    if (!allowed) return void res.writeHead(403).end();
    try {
      const body = await readFile(path);
      const headers = {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (path.endsWith('.csp.html')) headers['content-security-policy'] = strictCsp;
      if (csp[url.pathname]) headers['content-security-policy'] = csp[url.pathname];
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((done) => server.close(done)) };
}

export async function launch() {
  return puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
}

/** Opens a page that records console errors, page errors and CSP violations. */
export async function openPage(browser, url, { width = 1000, javaScriptEnabled = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.setJavaScriptEnabled(javaScriptEnabled);
  const problems = { consoleErrors: [], pageErrors: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  page.on('request', (r) => problems.requests.push(r.url()));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until every port-case-viz element on the page has rendered its frame or error. */
export async function waitForElements(page, count) {
  await page.waitForFunction(
    (n) => {
      const els = [...document.querySelectorAll('case-timeline, officer-outcomes, recommendation-status')];
      return els.length >= n && els.every((el) => el.shadowRoot?.querySelector('[part=figure], [part=error]'));
    },
    // Bounded work, but a busy 2-core machine can take far longer than usual.
    { timeout: 120_000 },
    count,
  );
}

/** Waits until `condition()` holds (it may be async), for what arrives from the browser in its own time (no time limit: bounded work). */
export async function until(condition) {
  while (!(await condition())) await new Promise((done) => setTimeout(done, 20));
}

/**
 * `url` at `width`, with every request whose URL `matches` held (until `release()`) or
 * refused (`refuse`), whatever asks for it; console errors and page errors collected.
 */
export async function pageWithRequestsHeld(browser, url, matches, { width, refuse = false }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const problems = { consoleErrors: [], pageErrors: [] };
  page.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  const held = [];
  let released = false;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!matches(request.url())) return void request.continue();
    if (refuse) return void request.abort('failed');
    if (released) return void request.continue();
    held.push(request);
  });
  await page.goto(url, { waitUntil: 'load' });
  const release = () => {
    released = true;
    for (const request of held.splice(0)) request.continue();
  };
  return { page, problems, held, release };
}

/**
 * A test file's server and browser: started before its tests, closed after them. Read
 * `.server` and `.browser` inside the tests (they are set once `before` has run).
 */
export function serverAndBrowser(serverOptions) {
  const e2e = { server: null, browser: null };
  before(async () => {
    e2e.server = await startServer(serverOptions);
    e2e.browser = await launch();
  });
  after(async () => {
    await e2e.browser?.close();
    await e2e.server?.close();
  });
  return e2e;
}

/**
 * For a test file about a chunk that loads after the graphic (`chunks/<chunk>-*.js`): its
 * server and browser (serverAndBrowser), and `({ refuse }) => pageWithRequestsHeld(…)` for
 * the demo's plain page at 375 px with that chunk's requests held (or refused).
 */
export function chunkHeldOnPlainPage(chunk) {
  const e2e = serverAndBrowser();
  const matches = (url) => new RegExp(`/dist/cdn/chunks/${chunk}-[\\w-]+\\.js$`).test(new URL(url).pathname);
  return ({ refuse = false } = {}) =>
    pageWithRequestsHeld(e2e.browser, `${e2e.server.origin}/test/e2e/pages/plain.html`, matches, {
      width: 375,
      refuse,
    });
}

/**
 * For the "details come after the graphic" tests: a page from `open` (chunkHeldOnPlainPage's)
 * with the chunk refused, once its three graphics are there and `tag` has said on the console
 * that its details could not be loaded. `saidOnceOnly()` then checks that it said so once and
 * that nothing else went wrong.
 */
export async function detailsRefused(open, tag) {
  const { page, problems } = await open({ refuse: true });
  await waitForElements(page, 3);
  const failed = (e) => e.startsWith(`port-case-viz <${tag}>: its details could not be loaded`);
  await until(() => problems.consoleErrors.some(failed));
  const saidOnceOnly = () => {
    const others = problems.consoleErrors.filter((e) => !failed(e) && !/^Failed to load resource/.test(e));
    assert.deepEqual(others, [], 'nothing else went wrong');
    assert.equal(problems.consoleErrors.filter(failed).length, 1, 'said once');
    assert.deepEqual(problems.pageErrors, []);
  };
  return { page, saidOnceOnly };
}
