export declare const MAX_CITATIONS: number;
export declare function displayDataset<T>(full: T, maxCitations?: number): T;
export declare function displayModule<T>(
  full: T,
  maxCitations?: number,
): T & Record<'eventSources' | 'officerSources' | 'recommendationSources', unknown[]>;
