// Pages in each engine for the Node scripts that check the built files (smoke test, hostile
// hosts, visual regression): Chromium and Firefox through puppeteer (DevTools protocol, WebDriver
// BiDi), WebKit through its WebDriver. Only what those scripts need: open a URL in a window of a
// given size with storage of its own, run a function in it, screenshot an element, close.
import { Buffer } from 'node:buffer';
/* global window */
import { puppeteerCore } from '@web/test-runner-chrome';
import { remote } from 'webdriverio';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { findFirefox } from './find-firefox.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

/**
 * @typedef {object} EnginePage
 * @property {<T>(fn: (...args: any[]) => T, ...args: any[]) => Promise<Awaited<T>>} evaluate runs `fn` in the page
 * @property {(selector: string) => Promise<Buffer>} screenshot a PNG of the first element `selector` matches
 * @property {() => Promise<void>} close
 *
 * @typedef {object} Engine
 * @property {string} name `chromium`, `firefox` or `webkit`
 * @property {string} version the browser's own name and version
 * @property {(url: string, size?: { width: number, height: number }) => Promise<EnginePage>} open
 * @property {() => Promise<void>} close
 */

const SIZE = { width: 900, height: 900 };

async function puppeteerEngine(name) {
  const browser = await puppeteerCore.launch(
    name === 'firefox'
      ? { browser: 'firefox', executablePath: findFirefox(), headless: true }
      : { executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS },
  );
  return {
    name,
    version: await browser.version(),
    async open(url, size = SIZE) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ ...size, deviceScaleFactor: 1 });
      await page.goto(url);
      return {
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        screenshot: async (selector) => Buffer.from(await (await page.$(selector)).screenshot()),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** One MiniBrowser session (the driver holds one) for every page, its storage cleared between them. */
async function webkitEngine() {
  const driver = await startWebKitDriver();
  let session;
  try {
    session = await remote({ hostname: driver.hostname, port: driver.port, capabilities: driver.capabilities, logLevel: 'error' });
  } catch (error) {
    driver.stop();
    throw error;
  }
  const { browserName, browserVersion } = session.capabilities;
  return {
    name: 'webkit',
    version: `${browserName} ${browserVersion}`,
    async open(url, size = SIZE) {
      // The window's size with MiniBrowser's frame around the page: the page gets what it asks for.
      const frame = await session.execute(() => [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]);
      await session.setWindowSize(size.width + frame[0], size.height + frame[1]);
      await session.url(url);
      return {
        evaluate: (fn, ...args) => session.execute(fn, ...args),
        screenshot: async (selector) => {
          const element = await session.$(selector).getElement();
          return Buffer.from(await session.takeElementScreenshot(element.elementId), 'base64');
        },
        async close() {
          await session.execute(() => {
            localStorage.clear();
            sessionStorage.clear();
          });
          await session.url('about:blank');
        },
      };
    },
    async close() {
      await session.deleteSession().catch(() => {});
      driver.stop();
    },
  };
}

/** @returns {Promise<Engine>} */
export const launchEngine = (name) => (name === 'webkit' ? webkitEngine() : puppeteerEngine(name));

/** Polls `fn` in the page until it returns something truthy, which it resolves to; rejects with `what` after `timeout` ms. */
export async function waitInPage(page, fn, arg, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} after ${timeout / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
