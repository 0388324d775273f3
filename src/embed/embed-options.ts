/**
 * The iframe embed page's contract: which element (`view`) and which of its options
 * may come from the query string. Only listed attributes pass, each as text, so a
 * crafted URL cannot set anything else on the element or the page.
 */
export const EMBED_VIEWS = {
  'case-timeline': [
    'categories',
    'from',
    'to',
    'highlight',
    'layout',
    'no-filter',
    'heading',
    'heading-level',
    'theme',
    'src',
  ],
  'officer-outcomes': ['heading', 'heading-level', 'theme', 'src'],
  'recommendation-status': ['heading', 'heading-level', 'theme', 'src'],
} as const satisfies Record<string, readonly string[]>;

export type EmbedView = keyof typeof EMBED_VIEWS;

export interface EmbedRequest {
  view: EmbedView;
  attributes: [string, string][];
  /** Pym.js child id, when the parent uses Pym. */
  pymId: string | null;
}

/** Reads `?view=…&…` into a request, or returns a message naming what is wrong. */
export function parseEmbedQuery(search: string): EmbedRequest | { error: string } {
  const params = new URLSearchParams(search);
  const view = params.get('view') ?? '';
  if (!(view in EMBED_VIEWS)) {
    return { error: `Unknown view "${view.slice(0, 40)}": use one of ${Object.keys(EMBED_VIEWS).join(', ')}.` };
  }
  const allowed: readonly string[] = EMBED_VIEWS[view as EmbedView];
  const attributes: [string, string][] = [];
  for (const [name, value] of params) {
    if (allowed.includes(name)) attributes.push([name, value.slice(0, 500)]);
  }
  return { view: view as EmbedView, attributes, pymId: params.get('childId') };
}

/** The height messages a parent page may listen for: AMP's embed-size and Pym.js's. */
export function heightMessages(height: number, pymId: string | null): unknown[] {
  const messages: unknown[] = [{ sentinel: 'amp', type: 'embed-size', height }];
  if (pymId !== null) messages.push(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`);
  return messages;
}
