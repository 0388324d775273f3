/**
 * Runtime check of a dataset against the schema in types.ts. Every problem is
 * reported with its field path in words an editor understands, e.g.
 * `events[3].date: "2014-13-45" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`.
 * Nothing here throws: bad input of any shape becomes a list of problems.
 */
import { parseIsoDate } from './dates.js';
import type { Dataset, DatasetSection } from './types.js';

export interface Problem {
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: Problem[] };

/** The sections an element needs, always with `sources` (for citations). */
export type DatasetPart<S extends DatasetSection> = Pick<Dataset, S | 'sources'>;

/** More items than this in one list is a mistake, not a dataset (and would freeze a phone). */
export const MAX_ITEMS = 20_000;
/** Longest string accepted; quotes are separately held to 40 words. */
export const MAX_TEXT = 4_000;
/** Stop collecting after this many problems: the first ones are the ones to fix. */
export const MAX_PROBLEMS = 50;

export const EVENT_CATEGORIES = [
  'death',
  'police-failure',
  'family',
  'justice',
  'watchdog',
  'inquest',
  'inspection',
  'response',
] as const;
export const SOURCE_KINDS = ['news', 'official', 'court', 'legal', 'campaign', 'other'] as const;
export const OFFICER_FINDINGS = ['performance-failings', 'no-case-to-answer'] as const;
export const OFFICER_OUTCOMES = ['management-feedback', 'unsatisfactory-performance-procedures', 'no-action'] as const;
export const OFFICER_SCOPES = ['investigated', ...OFFICER_FINDINGS] as const;
export const ACCEPTANCE = ['accepted', 'rejected', 'no-response', 'unknown'] as const;
export const IMPLEMENTATION = [
  'not-started',
  'in-progress',
  'claimed-complete',
  'verified-complete',
  'unknown',
] as const;
export const REINVESTIGATION_STATUS = ['open', 'concluded', 'unknown'] as const;
export const SET_KINDS = ['recommendations', 'concerns'] as const;
export const TEXTS_MISSING_REASONS = ['not-published', 'not-in-sources'] as const;
/** An event's short label is meant for about 28 characters on two lines; past this it is a title. */
export const MAX_SHORT_TITLE = 40;

const ALL_SECTIONS: DatasetSection[] = [
  'sources',
  'events',
  'officers',
  'recommendationSets',
  'recommendations',
  'figures',
  'contradictions',
];

/** A check records problems for `value` at `path`; it never throws. */
type Check = (value: unknown, path: string, problems: Problem[]) => void;

/** Checks a whole dataset, or only the sections an element needs (plus `sources`). */
export function validate(input: unknown): ValidationResult<Dataset>;
export function validate<S extends DatasetSection>(
  input: unknown,
  sections: readonly S[],
): ValidationResult<DatasetPart<S>>;
export function validate(
  input: unknown,
  sections: readonly DatasetSection[] = ALL_SECTIONS,
): ValidationResult<unknown> {
  const problems: Problem[] = [];
  const wanted = new Set<DatasetSection>(['sources', ...sections]);
  if (!isRecord(input)) {
    problems.push({
      path: '(dataset)',
      message: `expected an object with ${[...wanted].join(', ')}, got ${describe(input)}`,
    });
    return { ok: false, problems };
  }
  for (const section of wanted) {
    if (input[section] === undefined) push(problems, section, 'is missing');
    else sectionChecks[section](input[section], section, problems);
  }
  if (input.focus !== undefined) focus(input.focus, 'focus', problems);
  if (problems.length === 0) crossReferences(input as unknown as Dataset, wanted, problems);
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.length = MAX_PROBLEMS;
    problems.push({ path: '(dataset)', message: `and ${more} more problems` });
  }
  return problems.length === 0 ? { ok: true, value: input, problems: [] } : { ok: false, problems };
}

/** One line per problem, for a console or a terminal. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

// ---- building blocks -------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe description of a bad value for a message. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

function push(problems: Problem[], path: string, message: string): void {
  problems.push({ path, message });
}

const text =
  ({ max = MAX_TEXT, empty = false } = {}): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string') return push(problems, path, `expected text, got ${describe(value)}`);
    if (!empty && value.trim() === '') return push(problems, path, 'is empty');
    if (value.length > max) push(problems, path, `is ${value.length} characters long; the most allowed is ${max}`);
  };

const count =
  ({ max = 1_000_000 } = {}): Check =>
  (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      push(problems, path, `expected a whole number from 0 to ${max}, got ${describe(value)}`);
    }
  };

const finiteNumber: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value))
    push(problems, path, `expected a number, got ${describe(value)}`);
};

const boolean: Check = (value, path, problems) => {
  if (typeof value !== 'boolean') push(problems, path, `expected true or false, got ${describe(value)}`);
};

const oneOf =
  (allowed: readonly string[]): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      push(problems, path, `${describe(value)} is not one of: ${allowed.join(', ')}`);
    }
  };

const isoDate: Check = (value, path, problems) => {
  if (typeof value !== 'string' || parseIsoDate(value) === null) {
    push(problems, path, `${describe(value)} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  }
};

/** http(s) only: a `javascript:` or `data:` link from data must never reach an href. */
const webUrl: Check = (value, path, problems) => {
  if (typeof value !== 'string' || !isSafeUrl(value)) {
    push(problems, path, `${describe(value)} is not a web address (only http:// and https:// links are allowed)`);
  }
};

export function isSafeUrl(value: string): boolean {
  if (value.length > 2_000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const nullable =
  (check: Check): Check =>
  (value, path, problems) => {
    if (value !== null) check(value, path, problems);
  };

const list =
  (item: Check, { min = 0, max = MAX_ITEMS } = {}): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return push(problems, path, `expected a list, got ${describe(value)}`);
    if (value.length < min) return push(problems, path, `needs at least ${min} item${min === 1 ? '' : 's'}`);
    if (value.length > max) return push(problems, path, `has ${value.length} items; the most allowed is ${max}`);
    for (let i = 0; i < value.length && problems.length <= MAX_PROBLEMS; i++) item(value[i], `${path}[${i}]`, problems);
  };

type Shape = Record<string, Check | { optional: Check }>;
const optional = (check: Check) => ({ optional: check });

const object =
  (shape: Shape): Check =>
  (value, path, problems) => {
    if (!isRecord(value)) return push(problems, path, `expected an object, got ${describe(value)}`);
    for (const [key, rule] of Object.entries(shape)) {
      const field = value[key];
      const at = `${path}.${key}`;
      if (typeof rule === 'function') {
        if (field === undefined) push(problems, at, 'is missing');
        else rule(field, at, problems);
      } else if (field !== undefined) {
        rule.optional(field, at, problems);
      }
    }
  };

// ---- the schema ------------------------------------------------------------

const id = text({ max: 120 });

const citation: Check = (value, path, problems) => {
  object({ source: id, quote: text({ max: 400 }), saidBy: optional(text({ max: 200 })) })(value, path, problems);
  if (isRecord(value) && typeof value.quote === 'string') {
    const words = value.quote.trim().split(/\s+/).length;
    if (words > 40) push(problems, `${path}.quote`, `has ${words} words; a quote may have at most 40`);
  }
};
const citations = list(citation, { min: 1, max: 50 });

const source = object({
  id,
  kind: oneOf(SOURCE_KINDS),
  publisher: nullable(text({ max: 200 })),
  title: text({ max: 400 }),
  author: optional(text({ max: 200 })),
  date: nullable(isoDate),
  dateNote: optional(text()),
  url: optional(webUrl),
});

const event = object({
  id,
  category: oneOf(EVENT_CATEGORIES),
  date: isoDate,
  end: optional(isoDate),
  approximate: optional(boolean),
  title: text({ max: 200 }),
  shortTitle: optional(text({ max: MAX_SHORT_TITLE })),
  key: optional(boolean),
  description: text(),
  victim: optional(object({ name: text({ max: 200 }), age: count({ max: 130 }), place: text({ max: 300 }) })),
  note: optional(text()),
  after: optional(id),
  unquoted: optional(text()),
  citations,
});

const officerExtra = object({ count: count(), label: text({ max: 300 }), citations });

const officers = object({
  investigated: count(),
  concluded: isoDate,
  groups: list(
    object({
      id,
      finding: oneOf(OFFICER_FINDINGS),
      outcome: oneOf(OFFICER_OUTCOMES),
      count: count(),
      label: text({ max: 300 }),
      extras: list(officerExtra, { max: 50 }),
      unquoted: optional(text()),
      citations,
    }),
    { max: 50 },
  ),
  subsetFacts: list(
    object({
      id,
      label: text({ max: 300 }),
      count: count(),
      scope: nullable(oneOf(OFFICER_SCOPES)),
      scopeNote: optional(text()),
      asOf: nullable(isoDate),
      unquoted: optional(text()),
      citations,
    }),
    { max: 50 },
  ),
  reinvestigation: object({
    decided: isoDate,
    announced: isoDate,
    officers: count(),
    serving: count(),
    former: count(),
    fromOriginal: count(),
    status: oneOf(REINVESTIGATION_STATUS),
    outcome: nullable(text()),
    statusAsOf: isoDate,
    note: optional(text()),
    unquoted: optional(text()),
    citations,
  }),
  unquoted: optional(text()),
  citations,
});

const status = (values: readonly string[]) =>
  object({
    value: oneOf(values),
    asOf: nullable(isoDate),
    note: optional(text()),
    unquoted: optional(text()),
    citations,
  });

const recommendationSet = object({
  id,
  body: text({ max: 100 }),
  title: text({ max: 400 }),
  kind: optional(oneOf(SET_KINDS)),
  made: isoDate,
  madeEnd: optional(isoDate),
  count: count(),
  countNote: optional(text()),
  themes: list(text({ max: 200 }), { max: 100 }),
  textsPublished: boolean,
  textsMissing: optional(object({ reason: oneOf(TEXTS_MISSING_REASONS), note: optional(text()), citations })),
  responseDue: optional(
    object({
      date: isoDate,
      met: nullable(boolean),
      note: optional(text()),
      citations,
    }),
  ),
  unquoted: optional(text()),
  citations,
});

const recommendation = object({
  id,
  set: id,
  number: nullable(count()),
  text: nullable(text()),
  theme: nullable(text({ max: 200 })),
  owner: nullable(text({ max: 200 })),
  acceptance: status(ACCEPTANCE),
  implementation: status(IMPLEMENTATION),
  unquoted: optional(text()),
  citations,
});

const figure = object({
  id,
  label: text({ max: 300 }),
  value: finiteNumber,
  unit: optional(text({ max: 50 })),
  asOf: nullable(isoDate),
  approximate: optional(boolean),
  citations,
});

const contradiction = object({
  id,
  topic: text({ max: 300 }),
  versions: list(object({ value: text(), citations }), { min: 2, max: 20 }),
  used: text(),
  why: text(),
});

/** The timeline's focus span (optional, top level): a label and dates that run forwards. */
const focus: Check = (value, path, problems) => {
  const before = problems.length;
  object({ label: text({ max: 200 }), from: isoDate, to: isoDate, note: optional(text()) })(value, path, problems);
  if (problems.length > before || !isRecord(value)) return;
  if (parseIsoDate(value.to as string)!.end < parseIsoDate(value.from as string)!.start)
    push(problems, `${path}.to`, `"${String(value.to)}" is before "${String(value.from)}"`);
};

const sectionChecks: Record<DatasetSection, Check> = {
  sources: list(source),
  events: list(event),
  officers,
  recommendationSets: list(recommendationSet, { max: 200 }),
  recommendations: list(recommendation),
  figures: list(figure),
  contradictions: list(contradiction),
};

// ---- what a per-field check cannot see --------------------------------------

/** Ids unique, citations point at sources, spans run forwards, counts add up. */
function crossReferences(data: Dataset, sections: Set<DatasetSection>, problems: Problem[]): void {
  const sourceIds = uniqueIds(data.sources, 'sources', problems);
  const cited = (list: readonly { source: string }[], path: string) =>
    list.forEach((c, i) => {
      if (!sourceIds.has(c.source))
        push(problems, `${path}.citations[${i}].source`, `"${c.source}" is not the id of any source`);
    });

  if (sections.has('events')) {
    const eventIds = uniqueIds(data.events, 'events', problems);
    data.events.forEach((e, i) => {
      cited(e.citations, `events[${i}]`);
      if (e.end !== undefined && parseIsoDate(e.end)!.end < parseIsoDate(e.date)!.start) {
        push(problems, `events[${i}].end`, `"${e.end}" is before the start date "${e.date}"`);
      }
    });
    afterReferences(data.events, eventIds, problems);
  }
  if (sections.has('officers')) {
    const o = data.officers;
    cited(o.citations, 'officers');
    uniqueIds(o.groups, 'officers.groups', problems);
    const total = o.groups.reduce((sum, g) => sum + g.count, 0);
    if (total !== o.investigated) {
      push(
        problems,
        'officers.groups',
        `the group counts add up to ${total}, but officers.investigated is ${o.investigated}`,
      );
    }
    o.groups.forEach((g, i) => {
      cited(g.citations, `officers.groups[${i}]`);
      g.extras.forEach((x, j) => {
        cited(x.citations, `officers.groups[${i}].extras[${j}]`);
        if (x.count > g.count)
          push(
            problems,
            `officers.groups[${i}].extras[${j}].count`,
            `${x.count} is more than the group's ${g.count} officers`,
          );
      });
    });
    o.subsetFacts.forEach((f, i) => {
      cited(f.citations, `officers.subsetFacts[${i}]`);
      const scopeSize =
        f.scope === 'investigated' || f.scope === null
          ? o.investigated
          : o.groups.filter((g) => g.finding === f.scope).reduce((sum, g) => sum + g.count, 0);
      if (f.count > scopeSize)
        push(
          problems,
          `officers.subsetFacts[${i}].count`,
          `${f.count} is more than the ${scopeSize} officers it is out of`,
        );
    });
    const r = o.reinvestigation;
    cited(r.citations, 'officers.reinvestigation');
    if (r.serving + r.former !== r.officers) {
      push(
        problems,
        'officers.reinvestigation',
        `serving (${r.serving}) and former (${r.former}) do not add up to ${r.officers} officers`,
      );
    }
    if (r.fromOriginal > r.officers)
      push(
        problems,
        'officers.reinvestigation.fromOriginal',
        `${r.fromOriginal} is more than the ${r.officers} officers`,
      );
  }
  if (sections.has('recommendationSets') || sections.has('recommendations')) {
    const setIds = uniqueIds(data.recommendationSets ?? [], 'recommendationSets', problems);
    (data.recommendationSets ?? []).forEach((s, i) => {
      cited(s.citations, `recommendationSets[${i}]`);
      if (s.responseDue) cited(s.responseDue.citations, `recommendationSets[${i}].responseDue`);
      if (s.textsMissing) cited(s.textsMissing.citations, `recommendationSets[${i}].textsMissing`);
      if (s.madeEnd !== undefined && parseIsoDate(s.madeEnd)!.end < parseIsoDate(s.made)!.start)
        push(problems, `recommendationSets[${i}].madeEnd`, `"${s.madeEnd}" is before "made" ("${s.made}")`);
    });
    if (sections.has('recommendations')) {
      uniqueIds(data.recommendations, 'recommendations', problems);
      data.recommendations.forEach((r, i) => {
        const at = `recommendations[${i}]`;
        if (sections.has('recommendationSets') && !setIds.has(r.set))
          push(problems, `${at}.set`, `"${r.set}" is not the id of any recommendation set`);
        cited(r.citations, at);
        cited(r.acceptance.citations, `${at}.acceptance`);
        cited(r.implementation.citations, `${at}.implementation`);
      });
    }
  }
  if (sections.has('figures')) {
    uniqueIds(data.figures, 'figures', problems);
    data.figures.forEach((f, i) => cited(f.citations, `figures[${i}]`));
  }
  if (sections.has('contradictions')) {
    uniqueIds(data.contradictions, 'contradictions', problems);
    data.contradictions.forEach((c, i) =>
      c.versions.forEach((v, j) => cited(v.citations, `contradictions[${i}].versions[${j}]`)),
    );
  }
}

/** Every `after` names another event, and following them never comes back to where it began. */
function afterReferences(events: Dataset['events'], ids: Set<string>, problems: Problem[]): void {
  const anchor = new Map(events.map((e) => [e.id, e.after]));
  events.forEach((e, i) => {
    if (e.after === undefined) return;
    const at = `events[${i}].after`;
    if (e.after === e.id) return push(problems, at, `"${e.after}" is this event itself`);
    if (!ids.has(e.after)) return push(problems, at, `"${e.after}" is not the id of any event`);
    const seen = new Set([e.id]);
    for (let next = anchor.get(e.after) ? e.after : undefined; next !== undefined; next = anchor.get(next)) {
      if (seen.has(next))
        return push(problems, at, `"${e.after}" leads back to "${e.id}": events cannot follow each other in a circle`);
      seen.add(next);
    }
  });
}

function uniqueIds(records: readonly { id: string }[], path: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) push(problems, `${path}[${i}].id`, `"${r.id}" is used twice; ids must be unique`);
    seen.add(r.id);
  });
  return seen;
}
