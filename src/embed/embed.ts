/**
 * The iframe embed page (demo/embed.html): renders one element at full width from
 * query parameters and reports the document height to the parent whenever it
 * changes, including when the iframe starts hidden in a tab and is shown later.
 */
import '../index.js';
import { heightMessages, parseEmbedQuery, srcOriginsOf } from './embed-options.js';

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
