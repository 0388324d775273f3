import { expect } from '@open-wc/testing';
import {
  bands,
  locateUnit,
  officerOutcomesLayout,
  runArea,
  slotBox,
  slotPoint,
  slotsFor,
  unitSize,
  type OfficerOutcomesLayout,
} from '../../src/officer-outcomes/officer-outcomes.layout.js';
import {
  factText,
  footnotes,
  noneText,
  placeFacts,
  summarySentence,
  unitName,
} from '../../src/officer-outcomes/officer-outcomes.text.js';
import { officersTable, readoutText, unitAt } from '../../src/officer-outcomes/officer-outcomes.interaction.js';
import { sample } from '../fixtures/sample.js';
import { manyOfficers } from '../fixtures/many.js';
import { caseOfficers } from '../fixtures/officers.js';

/** Each block as [key, count, cols, lines, width, height, x]. */
const blocks = (layout: OfficerOutcomesLayout, step: 'original' | 'reinvestigation') =>
  layout[step].blocks.map((b) => [b.key, b.count, b.cols, b.lines, b.width, b.height, b.x]);
/** Each group as [key, count, first, slot, area]. */
const groups = (layout: OfficerOutcomesLayout, step: 'original' | 'reinvestigation') =>
  layout[step].blocks.flatMap((b) => b.groups.map((g) => [g.key, g.count, g.first, g.slot, g.area]));

describe('officerOutcomesLayout', () => {
  it('officerOutcomesLayout(case, {width: 343}) draws the 17 on one line: 15 px units, the findings 25 px apart', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 343 });
    // 10 slots (7, a gap, 2) and 8 slots, 1.5 slots between: 19.5 pitches of 17 px, less 2 gaps, fit 343.
    expect([layout.oneLine, layout.unit, layout.gap, layout.pitch, layout.blockGap]).to.deep.equal([
      true,
      15,
      2,
      17,
      25,
    ]);
    expect(blocks(layout, 'original')).to.deep.equal([
      ['performance-failings', 9, 10, 1, 168, 15, 0],
      ['no-case-to-answer', 8, 8, 1, 134, 15, 193],
    ]);
    expect(layout.original.total).to.equal(17);
    expect(layout.original.width).to.equal(327);
    expect(groups(layout, 'original')).to.deep.equal([
      ['feedback', 7, 0, 0, 'M0,0h119v17h-119z'],
      ['upp', 2, 7, 8, 'M136,0h34v17h-34z'],
      ['no-case', 8, 9, 0, 'M0,0h136v17h-136z'],
    ]);
    // The re-investigation: the same units, its own block, numbered from 1 again.
    expect(blocks(layout, 'reinvestigation')).to.deep.equal([['reinvestigation', 8, 9, 1, 151, 15, 0]]);
    expect(groups(layout, 'reinvestigation')).to.deep.equal([
      ['from-original', 5, 0, 0, 'M0,0h85v17h-85z'],
      ['new', 3, 5, 6, 'M102,0h51v17h-51z'],
    ]);
  });

  it('officerOutcomesLayout(case, {width: 288}) still fits one line at 320 px: 12 px units', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 288 });
    expect([layout.oneLine, layout.unit, layout.pitch, layout.blockGap, layout.original.width]).to.deep.equal([
      true,
      12,
      14,
      21,
      269,
    ]);
  });

  it('officerOutcomesLayout(case, {width: 1280}) stops at the largest unit, 32 px', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 1280 });
    expect([layout.unit, layout.pitch, layout.blockGap, layout.original.width]).to.deep.equal([32, 34, 51, 659]);
    expect(layout.reinvestigation.width).to.equal(304);
  });

  it('never draws a line wider than the width it is given', () => {
    for (let width = 150; width <= 1400; width += 7) {
      const layout = officerOutcomesLayout(caseOfficers(), { width });
      if (!layout.oneLine) continue;
      expect(layout.original.width, `${width}`).to.be.at.most(width);
      expect(layout.reinvestigation.width, `${width}`).to.be.at.most(width);
    }
  });

  it('wraps when one line would need units under 10 px: each block the full width, lines of slots', () => {
    const narrow = officerOutcomesLayout(caseOfficers(), { width: 180 });
    expect(narrow.oneLine).to.equal(false);
    expect(narrow.unit).to.equal(22); // unitSize(25): few officers, large units
    expect(blocks(narrow, 'original')).to.deep.equal([
      ['performance-failings', 9, 7, 2, 166, 46, 0], // 7 slots of 24 px to a line
      ['no-case-to-answer', 8, 7, 2, 166, 46, 0],
    ]);
    // The 2 start on the second line after the gap slot; their area is one rectangle there.
    expect(groups(narrow, 'original')[1]).to.deep.equal(['upp', 2, 7, 8, 'M24,24h48v24h-48z']);
    const many = officerOutcomesLayout(manyOfficers(500).officers, { width: 343 });
    expect([many.oneLine, many.unit, many.gap]).to.deep.equal([false, 7, 1]);
    expect(many.original.blocks[0]!.cols).to.equal(43); // (343 + 1) / 8
  });

  it('draws 1,000 officers with the markup of 17: a few rectangles per group, never one per unit', () => {
    const layout = officerOutcomesLayout(manyOfficers(1000).officers, { width: 1280 });
    expect(layout.unit).to.equal(5);
    for (const g of [...layout.original.blocks, ...layout.reinvestigation.blocks].flatMap((b) => b.groups))
      expect((g.area.match(/M/g) ?? []).length, g.key).to.be.at.most(3);
  });

  it('keeps a dashed slot for a group of none and for a finding with no group', () => {
    const officers = caseOfficers();
    officers.groups[1]!.count = 0;
    officers.groups[2]!.count = 10;
    const layout = officerOutcomesLayout(officers, { width: 343 });
    expect(groups(layout, 'original')[1]).to.deep.equal(['upp', 0, 7, 8, '']);
    expect(layout.original.blocks[0]!.cols).to.equal(9); // 7, a gap, the empty slot
    officers.groups = officers.groups.filter((g) => g.finding === 'performance-failings');
    const none = officerOutcomesLayout(officers, { width: 343 });
    expect(blocks(none, 'original')[1]).to.deep.equal([
      'no-case-to-answer',
      0,
      1,
      1,
      none.unit,
      none.unit,
      none.original.blocks[1]!.x,
    ]);
  });

  it('officerOutcomesLayout at width 0 still gives a finite layout (one slot to a line)', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 0 });
    expect(layout.oneLine).to.equal(false);
    expect(layout.original.blocks.map((b) => b.cols)).to.deep.equal([1, 1]);
  });
});

describe('officer-outcomes geometry helpers', () => {
  it('slotsFor counts a slot per officer, one for a group of none and one between groups', () => {
    expect([slotsFor([7, 2]), slotsFor([8]), slotsFor([5, 0]), slotsFor([]), slotsFor([0])]).to.deep.equal([
      10, 8, 7, 1, 1,
    ]);
  });

  it('bands(n, pitch, gap) is a d3 band scale: slot i starts at i × pitch and is pitch − gap wide', () => {
    const x = bands(10, 17, 2);
    expect([0, 1, 9].map((i) => Math.round(x(i)! * 1000) / 1000)).to.deep.equal([0, 17, 153]);
    expect(Math.round(x.bandwidth() * 1000) / 1000).to.equal(15);
  });

  it('runArea(start, count, cols, pitch) merges full lines and draws at most three rectangles', () => {
    expect(runArea(0, 3, 10, 6)).to.equal('M0,0h18v6h-18z');
    expect(runArea(8, 4, 10, 6)).to.equal('M48,0h12v6h-12zM0,6h12v6h-12z'); // wraps after two
    expect(runArea(5, 30, 10, 6)).to.equal('M30,0h30v6h-30zM0,6h60v12h-60zM0,18h30v6h-30z');
    expect(runArea(0, 1000, 53, 6)).to.equal('M0,0h318v108h-318zM0,108h276v6h-276z');
  });

  it('locateUnit, slotBox and unitAt agree on where each officer is', () => {
    const layout = officerOutcomesLayout(caseOfficers(), { width: 343 });
    const at = locateUnit(layout.original, 8)!; // the second of the 2
    expect([at.block.key, at.group.key, at.indexInGroup, at.slot]).to.deep.equal(['performance-failings', 'upp', 1, 9]);
    expect(slotBox(at.block, at.slot, layout.pitch, layout.gap)).to.deep.equal({
      left: '91.07%', // 153 / 168
      top: '0%',
      width: '8.93%', // 15 / 168
      height: '100%',
    });
    expect(unitAt(at.block, layout.pitch, 153 + 7, 7)).to.equal(8);
    expect(unitAt(at.block, layout.pitch, 16, 7)).to.equal(0); // the gap after the first counts as it
    expect(unitAt(at.block, layout.pitch, 7 * 17 + 5, 7)).to.equal(-1); // the empty slot between groups
    expect(unitAt(at.block, layout.pitch, -1, 7)).to.equal(-1);
    expect(locateUnit(layout.original, 9)!.block.key).to.equal('no-case-to-answer');
    expect(locateUnit(layout.original, 17)).to.equal(null);
    expect(slotPoint(at.block, 9, layout.pitch, layout.gap)).to.deep.equal({ x: 153, y: 0 });
  });

  it('unitSize shrinks with the count and stops at the smallest pointable size', () => {
    expect([1, 60, 61, 240, 550, 100_000].map((n) => unitSize(n))).to.deep.equal([22, 22, 21, 11, 7, 5]);
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

  it('placeFacts draws a count of none as a track, a count out of one finding over it, and lists the rest', () => {
    const officers = caseOfficers();
    officers.subsetFacts.push({ ...officers.subsetFacts[0]!, id: 'unscoped', scope: null });
    const placed = placeFacts(officers);
    expect([...placed.over].map(([finding, facts]) => [finding, facts.map((f) => f.id)])).to.deep.equal([
      ['performance-failings', ['promoted']],
    ]);
    expect(placed.none.map((f) => f.id)).to.deep.equal(['disciplined']);
    expect(placed.more.map((f) => f.id)).to.deep.equal(['no-comment-interviews', 'unscoped']);
  });

  it('factText states each fact against its scope, with its date, and says which ones are not known', () => {
    const officers = caseOfficers();
    const [promoted, noComment, disciplined] = officers.subsetFacts;
    expect(factText(officers, promoted!)).to.equal(
      '5 of these 9 had since been promoted, as of December 2021; which 5 is not known.',
    );
    expect(factText(officers, { ...promoted!, count: 1 })).to.match(/; which one is not known\.$/);
    expect(factText(officers, { ...promoted!, count: 9 })).to.equal(
      'All 9 had since been promoted, as of December 2021.',
    );
    expect(factText(officers, noComment!)).to.equal('16 of the 17 gave “no comment” interviews, as of August 2018.');
    expect(factText(officers, disciplined!)).to.equal('None of the 17 had been disciplined, as of December 2021.');
    expect(
      factText(officers, { ...promoted!, id: 'other', label: 'left the force', scope: null, asOf: null }),
    ).to.equal('5 left the force (the sources do not say out of which officers).');
  });

  it('noneText dates the track of a count of none with the fact’s own date, to the month (audit 3.3)', () => {
    const officers = caseOfficers();
    const disciplined = officers.subsetFacts.find((f) => f.id === 'disciplined')!;
    expect(noneText(officers, disciplined)).to.equal('of 17 disciplined, as of December 2021');
    expect(noneText(officers, { ...disciplined, asOf: '2021-12-10' })).to.equal(
      'of 17 disciplined, as of December 2021',
    );
    expect(noneText(officers, { ...disciplined, asOf: null, scope: null })).to.equal('disciplined');
  });

  it('footnotes gives each drawn fact with a note its mark, in the order drawn', () => {
    const officers = caseOfficers();
    officers.subsetFacts.find((f) => f.id === 'disciplined')!.scopeNote = 'At the time.';
    const { notes, marks } = footnotes(placeFacts(officers));
    expect(notes).to.deep.equal([
      '¹ One source says five of the nine; another says five without naming the group.',
      '² At the time.',
    ]);
    expect([...marks]).to.deep.equal([
      ['promoted', '¹'],
      ['disciplined', '²'],
    ]);
  });

  it('unitName names each officer by finding and outcome, without the group’s note (read once, with the group)', () => {
    const officers = caseOfficers();
    const layout = officerOutcomesLayout(officers, { width: 800 });
    expect(unitName(officers, layout, 0, 2)).to.deep.equal({
      name: 'Performance failings, management feedback',
      position: 3,
      of: 17,
    });
    expect(unitName(officers, layout, 0, 8)!.name).to.equal(
      'Performance failings, formal unsatisfactory performance procedures',
    );
    expect(unitName(officers, layout, 1, 0)).to.deep.equal({
      name: 'Under re-investigation, among the original 17',
      position: 1,
      of: 8,
    });
    expect(unitName(officers, layout, 1, 7)!.name).to.equal('Under re-investigation, not among the original 17');
    expect(unitName(officers, layout, 0, 99)).to.equal(null);
  });

  it('readoutText gives each officer’s place, finding and outcome, and its group’s quote (or what stands for it)', () => {
    const officers = caseOfficers();
    const layout = officerOutcomesLayout(officers, { width: 800 });
    const sources = sample().sources;
    /** Officer `index` of a step, as the element gives it: its name and place, and its group. */
    const officer = (step: 0 | 1, index: number) =>
      [
        unitName(officers, layout, step, index)!,
        locateUnit(step ? layout.reinvestigation : layout.original, index)!.group,
      ] as const;
    expect(readoutText(officers, ...officer(0, 2), sources)).to.deep.equal({
      readout: 'Officer 3 of 17: performance failings, management feedback',
      quote: '“Seven of these received feedback from their manager.” (Example News)',
    });
    expect(readoutText(officers, ...officer(1, 0), sources)).to.deep.equal({
      readout: 'Re-investigated officer 1 of 8: among the original 17',
      quote: '“Five of the officers were subjects in the investigation by our predecessor” (Example News)',
    });
    // Before the bundled quotes arrive: what stands for them.
    expect(readoutText(officers, ...officer(0, 2), sources, null, 'Loading the details…').quote).to.equal(
      'Loading the details…',
    );
  });

  it('officersTable names each fact by its label, including a count of none (audit 3.14)', () => {
    const table = officersTable(caseOfficers(), sample().sources);
    const disciplined = table.rows.find((r) => r[0] === 'Disciplined')!;
    expect(disciplined.slice(0, 5)).to.deep.equal([
      'Disciplined',
      'all officers investigated',
      null,
      0,
      'None of the 17 had been disciplined, as of December 2021.',
    ]);
    expect(table.rows[0]![4]).to.equal(
      'One of these 7, not known which, also received informal learning for another related matter.',
    );
  });
});
