/**
 * The rendered-text review file: every sentence a reader sees or hears, in one text file.
 *
 * Each element is rendered with the bundled data at a narrow (320 px) and a wide (1280 px)
 * width, and in the states a reader can reach (every timeline event opened, the officers'
 * marks read one by one, a recommendations filter set by the page, the tables, a filter that
 * matches nothing, no data, bad data). What they show and what a screen reader is given
 * (accessible names and descriptions, live regions, visually hidden text) is written out, block by block,
 * and compared with the committed `rendered-text.txt` next to this file.
 *
 * A change to any wording, computed sentence or data text fails this test until the file
 * is updated, so that every change a reader would see is read in review, as a diff:
 *
 *   npx web-test-runner --files test/rendered-text/rendered-text.test.ts --update-snapshots
 *   git diff test/rendered-text/rendered-text.txt      # read it: is every change intended?
 *
 * Commit the file with the change that caused it.
 */
import { expect, html } from '@open-wc/testing';
import { getSnapshotConfig, readFile, sendKeys, writeFile } from '@web/test-runner-commands';
import '../../src/case-timeline/case-timeline.js';
import '../../src/officer-outcomes/officer-outcomes.js';
import '../../src/recommendation-status/recommendation-status.js';
import { captureErrors, mount, settle } from '../helpers.js';

const FILE = 'rendered-text.txt';
const NARROW = 320;
const WIDE = 1280;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What a reader of `root` gets, as lines: the rendered text, block by block (innerText: what
 * is laid out, visually hidden text included, closed or display:none content left out),
 * then each accessible name or placeholder not already among those lines.
 */
function readerLines(root: ParentNode): string[] {
  const lines: string[] = [];
  for (const child of root.children) {
    if (!(child instanceof HTMLElement) || child.localName === 'style') continue;
    lines.push(...child.innerText.split('\n').map(fold).filter(Boolean));
  }
  const seen = new Set(lines);
  // An accessible description held in a hidden element (the frame's computed summary) is
  // heard, not seen: innerText leaves it out, so it is read through the reference.
  for (const node of root.querySelectorAll('[aria-describedby]')) {
    for (const id of node.getAttribute('aria-describedby')!.split(/\s+/)) {
      const text = fold((root as Element | ShadowRoot).querySelector(`#${CSS.escape(id)}`)?.textContent ?? '');
      const line = `[aria-description] ${text}`;
      if (text && !seen.has(text) && !seen.has(line)) {
        seen.add(line);
        lines.push(line);
      }
    }
  }
  for (const node of root.querySelectorAll('[aria-label], [placeholder], [aria-roledescription]')) {
    for (const attr of ['aria-label', 'placeholder', 'aria-roledescription']) {
      const value = node.getAttribute(attr);
      const line = value ? `[${attr}] ${fold(value)}` : '';
      if (value && !seen.has(fold(value)) && !seen.has(line)) {
        seen.add(line);
        lines.push(line);
      }
    }
  }
  return lines;
}

/** Opens every folded source list and reads the element. */
async function read(el: Element): Promise<string[]> {
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  await settle(el);
  return readerLines(el.shadowRoot!);
}

const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The error state, for data missing a section (its console error is expected, so kept out of the log). */
async function readBad(template: unknown): Promise<string[]> {
  let lines: string[] = [];
  await captureErrors(async () => {
    lines = await read(await mount(template, NARROW));
  });
  return lines;
}

async function openTable(el: Element): Promise<string[]> {
  $$(el, '[part~=table-toggle]')[0]!.click();
  await settle(el);
  const wrap = el.shadowRoot!.querySelector<HTMLElement>('[part=table-wrap]')!;
  return wrap.innerText.split('\n').map(fold).filter(Boolean);
}

type Section = [title: string, lines: string[]];

async function timelineSections(): Promise<Section[]> {
  const out: Section[] = [];
  for (const width of [NARROW, WIDE]) {
    const el = await mount(html`<case-timeline></case-timeline>`, width);
    out.push([`<case-timeline>, bundled data, ${width} px`, await read(el)]);
  }
  // Each event's detail, opened from the list (the same words as in the wide chart's panel).
  const list = await mount(html`<case-timeline></case-timeline>`, NARROW);
  // The phone shows the highlights first: unfold the Filter and every death's group, read, then show every event.
  for (const button of $$(list, '[part=filter-toggle], [part=group]')) button.click();
  await settle(list);
  out.push(['<case-timeline>, 320 px, the filter and every group unfolded', await read(list)]);
  $$(list, '[part=show-all]')[0]!.click();
  await settle(list);
  const details: string[] = [];
  for (const id of $$(list, '[part~=event]').map((b) => b.dataset.event!)) {
    const button = $$(list, `[part~=event][data-event="${id}"]`)[0]!;
    button.click();
    await settle(list);
    details.push(`-- ${id}`, ...readerLines(list.shadowRoot!.querySelector('[part=detail]')!.parentElement!));
    $$(list, '[part=close]')[0]!.click();
    await settle(list);
  }
  out.push(['<case-timeline>, each event opened, 320 px', details]);
  const wide = await mount(html`<case-timeline></case-timeline>`, WIDE);
  out.push(['<case-timeline>, table', await openTable(wide)]);
  const filtered = await mount(html`<case-timeline categories="death,police-failure"></case-timeline>`, WIDE);
  out.push(['<case-timeline>, categories="death,police-failure", 1280 px', await read(filtered)]);
  const none = await mount(html`<case-timeline from="2019-01" to="2019-02"></case-timeline>`, NARROW);
  out.push(['<case-timeline>, a range with no events', await read(none)]);
  const empty = await mount(html`<case-timeline .data=${{ sources: [], events: [] }}></case-timeline>`, NARROW);
  out.push(['<case-timeline>, no events', await read(empty)]);
  out.push([
    '<case-timeline>, bad data',
    await readBad(html`<case-timeline .data=${{ sources: [] }}></case-timeline>`),
  ]);
  return out;
}

async function officerSections(): Promise<Section[]> {
  const out: Section[] = [];
  for (const width of [NARROW, WIDE]) {
    const el = await mount(html`<officer-outcomes></officer-outcomes>`, width);
    out.push([`<officer-outcomes>, bundled data, ${width} px`, await read(el)]);
  }
  // Every mark as the keyboard reads it out: each list box's active option, its name and
  // place, and the name of its group (the key's line, with its notes) when the group changes.
  const el = await mount(html`<officer-outcomes></officer-outcomes>`, WIDE);
  const shadow = el.shadowRoot!;
  const marks: string[] = [];
  for (const step of ['original', 'reinvestigation']) {
    shadow.querySelector<HTMLElement>(`[data-step=${step}] [role=listbox][tabindex="0"]`)!.focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    let last = '';
    let group = '';
    for (;;) {
      const box = shadow.activeElement as HTMLElement;
      const option = shadow.getElementById(box.getAttribute('aria-activedescendant') ?? '');
      if (!option || option.id === last) break;
      last = option.id;
      const label = fold(
        shadow.getElementById(option.parentElement!.getAttribute('aria-labelledby')!)!.textContent ?? '',
      );
      if (label !== group) marks.push(`[group] ${(group = label)}`);
      marks.push(
        `${option.getAttribute('aria-label')}, ${option.getAttribute('aria-posinset')} of ${option.getAttribute('aria-setsize')}`,
      );
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
    }
  }
  out.push(['<officer-outcomes>, each mark read with the arrow keys', marks]);
  out.push(['<officer-outcomes>, table', await openTable(el)]);
  out.push([
    '<officer-outcomes>, bad data',
    await readBad(html`<officer-outcomes .data=${{ sources: [] }}></officer-outcomes>`),
  ]);
  return out;
}

async function recommendationSections(): Promise<Section[]> {
  const out: Section[] = [];
  for (const width of [NARROW, WIDE]) {
    const el = await mount(html`<recommendation-status></recommendation-status>`, width);
    out.push([`<recommendation-status>, bundled data, ${width} px`, await read(el)]);
  }
  // A filter the page sets (the list has no controls for 6 texts, but says what it shows).
  const filtered = await mount(
    html`<recommendation-status filter-status="acceptance:accepted"></recommendation-status>`,
    WIDE,
  );
  out.push(['<recommendation-status>, filter-status="acceptance:accepted", 1280 px', await read(filtered)]);
  out.push(['<recommendation-status>, table', await openTable(filtered)]);
  const none = await mount(html`<recommendation-status search="no such words"></recommendation-status>`, NARROW);
  out.push(['<recommendation-status>, a search that matches nothing', await read(none)]);
  const empty = await mount(
    html`<recommendation-status
      .data=${{ sources: [], recommendationSets: [], recommendations: [] }}
    ></recommendation-status>`,
    NARROW,
  );
  out.push(['<recommendation-status>, no recommendations', await read(empty)]);
  out.push([
    '<recommendation-status>, bad data',
    await readBad(html`<recommendation-status .data=${{ sources: [], recommendations: [] }}></recommendation-status>`),
  ]);
  return out;
}

function render(sections: Section[]): string {
  return (
    [
      '# Every sentence the graphics show or give a screen reader, with the bundled data.',
      '# Written by test/rendered-text/rendered-text.test.ts; see there how to update it.',
      ...sections.map(([title, lines]) => `\n## ${title}\n\n${lines.join('\n')}`),
    ].join('\n') + '\n'
  );
}

/** The first lines where two texts differ, for the failure message. */
function firstDifferences(expected: string, actual: string, most = 8): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < most; i++)
    if (a[i] !== b[i]) out.push(`line ${i + 1}:\n  - ${a[i] ?? '(none)'}\n  + ${b[i] ?? '(none)'}`);
  return out.join('\n');
}

describe('the rendered-text review file', () => {
  it('matches every sentence the three graphics render with the bundled data', async function () {
    // Mounting about 80 states in a shared, slow runner: generous, and not a timed assertion.
    this.timeout(300_000);
    const text = render([
      ...(await timelineSections()),
      ...(await officerSections()),
      ...(await recommendationSections()),
    ]);
    const { updateSnapshots } = await getSnapshotConfig();
    if (updateSnapshots) {
      await writeFile({ path: FILE, content: text });
      return;
    }
    const committed = await readFile({ path: FILE });
    expect(
      committed === text,
      committed === undefined
        ? `${FILE} does not exist: run this test with --update-snapshots and commit the file`
        : `The rendered text changed. Run this test with --update-snapshots, read the diff of test/rendered-text/${FILE}, and commit it if every change is intended.\n${firstDifferences(committed, text)}`,
    ).to.equal(true);
  });
});
