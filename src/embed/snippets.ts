/**
 * Embed codes for each way in, as the demo's embed panel shows them. Values are
 * HTML-escaped, so whatever an editor types into an option cannot break the snippet.
 *
 * Every URL names a file the build emits in the folder that is published: the built demo
 * (dist/demo/) holds the script-tag files of dist/cdn/ beside embed.html and
 * embed-parent.js, and `npm start` serves the same names. test/e2e/embed-snippets.test.mjs
 * pastes each code into a page of another origin.
 */
import { EMBED_VIEWS, NOT_FROM_IFRAME_QUERY, type EmbedView } from './embed-options.js';

export interface EmbedSnippets {
  /** The graphic's own module: it and the chunks it imports, nothing for the other graphics. */
  scriptTag: string;
  /** The standalone file, for a CMS that can host only one file. */
  singleFile: string;
  iframe: string;
  npm: string;
}

const TITLES: Record<EmbedView, string> = {
  'case-timeline': 'Timeline of the Stephen Port case',
  'officer-outcomes': 'What happened to the officers investigated',
  'recommendation-status': 'Recommendations and concerns after the Stephen Port murders',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `attributes` are the element's options ([name, value]; '' for a boolean attribute that is
 * on). Only options the view accepts are kept. `host` is where the files are published.
 */
export function embedSnippets(view: EmbedView, attributes: [string, string][], host: string): EmbedSnippets {
  const allowed: readonly string[] = EMBED_VIEWS[view];
  const kept = attributes.filter(([name]) => allowed.includes(name));
  const attrs = kept.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const base = host.replace(/\/+$/, '');
  // The iframe page takes no free text from its address (embed-options.ts): a title is the story page's to write.
  const query = new URLSearchParams([
    ['view', view],
    ...kept.filter(([name]) => !NOT_FROM_IFRAME_QUERY.includes(name)),
  ]).toString();
  const title = escapeHtml(TITLES[view]);
  const element = `<${view}${attrs}>
  <p>${title}. <a href="${escapeHtml(base)}/">Sources and data</a></p>
</${view}>`;
  return {
    scriptTag: `<script type="module" src="${escapeHtml(base)}/${view}.js"></script>
${element}`,
    singleFile: `<script type="module" src="${escapeHtml(base)}/port-case-viz.standalone.js"></script>
${element}`,
    iframe: `<iframe src="${escapeHtml(base)}/embed.html?${escapeHtml(query)}" title="${title}"
  style="width: 100%; border: 0; height: 40rem" loading="lazy"></iframe>
<script src="${escapeHtml(base)}/embed-parent.js"></script>`,
    npm: `// npm install port-case-viz
import 'port-case-viz/${view}';

// then, in your markup or JSX:
// <${view}${attrs}></${view}>`,
  };
}
