/**
 * The table view and the CSV of <recommendation-status>: one row per recommendation or
 * concern with a text, and one row per body and status for those without one ("18, texts
 * not published by the issuing body"), never a row per placeholder. Built only when a
 * reader opens the table or downloads it.
 */
import { formatDate } from '../data/dates.js';
import type { Citation, IsoDate, Recommendation, Source } from '../data/types.js';
import type { DataTable } from '../shared/downloads.js';
import { citedNames } from '../shared/citations.js';
import { madeText, type SetModel } from './recommendation-status.model.js';
import { recommendationStatusStrings as t } from './recommendation-status.strings.js';

type Cell = string | number | null;

/** The one value every member shares, or null where they differ. */
function shared<T>(values: Iterable<T>): T | null {
  let first: T | null = null;
  let seen = false;
  for (const v of values) {
    if (!seen) [first, seen] = [v, true];
    else if (v !== first) return null;
  }
  return first;
}

const date = (d: IsoDate | null) => (d === null ? null : formatDate(d));

function citations(rec: Recommendation): Citation[] {
  return [...rec.citations, ...rec.acceptance.citations, ...rec.implementation.citations];
}

export function recommendationTable(
  sets: readonly SetModel[],
  all: readonly Recommendation[],
  sources: readonly Source[],
): DataTable {
  const textless = new Map<string, Recommendation[]>();
  for (const rec of all) {
    if (rec.text !== null) continue;
    let list = textless.get(rec.set);
    if (!list) textless.set(rec.set, (list = []));
    list.push(rec);
  }
  const rows: Cell[][] = [];
  for (const s of sets) {
    const made = madeText(s.set);
    for (const rec of s.texts)
      rows.push([
        s.set.body,
        rec.number,
        1,
        rec.text,
        rec.theme,
        rec.owner,
        made,
        t.acceptance[rec.acceptance.value],
        date(rec.acceptance.asOf),
        t.implementation[rec.implementation.value],
        date(rec.implementation.asOf),
        citedNames(citations(rec), sources).join('; '),
      ]);
    // Those without a text, one row per status they share (the unlisted ones: not known).
    const groups = new Map<string, Recommendation[]>();
    for (const rec of textless.get(s.set.id) ?? []) {
      const key = `${rec.acceptance.value}|${rec.implementation.value}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(rec);
    }
    const unknownKey = 'unknown|unknown';
    if (s.unlisted && !groups.has(unknownKey)) groups.set(unknownKey, []);
    for (const [key, group] of groups) {
      const [acceptance, implementation] = key.split('|') as [
        Recommendation['acceptance']['value'],
        Recommendation['implementation']['value'],
      ];
      const n = group.length + (key === unknownKey ? s.unlisted : 0);
      // An unlisted one has no theme, owner or date: a shared value must hold for them too.
      const members = key === unknownKey && s.unlisted ? [...group, null] : group;
      const quotes = group.flatMap(citations);
      rows.push([
        s.set.body,
        null,
        n,
        t.tableMissing[s.reason](n),
        shared(members.map((r) => r?.theme ?? null)),
        shared(members.map((r) => r?.owner ?? null)),
        made,
        t.acceptance[acceptance],
        date(shared(members.map((r) => r?.acceptance.asOf ?? null))),
        t.implementation[implementation],
        date(shared(members.map((r) => r?.implementation.asOf ?? null))),
        citedNames(quotes.length ? quotes : s.set.citations, sources).join('; '),
      ]);
    }
  }
  return { caption: t.tableCaption, columns: [...t.tableColumns], rows };
}
