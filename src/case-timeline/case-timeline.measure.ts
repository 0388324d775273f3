/**
 * Label widths as the browser draws them, in the element's own font, for chartLayout.
 *
 * A canvas 2D context per weight, its `font` set once: setting `font` parses the font anew
 * each time, and set before every line it cost more than the measuring itself (about 80 ms
 * of a 500 ms first render at 4× CPU, issue #16). Each line is measured once per page and
 * font, shared by every timeline on it and by every later layout (a resize, printing), and
 * measured again once a web font the page was loading has arrived.
 */
import { LABEL_FONT_SIZE, type MeasureText } from './case-timeline.labels.js';

/** By font family: null where there is no canvas (the layout's estimate is used instead). */
const measures = new Map<string, MeasureText | null>();

if (typeof document !== 'undefined' && document.fonts)
  // Measured before a page's web font loaded, the widths were the fallback's.
  document.fonts.addEventListener('loadingdone', () => measures.clear());

/** The browser's measure of a label line in `family` at the label size, or undefined without a canvas. */
export function browserMeasure(family: string): MeasureText | undefined {
  let measure = measures.get(family);
  if (measure === undefined) measures.set(family, (measure = canvasMeasure(family)));
  return measure ?? undefined;
}

function canvasMeasure(family: string): MeasureText | null {
  const context = (weight: number) => {
    const c = document.createElement('canvas').getContext('2d');
    if (c) c.font = `${weight} ${LABEL_FONT_SIZE}px ${family}`;
    return c;
  };
  const regular = context(400);
  const bold = context(700);
  if (!regular || !bold) return null;
  const widths = new Map<string, number>();
  return (line, strong) => {
    const key = `${strong ? 1 : 0}${line}`;
    let width = widths.get(key);
    if (width === undefined) widths.set(key, (width = (strong ? bold : regular).measureText(line).width));
    return width;
  };
}
