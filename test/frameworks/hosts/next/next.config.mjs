import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The host apps share one node_modules, one folder up: Turbopack must look there.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export default { turbopack: { root }, outputFileTracingRoot: root };
