/**
 * A problem validate() found, and how it is printed. In a module of their own so that code
 * which reports problems (the elements' error state, a failed download) does not bring in
 * the validator, which loads only when a page supplies its own data
 * (src/shared/lazy-validator.ts). validate.ts re-exports both.
 */
export interface Problem {
  path: string;
  message: string;
}

/** One line per problem, for a console or a terminal. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
