/**
 * One pager for every long sequence a graphic renders: the frame's table, and the lists
 * the elements draw (events, recommendations). Until issue #15 each had its own, with
 * its own thresholds (500 table rows, 300 events, 50 recommendations); now they share
 * these numbers and this maths, and differ only in how many pages they hold at once.
 *
 * The thresholds bound the DOM, not the story: a list a reader should see short on a
 * phone (highlights first, "Show all") is the element's design, drawn within them.
 */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * Up to this many items a table or list renders every one. Each is its own element of
 * some 15–30 nodes: at 10,000 timeline events that grew to 250,000 nodes and most of a
 * second (bench, scale section); a few hundred render in a frame on a mid-range phone.
 */
export const SHOW_ALL_UP_TO = 300;
/** Items a longer sequence renders at a time, and adds with each "Show the next" press. */
export const PAGE_SIZE = 100;
/**
 * Pages a growing list holds at most: "Show the next" past it drops the page furthest
 * from the reader, so paging on and on never builds up the whole list.
 */
export const PAGES_KEPT = 3;

/** The items rendered: indices `start` (inclusive) to `end` (exclusive). */
export interface PageWindow {
  start: number;
  end: number;
}

export interface PagerOptions {
  /** Items per page (default PAGE_SIZE). */
  page?: number;
  /** Up to this many items, all of them (default SHOW_ALL_UP_TO). */
  all?: number;
  /**
   * Pages held at once (default PAGES_KEPT). 1 makes each page replace the last (the
   * frame's table: previous and next); more makes "Show the next" add to what the reader
   * has (a list), dropping the far page past this many.
   */
  keep?: number;
}

/**
 * Which part of a sequence of `total` items to render. Up to `all` items, all of them.
 * Beyond, whole pages of `page` items: the first page to begin with; `current` kept
 * (clipped to `total`) while it holds `need`, the index of the item that must show
 * (the focused one, wherever a key, a deep link or a page button moved focus; -1 for
 * none); grown by a page when `need` is in the page next to it, so "Show the next" or
 * an arrow key past the edge adds to what the reader has, and then, past `keep` pages,
 * the page furthest from `need` is dropped; and moved to `need`'s page when it is
 * further (End, Home, a deep link), so nothing in between is rendered. A window wholly
 * past a shortened sequence starts again at the first page. Returns `current` itself
 * when nothing changes, so a caller can compare by identity.
 */
export function pageWindow(
  total: number,
  current: PageWindow | null,
  need = -1,
  options: PagerOptions = {},
): PageWindow {
  const size = Math.max(1, options.page ?? PAGE_SIZE);
  const all = options.all ?? SHOW_ALL_UP_TO;
  const most = size * Math.max(1, options.keep ?? PAGES_KEPT);
  if (total <= all) return current && current.start === 0 && current.end === total ? current : { start: 0, end: total };
  let start = current ? Math.min(current.start, total) : 0;
  let end = current ? Math.min(current.end, total) : 0;
  if (end <= start) {
    start = 0;
    end = Math.min(size, total);
  }
  if (need >= 0 && need < total) {
    if (need < start && need >= start - size) {
      start = Math.max(0, start - size);
      while (end - start > most) end -= end % size || size;
    } else if (need >= end && need < end + size) {
      end = Math.min(total, end + size);
      while (end - start > most) start += size;
    } else if (need < start || need >= end) {
      start = Math.floor(need / size) * size;
      end = Math.min(total, start + size);
    }
  }
  return current && current.start === start && current.end === end ? current : { start, end };
}

/** Whether a sequence of `total` items is paged at all (it then shows a pager line). */
export function isPaged(total: number, options: PagerOptions = {}): boolean {
  return total > (options.all ?? SHOW_ALL_UP_TO);
}

/** The words of one pager: what it says it shows, and its two buttons. */
export interface PagerText {
  /** "Rows 101 to 200 of 10,000": announced when a page button changes it. */
  range: (from: number, to: number, total: number) => string;
  next: (count: number) => string;
  previous: (count: number) => string;
}

export interface PagerParts {
  /** The line's part name (`table-pager`, `pager`). */
  line: string;
  /** The buttons' part names (`button table-page`, `more`). */
  button: string;
}

/**
 * The pager line under a paged sequence: which items it shows, of how many, as a status
 * region (a page button changes it, so it is announced once, and it stays true while it
 * stays on screen), with a button for each side that has more. `onPage(index)` asks
 * for the item at `index` to show: the first of the next page or of the previous one,
 * which pageWindow() turns into the new window. Nothing when the sequence is not paged.
 */
export function renderPager(
  window: PageWindow,
  total: number,
  text: PagerText,
  onPage: (index: number) => void,
  parts: PagerParts,
  options: PagerOptions = {},
): TemplateResult | typeof nothing {
  if (!isPaged(total, options)) return nothing;
  const size = Math.max(1, options.page ?? PAGE_SIZE);
  const { start, end } = window;
  const button = (index: number, label: string) =>
    html`<button type="button" part=${parts.button} @click=${() => onPage(index)}>${label}</button>`;
  return html`<p class="pager" part=${parts.line}>
    <span role="status">${text.range(start + 1, end, total)}.</span>
    ${start > 0 ? button(Math.max(0, start - size), text.previous(Math.min(size, start))) : nothing}
    ${end < total ? button(end, text.next(Math.min(size, total - end))) : nothing}
  </p>`;
}
