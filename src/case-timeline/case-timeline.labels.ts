/**
 * Chart labels: an editor's short label wrapped to two lines (never cut), its width, and the
 * test that keeps a label clear of every other label, mark and leader line. Pure: tests call
 * it directly. Where a label may go is the layout's choice (chartLayout).
 */

/**
 * Labels are drawn at 12 px; 7.2 px a character is wider than the average glyph of the wide
 * sans-serifs (DejaVu Sans, Verdana) there, and bold takes 10% more.
 */
export const LABEL_FONT_SIZE = 12;
export const CHAR_WIDTH = 7.2;
export const BOLD = 1.1;
/** One line of label text, px. */
export const LINE_HEIGHT = 14;

/**
 * `text` on at most two lines, as even as the words allow (a single word longer than the
 * line stays whole: a label is never cut). Text of `max` characters or fewer stays on one line.
 */
export function wrapLabel(text: string, max = 16): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || text.length <= max) return [words.join(' ')];
  let best: string[] = [words.join(' ')];
  let bestLongest = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const longest = Math.max(lines[0]!.length, lines[1]!.length);
    if (longest < bestLongest) {
      best = lines;
      bestLongest = longest;
    }
  }
  return best;
}

/**
 * The width (px) of a line of label text, estimated per character class: capitals and m/w
 * are wide, i/l/t/punctuation narrow. An overestimate for the common sans-serifs, so a
 * label placed at the edge is never clipped.
 */
export function textWidth(line: string, strong = false): number {
  let w = 0;
  for (const ch of line) {
    if (/[MWmw]/.test(ch)) w += 10.5;
    else if (/[A-Z0-9]/.test(ch)) w += 8.6;
    else if (/[ijlt.,:;’'!|\s()f]/.test(ch)) w += 4.2;
    else w += CHAR_WIDTH;
  }
  return w * (strong ? BOLD : 1);
}

/** Measures a line of label text (px): the element passes the browser's own measure; tests and tools the estimate. */
export type MeasureText = (line: string, strong: boolean) => number;

/**
 * The width (px) a label's lines take, with 8 px to spare: 2 before the text, and room for
 * SVG text drawn a few px wider than a canvas measures it (Chromium, system-ui).
 */
export function labelWidth(lines: readonly string[], strong = false, measure: MeasureText = textWidth): number {
  return Math.ceil(Math.max(...lines.map((l) => measure(l, strong)))) + 8;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something drawn in a lane: a mark's target, a precision line, a leader, or (`label`) a label's text. */
export interface Taken extends Box {
  label?: boolean;
}

/** Px between a label and another label (either way: two labels never read as one), and between anything else. */
export const LABEL_GAP = 6;
export const GAP = 2;

/** True when two boxes overlap (touching edges do not). */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `box` (a label's text, unless `label` is false) keeps its distance from everything taken. */
export function isFree(box: Box, taken: readonly Taken[], label = true): boolean {
  for (const t of taken) {
    const g = label && t.label ? LABEL_GAP : GAP;
    if (
      box.x - g < t.x + t.width &&
      t.x < box.x + box.width + g &&
      box.y - g < t.y + t.height &&
      t.y < box.y + box.height + g
    )
      return false;
  }
  return true;
}
