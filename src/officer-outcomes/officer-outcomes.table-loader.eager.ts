/**
 * officer-outcomes.table-loader.ts for the standalone file (vite.config.ts, eagerInOneFile):
 * one file holds the table builder anyway, so it is imported statically. The same exports.
 */
import * as table from './officer-outcomes.table.js';
import type * as Lazy from './officer-outcomes.table-loader.js';

export const officersTableCode: typeof Lazy.officersTableCode = { loaded: table, load: () => Promise.resolve(table) };
