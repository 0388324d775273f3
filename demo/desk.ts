/**
 * The editor's desk (demo/desk.html): open a dataset (the bundled one, the template, a file
 * picked, dropped or pasted), see its problems in words with a link to each place, change it
 * with a guided form, preview the three graphics, download the file and copy its embed code.
 *
 * Everything runs in this page: files are read with the File API, the bundled dataset and
 * the template are part of this module, and the download is a Blob. No network request.
 * The logic is in pure modules under demo/desk/ (tested in test/desk/); this file only wires
 * them to the page.
 */
import '../src/index.js';
import bundledData from '../data/port-case.json';
import templateData from '../data/template.json';
import type { Dataset } from '../src/data/types.js';
import { EVENT_CATEGORIES, validate } from '../src/data/validate.js';
import { formatDate } from '../src/data/dates.js';
import { caseTimelineStrings } from '../src/case-timeline/case-timeline.strings.js';
import { recommendationStatusStrings } from '../src/recommendation-status/recommendation-status.strings.js';
import type { EmbedView } from '../src/embed/embed-options.js';
import { problemInWords, recommendationName, shorten, type ProblemInWords } from './desk/editor-words.js';
import { locate, locateAll, type Place } from './desk/json-locate.js';
import {
  MAX_QUOTE_WORDS,
  addEvent,
  recordReinvestigation,
  setRecommendationStatus,
  type ChangeResult,
  type CitationInput,
  type EventInput,
} from './desk/changes.js';
import { diffWords } from './desk/diff-words.js';
import { deskSnippets } from './desk/embed-code.js';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const jsonText = $<HTMLTextAreaElement>('#json-text');
const openStatus = $('#open-status');
const problemsList = $('#problems');
const problemsSummary = $('#problems-summary');
const changeForms = $('#change-forms');
const changeDisabled = $('#change-disabled');
const changeLine = $('#change-status-line');
const statusForm = $<HTMLFormElement>('#change-status');
const eventForm = $<HTMLFormElement>('#change-event');
const reinvestigationForm = $<HTMLFormElement>('#change-reinvestigation');
const previewOptions = $<HTMLFormElement>('#preview-options');
const preview = $('#preview');
const embedOptions = $<HTMLFormElement>('#embed-options');
const host = new URL('.', location.href).href;

/** The file as opened (for the diff), and the text's current state. */
let opened: { name: string; data: Dataset | null } = { name: 'port-case.json', data: null };
let current: { data: Dataset | null; parsed: unknown; places: Map<string, Place> | null } = {
  data: null,
  parsed: undefined,
  places: null,
};

// ---- opening -----------------------------------------------------------------------------------

function open(text: string, name: string): void {
  jsonText.value = text;
  const parsed = parse(text);
  const result = parsed.ok ? validate(parsed.value) : null;
  opened = { name, data: parsed.ok && result?.ok ? (structuredClone(parsed.value) as Dataset) : null };
  update();
  prefillNotes();
  const count = result ? result.problems.length : 1;
  openStatus.textContent =
    `Opened ${name}: ` +
    (count === 0 ? 'no problems.' : `${count} ${count === 1 ? 'problem' : 'problems'}, listed below.`);
}

function parse(text: string): { ok: true; value: unknown } | { ok: false; message: string; position: number | null } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    return { ok: false, message, position: at ? Number(at[1]) : null };
  }
}

async function openFile(file: File): Promise<void> {
  if (file.size > 20_000_000) {
    openStatus.textContent = `${file.name} is ${Math.round(file.size / 1e6)} MB: too large to be a dataset.`;
    return;
  }
  open(await file.text(), file.name);
}

$('#open-bundled').addEventListener('click', () => open(`${JSON.stringify(bundledData, null, 2)}\n`, 'port-case.json'));
$('#open-template').addEventListener('click', () =>
  open(`${JSON.stringify(templateData, null, 2)}\n`, 'template.json'),
);
$<HTMLInputElement>('#open-file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void openFile(file);
});
const dropZone = $('#drop-zone');
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});

// Typing or pasting: check again once the editor pauses, not on every key (the preview
// re-renders three graphics).
let pending = 0;
jsonText.addEventListener('input', () => {
  clearTimeout(pending);
  pending = window.setTimeout(update, 400);
});

// ---- the state of the text: problems, forms, preview, output -----------------------------------

function update(): void {
  const text = jsonText.value;
  const parsed = parse(text);
  let problems: ProblemInWords[] = [];
  let data: Dataset | null = null;
  let places: Map<string, Place> | null = null;
  if (!parsed.ok) {
    problems = [{ where: 'The whole file', what: `is not valid JSON (${parsed.message})`, path: '' }];
  } else {
    const result = validate(parsed.value);
    places = locateAll(text);
    if (result.ok) data = parsed.value as Dataset;
    else problems = result.problems.map((p) => problemInWords(p, parsed.value));
  }
  current = { data, parsed: parsed.ok ? parsed.value : undefined, places };
  showProblems(problems, parsed.ok ? null : parsed.position);
  showForms();
  showPreview();
  showOutput();
}

function showProblems(problems: ProblemInWords[], jsonErrorAt: number | null): void {
  problemsList.replaceChildren();
  if (jsonText.value.trim() === '') {
    problemsSummary.textContent = 'Open a dataset first.';
    return;
  }
  problemsSummary.textContent =
    problems.length === 0
      ? 'No problems: the graphics can draw this file.'
      : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix before the graphics can draw this file:`;
  for (const problem of problems) {
    const item = document.createElement('li');
    const where = document.createElement('strong');
    where.textContent = problem.where;
    item.append(where, ` ${problem.what}. `);
    const place =
      jsonErrorAt !== null
        ? { start: jsonErrorAt, end: jsonErrorAt + 1, line: jsonText.value.slice(0, jsonErrorAt).split('\n').length }
        : current.places && locate(current.places, problem.path);
    if (place) {
      const link = document.createElement('a');
      link.href = '#json-text';
      link.textContent = `Go to line ${place.line}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        jumpTo(place);
      });
      item.append(link);
    }
    const path = document.createElement('code');
    path.className = 'path';
    path.textContent = problem.path || '(file)';
    item.append(' ', path);
    problemsList.append(item);
  }
}

/** Selects the place in the text and scrolls it into view, with the caret there for the keyboard. */
function jumpTo(place: Place): void {
  jsonText.focus();
  jsonText.setSelectionRange(place.start, place.end);
  const lineHeight = parseFloat(getComputedStyle(jsonText).lineHeight) || 20;
  jsonText.scrollTop = Math.max(0, (place.line - 3) * lineHeight);
  jsonText.scrollIntoView({ block: 'center' });
}

// ---- the guided forms ------------------------------------------------------------------------------

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function fillSelect(select: HTMLSelectElement, options: (HTMLOptionElement | HTMLOptGroupElement)[]): void {
  const kept = select.value;
  select.replaceChildren(...options);
  if ([...select.options].some((o) => o.value === kept)) select.value = kept;
}

const NEW_SOURCE = '(new)';

function sourceOptions(data: Dataset): HTMLOptionElement[] {
  return [
    option('', 'Choose a source…'),
    option(NEW_SOURCE, 'A new source (fill in below)'),
    ...data.sources.map((s) =>
      option(
        s.id,
        `${s.publisher ? `${s.publisher}: ` : ''}${shorten(s.title, 70)}${s.date ? ` (${formatDate(s.date)})` : ''}`,
      ),
    ),
  ];
}

function showForms(): void {
  const data = current.data;
  changeForms.hidden = data === null;
  changeDisabled.hidden = data !== null;
  if (!data) return;
  for (const form of [statusForm, eventForm, reinvestigationForm])
    fillSelect(form.elements.namedItem('source') as HTMLSelectElement, sourceOptions(data));
  const groups = data.recommendationSets.map((set) => {
    const group = document.createElement('optgroup');
    group.label = `${set.body}: ${shorten(set.title, 60)}`;
    group.append(
      ...data.recommendations.filter((r) => r.set === set.id).map((r) => option(r.id, recommendationName(data, r))),
    );
    return group;
  });
  fillSelect(statusForm.elements.namedItem('recommendation') as HTMLSelectElement, groups);
  showCurrentStatus();
  const r = data.officers.reinvestigation;
  $('#reinvestigation-current').textContent =
    `Now: ${r.status === 'unknown' ? 'not known' : r.status}, as of ${formatDate(r.statusAsOf)}` +
    (r.outcome ? `; outcome: ${r.outcome}` : '') +
    '.';
}

/** The chosen recommendation's status now, and the choices for the new one. */
function showCurrentStatus(): void {
  const data = current.data;
  if (!data) return;
  const id = (statusForm.elements.namedItem('recommendation') as HTMLSelectElement).value;
  const dimension = new FormData(statusForm).get('dimension') as 'acceptance' | 'implementation';
  const rec = data.recommendations.find((r) => r.id === id);
  const labels: Record<string, string> = recommendationStatusStrings[dimension];
  fillSelect(statusForm.elements.namedItem('value') as HTMLSelectElement, [
    option('', 'Choose the new status…'),
    ...Object.entries(labels).map(([value, label]) => option(value, label)),
  ]);
  if (!rec) return;
  const status = rec[dimension];
  $('#status-current').textContent =
    `Now: ${labels[status.value]?.toLowerCase() ?? status.value}, ` +
    (status.asOf ? `as of ${formatDate(status.asOf)}` : 'with no “as of” date') +
    '.';
}

/**
 * The notes start as the file has them, for the editor to rewrite: when a file is opened,
 * another recommendation or status is chosen, or a change is made. Not on every check of
 * the text, which would wipe what the editor is writing.
 */
function prefillNotes(): void {
  const data = current.data;
  if (!data) return;
  const id = value(statusForm, 'recommendation');
  const dimension = value(statusForm, 'dimension') as 'acceptance' | 'implementation';
  const rec = data.recommendations.find((r) => r.id === id);
  (statusForm.elements.namedItem('note') as HTMLTextAreaElement).value = rec?.[dimension].note ?? '';
  (reinvestigationForm.elements.namedItem('note') as HTMLTextAreaElement).value =
    data.officers.reinvestigation.note ?? '';
}

statusForm.addEventListener('change', (event) => {
  const name = (event.target as HTMLInputElement).name;
  if (name === 'recommendation' || name === 'dimension') {
    showCurrentStatus();
    prefillNotes();
  }
});

// Each form gets the citation fields from the template, its ids made unique by the form's.
const template = $<HTMLTemplateElement>('#citation-fields');
for (const form of [statusForm, eventForm, reinvestigationForm]) {
  const fields = template.content.cloneNode(true) as DocumentFragment;
  form.querySelector('[data-citation]')!.replaceWith(fields);
  const select = form.elements.namedItem('source') as HTMLSelectElement;
  const fresh = form.querySelector<HTMLFieldSetElement>('.new-source')!;
  select.addEventListener('change', () => {
    fresh.hidden = fresh.disabled = select.value !== NEW_SOURCE;
  });
  const quote = form.elements.namedItem('quote') as HTMLTextAreaElement;
  const count = form.querySelector<HTMLElement>('[data-word-count]')!;
  const countWords = () => {
    const n = quote.value.trim() === '' ? 0 : quote.value.trim().split(/\s+/).length;
    count.textContent = `${n} of at most ${MAX_QUOTE_WORDS} words.`;
    count.classList.toggle('over', n > MAX_QUOTE_WORDS);
  };
  quote.addEventListener('input', countWords);
  countWords();
}
for (const [form, prefix] of [
  [statusForm, 'status'],
  [eventForm, 'event'],
  [reinvestigationForm, 'reinvestigation'],
] as const) {
  // Every control gets an id, so a refusal's link can move focus to it.
  for (const control of form.querySelectorAll<HTMLElement>('input, select, textarea')) {
    const name = control.getAttribute('name');
    if (name && !control.id && control.getAttribute('type') !== 'radio') control.id = `${prefix}-${name}`;
  }
}
fillSelect(
  eventForm.elements.namedItem('category') as HTMLSelectElement,
  [option('', 'Choose a category…')].concat(
    EVENT_CATEGORIES.map((c) => option(c, caseTimelineStrings.categories[c] ?? c)),
  ),
);

const value = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '');
const checked = (form: HTMLFormElement, name: string) => new FormData(form).get(name) !== null;

function citationOf(form: HTMLFormElement): CitationInput {
  const source = value(form, 'source');
  return {
    source: source === NEW_SOURCE ? '' : source,
    quote: value(form, 'quote'),
    ...(source === NEW_SOURCE
      ? {
          newSource: {
            kind: value(form, 'source-kind'),
            publisher: value(form, 'source-publisher'),
            title: value(form, 'source-title'),
            date: value(form, 'source-date'),
            url: value(form, 'source-url'),
          },
        }
      : {}),
  };
}

/** Shows a form's refusals (each a link to its field), or writes the change into the text. */
function apply(form: HTMLFormElement, result: ChangeResult, done: string): void {
  const errors = form.querySelector<HTMLElement>('.errors')!;
  for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  if (!result.ok) {
    errors.replaceChildren();
    const heading = document.createElement('p');
    heading.textContent = 'This change was not made:';
    const list = document.createElement('ul');
    for (const refusal of result.refusals) {
      const item = document.createElement('li');
      const field = refusal.field ? (form.elements.namedItem(refusal.field) as HTMLElement | null) : null;
      if (field instanceof HTMLElement && field.id) {
        field.setAttribute('aria-invalid', 'true');
        const link = document.createElement('a');
        link.href = `#${field.id}`;
        link.textContent = refusal.message;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          field.focus();
        });
        item.append(link);
      } else item.textContent = refusal.message;
      list.append(item);
    }
    errors.append(heading, list);
    errors.hidden = false;
    errors.focus();
    return;
  }
  errors.hidden = true;
  const before = current.data!;
  jsonText.value = `${JSON.stringify(result.dataset, null, 2)}\n`;
  update();
  prefillNotes();
  // The new citation's fields start empty again; the rest stay for a similar next change.
  for (const name of ['quote', 'source-publisher', 'source-title', 'source-date', 'source-url']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | null;
    if (field) field.value = '';
  }
  form.querySelector('textarea[name="quote"]')!.dispatchEvent(new Event('input'));
  changeLine.textContent = `${done} ${diffWords(before, result.dataset).join(' ')}`;
}

statusForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!current.data) return;
  apply(
    statusForm,
    setRecommendationStatus(current.data, {
      recommendation: value(statusForm, 'recommendation'),
      dimension: value(statusForm, 'dimension') as 'acceptance' | 'implementation',
      value: value(statusForm, 'value'),
      asOf: value(statusForm, 'asOf'),
      note: value(statusForm, 'note'),
      citation: citationOf(statusForm),
    }),
    'Changed:',
  );
});

eventForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!current.data) return;
  const input: EventInput = {
    precision: value(eventForm, 'precision') as EventInput['precision'],
    date: value(eventForm, 'date'),
    end: value(eventForm, 'end'),
    approximate: checked(eventForm, 'approximate'),
    category: value(eventForm, 'category'),
    title: value(eventForm, 'title'),
    shortTitle: value(eventForm, 'shortTitle'),
    key: checked(eventForm, 'key'),
    description: value(eventForm, 'description'),
    note: value(eventForm, 'note'),
    citation: citationOf(eventForm),
  };
  apply(eventForm, addEvent(current.data, input), 'Added:');
});

reinvestigationForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!current.data) return;
  apply(
    reinvestigationForm,
    recordReinvestigation(current.data, {
      status: value(reinvestigationForm, 'status'),
      outcome: value(reinvestigationForm, 'outcome'),
      statusAsOf: value(reinvestigationForm, 'statusAsOf'),
      note: value(reinvestigationForm, 'note'),
      citation: citationOf(reinvestigationForm),
    }),
    'Recorded:',
  );
});

// ---- the preview -------------------------------------------------------------------------------------

const VIEWS: EmbedView[] = ['case-timeline', 'officer-outcomes', 'recommendation-status'];
const previews = VIEWS.map((view) => {
  const element = document.createElement(view) as HTMLElement & { data: unknown };
  element.setAttribute('heading-level', '3');
  return element;
});
preview.append(...previews);

function showPreview(): void {
  const width = value(previewOptions, 'width');
  const theme = value(previewOptions, 'theme');
  preview.style.setProperty('--preview-width', `${width}px`);
  preview.dataset.theme = theme;
  for (const element of previews) {
    element.setAttribute('theme', theme);
    // The parsed file even when it has problems: each graphic then shows its own message.
    if (current.parsed !== undefined) element.data = current.parsed;
  }
}
previewOptions.addEventListener('change', showPreview);

// ---- output: diff, download, embed code ---------------------------------------------------------------

function showOutput(): void {
  const diff = $('#diff');
  const summary = $('#diff-summary');
  diff.replaceChildren();
  if (!opened.data || !current.data) {
    summary.textContent = !current.data
      ? 'Fix the problems above to see what changed.'
      : 'The file as opened had problems, so there is no valid version to compare with.';
  } else {
    const lines = diffWords(opened.data, current.data);
    summary.textContent =
      lines.length === 0 ? `No changes to ${opened.name} yet.` : `Changes to ${opened.name}, one per line:`;
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      diff.append(item);
    }
  }
  showSnippets();
}

$('#download').addEventListener('click', () => {
  const blob = new Blob([jsonText.value], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = opened.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
});

function showSnippets(): void {
  const view = value(embedOptions, 'view') as EmbedView;
  const dataUrl = value(embedOptions, 'data-url').trim();
  const targets = ['#snippet-inline', '#snippet-src', '#snippet-iframe'].map((id) => $(id));
  if (!current.data) {
    for (const target of targets) target.textContent = 'Fix the problems above first.';
    $('#inline-size').textContent = '';
    return;
  }
  const snippets = deskSnippets(view, current.data, host, dataUrl);
  [targets[0]!.textContent, targets[1]!.textContent, targets[2]!.textContent] = [
    snippets.inline,
    snippets.src,
    snippets.iframe,
  ];
  const kb = Math.ceil(snippets.inlineBytes / 1024);
  $('#inline-size').textContent =
    `The inline code carries ${kb} KB of data, only what this graphic draws.` +
    (kb > 100 ? ' For a page that loads fast, publish the file and use the code below.' : '');
}
embedOptions.addEventListener('input', showSnippets);
embedOptions.addEventListener('submit', (event) => event.preventDefault());

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

// The desk opens on the bundled dataset, ready for the most common job.
open(`${JSON.stringify(bundledData, null, 2)}\n`, 'port-case.json');
