// Finds the system Firefox (ESR on Debian) that browser tests drive over WebDriver BiDi.
import { findProgram } from './system-browser.mjs';

let cached;

/** Returns the path of a Firefox binary; as root on Debian it installs `firefox-esr` when none is found. */
export function findFirefox() {
  cached ??= findProgram({
    what: 'Firefox',
    env: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    debianPackage: 'firefox-esr',
    help:
      'Install it (Debian: `sudo apt-get install firefox-esr`; elsewhere set FIREFOX_PATH to a Firefox ' +
      'binary, e.g. on macOS "/Applications/Firefox.app/Contents/MacOS/firefox").',
  });
  return cached;
}
