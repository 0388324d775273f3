import { expect } from '@open-wc/testing';
import { browserMeasure } from '../../src/case-timeline/case-timeline.measure.js';

/** The canvas measure of `line` with `font`, set afresh: what browserMeasure must give. */
function canvasWidth(font: string, line: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  return context.measureText(line).width;
}

describe('browserMeasure(): label widths in the element’s own font', () => {
  it('measures a line as a canvas does at 12 px, regular and bold, whatever was measured before', () => {
    const measure = browserMeasure('serif')!;
    // Alternate weights and lines: each context keeps its own font.
    const lines = ['Inquests', 'Convicted', 'Anthony Walgate', 'Watchdog probe'];
    for (const line of [...lines, ...lines.reverse()]) {
      expect(measure(line, true)).to.equal(canvasWidth('700 12px serif', line));
      expect(measure(line, false)).to.equal(canvasWidth('400 12px serif', line));
    }
    expect(measure('Anthony Walgate', true)).to.be.greaterThan(measure('Anthony Walgate', false));
  });

  it('is one measure per font family, shared: a page of timelines measures each line once', () => {
    expect(browserMeasure('serif')).to.equal(browserMeasure('serif'));
    const mono = browserMeasure('monospace')!;
    expect(mono).not.to.equal(browserMeasure('serif'));
    expect(mono('iiii', false)).to.equal(mono('mmmm', false));
  });
});
