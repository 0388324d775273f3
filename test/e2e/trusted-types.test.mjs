// Trusted Types and the script-tag files (issue #13, item 3), in real Chromium over the
// built files (run after `npm run build`). They carry their own Lit (in a shared chunk of
// dist/cdn/, and inside each one-file build), whose `lit-html` policy the build renames to
// `port-case-viz` and creates inside a try/catch (scripts/trusted-types.mjs): so they load
// on a page that already uses Lit, on a page that allows only its default policy, and as
// two copies on one page, under policies without 'allow-duplicates'.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launch, openPage, startServer, waitForElements } from './harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const pages = '/test/e2e/pages';
const base = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const require = "require-trusted-types-for 'script'";

let server;
let browser;
let pageLit;
before(async () => {
  // A page's own Lit (the real package, bundled as a site would), with an element of its own.
  pageLit = await mkdtemp(join(tmpdir(), 'pcv-page-lit-'));
  const bundled = await build({
    stdin: {
      contents: `import { LitElement, html } from 'lit';
        customElements.define('page-widget', class extends LitElement {
          render() { return html\`<p id="widget">The page’s own Lit element</p>\`; }
        });`,
      resolveDir: root,
    },
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['production'],
  });
  await writeFile(join(pageLit, 'page-widget.js'), bundled.outputFiles[0].text);
  server = await startServer({
    mounts: { '/page-lit/': pageLit },
    csp: {
      [`${pages}/trusted-types.html`]: `${base}; ${require}; trusted-types port-case-viz`,
      [`${pages}/trusted-types-default.html`]: `${base}; ${require}; trusted-types default`,
      [`${pages}/trusted-types-lit.html`]: `${base}; ${require}; trusted-types lit-html port-case-viz`,
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (pageLit) await rm(pageLit, { recursive: true, force: true });
});

/** Each element's state: its figure drawn, or the error state, or nothing. */
function states(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('case-timeline, officer-outcomes, recommendation-status')].map((el) =>
      el.shadowRoot?.querySelector('[part=figure]')
        ? 'figure'
        : el.shadowRoot?.querySelector('[part=error]')
          ? 'error'
          : 'none',
    ),
  );
}

test('the built files create the policy under its own name, guarded, and no chunk creates one named lit-html', async () => {
  const cdn = join(root, 'dist/cdn');
  const files = (await readdir(cdn, { recursive: true })).filter((f) => f.endsWith('.js'));
  const guarded = [];
  for (const file of files) {
    const code = await readFile(join(cdn, file), 'utf8');
    assert.doesNotMatch(code, /createPolicy\(\s*["'`]lit-html/, file);
    if (/try\{\w+=\w+\.createPolicy\(`port-case-viz`,\w+\)\}catch\{/.test(code)) guarded.push(file);
  }
  // One copy of Lit shared by the code-split files, and each one-file build's own.
  assert.equal(guarded.length, 3, `files creating the policy: ${guarded.join(', ')}`);
  assert.ok(guarded.includes('port-case-viz.standalone.js'));
  assert.ok(guarded.includes('port-case-viz.standalone-own-data.js'));
  assert.ok(guarded.some((f) => f.startsWith('chunks/')));
});

test('a page that allows only the port-case-viz policy: everything renders, no violation', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}${pages}/trusted-types.html`);
  await waitForElements(page, 3);
  assert.deepEqual(await states(page), ['figure', 'figure', 'figure']);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a page with `trusted-types default` and its own default policy: no throw at load, everything renders', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}${pages}/trusted-types-default.html`);
  await waitForElements(page, 3);
  assert.deepEqual(await states(page), ['figure', 'figure', 'figure']);
  assert.deepEqual(problems.pageErrors, []);
  // Lit had no policy of its own, so its templates went through the page's.
  assert.ok((await page.evaluate(() => window.__defaultPolicyCalls)) > 0);
  const violations = await page.evaluate(() => window.__violations);
  assert.ok(
    violations.every((v) => v.startsWith('trusted-types')),
    `only the refused policy name is reported: ${violations.join('; ')}`,
  );
  await page.close();
});

test('a page that already uses Lit, with two copies of the library: every Lit and every element works', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}${pages}/trusted-types-lit.html`);
  await waitForElements(page, 3);
  await page.waitForFunction(() => document.querySelector('page-widget')?.shadowRoot?.querySelector('#widget'));
  assert.deepEqual(await states(page), ['figure', 'figure', 'figure']);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
