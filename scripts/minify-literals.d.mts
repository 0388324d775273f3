/** Types for scripts/minify-literals.mjs (used by vite.config.ts). */
export function minifyCss(text: string): string;
export function minifyHtml(text: string): string;
export function minifyLiterals(code: string, filename?: string): string | null;
