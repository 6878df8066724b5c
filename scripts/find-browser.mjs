// Where the test browser lives. Shared by scripts/ensure-browser.mjs and web-test-runner.config.mjs
// so that both look at the same places. Browsers come from Debian (`apt-get install chromium`),
// never from an npm download.
//
// Convention: CHROME_PATH, when set, is the browser to use and nothing else is tried
// (an explicit choice that is wrong should fail loudly, not be silently replaced).
// Otherwise the Debian/Ubuntu locations are tried in order.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Paths to look at, in order. */
export function chromiumCandidates(env = process.env) {
  return env.CHROME_PATH ? [env.CHROME_PATH] : [...DEFAULT_CHROMIUM_PATHS];
}

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable candidate, or undefined. */
export function findChromium(candidates = chromiumCandidates()) {
  return candidates.find(isExecutable);
}
