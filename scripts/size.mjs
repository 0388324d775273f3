// `npm run size`: gzip and brotli sizes of what readers download, against budgets.
// - the script-tag bundle dist/port-case-viz.js (three elements, Lit, d3, the data);
// - each element's npm entry bundled with its dependencies and minified, as a site would ship it.
// Run after `npm run build`; it fails (exit 1) when a file is over its limit.
//
// The limits: issue #8's budgets (40 KB gzip for the script-tag bundle, 30 KB per element
// entry). A file that does not fit its budget yet has a CEILING instead, its size when it was
// last cut rounded up to the next 0.5 KB: it may not grow while the budget is out of reach
// (a ratchet; lower the ceiling by hand when a file shrinks, and delete it once the file fits).
// The report always shows the budget, and says which files are over it.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KB = 1000;
const budgets = { bundle: 40 * KB, entry: 30 * KB };
// Raised on purpose by the hardening work (issue #13, +2.3 KB gzip each): the validator's
// field-by-field frozen copy, streamed and abortable `src` downloads, inline JSON read in
// its reasonable forms and when it arrives late, one link rule, bidi isolation of data text.
// Raised again by the shared frame (issue #15, +2.1–2.3 KB gzip each): the dek, summary and
// title states, the readers' error state, the stacked and sized table, the shared pager and
// announcer, waiting for a real width, print layout, and the quiet footer's styles.
const CEILINGS = {
  // Raised by the accuracy pass (issue #12): the data grew by seven sourced events, short titles,
  // keys and the focus span, and the code by the checks of the new fields, the reading order,
  // the as-of and who-said-it lines and the corrected wording; on top of the hardening's
  // frozen copy (issue #13) and the shared frame's first screen, tables, footer, pager,
  // announcer, width wait and print (issue #15, about +2.2 KB each); then the fact-check's
  // data fixes (+0.6 KB of bundled data: descriptions that name the citation each sentence
  // rests on, notes on what events rest on, source titles that say they are descriptions).
  // Then the officers' rebuild (issue #15, +2.1 KB gzip): the key, the list boxes and their
  // readout with the source quote, the facts drawn and the folded notes, and d3-scale's band
  // scale (0.7 KB of it). Then the timeline's rebuild (issue #14, +16 KB gzip): d3-scale's
  // scaleUtc for the two calendar axes is 12.3 KB of it (it brings d3-time, d3-time-format's
  // default locale, d3-interpolate and d3-color), the rest the two panels, numbered list, phone
  // outline and grid keyboard. Issue #16 replaces these ceilings with per-page budgets.
  'dist/port-case-viz.js': 85 * KB,
  'port-case-viz/case-timeline': 64 * KB,
  'port-case-viz/recommendation-status': 34 * KB,
  // Over its 30 KB budget once the officers' rebuild met the shared frame (+2.2 KB).
  'port-case-viz/officer-outcomes': 32 * KB,
};

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function bundleEntry(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

if (!existsSync('dist/port-case-viz.js')) {
  console.error('dist/port-case-viz.js is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = [
  {
    id: 'dist/port-case-viz.js',
    name: 'dist/port-case-viz.js (script tag, everything)',
    bytes: readFileSync('dist/port-case-viz.js'),
    budget: budgets.bundle,
  },
];
for (const entry of ['case-timeline', 'officer-outcomes', 'recommendation-status']) {
  rows.push({
    id: `port-case-viz/${entry}`,
    name: `port-case-viz/${entry} (bundled)`,
    bytes: await bundleEntry(`dist/npm/${entry}.js`),
    budget: budgets.entry,
  });
}
rows.push({
  id: 'port-case-viz/data',
  name: 'port-case-viz/data (bundled, informational)',
  bytes: await bundleEntry('dist/npm/data.js'),
  budget: null,
});

const report = rows.map(({ id, name, bytes, budget }) => {
  const ceiling = CEILINGS[id] ?? null;
  return {
    name,
    minified: bytes.length,
    gzip: gzip(bytes),
    brotli: brotli(bytes),
    budgetGzip: budget,
    ceilingGzip: ceiling,
    limitGzip: budget === null ? null : Math.max(budget, ceiling ?? 0),
  };
});

const kb = (n) => (n / KB).toFixed(1).padStart(6);
console.log('\nSize of what readers download (KB = 1,000 bytes)');
console.log(
  `${'file'.padEnd(50)} ${'min'.padStart(6)} ${'gzip'.padStart(6)} ${'brotli'.padStart(6)} ${'budget'.padStart(7)} ${'ceiling'.padStart(8)}`,
);
const failures = [];
const overBudget = [];
for (const r of report) {
  const notes = [];
  if (r.budgetGzip !== null && r.gzip > r.budgetGzip) {
    overBudget.push(r);
    notes.push('over budget');
  }
  if (r.limitGzip !== null && r.gzip > r.limitGzip) {
    failures.push(r);
    notes.push(r.ceilingGzip ? 'OVER ITS CEILING' : 'OVER BUDGET');
  } else if (r.ceilingGzip && r.ceilingGzip - r.gzip > 1 * KB && r.gzip > (r.budgetGzip ?? 0)) {
    notes.push(`shrank: lower its ceiling to ${Math.ceil(r.gzip / 500) / 2} KB`);
  }
  const budget = r.budgetGzip === null ? '     —' : kb(r.budgetGzip);
  const ceiling = r.ceilingGzip === null ? '      —' : ` ${kb(r.ceilingGzip)}`;
  console.log(
    `${r.name.padEnd(50)} ${kb(r.minified)} ${kb(r.gzip)} ${kb(r.brotli)}  ${budget}  ${ceiling}${notes.length ? `  ${notes.join('; ')}` : ''}`,
  );
}
writeFileSync('dist/size.json', JSON.stringify(report, null, 2) + '\n');
if (overBudget.length > 0)
  console.log(
    `\n${overBudget.length} file(s) over issue #8's gzip budget; while they are, each may not grow past its ceiling.`,
  );
if (failures.length > 0) {
  console.error(
    `${failures.map((r) => r.name).join(', ')}: over its limit. Make it smaller rather than raise the limit.`,
  );
  process.exit(1);
}
console.log(overBudget.length > 0 ? 'Nothing grew past its limit.' : '\nAll within budget (gzip).');
