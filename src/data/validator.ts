/**
 * Runtime check of a dataset against the schema in types.ts. Every problem is
 * reported with its field path in words an editor understands, e.g.
 * `events[3].date: "2014-13-45" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`.
 * Nothing here throws: bad input of any shape becomes a list of problems.
 *
 * What it returns for valid input is a copy, never the input: a deep, frozen, plain
 * copy holding only the fields of the schema, built field by field as each is checked
 * (each check below returns the copy of what it checked). Each field of the input is
 * read once, as an own property, inside a try/catch, so a throwing getter, a revoked
 * Proxy, a getter that answers differently on a later read, a `toJSON` method, a
 * class instance's internals or a polluted `Object.prototype` can neither throw into
 * the page nor reach a link, a download or an event. Elements draw only from the copy.
 * Adding a field to the schema is one line in its shape below: checked and copied there.
 *
 * Import it through validate.ts, the public module. Only src/shared/lazy-validator.ts
 * imports this file itself, by import(), so that the validator loads when a page supplies
 * its own data and never for the bundled data. The schema's limits and allowed values are
 * in schema-values.ts, so that this module exports only validate(): a module loaded by
 * import() keeps every export, and the names cost the lazy chunk 0.2 KB gzip.
 */
import { parseIsoDate } from './dates.js';
import { BIDI_CONTROLS, isolateBidi } from './bidi.js';
import { bareRecord } from './plain.js';
import { safeUrl } from './urls.js';
import { EVENT_CATEGORIES } from './event-categories.js';
import type { Problem } from './problems.js';
import {
  ACCEPTANCE,
  IMPLEMENTATION,
  MAX_ITEMS,
  MAX_OFFICERS,
  MAX_PROBLEMS,
  MAX_SET_COUNT,
  MAX_SHORT_TITLE,
  MAX_TEXT,
  OFFICER_FINDINGS,
  OFFICER_OUTCOMES,
  OFFICER_SCOPES,
  REINVESTIGATION_STATUS,
  SET_KINDS,
  SOURCE_KINDS,
  TEXTS_MISSING_REASONS,
} from './schema-values.js';
import type { Dataset, DatasetSection } from './types.js';

export type ValidationResult<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: Problem[] };

/** The sections an element needs, always with `sources` (for citations). */
export type DatasetPart<S extends DatasetSection> = Pick<Dataset, S | 'sources'>;

const ALL_SECTIONS: DatasetSection[] = [
  'sources',
  'events',
  'officers',
  'recommendationSets',
  'recommendations',
  'figures',
  'contradictions',
];

/** What a check returns when the value is not valid (after recording why). */
const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

/** What a check gives back for a valid value: never `undefined`, so a check that forgets to return its copy does not type-check. */
type Copied = string | number | boolean | null | object;

/**
 * A check records problems for `value` at `path` and returns its copy: a primitive
 * as it is, an object or list as a fresh frozen copy of its schema fields; INVALID
 * when it recorded a problem. It never throws.
 */
type Check = (value: unknown, path: string, problems: Problem[]) => Copied | Invalid;

/**
 * Checks a whole dataset, or only the sections an element needs (plus `sources`).
 * When valid, `value` is the checked copy described at the top of this file: only the
 * sections checked (and `schemaVersion`, `title`, `updated`, `focus` and `labels` when given), frozen,
 * objects without prototype, links normalised, data text holding bidirectional
 * controls isolated (bidi.ts).
 */
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
  let copy: unknown = INVALID;
  try {
    copy = dataset(wanted)(input, '(dataset)', problems);
    if (problems.length === 0) crossReferences(copy as Dataset, wanted, problems);
  } catch {
    // Every read is guarded; this is the net under them, so that validate() keeps its word.
    problems.push({ path: '(dataset)', message: 'could not be read' });
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.length = MAX_PROBLEMS;
    problems.push({ path: '(dataset)', message: `and ${more} more problems` });
  }
  return problems.length === 0 && copy !== INVALID
    ? { ok: true, value: copy, problems: [] }
    : { ok: false, problems: problems.length ? problems : [{ path: '(dataset)', message: 'could not be read' }] };
}

// ---- reading the input: own properties, once each, never throwing ----------------

/** What reading a field gave: its value, nothing (absent), or a reader that threw. */
const ABSENT: unique symbol = Symbol('absent');
const THREW: unique symbol = Symbol('threw');

/**
 * Reads `record[key]` once if it is the record's own property. Inherited values (a
 * polluted `Object.prototype`) count as absent; a getter or Proxy trap that throws is
 * caught. A field set to `undefined` counts as absent, as JSON would have it.
 */
function readOwn(record: object, key: PropertyKey): unknown {
  try {
    if (!Object.prototype.hasOwnProperty.call(record, key)) return ABSENT;
    const value = (record as Record<PropertyKey, unknown>)[key];
    return value === undefined ? ABSENT : value;
  } catch {
    return THREW;
  }
}

type Kind = 'record' | 'list' | 'other' | typeof THREW;

/** What `value` is, asked in a way a revoked Proxy cannot turn into a throw. */
function kindOf(value: unknown): Kind {
  if (typeof value !== 'object' || value === null) return 'other';
  try {
    return Array.isArray(value) ? 'list' : 'record';
  } catch {
    return THREW;
  }
}

/** A short, safe description of a bad value for a message. */
function describe(value: unknown): string {
  if (value === undefined || value === ABSENT) return 'nothing';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      // Bidirectional controls are shown as escapes: the message must read in order.
      return JSON.stringify(shown).replace(
        new RegExp(BIDI_CONTROLS.source, 'g'),
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `the BigInt ${String(value)}n (use an ordinary number)`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default: {
      const kind = kindOf(value);
      return kind === 'list' ? 'a list' : kind === THREW ? 'something that could not be read' : 'an object';
    }
  }
}

function fail(problems: Problem[], path: string, message: string): Invalid {
  problems.push({ path, message });
  return INVALID;
}

const unreadable = (problems: Problem[], path: string): Invalid =>
  fail(problems, path, 'could not be read (reading it threw an error)');

// ---- building blocks: each checks one value and returns its copy -----------------

const text =
  ({ max = MAX_TEXT, empty = false, isolate = true } = {}): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string') return fail(problems, path, `expected text, got ${describe(value)}`);
    if (!empty && value.trim() === '') return fail(problems, path, 'is empty');
    if (value.length > max)
      return fail(problems, path, `is ${value.length} characters long; the most allowed is ${max}`);
    return isolate ? isolateBidi(value) : value;
  };

/** A whole number from 0 to `max`; `why` says in the message what the limit is for. */
const count =
  ({ max, why = '' }: { max: number; why?: string }): Check =>
  (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      const limit = why ? ` (${why})` : '';
      return fail(
        problems,
        path,
        `expected a whole number from 0 to ${max.toLocaleString('en-GB')}${limit}, got ${describe(value)}`,
      );
    }
    return value;
  };

const officerCount = count({
  max: MAX_OFFICERS,
  why: 'the most officers this graphic is made to draw, one mark each; check for a typo',
});

const finiteNumber: Check = (value, path, problems) =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : fail(problems, path, `expected a number, got ${describe(value)}`);

const boolean: Check = (value, path, problems) =>
  typeof value === 'boolean' ? value : fail(problems, path, `expected true or false, got ${describe(value)}`);

const oneOf =
  (allowed: readonly (string | number)[]): Check =>
  (value, path, problems) =>
    (typeof value === 'string' || typeof value === 'number') && allowed.includes(value)
      ? value
      : fail(problems, path, `${describe(value)} is not one of: ${allowed.join(', ')}`);

const isoDate: Check = (value, path, problems) =>
  typeof value === 'string' && parseIsoDate(value) !== null
    ? value
    : fail(problems, path, `${describe(value)} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);

/** http(s) only, written out in full, no credentials (urls.ts); the copy holds the normalised URL. */
const webUrl: Check = (value, path, problems) =>
  safeUrl(value) ??
  fail(
    problems,
    path,
    `${describe(value)} is not a web address (only full http:// and https:// links, with no user name or password, are allowed)`,
  );

const nullable =
  (check: Check): Check =>
  (value, path, problems) =>
    value === null ? null : check(value, path, problems);

const list =
  (item: Check, { min = 0, max = MAX_ITEMS } = {}): Check =>
  (value, path, problems): Copied | Invalid => {
    const kind = kindOf(value);
    if (kind === THREW) return unreadable(problems, path);
    if (kind !== 'list') return fail(problems, path, `expected a list, got ${describe(value)}`);
    const items = value as unknown[];
    const length = readOwn(items, 'length');
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) return unreadable(problems, path);
    if (length < min) return fail(problems, path, `needs at least ${min} item${min === 1 ? '' : 's'}`);
    if (length > max) return fail(problems, path, `has ${length} items; the most allowed is ${max}`);
    const copy: unknown[] = [];
    let valid = true;
    for (let i = 0; i < length && problems.length <= MAX_PROBLEMS; i++) {
      const at = `${path}[${i}]`;
      const raw = readOwn(items, i);
      const checked = raw === THREW ? unreadable(problems, at) : item(raw === ABSENT ? undefined : raw, at, problems);
      if (checked === INVALID) valid = false;
      else copy.push(checked);
    }
    return valid && copy.length === length ? Object.freeze(copy) : INVALID;
  };

type Shape = Record<string, Check | { optional: Check }>;
const optional = (check: Check) => ({ optional: check });

/**
 * A record of the shape's fields, each read once and checked; the copy holds those
 * fields only (absent optional fields stay absent), frozen, with no prototype.
 */
const object =
  (shape: Shape): Check =>
  (value, path, problems): Copied | Invalid => {
    const kind = kindOf(value);
    if (kind === THREW) return unreadable(problems, path);
    if (kind !== 'record') return fail(problems, path, `expected an object, got ${describe(value)}`);
    const copy = bareRecord();
    let valid = true;
    for (const key of Object.keys(shape)) {
      const rule = shape[key]!;
      const at = `${path}.${key}`;
      const field = readOwn(value as object, key);
      let checked: unknown;
      if (field === THREW) checked = unreadable(problems, at);
      else if (field === ABSENT) {
        if (typeof rule !== 'function') continue;
        checked = fail(problems, at, 'is missing');
      } else checked = (typeof rule === 'function' ? rule : rule.optional)(field, at, problems);
      if (checked === INVALID) valid = false;
      else copy[key] = checked;
    }
    return valid ? Object.freeze(copy) : INVALID;
  };

// ---- the schema: one line per field ------------------------------------------------

/** Ids are matched, never shown as text, so they are kept exactly as given. */
const id = text({ max: 120, isolate: false });

const citation: Check = (value, path, problems) => {
  const copy = object({ source: id, quote: text({ max: 400 }), saidBy: optional(text({ max: 200 })) })(
    value,
    path,
    problems,
  );
  if (copy === INVALID) return INVALID;
  const words = (copy as { quote: string }).quote.trim().split(/\s+/).length;
  return words > 40 ? fail(problems, `${path}.quote`, `has ${words} words; a quote may have at most 40`) : copy;
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

const officerExtra = object({ count: officerCount, label: text({ max: 300 }), citations });

const officers = object({
  investigated: officerCount,
  concluded: isoDate,
  groups: list(
    object({
      id,
      finding: oneOf(OFFICER_FINDINGS),
      outcome: oneOf(OFFICER_OUTCOMES),
      count: officerCount,
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
      count: officerCount,
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
    officers: officerCount,
    serving: nullable(officerCount),
    former: nullable(officerCount),
    fromOriginal: officerCount,
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
  count: count({
    max: MAX_SET_COUNT,
    why: 'the most recommendations in a set this graphic is made to list; check for a typo',
  }),
  countNote: optional(text()),
  countCaveat: optional(text({ max: 120 })),
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
  number: nullable(count({ max: MAX_SET_COUNT })),
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

/** True when date `a` ends before date `b` starts (both already checked as dates). */
const before = (a: string, b: string) => parseIsoDate(a)!.end < parseIsoDate(b)!.start;

/** The timeline's focus span (optional, top level): a label and dates that run forwards. */
const focus: Check = (value, path, problems) => {
  const copy = object({ label: text({ max: 200 }), from: isoDate, to: isoDate, note: optional(text()) })(
    value,
    path,
    problems,
  );
  if (copy === INVALID) return INVALID;
  const { from, to } = copy as { from: string; to: string };
  return before(to, from) ? fail(problems, `${path}.to`, `"${to}" is before "${from}"`) : copy;
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

/**
 * The dataset: the sections wanted (each required) and the descriptive fields at the
 * top, checked and copied when given. Fields of the dataset itself go here.
 */
const dataset = (wanted: ReadonlySet<DatasetSection>): Check => {
  const shape: Shape = {
    schemaVersion: optional(oneOf([1])),
    title: optional(text({ max: 400 })),
    updated: optional(isoDate),
    focus: optional(focus),
    labels: optional(
      object({
        timeline: optional(text({ max: 200 })),
        officers: optional(text({ max: 200 })),
        recommendations: optional(text({ max: 200 })),
        // Each category's name, singular and plural: 60 characters, as an event's title, since
        // a lane's name sits on one line beside its first mark.
        categories: optional(
          object(
            Object.fromEntries(
              EVENT_CATEGORIES.map((c) => [c, optional(object({ one: text({ max: 60 }), many: text({ max: 60 }) }))]),
            ),
          ),
        ),
      }),
    ),
  };
  for (const section of wanted) shape[section] = sectionChecks[section];
  const check = object(shape);
  return (value, path, problems) => {
    const kind = kindOf(value);
    if (kind !== 'record' && kind !== THREW)
      return fail(problems, path, `expected an object with ${[...wanted].join(', ')}, got ${describe(value)}`);
    // Sections are named by themselves in messages ("events[3].date"), not as "(dataset).events".
    const own: Problem[] = [];
    const copy = check(value, path, own);
    for (const p of own) problems.push({ ...p, path: p.path.replace(/^\(dataset\)\./, '') });
    return copy;
  };
};

// ---- what a per-field check cannot see --------------------------------------

/** Ids unique, citations point at sources, spans run forwards, counts add up. */
function crossReferences(data: Dataset, sections: Set<DatasetSection>, problems: Problem[]): void {
  const sourceIds = uniqueIds(data.sources, 'sources', problems);
  /** Each of a record's citations names a source. */
  const cited = (record: { citations: readonly { source: string }[] }, path: string) =>
    record.citations.forEach((c, i) => {
      if (!sourceIds.has(c.source))
        fail(problems, `${path}.citations[${i}].source`, `${describe(c.source)} is not the id of any source`);
    });

  if (sections.has('events')) {
    const eventIds = uniqueIds(data.events, 'events', problems);
    data.events.forEach((e, i) => {
      cited(e, `events[${i}]`);
      if (e.end !== undefined && before(e.end, e.date))
        fail(problems, `events[${i}].end`, `"${e.end}" is before the start date "${e.date}"`);
    });
    afterReferences(data.events, eventIds, problems);
  }
  if (sections.has('officers')) {
    const o = data.officers;
    cited(o, 'officers');
    uniqueIds(o.groups, 'officers.groups', problems);
    const total = o.groups.reduce((sum, g) => sum + g.count, 0);
    if (total !== o.investigated)
      fail(
        problems,
        'officers.groups',
        `the group counts add up to ${total}, but officers.investigated is ${o.investigated}`,
      );
    o.groups.forEach((g, i) => {
      cited(g, `officers.groups[${i}]`);
      g.extras.forEach((x, j) => {
        const at = `officers.groups[${i}].extras[${j}]`;
        cited(x, at);
        if (x.count > g.count) fail(problems, `${at}.count`, `${x.count} is more than the group's ${g.count} officers`);
      });
    });
    o.subsetFacts.forEach((f, i) => {
      cited(f, `officers.subsetFacts[${i}]`);
      const scopeSize =
        f.scope === 'investigated' || f.scope === null
          ? o.investigated
          : o.groups.filter((g) => g.finding === f.scope).reduce((sum, g) => sum + g.count, 0);
      if (f.count > scopeSize)
        fail(
          problems,
          `officers.subsetFacts[${i}].count`,
          `${f.count} is more than the ${scopeSize} officers it is out of`,
        );
    });
    const r = o.reinvestigation;
    cited(r, 'officers.reinvestigation');
    if (r.serving !== null && r.former !== null && r.serving + r.former !== r.officers)
      fail(
        problems,
        'officers.reinvestigation',
        `serving (${r.serving}) and former (${r.former}) do not add up to ${r.officers} officers`,
      );
    if (r.fromOriginal > r.officers)
      fail(
        problems,
        'officers.reinvestigation.fromOriginal',
        `${r.fromOriginal} is more than the ${r.officers} officers`,
      );
  }
  if (sections.has('recommendationSets') || sections.has('recommendations')) {
    const sets = data.recommendationSets ?? [];
    const setIds = uniqueIds(sets, 'recommendationSets', problems);
    sets.forEach((s, i) => {
      const at = `recommendationSets[${i}]`;
      cited(s, at);
      if (s.responseDue) cited(s.responseDue, `${at}.responseDue`);
      if (s.textsMissing) cited(s.textsMissing, `${at}.textsMissing`);
      if (s.madeEnd !== undefined && before(s.madeEnd, s.made))
        fail(problems, `${at}.madeEnd`, `"${s.madeEnd}" is before "made" ("${s.made}")`);
    });
    if (sections.has('recommendations')) {
      uniqueIds(data.recommendations, 'recommendations', problems);
      data.recommendations.forEach((r, i) => {
        const at = `recommendations[${i}]`;
        if (sections.has('recommendationSets') && !setIds.has(r.set))
          fail(problems, `${at}.set`, `${describe(r.set)} is not the id of any recommendation set`);
        cited(r, at);
        cited(r.acceptance, `${at}.acceptance`);
        cited(r.implementation, `${at}.implementation`);
      });
    }
    if (sections.has('recommendationSets')) {
      // Each set is listed with at least as many entries as it counts (recommendation-status
      // shows a "not published" line for each the data does not give): all together they are
      // held to what a list may hold, so 200 sets of 1,000 cannot make 200,000 entries.
      const listed = new Map<string, number>();
      for (const r of data.recommendations ?? []) listed.set(r.set, (listed.get(r.set) ?? 0) + 1);
      const total = sets.reduce((sum, s) => sum + Math.max(s.count, listed.get(s.id) ?? 0), 0);
      if (total > MAX_ITEMS)
        fail(
          problems,
          'recommendationSets',
          `the sets count ${total.toLocaleString('en-GB')} recommendations in all; one graphic lists at most ${MAX_ITEMS.toLocaleString('en-GB')}`,
        );
    }
  }
  if (sections.has('figures')) {
    uniqueIds(data.figures, 'figures', problems);
    data.figures.forEach((f, i) => cited(f, `figures[${i}]`));
  }
  if (sections.has('contradictions')) {
    uniqueIds(data.contradictions, 'contradictions', problems);
    data.contradictions.forEach((c, i) =>
      c.versions.forEach((v, j) => cited(v, `contradictions[${i}].versions[${j}]`)),
    );
  }
}

/** Every `after` names another event, and following them never comes back to where it began. */
function afterReferences(events: Dataset['events'], ids: Set<string>, problems: Problem[]): void {
  const anchor = new Map(events.map((e) => [e.id, e.after]));
  events.forEach((e, i) => {
    if (e.after === undefined) return;
    const at = `events[${i}].after`;
    if (e.after === e.id) return fail(problems, at, `"${e.after}" is this event itself`);
    if (!ids.has(e.after)) return fail(problems, at, `"${e.after}" is not the id of any event`);
    const seen = new Set([e.id]);
    for (let next = anchor.get(e.after) ? e.after : undefined; next !== undefined; next = anchor.get(next)) {
      if (seen.has(next))
        return fail(problems, at, `"${e.after}" leads back to "${e.id}": events cannot follow each other in a circle`);
      seen.add(next);
    }
  });
}

function uniqueIds(records: readonly { id: string }[], path: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) fail(problems, `${path}[${i}].id`, `${describe(r.id)} is used twice; ids must be unique`);
    seen.add(r.id);
  });
  return seen;
}
