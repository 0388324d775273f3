import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { displayModule } from './scripts/display-data.mjs';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { trustedTypesPolicy } from './scripts/trusted-types.mjs';
import { embedSecurity } from './scripts/embed-csp.mjs';
import { resolve } from 'node:path';

/**
 * Three builds from one config, picked by PCV_BUILD (scripts/build.mjs runs all three):
 * - `npm`: ES modules for bundlers, one file per source module, lit and d3 left as imports;
 * - `bundle`: dist/port-case-viz.js, one minified file with Lit, d3 and the data inlined,
 *   for a script tag in a CMS page;
 * - `demo` (default, and `npm start`): the demo story page and the iframe embed page.
 */
const root = import.meta.dirname;
const target = process.env.PCV_BUILD ?? 'demo';

const entries = {
  index: resolve(root, 'src/index.ts'),
  'case-timeline': resolve(root, 'src/case-timeline/case-timeline.ts'),
  'officer-outcomes': resolve(root, 'src/officer-outcomes/officer-outcomes.ts'),
  'recommendation-status': resolve(root, 'src/recommendation-status/recommendation-status.ts'),
  data: resolve(root, 'src/data/index.ts'),
};

/**
 * Source modules that act when imported: each element module registers its tag, the root
 * registers all three, and the embed page renders. package.json's sideEffects names only
 * the built files that ship, so the demo build, which bundles src/, is told here (see
 * sourcesWithSideEffects); without it, `import '../index.js'` in the embed page would be
 * dropped as unused.
 */
const SOURCES_WITH_SIDE_EFFECTS = new Set(
  [
    'src/index.ts',
    'src/case-timeline/case-timeline.ts',
    'src/officer-outcomes/officer-outcomes.ts',
    'src/recommendation-status/recommendation-status.ts',
    'src/embed/embed.ts',
  ].map((path) => resolve(root, path)),
);

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
  bundle: {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: entries.index, formats: ['es'], fileName: () => 'port-case-viz.js' },
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
 * Lit's decorators are TypeScript's (experimentalDecorators in tsconfig.json), not the
 * standard (TC39) ones: lowered for today's browsers, standard decorators brought about
 * 4.7 KB gzip of helpers and per-field code into the bundle, TypeScript's about 1 KB. Vite 8's
 * Oxc transform does not apply them, so esbuild does, with the same options the test
 * runner's esbuild uses (tsconfig.json's), so tests and builds run the same code.
 */
const TSCONFIG = readFileSync(resolve(root, 'tsconfig.json'), 'utf8');

function lowerDecorators(): Plugin {
  return {
    name: 'pcv-lower-decorators',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('@')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: TSCONFIG,
      });
      return { code: result.code, map: result.map };
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

/** `data/port-case.json?display` → the projection the elements bundle (scripts/display-data.mjs). */
function displayData(): Plugin {
  return {
    name: 'pcv-display-data',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?');
      if (query !== 'display' || !path!.endsWith('port-case.json')) return null;
      this.addWatchFile(path!);
      const data = displayModule(JSON.parse(readFileSync(path!, 'utf8'))) as Record<string, unknown>;
      // One export per section, so an element's entry carries only the sections it draws.
      // JSON.parse of a string literal parses faster than the same object as JS source.
      return Object.entries(data)
        .map(
          ([key, value]) =>
            `export const ${key} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});`,
        )
        .join('\n');
    },
  };
}

/** Lit's css/html/svg templates without the whitespace and comments written for people (scripts/minify-literals.mjs). */
function minifyTemplates(): Plugin {
  return {
    name: 'pcv-minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(resolve(root, 'src')) || !/\.ts$/.test(id)) return null;
      const minified = minifyLiterals(code, id);
      return minified === null ? null : { code: minified, map: null };
    },
  };
}

export default defineConfig({
  ...configs[target],
  plugins: [
    displayData(),
    lowerDecorators(),
    minifyTemplates(),
    trustedTypesPolicy(),
    embedSecurity(),
    sourcesWithSideEffects(),
  ],
});
