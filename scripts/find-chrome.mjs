// Finds a Chrome or Chromium for the tests. Order: $CHROME_PATH, the usual install
// locations, then (only as root on Debian, as on CI) Debian's `chromium` package.
// Playwright/Puppeteer browser downloads are not used: they cannot reach their hosts here.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome({ install = true } = {}) {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    fail(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chrome or Chromium found: installing Debian\'s "chromium" package with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  fail('No Chrome or Chromium found: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH.');
}

function fail(line) {
  console.error(line);
  process.exit(1);
}

/** Flags for a headless Chromium on a closed network, as root. */
export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
