import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { findChrome, chromeArgs } from './scripts/find-chrome.mjs';
import { displayModule } from './scripts/display-data.mjs';
import { emulateMediaPlugin } from './test/plugins/emulate-media.mjs';

/** Serves `data/port-case.json?display` as the build does (see scripts/display-data.mjs). */
const displayData = {
  name: 'pcv-display-data',
  async serve(context) {
    if (context.path !== '/data/port-case.json' || !context.URL.searchParams.has('display')) return undefined;
    const full = JSON.parse(await readFile(new URL('./data/port-case.json', import.meta.url), 'utf8'));
    return { body: JSON.stringify(displayModule(full)), type: 'json' };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: what readers get, and no dev-mode warning in every log.
  nodeResolve: { exportConditions: ['production'] },
  // esbuild strips types and applies Lit's TypeScript decorators (experimentalDecorators in
  // tsconfig.json), as the build does (vite.config.ts); JSON imports are bundled as modules.
  plugins: [
    displayData,
    emulateMediaPlugin(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: chromeArgs },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en-GB"><head><meta charset="utf-8"><title>port-case-viz tests</title></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
};
