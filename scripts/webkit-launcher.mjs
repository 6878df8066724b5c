// WebKit for @web/test-runner: WebKitGTK's MiniBrowser (Debian `webkit2gtk-driver`), driven by
// WebKitWebDriver through webdriverio. The launcher starts the driver itself on a free port, under
// `xvfb-run` when there is no display (MiniBrowser is a GTK application and needs an X server even
// when nothing looks at it), and stops it with the test run.
//
//   import { webkitLauncher } from './scripts/webkit-launcher.mjs';
//   browsers: [webkitLauncher()]
//
// Paths can be overridden with WEBKIT_WEBDRIVER (driver) and WEBKIT_MINIBROWSER (browser binary).
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver'];
const BROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

const executable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The WebKitWebDriver and MiniBrowser binaries, or undefined when one is missing. */
export function findWebKit(env = process.env) {
  const driver = env.WEBKIT_WEBDRIVER ? [env.WEBKIT_WEBDRIVER] : DRIVER_CANDIDATES;
  const browser = env.WEBKIT_MINIBROWSER ? [env.WEBKIT_MINIBROWSER] : BROWSER_CANDIDATES;
  const d = driver.find(executable);
  const b = browser.find(executable);
  return d && b ? { driver: d, browser: b } : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

class WebKitLauncher extends WebdriverLauncher {
  #child;
  #binaries;

  constructor(binaries) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver runs
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only; webdriverio 9 would try BiDi first.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: binaries.browser, args: ['--automation'] },
      },
    });
    this.#binaries = binaries;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const port = await freePort();
    const args = ['--port=' + port, '--host=127.0.0.1'];
    const [command, commandArgs] = process.env.DISPLAY
      ? [this.#binaries.driver, args]
      : ['xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', this.#binaries.driver, ...args]];
    // Own process group, so that stopping it also stops Xvfb and the browser it started.
    this.#child = spawn(command, commandArgs, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    this.#child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    this.#child.on('error', (e) => {
      stderr += String(e);
    });
    const kill = () => this.#kill();
    process.once('exit', kill);
    try {
      await waitForDriver(port, this.#child, 30_000);
    } catch (e) {
      this.#kill();
      throw new Error(`${e.message}\n${stderr}`);
    }
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    this.#kill();
  }

  #kill() {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** A WebKit launcher; throws a readable error when the Debian packages are missing. */
export function webkitLauncher() {
  const binaries = findWebKit();
  if (!binaries) {
    throw new Error(
      'WebKit not found: apt-get install -y webkit2gtk-driver xvfb ' +
        '(or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER).',
    );
  }
  return new WebKitLauncher(binaries);
}
