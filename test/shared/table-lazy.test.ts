/**
 * The table view and the downloads load on first use (table-loader.ts), in a chunk of their
 * own in the script-tag build: the footer's buttons are there at once, a press loads the
 * code and then acts, the table's styles arrive with it, and a load that fails breaks nothing.
 *
 * The order matters: this file's page starts with the table view not loaded, and the tests
 * hold its loading in their own hands (tableViewSource.load) until the last ones.
 */
import { expect, html } from '@open-wc/testing';
import { css } from 'lit';
import { loadedTableView, tableViewSource } from '../../src/shared/table-loader.js';
import { safeDefine } from '../../src/shared/define.js';
import { captureErrors, heldLoads, mount, nextFrame, textOf } from '../helpers.js';
import { FrameProbe } from './frame-probe.js';

/** A graphic with its own rule for the table's cells: it must still win over the table's. */
class StyledProbe extends FrameProbe {
  static override styles = [
    ...FrameProbe.styles,
    css`
      td {
        padding-inline-start: 7px;
      }
    `,
  ];
}
safeDefine('styled-probe', StyledProbe);

const realLoad = tableViewSource.load;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const toggle = (el: Element) => $(el, '[part~=table-toggle]')!;
const downloads = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=download]')];

/** The toggle as a reader finds it: its words, its state and where it is. */
function toggleState(el: Element) {
  const box = toggle(el).getBoundingClientRect();
  return {
    text: textOf(toggle(el)),
    expanded: toggle(el).getAttribute('aria-expanded'),
    box: [box.x, box.y, box.width, box.height],
    height: el.getBoundingClientRect().height,
  };
}

/** Runs `run` with every file the frame saves captured (URL.createObjectURL) and nothing saved. */
async function captureSaved(run: () => Promise<void>): Promise<Blob[]> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const saved: Blob[] = [];
  URL.createObjectURL = (b: Blob | MediaSource) => (saved.push(b as Blob), 'blob:captured');
  HTMLAnchorElement.prototype.click = function () {};
  try {
    await run();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return saved;
}

describe('the table view and downloads load on first use', () => {
  after(() => {
    tableViewSource.load = realLoad;
  });

  it('a failed load leaves the graphic as it was and says what failed on the console', async () => {
    tableViewSource.load = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: table-view.js'));
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, 320);
    const before = toggleState(el);
    let saved: Blob[] = [];
    const errors = await captureErrors(async () => {
      toggle(el).click();
      await el.updateComplete;
      saved = await captureSaved(async () => {
        downloads(el)[0]!.click();
        await el.updateComplete;
      });
    });
    expect(errors).to.deep.equal([
      'port-case-viz <frame-probe>: "Show as table" failed (TypeError: Failed to fetch dynamically imported module: table-view.js).',
      'port-case-viz <frame-probe>: "Get the data as CSV" failed (TypeError: Failed to fetch dynamically imported module: table-view.js).',
    ]);
    expect(saved).to.deep.equal([]);
    expect(toggleState(el)).to.deep.equal(before);
    expect($(el, '[part=table]')).to.equal(null);
    expect($(el, '[part=figure]')).to.not.equal(null);
    expect(loadedTableView()).to.equal(null);
  });

  it('while it loads the buttons stay as they are; then the table opens, styled, and the CSV is saved', async () => {
    const held = heldLoads(realLoad);
    tableViewSource.load = held.load;
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, 320);
    expect(loadedTableView()).to.equal(null);
    const before = toggleState(el);
    expect(before.text).to.equal('Show as table');
    expect(before.expanded).to.equal('false');

    const saved = await captureSaved(async () => {
      toggle(el).click();
      downloads(el)[0]!.click();
      await nextFrame();
      await nextFrame();
      // Loading: nothing moved, nothing announced, no table yet.
      expect(toggleState(el)).to.deep.equal(before);
      expect($(el, '[part=table]')).to.equal(null);
      held.release();
      await el.updateComplete;
    });
    // One load for the page, whatever was pressed meanwhile (the idle preload included).
    expect(held.loads).to.equal(1);
    expect(loadedTableView()).to.not.equal(null);

    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(toggle(el))).to.equal('Hide table');
    const table = $(el, '[part=table]')!;
    expect(textOf(table.querySelector('caption'))).to.equal('Events');
    // The table's styles came with it: at 320 px each row stacks as label and value lines.
    expect(getComputedStyle(table).display).to.equal('block');
    const cell = table.querySelector('tbody td')!;
    expect(getComputedStyle(cell).display).to.equal('grid');
    expect(getComputedStyle(cell, '::before').content).to.equal('"Date" / ""');

    expect(saved.length).to.equal(1);
    expect(saved[0]!.type).to.equal('text/csv;charset=utf-8');
    const csv = await saved[0]!.text();
    expect(csv.split('\r\n')[0]).to.equal('"Event","Date","Category"');
    expect(csv.split('\r\n').length).to.equal(4 + 2); // header, four events, and the final line break
  });

  it('an element created after the load gets the styles too, after the frame’s and before its own', async () => {
    expect(loadedTableView()).to.not.equal(null);
    const el = await mount<StyledProbe>(html`<styled-probe></styled-probe>`, 320);
    const sheets = () => el.shadowRoot!.adoptedStyleSheets.length;
    const own = sheets();
    // Not before the reader asks: a graphic whose table stays closed carries none of it.
    expect(own).to.equal(StyledProbe.elementStyles.length);
    toggle(el).click();
    await el.updateComplete;
    expect(sheets()).to.equal(own + 1);
    const cell = $(el, 'tbody td')!;
    expect(getComputedStyle(cell).display).to.equal('grid');
    // The element's own rule still wins over the table's `padding: 0.1em 0`.
    expect(getComputedStyle(cell).paddingInlineStart).to.equal('7px');
    // Closed and opened again: the styles are added once.
    toggle(el).click();
    await el.updateComplete;
    toggle(el).click();
    await el.updateComplete;
    expect(sheets()).to.equal(own + 1);
  });

  it('once loaded, presses act at once: the JSON is saved within the click', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, 800);
    const saved = await captureSaved(async () => {
      downloads(el)[1]!.click();
    });
    expect(saved.length).to.equal(1);
    const json = JSON.parse(await saved[0]!.text()) as { schemaVersion: number; events: unknown[] };
    expect(json.schemaVersion).to.equal(1);
    expect(json.events.length).to.equal(4);
  });
});
