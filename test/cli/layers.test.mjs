// The source's layers point one way, and no two files import each other at run time:
//   src/content (schema, parsing, the built-in content) imports nothing of the others;
//   src/rules (the engine) imports content; src/authoring (lint, JSON Schema, registry import)
//   imports content and rules; src/shared and src/elements (the page) import content and rules,
//   never authoring; src/cli imports what the command line needs.
// The entry files at the top of src/ may import any folder. Type-only imports are erased by the
// compiler and are left out; dynamic imports (the files loaded on demand) count for the layers
// but not for cycles, since they run later.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const src = path.join(root, 'src');

const ALLOWED = {
  content: [],
  rules: ['content'],
  authoring: ['content', 'rules'],
  shared: ['content', 'rules'],
  elements: ['content', 'rules', 'shared'],
  cli: ['authoring', 'content', 'rules', 'shared'],
  types: [],
};

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Whether an import or export declaration brings values (not only types). */
function bringsValues(node) {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return true; // a side-effect import
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((e) => !e.isTypeOnly);
}

/** The relative imports of each file: { to, dynamic } with `to` relative to src/. */
function graph() {
  const edges = new Map();
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8');
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const out = [];
    const add = (spec, dynamic) => {
      if (!spec.startsWith('.')) return;
      out.push({ to: path.relative(src, path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'))), dynamic });
    };
    const visit = (node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (bringsValues(node)) add(node.moduleSpecifier.text, false);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (arg && ts.isStringLiteral(arg)) add(arg.text, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
    edges.set(path.relative(src, file), out);
  }
  return edges;
}

const folderOf = (file) => (file.includes(path.sep) ? file.split(path.sep)[0] : null);

describe('layers and import cycles of src/', () => {
  const edges = graph();

  it('finds the source files and their imports', () => {
    assert.ok(edges.size > 50, `${edges.size} files`);
    assert.ok(edges.get(path.join('rules', 'engine.ts')).some((e) => e.to === path.join('rules', 'evaluate.ts')));
  });

  it('each folder imports only the layers below it', () => {
    const wrong = [];
    for (const [file, list] of edges) {
      const from = folderOf(file);
      if (!from) continue;
      assert.ok(from in ALLOWED, `src/${from}/ is a folder this test does not know: add it to ALLOWED`);
      for (const { to } of list) {
        const target = folderOf(to);
        if (target && target !== from && !ALLOWED[from].includes(target)) wrong.push(`src/${file} -> src/${to}`);
        if (!target) wrong.push(`src/${file} -> src/${to} (an entry file)`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('no two files import each other, directly or through others (static imports)', () => {
    // Tarjan's strongly connected components: a component of more than one file is a cycle.
    const index = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const cycles = [];
    let next = 0;
    const visit = (v) => {
      index.set(v, next);
      low.set(v, next);
      next++;
      stack.push(v);
      onStack.add(v);
      for (const { to, dynamic } of edges.get(v) ?? []) {
        if (dynamic || !edges.has(to)) continue;
        if (!index.has(to)) {
          visit(to);
          low.set(v, Math.min(low.get(v), low.get(to)));
        } else if (onStack.has(to)) low.set(v, Math.min(low.get(v), index.get(to)));
      }
      if (low.get(v) === index.get(v)) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const v of edges.keys()) if (!index.has(v)) visit(v);
    assert.deepEqual(cycles, []);
  });
});
