import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { formatDate } from '../data/dates.js';
import type { OfficerFinding, OfficerGroup, OfficerInvestigation, OfficerSubsetFact } from '../data/types.js';
import type { DatasetPart } from '../data/validate.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { safeDefine } from '../shared/define.js';
import { strings } from '../shared/strings.js';
import { bundledOfficers, bundledOfficerSources } from '../data/display-dataset.js';
import { wholeBundledOfficers } from '../data/officer-details.js';
import { cssProps } from '../shared/css-props.js';
import { asOfNote } from '../shared/citations.js';
import {
  locateUnit,
  officerOutcomesLayout,
  slotBox,
  slotPoint,
  type BlockLayout,
  type GroupLayout,
  type OfficerOutcomesLayout,
  type UnitMark,
} from './officer-outcomes.layout.js';
import { officerOutcomesStrings as t } from './officer-outcomes.strings.js';
import { officerOutcomesStyles } from './officer-outcomes.styles.js';
import {
  citedSources,
  factText,
  footnotes,
  noneText,
  placeFacts,
  reinvestigatedLabel,
  statusText,
  summarySentence,
  unitName,
  type UnitName,
} from './officer-outcomes.text.js';
import { INTERACTION_LATER, interactionFor } from './officer-outcomes.interaction-loader.js';
import type { Readout } from './officer-outcomes.interaction.js';
import type { Reading, Step, View } from './officer-outcomes.view.js';

type Sections = 'officers';
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

/** The officer a step's list box has as its active option, where it is drawn and what it is called. */
interface ActiveOption extends UnitName {
  index: number;
  block: BlockLayout;
  group: GroupLayout;
  box: Record<string, string>;
}

/**
 * A unit chart of the officers investigated over the Stephen Port case: one mark per
 * officer, in one labelled row when it fits (the findings side by side, each group's
 * officers together), and the later gross misconduct re-investigation beside or under
 * it. Facts about unnamed officers are drawn against the group their source names: a
 * count of some ("5 of these 9 had since been promoted") over a bracket, a count of none
 * ("Disciplined: none of the 17") as an empty track; never on particular marks.
 *
 * Keyboard: each block of marks is a list box (one tab stop per step). Left and Right
 * move officer by officer, on into the next block; Up and Down move group by group; Home
 * and End go to the step's first and last officer; Enter or Space chooses the officer;
 * Escape hides the readout. The active officer is the list box's active descendant, with
 * an id of its own, so a screen reader says each move once. The readout under the chart
 * gives the officer's source quote; it does not cover text and stays while the pointer is
 * anywhere over the step.
 *
 * @tag officer-outcomes
 * @summary Officers investigated, by finding and outcome, with the re-investigation: a unit chart.
 *
 * @fires {OfficerSelectEvent} pcv-officer-select - A reader chose an officer of the
 *   original investigation (Enter, Space, click or tap). Bubbles and is composed. Never
 *   fired for a change the page made (data, size, theme). Re-investigation marks are
 *   described but not selectable: they belong to no `OfficerGroup`. Its group carries its
 *   quotes: a choice made in the moment before the bundled quotes arrive is announced when
 *   they do (and one made before the graphic's interaction code has arrived, when it has).
 *
 * @csspart step - One step: the original investigation, or the re-investigation.
 * @csspart block - The officers with one finding (or those re-investigated): its head and its marks.
 * @csspart bracket - The bracket over a block's marks, under its count and the facts about some of them.
 * @csspart fact - A fact about some of the officers: over a bracket, or a count of none drawn as an empty track.
 * @csspart chart - A block's marks: a list box, one option per officer.
 * @csspart units - The SVG drawing a block's marks (decoration: the list box and the key say what they show).
 * @csspart unit - One officer's mark: the tile each group's area repeats.
 * @csspart key - The list under a step naming each group, with a swatch of its mark.
 * @csspart label - One group's entry in the key.
 * @csspart count - A group's count, written as a figure.
 * @csspart extra - A note about some members of a group, not known which.
 * @csspart status - The re-investigation's status.
 * @csspart readout - The line under a step with the source of the officer pointed at or focused.
 * @csspart more - The folded foot of the chart: the notes the marks ¹ ² point to, and the other facts reported.
 * @csspart footnotes - The notes the marks ¹ ² in the chart point to (inside `more`).
 *
 * @cssproperty --pcv-color-feedback - Management feedback (solid squares). Default: the muted ink.
 * @cssproperty --pcv-color-procedures - Unsatisfactory performance procedures (hatched squares). Default: the ink.
 * @cssproperty --pcv-color-no-case - No case to answer (outlined squares). Default: the rule colour.
 * @cssproperty --pcv-color-reinvestigation - Re-investigation (circles). Default: the ink.
 */
export class OfficerOutcomes extends FigureElement<Sections> {
  static override styles = [...FigureElement.styles, officerOutcomesStyles];

  // Drawn at once from the bundled officers' outline, whose quotes and notes are empty strings;
  // the words (for the readout, the folded notes, the table) arrive a moment later, in a chunk
  // of their own.
  protected readonly loader = this.createDatasetController(
    ['officers'],
    () => ({ sources: bundledOfficerSources, officers: bundledOfficers }),
    () => wholeBundledOfficers().then((officers) => ({ sources: bundledOfficerSources, officers })),
  );

  /** Where the reader is: the render reads it, the interaction code changes it (then asks for an update). */
  readonly #reading: Reading = { active: [0, 0], focusedStep: -1, hover: null, dismissed: false };
  /**
   * The listener for a reader's events, and where the code that answers them is: it comes as
   * the graphic first renders (officer-outcomes.interaction-loader.ts).
   */
  readonly #interaction = interactionFor({
    element: this,
    reading: this.#reading,
    view: () => this.view,
    loader: this.loader,
  });

  private view: View | null = null;
  #options: [ActiveOption | null, ActiveOption | null] = [null, null];
  #hoverBox: { block: BlockLayout; box: Record<string, string> } | null = null;
  #readout: { step: Step; text: Readout } | null = null;

  protected override readonly labelKey = 'officers' as const;

  protected get defaultHeading(): string {
    return t.heading;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#interaction);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#interaction);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.loader.state;
    if (state.status !== 'ready') {
      this.view = null;
      return;
    }
    const { officers, sources } = state.data;
    const width = this.size.width;
    let view = this.view;
    if (!view || view.officers !== officers || view.sources !== sources || view.width !== width) {
      const layout = officerOutcomesLayout(officers, { width });
      // What the width does not change is kept on a resize: only the layout is new.
      const same = view?.officers === officers && view.sources === sources;
      const placed = same ? view!.placed : placeFacts(officers);
      const { notes, marks } = same ? view! : footnotes(placed);
      const cited = same ? view!.cited : citedSources(sources, officers);
      const asOf = asOfNote(cited);
      const steps = [layout.original, layout.reinvestigation] as const;
      const groups = steps.map((step) => step.blocks.flatMap((b) => b.groups)) as [GroupLayout[], GroupLayout[]];
      const columns = steps.map((step) =>
        step.blocks.map((b) => `minmax(0, ${b.width}fr)`).join(` minmax(0, ${layout.blockGap}fr) `),
      ) as [string, string];
      const summary = same ? view!.summary : summarySentence(officers, sources);
      view = { officers, sources, width, layout, steps, groups, placed, notes, asOf, marks, summary, cited, columns };
      this.view = view;
      const r = this.#reading;
      r.active = r.active.map((i, s) => Math.max(0, Math.min(i, steps[s]!.total - 1))) as [number, number];
      if (r.hover && r.hover.index >= steps[r.hover.step].total) r.hover = null;
      // Drawn: the code a reader's keys and pointer need comes now, in a chunk of its own;
      // updateComplete waits for it.
      const arriving = INTERACTION_LATER && this.#interaction.drawn();
      if (arriving) this.waitFor(arriving);
    }
    // What the reader's pointer and keys point at (set by the interaction code): the list
    // boxes' active options, the ring under the pointer, and the readout.
    const { layout, steps } = view;
    const place = (step: Step, index: number): ActiveOption | null => {
      const at = locateUnit(steps[step], index);
      const name = at && unitName(officers, layout, step, index);
      return at && name
        ? {
            index,
            block: at.block,
            group: at.group,
            box: slotBox(at.block, at.slot, layout.pitch, layout.gap),
            ...name,
          }
        : null;
    };
    const { active, hover, focusedStep, dismissed } = this.#reading;
    this.#options = [place(0, active[0]), place(1, active[1])];
    const hovered = hover && place(hover.step, hover.index);
    this.#hoverBox = hovered;
    const step = hovered ? hover!.step : focusedStep === -1 || dismissed ? -1 : focusedStep;
    const shown = hovered ?? (step === -1 ? null : this.#options[step]);
    // With the officers' quotes: the bundled ones a moment after the graphic (DatasetController.whole).
    const text =
      shown && this.#interaction.readoutText?.(officers, shown, shown.group, sources, this.#whole(), this.#later());
    this.#readout = text ? { step: step as Step, text } : null;
  }

  /** The table is built by the interaction code: a press on the table or the downloads waits for it. */
  protected override tableNeeds(): Promise<unknown> | undefined {
    return INTERACTION_LATER && !this.#interaction.officersTable ? this.#interaction.load() : undefined;
  }

  /**
   * The officers with their quotes and notes: the bundled ones a moment after the graphic
   * (DatasetController.whole), a page's own at once. Null until then.
   */
  #whole(): OfficerInvestigation | null {
    return this.loader.whole?.officers ?? null;
  }

  /** What stands for a quote or a note not here yet: on its way, or not to come (it, or the code that shows it, could not load). */
  #later(): string {
    return this.loader.pending || (INTERACTION_LATER && this.#interaction.arriving)
      ? strings.detailsLoading
      : t.detailsUnavailable;
  }

  // ---- render ---------------------------------------------------------------

  protected content(data: DatasetPart<Sections>): FigureContent {
    const view = this.view!;
    return {
      heading: t.heading,
      summary: view.summary,
      graphic: this.#renderGraphic(view),
      // The sourcing notes are footnotes folded under the chart (renderMore): in the
      // frame's list they took 220 px of a phone screen. The "as of" line is the frame's own.
      notes: [],
      asOf: view.asOf ?? undefined,
      sources: view.cited,
      // Built only when the reader opens the table or downloads the CSV, by the interaction
      // code, which the frame waits for then (tableNeeds).
      table: () => this.#interaction.officersTable!((this.loader.whole ?? data).officers, data.sources),
      tableKey: data.officers,
    };
  }

  #renderGraphic(view: View): TemplateResult {
    const { officers, layout, marks } = view;
    const r = officers.reinvestigation;
    return html`${renderDefs(layout)}
      <div class="steps ${layout.oneLine ? 'one-line' : 'wrapped'}">
        ${this.#renderStep(
          0,
          t.originalStep(officers.investigated, formatDate(officers.concluded)),
          nothing,
          view.placed.none.map(
            (f) =>
              html`<p class="none" part="fact" data-fact=${f.id}>
                <span class="figure">0</span> ${noneText(officers, f)}${marks.get(f.id) ?? ''}
              </p>`,
          ),
        )}
        ${this.#renderStep(
          1,
          t.reinvestigationStep,
          html`<p class="sub">${t.reinvestigationSub(formatDate(r.decided), r.officers, formatDate(r.announced))}</p>`,
          r.note !== undefined
            ? html`<details class="status" part="status">
                <summary>${statusText(officers)}</summary>
                <p>${this.#whole()?.reinvestigation.note ?? this.#later()}</p>
              </details>`
            : html`<p class="status" part="status">${statusText(officers)}</p>`,
        )}
      </div>
      ${this.#renderMore(view)}`;
  }

  /**
   * A step: its heading (and `sub` line), its blocks, its key, `foot` (the counts of none
   * under the original investigation, the status under the re-investigation) and its readout.
   */
  #renderStep(step: Step, title: string, sub: unknown, foot: unknown): TemplateResult {
    const view = this.view!;
    const { blocks, width } = view.steps[step];
    return html`<div
      class="step"
      part="step"
      data-step=${step ? 'reinvestigation' : 'original'}
      ${cssProps({ '--_row': `${width}px` })}
      @pointerleave=${this.#interaction}
    >
      <div class="step-title" id="s${step}" role="heading" aria-level=${this.subheadingLevel}>${title}</div>
      ${sub}
      <div class="blocks" ${cssProps({ '--_cols': view.columns[step] })}>
        ${blocks.map((block, i) =>
          // Each finding's block has a head; the re-investigation's one block is named by the step.
          step === 0
            ? this.#renderBlock(
                0,
                block,
                i,
                t.findingHeading[block.key as OfficerFinding],
                view.placed.over.get(block.key as OfficerFinding) ?? [],
              )
            : this.#renderBlock(1, block, i, null, []),
        )}
      </div>
      ${this.#renderKey(step)} ${foot} ${this.#renderReadout(step)}
    </div>`;
  }

  /**
   * A block: its count and finding over a bracket, its marks as a list box, and under them the
   * facts about some of its officers, each under a bracket as wide as the block.
   */
  #renderBlock(
    step: Step,
    block: BlockLayout,
    i: number,
    title: string | null,
    facts: OfficerSubsetFact[],
  ): TemplateResult {
    const view = this.view!;
    const option = this.#options[step];
    const here = option?.block === block ? option : null;
    const hover = this.#hoverBox?.block === block ? this.#hoverBox : null;
    const { pitch, gap, unit } = view.layout;
    return html`<div
      class="block"
      part="block"
      data-block=${block.key}
      ${cssProps({ '--_w': `${block.width}px`, '--_x': `${block.x}px`, '--_col': `${2 * i + 1}`, '--_under': `${3 + i}` })}
    >
      ${
        title === null
          ? nothing
          : html`<div class="head">
              <p class="block-title" id=${`h${step}-${i}`}><span class="figure">${block.count}</span> ${title}</p>
              <div class="bracket" part="bracket"></div>
            </div>`
      }
      <div
        class="plot"
        part="chart"
        role="listbox"
        id=${`lb${step}-${i}`}
        aria-orientation="horizontal"
        aria-labelledby=${title === null ? `s${step}` : `h${step}-${i}`}
        aria-activedescendant=${here ? `o${step}-${here.index}` : nothing}
        tabindex=${here || (!option && i === 0) ? 0 : -1}
        data-step=${step}
        data-block=${i}
        @keydown=${this.#interaction}
        @focus=${this.#interaction}
        @blur=${this.#interaction}
        @pointermove=${this.#interaction}
        @click=${this.#interaction}
      >
        <svg
          class="units"
          part="units"
          aria-hidden="true"
          focusable="false"
          width=${block.width}
          height=${block.height}
          viewBox="0 0 ${block.width} ${block.height}"
        >
          ${block.groups.map((g) => (g.count > 0 ? svg`<path class="area" d=${g.area} fill="url(#pcv-${g.mark})"></path>` : emptySlot(block, g.slot, pitch, gap, unit)))}
          ${block.groups.length === 0 ? emptySlot(block, 0, pitch, gap, unit) : nothing}
        </svg>
        ${block.groups.map((g) =>
          g.count > 0
            ? html`<div role="group" aria-labelledby=${`k${step}-${view.groups[step].indexOf(g)}`}>
                ${
                  here && here.index >= g.first && here.index < g.first + g.count
                    ? html`<div
                        class="option"
                        role="option"
                        id=${`o${step}-${here.index}`}
                        aria-label=${here.name}
                        aria-posinset=${here.position}
                        aria-setsize=${here.of}
                        ${cssProps(here.box)}
                      ></div>`
                    : nothing
                }
              </div>`
            : nothing,
        )}
        ${hover ? html`<div class="hover" aria-hidden="true" ${cssProps(hover.box)}></div>` : nothing}
      </div>
      ${
        facts.length
          ? html`<div class="under">
              <div class="bracket" part="bracket"></div>
              ${facts.map(
                (f) =>
                  html`<p class="fact" part="fact" data-fact=${f.id}>
                    ${factText(view.officers, f)}${view.marks.get(f.id) ?? ''}
                  </p>`,
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  /** The key under a step: each group's swatch, count and label, with its notes; the list boxes' groups are named by these. */
  #renderKey(step: Step): TemplateResult {
    const { officers, groups } = this.view!;
    return html`<ul class="key" part="key" role="list">
      ${groups[step].map((g, i) => {
        const label = g.group
          ? t.outcome[g.group.outcome]
          : reinvestigatedLabel(officers, g.mark) +
            (g.mark === 'from-original' && g.count > 0 && g.count < officers.investigated ? t.notKnownWhich : '');
        const extras = g.group?.extras.filter((x) => x.count > 0) ?? [];
        return html`<li id=${`k${step}-${i}`} part="label" data-group=${g.key}>
          ${swatch(g.count > 0 ? g.mark : null, this.view!.layout.unit)}<span class="count" part="count"
            >${g.count}</span
          >
          ${label}
          ${extras.map(
            (x) =>
              html`<span class="extra" part="extra"
                ><span class="extra-mark" aria-hidden="true">${t.extraMarker}</span>
                ${t.extra(x.count, g.count, x.label)}</span
              >`,
          )}
        </li>`;
      })}
    </ul>`;
  }

  /**
   * The readout: under the original investigation it is always there (the hint until a mark
   * is pointed at or focused), so showing it moves nothing; under the re-investigation it
   * appears only for its own marks. Hidden from screen readers, which hear the option's name.
   */
  #renderReadout(step: Step): TemplateResult | typeof nothing {
    const shown = this.#readout?.step === step ? this.#readout.text : null;
    if (!shown && step === 1) return nothing;
    return html`<p class="readout" part="readout" aria-hidden="true">
      ${shown ? html`<strong>${shown.readout}.</strong> ${shown.quote}` : INTERACTION_LATER && this.#interaction.failed ? t.detailsUnavailable : t.hint}
    </p>`;
  }

  /**
   * The foot of the chart, folded: the notes its marks ¹ ² point to (they qualify what is
   * drawn, so they are not printed under each fact), then the facts not drawn, each with its
   * source and its note.
   */
  #renderMore(view: View): TemplateResult | typeof nothing {
    const { notes } = view;
    const { more } = view.placed;
    if (notes.length === 0 && more.length === 0) return nothing;
    const fold = this.#interaction.renderFolded;
    return html`<details class="more" part="more" @click=${this.unfold}>
      <summary>${t.more}</summary>
      ${!this.unfolded ? nothing : this.#whole() && fold ? fold(this.#whole()!, view.sources) : html`<p>${this.#later()}</p>`}
    </details>`;
  }
}

const MARKS: readonly UnitMark[] = ['feedback', 'procedures', 'no-case', 'from-original', 'new'];

/** One unit of each look, as the tile of a pattern that fills each group's area; and the hatch. */
function renderDefs(layout: OfficerOutcomesLayout): TemplateResult {
  const { unit: s, pitch } = layout;
  return html`<svg class="defs" aria-hidden="true" focusable="false">
    <defs>
      <pattern id="pcv-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="4" height="4"></rect>
        <line class="hatch-line" x1="1" y1="0" x2="1" y2="4"></line>
      </pattern>
      ${MARKS.map((mark) => {
        // Strokes are drawn inside each unit so outlined and filled marks look the same size.
        const inset = mark === 'feedback' || mark === 'from-original' ? 0 : 0.75;
        const tile =
          mark === 'from-original' || mark === 'new'
            ? svg`<circle class="mark ${mark}" part="unit" cx=${s / 2} cy=${s / 2} r=${s / 2 - inset}></circle>`
            : svg`<rect class="mark ${mark}" part="unit" x=${inset} y=${inset} width=${s - 2 * inset} height=${s - 2 * inset}></rect>`;
        return svg`<pattern id="pcv-${mark}" patternUnits="userSpaceOnUse" width=${pitch} height=${pitch}>${tile}</pattern>`;
      })}
    </defs>
  </svg>`;
}

/** A group of none keeps one dashed slot, so its label has somewhere to point. */
function emptySlot(block: BlockLayout, slot: number, pitch: number, gap: number, unit: number) {
  const { x, y } = slotPoint(block, slot, pitch, gap);
  return svg`<rect class="mark zero" x=${x + 0.5} y=${y + 0.5} width=${unit - 1} height=${unit - 1}></rect>`;
}

/** A key's swatch: one unit drawn with its group's pattern (a dashed square for a group of none). */
function swatch(mark: UnitMark | null, unit: number): TemplateResult {
  return html`<svg class="swatch" aria-hidden="true" focusable="false" viewBox="0 0 ${unit} ${unit}">
    ${
      mark
        ? svg`<rect width=${unit} height=${unit} fill="url(#pcv-${mark})"></rect>`
        : svg`<rect class="mark zero" x="0.5" y="0.5" width=${unit - 1} height=${unit - 1}></rect>`
    }
  </svg>`;
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
