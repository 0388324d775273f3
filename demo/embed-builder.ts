/**
 * The demo's embed panel: pick a graphic and its options, see it live, copy the code
 * for each way in. Options are drawn from the embed contract (src/embed/embed-options.ts).
 */
import { EMBED_VIEWS, type EmbedView } from '../src/embed/embed-options.js';
import { embedSnippets } from '../src/embed/snippets.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const preview = document.querySelector<HTMLElement>('#builder-preview')!;
const host = new URL('.', location.href).href;
const previewPage = document.querySelector<HTMLElement>('#preview-page')!;

/**
 * The page each theme is previewed on, and what the panel says of it: the page the theme is
 * for, whatever this demo's own scheme (a light graphic with no background of its own is
 * black on black on a dark page).
 */
const PREVIEW_PAGES: Record<string, { page: 'light' | 'dark' | 'auto'; words: string }> = {
  '': {
    page: 'light',
    words:
      'Shown on a light page. This theme has no background of its own and dark text: it needs a light page. ' +
      'For a dark page, choose Dark.',
  },
  light: {
    page: 'light',
    words: 'Shown on a light page. The graphic paints its own white background, so it reads on a dark page too.',
  },
  dark: {
    page: 'dark',
    words: 'Shown on a dark page. The graphic paints its own dark background, so it reads on a light page too.',
  },
  auto: {
    page: 'auto',
    words:
      'Shown on this page, which follows your system’s light or dark setting; so does the graphic. ' +
      'Use it on a page that does the same.',
  },
};

function options(): { view: EmbedView; attributes: [string, string][] } {
  const data = new FormData(form);
  const view = data.get('view') as EmbedView;
  const attributes: [string, string][] = [];
  for (const name of EMBED_VIEWS[view]) {
    const field = form.elements.namedItem(name);
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) continue;
    if (field.closest('fieldset')?.disabled) continue;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      if (field.checked) attributes.push([name, '']);
    } else if (field.value.trim() !== '') {
      attributes.push([name, field.value.trim()]);
    }
  }
  return { view, attributes };
}

function update(): void {
  const { view, attributes } = options();
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-view]')) {
    fieldset.disabled = fieldset.dataset.view !== view;
    fieldset.hidden = fieldset.disabled;
  }
  const theme = attributes.find(([name]) => name === 'theme')?.[1] ?? '';
  const { page, words } = PREVIEW_PAGES[theme] ?? PREVIEW_PAGES['']!;
  preview.dataset.page = page;
  previewPage.textContent = words;
  const element = document.createElement(view);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // The editor's view: a data problem is listed by field path here, not only in the console.
  element.setAttribute('show-problems', '');
  // At once, not when near the viewport or idle: the panel stays invisible until its preview
  // has rendered (below), so a lazy preview would keep it blank, also on paper.
  element.setAttribute('loading', 'eager');
  preview.replaceChildren(element);
  const snippets = embedSnippets(view, attributes, host);
  document.querySelector('#snippet-script')!.textContent = snippets.scriptTag;
  document.querySelector('#snippet-single')!.textContent = snippets.singleFile;
  document.querySelector('#snippet-iframe')!.textContent = snippets.iframe;
  document.querySelector('#snippet-npm')!.textContent = snippets.npm;
}

form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy!)!.textContent ?? '';
    const status = button.nextElementSibling as HTMLElement;
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Select the code and copy it with your keyboard.';
    }
  });
}

update();
// Show the panel once its preview has rendered (and re-laid out to its width), so that
// filling it in moves nothing on the page.
await (preview.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
form.closest('section')!.removeAttribute('data-pending');
