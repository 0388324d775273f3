/**
 * table-loader.ts for the standalone file (vite.config.ts, eagerTableView): that build is
 * one file, so the table view is in it whatever the loader does; imported statically here
 * it is simply there, with none of the wrapping a bundler adds to start an inlined
 * import() later (0.8 KB gzip, measured). The same exports, checked against the lazy loader.
 */
import * as tableView from './table-view.js';
import type * as Lazy from './table-loader.js';

export type TableView = Lazy.TableView;

export const tableViewSource: typeof Lazy.tableViewSource = { load: () => Promise.resolve(tableView) };

export const loadedTableView: typeof Lazy.loadedTableView = () => tableView;

export const loadTableView: typeof Lazy.loadTableView = () => Promise.resolve(tableView);

export const preloadTableView: typeof Lazy.preloadTableView = () => undefined;
