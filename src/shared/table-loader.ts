/**
 * The table view and downloads (table-view.ts), loaded the first time a reader presses
 * "Show as table", "CSV" or "JSON", or in idle time after a graphic has rendered so that
 * press is instant. Most readers never press them, so they are not part of what a page
 * downloads before its graphic renders: in the script-tag build they are a chunk of their
 * own, fetched by this import(). One load per page, shared by every element.
 */
import type * as TableViewModule from './table-view.js';
import { loadOnce } from '../data/load-once.js';

export type TableView = typeof TableViewModule;

let loaded: TableView | null = null;
let preloadScheduled = false;

/**
 * Where the module comes from. Only tests replace `load` (a slow or failing network);
 * the cache below means it is called again only after a failure.
 */
export const tableViewSource = { load: (): Promise<TableView> => import('./table-view.js') };

/** The table view if it has loaded, else null: once loaded, every press acts at once. */
export function loadedTableView(): TableView | null {
  return loaded;
}

export const loadTableView: () => Promise<TableView> = loadOnce(() =>
  tableViewSource.load().then((module) => (loaded = module)),
);

/**
 * Loads the table view when the page is next idle (once per page), so a reader's first
 * press does not wait for the network. A failure here says nothing: the press that needs
 * the module tries again and reports it then.
 */
export function preloadTableView(): void {
  if (preloadScheduled || loaded) return;
  preloadScheduled = true;
  const load = () => void loadTableView().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 200);
}
