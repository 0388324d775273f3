/**
 * Data text that holds bidirectional formatting characters is isolated, so it cannot
 * reorder the words around it. A U+202E (RIGHT-TO-LEFT OVERRIDE) left open in a
 * publisher's name runs on to the end of the paragraph: the graphic's own words after
 * it ("Source: …", "; ", the next source) are then drawn backwards.
 *
 * `isolateBidi()` closes what the text opens, drops closers that close nothing of its
 * own (a stray U+2069 would otherwise end the isolate early), and wraps the whole in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the same isolation `<bdi>` gives, but
 * carried by the text itself, so it holds everywhere data text goes (HTML, SVG, ARIA
 * labels, the table, the CSV) without wrapping each place in the templates.
 * Text without such characters is returned unchanged.
 */

const LRE = '\u202a';
const RLE = '\u202b';
const PDF = '\u202c';
const LRO = '\u202d';
const RLO = '\u202e';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

/** Explicit formatting characters, and the marks (LRM, RLM, ALM) that set the direction of what is next to them. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function isolateBidi(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  let out = '';
  /** What each opener still open needs to close it: PDF for an embedding or override, PDI for an isolate. */
  const open: string[] = [];
  for (const ch of text) {
    if (ch === LRE || ch === RLE || ch === LRO || ch === RLO) {
      open.push(PDF);
      out += ch;
    } else if (ch === LRI || ch === RLI || ch === FSI) {
      open.push(PDI);
      out += ch;
    } else if (ch === PDF) {
      // A PDF closes only an embedding opened since the last isolate (Unicode bidi algorithm, X7).
      if (open.at(-1) === PDF) out += open.pop();
    } else if (ch === PDI) {
      // A PDI closes its isolate and every embedding opened inside it (X6a); with none open it is dropped.
      if (open.includes(PDI)) {
        while (open.at(-1) === PDF) out += open.pop();
        out += open.pop();
      }
    } else {
      out += ch;
    }
  }
  return FSI + out + open.reverse().join('') + PDI;
}
