// `npm run size`: what a page downloads before its graphic renders, gzip and brotli, against
// issue #16's budgets. Run after `npm run build`; it fails (exit 1) when a page is over.
//
// A page includes one entry of dist/cdn/ with a script tag; it downloads that file and every
// chunk it imports statically, and their imports, each file compressed on its own as a
// server sends it. Chunks loaded by import() are not counted, and are listed apart: the
// validator loads only when a page supplies its own data, the timeline's event details
// (descriptions, notes, quotes) once the graphic is drawn, the officers' (quotes, notes, and
// the code for a reader's keys, pointer, folded notes and table) and the recommendations'
// (notes, quotes) as each first renders, and the table view and
// downloads on a reader's first press or in idle time after the graphic has rendered. The
// one-file builds are one file each.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { parseAst } from 'rolldown/parseAst';

const KB = 1000;
const CDN = 'dist/cdn';

/** gzip bytes, KB = 1,000 bytes. */
const BUDGETS = [
  { name: 'case-timeline page', entries: ['case-timeline.js'], budget: 45 * KB },
  { name: 'officer-outcomes page', entries: ['officer-outcomes.js'], budget: 25 * KB },
  { name: 'recommendation-status page', entries: ['recommendation-status.js'], budget: 35 * KB },
  { name: 'all three: port-case-viz.js', entries: ['port-case-viz.js'], budget: 70 * KB },
  {
    name: 'all three: the three entries',
    entries: ['case-timeline.js', 'officer-outcomes.js', 'recommendation-status.js'],
    budget: 70 * KB,
  },
  { name: 'standalone file (one-file CMS)', entries: ['port-case-viz.standalone.js'], budget: 75 * KB },
  // Not an issue #16 budget but this project's: the one-file build that also reads a page's own
  // data (the page-data reader and validator, about 5 KB) must not grow past what it was.
  {
    name: 'standalone file reading own data',
    entries: ['port-case-viz.standalone-own-data.js'],
    budget: 80 * KB,
  },
  { name: 'case-timeline page, by the autoloader', entries: ['autoloader.js', 'case-timeline.js'], budget: null },
];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every relative module specifier of a built file, split into static and dynamic imports. */
function importsOf(code) {
  const found = { static: [], dynamic: [] };
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ExportAllDeclaration') &&
      node.source
    )
      found.static.push(node.source.value);
    if (node.type === 'ImportExpression') {
      const { source } = node; // the minifier writes import(`./x.js`)
      if (source.type === 'Literal') found.dynamic.push(source.value);
      else if (source.type === 'TemplateLiteral' && source.expressions.length === 0)
        found.dynamic.push(source.quasis[0].value.cooked);
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value);
  };
  walk(parseAst(code).body);
  return found;
}

const files = new Map();
function file(path) {
  if (!files.has(path)) {
    const bytes = readFileSync(path);
    const { static: deps, dynamic } = importsOf(bytes.toString('utf8'));
    const near = (specifier) => resolve(dirname(path), specifier);
    files.set(path, {
      path,
      bytes: bytes.length,
      gzip: gzip(bytes),
      brotli: brotli(bytes),
      deps: deps.map(near),
      dynamic: dynamic.map(near),
    });
  }
  return files.get(path);
}

/** The entries and everything they import statically, each file once. */
function closure(entries) {
  const seen = new Map();
  const visit = (path) => {
    if (seen.has(path)) return;
    const f = file(path);
    seen.set(path, f);
    f.deps.forEach(visit);
  };
  entries.forEach((entry) => visit(resolve(CDN, entry)));
  return [...seen.values()];
}

if (!existsSync(join(CDN, 'port-case-viz.js'))) {
  console.error(`${CDN} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
const kb = (n) => (n / KB).toFixed(1).padStart(6);
const rows = BUDGETS.map(({ name, entries, budget }) => {
  const loaded = closure(entries);
  const lazy = [...new Set(loaded.flatMap((f) => f.dynamic))].filter((p) => !loaded.some((f) => f.path === p));
  return {
    name,
    entries,
    files: loaded.map((f) => relative(CDN, f.path)),
    loadedLater: lazy.map((p) => relative(CDN, p)),
    minified: sum(loaded, 'bytes'),
    gzip: sum(loaded, 'gzip'),
    brotli: sum(loaded, 'brotli'),
    budgetGzip: budget,
  };
});

console.log('\nWhat a page downloads before its graphic renders (dist/cdn/, each file compressed; KB = 1,000 bytes)');
console.log(
  `${'page'.padEnd(42)} ${'files'.padStart(5)} ${'min'.padStart(6)} ${'gzip'.padStart(6)} ${'brotli'.padStart(6)} ${'budget'.padStart(7)}`,
);
const over = [];
for (const r of rows) {
  const overIt = r.budgetGzip !== null && r.gzip > r.budgetGzip;
  if (overIt) over.push(r);
  console.log(
    `${r.name.padEnd(42)} ${String(r.files.length).padStart(5)} ${kb(r.minified)} ${kb(r.gzip)} ${kb(r.brotli)}  ${r.budgetGzip === null ? '     —' : kb(r.budgetGzip)}${overIt ? '  OVER BUDGET' : ''}`,
  );
}

/** Why each chunk a page loads by import() is loaded, and when: by its file name. */
const LATER = [
  [/page-data|validator/, "the code that reads a page's own data (src download, validator): when a page gives some"],
  [/whole-events|event-details/, "the timeline's event details: fetched once it has drawn the graphic"],
  [/whole-officers|officer-details/, "the officers' quotes and notes: fetched as it first renders"],
  [
    /officer-outcomes-interaction/,
    "the officers' keys, pointer, readout, folded notes and table: fetched as it first renders",
  ],
  [
    /whole-recommendations|recommendation-details/,
    "the recommendations' notes and quotes: fetched as it first renders",
  ],
  [/table-view/, 'the table view and downloads: on first use, or in idle time after it renders'],
];
/** Every file the pages above download before their graphic renders. */
const counted = new Set(rows.flatMap((r) => r.files));
console.log('\nLoaded by import(), after the graphic renders or only when needed (not in the pages above):');
// Each chunk with the files it imports that no page above has already (its data, the code that
// joins it). (The autoloader's import() of an element's entry is a page's own choice, counted above.)
const later = new Map();
for (const path of [...new Set([...files.values()].flatMap((f) => f.dynamic))]
  .filter((p) => /[\\/]chunks[\\/]/.test(p))
  .sort()) {
  const name = relative(CDN, path);
  const loaded = closure([name]).filter((f) => !counted.has(relative(CDN, f.path)));
  const why = LATER.find(([pattern]) => pattern.test(name))?.[1] ?? 'loaded by import()';
  later.set(name, sum(loaded, 'gzip'));
  const also =
    loaded.length > 1
      ? ` (with ${loaded
          .slice(1)
          .map((f) => relative(CDN, f.path))
          .join(', ')})`
      : '';
  console.log(`  ${name.padEnd(48)} ${kb(sum(loaded, 'gzip'))}  ${why}${also}`);
}
const details = [...later].find(([name]) => /whole-events/.test(name))?.[1];
const timelinePage = rows.find((r) => r.name === 'case-timeline page');
if (details && timelinePage)
  console.log(
    `  (the case-timeline page with its details, once they have arrived: ${kb(timelinePage.gzip + details).trim()} KB gzip)`,
  );

console.log('\nEvery file of dist/cdn/ (gzip):');
for (const f of [...files.values()].sort((a, b) => b.gzip - a.gzip))
  console.log(`  ${relative(CDN, f.path).padEnd(60)} ${kb(f.gzip)}`);

writeFileSync('dist/size.json', JSON.stringify({ pages: rows, files: [...files.values()] }, null, 2) + '\n');
if (over.length > 0) {
  console.error(`\n${over.map((r) => r.name).join(', ')}: over budget. Make it smaller rather than raise the budget.`);
  process.exit(1);
}
console.log('\nEvery page within its budget (gzip).');
