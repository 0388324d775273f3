/**
 * What an element needs only when a page supplies its own data: the validator, the check
 * (cached per input object), and the `src` download. Loaded by import() the first time a
 * page gives data (lazy-validator.ts); in the script-tag build one chunk of its own, which a
 * page that draws only the bundled data never downloads.
 */
import type { DatasetSection } from '../data/types.js';
import { validate, type ValidationResult } from '../data/validator.js';

export { validate };

/**
 * Validation is pure, so a dataset object checked once for a set of sections need
 * not be checked again: twenty embeds of one page dataset cost one check.
 * (A page that mutates a dataset in place must pass a new object to be re-checked,
 * as Lit's change detection already requires.)
 */
type Result = ValidationResult<unknown>;
const checked = new WeakMap<object, Map<string, Result>>();

export function validateCached(input: unknown, sections: readonly DatasetSection[]): Result {
  if (typeof input !== 'object' || input === null) return validate(input, sections);
  const key = sections.join(',');
  let bySections = checked.get(input);
  if (!bySections) checked.set(input, (bySections = new Map()));
  let result = bySections.get(key);
  if (!result) bySections.set(key, (result = validate(input, sections)));
  return result;
}

/**
 * The text at `url`, or a thrown Error saying why not ("HTTP 404", "larger than 5 MB").
 * `signal` aborts it (the element's removal, a new `src`, the time limit).
 */
export async function download(url: URL, limit: number, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return readCapped(response, limit, signal);
}

/**
 * The body as text, counted as it arrives: past `limit` bytes the download is cancelled
 * and refused (a Content-Length over the limit is refused before any of the body). An
 * abort (removal, a new `src`, the time limit) cancels the read itself too, so a body
 * that stalls cannot keep the element waiting whatever the stream behind it does.
 */
async function readCapped(response: Response, limit: number, signal: AbortSignal): Promise<string> {
  const tooLarge = () => new Error(`larger than ${limit / 1_000_000} MB`);
  if (Number(response.headers.get('content-length')) > limit) {
    void response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      received += value.byteLength;
      if (received > limit) {
        stop();
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  return text + decoder.decode();
}
