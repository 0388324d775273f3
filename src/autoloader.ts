/**
 * The autoloader entry of the script-tag build (dist/cdn/autoloader.js): include it once,
 * and each element's module is fetched the first time its tag appears in the page, then or
 * later (as Shoelace's autoloader does). A page with one graphic then downloads that
 * graphic's files only, whichever tags its editors use.
 */
const modules: Record<string, () => Promise<unknown>> = {
  'case-timeline': () => import('./case-timeline/case-timeline.js'),
  'officer-outcomes': () => import('./officer-outcomes/officer-outcomes.js'),
  'recommendation-status': () => import('./recommendation-status/recommendation-status.js'),
};
const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  modules[tag]!().catch((error: unknown) => {
    requested.delete(tag); // a later appearance of the tag tries again
    console.error(`port-case-viz: the module of <${tag}> could not be loaded (${String(error)}).`);
  });
}

/** Loads the module of every element under `root` that is not defined yet (a document, or an open shadow root). */
export function discover(root: ParentNode): void {
  if (root instanceof Element && root.localName in modules) load(root.localName);
  for (const tag of Object.keys(modules)) if (root.querySelector(`${tag}:not(:defined)`)) load(tag);
}

new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
discover(document);
