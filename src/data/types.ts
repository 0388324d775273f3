/**
 * The schema of the port-case-viz dataset, as TypeScript types.
 *
 * `data/port-case.json` follows it, `validate()` checks any object against it at
 * runtime, and every element accepts it (or the sections it needs) from the page.
 * `data/README.md` explains each field in words for editors.
 */

/**
 * A calendar date written as ISO 8601 with only the precision its source gives:
 * `"2014-06-19"` (day), `"2014-06"` (month) or `"2014"` (year). Never padded to
 * a day the source does not state.
 * @pattern ^\d{4}(-\d{2}(-\d{2})?)?$
 */
export type IsoDate = string;

export type DatePrecision = 'day' | 'month' | 'year';

/** A short verbatim quote (at most 40 words) from a source that supports a record. */
export interface Citation {
  /** The `id` of a record in `sources`. */
  source: string;
  /** Copied exactly from the source; "…" marks a cut. */
  quote: string;
}

export type SourceKind = 'news' | 'official' | 'court' | 'legal' | 'campaign' | 'other';

export interface Source {
  id: string;
  kind: SourceKind;
  /** The publisher as the source names it, or null when the text does not name one. */
  publisher: string | null;
  title: string;
  author?: string;
  /** Publication date at its precision, or null when the text gives none. */
  date: IsoDate | null;
  /** Why the date is missing or inferred, in words. */
  dateNote?: string;
  /** http(s) only; anything else is rejected by validate(). */
  url?: string;
}

export type EventCategory = 'death' | 'police-failure' | 'justice' | 'watchdog' | 'inquest' | 'inspection' | 'response';

export interface Victim {
  name: string;
  age: number;
  /** Where he was found, as the sources give it. */
  place: string;
}

export interface TimelineEvent {
  id: string;
  category: EventCategory;
  /** When it happened (or began, for a span), at its precision. */
  date: IsoDate;
  /** Present for things that lasted: the killings, an investigation, the inquests. */
  end?: IsoDate;
  /** True where the sources give the date only roughly or disagree about it. */
  approximate?: boolean;
  title: string;
  /** One or two neutral sentences. */
  description: string;
  /** For deaths: who died, as the sources name him. */
  victim?: Victim;
  /** Uncertainty, disagreement or scope the reader should know about. */
  note?: string;
  citations: Citation[];
}

/** What the IOPC found about an officer's conduct in the original investigation. */
export type OfficerFinding = 'performance-failings' | 'no-case-to-answer';

/** What then happened to the officer. */
export type OfficerOutcome = 'management-feedback' | 'unsatisfactory-performance-procedures' | 'no-action';

/** Officers who share one finding and one outcome. Units are drawn per officer. */
export interface OfficerGroup {
  id: string;
  finding: OfficerFinding;
  outcome: OfficerOutcome;
  count: number;
  label: string;
  /** Extra notes on some members of this group (e.g. one also had informal learning). */
  extras: OfficerExtra[];
  citations: Citation[];
}

export interface OfficerExtra {
  count: number;
  label: string;
  citations: Citation[];
}

/**
 * Who a subset fact is about: all officers investigated, or those with one finding.
 * `null` when the source does not say.
 */
export type OfficerScope = 'investigated' | OfficerFinding | null;

/**
 * A fact about some officers whose identities the sources do not give
 * ("five have since been promoted"). Graphics show it against its scope, never
 * on particular units.
 */
export interface OfficerSubsetFact {
  id: string;
  /** Short label, e.g. "promoted since". */
  label: string;
  count: number;
  /** The group the count is out of, as the graphic uses it. */
  scope: OfficerScope;
  /** How each source scopes it, when they differ. */
  scopeNote?: string;
  asOf: IsoDate | null;
  citations: Citation[];
}

export interface Reinvestigation {
  /** When the IOPC decided to re-investigate. */
  decided: IsoDate;
  /** When the officers were told they were under investigation. */
  announced: IsoDate;
  officers: number;
  serving: number;
  former: number;
  /** How many were also subjects of the original investigation. */
  fromOriginal: number;
  /** 'open' until a source reports an outcome; 'unknown' when no source says either way. */
  status: 'open' | 'concluded' | 'unknown';
  /** The outcome in words, or null while none is reported. */
  outcome: string | null;
  /** The latest date the status is known for. */
  statusAsOf: IsoDate;
  note?: string;
  citations: Citation[];
}

export interface OfficerInvestigation {
  /** Officers investigated in the original IPCC/IOPC investigation. */
  investigated: number;
  /** When that investigation ended. */
  concluded: IsoDate;
  groups: OfficerGroup[];
  subsetFacts: OfficerSubsetFact[];
  reinvestigation: Reinvestigation;
  citations: Citation[];
}

export type Acceptance = 'accepted' | 'rejected' | 'no-response' | 'unknown';

export type Implementation = 'not-started' | 'in-progress' | 'claimed-complete' | 'verified-complete' | 'unknown';

/** One dimension of a recommendation's status, with when and who says so. */
export interface StatusAssessment<T extends string> {
  value: T;
  asOf: IsoDate | null;
  note?: string;
  citations: Citation[];
}

/** The recommendations one body made at one time (e.g. HMICFRS, 27 April 2023). */
export interface RecommendationSet {
  id: string;
  /** Short name of the issuing body, e.g. "HMICFRS". */
  body: string;
  title: string;
  made: IsoDate;
  /** The count the graphics use. */
  count: number;
  /** When sources give the count differently ("around 20"). */
  countNote?: string;
  /** Themes the sources name for this set. */
  themes: string[];
  /** Whether the individual texts are published in any source consulted. */
  textsPublished: boolean;
  /** A deadline for a response, where a source gives one. */
  responseDue?: { date: IsoDate; met: boolean | null; note?: string; citations: Citation[] };
  citations: Citation[];
}

export interface Recommendation {
  id: string;
  /** The `id` of its RecommendationSet. */
  set: string;
  /** Its number within the set, or null when not known. */
  number: number | null;
  /** The text or a summary, or null when not published in the sources. */
  text: string | null;
  theme: string | null;
  /** Who must act on it, where known. */
  owner: string | null;
  acceptance: StatusAssessment<Acceptance>;
  implementation: StatusAssessment<Implementation>;
  citations: Citation[];
}

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit?: string;
  asOf: IsoDate | null;
  approximate?: boolean;
  citations: Citation[];
}

export interface ContradictionVersion {
  value: string;
  citations: Citation[];
}

/** Where sources disagree: every version, which one the graphics use, and why. */
export interface Contradiction {
  id: string;
  topic: string;
  versions: ContradictionVersion[];
  used: string;
  why: string;
}

/**
 * The case's own words that the graphics show as titles, so that another case's data brings
 * its own. Each is optional: without it a graphic keeps its built-in title (written for the
 * Stephen Port case), and a page's `heading` attribute wins over both.
 */
export interface CaseLabels {
  /** The title of `<case-timeline>`. */
  timeline?: string;
  /** The title of `<officer-outcomes>`. */
  officers?: string;
  /** The title of `<recommendation-status>`. */
  recommendations?: string;
}

export interface Dataset {
  schemaVersion: 1;
  title: string;
  /** The graphics' titles for this case (see CaseLabels). */
  labels?: CaseLabels;
  /** When the data was last checked against its sources. */
  updated: IsoDate;
  sources: Source[];
  events: TimelineEvent[];
  officers: OfficerInvestigation;
  recommendationSets: RecommendationSet[];
  recommendations: Recommendation[];
  figures: Figure[];
  contradictions: Contradiction[];
}

/** The top-level sections of a Dataset an element may need. */
export type DatasetSection = Exclude<keyof Dataset, 'schemaVersion' | 'title' | 'updated' | 'labels'>;
