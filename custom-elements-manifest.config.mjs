// @custom-elements-manifest/analyzer 0.11 config: `npm run analyze` (part of `npm run build`)
// writes custom-elements.json at the project root; scripts/readme-api.mjs turns it into the
// README's API reference.
//
// Document elements with JSDoc on the class: @attr/@attribute, @prop/@property, @fires/@event,
// @csspart, @cssprop/@cssproperty, @slot (and @tagname if the tag is not registered by a literal
// `customElements.define('tag', Class)` call in src/define.ts).
export default {
  globs: [
    'src/elements/**/*.ts',
    // Tag names: define.ts registers the tags; analysing it links each class to its tag.
    'src/define.ts',
  ],
  exclude: [
    'src/elements/**/*.test.ts',
    'src/elements/**/*.spec.ts',
    'src/elements/**/*styles.ts',
    'src/elements/**/*.css.ts',
    'src/elements/**/*.d.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; never rewrite it.
  packagejson: false,
  dependencies: false,
};
