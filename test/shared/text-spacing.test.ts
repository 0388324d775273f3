/**
 * WCAG 1.4.12 Text Spacing (issue #15): with the standard overrides, no label, button or
 * cell of the frame runs outside its box, at a phone's width and a desktop's, in each state.
 */
import { expect, html } from '@open-wc/testing';
import { sample } from '../fixtures/sample.js';
import { applyTextSpacing, captureErrors, mount, settle, textOutsideBoxes } from '../helpers.js';
import './frame-probe.js';
import '../../src/index.js';
import type { FrameProbe } from './frame-probe.js';

const dek = 'Four young men were killed; the police missed chances to link their deaths.';

async function spaced(el: FrameProbe): Promise<string[]> {
  const undo = applyTextSpacing(el.shadowRoot!);
  await settle(el);
  const found = textOutsideBoxes(el.shadowRoot!);
  undo();
  return found;
}

describe('text spacing', () => {
  for (const width of [320, 1024]) {
    it(`keeps every text of the frame in its box at ${width} px: head, footer, the table and its pager`, async () => {
      const el = await mount<FrameProbe>(html`<frame-probe show-summary dek=${dek}></frame-probe>`, width);
      el.asOf = 'Data as of 16 November 2023.';
      el.customTable = {
        caption: 'Events',
        columns: ['Event', 'Date', 'Category', 'Count'],
        rows: Array.from({ length: 320 }, (_, i) => [`Event number ${i + 1}`, '19 June 2014', 'Police failure', i]),
      };
      el.requestUpdate();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=table-toggle]')!.click();
      await el.updateComplete;
      expect(await spaced(el)).to.deep.equal([]);
    });
  }

  it('keeps the error state’s text in its box', async () => {
    const data = sample();
    data.events[0]!.date = 'not a date';
    let el!: FrameProbe;
    await captureErrors(async () => {
      el = await mount<FrameProbe>(
        html`<frame-probe show-problems .data=${data}><p>Fallback text.</p></frame-probe>`,
        320,
      );
    });
    expect(await spaced(el)).to.deep.equal([]);
  });

  it('finds text that does run outside its box (the check can fail)', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, 320);
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part~=table-toggle]')!;
    button.style.height = '10px';
    button.style.width = '30px';
    button.style.whiteSpace = 'nowrap';
    expect((await spaced(el)).join('\n')).to.contain('part="button table-toggle"');
  });
});

describe('text spacing in the three graphics', () => {
  for (const tag of ['case-timeline', 'officer-outcomes', 'recommendation-status'] as const)
    for (const width of [320, 1280])
      it(`<${tag}> with the bundled data at ${width} px keeps every text in its box`, async () => {
        const el = await mount<HTMLElement>(
          tag === 'case-timeline'
            ? html`<case-timeline show-summary></case-timeline>`
            : tag === 'officer-outcomes'
              ? html`<officer-outcomes show-summary></officer-outcomes>`
              : html`<recommendation-status show-summary></recommendation-status>`,
          width,
        );
        const undo = applyTextSpacing(el.shadowRoot!);
        await settle(el);
        const found = textOutsideBoxes(el.shadowRoot!);
        undo();
        expect(found).to.deep.equal([]);
      });
});
