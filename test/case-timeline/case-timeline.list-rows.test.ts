/**
 * The phone list's rows: date and category on a line that wraps, the title under them. A long
 * date ("about August 2014 to October 2015") once squeezed the category beside it into a
 * column one letter wide ("P", "o", "l", …, 300 px tall at 320 px).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/case-timeline/case-timeline.js';
import type { CaseTimeline } from '../../src/case-timeline/case-timeline.js';
import { mount, settle } from '../helpers.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** How many lines a box's text takes, by its height and its font size. */
const lines = (node: HTMLElement) =>
  node.getBoundingClientRect().height / (parseFloat(getComputedStyle(node).fontSize) * 1.2);

describe('<case-timeline> phone list rows', () => {
  for (const width of [320, 375]) {
    it(`at ${width} px, every event's category is on one line, beside its date or under it`, async () => {
      const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, width);
      el.shadowRoot!.querySelector<HTMLElement>('[part=show-all]')!.click();
      await settle(el);
      const rows = $$(el, '.row .event');
      expect(rows.length).to.be.above(40);
      for (const row of rows) {
        const [when, what, cat] = ['.when', '.what', '.cat'].map((s) => row.querySelector<HTMLElement>(s)!);
        const id = row.dataset.event;
        expect(lines(cat), `${id}: its category takes ${lines(cat).toFixed(1)} lines`).to.be.below(1.5);
        expect(lines(when), `${id}: its date takes ${lines(when).toFixed(1)} lines`).to.be.below(3);
        // The title is under the date and the category, whichever line the category took.
        const below = Math.max(when.getBoundingClientRect().bottom, cat.getBoundingClientRect().bottom);
        expect(what.getBoundingClientRect().top, `${id}: its title is under them`).to.be.at.least(below - 1);
      }
    });
  }
});
