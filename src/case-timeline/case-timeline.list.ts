/**
 * The phone's markup: the outline of highlights (deaths with their failures folded under
 * them, gap markers on a visible spine), or every event as a list (windowed when long).
 * Each event is a button read with pauses between date, title and category. Templates only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PageWindow } from '../shared/pager.js';
import type { PhoneOutline } from './case-timeline.phone.js';
import type { TimelineItem } from './case-timeline.selection.js';
import { caseTimelineStrings as s, eventDateText, type TimelineWords } from './case-timeline.strings.js';

export interface ListState {
  rovingId: string | null;
  openId: string | null;
  expanded: ReadonlySet<string>;
  detail: (item: TimelineItem) => TemplateResult | typeof nothing;
  onToggleGroup: (deathId: string) => void;
  /** The category names: the data's or the built-in ones (timelineWords()). */
  words: TimelineWords;
}

/** One event's button; the hidden full stops make a screen reader pause between its parts. */
export function eventButton(item: TimelineItem, state: ListState): TemplateResult {
  const open = state.openId === item.id;
  return html`<button
    type="button"
    class="event cat-${item.category}${item.key ? ' key' : ''}"
    part="event"
    data-event=${item.id}
    tabindex=${item.id === state.rovingId ? 0 : -1}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? 'list-detail' : nothing}
  >
    <span class="when"
      >${item.number !== null ? html`<span class="num" aria-hidden="true">${item.number}</span>` : nothing}${eventDateText(
        item.event,
      )}</span
    ><span class="visually-hidden">. </span> <span class="what">${item.event.title}</span
    ><span class="visually-hidden">. </span>
    <span class="cat"
      >${item.number === null ? state.words.one[item.category] : state.words.failureNumber(item.number)}${
        item.highlighted ? html`, ${s.highlighted}` : nothing
      }</span
    >
  </button>`;
}

export function renderOutline(outline: PhoneOutline, state: ListState): TemplateResult {
  return html`<ol class="outline" part="list" aria-label=${s.highlights} aria-describedby="key-hint">
    ${outline.rows.map((row) => {
      if (row.kind === 'gap') return html`<li class="gap" part="gap">${s.gap(row.months)}</li>`;
      if (row.kind === 'event')
        return html`<li class="row cat-${row.item.category}" part="list-item">
          <span class="dot" aria-hidden="true"></span>${eventButton(row.item, state)} ${state.detail(row.item)}
        </li>`;
      const open = state.expanded.has(row.death.id);
      const name = row.death.event.victim?.name ?? row.death.label;
      return html`<li class="group" part="list-item">
        <button
          type="button"
          class="group-toggle"
          part="group"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${() => state.onToggleGroup(row.death.id)}
        >
          <span class="chevron" aria-hidden="true"></span>${state.words.afterDeath(name, row.items.length)}
        </button>
        ${
          open
            ? html`<ol class="group-items">
                ${row.items.map((item) => html`<li class="row cat-${item.category}">${eventButton(item, state)} ${state.detail(item)}</li>`)}
              </ol>`
            : nothing
        }
      </li>`;
    })}
  </ol>`;
}

/** Every event, by year; a long list shows the window `range` with page buttons either side. */
export function renderFullList(
  items: readonly TimelineItem[],
  range: PageWindow,
  paged: boolean,
  state: ListState,
  onPage: (at: number) => void,
  page: number,
): TemplateResult {
  const total = items.length;
  const { start, end } = range;
  const shown = end - start < total ? items.slice(start, end) : items;
  return html`${
      start > 0
        ? html`<p class="pager" part="pager">
            <button type="button" part="more" @click=${() => onPage(Math.max(0, start - page))}>
              ${s.showPrevious(Math.min(page, start))}
            </button>
          </p>`
        : nothing
    }
    <ol
      class="list${shown.length > 200 ? ' long' : ''}"
      part="list"
      aria-label=${paged ? s.listRange(start + 1, end, total) : s.events}
      aria-describedby="key-hint"
    >
      ${shown.map(
        (item, i) =>
          html`<li class="row cat-${item.category}${item.newYear ? ' new-year' : ''}" part="list-item">
            ${
              // A page that starts part-way through a year names it too.
              item.newYear || (i === 0 && start > 0)
                ? html`<span class="year" aria-hidden="true">${item.year}</span>`
                : nothing
            }
            <span class="dot" aria-hidden="true"></span>${eventButton(item, state)} ${state.detail(item)}
          </li>`,
      )}
    </ol>
    ${
      paged
        ? html`<p class="pager" part="pager">
            ${s.listRange(start + 1, end, total)}.
            ${
              end < total
                ? html`<button type="button" part="more" @click=${() => onPage(end)}>
                    ${s.showNext(Math.min(page, total - end))}
                  </button>`
                : nothing
            }
          </p>`
        : nothing
    }`;
}
