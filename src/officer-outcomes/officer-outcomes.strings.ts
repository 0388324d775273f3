/**
 * Every interface word <officer-outcomes> shows in its first render, in one object, so that
 * a translation or a house style replaces one object; the words only a reader's action shows
 * (the readout, the folded facts' lead, the table) are officer-outcomes.interaction-strings.ts,
 * which comes with the code that shows them. Facts (labels, quotes, notes) come from the
 * dataset; these are the words around them.
 */
import type { OfficerFinding, OfficerOutcome } from '../data/types.js';
import { formatCount as n } from '../shared/numbers.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const officerOutcomesStrings = {
  heading: 'What happened to the officers investigated',
  finding: {
    'performance-failings': 'performance failings',
    'no-case-to-answer': 'no case to answer',
  } satisfies Record<OfficerFinding, string>,
  /** Over each block of the original investigation, after its count. */
  findingHeading: {
    'performance-failings': 'found to have performance failings',
    'no-case-to-answer': 'no case to answer for misconduct',
  } satisfies Record<OfficerFinding, string>,
  outcome: {
    'management-feedback': 'management feedback',
    'unsatisfactory-performance-procedures': 'formal unsatisfactory performance procedures',
    // One of the eight had informal learning: no formal action, not "no action".
    'no-action': 'no formal action',
  } satisfies Record<OfficerOutcome, string>,

  /** The two steps: a heading and a line under it. */
  originalStep: (investigated: number, concluded: string) =>
    `The IOPC’s investigation of ${n(investigated)} officers, concluded ${concluded}`,
  reinvestigationStep: 'The re-investigation',
  reinvestigationSub: (decided: string, count: number, announced: string) =>
    `Decided ${decided}. ${n(count)} ${plural(count, 'officer', 'officers')} under investigation for gross misconduct, announced ${announced}.`,
  fromOriginal: (original: number) => `among the original ${n(original)}`,
  notFromOriginal: (original: number) => `not among the original ${n(original)}`,
  /** After "5 among the original 17" when it is some of them. */
  notKnownWhich: ', not known which',

  /** Facts about some officers of a group the sources do not name. */
  factPhrase: {
    promoted: () => 'had since been promoted',
    disciplined: () => 'had been disciplined',
    'no-comment-interviews': (count: number) =>
      plural(count, 'gave a “no comment” interview', 'gave “no comment” interviews'),
  } as Record<string, (count: number) => string>,
  /** "5 of these 9 had since been promoted, as of December 2021; which 5 is not known." */
  factOfThese: (count: number, of: number, phrase: string, asOf: string) =>
    count === 0
      ? `None of these ${n(of)} ${phrase}${asOf}.`
      : count >= of
        ? `All ${n(of)} ${phrase}${asOf}.`
        : `${n(count)} of these ${n(of)} ${phrase}${asOf}; which ${count === 1 ? 'one' : n(count)} is not known.`,
  factOfAll: (count: number, of: number, phrase: string, asOf: string) =>
    count === 0 ? `None of the ${n(of)} ${phrase}${asOf}.` : `${n(count)} of the ${n(of)} ${phrase}${asOf}.`,
  factUnscoped: (count: number, phrase: string, asOf: string) =>
    `${n(count)} ${phrase}${asOf} (the sources do not say out of which officers).`,
  /** A count of none, drawn as an empty track after a big 0: "of 17 disciplined, as of December 2021". */
  none: (label: string, of: number | null, asOf: string) => `${of === null ? '' : `of ${n(of)} `}${label}${asOf}`,
  asOf: (date: string) => `, as of ${date}`,
  /** The folded foot of the chart: the footnotes, then the facts not drawn. */
  more: 'Notes and other reported facts',

  /** Group notes: "One of these 7, not known which, also received informal learning…". */
  extra: (count: number, of: number, label: string) =>
    count >= of
      ? `All ${n(of)} ${label}.`
      : `${count === 1 ? 'One' : n(count)} of these ${n(of)}, not known which, ${label}.`,
  extraMarker: '◆',

  status: {
    open: (asOf: string) => `Open: outcome not known as of ${asOf}`,
    concluded: (outcome: string | null) => (outcome ? `Concluded: ${outcome}` : 'Concluded: outcome not reported'),
    unknown: (asOf: string) => `Status not known; the latest report is from ${asOf}`,
  },

  /** Each officer's name for screen readers (their place, "3 of 17", is given with it), and the readout. */
  officer: (finding: string, outcome: string) => `${finding.charAt(0).toUpperCase()}${finding.slice(1)}, ${outcome}`,
  /** A re-investigated officer's, after "Under re-investigation, ": fromOriginal or notFromOriginal. */
  reinvestigated: (among: string) => `Under re-investigation, ${among}`,
  hint: 'Point at or tap a square for its source.',
  /** Where a quote or a note would be when the bundled officers' quotes and notes could not load. */
  detailsUnavailable: 'The quotes and notes could not be loaded.',

  /** Summary sentence pieces. */
  summary: {
    lead: (investigated: number, failings: number, noCase: number) =>
      `Of ${n(investigated)} ${plural(investigated, 'officer', 'officers')} investigated by the IOPC, ${n(failings)} ${plural(failings, 'was', 'were')} found to have performance failings and ${n(noCase)} had no case to answer.`,
    /** "By December 2021, …" when the facts after it share that date. */
    by: (when: string) => `By ${when}, `,
    asOf: (when: string) => ` (as of ${when})`,
    noneDisciplined: 'none had been disciplined',
    disciplined: (count: number, of: number | null) =>
      of === null
        ? `${n(count)} ${plural(count, 'officer', 'officers')} had been disciplined`
        : `${n(count)} of the ${n(of)} had been disciplined`,
    /**
     * The promotions with their scope and their source in the sentence: "LBC reported that 5 of
     * the 9 with performance failings had since been promoted".
     */
    promoted: (count: number, of: number | null, scope: string, source: string) =>
      of === null
        ? `${source} reported that ${n(count)} had since been promoted, without saying out of which officers`
        : `${source} reported that ${n(count)} of the ${n(of)}${scope ? ` ${scope}` : ''} had since been promoted`,
    promotedScope: {
      'performance-failings': 'with performance failings',
      'no-case-to-answer': 'with no case to answer',
      investigated: '',
    } as Record<string, string>,
    reinvestigation: (decided: string, announced: string, count: number, fromOriginal: number, original: number) =>
      `On ${decided} the IOPC decided to re-investigate. On ${announced} it said ${n(count)} ${plural(count, 'officer', 'officers')}, ${n(fromOriginal)} of them among the original ${n(original)}, ${plural(count, 'was', 'were')} under investigation for gross misconduct over possible breaches of professional standards;`,
    open: (asOf: string) => ` no outcome had been reported as of ${asOf}.`,
    concluded: (outcome: string | null) =>
      outcome ? ` it has since concluded: ${outcome}.` : ' it has since concluded.',
    unknown: ' no source says whether it has concluded.',
  },
};

export type OfficerOutcomesStrings = typeof officerOutcomesStrings;
