/**
 * What <officer-outcomes> needs only once a reader acts on it: moving through the officers
 * with the keys and the pointer, choosing one (`pcv-officer-select`), the readout, the folded
 * notes and the other facts, and the table, with the words they show
 * (officer-outcomes.interaction-strings.ts). Not part of what a page downloads before the graphic renders
 * (issue #16): in the script-tag build it is a chunk of its own, fetched as the graphic first
 * renders (officer-outcomes.interaction-loader.ts), which plays a reader's events that came
 * before it once it is here.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { formatDate } from '../data/dates.js';
import { detached } from '../data/plain.js';
import type { Citation, OfficerInvestigation, Source } from '../data/types.js';
import { citedNames, saidByText, sourceName } from '../shared/citations.js';
import type { DatasetController } from '../shared/dataset-controller.js';
import type { DataTable } from '../shared/downloads.js';
import { locateUnit, type BlockLayout, type GroupLayout } from './officer-outcomes.layout.js';
import type { OfficerSelectDetail } from './officer-outcomes.js';
import type { Reading, Step, View } from './officer-outcomes.view.js';
import { officerOutcomesStrings as t } from './officer-outcomes.strings.js';
import { officerInteractionStrings as w } from './officer-outcomes.interaction-strings.js';
import {
  factText,
  footnotes,
  placeFacts,
  reinvestigatedLabel,
  statusText,
  type UnitName,
} from './officer-outcomes.text.js';

/** What the element gives its interaction code: itself, where the reader is, what is drawn, and its data. */
export interface InteractionHost {
  element: ReactiveElement;
  /** Changed here; the element is asked to update after each change. */
  reading: Reading;
  view(): View | null;
  loader: DatasetController<'officers'>;
}

/**
 * One element's interaction code: its listener for a reader's events (keydown, focus, blur,
 * pointermove and click on a list box, pointerleave on a step, keydown on the document for
 * Escape), and what the element shows after them.
 */
export interface Interaction extends EventListenerObject {
  /** `target`: the element the listener was on (the currentTarget, which an event played later has lost). */
  handleEvent(event: Event, target?: EventTarget): void;
  readoutText: typeof readoutText;
  renderFolded: typeof renderFolded;
  officersTable: typeof officersTable;
}

/** `host`'s interaction code. */
export function officerInteraction(host: InteractionHost): Interaction {
  const { element, reading } = host;
  const change = (to: Partial<Reading>) => {
    Object.assign(reading, to);
    element.requestUpdate();
  };

  /** Makes officer `index` the step's active option. */
  const setActive = (step: Step, index: number) =>
    change({ active: step === 0 ? [index, reading.active[1]] : [reading.active[0], index] });

  /** Makes officer `index` the step's active option; focus follows it into another block's list box. */
  const moveTo = async (view: View, step: Step, index: number) => {
    const { steps } = view;
    const from = locateUnit(steps[step], reading.active[step])?.block;
    setActive(step, index);
    change({ dismissed: false });
    const to = locateUnit(steps[step], index)?.block;
    if (to && to !== from && reading.focusedStep === step) {
      await element.updateComplete;
      element.renderRoot.querySelector<HTMLElement>(`#lb${step}-${steps[step].blocks.indexOf(to)}`)?.focus();
    }
  };

  /** Fires pcv-officer-select for a reader's choice of an original officer; re-investigation marks have no group. */
  const select = (view: View, step: Step, index: number) => {
    const at = step === 0 ? locateUnit(view.steps[0], index) : null;
    if (!at?.group.group) return;
    // With its quotes: a choice made while the bundled officers' quotes are still on their way
    // is announced when they arrive (a moment later), never with the first part's empty
    // strings; only if they cannot load does it carry the group without them. A copy of its
    // own for each listener's event: editing it cannot reach this or any other graphic.
    const { id } = at.group.group;
    const announce = () => {
      const group = host.loader.whole?.officers.groups.find((g) => g.id === id) ?? at.group.group!;
      const detail: OfficerSelectDetail = { group: detached(group), index, indexInGroup: at.indexInGroup };
      element.dispatchEvent(new CustomEvent('pcv-officer-select', { detail, bubbles: true, composed: true }));
    };
    const { pending } = host.loader;
    if (!host.loader.whole && pending) void pending.then(announce);
    else announce();
  };

  /** The officer under the pointer, mapping client pixels back to the block's (the drawing may be scaled down). */
  const hit = (view: View, step: Step, block: BlockLayout, box: HTMLElement, event: MouseEvent) => {
    const drawing = box.querySelector('svg');
    if (!drawing) return null;
    const rect = drawing.getBoundingClientRect();
    const scale = rect.width > 0 ? block.width / rect.width : 1;
    const index = unitAt(
      block,
      view.layout.pitch,
      (event.clientX - rect.left) * scale,
      (event.clientY - rect.top) * scale,
    );
    return index < 0 ? null : { step, index };
  };

  const handleEvent = (event: Event, target: EventTarget = event.currentTarget!) => {
    // Escape hides a readout the pointer opened, wherever the focus is (WCAG 1.4.13).
    if (target === document) {
      if ((event as KeyboardEvent).key === 'Escape' && reading.hover) change({ hover: null });
      return;
    }
    // Leaving the step (marks, key and readout together): the readout can be pointed at without closing.
    if (event.type === 'pointerleave') return change({ hover: null });
    // A list box: its step and block.
    const view = host.view();
    const box = target as HTMLElement;
    const step = Number(box.dataset.step) as Step;
    const block = view?.steps[step]?.blocks[Number(box.dataset.block)];
    if (!view || !block) return;
    const total = view.steps[step].total;
    const current = reading.active[step];
    switch (event.type) {
      case 'keydown': {
        // The keys here are the loader's LIST_KEYS, which it keeps from scrolling the page before this arrives.
        let next: number;
        switch ((event as KeyboardEvent).key) {
          case 'ArrowRight':
            next = Math.min(total - 1, current + 1);
            break;
          case 'ArrowLeft':
            next = Math.max(0, current - 1);
            break;
          case 'ArrowDown':
          case 'ArrowUp':
            next = neighbourGroup(view, step, current, (event as KeyboardEvent).key === 'ArrowDown' ? 1 : -1);
            break;
          case 'Home':
            next = 0;
            break;
          case 'End':
            next = total - 1;
            break;
          case 'Enter':
          case ' ':
            event.preventDefault();
            return select(view, step, current);
          case 'Escape':
            return change({ dismissed: true, hover: null });
          default:
            return;
        }
        event.preventDefault();
        if (total > 0) void moveTo(view, step, next);
        return;
      }
      case 'focus': {
        change({ focusedStep: step });
        // Focused by a click on a block that is not the active one: its first officer becomes active.
        const active = locateUnit(view.steps[step], current);
        if (active && active.block !== block && block.count > 0)
          setActive(step, block.groups.find((g) => g.count > 0)!.first);
        return;
      }
      case 'blur':
        return change({ focusedStep: -1, dismissed: false });
      case 'pointermove': {
        const at = hit(view, step, block, box, event as MouseEvent);
        // Over a gap the last officer stays: moving along a row never flickers.
        if (at && (at.step !== reading.hover?.step || at.index !== reading.hover.index)) change({ hover: at });
        return;
      }
      case 'click': {
        const at = hit(view, step, block, box, event as MouseEvent);
        if (!at) return;
        void moveTo(view, at.step, at.index);
        select(view, at.step, at.index);
      }
    }
  };
  return { handleEvent, readoutText, renderFolded, officersTable };
}

/**
 * The officer under a point of a block's drawing (in its pixels), as a step index; -1 over
 * nothing. The space after a unit counts as that unit, so moving along a line never
 * falls between two. (Layout maths, here because only the pointer needs it.)
 */
export function unitAt(block: BlockLayout, pitch: number, x: number, y: number): number {
  if (x < 0 || y < 0 || x > block.width || y > block.height) return -1;
  const col = Math.min(block.cols - 1, Math.floor(x / pitch));
  const slot = Math.floor(y / pitch) * block.cols + col;
  const group = block.groups.find((g) => slot >= g.slot && slot < g.slot + g.count);
  return group ? group.first + slot - group.slot : -1;
}

/** The same position in the next (or previous) group that has officers; stays put at the ends. */
function neighbourGroup(view: View, step: Step, index: number, direction: 1 | -1): number {
  const groups = view.groups[step].filter((g) => g.count > 0);
  const at = locateUnit(view.steps[step], index);
  const next = at && groups[groups.indexOf(at.group) + direction];
  return next ? next.first + Math.min(at.indexInGroup, next.count - 1) : index;
}

/** What the readout says of one officer. */
export interface Readout {
  /** "Officer 3 of 17: performance failings, management feedback". */
  readout: string;
  /** The quote that supports the officer's group, and where it is from. */
  quote: string;
}

/**
 * The readout of an officer: `unit`, its name and place in its step (unitName), and `group`,
 * its group as drawn. The quote is read from `quoted`, the officers with their quotes: the
 * bundled officers are drawn before their quotes arrive (src/data/officer-details.ts), and
 * until then the quote is `quoteLater`.
 */
export function readoutText(
  officers: OfficerInvestigation,
  unit: UnitName,
  group: GroupLayout,
  sources: readonly Source[],
  quoted: OfficerInvestigation | null = officers,
  quoteLater = '',
): Readout {
  const data = group.group;
  const holder = data ? quoted?.groups.find((g) => g.id === data.id) : quoted?.reinvestigation;
  const citation = holder?.citations[0];
  return {
    readout: `${w.readoutPlace(unit.position, unit.of, !data)}: ${
      data ? `${t.finding[data.finding]}, ${t.outcome[data.outcome]}` : reinvestigatedLabel(officers, group.mark)
    }`,
    quote: !quoted ? quoteLater : citation ? quoteText([citation], sources) : '',
  };
}

/** "“quote” — who said it (Publisher)" for the table's quote column and the readout. */
export function quoteText(citations: readonly Citation[], sources: readonly Source[]): string {
  return citations
    .filter((c) => c.quote) // none, in the bundled officers whose details could not load
    .map((c) => {
      const source = sources.find((s) => s.id === c.source);
      const name = source ? sourceName(source) : c.source;
      return `“${c.quote}”${c.saidBy ? ` ${saidByText(c)}` : ''} (${name})`;
    })
    .join(' ');
}

/** The folded foot's content, from the officers whole: the notes, and the facts with theirs. */
export function renderFolded(officers: OfficerInvestigation, sources: readonly Source[]): TemplateResult {
  const placed = placeFacts(officers);
  const { notes } = footnotes(placed);
  const { more } = placed;
  return html`${
    notes.length
      ? html`<ul class="footnotes" part="footnotes">
          ${notes.map((note) => html`<li>${note}</li>`)}
        </ul>`
      : nothing
  }
  ${
    more.length
      ? html`<p class="also">${w.alsoReported(officers.investigated)}</p>
          <ul>
            ${more.map((f) => {
              const names = citedNames(f.citations, sources);
              // The source closes the fact's own sentence; the note after it is the data's.
              const text = factText(officers, f);
              return html`<li data-fact=${f.id}>
                ${names.length ? `${text.replace(/\.$/, '')} (${names.join('; ')}).` : text}
                ${f.scopeNote ? html`<span class="note">${f.scopeNote}</span>` : nothing}
              </li>`;
            })}
          </ul>`
      : nothing
  }`;
}

/** The table view and CSV: one row per group, then the subset facts and the re-investigation. */
export function officersTable(officers: OfficerInvestigation, sources: readonly Source[]): DataTable {
  const c = w.table;
  const rows: DataTable['rows'] = officers.groups.map((g) => [
    g.label,
    t.finding[g.finding],
    t.outcome[g.outcome],
    g.count,
    g.extras.map((x) => t.extra(x.count, g.count, x.label)).join(' ') || null,
    quoteText([...g.citations, ...g.extras.flatMap((x) => x.citations)], sources),
  ]);
  for (const f of officers.subsetFacts) {
    const scope =
      f.scope === null ? c.scope.unknown : f.scope === 'investigated' ? c.scope.investigated : t.finding[f.scope];
    rows.push([
      `${f.label.charAt(0).toUpperCase()}${f.label.slice(1)}`,
      scope,
      null,
      f.count,
      [factText(officers, f), f.scopeNote].filter(Boolean).join(' '),
      quoteText(f.citations, sources),
    ]);
  }
  const r = officers.reinvestigation;
  /** A row of the re-investigation's: no finding or outcome. */
  const step = (label: string, count: number | null, notes: string | null, quote: string | null = null) => [
    `${c.reinvestigation}: ${label}`,
    null,
    null,
    count,
    notes,
    quote,
  ];
  rows.push(
    step(
      c.reinvestigated,
      r.officers,
      c.dates(formatDate(r.decided), formatDate(r.announced)),
      quoteText(r.citations, sources),
    ),
    step(reinvestigatedLabel(officers, 'from-original'), r.fromOriginal, null),
    step(reinvestigatedLabel(officers, 'new'), r.officers - r.fromOriginal, null),
    step(c.status.toLowerCase(), null, [statusText(officers), r.note].filter(Boolean).join('. ')),
  );
  return { caption: c.caption, columns: [...c.columns], rows };
}
