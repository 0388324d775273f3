// A test-runner command that emulates CSS media features through the DevTools protocol
// (Emulation.setEmulatedMedia), for features @web/test-runner-commands' emulateMedia()
// drops on Chromium: `forced-colors` above all, with `prefers-color-scheme` and a media
// type (`print`) in the same call, since each call replaces what the last one set.
// Browser side: `emulateMediaFeatures()` in test/helpers.ts.
const sessions = new WeakMap();

export function emulateMediaPlugin() {
  return {
    name: 'pcv-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pcv-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('pcv-emulate-media needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
      return true;
    },
  };
}
