/**
 * A title from the dataset's `labels` (types.ts, CaseLabels). validate() checks and copies
 * `labels`; a blank one is treated as absent, so the built-in title shows instead.
 */
import type { CaseLabels } from './types.js';

export function caseLabel(data: unknown, key: keyof CaseLabels): string | null {
  const labels = typeof data === 'object' && data !== null ? (data as { labels?: unknown }).labels : undefined;
  const value = typeof labels === 'object' && labels !== null ? (labels as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : null;
}
