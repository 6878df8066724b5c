import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    // The README's line: Vue's compiler must know the two tags are custom elements.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'cqp-vae-guide' || tag === 'eligibility-check' } } }),
  ],
  build: { outDir: 'dist', emptyOutDir: true },
});
