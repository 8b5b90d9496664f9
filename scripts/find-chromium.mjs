// Finds the system Chromium used by browser tests, the smoke test and screenshots.
// No browser is ever downloaded (no `playwright install`): the machines here only
// reach the npm registry and Debian's apt, so Chromium comes from the OS.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { isMain } from './lib.mjs';

/**
 * Flags every launch uses: no sandbox (we run as root in CI), no GPU, and no background
 * traffic (update/sync/QUIC) leaving the machine. Headless is set by each launcher's own
 * `headless: true`, which picks the right `--headless` form for its protocol version.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function lookUp() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function apt(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

let cached;

/**
 * Returns the path of a Chromium/Chrome binary. As root on Debian it installs the
 * `chromium` package when none is found (a fresh CI machine may lack it); anywhere
 * else it throws with what to install or set.
 */
export function findChromium() {
  if (cached) return cached;
  let found = lookUp();
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!found && canApt) {
    console.log('Chromium not found: installing the Debian package "chromium" with apt-get…');
    // The package lists may be missing or stale on a fresh machine; refresh only when needed.
    if (!apt(['install', '-y', '--no-install-recommends', 'chromium'])) {
      apt(['update']);
      apt(['install', '-y', '--no-install-recommends', 'chromium']);
    }
    found = lookUp();
  }
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
        'elsewhere set CHROME_PATH to a Chromium/Chrome binary, e.g. on macOS ' +
        '"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"). ' +
        `Looked for CHROME_PATH, then ${NAMES.join(', ')} on PATH.`,
    );
  }
  cached = found;
  return found;
}

// `node scripts/find-chromium.mjs` prints the path (handy for CHROME_PATH in other tools).
if (isMain(import.meta.url)) {
  console.log(findChromium());
}
