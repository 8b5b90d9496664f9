/* global Buffer, URL, console */
// What every row of the benchmark shares: the HTTP server, the browser, the CDP helpers and the
// statistics. Node built-ins and the project's own devDependencies only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createMockEndpoint } from '../demo/mock-endpoint.js';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/find-chromium.mjs';
import { ROOT } from '../scripts/lib.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
/** The only folders the server reads files from. */
const SERVED = ['dist', 'bench', join('demo', 'data')];

/** A PNG of one colour: the stand-in for a story's photo (decoded off the main thread, like a JPEG). */
function solidPng(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The demo's story images are SVG drawings, which Chromium rasterizes on the main thread; news
 * sites serve photos. The benchmark answers them with a 1200×675 PNG, so paint costs are a photo's.
 */
const PHOTO = solidPng(1200, 675, [96, 110, 128]);

/**
 * A local server for the benchmark pages: static files from dist/, bench/ and demo/data/, the
 * mock native endpoint at /api with `latency` ms before each data answer (the demo's own
 * endpoint, so the data is the seed's), and `extra` pages made by the benchmark, by path: a file
 * `{ type, body }`, or a function of the request's URL returning one.
 * @param {{ latency?: number, extra?: Record<string, object | ((url: URL) => object)> }} options
 */
export function startServer({ latency = 80, extra = {} } = {}) {
  const api = createMockEndpoint({ base: '/api', latency });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const send = (status, type, body) => {
      // Every fetch goes to the network, so each sample pays for its bytes as a first visit would.
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (/^\/api\/images\/[\w-]+\.svg$/.test(path)) return send(200, 'image/png', PHOTO);
    api(req, res, async () => {
      if (extra[path]) {
        const { type, body } = typeof extra[path] === 'function' ? extra[path](url) : extra[path];
        return send(200, type, body);
      }
      if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
      const file = normalize(join(ROOT, path));
      const servable = SERVED.some((dir) => file.startsWith(join(ROOT, dir) + sep));
      if (servable && TYPES[extname(file)] && existsSync(file)) return send(200, TYPES[extname(file)], await readFile(file));
      send(404, 'text/plain', 'not found');
    });
  });
  server.on('close', () => api.close());
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        /** Request counts of the mock endpoint by path and query, since the last reset. */
        stats: () => api.stats(),
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
      }),
    ),
  );
}

/**
 * Headless Chromium with the project's flags; `extraArgs` add to them. `--enable-precise-memory-info`
 * makes performance.memory exact; GC is driven through CDP (HeapProfiler.collectGarbage).
 */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info', ...extraArgs],
  });
}

/** A fresh page in a context of its own (no shared cache or storage) with its CDP session. */
export async function freshPage(browser, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  page.on('crash', () => console.error('  page crashed'));
  return { page, cdp, close: () => context.close() };
}

/** Bytes of the JS heap in use after a full garbage collection (V8 objects and Blink's DOM objects). */
export async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

/** Live DOM nodes, documents and event listeners in the page, after a full garbage collection. */
export async function domCounters(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Memory.getDOMCounters');
}

/* ------------------------------------------------------------------------------------------------
 * Statistics: each figure is the median of its samples, with the interquartile range as spread.
 * ---------------------------------------------------------------------------------------------- */

const quantile = (sorted, q) => {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};

/** `{ median, q1, q3, min, max, n }` of `samples`. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted.at(-1),
    n: sorted.length,
  };
}

/**
 * The ratio of two sets of samples taken side by side (sample i of each in the same round):
 * the median of the per-round ratios, with their interquartile range.
 */
export function ratio(ours, theirs) {
  return summarize(ours.map((value, i) => value / theirs[i]));
}

/** `12.3 ms (11.9–12.8)`: median and interquartile range, with `unit` and `digits`. */
export function show(stat, unit = '', digits = 1) {
  const f = (n) => n.toFixed(digits);
  const spread = stat.n > 1 ? ` (${f(stat.q1)}–${f(stat.q3)})` : '';
  return `${f(stat.median)}${unit ? ` ${unit}` : ''}${spread}`;
}

export const KB = 1024;
