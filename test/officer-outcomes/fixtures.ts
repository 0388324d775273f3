/**
 * Officers sections for the <officer-outcomes> tests, built on the shared sample():
 * `caseOfficers()` has the shape of the real case (17 officers in three groups,
 * three subset facts, a re-investigation of 8) so that tests can
 * check the intended reading without depending on the bundled file while it is
 * being written; `manyOfficers(n)` is a large dataset of the same schema.
 */
import type { Dataset, OfficerInvestigation } from '../../src/data/types.js';
import { sample } from '../fixtures/sample.js';

const cite = (quote: string) => [{ source: 'src-a', quote }];

export function caseOfficers(): OfficerInvestigation {
  return {
    investigated: 17,
    concluded: '2018-08',
    groups: [
      {
        id: 'feedback',
        finding: 'performance-failings',
        outcome: 'management-feedback',
        count: 7,
        label: 'Management feedback',
        extras: [
          {
            count: 1,
            label: 'also received informal learning for another related matter',
            citations: cite('One of those also received informal learning for another related matter.'),
          },
        ],
        citations: cite('Seven of these received feedback from their manager.'),
      },
      {
        id: 'upp',
        finding: 'performance-failings',
        outcome: 'unsatisfactory-performance-procedures',
        count: 2,
        label: 'Formal unsatisfactory performance procedures',
        extras: [],
        citations: cite('The remaining two officers were subject to formal unsatisfactory performance procedures'),
      },
      {
        id: 'no-case',
        finding: 'no-case-to-answer',
        outcome: 'no-action',
        count: 8,
        label: 'No case to answer',
        extras: [
          {
            count: 1,
            label: 'underwent informal learning',
            citations: cite('However, one of those eight officers underwent informal learning'),
          },
        ],
        citations: cite('No case to answer was found for the remaining eight officers in terms of misconduct.'),
      },
    ],
    subsetFacts: [
      {
        id: 'promoted',
        label: 'promoted since',
        count: 5,
        scope: 'performance-failings',
        scopeNote: 'One source says five of the nine; another says five without naming the group.',
        asOf: '2021-12',
        citations: cite('None of the nine were disciplined or lost their jobs, and five have since been promoted.'),
      },
      {
        id: 'no-comment-interviews',
        label: 'gave no-comment interviews',
        count: 16,
        scope: 'investigated',
        asOf: '2018-08',
        citations: cite('Sixteen of them provided ‘no comment’ interviews'),
      },
      {
        id: 'disciplined',
        label: 'disciplined',
        count: 0,
        scope: 'investigated',
        asOf: '2021-12',
        citations: cite('None of the 17 officers involved in the case faced disciplinary action at the time.'),
      },
    ],
    reinvestigation: {
      decided: '2022-06-23',
      announced: '2023-11-16',
      officers: 8,
      serving: 5,
      former: 3,
      fromOriginal: 5,
      status: 'open',
      outcome: null,
      statusAsOf: '2023-11-16',
      note: 'No outcome had been reported in the sources consulted.',
      citations: cite('Five of the officers were subjects in the investigation by our predecessor'),
    },
    citations: cite('Seventeen officers were investigated by the IOPC'),
  };
}

export function caseDataset(): Dataset {
  return { ...sample(), officers: caseOfficers() };
}

/** `n` officers split over the three outcomes, and a re-investigation of a tenth of them. */
export function manyOfficers(n: number): Dataset {
  const o = caseOfficers();
  const a = Math.floor(n * 0.4);
  const b = Math.floor(n * 0.1);
  o.investigated = n;
  o.groups[0]!.count = a;
  o.groups[1]!.count = b;
  o.groups[2]!.count = n - a - b;
  o.subsetFacts = o.subsetFacts.map((f) => ({ ...f, count: Math.min(f.count, n) }));
  const r = Math.floor(n / 10);
  o.reinvestigation = { ...o.reinvestigation, officers: r, serving: r, former: 0, fromOriginal: Math.floor(r / 2) };
  return { ...sample(), officers: o };
}
