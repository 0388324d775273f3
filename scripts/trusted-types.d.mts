/** Types for scripts/trusted-types.mjs (used by vite.config.ts). */
import type { Plugin } from 'vite';
export const POLICY_NAME: string;
export function renameLitPolicy(code: string): string | null;
export function createsLitPolicy(code: string): boolean;
export function trustedTypesPolicy(): Plugin;
