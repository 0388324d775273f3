/**
 * The desk's guided changes: what an editor fills in on a form, turned into a new dataset.
 * Pure: the dataset given is never changed; each change returns a changed copy that
 * validate() accepts, or the reasons it was refused, each naming the form field to fix.
 *
 * The rules an editor most often trips on are checked here first, in their words (a quote
 * over 40 words, a citation with no source, a date in the wrong form); validate() then
 * checks the whole result, so no form can write a file the graphics would refuse.
 */
import type {
  Acceptance,
  Citation,
  Dataset,
  EventCategory,
  Implementation,
  Reinvestigation,
  Source,
  SourceKind,
  TimelineEvent,
} from '../../src/data/types.js';
import {
  ACCEPTANCE,
  EVENT_CATEGORIES,
  IMPLEMENTATION,
  REINVESTIGATION_STATUS,
  SOURCE_KINDS,
  isSafeUrl,
  validate,
} from '../../src/data/validate.js';
import { parseIsoDate } from '../../src/data/dates.js';
import { pathWords } from './editor-words.js';

/** The most words a quote may have (data/README.md; validate() holds the same limit). */
export const MAX_QUOTE_WORDS = 40;

/** A form field that must change, and why. `field` is the form control's name. */
export interface Refusal {
  field: string;
  message: string;
}

export type ChangeResult = { ok: true; dataset: Dataset; id: string } | { ok: false; refusals: Refusal[] };

export interface NewSourceInput {
  kind: string;
  publisher: string;
  title: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; empty when the source gives none. */
  date: string;
  url: string;
}

export interface CitationInput {
  /** The id of a source already in the file, or '' to add `newSource`. */
  source: string;
  quote: string;
  newSource?: NewSourceInput;
}

// ---- shared rules -------------------------------------------------------------------

const words = (text: string) => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);

function checkDate(field: string, value: string, what: string, refusals: Refusal[], required = true): void {
  if (value.trim() === '') {
    if (required) refusals.push({ field, message: `Give ${what}, as YYYY-MM-DD, YYYY-MM or YYYY.` });
    return;
  }
  if (!parseIsoDate(value.trim()))
    refusals.push({
      field,
      message: `“${value.trim()}” is not a date: write ${what} as YYYY-MM-DD (day), YYYY-MM (month) or YYYY (year), only as precisely as the source gives it.`,
    });
}

function checkText(field: string, value: string, what: string, max: number, refusals: Refusal[]): void {
  if (value.trim() === '') refusals.push({ field, message: `Write ${what}.` });
  else if (value.trim().length > max)
    refusals.push({ field, message: `${capital(what)} is ${value.trim().length} characters; the most is ${max}.` });
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A kebab-case id from text, not yet used in `taken`: "ITV News, 2 March" → "itv-news-2-march". */
export function newId(text: string, taken: ReadonlySet<string>): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'record';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Checks a citation and, when it names a new source, builds that source. Adds refusals for
 * the quote (empty, over 40 words) and the source (none, unknown, new without title or web
 * address). Returns what to write, or null when refused.
 */
function citationFrom(
  dataset: Dataset,
  input: CitationInput,
  refusals: Refusal[],
): { citation: Citation; source: Source | null } | null {
  const before = refusals.length;
  const quote = input.quote.trim();
  const n = words(quote);
  if (n === 0)
    refusals.push({ field: 'quote', message: 'Add the quote: the words of the source that support this change.' });
  else if (n > MAX_QUOTE_WORDS)
    refusals.push({
      field: 'quote',
      message: `The quote has ${n} words; a quote may have at most ${MAX_QUOTE_WORDS}. Keep the words that support this change and mark each cut with “…”.`,
    });
  else if (quote.length > 400)
    refusals.push({ field: 'quote', message: `The quote is ${quote.length} characters; the most is 400.` });

  let source: Source | null = null;
  let sourceId = input.source.trim();
  if (sourceId !== '') {
    if (!dataset.sources.some((s) => s.id === sourceId))
      refusals.push({ field: 'source', message: `No source in the file has the id “${sourceId}”.` });
  } else {
    const fresh = input.newSource;
    if (!fresh || (fresh.title.trim() === '' && fresh.url.trim() === '')) {
      refusals.push({
        field: 'source',
        message:
          'A citation needs a source: choose one already in the file, or add a new source with its title and web address.',
      });
    } else {
      checkText('source-title', fresh.title, 'the title of the source', 400, refusals);
      if (fresh.url.trim() === '')
        refusals.push({ field: 'source-url', message: 'Give the web address of the source, so readers can check it.' });
      else if (!isSafeUrl(fresh.url.trim()))
        refusals.push({
          field: 'source-url',
          message: `“${fresh.url.trim().slice(0, 60)}” is not a web address: it must start with https:// or http://.`,
        });
      checkDate('source-date', fresh.date, 'the date the source was published', refusals, false);
      if (!(SOURCE_KINDS as readonly string[]).includes(fresh.kind))
        refusals.push({ field: 'source-kind', message: `Choose the kind of source (${SOURCE_KINDS.join(', ')}).` });
      if (fresh.publisher.trim().length > 200)
        refusals.push({ field: 'source-publisher', message: 'The publisher is longer than 200 characters.' });
      if (refusals.length === before) {
        const publisher = fresh.publisher.trim();
        sourceId = newId(
          `${publisher || fresh.title.trim().split(/\s+/).slice(0, 4).join(' ')} ${fresh.date.trim()}`,
          new Set(dataset.sources.map((s) => s.id)),
        );
        source = {
          id: sourceId,
          kind: fresh.kind as SourceKind,
          publisher: publisher || null,
          title: fresh.title.trim(),
          date: fresh.date.trim() || null,
          url: fresh.url.trim(),
        };
      }
    }
  }
  if (refusals.length > before) return null;
  return { citation: { source: sourceId, quote }, source };
}

/** The last check: the whole changed dataset through validate(), its problems as refusals. */
function finish(dataset: Dataset, id: string, refusals: Refusal[]): ChangeResult {
  if (refusals.length) return { ok: false, refusals };
  const result = validate(dataset);
  if (!result.ok)
    return {
      ok: false,
      refusals: result.problems.map((p) => ({ field: '', message: `${pathWords(p.path, dataset)}: ${p.message}` })),
    };
  return { ok: true, dataset, id };
}

// ---- 1. a recommendation's status ------------------------------------------------------

export interface StatusInput {
  /** The recommendation's id. */
  recommendation: string;
  dimension: 'acceptance' | 'implementation';
  value: string;
  asOf: string;
  /** Replaces the status's note; '' removes it; undefined keeps it. */
  note?: string;
  citation: CitationInput;
}

/** Sets a recommendation's acceptance or implementation, with its "as of" date; the new citation goes first. */
export function setRecommendationStatus(dataset: Dataset, input: StatusInput): ChangeResult {
  const refusals: Refusal[] = [];
  const index = dataset.recommendations.findIndex((r) => r.id === input.recommendation);
  if (index === -1) refusals.push({ field: 'recommendation', message: 'Choose the recommendation to change.' });
  const allowed: readonly string[] = input.dimension === 'acceptance' ? ACCEPTANCE : IMPLEMENTATION;
  if (!allowed.includes(input.value)) refusals.push({ field: 'value', message: 'Choose the new status.' });
  checkDate('asOf', input.asOf, 'the date the source gives for this status', refusals);
  if (input.note !== undefined && input.note.trim().length > 4000)
    refusals.push({ field: 'note', message: 'The note is longer than 4,000 characters.' });
  const cited = citationFrom(dataset, input.citation, refusals);
  if (refusals.length || !cited) return { ok: false, refusals };

  const next = structuredClone(dataset);
  if (cited.source) next.sources.push(cited.source);
  const status = next.recommendations[index]![input.dimension];
  status.value = input.value as Acceptance & Implementation;
  status.asOf = input.asOf.trim();
  status.citations = [cited.citation, ...status.citations];
  if (input.note !== undefined) {
    if (input.note.trim() === '') delete status.note;
    else status.note = input.note.trim();
  }
  return finish(next, input.recommendation, refusals);
}

// ---- 2. a new event --------------------------------------------------------------------

/**
 * An event with the fields issue #12 adds to the schema. TODO(after #12 merges): when
 * TimelineEvent has `shortTitle` and `key`, use TimelineEvent here and drop this type.
 */
export type DeskEvent = TimelineEvent & { shortTitle?: string; key?: boolean };

export interface EventInput {
  precision: 'day' | 'month' | 'year';
  date: string;
  /** For something that lasted; '' for none. */
  end: string;
  approximate: boolean;
  category: string;
  title: string;
  /** The label drawn on the chart where space is short; '' for none. */
  shortTitle: string;
  /** A key event: one of the few shown first. */
  key: boolean;
  description: string;
  note: string;
  citation: CitationInput;
}

/** The longest short title: what fits two lines of a phone label. */
export const MAX_SHORT_TITLE = 40;

/** Adds an event in date order, with a new id from its title. */
export function addEvent(dataset: Dataset, input: EventInput): ChangeResult {
  const refusals: Refusal[] = [];
  const date = input.date.trim();
  checkDate('date', date, 'the date of the event', refusals);
  const parsed = parseIsoDate(date);
  if (parsed && parsed.precision !== input.precision)
    refusals.push({
      field: 'date',
      message: `“${date}” is a date to the ${parsed.precision}, but the precision chosen is ${input.precision}: write ${
        { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[input.precision]
      }, or change the precision.`,
    });
  checkDate('end', input.end, 'the end date', refusals, false);
  const end = parseIsoDate(input.end.trim());
  if (parsed && end && end.end < parsed.start)
    refusals.push({ field: 'end', message: 'The end date is before the start date.' });
  if (!(EVENT_CATEGORIES as readonly string[]).includes(input.category))
    refusals.push({ field: 'category', message: 'Choose a category.' });
  checkText('title', input.title, 'the title', 200, refusals);
  if (input.shortTitle.trim().length > MAX_SHORT_TITLE)
    refusals.push({
      field: 'shortTitle',
      message: `The short title is ${input.shortTitle.trim().length} characters; the most is ${MAX_SHORT_TITLE}, so it fits the chart.`,
    });
  checkText('description', input.description, 'a description of one or two neutral sentences', 4000, refusals);
  if (input.note.trim().length > 4000)
    refusals.push({ field: 'note', message: 'The note is longer than 4,000 characters.' });
  const cited = citationFrom(dataset, input.citation, refusals);
  if (refusals.length || !cited || !parsed) return { ok: false, refusals };

  const next = structuredClone(dataset);
  if (cited.source) next.sources.push(cited.source);
  const event: DeskEvent = {
    id: newId(`${input.title} ${date.slice(0, 4)}`, new Set(next.events.map((e) => e.id))),
    category: input.category as EventCategory,
    date,
    ...(input.end.trim() ? { end: input.end.trim() } : {}),
    ...(input.approximate ? { approximate: true } : {}),
    title: input.title.trim(),
    ...(input.shortTitle.trim() ? { shortTitle: input.shortTitle.trim() } : {}),
    ...(input.key ? { key: true } : {}),
    description: input.description.trim(),
    ...(input.note.trim() ? { note: input.note.trim() } : {}),
    citations: [cited.citation],
  };
  // After every event that starts no later, so the file stays in date order.
  let at = next.events.length;
  while (at > 0 && (parseIsoDate(next.events[at - 1]!.date)?.start ?? 0) > parsed.start) at--;
  next.events.splice(at, 0, event);
  return finish(next, event.id, refusals);
}

// ---- 3. the re-investigation's outcome ------------------------------------------------------

export interface ReinvestigationInput {
  status: string;
  /** The outcome in neutral words; only with status `concluded`. */
  outcome: string;
  statusAsOf: string;
  /** Replaces the note; '' removes it; undefined keeps it. */
  note?: string;
  citation: CitationInput;
}

/** Records the re-investigation's status (and outcome, once concluded); the new citation goes first. */
export function recordReinvestigation(dataset: Dataset, input: ReinvestigationInput): ChangeResult {
  const refusals: Refusal[] = [];
  if (!(REINVESTIGATION_STATUS as readonly string[]).includes(input.status))
    refusals.push({ field: 'status', message: 'Choose the status.' });
  const outcome = input.outcome.trim();
  if (input.status === 'concluded') checkText('outcome', outcome, 'the outcome, in neutral words', 4000, refusals);
  else if (outcome !== '')
    refusals.push({
      field: 'outcome',
      message:
        'An outcome is recorded only once the re-investigation has concluded: choose “concluded”, or clear the outcome.',
    });
  checkDate('statusAsOf', input.statusAsOf, 'the date the source gives for this status', refusals);
  if (input.note !== undefined && input.note.trim().length > 4000)
    refusals.push({ field: 'note', message: 'The note is longer than 4,000 characters.' });
  const cited = citationFrom(dataset, input.citation, refusals);
  if (refusals.length || !cited) return { ok: false, refusals };

  const next = structuredClone(dataset);
  if (cited.source) next.sources.push(cited.source);
  const r = next.officers.reinvestigation;
  r.status = input.status as Reinvestigation['status'];
  r.outcome = input.status === 'concluded' ? outcome : null;
  r.statusAsOf = input.statusAsOf.trim();
  r.citations = [cited.citation, ...r.citations];
  if (input.note !== undefined) {
    if (input.note.trim() === '') delete r.note;
    else r.note = input.note.trim();
  }
  return finish(next, 'officers.reinvestigation', refusals);
}
