/**
 * Where each value sits in a JSON text, so that a problem's link can jump to it: a small
 * scanner that walks the text as JSON.parse would and records, for every path
 * (`events[3].date`), the characters of its value. Pure; a text that is not JSON gives null
 * (JSON.parse's own message then says where it broke).
 */
import { formatPath, parsePath, type PathPart } from './editor-words.js';

export interface Place {
  /** Offset of the value's first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

export function locateAll(text: string): Map<string, Place> | null {
  const places = new Map<string, Place>();
  const lineStarts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) lineStarts.push(k + 1);
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new SyntaxError(`unexpected ${text[i] ?? 'end'} at ${i}`);
  };
  const string = () => {
    if (text[i] !== '"') fail();
    const from = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== '"') fail();
    i++;
    return JSON.parse(text.slice(from, i)) as string;
  };
  const value = (path: PathPart[], depth: number): void => {
    if (depth > 500) fail();
    space();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') i++;
      else
        for (;;) {
          space();
          const key = string();
          space();
          if (text[i++] !== ':') fail();
          value([...path, key], depth + 1);
          space();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else fail();
        }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value([...path, n], depth + 1);
          space();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            break;
          } else fail();
        }
    } else if (c === '"') string();
    else {
      const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += m![0].length;
    }
    places.set(formatPath(path), { start, end: i, line: lineAt(lineStarts, start) });
  };
  try {
    value([], 0);
    space();
    if (i !== text.length) fail();
  } catch {
    return null;
  }
  return places;
}

/** The 1-based line holding `offset`, by binary search over the lines' first offsets. */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The place of a problem's path, or of its nearest ancestor that exists (a missing field
 * jumps to the record that lacks it). The whole file for `(dataset)`.
 */
export function locate(places: Map<string, Place>, path: string): Place | null {
  const parts = parsePath(path);
  for (let n = parts.length; n >= 0; n--) {
    const place = places.get(formatPath(parts.slice(0, n)));
    if (place) return place;
  }
  return null;
}
