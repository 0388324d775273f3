/**
 * The recommendations' table builder (recommendation-status.table.ts), loaded with the table
 * view (FigureElement.tableCode). In the standalone file, the eager twin beside this one.
 */
import { tableCode } from '../shared/table-loader.js';
import type * as TableModule from './recommendation-status.table.js';

export const recommendationTableCode = tableCode<typeof TableModule>(() => import('./recommendation-status.table.js'));
