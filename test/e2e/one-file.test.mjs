// The two one-file builds for a CMS that can host only one file (run after `npm run build`):
// port-case-viz.standalone.js draws every graphic with its bundled data, and says which file
// to use when a page gives data of its own; port-case-viz.standalone-own-data.js reads it.
// Each is the only script the page loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser, until, waitForElements } from './harness.mjs';

/** A page with the one file and the three elements; `officers` ends the officers' opening tag and gives its content (show-problems: the editor's preview, which lists what is wrong). */
const page = (file, officers = '') => `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>One file</title>
    <script type="module" src="/dist/cdn/${file}"></script></head>
  <body>
    <case-timeline loading="eager"></case-timeline>
    <officer-outcomes id="officers" loading="eager" show-problems ${officers}</officer-outcomes>
    <recommendation-status loading="eager"></recommendation-status>
  </body>
</html>`;
const html = (body) => (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
const e2e = serverAndBrowser({
  routes: {
    '/bundled.html': html(page('port-case-viz.standalone.js', '>')),
    '/bundled-src.html': html(page('port-case-viz.standalone.js', 'src="/data/port-case.json">')),
    '/bundled-inline.html': html(
      page('port-case-viz.standalone.js', '><script type="application/json">{"officers": []}</script>'),
    ),
    '/own-data-src.html': html(page('port-case-viz.standalone-own-data.js', 'src="/data/port-case.json">')),
  },
});

/** Each element's error text, or null where it drew its figure. */
const states = (p) =>
  p.evaluate(() =>
    [...document.querySelectorAll('case-timeline, officer-outcomes, recommendation-status')].map(
      (el) => el.shadowRoot.querySelector('[part=error]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    ),
  );
const scripts = (problems) =>
  problems.requests.filter((url) => /\.js(\?|$)/.test(url)).map((url) => new URL(url).pathname);

test('port-case-viz.standalone.js: every graphic drawn from the one file, nothing else fetched', async () => {
  const { page: p, problems } = await openPage(e2e.browser, `${e2e.server.origin}/bundled.html`);
  await waitForElements(p, 3);
  assert.deepEqual(await states(p), [null, null, null]);
  assert.deepEqual(scripts(problems), ['/dist/cdn/port-case-viz.standalone.js']);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await p.close();
});

for (const [name, how] of [
  ['/bundled-src.html', 'src'],
  ['/bundled-inline.html', 'a JSON block'],
]) {
  test(`port-case-viz.standalone.js given data by ${how}: says which file reads it, once, and draws the others`, async () => {
    const { page: p, problems } = await openPage(e2e.browser, `${e2e.server.origin}${name}`);
    await waitForElements(p, 3);
    const [timeline, officers, recommendations] = await states(p);
    assert.equal(timeline, null);
    assert.equal(recommendations, null);
    assert.match(officers, /draws the bundled data only/);
    assert.match(officers, /port-case-viz\.standalone-own-data\.js/);
    assert.equal(problems.consoleErrors.length, 1, problems.consoleErrors.join('\n'));
    assert.match(problems.consoleErrors[0], /<officer-outcomes>.*port-case-viz\.standalone-own-data\.js/);
    assert.ok(!problems.requests.some((url) => url.endsWith('/data/port-case.json')), 'the src is not fetched');
    assert.deepEqual(problems.pageErrors, []);
    if (how === 'a JSON block') {
      // The block removed: the bundled data is drawn.
      await p.evaluate(() => document.querySelector('#officers script').remove());
      await until(async () => (await states(p))[1] === null);
      assert.equal(problems.consoleErrors.length, 1, 'no second error');
    }
    await p.close();
  });
}

test("port-case-viz.standalone-own-data.js reads a page's own data, from the one file", async () => {
  const { page: p, problems } = await openPage(e2e.browser, `${e2e.server.origin}/own-data-src.html`);
  await waitForElements(p, 3);
  await until(async () => (await states(p)).every((s) => s === null));
  assert.ok(
    problems.requests.some((url) => url.endsWith('/data/port-case.json')),
    'the src is fetched',
  );
  assert.deepEqual(scripts(problems), ['/dist/cdn/port-case-viz.standalone-own-data.js']);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await p.close();
});
