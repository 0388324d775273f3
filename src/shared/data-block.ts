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
