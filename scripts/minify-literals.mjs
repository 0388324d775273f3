/**
 * Minifies the static text of Lit's css``, html`` and svg`` templates at build time.
 *
 * Why: the templates are written for people, indented and commented; in the shipped files
 * that whitespace and those comments were about 3 KB of the script-tag bundle's 40 KB gzip
 * budget. Only text the browser ignores is removed, so what renders is the same:
 * - CSS: comments go, whitespace runs become one space, and the spaces around `{ } ; ,`
 *   and after `:` go (never inside quoted strings or custom property values);
 * - HTML and SVG: authored `<!-- comments -->` go, and every run of whitespace that holds a
 *   line break becomes one space (HTML renders both the same), except in a template that
 *   holds a <pre> or a <textarea>, left as written (no template here uses them, nor
 *   `white-space: pre`). Runs without a line break are left as written.
 * Interpolations (`${…}`) are never touched: each static part is minified on its own.
 * Templates are found with a real parser (rolldown's, as Vite 8 uses), not a regular
 * expression, so a template nested inside an interpolation is handled like any other.
 */
import { parseAst } from 'rolldown/parseAst';

// Kept as written but for runs of whitespace (esbuild's CSS minifier is as careful): quoted
// strings (exactly), custom property declarations up to their `;` or `}`, and var() calls,
// whose fallbacks, like custom property values, are token lists rather than ordinary values.
const VERBATIM = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|--[\w-]+\s*:[^;{}]*|var\((?:[^()]|\([^()]*\))*\))/;

// A comment is dropped only where it starts outside a quoted string: `content: "/* a */"`
// keeps its text, and a comment's own apostrophe starts no string.
const STRING_OR_COMMENT = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\/\*[\s\S]*?\*\//g;

/** One static part of a css`` template. */
export function minifyCss(text) {
  return text
    .replace(STRING_OR_COMMENT, (match, string) => string ?? '')
    .split(VERBATIM)
    .map((part, i) => {
      if (i % 2 === 0)
        return part
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/;}/g, '}');
      return /^['"]/.test(part) ? part : part.replace(/\s+/g, ' ').replace(/ $/, '');
    })
    .join('');
}

/** One static part of an html`` or svg`` template. */
export function minifyHtml(text) {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

const MINIFIERS = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/** Where whitespace is text the reader sees: a template holding one is left as written. */
const PREFORMATTED = /<(pre|textarea)\b/i;

/** Every tagged template in a module's JavaScript whose tag is css, html or svg. */
function taggedTemplates(ast) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name in MINIFIERS)
      found.push(node);
    for (const key in node) if (key !== 'type' && typeof node[key] === 'object') visit(node[key]);
  };
  visit(ast);
  return found;
}

/**
 * The module with its templates' static text minified, or null when it has none.
 * `filename` only helps the parser's error messages.
 */
export function minifyLiterals(code, filename = 'module.js') {
  if (!/\b(css|html|svg)`/.test(code)) return null;
  const edits = [];
  for (const node of taggedTemplates(parseAst(code, { sourceType: 'module' }, filename))) {
    const minify = MINIFIERS[node.tag.name];
    const raws = node.quasi.quasis.map((q) => code.slice(q.start, q.end));
    if (minify === minifyHtml && raws.some((raw) => PREFORMATTED.test(raw))) continue;
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end);
      const small = minify(raw);
      if (small !== raw) edits.push({ start: quasi.start, end: quasi.end, text: small });
    }
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
