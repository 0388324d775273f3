import { expect, html } from '@open-wc/testing';
import { compareSnapshot, sendKeys } from '@web/test-runner-commands';
import { dataset } from '../../src/data/dataset.js';
import '../../src/recommendation-status/recommendation-status.js';
import type {
  RecommendationFilterDetail,
  RecommendationFilterEvent,
  RecommendationStatus,
} from '../../src/recommendation-status/recommendation-status.js';
import { PAGE_SIZE } from '../../src/recommendation-status/recommendation-status.model.js';
import { manyRecommendations } from '../fixtures/many.js';
import { recommendationsFixture } from '../fixtures/recommendations.js';
import { axeViolations, captureErrors, mount, nextFrame, settle, textOf, until } from '../helpers.js';
import { describeFoldedLater } from '../shared/folded-later.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];

async function mountRs(data: unknown = recommendationsFixture(), width = 800): Promise<RecommendationStatus> {
  return mount<RecommendationStatus>(html`<recommendation-status .data=${data}></recommendation-status>`, width);
}

/** The matrix as the reader reads it: each row's header and counts. */
function matrixRows(el: Element): string[][] {
  return $$(el, '[part=matrix] [role=row]').map((row) =>
    [...row.querySelectorAll('[role=columnheader], [role=rowheader], [role=cell] .num')].map(textOf),
  );
}

/** Every pcv-filter event that reaches the document while a test runs. */
function recordFilters(): { events: CustomEvent<RecommendationFilterDetail>[]; stop: () => void } {
  const events: CustomEvent<RecommendationFilterDetail>[] = [];
  const listener = (e: RecommendationFilterEvent) => events.push(e);
  document.addEventListener('pcv-filter', listener);
  return { events, stop: () => document.removeEventListener('pcv-filter', listener) };
}

/**
 * The markup as readable, stable text for a snapshot: one element per line with its sorted
 * attributes, and its text where it falls among its children (open-wc's DOM diff helpers
 * would do, but read poorly in a snapshot diff). Lit's comment markers are left out.
 */
function serializeDom(node: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = [...node.attributes]
    .filter((a) => a.name !== 'style')
    .map((a) => `${a.name}="${a.value}"`)
    .sort();
  const lines = [`${pad}<${node.localName}${attrs.length ? ' ' + attrs.join(' ') : ''}>`];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) lines.push(serializeDom(child as Element, depth + 1));
    else if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent!.replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${pad}  ${text}`);
    }
  }
  return lines.join('\n');
}

const itemIds = (el: Element) => $$(el, '[part=recommendation]').map((r) => r.dataset.id);

describe('<recommendation-status>', () => {
  it('renders the bundled data: a row per body, the texts it has, one line for the rest, no controls, no axe violations', async () => {
    const el = await mount<RecommendationStatus>(html`<recommendation-status></recommendation-status>`, 375);
    const sets = dataset.recommendationSets;
    expect($$(el, '[part=row]').length).to.equal(sets.length);
    // The coroner's are matters of concern, never added to the recommendations: no total anywhere.
    const summary = textOf($(el, '[part=summary]'));
    expect(summary).to.contain('Coroner: 5 matters of concern');
    expect(summary).to.contain('None is recorded as claimed or verified done in the sources consulted.');
    expect(summary).not.to.match(/\b43\b/);
    const texts = dataset.recommendations.filter((r) => r.text !== null).length;
    expect($$(el, '[part=recommendation]').length).to.equal(texts);
    // Never a card per missing text: one line per body.
    expect($$(el, '[part=not-listed] li').length).to.equal(
      sets.filter((s) => s.textsPublished === false && s.id !== 'coroner-pfd-2022').length,
    );
    expect(root(el).querySelector('[part=filters]')).to.equal(null);
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(400);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('draws the matrix as a table: column headers, a header per body, explicit zeros', async () => {
    const el = await mountRs();
    expect($(el, '[part=matrix]').getAttribute('role')).to.equal('table');
    expect(textOf(root(el).getElementById($(el, '[part=matrix]').getAttribute('aria-labelledby')!))).to.equal(
      'What the sources record',
    );
    expect(matrixRows(el)).to.deep.equal([
      ['Issuing body', 'Accepted', 'Claimed done', 'Verified done', 'Not known'],
      ['Inspectorate · 8 recommendations (two sources say “around 8”), made 27 April 2023', '1', '1', '1', '5'],
      [
        'Watchdog · 4 recommendations, made between 2019 and 17 June 2022; accepted according to a watchdog spokesperson',
        '4',
        '0',
        '0',
        '0',
      ],
      ['Coroner · 3 matters of concern (one source lists 4), raised 25 January 2022', '0', '0', '0', '3'],
    ]);
    // Only evidence of completion is marked; every zero is written.
    expect($$(el, '[part=cell].evidence').map((c) => c.dataset.column)).to.deep.equal(['verified']);
    expect($$(el, '[part=cell].zero').length).to.equal(6);
  });

  it('defines each column under the matrix, in the audit’s words', async () => {
    const el = await mountRs();
    expect(textOf($(el, '[part=key]'))).to.equal(
      'Accepted: the organisation it was made to, or the body that made it, says so. ' +
        'Claimed done: the organisation it was made to says so, with no independent check recorded. ' +
        'Verified done: confirmed by a body independent of the one that had to act. ' +
        'Not known: no source consulted gives a status. ' +
        'Each is counted once, at the furthest point recorded. 0: none recorded in the sources consulted. ' +
        'A coroner raises matters of concern, not recommendations; the two are never added up.',
    );
  });

  it('folds the notes on the figures: each body’s report, who says so, the count, the missing texts, the deadline', async () => {
    const el = await mountRs();
    const notes = $<HTMLDetailsElement>(el, '[part=figure-notes]');
    expect(notes.open).to.equal(false);
    expect(textOf(notes.querySelector('summary'))).to.equal('Notes on these figures');
    const [inspection, watchdog, pfd] = [...notes.querySelectorAll('.fn-set')].map(textOf);
    expect(inspection).to.equal(
      'Inspectorate: An inspection of the force, made 27 April 2023. ' +
        'The inspectorate made 8 recommendations. (Example News, “A report”) ' +
        'Most sources say 8; two say “around 8”. ' +
        'Accepted (1): The force accepted the recommendation on intelligence. (Example News, “A report”) ' +
        'Claimed done (1): The force says family liaison has been improved. (Example News, “A report”) ' +
        'Verified done (1): The inspectorate checked it. We found the training recommendation done. (The Inspectorate, “An inspection of the force”) ' +
        '2 items are counted by the sources but not listed one by one in the data; their status is not known. ' +
        'The report sets them out, but no copy consulted could be read. ' +
        'An inspection of the force. Published on: 27 April 2023 (The Inspectorate, “An inspection of the force”)',
    );
    // Whose words the acceptance is: the watchdog's spokesperson's, not the force's (audit 2.10);
    // the quote already shown for the count is not repeated.
    expect(watchdog).to.equal(
      'Watchdog: Learning recommendations to the force, made between 2019 and 17 June 2022. ' +
        'We made 4 learning recommendations, all of which were accepted. — A watchdog spokesperson (“A watchdog release”) ' +
        'Accepted (4): The watchdog says all 4 were accepted. ' +
        'The watchdog says it will publish them later. ' +
        'We are not in a position to publish our recommendations. — A watchdog spokesperson (“A watchdog release”)',
    );
    expect(pfd).to.contain(
      'Response due by 22 March 2022: whether it was met is not known. No source says whether it was met.',
    );
    expect(notes.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/news');
  });

  it('lists the texts under their bodies, with statuses in words, and one line per body for the rest', async () => {
    const el = await mountRs();
    expect($$(el, '[part=set] .set-head').map(textOf)).to.deep.equal([
      'Inspectorate: 3 of 8 recommendations',
      'Coroner: 3 matters of concern',
    ]);
    expect(textOf($(el, '.list-meta'))).to.equal(
      'As the sources name them; the full texts (Inspectorate, Coroner) are not in the sources consulted.',
    );
    expect(itemIds(el)).to.deep.equal(['i2', 'i1', 'i3', 'c1', 'c2', 'c3']);
    expect($$(el, '[part=set]')[0]!.querySelectorAll('.rec-status').length).to.equal(3);
    expect(textOf($(el, '[data-id=i2] .rec-text'))).to.equal('No. 1 Improve family liaison.');
    expect(textOf($(el, '[data-id=i2] [part=status]'))).to.equal(
      'Accepted (as of May 2023); claimed done by the organisation it was made to (as of January 2024).',
    );
    expect($(el, '[data-id=i1] [part=status]').classList.contains('evidence')).to.equal(true);
    expect(textOf($(el, '[data-id=i3] [part=status]'))).to.equal('Accepted; whether done not known.');
    // A status every text of a body shares is said once, above them.
    const coroner = $$(el, '[part=set]')[1]!;
    expect(textOf(coroner.querySelector('.shared'))).to.equal('For all 3: no source consulted gives a status.');
    expect(coroner.querySelectorAll('.rec-status').length).to.equal(0);
    expect($$(el, '[part=not-listed] li').map(textOf)).to.deep.equal([
      'Inspectorate: the other 5 recommendations, texts not in the sources consulted.',
      'Watchdog: 4 recommendations, texts not published by the issuing body.',
    ]);
    expect(root(el).querySelector('[part=filters]')).to.equal(null);
  });

  it('never shows a quote as the source of a status no source gives (audit 2.11)', async () => {
    const el = await mountRs();
    const evidence = $$<HTMLDetailsElement>(el, '[part=evidence]')[1]!;
    expect(textOf(evidence.querySelector('summary'))).to.equal('Notes and sources for these 3');
    evidence.open = true;
    const c1 = evidence.querySelector('.ev-item[data-id=c1]')!;
    expect(textOf(c1.querySelector('[data-status="acceptance:unknown"]'))).to.equal(
      'Response: Not known (as of 17 June 2022): no source consulted gives a status. The force had responded by 17 June 2022; no source says whether it accepted the concern.',
    );
    // The quote is the note's, and says so.
    expect(textOf(c1.querySelector('[data-status="acceptance:unknown"] + .quotes'))).to.equal(
      'For the note: The force has submitted formal responses. (Example News, “A report”)',
    );
    // With no note, "not known" stands alone: no quote under it.
    const implementation = c1.querySelector('[data-status="implementation:unknown"]')!;
    expect(textOf(implementation)).to.equal('Implementation: Not known: no source consulted gives a status.');
    expect(implementation.nextElementSibling?.classList.contains('quotes') ?? false).to.equal(false);
    // A known status shows its quote.
    const inspection = $$<HTMLDetailsElement>(el, '[part=evidence]')[0]!;
    expect(
      textOf(
        inspection.querySelector('.ev-item[data-id=i1] [data-status="implementation:verified-complete"] + .quotes'),
      ),
    ).to.equal('We found the training recommendation done. (The Inspectorate, “An inspection of the force”)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('counts a set the data does not list as one line, not 1,000 nodes', async () => {
    const data = recommendationsFixture();
    data.recommendationSets = [{ ...data.recommendationSets[0]!, id: 'big', count: 1000, countCaveat: undefined }];
    data.recommendations = [];
    const el = await mountRs(data);
    expect(matrixRows(el)[1]).to.deep.equal([
      'Inspectorate · 1,000 recommendations, made 27 April 2023',
      '0',
      '0',
      '0',
      '1,000',
    ]);
    expect($$(el, '[part=not-listed] li').map(textOf)).to.deep.equal([
      'Inspectorate: 1,000 recommendations, texts not in the sources consulted.',
    ]);
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(120);
  });

  it('keeps the DOM the same size for 2,000 or 20,000 recommendations: the matrix, a page of texts, a line per body', async () => {
    const nodes: number[] = [];
    for (const n of [2_000, 20_000]) {
      const data = manyRecommendations(n, 20);
      // Numbers run within a set (at most 1,000 each).
      for (const [i, r] of data.recommendations.entries()) r.number = Math.floor(i / 20) + 1;
      const el = await mountRs(data, 1280);
      expect($$(el, '[part=row]').length).to.equal(20);
      expect($$(el, '[part=recommendation]').length).to.equal(PAGE_SIZE);
      nodes.push(root(el).querySelectorAll('*').length);
    }
    expect(nodes[1]).to.equal(nodes[0]);
  });

  it('shows controls only for a list longer than a page, and pages it', async () => {
    const el = await mountRs(manyRecommendations(40));
    // 40 recommendations, 30 with a text: three pages.
    for (const part of ['filters', 'result-count', 'pager'])
      expect(root(el).querySelector(`[part=${part}]`), part).not.to.equal(null);
    expect($$(el, '[part=recommendation]').length).to.equal(PAGE_SIZE);
    expect(textOf($(el, '[part=pager] [role=status]'))).to.equal('Texts 1 to 10 of 30.');
    const next = [...$(el, '[part=pager]').querySelectorAll('button')].find((b) => textOf(b) === 'Next 10')!;
    next.click();
    await settle(el);
    expect(textOf($(el, '[part=pager] [role=status]'))).to.equal('Texts 11 to 20 of 30.');
    expect(itemIds(el)[0]).to.equal('r14');
    // The reader reads on at the first text of the new page.
    expect(root(el).activeElement).to.equal($(el, '[part=recommendation]'));
    expect([...$(el, '[part=pager]').querySelectorAll('button')].map(textOf)).to.deep.equal(['Previous 10', 'Next 10']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('filters by status from the select, counts in the options, the live region after a pause, and fires pcv-filter', async () => {
    const el = await mountRs(manyRecommendations(40));
    const status = $<HTMLSelectElement>(el, '#f-status');
    expect([...status.options].map(textOf)).to.include('Implementation: Claimed done (8)');
    // An option that would show nothing is left out.
    expect([...status.options].map(textOf).some((o) => o.endsWith('(0)'))).to.equal(false);
    const announcer = $(el, '[part=announcement]');
    const { events, stop } = recordFilters();
    status.value = 'implementation:claimed-complete';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    stop();
    expect(textOf($(el, '[part=result-count]'))).to.equal('Showing 8 of 40 recommendations.');
    expect(textOf(announcer)).to.equal('');
    await until(() => textOf(announcer) !== '');
    expect(textOf(announcer)).to.equal('Showing 8 of 40 recommendations.');
    expect(events.length).to.equal(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(events[0]!.detail).to.deep.equal({
      set: null,
      body: null,
      theme: null,
      status: 'implementation:claimed-complete',
      query: '',
      matching: 8,
    });
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('searches only the texts as the reader types, and Show all clears it', async () => {
    const el = await mountRs(manyRecommendations(40));
    const { events, stop } = recordFilters();
    $<HTMLInputElement>(el, 'input[type=search]').focus();
    await sendKeys({ type: 'number 13' });
    await el.updateComplete;
    expect(textOf($(el, '[part=result-count]'))).to.equal(
      '1 of the 30 texts matches; the search looks only in texts the sources give.',
    );
    expect(itemIds(el)).to.deep.equal(['r13']);
    // No line for the texts not listed: they cannot match a search.
    expect(root(el).querySelector('[part=not-listed]')).to.equal(null);
    expect(events.at(-1)!.detail.query).to.equal('number 13');
    expect(events.length).to.equal('number 13'.length);
    [...root(el).querySelectorAll('button')].find((b) => textOf(b) === 'Show all')!.click();
    await el.updateComplete;
    stop();
    expect(events.at(-1)!.detail).to.deep.equal({
      set: null,
      body: null,
      theme: null,
      status: null,
      query: '',
      matching: 40,
    });
    expect($<HTMLInputElement>(el, 'input[type=search]').value).to.equal('');
    expect(root(el).activeElement).to.equal($(el, 'input[type=search]'));
  });

  it('changes a filter with the keyboard alone', async () => {
    const data = manyRecommendations(40, 2);
    const el = await mountRs(data);
    const { events, stop } = recordFilters();
    $<HTMLSelectElement>(el, '#f-body').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    stop();
    expect(el.filterBody).to.equal('set-0');
    expect(events.map((e) => [e.detail.set, e.detail.body])).to.deep.equal([['set-0', 'Body 0']]);
  });

  it('applies filters the page sets without firing pcv-filter, even where the list has no controls', async () => {
    const el = await mountRs();
    const { events, stop } = recordFilters();
    el.filterStatus = 'acceptance:accepted';
    await el.updateComplete;
    el.setAttribute('filter-body', 'watchdog');
    await el.updateComplete;
    stop();
    expect(events.length).to.equal(0);
    expect(textOf($(el, '[part=result-count]'))).to.equal('Showing 4 of 15 recommendations and concerns.');
    expect($$(el, '[part=not-listed] li').map(textOf)).to.deep.equal([
      'Watchdog: 4 recommendations, texts not published by the issuing body.',
    ]);
    // The matrix is the whole picture, whatever the list shows.
    expect($$(el, '[part=row]').length).to.equal(3);
    el.filterStatus = 'implementation:done';
    el.filterBody = null;
    await el.updateComplete;
    expect(root(el).querySelector('[part=result-count]')).to.equal(null);
  });

  it('redraws the matrix when an editor changes a status, from a property, inline JSON or src', async () => {
    const el = await mountRs();
    const data = recommendationsFixture();
    data.recommendations.find((r) => r.id === 'i3')!.implementation = {
      value: 'verified-complete',
      asOf: '2024',
      citations: [{ source: 'report', quote: 'Done.' }],
    };
    el.data = data;
    await settle(el);
    expect(matrixRows(el)[1]!.slice(1)).to.deep.equal(['0', '1', '2', '5']);
    const inline = await mount<RecommendationStatus>(
      html`<recommendation-status
        ><script type="application/json">
          ${JSON.stringify(data)}
        </script></recommendation-status
      >`,
    );
    expect(matrixRows(inline)[1]!.slice(1)).to.deep.equal(['0', '1', '2', '5']);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const fetched = await mount<RecommendationStatus>(html`<recommendation-status src=${url}></recommendation-status>`);
    await until(() => root(fetched).querySelector('[part=matrix]'));
    expect(matrixRows(fetched)[1]!.slice(1)).to.deep.equal(['0', '1', '2', '5']);
  });

  it('shows the error state naming the field for an unknown status value', async () => {
    const data = recommendationsFixture() as unknown as { recommendations: { implementation: { value: string } }[] };
    data.recommendations[1]!.implementation.value = 'done';
    let el!: RecommendationStatus;
    const errors = await captureErrors(async () => {
      el = await mountRs(data);
    });
    // The field path is in the console error (and, with the frame of this branch, in the message).
    expect(root(el).querySelector('[part=error]')).not.to.equal(null);
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.contain('recommendations[1].implementation.value: "done" is not one of:');
    expect(root(el).querySelector('[part=matrix]')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a clear empty state for no recommendations', async () => {
    const el = await mountRs({ sources: [], recommendationSets: [], recommendations: [] });
    expect(textOf($(el, '[part=summary]'))).to.equal('No recommendations are recorded in this data.');
    expect(textOf($(el, '[part=empty]'))).to.equal('No recommendations are recorded in this data.');
    expect(root(el).querySelector('[part=matrix]')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('gives the table a row per text and one per body and status for the rest', async () => {
    const el = await mountRs();
    $<HTMLButtonElement>(el, '[part~=table-toggle]').click();
    await el.updateComplete;
    const rows = $$(el, 'table tbody tr');
    expect(rows.length).to.equal(8);
    expect([...rows[3]!.children].map(textOf).slice(0, 4)).to.deep.equal([
      'Inspectorate',
      '',
      '5',
      'Texts not in the sources consulted',
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes the theme and the accent from an ancestor', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<section theme="dark" style="--pcv-color-verified-complete: rgb(1, 2, 3)">
        <recommendation-status .data=${recommendationsFixture()}></recommendation-status>
      </section>`,
    );
    const el = wrapper.querySelector('recommendation-status')!;
    expect(el.getAttribute('data-pcv-theme')).to.equal('dark');
    expect(getComputedStyle($(el, '[part=cell].evidence')).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part=cell].zero')).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no axe violations at 320 px in dark with everything open, and does not overflow', async () => {
    const el = await mountRs(dataset, 320);
    el.theme = 'dark';
    await el.updateComplete;
    for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of $$(el, '[part=matrix] *'))
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });

  it('sets no inline style, which a page’s Content-Security-Policy may forbid', async () => {
    const el = await mountRs(manyRecommendations(40, 2));
    expect($(el, '[part=matrix]').classList.contains('cols-8')).to.equal(true);
    expect($$(el, '[style]').map((n) => n.outerHTML.slice(0, 60))).to.deep.equal([]);
    // The grid still has its eight columns: from the class, not an inline style.
    expect(getComputedStyle($(el, '.mhead')).gridTemplateColumns.split(' ').length).to.be.at.least(8);
  });

  it('lays the matrix out by its own width: body names above their counts on a phone, in a column when wide', async () => {
    const narrow = await mountRs(recommendationsFixture(), 320);
    const wide = await mountRs(recommendationsFixture(), 800);
    const corner = (el: Element) => getComputedStyle($(el, '.corner')).position;
    expect([corner(narrow), corner(wide)]).to.deep.equal(['absolute', 'static']);
    const rowhead = (el: Element) => $(el, '[part=row] [role=rowheader]').getBoundingClientRect();
    const cell = (el: Element) => $(el, '[part=row] [role=cell]').getBoundingClientRect();
    expect(cell(narrow).top).to.be.greaterThan(rowhead(narrow).bottom - 1);
    expect(cell(wide).left).to.be.greaterThan(rowhead(wide).right - 1);
  });

  it('changes nothing in its shadow root when only its width changes: CSS lays it out', async () => {
    const el = await mount<RecommendationStatus>(html`<recommendation-status></recommendation-status>`, 1280);
    const changed: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changed.push(...records));
    observer.observe(root(el), { subtree: true, childList: true, attributes: true, characterData: true });
    el.parentElement!.style.width = '320px';
    await nextFrame();
    await nextFrame();
    await settle(el);
    changed.push(...observer.takeRecords());
    observer.disconnect();
    expect(changed.length).to.equal(0);
  });

  // Snapshots draw a fixed fixture, not the bundled data, so a data fix changes no snapshot.
  // After an intended change: npm run test:unit -- --update-snapshots
  it('matches the snapshot of the matrix and the list for the fixed fixture', async () => {
    const el = await mountRs(recommendationsFixture(), 375);
    await compareSnapshot({ name: 'recommendation-status-fixture', content: `${serializeDom($(el, '.rs'))}\n` });
  });
});

describeFoldedLater('recommendation-status', 'details[part=figure-notes], details[part=evidence]');
