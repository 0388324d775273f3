/** Types for scripts/licences.mjs (used by vite.config.ts). */
import type { Plugin } from 'vite';
export const LICENCE_FILE: string;
export function packageDir(id: string): string | null;
export function bundledPackages(ids: readonly string[]): string[];
export function licenceNotice(dirs: readonly string[]): string;
export function bundledLicences(target: string): Plugin;
export function writeLicences(folders: Record<string, readonly string[]>): void;
