// The iframe page's Content-Security-Policy, written into dist/demo/embed.html at build
// time. The page runs under the publisher's address, so it may fetch data (`src`) only
// from its own origin, or from origins the publisher names when building:
//
//   PCV_EMBED_SRC_ORIGINS="https://data.example.org https://cdn.example.org" npm run build
//
// Both the page's code (src/embed/embed.ts reads <meta name="pcv-src-origins">) and the
// browser (connect-src) enforce the list. The policy also requires Trusted Types, with
// the one policy the bundled Lit creates (scripts/trusted-types.mjs). Added only to the
// built page: the dev server's Lit is not rewritten, and its client needs its own script.
import { POLICY_NAME } from './trusted-types.mjs';

/** The origins in `value` (spaces or commas between), each checked to be a bare http(s) origin. */
export function embedSrcOrigins(value = '') {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((origin) => {
      let url;
      try {
        url = new URL(origin);
      } catch {
        url = null;
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin)
        throw new Error(
          `PCV_EMBED_SRC_ORIGINS: "${origin}" is not an origin (write it as https://host or https://host:port, with no path)`,
        );
      return origin;
    });
}

/** The policy: own files only, data from the allowed origins, no plugins, no base or form tricks, Trusted Types. */
export function embedCsp(origins = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...origins].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${POLICY_NAME}`,
  ].join('; ');
}

/** The Vite plugin: the two meta tags, first in embed.html's head. */
export function embedSecurity(env = process.env) {
  const origins = embedSrcOrigins(env.PCV_EMBED_SRC_ORIGINS);
  return {
    name: 'pcv-embed-csp',
    apply: 'build',
    transformIndexHtml(html, context) {
      if (!/(^|[\\/])embed\.html$/.test(context.filename)) return html;
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: embedCsp(origins) },
          injectTo: 'head-prepend',
        },
        { tag: 'meta', attrs: { name: 'pcv-src-origins', content: origins.join(' ') }, injectTo: 'head-prepend' },
      ];
    },
  };
}
