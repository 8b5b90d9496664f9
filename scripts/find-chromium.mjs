// Finds the system Chromium used by browser tests, the smoke test and screenshots.
import { findProgram } from './system-browser.mjs';
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

let cached;

/**
 * Returns the path of a Chromium/Chrome binary. As root on Debian it installs the
 * `chromium` package when none is found (a fresh CI machine may lack it); anywhere
 * else it throws with what to install or set.
 */
export function findChromium() {
  cached ??= findProgram({
    what: 'Chromium',
    env: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    debianPackage: 'chromium',
    help:
      'Install it (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere set CHROME_PATH to a ' +
      'Chromium/Chrome binary, e.g. on macOS "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").',
  });
  return cached;
}

// `node scripts/find-chromium.mjs` prints the path (handy for CHROME_PATH in other tools).
if (isMain(import.meta.url)) {
  console.log(findChromium());
}
