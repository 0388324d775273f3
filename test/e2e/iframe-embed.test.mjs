// The iframe embed page and its parent resizer under attack (issue #13, items 1, 10, 11),
// in real Chromium over the built demo (run after `npm run build`). The server answers
// on 127.0.0.1; the same server reached as `localhost` is another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, startServer } from './harness.mjs';

let server;
let browser;
let other;
before(async () => {
  server = await startServer();
  other = server.origin.replace('127.0.0.1', 'localhost');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const embed = (query) => `${server.origin}/dist/demo/embed.html?${query}`;

/** What the embed page shows: the element's title, its state, or the page's own message. */
function shown(page) {
  return page.evaluate(() => {
    const el = document.querySelector('main > *:not(p)');
    const root = el?.shadowRoot;
    return {
      message: document.querySelector('main > p[role=alert]')?.textContent ?? null,
      title: root?.querySelector('[part=title]')?.textContent.trim() ?? null,
      state: root?.querySelector('[part=figure]') ? 'figure' : root?.querySelector('[part=error]') ? 'error' : 'none',
      error: root?.querySelector('[part=error]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    };
  });
}

async function settled(page) {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('main > *:not(p)');
      return (
        document.querySelector('main > p[role=alert]') || el?.shadowRoot?.querySelector('[part=figure], [part=error]')
      );
    },
    { timeout: 120_000 },
  );
}

test('embed.html sends connect-src ’self’ and requires Trusted Types, and renders under them', async () => {
  const { page, problems } = await openPage(browser, embed('view=officer-outcomes'));
  await settled(page);
  const csp = await page.$eval('meta[http-equiv=Content-Security-Policy]', (m) => m.content);
  assert.match(csp, /connect-src 'self';/);
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types port-case-viz/);
  assert.equal((await shown(page)).state, 'figure');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems.pageErrors, []);
  // The browser itself refuses any other origin, whatever a script on the page tries.
  const result = await page.evaluate(
    (url) =>
      fetch(url).then(
        () => 'fetched',
        () => 'blocked',
      ),
    `${other}/data/port-case.json`,
  );
  assert.equal(result, 'blocked');
  assert.ok((await page.evaluate(() => window.__violations)).some((v) => v.startsWith('connect-src')));
  await page.close();
});

test('src from another origin is refused with a message, and nothing is fetched from there', async () => {
  const before = server.requests.length;
  const { page, problems } = await openPage(
    browser,
    embed(`view=officer-outcomes&src=${encodeURIComponent(`${other}/data/port-case.json`)}`),
  );
  await settled(page);
  const view = await shown(page);
  assert.equal(view.state, 'none');
  assert.equal(view.message, `This page draws data only from ${server.origin}; the src given is elsewhere.`);
  assert.ok(
    !server.requests.slice(before).includes('/data/port-case.json'),
    'the other origin’s file was not requested',
  );
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('src from the page’s own origin is drawn', async () => {
  const { page } = await openPage(browser, embed('view=officer-outcomes&src=/data/port-case.json'));
  await settled(page);
  assert.equal((await shown(page)).state, 'figure');
  await page.close();
});

test('a heading in the address is not shown: the title stays the graphic’s own', async () => {
  const { page } = await openPage(
    browser,
    embed('view=officer-outcomes&heading=' + encodeURIComponent('Officers cleared of all wrongdoing')),
  );
  await settled(page);
  const view = await shown(page);
  assert.equal(view.state, 'figure');
  assert.ok(view.title && !view.title.includes('cleared'), view.title);
  await page.close();
});

for (const name of ['constructor', '__proto__', 'toString']) {
  test(`view=${name} shows the unknown-view message and throws nothing`, async () => {
    const { page, problems } = await openPage(browser, embed(`view=${name}`));
    await settled(page);
    assert.match((await shown(page)).message, new RegExp(`^Unknown view "${name}"`));
    assert.deepEqual(problems.pageErrors, []);
    await page.close();
  });
}

test('the parent resizer sizes only its own iframes: an ad from another origin cannot resize itself', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}/test/e2e/pages/iframe-hostile.html`);
  const height = (id) => page.evaluate((i) => parseFloat(document.getElementById(i).style.height), id);
  await page.waitForFunction(() => parseFloat(document.getElementById('own').style.height) > 300, { timeout: 120_000 });
  await page.waitForFunction(() => window.__messages?.includes('ad-done'), { timeout: 120_000 });
  assert.equal(await height('ad'), 150, 'the ad kept the height the page gave it');
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('the parent resizer finds an embed inside a shadow root, and sizes a mistyped view’s message', async () => {
  const { page } = await openPage(browser, `${server.origin}/test/e2e/pages/iframe-hostile.html`);
  await page.waitForFunction(
    () => parseFloat(document.getElementById('shadow-host').shadowRoot.getElementById('in-shadow').style.height) > 300,
    { timeout: 120_000 },
  );
  await page.waitForFunction(() => parseFloat(document.getElementById('unknown-view').style.height) !== 150, {
    timeout: 120_000,
  });
  const unknown = page.frames().find((f) => f.url().includes('view=constructor'));
  const inner = await unknown.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.equal(await page.$eval('#unknown-view', (f) => parseFloat(f.style.height)), inner);
  await page.close();
});

test('the parent resizer takes whole-number heights in range only, even from its own iframe', async () => {
  const { page } = await openPage(browser, `${server.origin}/test/e2e/pages/iframe-hostile.html`);
  await page.waitForFunction(() => parseFloat(document.getElementById('own').style.height) > 300, { timeout: 120_000 });
  const own = page.frames().find((f) => f.url().includes('view=officer-outcomes'));
  const before = await page.$eval('#own', (f) => f.style.height);
  await own.evaluate(() => {
    for (const height of [true, '0x10', '640', 12.5, 0, -5, 100_001, Infinity, NaN, [640], { height: 640 }])
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    parent.postMessage('bad-heights-done', '*');
  });
  await page.waitForFunction(() => window.__messages.includes('bad-heights-done'));
  assert.equal(await page.$eval('#own', (f) => f.style.height), before);
  // A good height from the same iframe still works.
  await own.evaluate(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 777 }, '*'));
  await page.waitForFunction(() => document.getElementById('own').style.height === '777px');
  await page.close();
});
