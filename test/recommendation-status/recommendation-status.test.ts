import { expect, html } from '@open-wc/testing';
import { compareSnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import { dataset } from '../../src/data/dataset.js';
import '../../src/recommendation-status/recommendation-status.js';
import type {
  RecommendationFilterDetail,
  RecommendationFilterEvent,
  RecommendationStatus,
} from '../../src/recommendation-status/recommendation-status.js';
import {
  ACCEPTANCE_ORDER,
  IMPLEMENTATION_ORDER,
} from '../../src/recommendation-status/recommendation-status.layout.js';
import { manyRecommendations } from '../fixtures/many.js';
import { sample } from '../fixtures/sample.js';
import { axeViolations, captureErrors, mount, nextFrame, serializeSvg, settle, textOf, until } from '../helpers.js';

const cite = [{ source: 'src-a', quote: 'A short quote that supports the record.' }];
const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];

async function mountRs(data: unknown = sample(), width = 800): Promise<RecommendationStatus> {
  return mount<RecommendationStatus>(html`<recommendation-status .data=${data}></recommendation-status>`, width);
}

/** Every pcv-filter event that reaches the document while a test runs. */
function recordFilters(): { events: CustomEvent<RecommendationFilterDetail>[]; stop: () => void } {
  const events: CustomEvent<RecommendationFilterDetail>[] = [];
  // Typed by the event map: no cast.
  const listener = (e: RecommendationFilterEvent) => events.push(e);
  document.addEventListener('pcv-filter', listener);
  return { events, stop: () => document.removeEventListener('pcv-filter', listener) };
}

function segmentCounts(el: Element, dimension: string): Record<string, number>[] {
  return $$<SVGSVGElement>(el, `svg[part=bar][data-dimension=${dimension}]`).map((svg) =>
    Object.fromEntries(
      [...svg.querySelectorAll('[part=segment]')].map((r) => [
        r.getAttribute('data-status'),
        Number(r.getAttribute('data-count')),
      ]),
    ),
  );
}

describe('<recommendation-status>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('renders the bundled data with a computed summary, a bar per body and dimension, and no axe violations', async () => {
    const el = await mount<RecommendationStatus>(html`<recommendation-status></recommendation-status>`, 800);
    const sets = dataset.recommendationSets;
    // Set by set, never a total: the coroner's are matters of concern, not recommendations.
    const summary = textOf($(el, '[part=summary]'));
    expect(summary).to.match(/^HMICFRS: 20 recommendations \(27 April 2023\)\. /);
    expect(summary).to.contain('Coroner: 5 matters of concern (25 January 2022).');
    expect(summary).to.contain('None is recorded as verified complete in the sources consulted.');
    expect(summary).not.to.match(/\b43\b/);
    expect($$(el, 'svg[part=bar]').length).to.equal(sets.length * 2);
    for (const part of ['chart', 'legend', 'filters', 'result-count', 'list', 'set', 'group']) {
      expect(root(el).querySelector(`[part~=${part}]`), part).not.to.equal(null);
    }
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('states made, accepted, verified and missing texts in the summary for custom data, body by body', async () => {
    const el = await mountRs();
    expect(textOf($(el, '[part=summary]'))).to.equal(
      'Body A: 2 recommendations (27 April 2023), 1 recorded as accepted. Body B: 1 recommendation (January 2022), all recorded as accepted. ' +
        '1 is recorded as verified complete. Texts not in the sources consulted: Body A, 2.',
    );
  });

  it('tells texts the body has not published from texts not in the sources consulted, in the legend too', async () => {
    const data = sample();
    data.recommendationSets[0]!.textsMissing = {
      reason: 'not-published',
      note: 'The body says it will publish them later.',
      citations: [{ source: 'src-a', quote: 'We are not in a position to publish.', saidBy: 'A spokesperson' }],
    };
    const el = await mountRs(data);
    expect(textOf($(el, '[part=summary]'))).to.contain('Texts not published by the issuing body: Body A, 2.');
    expect(textOf($(el, '[part=legend]'))).to.contain('Not published The issuing body has not published the text');
    expect(textOf($(el, '[part=legend]'))).not.to.contain('Not in the sources consulted');
    expect(textOf($(el, '[part=notes]'))).to.contain('Body A: The body says it will publish them later.');
  });

  it('gives each bar its figures as text, with its as-of date and its source', async () => {
    const el = await mountRs();
    const rows = $$(el, '.bar-row');
    expect(textOf(rows[0]!.querySelector('.bar-label'))).to.equal('Response: Was it accepted? (as of 2023)');
    expect(textOf(rows[0]!.querySelector('[part=figures]'))).to.equal('Accepted: 1 Not known: 1');
    expect(textOf(rows[1]!.querySelector('[part=figures]'))).to.equal(
      'Claimed complete by the recipient: 1 Not known: 1',
    );
    expect(textOf(rows[3]!.querySelector('[part=figures]'))).to.equal('Verified complete: 1');
    const sources = rows[0]!.querySelector('[part=evidence]')!;
    expect(textOf(sources.querySelector('summary'))).to.equal('Sources for these figures (1 quote)');
    expect(sources.querySelector<HTMLAnchorElement>('a')!.href).to.equal('https://example.org/a');
  });

  it('draws "not known" as a visible share and "claimed" and "verified" with different fills', async () => {
    const el = await mountRs();
    const unknown = $<SVGRectElement>(el, '[part=segment][data-status="implementation:unknown"]');
    expect(Number(unknown.getAttribute('width'))).to.be.greaterThan(100);
    expect(unknown.getAttribute('fill')).to.match(/^url\(#p-/);
    const claimed = $<SVGRectElement>(el, '[part=segment][data-status="implementation:claimed-complete"]');
    const verified = $<SVGRectElement>(el, '[part=segment][data-status="implementation:verified-complete"]');
    expect(claimed.getAttribute('fill')).to.match(/^url\(#p-.*claimed\)$/);
    expect(verified.getAttribute('fill')).to.equal('currentColor');
    expect(getComputedStyle(claimed).color).not.to.equal(getComputedStyle(verified).color);
    // The pattern a fill points to exists in the same SVG.
    const id = claimed.getAttribute('fill')!.slice(5, -1);
    expect(claimed.ownerSVGElement!.querySelector(`pattern[id="${id}"]`)).not.to.equal(null);
  });

  // Forced colours paint every status CanvasText (src/shared/theme.ts maps the tokens);
  // this runner's Chromium ignores forced-colors emulation, so the test checks what
  // survives it: no two shares of a bar, and no two legend swatches, share a fill.
  it('keeps statuses apart without colour: every share of a bar has its own fill pattern', async () => {
    const data = manyRecommendations(40);
    const el = await mountRs(data);
    for (const svg of $$<SVGSVGElement>(el, 'svg[part=bar]')) {
      const segments = [...svg.querySelectorAll('[part=segment]')];
      expect(segments.length).to.be.greaterThan(3);
      const patterns = segments.map((r) => r.getAttribute('class')!.split(' ').pop());
      expect(new Set(patterns).size, patterns.join()).to.equal(segments.length);
      for (const r of segments) {
        const fill = r.getAttribute('fill')!;
        if (fill !== 'currentColor') expect(svg.querySelector(`pattern[id="${fill.slice(5, -1)}"]`)).not.to.equal(null);
      }
    }
  });

  it('defines every status in the legend, in plain words', async () => {
    const el = await mountRs();
    const legend = textOf($(el, '[part=legend]'));
    expect(legend).to.contain(
      'Claimed complete The organisation it was made to says it has done this; no independent check has been published.',
    );
    expect(legend).to.contain(
      'Verified complete A body independent of the one that had to act (the body that made it, an inspectorate, a coroner or a court) has confirmed it was done.',
    );
    expect(legend).to.contain('Not in the sources consulted');
    // Every status, plus the one reason for missing texts this data has.
    expect($$(el, '[part=legend] .legend-item').length).to.equal(
      ACCEPTANCE_ORDER.length + IMPLEMENTATION_ORDER.length + 1,
    );
  });

  it('groups "not published" placeholders compactly and expands them on click', async () => {
    const el = await mountRs();
    const group = $$(el, '[part=group]')[1]!;
    expect(textOf($$(el, '[part=group]')[0]!.querySelector('.group-title'))).to.equal(
      '1 recommendation from Body A: texts not in the sources consulted (theme: Training)',
    );
    expect(textOf(group.querySelector('.group-title'))).to.equal(
      '1 recommendation from Body A: texts not in the sources consulted',
    );
    expect(group.querySelectorAll('[part=recommendation]').length).to.equal(0);
    const toggle = group.querySelector<HTMLButtonElement>('[part=group-toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = group.querySelectorAll('[part=recommendation]');
    expect(rows.length).to.equal(1);
    expect(textOf(rows[0]!.querySelector('.rec-text'))).to.equal('Text not in the sources consulted');
    expect(root(el).getElementById(toggle.getAttribute('aria-controls')!)).not.to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a row with number, text, owner, date made, status badges and evidence', async () => {
    const el = await mountRs();
    const row = $(el, '[part=recommendation][data-id=r3]');
    expect(textOf(row.querySelector('.rec-text'))).to.equal('No. 1 Do a thing.');
    expect(textOf(row.querySelector('.rec-meta'))).to.equal(
      'Theme: Theme not given · Who must act: A force · made January 2022',
    );
    const badges = [...row.querySelectorAll('[part=status]')].map(textOf);
    expect(badges).to.deep.equal([
      'Response: Accepted, as of 19 April 2022',
      'Implementation: Verified complete, as of June 2023',
    ]);
    expect(row.querySelectorAll('[part=status] svg.icon').length).to.equal(2);
    const evidence = row.querySelector('[part=evidence]')!;
    expect(textOf(evidence.querySelector('summary'))).to.equal('Evidence (1 quote)');
    expect(textOf(evidence.querySelector('li'))).to.equal(
      'A short quote that supports the record. (Example News, “An example article”)',
    );
  });

  it('shows the response clock where a set has one: the date and whether it was met', async () => {
    const data = sample();
    data.recommendationSets[1]!.responseDue = {
      date: '2022-06-30',
      met: null,
      note: 'No update found.',
      citations: cite,
    };
    const el = await mountRs(data);
    expect(textOf($(el, '[part=clock] p'))).to.equal(
      'Response due by 30 June 2022: whether it was met is not known. No update found.',
    );
    data.recommendationSets[1]!.responseDue = { date: '2022-06-30', met: true, citations: cite };
    el.data = { ...data };
    await settle(el);
    expect(textOf($(el, '[part=clock] p'))).to.equal('Response due by 30 June 2022: met.');
  });

  it('filters by body from the select, updates counts and the live region, and fires pcv-filter', async () => {
    const el = await mountRs();
    const live = $(el, '[part=result-count]');
    const announcer = $(el, '[part=announcement]');
    expect(announcer.getAttribute('role')).to.equal('status');
    expect(textOf(live)).to.equal('Showing all 3 recommendations.');
    expect(textOf(announcer)).to.equal('');
    const { events, stop } = recordFilters();
    const select = $<HTMLSelectElement>(el, '#f-body');
    select.value = 'set-b';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    stop();
    expect(textOf(live)).to.equal('Showing 1 of 3 recommendations.');
    // The live region speaks once the reader pauses, not on every change.
    expect(textOf(announcer)).to.equal('');
    // Then (ANNOUNCE_DELAY later; however long the machine takes) it speaks.
    await until(() => textOf(announcer) !== '');
    expect(textOf(announcer)).to.equal('Showing 1 of 3 recommendations.');
    expect($$(el, '[part=set]').length).to.equal(1);
    expect(el.filterBody).to.equal('set-b');
    expect(events.length).to.equal(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(events[0]!.detail).to.deep.equal({
      set: 'set-b',
      body: 'Body B',
      theme: null,
      status: null,
      query: '',
      matching: 1,
    });
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('filters by status and theme, with counts in each option', async () => {
    const el = await mountRs();
    const status = $<HTMLSelectElement>(el, '#f-status');
    expect([...status.options].map((o) => textOf(o))).to.include(
      'Implementation: Claimed complete by the recipient (1)',
    );
    status.value = 'implementation:claimed-complete';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '[part=recommendation]').map((r) => r.dataset.id)).to.deep.equal(['r2']);
    const theme = $<HTMLSelectElement>(el, '#f-theme');
    theme.value = '(none)';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(textOf($(el, '[part=result-count]'))).to.equal('Nothing matches these filters.');
  });

  it('after Clear filters the selects show "any" again, even after a reader picked an option by hand', async () => {
    const el = await mountRs();
    const body = $<HTMLSelectElement>(el, '#f-body');
    // Pick a body, then "any", then the body again: the options' selectedness is now the
    // reader's, and a `selected` attribute alone no longer moves it.
    for (const index of [1, 0, 1]) {
      body.value = body.options[index]!.value;
      body.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }
    expect(body.value).to.not.equal('');
    [...root(el).querySelectorAll('button')].find((b) => textOf(b) === 'Clear filters')!.click();
    await el.updateComplete;
    expect([
      body.value,
      $<HTMLSelectElement>(el, '#f-theme').value,
      $<HTMLSelectElement>(el, '#f-status').value,
    ]).to.deep.equal(['', '', '']);
    expect(textOf($(el, '[part=result-count]'))).to.equal('Showing all 3 recommendations.');
  });

  it('searches as the reader types with the keyboard, and clears with the button', async () => {
    const el = await mountRs();
    const { events, stop } = recordFilters();
    $<HTMLInputElement>(el, 'input[type=search]').focus();
    await sendKeys({ type: 'thing' });
    await el.updateComplete;
    expect(textOf($(el, '[part=result-count]'))).to.equal('Showing 1 of 3 recommendations.');
    expect($$(el, '[part=recommendation]').map((r) => r.dataset.id)).to.deep.equal(['r3']);
    expect(events.at(-1)!.detail.query).to.equal('thing');
    expect(events.length).to.equal(5);
    const clear = [...root(el).querySelectorAll('button')].find((b) => textOf(b) === 'Clear filters')!;
    clear.click();
    await el.updateComplete;
    stop();
    expect(textOf($(el, '[part=result-count]'))).to.equal('Showing all 3 recommendations.');
    expect(events.at(-1)!.detail).to.deep.equal({
      set: null,
      body: null,
      theme: null,
      status: null,
      query: '',
      matching: 3,
    });
    expect($<HTMLInputElement>(el, 'input[type=search]').value).to.equal('');
  });

  it('changes a filter with the keyboard alone: Tab to the select, arrow down', async () => {
    const el = await mountRs();
    const { events, stop } = recordFilters();
    $<HTMLSelectElement>(el, '#f-body').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    stop();
    expect(el.filterBody).to.equal('set-a');
    expect(events.map((e) => e.detail.set)).to.deep.equal(['set-a']);
  });

  it('opens a group from the keyboard with Enter and Space', async () => {
    const el = await mountRs();
    const toggle = $<HTMLButtonElement>(el, '[part=group-toggle]');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('applies filters the page sets without firing pcv-filter', async () => {
    const el = await mountRs();
    const { events, stop } = recordFilters();
    el.filterStatus = 'acceptance:accepted';
    el.search = 'thing';
    await el.updateComplete;
    el.setAttribute('filter-body', 'set-b');
    await el.updateComplete;
    stop();
    expect(events.length).to.equal(0);
    expect(textOf($(el, '[part=result-count]'))).to.equal('Showing 1 of 3 recommendations.');
    expect($<HTMLSelectElement>(el, '#f-status').value).to.equal('acceptance:accepted');
    expect($<HTMLSelectElement>(el, '#f-body').value).to.equal('set-b');
    expect($<HTMLInputElement>(el, 'input[type=search]').value).to.equal('thing');
  });

  it('ignores an unknown filter-status value instead of hiding everything', async () => {
    const el = await mountRs();
    el.filterStatus = 'implementation:done';
    await el.updateComplete;
    expect(textOf($(el, '[part=result-count]'))).to.equal('Showing all 3 recommendations.');
  });

  it('redraws the chart when an editor changes a status in the data', async () => {
    const el = await mountRs();
    expect(segmentCounts(el, 'implementation')[0]).to.deep.equal({
      'implementation:claimed-complete': 1,
      'implementation:unknown': 1,
    });
    const data = sample();
    data.recommendations[0]!.implementation = { value: 'verified-complete', asOf: '2024', citations: cite };
    el.data = data;
    await settle(el);
    expect(segmentCounts(el, 'implementation')[0]).to.deep.equal({
      'implementation:verified-complete': 1,
      'implementation:claimed-complete': 1,
    });
  });

  it('reads a changed status from inline JSON', async () => {
    const data = sample();
    data.recommendations[0]!.acceptance = { value: 'rejected', asOf: '2024', citations: cite };
    const el = await mount<RecommendationStatus>(
      html`<recommendation-status
        ><script type="application/json">
          ${JSON.stringify(data)}
        </script></recommendation-status
      >`,
    );
    expect(segmentCounts(el, 'acceptance')[0]).to.deep.equal({ 'acceptance:accepted': 1, 'acceptance:rejected': 1 });
  });

  it('reads data from src', async () => {
    const data = sample();
    data.recommendations[2]!.implementation = { value: 'not-started', asOf: '2024', citations: cite };
    const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const el = await mount<RecommendationStatus>(html`<recommendation-status src=${url}></recommendation-status>`);
    await until(() => root(el).querySelector('[part=bar]'));
    await settle(el);
    expect(segmentCounts(el, 'implementation')[1]).to.deep.equal({ 'implementation:not-started': 1 });
  });

  it('shows the error state naming the field for an unknown status value', async () => {
    const data = sample() as unknown as { recommendations: { implementation: { value: string } }[] };
    data.recommendations[1]!.implementation.value = 'done';
    let el!: RecommendationStatus;
    const errors = await captureErrors(async () => {
      el = await mountRs(data);
    });
    const error = $(el, '[part=error]');
    // Readers get a neutral sentence; the field path goes to the console (show-problems shows it too).
    expect(textOf(error)).to.contain('This graphic could not be shown.');
    expect(root(el).querySelector('[part=bar]')).to.equal(null);
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.contain('recommendations[1].implementation.value: "done" is not one of:');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a clear empty state for no recommendations', async () => {
    const el = await mountRs({ sources: [], recommendationSets: [], recommendations: [] });
    expect(textOf($(el, '[part=summary]'))).to.equal('No recommendations are recorded in this data.');
    expect(textOf($(el, '[part=empty]'))).to.equal('No recommendations are recorded in this data.');
    expect(root(el).querySelector('[part=bar]')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows one recommendation with its text open', async () => {
    const data = sample();
    data.recommendationSets = [data.recommendationSets[1]!];
    data.recommendations = [data.recommendations[2]!];
    const el = await mountRs(data);
    expect($$(el, '[part=recommendation]').length).to.equal(1);
    expect(root(el).querySelector('[part=group-toggle]')).to.equal(null);
    expect(textOf($(el, '[part=summary]'))).to.contain(': 1 recommendation (');
  });

  it('renders 500 recommendations with every group closed and rows paged when opened', async () => {
    const data = manyRecommendations(500);
    const el = await mountRs(data, 1280);
    expect($$(el, '[part=recommendation]').length).to.equal(0);
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(700);
    const toggle = $<HTMLButtonElement>(el, '[part=group-toggle]');
    toggle.click();
    await el.updateComplete;
    expect($$(el, '[part=recommendation]').length).to.equal(50);
    const more = [...root(el).querySelectorAll('.more button')][0] as HTMLButtonElement;
    expect(textOf(more)).to.equal('Show 50 more');
    more.click();
    await el.updateComplete;
    expect($$(el, '[part=recommendation]').length).to.equal(100);
    // The table view reaches every row, a page at a time (the shared pager's thresholds).
    $<HTMLButtonElement>(el, '[part~=table-toggle]').click();
    await el.updateComplete;
    expect($$(el, 'table tbody tr').length).to.equal(100);
    expect(textOf($(el, '[part=table-pager] [role=status]'))).to.equal('Rows 1 to 100 of 500.');
  });

  it('updates for 1,000 recommendations (time is measured by npm run bench)', async () => {
    const el = await mountRs(sample(), 1280);
    el.data = manyRecommendations(1000);
    await el.updateComplete;
    expect(textOf($(el, '[part=result-count]'))).to.equal('Showing all 1,000 recommendations.');
  });

  it('lists every recommendation in the table view, saying why a text is missing', async () => {
    const el = await mountRs();
    $<HTMLButtonElement>(el, '[part~=table-toggle]').click();
    await el.updateComplete;
    const rows = $$(el, 'table tbody tr');
    expect(rows.length).to.equal(3);
    expect([...rows[0]!.children].map(textOf).slice(0, 3)).to.deep.equal([
      'Body A',
      '',
      'Text not in the sources consulted',
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes the theme and a --pcv-* colour from an ancestor', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<section theme="dark" style="--pcv-color-claimed-complete: rgb(1, 2, 3)">
        <recommendation-status .data=${sample()}></recommendation-status>
      </section>`,
    );
    const el = wrapper.querySelector('recommendation-status')!;
    expect(el.getAttribute('data-pcv-theme')).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 21, 21)');
    const claimed = $<SVGRectElement>(el, '[part=segment][data-status="implementation:claimed-complete"]');
    expect(getComputedStyle(claimed).color).to.equal('rgb(1, 2, 3)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no axe violations at 320 px, in dark, filtered and expanded, and does not overflow', async () => {
    const el = await mountRs(dataset, 320);
    el.theme = 'dark';
    await el.updateComplete;
    for (const toggle of $$<HTMLButtonElement>(el, '[part=group-toggle]')) toggle.click();
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const svg of $$<SVGSVGElement>(el, 'svg[part=bar]'))
      expect(svg.getBoundingClientRect().width).to.be.at.most(320);
    el.search = 'training';
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('re-renders only the bars when its width changes, and redraws them at the new width', async () => {
    const el = await mount<RecommendationStatus>(html`<recommendation-status></recommendation-status>`, 1280);
    const changed = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target)));
    observer.observe(root(el), { subtree: true, childList: true, attributes: true, characterData: true });
    el.parentElement!.style.width = '320px';
    // The ResizeObserver reports in the next frame; the size controller re-renders in the one after.
    await nextFrame();
    await nextFrame();
    await settle(el);
    observer.takeRecords().forEach((r) => changed.add(r.target));
    observer.disconnect();
    expect(changed.size).to.be.greaterThan(0);
    const outside = [...changed].filter((node) => !(node as Element).closest?.('svg[part=bar]'));
    expect(outside.map((node) => node.nodeName)).to.deep.equal([]);
    for (const svg of $$<SVGSVGElement>(el, 'svg[part=bar]')) expect(svg.getAttribute('width')).to.equal('320');
  });

  // Snapshots draw a fixed fixture, not the bundled data, so a data fix changes no snapshot.
  // After an intended change to the drawing: npm run test:unit -- --update-snapshots
  for (const width of [1280, 320]) {
    it(`matches the SVG snapshot of a fixed dataset (43 recommendations, 3 bodies) at ${width} px`, async () => {
      const el = await mountRs(manyRecommendations(43, 3), width);
      const content = $$<SVGSVGElement>(el, 'svg[part=bar]').map(serializeSvg).join('\n');
      await compareSnapshot({ name: `recommendation-status-fixture-${width}`, content });
    });
  }
});
