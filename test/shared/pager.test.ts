/**
 * One pager for the frame's table and the elements' lists (issue #15): pure maths first,
 * then the pager line it renders.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import {
  PAGE_SIZE,
  PAGES_KEPT,
  SHOW_ALL_UP_TO,
  isPaged,
  pageWindow,
  renderPager,
  type PageWindow,
} from '../../src/shared/pager.js';
import { textOf } from '../helpers.js';

const w = (start: number, end: number): PageWindow => ({ start, end });

describe('pageWindow()', () => {
  it('has one set of thresholds: every item up to SHOW_ALL_UP_TO, then pages of PAGE_SIZE, at most PAGES_KEPT held', () => {
    expect([SHOW_ALL_UP_TO, PAGE_SIZE, PAGES_KEPT]).to.deep.equal([300, 100, 3]);
    expect(pageWindow(0, null)).to.deep.equal(w(0, 0));
    expect(pageWindow(44, null)).to.deep.equal(w(0, 44));
    expect(pageWindow(300, null)).to.deep.equal(w(0, 300));
    expect(pageWindow(301, null)).to.deep.equal(w(0, 100));
    expect(pageWindow(10_000, null)).to.deep.equal(w(0, 100));
    // A short sequence ignores what was rendered before and what is asked for.
    expect(pageWindow(44, w(0, 10), 40)).to.deep.equal(w(0, 44));
    expect([isPaged(300), isPaged(301)]).to.deep.equal([false, true]);
  });

  it('pageWindow(total, current, need) returns the window itself while it holds `need`', () => {
    const current = w(100, 300);
    expect(pageWindow(10_000, current)).to.equal(current);
    expect(pageWindow(10_000, current, 100)).to.equal(current);
    expect(pageWindow(10_000, current, 299)).to.equal(current);
    const whole = w(0, 44);
    expect(pageWindow(44, whole)).to.equal(whole);
  });

  // A list (the default: pages grow, PAGES_KEPT at most).
  const grow: [string, number, PageWindow, number, PageWindow][] = [
    ['the next page (a "next" press, or an arrow key past the end) is added', 10_000, w(0, 100), 100, w(0, 200)],
    ['the page before is added', 10_000, w(200, 300), 199, w(100, 300)],
    ['the page before the first never starts below 0', 10_000, w(100, 200), 0, w(0, 200)],
    ['the last page is only as long as what is left', 1_050, w(800, 1_000), 1_000, w(800, 1_050)],
    ['past PAGES_KEPT pages, the next page drops the first one', 10_000, w(0, 300), 300, w(100, 400)],
    ['past PAGES_KEPT pages, the page before drops the last one', 10_000, w(300, 600), 299, w(200, 500)],
    ['dropping from an uneven last page keeps whole pages', 10_050, w(9_800, 10_050), 9_799, w(9_700, 10_000)],
    ['a short last page may make a fourth, shorter one', 350, w(0, 300), 300, w(100, 350)],
    ['a far item (End) moves the window to its page', 10_000, w(0, 200), 9_999, w(9_900, 10_000)],
    ['a far item (Home) moves it back', 10_000, w(9_900, 10_000), 0, w(0, 100)],
    ['a deep link in the middle moves it to that page', 10_000, w(0, 100), 5_432, w(5_400, 5_500)],
    ['an uneven last page', 10_050, w(0, 100), 10_049, w(10_000, 10_050)],
    ['a window past a shorter sequence is clipped to it', 1_000, w(900, 1_200), -1, w(900, 1_000)],
    ['a window wholly past it starts again at the first page', 500, w(900, 1_000), -1, w(0, 100)],
    ['a need outside the sequence is ignored', 1_000, w(0, 100), 5_000, w(0, 100)],
    ['no need (-1) keeps the window', 1_000, w(100, 200), -1, w(100, 200)],
  ];
  for (const [name, total, current, need, expected] of grow)
    it(`pageWindow(${total}, ${JSON.stringify(current)}, ${need}): ${name}`, () => {
      expect(pageWindow(total, current, need)).to.deep.equal(expected);
    });

  // A table ({keep: 1}): each page replaces the last.
  const replace: [string, number, PageWindow, number, PageWindow][] = [
    ['next replaces the page', 10_000, w(0, 100), 100, w(100, 200)],
    ['previous replaces it', 10_000, w(100, 200), 0, w(0, 100)],
    ['the last, partial page', 501, w(400, 500), 500, w(500, 501)],
    ['back from the partial page to a whole one', 501, w(500, 501), 400, w(400, 500)],
    ['a far row moves to its page', 10_000, w(0, 100), 7_777, w(7_700, 7_800)],
  ];
  for (const [name, total, current, need, expected] of replace)
    it(`pageWindow(${total}, ${JSON.stringify(current)}, ${need}, {keep: 1}): ${name}`, () => {
      expect(pageWindow(total, current, need, { keep: 1 })).to.deep.equal(expected);
    });

  it('never holds more than PAGES_KEPT pages however often "next" is pressed, and one page with keep: 1', () => {
    for (const [keep, last] of [
      [PAGES_KEPT, w(9_700, 10_000)],
      [1, w(9_900, 10_000)],
    ] as const) {
      let window = pageWindow(10_000, null, -1, { keep });
      for (let press = 0; press < 120; press++) {
        window = pageWindow(10_000, window, window.end, { keep });
        expect(window.end - window.start).to.be.at.most(keep * PAGE_SIZE);
      }
      expect(window).to.deep.equal(last);
    }
  });

  it('takes other page sizes and limits', () => {
    expect(pageWindow(30, null, -1, { page: 10, all: 20 })).to.deep.equal(w(0, 10));
    expect(pageWindow(30, w(0, 10), 10, { page: 10, all: 20 })).to.deep.equal(w(0, 20));
    expect(pageWindow(20, null, -1, { page: 10, all: 20 })).to.deep.equal(w(0, 20));
    expect(pageWindow(5, null, -1, { page: 0, all: 0 })).to.deep.equal(w(0, 1));
  });
});

describe('renderPager()', () => {
  const text = {
    range: (a: number, b: number, n: number) => `Items ${a} to ${b} of ${n}`,
    next: (n: number) => `Next ${n}`,
    previous: (n: number) => `Previous ${n}`,
  };
  const parts = { line: 'pager', button: 'more' };

  async function draw(window: PageWindow, total: number, asked: number[]) {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderPager(window, total, text, (i) => asked.push(i), parts),
      host,
    );
    return host;
  }

  it('says which items it shows as a status, with a button for each side that has more', async () => {
    const asked: number[] = [];
    const host = await draw(w(100, 200), 1_050, asked);
    const line = host.querySelector('[part=pager]')!;
    expect(textOf(line.querySelector('[role=status]'))).to.equal('Items 101 to 200 of 1050.');
    const buttons = [...line.querySelectorAll('button')];
    expect(buttons.map(textOf)).to.deep.equal(['Previous 100', 'Next 100']);
    buttons.forEach((b) => b.click());
    expect(asked).to.deep.equal([0, 200]);
  });

  it('names the last page by what it adds, and has no button past either end', async () => {
    const host = await draw(w(1_000, 1_050), 1_050, []);
    expect([...host.querySelectorAll('button')].map(textOf)).to.deep.equal(['Previous 100']);
    const first = await draw(w(900, 1_000), 1_050, []);
    expect([...first.querySelectorAll('button')].map(textOf)).to.deep.equal(['Previous 100', 'Next 50']);
  });

  it('renders nothing for a sequence short enough to show whole', async () => {
    const host = await draw(w(0, 300), 300, []);
    expect(host.querySelector('[part=pager]')).to.equal(null);
  });
});
