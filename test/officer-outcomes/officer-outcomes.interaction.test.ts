/**
 * The officers' interaction code (the keys, the pointer, the choice event, the readout, the
 * folded notes and the table) loads by import() as the graphic first renders
 * (officer-outcomes.interaction-loader.ts): the graphic is drawn, named and reachable before it
 * arrives, a reader's keys meanwhile are kept (and keep the page from scrolling) and played when
 * it does, and a load that fails says so on the console and in the readout's line, and breaks
 * nothing; a reader's next key tries again.
 *
 * The order matters: this file's page starts with the code not loaded, and the tests hold its
 * loading in their own hands (interactionSource.load).
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/officer-outcomes/officer-outcomes.js';
import type { OfficerOutcomes, OfficerSelectDetail } from '../../src/officer-outcomes/officer-outcomes.js';
import { interactionSource } from '../../src/officer-outcomes/officer-outcomes.interaction-loader.js';
import { captureErrors, heldLoads, mount, textOf } from '../helpers.js';
import { caseDataset } from '../fixtures/officers.js';

const realLoad = interactionSource.load;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const listboxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=listbox]')];
const readout = (el: Element) => textOf($(el, '[data-step=original] [part=readout]'));
/** The id of the option a list box points at (what a screen reader is told). */
const activeId = (box: HTMLElement) => box.getAttribute('aria-activedescendant');
const failure = 'TypeError: Failed to fetch dynamically imported module: officer-outcomes.interaction.js';

/**
 * The officers' graphic with the case-shaped data, returned at its first render: not through
 * updateComplete, which waits for the interaction code.
 */
async function drawn(): Promise<OfficerOutcomes> {
  const box = document.createElement('div');
  box.style.width = '800px';
  document.body.append(box);
  render(html`<officer-outcomes loading="eager" .data=${caseDataset()}></officer-outcomes>`, box);
  const el = box.firstElementChild as OfficerOutcomes;
  while (!$(el, '[part=chart]')) await new Promise((done) => setTimeout(done, 10));
  return el;
}

/** A key pressed on a list box, as the browser sends it; whether the page's own action was prevented. */
function key(box: HTMLElement, name: string): boolean {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true });
  box.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('<officer-outcomes>: the interaction code comes after the graphic', () => {
  afterEach(() => {
    interactionSource.load = realLoad;
    document.querySelectorAll('officer-outcomes').forEach((el) => el.parentElement!.remove());
  });

  it('a failed load: one console error, the readout says the quotes cannot be shown, the graphic stays', async () => {
    let loads = 0;
    interactionSource.load = () => {
      loads++;
      return Promise.reject(new TypeError(failure.slice('TypeError: '.length)));
    };
    let el!: OfficerOutcomes;
    const errors = await captureErrors(async () => {
      el = await drawn();
      await el.updateComplete;
    });
    expect(loads).to.equal(1);
    expect(errors).to.deep.equal([
      `port-case-viz <officer-outcomes>: its details could not be loaded (${failure}), so the graphic is shown without them.`,
    ]);
    expect(readout(el)).to.equal('The quotes and notes could not be loaded.');
    // The graphic, its names and its tab stops are all there.
    expect(listboxes(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, 0]);
    expect(el.shadowRoot!.getElementById('o0-0')!.getAttribute('aria-label')).to.equal(
      'Performance failings, management feedback',
    );
    expect($(el, '[part=error]')).to.equal(null);
    // The table needs the code too: the press says what failed, and nothing opens.
    const pressErrors = await captureErrors(async () => {
      $(el, '[part~=table-toggle]')!.click();
      await el.updateComplete;
    });
    expect(pressErrors).to.deep.equal([`port-case-viz <officer-outcomes>: "Show as table" failed (${failure}).`]);
    expect($(el, '[part=table]')).to.equal(null);
    expect($(el, '[part~=table-toggle]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('before it arrives the keys are kept (the page does not scroll) and played in order once it does', async () => {
    const held = heldLoads(realLoad);
    interactionSource.load = held.load;
    const el = await drawn();
    // Asked for as the graphic first rendered, and held.
    expect(held.loads).to.equal(1);
    const [first] = listboxes(el);
    expect(activeId(first!)).to.equal('o0-0');
    expect(readout(el)).to.equal('Point at or tap a square for its source.');
    const chosen: OfficerSelectDetail[] = [];
    el.addEventListener('pcv-officer-select', (e) => chosen.push(e.detail));
    first!.focus();
    // The list box's keys keep the page still at once; a key it does not use is the page's.
    expect([
      key(first!, 'ArrowRight'),
      key(first!, 'ArrowRight'),
      key(first!, 'Enter'),
      key(first!, 'a'),
    ]).to.deep.equal([true, true, true, false]);
    // Nothing moves, and nothing is announced, until the code is here.
    await new Promise((done) => setTimeout(done, 50));
    expect(activeId(first!)).to.equal('o0-0');
    expect(chosen).to.deep.equal([]);
    expect(held.loads).to.equal(1);

    held.release();
    await el.updateComplete;
    // Played in order: focus (the readout), two moves, then the choice of the third officer.
    expect(activeId(first!)).to.equal('o0-2');
    expect(readout(el)).to.match(/^Officer 3 of 17: performance failings, management feedback\. “/);
    expect(chosen.map((d) => [d.group.id, d.index])).to.deep.equal([['feedback', 2]]);
    // Once here, every key acts at once.
    expect(key(first!, 'End')).to.equal(true);
    await el.updateComplete;
    expect(activeId(listboxes(el)[1]!)).to.equal('o0-16');
  });

  it('once here, a graphic added later has it at once, with its table, notes and readout', async () => {
    let loads = 0;
    interactionSource.load = () => {
      loads++;
      return realLoad();
    };
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes .data=${caseDataset()}></officer-outcomes>`);
    expect(loads).to.equal(0);
    $(el, '[part~=table-toggle]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=table] tbody tr').length).to.equal(10);
    const more = $(el, '[part=more]') as HTMLDetailsElement;
    more.open = true;
    await el.updateComplete;
    expect(textOf(more.querySelector('[part=footnotes]'))).to.match(/^¹ /);
    listboxes(el)[0]!.focus();
    await el.updateComplete;
    expect(readout(el)).to.match(/^Officer 1 of 17: /);
  });
});
