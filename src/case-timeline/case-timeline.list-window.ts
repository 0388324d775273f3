/**
 * Windowing for a long list: up to ONE_BY_ONE events every one is rendered; beyond, the
 * list shows LIST_PAGE at a time around the focused event. Pure: tests call it directly.
 */

/**
 * Up to this many events shown, each is its own element. Beyond it that grew to 250,000
 * nodes and most of a second at 10,000 events (bench, scale section), so the list pages.
 */
export const ONE_BY_ONE = 300;
/** Events a long list shows at a time, and adds with each "Show the next" press. */
export const LIST_PAGE = 100;
/** Pages a long list holds at most: "Show the next" past it drops the far page. */
export const LIST_PAGES_KEPT = 3;

/** The events a list renders: indices `start` (inclusive) to `end` (exclusive) of the items. */
export interface ListWindow {
  start: number;
  end: number;
}

/**
 * Which part of a list of `total` events to render. Up to `all` events, all of them.
 * Beyond, whole pages of `page` events: the first page to begin with; `current` kept
 * (clipped to `total`) while it holds `need`, the index of the event that must show
 * (the focused one, wherever a key, a deep link or a page button moved focus; -1 for
 * none); grown by a page when `need` is in the page next to it, so "Show the next" or
 * an arrow key past the edge adds to what the reader has, and then, past `maxPages`
 * pages, the page furthest from `need` is dropped, so paging on and on never builds up
 * the whole list; and moved to `need`'s page when it is further (End, Home, a deep
 * link), so the list never renders everything in between. Returns `current` itself
 * when nothing changes.
 */
export function listWindow(
  total: number,
  current: ListWindow | null,
  need = -1,
  page = LIST_PAGE,
  all = ONE_BY_ONE,
  maxPages = LIST_PAGES_KEPT,
): ListWindow {
  const size = Math.max(1, page);
  const most = size * Math.max(1, maxPages);
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
