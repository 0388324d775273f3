/**
 * The benchmark page's measuring code. scripts/bench.mjs builds this with Vite as the
 * script-tag files are built (production Lit, vite.config.ts `bench`), serves it on
 * 127.0.0.1 and calls `window.pcvBench.*` from puppeteer-core. Every loop runs inside the
 * page, so no protocol round trip is timed.
 *
 * The elements are used only through their public surface: tag name, `.data`,
 * `loading`, `updateComplete`, `shadowRoot`. Every element here is `loading="eager"`:
 * these sections time the work of a render, not the wait for the viewport or idle time
 * (the page-load sections of scripts/bench.mjs measure that).
 */
import '../src/index.js';
import { dataset as bundled } from '../src/data/dataset.js';
import { validate, formatProblems, MAX_ITEMS, MAX_OFFICERS } from '../src/data/validate.js';
import type { Dataset } from '../src/data/types.js';
import { syntheticEvents, syntheticOfficers, syntheticRecommendations } from './synthetic.js';

export const TAGS = ['case-timeline', 'officer-outcomes', 'recommendation-status'] as const;
export type Tag = (typeof TAGS)[number];

type Figure = HTMLElement & { data: unknown; loading: 'lazy' | 'eager'; updateComplete: Promise<boolean> };

function create(tag: Tag): Figure {
  const el = document.createElement(tag) as Figure;
  el.loading = 'eager';
  return el;
}

/** Which generator scales which element, and what its items are called in the report. */
const GENERATORS: Record<Tag, { items: string; make: (n: number) => Dataset }> = {
  'case-timeline': { items: 'events', make: syntheticEvents },
  'officer-outcomes': { items: 'officers', make: syntheticOfficers },
  'recommendation-status': { items: 'recommendations', make: syntheticRecommendations },
};

/**
 * The most items the schema accepts for each element (validate.ts): more officers than
 * MAX_OFFICERS is a typo or a payload, not a case, so the scaling section stops there.
 */
const MOST_ITEMS: Record<Tag, number> = {
  'case-timeline': MAX_ITEMS,
  'officer-outcomes': MAX_OFFICERS,
  'recommendation-status': MAX_ITEMS,
};

const stage = document.getElementById('stage')!;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Main-thread time of the rest of the current rendering frame. Call it from a
 * requestAnimationFrame callback (or the microtasks right after one): it resolves
 * in the first task after the frame, i.e. once style, layout, ResizeObserver
 * callbacks (and the Lit updates they trigger), re-layout and paint are done.
 */
function restOfFrame(start: number): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - start);
    channel.port2.postMessage(null);
  });
}

function container(width: number): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  stage.append(div);
  return div;
}

/** Every node in the element's light and shadow trees (nested shadow roots too). */
export function countNodes(root: Node): { nodes: number; elements: number } {
  let nodes = 0;
  let elements = 0;
  const walk = (node: Node) => {
    nodes++;
    if (node.nodeType === Node.ELEMENT_NODE) {
      elements++;
      const shadow = (node as Element).shadowRoot;
      if (shadow) for (const child of shadow.childNodes) walk(child);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return { nodes, elements };
}

function stateOf(el: Figure): 'figure' | 'error' | 'loading' | 'other' {
  const root = el.shadowRoot;
  if (!root) return 'other';
  if (root.querySelector('[part~=error]')) return 'error';
  if (root.querySelector('[part~=loading]')) return 'loading';
  if (root.querySelector('[part~=figure]')) return 'figure';
  return 'other';
}

export interface MountSample {
  /** createElement → appended → updateComplete: script time of the first render. */
  script: number;
  /** The same plus the forced style and layout of the result: what the reader waits for. */
  total: number;
  nodes: number;
  elements: number;
  state: string;
  /** True when the shadow tree changed again in the frame after the first render. */
  reRendered: boolean;
  errorText?: string;
}

/**
 * One mount, timed: creation to first complete render (updateComplete, then a
 * forced layout). `data` undefined means the bundled dataset.
 */
async function mountOnce(tag: Tag, data: unknown, width: number, keep = false): Promise<MountSample> {
  const box = container(width);
  await nextFrame();
  const t0 = performance.now();
  const el = create(tag);
  if (data !== undefined) el.data = data;
  box.append(el);
  await el.updateComplete;
  const t1 = performance.now();
  // Reading a size forces style recalc and layout of the new subtree, as the next frame would.
  void box.getBoundingClientRect().height;
  const t2 = performance.now();
  const before = el.shadowRoot?.innerHTML.length ?? 0;
  await nextFrame();
  await el.updateComplete;
  const after = el.shadowRoot?.innerHTML.length ?? 0;
  const sample: MountSample = {
    script: t1 - t0,
    total: t2 - t0,
    ...countNodes(el),
    state: stateOf(el),
    reRendered: before !== after,
  };
  if (sample.state === 'error') sample.errorText = el.shadowRoot!.querySelector('[part~=error]')!.textContent ?? '';
  if (!keep) box.remove();
  return sample;
}

/**
 * First render with the bundled data, `runs` times after `warmup` untimed runs.
 * `fresh`: pass a structured clone of the bundled data each run, so the (otherwise
 * cached) validation is paid every time, as with data a page passes in.
 */
async function firstRender(tag: Tag, runs: number, width: number, fresh = false, warmup = 3): Promise<MountSample[]> {
  const samples: MountSample[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const data = fresh ? structuredClone(bundled) : undefined;
    const sample = await mountOnce(tag, data, width);
    if (i >= warmup) samples.push(sample);
  }
  return samples;
}

/** A first mount in a fresh page: cold code, first template preparation, first validation. */
async function coldRender(tag: Tag, width: number): Promise<MountSample> {
  return mountOnce(tag, undefined, width);
}

export interface ScaleResult {
  tag: Tag;
  items: string;
  n: number;
  width: number;
  samples: MountSample[];
  invalid?: string;
}

/** Mount the element with `n` synthetic items, `runs` times; each run gets a fresh copy (validation included). */
async function scaling(tag: Tag, n: number, width: number, runs: number, budgetMs = 20_000): Promise<ScaleResult> {
  const { items, make } = GENERATORS[tag];
  const data = make(n);
  const check = validate(data);
  const result: ScaleResult = { tag, items, n, width, samples: [] };
  if (!check.ok) {
    result.invalid = formatProblems(check.problems);
    return result;
  }
  const started = performance.now();
  await mountOnce(tag, structuredClone(data), width); // warm-up, untimed
  for (let i = 0; i < runs; i++) {
    result.samples.push(await mountOnce(tag, structuredClone(data), width));
    if (performance.now() - started > budgetMs && result.samples.length >= 3) break;
  }
  return result;
}

export interface ResizeSample {
  to: number;
  /**
   * Main-thread time of the work a width change causes: the frame that applies the width
   * (style, layout, ResizeObserver, paint) plus the next frame, in which the element's size
   * controller re-renders it (requestAnimationFrame → Lit update → style, layout, paint).
   * The idle wait between the two frames is not counted.
   */
  frame: number;
  /** The first of those frames alone: the page re-laid out at the new width before the element re-renders. */
  applyFrame: number;
  /** From the width change to the end of the frame that re-renders, idle wait included. */
  wall: number;
  /** True when the element's last shadow DOM mutation came inside the measured frames (its update was measured). */
  updateMeasured: boolean;
  /** DOM mutations in the shadow tree caused by the change (0: the element did not re-render). */
  mutations: number;
  /** When the last shadow DOM mutation came, ms after the change: within `frame` means it was measured. */
  mutationAt: number;
}

/** Change the container between 1280 and 320 px, `runs` times, with the bundled data. */
async function resize(
  tag: Tag,
  runs: number,
  wide = 1280,
  narrow = 320,
): Promise<{ idle: number[]; samples: ResizeSample[] }> {
  const box = container(wide);
  const el = create(tag);
  box.append(el);
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  let mutations = 0;
  let lastMutation = 0;
  const observer = new MutationObserver((records) => {
    mutations += records.length;
    lastMutation = performance.now();
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  // The same two frames with no change: what measuring costs when nothing happens.
  const idle: number[] = [];
  for (let i = 0; i < 5; i++) {
    await nextFrame();
    const t0 = performance.now();
    const nextFrameStart = new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const first = await restOfFrame(t0);
    const t1 = await nextFrameStart;
    idle.push(first + (await restOfFrame(t1)));
  }
  const samples: ResizeSample[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const to = i % 2 === 0 ? narrow : wide;
    // Change the width inside a frame's animation-frame phase, as a page's own layout
    // code would: the rest of that frame is the cost of applying it. The elements re-render
    // in the frame after (the size controller requests the update from requestAnimationFrame,
    // not inside the ResizeObserver callback), so that frame is measured too: a callback
    // registered now runs first in it, before the size controller's, and the rest of that
    // frame is the element's update, re-layout and paint.
    await nextFrame();
    observer.takeRecords();
    mutations = 0;
    const t0 = performance.now();
    box.style.width = `${to}px`;
    const nextFrameStart = new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const applyFrame = await restOfFrame(t0);
    const t1 = await nextFrameStart;
    const updateFrame = await restOfFrame(t1);
    const end = t1 + updateFrame;
    await el.updateComplete;
    mutations += observer.takeRecords().length;
    // Let any follow-up frame settle before the next change.
    await nextFrame();
    await el.updateComplete;
    if (i >= 2)
      samples.push({
        to,
        frame: applyFrame + updateFrame,
        applyFrame,
        wall: end - t0,
        updateMeasured: lastMutation <= end,
        mutations,
        mutationAt: lastMutation - t0,
      });
  }
  observer.disconnect();
  box.remove();
  return { idle, samples };
}

/** Mount and unmount `cycles` times with the bundled data (memory is read by the runner over CDP). */
async function cycles(tag: Tag, count: number, width = 800): Promise<number> {
  const box = container(width);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const el = create(tag);
    box.append(el);
    await el.updateComplete;
    el.remove();
  }
  box.remove();
  return performance.now() - started;
}

/** Sizes a generator makes valid data for (the runner refuses to time invalid data). */
function checkGenerators(sizes: number[]): string[] {
  const problems: string[] = [];
  for (const tag of TAGS)
    for (const n of sizes) {
      if (n > MOST_ITEMS[tag]) continue;
      const result = validate(GENERATORS[tag].make(n));
      if (!result.ok) problems.push(`${tag} n=${n}: ${formatProblems(result.problems)}`);
    }
  return problems;
}

const api = { TAGS, MOST_ITEMS, firstRender, coldRender, scaling, resize, cycles, checkGenerators, countNodes };
declare global {
  interface Window {
    pcvBench: typeof api;
  }
}
window.pcvBench = api;
document.documentElement.dataset.ready = 'true';
