/**
 * Synthetic datasets for the benchmark (and as a valid base for the robustness
 * suite): deterministic, VALID against the schema (bench.ts checks every one with
 * validate() before timing it), and sized by one number. Text is invented filler,
 * never shown to readers; the shapes follow the real data (spans, victims, month and
 * year precision, groups with extras, sets with unpublished texts) so the elements
 * take the same code paths they take for the bundled dataset.
 */
import type {
  Dataset,
  EventCategory,
  OfficerGroup,
  OfficerInvestigation,
  Recommendation,
  RecommendationSet,
  Source,
  TimelineEvent,
} from '../src/data/types.js';
import { ACCEPTANCE, EVENT_CATEGORIES, IMPLEMENTATION, MAX_SET_COUNT } from '../src/data/validate.js';

const SOURCES: Source[] = [
  {
    id: 'syn-a',
    kind: 'news',
    publisher: 'Example News',
    title: 'A synthetic article',
    date: '2021-12-10',
    url: 'https://example.org/a',
  },
  { id: 'syn-b', kind: 'official', publisher: null, title: 'A synthetic report', date: null, dateNote: 'Undated.' },
];
const cite = () => [{ source: 'syn-a', quote: 'A short synthetic quote.' }];

/** A small deterministic PRNG (mulberry32), so every run draws the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The real data's sections the generator is not about, kept tiny and valid. */
function base(): Omit<Dataset, 'events' | 'officers' | 'recommendationSets' | 'recommendations'> {
  return {
    schemaVersion: 1,
    title: 'Synthetic dataset',
    updated: '2024-01-01',
    sources: SOURCES,
    figures: [],
    contradictions: [],
  };
}

/** `n` timeline events from June 2014 to 2024: 1 in 12 a span, 1 in 9 a death, mixed precision. */
export function syntheticEvents(n: number): Dataset {
  return { ...base(), events: eventsOf(n), officers: officersOf(17), ...recommendationsOf(3) };
}

function eventsOf(n: number): TimelineEvent[] {
  const rand = random(n + 1);
  const events: TimelineEvent[] = [];
  const first = Date.UTC(2014, 5, 1);
  const last = Date.UTC(2024, 5, 1);
  for (let i = 0; i < n; i++) {
    const at = new Date(first + rand() * (last - first));
    const y = at.getUTCFullYear();
    const m = at.getUTCMonth() + 1;
    const d = at.getUTCDate();
    const precision = rand();
    const date = precision < 0.75 ? `${y}-${pad(m)}-${pad(d)}` : precision < 0.95 ? `${y}-${pad(m)}` : `${y}`;
    const category: EventCategory =
      i % 9 === 0 ? 'death' : EVENT_CATEGORIES[1 + Math.floor(rand() * (EVENT_CATEGORIES.length - 1))]!;
    const event: TimelineEvent = {
      id: `ev-${i}`,
      category,
      date,
      title: `Synthetic event ${i + 1}`,
      description: `What happened at step ${i + 1}, in one neutral sentence of about the usual length.`,
      citations: cite(),
    };
    if (i % 12 === 5) event.end = `${Math.min(y + 1 + Math.floor(rand() * 3), 2024)}`;
    if (category === 'death') event.victim = { name: `Person ${i + 1}`, age: 20 + (i % 15), place: 'Barking' };
    if (i % 7 === 3) event.approximate = true;
    if (i % 11 === 4) event.note = 'Sources give this date differently.';
    events.push(event);
  }
  return events;
}

/**
 * `n` officers in the real data's three groups (7 : 2 : 8 of 17), rounded so the
 * group counts add up to `n`, with extras, subset facts and the re-investigation
 * scaled in proportion (every count stays within its scope, as validate() insists).
 */
export function syntheticOfficers(n: number): Dataset {
  return { ...base(), events: eventsOf(3), officers: officersOf(n), ...recommendationsOf(3) };
}

function officersOf(n: number): OfficerInvestigation {
  const feedback = Math.round((n * 7) / 17);
  const procedures = Math.round((n * 2) / 17);
  const noCase = n - feedback - procedures;
  const group = (
    id: string,
    finding: OfficerGroup['finding'],
    outcome: OfficerGroup['outcome'],
    count: number,
    label: string,
  ): OfficerGroup => ({
    id,
    finding,
    outcome,
    count,
    label,
    extras:
      count > 0
        ? [{ count: Math.max(1, Math.round(count / 8)), label: 'also informal learning', citations: cite() }]
        : [],
    citations: cite(),
  });
  const performance = feedback + procedures;
  const re = Math.max(1, Math.round((n * 8) / 17));
  const serving = Math.round((re * 5) / 8);
  return {
    investigated: n,
    concluded: '2018-08',
    groups: [
      group('g-feedback', 'performance-failings', 'management-feedback', feedback, 'Management feedback'),
      group(
        'g-procedures',
        'performance-failings',
        'unsatisfactory-performance-procedures',
        procedures,
        'Unsatisfactory performance procedures',
      ),
      group('g-no-case', 'no-case-to-answer', 'no-action', noCase, 'No case to answer'),
    ],
    subsetFacts: [
      {
        id: 'promoted',
        label: 'promoted since',
        count: Math.round((performance * 5) / 9),
        scope: 'performance-failings',
        asOf: '2021-12',
        citations: cite(),
      },
      {
        id: 'no-comment',
        label: 'gave no-comment interviews',
        count: Math.round((n * 16) / 17),
        scope: 'investigated',
        asOf: '2018-08',
        citations: cite(),
      },
      { id: 'disciplined', label: 'disciplined', count: 0, scope: 'investigated', asOf: '2021-12', citations: cite() },
    ],
    reinvestigation: {
      decided: '2022-06-23',
      announced: '2023-11-16',
      officers: re,
      serving,
      former: re - serving,
      fromOriginal: Math.min(re, Math.round((re * 5) / 8)),
      status: 'open',
      outcome: null,
      statusAsOf: '2023-11-16',
      citations: cite(),
    },
    citations: cite(),
  };
}

/**
 * `n` recommendations in three sets (≈ 20 : 18 : 5, as in the real data), statuses mixed; when
 * a set would count more than the schema allows (MAX_SET_COUNT), in as many equal sets as it takes.
 */
export function syntheticRecommendations(n: number): Dataset {
  return { ...base(), events: eventsOf(3), officers: officersOf(17), ...recommendationsOf(n) };
}

function recommendationsOf(n: number): Pick<Dataset, 'recommendationSets' | 'recommendations'> {
  const rand = random(n + 7);
  const shares = [20 / 43, 18 / 43];
  let counts = [Math.round(n * shares[0]!), Math.round(n * shares[1]!)];
  counts.push(n - counts[0]! - counts[1]!);
  if (counts[0]! > MAX_SET_COUNT) {
    const k = Math.ceil(n / MAX_SET_COUNT);
    counts = Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
  }
  const kinds = [
    { id: 'set-hmicfrs', body: 'Inspectorate', title: 'A synthetic inspection', made: '2023-04-27' },
    { id: 'set-iopc', body: 'Watchdog', title: 'A synthetic investigation report', made: '2021-12' },
    { id: 'set-pfd', body: 'Coroner', title: 'A synthetic prevention of future deaths report', made: '2022-01-18' },
  ];
  const sets: RecommendationSet[] = counts
    .map((_, i) => (i < 3 ? kinds[i]! : { ...kinds[i % 3]!, id: `${kinds[i % 3]!.id}-${i}` }))
    .map((s, i) => ({
      ...s,
      count: counts[i]!,
      themes: ['Training', 'Supervision'],
      textsPublished: i === 2,
      citations: cite(),
    }));
  const recommendations: Recommendation[] = [];
  sets.forEach((set, s) => {
    for (let k = 0; k < set.count; k++) {
      const acceptance = ACCEPTANCE[Math.floor(rand() * ACCEPTANCE.length)]!;
      const implementation = IMPLEMENTATION[Math.floor(rand() * IMPLEMENTATION.length)]!;
      recommendations.push({
        id: `${set.id}-${k + 1}`,
        set: set.id,
        number: s === 0 ? null : k + 1,
        text: set.textsPublished ? `Synthetic recommendation ${k + 1}: a sentence of the usual length.` : null,
        theme: k % 3 === 0 ? null : set.themes[k % 2]!,
        owner: k % 4 === 0 ? 'A force' : null,
        acceptance: { value: acceptance, asOf: acceptance === 'unknown' ? null : '2023', citations: cite() },
        implementation: {
          value: implementation,
          asOf: implementation === 'unknown' ? null : '2023-06',
          citations: cite(),
        },
        citations: cite(),
      });
    }
  });
  return { recommendationSets: sets, recommendations };
}
