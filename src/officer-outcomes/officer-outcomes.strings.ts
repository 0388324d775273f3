/**
 * Every interface word <officer-outcomes> shows, in one object, so that a
 * translation or a house style replaces one object. Facts (labels, quotes, notes)
 * come from the dataset; these are the words around them.
 */
import type { OfficerFinding, OfficerOutcome } from '../data/types.js';
import { formatCount } from '../shared/numbers.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const officerOutcomesStrings = {
  heading: 'What happened to the officers investigated',
  finding: {
    'performance-failings': 'performance failings',
    'no-case-to-answer': 'no case to answer',
  } satisfies Record<OfficerFinding, string>,
  findingHeading: {
    'performance-failings': 'Found to have performance failings',
    'no-case-to-answer': 'No case to answer for misconduct',
  } satisfies Record<OfficerFinding, string>,
  outcome: {
    'management-feedback': 'management feedback',
    'unsatisfactory-performance-procedures': 'formal unsatisfactory performance procedures',
    // One of the eight had informal learning: no formal action, not "no action".
    'no-action': 'no formal action',
  } satisfies Record<OfficerOutcome, string>,

  /** Headline figures, by subset-fact id where they come from one. */
  headline: {
    investigated: 'investigated',
    failings: 'found to have performance failings',
    disciplined: 'disciplined',
    promoted: (scopeSize: number | null) =>
      scopeSize === null ? 'since promoted' : `of the ${formatCount(scopeSize)} since promoted`,
    reinvestigated: (asOf: string) => `under re-investigation, as of ${asOf}`,
  },
  headlineLabel: 'Key figures',

  /** Known subset facts in words; any other fact falls back to its own label. */
  factPhrase: {
    promoted: (n: number) => plural(n, 'had since been promoted', 'had since been promoted'),
    disciplined: (n: number) => plural(n, 'had been disciplined', 'had been disciplined'),
    'no-comment-interviews': (n: number) => plural(n, 'gave a “no comment” interview', 'gave “no comment” interviews'),
  } as Record<string, (n: number) => string>,
  factOf: (count: number, scopeSize: number, phrase: string) =>
    count === 0
      ? `None of these ${formatCount(scopeSize)} ${phrase}`
      : `${formatCount(count)} of these ${formatCount(scopeSize)}: ${phrase}`,
  factOfAll: (count: number, scopeSize: number, phrase: string) =>
    count === 0
      ? `None of the ${formatCount(scopeSize)} ${phrase}`
      : `${formatCount(count)} of the ${formatCount(scopeSize)}: ${phrase}`,
  factUnscoped: (count: number, phrase: string) =>
    `${formatCount(count)}: ${phrase} (the sources do not say out of which officers)`,
  asOf: (date: string) => `as of ${date}`,
  notKnownWhich: 'The sources do not say which officers these counts are about, so no marks are singled out.',
  source: (names: string[]) => `${names.length === 1 ? 'Source' : 'Sources'}: ${names.join('; ')}.`,

  /** Group extras: "1 of these 7 also received informal learning (which one is not known)". */
  extra: (count: number, groupSize: number, label: string) =>
    count >= groupSize
      ? `All ${formatCount(groupSize)}: ${label}`
      : `${formatCount(count)} of these ${formatCount(groupSize)}: ${label} (which ${count === 1 ? 'one' : 'ones'} is not known)`,
  extraMarker: '◆',

  originalStep: (concluded: string) => `The original investigation, concluded ${concluded}`,
  officersCount: (n: number) => `${formatCount(n)} ${plural(n, 'officer', 'officers')}`,
  reinvestigationStep: (decided: string) => `The re-investigation, decided ${decided}`,
  reinvestigationOfficers: (n: number, announced: string) =>
    `${formatCount(n)} ${plural(n, 'officer', 'officers')} under investigation, announced ${announced}`,
  fromOriginal: (n: number) => `Among the original ${formatCount(n)}`,
  notFromOriginal: (n: number) => `Not among the original ${formatCount(n)}`,
  overlapNote: (fromOriginal: number, original: number) =>
    `Which ${formatCount(fromOriginal)} of the original ${formatCount(original)} are being re-investigated is not known from the sources, so none of the ${formatCount(original)} marks is singled out.`,
  status: {
    open: (asOf: string) => `Open: outcome not known as of ${asOf}`,
    concluded: (outcome: string | null) => (outcome ? `Concluded: ${outcome}` : 'Concluded: outcome not reported'),
    unknown: (asOf: string) => `Status not known; the latest report is from ${asOf}`,
  },
  zero: 'none',

  /** Accessible names and announcements. */
  chartLabel: (original: number, reinvestigated: number, both: number) =>
    `Officers, one mark each: ${formatCount(original)} in the original investigation and ${formatCount(reinvestigated)} in the re-investigation` +
    (both > 0
      ? `; ${formatCount(both)} of the ${formatCount(reinvestigated)} are among the ${formatCount(original)}, so the ${formatCount(original + reinvestigated)} marks stand for ${formatCount(original + reinvestigated - both)} officers`
      : '') +
    '. Use the arrow keys to move between officers.',
  officer: (n: number, of: number, finding: string, outcome: string) =>
    `Officer ${formatCount(n)} of ${formatCount(of)}: ${finding}, ${outcome}`,
  reinvestigated: (n: number, of: number, fromOriginal: boolean, original: number) =>
    `Re-investigated officer ${formatCount(n)} of ${formatCount(of)}: ${fromOriginal ? `among the original ${formatCount(original)}` : `not among the original ${formatCount(original)}`}`,
  unitExtra: (count: number, groupSize: number, label: string) =>
    `${formatCount(count)} of the ${formatCount(groupSize)} in this group: ${label} (not known which)`,
  readoutHint: 'Point at or tap a mark, or tab to the chart and use the arrow keys, to read about each officer.',

  /** Summary sentence pieces. */
  summary: {
    lead: (investigated: number, failings: number, noCase: number) =>
      `Of ${formatCount(investigated)} ${plural(investigated, 'officer', 'officers')} investigated by the IOPC, ${formatCount(failings)} ${plural(failings, 'was', 'were')} found to have performance failings and ${formatCount(noCase)} had no case to answer.`,
    /** "By December 2021, …" when the facts after it share that date. */
    by: (when: string) => `By ${when}, `,
    asOf: (when: string) => ` (as of ${when})`,
    noneDisciplined: 'none had been disciplined',
    disciplined: (n: number, of: number | null) =>
      of === null
        ? `${formatCount(n)} ${plural(n, 'officer', 'officers')} had been disciplined`
        : `${formatCount(n)} of the ${formatCount(of)} had been disciplined`,
    /**
     * The promotions with their scope and their source in the sentence: "LBC reported that 5 of
     * the 9 with performance failings had since been promoted".
     */
    promoted: (n: number, of: number | null, scope: string, source: string) =>
      of === null
        ? `${source} reported that ${formatCount(n)} had since been promoted, without saying out of which officers`
        : `${source} reported that ${formatCount(n)} of the ${formatCount(of)}${scope ? ` ${scope}` : ''} had since been promoted`,
    promotedScope: {
      'performance-failings': 'with performance failings',
      'no-case-to-answer': 'with no case to answer',
      investigated: '',
    } as Record<string, string>,
    reinvestigation: (decided: string, announced: string, n: number, fromOriginal: number, original: number) =>
      `On ${decided} the IOPC decided to re-investigate. On ${announced} it said ${formatCount(n)} ${plural(n, 'officer', 'officers')}, ${formatCount(fromOriginal)} of them among the original ${formatCount(original)}, ${plural(n, 'was', 'were')} under investigation for gross misconduct over possible breaches of professional standards;`,
    open: (asOf: string) => ` no outcome had been reported as of ${asOf}.`,
    concluded: (outcome: string | null) =>
      outcome ? ` it has since concluded: ${outcome}.` : ' it has since concluded.',
    unknown: ' no source says whether it has concluded.',
  },

  /** Table. */
  table: {
    caption: 'Officers investigated, by finding and outcome, with related facts',
    columns: ['Group', 'Finding', 'Outcome', 'Officers', 'Notes', 'Source quote'],
    fact: 'Fact about some officers',
    outOf: (n: number, scope: string) => `out of ${formatCount(n)} (${scope})`,
    scope: {
      investigated: 'all officers investigated',
      unknown: 'scope not given',
    },
    reinvestigation: 'Re-investigation',
    reinvestigated: 'officers under investigation',
    dates: (decided: string, announced: string) => `Decided ${decided}; announced ${announced}.`,
    status: 'Status',
  },
  notes: {
    counts:
      'Each mark is one officer. Facts about some officers whose identities the sources do not give (such as who was promoted) are shown as counts beside the group they are about, never on particular marks.',
  },
};

export type OfficerOutcomesStrings = typeof officerOutcomesStrings;
