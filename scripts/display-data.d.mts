/** Types for scripts/display-data.mjs. */
export declare const MAX_CITATIONS: number;
export declare const SOURCE_FIELDS: string[];
export declare const SLICES: Record<'events' | 'officers' | 'recommendations', string[]>;
export declare const SLICE_FIELDS: Partial<Record<'events' | 'officers' | 'recommendations', string[]>>;
export declare const EDITOR_FIELDS: string[];
export declare function displayDataset<T>(full: T, maxCitations?: number): T;
export declare function displaySlice(
  full: unknown,
  slice?: string | null,
  maxCitations?: number,
): Record<string, unknown>;
export declare const EVENT_DETAIL_FIELDS: string[];
export declare const DETAIL_SLICES: Record<string, 'events' | 'officers' | 'recommendations'>;
export declare const RECOMMENDATION_DETAIL_FIELDS: string[];
export declare function objectsIn(value: unknown, found?: object[]): object[];
export declare function splitFields<T>(
  value: T,
  fields: string[],
  placeholder?: string,
): { outline: T; details: [number, Record<string, unknown>][] };
export declare const OFFICER_DETAIL_FIELDS: string[];
export declare function joinFields<T>(outline: T, details: unknown): T;
