/**
 * What changed between the file an editor opened and the one they will download, in plain
 * words, one line per change:
 * "HMICFRS recommendation 4: implementation not known → claimed done, as of
 * 2 March 2027, citing ITV News, “…”: “…”". Pure. Records in lists are matched by id, so an
 * added event is one line, not a shift of every event after it. The guided changes (status,
 * event, re-investigation, source) get a sentence of their own; any other change is said as
 * "where: old → new" with the field in words.
 */
import type { Citation, Dataset, Source } from '../../src/data/types.js';
import { formatDate, parseIsoDate } from '../../src/data/dates.js';
import { recommendationStatusStrings } from '../../src/recommendation-status/recommendation-status.strings.js';
import { caseTimelineStrings, eventDateText } from '../../src/case-timeline/case-timeline.strings.js';
import { pathWords, recommendationName, shorten, valueWords } from './editor-words.js';

type Node = Record<string, unknown>;
const isRecord = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const REINVESTIGATION_WORDS: Record<string, string> = {
  open: 'open',
  concluded: 'concluded',
  unknown: 'not known',
};

function statusWords(dimension: 'acceptance' | 'implementation', value: string): string {
  const labels: Record<string, string> = recommendationStatusStrings[dimension];
  return labels[value] ? lower(labels[value]) : value;
}

/** "ITV News, “Title”" for a source id, from whichever file has it. */
function sourceWords(id: string, ...datasets: Dataset[]): string {
  const source = datasets.flatMap((d) => d.sources).find((s) => s.id === id);
  if (!source) return `source “${id}”`;
  return source.publisher ? `${source.publisher}, “${shorten(source.title)}”` : `“${shorten(source.title)}”`;
}

function citationWords(citation: Citation, ...datasets: Dataset[]): string {
  return `${sourceWords(citation.source, ...datasets)}: “${shorten(citation.quote, 100)}”`;
}

/** Citations in `after` that `before` did not have, as "citing …". */
function newCitations(before: readonly Citation[], after: readonly Citation[], datasets: Dataset[]): string {
  const added = after.filter((c) => !before.some((b) => same(b, c)));
  return added.length ? `, citing ${added.map((c) => citationWords(c, ...datasets)).join('; and ')}` : '';
}

const asOfWords = (asOf: string | null) => (asOf ? `as of ${formatDate(asOf)}` : 'with no “as of” date');

function sourceLine(source: Source): string {
  const date = source.date && parseIsoDate(source.date) ? ` (${formatDate(source.date)})` : '';
  const by = source.publisher ? `${source.publisher}, ` : '';
  return `New source: ${by}“${shorten(source.title, 100)}”${date}${source.url ? `, ${source.url}` : ''}.`;
}

// ---- the generic walk: every leaf that changed --------------------------------------------

interface Leaf {
  path: string;
  before: unknown;
  after: unknown;
}

const hasIds = (list: unknown[]) => list.length > 0 && list.every((x) => isRecord(x) && typeof x.id === 'string');

/** Leaves that differ; lists of records with ids are matched by id (added and removed records are leaves). */
function leaves(before: unknown, after: unknown, path: string, out: Leaf[]): void {
  if (same(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    if (hasIds(before) || hasIds(after)) {
      const byId = new Map(before.map((x) => [(x as Node).id, x]));
      after.forEach((x, i) => {
        const old = byId.get((x as Node).id);
        const at = `${path}[${i}]`;
        if (old === undefined) out.push({ path: at, before: undefined, after: x });
        else leaves(old, x, at, out);
      });
      const ids = new Set(after.map((x) => (x as Node).id));
      before.forEach((x, i) => {
        if (!ids.has((x as Node).id)) out.push({ path: `${path}[${i}]`, before: x, after: undefined });
      });
      return;
    }
    out.push({ path, before, after });
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      leaves(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  out.push({ path, before, after });
}

// ---- the sentences ---------------------------------------------------------------------------

/** Every change from `before` to `after`, one plain sentence each; [] when nothing changed. */
export function diffWords(before: Dataset, after: Dataset): string[] {
  const lines: string[] = [];
  const both = [after, before];
  // Sections the guided changes speak for; the generic walk covers everything else.
  const handled = new Set<string>();

  // Sources added or removed (a changed source is said field by field below).
  const oldSources = new Set(before.sources.map((s) => s.id));
  const newSources = new Set(after.sources.map((s) => s.id));
  for (const s of after.sources) if (!oldSources.has(s.id)) lines.push(sourceLine(s));
  for (const s of before.sources)
    if (!newSources.has(s.id)) lines.push(`Source removed: ${sourceWords(s.id, before)}.`);

  // Recommendation statuses.
  for (const rec of after.recommendations) {
    const old = before.recommendations.find((r) => r.id === rec.id);
    const name = recommendationName(after, rec);
    if (!old) {
      lines.push(`New recommendation: ${name}.`);
      handled.add(`recommendations:${rec.id}`);
      continue;
    }
    for (const dimension of ['acceptance', 'implementation'] as const) {
      const a = old[dimension];
      const b = rec[dimension];
      if (same(a, b)) continue;
      handled.add(`recommendations:${rec.id}:${dimension}`);
      const value =
        a.value === b.value
          ? `${dimension} still ${statusWords(dimension, b.value)}`
          : `${dimension} ${statusWords(dimension, a.value)} → ${statusWords(dimension, b.value)}`;
      const note = !same(a.note, b.note) ? (b.note ? '; note rewritten' : '; note removed') : '';
      lines.push(`${name}: ${value}, ${asOfWords(b.asOf)}${newCitations(a.citations, b.citations, both)}${note}.`);
    }
  }

  // Events added or removed.
  const oldEvents = new Set(before.events.map((e) => e.id));
  for (const e of after.events) {
    if (oldEvents.has(e.id)) continue;
    handled.add(`events:${e.id}`);
    const extra = e as typeof e & { shortTitle?: string; key?: boolean };
    const precision = parseIsoDate(e.date)?.precision;
    const flags = [
      extra.key ? 'key event' : '',
      extra.shortTitle ? `short title “${extra.shortTitle}”` : '',
      e.note ? 'with a note' : '',
    ].filter(Boolean);
    lines.push(
      `New event: “${shorten(e.title, 100)}”, ${eventDateText(e)}${precision ? ` (to the ${precision})` : ''}, ` +
        `${lower(caseTimelineStrings.categories[e.category] ?? e.category)}${flags.length ? `, ${flags.join(', ')}` : ''}` +
        `${newCitations([], e.citations, both)}.`,
    );
  }
  const newEvents = new Set(after.events.map((e) => e.id));
  for (const e of before.events)
    if (!newEvents.has(e.id)) lines.push(`Event removed: “${shorten(e.title, 100)}”, ${eventDateText(e)}.`);

  // The re-investigation.
  const ra = before.officers.reinvestigation;
  const rb = after.officers.reinvestigation;
  const statusFields = ['status', 'outcome', 'statusAsOf', 'citations', 'note'] as const;
  if (statusFields.some((f) => !same(ra[f], rb[f]))) {
    handled.add('officers.reinvestigation');
    const status =
      ra.status === rb.status
        ? `still ${REINVESTIGATION_WORDS[rb.status] ?? rb.status}`
        : `${REINVESTIGATION_WORDS[ra.status] ?? ra.status} → ${REINVESTIGATION_WORDS[rb.status] ?? rb.status}`;
    const outcome = !same(ra.outcome, rb.outcome)
      ? rb.outcome
        ? `; outcome: “${shorten(rb.outcome, 160)}”`
        : '; outcome cleared'
      : '';
    const note = !same(ra.note, rb.note) ? (rb.note ? '; note rewritten' : '; note removed') : '';
    lines.push(
      `Re-investigation of officers: ${status}, as of ${formatDate(rb.statusAsOf)}${outcome}` +
        `${newCitations(ra.citations, rb.citations, both)}${note}.`,
    );
  }

  // Everything else, field by field.
  const rest: Leaf[] = [];
  leaves(before, after, '', rest);
  for (const leaf of rest) {
    if (isHandled(leaf.path, before, after, handled)) continue;
    const where = pathWords(leaf.path, leaf.after === undefined ? before : after);
    const field = leaf.path
      .split('.')
      .pop()!
      .replace(/\[\d+\]$/, '');
    if (leaf.before === undefined) lines.push(`${where}: added${addedValue(leaf.after, field)}.`);
    else if (leaf.after === undefined) lines.push(`${where}: removed (was ${valueWords(leaf.before, field)}).`);
    else lines.push(`${where}: ${valueWords(leaf.before, field)} → ${valueWords(leaf.after, field)}.`);
  }
  return lines;
}

const addedValue = (value: unknown, field: string) =>
  isRecord(value) || Array.isArray(value) ? '' : ` (${valueWords(value, field)})`;

/** Whether a leaf is already said by one of the sentences above. */
function isHandled(path: string, before: Dataset, after: Dataset, handled: Set<string>): boolean {
  if (/^sources\[\d+\]$/.test(path)) return true; // added or removed source: said above
  if (path.startsWith('officers.reinvestigation.') && handled.has('officers.reinvestigation')) {
    const field = path.slice('officers.reinvestigation.'.length).split(/[.[]/)[0]!;
    return ['status', 'outcome', 'statusAsOf', 'citations', 'note'].includes(field);
  }
  const rec = /^recommendations\[(\d+)\](?:\.(acceptance|implementation))?/.exec(path);
  if (rec) {
    const id = (after.recommendations[Number(rec[1])] ?? before.recommendations[Number(rec[1])])?.id;
    if (handled.has(`recommendations:${id}`)) return true;
    if (rec[2] && handled.has(`recommendations:${id}:${rec[2]}`)) return true;
  }
  const event = /^events\[(\d+)\]$/.exec(path);
  if (event) return true; // added or removed event: said above
  return false;
}
