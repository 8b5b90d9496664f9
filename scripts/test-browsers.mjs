// The engines the browser tests run in, chosen with NEWS_BROWSERS (comma-separated), and a
// web-test-runner launcher for each. Every engine uses the system's own browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { findFirefox } from './find-firefox.mjs';
import { findWebKit } from './find-webkit.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines to test: `NEWS_BROWSERS=chromium,firefox,webkit`, else `fallback` (all three). */
export function chosenEngines(fallback = ENGINES) {
  const asked = process.env.NEWS_BROWSERS?.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (!asked?.length) return fallback;
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`NEWS_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  }
  return [...new Set(asked)];
}

// Two tabs of one window: the one behind is hidden, and a hidden page runs no
// IntersectionObserver or animation frames, so lazy widgets would never load. A
// context of its own gives each page its own (visible) window. Pages are reused
// across test files, so this makes at most `concurrency` contexts.
const pageOfItsOwn = async ({ browser }) => (await browser.createBrowserContext()).newPage();

function chromium() {
  const launcher = chromeLauncher({
    launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS },
    createPage: pageOfItsOwn,
  });
  launcher.name = 'Chromium';
  return launcher;
}

/** Firefox through puppeteer over WebDriver BiDi; one page at a time (at two, tests time out). */
function firefox() {
  const launcher = chromeLauncher({
    launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
    createPage: pageOfItsOwn,
    concurrency: 1,
  });
  launcher.name = 'Firefox';
  return launcher;
}

/**
 * WebKitGTK's MiniBrowser through its WebDriver, started here on a free display and port and
 * stopped with the run. The driver holds one session, so test files run one after another in
 * one window (the launcher's session mode, not its iframes).
 */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;

  constructor() {
    super({ capabilities: { browserName: 'MiniBrowser' } });
  }

  async initialize(config) {
    this.webkit = await startWebKitDriver();
    process.once('exit', () => this.webkit?.stop());
    const { hostname, port, capabilities } = this.webkit;
    Object.assign(this.options, { hostname, port, capabilities });
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.webkit?.stop();
    this.webkit = undefined;
  }
}

/** Where an engine's programs are (installing them as root on Debian); throws with what is missing. */
export const findEngine = (engine) =>
  ({ chromium: findChromium, firefox: findFirefox, webkit: () => Object.values(findWebKit()).join(', ') })[engine]();

const LAUNCHERS = { chromium, firefox, webkit: () => new WebKitLauncher() };

/** A launcher for each engine. */
export const launchersFor = (engines) => engines.map((engine) => LAUNCHERS[engine]());
