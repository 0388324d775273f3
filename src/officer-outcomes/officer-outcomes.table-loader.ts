/**
 * The officers' table builder (officer-outcomes.table.ts), loaded with the table view
 * (FigureElement.tableCode). In the standalone file, the eager twin beside this one.
 */
import { tableCode } from '../shared/table-loader.js';
import type * as TableModule from './officer-outcomes.table.js';

export const officersTableCode = tableCode<typeof TableModule>(() => import('./officer-outcomes.table.js'));
