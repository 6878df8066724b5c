/**
 * The engine running the tests, for the few tests that depend on what a test driver can do in it
 * (web-test-runner.browsers.config.mjs runs Chromium, Firefox ESR and WebKitGTK's MiniBrowser).
 * Product code never sniffs engines; only tests do, to skip what a driver cannot emulate.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit';

/**
 * `emulateMedia` (print, prefers-reduced-motion, forced-colors) needs the Chrome DevTools Protocol:
 * Firefox over WebDriver BiDi and WebKitGTK's WebDriver cannot emulate media.
 */
export const canEmulateMedia = engine === 'chromium';
