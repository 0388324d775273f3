// `npm run bench`: the performance benchmark. Not a pass/fail test: it measures, prints
// Markdown tables (with each target and whether it is met) and writes .bench/results.json.
//
// Run after `npm run build`: the page-load sections serve dist/cdn/, the files newsrooms
// host. The measuring page (bench/bench.ts) is built here with Vite, through vite.config.ts
// (`bench`), so it is built as the script-tag files are. A tiny node:http server on
// 127.0.0.1 serves both (loopback only; every other request is refused), and puppeteer-core
// drives headless Chromium. See bench/README.md for what each number means.
//
// Options: --quick (fewer runs, for a smoke check),
//          --only=blocking,versus,first,cold,scale,resize,memory,cls,
//          --tags=case-timeline,… (some elements only), --sizes=10,100,1000,10000 (scaling sizes),
//          --cpu-throttle=4 (CDP CPU slow-down for the element sections; the page-load
//          sections always run at 4× and, for the side by side, also unthrottled),
//          --widths=360,1280, --loads=9 (page loads per variant in the page-load sections).
/* global window, document, customElements, requestAnimationFrame -- these run inside the page (page.evaluate) */
import { build as viteBuild } from 'vite';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.bench');
const site = join(out, 'site');
const cdn = join(root, 'dist/cdn');
const timelinejs = join(root, 'node_modules/@knight-lab/timelinejs/dist');

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const quick = args.has('quick');
const only = args.has('only') ? new Set(args.get('only').split(',')) : null;
const wants = (section) => !only || only.has(section);
const throttle = Number(args.get('cpu-throttle') ?? 1);
const widths = (args.get('widths') ?? '360,1280').split(',').map(Number);

const ALL_TAGS = ['case-timeline', 'officer-outcomes', 'recommendation-status'];
const TAGS = args.has('tags') ? args.get('tags').split(',') : ALL_TAGS;
const SIZES = (args.get('sizes') ?? '10,100,1000,10000').split(',').map(Number);
const RUNS = {
  loads: Number(args.get('loads') ?? (quick ? 3 : 9)),
  first: quick ? 5 : 25,
  cold: quick ? 3 : 20,
  scale: (n) => (quick ? (n >= 10_000 ? 1 : 3) : n <= 100 ? 20 : n <= 1_000 ? 10 : 5),
  resize: quick ? 6 : 30,
  cycles: quick ? 100 : 1_000,
  clsLoads: quick ? 1 : 3,
};
/** Issue #16's targets: blocking time and longest task at 4× CPU, the TimelineJS ratio; resize within a frame. */
const TARGETS = { blocking: 100, longestTask: 200, versusRatio: 0.25, timeline1000: 150, resize: 16, cls: 0 };
/** The page-load sections' CPU slow-down (a mid-range phone), whatever --cpu-throttle says. */
const LOAD_THROTTLE = 4;
/** Long tasks are counted until this long after the graphic in view is ready, so work deferred to idle time counts too. */
const AFTER_READY_MS = 2000;

// ---- build -------------------------------------------------------------------

if (!existsSync(join(cdn, 'port-case-viz.js'))) {
  console.error('dist/cdn is missing: run `npm run build` first (the page-load sections serve the built files).');
  process.exit(1);
}
process.env.PCV_BUILD = 'bench';
await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

// ---- pages -------------------------------------------------------------------

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
/** The CLS section holds the story page's script back this long, so the page paints before the elements upgrade, as on a phone. */
const STORY_SCRIPT_DELAY_MS = 400;

/** Ends when the frame after `promise` has been produced: what a reader would see. */
const READY = `const framed = (promise) => promise.then(() => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  })));`;

/**
 * When a graphic has settled, for the side by side: the end of the frame after the last change
 * to its DOM, counting changes until it has been still for SETTLE_MS. The same for both
 * timelines, whatever events they fire: TimelineJS's "loaded" comes before it sizes its
 * markers and shows its first slide (its last visible change, about 40 ms later unthrottled),
 * and a change after a quiet half-second (TimelineJS updates its menu buttons' aria text a
 * second later) is not part of showing the graphic.
 */
const SETTLE_MS = 500;
const SETTLED = `window.__settle = (root) => new Promise((resolve) => {
    let frameEnd = null;
    let quiet = 0;
    new MutationObserver(() => {
      const batch = Symbol();
      frameEnd = batch;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { if (frameEnd === batch) frameEnd = performance.now(); };
        channel.port2.postMessage(null);
      });
      clearTimeout(quiet);
      quiet = setTimeout(function check() {
        if (typeof frameEnd === 'number') resolve(frameEnd);
        else quiet = setTimeout(check, 50);
      }, ${SETTLE_MS});
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });`;

/**
 * The page's own signals for the runner: __ready (the graphic in view drawn, or for the
 * empty page the load event), __complete (every graphic drawn) and __settled (the side by
 * side's measure, SETTLED), each a time in ms.
 */
const ourSignals = `<script type="module">
  ${READY}
  const graphics = [...document.querySelectorAll('article case-timeline, article officer-outcomes, article recommendation-status')];
  const drawn = async (el) => { await customElements.whenDefined(el.localName); await el.updateComplete; };
  window.__ready = framed(drawn(graphics[0]));
  window.__complete = framed(Promise.all(graphics.map(drawn)));
  ${SETTLED}
  window.__settled = customElements.whenDefined(graphics[0].localName).then(() => __settle(graphics[0].shadowRoot));
</script>`;

/** The dataset's first 25 events in TimelineJS's format (issue #16's setting); our timeline shows all of its bundled events. */
function timelinejsData() {
  const { events } = JSON.parse(readFileSync(join(root, 'data/port-case.json'), 'utf8'));
  const date = (iso) => {
    const [year, month, day] = iso.split('-').map(Number);
    return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  };
  return {
    events: events.slice(0, 25).map((e) => ({
      start_date: date(e.date),
      ...(e.end ? { end_date: date(e.end) } : {}),
      text: { headline: e.title, text: e.description },
    })),
  };
}

/** The story template (bench/story.html) with one graphic, or none. */
function storyPage(variant) {
  const html = readFileSync(join(root, 'bench/story.html'), 'utf8');
  const fill = (head, graphic) => html.replace('<!-- HEAD -->', head).replace('<!-- GRAPHIC -->', graphic);
  if (variant === 'empty')
    return fill(
      '',
      `<script>${READY} window.__ready = framed(new Promise((resolve) => addEventListener('load', resolve))); window.__complete = window.__settled = window.__ready;</script>`,
    );
  if (variant === 'timelinejs')
    return fill(
      '<link rel="stylesheet" href="/timelinejs/css/timeline.css" /><script src="/timelinejs/js/timeline.js"></script>',
      `<div id="timeline-embed" style="width: 100%; height: 600px"></div>
      <script>${READY} ${SETTLED}
        window.__settled = __settle(document.getElementById('timeline-embed'));
        window.__ready = framed(new Promise((resolve) => {
          const timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(timelinejsData())}, { script_path: new URL('/timelinejs/js/', location.href).href });
          timeline.on('loaded', resolve);
        }));
        window.__complete = window.__ready;
      </script>`,
    );
  if (variant === 'case-timeline')
    return fill(
      '<script type="module" src="/cdn/case-timeline.js"></script>',
      `<case-timeline heading-level="2"><p>A timeline of the case. <a href="https://example.org/sources">Sources</a></p></case-timeline>${ourSignals}`,
    );
  throw new Error(`no story variant ${variant}`);
}

/** The demo story page as a newsroom would publish it: dist/cdn/port-case-viz.js instead of the demo's TypeScript, no embed panel. */
function demoPage({ signals = true, delay = false } = {}) {
  return readFileSync(join(root, 'demo/index.html'), 'utf8')
    .replace(
      /<script type="module" src="[^"]*src\/index\.ts"><\/script>/,
      `<script type="module" src="/cdn/port-case-viz.js${delay ? '?delay' : ''}"></script>`,
    )
    .replace(/<script type="module" src="\.\/embed-builder\.ts"><\/script>/, '')
    .replace('</body>', `${signals ? ourSignals : ''}</body>`);
}

// ---- serve (127.0.0.1 only) -------------------------------------------------------

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const path = normalize(decodeURIComponent(url.pathname));
  const send = (status, body, type = 'text/plain') => {
    response.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end(body);
  };
  const file = (dir, name) => {
    const full = join(dir, name);
    if (!full.startsWith(dir) || !existsSync(full)) return send(404, 'not found');
    send(200, readFileSync(full), TYPES[extname(full)] ?? 'application/octet-stream');
  };
  if (path === '/bench/' || path === '/bench/index.html') return file(join(root, 'bench'), 'index.html');
  if (path === '/bench/bench.js') return file(site, 'bench.js');
  if (path.startsWith('/story/')) return send(200, storyPage(path.slice('/story/'.length)), 'text/html');
  if (path === '/demo/index.html')
    return send(200, demoPage(url.searchParams.has('cls') ? { signals: false, delay: true } : {}), 'text/html');
  if (path.startsWith('/demo/')) return file(join(root, 'demo'), path.slice('/demo/'.length));
  if (path.startsWith('/cdn/')) {
    const name = path.slice('/cdn/'.length);
    if (url.searchParams.has('delay')) return void setTimeout(() => file(cdn, name), STORY_SCRIPT_DELAY_MS);
    return file(cdn, name);
  }
  if (path.startsWith('/timelinejs/')) return file(timelinejs, path.slice('/timelinejs/'.length));
  send(404, 'not found');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- browser -------------------------------------------------------------------

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  // Every host but 127.0.0.1 fails to resolve: the pages reach nothing else, without the
  // per-request round trip through puppeteer that request interception costs (which would
  // penalise a page in proportion to its number of files).
  args: [
    ...chromeArgs,
    '--enable-precise-memory-info',
    '--window-size=1400,1000',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
  defaultViewport: { width: 1400, height: 1000 },
  protocolTimeout: 600_000,
});
const chromeVersion = await browser.version();

async function openPage(url, viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:' || url.hostname === '127.0.0.1') request.continue();
    else request.abort();
  });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const cdp = await page.createCDPSession();
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp };
}

/**
 * One cold load of a page at `rate`× CPU: when its graphic in view was ready and when every
 * graphic was, and every long task (the Long Tasks API, observed from the first script on)
 * that started before `AFTER_READY_MS` after the graphic in view was ready.
 */
async function loadOnce(path, { rate, viewport }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await page.createCDPSession();
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluateOnNewDocument(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
  const ready = await page.evaluate(() => window.__ready);
  const complete = await page.evaluate(() => window.__complete);
  const settled = await page.evaluate(() => window.__settled);
  await page.evaluate(
    (until) => new Promise((resolve) => setTimeout(resolve, Math.max(0, until - performance.now()))),
    ready + AFTER_READY_MS,
  );
  const tasks = (await page.evaluate(() => window.__longTasks)).filter((t) => t.start < ready + AFTER_READY_MS);
  await page.close();
  if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
  const blocking = tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  return {
    ready,
    complete,
    settled,
    blocking,
    longest,
    tasks: tasks.length,
    afterReady: complete - ready,
    longTasks: tasks.map((t) => [Math.round(t.start), Math.round(t.duration)]),
  };
}

/** Loads each variant `runs` times, alternating (A B C A B C …), so drifts in machine load hit all alike. */
async function alternate(variants, runs, options) {
  const samples = Object.fromEntries(variants.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) for (const [name, path] of variants) samples[name].push(await loadOnce(path, options));
  return samples;
}

async function benchPage() {
  const opened = await openPage(`${origin}/bench/`);
  await opened.page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return opened;
}

// ---- statistics ------------------------------------------------------------------

const sorted = (values) => [...values].sort((a, b) => a - b);
const quantile = (values, q) => {
  const s = sorted(values);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
};
const median = (values) => quantile(values, 0.5);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');
const int = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '–');
const verdict = (value, target) => (value < target ? 'met' : 'MISSED');

function table(columns, rows) {
  const lines = [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

const results = {
  meta: {
    date: new Date().toISOString(),
    commit: (() => {
      try {
        return execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
      } catch {
        return null;
      }
    })(),
    chromium: chromeVersion,
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    /** Other work on the machine during the run makes every number worse: quote only runs with a low load. */
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    cpuThrottle: throttle,
    quick,
    targets: TARGETS,
  },
};
const report = [];
const say = (text) => {
  report.push(text);
  console.log(text);
};

say(`# port-case-viz benchmark\n`);
say(
  `${results.meta.date.slice(0, 16)} · commit ${results.meta.commit} · ${chromeVersion} · ${results.meta.cpus} · Node ${process.version}` +
    ` · load average ${results.meta.loadAverage.join(' ')}${throttle > 1 ? ` · CPU throttled ×${throttle}` : ''}${quick ? ' · QUICK (too few runs to quote)' : ''}\n`,
);

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const spread = (values) => `${ms(quantile(values, 0.1))}–${ms(quantile(values, 0.9))}`;

try {
  // ---- main-thread blocking while a story page loads (4× CPU) ----
  if (wants('blocking')) {
    results.blocking = [];
    const rows = [];
    for (const [viewName, viewport] of [
      ['phone 375 × 812', PHONE],
      ['desktop 1280 × 900', DESKTOP],
    ]) {
      const samples = await alternate(
        [
          ['empty story page', '/story/empty'],
          ['demo story page (three graphics)', '/demo/index.html'],
          ['one timeline', '/story/case-timeline'],
        ],
        RUNS.loads,
        { rate: LOAD_THROTTLE, viewport },
      );
      const empty = samples['empty story page'];
      for (const [name, list] of Object.entries(samples)) {
        const blocking = list.map((s) => s.blocking);
        const longest = list.map((s) => s.longest);
        // Paired with the empty page loaded just before in the same round, so a change in the
        // machine's load during the run moves both.
        const added = median(list.map((s, i) => s.blocking - empty[i].blocking));
        const isOurs = name !== 'empty story page';
        results.blocking.push({ viewport: viewName, page: name, samples: list, added });
        rows.push([
          viewName,
          name,
          ms(median(blocking)),
          spread(blocking),
          isOurs ? ms(added) : '',
          ms(median(longest)),
          ms(Math.max(...longest)),
          ms(median(list.map((s) => s.tasks))),
          ms(median(list.map((s) => s.ready))),
          isOurs ? ms(median(list.map((s) => s.afterReady))) : '',
          isOurs
            ? `${verdict(added, TARGETS.blocking + 0.001)} (≤ ${TARGETS.blocking}); ${verdict(median(longest), TARGETS.longestTask + 0.001)} (no task over ${TARGETS.longestTask}, median load)`
            : '',
        ]);
      }
    }
    say(
      `## Main-thread blocking while a story page loads (CPU ${LOAD_THROTTLE}× slower; ${RUNS.loads} cold loads each, alternating)\n`,
    );
    say(
      table(
        [
          'viewport',
          'page',
          'total blocking time, median ms',
          'p10–p90',
          'added by the library (median over rounds of page − empty page)',
          'longest task, median load',
          'longest task, worst load',
          'long tasks',
          'graphic in view ready, ms after navigation',
          'every graphic ready, ms after that',
          'target',
        ],
        rows,
      ),
    );
    say(
      `\nTotal blocking time: the sum over long tasks (the Long Tasks API) of their time past 50 ms, from navigation until ${AFTER_READY_MS / 1000} s after the graphic in view is ready (drawn, and its frame produced), so graphics rendered later in idle time count too. The pages load dist/cdn/ files from a local server; \`/story/*\` is bench/story.html.\n`,
    );
  }

  // ---- side by side with TimelineJS ----
  if (wants('versus')) {
    results.versus = [];
    const rows = [];
    for (const rate of [LOAD_THROTTLE, 1]) {
      const samples = await alternate(
        [
          ['empty', '/story/empty'],
          ['timelinejs', '/story/timelinejs'],
          ['case-timeline', '/story/case-timeline'],
        ],
        RUNS.loads,
        { rate, viewport: DESKTOP },
      );
      const ready = (name) => median(samples[name].map((s) => s.settled));
      // Each round's extra times over the empty page loaded just before them (paired, so a
      // drift in the machine's load moves all three), then their medians.
      const over = (name) => samples[name].map((s, i) => s.settled - samples.empty[i].settled);
      const ours = median(over('case-timeline'));
      const theirs = median(over('timelinejs'));
      const ratio = ours / theirs;
      const roundRatios = over('case-timeline').map((o, i) => o / over('timelinejs')[i]);
      results.versus.push({ rate, samples, ours, theirs, ratio, roundRatios });
      rows.push([
        rate > 1 ? `${rate}× slower` : 'unthrottled',
        `${ms(ready('empty'))} (${spread(samples.empty.map((s) => s.settled))})`,
        `${ms(ready('timelinejs'))} (${spread(samples.timelinejs.map((s) => s.settled))})`,
        `${ms(ready('case-timeline'))} (${spread(samples['case-timeline'].map((s) => s.settled))})`,
        ms(theirs),
        ms(ours),
        ratio.toFixed(2),
        `${quantile(roundRatios, 0.1).toFixed(2)}–${quantile(roundRatios, 0.9).toFixed(2)}`,
        `${verdict(ratio, TARGETS.versusRatio + 0.0001)} (≤ ${TARGETS.versusRatio})`,
      ]);
    }
    say(
      `## Side by side: a story page with no graphic, with a TimelineJS timeline of 25 events, with <case-timeline> (desktop 1280 × 900; ${RUNS.loads} cold loads each, alternating; median, p10–p90)\n`,
    );
    say(
      table(
        [
          'CPU',
          'empty page ready (load + frame), ms',
          'TimelineJS ready (settled + frame)',
          '<case-timeline> ready (settled + frame)',
          'TimelineJS over the empty page (median of rounds)',
          'ours over the empty page',
          'ratio ours / TimelineJS',
          'ratio in single rounds, p10–p90',
          'target',
        ],
        rows,
      ),
    );
    say(
      `\nTimelineJS ${JSON.parse(readFileSync(join(timelinejs, '../package.json'), 'utf8')).version} (npm \`@knight-lab/timelinejs\`) served from this machine with its CSS, as its embed instructions have it; the fonts it asks other hosts for are refused. TimelineJS shows the first 25 events of data/port-case.json, <case-timeline> its bundled data: all ${JSON.parse(readFileSync(join(root, 'data/port-case.json'), 'utf8')).events.length} events (more work for ours, not less). Times are ms after navigation start. A timeline is ready at the end of the frame after the last change to its DOM, once it has been still for ${SETTLE_MS} ms (TimelineJS sizes its markers and shows its first slide after its "loaded" event); the empty page at the end of the frame after its load event.\n`,
    );
  }

  const { page } = await benchPage();
  const generatorProblems = await page.evaluate((sizes) => window.pcvBench.checkGenerators(sizes), SIZES);
  if (generatorProblems.length) throw new Error(`synthetic data is invalid:\n${generatorProblems.join('\n')}`);

  // ---- first render with the bundled data ----
  if (wants('first')) {
    results.first = {};
    for (const tag of TAGS) {
      const cached = await page.evaluate((t, r) => window.pcvBench.firstRender(t, r, 800, false), tag, RUNS.first);
      const fresh = await page.evaluate((t, r) => window.pcvBench.firstRender(t, r, 800, true), tag, RUNS.first);
      results.first[tag] = { cached, fresh };
    }
  }
  if (wants('cold')) {
    for (const tag of TAGS) {
      const cold = [];
      for (let i = 0; i < RUNS.cold; i++) {
        const opened = await benchPage();
        cold.push(await opened.page.evaluate((t) => window.pcvBench.coldRender(t, 800), tag));
        await opened.page.close();
      }
      (results.first ??= {})[tag] = { ...results.first[tag], cold };
    }
  }
  if (results.first) {
    const rows = TAGS.map((tag) => {
      const r = results.first[tag];
      const total = (samples) => (samples ? median(samples.map((s) => s.total)) : NaN);
      const p90 = (samples) =>
        samples
          ? quantile(
              samples.map((s) => s.total),
              0.9,
            )
          : NaN;
      const any = r.cached?.[0] ?? r.cold?.[0];
      const states = new Set([...(r.cached ?? []), ...(r.fresh ?? []), ...(r.cold ?? [])].map((s) => s.state));
      const reRendered = [...(r.cached ?? [])].some((s) => s.reRendered);
      return [
        `\`<${tag}>\``,
        ms(total(r.cached)),
        ms(p90(r.cached)),
        ms(total(r.fresh)),
        ms(total(r.cold)),
        ms(p90(r.cold)),
        int(any?.nodes),
        int(any?.elements),
        [...states].join(', ') + (reRendered ? ' (re-renders next frame)' : ''),
      ];
    });
    say(`## First render, bundled data (800 px container; ms from createElement to updateComplete + forced layout)\n`);
    say(
      table(
        [
          'element',
          'median (data checked once)',
          'p90',
          'median (fresh copy, validated each run)',
          'cold: median, new page',
          'cold p90',
          'DOM nodes',
          'elements',
          'state',
        ],
        rows,
      ),
    );
    say(`\n${RUNS.first} warm runs after 3 untimed; ${RUNS.cold} cold runs, each the first element in a new page.\n`);
  }

  // ---- scaling ----
  if (wants('scale')) {
    results.scale = [];
    say(`## Scaling with synthetic data (ms, median; DOM nodes including shadow roots)\n`);
    const bends = [];
    for (const width of widths) {
      const rows = [];
      for (const tag of TAGS) {
        let previous = null;
        const most = await page.evaluate((t) => window.pcvBench.MOST_ITEMS[t], tag);
        for (const n of SIZES) {
          // Past what the schema accepts (validate.ts: at most 1,000 officers) there is nothing to time.
          if (n > most) {
            if (width === widths[0])
              say(`<${tag}>: ${int(n)} is more than the schema accepts (${int(most)}); not timed.\n`);
            continue;
          }
          const r = await page.evaluate(
            (t, size, w, runs) => window.pcvBench.scaling(t, size, w, runs),
            tag,
            n,
            width,
            RUNS.scale(n),
          );
          results.scale.push(r);
          if (r.invalid) throw new Error(`synthetic data for ${tag} n=${n} is invalid: ${r.invalid}`);
          const t = median(r.samples.map((s) => s.total));
          const script = median(r.samples.map((s) => s.script));
          const s0 = r.samples[0];
          // Growth exponent k in t ∝ n^k between this size and the previous: 1 is linear.
          const k = previous ? Math.log(t / previous.t) / Math.log(n / previous.n) : NaN;
          const bend = previous && k > 1.15 && t > 5;
          if (bend)
            bends.push(
              `<${tag}> at ${width} px: ${int(previous.n)} → ${int(n)} ${r.items} took ${ms(previous.t)} → ${ms(t)} ms (×${(t / previous.t).toFixed(1)} for ×${n / previous.n} items, exponent ${k.toFixed(2)}); nodes ${int(previous.nodes)} → ${int(s0.nodes)}`,
            );
          rows.push([
            `\`<${tag}>\``,
            `${int(n)} ${r.items}`,
            ms(t),
            ms(script),
            ms(t - script),
            `${((t / n) * 1000).toFixed(1)} µs`,
            int(s0.nodes),
            int(s0.elements),
            Number.isFinite(k) ? k.toFixed(2) + (bend ? ' **bends**' : '') : '',
            s0.state + (r.samples.length < RUNS.scale(n) ? ` (${r.samples.length} runs)` : ''),
            n === 1_000 && tag === 'case-timeline'
              ? verdict(t, TARGETS.timeline1000) + ` (< ${TARGETS.timeline1000})`
              : '',
          ]);
          previous = { n, t, nodes: s0.nodes };
        }
      }
      say(`### Container ${width} px wide\n`);
      say(
        table(
          [
            'element',
            'items',
            'total ms',
            'script ms',
            'style + layout ms',
            'per item',
            'DOM nodes',
            'elements',
            'growth exponent vs previous size',
            'state',
            'target',
          ],
          rows,
        ),
      );
      say('');
    }
    results.bends = bends;
    say(
      bends.length
        ? `Where cost grows faster than linearly (exponent > 1.15):\n\n${bends.map((b) => `- ${b}`).join('\n')}\n`
        : `No curve bends: every element's cost grows no faster than linearly (exponent ≤ 1.15 between sizes).\n`,
    );
  }

  // ---- resize ----
  if (wants('resize')) {
    results.resize = {};
    const rows = [];
    for (const tag of TAGS) {
      const r = await page.evaluate((t, runs) => window.pcvBench.resize(t, runs), tag, RUNS.resize);
      results.resize[tag] = r;
      const narrow = r.samples.filter((s) => s.to === 320);
      const wide = r.samples.filter((s) => s.to === 1280);
      const measured = r.samples.filter((s) => s.updateMeasured).length;
      rows.push([
        `\`<${tag}>\``,
        ms(median(narrow.map((s) => s.frame))),
        ms(median(wide.map((s) => s.frame))),
        ms(
          quantile(
            r.samples.map((s) => s.frame),
            0.9,
          ),
        ),
        ms(median(r.samples.map((s) => s.applyFrame))),
        ms(median(r.idle)),
        ms(median(r.samples.map((s) => s.wall))),
        int(median(r.samples.map((s) => s.mutations))),
        `${measured}/${r.samples.length}`,
        // Each direction's median within the frame: crossing a layout breakpoint one way costs more.
        verdict(Math.max(median(narrow.map((s) => s.frame)), median(wide.map((s) => s.frame))), TARGETS.resize),
      ]);
    }
    say(`## Re-layout on resize, bundled data (container 1280 ↔ 320 px)\n`);
    say(
      table(
        [
          'element',
          'frame work → 320 (median ms)',
          'frame work → 1280',
          'p90 both',
          'of which the frame applying the width',
          'idle frames (baseline)',
          'wall: change → end of the re-rendering frame',
          'shadow DOM mutations',
          'update inside the measured frames',
          `target < ${TARGETS.resize} ms (frame work, each way)`,
        ],
        rows,
      ),
    );
    say(
      `\nFrame work = main-thread time of the frame that applies the width (style, layout, ResizeObserver, paint) plus the next frame, in which the element re-renders (its size controller requests the Lit update from requestAnimationFrame): Lit update, re-layout, paint. The idle wait between the two is not counted. ${RUNS.resize} changes, alternating.\n`,
    );
  }
  await page.close();

  // ---- memory ----
  if (wants('memory')) {
    results.memory = {};
    const rows = [];
    for (const tag of TAGS) {
      const { page: p, cdp } = await benchPage();
      const measure = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        const dom = await cdp.send('Memory.getDOMCounters');
        return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
      };
      await p.evaluate((t) => window.pcvBench.cycles(t, 20), tag); // warm-up: code, templates, caches
      const before = await measure();
      const took = await p.evaluate((t, n) => window.pcvBench.cycles(t, n), tag, RUNS.cycles);
      const after = await measure();
      results.memory[tag] = { before, after, cycles: RUNS.cycles, ms: took };
      rows.push([
        `\`<${tag}>\``,
        `${(before.heap / 1024).toFixed(0)} KB`,
        `${(after.heap / 1024).toFixed(0)} KB`,
        `${((after.heap - before.heap) / 1024).toFixed(1)} KB`,
        `${(((after.heap - before.heap) / RUNS.cycles) * 1).toFixed(1)} B`,
        int(after.nodes - before.nodes),
        int(after.listeners - before.listeners),
        `${ms(took / RUNS.cycles)} ms`,
      ]);
      await p.close();
    }
    say(`## Memory after ${int(RUNS.cycles)} mount/unmount cycles, bundled data (after forced GC)\n`);
    say(
      table(
        [
          'element',
          'JS heap before',
          'JS heap after',
          'heap growth',
          'per cycle',
          'DOM nodes retained',
          'listeners retained',
          'mean cycle',
        ],
        rows,
      ),
    );
    say('');
  }

  // ---- layout shift on the story page ----
  if (wants('cls')) {
    results.cls = [];
    const viewports = [
      { name: 'phone 375 × 812', width: 375, height: 812 },
      { name: 'desktop 1280 × 900', width: 1280, height: 900 },
      { name: 'whole page in view, 375 × 9000', width: 375, height: 9000 },
      { name: 'whole page in view, 1280 × 6000', width: 1280, height: 6000 },
    ];
    const rows = [];
    for (const viewport of viewports) {
      let worst = null;
      for (let i = 0; i < RUNS.clsLoads; i++) {
        const page = await browser.newPage();
        await page.setViewport({ width: viewport.width, height: viewport.height });
        await page.evaluateOnNewDocument(() => {
          const describe = (node) =>
            !node
              ? '(gone)'
              : node.nodeType === 1
                ? `<${node.localName}${node.id ? '#' + node.id : ''}${node.className && typeof node.className === 'string' ? '.' + node.className.split(' ').join('.') : ''}>`
                : node.nodeName;
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry.hadRecentInput) continue;
              window.__shifts.push({
                value: entry.value,
                at: Math.round(entry.startTime),
                sources: entry.sources.map(
                  (s) =>
                    `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}, h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
                ),
              });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.setRequestInterception(true);
        page.on('request', (request) =>
          new URL(request.url()).hostname === '127.0.0.1' ? request.continue() : request.abort(),
        );
        await page.goto(`${origin}/demo/index.html?cls`, { waitUntil: 'load' });
        const tags = await page.evaluate(async (names) => {
          await Promise.all(names.map((n) => customElements.whenDefined(n)));
          const els = names.flatMap((n) => [...document.querySelectorAll(n)]);
          await Promise.all(els.map((el) => el.updateComplete));
          for (let f = 0; f < 5; f++) await new Promise((r) => requestAnimationFrame(r));
          await Promise.all(els.map((el) => el.updateComplete));
          await new Promise((r) => setTimeout(r, 300));
          return els.map((el) => ({
            tag: el.localName,
            height: Math.round(el.getBoundingClientRect().height),
            state: el.shadowRoot?.querySelector('[part~=error]') ? 'error' : 'ok',
          }));
        }, TAGS);
        const shifts = await page.evaluate(() => window.__shifts);
        const value = shifts.reduce((sum, s) => sum + s.value, 0);
        if (!worst || value > worst.value) worst = { viewport, value, shifts, elements: tags };
        await page.close();
      }
      results.cls.push(worst);
      rows.push([
        worst.viewport.name,
        worst.value.toFixed(4),
        String(worst.shifts.length),
        worst.elements.map((e) => `${e.tag} ${e.height}px`).join('; '),
        worst.value === 0 ? 'met' : 'MISSED',
      ]);
    }
    say(
      `## Layout shift on the demo story page (demo/index.html with dist/cdn/port-case-viz.js, held back ${STORY_SCRIPT_DELAY_MS} ms so the page paints first; worst of ${RUNS.clsLoads} loads)\n`,
    );
    say(table(['viewport', 'layout shift (sum)', 'shifts', 'rendered heights', `target ${TARGETS.cls}`], rows));
    const sources = results.cls.flatMap((r) =>
      r.shifts.flatMap((s) =>
        s.sources.map((src) => `${r.viewport.name}: ${s.value.toFixed(4)} at ${s.at} ms — ${src}`),
      ),
    );
    if (sources.length)
      say(
        `\nShifted nodes:\n\n${sources
          .slice(0, 30)
          .map((s) => `- ${s}`)
          .join('\n')}\n`,
      );
    const css = readFileSync(join(root, 'demo/story.css'), 'utf8');
    const reserved = [...css.matchAll(/([a-z-]+):not\(:defined\)\s*\{[^}]*min-height:\s*([^;]+);/g)].map(
      ([, tag, height]) => `${tag} ${height.trim()}`,
    );
    say(`\nHeights reserved before upgrade (demo/story.css \`:not(:defined)\`): ${reserved.join('; ') || 'none'}.\n`);
  }
} finally {
  await browser.close();
  server.close();
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(out, 'results.md'), report.join('\n') + '\n');
  console.log(`\nWrote .bench/results.json and .bench/results.md`);
}
