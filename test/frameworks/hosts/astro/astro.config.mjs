import { defineConfig } from 'astro/config';
import lit from '@astrojs/lit';

// Static output, the elements rendered on the server by lit's SSR (the lit integration), then
// hydrated in the browser (`client:load`).
export default defineConfig({ integrations: [lit()], outDir: './dist' });
