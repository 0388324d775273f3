// `node scripts/size-parts.mjs`: what each page of dist/cdn/ is made of, for deciding what to cut
// when a page is over its budget (scripts/size.mjs). It builds the script-tag files again, into
// .bench/size-parts/ (not dist/), with every part in a chunk of its own: Lit, the shared frame
// (src/shared and src/data), d3, each graphic's data; a graphic's own code stays in its entry.
// Each part is compressed on its own, so the parts add up to a little more than the shipped
// files, which compress some parts together. `--modules` lists each part's modules (minified bytes).
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

process.env.PCV_BUILD = 'cdn';
const root = resolve(import.meta.dirname, '..');
const nodeModule = (names) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names})[\\\\/]`);
const PAGES = {
  'case-timeline page': 'case-timeline.js',
  'officer-outcomes page': 'officer-outcomes.js',
  'recommendation-status page': 'recommendation-status.js',
};

const modules = {};
const result = await build({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: resolve(root, '.bench/size-parts'), emptyOutDir: true },
  plugins: [
    {
      name: 'pcv-size-parts',
      // The same build, split finer: only the chunk groups differ from vite.config.ts's.
      outputOptions(options) {
        options.codeSplitting = {
          groups: [
            { name: 'lit', test: nodeModule('lit|lit-html|lit-element|@lit'), priority: 5 },
            {
              name: 'frame',
              test: /[\\/]src[\\/](shared|data)[\\/]/,
              tags: ['$initial'],
              minShareCount: 3,
              priority: 4,
            },
            // One d3 chunk per set of graphics that use it (entriesAware), one data chunk per slice.
            { name: 'd3', test: nodeModule('d3-[a-z-]+|internmap'), entriesAware: true, priority: 3 },
            {
              name: (id) => `data-${/display=(\w+)/.exec(id)?.[1]}`,
              debugName: 'data',
              test: /port-case\.json\?display=/,
              priority: 2,
            },
          ],
        };
        return options;
      },
      generateBundle(_, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk')
            modules[chunk.fileName] = Object.entries(chunk.modules)
              .filter(([, m]) => m.renderedLength > 0)
              .map(([id, m]) => [m.renderedLength, id.replace(/^.*node_modules[\\/]/, '').replace(`${root}/`, '')]);
      },
    },
  ],
});
const chunks = new Map(
  (Array.isArray(result) ? result[0] : result).output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]),
);
const gzip = (chunk) => gzipSync(chunk.code, { level: 9 }).length;

/** A chunk's part: its group's name (lit, frame, d3, data), or the graphic's own code for an entry. */
const partOf = (file) => (file.startsWith('chunks/') ? /^chunks\/(lit|frame|d3|data)/.exec(file)[1] : 'code');

const kb = (bytes) => (bytes / 1000).toFixed(1);
const parts = ['lit', 'frame', 'd3', 'data', 'code'];
console.log(`\nWhat each page downloads, by part (gzip KB, each part compressed alone; KB = 1,000 bytes)\n`);
console.log(`| page | ${parts.join(' | ')} | sum |\n| --- | ${parts.map(() => '---').join(' | ')} | --- |`);
for (const [page, entry] of Object.entries(PAGES)) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    chunks.get(file).imports.forEach(visit);
  };
  visit(entry);
  const sums = Object.fromEntries(parts.map((p) => [p, 0]));
  for (const file of seen) {
    sums[partOf(file)] += gzip(chunks.get(file));
  }
  const total = parts.reduce((t, p) => t + sums[p], 0);
  console.log(`| ${page} | ${parts.map((p) => kb(sums[p])).join(' | ')} | ${kb(total)} |`);
}
if (process.argv.includes('--modules'))
  for (const [file, list] of Object.entries(modules)) {
    console.log(`\n${file} (${kb(gzip(chunks.get(file)))} KB gzip)`);
    for (const [bytes, id] of list.sort((a, b) => b[0] - a[0])) console.log(`  ${String(bytes).padStart(7)}  ${id}`);
  }
