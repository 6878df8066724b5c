// `npm run gallery`: screenshots every state of demo/gallery.html, one PNG per block, at 1280 and
// 375 px wide, into gallery-shots/<width>/ (gitignored), so that anyone can review the look at a
// glance. Serves the project with Vite (port GALLERY_PORT, default 5321) and drives the Debian
// Chromium (CHROME_PATH or /usr/bin/chromium) through playwright-core.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findChromium } from './find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'gallery-shots');
const port = Number(process.env.GALLERY_PORT ?? 5321);
const widths = [1280, 375];

const server = await createServer({ root, configFile: path.join(root, 'vite.config.ts'), server: { port, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  await rm(out, { recursive: true, force: true });
  for (const width of widths) {
    const dir = path.join(out, String(width));
    await mkdir(dir, { recursive: true });
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (e) => console.error(`page error (${width}px): ${e.message}`));
    await page.goto(`http://localhost:${port}/demo/gallery.html`);
    await page.waitForSelector('html[data-gallery-ready]', { timeout: 60_000 });
    const names = await page.$$eval('[data-shot]', (nodes) => nodes.map((n) => n.getAttribute('data-shot')));
    for (const name of names) {
      // The block scrolled to the top of a viewport as tall as it, then a clip of the viewport: an
      // element screenshot would wait for "stable" boxes (loading states never settle, by design) and
      // a full-page one of this long page times out.
      const height = await page.$eval(`[data-shot="${name}"]`, (n) => Math.ceil(n.getBoundingClientRect().height));
      await page.setViewportSize({ width, height: Math.max(900, height) });
      const clip = await page.$eval(`[data-shot="${name}"]`, (n) => {
        n.scrollIntoView({ block: 'start' });
        const r = n.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      });
      await page.screenshot({ path: path.join(dir, `${name}.png`), clip, animations: 'disabled' });
    }
    console.log(`${names.length} screenshots at ${width} px in ${path.relative(root, dir)}/`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
