/**
 * The table view and downloads (table-view.ts), loaded the first time a reader presses
 * "Show as table", "CSV" or "JSON", or in idle time after a graphic has rendered so that
 * press is instant. Most readers never press them, so they are not part of what a page
 * downloads before its graphic renders: in the script-tag build they are a chunk of their
 * own, fetched by this import(). One load per page, shared by every element.
 */
import type * as TableViewModule from './table-view.js';

export type TableView = typeof TableViewModule;

let loaded: TableView | null = null;
let loading: Promise<TableView> | null = null;
/** What preloadTableView has scheduled: null for the table view alone, else a graphic's table code. */
const preloads = new Set<TableCode<unknown> | null>();

/**
 * Where the module comes from. Only tests replace `load` (a slow or failing network);
 * the cache below means it is called again only after a failure.
 */
export const tableViewSource = { load: (): Promise<TableView> => import('./table-view.js') };

/** The table view if it has loaded, else null: once loaded, every press acts at once. */
export function loadedTableView(): TableView | null {
  return loaded;
}

export function loadTableView(): Promise<TableView> {
  loading ??= tableViewSource.load().then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // let a later press try again (a network blip)
      throw error;
    },
  );
  return loading;
}

/**
 * Loads the table view when the page is next idle (once per page), with a graphic's own
 * table code when it has some (once per page each), so a reader's first press does not wait
 * for the network. A failure here says nothing: the press that needs the module tries again
 * and reports it then.
 */
export function preloadTableView(code: TableCode<unknown> | null = null): void {
  if (preloads.has(code) || (loaded && (!code || code.loaded))) return;
  preloads.add(code);
  const load = () => void Promise.all([loadTableView(), code?.load()]).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 200);
}

/**
 * A graphic's own code for its table and CSV (its table builder): loaded with the table view,
 * on a reader's first press or in idle time after the graphic has rendered, never before it
 * (FigureElement.tableCode). Once per page, tried again after a failure. Each graphic wraps its
 * import() in one (officer-outcomes.table-loader.ts), with an eager twin for the standalone file.
 */
export interface TableCode<M> {
  /** The module once it has loaded, else null. */
  loaded: M | null;
  load(): Promise<M>;
}

export function tableCode<M>(source: () => Promise<M>): TableCode<M> {
  let loading: Promise<M> | null = null;
  const code: TableCode<M> = {
    loaded: null,
    load: () =>
      (loading ??= source().then(
        (module) => (code.loaded = module),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
  };
  return code;
}
