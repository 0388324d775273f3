import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import type { DatasetPart } from '../../src/data/validate.js';
import { FigureElement, type FigureContent } from '../../src/shared/figure-element.js';
import { safeDefine } from '../../src/shared/define.js';
import { toCsv } from '../../src/shared/downloads.js';
import { sample } from '../fixtures/sample.js';
import { axeViolations, captureErrors, mount, textOf, until } from '../helpers.js';

/** The smallest real figure: lists event titles, so the frame can be tested alone. */
const defaultData = sample();

class TestFigure extends FigureElement<'events'> {
  protected readonly loader = this.createDatasetController(['events'], () => defaultData);
  protected get defaultHeading() {
    return 'Test figure';
  }
  protected content(data: DatasetPart<'events'>): FigureContent {
    return {
      heading: 'Test figure',
      summary: `${data.events.length} events.`,
      graphic: litHtml`<ul class="events">${data.events.map((e) => litHtml`<li>${e.title}</li>`)}</ul>`,
      notes: ['A note.'],
      sources: data.sources,
      table: { caption: 'Events', columns: ['Event', 'Date'], rows: data.events.map((e) => [e.title, e.date]) },
    };
  }
}
safeDefine('test-figure', TestFigure);

const shadow = (el: Element) => el.shadowRoot!;

describe('figure frame', () => {
  it('stops any motion a page gives its parts when the reader asks for reduced motion', async () => {
    // The elements have no motion of their own; a page may add some through ::part().
    const style = document.createElement('style');
    style.textContent = `
      test-figure::part(title) { transition: color 3s; }
      test-figure::part(summary) { animation: pcv-test-pulse 3s infinite; }
      @keyframes pcv-test-pulse { to { opacity: 0.5; } }`;
    document.head.append(style);
    const moving = (el: Element) =>
      [...shadow(el).querySelectorAll('*')]
        .filter((node) => {
          const s = getComputedStyle(node);
          return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none';
        })
        .map((node) => node.getAttribute('part'));
    try {
      const el = await mount<TestFigure>(html`<test-figure .data=${sample()}></test-figure>`);
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(moving(el), 'without the preference, the page’s motion applies').to.deep.equal(['title', 'summary']);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(moving(el)).to.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
      style.remove();
    }
  });

  it('renders title, summary, graphic, notes and a linked source line from .data', async () => {
    const el = await mount<TestFigure>(html`<test-figure .data=${sample()}></test-figure>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('[part=title]'))).to.equal('Test figure');
    expect(root.querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('2');
    expect(textOf(root.querySelector('[part=summary]'))).to.equal('4 events.');
    expect(root.querySelectorAll('.events li').length).to.equal(4);
    expect(textOf(root.querySelector('[part=notes]'))).to.contain('A note.');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part=sources] a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/a']);
    expect(textOf(root.querySelector('[part=sources]'))).to.contain('“An undated report”');
  });

  it('sets the heading level from heading-level, and falls back to 2 for nonsense', async () => {
    const el = await mount<TestFigure>(html`<test-figure heading-level="3" .data=${sample()}></test-figure>`);
    expect(shadow(el).querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('3');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('shows the data as a real table with caption and header cells on demand', async () => {
    const el = await mount<TestFigure>(html`<test-figure .data=${sample()}></test-figure>`);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~=table-toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector('table')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    const table = shadow(el).querySelector('table')!;
    expect(textOf(table.querySelector('caption'))).to.equal('Events');
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Event', 'Date']);
    expect(table.querySelectorAll('tbody th[scope=row]').length).to.equal(4);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no axe violations in light and dark', async () => {
    const el = await mount<TestFigure>(html`<test-figure .data=${sample()}></test-figure>`);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes the theme from an ancestor, and a --pcv-* property set on an ancestor', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<section theme="dark" style="--pcv-link: rgb(1, 2, 3)">
        <test-figure .data=${sample()}></test-figure>
      </section>`,
    );
    const el = wrapper.querySelector<TestFigure>('test-figure')!;
    expect(el.getAttribute('data-pcv-theme')).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 21, 21)');
    const link = shadow(el).querySelector('[part=sources] a')!;
    expect(getComputedStyle(link).color).to.equal('rgb(1, 2, 3)');
  });

  it('reads inline JSON from a script child when no .data is set', async () => {
    const data = sample();
    data.events = data.events.slice(0, 2);
    const el = await mount<TestFigure>(
      html`<test-figure
        ><script type="application/json">
          ${JSON.stringify(data)}
        </script></test-figure
      >`,
    );
    expect(textOf(shadow(el).querySelector('[part=summary]'))).to.equal('2 events.');
  });

  it('fetches and validates data from src', async () => {
    const data = sample();
    data.events = data.events.slice(0, 1);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const el = await mount<TestFigure>(html`<test-figure src=${url}></test-figure>`);
    await until(() => shadow(el).querySelector('[part=summary]'));
    expect(textOf(shadow(el).querySelector('[part=summary]'))).to.equal('1 events.');
  });

  it('shows readers a neutral error, logs the problems by path once, and lists them only with show-problems', async () => {
    const data = sample();
    data.events[3]!.date = '2014-13-45';
    let el!: TestFigure;
    const errors = await captureErrors(async () => {
      el = await mount<TestFigure>(html`<test-figure .data=${data}></test-figure>`);
    });
    const error = shadow(el).querySelector('[part=error]')!;
    expect(textOf(error)).to.equal('Test figure This graphic could not be shown.');
    expect(shadow(el).querySelector('[part=problems]')).to.equal(null);
    expect(shadow(el).querySelector('.events')).to.equal(null);
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.contain('<test-figure>').and.contain('events[3].date');
    expect(await axeViolations(el)).to.deep.equal([]);

    el.showProblems = true;
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part=problems]'))).to.contain(
      'events[3].date: "2014-13-45" is not a date',
    );
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('reports malformed inline JSON and an unreachable src without throwing', async () => {
    const errors = await captureErrors(async () => {
      const bad = await mount<TestFigure>(
        html`<test-figure show-problems
          ><script type="application/json">
            { not json
          </script></test-figure
        >`,
      );
      expect(textOf(shadow(bad).querySelector('[part=error]'))).to.contain('not valid JSON');
      const missing = await mount<TestFigure>(
        html`<test-figure show-problems src="/does-not-exist.json"></test-figure>`,
      );
      await until(() => shadow(missing).querySelector('[part=error]'));
      expect(textOf(shadow(missing).querySelector('[part=error]'))).to.contain('could not be loaded (HTTP 404)');
    });
    expect(errors.length).to.equal(2);
  });

  it('renders data text as text, never as markup', async () => {
    const data = sample();
    data.events[0]!.title = '<img src=x onerror="window.__pwned=1">';
    const el = await mount<TestFigure>(html`<test-figure .data=${data}></test-figure>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(textOf(shadow(el).querySelector('.events li'))).to.equal('<img src=x onerror="window.__pwned=1">');
  });

  it('downloads CSV built in memory', async () => {
    const el = await mount<TestFigure>(html`<test-figure .data=${sample()}></test-figure>`);
    const clicked = oneEvent(document.body, 'click');
    shadow(el).querySelector<HTMLButtonElement>('[part~=download]')!.click();
    const event = await clicked;
    const link = event.target as HTMLAnchorElement;
    expect(link.download).to.equal('test-figure.csv');
    expect(link.href).to.match(/^blob:/);
  });
});

/** A figure whose table is a function: counts how often it is built. */
class LazyTableFigure extends TestFigure {
  static builds = 0;
  protected override content(data: DatasetPart<'events'>): FigureContent {
    return {
      ...super.content(data),
      table: () => {
        LazyTableFigure.builds++;
        return { caption: 'Events', columns: ['Event'], rows: data.events.map((e) => [e.title]) };
      },
    };
  }
}
safeDefine('lazy-table-figure', LazyTableFigure);

describe('figure frame, table given as a function', () => {
  it('builds the table only when the reader opens it or downloads the CSV', async () => {
    LazyTableFigure.builds = 0;
    const el = await mount<LazyTableFigure>(html`<lazy-table-figure .data=${sample()}></lazy-table-figure>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(LazyTableFigure.builds).to.equal(0);
    shadow(el).querySelector<HTMLButtonElement>('[part~=table-toggle]')!.click();
    await el.updateComplete;
    expect(LazyTableFigure.builds).to.equal(1);
    expect(shadow(el).querySelectorAll('table tbody th[scope=row]').length).to.equal(4);
    const clicked = oneEvent(document.body, 'click');
    shadow(el).querySelector<HTMLButtonElement>('[part~=download]')!.click();
    expect(((await clicked).target as HTMLAnchorElement).download).to.equal('lazy-table-figure.csv');
    expect(LazyTableFigure.builds).to.equal(2);
  });
});

describe('toCsv()', () => {
  it('quotes every text cell, doubles quotes, and defuses spreadsheet formulas', () => {
    expect(
      toCsv({
        caption: '',
        columns: ['a', 'b'],
        rows: [
          ['x, "y"', '=SUM(A1)'],
          [3, null],
        ],
      }),
    ).to.equal('"a","b"\r\n"x, ""y""","\'=SUM(A1)"\r\n3,\r\n');
  });
});

describe('safeDefine()', () => {
  it('skips a second definition of a tag with one warning instead of throwing', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      safeDefine('test-figure', class extends TestFigure {});
      safeDefine('test-figure', TestFigure);
    } finally {
      console.warn = original;
    }
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('<test-figure> is already defined');
  });
});

describe('source line', () => {
  it('folds more than three sources into a list the reader opens, naming the first publishers once', async () => {
    const data = sample();
    data.sources = ['A', 'A', 'B', 'C', 'D'].map((publisher, i) => ({
      id: `s${i}`,
      kind: 'news' as const,
      publisher,
      title: `Article ${i}`,
      date: null,
      url: `https://example.org/${i}`,
    }));
    data.events.forEach((e) => (e.citations = [{ source: 's0', quote: 'q' }]));
    const el = await mount<TestFigure>(html`<test-figure .data=${data}></test-figure>`);
    const details = shadow(el).querySelector('details[part=sources]')!;
    expect(textOf(details.querySelector('summary'))).to.equal('Sources: A, B, C and 1 more');
    expect(details.querySelectorAll('li a').length).to.equal(5);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('reflow', () => {
  it('wraps a long unbroken word from the data instead of overflowing a 320 px column', async () => {
    const data = sample();
    data.events[0]!.title = 'x'.repeat(190);
    const el = await mount<TestFigure>(html`<test-figure .data=${data}></test-figure>`, 320);
    const list = shadow(el).querySelector('.events')!;
    expect(list.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
