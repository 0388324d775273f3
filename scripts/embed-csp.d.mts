/** Types for scripts/embed-csp.mjs (used by vite.config.ts). */
import type { Plugin } from 'vite';
export function embedSrcOrigins(value?: string): string[];
export function embedCsp(origins?: readonly string[]): string;
export function embedSecurity(env?: Record<string, string | undefined>): Plugin;
