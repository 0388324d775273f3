/**
 * Invented data for the demo's stress test: `n` officers in the real schema, so a developer
 * can see how <officer-outcomes> copes with far more than the case's 17. Not the Stephen
 * Port case: every label says so, and the page that shows it says so above it.
 */
import type { Dataset, OfficerInvestigation } from '../src/data/types.js';

const source = 'sample';
const cite = [{ source, quote: 'Sample data, not from any source.' }];

export function sampleOfficers(n: number): Dataset {
  const a = Math.floor(n * 0.4);
  const b = Math.floor(n * 0.1);
  const r = Math.floor(n / 10);
  const officers: OfficerInvestigation = {
    investigated: n,
    concluded: '2018-08',
    groups: [
      {
        id: 'sample-feedback',
        finding: 'performance-failings',
        outcome: 'management-feedback',
        count: a,
        label: 'Sample group: feedback',
        extras: [],
        citations: cite,
      },
      {
        id: 'sample-procedures',
        finding: 'performance-failings',
        outcome: 'unsatisfactory-performance-procedures',
        count: b,
        label: 'Sample group: procedures',
        extras: [],
        citations: cite,
      },
      {
        id: 'sample-no-case',
        finding: 'no-case-to-answer',
        outcome: 'no-action',
        count: n - a - b,
        label: 'Sample group: no formal action',
        extras: [],
        citations: cite,
      },
    ],
    subsetFacts: [],
    reinvestigation: {
      decided: '2022-06-23',
      announced: '2023-11-16',
      officers: r,
      serving: r,
      former: 0,
      fromOriginal: Math.floor(r / 2),
      status: 'open',
      outcome: null,
      statusAsOf: '2023-11-16',
      note: 'Sample data, not the case.',
      citations: cite,
    },
    citations: cite,
  };
  return {
    schemaVersion: 1,
    title: 'Sample data (invented)',
    updated: '2024-01-01',
    sources: [{ id: source, kind: 'other', publisher: null, title: 'Sample data, invented for the demo', date: null }],
    events: [],
    officers,
    recommendationSets: [],
    recommendations: [],
    figures: [],
    contradictions: [],
  };
}

/**
 * Invented data for <recommendation-status>'s long-list variant: `n` recommendations from
 * three invented bodies, a quarter with no text, statuses cycling through every value, so
 * a developer can see the search, the filters and the pager a long list gets. Not the
 * case: every label says so.
 */
export function sampleRecommendations(n: number): Dataset {
  const acceptance = ['accepted', 'rejected', 'no-response', 'unknown'] as const;
  const implementation = ['verified-complete', 'claimed-complete', 'in-progress', 'not-started', 'unknown'] as const;
  const themes = ['Sample theme A', 'Sample theme B', 'Sample theme C'];
  const bodies = ['Sample body 1', 'Sample body 2', 'Sample body 3'];
  const per = Math.ceil(n / bodies.length);
  return {
    schemaVersion: 1,
    title: 'Sample data (invented)',
    updated: '2024-01-01',
    sources: [{ id: source, kind: 'other', publisher: null, title: 'Sample data, invented for the demo', date: null }],
    events: [],
    officers: sampleOfficers(10).officers,
    recommendationSets: bodies.map((body, s) => ({
      id: `sample-${s}`,
      body,
      title: `${body}: invented recommendations`,
      made: `${2020 + s}`,
      count: Math.min(per, n - s * per),
      themes,
      textsPublished: true,
      citations: cite,
    })),
    recommendations: Array.from({ length: n }, (_, i) => ({
      id: `sample-rec-${i}`,
      set: `sample-${Math.floor(i / per)}`,
      number: (i % per) + 1,
      text: i % 4 === 3 ? null : `Sample recommendation ${i + 1}, invented for the demo.`,
      theme: themes[i % themes.length]!,
      owner: 'A sample organisation',
      acceptance: { value: acceptance[i % acceptance.length]!, asOf: '2024', citations: cite },
      implementation: { value: implementation[i % implementation.length]!, asOf: '2024', citations: cite },
      citations: cite,
    })),
    figures: [],
    contradictions: [],
  };
}
