/**
 * Every interface word <recommendation-status> shows, in one object so that a
 * translation or a house style replaces one object (shared words stay in
 * src/shared/strings.ts). Data text (titles, quotes, notes) comes from the dataset.
 */
import type { Acceptance, Implementation } from '../data/types.js';
import { formatCount } from '../shared/numbers.js';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

export const recommendationStatusStrings = {
  heading: 'Recommendations made after the Stephen Port murders',
  recommendations: (n: number) => plural(n, 'recommendation', 'recommendations'),
  bodies: (n: number) => plural(n, 'body', 'bodies'),

  /** The sentence under the title: made, accepted, verified, not published. */
  summary: (s: { made: number; bodies: number; accepted: number; verified: number; notPublished: number }) =>
    s.made === 0
      ? 'No recommendations are recorded in this data.'
      : `${plural(s.made, 'recommendation was', 'recommendations were')} made by ${plural(s.bodies, 'body', 'bodies')}. ` +
        `${formatCount(s.accepted)} ${s.accepted === 1 ? 'is' : 'are'} recorded as accepted; ` +
        `${formatCount(s.verified)} ${s.verified === 1 ? 'has' : 'have'} been independently verified as done; ` +
        `the texts of ${formatCount(s.notPublished)} ${s.notPublished === 1 ? 'is' : 'are'} not published.`,
  empty: 'No recommendations are recorded in this data.',

  chartHeading: 'Status by issuing body',
  legendHeading: 'What each status means',
  listHeading: 'Every recommendation',
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
    'verified-complete': 'Verified complete by the issuing body',
    'claimed-complete': 'Claimed complete by the force',
    'in-progress': 'In progress',
    'not-started': 'Not started',
    unknown: 'Not known',
  } satisfies Record<Implementation, string>,

  /** The method, in plain words, as good trackers publish it. */
  acceptanceDefinition: {
    accepted: 'Accepted: the organisation it was made to has said it accepts it.',
    rejected: 'Rejected: the organisation it was made to has said it will not act on it.',
    'no-response': 'No response published: no reply to it has been published.',
    unknown: 'Not known: no source we found says whether it was accepted.',
  } satisfies Record<Acceptance, string>,
  implementationDefinition: {
    'verified-complete': 'Verified complete: the body that made the recommendation has checked it was done.',
    'claimed-complete': 'Claimed complete: the force says it has done this; no independent check has been published.',
    'in-progress': 'In progress: a source says work on it has started but is not finished.',
    'not-started': 'Not started: a source says no work on it has started.',
    unknown: 'Not known: no published source says what has been done.',
  } satisfies Record<Implementation, string>,
  notPublishedTerm: 'Not published',
  notPublishedDefinition:
    'Not published: the body has not published the text; the sources give only how many there are. Each is counted, never left out.',

  figures: 'Figures',
  asOf: (date: string) => `as of ${date}`,
  asOfRange: (from: string, to: string) => `as of dates from ${from} to ${to}`,
  noDate: 'no date given',
  source: 'Source',
  sources: 'Sources',
  barEvidence: (n: number) => `Sources for these figures (${plural(n, 'quote', 'quotes')})`,
  unlisted: (n: number) =>
    `${plural(n, 'recommendation is', 'recommendations are')} counted by the sources but not listed one by one in the data; ` +
    `${n === 1 ? 'it is' : 'they are'} shown as not published, with status not known.`,

  made: 'Made',
  madeOn: (date: string) => `made ${date}`,
  countNote: 'On the count',
  textsNotPublished: 'Full texts not found in the published sources',
  textsOf: (notPublished: number, total: number) =>
    notPublished === total ? 'texts of all' : `texts of ${notPublished}`,
  notPublishedSuffix: 'not published',
  responseDue: (date: string) => `Response due by ${date}`,
  responseMet: { yes: 'met', no: 'not met', unknown: 'whether it was met is not known' },

  filters: 'Filter the list',
  filterBody: 'Issuing body',
  filterTheme: 'Theme',
  filterStatus: 'Status',
  search: 'Search the recommendations',
  any: 'All',
  anyStatus: 'Any status',
  noTheme: 'No theme given',
  clearFilters: 'Clear filters',
  showing: (shown: number, total: number) =>
    shown === total
      ? `Showing all ${plural(total, 'recommendation', 'recommendations')}.`
      : `Showing ${formatCount(shown)} of ${plural(total, 'recommendation', 'recommendations')}.`,
  noMatch: 'No recommendations match these filters.',

  theme: 'Theme',
  themeNotGiven: 'Theme not given',
  owner: 'Who must act',
  ownerNotGiven: 'not given',
  number: (n: number) => `No. ${n}`,
  numberNotGiven: 'No. not given',
  textNotPublished: 'Text not published',
  placeholderGroup: (n: number, body: string) =>
    `${plural(n, 'recommendation', 'recommendations')} from ${body}: texts not published`,
  publishedGroup: (n: number) => plural(n, 'recommendation', 'recommendations'),
  matching: (n: number, of: number) => (n === of ? '' : ` (${formatCount(n)} of ${formatCount(of)} match)`),
  show: (n: number) => `Show ${n === 1 ? 'it' : `the ${formatCount(n)}`}`,
  hide: 'Hide',
  showMore: (n: number) => `Show ${formatCount(n)} more`,
  evidence: (n: number) => `Evidence (${plural(n, 'quote', 'quotes')})`,
  note: 'Note',

  tableCaption: 'Every recommendation, with its status and sources',
  tableColumns: [
    'Body',
    'No.',
    'Recommendation',
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
      '"Claimed complete" (the force\'s own word) and "Verified complete" (checked by the body that made the recommendation) are counted apart and never merged.',
  },
};

export type RecommendationStatusStrings = typeof recommendationStatusStrings;
