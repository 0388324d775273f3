// The browser for the puppeteer-driven scripts and tests (test/e2e, reserve-heights, bench),
// found the way @web/test-runner-chrome finds it for the unit tests: chrome-launcher, which
// honours CHROME_PATH and otherwise looks for an installed Chrome or Chromium.
import chromeLauncher from 'chrome-launcher';

export function findChrome() {
  let path;
  try {
    path = chromeLauncher.Launcher.getFirstInstallation();
  } catch {
    // chrome-launcher throws when it finds nothing on Linux; the line below says what to do.
  }
  if (path) return path;
  console.error('No Chrome or Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

/** Flags for a headless Chromium on a closed network, as root (CI runs as root). */
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
