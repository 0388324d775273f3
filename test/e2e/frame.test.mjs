// The shared frame on real pages (issue #15), over the built files (run after `npm run build`):
// no blank page without JavaScript, reserved heights only where exact, the sources
// disclosure's name as a screen reader gets it, print, and the iframe page's edges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { openPage, serverAndBrowser, waitForElements } from './harness.mjs';

const e2e = serverAndBrowser();

const story = () => `${e2e.server.origin}/dist/demo/index.html`;
const TAGS = 'case-timeline, officer-outcomes, recommendation-status';

/** Each of the story's elements: its height and the height of the fallback paragraph inside it. */
function heights(page) {
  return page.$$eval(`article :is(${TAGS})`, (els) =>
    els.map((el) => ({
      tag: el.localName,
      height: Math.round(el.getBoundingClientRect().height),
      fallback: Math.round(el.querySelector(':scope > p')?.getBoundingClientRect().height ?? 0),
    })),
  );
}

for (const width of [375, 1280]) {
  test(`no JavaScript at ${width} px: the story shows each fallback paragraph, with no blank box around it`, async () => {
    const { page } = await openPage(e2e.browser, story(), { width, javaScriptEnabled: false });
    for (const e of await heights(page)) {
      assert.ok(e.fallback > 20, `${e.tag}: the fallback text is shown`);
      assert.ok(e.height <= e.fallback + 60, `${e.tag}: ${e.height} px tall for ${e.fallback} px of text`);
    }
    await page.close();
  });
}

/** The story page with its scripts blocked (a slow or failed CDN): scripting on, no element defined. */
async function storyWithoutItsScript(width) {
  const page = await e2e.browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.resourceType() === 'script' ? r.abort() : r.continue()));
  await page.goto(story(), { waitUntil: 'load' });
  return page;
}

test('late script: heights are reserved at the widths where they are exact, and nowhere else', async () => {
  for (const [width, reserved] of [
    [1280, true],
    [375, true],
    [320, true],
    [600, false],
    [790, false],
  ]) {
    const page = await storyWithoutItsScript(width);
    for (const e of await heights(page)) {
      if (reserved) assert.ok(e.height > e.fallback + 500, `${width} px, ${e.tag}: reserved (${e.height} px)`);
      else assert.ok(e.height <= e.fallback + 60, `${width} px, ${e.tag}: nothing reserved (${e.height} px)`);
    }
    await page.close();
  }
});

test('the reserved heights are the rendered heights at 1280, 375 and 320 px', async () => {
  for (const width of [1280, 375, 320]) {
    const blocked = await storyWithoutItsScript(width);
    const before = await heights(blocked);
    await blocked.close();
    const { page } = await openPage(e2e.browser, story(), { width });
    await waitForElements(page, 3);
    const afterUpgrade = await heights(page);
    assert.deepEqual(
      afterUpgrade.map((e) => e.height),
      before.map((e) => e.height),
      `${width} px: run \`npm run reserve-heights\` after changing the data or a layout`,
    );
    await page.close();
  }
});

/** Every accessibility node under `node`, depth first. */
function* walk(node) {
  if (!node) return;
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

test('the sources disclosure is named "Sources: …" with its space, in the built bundle', async () => {
  const { page } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/plain.html`);
  await waitForElements(page, 3);
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  const names = [...walk(tree)].map((n) => n.name ?? '').filter((name) => /^Sources?:/.test(name));
  assert.ok(names.length >= 3, `found ${JSON.stringify(names)}`);
  for (const name of names) assert.match(name, /^Sources?: \S/, name);
  await page.close();
});

test('print: laid out at paper width with sources open and no controls, nothing wider than the paper', async () => {
  const { page, problems } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/plain.html`, {
    width: 1280,
  });
  await waitForElements(page, 3);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMediaType('print');
  // A4 portrait at 96 dpi less Chromium's default margins.
  await page.setViewport({ width: 718, height: 1000 });
  const state = await page.$$eval(TAGS, (els) =>
    els.map((el) => {
      const root = el.shadowRoot;
      const shown = (node) => !!node && node.getClientRects().length > 0;
      return {
        tag: el.localName,
        closedDetails: [...root.querySelectorAll('details')].filter((d) => !d.open).length,
        tools: shown(root.querySelector('[part=tools]')),
        buttons: [...root.querySelectorAll('button')].filter(
          (b) => shown(b) && b.closest('[part~=controls], [part~=filters], [part=tools]'),
        ).length,
        widest: Math.max(0, ...[...root.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect().right)),
      };
    }),
  );
  for (const e of state) {
    assert.equal(e.closedDetails, 0, `${e.tag}: every disclosure open`);
    assert.equal(e.tools, false, `${e.tag}: no "Show as table · CSV · JSON" on paper`);
    assert.equal(e.buttons, 0, `${e.tag}: no filter controls on paper`);
    assert.ok(e.widest <= 718, `${e.tag}: the chart fits the paper (${e.widest} px)`);
  }
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('print: the demo story ends on its last printed line, with no blank trailing page', async () => {
  const { page } = await openPage(e2e.browser, story(), { width: 1280 });
  await waitForElements(page, 3);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMediaType('print');
  await page.setViewport({ width: 718, height: 1000 });
  const { scrollHeight, lastInk } = await page.evaluate(() => {
    let bottom = 0;
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        const style = getComputedStyle(el);
        if (style.visibility !== 'visible' || style.clipPath === 'inset(50%)') continue;
        const hasInk =
          [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) || el.localName === 'svg';
        if (!hasInk) continue;
        const box = el.getBoundingClientRect();
        if (box.height > 0) bottom = Math.max(bottom, box.bottom + scrollY);
      }
    };
    visit(document);
    return { scrollHeight: document.documentElement.scrollHeight, lastInk: bottom };
  });
  // The page ends within a line or two of its last text: no box of nothing pushes a page on.
  assert.ok(scrollHeight - lastInk < 120, `${Math.round(scrollHeight - lastInk)} px of nothing after the last line`);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.close();
});

/**
 * The text-showing operators (Tj, TJ) on each page of a PDF, in page order: a blank page
 * has none. Reads the page tree and inflates each page's content streams (Chromium's PDFs
 * keep them as plain indirect objects).
 */
function textOpsPerPage(pdf) {
  const source = Buffer.from(pdf);
  const text = source.toString('latin1');
  const objects = new Map();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g))
    objects.set(Number(m[1]), { body: m[2], at: m.index + m[0].indexOf(m[2]) });
  const streamOf = (id) => {
    const { body, at } = objects.get(id);
    let start = at + body.indexOf('stream') + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const raw = source.subarray(start, at + body.lastIndexOf('endstream'));
    try {
      return inflateSync(raw).toString('latin1');
    } catch {
      return raw.toString('latin1');
    }
  };
  const refs = (value) => [...value.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const leaves = (id) =>
    refs(objects.get(id).body.match(/\/Kids\s*\[([^\]]*)\]/)[1]).flatMap((kid) =>
      /\/Type\s*\/Pages/.test(objects.get(kid).body) ? leaves(kid) : [kid],
    );
  const [root] = [...objects].find(([, o]) => /\/Type\s*\/Pages/.test(o.body) && !/\/Parent/.test(o.body));
  return leaves(root).map((page) => {
    const contents = objects.get(page).body.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)[1];
    return refs(contents)
      .map(streamOf)
      .reduce((n, stream) => n + (stream.match(/T[jJ]\b/g) ?? []).length, 0);
  });
}

test('print to PDF: every page of the demo story and of an element page has text on it', async () => {
  for (const path of ['index.html', 'officer-outcomes.html']) {
    const { page } = await openPage(e2e.browser, `${e2e.server.origin}/dist/demo/${path}`, { width: 1280 });
    await waitForElements(page, 1);
    const pages = textOpsPerPage(await page.pdf({ format: 'A4' }));
    assert.ok(pages.length > 1, `${path}: ${pages.length} pages`);
    assert.deepEqual(
      pages.map((ops, i) => (ops > 0 ? 'text' : `page ${i + 1} of ${pages.length} is blank`)),
      pages.map(() => 'text'),
      path,
    );
    await page.close();
  }
});

test('embed.html with theme=dark: the dark surface reaches every edge of the iframe (no white gutters)', async () => {
  const page = await e2e.browser.newPage();
  await page.setViewport({ width: 600, height: 900 });
  await page.goto(`${e2e.server.origin}/dist/demo/embed.html?view=officer-outcomes&theme=dark`, { waitUntil: 'load' });
  await waitForElements(page, 1);
  const edges = await page.evaluate(() => {
    const el = document.querySelector('officer-outcomes');
    const box = el.getBoundingClientRect();
    return {
      left: box.left,
      top: box.top,
      right: innerWidth - box.right,
      bottom: document.documentElement.getBoundingClientRect().height - box.bottom,
      surface: getComputedStyle(el).backgroundColor,
      page: [
        getComputedStyle(document.documentElement).backgroundColor,
        getComputedStyle(document.body).backgroundColor,
      ],
    };
  });
  assert.deepEqual([edges.left, edges.top, edges.right, Math.round(edges.bottom)], [0, 0, 0, 0]);
  assert.equal(edges.surface, 'rgb(21, 21, 21)');
  assert.deepEqual(edges.page, ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  await page.close();
});

test('an iframe in a hidden tab draws nothing and posts no height laid out at 0 px; shown, it sizes to its graphic', async () => {
  const { page, problems } = await openPage(e2e.browser, `${e2e.server.origin}/test/e2e/pages/iframe-parent.html`);
  await page.waitForFunction(() => parseFloat(document.getElementById('visible').style.height) > 300, {
    timeout: 10_000,
  });
  const hidden = page.frames().find((f) => f.url().includes('view=recommendation-status'));
  await hidden.waitForFunction(() => customElements.get('recommendation-status') !== undefined, { timeout: 10_000 });
  // Time for a render at 0 px to have happened, were it going to: the hidden frame runs no animation frames.
  await new Promise((r) => setTimeout(r, 500));
  const inside = await hidden.evaluate(() => ({
    drawn: !!document.querySelector('recommendation-status').shadowRoot?.querySelector('[part=figure]'),
  }));
  assert.equal(inside.drawn, false, 'nothing is laid out while the tab is hidden');
  const posted = await page.$eval('#hidden', (f) => parseFloat(f.style.height));
  assert.ok(posted < 1000, `the hidden iframe was given ${posted} px`);
  await page.click('#show-tab');
  await page.waitForFunction(() => parseFloat(document.getElementById('hidden').style.height) > 300, {
    timeout: 10_000,
  });
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
