#!/usr/bin/env node
// Runs before `npm test`: makes sure a Chromium the test runner can drive is installed.
//
//   node scripts/ensure-browser.mjs [--dry-run] [--no-install]
//
// Looks at $CHROME_PATH if set, else /usr/bin/chromium, /usr/bin/chromium-browser
// (scripts/find-browser.mjs, which web-test-runner.config.mjs uses too).
// When none is there:
//   - as root on a Debian-like system (apt-get present): runs
//     `apt-get update && apt-get install -y chromium` itself, printing what it does;
//   - otherwise prints what to install (`sudo apt-get install -y chromium`) and exits 1.
// --dry-run     print the apt-get commands instead of running them (exit 1 if still missing)
// --no-install  never run apt-get; behave as a non-root user would (print advice, exit 1)
// --simulate-missing  act as if no Chromium were installed (to check the messages), e.g.
//     node scripts/ensure-browser.mjs --simulate-missing --dry-run      (root path)
//     node scripts/ensure-browser.mjs --simulate-missing --no-install   (non-root path)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumCandidates, findChromium, DEFAULT_CHROMIUM_PATHS } from './find-browser.mjs';

const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const noInstall = args.has('--no-install');
const simulateMissing = args.has('--simulate-missing');
const tag = '[ensure-browser]';
const log = (msg) => console.log(`${tag} ${msg}`);
const fail = (msg) => {
  console.error(`${tag} ${msg}`);
  process.exit(1);
};

function report(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  // The Debian wrapper prints a harmless "[: ...: unexpected operator" line on stderr: ignore stderr.
  const version = (r.stdout || '').trim().split('\n').pop() || 'version unknown';
  log(`using ${path} (${version})`);
}

const candidates = chromiumCandidates();
const locate = () => (simulateMissing ? undefined : findChromium(candidates));
let found = locate();
if (found) {
  report(found);
  process.exit(0);
}

if (process.env.CHROME_PATH) {
  // An explicit choice that points nowhere: installing a package would not fix it.
  fail(
    `CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.\n` +
      `${tag} Unset CHROME_PATH to use ${DEFAULT_CHROMIUM_PATHS.join(' or ')}, or point it at a Chromium/Chrome binary.\n` +
      `${tag} To install Chromium on Debian/Ubuntu: sudo apt-get install -y chromium`,
  );
}

log(`no Chromium found (looked at ${candidates.join(', ')}).`);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (!isRoot || !hasApt || noInstall) {
  const why = noInstall ? '--no-install given' : !hasApt ? 'apt-get not found' : 'not running as root';
  fail(
    `Not installing it myself (${why}). Install Chromium, then run the tests again:\n\n` +
      `    sudo apt-get update && sudo apt-get install -y chromium\n\n` +
      `${tag} (Debian/Ubuntu package "chromium"; elsewhere install Chromium or Chrome and set CHROME_PATH to its binary.)`,
  );
}

const steps = [
  ['apt-get', ['update']],
  ['apt-get', ['install', '-y', 'chromium']],
];
for (const [cmd, cmdArgs] of steps) {
  log(`${dryRun ? 'would run' : 'running'}: ${cmd} ${cmdArgs.join(' ')}`);
  if (dryRun) continue;
  const r = spawnSync(cmd, cmdArgs, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) fail(`\`${cmd} ${cmdArgs.join(' ')}\` failed (exit ${r.status ?? r.signal}).`);
}

found = locate();
if (!found) fail(dryRun || simulateMissing ? 'dry run / simulation: Chromium is still missing.' : 'apt-get finished but no Chromium binary was found.');
report(found);
