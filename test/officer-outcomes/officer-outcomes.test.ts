import { expect, html } from '@open-wc/testing';
import { compareSnapshot, emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/officer-outcomes/officer-outcomes.js';
import type {
  OfficerOutcomes,
  OfficerSelectDetail,
  OfficerSelectEvent,
} from '../../src/officer-outcomes/officer-outcomes.js';
import type { Dataset } from '../../src/data/types.js';
import { axeViolations, captureErrors, mount, nextFrame, serializeSvg, settle, textOf } from '../helpers.js';
import { describeFoldedLater } from '../shared/folded-later.js';
import { manyOfficers } from '../fixtures/many.js';
import { caseDataset } from '../fixtures/officers.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const listboxes = (el: Element) => $$(el, '[role=listbox]');
/** The option a list box points at with aria-activedescendant. */
const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute('aria-activedescendant');
  return id ? (box.getRootNode() as ShadowRoot).getElementById(id) : null;
};
/** The list box that has focus, and what a screen reader is told: its active option's name and place. */
function focusedOption(el: Element): { id: string; name: string; place: string } | null {
  const box = root(el).activeElement as HTMLElement | null;
  const option = box && activeOption(box);
  if (!option) return null;
  return {
    id: option.id,
    name: option.getAttribute('aria-label')!,
    place: `${option.getAttribute('aria-posinset')} of ${option.getAttribute('aria-setsize')}`,
  };
}

async function press(el: OfficerOutcomes, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

async function focusFirst(el: OfficerOutcomes): Promise<void> {
  listboxes(el)[0]!.focus();
  await settle(el);
}

/** Records pcv-officer-select events reaching the document (so bubbling and composition are tested too). */
function recordSelects(): { events: CustomEvent<OfficerSelectDetail>[]; stop: () => void } {
  const events: CustomEvent<OfficerSelectDetail>[] = [];
  // Typed by the event map: no cast.
  const listener = (e: OfficerSelectEvent) => events.push(e);
  document.addEventListener('pcv-officer-select', listener);
  return { events, stop: () => document.removeEventListener('pcv-officer-select', listener) };
}

/** The viewport point at the centre of officer `i` (in its block) of a list box's drawing. */
function unitPoint(box: HTMLElement, slot: number, el: OfficerOutcomes): [number, number] {
  const svg = box.querySelector('svg')!.getBoundingClientRect();
  const layout = (el as unknown as { view: { layout: { pitch: number; unit: number } } }).view.layout;
  const scale = svg.width / Number(box.querySelector('svg')!.getAttribute('width'));
  return [
    Math.round(svg.left + (slot * layout.pitch + layout.unit / 2) * scale),
    Math.round(svg.top + (layout.unit / 2) * scale),
  ];
}

/** True when two boxes overlap by more than a pixel. */
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe('<officer-outcomes>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('renders the bundled data: one mark per officer, in one row of the original investigation and one of the re-investigation', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes></officer-outcomes>`, 375);
    const data = (await import('../../src/data/dataset.js')).dataset as Dataset;
    // Each group is one area filled with a pattern of one unit; its count is in the key.
    const keyCounts = (step: string) => $$(el, `[data-step=${step}] [part=count]`).map((c) => Number(textOf(c)));
    expect(keyCounts('original').reduce((a, b) => a + b)).to.equal(data.officers.investigated);
    expect(keyCounts('reinvestigation').reduce((a, b) => a + b)).to.equal(data.officers.reinvestigation.officers);
    expect($$(el, 'path.area').length).to.equal(5);
    // One line: every mark of the 17 has the same top.
    const tops = $$(el, '[data-step=original] svg.units').map((s) => Math.round(s.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    for (const part of [
      'step',
      'block',
      'bracket',
      'fact',
      'chart',
      'units',
      'key',
      'label',
      'count',
      'extra',
      'status',
      'readout',
      'more',
    ])
      expect(root(el).querySelector(`[part~=${part}]`), part).to.not.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('names each group once in the key, with its notes, in the case-shaped fixture', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    expect($$(el, '[part=label]').map(textOf)).to.deep.equal([
      '7 management feedback ◆ One of these 7, not known which, also received informal learning for another related matter.',
      '2 formal unsatisfactory performance procedures',
      '8 no formal action ◆ One of these 8, not known which, underwent informal learning.',
      '5 among the original 17, not known which',
      '3 not among the original 17',
    ]);
    expect($$(el, '.block-title').map(textOf)).to.deep.equal([
      '9 found to have performance failings',
      '8 no case to answer for misconduct',
    ]);
    expect($$(el, '.step-title').map(textOf)).to.deep.equal([
      'The IOPC’s investigation of 17 officers, concluded August 2018',
      'The re-investigation',
    ]);
    expect(textOf($(el, '[data-step=reinvestigation] .sub'))).to.equal(
      'Decided 23 June 2022. 8 officers under investigation for gross misconduct, announced 16 November 2023.',
    );
    // No heading twice: the frame's title, then one per step.
    const headings = [...$$(el, '[role=heading]')].map(textOf);
    expect(new Set(headings).size).to.equal(headings.length);
  });

  it('draws the two facts readers remember: a bracket under the 9 saying which 5 is not known, and an empty track for none disciplined', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 375);
    const promoted = $(el, '[part=fact][data-fact=promoted]');
    expect(textOf(promoted)).to.equal(
      '5 of these 9 had since been promoted, as of December 2021; which 5 is not known.¹',
    );
    // The bracket over it spans the 9 exactly: from the first mark of the block to its last.
    const bracket = promoted.parentElement!.querySelector('[part=bracket]')!.getBoundingClientRect();
    const nine = $(el, '[data-block=performance-failings] svg.units').getBoundingClientRect();
    expect(Math.abs(bracket.left - nine.left)).to.be.below(1);
    expect(Math.abs(bracket.right - nine.right)).to.be.below(1);
    expect(bracket.top).to.be.at.least(nine.bottom - 1);
    const none = $(el, '[part=fact][data-fact=disciplined]');
    expect(textOf(none)).to.equal('0 of 17 disciplined, as of December 2021');
    expect(getComputedStyle(none).borderTopStyle).to.equal('dashed');
    // As wide as the row of the 17 it says none of.
    const row = $(el, '[data-step=original] .blocks').getBoundingClientRect();
    expect(Math.abs(none.getBoundingClientRect().width - row.width)).to.be.below(1.5);
    // Nothing singles out "the promoted five": each group is one area of identical marks.
    for (const block of $$(el, '[part=units]')) expect(block.querySelectorAll('path').length).to.be.at.most(2);
    // Sourcing caveats are footnotes, folded under the chart, not printed under the fact.
    expect(textOf($(el, '[part=footnotes]'))).to.equal(
      '¹ One source says five of the nine; another says five without naming the group.',
    );
    expect($(el, '[part=more]').hasAttribute('open')).to.equal(false);
  });

  it('keeps the re-investigation neutral and apart: circles in ink, not the colour of any outcome of the 17', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const style = (selector: string) => getComputedStyle($(el, selector));
    const ink = getComputedStyle(el).color;
    expect(style('circle.from-original').fill).to.equal(ink);
    expect(style('circle.new').stroke).to.equal(ink);
    expect(style('circle.from-original').fill).to.not.equal(style('rect.feedback').fill);
    // Neutral marks: every fill and stroke is a grey (r = g = b), so colour says nothing by itself.
    for (const selector of ['rect.feedback', 'rect.no-case', 'rect.procedures', 'circle.new']) {
      const [r, g, b] = (style(selector).stroke === 'none' ? style(selector).fill : style(selector).stroke)
        .match(/\d+/g)!
        .map(Number);
      expect(r === g && g === b, selector).to.equal(true);
    }
  });

  it('hides every drawing from the accessibility tree: the list boxes and the key say what they show', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const drawings = $$(el, 'svg');
    expect(drawings.length).to.be.greaterThan(5);
    for (const svg of drawings)
      expect(svg.getAttribute('aria-hidden'), svg.getAttribute('class') ?? '').to.equal('true');
  });

  it('makes each block a named list box, one tab stop per step, whose active option has a new id on every move', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    expect(listboxes(el).map((b) => [b.getAttribute('aria-labelledby'), b.tabIndex])).to.deep.equal([
      ['h0-0', 0],
      ['h0-1', -1],
      ['s1', 0],
    ]);
    expect(listboxes(el).map((b) => textOf(root(el).getElementById(b.getAttribute('aria-labelledby')!)))).to.deep.equal(
      ['9 found to have performance failings', '8 no case to answer for misconduct', 'The re-investigation'],
    );
    await focusFirst(el);
    const said = [focusedOption(el)];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'End', 'Home']) {
      await press(el, key);
      said.push(focusedOption(el));
    }
    expect(said.map((s) => s && [s.id, s.name, s.place])).to.deep.equal([
      ['o0-0', 'Performance failings, management feedback', '1 of 17'],
      ['o0-1', 'Performance failings, management feedback', '2 of 17'],
      ['o0-2', 'Performance failings, management feedback', '3 of 17'],
      ['o0-8', 'Performance failings, formal unsatisfactory performance procedures', '9 of 17'], // the 2nd of the 2: as far in as it goes
      ['o0-10', 'No case to answer, no formal action', '11 of 17'], // the same place in the next group, in the next block
      ['o0-8', 'Performance failings, formal unsatisfactory performance procedures', '9 of 17'],
      ['o0-16', 'No case to answer, no formal action', '17 of 17'],
      ['o0-0', 'Performance failings, management feedback', '1 of 17'],
    ]);
    // The option sits in the group the key names; a group's note is in that name, read once.
    const option = root(el).getElementById('o0-0')!;
    const group = option.closest('[role=group]')!;
    expect(textOf(root(el).getElementById(group.getAttribute('aria-labelledby')!))).to.contain(
      'One of these 7, not known which',
    );
    expect(option.getAttribute('aria-label')).to.not.contain('informal learning');
    // Focus moved with the officer into the other block's list box, which now is the tab stop.
    await press(el, 'End');
    expect(root(el).activeElement).to.equal(listboxes(el)[1]);
    expect(listboxes(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, 0]);
    // The ends stay put, and say nothing new.
    await press(el, 'ArrowRight');
    expect(focusedOption(el)!.id).to.equal('o0-16');
    // Nothing else speaks: no live region repeats the move.
    expect($$(el, '[aria-live]').filter((r) => textOf(r).includes('no formal action'))).to.deep.equal([]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('steps on from the 17 into nothing else: the re-investigation is its own tab stop, with its own list', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    listboxes(el)[2]!.focus();
    await settle(el);
    expect(focusedOption(el)).to.deep.equal({
      id: 'o1-0',
      name: 'Under re-investigation, among the original 17',
      place: '1 of 8',
    });
    await press(el, 'End');
    expect(focusedOption(el)).to.deep.equal({
      id: 'o1-7',
      name: 'Under re-investigation, not among the original 17',
      place: '8 of 8',
    });
    expect(textOf($(el, '[data-step=reinvestigation] [part=readout]'))).to.equal(
      'Re-investigated officer 8 of 8: not among the original 17. “Five of the officers were subjects in the investigation by our predecessor” (Example News)',
    );
  });

  it('fires pcv-officer-select on Enter and Space with the group and index, and none for re-investigation units', async () => {
    const data = caseDataset();
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${data}></officer-outcomes>`, 800);
    const { events, stop } = recordSelects();
    try {
      await focusFirst(el);
      await press(el, 'ArrowRight');
      await press(el, 'Enter');
      await press(el, 'ArrowDown');
      await press(el, 'Space');
      listboxes(el)[2]!.focus();
      await press(el, 'Enter');
    } finally {
      stop();
    }
    expect(events.map((e) => [e.detail.group.id, e.detail.index, e.detail.indexInGroup])).to.deep.equal([
      ['feedback', 1, 1],
      ['upp', 8, 1],
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    // The group as given, but a copy of its own: a listener's edit cannot reach the graphic.
    expect(events[0]!.detail.group).to.deep.equal(data.officers.groups[0]);
    expect(events[0]!.detail.group).to.not.equal(data.officers.groups[0]);
  });

  it('shows the readout with the officer’s source where it covers no text, keeps it while the pointer is over it, and closes it on Escape', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 375);
    const readout = () => $(el, '[data-step=original] [part=readout]');
    // The marks and the readout both in the window, so the pointer can reach them.
    $(el, '[data-step=original]').scrollIntoView();
    await settle(el);
    expect(textOf(readout())).to.equal('Point at or tap a square for its source.');
    const before = readout().getBoundingClientRect();
    const noCase = listboxes(el)[1]!;
    await sendMouse({ type: 'move', position: unitPoint(noCase, 2, el) });
    await settle(el);
    expect(textOf(readout())).to.equal(
      'Officer 12 of 17: no case to answer, no formal action. “No case to answer was found for the remaining eight officers in terms of misconduct.” (Example News)',
    );
    // The officer pointed at is ringed; nothing else is.
    const ring = noCase.querySelector('.hover')!.getBoundingClientRect();
    const [x, y] = unitPoint(noCase, 2, el);
    expect(ring.left < x && x < ring.right && ring.top < y && y < ring.bottom).to.equal(true);
    // In the flow, where the hint was: it moves nothing above it and covers no text.
    expect(Math.round(readout().getBoundingClientRect().top)).to.equal(Math.round(before.top));
    expect(getComputedStyle(readout()).position).to.equal('static');
    for (const text of $$(el, '[data-step=original] p, [data-step=original] li, .step-title'))
      if (text !== readout())
        expect(overlaps(text.getBoundingClientRect(), readout().getBoundingClientRect()), text.className).to.equal(
          false,
        );
    expect(await axeViolations(el)).to.deep.equal([]);
    // Hoverable: the pointer can move down onto the readout and it stays.
    const box = readout().getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    await settle(el);
    expect(textOf(readout())).to.match(/^Officer 12 of 17/);
    // Dismissible without moving the pointer: Escape, wherever the focus is.
    await press(el, 'Escape');
    expect(textOf(readout())).to.equal('Point at or tap a square for its source.');
    expect(noCase.querySelector('.hover')).to.equal(null);
    // Leaving the step closes it.
    await sendMouse({ type: 'move', position: unitPoint(noCase, 0, el) });
    await settle(el);
    expect(textOf(readout())).to.match(/^Officer 10 of 17/);
    await sendMouse({ type: 'move', position: [Math.round(el.getBoundingClientRect().right + 20), 5] });
    await settle(el);
    expect(textOf(readout())).to.equal('Point at or tap a square for its source.');
  });

  it('shows the focused officer’s readout; Escape hides it until the next move', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    await focusFirst(el);
    const readout = () => textOf($(el, '[data-step=original] [part=readout]'));
    expect(readout()).to.match(/^Officer 1 of 17: performance failings, management feedback\. “Seven of these/);
    await press(el, 'Escape');
    expect(readout()).to.equal('Point at or tap a square for its source.');
    expect(await axeViolations(el)).to.deep.equal([]);
    await press(el, 'ArrowRight');
    expect(readout()).to.match(/^Officer 2 of 17/);
    listboxes(el)[0]!.blur();
    await settle(el);
    expect(readout()).to.equal('Point at or tap a square for its source.');
  });

  it('a click or tap on a mark chooses that officer and fires pcv-officer-select', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const { events, stop } = recordSelects();
    try {
      await sendMouse({ type: 'click', position: unitPoint(listboxes(el)[1]!, 2, el) });
      await settle(el);
    } finally {
      stop();
    }
    expect(events.map((e) => [e.detail.group.id, e.detail.index])).to.deep.equal([['no-case', 11]]);
    expect(root(el).activeElement).to.equal(listboxes(el)[1]);
    expect(focusedOption(el)!.id).to.equal('o0-11');
  });

  it('fires nothing for changes the page makes: new data, a new width, a theme', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const { events, stop } = recordSelects();
    try {
      el.data = manyOfficers(40);
      await settle(el);
      el.parentElement!.style.width = '320px';
      await settle(el);
      await nextFrame();
      el.theme = 'dark';
      await settle(el);
      await nextFrame();
      await nextFrame();
    } finally {
      stop();
    }
    expect(events).to.deep.equal([]);
    expect($(el, '.steps').classList.contains('wrapped')).to.equal(true);
  });

  it('reflows at 320 px: the 17 still on one line, nothing wider than the element', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 288);
    expect($(el, '.steps').classList.contains('one-line')).to.equal(true);
    const right = el.getBoundingClientRect().right;
    for (const node of $$(el, 'svg.units, [part=fact], [part=label], .block-title, .step-title'))
      expect(node.getBoundingClientRect().right, node.className.toString()).to.be.at.most(right + 0.5);
    await focusFirst(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('draws 500 officers wrapped, one patterned area per group, keeps the counts exact and still steps officer by officer', async () => {
    const el = await mount<OfficerOutcomes>(
      html`<officer-outcomes .data=${manyOfficers(500)}></officer-outcomes>`,
      320,
    );
    expect($(el, '.steps').classList.contains('wrapped')).to.equal(true);
    expect($$(el, 'path.area').length).to.equal(5);
    expect($$(el, '[part=count]').map(textOf)).to.deep.equal(['200', '50', '250', '25', '25']);
    expect(root(el).querySelectorAll('*').length).to.be.below(250);
    listboxes(el)[2]!.focus();
    await settle(el);
    await press(el, 'End');
    expect(focusedOption(el)!.place).to.equal('50 of 50');
    await press(el, 'ArrowLeft');
    expect(focusedOption(el)!.place).to.equal('49 of 50');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a group of 0 with a written 0 and a dashed slot, and gives it no list of officers', async () => {
    const data = caseDataset();
    data.officers.groups[1]!.count = 0;
    data.officers.groups[2]!.count = 10;
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${data}></officer-outcomes>`, 800);
    expect(textOf($(el, '[part=label][data-group=upp]'))).to.equal('0 formal unsatisfactory performance procedures');
    expect($$(el, '[data-block=performance-failings] rect.zero').length).to.equal(1);
    expect($$(el, '[data-block=performance-failings] [role=group]').length).to.equal(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes the theme and a --pcv-color-* property from an ancestor', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<section theme="dark" style="--pcv-color-feedback: rgb(1, 2, 3)">
        <officer-outcomes .data=${caseDataset()}></officer-outcomes>
      </section>`,
    );
    const el = wrapper.querySelector<OfficerOutcomes>('officer-outcomes')!;
    await settle(el);
    expect(el.getAttribute('data-pcv-theme')).to.equal('dark');
    expect(getComputedStyle($(el, 'rect.feedback')).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, 'rect.no-case')).fill).to.equal('rgb(21, 21, 21)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps outcomes apart in forced colours by fill, hatch and outline, and stays axe clean', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    try {
      const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
      const fill = (selector: string) => getComputedStyle($(el, selector)).fill;
      expect(fill('rect.feedback')).to.not.equal(fill('rect.no-case'));
      expect(fill('rect.procedures')).to.contain('url(');
      expect(fill('circle.from-original')).to.not.equal(fill('circle.new'));
      await focusFirst(el);
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    }
  });

  it('folds the notes and the other facts under the chart; open, they are axe clean', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const more = $<HTMLDetailsElement>(el, '[part=more]');
    more.open = true;
    $<HTMLDetailsElement>(el, 'details[part=status]').open = true;
    await settle(el);
    expect($$(el, '[part=more] li[data-fact]').map(textOf)).to.deep.equal([
      '16 of the 17 gave “no comment” interviews, as of August 2018 (Example News).',
    ]);
    expect(textOf($(el, 'details[part=status]'))).to.equal(
      'Open: outcome not known as of 16 November 2023 No outcome had been reported in the sources consulted.',
    );
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('offers a table with a row per group, per subset fact and for the re-investigation', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    $<HTMLButtonElement>(el, '[part~=table-toggle]').click();
    await el.updateComplete;
    const table = $(el, 'table');
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal([
      'Group',
      'Finding',
      'Outcome',
      'Officers',
      'Notes',
      'Source quote',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(textOf));
    // Three groups, three facts, and the re-investigation: all, among the 17, not among them, status.
    expect(rows.length).to.equal(3 + 3 + 4);
    expect(rows[0]!.slice(0, 4)).to.deep.equal([
      'Management feedback',
      'performance failings',
      'management feedback',
      '7',
    ]);
    expect(rows[0]![5]).to.contain('“Seven of these received feedback from their manager.” (Example News)');
    expect(rows[3]!.slice(0, 4)).to.deep.equal(['Promoted since', 'performance failings', '', '5']);
    expect(rows[5]!.slice(0, 4)).to.deep.equal(['Disciplined', 'all officers investigated', '', '0']);
    expect(rows.at(-1)![4]).to.contain('Open: outcome not known as of 16 November 2023');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows the error state when the group counts do not add up', async () => {
    const data = caseDataset();
    data.officers.groups[0]!.count = 6;
    let el!: OfficerOutcomes;
    const errors = await captureErrors(async () => {
      el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${data}></officer-outcomes>`);
    });
    const error = $(el, '[part=error]');
    // Readers get a neutral sentence; the problem goes to the console (show-problems shows it too).
    expect(textOf(error)).to.contain('This graphic could not be shown.');
    expect(root(el).querySelector('[part=chart]')).to.equal(null);
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.contain('officers.groups: the group counts add up to 16, but officers.investigated is 17');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  // Snapshots draw a fixed fixture, not the bundled data, so a data fix changes no snapshot.
  // After an intended change to the drawing: npm run test:unit -- --update-snapshots
  for (const width of [1280, 320]) {
    it(`matches the SVG snapshot of the case-shaped fixture at ${width} px`, async () => {
      const el = await mount<OfficerOutcomes>(
        html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`,
        width,
      );
      await nextFrame();
      const content = $$<SVGSVGElement>(el, 'svg.defs, svg.units')
        .map((svg) => `# ${svg.closest('[part=block]')?.getAttribute('data-block') ?? 'defs'}\n${serializeSvg(svg)}`)
        .join('');
      await compareSnapshot({ name: `officer-outcomes-fixture-${width}`, content });
    });
  }
});

describeFoldedLater('officer-outcomes', 'details[part=more]');
