/**
 * Chart labels: an editor's short label wrapped to two lines (never cut), and greedy
 * placement in rows of text lines so that no two labels, and no label and leader line,
 * overlap. Pure: tests call it directly.
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

export interface LabelRequest {
  id: string;
  lines: string[];
  /** Where the leader leaves the mark (x, px). */
  anchor: number;
  /** Set bold (wider). */
  strong?: boolean;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  /** Left edge and width of the box (px, chart coordinates). */
  x: number;
  width: number;
  /** The first text-line row the box takes (0 nearest the marks). */
  row: number;
  anchor: number;
}

/**
 * Places labels in `rows` rows of text lines (row 0 is next to the marks), in the order
 * given (so the caller's priority decides who gets room first). A label starts at its
 * anchor and runs right, or else ends at it (moved in at the edges); it takes the first row where its
 * box and its leader's path through the rows between it and the marks are free, with
 * `gap` px to spare either side and a free line under it (two labels never read as one).
 * Given right to left, close marks stack as a staircase: a leader from an earlier mark
 * down to a lower row passes left of the labels already placed for later ones. Occupancy is a bitmap of pixel columns per row, so a
 * check costs at most the label's width. A label that fits nowhere is left off.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  rows: number,
  gap = 6,
  measure: MeasureText = textWidth,
): { labels: PlacedLabel[]; rowsUsed: number } {
  const w = Math.max(1, Math.floor(width));
  const grid = Array.from({ length: rows }, () => new Uint8Array(w + 1));
  const free = (row: Uint8Array, a: number, b: number) => {
    for (let i = Math.max(0, a); i <= Math.min(w, b); i++) if (row[i]) return false;
    return true;
  };
  const take = (row: Uint8Array, a: number, b: number) => row.fill(1, Math.max(0, Math.floor(a)), Math.min(w, b) + 1);
  const labels: PlacedLabel[] = [];
  let rowsUsed = 0;
  for (const request of requests) {
    const boxWidth = labelWidth(request.lines, request.strong, measure);
    if (boxWidth > w) continue;
    const anchor = Math.round(request.anchor);
    // Running right from the anchor, else left from it (moved in at the chart's edges).
    const lefts = [
      Math.round(Math.min(Math.max(0, anchor - 2), w - boxWidth)),
      Math.round(Math.min(Math.max(0, anchor + 2 - boxWidth), w - boxWidth)),
    ];
    const height = request.lines.length;
    // Every row running right first (close marks then stack as a staircase), then every row running left.
    search: for (const left of lefts)
      for (let row = 0; row + height <= rows; row++) {
        const path = grid.slice(0, row);
        if (!path.every((r) => free(r, anchor - 1, anchor + 1))) continue;
        // The box and the lines above and under it must be free (two labels never read as one); the box alone is taken.
        const clear = grid.slice(Math.max(0, row - 1), row + height + 1);
        if (!clear.every((r) => free(r, left - gap, left + boxWidth + gap))) continue;
        for (const r of grid.slice(row, row + height)) take(r, left, left + boxWidth);
        for (const r of path) take(r, anchor - 1, anchor + 1);
        labels.push({ id: request.id, lines: request.lines, x: left, width: boxWidth, row, anchor });
        rowsUsed = Math.max(rowsUsed, row + height);
        break search;
      }
  }
  return { labels, rowsUsed };
}

/** True when two boxes overlap (touching edges do not). */
export function boxesIntersect(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
