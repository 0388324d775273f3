import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, chromeArgs } from './scripts/find-chrome.mjs';

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: what readers get, and no dev-mode warning in every log.
  nodeResolve: { exportConditions: ['production'] },
  // esbuild strips types and lowers nothing: Chromium runs standard decorators natively
  // from the `accessor` fields Lit uses; JSON imports are bundled as modules.
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
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
