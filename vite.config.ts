import path from 'node:path';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// Self-contained, minified ES modules with lit and the built-in content, so that a webmaster needs
// a single <script type="module">: the widgets' module (both elements) and one module per element,
// for a page that shows only one (it carries neither the other element nor its texts). Each is
// its own build, `vite build --mode <name>` (package.json's build script), so that no code is
// shared between them through a third file. Beside each, the files it imports on demand: the
// content checker (zod, the schema and its messages in French) when a page gives its own content,
// the checker's English messages when that page is in English, the English UI strings for an
// element in English, the guide's catalogue list for content with a catalogue, and the
// questionnaire's certification picker for content with a certification question.
const entries: Record<string, string> = {
  'cqp-vae-widgets': 'src/cqp-vae-widgets.ts',
  'cqp-vae-guide': 'src/cqp-vae-guide.ts',
  'eligibility-check': 'src/eligibility-check.ts',
};

// The files loaded on demand, by suffix. They import nothing from the module: a module loaded with a
// query string (WordPress's `?ver=6.5`) is another URL than the plain one a chunk's import would
// name, so the browser would load and run the module a second time, with a second copy of its
// state (dictionaries, the set of validated content, the tags' registry). The bundler puts what a
// dynamic chunk shares with its entry in the entry and imports it back (rollup and rolldown have no
// option to copy it instead), so each file is built on its own, `vite build --mode <name>.files`,
// and the module's build leaves its dynamic imports of them as they are (onDemandFiles). The
// checker keeps no state and carries its own copy of the few pure helpers it shares (the depth
// limit, the catalogue's two ids); the link checks (href.ts) and, on an English page, its English
// messages are handed to it by the module (shared/checker.ts); the catalogue list, the picker and the
// English strings take what they share from the module when it loads them (catalogue-loader.ts,
// picker-loader.ts, english.ts).
const onDemand: Record<string, string> = {
  check: 'src/content/validate.ts',
  'check.en': 'src/content/issue-words.en.ts',
  en: 'src/elements/strings.en.ts',
  catalogue: 'src/elements/cqp-vae-guide/catalogue-list.ts',
  picker: 'src/elements/eligibility-check/picker-file.ts',
};
// The files each module imports (eligibility-check shows no catalogue list, the guide no picker).
const filesOf: Record<string, string[]> = {
  'cqp-vae-widgets': ['check', 'check.en', 'en', 'catalogue', 'picker'],
  'cqp-vae-guide': ['check', 'check.en', 'en', 'catalogue'],
  'eligibility-check': ['check', 'check.en', 'en', 'picker'],
};
// Built on its own (`--mode <name>.picker`), not with the others (`--mode <name>.files`): it shares
// the catalogue's helpers (content/catalogue.ts) with the checker, and files built together would
// share them through a third file.
const alone = new Set(['picker']);

/**
 * The module's build: a dynamic import of an on-demand file's source becomes an import of the file
 * written beside the module (`import("./cqp-vae-guide.check.js")`, a relative external, kept as
 * is), and the build fails if any other file than the module would be written.
 */
function onDemandFiles(name: string): Plugin {
  const bySource = new Map(filesOf[name].map((suffix) => [path.resolve(onDemand[suffix]), suffix]));
  return {
    name: 'cqp-vae-on-demand-files',
    // Before vite's own resolver, which would resolve the import first.
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const suffix = resolved && bySource.get(resolved.id);
      if (!suffix) return null;
      return { id: `./${name}.${suffix}.js`, external: true };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.fileName !== `${name}.js`) this.error(`${file.fileName}: the module's build must write the module alone (vite.config.ts).`);
      }
    },
  };
}

/** The on-demand files' build: each file self-contained, importing nothing. */
function selfContained(): Plugin {
  return {
    name: 'cqp-vae-self-contained',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        if (!file.isEntry) this.error(`${file.fileName}: code shared by the on-demand files would be a file of its own (vite.config.ts).`);
        const imports = [...file.imports, ...file.dynamicImports];
        if (imports.length) this.error(`${file.fileName} imports ${imports.join(', ')}: an on-demand file must import nothing.`);
      }
    },
  };
}

export const plugins: PluginOption[] = [
  // The JS minifier leaves template literals alone: this minifies the markup of lit's html`…` and
  // the CSS of css`…` (html-minifier-next and lightningcss, as lit's own plugin does it), with
  // source maps. The unbundled build uses it too: a prerendered page hydrates only when the
  // server's and the browser's templates are byte-identical.
  {
    ...minifyHtmlLiterals({
      include: ['**/src/**/*.ts'],
      failOnError: true,
      // Whitespace runs become one space, never none: a template is a fragment, and the space at
      // its edge ("<span> — ${description}</span>" after a link) is text the reader sees.
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    apply: 'build' as const,
  },
];

export default defineConfig(({ mode }) => {
  // `vite build` is the widgets' module; `--mode cqp-vae-guide` and `--mode eligibility-check`
  // the elements' own, written beside it; `--mode <name>.files` the files each loads on demand, but
  // those built `alone` (`--mode <name>.<suffix>`).
  const [base, part] = mode.split('.');
  const name = base in entries ? base : 'cqp-vae-widgets';
  const files = part === 'files' || alone.has(part);
  const suffixes = files ? filesOf[name].filter((suffix) => (part === 'files' ? !alone.has(suffix) : suffix === part)) : [];
  return {
    plugins: [...plugins, files ? selfContained() : onDemandFiles(name)],
    build: {
      outDir: 'dist',
      emptyOutDir: name === 'cqp-vae-widgets' && !files,
      sourcemap: true,
      target: 'es2022',
      // terser with three compress passes, then the bundler's own minifier (output.minify): about
      // 190 bytes gzip fewer on the entry and 350 on the checker than the bundler's alone (measured
      // with `npm run size`).
      minify: 'terser',
      terserOptions: { compress: { passes: 3 } },
      lib: files
        ? {
            entry: Object.fromEntries(suffixes.map((suffix) => [`${name}.${suffix}`, onDemand[suffix]])),
            formats: ['es'],
            fileName: (_format, entryName) => `${entryName}.js`,
          }
        : {
            entry: entries[name],
            formats: ['es'],
            fileName: () => `${name}.js`,
          },
      rolldownOptions: {
        // Nothing is external (but the on-demand files, onDemandFiles): the module must carry
        // everything it needs.
        external: [],
        // lit's css`…` makes a style sheet object and nothing else: a module's styles that no element
        // of this build uses (the guide's list styles in the questionnaire's module) are left out.
        treeshake: { manualPureFunctions: ['css'] },
        output: {
          // Library mode keeps whitespace in ES output for consumers' bundlers; these files are
          // loaded as they are by browsers, so they are minified fully (whitespace included).
          minify: true,
        },
      },
    },
  };
});
