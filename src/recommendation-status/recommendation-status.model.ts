/**
 * The model of <recommendation-status>: what the data and the reader's filter decide, with
 * no DOM and no width. Counts per issuing body for the matrix (each recommendation counted
 * once, at the furthest point the sources record), who says so, the filtered list of texts,
 * the menus' counts, and the words of the summary.
 *
 * Items the sources count but the data does not list one by one (a set's `count` above its
 * records) are counted, never made into objects: a set of 1,000 costs a number, not 1,000
 * placeholders.
 */
import { formatDate } from '../data/dates.js';
import type {
  Acceptance,
  Citation,
  Implementation,
  Recommendation,
  RecommendationSet,
  TextsMissingReason,
} from '../data/types.js';
import type { DatasetPart } from '../data/validate.js';
import { recommendationStatusStrings as t, type Column, type SetSummaryLine } from './recommendation-status.strings.js';

export type { Column } from './recommendation-status.strings.js';
export type Dimension = 'acceptance' | 'implementation';
export type StatusKey = `acceptance:${Acceptance}` | `implementation:${Implementation}`;
export type RecommendationData = DatasetPart<'recommendationSets' | 'recommendations'>;

export const ACCEPTANCE_ORDER: readonly Acceptance[] = ['accepted', 'rejected', 'no-response', 'unknown'];
export const IMPLEMENTATION_ORDER: readonly Implementation[] = [
  'verified-complete',
  'claimed-complete',
  'in-progress',
  'not-started',
  'unknown',
];
export const DIMENSIONS: readonly Dimension[] = ['acceptance', 'implementation'];
export const STATUS_KEYS: readonly StatusKey[] = [
  ...ACCEPTANCE_ORDER.map((v) => `acceptance:${v}` as const),
  ...IMPLEMENTATION_ORDER.map((v) => `implementation:${v}` as const),
];

/** The matrix's columns in reading order; the core four are drawn even at zero. */
export const COLUMN_ORDER: readonly Column[] = [
  'accepted',
  'rejected',
  'no-response',
  'not-started',
  'in-progress',
  'claimed',
  'verified',
  'unknown',
];
export const CORE_COLUMNS: readonly Column[] = ['accepted', 'claimed', 'verified', 'unknown'];

/** The value of a theme filter that picks recommendations with no theme. */
export const NO_THEME = '(none)';
/** Texts a page of the list shows; the filters appear only for a list longer than one page. */
export const PAGE_SIZE = 10;
/** Notes and quotes a matrix cell's "who says so" gives at most (the list has the rest). */
export const MAX_EVIDENCE = 3;

/**
 * The furthest point the sources record for one recommendation: an implementation status
 * where one is known, else its response, else "not known". Every recommendation lands in
 * exactly one column, so a row adds up to the body's count.
 */
export function columnOf(acceptance: Acceptance, implementation: Implementation): Column {
  switch (implementation) {
    case 'verified-complete':
      return 'verified';
    case 'claimed-complete':
      return 'claimed';
    case 'in-progress':
    case 'not-started':
      return implementation;
    default:
      return acceptance;
  }
}

/** Which status a column's count rests on: a response, an implementation, or none ("not known"). */
export function columnDimension(column: Column): Dimension | null {
  if (column === 'unknown') return null;
  return column === 'accepted' || column === 'rejected' || column === 'no-response' ? 'acceptance' : 'implementation';
}

export function statusLabel(key: StatusKey): string {
  const [dimension, value] = key.split(':') as [Dimension, string];
  return dimension === 'acceptance' ? t.acceptance[value as Acceptance] : t.implementation[value as Implementation];
}

export interface RecommendationFilter {
  /** A set's id, or null for every body. */
  set: string | null;
  /** A theme, NO_THEME, or null for every theme. */
  theme: string | null;
  status: StatusKey | null;
  query: string;
}

export const NO_FILTER: RecommendationFilter = { set: null, theme: null, status: null, query: '' };

export function isFiltered(filter: RecommendationFilter): boolean {
  return filter.set !== null || filter.theme !== null || filter.status !== null || filter.query.trim() !== '';
}

/** What a matrix cell's count rests on: the notes and quotes of the statuses it counts. */
export interface CellEvidence {
  column: Column;
  count: number;
  /** Distinct notes, at most MAX_EVIDENCE. */
  notes: string[];
  /** Distinct citations (the first of each status: the one the graphics ship), at most MAX_EVIDENCE. */
  citations: Citation[];
  /** Who said so, where the quotes are someone's own words ("An IOPC spokesperson"). */
  saidBy: string[];
}

/** One issuing body: its counts for the matrix, whatever the filter. */
export interface SetModel {
  set: RecommendationSet;
  /** The count the graphic uses: the set's count, or more if the data lists more. */
  total: number;
  /** Counted by the sources but not listed one by one in the data. */
  unlisted: number;
  /** Records with a text, by number where numbered, else as listed. */
  texts: Recommendation[];
  /** With no text at all (unlisted ones included). */
  textless: number;
  reason: TextsMissingReason;
  counts: Record<Column, number>;
  /** For each column other than "not known" with a count: who says so. */
  evidence: CellEvidence[];
}

/** One body in the list: the texts that match the filter, and how many without text match. */
export interface ListSet {
  model: SetModel;
  items: Recommendation[];
  missing: number;
  /** The status every text of the set shares, said once above them; null where they differ. */
  shared: { acceptance: Acceptance; implementation: Implementation } | null;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface RecommendationModel {
  sets: SetModel[];
  /** Recommendations and concerns counted (never shown as one total: they are different things). */
  total: number;
  /** Items with a text, in all sets. */
  texts: number;
  hasConcerns: boolean;
  list: {
    filtered: boolean;
    /** A search is on: only texts can match. */
    searching: boolean;
    /** Items matching the filter, texts and textless. */
    matching: number;
    /** Texts matching the filter, in list order across sets. */
    matchingTexts: number;
    sets: ListSet[];
  };
  facets: { sets: FacetOption[]; themes: FacetOption[]; statuses: FacetOption[] };
  /** Which controls the list needs: none for a list that fits one page. */
  controls: { search: boolean; body: boolean; theme: boolean; status: boolean };
  summary: SetSummaryLine[];
}

/** "27 April 2023", or "between 2019 and 17 June 2022" where only a range is known. */
export function madeText(set: RecommendationSet): string {
  return set.madeEnd ? t.madeBetween(formatDate(set.made), formatDate(set.madeEnd)) : formatDate(set.made);
}

/** "made 27 April 2023", "raised 25 January 2022". */
export function madeOn(set: RecommendationSet): string {
  return t.madeOn(madeText(set), set.kind);
}

/** Why a set's texts are missing: "not published" only where the data says so and cites it. */
export function missingReason(set: RecommendationSet): TextsMissingReason {
  return set.textsMissing?.reason ?? 'not-in-sources';
}

function emptyCounts(): Record<Column, number> {
  return Object.fromEntries(COLUMN_ORDER.map((c) => [c, 0])) as Record<Column, number>;
}

function byNumber(a: Recommendation, b: Recommendation): number {
  const x = a.number ?? Infinity;
  const y = b.number ?? Infinity;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Collects up to MAX_EVIDENCE distinct notes and citations for one matrix cell. */
class EvidenceCollector {
  private readonly notes = new Set<string>();
  private readonly quotes = new Map<string, Citation>();
  private readonly saidBy = new Set<string>();
  constructor(readonly column: Column) {}
  add(note: string | undefined, citations: readonly Citation[]): void {
    if (note && this.notes.size < MAX_EVIDENCE) this.notes.add(note);
    const first = citations[0];
    if (!first) return;
    const key = `${first.source}\u0001${first.quote}`;
    if (this.quotes.size < MAX_EVIDENCE && !this.quotes.has(key)) this.quotes.set(key, first);
    if (first.saidBy) this.saidBy.add(first.saidBy);
  }
  result(count: number): CellEvidence {
    return {
      column: this.column,
      count,
      notes: [...this.notes],
      citations: [...this.quotes.values()],
      saidBy: [...this.saidBy],
    };
  }
}

/** Counts, texts and evidence for each set: what the matrix shows, whatever the filter. */
export function setModels(data: RecommendationData): SetModel[] {
  const bySet = new Map<string, Recommendation[]>(data.recommendationSets.map((s) => [s.id, []]));
  for (const rec of data.recommendations) bySet.get(rec.set)?.push(rec);
  return data.recommendationSets.map((set) => {
    const records = bySet.get(set.id)!;
    const counts = emptyCounts();
    const evidence = new Map<Column, EvidenceCollector>();
    const texts: Recommendation[] = [];
    for (const rec of records) {
      const column = columnOf(rec.acceptance.value, rec.implementation.value);
      counts[column]++;
      const dimension = columnDimension(column);
      if (dimension) {
        let collector = evidence.get(column);
        if (!collector) evidence.set(column, (collector = new EvidenceCollector(column)));
        collector.add(rec[dimension].note, rec[dimension].citations);
      }
      if (rec.text !== null) texts.push(rec);
    }
    const unlisted = Math.max(0, set.count - records.length);
    counts.unknown += unlisted;
    const total = records.length + unlisted;
    return {
      set,
      total,
      unlisted,
      texts: texts.sort(byNumber),
      textless: total - texts.length,
      reason: missingReason(set),
      counts,
      evidence: COLUMN_ORDER.filter((c) => evidence.has(c)).map((c) => evidence.get(c)!.result(counts[c])),
    };
  });
}

// ---- filtering ----

const haystacks = new WeakMap<Recommendation, string>();

/** The words a search looks in: the text and what labels it. Never a placeholder's words. */
function haystack(rec: Recommendation, set: RecommendationSet): string {
  let words = haystacks.get(rec);
  if (words === undefined) {
    words = [rec.text, rec.theme, rec.owner, set.body].filter(Boolean).join(' \u0001 ').toLowerCase();
    haystacks.set(rec, words);
  }
  return words;
}

export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

type FilterPart = keyof RecommendationFilter;

/**
 * Whether one record matches the filter, leaving out one part of it (for the menus'
 * counts). A search matches only records with a text: "training" never finds a
 * recommendation whose text no source gives.
 */
function matches(
  rec: Recommendation,
  set: RecommendationSet,
  filter: RecommendationFilter,
  words: readonly string[],
  skip?: FilterPart,
): boolean {
  if (skip !== 'set' && filter.set !== null && set.id !== filter.set) return false;
  if (skip !== 'theme' && filter.theme !== null && (rec.theme ?? NO_THEME) !== filter.theme) return false;
  if (skip !== 'status' && filter.status !== null) {
    const [dimension, value] = filter.status.split(':') as [Dimension, string];
    if (rec[dimension].value !== value) return false;
  }
  if (skip !== 'query' && words.length) {
    if (rec.text === null) return false;
    const hay = haystack(rec, set);
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/** The same for the unlisted ones: no text, no theme, status not known. */
function unlistedMatch(
  set: RecommendationSet,
  filter: RecommendationFilter,
  words: readonly string[],
  skip?: FilterPart,
): boolean {
  if (skip !== 'set' && filter.set !== null && set.id !== filter.set) return false;
  if (skip !== 'theme' && filter.theme !== null && filter.theme !== NO_THEME) return false;
  if (skip !== 'status' && filter.status !== null && !filter.status.endsWith(':unknown')) return false;
  return skip === 'query' || words.length === 0;
}

/** The status all of a set's texts share, or null. */
function sharedStatus(texts: readonly Recommendation[]): ListSet['shared'] {
  const first = texts[0];
  if (!first || texts.length < 2) return null;
  const a = first.acceptance.value;
  const i = first.implementation.value;
  return texts.every((r) => r.acceptance.value === a && r.implementation.value === i)
    ? { acceptance: a, implementation: i }
    : null;
}

function facets(
  sets: readonly SetModel[],
  records: readonly Recommendation[],
  setById: ReadonlyMap<string, RecommendationSet>,
  filter: RecommendationFilter,
  words: readonly string[],
): RecommendationModel['facets'] {
  const setCounts = new Map<string, number>();
  const themeCounts = new Map<string, number>();
  const statusCounts = new Map<StatusKey, number>();
  const add = <K>(map: Map<K, number>, key: K, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
  // Themes in the order the sets name them, then any others as met; "no theme" last.
  const order: string[] = [];
  const seen = new Set<string>();
  const used = new Set(records.map((r) => r.theme ?? NO_THEME));
  for (const s of sets) if (s.unlisted) used.add(NO_THEME);
  const note = (theme: string) => {
    if (!seen.has(theme) && used.has(theme)) {
      seen.add(theme);
      order.push(theme);
    }
  };
  for (const s of sets) for (const theme of s.set.themes) note(theme);
  for (const r of records) note(r.theme ?? NO_THEME);
  for (const r of records) {
    const set = setById.get(r.set)!;
    if (matches(r, set, filter, words, 'set')) add(setCounts, set.id);
    if (matches(r, set, filter, words, 'theme')) add(themeCounts, r.theme ?? NO_THEME);
    if (matches(r, set, filter, words, 'status'))
      for (const d of DIMENSIONS) add(statusCounts, `${d}:${r[d].value}` as StatusKey);
  }
  for (const s of sets) {
    if (!s.unlisted) continue;
    if (unlistedMatch(s.set, filter, words, 'set')) add(setCounts, s.set.id, s.unlisted);
    if (unlistedMatch(s.set, filter, words, 'theme')) add(themeCounts, NO_THEME, s.unlisted);
    if (unlistedMatch(s.set, filter, words, 'status')) {
      add(statusCounts, 'acceptance:unknown', s.unlisted);
      add(statusCounts, 'implementation:unknown', s.unlisted);
    }
  }
  const themes = [...order.filter((th) => th !== NO_THEME), ...order.filter((th) => th === NO_THEME)];
  return {
    sets: sets.map((s) => ({ value: s.set.id, label: s.set.body, count: setCounts.get(s.set.id) ?? 0 })),
    themes: themes.map((th) => ({
      value: th,
      label: th === NO_THEME ? t.noTheme : th,
      count: themeCounts.get(th) ?? 0,
    })),
    statuses: STATUS_KEYS.map((key) => ({ value: key, label: statusLabel(key), count: statusCounts.get(key) ?? 0 })),
  };
}

/** What the summary says of each set that counts anything. */
function summaryLines(sets: readonly SetModel[]): SetSummaryLine[] {
  return sets
    .filter((s) => s.total > 0)
    .map((s) => ({
      body: s.set.body,
      kind: s.set.kind ?? 'recommendations',
      count: s.total,
      made: madeOn(s.set),
      caveat: s.set.countCaveat ?? null,
      columns: COLUMN_ORDER.filter((c) => s.counts[c] > 0)
        // The summary reads the furthest point first: verified, claimed, … then not known.
        .sort((a, b) => SUMMARY_ORDER.indexOf(a) - SUMMARY_ORDER.indexOf(b))
        .map((column) => ({ column, count: s.counts[column] })),
      acceptedBy: s.evidence.find((e) => e.column === 'accepted')?.saidBy ?? [],
      missing: s.textless,
      named: s.texts.length,
      reason: s.reason,
      fullTextsMissing: !s.set.textsPublished,
    }));
}

const SUMMARY_ORDER: readonly Column[] = [
  'verified',
  'claimed',
  'in-progress',
  'not-started',
  'accepted',
  'rejected',
  'no-response',
  'unknown',
];

/** Everything the element shows that the data and the filter decide. */
export function recommendationModel(
  data: RecommendationData,
  filter: RecommendationFilter = NO_FILTER,
  sets: readonly SetModel[] = setModels(data),
): RecommendationModel {
  const words = queryWords(filter.query);
  const setById = new Map(data.recommendationSets.map((s) => [s.id, s]));
  const known = new Set(setById.keys());
  const records = data.recommendations.filter((r) => known.has(r.set));

  // The list: each set's matching texts, and how many of its textless ones match.
  const listSets: ListSet[] = [];
  let matching = 0;
  let matchingTexts = 0;
  const textlessMatching = new Map<string, number>();
  for (const r of records)
    if (r.text === null && matches(r, setById.get(r.set)!, filter, words))
      textlessMatching.set(r.set, (textlessMatching.get(r.set) ?? 0) + 1);
  for (const s of sets) {
    const items = s.texts.filter((r) => matches(r, s.set, filter, words));
    const missing = (textlessMatching.get(s.set.id) ?? 0) + (unlistedMatch(s.set, filter, words) ? s.unlisted : 0);
    matching += items.length + missing;
    matchingTexts += items.length;
    if (items.length || missing) listSets.push({ model: s, items, missing, shared: sharedStatus(s.texts) });
  }

  const texts = sets.reduce((n, s) => n + s.texts.length, 0);
  const menus = facets(sets, records, setById, filter, words);
  const long = texts > PAGE_SIZE;
  return {
    sets: [...sets],
    total: sets.reduce((n, s) => n + s.total, 0),
    texts,
    hasConcerns: sets.some((s) => s.set.kind === 'concerns' && s.total > 0),
    list: {
      filtered: isFiltered(filter),
      searching: words.length > 0,
      matching,
      matchingTexts,
      sets: listSets,
    },
    facets: menus,
    controls: {
      search: long,
      body: long && sets.filter((s) => s.texts.length > 0).length > 1,
      theme: long && menus.themes.filter((o) => o.count > 0).length > 1,
      status: long && menus.statuses.filter((o) => o.count > 0).length > DIMENSIONS.length,
    },
    summary: summaryLines(sets),
  };
}
