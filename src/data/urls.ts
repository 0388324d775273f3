/**
 * The one rule for links that come from data: a web address written out in full
 * (`http://` or `https://`, then a host), with no user name or password in it, no
 * spaces or control characters around or inside it, and at most 2,000 characters.
 * A link is always rendered as the parsed, normalised URL (`URL.href`), never as the
 * text it came from, so what the browser follows is what was checked.
 *
 * Its own module, so that code which only draws links (the frame) does not pull in
 * the whole validator.
 */

/** Longest link accepted: longer is a mistake or a payload, not a source. */
export const MAX_URL = 2_000;

/**
 * `https:evil` and `https:/evil` are parsed by browsers as `https://evil/`: a link
 * that does not say where it goes is refused, so the scheme must be followed by `//`.
 * Any character a URL parser would strip or re-encode silently (controls, spaces) is
 * refused as well, so that the text an editor reads is the address a reader gets.
 */
const WRITTEN_OUT = /^https?:\/\/[^\s\p{Cc}\\]+$/iu;

/** The normalised `href` of a safe web address, or null when the text is not one. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL || !WRITTEN_OUT.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // `https://user:pass@host/` shows a trusted name before the @ and goes to the host after it.
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href.length > MAX_URL ? null : url.href;
}

/** True for a web address a graphic may link to (see safeUrl). */
export function isSafeUrl(value: string): boolean {
  return safeUrl(value) !== null;
}
