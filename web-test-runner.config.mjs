import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs } from './scripts/find-chrome.mjs';
import { testRunnerDisplayData } from './scripts/pipeline.mjs';
import { emulateMediaPlugin } from './test/plugins/emulate-media.mjs';

/**
 * The default reporter, less the 404s the tests cause on purpose: a test that checks the
 * error state for a missing file asks for one named `does-not-exist…`. Any other 404 is
 * still reported.
 */
function reporter() {
  const base = defaultReporter();
  const expected = (url) => /(^|\/)does-not-exist[^/]*$/.test(url.split('?')[0]);
  return {
    ...base,
    reportTestFileResults: (args) =>
      base.reportTestFileResults({
        ...args,
        sessionsForTestFile: args.sessionsForTestFile.map((session) => ({
          ...session,
          request404s: session.request404s.filter((url) => !expected(url)),
        })),
      }),
  };
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: what readers get, and no dev-mode warning in every log.
  nodeResolve: { exportConditions: ['production'] },
  // The bundled data as the builds make it (scripts/pipeline.mjs). esbuild strips types and
  // applies Lit's TypeScript decorators as tsconfig.json says (Vite reads the same file);
  // JSON imports become modules.
  plugins: [
    testRunnerDisplayData,
    emulateMediaPlugin(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  // chrome-launcher finds the browser (CHROME_PATH, else an installed Chrome or Chromium).
  browsers: [chromeLauncher({ launchOptions: { args: chromeArgs } })],
  concurrency: 1,
  reporters: [reporter()],
  // A passing run prints results only: console.log is for debugging a test; a warning or
  // error that a test did not capture is still shown.
  filterBrowserLogs: ({ type }) => type === 'warn' || type === 'error',
  // No per-test time limit: every test's work is bounded, and on a loaded 2-core machine an
  // axe run or a first render can take many seconds. A hang still ends the run, at the
  // file's limit (testsFinishTimeout), with the test named.
  testFramework: { config: { timeout: 0 } },
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en-GB"><head><meta charset="utf-8"><title>port-case-viz tests</title></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
};
