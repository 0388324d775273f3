/**
 * Every interface word <recommendation-status> shows, in one object so that a
 * translation or a house style replaces one object (shared words stay in
 * src/shared/strings.ts). Data text (titles, quotes, notes) comes from the dataset.
 */
import type { Acceptance, Implementation, RecommendationSet, TextsMissingReason } from '../data/types.js';
import { formatCount } from '../shared/numbers.js';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

type Kind = NonNullable<RecommendationSet['kind']>;

/** What the summary says of one set. */
export interface SetSummaryLine {
  body: string;
  kind: Kind;
  count: number;
  made: string;
  accepted: number;
  /** Items with no text, and why. */
  missing: number;
  reason: TextsMissingReason;
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
  recommendations: (n: number) => plural(n, 'recommendation', 'recommendations'),
  bodies: (n: number) => plural(n, 'body', 'bodies'),

  /**
   * The sentences under the title, set by set (no total across bodies: the counts are of
   * different things, and one is given only as "around 20" by some sources): what each
   * made and when, what is recorded as accepted and verified, and whose texts are missing.
   */
  summary: (s: { sets: readonly SetSummaryLine[]; verified: number }) => {
    if (s.sets.length === 0) return 'No recommendations are recorded in this data.';
    const t = recommendationStatusStrings;
    const lines = s.sets.map((set) => {
      const accepted =
        set.accepted === 0
          ? ''
          : set.accepted === set.count
            ? ', all recorded as accepted'
            : `, ${formatCount(set.accepted)} recorded as accepted`;
      return `${set.body}: ${t.items(set.count, set.kind)} (${set.made})${accepted}.`;
    });
    lines.push(
      s.verified === 0
        ? 'None is recorded as verified complete in the sources consulted.'
        : `${formatCount(s.verified)} ${s.verified === 1 ? 'is' : 'are'} recorded as verified complete.`,
    );
    for (const reason of ['not-published', 'not-in-sources'] as const) {
      const sets = s.sets.filter((set) => set.missing > 0 && set.reason === reason);
      if (sets.length)
        lines.push(
          `${t.missingHeading[reason]}: ${sets.map((set) => `${set.body}, ${set.missing === set.count ? formatCount(set.missing) : `${formatCount(set.missing)} of ${formatCount(set.count)}`}`).join('; ')}.`,
        );
    }
    return lines.join(' ');
  },
  missingHeading: {
    'not-published': 'Texts not published by the issuing body',
    'not-in-sources': 'Texts not in the sources consulted',
  } satisfies Record<TextsMissingReason, string>,
  empty: 'No recommendations are recorded in this data.',

  chartHeading: 'Status by issuing body',
  legendHeading: 'What each status means',
  listHeading: 'Every recommendation and concern',
  dimension: { acceptance: 'Response', implementation: 'Implementation' } as Record<
    'acceptance' | 'implementation',
    string
  >,
  dimensionQuestion: {
    acceptance: 'Was it accepted?',
    implementation: 'Has it been done?',
  } as Record<'acceptance' | 'implementation', string>,

  acceptance: {
    accepted: 'Accepted',
    rejected: 'Rejected',
    'no-response': 'No response published',
    unknown: 'Not known',
  } satisfies Record<Acceptance, string>,
  implementation: {
    'verified-complete': 'Verified complete',
    'claimed-complete': 'Claimed complete by the recipient',
    'in-progress': 'In progress',
    'not-started': 'Not started',
    unknown: 'Not known',
  } satisfies Record<Implementation, string>,

  /** The method, in plain words, as good trackers publish it. */
  acceptanceDefinition: {
    accepted: 'Accepted: the organisation it was made to has said it accepts it.',
    rejected: 'Rejected: the organisation it was made to has said it will not act on it.',
    'no-response': 'No response published: no reply to it has been published.',
    unknown: 'Not known: no source consulted says whether it was accepted.',
  } satisfies Record<Acceptance, string>,
  /**
   * One definition of "verified" everywhere (legend, notes, data/README.md): confirmed by a
   * body independent of the one that had to act.
   */
  implementationDefinition: {
    'verified-complete':
      'Verified complete: a body independent of the one that had to act (the body that made it, an inspectorate, a coroner or a court) has confirmed it was done.',
    'claimed-complete':
      'Claimed complete: the organisation it was made to says it has done this; no independent check has been published.',
    'in-progress': 'In progress: a source says work on it has started but is not finished.',
    'not-started': 'Not started: a source says no work on it has started.',
    unknown: 'Not known: no source consulted says what has been done.',
  } satisfies Record<Implementation, string>,
  /** The two reasons a text is missing: never merged, each in the legend where the data has it. */
  missingTerm: {
    'not-published': 'Not published',
    'not-in-sources': 'Not in the sources consulted',
  } satisfies Record<TextsMissingReason, string>,
  missingDefinition: {
    'not-published':
      'Not published: the issuing body has not published the text, a cited source says; only how many there are is known. Each is counted, never left out.',
    'not-in-sources':
      'Not in the sources consulted: the text may be published, but no source consulted gives it; only how many there are is known. Each is counted, never left out.',
  } satisfies Record<TextsMissingReason, string>,

  figures: 'Figures',
  asOf: (date: string) => `as of ${date}`,
  asOfRange: (from: string, to: string) => `as of dates from ${from} to ${to}`,
  noDate: 'no date given',
  source: 'Source',
  sources: 'Sources',
  barEvidence: (n: number) => `Sources for these figures (${plural(n, 'quote', 'quotes')})`,
  unlisted: (n: number) =>
    `${plural(n, 'item is', 'items are')} counted by the sources but not listed one by one in the data; ` +
    `${n === 1 ? 'it is' : 'they are'} shown without text, with status not known.`,

  made: 'Made',
  madeOn: (date: string, kind: Kind = 'recommendations') => `${kind === 'concerns' ? 'raised' : 'made'} ${date}`,
  /** A date made known only as a range ("between 2019 and 17 June 2022"). */
  madeBetween: (from: string, to: string) => `between ${from} and ${to}`,
  countNote: 'On the count',
  textsOf: (missing: number, total: number) => (missing === total ? 'texts of all' : `texts of ${missing}`),
  missingSuffix: {
    'not-published': 'not published by the issuing body',
    'not-in-sources': 'not in the sources consulted',
  } satisfies Record<TextsMissingReason, string>,
  /** On a set whose texts are missing: the reason, in the set's heading line. */
  setTextsMissing: {
    'not-published': 'Texts not published by the issuing body',
    'not-in-sources': 'Full texts not in the sources consulted',
  } satisfies Record<TextsMissingReason, string>,
  responseDue: (date: string) => `Response due by ${date}`,
  responseMet: { yes: 'met', no: 'not met', unknown: 'whether it was met is not known' },

  filters: 'Filter the list',
  filterBody: 'Issuing body',
  filterTheme: 'Theme',
  filterStatus: 'Status',
  search: 'Search the recommendations and concerns',
  any: 'All',
  anyStatus: 'Any status',
  noTheme: 'No theme given',
  clearFilters: 'Clear filters',
  /** "Showing 1 of 43 recommendations and concerns." ("and concerns" only where the data has some). */
  showing: (shown: number, total: number, concerns = false) => {
    const what = concerns ? 'recommendations and concerns' : total === 1 ? 'recommendation' : 'recommendations';
    return shown === total
      ? `Showing ${total === 1 ? 'the' : 'all'} ${formatCount(total)} ${what}.`
      : `Showing ${formatCount(shown)} of ${formatCount(total)} ${what}.`;
  },
  noMatch: 'Nothing matches these filters.',

  theme: 'Theme',
  themeNotGiven: 'Theme not given',
  owner: 'Who must act',
  ownerNotGiven: 'not given',
  number: (n: number) => `No. ${n}`,
  numberNotGiven: 'No. not given',
  textMissing: {
    'not-published': 'Text not published by the issuing body',
    'not-in-sources': 'Text not in the sources consulted',
  } satisfies Record<TextsMissingReason, string>,
  placeholderGroup: (n: number, body: string, kind: Kind, reason: TextsMissingReason) =>
    `${recommendationStatusStrings.items(n, kind)} from ${body}: ${recommendationStatusStrings.missingSuffix[reason].replace(/^/, 'texts ')}`,
  publishedGroup: (n: number, kind: Kind = 'recommendations') => recommendationStatusStrings.items(n, kind),
  matching: (n: number, of: number) => (n === of ? '' : ` (${formatCount(n)} of ${formatCount(of)} match)`),
  show: (n: number) => `Show ${n === 1 ? 'it' : `the ${formatCount(n)}`}`,
  hide: 'Hide',
  showMore: (n: number) => `Show ${formatCount(n)} more`,
  evidence: (n: number) => `Evidence (${plural(n, 'quote', 'quotes')})`,
  note: 'Note',

  tableCaption: 'Every recommendation and concern, with its status and sources',
  tableColumns: [
    'Body',
    'No.',
    'Recommendation or concern',
    'Theme',
    'Who must act',
    'Made',
    'Acceptance',
    'Acceptance as of',
    'Implementation',
    'Implementation as of',
    'Sources',
  ],
  notes: {
    method:
      'Statuses come only from published sources, each with its date and a quote. Where no source says, the status is "Not known", and it is drawn as a share of each bar, not left out.',
    complete:
      '"Claimed complete" (the word of the organisation it was made to) and "Verified complete" (confirmed by an independent body) are counted apart and never merged.',
    concerns:
      'A coroner’s Prevention of Future Deaths report raises matters of concern, not recommendations: they are shown and counted apart, never added to the recommendations.',
  },
};

export type RecommendationStatusStrings = typeof recommendationStatusStrings;
