/**
 * The open event's detail: what happened, the victim, the note and every source with its
 * quote. One template for both layouts: the element places it next to the mark on a wide
 * screen and in place in the list on a phone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../data/dates.js';
import type { EventCategory, Source, TimelineEvent } from '../data/types.js';
import { saidByText } from '../shared/citations.js';
import { cssProps } from '../shared/css-props.js';
import { sourceLink } from '../shared/frame.js';
import { strings } from '../shared/strings.js';
import { CATEGORY_FILLED, shapePath } from './case-timeline.layout.js';
import type { TimelineItem } from './case-timeline.selection.js';
import {
  caseTimelineStrings as s,
  eventDateText,
  spanLengthText,
  type TimelineWords,
} from './case-timeline.strings.js';

const ICON_PATHS = new Map<EventCategory, string>();

/** The category's shape as a small inline icon; decorative, the category's name is always beside it. */
export function icon(category: EventCategory): TemplateResult {
  let d = ICON_PATHS.get(category);
  if (!d) ICON_PATHS.set(category, (d = shapePath(category, 70)));
  return html`<svg
    class="icon cat-${category}"
    width="14"
    height="14"
    viewBox="-7 -7 14 14"
    aria-hidden="true"
    focusable="false"
  >
    <path class=${CATEGORY_FILLED[category] ? 'fill' : 'open'} d=${d}></path>
  </svg>`;
}

export interface DetailOptions {
  level: number;
  sources: Map<string, Source>;
  onClose: () => void;
  /** The category names: the data's or the built-in ones (timelineWords()). */
  words: TimelineWords;
  /** Where a wide layout places the panel (px from the chart's top left); none in a list. */
  at?: { left: number; top: number };
  /**
   * The event whole, with its description, note and quotes; or, for the bundled data, that
   * they are still loading (they arrive a moment after the graphic: DatasetController.whole)
   * or could not be loaded.
   */
  details: TimelineEvent | 'loading' | 'unavailable';
  /** The panel's id, which its event's aria-controls names (default `detail`). */
  id?: string;
}

export function renderDetail(item: TimelineItem, o: DetailOptions): TemplateResult {
  const e = item.event;
  const length = item.span ? spanLengthText(e) : '';
  return html`<div
    id=${o.id ?? 'detail'}
    class="detail${o.at ? ' beside' : ''}"
    part="detail"
    role="region"
    aria-label=${s.detailLabel(e.title)}
    ${cssProps(o.at ? { left: `${o.at.left}px`, top: `${o.at.top}px` } : {})}
  >
    <p class="detail-meta">
      ${icon(item.category)}
      <span>${item.number === null ? o.words.one[item.category] : o.words.failureNumber(item.number)}</span> ·
      <span>${eventDateText(e)}${length ? ` (${length})` : ''}</span>
    </p>
    <div class="detail-title" role="heading" aria-level=${o.level}>${e.title}</div>
    ${
      typeof o.details === 'object'
        ? renderDetailText(o.details, o)
        : html`<p class="detail-wait">
            ${o.details === 'loading' ? strings.detailsLoading : strings.detailsUnavailable}
          </p>`
    }
    <button type="button" class="close" part="close" @click=${o.onClose}>${s.close}</button>
  </div>`;
}

/** What happened, the victim, the note and every source with its quote. */
function renderDetailText(e: TimelineEvent, o: DetailOptions): TemplateResult {
  return html`<p>${e.description}</p>
    ${
      // The victim's details, unless the description already names him (it usually says it all).
      e.victim && !e.description.includes(e.victim.name)
        ? html`<p>${s.victim(e.victim.name, e.victim.age, e.victim.place)}</p>`
        : nothing
    }
    ${e.note ? html`<p class="note"><strong>${s.note}:</strong> ${e.note}</p>` : nothing}
    <div class="detail-sources-title" role="heading" aria-level=${Math.min(6, o.level + 1)}>${s.sourcesHeading}</div>
    <ul class="detail-sources">
      ${e.citations.map((c) => {
        const source = o.sources.get(c.source);
        return html`<li>
          ${source ? sourceLink(source) : s.missingSource(c.source)}${source?.date ? `, ${formatDate(source.date)}` : ''}
          <blockquote part="quote"><span class="visually-hidden">${s.quote}: </span>“${c.quote}”</blockquote>
          ${c.saidBy ? html`<p class="said-by">${saidByText(c)}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
}
