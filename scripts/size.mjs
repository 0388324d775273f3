// `npm run size`: gzip and brotli sizes of what readers download, against budgets.
// - the script-tag bundle dist/port-case-viz.js (three elements, Lit, d3, the data);
// - each element's npm entry bundled with its dependencies and minified, as a site would ship it.
// Run after `npm run build`. With ENFORCE true it fails (exit 1) when anything is over
// budget; until the elements and the bundled data fit, it reports (see CHANGELOG).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KB = 1000;
const budgets = { bundle: 40 * KB, entry: 30 * KB };
const ENFORCE = false;

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
    name: 'dist/port-case-viz.js (script tag, everything)',
    bytes: readFileSync('dist/port-case-viz.js'),
    budget: budgets.bundle,
  },
];
for (const entry of ['case-timeline', 'officer-outcomes', 'recommendation-status']) {
  rows.push({
    name: `port-case-viz/${entry} (bundled)`,
    bytes: await bundleEntry(`dist/npm/${entry}.js`),
    budget: budgets.entry,
  });
}
rows.push({
  name: 'port-case-viz/data (bundled, informational)',
  bytes: await bundleEntry('dist/npm/data.js'),
  budget: null,
});

const report = rows.map(({ name, bytes, budget }) => ({
  name,
  minified: bytes.length,
  gzip: gzip(bytes),
  brotli: brotli(bytes),
  budgetGzip: budget,
}));

const kb = (n) => (n / KB).toFixed(1).padStart(6);
console.log('\nSize of what readers download (KB = 1,000 bytes)');
console.log(
  `${'file'.padEnd(50)} ${'min'.padStart(6)} ${'gzip'.padStart(6)} ${'brotli'.padStart(6)} ${'budget'.padStart(7)}`,
);
let over = 0;
for (const r of report) {
  const fails = r.budgetGzip !== null && r.gzip > r.budgetGzip;
  if (fails) over++;
  const budget = r.budgetGzip === null ? '     —' : kb(r.budgetGzip);
  console.log(
    `${r.name.padEnd(50)} ${kb(r.minified)} ${kb(r.gzip)} ${kb(r.brotli)}  ${budget}${fails ? '  OVER BUDGET' : ''}`,
  );
}
writeFileSync('dist/size.json', JSON.stringify(report, null, 2) + '\n');
if (over > 0) {
  console.error(`\n${over} file(s) over the gzip budget.${ENFORCE ? '' : ' (Reported, not yet enforced.)'}`);
  if (ENFORCE) process.exit(1);
} else {
  console.log('\nAll within budget (gzip).');
}
