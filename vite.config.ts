import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { resolve } from 'node:path';
import { displayExports, vitePlugins, wholeEvents, wholeOfficers, wholeRecommendations } from './scripts/pipeline.mjs';
import { DETAIL_SLICES, SLICES } from './scripts/display-data.mjs';
import { trustedTypesPolicy } from './scripts/trusted-types.mjs';
import { embedSecurity } from './scripts/embed-csp.mjs';
import { bundledLicences } from './scripts/licences.mjs';
import { validate, formatProblems } from './src/data/validate.js';
import type { DatasetSection } from './src/data/types.js';

/**
 * Five builds from one config, picked by PCV_BUILD (scripts/build.mjs runs them all, and
 * scripts/bench.mjs the sixth); the pipeline's own steps (the bundled data, the template
 * minifier) are scripts/pipeline.mjs, the security ones scripts/trusted-types.mjs (Lit's
 * Trusted Types policy renamed in every chunk, checked) and scripts/embed-csp.mjs:
 * - `npm`: ES modules for bundlers, one file per source module, lit and d3 left as imports;
 * - `cdn`: dist/cdn/, the files a newsroom hosts for script tags (CDN_ENTRIES): code-split ES
 *   modules sharing chunks (Lit, the frame, d3, each graphic's data) in dist/cdn/chunks/;
 * - `standalone`: dist/cdn/port-case-viz.standalone.js, every graphic and its bundled data in
 *   one file, for a CMS that can host only one; `standalone-own-data`: the same file that also
 *   reads a page's own data, port-case-viz.standalone-own-data.js (ONE_FILE);
 * - `bench`: .bench/site/bench.js, the benchmark's measuring page (scripts/bench.mjs), built
 *   as the script-tag files are;
 * - `demo` (default, and `npm start`): the demo story page, the element pages, the editor's
 *   desk and the iframe embed page.
 *   scripts/build.mjs copies dist/cdn/ into it, so the built demo hosts every file its
 *   embed panel names; the dev server serves the same names from src/ (cdnFilesInDev).
 */
const root = import.meta.dirname;
const target = process.env.PCV_BUILD ?? 'demo';
const src = (path: string) => resolve(root, 'src', path);

const entries = {
  index: src('index.ts'),
  'case-timeline': src('case-timeline/case-timeline.ts'),
  'officer-outcomes': src('officer-outcomes/officer-outcomes.ts'),
  'recommendation-status': src('recommendation-status/recommendation-status.ts'),
  data: src('data/index.ts'),
};

/** dist/cdn/<name>.js ← its source module. */
export const CDN_ENTRIES = {
  'port-case-viz': src('all.ts'),
  'case-timeline': entries['case-timeline'],
  'officer-outcomes': entries['officer-outcomes'],
  'recommendation-status': entries['recommendation-status'],
  autoloader: src('autoloader.ts'),
};
/**
 * The one-file builds, for a CMS that can host only one file: everything the code-split
 * files load later is inside (eagerInOneFile). `port-case-viz.standalone.js` is the all-in-one
 * entry and draws the bundled data (issue #16's 75 KB budget); `…-own-data.js` also reads a
 * page's own data (the page-data reader and the validator, about 5 KB gzip more) and
 * exports what the package root does.
 */
const ONE_FILE = {
  standalone: { file: 'port-case-viz.standalone', entry: src('all.ts'), pageData: false },
  'standalone-own-data': { file: 'port-case-viz.standalone-own-data', entry: entries.index, pageData: true },
};

/**
 * No comments in the shipped files: the minifier already dropped the licence comments, and
 * the tree-shaking annotations it kept (`@__PURE__`) are of no use there (0.3 KB gzip a page).
 */
const SHIPPED_COMMENTS = false;

/**
 * Source modules that act when imported: each element module registers its tag, the root
 * and the all-in-one entry register all three, the autoloader watches the page, the embed
 * page renders, and the bench page sets itself up. package.json's sideEffects names only
 * the built files that ship, so the builds that bundle src/ (the script-tag files, the
 * demo, the bench) are told here (see sourcesWithSideEffects); without it, an import made
 * for its effect (`import('./case-timeline.js')` in the autoloader and the embed page) could
 * be dropped as unused.
 */
const SOURCES_WITH_SIDE_EFFECTS = new Set(
  [
    'src/index.ts',
    'src/all.ts',
    'src/autoloader.ts',
    'src/case-timeline/case-timeline.ts',
    'src/officer-outcomes/officer-outcomes.ts',
    'src/recommendation-status/recommendation-status.ts',
    'src/shared/render-when-needed.ts',
    'src/embed/embed.ts',
    'bench/bench.ts',
  ].map((path) => resolve(root, path)),
);

const nodeModule = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names})[\\\\/]`);

const configs: Record<string, UserConfig> = {
  npm: {
    build: {
      outDir: 'dist/npm',
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^d3-/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  },
  cdn: {
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: CDN_ENTRIES, formats: ['es'] },
      rolldownOptions: {
        // A graphic's code stays in its entry file, which imports the shared chunks itself:
        // a page fetches the entry, then every chunk at once (with 'strict', the entry
        // would only re-export a chunk of the same code, one more fetch before the others).
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          // A chunk named after its module (officer-outcomes.interaction.ts) is written in the
          // others' kebab case: chunks/officer-outcomes-interaction-<hash>.js.
          chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/\./g, '-')}-[hash].js`,
          minify: true,
          comments: SHIPPED_COMMENTS,
          // Chunks a browser caches once for every graphic on a page, and that change only
          // with what is in them: a data fix leaves Lit and the frame cached.
          // - frame: Lit, and the code of src/shared, src/data and d3 that at least two
          //   graphics use (three entries: those two and the all-in-one). What one graphic
          //   alone uses (the timeline's time scale, symbols and reading order, the officers'
          //   band scale) stays with its code, so no page downloads another graphic's code.
          //   Except the pager (src/shared/pager.ts): the timeline's and the recommendations'
          //   lists and the table view use it, the officers' graphic does not, so it is a
          //   chunk of its own (0.3 KB gzip off the officers' page, 0.2 on the others);
          // - data-<slice>: each graphic's data (scripts/display-data.mjs SLICES);
          // - one chunk per graphic's code (its entry), and the validator
          //   (src/data/validator.ts), which loads by import() only when a page supplies its
          //   own data.
          // Fewer, larger chunks also compress better than many small ones.
          codeSplitting: {
            groups: [
              {
                name: 'frame',
                test: (id) =>
                  nodeModule('lit|lit-html|lit-element|@lit|d3-[a-z-]+|internmap').test(id) ||
                  (/[\\/]src[\\/](shared|data)[\\/]/.test(id) && !/[\\/]pager\.ts$/.test(id)),
                tags: ['$initial'],
                minShareCount: 3,
                priority: 2,
              },
              ...[...Object.keys(SLICES), ...Object.keys(DETAIL_SLICES)].map((slice) => ({
                name: `data-${slice}`,
                test: new RegExp(`port-case\\.json\\?display=${slice}$`),
                priority: 1,
              })),
            ],
          },
        },
      },
    },
    plugins: [compileHints()],
  },
  ...Object.fromEntries(
    Object.entries(ONE_FILE).map(([name, { file, entry, pageData }]) => [
      name,
      {
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: { entry, formats: ['es'], fileName: () => `${file}.js` },
          rolldownOptions: { output: { codeSplitting: false, minify: true, comments: SHIPPED_COMMENTS } },
        },
        plugins: [eagerInOneFile(pageData), compileHints()],
      } satisfies UserConfig,
    ]),
  ),
  bench: {
    build: {
      outDir: '.bench/site',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, 'bench/bench.ts'), formats: ['es'], fileName: () => 'bench.js' },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  },
  demo: {
    root: resolve(root, 'demo'),
    base: './',
    // Demo pages load the library as `../src/…`, which the browser asks for as `/src/…`:
    // outside the demo root, so map it back to the repo's src/ (dev server and build alike).
    resolve: {
      alias: [
        { find: /^\/src\//, replacement: `${resolve(root, 'src')}/` },
        { find: /^\/test\//, replacement: `${resolve(root, 'test')}/` },
      ],
    },
    server: { fs: { allow: [root] } },
    build: {
      outDir: resolve(root, 'dist/demo'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: Object.fromEntries(
          ['index', 'embed', 'case-timeline', 'officer-outcomes', 'recommendation-status', 'desk'].map((page) => [
            page,
            resolve(root, `demo/${page}.html`),
          ]),
        ),
      },
    },
  },
};

/**
 * Under `npm start`, `/case-timeline.js` and the other dist/cdn/ names answer with their
 * source module, so the embed panel's script-tag code works against the dev server too.
 */
function cdnFilesInDev(): Plugin {
  const sources: Record<string, string> = {};
  for (const { file, entry } of Object.values(ONE_FILE)) sources[`/${file}.js`] = entry;
  for (const [name, path] of Object.entries(CDN_ENTRIES)) sources[`/${name}.js`] = path;
  return {
    name: 'pcv-cdn-files-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (sources[path]) request.url = `/@fs${sources[path]}`;
        next();
      });
    },
  };
}

/**
 * Chromium's explicit compile hint (Chrome 136+): a file that opens with this comment has each
 * of its functions compiled on the background thread that streams the file in, not on the
 * main thread the first time it is called. Only on the code a page runs to draw its graphic,
 * where nearly every function is called on the first render: each element's entry and the
 * shared frame chunk; not on the data, nor on what loads later (the validator, the table
 * view, the events' details). The one-file builds (ONE_FILE) hold those too, yet gain as much.
 * Measured on a one-graphic page, unthrottled, the main thread's script time while it loads
 * and draws (median of 5 to 9 loads, before the one file became two): timeline 49 to 36-39 ms,
 * officers 29 to 23, recommendations 30 to 21, the timeline from the one file 45 to 36 (issue
 * #16). About 30 bytes gzip a file.
 * Other browsers ignore the comment. Added to the finished file, after minification, which
 * drops every other comment.
 */
function compileHints(): Plugin {
  return {
    name: 'pcv-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk' && (file.isEntry || file.name === 'frame'))
          file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
    },
  };
}

/**
 * The standalone file holds everything the split build loads later (the table view, the
 * validator with the `src` download, each graphic's details), so there each loader is swapped
 * for its eager twin (`*.eager.ts`: the same exports, importing the module statically)
 * instead of an import(), which a one-file build would inline with wrappers to start it
 * later (0.8 KB gzip for the table view alone, measured).
 */
function eagerInOneFile(pageData: boolean): Plugin {
  // Each loader, and its eager twin with the same exports. Without `pageData`, the page-data
  // reader's twin draws the bundled data only (lazy-validator.bundled-only.ts).
  const loaders = [
    'shared/table-loader',
    'shared/lazy-validator',
    'data/event-details',
    'data/recommendation-details',
    'data/officer-details',
    'officer-outcomes/officer-outcomes.interaction-loader',
  ];
  const twins = new Map(
    loaders.map((name) => [
      src(`${name}.ts`),
      src(`${name}.${name === 'shared/lazy-validator' && !pageData ? 'bundled-only' : 'eager'}.ts`),
    ]),
  );
  // The file names imports use: only these are resolved, to see whether they are a loader.
  const files = new Set(loaders.map((name) => `${name.split('/').pop()}.js`));
  return {
    name: 'pcv-eager-in-one-file',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!files.has(source.split('/').pop()!)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && twins.get(resolved.id)) ?? null;
    },
  };
}

/** Marks SOURCES_WITH_SIDE_EFFECTS: a transform's answer overrides package.json's sideEffects. */
function sourcesWithSideEffects(): Plugin {
  return {
    name: 'pcv-sources-with-side-effects',
    transform(code, id) {
      return SOURCES_WITH_SIDE_EFFECTS.has(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/**
 * The sections each bundled slice must hold, checked when it is built (scripts/pipeline.mjs):
 * the elements draw it with no check in readers' browsers (dataset-controller.ts, frozenBundle).
 * A slice's `null` field (no focus span) is the absence of that optional field.
 */
function checkSlice(exports: Record<string, unknown>, slice: string | null): void {
  // Each graphic's details are checked with its outline, joined.
  if (slice !== null && slice in DETAIL_SLICES)
    return checkSlice(displayExports(DETAIL_SLICES[slice]!), DETAIL_SLICES[slice]!);
  const sections = (slice === null ? undefined : SLICES[slice as keyof typeof SLICES]) as DatasetSection[] | undefined;
  const data = Object.fromEntries(Object.entries(exports).filter(([, value]) => value !== null));
  if (slice === 'events') Object.assign(data, wholeEvents(data));
  if (slice === 'recommendations') Object.assign(data, wholeRecommendations(data));
  if (slice === 'officers') Object.assign(data, wholeOfficers(data));
  const result = sections ? validate(data, sections) : validate(data);
  if (!result.ok) {
    throw new Error(`the bundled data (${slice ?? 'whole'}) is not valid:\n${formatProblems(result.problems)}`);
  }
}

export default defineConfig({
  ...configs[target],
  plugins: [
    ...(configs[target]?.plugins ?? []),
    ...vitePlugins({ check: checkSlice, oneFile: target in ONE_FILE }),
    trustedTypesPolicy(),
    embedSecurity(),
    // The builds that bundle Lit and d3 into files that ship record them, for their licences.
    ...(['cdn', 'demo', ...Object.keys(ONE_FILE)].includes(target) ? [bundledLicences(target)] : []),
    sourcesWithSideEffects(),
    cdnFilesInDev(),
  ],
});
