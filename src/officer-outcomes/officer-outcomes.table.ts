/**
 * The table view and the CSV of <officer-outcomes>. Loaded with the table view, on a reader's
 * first press or in idle time after the graphic has rendered (officer-outcomes.table-loader.ts),
 * so it is not part of what a page downloads before the graphic renders.
 */
import { formatDate } from '../data/dates.js';
import type { OfficerInvestigation, Source } from '../data/types.js';
import type { DataTable } from '../shared/downloads.js';
import { officerOutcomesStrings as t } from './officer-outcomes.strings.js';
import { factText, quoteText, reinvestigatedLabel, statusText } from './officer-outcomes.text.js';

/** The table view and CSV: one row per group, then the subset facts and the re-investigation. */
export function officersTable(officers: OfficerInvestigation, sources: readonly Source[]): DataTable {
  const c = t.table;
  const rows: DataTable['rows'] = officers.groups.map((g) => [
    g.label,
    t.finding[g.finding],
    t.outcome[g.outcome],
    g.count,
    g.extras.map((x) => t.extra(x.count, g.count, x.label)).join(' ') || null,
    quoteText([...g.citations, ...g.extras.flatMap((x) => x.citations)], sources),
  ]);
  for (const f of officers.subsetFacts) {
    const scope =
      f.scope === null ? c.scope.unknown : f.scope === 'investigated' ? c.scope.investigated : t.finding[f.scope];
    rows.push([
      `${f.label.charAt(0).toUpperCase()}${f.label.slice(1)}`,
      scope,
      null,
      f.count,
      [factText(officers, f), f.scopeNote].filter(Boolean).join(' '),
      quoteText(f.citations, sources),
    ]);
  }
  const r = officers.reinvestigation;
  rows.push(
    [
      `${c.reinvestigation}: ${c.reinvestigated}`,
      null,
      null,
      r.officers,
      c.dates(formatDate(r.decided), formatDate(r.announced)),
      quoteText(r.citations, sources),
    ],
    [`${c.reinvestigation}: ${reinvestigatedLabel(officers, 'from-original')}`, null, null, r.fromOriginal, null, null],
    [
      `${c.reinvestigation}: ${reinvestigatedLabel(officers, 'new')}`,
      null,
      null,
      r.officers - r.fromOriginal,
      null,
      null,
    ],
    [
      `${c.reinvestigation}: ${c.status.toLowerCase()}`,
      null,
      null,
      null,
      [statusText(officers), r.note].filter(Boolean).join('. '),
      null,
    ],
  );
  return { caption: c.caption, columns: [...c.columns], rows };
}
