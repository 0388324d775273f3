/**
 * The iframe embed page's contract: which element (`view`) and which of its options
 * may come from the query string. The page runs under the publisher's own address, so
 * whoever writes a link to it must not be able to put words or numbers there that the
 * publisher did not: only listed options pass, each only in the form it takes (a year,
 * an event id, a theme…), as text attributes; none of them is free text shown to readers;
 * `src` is taken only from the page's own origin or from an origin the publisher allowed
 * when building (see README, "What `src` accepts").
 */
/** What every element's frame takes (FigureElement). */
const FRAME_OPTIONS = [
  'heading',
  'dek',
  'heading-level',
  'hide-title',
  'show-summary',
  'hide-summary',
  'theme',
  'src',
] as const;

export const EMBED_VIEWS = {
  'case-timeline': ['categories', 'from', 'to', 'highlight', 'layout', 'no-filter', ...FRAME_OPTIONS],
  'officer-outcomes': FRAME_OPTIONS,
  'recommendation-status': FRAME_OPTIONS,
} as const satisfies Record<string, readonly string[]>;

export type EmbedView = keyof typeof EMBED_VIEWS;

/**
 * Options an embed code may set on the element but the iframe page does not take from its
 * query string: `heading` and `dek` are words shown as the graphic's title and standfirst,
 * and a link to the publisher's page with `heading=Officers cleared of all wrongdoing`
 * would show them under the publisher's address. A story page writes its own heading
 * and standfirst around the iframe.
 */
export const NOT_FROM_IFRAME_QUERY: readonly string[] = ['heading', 'dek'];

/**
 * The views by name, in a Map: a plain object would answer `constructor`, `__proto__`
 * or `toString` from its prototype (and the page would throw and post no height).
 */
const VIEWS = new Map<string, readonly string[]>(Object.entries(EMBED_VIEWS));

/** The form each query option must have; anything else is left out. Names are the attributes'. */
const ID = '[A-Za-z0-9][\\w.:-]{0,119}';
const FORMS = new Map<string, RegExp>([
  ['categories', /^[a-z-]{1,30}(\s*,\s*[a-z-]{1,30}){0,20}$/],
  ['from', /^\d{4}(-\d{2}(-\d{2})?)?$/],
  ['to', /^\d{4}(-\d{2}(-\d{2})?)?$/],
  ['highlight', new RegExp(`^${ID}(\\s*,\\s*${ID}){0,50}$`)],
  ['layout', /^(auto|horizontal|vertical)$/],
  ['no-filter', /^$|^no-filter$|^true$/],
  ['hide-title', /^$|^hide-title$|^true$/],
  ['show-summary', /^$|^show-summary$|^true$/],
  ['hide-summary', /^$|^hide-summary$|^true$/],
  ['heading-level', /^[1-6]$/],
  ['theme', /^(light|dark|auto)$/],
]);

/**
 * A Pym.js child id goes into a message Pym parses by splitting on `xPYMx`: letters,
 * digits, `-` and `_` only, and never that separator.
 */
const PYM_ID = /^(?!.*xPYMx)[A-Za-z0-9_-]{1,64}$/;

export interface EmbedRequest {
  view: EmbedView;
  attributes: [string, string][];
  /** Pym.js child id, when the parent uses Pym and the id is well formed. */
  pymId: string | null;
}

export interface EmbedContext {
  /** The embed page's own URL (`location.href`): its origin is always allowed for `src`. */
  page: string;
  /** Other origins `src` may name, set by the publisher at build time (`https://data.example.org`). */
  srcOrigins?: readonly string[];
}

/** Reads `?view=…&…` into a request, or returns a message naming what is wrong. */
export function parseEmbedQuery(search: string, context?: EmbedContext): EmbedRequest | { error: string } {
  const params = new URLSearchParams(search);
  const view = params.get('view') ?? '';
  const allowed = VIEWS.get(view);
  if (!allowed) {
    return { error: `Unknown view "${view.slice(0, 40)}": use one of ${[...VIEWS.keys()].join(', ')}.` };
  }
  const attributes: [string, string][] = [];
  for (const [name, value] of params) {
    if (!allowed.includes(name) || NOT_FROM_IFRAME_QUERY.includes(name)) continue;
    if (attributes.some(([seen]) => seen === name)) continue; // the first of a repeated option
    if (name === 'src') {
      const src = allowedSrc(value, context);
      if (src === null) return { error: srcRefused(context) };
      attributes.push([name, src]);
    } else if (FORMS.get(name)?.test(value)) {
      attributes.push([name, value]);
    }
  }
  const pymId = params.get('childId');
  return { view: view as EmbedView, attributes, pymId: pymId !== null && PYM_ID.test(pymId) ? pymId : null };
}

/** The data URL, resolved, when it is on the page's origin or an allowed one; otherwise null. */
function allowedSrc(value: string, context: EmbedContext | undefined): string | null {
  if (!context) return null;
  let url: URL;
  try {
    url = new URL(value, context.page);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const own = new URL(context.page).origin;
  return url.origin === own || (context.srcOrigins ?? []).includes(url.origin) ? url.href : null;
}

function srcRefused(context: EmbedContext | undefined): string {
  const origins = context ? [new URL(context.page).origin, ...(context.srcOrigins ?? [])] : [];
  return origins.length
    ? `This page draws data only from ${origins.join(' or ')}; the src given is elsewhere.`
    : 'This page draws data from no other address.';
}

/**
 * The origins the publisher allowed at build time, as the build wrote them into the page
 * (`<meta name="pcv-src-origins">`, beside the page's Content-Security-Policy, whose
 * `connect-src` names the same origins). Only well-formed http(s) origins count.
 */
export function srcOriginsOf(content: string | null | undefined): string[] {
  return (content ?? '').split(/[\s,]+/).filter((origin) => {
    try {
      const url = new URL(origin);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
    } catch {
      return false;
    }
  });
}

/** The height messages a parent page may listen for: AMP's embed-size and Pym.js's. */
export function heightMessages(height: number, pymId: string | null): unknown[] {
  const messages: unknown[] = [{ sentinel: 'amp', type: 'embed-size', height }];
  if (pymId !== null && PYM_ID.test(pymId)) messages.push(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`);
  return messages;
}
