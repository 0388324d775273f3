// `npm run reserve-heights`: measures how tall each element renders with the bundled data in
// the built demo story page, at each width where that height is exact (the fixed-width
// column from 800 px up; the common phone widths), and writes those heights into the
// page's `:not(:defined)` rules (between the "reserved heights" markers, inside its
// `@media (scripting: enabled)` block: a reader without JavaScript gets the fallback text,
// not a blank box). The story then keeps its shape while the script loads (CLS 0).
//
// Run it after `npm run build` whenever the data or an element's layout changes: the e2e test
// "zero cumulative layout shift" fails until you do. `--check` only compares, and exits 1
// when story.css is out of date.
/* global document, customElements, requestAnimationFrame -- these run inside the page (page.evaluate) */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from './find-chrome.mjs';
import { startServer } from '../test/e2e/harness.mjs';

const root = resolve(import.meta.dirname, '..');
const cssPath = resolve(root, 'demo/story.css');
const TAGS = ['case-timeline', 'officer-outcomes', 'recommendation-status'];
// Where a height is exact: from 800 px up the story column is 736 px whatever the width
// (measured at 1280); at each listed phone width (phones' scrollbars overlay the page, so
// the media query's width is the layout's). Between them nothing is reserved: a wrong
// height would leave a gap or a jump of its own. The e2e test measures layout shift at
// 375 and 1280 px.
const PHONES = [320, 360, 375, 390, 393, 412, 414, 430];
const BANDS = [
  { media: '(min-width: 800px)', width: 1280 },
  ...PHONES.map((width) => ({ media: `(width: ${width}px)`, width })),
];
const START = '/* reserved heights: written by `npm run reserve-heights`, do not edit by hand */';
const END = '/* end of reserved heights */';

if (!existsSync(resolve(root, 'dist/demo/index.html'))) {
  console.error('dist/demo is missing: run `npm run build` first.');
  process.exit(1);
}

async function measure(browser, origin, width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${origin}/dist/demo/index.html`, { waitUntil: 'load' });
  const heights = await page.evaluate(async (tags) => {
    const story = document.querySelector('.story article') ?? document.body;
    const found = tags.map((tag) => story.querySelector(tag));
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(found.map((el) => el?.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return found.map((el) => (el ? Math.round(el.getBoundingClientRect().height) : null));
  }, TAGS);
  await page.close();
  return heights;
}

function cssFor(results) {
  const rules = (heights, indent) =>
    TAGS.map((tag, i) => `${indent}${tag}:not(:defined) {\n${indent}  min-height: ${heights[i]}px;\n${indent}}`).join(
      '\n',
    );
  return results.map(({ media, heights }) => `  @media ${media} {\n${rules(heights, '    ')}\n  }`).join('\n');
}

const server = await startServer();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
try {
  const results = [];
  for (const band of BANDS) {
    const heights = await measure(browser, server.origin, band.width);
    if (heights.includes(null)) throw new Error(`the demo story lacks one of ${TAGS.join(', ')}`);
    results.push({ ...band, heights });
    console.log(`${String(band.width).padStart(5)} px: ${TAGS.map((t, i) => `${t} ${heights[i]}px`).join(', ')}`);
  }
  const css = readFileSync(cssPath, 'utf8');
  const from = css.indexOf(START);
  const to = css.indexOf(END);
  if (from < 0 || to < from) throw new Error(`demo/story.css lacks the markers:\n${START}\n${END}`);
  const next = `${css.slice(0, from + START.length)}\n${cssFor(results)}\n  ${css.slice(to)}`;
  if (process.argv.includes('--check')) {
    if (next !== css) {
      console.error('demo/story.css reserves other heights than the elements render: run `npm run reserve-heights`.');
      process.exitCode = 1;
    } else console.log('demo/story.css is up to date.');
  } else if (next !== css) {
    writeFileSync(cssPath, next);
    console.log('Wrote demo/story.css.');
  } else console.log('demo/story.css was already up to date.');
} finally {
  await browser.close();
  await server.close();
}
