/**
 * Heading levels inside a graphic, where a page supplies the title's heading (README,
 * "Headline and standfirst"): `<h2>…</h2><officer-outcomes heading-level="3" hide-title>`.
 * The title is hidden, so the graphic's own sub-headings start at `heading-level`, right
 * under the page's h2; without `hide-title` they sit one below the title. axe's
 * `heading-order` rule (a level skipped on the way down) runs on each element's page.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/case-timeline/case-timeline.js';
import '../../src/officer-outcomes/officer-outcomes.js';
import '../../src/recommendation-status/recommendation-status.js';
import type AxeCore from 'axe-core';
import type { LitElement } from 'lit';
import { mount, settle } from '../helpers.js';

type Tag = 'case-timeline' | 'officer-outcomes' | 'recommendation-status';
const TAGS: readonly Tag[] = ['case-timeline', 'officer-outcomes', 'recommendation-status'];

/** A story section as the README shows it: the page's h2, then the graphic with its title hidden. */
function storySection(tag: Tag, attributes: { level: string; hideTitle: boolean }) {
  const graphic = {
    'case-timeline': html`<case-timeline heading-level=${attributes.level} ?hide-title=${attributes.hideTitle}>
    </case-timeline>`,
    'officer-outcomes': html`<officer-outcomes heading-level=${attributes.level} ?hide-title=${attributes.hideTitle}>
    </officer-outcomes>`,
    'recommendation-status': html`<recommendation-status
      heading-level=${attributes.level}
      ?hide-title=${attributes.hideTitle}
    ></recommendation-status>`,
  }[tag];
  return html`<section>
    <h2>The story's own headline</h2>
    <p>The story's own introduction.</p>
    ${graphic}
  </section>`;
}

/**
 * The graphic with its sub-headings on show: the timeline has none until a reader opens an
 * event (its detail's title, and the detail's "Sources" under it), so one is opened.
 */
async function withSubheadings(section: HTMLElement, tag: Tag): Promise<LitElement> {
  const el = section.querySelector<LitElement>(tag)!;
  if (tag === 'case-timeline') {
    // A mark of the wide chart, as a reader's click reaches it (the runner's tests do the same).
    const mark = el.shadowRoot!.querySelector('[role=gridcell]')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
  }
  return el;
}

/** The headings a screen reader lists, in order, as "level text" (the shadow roots' included). */
function outline(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      const level = /^H([1-6])$/.exec(child.tagName)?.[1] ?? child.getAttribute('aria-level');
      const isHeading = /^H[1-6]$/.test(child.tagName) || child.getAttribute('role') === 'heading';
      if (isHeading && level && !child.closest('[hidden]') && child.checkVisibility()) found.push(level);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

async function headingOrder(root: Element): Promise<string[]> {
  const axe = (globalThis as unknown as { axe: typeof AxeCore }).axe;
  const results = await axe.run(root, { runOnly: { type: 'rule', values: ['heading-order'] } });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const tag of TAGS) {
  describe(`<${tag}> heading levels`, () => {
    it(`<h2> then <${tag} heading-level="3" hide-title>: axe finds no skipped heading level`, async () => {
      const section = await mount<HTMLElement>(storySection(tag, { level: '3', hideTitle: true }), 1000);
      await withSubheadings(section, tag);
      expect(await headingOrder(section)).to.deep.equal([]);
    });

    it('with hide-title, its sub-headings start at heading-level; without it, one below its title', async () => {
      const hidden = await mount<HTMLElement>(storySection(tag, { level: '3', hideTitle: true }), 1000);
      await withSubheadings(hidden, tag);
      const levels = outline(hidden);
      expect(levels[0], 'the page’s own h2').to.equal('2');
      expect(levels[1], 'the first sub-heading').to.equal('3');
      expect(levels.every((l) => Number(l) <= 4)).to.equal(true);

      const shown = await mount<HTMLElement>(storySection(tag, { level: '3', hideTitle: false }), 1000);
      await withSubheadings(shown, tag);
      const titled = outline(shown);
      expect(titled.slice(0, 3), 'h2, the title, its first sub-heading').to.deep.equal(['2', '3', '4']);
      expect(await headingOrder(shown)).to.deep.equal([]);
    });

    it('heading-level="6": the levels stop at 6, with and without hide-title', async () => {
      for (const hideTitle of [false, true]) {
        const section = await mount<HTMLElement>(storySection(tag, { level: '6', hideTitle }), 1000);
        await withSubheadings(section, tag);
        const levels = outline(section).slice(1);
        expect(levels.length, `hide-title ${hideTitle}`).to.be.above(0);
        expect(levels.every((l) => l === '6')).to.equal(true);
      }
    });
  });
}
