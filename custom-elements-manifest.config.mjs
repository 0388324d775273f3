// custom-elements.json (`npm run manifest`, run by `npm run build` after the npm build):
// what editors, Storybook and the README's element reference (scripts/api-docs.mjs) read.
// The analyzer reads the TypeScript sources, which are not in the package, so the last
// plugin below rewrites every module path to the file that ships in its place.
import { existsSync, readFileSync } from 'node:fs';

const ELEMENT_MODULES = [
  'src/case-timeline/case-timeline.ts',
  'src/officer-outcomes/officer-outcomes.ts',
  'src/recommendation-status/recommendation-status.ts',
];

export default {
  // The elements and the base class they inherit the frame's parts and properties from.
  globs: ['src/shared/figure-element.ts', ...ELEMENT_MODULES],
  litelement: true,
  plugins: [onlyApi(), defineEachTag(), shippedPaths()],
};

/**
 * Only what a page or a subclass can use. Private members are hidden everywhere; an
 * element's protected members (inherited from FigureElement, for subclasses) are hidden
 * from its tag's declaration and stay documented on FigureElement. A declaration the
 * module does not export (the analyzer misreads a field of an exported interface as
 * one) is dropped.
 */
function onlyApi() {
  return {
    name: 'pcv-only-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const exported = new Set((module.exports ?? []).map((e) => e.declaration?.name));
        module.declarations = (module.declarations ?? []).filter((d) => exported.has(d.name));
        for (const declaration of module.declarations) {
          if (!declaration.members) continue;
          const hidden = declaration.tagName ? ['private', 'protected'] : ['private'];
          declaration.members = declaration.members.filter(
            (member) => !hidden.includes(member.privacy) && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/**
 * One `custom-element-definition` export per tag, in the module that registers it. The
 * elements register through safeDefine() (src/shared/define.ts), whose
 * customElements.define(tag, …) the analyzer cannot follow; each class names its tag in
 * its doc block (`@tag` / `@tagname`) instead.
 */
function defineEachTag() {
  return {
    name: 'pcv-define-each-tag',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          module.exports = (module.exports ?? []).filter(
            (e) => !(e.kind === 'custom-element-definition' && e.name === declaration.tagName),
          );
          module.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
    },
  };
}

/**
 * Every `src/….ts` path (a module's path, and the references to it in exports,
 * superclasses and inherited members) becomes the built file that ships: an entry point's
 * file as package.json's exports name it (its `types` give the source), any other module
 * its place under dist/npm/.
 */
function shippedPaths() {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const entries = new Map();
  for (const target of Object.values(pkg.exports)) {
    const source = typeof target === 'object' && target.types?.match(/^\.\/dist\/types\/(src\/.+)\.d\.ts$/)?.[1];
    if (source && target.default?.startsWith('./dist/npm/')) entries.set(`${source}.ts`, target.default.slice(2));
  }
  // The analyzer writes a source module as `src/x.ts`, or as `/src/x.js` where a class names
  // its superclass's module.
  const shipped = (path) => {
    const source = path.replace(/^\//, '').replace(/^(src\/.+)\.js$/, '$1.ts');
    if (!source.startsWith('src/')) return path;
    return entries.get(source) ?? source.replace(/^src\/(.+)\.ts$/, 'dist/npm/$1.js');
  };
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        value[key] =
          (key === 'path' || key === 'module') && typeof inner === 'string' ? shipped(inner) : rewrite(inner);
      }
    }
    return value;
  };
  return {
    name: 'pcv-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
      // After `npm run build` every path must name a built file: fail here, not in a user's editor.
      if (!existsSync('dist/npm')) return;
      const missing = customElementsManifest.modules.map((m) => m.path).filter((path) => !existsSync(path));
      if (missing.length)
        throw new Error(`custom-elements.json names files the build did not make: ${missing.join(', ')}`);
    },
  };
}
