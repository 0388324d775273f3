import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, chromeArgs } from './scripts/find-chrome.mjs';
import { testRunnerDisplayData } from './scripts/pipeline.mjs';

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: what readers get, and no dev-mode warning in every log.
  nodeResolve: { exportConditions: ['production'] },
  // The bundled data as the builds make it (scripts/pipeline.mjs). esbuild strips types and
  // applies Lit's TypeScript decorators as tsconfig.json says (Vite reads the same file);
  // JSON imports become modules.
  plugins: [
    testRunnerDisplayData,
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
