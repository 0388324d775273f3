/**
 * Field paths in words an editor understands. validate() names a problem by its path in the
 * file (`recommendations[3].implementation.asOf`); an editor thinks of "HMICFRS
 * recommendation 4 › implementation › “as of” date". Pure: the dataset is only read, and may
 * be of any shape (it is usually the file that has the problem).
 */
import type { Problem } from '../../src/data/validate.js';
import { formatDate, parseIsoDate } from '../../src/data/dates.js';

/** A path as its parts: `events[3].date` → ['events', 3, 'date']. */
export type PathPart = string | number;

export function parsePath(path: string): PathPart[] {
  if (path === '(dataset)') return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

export function formatPath(parts: readonly PathPart[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** What each field is called in words. A field not listed (a newer one) keeps its own name. */
export const FIELD_WORDS: Record<string, string> = {
  schemaVersion: 'schema version',
  title: 'title',
  updated: '“last checked” date',
  sources: 'Sources',
  events: 'Timeline events',
  officers: 'Officers',
  recommendationSets: 'Recommendation sets',
  recommendations: 'Recommendations',
  figures: 'Figures',
  contradictions: 'Contradictions',
  id: 'id',
  kind: 'kind of source',
  publisher: 'publisher',
  author: 'author',
  date: 'date',
  dateNote: 'note on the date',
  url: 'web address',
  category: 'category',
  end: 'end date',
  approximate: '“approximate” flag',
  shortTitle: 'short title',
  key: '“key event” flag',
  description: 'description',
  victim: 'victim',
  name: 'name',
  age: 'age',
  place: 'place',
  note: 'note',
  citations: 'citations',
  source: 'source',
  quote: 'quote',
  investigated: 'number of officers investigated',
  concluded: 'date the investigation ended',
  groups: 'outcome groups',
  finding: 'finding',
  outcome: 'outcome',
  count: 'count',
  label: 'label',
  extras: 'notes on some officers',
  subsetFacts: 'facts about some officers',
  scope: 'out of whom',
  scopeNote: 'note on the scope',
  asOf: '“as of” date',
  reinvestigation: 'Re-investigation of officers',
  decided: 'date decided',
  announced: 'date announced',
  serving: 'serving officers',
  former: 'former officers',
  fromOriginal: 'officers from the original investigation',
  status: 'status',
  statusAsOf: 'status “as of” date',
  body: 'issuing body',
  made: 'date made',
  countNote: 'note on the count',
  themes: 'themes',
  textsPublished: '“texts published” flag',
  responseDue: 'response deadline',
  met: 'deadline met',
  set: 'recommendation set',
  number: 'number',
  text: 'text',
  theme: 'theme',
  owner: 'who must act',
  acceptance: 'acceptance',
  implementation: 'implementation',
  value: 'value',
  unit: 'unit',
  topic: 'topic',
  versions: 'versions',
  used: 'version used',
  why: 'why',
};

/** Items of a list that have no name of their own: "citation 2", "version 1". */
const ITEM_WORDS: Record<string, string> = {
  citations: 'citation',
  extras: 'note',
  versions: 'version',
  themes: 'theme',
};

type Node = Record<string, unknown>;
const isRecord = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Text cut at a word to `max` characters, for naming a record. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

const quoted = (text: string, max?: number) => `“${shorten(text, max)}”`;

/** "HMICFRS recommendation 4", or by its text's start when it has no number. */
export function recommendationName(data: unknown, recommendation: unknown, index?: number): string {
  const rec = isRecord(recommendation) ? recommendation : {};
  const sets = isRecord(data) && Array.isArray(data.recommendationSets) ? data.recommendationSets : [];
  const set = sets.find((s) => isRecord(s) && s.id === rec.set);
  const body = (isRecord(set) && str(set.body)) || 'Unknown body’s';
  if (typeof rec.number === 'number') return `${body} recommendation ${rec.number}`;
  const text = str(rec.text);
  if (text) return `${body} recommendation ${quoted(text.split(/[:.]/)[0]!, 50)}`;
  // No number and no text published: its place among its set's records in the file.
  const all = isRecord(data) && Array.isArray(data.recommendations) ? data.recommendations : [];
  const ofSet = all.filter((r) => isRecord(r) && r.set === rec.set);
  const at = ofSet.indexOf(recommendation);
  if (at !== -1) return `${body} recommendation, item ${at + 1} of ${ofSet.length} (no number published)`;
  return `${body} recommendation ${(index ?? 0) + 1}`;
}

/** The name of the record at `section[index]`, as an editor would look for it. */
function recordName(data: unknown, section: string, index: number, record: unknown): string {
  const r = isRecord(record) ? record : {};
  const n = index + 1;
  switch (section) {
    case 'sources': {
      const title = str(r.title);
      return title ? `Source ${quoted(title)}` : `Source ${n}`;
    }
    case 'events': {
      const title = str(r.title);
      const date = str(r.date);
      const when = date && parseIsoDate(date) ? `, ${formatDate(date)}` : '';
      return title ? `Event ${quoted(title)}${when}` : `Event ${n}${when}`;
    }
    case 'recommendations':
      return recommendationName(data, record, index);
    case 'recommendationSets': {
      const body = str(r.body);
      const title = str(r.title);
      return `Recommendation set${body ? ` of ${body}` : ` ${n}`}${title ? ` ${quoted(title, 50)}` : ''}`;
    }
    case 'groups':
      return str(r.label) ? `Officer group ${quoted(r.label as string)}` : `Officer group ${n}`;
    case 'subsetFacts':
      return str(r.label) ? `Fact about officers ${quoted(r.label as string)}` : `Fact about officers ${n}`;
    case 'figures':
      return str(r.label) ? `Figure ${quoted(r.label as string)}` : `Figure ${n}`;
    case 'contradictions':
      return str(r.topic) ? `Contradiction ${quoted(r.topic as string)}` : `Contradiction ${n}`;
    default:
      return `${ITEM_WORDS[section] ?? 'item'} ${n}`;
  }
}

/** Words for a path, each step separated by " › ": "Event “The inquests begin” › citation 2 › quote". */
export function pathWords(path: string, data: unknown): string {
  const parts = parsePath(path);
  if (parts.length === 0) return 'The whole file';
  const words: string[] = [];
  let node: unknown = data;
  let field = '';
  for (const part of parts) {
    const next = isRecord(node) || Array.isArray(node) ? (node as Node)[part as string] : undefined;
    if (typeof part === 'number') {
      // A named record replaces its list's name ("Recommendations › HMICFRS recommendation 4"
      // says the same thing twice).
      if (words.length && (FIELD_WORDS[field] ?? field) === words[words.length - 1]) words.pop();
      words.push(recordName(data, field, part, next));
    } else {
      words.push(FIELD_WORDS[part] ?? part);
      field = part;
    }
    node = next;
  }
  // The first word leads a sentence.
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  return words.join(' › ');
}

/** A problem as the desk lists it: where (words), what is wrong, and the path to jump to. */
export interface ProblemInWords {
  where: string;
  what: string;
  path: string;
}

export function problemInWords(problem: Problem, data: unknown): ProblemInWords {
  return { where: pathWords(problem.path, data), what: problem.message, path: problem.path };
}

/** A value as a sentence shows it: dates in words, text quoted, null as "none". */
export function valueWords(value: unknown, field = ''): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const dateField = /date|^end$|asOf|made|decided|announced|concluded|updated/i.test(field);
    if (dateField && parseIsoDate(value)) return formatDate(value);
    return quoted(value, 80);
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a record';
}
