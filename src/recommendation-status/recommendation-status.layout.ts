/**
 * Pure layout for <recommendation-status>: counts by status for each issuing body,
 * stacked into bars with d3-shape, and the grouped, filtered list. No DOM, no window:
 * plain data in, plain data out, so every number the reader sees is tested here.
 */
import { stack } from 'd3-shape';
import { formatDate, parseIsoDate } from '../data/dates.js';
import type {
  Acceptance,
  Citation,
  Implementation,
  IsoDate,
  Recommendation,
  RecommendationSet,
  Source,
  TextsMissingReason,
} from '../data/types.js';
import type { DatasetPart } from '../data/validate.js';
import type { DataTable } from '../shared/downloads.js';
import { formatCount } from '../shared/numbers.js';
import { recommendationStatusStrings as t, type SetSummaryLine } from './recommendation-status.strings.js';

export type Dimension = 'acceptance' | 'implementation';
export type StatusKey = `acceptance:${Acceptance}` | `implementation:${Implementation}`;
export type Pattern = 'solid' | 'diagonal' | 'cross' | 'horizontal' | 'dots';
export type Icon = 'check' | 'cross' | 'dash' | 'question' | 'circle' | 'half' | 'speech' | 'seal';

/** Left to right in a bar: settled first, "not known" last so its share reads at the end. */
export const ACCEPTANCE_ORDER: readonly Acceptance[] = ['accepted', 'rejected', 'no-response', 'unknown'];
export const IMPLEMENTATION_ORDER: readonly Implementation[] = [
  'verified-complete',
  'claimed-complete',
  'in-progress',
  'not-started',
  'unknown',
];
export const DIMENSIONS: readonly Dimension[] = ['acceptance', 'implementation'];

/**
 * How each status is drawn besides its colour, so nothing depends on colour alone
 * (forced colours paint every status the same): a fill pattern, an icon, and the
 * colour token. Within a dimension no two statuses share a pattern or an icon;
 * "claimed" (hatched, a speech bubble) and "verified" (solid, a seal) never meet.
 */
export const STATUS_MARKS: Record<StatusKey, { pattern: Pattern; icon: Icon; token: string }> = {
  'acceptance:accepted': { pattern: 'solid', icon: 'check', token: 'accepted' },
  'acceptance:rejected': { pattern: 'cross', icon: 'cross', token: 'rejected' },
  'acceptance:no-response': { pattern: 'horizontal', icon: 'dash', token: 'no-response' },
  'acceptance:unknown': { pattern: 'dots', icon: 'question', token: 'unknown' },
  'implementation:verified-complete': { pattern: 'solid', icon: 'seal', token: 'verified' },
  'implementation:claimed-complete': { pattern: 'diagonal', icon: 'speech', token: 'claimed' },
  'implementation:in-progress': { pattern: 'horizontal', icon: 'half', token: 'in-progress' },
  'implementation:not-started': { pattern: 'cross', icon: 'circle', token: 'not-started' },
  'implementation:unknown': { pattern: 'dots', icon: 'question', token: 'unknown' },
};

export const STATUS_KEYS = Object.keys(STATUS_MARKS) as StatusKey[];

export function statusKey(dimension: Dimension, value: string): StatusKey {
  return `${dimension}:${value}` as StatusKey;
}

export function statusLabel(key: StatusKey): string {
  const [dimension, value] = key.split(':') as [Dimension, string];
  return dimension === 'acceptance' ? t.acceptance[value as Acceptance] : t.implementation[value as Implementation];
}

/** The value of a theme filter that picks recommendations with no theme. */
export const NO_THEME = '(none)';
/** Above this many recommendations in all, no group opens by itself: the list stays light. */
export const OPEN_ALL_LIMIT = 60;
/** A group of this many or fewer published texts opens by itself (when the data is small). */
export const OPEN_GROUP_LIMIT = 10;
/** With a filter on, every group opens by itself when this many or fewer match. */
export const OPEN_FILTERED_LIMIT = 20;
/** Rows drawn at a time in an open group; the reader asks for more. */
export const PAGE_SIZE = 50;

export interface RecommendationFilter {
  /** A set's id, or null for every body. */
  set: string | null;
  /** A theme, NO_THEME, or null for every theme. */
  theme: string | null;
  status: StatusKey | null;
  query: string;
}

export const NO_FILTER: RecommendationFilter = { set: null, theme: null, status: null, query: '' };

/** One recommendation as the list shows it, with the set it belongs to. */
export interface ListedRecommendation {
  rec: Recommendation;
  set: RecommendationSet;
  /** True for a placeholder standing for one the sources count but the data does not list. */
  unlisted: boolean;
  /** Lower-cased words a search looks in. */
  haystack: string;
}

export interface Segment {
  key: StatusKey;
  count: number;
  x0: number;
  x1: number;
  /** Where the count sits inside the segment, or null when it does not fit (it is in the text below). */
  label: { x: number; width: number; text: string } | null;
}

/** One status's share of a bar in counts: the stack from d3-shape, before any pixels. */
export interface Share {
  key: StatusKey;
  count: number;
  /** Where the share starts and ends, in recommendations from the bar's start. */
  y0: number;
  y1: number;
}

/** What a dimension of one set counts: the same at every width. */
export interface DimensionCounts {
  dimension: Dimension;
  /** Every status of the dimension in bar order, zeros included. */
  counts: { key: StatusKey; count: number }[];
  /** The non-empty shares in bar order. */
  shares: Share[];
  /** The span of "as of" dates; `undated` counts statuses with no date. */
  asOf: { from: IsoDate | null; to: IsoDate | null; undated: number };
  /** Distinct citations for this dimension's statuses in this set. */
  citations: Citation[];
}

export interface DimensionSummary extends DimensionCounts {
  segments: Segment[];
}

/** What one set counts: everything but the bars' pixels, so a width change leaves it alone. */
export interface SetCounts {
  set: RecommendationSet;
  /** The count the graphic uses: the set's count, or more if the data lists more. */
  total: number;
  /** Placeholders made for recommendations the sources count but the data does not list. */
  unlisted: number;
  /** With no text (placeholders included): not published, or not in the sources, as `missingReason` says. */
  notPublished: number;
  /** Why the set's missing texts are missing (not-in-sources unless the data says the body has not published them). */
  missingReason: TextsMissingReason;
  acceptance: DimensionCounts;
  implementation: DimensionCounts;
}

export interface SetSummary extends SetCounts {
  barLength: number;
  acceptance: DimensionSummary;
  implementation: DimensionSummary;
}

export interface ListGroup {
  key: string;
  setId: string;
  theme: string | null;
  /** True for texts, false for the compact group of "not published" placeholders. */
  published: boolean;
  total: number;
  /** The members that match the filter, in order. */
  items: ListedRecommendation[];
  counts: Record<Dimension, { key: StatusKey; count: number }[]>;
  defaultOpen: boolean;
}

export interface ListSet {
  summary: SetCounts;
  groups: ListGroup[];
  matching: number;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/**
 * Everything that the data and the filter decide, and the width does not: counts, the
 * list, the menus, the totals. The element keeps it across width changes and only
 * places the bars again (placeBars).
 */
export interface RecommendationSummary {
  counts: SetCounts[];
  list: ListSet[];
  items: ListedRecommendation[];
  total: number;
  matching: number;
  filtered: boolean;
  facets: { sets: FacetOption[]; themes: FacetOption[]; statuses: FacetOption[] };
  totals: {
    made: number;
    bodies: number;
    accepted: number;
    verified: number;
    notPublished: number;
    /** Set by set, for the summary: no total is made across bodies. */
    sets: SetSummaryLine[];
  };
}

export interface RecommendationLayout extends RecommendationSummary {
  width: number;
  sets: SetSummary[];
}

export interface LayoutSize {
  width: number;
}

export interface LayoutOptions {
  filter?: RecommendationFilter;
}

const BAR_MIN_WIDTH = 120;
const DIGIT_WIDTH = 7.5;
const LABEL_PAD = 8;

/**
 * Every recommendation in set order, each with its set. A set whose `count` is
 * larger than the records listed for it gets "not published" placeholders for the
 * difference (status not known, the set's citations), so a count the sources give
 * is never shown as fewer rows.
 */
export function listRecommendations(
  data: DatasetPart<'recommendationSets' | 'recommendations'>,
): ListedRecommendation[] {
  const bySet = new Map<string, Recommendation[]>();
  for (const rec of data.recommendations) {
    let list = bySet.get(rec.set);
    if (!list) bySet.set(rec.set, (list = []));
    list.push(rec);
  }
  const out: ListedRecommendation[] = [];
  for (const set of data.recommendationSets) {
    const recs = bySet.get(set.id) ?? [];
    for (const rec of recs) out.push(listed(rec, set, false));
    for (let i = recs.length; i < set.count; i++) out.push(listed(placeholder(set, i - recs.length + 1), set, true));
  }
  return out;
}

function placeholder(set: RecommendationSet, n: number): Recommendation {
  const unknown = { value: 'unknown' as const, asOf: null, citations: set.citations };
  return {
    id: `${set.id}--unlisted-${n}`,
    set: set.id,
    number: null,
    text: null,
    theme: null,
    owner: null,
    acceptance: unknown,
    implementation: unknown,
    citations: set.citations,
  };
}

function listed(rec: Recommendation, set: RecommendationSet, unlisted: boolean): ListedRecommendation {
  const words = [
    rec.text ?? t.textMissing[missingReason(set)],
    rec.theme,
    rec.owner,
    set.body,
    set.title,
    rec.acceptance.note,
    rec.implementation.note,
  ];
  return { rec, set, unlisted, haystack: words.filter(Boolean).join(' \u0001 ').toLowerCase() };
}

function emptyCounts(dimension: Dimension): { key: StatusKey; count: number }[] {
  const order = dimension === 'acceptance' ? ACCEPTANCE_ORDER : IMPLEMENTATION_ORDER;
  return order.map((value) => ({ key: statusKey(dimension, value), count: 0 }));
}

function countInto(counts: { key: StatusKey; count: number }[], key: StatusKey): void {
  const entry = counts.find((c) => c.key === key);
  if (entry) entry.count++;
}

function countStatuses(items: readonly ListedRecommendation[]): Record<Dimension, { key: StatusKey; count: number }[]> {
  const acceptance = emptyCounts('acceptance');
  const implementation = emptyCounts('implementation');
  for (const { rec } of items) {
    countInto(acceptance, statusKey('acceptance', rec.acceptance.value));
    countInto(implementation, statusKey('implementation', rec.implementation.value));
  }
  return { acceptance, implementation };
}

/** Citations that say the same thing once: same source, same quote. */
function distinctCitations(lists: Iterable<readonly Citation[]>): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const list of lists)
    for (const c of list) {
      const key = `${c.source}\u0001${c.quote}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  return out;
}

function asOfSpan(dates: readonly (IsoDate | null)[]): DimensionSummary['asOf'] {
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  let fromStart = Infinity;
  let toEnd = -Infinity;
  let undated = 0;
  for (const date of dates) {
    const parsed = date === null ? null : parseIsoDate(date);
    if (!parsed || date === null) {
      undated++;
      continue;
    }
    if (parsed.start < fromStart) [fromStart, from] = [parsed.start, date];
    if (parsed.end > toEnd) [toEnd, to] = [parsed.end, date];
  }
  return { from, to, undated };
}

/** "as of 2023", "as of dates from June 2022 to 2023", or "no date given". */
export function describeAsOf(asOf: DimensionSummary['asOf']): string {
  if (asOf.from === null || asOf.to === null) return t.noDate;
  const from = formatDate(asOf.from);
  const to = formatDate(asOf.to);
  return from === to ? t.asOf(from) : t.asOfRange(from, to);
}

/**
 * Counts by status for each set, stacked with d3-shape into shares of a bar (in
 * recommendations, not pixels: placeBars() scales them).
 */
export function countSets(sets: readonly RecommendationSet[], items: readonly ListedRecommendation[]): SetCounts[] {
  const bySet = new Map<string, ListedRecommendation[]>(sets.map((s) => [s.id, []]));
  for (const item of items) bySet.get(item.set.id)?.push(item);
  const counts = sets.map((s) => countStatuses(bySet.get(s.id)!));

  const stacked = (dimension: Dimension) => {
    const rows = counts.map(
      (c) => Object.fromEntries(c[dimension].map((e) => [e.key, e.count])) as Record<StatusKey, number>,
    );
    const keys = emptyCounts(dimension).map((c) => c.key);
    return stack<Record<StatusKey, number>, StatusKey>().keys(keys)(rows);
  };
  const series = { acceptance: stacked('acceptance'), implementation: stacked('implementation') };

  return sets.map((set, i) => {
    const members = bySet.get(set.id)!;
    const dimension = (d: Dimension): DimensionCounts => ({
      dimension: d,
      counts: counts[i]![d],
      shares: series[d]
        .map((s) => ({ key: s.key, count: s[i]![1] - s[i]![0], y0: s[i]![0], y1: s[i]![1] }))
        .filter((s) => s.y1 > s.y0),
      asOf: asOfSpan(members.map((m) => m.rec[d].asOf)),
      citations: distinctCitations(members.map((m) => m.rec[d].citations)),
    });
    return {
      set,
      total: members.length,
      unlisted: members.filter((m) => m.unlisted).length,
      notPublished: members.filter((m) => m.rec.text === null).length,
      missingReason: missingReason(set),
      acceptance: dimension('acceptance'),
      implementation: dimension('implementation'),
    };
  });
}

/**
 * The bars in pixels: every set on one shared linear scale, so a set of 5 is a quarter
 * the length of a set of 20. The only part of the layout that depends on the width.
 */
export function placeBars(counts: readonly SetCounts[], width: number): SetSummary[] {
  const max = Math.max(0, ...counts.map((c) => c.total));
  // A proportional scale from zero is all a bar of counts needs (no ticks, no nice, no
  // invert); d3-scale's scaleLinear would add d3-interpolate, d3-color and d3-format
  // (about 8 KB gzip) to this element's entry for one multiplication.
  const k = Math.max(width, BAR_MIN_WIDTH) / (max || 1);
  const x = (count: number) => count * k;
  const place = (d: DimensionCounts): DimensionSummary => ({
    ...d,
    segments: d.shares.map((s) => segment(s.key, s.count, x(s.y0), x(s.y1))),
  });
  return counts.map((c) => ({
    ...c,
    barLength: x(c.total),
    acceptance: place(c.acceptance),
    implementation: place(c.implementation),
  }));
}

/** countSets() then placeBars(): the bars of each set at a width. */
export function summariseSets(
  sets: readonly RecommendationSet[],
  items: readonly ListedRecommendation[],
  width: number,
): SetSummary[] {
  return placeBars(countSets(sets, items), width);
}

function segment(key: StatusKey, count: number, x0: number, x1: number): Segment {
  const text = formatCount(count);
  const width = text.length * DIGIT_WIDTH + LABEL_PAD;
  const fits = x1 - x0 >= width + 4;
  return { key, count, x0, x1, label: fits ? { x: (x0 + x1) / 2, width, text } : null };
}

export function matches(
  item: ListedRecommendation,
  filter: RecommendationFilter,
  part?: keyof RecommendationFilter,
): boolean {
  const { rec } = item;
  if (part !== 'set' && filter.set !== null && item.set.id !== filter.set) return false;
  if (part !== 'theme' && filter.theme !== null && (rec.theme ?? NO_THEME) !== filter.theme) return false;
  if (part !== 'status' && filter.status !== null) {
    const [dimension, value] = filter.status.split(':') as [Dimension, string];
    if (rec[dimension].value !== value) return false;
  }
  if (part !== 'query' && !queryWords(filter.query).every((w) => item.haystack.includes(w))) return false;
  return true;
}

let lastQuery: string | null = null;
let lastWords: string[] = [];

/** The search's words, split once per query rather than once per recommendation and menu. */
function queryWords(query: string): string[] {
  if (query !== lastQuery) {
    lastQuery = query;
    lastWords = query.toLowerCase().split(/\s+/).filter(Boolean);
  }
  return lastWords;
}

export function isFiltered(filter: RecommendationFilter): boolean {
  return filter.set !== null || filter.theme !== null || filter.status !== null || filter.query.trim() !== '';
}

/** Counts for each filter option given the other filters, so the menus say what a choice would show. */
function facets(
  sets: readonly RecommendationSet[],
  items: readonly ListedRecommendation[],
  filter: RecommendationFilter,
): RecommendationLayout['facets'] {
  const setCounts = new Map<string, number>();
  const themeCounts = new Map<string, number>();
  const statusCounts = new Map<StatusKey, number>();
  const themeOrder: string[] = [];
  const addTheme = (theme: string) => {
    if (!themeCounts.has(theme)) {
      themeCounts.set(theme, 0);
      themeOrder.push(theme);
    }
  };
  const used = new Set(items.map((i) => i.rec.theme ?? NO_THEME));
  for (const set of sets) for (const theme of set.themes) if (used.has(theme)) addTheme(theme);
  for (const item of items) addTheme(item.rec.theme ?? NO_THEME);
  for (const item of items) {
    if (matches(item, filter, 'set')) setCounts.set(item.set.id, (setCounts.get(item.set.id) ?? 0) + 1);
    if (matches(item, filter, 'theme')) {
      const theme = item.rec.theme ?? NO_THEME;
      themeCounts.set(theme, themeCounts.get(theme)! + 1);
    }
    if (matches(item, filter, 'status'))
      for (const d of DIMENSIONS) {
        const key = statusKey(d, item.rec[d].value);
        statusCounts.set(key, (statusCounts.get(key) ?? 0) + 1);
      }
  }
  // "No theme given" goes last, after the themes the sources name.
  const themes = [...themeOrder.filter((th) => th !== NO_THEME), ...themeOrder.filter((th) => th === NO_THEME)];
  return {
    sets: sets.map((s) => ({ value: s.id, label: s.body, count: setCounts.get(s.id) ?? 0 })),
    themes: themes.map((th) => ({
      value: th,
      label: th === NO_THEME ? t.noTheme : th,
      count: themeCounts.get(th) ?? 0,
    })),
    statuses: STATUS_KEYS.map((key) => ({ value: key, label: statusLabel(key), count: statusCounts.get(key) ?? 0 })),
  };
}

interface RawGroup {
  setId: string;
  theme: string | null;
  published: boolean;
  all: ListedRecommendation[];
}

function byNumber(a: ListedRecommendation, b: ListedRecommendation): number {
  const x = a.rec.number ?? Infinity;
  const y = b.rec.number ?? Infinity;
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Groups each set's recommendations by theme (the themes the set names first, in
 * its order; "theme not given" last), texts apart from "not published"
 * placeholders, and keeps only those that match the filter.
 */
function groupList(
  summaries: readonly SetCounts[],
  items: readonly ListedRecommendation[],
  filter: RecommendationFilter,
): ListSet[] {
  const filtered = isFiltered(filter);
  const matching = items.filter((i) => matches(i, filter));
  const smallData = items.length <= OPEN_ALL_LIMIT;
  const openAllFiltered = filtered && matching.length <= OPEN_FILTERED_LIMIT;
  const groups = new Map<string, RawGroup>();
  for (const item of items) {
    const published = item.rec.text !== null;
    const key = `${item.set.id}|${item.rec.theme ?? NO_THEME}|${published ? 'text' : 'not-published'}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { setId: item.set.id, theme: item.rec.theme, published, all: [] }));
    group.all.push(item);
  }
  const matched = new Set(matching);
  const bySet = new Map<string, { key: string; g: RawGroup; index: number }[]>();
  for (const [key, g] of groups) {
    let list = bySet.get(g.setId);
    if (!list) bySet.set(g.setId, (list = []));
    list.push({ key, g, index: list.length });
  }
  return summaries.map((summary) => {
    const order = summary.set.themes;
    const rank = (theme: string | null) =>
      theme === null ? Infinity : order.includes(theme) ? order.indexOf(theme) : order.length;
    const mine = [...(bySet.get(summary.set.id) ?? [])].sort(
      (a, b) => rank(a.g.theme) - rank(b.g.theme) || Number(b.g.published) - Number(a.g.published) || a.index - b.index,
    );
    const list: ListGroup[] = mine
      .map(({ key, g }) => {
        const members = g.all.filter((i) => matched.has(i)).sort(byNumber);
        return {
          key,
          setId: g.setId,
          theme: g.theme,
          published: g.published,
          total: g.all.length,
          items: members,
          counts: countStatuses(members),
          defaultOpen: openAllFiltered || (smallData && g.published && g.all.length <= OPEN_GROUP_LIMIT),
        };
      })
      .filter((g) => g.items.length > 0);
    return { summary, groups: list, matching: list.reduce((n, g) => n + g.items.length, 0) };
  });
}

/** Everything the element draws that the data and the filter decide (the same at every width). */
export function recommendationSummary(
  data: DatasetPart<'recommendationSets' | 'recommendations'>,
  options: LayoutOptions = {},
): RecommendationSummary {
  const filter = options.filter ?? NO_FILTER;
  const items = listRecommendations(data);
  const counts = countSets(data.recommendationSets, items);
  const list = groupList(counts, items, filter);
  return {
    counts,
    list,
    items,
    total: items.length,
    matching: list.reduce((n, s) => n + s.matching, 0),
    filtered: isFiltered(filter),
    facets: facets(data.recommendationSets, items, filter),
    totals: {
      made: items.length,
      bodies: counts.filter((s) => s.total > 0).length,
      accepted: items.filter((i) => i.rec.acceptance.value === 'accepted').length,
      verified: items.filter((i) => i.rec.implementation.value === 'verified-complete').length,
      notPublished: items.filter((i) => i.rec.text === null).length,
      sets: counts
        .filter((c) => c.total > 0)
        .map((c) => ({
          body: c.set.body,
          kind: c.set.kind ?? 'recommendations',
          count: c.total,
          made: c.set.madeEnd ? t.madeOn(madeText(c.set), c.set.kind) : madeText(c.set),
          accepted: c.acceptance.counts.find((e) => e.key === 'acceptance:accepted')?.count ?? 0,
          missing: c.notPublished,
          reason: c.missingReason,
        })),
    },
  };
}

/** Why a set's texts are missing: "not published" only where the data says so and cites it. */
export function missingReason(set: RecommendationSet): TextsMissingReason {
  return set.textsMissing?.reason ?? 'not-in-sources';
}

/** "27 April 2023", or "between 2019 and 17 June 2022" where only a range is known. */
export function madeText(set: RecommendationSet): string {
  return set.madeEnd ? t.madeBetween(formatDate(set.made), formatDate(set.madeEnd)) : formatDate(set.made);
}

/** A summary's bars placed at a width: all a width change recomputes. */
export function layoutAtWidth(summary: RecommendationSummary, width: number): RecommendationLayout {
  return { ...summary, width: Math.max(width, BAR_MIN_WIDTH), sets: placeBars(summary.counts, width) };
}

/** Everything the element draws, for data of the schema and the element's own width. */
export function recommendationLayout(
  data: DatasetPart<'recommendationSets' | 'recommendations'>,
  size: LayoutSize,
  options: LayoutOptions = {},
): RecommendationLayout {
  return layoutAtWidth(recommendationSummary(data, options), size.width);
}

function statusCell(value: string, dimension: Dimension): string {
  return statusLabel(statusKey(dimension, value));
}

/** One row per recommendation, placeholders included: the table view and the CSV. */
export function recommendationTable(items: readonly ListedRecommendation[], sources: readonly Source[]): DataTable {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const sourceName = (id: string) => {
    const s = byId.get(id);
    return s ? (s.publisher ? `${s.publisher}, “${s.title}”` : `“${s.title}”`) : id;
  };
  return {
    caption: t.tableCaption,
    columns: [...t.tableColumns],
    rows: items.map(({ rec, set }) => [
      set.body,
      rec.number,
      rec.text ?? t.textMissing[missingReason(set)],
      rec.theme,
      rec.owner,
      madeText(set),
      statusCell(rec.acceptance.value, 'acceptance'),
      rec.acceptance.asOf === null ? null : formatDate(rec.acceptance.asOf),
      statusCell(rec.implementation.value, 'implementation'),
      rec.implementation.asOf === null ? null : formatDate(rec.implementation.asOf),
      [
        ...new Set(
          [...rec.citations, ...rec.acceptance.citations, ...rec.implementation.citations].map((c) => c.source),
        ),
      ]
        .map(sourceName)
        .join('; '),
    ]),
  };
}
