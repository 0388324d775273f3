import { expect, html } from '@open-wc/testing';
import { compareSnapshot, emulateMedia } from '@web/test-runner-commands';
import '../../src/officer-outcomes/officer-outcomes.js';
import type {
  OfficerOutcomes,
  OfficerSelectDetail,
  OfficerSelectEvent,
} from '../../src/officer-outcomes/officer-outcomes.js';
import type { Dataset } from '../../src/data/types.js';
import { axeViolations, captureErrors, mount, nextFrame, serializeSvg, settle, textOf } from '../helpers.js';
import { manyOfficers } from '../fixtures/many.js';
import { caseDataset } from '../fixtures/officers.js';

const root = (el: Element) => el.shadowRoot!;
const chart = (el: Element) => root(el).querySelector<HTMLElement>('[part=chart]')!;
const live = (el: Element) => textOf(root(el).querySelector('[role=status][aria-live=polite]'));

async function key(el: OfficerOutcomes, name: string): Promise<void> {
  chart(el).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}

/** Records pcv-officer-select events reaching the document (so bubbling and composition are tested too). */
function recordSelects(): { events: CustomEvent<OfficerSelectDetail>[]; stop: () => void } {
  const events: CustomEvent<OfficerSelectDetail>[] = [];
  // Typed by the event map: no cast.
  const listener = (e: OfficerSelectEvent) => events.push(e);
  document.addEventListener('pcv-officer-select', listener);
  return { events, stop: () => document.removeEventListener('pcv-officer-select', listener) };
}

/** The client point at the centre of unit `i` of the group drawn in `svg`. */
function unitCentre(svg: SVGSVGElement, i: number): { clientX: number; clientY: number } {
  const unit = svg.querySelectorAll('[part=unit]')[i]!.getBoundingClientRect();
  return { clientX: unit.left + unit.width / 2, clientY: unit.top + unit.height / 2 };
}

describe('<officer-outcomes>', () => {
  it('renders the bundled data: a summary, headline figures and one mark per officer', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes></officer-outcomes>`, 800);
    const r = root(el);
    expect(textOf(r.querySelector('[part=summary]'))).to.match(/^Of \d+ officers investigated by the IOPC/);
    const data = (await import('../../src/data/dataset.js')).dataset as Dataset;
    const squares = r.querySelectorAll('.original rect[part=unit]').length;
    const circles = r.querySelectorAll('.reinvestigation circle[part=unit]').length;
    expect(squares).to.equal(data.officers.investigated);
    expect(circles).to.equal(data.officers.reinvestigation.officers);
    for (const part of ['headline', 'stat', 'chart', 'step', 'block', 'group', 'count', 'units', 'unit', 'status'])
      expect(r.querySelector(`[part~=${part}]`), part).to.not.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('writes the counts as figures beside each group, with the headline figures computed', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const r = root(el);
    const groups = [...r.querySelectorAll('[part=group]')].map((g) => [
      textOf(g.querySelector('[part=count]')),
      textOf(g.querySelector('.group-label')),
      g.querySelectorAll('[part=unit]').length,
    ]);
    expect(groups).to.deep.equal([
      ['7', 'Management feedback', 7],
      ['2', 'Formal unsatisfactory performance procedures', 2],
      ['8', 'No case to answer', 8],
      ['5', 'Among the original 17', 5],
      ['3', 'Not among the original 17', 3],
    ]);
    expect([...r.querySelectorAll('[part=stat]')].map(textOf)).to.deep.equal([
      '17 investigated',
      '9 found to have performance failings',
      '0 disciplined',
      '5 of the 9 since promoted',
      '8 under re-investigation, as of November 2023',
    ]);
  });

  it('encodes the outcome by a second channel: solid, hatched and outlined squares, filled and hollow circles', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const r = root(el);
    const look = (selector: string) => {
      const style = getComputedStyle(r.querySelector(selector)!);
      return [style.fill, style.stroke];
    };
    const [feedbackFill] = look('rect.feedback');
    const [hatchFill] = look('rect.procedures');
    const [noCaseFill, noCaseStroke] = look('rect.no-case');
    expect(hatchFill).to.contain('url(');
    // Hollow: filled with the surface colour (white; the element itself is transparent on the page).
    expect(noCaseFill).to.equal('rgb(255, 255, 255)');
    expect(noCaseStroke).to.not.equal(noCaseFill);
    expect(feedbackFill).to.not.equal(noCaseFill);
    expect(r.querySelectorAll('circle.from-original').length).to.equal(5);
    expect(r.querySelectorAll('circle.new').length).to.equal(3);
  });

  it('pins no subset fact on particular units: brackets span the group the source names', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const r = root(el);
    const failings = r.querySelector('[part=block][data-finding=performance-failings]')!;
    const promoted = failings.querySelector('[part=fact][data-fact=promoted]')!;
    expect(textOf(promoted)).to.contain('5 of these 9: had since been promoted, as of December 2021.');
    expect(textOf(promoted)).to.contain('One source says five of the nine');
    expect(textOf(promoted)).to.contain('Source: Example News.');
    expect(failings.querySelector('[part=bracket]')).to.not.equal(null);
    const step = r.querySelector('.step.original')!;
    expect(textOf(step.querySelector(':scope > [data-fact=no-comment-interviews]'))).to.contain(
      '16 of the 17: gave “no comment” interviews',
    );
    expect(textOf(step.querySelector(':scope > [data-fact=disciplined]'))).to.contain(
      'None of the 17 had been disciplined',
    );
    // Every unit of a group looks the same: nothing singles out "the promoted five".
    for (const group of r.querySelectorAll('[part=group]')) {
      const classes = new Set([...group.querySelectorAll('[part=unit]')].map((u) => u.getAttribute('class')));
      expect(classes.size).to.be.at.most(1);
    }
    expect(textOf(r.querySelector('.reinvestigation'))).to.contain(
      'Which 5 of the original 17 are being re-investigated is not known',
    );
  });

  it('marks a group with an extra note beside its units and says which officer is not known', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const feedback = root(el).querySelector('[part=group][data-group=feedback]')!;
    expect(feedback.querySelectorAll('path.marker').length).to.equal(1);
    expect(textOf(feedback.querySelector('[part=extra]'))).to.equal(
      '◆1 of these 7: also received informal learning for another related matter (which one is not known)',
    );
  });

  it('shows the re-investigation with the date it was decided and the date its officers were announced, and the outcome as not known', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const step = root(el).querySelector('.step.reinvestigation')!;
    expect(textOf(step.querySelector('.step-title'))).to.equal(
      'The re-investigation, decided 23 June 2022 8 officers under investigation, announced 16 November 2023',
    );
    expect(textOf(step.querySelector('[part=status]'))).to.equal('Open: outcome not known as of 16 November 2023');
  });

  it('says in the chart’s name that some re-investigated marks are officers already counted', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    expect(chart(el).getAttribute('aria-label')).to.equal(
      'Officers, one mark each: 17 in the original investigation and 8 in the re-investigation; 5 of the 8 are among the 17, so the 25 marks stand for 20 officers. Use the arrow keys to move between officers.',
    );
  });

  it('prints the caveat on partial counts after them, never under a count of none', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const step = root(el).querySelector('.step.original')!;
    const order = [...step.querySelectorAll(':scope > [part=fact], :scope > .note')].map(
      (p) => (p as HTMLElement).dataset.fact ?? 'caveat',
    );
    expect(order).to.deep.equal(['disciplined', 'no-comment-interviews', 'caveat']);
  });

  it('shows a group of 0 with a written 0 and an empty outline', async () => {
    const data = caseDataset();
    data.officers.groups[1]!.count = 0;
    data.officers.groups[2]!.count = 10;
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${data}></officer-outcomes>`, 800);
    const upp = root(el).querySelector('[part=group][data-group=upp]')!;
    expect(textOf(upp.querySelector('[part=count]'))).to.equal('0');
    expect(upp.querySelectorAll('[part=unit]').length).to.equal(0);
    expect(upp.querySelectorAll('rect.zero').length).to.equal(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('draws 500 officers as one patterned area per group, keeps the figures exact and still steps unit by unit', async () => {
    const el = await mount<OfficerOutcomes>(
      html`<officer-outcomes .data=${manyOfficers(500)}></officer-outcomes>`,
      320,
    );
    const r = root(el);
    expect(r.querySelectorAll('path.units-area').length).to.equal(5);
    // One unit per group, drawn once as its pattern's tile.
    expect(r.querySelectorAll('pattern > [part=unit]').length).to.equal(5);
    expect(r.querySelectorAll(':not(pattern) > rect[part=unit], :not(pattern) > circle[part=unit]').length).to.equal(0);
    expect([...r.querySelectorAll('[part=count]')].map(textOf)).to.deep.equal(['200', '50', '250', '25', '25']);
    expect(r.querySelectorAll('*').length).to.be.below(250);
    chart(el).focus();
    await el.updateComplete;
    await key(el, 'End');
    expect(live(el)).to.match(/^Re-investigated officer 50 of 50/);
    await key(el, 'ArrowLeft');
    expect(live(el)).to.match(/^Re-investigated officer 49 of 50/);
    const ring = r.querySelector('#active-unit')!;
    expect(ring.getAttribute('aria-label')).to.equal(live(el));
  });

  it('is one tab stop; arrows, Home and End move and announce; the focused unit is the active descendant', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const r = root(el);
    expect([...r.querySelectorAll('[tabindex="0"]')]).to.deep.equal([chart(el)]);
    chart(el).focus();
    await el.updateComplete;
    expect(chart(el).getAttribute('aria-activedescendant')).to.equal('active-unit');
    expect(live(el)).to.match(/^Officer 1 of 17: performance failings, management feedback\./);
    await key(el, 'ArrowRight');
    await key(el, 'ArrowRight');
    expect(live(el)).to.match(/^Officer 3 of 17: performance failings, management feedback\./);
    expect(r.querySelector('#active-unit')!.getAttribute('aria-label')).to.equal(live(el));
    await key(el, 'ArrowDown');
    expect(live(el)).to.equal('Officer 9 of 17: performance failings, formal unsatisfactory performance procedures.');
    await key(el, 'ArrowDown');
    expect(live(el)).to.match(/^Officer 11 of 17: no case to answer, no formal action\./);
    await key(el, 'ArrowUp');
    expect(live(el)).to.match(/^Officer 9 of 17/);
    await key(el, 'End');
    expect(live(el)).to.match(/^Re-investigated officer 8 of 8: not among the original 17\./);
    await key(el, 'ArrowRight');
    expect(live(el)).to.match(/^Re-investigated officer 8 of 8/);
    await key(el, 'Home');
    expect(live(el)).to.match(/^Officer 1 of 17/);
    await key(el, 'ArrowLeft');
    expect(live(el)).to.match(/^Officer 1 of 17/);
    expect(textOf(r.querySelector('[part=readout]'))).to.equal(live(el));
    expect(await axeViolations(el)).to.deep.equal([]);
    chart(el).blur();
    await el.updateComplete;
    expect(chart(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(r.querySelector('#active-unit')).to.equal(null);
  });

  it('fires pcv-officer-select on Enter and Space with the group and index, and none for re-investigation units', async () => {
    const data = caseDataset();
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${data}></officer-outcomes>`, 800);
    const { events, stop } = recordSelects();
    try {
      chart(el).focus();
      await el.updateComplete;
      await key(el, 'ArrowRight');
      await key(el, 'Enter');
      await key(el, 'ArrowDown');
      await key(el, ' ');
      await key(el, 'End');
      await key(el, 'Enter');
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

  it('shows the same readout on hover and fires pcv-officer-select on click', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const svg = root(el).querySelector<SVGSVGElement>('svg[data-group=no-case]')!;
    const target = svg.querySelectorAll('[part=unit]')[2]!;
    target.dispatchEvent(new PointerEvent('pointermove', { ...unitCentre(svg, 2), bubbles: true, composed: true }));
    await el.updateComplete;
    const readout = root(el).querySelector<HTMLElement>('[part=readout]')!;
    expect(textOf(readout)).to.match(/^Officer 12 of 17: no case to answer, no formal action\./);
    // The readout sits under the unit, inside the chart.
    const unitBox = target.getBoundingClientRect();
    expect(readout.getBoundingClientRect().top).to.be.at.least(unitBox.bottom);
    expect(readout.getBoundingClientRect().right).to.be.at.most(chart(el).getBoundingClientRect().right + 1);
    const { events, stop } = recordSelects();
    try {
      target.dispatchEvent(new MouseEvent('click', { ...unitCentre(svg, 2), bubbles: true, composed: true }));
      await el.updateComplete;
    } finally {
      stop();
    }
    expect(events.map((e) => [e.detail.group.id, e.detail.index])).to.deep.equal([['no-case', 11]]);
    target.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
    chart(el).dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(root(el).querySelector('.hover')).to.equal(null);
  });

  it('fires nothing for changes the page makes: new data, a new width, a theme', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    const { events, stop } = recordSelects();
    // The shared SizeController re-renders inside the ResizeObserver callback, so the host's
    // height changes in the same observation: Chromium then reports the benign "ResizeObserver
    // loop completed with undelivered notifications" as a window error, which mocha would count.
    const mochaOnError = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).includes('ResizeObserver loop') ? true : mochaOnError?.call(window, message, ...rest);
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
      window.onerror = mochaOnError;
    }
    expect(events).to.deep.equal([]);
    expect(root(el).querySelector('.chart')!.classList.contains('stack')).to.equal(true);
  });

  it('reflows at 320 px: blocks stack and nothing is wider than the element', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 320);
    const r = root(el);
    expect(chart(el).classList.contains('stack')).to.equal(true);
    const right = el.getBoundingClientRect().right;
    for (const node of r.querySelectorAll('svg.units, [part=block], [part=fact], .step-title'))
      expect(node.getBoundingClientRect().right, node.className.toString()).to.be.at.most(right + 0.5);
    const [a, b] = [...r.querySelectorAll('[part=block]')].map((n) => n.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom);
    chart(el).focus();
    await el.updateComplete;
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
    expect(getComputedStyle(root(el).querySelector('rect.feedback')!).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(root(el).querySelector('rect.no-case')!).fill).to.equal('rgb(21, 21, 21)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps outcomes apart in forced colours by fill, hatch and outline, and stays axe clean', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    try {
      const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
      const r = root(el);
      const fill = (selector: string) => getComputedStyle(r.querySelector(selector)!).fill;
      expect(fill('rect.feedback')).to.not.equal(fill('rect.no-case'));
      expect(fill('rect.procedures')).to.contain('url(');
      expect(fill('circle.from-original')).to.not.equal(fill('circle.new'));
      chart(el).focus();
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    }
  });

  it('offers a table with a row per group, per subset fact and for the re-investigation', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`, 800);
    root(el).querySelector<HTMLButtonElement>('[part~=table-toggle]')!.click();
    await el.updateComplete;
    const table = root(el).querySelector('table')!;
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
    expect(rows[3]!.slice(0, 4)).to.deep.equal([
      'Fact about some officers: promoted since',
      'performance failings',
      '',
      '5',
    ]);
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
    const error = root(el).querySelector('[part=error]')!;
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
      const content = [...root(el).querySelectorAll<SVGSVGElement>('svg.units')]
        .map((svg) => `# ${svg.dataset.group}\n${serializeSvg(svg)}`)
        .join('');
      await compareSnapshot({ name: `officer-outcomes-fixture-${width}`, content });
    });
  }
});
