/**
 * Every interface word <recommendation-status> shows, in one object so that a
 * translation or a house style replaces one object (shared words stay in
 * src/shared/strings.ts). Data text (titles, quotes, notes) comes from the dataset.
 *
 * Wording rules (issue #12 and the rendered-text audit): absence of evidence is never
 * stated as fact ("none is recorded in the sources consulted"); a coroner's matters of
 * concern are never called recommendations nor added to them; "claimed" and "verified"
 * are different words everywhere.
 */
import type { Acceptance, Implementation, RecommendationSet, TextsMissingReason } from '../data/types.js';
import { formatCount } from '../shared/numbers.js';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

type Kind = NonNullable<RecommendationSet['kind']>;

/**
 * The matrix's columns: each recommendation is counted once, at the furthest point the
 * sources record (see columnOf() in the model). The four core columns are always drawn;
 * the others only where the data has one.
 */
export type Column =
  'accepted' | 'rejected' | 'no-response' | 'not-started' | 'in-progress' | 'claimed' | 'verified' | 'unknown';

/** What the summary says of one set. */
export interface SetSummaryLine {
  body: string;
  kind: Kind;
  count: number;
  /** "made 27 April 2023", "raised 25 January 2022". */
  made: string;
  /** A short phrase where the sources' counts differ ("one source lists 6"). */
  caveat: string | null;
  /** The non-zero columns, in the order the summary reads them. */
  columns: { column: Column; count: number }[];
  /** Who says so, for the accepted ones ("an IOPC spokesperson"). */
  acceptedBy: string[];
  /** Items with no text at all, and items whose text is only as the sources name it. */
  missing: number;
  named: number;
  reason: TextsMissingReason;
  /** True when the set's full texts are not in the sources (textsPublished false). */
  fullTextsMissing: boolean;
}

/** "An IOPC spokesperson" reads "an IOPC spokesperson" inside a sentence; names keep their capitals. */
export function inSentence(who: string): string {
  return who.replace(/^(A|An|The) /, (article) => article.toLowerCase());
}

/** "a, b and c". */
function and(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export const recommendationStatusStrings = {
  heading: 'Recommendations and concerns after the Stephen Port murders',
  /**
   * "20 recommendations", "5 matters of concern": a coroner's Prevention of Future Deaths
   * report raises matters of concern, not recommendations, and the two are never added up.
   */
  items: (n: number, kind: Kind = 'recommendations') =>
    kind === 'concerns'
      ? plural(n, 'matter of concern', 'matters of concern')
      : plural(n, 'recommendation', 'recommendations'),

  /**
   * The accessible description, set by set (no total across bodies: the counts are of
   * different things): what each made and when, what the sources record of each, and whose
   * texts are missing and why.
   */
  summary: (sets: readonly SetSummaryLine[]) => {
    if (sets.length === 0) return recommendationStatusStrings.empty;
    const t = recommendationStatusStrings;
    const lines = sets.map((s) => {
      const count = `${t.items(s.count, s.kind)}${s.caveat ? ` (${s.caveat})` : ''}`;
      return `${s.body}: ${count}, ${s.made}; ${t.statusPhrase(s)}.`;
    });
    const done = sets.some((s) => s.columns.some((c) => c.column === 'claimed' || c.column === 'verified'));
    if (!done) lines.push(t.noneDone);
    for (const reason of ['not-published', 'not-in-sources'] as const) {
      const missing = sets.filter((s) => s.reason === reason && (s.missing > 0 || (s.fullTextsMissing && s.named > 0)));
      if (missing.length) lines.push(`${t.missingHeading[reason]}: ${missing.map(t.missingPart).join('; ')}.`);
    }
    return lines.join(' ');
  },
  /** "all 18 accepted, according to an IOPC spokesperson", "no source consulted gives a status for any of them". */
  statusPhrase: (s: SetSummaryLine) => {
    const t = recommendationStatusStrings;
    const by = s.acceptedBy.length ? `, according to ${and(s.acceptedBy.map(inSentence))}` : '';
    const only = s.columns.length === 1 ? s.columns[0]! : null;
    if (s.count === 0) return 'none listed';
    if (only?.column === 'unknown')
      return s.count === 1
        ? 'no source consulted gives its status'
        : 'no source consulted gives a status for any of them';
    if (only)
      return `${s.count === 1 ? '' : `all ${formatCount(s.count)} `}${t.summaryColumn[only.column]}${only.column === 'accepted' ? by : ''}`;
    return s.columns
      .map((c) => `${formatCount(c.count)} ${t.summaryColumn[c.column]}${c.column === 'accepted' ? by : ''}`)
      .join(', ');
  },
  /** How the summary names a column's count ("18 accepted", "2 with no status in the sources consulted"). */
  summaryColumn: {
    accepted: 'accepted',
    rejected: 'rejected',
    'no-response': 'with no response published',
    'not-started': 'not started',
    'in-progress': 'in progress',
    claimed: 'claimed done by the organisation it was made to',
    verified: 'verified done',
    unknown: 'with no status in the sources consulted',
  } satisfies Record<Column, string>,
  noneDone: 'None is recorded as claimed or verified done in the sources consulted.',
  /** "IOPC, 18", "HMICFRS, 20 (1 named in the sources)", "Coroner, 5 (all named in the sources)". */
  missingPart: (s: SetSummaryLine) => {
    const total = s.fullTextsMissing ? s.count : s.missing;
    const count = total === s.count ? formatCount(total) : `${formatCount(total)} of ${formatCount(s.count)}`;
    const named =
      s.fullTextsMissing && s.named > 0
        ? ` (${s.named === s.count ? 'all' : formatCount(s.named)} named in the sources)`
        : '';
    return `${s.body}, ${count}${named}`;
  },
  missingHeading: {
    'not-published': 'Texts not published by the issuing body',
    'not-in-sources': 'Full texts not in the sources consulted',
  } satisfies Record<TextsMissingReason, string>,
  empty: 'No recommendations are recorded in this data.',

  madeOn: (date: string, kind: Kind = 'recommendations') => `${kind === 'concerns' ? 'raised' : 'made'} ${date}`,
  /** A date made known only as a range ("between 2019 and 17 June 2022"). */
  madeBetween: (from: string, to: string) => `between ${from} and ${to}`,

  // ---- the matrix ----
  matrixHeading: 'What the sources record',
  bodyColumn: 'Issuing body',
  column: {
    accepted: 'Accepted',
    rejected: 'Rejected',
    'no-response': 'No response published',
    'not-started': 'Not started',
    'in-progress': 'In progress',
    claimed: 'Claimed done',
    verified: 'Verified done',
    unknown: 'Not known',
  } satisfies Record<Column, string>,
  /** One short definition per column, in the line under the matrix (only for the columns drawn). */
  definition: {
    accepted: 'the organisation it was made to, or the body that made it, says so',
    rejected: 'the organisation it was made to says it will not act on it',
    'no-response': 'no source consulted reports a reply',
    'not-started': 'a source says no work on it has started',
    'in-progress': 'a source says work on it has started but is not finished',
    claimed: 'the organisation it was made to says so, with no independent check recorded',
    verified: 'confirmed by a body independent of the one that had to act',
    unknown: 'no source consulted gives a status',
  } satisfies Record<Column, string>,
  countingRule: 'Each is counted once, at the furthest point recorded. 0: none recorded in the sources consulted.',
  /** After the body's name in its row: "20 recommendations", with a caveat where the count is disputed. */
  rowCount: (n: number, kind: Kind | undefined, caveat: string | null) =>
    `${recommendationStatusStrings.items(n, kind)}${caveat ? ` (${caveat})` : ''}`,
  /** Who says the accepted ones were accepted. */
  acceptedBy: (who: readonly string[]) => `accepted according to ${and(who.map(inSentence))}`,
  notesHeading: 'Notes on these figures',
  whoSays: (column: string, n: number) => `${column} (${formatCount(n)}):`,
  unlisted: (n: number) =>
    `${plural(n, 'item is', 'items are')} counted by the sources but not listed one by one in the data; ` +
    `${n === 1 ? 'its status is' : 'their status is'} not known.`,

  // ---- the list ----
  listHeading: 'The texts',
  /** A set's heading in the list: "Coroner: 5 matters of concern", "HMICFRS: 1 of 20 recommendations". */
  setHeading: (body: string, shown: number, total: number, kind: Kind | undefined) =>
    `${body}: ${shown === total ? '' : `${formatCount(shown)} of `}${recommendationStatusStrings.items(total, kind)}`,
  /** Under the list's heading, where some bodies' texts are listed only as the sources name them. */
  namedOnly: (bodies: readonly string[]) =>
    `As the sources name them; the full texts (${bodies.join(', ')}) are not in the sources consulted.`,
  /** One status for every item of a set listed here: said once, not under every item. */
  sharedStatus: (n: number, status: string) =>
    n === 1 ? `${status}.` : `For all ${formatCount(n)}: ${status.charAt(0).toLowerCase()}${status.slice(1)}.`,
  /** "IOPC: 18 recommendations, texts not published by the issuing body." */
  missingLine: (body: string, n: number, kind: Kind | undefined, reason: TextsMissingReason, others: boolean) =>
    `${body}: ${others ? 'the other ' : ''}${recommendationStatusStrings.items(n, kind)}, ${recommendationStatusStrings.textsMissing[reason]}.`,
  textsMissing: {
    'not-published': 'texts not published by the issuing body',
    'not-in-sources': 'texts not in the sources consulted',
  } satisfies Record<TextsMissingReason, string>,

  /** An item's status words: one dimension each, or one phrase when neither is known. */
  acceptance: {
    accepted: 'Accepted',
    rejected: 'Rejected',
    'no-response': 'No response published',
    unknown: 'Not known',
  } satisfies Record<Acceptance, string>,
  implementation: {
    'verified-complete': 'Verified done',
    'claimed-complete': 'Claimed done',
    'in-progress': 'In progress',
    'not-started': 'Not started',
    unknown: 'Not known',
  } satisfies Record<Implementation, string>,
  dimension: { acceptance: 'Response', implementation: 'Implementation' } as Record<
    'acceptance' | 'implementation',
    string
  >,
  itemAcceptance: {
    accepted: 'Accepted',
    rejected: 'Rejected',
    'no-response': 'No response published',
    unknown: 'Whether accepted not known',
  } satisfies Record<Acceptance, string>,
  itemImplementation: {
    'verified-complete': 'verified done',
    'claimed-complete': 'claimed done by the organisation it was made to',
    'in-progress': 'in progress',
    'not-started': 'not started',
    unknown: 'whether done not known',
  } satisfies Record<Implementation, string>,
  noStatus: 'No source consulted gives a status',
  asOf: (date: string) => `as of ${date}`,
  evidence: (n: number) => (n === 1 ? 'Notes and sources' : `Notes and sources for these ${formatCount(n)}`),
  textSource: 'Source for the text',
  /** After "Not known" in an item's notes: what it means, in the audit's words (2.11). */
  noStatusAfter: ': no source consulted gives a status.',
  /** Before a quote that supports a note on an unknown status, not the status itself. */
  forTheNote: 'For the note:',
  /** In a folded part when the bundled notes and quotes could not load (they come a moment after the graphic). */
  detailsUnavailable: 'The notes and sources could not be loaded.',
  number: (n: number) => `No. ${n}`,
  theme: 'Theme',
  owner: 'Who must act',
  responseDue: (date: string) => `Response due by ${date}`,
  responseMet: { yes: 'met', no: 'not met', unknown: 'whether it was met is not known' },

  // ---- controls, only where the list is long enough to need them ----
  filters: 'Filter the list',
  filterBody: 'Issuing body',
  filterTheme: 'Theme',
  filterStatus: 'Status',
  search: 'Search the texts',
  any: 'All',
  anyStatus: 'Any status',
  noTheme: 'No theme given',
  clearFilters: 'Show all',
  /** "Showing 1 of 43 recommendations and concerns." ("and concerns" only where the data has some). */
  showing: (shown: number, total: number, concerns = false) => {
    const what = concerns ? 'recommendations and concerns' : total === 1 ? 'recommendation' : 'recommendations';
    return shown === total
      ? `Showing ${total === 1 ? 'the' : 'all'} ${formatCount(total)} ${what}.`
      : `Showing ${formatCount(shown)} of ${formatCount(total)} ${what}.`;
  },
  /** A search looks only in the texts the sources give. */
  searching: (matching: number, texts: number) =>
    `${matching === 0 ? 'None' : formatCount(matching)} of the ${formatCount(texts)} ${texts === 1 ? 'text' : 'texts'} ${matching === 1 || matching === 0 ? 'matches' : 'match'}; the search looks only in texts the sources give.`,
  noMatch: 'Nothing matches these filters.',
  /** The list's pager (src/shared/pager.ts, which ends the line): which texts a page shows, and its buttons. */
  range: (from: number, to: number, total: number) =>
    `Texts ${formatCount(from)} to ${formatCount(to)} of ${formatCount(total)}`,
  next: (n: number) => `Next ${formatCount(n)}`,
  previous: (n: number) => `Previous ${formatCount(n)}`,

  tableCaption:
    'Every recommendation and concern, with its status and sources; those without a text are counted together',
  tableColumns: [
    'Body',
    'No.',
    'How many',
    'Recommendation or concern',
    'Theme',
    'Who must act',
    'Made',
    'Response',
    'Response as of',
    'Implementation',
    'Implementation as of',
    'Sources',
  ],
  tableMissing: {
    'not-published': (n: number) =>
      n === 1 ? 'Text not published by the issuing body' : 'Texts not published by the issuing body',
    'not-in-sources': (n: number) =>
      n === 1 ? 'Text not in the sources consulted' : 'Texts not in the sources consulted',
  } satisfies Record<TextsMissingReason, (n: number) => string>,
  /** In the key, where a body's items are a coroner's matters of concern. */
  concernsRule: 'A coroner raises matters of concern, not recommendations; the two are never added up.',
};

export type RecommendationStatusStrings = typeof recommendationStatusStrings;
