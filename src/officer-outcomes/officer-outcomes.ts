import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { formatDate } from '../data/dates.js';
import type { OfficerGroup, OfficerInvestigation, OfficerSubsetFact, Source } from '../data/types.js';
import type { DatasetPart } from '../data/validate.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { safeDefine } from '../shared/define.js';
import { bundledOfficers, bundledOfficerSources } from '../data/display-dataset.js';
import { cssProps } from '../shared/css-props.js';
import { detached } from '../data/plain.js';
import type { DataTable } from '../shared/downloads.js';
import {
  locateUnit,
  officerOutcomesLayout,
  slot,
  unitAt,
  type BlockLayout,
  type GroupLayout,
  type OfficerOutcomesLayout,
} from './officer-outcomes.layout.js';
import { officerOutcomesStrings as t } from './officer-outcomes.strings.js';
import { officerOutcomesStyles } from './officer-outcomes.styles.js';
import { asOfNote, citedNames } from '../shared/citations.js';
import {
  citedSources,
  factText,
  isPartial,
  headlineFigures,
  quoteText,
  statusText,
  summarySentence,
  unitName,
} from './officer-outcomes.text.js';

type Sections = 'officers';

/** Widest the readout gets, px (it is narrower in a narrower chart). */
const READOUT_WIDTH = 288;

/** Detail of `pcv-officer-select`: the group of the officer a reader chose, and where the officer is. */
export interface OfficerSelectDetail {
  group: OfficerGroup;
  /** 0-based position of the officer among all officers investigated, in the order drawn. */
  index: number;
  /** 0-based position within the group. */
  indexInGroup: number;
}

/** `pcv-officer-select`, typed for `addEventListener` through the global event maps below. */
export type OfficerSelectEvent = CustomEvent<OfficerSelectDetail>;

/**
 * A unit chart of the officers investigated over the Stephen Port case: one mark
 * per officer, grouped by the IOPC's finding and what followed, with the counts
 * written beside the marks; facts about unnamed subsets ("5 of these 9 have since
 * been promoted") are drawn as brackets over the group their source names, never
 * on particular marks; and the later gross misconduct re-investigation beside it.
 *
 * Keyboard: one tab stop; Left/Right move officer by officer, Up/Down group by
 * group, Home/End to the first and last; Enter or Space selects. Each move is
 * announced in a polite live region and shown in the readout under the chart.
 *
 * @tag officer-outcomes
 * @summary Officers investigated, by finding and outcome, with the re-investigation: a unit chart.
 *
 * @fires {OfficerSelectEvent} pcv-officer-select - A reader chose an officer of the
 *   original investigation (Enter, Space, click or tap). Bubbles and is composed. Never
 *   fired for a change the page made (data, size, theme). Re-investigation marks are
 *   described but not selectable: they belong to no `OfficerGroup`.
 *
 * @csspart headline - The list of key figures.
 * @csspart stat - One key figure.
 * @csspart chart - The focusable unit chart (both steps).
 * @csspart step - One step: the original investigation, or the re-investigation.
 * @csspart block - The officers with one finding (or those re-investigated).
 * @csspart group - One group: its count, label and units.
 * @csspart count - A group's count, written as a figure.
 * @csspart units - The SVG drawing a group's units.
 * @csspart unit - One officer's mark (or all of a group's marks as one path when dense).
 * @csspart bracket - The bracket under a block that a subset fact is about.
 * @csspart fact - A subset fact, written as a count of its scope.
 * @csspart extra - A note about some members of a group, not known which.
 * @csspart status - The re-investigation's status.
 * @csspart readout - The line under the chart describing the officer pointed at or focused.
 *
 * @cssproperty --pcv-color-feedback - Management feedback (solid squares). Default: the warn colour.
 * @cssproperty --pcv-color-procedures - Unsatisfactory performance procedures (hatched squares). Default: the bad colour.
 * @cssproperty --pcv-color-no-case - No case to answer (outlined squares). Default: the unknown colour.
 * @cssproperty --pcv-color-reinvestigation - Re-investigation (circles). Default: the watchdog colour.
 */
export class OfficerOutcomes extends FigureElement<Sections> {
  static override styles = [...FigureElement.styles, officerOutcomesStyles];

  protected readonly loader = this.createDatasetController(['officers'], () => ({
    sources: bundledOfficerSources,
    officers: bundledOfficers,
  }));

  /** The focused unit, in keyboard order (original officers first), or -1. */
  @state() private active = -1;
  /** The unit under the pointer, or -1. */
  @state() private hover = -1;
  @state() private focused = false;

  private layout: OfficerOutcomesLayout | null = null;
  private sources: readonly Source[] = [];
  /** Where the readout sits under the unit it describes, px from the chart's top-left (measured in handlers). */
  @state() private readoutAt: { x: number; y: number } | null = null;
  private layoutFor: { officers: OfficerInvestigation | null; width: number } = { officers: null, width: -1 };

  protected override readonly labelKey = 'officers' as const;

  protected get defaultHeading(): string {
    return t.heading;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.loader.state;
    if (state.status !== 'ready') {
      this.layout = null;
      return;
    }
    const officers = state.data.officers;
    this.sources = state.data.sources; // for the facts' source names, read in render()
    const width = this.size.width;
    if (officers !== this.layoutFor.officers || width !== this.layoutFor.width) {
      this.layout = officerOutcomesLayout(officers, { width });
      this.layoutFor = { officers, width };
      if (this.active >= this.layout.total) this.active = this.layout.total - 1;
      if (this.hover >= this.layout.total) this.hover = -1;
    }
  }

  // ---- handlers ------------------------------------------------------------

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const layout = this.layout;
    if (!layout || layout.total === 0) return;
    const current = Math.max(0, this.active);
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = Math.min(layout.total - 1, current + 1);
        break;
      case 'ArrowLeft':
        next = Math.max(0, current - 1);
        break;
      case 'ArrowDown':
      case 'ArrowUp':
        next = this.neighbourGroup(layout, current, event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = layout.total - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(current);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo(next);
  };

  private readonly onFocus = (): void => {
    this.focused = true;
    if (this.active < 0 && this.layout && this.layout.total > 0) this.moveTo(this.hover >= 0 ? this.hover : 0);
  };

  private readonly onBlur = (): void => {
    this.focused = false;
    if (this.hover < 0) this.readoutAt = null;
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const index = this.unitFromPointer(event);
    if (index === this.hover) return;
    this.hover = index;
    this.readoutAt = index >= 0 ? this.placeReadout(index) : this.focused ? this.placeReadout(this.active) : null;
  };

  private readonly onPointerLeave = (): void => {
    this.hover = -1;
    this.readoutAt = this.focused ? this.placeReadout(this.active) : null;
  };

  /**
   * Where the readout goes for unit `index`: just under it, kept inside the chart.
   * A DOM measurement, so it is done in handlers (never in render or updated).
   */
  private placeReadout(index: number): { x: number; y: number } | null {
    const at = this.layout && index >= 0 ? locateUnit(this.layout, index) : null;
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    const drawing = at && this.renderRoot.querySelector<SVGSVGElement>(`svg[data-group="${CSS.escape(at.group.key)}"]`);
    if (!at || !chart || !drawing) return null;
    const c = chart.getBoundingClientRect();
    const d = drawing.getBoundingClientRect();
    const scale = at.group.grid.width > 0 ? d.width / at.group.grid.width : 1;
    const unit = slot(at.group.grid, at.indexInGroup);
    const width = Math.min(READOUT_WIDTH, c.width);
    const x = Math.max(0, Math.min(d.left - c.left + unit.x * scale - 8, c.width - width));
    const y = d.top - c.top + (unit.y + at.group.grid.size) * scale + 8;
    return { x: Math.round(x), y: Math.round(y) };
  }

  private readonly onClick = (event: MouseEvent): void => {
    const index = this.unitFromPointer(event);
    if (index < 0) return;
    this.hover = index;
    this.moveTo(index);
    this.readoutAt = this.placeReadout(index);
    this.select(index);
  };

  /** The same position in the next (or previous) group that has units; stays put at the ends. */
  private neighbourGroup(layout: OfficerOutcomesLayout, index: number, step: 1 | -1): number {
    const at = locateUnit(layout, index);
    if (!at) return index;
    const groups = layout.groups.filter((g) => g.count > 0);
    const next = groups[groups.indexOf(at.group) + step];
    return next ? next.first + Math.min(at.indexInGroup, next.count - 1) : index;
  }

  private moveTo(index: number): void {
    if (!this.layout || this.loader.state.status !== 'ready') return;
    // A key that moves nowhere (End at the end) says nothing again: each move is said once.
    const moved = index !== this.active;
    this.active = index;
    if (moved) this.announcer.announce(unitName(this.loader.state.data.officers, this.layout, index));
    if (this.hover < 0) this.readoutAt = this.placeReadout(index);
  }

  /** Fires pcv-officer-select for a reader's choice of an original officer; re-investigation marks have no group. */
  private select(index: number): void {
    const at = this.layout && locateUnit(this.layout, index);
    if (!at?.group.group) return;
    // A copy of its own for each listener's event: editing it cannot reach this or any other graphic.
    const detail: OfficerSelectDetail = { group: detached(at.group.group), index, indexInGroup: at.indexInGroup };
    this.dispatchEvent(new CustomEvent('pcv-officer-select', { detail, bubbles: true, composed: true }));
  }

  private unitFromPointer(event: MouseEvent): number {
    const layout = this.layout;
    const target = event.composedPath()[0];
    const drawing = target instanceof Element ? target.closest<SVGSVGElement>('svg[data-group]') : null;
    if (!layout || !drawing) return -1;
    const group = layout.groups.find((g) => g.key === drawing.dataset.group);
    if (!group) return -1;
    // The drawing may be scaled down by max-width: map client pixels back to layout pixels.
    const box = drawing.getBoundingClientRect();
    const scale = box.width > 0 ? group.grid.width / box.width : 1;
    const i = unitAt(group.grid, group.count, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
    return i < 0 ? -1 : group.first + i;
  }

  // ---- render ---------------------------------------------------------------

  protected content(data: DatasetPart<Sections>): FigureContent {
    const officers = data.officers;
    const layout = this.layout ?? officerOutcomesLayout(officers, { width: this.size.width });
    const sources = citedSources(data.sources, officers);
    const notes = [t.notes.counts];
    if (officers.reinvestigation.note) notes.push(officers.reinvestigation.note);
    const asOf = asOfNote(sources);
    if (asOf) notes.push(asOf);
    return {
      heading: t.heading,
      summary: summarySentence(officers, data.sources),
      graphic: this.renderGraphic(officers, layout),
      notes,
      sources,
      // Built only when the reader opens the table or downloads the CSV.
      table: () => officersTable(officers, data.sources),
      tableKey: officers,
    };
  }

  private renderGraphic(officers: OfficerInvestigation, layout: OfficerOutcomesLayout): TemplateResult {
    const r = officers.reinvestigation;
    const stepFacts = officers.subsetFacts.filter((f) => f.scope === 'investigated' || f.scope === null);
    const shown = this.hover >= 0 ? this.hover : this.focused ? this.active : -1;
    const readout = shown >= 0 ? unitName(officers, layout, shown) : '';
    return html`
      <ul class="headline" part="headline" role="list" aria-label=${t.headlineLabel}>
        ${headlineFigures(officers).map(
          (f) =>
            html`<li part="stat" data-key=${f.key}>
              <span class="stat-value">${f.value}</span> <span class="stat-label">${f.label}</span>
            </li>`,
        )}
      </ul>
      <svg class="defs" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="pcv-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="4" height="4"></rect>
            <line class="hatch-line" x1="1" y1="0" x2="1" y2="4"></line>
          </pattern>
        </defs>
      </svg>
      <p class="hint">${t.readoutHint}</p>
      <div
        class="chart ${layout.arrangement}"
        part="chart"
        role="group"
        tabindex="0"
        ${cssProps({ '--_gutter': `${layout.gutter}px` })}
        aria-label=${t.chartLabel(officers.investigated, r.officers, r.fromOriginal)}
        aria-activedescendant=${this.focused && this.active >= 0 ? 'active-unit' : nothing}
        @keydown=${this.onKeydown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        <section class="step original" part="step">
          <p class="step-title">
            ${t.originalStep(formatDate(officers.concluded))}
            <span class="sub">${t.officersCount(officers.investigated)}</span>
          </p>
          <div class="blocks">${layout.original.map((b) => this.renderBlock(officers, b))}</div>
          ${this.renderFacts(officers, stepFacts, '100%')}
        </section>
        <section class="step reinvestigation" part="step">
          <p class="step-title">
            ${t.reinvestigationStep(formatDate(r.decided))}
            <span class="sub">${t.reinvestigationOfficers(r.officers, formatDate(r.announced))}</span>
          </p>
          <div class="blocks">${layout.reinvestigation.groups.map((g) => this.renderGroup(officers, g))}</div>
          <p class="status" part="status">${statusText(officers)}</p>
          ${r.fromOriginal > 0 ? html`<p class="note">${t.overlapNote(r.fromOriginal, officers.investigated)}</p>` : nothing}
        </section>
        ${
          readout && this.readoutAt
            ? html`<p
                class="readout"
                part="readout"
                aria-hidden="true"
                ${cssProps({ left: `${this.readoutAt.x}px`, top: `${this.readoutAt.y}px` })}
              >
                ${readout}
              </p>`
            : nothing
        }
      </div>
    `;
  }

  private renderBlock(officers: OfficerInvestigation, block: BlockLayout): TemplateResult {
    const finding = block.key === 'reinvestigation' ? null : block.key;
    const facts = finding ? officers.subsetFacts.filter((f) => f.scope === finding) : [];
    return html`<div class="block" part="block" data-finding=${block.key}>
      <p class="block-head">
        <span class="figure">${block.count}</span>
        <span>${finding ? t.findingHeading[finding] : ''}</span>
      </p>
      ${block.groups.map((g) => this.renderGroup(officers, g))}
      ${block.groups.length === 0 ? this.renderGroup(officers, null) : nothing}
      ${this.renderFacts(officers, facts, `${block.span}px`)}
    </div>`;
  }

  /**
   * A bracket under the officers the facts are about, then each fact as a count of them:
   * those about all or none of them first, then those about some, followed by the caveat
   * that applies to them only (it would read as a caveat on "none" otherwise).
   */
  private renderFacts(officers: OfficerInvestigation, facts: OfficerSubsetFact[], span: string): TemplateResult {
    if (facts.length === 0) return html`${nothing}`;
    const sources = this.sources;
    const partial = facts.filter((f) => isPartial(officers, f));
    const whole = facts.filter((f) => !isPartial(officers, f));
    const fact = (f: OfficerSubsetFact) =>
      html`<p class="fact" part="fact" data-fact=${f.id}>
        ${factText(officers, f)}
        <span class="scope-note"
          >${[f.scopeNote, t.source(citedNames(f.citations, sources))].filter(Boolean).join(' ')}</span
        >
      </p>`;
    return html`<div class="bracket" part="bracket" aria-hidden="true" ${cssProps({ width: span })}></div>
      ${whole.map(fact)} ${partial.map(fact)} ${partial.length ? html`<p class="note">${t.notKnownWhich}</p>` : nothing}`;
  }

  /** One group: figure, label, units. `null` draws the empty slot of a finding with no group. */
  private renderGroup(officers: OfficerInvestigation, g: GroupLayout | null): TemplateResult {
    const label = !g
      ? t.zero
      : g.group
        ? g.group.label
        : g.mark === 'from-original'
          ? t.fromOriginal(officers.investigated)
          : t.notFromOriginal(officers.investigated);
    const count = g?.count ?? 0;
    const extras = g?.group?.extras.filter((x) => x.count > 0) ?? [];
    return html`<div class="group" part="group" data-group=${g?.key ?? 'none'}>
      <p class="group-head">
        <span class="count" part="count">${count}</span>
        <span class="group-label">${label}</span>
      </p>
      ${g ? this.renderUnits(officers, g) : nothing}
      ${extras.map(
        (x) =>
          html`<p class="extra" part="extra">
            <span class="extra-marker" aria-hidden="true">${t.extraMarker}</span>${t.extra(x.count, count, x.label)}
          </p>`,
      )}
    </div>`;
  }

  private renderUnits(officers: OfficerInvestigation, g: GroupLayout): TemplateResult {
    const { grid } = g;
    const s = grid.size;
    const round = g.step === 'reinvestigation';
    // Strokes are drawn inside each unit so outlined and filled marks look the same size.
    const inset = g.mark === 'no-case' || g.mark === 'procedures' || g.mark === 'new' ? 0.75 : 0;
    const mark = (x: number, y: number) =>
      round
        ? svg`<circle class="mark ${g.mark}" part="unit" cx=${x + s / 2} cy=${y + s / 2} r=${s / 2 - inset}></circle>`
        : svg`<rect class="mark ${g.mark}" part="unit" x=${x + inset} y=${y + inset} width=${s - 2 * inset} height=${s - 2 * inset}></rect>`;
    const ring = (index: number, cls: string, id?: string) => {
      if (index < g.first || index >= g.first + g.count) return nothing;
      const { x, y } = slot(grid, index - g.first);
      const pad = 3;
      return id
        ? svg`<rect id=${id} class=${cls} role="img" aria-label=${unitName(officers, this.layout!, index)}
            x=${x - pad} y=${y - pad} width=${s + 2 * pad} height=${s + 2 * pad}></rect>`
        : svg`<rect class=${cls} aria-hidden="true" x=${x - 2} y=${y - 2} width=${s + 4} height=${s + 4}></rect>`;
    };
    const marker = g.marker;
    const r = s * 0.32;
    return html`<svg
      class="units"
      part="units"
      data-group=${g.key}
      width=${grid.width}
      height=${grid.height}
      viewBox="0 0 ${grid.width} ${grid.height}"
    >
      <g aria-hidden="true">
        ${
          g.count === 0
            ? svg`<rect class="mark zero" x="0.5" y="0.5" width=${s - 1} height=${s - 1}></rect>`
            : g.path
              ? // Dense: one unit drawn once as a pattern tile, filling the group's area (unitsArea).
                svg`<pattern id=${`pcv-units-${g.first}`} patternUnits="userSpaceOnUse" width=${grid.pitch} height=${grid.pitch}>${mark(0, 0)}</pattern>
                  <path class="units-area" d=${g.path} fill=${`url(#pcv-units-${g.first})`}></path>`
              : g.units.map((u) => mark(u.x, u.y))
        }
        ${
          marker
            ? svg`<path class="marker" d="M${marker.x + s / 2},${marker.y + s / 2 - r}l${r},${r}l${-r},${r}l${-r},${-r}z"></path>`
            : nothing
        }
      </g>
      ${this.hover >= 0 && this.hover !== this.active ? ring(this.hover, 'hover') : nothing}
      ${this.focused && this.active >= 0 ? ring(this.active, 'ring', 'active-unit') : nothing}
    </svg>`;
  }
}

/** The table view and CSV: one row per group, then the subset facts and the re-investigation. */
export function officersTable(officers: OfficerInvestigation, sources: readonly Source[]): DataTable {
  const c = t.table;
  const rows: DataTable['rows'] = officers.groups.map((g) => [
    g.label,
    t.finding[g.finding],
    t.outcome[g.outcome],
    g.count,
    g.extras.map((x) => t.extra(x.count, g.count, x.label)).join('; ') || null,
    quoteText([...g.citations, ...g.extras.flatMap((x) => x.citations)], sources),
  ]);
  for (const f of officers.subsetFacts) {
    const scope =
      f.scope === null ? c.scope.unknown : f.scope === 'investigated' ? c.scope.investigated : t.finding[f.scope];
    rows.push([
      `${c.fact}: ${f.label}`,
      scope,
      null,
      f.count,
      [factText(officers, f), f.scopeNote].filter(Boolean).join(' '),
      quoteText(f.citations, sources),
    ]);
  }
  const r = officers.reinvestigation;
  rows.push(
    [
      `${c.reinvestigation}: ${c.reinvestigated}`,
      null,
      null,
      r.officers,
      c.dates(formatDate(r.decided), formatDate(r.announced)),
      quoteText(r.citations, sources),
    ],
    [
      `${c.reinvestigation}: ${t.fromOriginal(officers.investigated).toLowerCase()}`,
      null,
      null,
      r.fromOriginal,
      null,
      null,
    ],
    [
      `${c.reinvestigation}: ${t.notFromOriginal(officers.investigated).toLowerCase()}`,
      null,
      null,
      r.officers - r.fromOriginal,
      null,
      null,
    ],
    [
      `${c.reinvestigation}: ${c.status.toLowerCase()}`,
      null,
      null,
      null,
      [statusText(officers), r.note].filter(Boolean).join('. '),
      null,
    ],
  );
  return { caption: c.caption, columns: [...c.columns], rows };
}

safeDefine('officer-outcomes', OfficerOutcomes);

declare global {
  interface HTMLElementTagNameMap {
    'officer-outcomes': OfficerOutcomes;
  }
  // Bubbles and is composed: typed for listeners on elements, the document and the window.
  interface GlobalEventHandlersEventMap {
    'pcv-officer-select': OfficerSelectEvent;
  }
}
