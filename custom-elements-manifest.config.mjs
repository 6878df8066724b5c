// @custom-elements-manifest/analyzer 0.11 config: `npm run analyze` (part of `npm run build`)
// writes custom-elements.json at the project root; scripts/readme-api.mjs turns it into the
// README's API reference.
//
// Document elements with JSDoc on the class: @attr/@attribute, @prop/@property, @fires/@event,
// @csspart, @cssprop/@cssproperty, @slot; property comments become descriptions.
import { posix } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/**
 * src/define.ts registers the tags through a helper, `defineOnce('tag', Class)`, which the
 * analyzer does not know (it only reads literal `customElements.define('tag', Class)` calls).
 * This plugin records such calls as custom-element definitions, so that each class gets its tag.
 */
function defineOnceCallsPlugin(helperNames = ['defineOnce']) {
  return {
    name: 'cqp-vae: defineOnce() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!helperNames.includes(node.expression.text)) return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteralLike(tagArg) || !classArg || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      // Where the class comes from: the import that brings it into this file, if any.
      let module = moduleDoc.path;
      for (const stmt of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(stmt) || !stmt.importClause?.namedBindings) continue;
        const bindings = stmt.importClause.namedBindings;
        if (ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === className)) {
          const spec = stmt.moduleSpecifier.text;
          module = spec.startsWith('.')
            ? posix.join(posix.dirname(moduleDoc.path), spec).replace(/\.js$/, '.ts')
            : spec;
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, module } },
      ];
    },
    // The helper's own body, `customElements.define(name, ctor)`, reads as a definition of a tag
    // called "name": drop definitions whose name is not a valid custom element name.
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name?.includes('-'));
      }
    },
  };
}

/**
 * The analyzer writes a type alias's name (`GuideLayout`), which an editor would offer as the only
 * value. This plugin records each alias that is a union of string literals and writes the union
 * itself (`'tabs' | 'stacked'`) wherever a member or attribute is typed with the alias.
 */
function literalUnionAliasesPlugin() {
  const aliases = new Map();
  const expand = (type) => {
    if (!type?.text) return;
    type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
  };
  return {
    name: 'cqp-vae: literal union aliases',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (literals) aliases.set(node.name.text, node.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) expand(item.type);
        }
      }
    },
  };
}

/**
 * Module paths as the package ships them: `src/elements/x.ts` is `dist/esm/elements/x.js` (the
 * unbundled build keeps one module per source file), so that tools following a path find a file.
 */
function shippedPathsPlugin() {
  const shipped = (p) => p?.replace(/^src\/(.*)\.ts$/, 'dist/esm/$1.js');
  // A re-export (`export { x } from './link.js'`) names its module relative to the re-exporting one.
  const resolved = (p, from) => (p?.startsWith('.') ? posix.join(posix.dirname(from), p).replace(/\.js$/, '.ts') : p);
  return {
    name: 'cqp-vae: shipped paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const exp of mod.exports ?? []) {
          if (exp.declaration?.module) exp.declaration.module = resolved(exp.declaration.module, mod.path);
        }
        mod.path = shipped(mod.path);
        for (const decl of mod.declarations ?? []) {
          if (decl.superclass?.module) decl.superclass.module = shipped(decl.superclass.module);
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])]) {
            if (item.inheritedFrom?.module) item.inheritedFrom.module = shipped(item.inheritedFrom.module);
          }
        }
        for (const exp of mod.exports ?? []) {
          if (exp.declaration?.module) exp.declaration.module = shipped(exp.declaration.module);
        }
      }
    },
  };
}

export default {
  globs: [
    'src/elements/**/*.ts',
    // Tag names: define.ts registers the tags; analysing it links each class to its tag.
    'src/define.ts',
    // Base classes and mixins, so that inherited attributes, properties and events are documented.
    'src/shared/**/*.ts',
  ],
  exclude: [
    'src/elements/**/*.test.ts',
    'src/elements/**/*.spec.ts',
    'src/elements/**/*styles.ts',
    'src/elements/**/*.css.ts',
    'src/shared/**/*styles.ts',
    'src/elements/**/*.d.ts',
    // Types only (event details): nothing of it ships as JavaScript.
    'src/elements/**/events.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; never rewrite it.
  packagejson: false,
  dependencies: false,
  plugins: [
    defineOnceCallsPlugin(),
    literalUnionAliasesPlugin(),
    shippedPathsPlugin(),
    // Editor data, generated from the manifest (shipped in dist/, named in package.json):
    // VS Code's html/css custom data and JetBrains' web-types.
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideMethodDocs: true,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true }),
  ],
};
