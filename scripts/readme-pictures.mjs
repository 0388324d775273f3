// `npm run pictures` (after `npm run build`): the README's pictures of the three graphics,
// light and dark, taken from the built iframe page (dist/demo/embed.html, one element at
// full width) in headless Chromium and written to docs/images/ as WebP.
// Each picture is the top of the graphic (at most MAX_HEIGHT px): what a reader meets first.
/* global document -- used inside the page (page.evaluate) */
import { createServer } from 'node:http';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const demo = join(root, 'dist/demo');
const out = join(root, 'docs/images');
const WIDTH = 760;
const MAX_HEIGHT = 800;
const VIEWS = ['case-timeline', 'officer-outcomes', 'recommendation-status'];
const THEMES = ['light', 'dark'];

try {
  await stat(join(demo, 'embed.html'));
} catch {
  console.error('No dist/demo/embed.html: run `npm run build` first.');
  process.exit(1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  const path = normalize(join(demo, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(demo)) return void res.writeHead(403).end();
  let body;
  try {
    body = await readFile(path);
  } catch {
    return void res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

await mkdir(out, { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
try {
  for (const view of VIEWS) {
    for (const theme of THEMES) {
      const page = await browser.newPage();
      await page.setViewport({ width: WIDTH, height: MAX_HEIGHT, deviceScaleFactor: 1 });
      // The picture shows the graphic at rest: no transition caught half-way.
      await page.emulateMediaFeatures([
        { name: 'prefers-reduced-motion', value: 'reduce' },
        { name: 'prefers-color-scheme', value: theme },
      ]);
      await page.goto(`${origin}/embed.html?view=${view}&theme=${theme}`, { waitUntil: 'load' });
      await page.waitForFunction(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part=figure]'),
        { timeout: 120_000 },
        view,
      );
      await page.evaluate(async (tag) => {
        const element = document.querySelector(tag);
        // A margin inside the element's own surface, as a story page's column would give it.
        element.style.setProperty('--pcv-padding', '16px');
        await element.updateComplete;
        await document.fonts.ready;
      }, view);
      const box = await page.evaluate((tag) => {
        const r = document.querySelector(tag).getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, view);
      const file = join(out, `${view}-${theme}.webp`);
      await page.screenshot({
        path: file,
        type: 'webp',
        quality: 75,
        clip: { ...box, height: Math.min(box.height, MAX_HEIGHT) },
        captureBeyondViewport: true,
      });
      console.log(`${file.slice(root.length + 1)} (${Math.round((await stat(file)).size / 1000)} KB)`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
