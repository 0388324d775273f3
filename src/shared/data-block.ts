/**
 * Script types a browser runs (HTML's list of JavaScript MIME types, `module`, and the
 * special types): such a child is a script of the page, not data for the graphic.
 */
const RUN_BY_BROWSER = /^(|module|importmap|speculationrules|\w+\/(x-)?(java|ecma|j|live)script[\d.]*)$/;

/**
 * The element's first `<script>` child that the browser does not run: a data block, which
 * the page means as the graphic's data whatever its type says (page-data.ts reads it, and
 * refuses a type that is not JSON). Here, in the shared chunk, because it decides whether an
 * element draws the bundled data at all.
 */
export function dataBlock(host: HTMLElement): HTMLScriptElement | null {
  for (const child of host.children) {
    if (!(child instanceof HTMLScriptElement)) continue;
    const essence = (child.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!RUN_BY_BROWSER.test(essence)) return child;
  }
  return null;
}

/**
 * Whether the page gives `host` data of its own: the `data` property, a `src`, or a data
 * block among its children. If not, it draws the bundled data, which needs no reader.
 */
export function givesOwnData(host: HTMLElement & { data: unknown; src: string | null }): boolean {
  return (host.data !== undefined && host.data !== null) || host.src !== null || dataBlock(host) !== null;
}
