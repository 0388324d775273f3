/**
 * The form every element draws from: data as plain, frozen values. Objects have no
 * prototype, so a page whose `Object.prototype` was polluted (`Object.prototype.note =
 * …`) cannot make a missing field appear; nothing is shared mutably with the page or
 * between elements. validate() builds this form field by field as it checks; the
 * bundled data, proven valid at build time, is only copied into it.
 */

/** A record with no prototype: reads of fields it does not have give undefined, whatever the page did to Object.prototype. */
export function bareRecord(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** A deep, frozen copy of JSON-shaped data (the bundled dataset), objects without prototype. */
export function frozenPlain<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map(copy));
  if (typeof value !== 'object' || value === null) return value;
  const out = bareRecord();
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return Object.freeze(out);
}

/**
 * A fresh, ordinary, mutable copy of part of the data for a page's event listener: what a
 * listener does with it cannot reach the graphic or any other element on the page.
 */
export function detached<T>(value: T): T {
  return structuredClone(value);
}
