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

/** What the element uses of the module once it is here. */
export type OfficerInteraction = Pick<
  typeof InteractionModule,
  'officerInteraction' | 'readoutText' | 'renderFolded' | 'officersTable'
>;

/**
 * Whether the interaction code comes after the first render (here) or is there from the
 * start (the standalone file's eager twin): the element's code for waiting for it, and for
 * its failing to load, is only for the first, and the bundler drops it from the second.
 */
export const INTERACTION_LATER = true;

/** An element's listener, which waits for the code (interactionFor). */
export interface InteractionPort extends Interaction {
  /** The graphic is drawn: the code comes now, if it is not here. Its arrival, while it is on its way. */
  drawn(): Promise<void> | null;
  /** The code on its way (the element's updateComplete waits for it), else null. */
  arriving: Promise<void> | null;
  /** The code could not load (the readout's hint says what is missing); a reader's next event tries again. */
  failed: boolean;
}

let loaded: OfficerInteraction | null = null;

/** Where the module comes from. Only tests replace `load` (a slow or failing network). */
export const interactionSource = {
  load: (): Promise<OfficerInteraction> => import('./officer-outcomes.interaction.js'),
};

/** The module if it has loaded, else null. */
export const loadedInteraction = (): OfficerInteraction | null => loaded;

export const loadInteraction: () => Promise<OfficerInteraction> = loadOnce(() =>
  interactionSource.load().then((module) => (loaded = module)),
);

/**
 * The keys a list box uses (officer-outcomes.interaction.ts): before the code has arrived, the
 * page must not scroll for them either.
 */
const LIST_KEYS = /^(Arrow(Right|Left|Down|Up)|Home|End|Enter| )$/;

/**
 * `host`'s listener, which fetches the code when the graphic is drawn. Until it is here, each
 * event is kept, with the element it was heard on, and played in order once it arrives; the
 * pointer's moves and the page's keys only point at officers, which the code does, so they
 * are not kept. If it cannot load, the console says so once per try and the graphic stays as
 * drawn.
 */
export function interactionFor(host: InteractionHost): InteractionPort {
  let code: Interaction | null = null;
  const arrive = (): Promise<void> =>
    (port.arriving ??= loadInteraction()
      .then(
        (module) => {
          port.failed = false;
          code = module.officerInteraction(host);
        },
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
    drawn: () => (code || port.failed ? null : arrive()),
    handleEvent(event, target = event.currentTarget!) {
      if (code) return code.handleEvent(event, target);
      if (event.type === 'pointermove' || target === document) return;
      if (event.type === 'keydown' && LIST_KEYS.test((event as KeyboardEvent).key)) event.preventDefault();
      void arrive().then(() => code?.handleEvent(event, target));
    },
  };
  return port;
}
