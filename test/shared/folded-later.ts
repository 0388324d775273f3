import { expect } from '@open-wc/testing';

/**
 * The tests every graphic with closed <details> filled after its first frame shares
 * (FigureElement's `unfolded` hook, issue #16): the folds are empty at the first render and
 * filled in a later task at the same height, filled at once when a reader opens one first,
 * and filled and opened for print. `folds` selects the graphic's folded <details>; the first
 * of them is the one a reader opens.
 */
export function describeFoldedLater(tag: string, folds: string): void {
  describe(`<${tag}>: the folded <details> fill after the first frame (issue #16)`, () => {
    afterEach(() => document.querySelectorAll(tag).forEach((el) => el.parentElement!.remove()));

    /** Each fold's element children but its summary. */
    const filled = (el: HTMLElement) =>
      [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>(folds)].map(
        (d) => [...d.children].filter((c) => c.localName !== 'summary').length,
      );

    it('leaves the closed <details> empty at first and fills them in a later task, at the same height', async () => {
      const el = await atFirstRender(tag, folds);
      const height = el.getBoundingClientRect().height;
      expect(filled(el).every((n) => n === 0)).to.equal(true);
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(filled(el).every((n) => n > 0)).to.equal(true);
      // Closed, a <details> is as tall empty as full: filling it moves nothing.
      expect(el.getBoundingClientRect().height).to.equal(height);
    });

    it('fills them at once when a reader opens one first', async () => {
      const el = await atFirstRender(tag, folds);
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>(folds)!;
      let taskRan = false;
      setTimeout(() => (taskRan = true));
      details.querySelector('summary')!.click();
      for (let i = 0; i < 100_000 && filled(el)[0] === 0; i++) await Promise.resolve();
      expect(details.open).to.equal(true);
      expect(filled(el)[0]).to.be.greaterThan(0);
      // Filled in the click's own microtasks, before any later task (the frame that shows it open).
      expect(taskRan).to.equal(false);
    });

    it('renders them, opened, inside beforeprint', async () => {
      const el = await atFirstRender(tag, folds);
      window.dispatchEvent(new Event('beforeprint'));
      try {
        const details = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>(folds)];
        expect(details.every((d) => d.open)).to.equal(true);
        expect(filled(el).every((n) => n > 0)).to.equal(true);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
    });
  });
}

/**
 * Mounts `tag` (the bundled data, `loading="eager"`) and returns it at its first render, by
 * waiting on microtasks only: no task has run since it connected, so neither has the one
 * that fills its folded <details>.
 */
async function atFirstRender(tag: string, folds: string): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.style.width = '800px';
  document.body.append(box);
  const el = document.createElement(tag);
  el.setAttribute('loading', 'eager');
  box.append(el);
  for (let i = 0; i < 100_000 && !el.shadowRoot?.querySelector(folds); i++) await Promise.resolve();
  expect(el.shadowRoot?.querySelector(folds), 'rendered without a task').to.not.equal(null);
  return el;
}
