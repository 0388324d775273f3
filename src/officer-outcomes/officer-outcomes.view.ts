/**
 * What <officer-outcomes> has drawn (View) and where the reader is in it (Reading): types the
 * element and its interaction code (officer-outcomes.interaction.ts) share. Kept out of the
 * element's module, whose declarations are the package's public types: these are internal.
 */
import type { OfficerInvestigation, Source } from '../data/types.js';
import type { GroupLayout, OfficerOutcomesLayout, StepLayout } from './officer-outcomes.layout.js';
import type { PlacedFacts } from './officer-outcomes.text.js';

/** 0: the original investigation; 1: the re-investigation. */
export type Step = 0 | 1;

/**
 * Where the reader is in the graphic: read by the render, changed by the interaction code
 * (officer-outcomes.interaction.ts), which then asks for an update.
 */
export interface Reading {
  /** Each step's active officer (its list box's active option), in keyboard order. */
  active: [number, number];
  /** The step whose list box has focus, or -1. */
  focusedStep: Step | -1;
  /** The officer under the pointer. */
  hover: { step: Step; index: number } | null;
  /** Escape hid the readout of the focused officer; the next move shows it again. */
  dismissed: boolean;
}

/** Everything drawn that follows from the data and the width, computed in willUpdate. */
export interface View {
  officers: OfficerInvestigation;
  sources: readonly Source[];
  width: number;
  layout: OfficerOutcomesLayout;
  /** The original investigation and the re-investigation, by Step. */
  steps: readonly [StepLayout, StepLayout];
  /** Each step's groups in the order of its key (whose items name the list boxes' groups). */
  groups: readonly [GroupLayout[], GroupLayout[]];
  placed: PlacedFacts;
  /** The footnotes (folded under the chart), and the mark each fact carries, by fact id. */
  notes: string[];
  /** The frame's "Data as of …" line. */
  asOf: string | null;
  marks: Map<string, string>;
  summary: string;
  cited: Source[];
  /** Each step's grid columns when on one line: its blocks and the gaps between them, in proportion. */
  columns: [string, string];
}
