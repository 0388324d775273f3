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
 *   `white-space: pre`). Runs without a line break are left as written. Inside a tag, the
 *   space before its `>` goes, and so do the quotes around an attribute value that needs none
 *   (`class="step"` → `class=step`: no space, quote, `=`, `<`, `>` or backtick in it), as the
 *   HTML parser and Lit read both the same. Text between tags is never touched.
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

/** One static part of an html`` or svg`` template, whitespace and comments only (minifyHtmlParts does the tags too). */
export function minifyHtml(text) {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

/** An attribute value the HTML parser reads the same without its quotes. */
const UNQUOTED_VALUE = /^[^\s"'=<>`]+$/;

/**
 * The static parts of one html`` or svg`` template, minified (minifyHtml), and inside each
 * tag without the space before its `>` and the quotes no attribute value needs. A part may
 * end inside a tag, or inside a quoted value, before a binding: where each part starts (text,
 * tag, or a value in " or ') carries on from where the one before ended.
 */
export function minifyHtmlParts(parts) {
  let state = 'text';
  return parts.map((part, index) => {
    const text = minifyHtml(part);
    const last = index === parts.length - 1;
    let out = '';
    let i = 0;
    while (i < text.length) {
      if (state === 'text') {
        const at = text.slice(i).search(/<\/?[a-zA-Z]/);
        if (at < 0) {
          out += text.slice(i);
          break;
        }
        out += text.slice(i, i + at + 2);
        i += at + 2;
        state = 'tag';
      } else if (state === '"' || state === "'") {
        const end = text.indexOf(state, i);
        if (end < 0) {
          out += text.slice(i);
          break;
        }
        out += text.slice(i, end + 1);
        i = end + 1;
        state = 'tag';
      } else {
        const c = text[i];
        if (c === '>') {
          out = out.replace(/ $/, '');
          out += c;
          i++;
          state = 'text';
        } else if (c === '"' || c === "'") {
          const end = text.indexOf(c, i + 1);
          const value = end < 0 ? null : text.slice(i + 1, end);
          const after = end < 0 ? '' : text[end + 1];
          // Unquoted only when what follows ends the value as the quote did: a space or the
          // tag's end in this part (not a `/`, which would join the value, nor a binding).
          if (value !== null && UNQUOTED_VALUE.test(value) && (after === ' ' || after === '>')) {
            out += value;
            i = end + 1;
          } else {
            out += c;
            i++;
            state = c;
          }
        } else {
          out += c;
          i++;
        }
      }
    }
    // A template cannot end inside a tag: nothing follows to close it.
    if (last) state = 'text';
    return out;
  });
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
    const smalls = minify === minifyHtml ? minifyHtmlParts(raws) : raws.map(minify);
    node.quasi.quasis.forEach((quasi, i) => {
      if (smalls[i] !== raws[i]) edits.push({ start: quasi.start, end: quasi.end, text: smalls[i] });
    });
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
