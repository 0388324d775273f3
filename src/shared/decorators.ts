/**
 * Lit's `@property()` and `@state()`, for the decorators this project compiles: TypeScript's
 * experimental ones (`experimentalDecorators` in tsconfig.json), on class fields. Each does
 * what Lit's own does there (`createProperty` with the options; `state` is a property with
 * no attribute); Lit's module also carries the standard (TC39) decorators' path and its
 * metadata, which nothing here uses: 0.4 KB gzip on every page (issue #16).
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

export const property =
  (options?: PropertyDeclaration) =>
  (proto: ReactiveElement, name: PropertyKey): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Internal reactive state: re-renders when it changes, with no attribute. */
export const state = (options?: Pick<PropertyDeclaration, 'hasChanged'>) =>
  property({ ...options, state: true, attribute: false });
