// Fills gaps of @web/test-runner-commands outside Chromium, so that the same test code runs in the
// three engines of web-test-runner.browsers.config.mjs:
//
// - send-keys, Firefox (puppeteer over WebDriver BiDi): puppeteer's BiDi keyboard knows "Space" by its
//   character only, so `press: 'Space'` (and 'Shift+Space'…) is sent as ' '.
// - set-viewport, WebKit (WebDriver classic has no viewport command): the window is resized so that
//   the page's viewport (innerWidth × innerHeight) gets the asked size, or an error says which size
//   the window allows.
// - emulate-media, Firefox and WebKit: neither Firefox over BiDi nor WebKitGTK's driver can emulate
//   print, reduced motion or forced colours, so tests that need it skip those engines
//   (test/hosts/engine.ts). Going back to the defaults (`{ media: 'screen' }`, as an afterEach does)
//   is what those pages already show: a no-op there, instead of an error.
//
// It also adds one command, `cqp-emulate-media-features` ({ features: [{ name, value }] }), for what
// emulateMedia cannot ask for (forced-colors): Chromium only, an error elsewhere.
//
// web-test-runner puts its own command plugins first and they throw for launchers they do not
// support; this plugin moves itself in front of them in the command dispatcher's list when the
// server starts (@web/test-runner 0.20: TestRunnerApiPlugin#plugins).

const NAME = 'cqp-vae-engine-commands';

async function setWebdriverViewport(driver, width, height) {
  // The first round learns how much room the window frame takes; the next ones correct for it.
  let inner;
  for (let i = 0; i < 3; i++) {
    inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
    if (inner[0] === width && inner[1] === height) return;
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(
      Math.max(1, outer.width + width - inner[0]),
      Math.max(1, outer.height + height - inner[1]),
    );
  }
  inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
  // A window has a minimum size (MiniBrowser's toolbar keeps it about 430 px wide): say so rather
  // than let a test measure the wrong viewport.
  if (inner[0] !== width || inner[1] !== height) {
    throw new Error(`set-viewport: asked ${width}×${height}, the window allows ${inner[0]}×${inner[1]}`);
  }
}

const cdpSessions = new WeakMap();

const isChromium = (browser) => browser.type === 'puppeteer' && !/firefox/i.test(browser.name);

const DEFAULTS = { media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' };
const isDefaultMedia = (payload) =>
  payload != null &&
  typeof payload === 'object' &&
  Object.entries(payload).every(([k, v]) => v == null || DEFAULTS[k] === v);

export function engineCommandsPlugin() {
  return {
    name: NAME,
    serverStart({ config }) {
      // Commands are dispatched by the 'test-runner-api' plugin, in the order of its own list.
      const api = (config.plugins ?? []).find((p) => p?.name === 'test-runner-api');
      const plugins = Array.isArray(api?.plugins) ? api.plugins : [];
      const index = plugins.findIndex((p) => p?.name === NAME);
      if (index > 0) plugins.unshift(...plugins.splice(index, 1));
    },
    async executeCommand({ command, payload, session }) {
      const browser = session.browser;
      if (command === 'send-keys' && browser.type === 'puppeteer' && /firefox/i.test(browser.name)) {
        if (!payload || typeof payload.press !== 'string' || !/(^|\+)Space$/.test(payload.press)) return undefined;
        const page = browser.getPage(session.id);
        const keys = payload.press.split('+').map((k) => (k === 'Space' ? ' ' : k));
        for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
        await page.keyboard.press(keys[keys.length - 1]);
        for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
        return true;
      }
      if (command === 'cqp-emulate-media-features') {
        if (!isChromium(browser)) throw new Error(`${browser.name} cannot emulate media features here`);
        // puppeteer's emulateMediaFeatures refuses forced-colors: ask the DevTools protocol directly,
        // over one session per page kept open (an override ends with the session that set it).
        const page = browser.getPage(session.id);
        if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
        return true;
      }
      if (command === 'emulate-media' && !isChromium(browser)) {
        if (isDefaultMedia(payload)) return true;
        throw new Error(`${browser.name} cannot emulate media here (${JSON.stringify(payload)}): skip this test outside Chromium`);
      }
      if (command === 'set-viewport' && browser.type === 'webdriver') {
        if (!browser.driver) throw new Error('WebDriver session not started');
        await setWebdriverViewport(browser.driver, payload.width, payload.height);
        return true;
      }
      return undefined;
    },
  };
}
