/** Types for scripts/pipeline.mjs (used by vite.config.ts). */
import type { Plugin } from 'vite';
export declare function displayRequest(id: string): string | null | undefined;
export declare function displayExports(slice: string | null, path?: string): Record<string, unknown>;
export declare function vitePlugins(options?: {
  check?: (exports: Record<string, unknown>, slice: string | null) => void;
  oneFile?: boolean;
}): Plugin[];
export declare const testRunnerDisplayData: unknown;
export declare function wholeRecommendations(data: Record<string, unknown>, path?: string): Record<string, unknown>;
export declare function wholeEvents(data: Record<string, unknown>, path?: string): Record<string, unknown>;
export declare function wholeOfficers(data: Record<string, unknown>, path?: string): Record<string, unknown>;
