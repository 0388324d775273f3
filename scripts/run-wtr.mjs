// Runs @web/test-runner after making sure a browser exists (see find-chrome.mjs),
// so `npm test` works on a fresh Debian machine with nothing but Node installed.
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

const chrome = findChrome();
const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
