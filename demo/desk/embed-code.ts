/**
 * Embed code for a dataset the desk changed: a script tag with the data inline, a script tag
 * with `src` pointing at where the editor will publish the file, and an iframe. Pure.
 */
import type { Dataset, DatasetSection } from '../../src/data/types.js';
import type { EmbedView } from '../../src/embed/embed-options.js';
import { embedSnippets } from '../../src/embed/snippets.js';

/** The sections each element draws (as its data controller validates them), with `sources`. */
export const VIEW_SECTIONS: Record<EmbedView, readonly DatasetSection[]> = {
  'case-timeline': ['events'],
  'officer-outcomes': ['officers'],
  'recommendation-status': ['recommendationSets', 'recommendations'],
};

/** What one element needs of a dataset: its sections and only the sources they cite. */
export function viewData(dataset: Dataset, view: EmbedView): Partial<Dataset> {
  const sections = VIEW_SECTIONS[view];
  const part: Partial<Dataset> = {};
  for (const section of sections) (part as Record<string, unknown>)[section] = dataset[section];
  const cited = new Set<string>();
  JSON.stringify(part, (key, value) => {
    if (key === 'source' && typeof value === 'string') cited.add(value);
    return value;
  });
  return { sources: dataset.sources.filter((s) => cited.has(s.id)), ...part };
}

/**
 * JSON safe inside a `<script type="application/json">`: every `<` written as `\u003c`, so
 * no text in the data (a quote holding "</script>") can close the tag. JSON.parse reads it back
 * unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface DeskSnippets {
  /** The element with its data inline: nothing else to publish. */
  inline: string;
  /** The element reading the published file. */
  src: string;
  iframe: string;
  /** Bytes of the inline data, so the desk can say when a file would be better. */
  inlineBytes: number;
}

/**
 * `host` is where the library's files are published (as the demo's embed panel has it);
 * `dataUrl` where the editor will publish the downloaded JSON file.
 */
export function deskSnippets(view: EmbedView, dataset: Dataset, host: string, dataUrl: string): DeskSnippets {
  const json = scriptSafeJson(viewData(dataset, view));
  const withSrc = embedSnippets(view, [['src', dataUrl]], host);
  const scriptLine = withSrc.scriptTag.split('\n')[0]!;
  const fallback = withSrc.scriptTag.split('\n').slice(-2, -1)[0]!;
  return {
    inline: `${scriptLine}
<${view}>
  <script type="application/json">${json}</script>
${fallback}
</${view}>`,
    src: withSrc.scriptTag,
    iframe: withSrc.iframe,
    inlineBytes: new TextEncoder().encode(json).length,
  };
}
