// `npm start`: Vite's dev server over the project, so that the demo pages in demo/ can load the
// sources in src/ (a server rooted in demo/ could not reach them), and the address to open.
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts', server: { port: 5173 } });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
console.log(`\n  Demo:       ${base}demo/index.html`);
console.log(`  Playground: ${base}demo/playground.html`);
console.log(`  Theming:    ${base}demo/theming.html`);
console.log(`  No JS:      ${base}demo/noscript.html\n`);
