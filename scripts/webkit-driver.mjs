// Starts WebKitGTK's WebDriver on a display of its own, for the test runner and for the Node
// scripts that take screenshots. Display and port are picked free at start, so several runs
// (other developers', other steps') can drive WebKit on one machine at the same time.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findWebKit } from './find-webkit.mjs';

/** A TCP port nobody listens on right now (the kernel's pick). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Xvfb on the first free display; `-displayfd` has Xvfb claim it and tell us which. */
function startXvfb(xvfb) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((resolve, reject) => {
    let number = '';
    child.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.endsWith('\n')) resolve({ child, display: `:${number.trim()}` });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim()}`)));
  });
}

/** Resolves once the driver answers `/status`; rejects when it exits first. */
async function driverReady(child, port) {
  let exited;
  child.once('exit', (code) => (exited = code ?? 'signal'));
  for (let tries = 0; tries < 100; tries++) {
    if (exited !== undefined) throw new Error(`WebKitWebDriver exited (${exited})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

async function startDriver(driver, display) {
  // Another process may take the free port between our pick and the driver's bind: pick again.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(driver, [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DISPLAY: display },
    });
    try {
      await driverReady(child, port);
      return { child, port };
    } catch (error) {
      child.kill();
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Starts Xvfb and WebKitWebDriver. Returns the WebDriver connection (`hostname`, `port`), the
 * capabilities for a MiniBrowser session (classic WebDriver: the driver speaks no BiDi), and
 * `stop()`. The driver runs one session at a time.
 */
export async function startWebKitDriver() {
  const { driver, miniBrowser, xvfb } = findWebKit();
  const x = await startXvfb(xvfb);
  let webdriver;
  try {
    webdriver = await startDriver(driver, x.display);
  } catch (error) {
    x.child.kill();
    throw error;
  }
  return {
    hostname: '127.0.0.1',
    port: webdriver.port,
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
    stop() {
      webdriver.child.kill();
      x.child.kill();
    },
  };
}
