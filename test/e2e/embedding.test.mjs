// Every way into a news page, in real Chromium, over the built files (run after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser, waitForElements } from './harness.mjs';

const e2e = serverAndBrowser();

const tags = ['case-timeline', 'officer-outcomes', 'recommendation-status'];

/** For each element: its state and a few facts a reader would notice. */
function inspect(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('case-timeline, officer-outcomes, recommendation-status')].map((el) => {
      const root = el.shadowRoot;
      const title = root?.querySelector('[part=title]');
      const summary = root?.querySelector('[part=summary]');
      const figure = root?.querySelector('[part=figure]');
      const box = el.getBoundingClientRect();
      return {
        tag: el.localName,
        defined: customElements.get(el.localName) !== undefined,
        error: root?.querySelector('[part=error]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
        summary: summary?.textContent.trim() ?? '',
        summaryVisible: summary ? summary.getBoundingClientRect().height > 0 : false,
        describedBySummary: !!summary && figure?.getAttribute('aria-describedby') === summary.id,
        titleVisible: title ? title.getBoundingClientRect().height > 0 : false,
        titleColor: title ? getComputedStyle(title).color : null,
        titleFont: title ? getComputedStyle(title).fontFamily : null,
        headingLevel: title?.getAttribute('aria-level') ?? null,
        height: box.height,
        links: [...(root?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href')),
        unsafeNodes: root?.querySelectorAll('script, img, iframe, object, embed').length ?? 0,
      };
    }),
  );
}

test('script tag: a plain page with no build step defines and renders every element, loading only its chunks', async () => {
  const { page, problems } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/plain.html`);
  await waitForElements(page, 3);
  const elements = await inspect(page);
  assert.deepEqual(
    elements.map((e) => [e.tag, e.defined, e.error]),
    tags.map((t) => [t, true, null]),
  );
  for (const e of elements) {
    // The first screen is the graphic: the summary is the figure's description, not a paragraph.
    assert.ok(e.summary.length > 20 && e.describedBySummary, `${e.tag} is described by its summary`);
    assert.equal(e.summaryVisible, false, `${e.tag} does not print its summary unless asked`);
    assert.ok(e.titleVisible, `${e.tag} shows its title`);
  }
  const origins = new Set(problems.requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins], [e2e.server.origin], 'no request leaves the page’s own server');
  const paths = problems.requests.map((u) => new URL(u).pathname);
  assert.deepEqual(paths.slice(0, 2), ['/test/e2e/pages/plain.html', '/dist/cdn/port-case-viz.js']);
  assert.ok(
    paths.slice(2).every((p) => /^\/dist\/cdn\/(chunks\/)?[\w~-]+\.js$/.test(p)),
    `only the files the entry imports: ${paths}`,
  );
  assert.equal(new Set(paths).size, paths.length, 'each file once');
  assert.ok(!paths.some((p) => /validat|page-data/.test(p)), 'the bundled data needs no validator');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('no JavaScript: readers see the summary sentence and the sources link from the light DOM', async () => {
  const { page } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/plain.html`, {
    javaScriptEnabled: false,
  });
  const fallbacks = await page.$$eval('.fallback', (ps) =>
    ps.map((p) => ({
      text: p.textContent.trim(),
      visible: p.getBoundingClientRect().height > 0,
      link: p.querySelector('a')?.href,
    })),
  );
  assert.equal(fallbacks.length, 3);
  for (const f of fallbacks) {
    assert.ok(f.visible && f.text.length > 20);
    assert.equal(f.link, 'https://example.org/sources');
  }
  await page.close();
});

test('after upgrade the no-JS fallback is replaced by the graphic', async () => {
  const { page } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/plain.html`);
  await waitForElements(page, 3);
  const visible = await page.$$eval('.fallback', (ps) => ps.map((p) => p.getBoundingClientRect().height > 0));
  assert.deepEqual(visible, [false, false, false]);
  await page.close();
});

test('hostile page CSS: elements stay intact and readable, inheriting only the page font', async () => {
  const { page, problems } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/hostile-css.html`);
  await waitForElements(page, 3);
  for (const e of await inspect(page)) {
    assert.equal(e.error, null, e.tag);
    assert.ok(e.titleVisible, `${e.tag} title visible`);
    assert.notEqual(e.titleColor, 'rgb(255, 0, 0)', `${e.tag} keeps its own ink`);
    assert.match(e.titleFont, /Courier New/, `${e.tag} inherits the page font`);
    assert.ok(e.height > 100, `${e.tag} has height`);
  }
  const svgShown = await page.evaluate(() =>
    [...document.querySelectorAll('case-timeline, officer-outcomes, recommendation-status')].every((el) =>
      [...el.shadowRoot.querySelectorAll('svg')].every((svg) => getComputedStyle(svg).display !== 'none'),
    ),
  );
  assert.equal(svgShown, true, 'page CSS cannot hide the charts’ SVG');
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('two copies of the library (standalone and code-split): no error, one warning per element, everything renders', async () => {
  const page = await e2e.browser.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (m) => (m.type() === 'warn' ? warnings : m.type() === 'error' ? errors : []).push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${e2e.server.origin}/test/e2e/pages/twice.html`, { waitUntil: 'load' });
  await waitForElements(page, 3);
  assert.deepEqual(errors, []);
  assert.equal(warnings.filter((w) => w.includes('already defined')).length, 3);
  await page.close();
});

test('elements in the page before the script loads upgrade with the properties set earlier', async () => {
  const { page, problems } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/late-script.html`);
  await waitForElements(page, 3);
  const elements = await inspect(page);
  const officers = elements.find((e) => e.tag === 'officer-outcomes');
  assert.equal(officers.headingLevel, '4', 'a property set before upgrade is kept');
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('twenty instances added by a script all render, their modules fetched by the autoloader', async () => {
  const { page, problems } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/twenty.html`);
  await waitForElements(page, 20);
  const elements = await inspect(page);
  assert.equal(elements.length, 20);
  assert.ok(elements.every((e) => e.error === null && e.summary.length > 0));
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('strict CSP and Trusted Types: no violation, and unsafe links from data are never rendered', async () => {
  const { page, problems } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/strict.csp.html`);
  await waitForElements(page, 4);
  await page.waitForFunction(() => document.getElementById('unsafe').shadowRoot.querySelector('[part=error]'));
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, []);
  const elements = await inspect(page);
  for (const e of elements) {
    assert.ok(
      e.links.every((href) => /^https?:\/\//.test(href)),
      `${e.tag} links only to web addresses`,
    );
    assert.equal(e.unsafeNodes, 0);
  }
  const unsafe = elements[3];
  assert.match(unsafe.error, /sources\[0\]\.url/);
  // An event opened in the wide chart is placed beside its mark through the CSSOM, which the
  // policy allows (a style attribute, as Lit's styleMap writes, it would block).
  const placed = await page.evaluate(async () => {
    const timeline = document.querySelector('case-timeline');
    timeline.shadowRoot
      .querySelector('[part~=event]')
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await timeline.updateComplete;
    const detail = timeline.shadowRoot.querySelector('[part=detail]');
    return { beside: detail.classList.contains('beside'), left: detail.style.left, top: detail.style.top };
  });
  assert.ok(
    placed.beside && /^-?[\d.]+px$/.test(placed.left) && /^-?[\d.]+px$/.test(placed.top),
    JSON.stringify(placed),
  );
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems.pageErrors, []);
  await page.click('#after');
  await page.close();
});

test('iframe: the embed page sizes its iframe through the parent snippet, also when shown later in a tab', async () => {
  const { page, problems } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/iframe-parent.html`);
  await page.waitForFunction(() => parseFloat(document.getElementById('visible').style.height) > 300, {
    timeout: 120_000,
  });
  const frame = page.frames().find((f) => f.url().includes('view=officer-outcomes'));
  const inner = await frame.evaluate(() => ({
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    level: document
      .querySelector('officer-outcomes')
      .shadowRoot.querySelector('[part=title]')
      ?.getAttribute('aria-level'),
  }));
  const outer = await page.$eval('#visible', (f) => parseFloat(f.style.height));
  assert.equal(outer, inner.height, 'the iframe is exactly as tall as its content');
  assert.equal(inner.level, '3', 'options come from the query string');
  await page.click('#show-tab');
  await page.waitForFunction(() => parseFloat(document.getElementById('hidden').style.height) > 300, {
    timeout: 120_000,
  });
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('iframe: the parent snippet stays under 1 KB', async () => {
  const res = await fetch(`${e2e.server.origin}/dist/demo/embed-parent.js`);
  assert.equal(res.status, 200);
  assert.ok((await res.text()).length <= 1024);
});

// The viewport is as tall as the page, so every shift anywhere counts, not only those above the fold.
for (const [width, height] of [
  [375, 20000],
  [1280, 12000],
]) {
  test(`the demo story page loads with zero cumulative layout shift at ${width} px`, async () => {
    const page = await e2e.browser.newPage();
    await page.setViewport({ width, height });
    await page.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${e2e.server.origin}/dist/demo/index.html`, { waitUntil: 'load' });
    await waitForElements(page, 3);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(
      await page.evaluate(() => window.__cls),
      0,
      'the story moved as the elements rendered: after changing the data or a layout, run `npm run reserve-heights`',
    );
    await page.close();
  });
}

// On a phone the graphics below the first screen render later (near the viewport or when the
// page is idle): every element keeps one height from its first frame to its last, the one the
// page reserved, so nothing moves, in view or not.
test('the demo story page on a phone: graphics that render later keep the reserved height throughout', async () => {
  const page = await e2e.browser.newPage();
  await page.setViewport({ width: 375, height: 812 });
  await page.evaluateOnNewDocument(() => {
    window.__heights = {};
    const sample = () => {
      const story = 'article case-timeline, article officer-outcomes, article recommendation-status';
      for (const el of document.querySelectorAll(story)) {
        const rendered = Boolean(el.shadowRoot?.querySelector('[part=figure]'));
        (window.__heights[el.localName] ??= new Set()).add(`${Math.round(el.getBoundingClientRect().height)}`);
        if (rendered) (window.__rendered ??= new Set()).add(el.localName);
      }
      if ((window.__rendered?.size ?? 0) < 3) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(`${e2e.server.origin}/dist/demo/index.html`, { waitUntil: 'load' });
  await waitForElements(page, 3);
  const heights = await page.evaluate(() =>
    Object.fromEntries(Object.entries(window.__heights).map(([tag, set]) => [tag, [...set]])),
  );
  for (const [tag, seen] of Object.entries(heights)) assert.equal(seen.length, 1, `${tag} went through ${seen}`);
  await page.close();
});
