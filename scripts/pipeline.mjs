/**
 * The build pipeline's own steps, defined once and used by the three things that turn
 * src/ into code a browser runs: Vite (vite.config.ts: the npm modules, the script-tag
 * files, the demo; the bench builds through it too) and the test runner
 * (web-test-runner.config.mjs).
 *
 * - `data/port-case.json?display[=slice]`: the projection of the dataset the elements
 *   bundle (scripts/display-data.mjs), as a module with one export per field.
 * - Lit's templates minified (scripts/minify-literals.mjs): builds only; tests run the
 *   templates as written.
 * - d3-scale built for number ranges (d3ScaleNumbersOnly below) and without the tick
 *   formats no graphic uses (d3ScaleWithoutTickFormats): builds only.
 *
 * Lit's decorators need no step of their own: they are TypeScript's (`experimentalDecorators`
 * in tsconfig.json), which Vite's Oxc transform and the test runner's esbuild both read from
 * tsconfig.json. (Vite 8 applies them itself: the esbuild plugin that used to do it in the
 * Vite build made the script-tag file 0.1 KB gzip larger and nothing else.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displaySlice, joinFields } from './display-data.mjs';
import { minifyLiterals } from './minify-literals.mjs';

const root = resolve(import.meta.dirname, '..');
const DATASET = resolve(root, 'data/port-case.json');

/**
 * `…/port-case.json?display` → null (the whole projection), `?display=events` → 'events';
 * undefined when the id is not a display-data import.
 */
export function displayRequest(id) {
  const [path, query] = id.split('?');
  if (!path.endsWith('port-case.json') || query === undefined) return undefined;
  const params = new URLSearchParams(query);
  if (!params.has('display')) return undefined;
  return params.get('display') || null;
}

/** The exports of a display-data import: one per field of the projection (or of its slice). */
export function displayExports(slice, path = DATASET) {
  return displaySlice(JSON.parse(readFileSync(path, 'utf8')), slice);
}

/**
 * d3-scale's continuous scales (the timeline's scaleUtc) interpolate their range with
 * d3-interpolate's generic `interpolate`, which recognises colours, dates, arrays and
 * objects, and so carries d3-color and its table of named colours: 3.8 KB gzip on every
 * page with a timeline. These graphics map to pixels only (colours come from CSS), so in the
 * builds d3-scale gets d3-interpolate with `interpolate` for numbers: the same function d3
 * itself picks for a number (interpolateNumber), and a clear error for anything else,
 * rather than a wrong picture. The tests run d3 as published; for numbers the two are the
 * same function. A graphic that ever needs a colour scale removes this plugin.
 */
const NUMBERS_ONLY = '\0pcv:d3-interpolate-numbers';
function d3ScaleNumbersOnly() {
  let real = null;
  return {
    name: 'pcv-d3-scale-numbers-only',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== 'd3-interpolate' || !importer || !/[\\/]node_modules[\\/]d3-scale[\\/]/.test(importer))
        return null;
      real ??= (await this.resolve(source, importer, { skipSelf: true }))?.id ?? null;
      return real ? NUMBERS_ONLY : null;
    },
    load(id) {
      if (id !== NUMBERS_ONLY) return null;
      return `import { interpolateNumber, interpolateRound, piecewise } from ${JSON.stringify(real)};
export { interpolateNumber, interpolateRound, piecewise };
export function interpolate(a, b) {
  if (typeof b === 'number') return interpolateNumber(a, b);
  throw new TypeError('port-case-viz builds d3-scale for number ranges only (scripts/pipeline.mjs): ' + String(b));
}`;
    },
  };
}

/**
 * d3-scale's time scales (scaleUtc) make their default tick formats when created, with
 * d3-time-format, whose en-US locale tables and parser are 3.6 KB gzip. The timeline
 * computes its ticks with the scale (calendar-aware: months, years) but writes their text
 * itself, in en-GB (case-timeline.layout.ts, axisTicks), so it never calls tickFormat(). In
 * the builds d3-scale gets formats that say so if they are ever called: `scale.tickFormat()`
 * would throw a clear error rather than print en-US dates. The tests run d3 as published.
 * A graphic that wants d3's tick text removes this plugin (or imports d3-time-format
 * itself, which this leaves alone).
 */
const NO_TICK_FORMATS = '\0pcv:d3-time-format-unused';
function d3ScaleWithoutTickFormats() {
  return {
    name: 'pcv-d3-scale-without-tick-formats',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'd3-time-format' || !importer || !/[\\/]node_modules[\\/]d3-scale[\\/]/.test(importer))
        return null;
      return NO_TICK_FORMATS;
    },
    load(id) {
      if (id !== NO_TICK_FORMATS) return null;
      return `const unavailable = (specifier) => () => {
  throw new TypeError('port-case-viz builds d3-scale without its tick formats (scripts/pipeline.mjs): ' + specifier);
};
export { unavailable as timeFormat, unavailable as utcFormat };`;
    },
  };
}

/**
 * In a one-file build (the standalone file) nothing is fetched later, so the events, the
 * officers and the recommendations are not split: their slices hold them whole, and their
 * details slices have none to add (the graphics join them all the same). Split, the two parts compress worse together than whole.
 */
function oneFileExports(slice, path) {
  if (slice === 'event-details') return { eventDetails: [] };
  if (slice === 'recommendation-details') return { recommendationDetails: [] };
  if (slice === 'officer-details') return { officerDetails: [] };
  const data = displayExports(slice, path);
  if (slice === 'recommendations') return wholeRecommendations(data, path);
  if (slice === 'officers') return wholeOfficers(data, path);
  if (slice === 'events') return wholeEvents(data, path);
  return data;
}

/** The events' slice with its details (descriptions, notes and quotes) joined in. */
export function wholeEvents(data, path = DATASET) {
  const { eventDetails } = displayExports('event-details', path);
  return { ...data, ...joinFields({ events: data.events }, eventDetails) };
}

/** The officers' slice with its details (quotes and notes) joined in. */
export function wholeOfficers(data, path = DATASET) {
  const { officerDetails } = displayExports('officer-details', path);
  return { ...data, ...joinFields({ officers: data.officers }, officerDetails) };
}

/** The recommendations' slice with its details (notes and quotes) joined in. */
export function wholeRecommendations(data, path = DATASET) {
  const { recommendationSets, recommendations } = data;
  const { recommendationDetails } = displayExports('recommendation-details', path);
  return { ...data, ...joinFields({ recommendationSets, recommendations }, recommendationDetails) };
}

/**
 * In a one-file build the slices share their sources: the timeline's, the officers' and the
 * recommendations' lists overlap (a source cited by two graphics was in the file twice), so
 * there every source is in the file once, in a module of its own (`?display=one-file-sources`:
 * the sources of the whole projection, in the dataset's order), and each slice's `sources`
 * picks its own from it by id, in the same order: the same list, checked here as built
 * (0.6 KB gzip off the standalone file, measured).
 */
const ONE_FILE_SOURCES = 'one-file-sources';

function sourcesPicked(sources, path) {
  const all = displayExports(null, path).sources;
  const ids = sources.map((s) => s.id);
  const picked = all.filter((s) => ids.includes(s.id));
  if (JSON.stringify(picked) !== JSON.stringify(sources))
    throw new Error(`${path}: a slice's sources are not the one-file sources picked by id, in order`);
  const from = JSON.stringify(`${path}?display=${ONE_FILE_SOURCES}`);
  return [
    `import { sources as all } from ${from};`,
    `export const sources = /* @__PURE__ */ all.filter((s) => ${JSON.stringify(ids)}.includes(s.id));`,
  ];
}

/**
 * A display-data module's code: one export per field. In the code-split files each is parsed
 * from a JSON string, which parses faster than the same object as JS source. In the one-file
 * builds each is a plain object literal: the minifier writes a JSON string with every quote
 * escaped (`\"id\":`), and the literal is 0.2 KB gzip smaller, under a budget that holds all
 * the data (issue #16: 75 KB). Parsing it costs the one-file CMS page about 1 ms more (the
 * whole dataset in Node's V8 here: 3.4 ms as a literal, 2.5 with JSON.parse).
 */
function displayModule(data, path, oneFile) {
  return Object.entries(data)
    .flatMap(([key, value]) => {
      if (oneFile && key === 'sources') return sourcesPicked(value, path);
      const json = JSON.stringify(value);
      return [`export const ${key} = ${oneFile ? json : `/* @__PURE__ */ JSON.parse(${JSON.stringify(json)})`};`];
    })
    .join('\n');
}

/**
 * Vite (Rolldown) plugins. `oneFile`: the standalone build (oneFileExports). `check(exports, slice)` may throw to stop the build: vite.config.ts
 * passes one that validates each slice, so the bundled data is checked when it is built and
 * readers' browsers need not check it (nor download the validator for it).
 */
export function vitePlugins({ check, oneFile = false } = {}) {
  return [
    d3ScaleNumbersOnly(),
    d3ScaleWithoutTickFormats(),
    {
      name: 'pcv-display-data',
      enforce: 'pre',
      load(id) {
        const slice = displayRequest(id);
        if (slice === undefined) return null;
        const path = id.split('?')[0];
        this.addWatchFile(path);
        if (oneFile && slice === ONE_FILE_SOURCES)
          return displayModule({ sources: displayExports(null, path).sources }, path, false);
        const data = oneFile ? oneFileExports(slice, path) : displayExports(slice, path);
        check?.(data, slice);
        return displayModule(data, path, oneFile);
      },
    },
    {
      name: 'pcv-minify-templates',
      apply: 'build',
      enforce: 'post',
      transform(code, id) {
        if (!id.startsWith(resolve(root, 'src')) || !/\.ts$/.test(id)) return null;
        const minified = minifyLiterals(code, id);
        return minified === null ? null : { code: minified, map: null };
      },
    },
  ];
}

/**
 * @web/test-runner (web dev server) plugin: serves a display-data import as JSON, which the
 * runner's esbuild (`json: true`) turns into a module with the same named exports.
 */
export const testRunnerDisplayData = {
  name: 'pcv-display-data',
  serve(context) {
    const slice = displayRequest(`${context.path}?${context.URL.searchParams}`);
    if (slice === undefined || context.path !== '/data/port-case.json') return undefined;
    return { body: JSON.stringify(displayExports(slice)), type: 'json' };
  },
};
