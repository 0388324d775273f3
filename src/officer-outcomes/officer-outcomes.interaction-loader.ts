/**
 * The officers' interaction code (officer-outcomes.interaction.ts: the keys, the pointer, the
 * choice event, the readout, the folded notes and the table), loaded by import() as the graphic
 * first renders: in the script-tag build a chunk of its own, outside what a page downloads
 * before the graphic renders (issue #16). Once per page, shared by every <officer-outcomes>; a
 * failure is not kept, so the next call tries again. In the standalone file, the eager twin
 * beside this one, where the code is there from the start.
 */
import type * as InteractionModule from './officer-outcomes.interaction.js';
import type { Interaction, InteractionHost } from './officer-outcomes.interaction.js';
import { loadOnce } from '../data/load-once.js';
import { strings } from '../shared/strings.js';

/**
 * Whether the interaction code comes after the first render (here) or is there from the
 * start (the standalone file's eager twin): the element's code for waiting for it, and for
 * its failing to load, is only for the first, and the bundler drops it from the second.
 */
export const INTERACTION_LATER = true;

/**
 * An element's interaction code, or what stands for it until it arrives: a listener that keeps
 * a reader's events for it. When it arrives its own members replace these (handleEvent, and
 * the functions the element shows the readout, the folded notes and the table with).
 */
export interface InteractionPort extends Partial<Interaction> {
  handleEvent(event: Event, target?: EventTarget): void;
  /** The graphic is drawn: the code comes now, if it is not here. Its arrival, while it is on its way. */
  drawn(): Promise<void> | null;
  /** Loads the code now, if it is not here; rejects if it cannot (a press that needs it reports that). */
  load(): Promise<unknown>;
  /** The code on its way (the element's updateComplete waits for it), else null. */
  arriving: Promise<void> | null;
  /** The code could not load (the readout's hint says what is missing); a reader's next event tries again. */
  failed: boolean;
}

/** Where the module comes from. Only tests replace `load` (a slow or failing network). */
export const interactionSource = {
  load: (): Promise<typeof InteractionModule> => import('./officer-outcomes.interaction.js'),
};

const loadInteraction = loadOnce(() => interactionSource.load());

/**
 * The keys a list box uses (officer-outcomes.interaction.ts): before the code has arrived, the
 * page must not scroll for them either.
 */
const LIST_KEYS = /^(Arrow(Right|Left|Down|Up)|Home|End|Enter| )$/;

/**
 * `host`'s interaction code, which it fetches when the graphic is drawn. Until it is here, each
 * event is kept, with the element it was heard on, and played in order once it arrives. Not
 * the pointer's moves, nor Escape pressed elsewhere on the page: they only move or close the
 * ring and readout under the pointer, which nothing can have opened yet. If it cannot load, the
 * console says so once per try and the graphic stays as drawn.
 */
export function interactionFor(host: InteractionHost): InteractionPort {
  const arrive = (): Promise<void> =>
    (port.arriving ??= port
      .load()
      .then(
        () => void (port.failed = false),
        (error: unknown) => {
          port.failed = true;
          console.error(`port-case-viz <${host.element.localName}>: ${strings.errorDetails(String(error))}`);
        },
      )
      .finally(() => {
        port.arriving = null;
        host.element.requestUpdate();
      }));
  const port: InteractionPort = {
    arriving: null,
    failed: false,
    load: () => loadInteraction().then((module) => Object.assign(port, module.officerInteraction(host))),
    drawn: () => (port.officersTable || port.failed ? null : arrive()),
    handleEvent(event, target = event.currentTarget!) {
      if (event.type === 'pointermove' || target === document) return;
      if (event.type === 'keydown' && LIST_KEYS.test((event as KeyboardEvent).key)) event.preventDefault();
      // Once it has arrived, port.handleEvent is the code's own.
      void arrive().then(() => port.failed || port.handleEvent(event, target));
    },
  };
  return port;
}
