// Finds what WebKit tests need on Linux: WebKitGTK's WebDriver, its MiniBrowser, and Xvfb for a
// display (MiniBrowser has no headless mode of its own).
import { findProgram } from './system-browser.mjs';

let cached;

/** Returns `{ driver, miniBrowser, xvfb }` paths; as root on Debian it installs the missing packages. */
export function findWebKit() {
  cached ??= {
    driver: findProgram({
      what: 'WebKitWebDriver',
      env: 'WEBKIT_WEBDRIVER_PATH',
      names: ['WebKitWebDriver'],
      debianPackage: 'webkit2gtk-driver',
      help: 'Install it (Debian: `sudo apt-get install webkit2gtk-driver`) or set WEBKIT_WEBDRIVER_PATH.',
    }),
    // The driver's package depends on the engine's, which holds MiniBrowser.
    miniBrowser: findProgram({
      what: 'WebKitGTK MiniBrowser',
      env: 'WEBKIT_MINIBROWSER_PATH',
      paths: [
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ],
      debianPackage: 'libwebkit2gtk-4.1-0',
      help: 'Install it (Debian: `sudo apt-get install libwebkit2gtk-4.1-0`) or set WEBKIT_MINIBROWSER_PATH.',
    }),
    xvfb: findProgram({
      what: 'Xvfb',
      env: 'XVFB_PATH',
      names: ['Xvfb'],
      debianPackage: 'xvfb',
      help: 'Install it (Debian: `sudo apt-get install xvfb`) or set XVFB_PATH.',
    }),
  };
  return cached;
}
