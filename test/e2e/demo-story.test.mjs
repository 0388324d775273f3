// The demo story (demo/index.html) and the iframe embed page, built (run after `npm run build`),
// as the accessibility review checked them: axe finds no violation at 375 and 1280 px, light
// and dark, with the embed panel's preview in each theme; and the outline, through the
// graphics' shadow roots, goes down one level at a time (h1 → h2 → h3), also where the story
// gives a graphic its own heading (`hide-title`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { serverAndBrowser, waitForElements } from './harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const e2e = serverAndBrowser();

/** A page in a colour scheme, once its graphics (and, on the story, the embed panel) have drawn. */
async function open(path, { width, scheme, graphics }) {
  const page = await e2e.browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  // The embed page requires Trusted Types, which axe's script (added by the test) does not use.
  await page.setBypassCSP(true);
  await page.goto(`${e2e.server.origin}${path}`, { waitUntil: 'load' });
  await waitForElements(page, graphics);
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page;
}

/** axe's violations in `selector`; `off` names rules that do not apply to the page. */
const violations = (page, selector = 'html', off = []) =>
  page.evaluate(
    async (selector, off) => {
      const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
      const results = await window.axe.run(document.querySelector(selector), { resultTypes: ['violations'], rules });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    selector,
    off,
  );

/** The headings a screen reader lists, in order, shadow roots included: "level text". */
const outline = (page) =>
  page.evaluate(() => {
    const found = [];
    const walk = (node) => {
      for (const child of node.children) {
        const tag = /^H([1-6])$/.exec(child.tagName);
        const level = tag ? tag[1] : child.getAttribute('role') === 'heading' && child.getAttribute('aria-level');
        if (level && child.checkVisibility())
          found.push(`${level} ${child.textContent.replace(/\s+/g, ' ').trim().slice(0, 40)}`);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(document.body);
    return found;
  });

/** Where the outline goes down more than one level at once, as "h2 → h4 at <heading>". */
function skips(headings) {
  const levels = headings.map((h) => Number(h[0]));
  return headings.flatMap((h, i) =>
    i > 0 && levels[i] > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${levels[i]} at "${h.slice(2)}"`] : [],
  );
}

const drawn = (page) =>
  page.evaluate(async () => {
    await document.querySelector('#builder-preview').firstElementChild.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });

for (const width of [375, 1280])
  for (const scheme of ['light', 'dark']) {
    test(`the demo story at ${width} px, ${scheme}: axe finds no violation, in each theme of the embed preview`, async () => {
      const page = await open('/dist/demo/index.html', { width, scheme, graphics: 4 });
      await page.waitForSelector('.builder:not([data-pending])');
      assert.deepEqual(await violations(page), [], 'the whole page, the preview in the default theme');
      for (const theme of ['light', 'dark', 'auto']) {
        await page.select('select[name=theme]', theme);
        await drawn(page);
        assert.deepEqual(await violations(page, '.builder'), [], `the preview, theme="${theme}"`);
      }
      await page.close();
    });
  }

test('the demo story: h1, then h2 for each section, the graphics’ headings one below, no level skipped', async () => {
  const page = await open('/dist/demo/index.html', { width: 1280, scheme: 'light', graphics: 4 });
  const headings = await outline(page);
  assert.deepEqual(skips(headings), [], headings.join('\n'));
  assert.equal(headings.filter((h) => h.startsWith('1 ')).length, 1, 'one h1');
  // The officers and the recommendations sit under the story's own h2s, their titles hidden.
  const after = (text) => headings[headings.findIndex((h) => h.endsWith(text)) + 1];
  assert.match(after('The officers'), /^3 /);
  assert.match(after('Recommendations and concerns'), /^3 /);
  await page.close();
});

for (const view of ['case-timeline', 'officer-outcomes', 'recommendation-status'])
  for (const options of ['', '&heading-level=3&hide-title']) {
    test(`the iframe embed page, ${view}${options}: no level skipped, axe finds no violation`, async () => {
      const page = await open(`/dist/demo/embed.html?view=${view}${options}`, {
        width: 600,
        scheme: 'light',
        graphics: 1,
      });
      const headings = await outline(page);
      // The timeline without its title has no heading until a reader opens an event.
      if (!(options && view === 'case-timeline')) {
        assert.ok(headings.length > 0, 'it has headings');
        assert.equal(headings[0][0], options ? '3' : '2', 'the first heading is at the level asked for');
      }
      assert.deepEqual(skips(headings), [], headings.join('\n'));
      // Shown in a story's iframe: the story has the h1, not the embed page.
      assert.deepEqual(await violations(page, 'html', ['page-has-heading-one']), []);
      await page.close();
    });
  }
