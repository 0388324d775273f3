import { expect } from '@open-wc/testing';
import {
  locateUnit,
  officerOutcomesLayout,
  slot,
  unitAt,
  unitGrid,
  unitSize,
  unitsArea,
  type GroupLayout,
  type OfficerOutcomesLayout,
} from '../../src/officer-outcomes/officer-outcomes.layout.js';
import {
  factText,
  headlineFigures,
  summarySentence,
  unitName,
} from '../../src/officer-outcomes/officer-outcomes.text.js';
import { sample } from '../fixtures/sample.js';
import { manyOfficers } from '../fixtures/many.js';
import { caseOfficers } from '../fixtures/officers.js';

/** Every unit's box in a group, from its points or (dense) from its grid slots. */
function boxes(g: GroupLayout): { x: number; y: number; s: number }[] {
  return Array.from({ length: g.count }, (_, i) => ({ ...slot(g.grid, i), s: g.grid.size }));
}

function expectNoOverlapInside(layout: OfficerOutcomesLayout): void {
  for (const g of layout.groups) {
    const seen = new Set<string>();
    for (const b of boxes(g)) {
      expect(b.x, `${g.key} unit x`).to.be.at.least(0);
      expect(b.x + b.s, `${g.key} unit right edge`).to.be.at.most(Math.max(layout.blockWidth, b.s));
      expect(b.y + b.s).to.be.at.most(g.grid.height);
      seen.add(`${b.x},${b.y}`);
    }
    expect(seen.size, `${g.key}: one slot per unit`).to.equal(g.count);
    if (g.count > 1) expect(g.grid.pitch).to.be.greaterThan(g.grid.size); // a gap between neighbours
    if (!layout.dense) expect(g.units).to.deep.equal(boxes(g).map(({ x, y }) => ({ x, y })));
  }
}

describe('officerOutcomesLayout', () => {
  it('officerOutcomesLayout(case, {width: 1280}) puts both steps in a row with 22 px units', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 1280 });
    expect(layout.arrangement).to.equal('row');
    expect(layout.gutter).to.equal(32);
    expect(layout.blockWidth).to.equal(405); // (1280 - 2 × 32) / 3
    expect(layout.unit).to.equal(22);
    expect(layout.gap).to.equal(4);
    expect(layout.dense).to.equal(false);
    expect(layout.total).to.equal(25);
    expect(layout.original.map((b) => [b.key, b.count])).to.deep.equal([
      ['performance-failings', 9],
      ['no-case-to-answer', 8],
    ]);
    expect(layout.reinvestigation.groups.map((g) => [g.key, g.count])).to.deep.equal([
      ['reinvestigation-from-original', 5],
      ['reinvestigation-new', 3],
    ]);
    expectNoOverlapInside(layout);
  });

  it('officerOutcomesLayout(case, {width: 1280}) keeps a group of 7 on one row with a marker slot after it', () => {
    const feedback = officerOutcomesLayout(caseOfficers(), { width: 1280 }).groups[0]!;
    expect(feedback.grid).to.deep.equal({ size: 22, pitch: 26, cols: 15, rows: 1, width: 8 * 26 - 4, height: 22 });
    expect(feedback.units.at(-1)).to.deep.equal({ x: 156, y: 0 });
    expect(feedback.marker).to.deep.equal({ x: 182, y: 0 });
  });

  it('officerOutcomesLayout(case, {width: 700}) puts the findings in two columns', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 700 });
    expect(layout.arrangement).to.equal('columns');
    expect(layout.blockWidth).to.equal(334);
    expectNoOverlapInside(layout);
  });

  it('officerOutcomesLayout(case, {width: 320}) stacks everything and wraps 8 units plus a marker over one row of 12', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 320 });
    expect(layout.arrangement).to.equal('stack');
    expect(layout.gutter).to.equal(0);
    expect(layout.blockWidth).to.equal(320);
    const noCase = layout.groups.find((g) => g.key === 'no-case')!;
    expect(noCase.grid.cols).to.equal(12);
    expect(noCase.grid.rows).to.equal(1);
    expectNoOverlapInside(layout);
  });

  it('officerOutcomesLayout(case, {width: 100}) wraps units onto several rows without overlap', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 100 });
    const feedback = layout.groups[0]!;
    expect(feedback.grid.cols).to.equal(4); // (100 + 4) / 26
    expect(feedback.grid.rows).to.equal(2); // 7 units + marker in rows of 4
    expect(feedback.marker).to.deep.equal({ x: 78, y: 26 });
    expectNoOverlapInside(layout);
  });

  it('officerOutcomesLayout(case, {width: 0}) still gives every unit a slot, one per row', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 0 });
    expect(layout.groups[0]!.grid.cols).to.equal(1);
    expect(layout.groups[0]!.grid.rows).to.equal(8);
    expectNoOverlapInside(layout);
  });

  it('officerOutcomesLayout keeps the keyboard order: original groups by finding, then the re-investigation', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 800 });
    expect(layout.groups.map((g) => [g.key, g.first, g.offsetInStep])).to.deep.equal([
      ['feedback', 0, 0],
      ['upp', 7, 7],
      ['no-case', 9, 9],
      ['reinvestigation-from-original', 17, 0],
      ['reinvestigation-new', 22, 5],
    ]);
    expect(locateUnit(layout, 8)).to.deep.include({ indexInGroup: 1 });
    expect(locateUnit(layout, 8)!.group.key).to.equal('upp');
    expect(locateUnit(layout, 25)).to.equal(null);
  });

  it('officerOutcomesLayout orders findings by the schema, whatever order the data lists groups in', () => {
    const officers = caseOfficers();
    officers.groups.reverse();
    const layout = officerOutcomesLayout(officers, { width: 800 });
    expect(layout.original.map((b) => b.key)).to.deep.equal(['performance-failings', 'no-case-to-answer']);
    expect(layout.groups.map((g) => g.key).slice(0, 3)).to.deep.equal(['upp', 'feedback', 'no-case']);
  });

  it('officerOutcomesLayout gives a group of 0 one empty slot and no units', () => {
    const officers = caseOfficers();
    officers.groups[1]!.count = 0;
    officers.investigated = 15;
    const layout = officerOutcomesLayout(officers, { width: 800 });
    const upp = layout.groups.find((g) => g.key === 'upp')!;
    expect(upp.count).to.equal(0);
    expect(upp.units).to.deep.equal([]);
    expect(upp.grid).to.deep.include({ rows: 1, width: 22, height: 22 });
    expect(layout.total).to.equal(23);
  });

  it('officerOutcomesLayout gives a finding with no groups an empty block', () => {
    const officers = caseOfficers();
    officers.groups = officers.groups.slice(0, 2);
    officers.investigated = 9;
    const layout = officerOutcomesLayout(officers, { width: 800 });
    expect(layout.original[1]).to.deep.equal({ key: 'no-case-to-answer', count: 0, groups: [], span: 0 });
  });

  it('officerOutcomesLayout with no officers at all has no units', () => {
    const officers = caseOfficers();
    officers.groups = [];
    officers.investigated = 0;
    officers.reinvestigation = { ...officers.reinvestigation, officers: 0, serving: 0, former: 0, fromOriginal: 0 };
    const layout = officerOutcomesLayout(officers, { width: 320 });
    expect(layout.total).to.equal(0);
    expect(layout.groups.every((g) => g.count === 0)).to.equal(true);
  });

  it('officerOutcomesLayout with one officer has one unit', () => {
    const officers = caseOfficers();
    officers.groups = [{ ...officers.groups[0]!, count: 1, extras: [] }];
    officers.investigated = 1;
    const layout = officerOutcomesLayout(officers, { width: 320 });
    expect(layout.groups[0]!.units).to.deep.equal([{ x: 0, y: 0 }]);
    expect(layout.groups[0]!.marker).to.equal(null);
  });

  it('officerOutcomesLayout(500 officers, {width: 320}) draws smaller units as one area per group, exactly 550', () => {
    const layout = officerOutcomesLayout(manyOfficers(500).officers, { width: 320 });
    expect(layout.dense).to.equal(true);
    expect(layout.unit).to.equal(7); // floor(22 × √(60 / 550))
    expect(layout.gap).to.equal(1);
    expect(layout.total).to.equal(550);
    for (const g of layout.groups) {
      expect(g.units).to.deep.equal([]);
      expect(g.path).to.equal(unitsArea(g.grid, g.count));
    }
    // 200 units in rows of 40: five full rows, no partial row.
    expect(layout.groups[0]!.path).to.equal('M0,0h320v40h-320z');
    expect(layout.groups[0]!.grid.cols).to.equal(40);
    expectNoOverlapInside(layout);
  });

  it('officerOutcomesLayout(1000 officers) draws small units (speed is measured by npm run bench)', () => {
    const layout = officerOutcomesLayout(manyOfficers(1000).officers, { width: 1280 });
    expect(layout.unit).to.equal(5);
  });

  it('unitsArea(grid, count) is the full rows and the last row’s units, the same size for any count', () => {
    const grid = unitGrid(1000, 320, 5, 1); // 53 units of pitch 6 to a row
    expect(grid.cols).to.equal(53);
    expect(unitsArea(grid, 0)).to.equal('');
    expect(unitsArea(grid, 3)).to.equal('M0,0h18v6h-18z');
    expect(unitsArea(grid, 53)).to.equal('M0,0h318v6h-318z');
    expect(unitsArea(grid, 1000)).to.equal('M0,0h318v108h-318zM0,108h276v6h-276z'); // 18 rows, then 46
    // The work and the output do not grow with the count: two rectangles at most.
    for (const n of [61, 1_000, 100_000]) expect((unitsArea(grid, n).match(/M/g) ?? []).length).to.be.at.most(2);
  });

  it('unitSize shrinks with the count and stops at the smallest pointable size', () => {
    expect([1, 60, 61, 240, 550, 100_000].map((n) => unitSize(n))).to.deep.equal([22, 22, 21, 11, 7, 5]);
  });

  it('unitGrid and unitAt map points to units, gaps to the unit before them, and empty space to -1', () => {
    const grid = unitGrid(5, 60, 10, 2);
    expect(grid).to.deep.equal({ size: 10, pitch: 12, cols: 5, rows: 1, width: 58, height: 10 });
    expect(unitAt(grid, 5, 0, 0)).to.equal(0);
    expect(unitAt(grid, 5, 11, 5)).to.equal(0); // the gap after unit 0
    expect(unitAt(grid, 5, 57, 9)).to.equal(4);
    expect(unitAt(grid, 5, -1, 0)).to.equal(-1);
    expect(unitAt(grid, 5, 59, 0)).to.equal(-1);
    const wrapped = unitGrid(5, 30, 10, 2);
    expect(unitAt(wrapped, 5, 13, 13)).to.equal(3);
    expect(unitAt(wrapped, 5, 25, 13)).to.equal(-1); // the empty slot after the last unit
  });
});

describe('officer-outcomes text', () => {
  it('summarySentence(case) gives the counts, the promotions with their scope and source, and both dates of the re-investigation', () => {
    expect(summarySentence(caseOfficers(), sample().sources)).to.equal(
      'Of 17 officers investigated by the IOPC, 9 were found to have performance failings and 8 had no case to answer. ' +
        'By December 2021, none had been disciplined, and Example News reported that 5 of the 9 with performance failings had since been promoted. ' +
        'On 23 June 2022 the IOPC decided to re-investigate. ' +
        'On 16 November 2023 it said 8 officers, 5 of them among the original 17, were under investigation for gross misconduct over possible breaches of professional standards; ' +
        'no outcome had been reported as of November 2023.',
    );
    // Without the sources, the promotion is still attributed, if not by name.
    expect(summarySentence(caseOfficers())).to.contain('one source reported that 5 of the 9');
  });

  it('summarySentence dates each fact where their dates differ', () => {
    const officers = caseOfficers();
    officers.subsetFacts.find((f) => f.id === 'disciplined')!.asOf = '2023-04';
    expect(summarySentence(officers, sample().sources)).to.contain(
      'None had been disciplined (as of April 2023), and Example News reported that 5 of the 9 with performance failings had since been promoted (as of December 2021).',
    );
  });

  it('summarySentence does not pin a count whose scope the source does not give on the 17', () => {
    const officers = caseOfficers();
    officers.subsetFacts = [
      { id: 'disciplined', label: 'disciplined', count: 2, scope: null, asOf: null, citations: officers.citations },
      { id: 'other', label: 'x', count: 1, scope: 'investigated', asOf: null, citations: officers.citations },
    ];
    expect(summarySentence(officers)).to.contain('. 2 officers had been disciplined.');
    officers.subsetFacts[0]!.scope = 'investigated';
    expect(summarySentence(officers)).to.contain('. 2 of the 17 had been disciplined.');
  });

  it('summarySentence degrades when the promoted and disciplined facts are absent', () => {
    const officers = caseOfficers();
    officers.subsetFacts = [];
    officers.reinvestigation = { ...officers.reinvestigation, officers: 0, serving: 0, former: 0, fromOriginal: 0 };
    expect(summarySentence(officers)).to.equal(
      'Of 17 officers investigated by the IOPC, 9 were found to have performance failings and 8 had no case to answer.',
    );
  });

  it('summarySentence writes large counts as en-GB does ("1,200 officers")', () => {
    const officers = caseOfficers();
    officers.investigated = 1200;
    officers.subsetFacts = [];
    officers.reinvestigation = { ...officers.reinvestigation, officers: 0, serving: 0, former: 0, fromOriginal: 0 };
    expect(summarySentence(officers)).to.match(/^Of 1,200 officers investigated by the IOPC/);
  });

  it('summarySentence reports a concluded re-investigation with its outcome', () => {
    const officers = caseOfficers();
    officers.reinvestigation = { ...officers.reinvestigation, status: 'concluded', outcome: 'two cases to answer' };
    expect(summarySentence(officers)).to.match(/; it has since concluded: two cases to answer\.$/);
  });

  it('headlineFigures(case) computes 17, 9, 0, 5 and 8 from the data', () => {
    expect(headlineFigures(caseOfficers()).map((f) => [f.key, f.value])).to.deep.equal([
      ['investigated', 17],
      ['failings', 9],
      ['disciplined', 0],
      ['promoted', 5],
      ['reinvestigated', 8],
    ]);
  });

  it('headlineFigures leaves out figures whose facts are missing', () => {
    const officers = caseOfficers();
    officers.subsetFacts = officers.subsetFacts.filter((f) => f.id !== 'promoted' && f.id !== 'disciplined');
    expect(headlineFigures(officers).map((f) => f.key)).to.deep.equal(['investigated', 'failings', 'reinvestigated']);
  });

  it('factText states each fact against its scope, with its date', () => {
    const officers = caseOfficers();
    const [promoted, noComment, disciplined] = officers.subsetFacts;
    expect(factText(officers, promoted!)).to.equal('5 of these 9: had since been promoted, as of December 2021.');
    expect(factText(officers, noComment!)).to.equal('16 of the 17: gave “no comment” interviews, as of August 2018.');
    expect(factText(officers, disciplined!)).to.equal('None of the 17 had been disciplined, as of December 2021.');
    expect(
      factText(officers, { ...promoted!, id: 'other', label: 'left the force', scope: null, asOf: null }),
    ).to.equal('5: left the force (the sources do not say out of which officers).');
  });

  it('unitName names each officer by number, finding and outcome, and says which-one is unknown', () => {
    const officers = caseOfficers();
    const layout = officerOutcomesLayout(officers, { width: 800 });
    expect(unitName(officers, layout, 2)).to.equal(
      'Officer 3 of 17: performance failings, management feedback. 1 of the 7 in this group: also received informal learning for another related matter (not known which).',
    );
    expect(unitName(officers, layout, 8)).to.equal(
      'Officer 9 of 17: performance failings, formal unsatisfactory performance procedures.',
    );
    expect(unitName(officers, layout, 17)).to.equal(
      'Re-investigated officer 1 of 8: among the original 17. Open: outcome not known as of 16 November 2023.',
    );
    expect(unitName(officers, layout, 24)).to.match(/^Re-investigated officer 8 of 8: not among the original 17\./);
    expect(unitName(officers, layout, 99)).to.equal('');
  });
});
