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
  /**
   * Who said or wrote the quoted words, when it is not the source itself: a person or
   * body the source quotes ("Graham Beesley, IOPC regional director", "a freedom of
   * information requester"). Shown with the quote, so that no one's words are read as
   * the publisher's, or the other way round.
   */
  saidBy?: string;
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

export type EventCategory =
  'death' | 'police-failure' | 'family' | 'justice' | 'watchdog' | 'inquest' | 'inspection' | 'response';

export interface Victim {
  name: string;
  age: number;
  /** Where he was found, as the sources give it. */
  place: string;
}

export interface TimelineEvent {
  id: string;
  /**
   * What kind of event it is. `family` is a concern a victim's family or friends say they
   * raised: their account, an allegation, never filed as a `police-failure`.
   */
  category: EventCategory;
  /** When it happened (or began, for a span), at its precision. */
  date: IsoDate;
  /** Present for things that lasted: an investigation, the inquests. */
  end?: IsoDate;
  /** True where the sources give the date only roughly or disagree about it. */
  approximate?: boolean;
  title: string;
  /**
   * An editor's neutral short label for tight spaces (about 28 characters, wrapped to two
   * lines, never cut). Graphics fall back to `title` when it is absent.
   */
  shortTitle?: string;
  /** One of the 8–12 highlights a graphic shows first (the deaths, the main findings). */
  key?: boolean;
  /** One or two neutral sentences. */
  description: string;
  /** For deaths: who died, as the sources name him. */
  victim?: Victim;
  /** Uncertainty, disagreement or scope the reader should know about. */
  note?: string;
  /**
   * The `id` of the event this one is read after, whatever the dates say: for an event whose
   * date is known only to the month or year but which the sources place after another (see
   * orderEvents() in src/data/event-order.ts).
   */
  after?: string;
  /**
   * For editors and the tests, not shown: what the record shows that its first citation's
   * quote does not state (a date taken from the report's own date, a count summed from two
   * figures), and where it comes from instead. See data/README.md.
   */
  unquoted?: string;
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
  /** What the group shows that its first quote does not state (see TimelineEvent.unquoted). */
  unquoted?: string;
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
  /** What the fact shows that its first quote does not state (see TimelineEvent.unquoted). */
  unquoted?: string;
  citations: Citation[];
}

export interface Reinvestigation {
  /** When the IOPC decided to re-investigate. */
  decided: IsoDate;
  /** When the officers were told they were under investigation. */
  announced: IsoDate;
  officers: number;
  /**
   * Of those, how many are still serving, and how many are former officers; null where no
   * source says. (The IOPC gave that split only for the five from the original
   * investigation: the bundled data's note says so, and these are null.)
   */
  serving: number | null;
  former: number | null;
  /** How many were also subjects of the original investigation. */
  fromOriginal: number;
  /** 'open' until a source reports an outcome; 'unknown' when no source says either way. */
  status: 'open' | 'concluded' | 'unknown';
  /** The outcome in words, or null while none is reported. */
  outcome: string | null;
  /** The latest date the status is known for. */
  statusAsOf: IsoDate;
  note?: string;
  /** What is shown that the first quote does not state (see TimelineEvent.unquoted). */
  unquoted?: string;
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
  /** What is shown that the first quote does not state (see TimelineEvent.unquoted). */
  unquoted?: string;
  citations: Citation[];
}

export type Acceptance = 'accepted' | 'rejected' | 'no-response' | 'unknown';

export type Implementation = 'not-started' | 'in-progress' | 'claimed-complete' | 'verified-complete' | 'unknown';

/** One dimension of a recommendation's status, with when and who says so. */
export interface StatusAssessment<T extends string> {
  value: T;
  asOf: IsoDate | null;
  note?: string;
  /** What is shown that the first quote does not state (see TimelineEvent.unquoted). */
  unquoted?: string;
  citations: Citation[];
}

/**
 * Why a set's individual texts are not shown: the body has not published them (a cited
 * source says so), or they may be published but are not in any source consulted.
 */
export type TextsMissingReason = 'not-published' | 'not-in-sources';

/**
 * The recommendations one body made at one time (e.g. HMICFRS, 27 April 2023), or the
 * matters of concern a coroner raised in a Prevention of Future Deaths report.
 */
export interface RecommendationSet {
  id: string;
  /** Short name of the issuing body, e.g. "HMICFRS". */
  body: string;
  title: string;
  /**
   * `recommendations` (the default) or `concerns`: a coroner's report raises matters of
   * concern, not recommendations. Graphics name them so and never add the two up.
   */
  kind?: 'recommendations' | 'concerns';
  /** When they were made; where only a range is known, its start (see `madeEnd`). */
  made: IsoDate;
  /** Where the sources give only a range: the latest date they can have been made. */
  madeEnd?: IsoDate;
  /** The count the graphics use. */
  count: number;
  /** When sources give the count differently ("around 20"). */
  countNote?: string;
  /**
   * Where the sources disagree on the count: a short phrase shown beside it wherever the
   * count is stated (e.g. "one source lists 6"), so it is never stated flatly; `countNote`
   * tells the whole story.
   */
  countCaveat?: string;
  /** Themes the sources name for this set. */
  themes: string[];
  /** Whether the individual texts are in any source consulted. */
  textsPublished: boolean;
  /**
   * Why the texts are not shown, where `textsPublished` is false. Absent, graphics say
   * only that the texts are not in the sources consulted (`not-in-sources`).
   */
  textsMissing?: { reason: TextsMissingReason; note?: string; citations: Citation[] };
  /** A deadline for a response, where a source gives one. */
  responseDue?: { date: IsoDate; met: boolean | null; note?: string; citations: Citation[] };
  /** What is shown that the first quote does not state (see TimelineEvent.unquoted). */
  unquoted?: string;
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
  /** What is shown that the first quote does not state (see TimelineEvent.unquoted). */
  unquoted?: string;
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
 * The stretch of time a timeline shows in detail, where the story is dense (for this case,
 * the killings and the investigation, June 2014 to October 2015); what lies outside it is
 * context. An editor's choice for the dataset, so another case can set its own.
 */
export interface TimelineFocus {
  /** What the span is, for a reader: "The killings and the first investigations". */
  label: string;
  from: IsoDate;
  to: IsoDate;
  /** Why these dates, in words. */
  note?: string;
}

/**
 * The case's own words that the graphics show as titles and the timeline as its categories'
 * names, so that another case's data brings its own. Each is optional: without it a graphic
 * keeps its built-in words (written for the Stephen Port case), and a page's `heading`
 * attribute wins over a title.
 */
export interface CaseLabels {
  /** The title of `<case-timeline>`. */
  timeline?: string;
  /** The title of `<officer-outcomes>`. */
  officers?: string;
  /** The title of `<recommendation-status>`. */
  recommendations?: string;
  /**
   * The timeline's names for its event categories (legend, lanes, list, detail, table and
   * summary). Each category is optional: one without a name here keeps its built-in name.
   */
  categories?: { [C in EventCategory]?: CategoryName };
}

/** What a reader calls an event category, in the singular and the plural (at most 60 characters each). */
export interface CategoryName {
  /** One event of it, as a list entry or the detail names it: "Police failure". */
  one: string;
  /** What a lane or the legend holds: "Police failures". Shown as written, never lower-cased. */
  many: string;
}

export interface Dataset {
  schemaVersion: 1;
  title: string;
  /** The graphics' titles and the timeline's category names for this case (see CaseLabels). */
  labels?: CaseLabels;
  /** When the data was last checked against its sources. */
  updated: IsoDate;
  /** The timeline's focus span; absent, a timeline treats every year alike. */
  focus?: TimelineFocus;
  sources: Source[];
  events: TimelineEvent[];
  officers: OfficerInvestigation;
  recommendationSets: RecommendationSet[];
  recommendations: Recommendation[];
  figures: Figure[];
  contradictions: Contradiction[];
}

/** The top-level sections of a Dataset an element may need. */
export type DatasetSection = Exclude<keyof Dataset, 'schemaVersion' | 'title' | 'updated' | 'focus' | 'labels'>;
