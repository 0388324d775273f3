/**
 * recommendation-status.table-loader.ts for the standalone file (vite.config.ts,
 * eagerInOneFile): one file holds the table builder anyway, so it is imported statically.
 */
import * as table from './recommendation-status.table.js';
import type * as Lazy from './recommendation-status.table-loader.js';

export const recommendationTableCode: typeof Lazy.recommendationTableCode = {
  loaded: table,
  load: () => Promise.resolve(table),
};
