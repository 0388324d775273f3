/**
 * No data a newsroom passes in may break the page. Several hundred generated bad
 * datasets (see malformed.ts) go to each element by property, by inline JSON and by
 * `src`; each time the element must show the error state naming a field path, or
 * render safely: nothing thrown into the page, no markup or script from the data
 * created, every link a web address, and the page around it still clickable.
 *
 * Whether a case must be an error comes from validate() on the same input, so the
 * suite checks the elements' contract with it (error state, one console.error, the
 * path shown) and, for input that is valid but hostile, that rendering stays safe.
 * Seeded: a failure prints its seed, the case and what was changed.
 */
import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { dataset as bundled } from '../../src/data/dataset.js';
import type { DatasetSection } from '../../src/data/types.js';
import { validate } from '../../src/data/validate.js';
import { sample } from '../fixtures/sample.js';
import { nextFrame } from '../helpers.js';
import { badDatasets, badJsonText, HTML_PAYLOADS, PWNED, type BadCase } from './malformed.js';

type Tag = 'case-timeline' | 'officer-outcomes' | 'recommendation-status';
type Route = 'property' | 'inline' | 'src';
type Figure = LitElement & { data: unknown; src: string | null };

/** The sections each element validates (with `sources`), as its createDatasetController call names them. */
const ELEMENTS: Record<Tag, readonly DatasetSection[]> = {
  'case-timeline': ['events'],
  'officer-outcomes': ['officers'],
  'recommendation-status': ['recommendationSets', 'recommendations'],
};
const TAGS = Object.keys(ELEMENTS) as Tag[];

/** One seed for the suite; each element and route derives its own from it. */
const SEED = 20_140_619;
/** Generated cases per element and route, sized so the whole file runs in well under a minute on 2 cores. */
const RUNS: Record<Route, number> = { property: 80, inline: 40, src: 30 };

/** Tags a renderer must never create from data. */
const FORBIDDEN = [
  'script',
  'iframe',
  'object',
  'embed',
  'img',
  'frame',
  'frameset',
  'base',
  'link',
  'meta',
  'pcv-injected',
  'foreignobject',
];

// ---- the page around the elements ----------------------------------------------

let stage: HTMLDivElement;
let outside: HTMLButtonElement;
let outsideClicks = 0;
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`);

/** What the suite saw, per element and route; printed at the end. */
const tally: Record<string, { cases: number; errors: number; rendered: number; kinds: Set<string> }> = {};

before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  outside = document.createElement('button');
  outside.type = 'button';
  outside.textContent = 'A button of the page around the graphic';
  outside.addEventListener('click', () => outsideClicks++);
  document.body.prepend(outside);
  stage = document.createElement('div');
  stage.style.width = '360px';
  document.body.append(stage);
});

after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  outside.remove();
  stage.remove();
  const lines = Object.entries(tally).map(
    ([key, t]) =>
      `${key}: ${t.cases} cases (${t.errors} error state, ${t.rendered} rendered; kinds: ${[...t.kinds].sort().join(', ')})`,
  );
  console.log(`bad-input suite:\n${lines.join('\n')}`);
});

// ---- the oracle --------------------------------------------------------------------

type Expected = { ok: true } | { ok: false; path: string };

/** The JSON text a case becomes for the inline and src routes. */
function jsonOf(c: BadCase): string {
  return c.raw ? (c.value as string) : (JSON.stringify(c.value) ?? '');
}

/** What the element must show, decided by the validator on the same input as the element sees it. */
function expected(tag: Tag, route: Route, c: BadCase): Expected {
  let input: unknown = c.value;
  if (route === 'property' && (input === undefined || input === null)) input = bundled;
  else if (route !== 'property' || typeof input === 'string') {
    const text = route === 'property' ? (input as string) : jsonOf(c);
    try {
      input = JSON.parse(text);
      // The controller takes a string as JSON text wherever it finds it, so JSON whose
      // top level is a string (double-encoded JSON) is read a second time.
      if (typeof input === 'string') input = JSON.parse(input);
    } catch {
      return { ok: false, path: '(data)' };
    }
  }
  const result = validate(input, ELEMENTS[tag]);
  return result.ok ? { ok: true } : { ok: false, path: result.problems[0]!.path };
}

// ---- mounting ----------------------------------------------------------------------

/**
 * Waits for the element to leave the loading state (src) and finish updating; collects update
 * failures. No count of tries: on a busy machine a fetch can take long, and the test file's
 * own time limit bounds the wait.
 */
async function settled(el: Figure, thrown: unknown[]): Promise<void> {
  for (;;) {
    await el.updateComplete.catch((error: unknown) => thrown.push(error));
    if (!el.shadowRoot?.querySelector('[part~=loading]')) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await nextFrame();
  await el.updateComplete.catch((error: unknown) => thrown.push(error));
}

interface Mounted {
  el: Figure;
  logs: string[];
  thrown: unknown[];
}

/** Mounts `tag` with the case by one route, console.error silenced and counted. */
async function mountCase(tag: Tag, route: Route, c: BadCase): Promise<Mounted> {
  const logs: string[] = [];
  const thrown: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logs.push(args.map(String).join(' '));
  let url: string | null = null;
  const el = document.createElement(tag) as Figure;
  el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
  try {
    if (route === 'property') el.data = c.value;
    else if (route === 'inline') {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = jsonOf(c);
      el.append(script);
    } else {
      url = URL.createObjectURL(new Blob([jsonOf(c)], { type: 'application/json' }));
      el.setAttribute('src', url);
    }
    stage.append(el);
    await settled(el, thrown);
  } finally {
    console.error = original;
    if (url) URL.revokeObjectURL(url);
  }
  return { el, logs, thrown };
}

// ---- the checks ---------------------------------------------------------------------

/** Every element in the shadow tree, nested shadow roots included. */
function shadowElements(el: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ShadowRoot | Element) => {
    for (const child of root.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return found;
}

const SCRIPT_URL = /^(javascript|data|vbscript):/i;
/** Attributes a browser loads or navigates to (a data-* attribute holding "javascript:…" is only text). */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'ping',
  'data',
  'cite',
  'longdesc',
  'usemap',
  'manifest',
  'codebase',
]);

/** No markup from data, no event-handler attributes, no script URLs, every link http(s). */
function expectSafe(el: Figure, c: BadCase): void {
  const where = `<${el.localName}> with ${c.kind}: ${c.what}`;
  for (const node of shadowElements(el)) {
    expect(FORBIDDEN, `${where}: a <${node.localName}> element was created`).not.to.include(
      node.localName.toLowerCase(),
    );
    for (const attr of node.attributes) {
      expect(attr.name.toLowerCase().startsWith('on'), `${where}: <${node.localName} ${attr.name}>`).to.equal(false);
      // Browsers skip whitespace and control characters inside a URL scheme ("java\tscript:").
      const value = [...attr.value].filter((ch) => ch > ' ').join('');
      expect(
        URL_ATTRIBUTES.has(attr.name.toLowerCase()) && SCRIPT_URL.test(value),
        `${where}: <${node.localName} ${attr.name}="${attr.value.slice(0, 60)}">`,
      ).to.equal(false);
    }
    const href = node.localName === 'a' ? (node.getAttribute('href') ?? node.getAttribute('xlink:href')) : null;
    if (href !== null) {
      const protocol = new URL(href, document.baseURI).protocol;
      expect(['http:', 'https:'], `${where}: a link to ${href.slice(0, 60)}`).to.include(protocol);
    }
  }
  expect(document.querySelector('pcv-injected'), `${where}: injected element in the page`).to.equal(null);
  expect((window as unknown as Record<string, unknown>)[PWNED], `${where}: a payload ran`).to.equal(undefined);
}

/** The page around the element still gets the pointer: nothing from the element covers it. */
function expectPageUsable(c: BadCase): void {
  window.scrollTo(0, 0);
  const box = outside.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit, `after ${c.kind}: ${c.what}`).to.equal(outside);
}

/** For rendered (valid) input: open the table and use every button, with downloads stubbed out, then check again. */
async function exercise(el: Figure, c: BadCase, thrown: unknown[]): Promise<void> {
  const clickAnchor = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {}; // "Get the data" builds the file but saves nothing
  const original = console.error;
  const logs: string[] = [];
  console.error = (...args: unknown[]) => logs.push(args.map(String).join(' '));
  try {
    // A real cycle cannot become a JSON file; the dedicated test below covers that download.
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, [role=button]')]
      .filter((b) => c.kind !== 'cyclic' || !b.textContent?.includes('JSON'))
      .slice(0, 40);
    for (const button of buttons) {
      button.click();
      await el.updateComplete.catch((error: unknown) => thrown.push(error));
    }
    const focusable = el.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]:not(.table-wrap)');
    if (focusable) {
      focusable.focus();
      for (const key of ['ArrowRight', 'ArrowDown', 'End', 'ArrowLeft', 'Home', 'Enter', 'Escape']) {
        focusable.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await el.updateComplete.catch((error: unknown) => thrown.push(error));
      }
    }
    await nextFrame();
  } finally {
    HTMLAnchorElement.prototype.click = clickAnchor;
    console.error = original;
  }
  expect(logs, `<${el.localName}> with ${c.kind}: ${c.what}: console.error while used`).to.deep.equal([]);
  expectSafe(el, c);
}

/** Mounts one case and checks everything the issue asks; the element is removed after. */
async function check(tag: Tag, route: Route, c: BadCase): Promise<void> {
  const want = expected(tag, route, c);
  const errorsBefore = pageErrors.length;
  const { el, logs, thrown } = await mountCase(tag, route, c);
  const where = `<${tag}> by ${route} with ${c.kind}: ${c.what}`;
  try {
    const error = el.shadowRoot?.querySelector('[part~=error]');
    if (!want.ok) {
      expect(error, `${where}: the error state`).to.not.equal(null);
      expect(error!.textContent, `${where}: the error names the field`).to.contain(want.path);
      expect(logs.length, `${where}: console.error calls\n${logs.join('\n')}`).to.equal(1);
      expect(logs[0], where).to.contain(`<${tag}>`);
    } else {
      expect(error, `${where}: no error state for valid data (${error?.textContent?.slice(0, 200)})`).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~=figure]'), `${where}: the figure`).to.not.equal(null);
      expect(logs, `${where}: console.error for valid data`).to.deep.equal([]);
    }
    expectSafe(el, c);
    if (want.ok) await exercise(el, c, thrown);
    expectPageUsable(c);
    expect(thrown.map(String), `${where}: update threw`).to.deep.equal([]);
    expect(pageErrors.slice(errorsBefore), `${where}: thrown into the page`).to.deep.equal([]);
  } finally {
    el.remove();
  }
  const key = `<${tag}> ${route}`;
  const t = (tally[key] ??= { cases: 0, errors: 0, rendered: 0, kinds: new Set() });
  t.cases++;
  t[want.ok ? 'rendered' : 'errors']++;
  t.kinds.add(c.kind);
}

/** Runs a seeded property; on failure, reports the case in words rather than a 100,000-item dump. */
async function run(
  arbitrary: fc.Arbitrary<BadCase>,
  numRuns: number,
  seed: number,
  body: (c: BadCase) => Promise<void>,
) {
  const details = await fc.check(fc.asyncProperty(arbitrary, body), { seed, numRuns, endOnFailure: true });
  if (details.failed) {
    const c = details.counterexample?.[0];
    throw new Error(
      `Failed after ${details.numRuns} cases (seed ${seed}, path ${details.counterexamplePath}): ${c?.kind}: ${c?.what}\n` +
        String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance),
    );
  }
}

/** A real pointer click on the page's own button, through the browser's hit testing. */
async function expectRealClickReachesPage(): Promise<void> {
  window.scrollTo(0, 0);
  const box = outside.getBoundingClientRect();
  const before = outsideClicks;
  await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
  await resetMouse();
  expect(outsideClicks).to.equal(before + 1);
}

// ---- the suite -----------------------------------------------------------------------

const routeSeed = (tag: Tag, route: Route) =>
  SEED + TAGS.indexOf(tag) * 100 + ['property', 'inline', 'src'].indexOf(route);

describe('bad input', () => {
  afterEach(() => expect(pageErrors).to.deep.equal([]));

  for (const tag of TAGS) {
    const sections = ELEMENTS[tag];
    describe(`<${tag}>`, () => {
      it(`shows the error state or renders safely for ${RUNS.property} generated inputs given as .data`, async function () {
        const arbitrary = fc.oneof(
          { weight: 9, arbitrary: badDatasets(sample, { sections, json: false }) },
          { weight: 1, arbitrary: badJsonText() },
        );
        await run(arbitrary, RUNS.property, routeSeed(tag, 'property'), (c) => check(tag, 'property', c));
        const t = tally[`<${tag}> property`]!;
        // The generator must really produce both kinds, or this test proves less than it says.
        expect(t.errors, 'error-state cases').to.be.greaterThan(RUNS.property / 3);
        expect(t.rendered, 'valid but hostile cases').to.be.greaterThan(RUNS.property / 10);
        await expectRealClickReachesPage();
      });

      it(`shows the error state or renders safely for ${RUNS.inline} generated inline JSON scripts`, async function () {
        const arbitrary = fc.oneof(
          { weight: 4, arbitrary: badDatasets(sample, { sections, json: true }) },
          { weight: 1, arbitrary: badJsonText() },
        );
        await run(arbitrary, RUNS.inline, routeSeed(tag, 'inline'), (c) => check(tag, 'inline', c));
        expect(tally[`<${tag}> inline`]!.errors).to.be.greaterThan(RUNS.inline / 3);
        await expectRealClickReachesPage();
      });

      it(`shows the error state or renders safely for ${RUNS.src} generated files fetched by src`, async function () {
        const arbitrary = fc.oneof(
          { weight: 4, arbitrary: badDatasets(sample, { sections, json: true }) },
          { weight: 1, arbitrary: badJsonText() },
        );
        await run(arbitrary, RUNS.src, routeSeed(tag, 'src'), (c) => check(tag, 'src', c));
        expect(tally[`<${tag}> src`]!.errors).to.be.greaterThan(RUNS.src / 3);
        await expectRealClickReachesPage();
      });

      it('throws nothing when "Get the data" is used on .data that holds a cycle outside the schema', async () => {
        const data = sample() as unknown as Record<string, unknown>;
        const extra: Record<string, unknown> = { note: 'a field the schema does not know' };
        extra.self = extra; // a framework's parent pointer, say: validate() ignores unknown fields
        data.extra = extra;
        const { el, logs } = await mountCase(tag, 'property', {
          kind: 'cyclic',
          what: 'extra.self = extra',
          value: data,
        });
        const clickAnchor = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {};
        try {
          expect(logs).to.deep.equal([]);
          expect(el.shadowRoot!.querySelector('[part~=figure]')).to.not.equal(null);
          for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=download]')) button.click();
          // The downloads' code may still be loading (table-loader.ts): updateComplete waits for it.
          await el.updateComplete;
          expect(pageErrors).to.deep.equal([]);
        } finally {
          HTMLAnchorElement.prototype.click = clickAnchor;
          pageErrors.length = 0; // reported by the assertion above; do not fail the next test too
          el.remove();
        }
      });

      it('refuses 100,000 real items given as .data', async () => {
        const data = sample() as unknown as Record<string, unknown[]>;
        const list = sections[sections.length - 1]!;
        const item = list === 'officers' ? null : data[list]![0];
        const c: BadCase =
          list === 'officers'
            ? {
                kind: 'huge-list',
                what: 'officers.groups has 100,000 groups',
                value: {
                  ...data,
                  officers: {
                    ...(data.officers as unknown as object),
                    groups: new Array(100_000).fill((data.officers as unknown as { groups: unknown[] }).groups[0]),
                  },
                },
              }
            : {
                kind: 'huge-list',
                what: `${list} has 100,000 copies of a valid item`,
                value: { ...data, [list]: new Array(100_000).fill(item) },
              };
        await check(tag, 'property', c);
      });

      it('shows the error state for real files that are missing, not JSON, the wrong shape, too large, or not http', async function () {
        const big = URL.createObjectURL(
          new Blob([`{"events": [${'0,'.repeat(3_000_000)}0]}`], { type: 'application/json' }),
        );
        const files: [string, string][] = [
          ['/test/robustness/does-not-exist.json', '(data)'],
          ['/README.md', '(data)'],
          ['javascript:alert(1)', '(data)'],
          ['data:application/json,{"sources":[]}', ELEMENTS[tag][0]!],
          [big, '(data)'],
        ];
        try {
          for (const [src, path] of files) {
            const logs: string[] = [];
            const original = console.error;
            console.error = (...args: unknown[]) => logs.push(args.map(String).join(' '));
            const el = document.createElement(tag) as Figure;
            el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
            try {
              el.setAttribute('src', src);
              stage.append(el);
              await settled(el, []);
            } finally {
              console.error = original;
            }
            const error = el.shadowRoot!.querySelector('[part~=error]');
            expect(error, src.slice(0, 60)).to.not.equal(null);
            expect(error!.textContent, src.slice(0, 60)).to.contain(path);
            expect(logs.length, src.slice(0, 60)).to.equal(1);
            expectSafe(el, { kind: 'file', what: src.slice(0, 60), value: null });
            el.remove();
          }
        } finally {
          URL.revokeObjectURL(big);
        }
        expectPageUsable({ kind: 'file', what: 'files', value: null });
      });

      it('throws nothing when removed while its src is loading, or when src changes mid-load', async () => {
        const valid = URL.createObjectURL(new Blob([JSON.stringify(sample())], { type: 'application/json' }));
        const invalid = URL.createObjectURL(new Blob(['{"sources": 1}'], { type: 'application/json' }));
        const original = console.error;
        const logs: string[] = [];
        console.error = (...args: unknown[]) => logs.push(args.map(String).join(' '));
        try {
          const removed = document.createElement(tag) as Figure;
          removed.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
          removed.src = invalid;
          stage.append(removed);
          await removed.updateComplete;
          removed.remove();
          const switched = document.createElement(tag) as Figure;
          switched.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
          switched.src = invalid;
          stage.append(switched);
          await switched.updateComplete;
          switched.src = valid; // the earlier, invalid response must not win
          await settled(switched, []);
          await new Promise((resolve) => setTimeout(resolve, 50));
          await settled(switched, []);
          expect(switched.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
          expect(switched.shadowRoot!.querySelector('[part~=figure]')).to.not.equal(null);
          switched.remove();
        } finally {
          console.error = original;
          URL.revokeObjectURL(valid);
          URL.revokeObjectURL(invalid);
        }
        // Only the removed element's invalid load may have logged.
        expect(logs.length).to.be.at.most(1);
      });

      it('shows markup in heading, heading-level and theme attributes as text or ignores it', async () => {
        const values = [...HTML_PAYLOADS, '0', '7', '-1', 'abc', '2.5', '1e3', '', 'javascript:alert(1)'];
        for (const value of values) {
          const el = document.createElement(tag) as Figure;
          el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
          el.data = sample();
          el.setAttribute('heading', value);
          el.setAttribute('heading-level', value);
          el.setAttribute('theme', value);
          stage.append(el);
          await settled(el, []);
          const c = { kind: 'attributes', what: `heading, heading-level and theme = ${JSON.stringify(value)}`, value };
          expectSafe(el, c);
          const title = el.shadowRoot!.querySelector('[part~=title]');
          if (value.trim()) expect(title?.textContent ?? '', c.what).to.contain(value.trim());
          const level = Number(title?.getAttribute('aria-level'));
          expect(level >= 1 && level <= 6, `${c.what}: aria-level ${level}`).to.equal(true);
          el.remove();
        }
        expectPageUsable({ kind: 'attributes', what: 'attributes', value: null });
      });
    });
  }
});
