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
import { timelineCase } from '../fixtures/timeline-case.js';
import { axeViolations, mount, settle, textOf } from '../helpers.js';

const TAGS = [
  ['case-timeline', 'timeline'],
  ['officer-outcomes', 'officers'],
  ['recommendation-status', 'recommendations'],
] as const;

const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim();
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Everything a reader of the element sees or hears: its text (styles left out) and its accessible names. */
const readerText = (el: Element) =>
  [
    ...[...el.shadowRoot!.children].filter((c) => c.localName !== 'style').map((c) => c.textContent ?? ''),
    ...$$(el, '[aria-label]').map((n) => n.getAttribute('aria-label')!),
  ].join('\n');

/** The template's category names, as its `labels.categories` gives them. */
const names = template.labels.categories;

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
      expect(titleOf(figure)).to.equal(template.labels[key]);
      expect(figure.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      expect(await axeViolations(figure)).to.deep.equal([]);
    }
  });
});

describe('case labels: the timeline’s category names from the data', () => {
  it('data/template.json’s names are in the legend, lanes, marks, numbered list, detail, table and summary (wide), axe clean', async () => {
    const el = await mount<HTMLElement>(html`<case-timeline .data=${template}></case-timeline>`, 1280);
    expect($$(el, '[part=legend-item] .key-name').map(textOf)).to.deep.equal([
      names['police-failure'].many,
      names.watchdog.many,
      names.inspection.many,
    ]);
    expect($$(el, '.lane-name').map(textOf)).to.have.members([
      names['police-failure'].many,
      names.watchdog.many,
      names.inspection.many,
    ]);
    const marks = $$(el, '[role=gridcell]');
    expect(marks.map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      `March 2020. ${names['police-failure'].one} 1. PLACEHOLDER: first event`,
      `15 January 2021 to June 2022. ${names.watchdog.one}. PLACEHOLDER: an investigation that lasted`,
      `about 2023. ${names.inspection.one}. PLACEHOLDER: a report published`,
    ]);
    expect($$(el, '[part=numbered]')[0]!.getAttribute('aria-label')).to.equal(
      `${names['police-failure'].many}, by number`,
    );
    expect(textOf($$(el, '[part=summary]')[0])).to.equal(
      'The timeline has 3 events, from March 2020 to 2023. PLACEHOLDER: police failures: 1, in March 2020.',
    );
    marks[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(textOf($$(el, '.detail-meta')[0])).to.match(new RegExp(`^${names.watchdog.one} · 15 January 2021`));
    expect(await axeViolations(el)).to.deep.equal([]);
    $$(el, '[part~=table-toggle]')[0]!.click();
    await settle(el);
    expect($$(el, 'tbody tr').map((tr) => textOf(tr.children[1]))).to.deep.equal([
      names['police-failure'].one,
      names.watchdog.one,
      names.inspection.one,
    ]);
    expect(textOf($$(el, 'tbody tr')[0]!.children[2])).to.equal(
      `${names['police-failure'].one} 1: PLACEHOLDER: first event`,
    );
    // No built-in category word is left: the built-in ones are capitalised, the template's are not.
    expect(readerText(el)).not.to.match(/Police failure|Watchdog|Inspection|numbered failure/);
  });

  it('data/template.json’s names are in the phone’s list and detail, axe clean', async () => {
    const el = await mount<HTMLElement>(html`<case-timeline .data=${template}></case-timeline>`, 375);
    $$(el, '[part=show-all]')[0]?.click();
    await settle(el);
    expect($$(el, 'button[data-event] .cat').map(textOf)).to.deep.equal([
      `${names['police-failure'].one} 1`,
      names.watchdog.one,
      names.inspection.one,
    ]);
    $$(el, 'button[data-event]')[2]!.click();
    await settle(el);
    expect(textOf($$(el, '.detail-meta')[0])).to.match(new RegExp(`^${names.inspection.one} · about 2023`));
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(readerText(el)).not.to.match(/Police failure|Watchdog|Inspection/);
  });

  it('the phone’s group under a death names the failures as the data writes them, and a named death gets a count', async () => {
    const data = {
      ...timelineCase(),
      labels: {
        categories: {
          death: { one: 'Death in custody', many: 'Deaths in custody' },
          'police-failure': { one: 'Missed chance', many: 'Missed chances' },
        },
      },
    };
    const el = await mount<HTMLElement>(html`<case-timeline .data=${data}></case-timeline>`, 375);
    expect($$(el, '.group-toggle').map(textOf)).to.deep.equal([
      'Missed chances after Person Alpha’s death: 4',
      'Missed chances after Person Beta’s death: 3',
      'Missed chances after Person Gamma’s death: 1',
      'Missed chances after Person Delta’s death: 1',
    ]);
    expect(textOf($$(el, '[part=summary]')[0])).to.equal(
      'The timeline has 23 events, from December 2012 to April 2023. Deaths in custody: 4, from June 2014 to September 2015. ' +
        'Missed chances: 10, from June 2014 to September 2015.',
    );
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
