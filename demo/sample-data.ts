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
