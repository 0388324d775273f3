import { holdReservedHeights } from './render-when-needed.js';

/**
 * Registers a custom element once. A second definition of the same tag (the script
 * included twice in one page, or the script-tag bundle beside the npm build) would
 * throw a DOMException from customElements.define and break the page: skip it with
 * one warning instead.
 */
export function safeDefine(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    // The page's `:not(:defined)` height stops applying now; keep it until the element renders.
    holdReservedHeights(tag);
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`port-case-viz: <${tag}> is already defined on this page; the second copy of the script was skipped.`);
  }
}
