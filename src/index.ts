/**
 * The package's whole API without side effects: what the widgets' module exports (api.ts), plus the
 * content checker and the lint, for applications, servers and tools. Importing this file defines
 * no tags; `define.ts` does.
 */
export * from './api.js';
export { parseContent, parseContentText } from './content/parse.js';
export { lintContent, type LintFinding, type LintOptions, type LintSeverity } from './authoring/lint.js';
