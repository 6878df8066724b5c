// The whole suite in three engines: Chromium, Firefox ESR and WebKit (WebKitGTK's MiniBrowser), all
// from Debian's packages (`apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb`).
//
//   npm run test:browsers                       all three
//   BROWSERS=firefox,webkit npm run test:browsers   a subset (chromium, firefox, webkit)
//   npx web-test-runner --config web-test-runner.browsers.config.mjs test/security/xss.test.ts
//
// Everything but `browsers` (files, plugins, the fixtures middleware, reporters) comes from
// web-test-runner.config.mjs. Tests read the engine from navigator.userAgent (test/hosts/engine.ts) where
// an engine cannot do something (e.g. emulate print media), and say so in a comment.
import * as puppeteer from 'puppeteer-core';
import { accessSync, constants } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { engineCommandsPlugin } from './scripts/wtr-engine-commands.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

function firefoxLauncher() {
  try {
    accessSync(FIREFOX, constants.X_OK);
  } catch {
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
  // puppeteer-core drives a stock Firefox over WebDriver BiDi; no geckodriver, no download.
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        // Firefox otherwise lets only links and form fields take focus with Tab on some platforms
        // (macOS-like defaults); the keyboard tests expect buttons to be tabbable as on Linux.
        'accessibility.tabfocus': 7,
      },
    },
  });
}

const launchers = {
  chromium: () => base.browsers[0],
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
};

const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
for (const name of wanted) {
  if (!launchers[name]) throw new Error(`BROWSERS: unknown browser "${name}" (chromium, firefox, webkit)`);
}

export default {
  ...base,
  // The WebDriver launcher runs each test file in its own window only when concurrency is 1
  // (otherwise in iframes of one page, where keyboard and focus tests cannot work).
  concurrency: 1,
  concurrentBrowsers: 3,
  // Three browsers share two cores: give a busy machine more room before calling a file hung.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  // A whole file's time: the property suite (every public property set to every kind of value, a
  // fixed amount of work) takes about 40 s alone in WebKit, and went past 120 s with the three
  // engines on a machine at load 20. A hung file still fails, later. WTR_FILE_TIMEOUT (ms) shortens it
  // when chasing a hang.
  testsFinishTimeout: Number(process.env.WTR_FILE_TIMEOUT) || 300_000,
  // WebDriver sends each key over HTTP, and three browsers share the cores: keyboard walks that
  // take 2 s alone can take over 10 s here.
  testFramework: { ...base.testFramework, config: { ...base.testFramework?.config, timeout: 30_000 } },
  plugins: [...base.plugins, engineCommandsPlugin()],
  browsers: wanted.map((name) => launchers[name]()),
};
