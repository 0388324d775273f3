export declare const MAX_CITATIONS: number;
export declare function displayDataset<T>(full: T, maxCitations?: number): T;
