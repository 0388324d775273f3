/**
 * A title from the dataset's `labels` (types.ts, CaseLabels), read defensively: validate()
 * does not check `labels` yet, so anything that is not a non-empty string is ignored rather
 * than drawn. TODO(lead, after #12 and #13 merge): add `labels` to validate() (each an
 * optional text of at most 200 characters) and make sure its validated copy keeps it.
 */
import type { CaseLabels } from './types.js';

export function caseLabel(data: unknown, key: keyof CaseLabels): string | null {
  const labels = typeof data === 'object' && data !== null ? (data as { labels?: unknown }).labels : undefined;
  const value = typeof labels === 'object' && labels !== null ? (labels as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : null;
}
