/**
 * The graphics' titles come from the data when it has them (`labels`, types.ts CaseLabels),
 * so another case's file brings its own; the page's `heading` wins; anything that is not
 * text is ignored. data/template.json, the file for a new case, draws with its own titles.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import template from '../../data/template.json';
import { caseLabel } from '../../src/data/labels.js';
import { validate } from '../../src/data/validate.js';
import { sample } from '../fixtures/sample.js';
import { axeViolations, mount } from '../helpers.js';

const TAGS = [
  ['case-timeline', 'timeline'],
  ['officer-outcomes', 'officers'],
  ['recommendation-status', 'recommendations'],
] as const;

const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();

describe('case labels: titles from the data', () => {
  it('caseLabel reads a non-empty text and ignores anything else', () => {
    expect(caseLabel({ labels: { timeline: '  A case  ' } }, 'timeline')).to.equal('A case');
    expect(caseLabel({ labels: { timeline: '' } }, 'timeline')).to.equal(null);
    expect(caseLabel({ labels: { timeline: { html: '<b>x</b>' } } }, 'timeline')).to.equal(null);
    expect(caseLabel({ labels: 'timeline' }, 'timeline')).to.equal(null);
    expect(caseLabel(null, 'timeline')).to.equal(null);
  });

  for (const [tag, key] of TAGS) {
    it(`<${tag}> takes its title from labels.${key}, and the heading attribute wins`, async () => {
      const data = { ...sample(), labels: { [key]: `Another case: ${key}` } };
      const el = await mount<HTMLElement & { data: unknown }>(html`<div></div>`);
      const figure = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
      figure.data = data;
      el.replaceWith(figure);
      await figure.updateComplete;
      expect(titleOf(figure)).to.equal(`Another case: ${key}`);
      figure.setAttribute('heading', 'The page’s own title');
      await figure.updateComplete;
      expect(titleOf(figure)).to.equal('The page’s own title');
      figure.remove();
    });
  }

  it('without labels each graphic keeps its built-in title', async () => {
    const figure = await mount<HTMLElement & { data: unknown }>(
      html`<case-timeline .data=${sample()}></case-timeline>`,
    );
    expect(titleOf(figure)).to.equal('Stephen Port case: timeline');
  });

  it('data/template.json is valid and the three graphics draw it with its own titles, axe clean', async () => {
    expect(validate(template).ok).to.equal(true);
    for (const [tag, key] of TAGS) {
      const wrapper = await mount<HTMLDivElement>(html`<div></div>`, 375);
      const figure = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
      figure.data = template;
      wrapper.append(figure);
      await figure.updateComplete;
      expect(titleOf(figure)).to.equal((template.labels as Record<string, string>)[key]);
      expect(figure.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      expect(await axeViolations(figure)).to.deep.equal([]);
    }
  });
});
