// Lit creates a Trusted Types policy named `lit-html` when its module loads, and does not
// guard the call. In a bundle that carries its own copy of Lit (the script-tag file, the
// iframe page) that breaks at load, and no element is defined, on a page that
//  - already uses Lit (a second `lit-html` policy) with a `trusted-types` directive
//    that does not say 'allow-duplicates', or
//  - allows only other policy names (`trusted-types default`, say).
// Lit has no option for the name, so the build rewrites that one call in the copy of Lit
// it bundles: the policy gets the library's own name, and a page that refuses it gets no
// exception (Lit then hands its template strings to the page's default policy, if any).
// The npm build leaves Lit as an import: there the page's own Lit, and its policy, are used.

/** The Trusted Types policy name the bundled Lit uses: a page's CSP allows it with `trusted-types port-case-viz`. */
export const POLICY_NAME = 'port-case-viz';

/** Lit's call, minified (`s.createPolicy("lit-html",`) or as written (`trustedTypes.createPolicy('lit-html',`). */
const LIT_POLICY_CALL = /([\w$.]+)\.createPolicy\(\s*(["'])lit-html\2\s*,/g;

/**
 * Helper prepended to lit-html's module, standing in for its policy. The policy is created
 * the first time Lit renders, not when the module loads: a copy of the bundle that renders
 * nothing (the second of two script tags, whose elements are already defined) then asks
 * for no policy, so a page without 'allow-duplicates' sees no duplicate. If the page
 * refuses the name, Lit gets its strings back as they are, for the page's default policy.
 */
const HELPER = `const __pcvCreatePolicy = (tt, options) => {
  let policy;
  return {
    createHTML(html) {
      if (policy === undefined) {
        try {
          policy = tt.createPolicy(${JSON.stringify(POLICY_NAME)}, options);
        } catch {
          policy = null;
        }
      }
      return policy ? policy.createHTML(html) : html;
    },
  };
};
`;

/**
 * Rewrites lit-html's policy creation in `code` (lit-html's module). Returns null when
 * the code creates no `lit-html` policy; throws when it creates more than one, so that a
 * Lit release that changes this is noticed at build time rather than on a newsroom's page.
 */
export function renameLitPolicy(code) {
  let calls = 0;
  const rewritten = code.replace(LIT_POLICY_CALL, (_, trustedTypes) => {
    calls++;
    return `__pcvCreatePolicy(${trustedTypes}, `;
  });
  if (calls === 0) return null;
  if (calls > 1) throw new Error(`expected one lit-html Trusted Types policy, found ${calls}`);
  return HELPER + rewritten;
}

/** True when built code still creates a policy named `lit-html`. */
export function createsLitPolicy(code) {
  return new RegExp(LIT_POLICY_CALL.source).test(code);
}

/** The Vite plugin: rewrites lit-html's module, and fails the build if any chunk still creates `lit-html`. */
export function trustedTypesPolicy() {
  return {
    name: 'pcv-trusted-types-policy',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id.split('?')[0])) return null;
      const rewritten = renameLitPolicy(code);
      if (rewritten === null)
        this.error(`${id}: Lit's Trusted Types policy was not found; update scripts/trusted-types.mjs`);
      return { code: rewritten, map: null };
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && createsLitPolicy(chunk.code))
          this.error(`${chunk.fileName} still creates a Trusted Types policy named lit-html`);
      }
    },
  };
}
