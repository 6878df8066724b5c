// @custom-elements-manifest/analyzer 0.11 config: `npm run analyze` (part of `npm run build`)
// writes custom-elements.json at the project root; scripts/readme-api.mjs turns it into the
// README's API reference.
//
// Document elements with JSDoc on the class: @attr/@attribute, @prop/@property, @fires/@event,
// @csspart, @cssprop/@cssproperty, @slot; property comments become descriptions.
import { posix } from 'node:path';

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
  ],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; never rewrite it.
  packagejson: false,
  dependencies: false,
  plugins: [defineOnceCallsPlugin()],
};
