/**
 * The iframe embed page (demo/embed.html): renders one element at full width from
 * query parameters and reports the document height to the parent whenever it
 * changes, including when the iframe starts hidden in a tab and is shown later.
 */
import { heightMessages, parseEmbedQuery, srcOriginsOf, type EmbedView } from './embed-options.js';

/** Only the module of the graphic shown: an iframe reader downloads that graphic alone. */
const modules = new Map<EmbedView, () => Promise<unknown>>([
  ['case-timeline', () => import('../case-timeline/case-timeline.js')],
  ['officer-outcomes', () => import('../officer-outcomes/officer-outcomes.js')],
  ['recommendation-status', () => import('../recommendation-status/recommendation-status.js')],
]);

// Other origins `src` may name: written into the page at build time (scripts/embed-csp.mjs).
const srcOrigins = srcOriginsOf(document.querySelector('meta[name="pcv-src-origins"]')?.getAttribute('content'));
const request = parseEmbedQuery(location.search, { page: location.href, srcOrigins });
const main = document.querySelector('main')!;

if ('error' in request) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = request.error;
  main.append(message);
  console.error(`port-case-viz embed: ${request.error}`);
} else {
  const element = document.createElement(request.view);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  main.append(element);
  modules.get(request.view)!().catch((error: unknown) =>
    console.error(`port-case-viz embed: the graphic could not be loaded (${String(error)}).`),
  );
}

let lastHeight = -1;
function reportHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || parent === window) return;
  lastHeight = height;
  // The height is not secret and the parent's origin is unknown to a CMS embed: '*'.
  for (const message of heightMessages(height, 'error' in request ? null : request.pymId)) {
    parent.postMessage(message, '*');
  }
}

new ResizeObserver(reportHeight).observe(document.documentElement);
addEventListener('load', reportHeight);
