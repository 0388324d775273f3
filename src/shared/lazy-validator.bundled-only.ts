/**
 * lazy-validator.ts for `port-case-viz.standalone.js`, the one-file build that draws the
 * bundled data only (vite.config.ts, eagerInOneFile): the page-data reader (reading a page's
 * own data, the `src` download, the validator) is about 5 KB gzip of a one-file CMS page's
 * 75 KB budget (issue #16), and such a page embeds the bundled graphics. Its reader here
 * draws the bundled data when the page gives none, and otherwise says which file reads a
 * page's own data: an error state in the graphic and one console error, as for any input it
 * cannot use. `port-case-viz.standalone-own-data.js` is the one-file build with the reader.
 */
import type * as Lazy from './lazy-validator.js';
import type { DatasetController } from './dataset-controller.js';
import type { DatasetSection } from '../data/types.js';
import { dataBlock, givesOwnData } from './data-block.js';

export type Validator = Lazy.Validator;

const OWN_DATA =
  'port-case-viz.standalone.js draws the bundled data only. For data of the page’s own (the data property, a JSON block inside the element, or src), include port-case-viz.standalone-own-data.js instead, or the graphic’s own file.';

class BundledOnlyReader<S extends DatasetSection> {
  /** The data block last seen among the element's children: only its coming or going matters. */
  private block: HTMLScriptElement | null = null;

  constructor(private readonly controller: DatasetController<S>) {}

  read(request: number): void {
    const { controller } = this;
    this.block = dataBlock(controller.host);
    if (!givesOwnData(controller.host)) return controller.drawBundled(request);
    controller.state = { status: 'error', problems: [{ path: '(data)', message: OWN_DATA }] };
    console.error(`port-case-viz <${controller.host.localName}>: ${OWN_DATA}`);
  }

  childrenChanged(): void {
    if (dataBlock(this.controller.host) === this.block) return;
    this.controller.resolve();
    this.controller.host.requestUpdate();
  }

  connected(): void {}
  disconnected(): void {}
}

const reader = { PageDataReader: BundledOnlyReader } as unknown as Validator;

export const pageDataSource: typeof Lazy.pageDataSource = { load: () => Promise.resolve(reader) };

export const loadedValidator: typeof Lazy.loadedValidator = () => reader;

export const loadValidator: typeof Lazy.loadValidator = () => Promise.resolve(reader);
