// @ts-check
/**
 * A mock of the native endpoint contract (v1, DESIGN.md) for the demo pages, the tests and
 * Storybook. It serves the content in `demo/data/` and can misbehave on request: a fault mode is
 * picked by the first path segment after `base` (`/api/slow/articles/…`), so a widget's
 * `endpoint` attribute alone chooses it.
 *
 * Node built-ins only, so it runs inside Vite, a test runner's server or a bare `http` server.
 *
 * ```js
 * import { mockEndpoint } from './demo/mock-endpoint.js';
 * export default defineConfig({ plugins: [mockEndpoint()] });
 * ```
 *
 * Data routes (counted, with `latency`): `articles/{id}`, `articles/{id}/related`, `articles`,
 * `mourning` — see ROUTES. Fault modes, as `{base}/{mode}/…` — see FAULT_MODES: `slow`, `hang`,
 * `fail`, `unavailable`, `not-json`, `malformed`, `hostile`, `empty`, `mourning-today`, and for
 * the fault-injection suite `bad-gateway`, `overloaded`, `maintenance`, `rate-limited`,
 * `not-found`, `unauthorized`, `forbidden`, `drip`, `truncated`, `reset`, `wrong-type`, `huge`,
 * `partial`.
 *
 * A scenario is an endpoint whose fault is switched while a page runs: `{base}/scenario/{name}/…`
 * answers in the mode last set with `POST {base}/__scenario/{name}/{mode}` (`normal` by default
 * and to restore), so one widget can see its endpoint work, fail and come back.
 *
 * Service routes (not counted, no latency): `GET {base}/__stats` → `{ requests: { "<path?query>": n },
 * unfinished: { "<path?query>": n } }` (`unfinished`: answers that never completed, because the
 * client went away or the mode broke them), `POST {base}/__stats/reset`, `POST {base}/__scenario/…`,
 * and `GET {base}/images/{name}.svg` (the articles' images).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(error?: unknown) => void} Next */

/**
 * @typedef {object} Article
 * @property {string} id
 * @property {string} [lang]
 * @property {string} url
 * @property {string} title
 * @property {string} [excerpt]
 * @property {string} [publishedAt]
 * @property {{ name: string, role?: string }} [author]
 * @property {{ src: string, alt?: string, width?: number, height?: number, srcset?: string }} [image]
 * @property {{ id?: string, name: string, url?: string }} [category]
 * @property {string[]} [tags]
 * @property {number} [readingMinutes]
 * @property {Record<string, string>} [translations]
 */

/**
 * A mourning day as stored: `title` and `message` per language (`kk`, `ru`, `en`).
 * @typedef {object} StoredMourningDay
 * @property {string} date
 * @property {string} [endDate]
 * @property {boolean} [recurring]
 * @property {Record<string, string>} title
 * @property {Record<string, string>} [message]
 * @property {boolean} [grayscale]
 * @property {string} [url]
 */

/**
 * Everything in the data directory, read afresh for each request so edits show without a restart.
 * @typedef {object} Store
 * @property {Map<string, Article>} byId
 * @property {Record<string, string[]>} related  editorial related lists, keyed by any id of a story
 * @property {StoredMourningDay[]} mourningDays
 * @property {Omit<StoredMourningDay, 'date'>} mourningToday  what `mourning-today` declares for today
 */

/**
 * What a route handler sees.
 * @typedef {object} Context
 * @property {Record<string, string>} params
 * @property {URLSearchParams} query
 * @property {string} lang
 * @property {number} limit
 * @property {Store} store
 * @property {string} endpointUrl  the endpoint's absolute URL as the client reached it (`http://host:port/api`),
 *   or just the path when the Host header looks wrong
 */

/** @typedef {'article' | 'list' | 'mourning'} BodyKind */
/** @typedef {{ status: number, body: unknown, headers?: Record<string, string>, html?: boolean, contentType?: string }} Reply */

/**
 * A fault mode: `delay` adds time, `hang` never answers, `reply` replaces every answer, a
 * function per body kind rewrites a normal answer (returning `undefined` makes it a 404), and
 * `deliver` sends the answer its own broken way instead of `send`.
 * @typedef {object} FaultMode
 * @property {'slow'} [delay]
 * @property {boolean} [hang]
 * @property {() => Reply} [reply]
 * @property {(body: any, ctx: Context) => unknown} [article]
 * @property {(body: any, ctx: Context) => unknown} [list]
 * @property {(body: any, ctx: Context) => unknown} [mourning]
 * @property {(req: Request, res: Response, reply: Reply, options: DeliveryOptions) => void} [deliver]
 */

/**
 * @typedef {object} DeliveryOptions
 * @property {number} dripDelay  ms between the 32-byte chunks of `drip`
 */

/**
 * @typedef {object} MockEndpointOptions
 * @property {string} [base]  path the endpoint lives under (default `/api`)
 * @property {string} [dataDir]  directory with `articles/*.json`, `related.json`, `mourning.json`
 * @property {number} [latency]  ms added to every data answer (default 80)
 * @property {number} [slowDelay]  ms added by the `slow` mode (default 2000)
 * @property {number} [dripDelay]  ms between the 32-byte chunks of the `drip` mode (default 250: a card's
 *   article takes 7 s, a schedule 3 s)
 */

/**
 * A connect-style handler, plus what its owner needs around it.
 * @typedef {((req: Request, res: Response, next: Next) => void) & {
 *   close: () => void,
 *   stats: () => Record<string, number>,
 * }} MockEndpointHandler
 */

const DEFAULT_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
/**
 * Stored image paths start with this (where the files are in the repository, so the dev server
 * shows them too). Answers point them at the endpoint's own `{base}/images/`, so they load from
 * any server the handler is mounted in and from any origin.
 */
const STORED_IMAGES_PATH = '/demo/data/images/';
const IMAGE_NAME = /^[\w-]+\.svg$/;
const DEFAULT_LIMIT = 6;
const MAX_LIMIT = 50;

const NOT_FOUND = { status: 404, body: { error: 'not found' } };

/** What nginx answers when the application behind it is down. */
const BAD_GATEWAY_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** Size of the `huge` mode's body: far past anything a widget should read. */
const HUGE_BYTES = 10 * 1024 * 1024;

const MAINTENANCE_PAGE = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Технические работы</title></head>
<body><h1>Сайт временно недоступен</h1><p>Ведутся технические работы. Попробуйте позже.</p></body></html>
`;

const XSS = {
  img: '<img src=x onerror=alert(1)>',
  script: '"><script>alert(1)</script>',
  svg: '<svg onload=alert(1)>',
};

/* ------------------------------------------------------------------------------------------------
 * Routes: a path pattern (segments after `base` and the optional fault mode), the kind of body it
 * answers with (so fault modes know what to rewrite), and a handler returning that body.
 * ---------------------------------------------------------------------------------------------- */

/** @type {{ pattern: string[], kind: BodyKind, handle: (ctx: Context) => unknown }[]} */
const ROUTES = [
  { pattern: ['articles'], kind: 'list', handle: listArticles },
  { pattern: ['articles', ':id'], kind: 'article', handle: getArticle },
  { pattern: ['articles', ':id', 'related'], kind: 'list', handle: relatedArticles },
  { pattern: ['mourning'], kind: 'mourning', handle: mourningSchedule },
];

/** @param {Context} ctx */
function getArticle({ params, lang, store, endpointUrl }) {
  const stored = store.byId.get(params.id);
  return stored && present(inLanguage(stored, lang, store), endpointUrl);
}

/**
 * Other stories, in their own languages: both versions of a translated story are listed on
 * purpose (like the seed page's rail), so the widget's pairing is exercised. The story itself, in
 * any language, is left out.
 * @param {Context} ctx
 */
function relatedArticles({ params, lang, limit, store, endpointUrl }) {
  const article = store.byId.get(params.id);
  if (!article) return undefined;
  const own = new Set(storyIds(article));
  const curatedIds = [...own].map((id) => store.related[id]).find(Boolean) ?? [];
  const curated = curatedIds.map((id) => store.byId.get(id)).filter((a) => a !== undefined);
  const similar = bySimilarity(article, [...store.byId.values()], lang);
  const items = unique([...curated, ...similar]).filter((a) => !own.has(a.id));
  return { items: items.slice(0, limit).map((a) => present(a, endpointUrl)) };
}

/**
 * Newest first, each story once: in the asked language when it has that version, otherwise in
 * its original one.
 * @param {Context} ctx
 */
function listArticles({ query, lang, limit, store, endpointUrl }) {
  const category = query.get('category');
  const tag = query.get('tag');
  const items = stories(store)
    .map((versions) => inLanguage(versions[0], lang, store))
    .filter((a) => (!category || a.category?.id === category) && (!tag || a.tags?.includes(tag)));
  return { items: newestFirst(items).slice(0, limit).map((a) => present(a, endpointUrl)) };
}

/** @param {Context} ctx */
function mourningSchedule({ lang, store }) {
  return { days: store.mourningDays.map((day) => localizeDay(day, lang)) };
}

/* ------------------------------------------------------------------------------------------------
 * Fault modes, keyed by the path segment that selects them.
 * ---------------------------------------------------------------------------------------------- */

/** @type {Record<string, FaultMode>} */
const FAULT_MODES = {
  slow: { delay: 'slow' },
  hang: { hang: true },
  fail: { reply: () => ({ status: 500, body: { error: 'internal server error' } }) },
  unavailable: {
    reply: () => ({
      status: 503,
      headers: { 'Retry-After': '1' },
      body: { error: 'service unavailable' },
    }),
  },
  'not-json': { reply: () => ({ status: 200, html: true, body: MAINTENANCE_PAGE }) },
  malformed: {
    article: ({ title: _title, ...withoutTitle }) => withoutTitle,
    list: () => ({ data: 1 }),
    mourning: () => ({ data: 1 }),
  },
  hostile: {
    article: (article) => poison(article, 2),
    list: ({ items }) => ({ items: items.map(poison) }),
    mourning: (_body, { lang, store }) => ({ days: [hostileDay(today(lang, store))] }),
  },
  empty: {
    article: () => undefined,
    list: () => ({ items: [] }),
    mourning: () => ({ days: [] }),
  },
  'mourning-today': {
    mourning: ({ days }, { lang, store }) => ({ days: [...days, today(lang, store)] }),
  },

  // Failures for the fault-injection suite (test/reliability/), each the way real servers fail.
  'bad-gateway': { reply: () => ({ status: 502, html: true, body: BAD_GATEWAY_PAGE }) },
  overloaded: { reply: () => ({ status: 503, body: { error: 'service unavailable' } }) },
  // Down for an hour: no client should keep asking in the meantime.
  maintenance: { reply: () => ({ status: 503, headers: { 'Retry-After': '3600' }, html: true, body: MAINTENANCE_PAGE }) },
  'rate-limited': { reply: () => ({ status: 429, headers: { 'Retry-After': '1' }, body: { error: 'too many requests' } }) },
  'not-found': { reply: () => NOT_FOUND },
  unauthorized: {
    reply: () => ({ status: 401, headers: { 'WWW-Authenticate': 'Bearer' }, body: { error: 'authentication required' } }),
  },
  forbidden: { reply: () => ({ status: 403, body: { error: 'forbidden' } }) },
  // The right answer, a few bytes at a time: headers at once, the body slower than any timeout.
  drip: { deliver: drip },
  // The right headers, half the body, then the connection drops.
  truncated: { deliver: truncated },
  // The connection drops before any answer.
  reset: { deliver: (_req, res) => res.destroy() },
  // The right JSON, labelled as a web page.
  'wrong-type': { deliver: (req, res, reply) => send(req, res, { ...reply, contentType: 'text/html; charset=utf-8' }) },
  // Ten megabytes of valid JSON, without a Content-Length, as a streaming server sends it.
  huge: { deliver: huge },
  // Lists and schedules where some entries are fine and the others broken in every way.
  partial: {
    list: ({ items }) => ({ items: interleave(items, BROKEN_ITEMS) }),
    // Today is a mourning day in the valid part, so a banner shows from the schedule that is left.
    mourning: ({ days }, { lang, store }) => ({ days: interleave([...days, today(lang, store)], BROKEN_DAYS) }),
  },
};

/** List entries that break the contract, each differently; a widget drops them and shows the rest. */
const BROKEN_ITEMS = [
  { id: 'no-title', url: 'https://example.kz/kk/no-title' },
  { id: 'no-url', title: 'Сілтемесіз жаңалық' },
  { id: 'unsafe-url', url: 'javascript:alert(1)', title: 'Қауіпті сілтеме' },
  { url: 'https://example.kz/kk/no-id', title: 'Идентификаторсыз жаңалық' },
  null,
  'court-digital',
  42,
  ['court-digital'],
  { id: 'title-not-text', url: 'https://example.kz/kk/x', title: { kk: 'Тақырып' } },
];

/** Schedule entries that break the contract: a banner is never shown from these. */
const BROKEN_DAYS = [{ title: 'Күнсіз' }, { date: '2026-02-30', title: 'Жоқ күн' }, { date: '2026-06-12' }, null, 'today'];

/**
 * `a[0], b[0], a[1], b[1]…`, then what is left of the longer one.
 * @param {unknown[]} a @param {unknown[]} b
 */
function interleave(a, b) {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]].filter((_, side) => i < [a, b][side].length)).flat();
}

/** @type {FaultMode} */
const NORMAL = {};

/**
 * Well-formed but hostile: markup in every text field, and, by position in a list, an unsafe
 * link (1), unsafe image/category/srcset URLs (2), and an unsafe link that only trimming and
 * case-folding reveal (3).
 * @param {Article} article
 * @param {number} index
 * @returns {Article}
 */
function poison(article, index) {
  /** @type {Article} */
  const hostile = {
    ...article,
    title: `${article.title} ${XSS.img}`,
    excerpt: `${XSS.script} ${article.excerpt ?? ''}`,
    author: { name: `${XSS.img}${article.author?.name ?? 'Автор'}`, role: XSS.svg },
    category: article.category && { ...article.category, name: `${XSS.script}${article.category.name}` },
  };
  if (index === 1) hostile.url = 'javascript:alert(1)';
  if (index === 2) {
    hostile.image = { ...article.image, src: 'javascript:alert(2)', srcset: 'javascript:alert(3) 1x' };
    if (hostile.category) hostile.category.url = 'javascript:alert(4)';
  }
  if (index === 3) hostile.url = '  JaVaScRiPt:alert(5)';
  return hostile;
}

/** @param {ReturnType<typeof localizeDay>} day */
function hostileDay(day) {
  return { ...day, title: `${XSS.img}${day.title}`, message: XSS.script, url: 'javascript:alert(1)' };
}

/* ------------------------------------------------------------------------------------------------
 * The handler.
 * ---------------------------------------------------------------------------------------------- */

/**
 * @param {MockEndpointOptions} [options]
 * @returns {MockEndpointHandler}
 */
export function createMockEndpoint({
  base = '/api',
  dataDir = DEFAULT_DATA_DIR,
  latency = 80,
  slowDelay = 2000,
  dripDelay = 250,
} = {}) {
  const prefix = base.replace(/\/+$/, '');
  /** @type {Map<string, number>} */
  const requestCounts = new Map();
  /** @type {Map<string, number>} */
  const unfinishedCounts = new Map();
  /** Answers not yet finished (held by `hang`, trickling from `drip` or `huge`…), ended when the server stops. @type {Set<Response>} */
  const open = new Set();
  /** The mode of each scenario by name; unnamed ones answer normally. @type {Map<string, string>} */
  const scenarios = new Map();

  /** @param {Request} req @param {Response} res @param {URL} url @param {string[]} segments */
  async function handle(req, res, url, segments) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    res.setHeader('Cache-Control', 'no-store');

    if (req.method === 'OPTIONS') return preflight(req, res);
    if (segments[0] === '__stats') return stats(req, res, segments.slice(1));
    if (segments[0] === '__scenario') return setScenario(req, res, segments.slice(1));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(req, res, { status: 405, headers: { Allow: 'GET, HEAD, OPTIONS' }, body: { error: 'method not allowed' } });
    }
    if (segments[0] === 'images' && segments.length === 2) return image(req, res, segments[1]);

    const key = url.pathname + url.search;
    requestCounts.set(key, (requestCounts.get(key) ?? 0) + 1);
    res.once('close', () => {
      if (res.writableFinished) return;
      unfinishedCounts.set(key, (unfinishedCounts.get(key) ?? 0) + 1);
      // Never answered; a host server's log (the test runner's) would call it a 404 otherwise.
      if (!res.headersSent) res.statusCode = 499;
    });
    open.add(res);
    res.once('close', () => open.delete(res));

    /** @type {string | undefined} */
    let modeName;
    if (segments[0] === 'scenario') modeName = scenarios.get(segments.splice(0, 2)[1] ?? '');
    else if (Object.hasOwn(FAULT_MODES, segments[0])) modeName = segments.shift();
    const mode = modeName ? FAULT_MODES[modeName] : NORMAL;
    if (mode.hang) return;
    const stillThere = await wait(latency + (mode.delay === 'slow' ? slowDelay : 0), res);
    if (!stillThere) return;
    const deliver = mode.deliver ?? send;
    const options = { dripDelay };
    if (mode.reply) return deliver(req, res, mode.reply(), options);

    const match = matchRoute(segments);
    if (!match) return send(req, res, NOT_FOUND);
    const store = await loadStore(dataDir);
    /** @type {Context} */
    const ctx = {
      params: match.params,
      query: url.searchParams,
      lang: url.searchParams.get('lang') || 'kk',
      limit: parseLimit(url.searchParams.get('limit')),
      store,
      endpointUrl: requestOrigin(req) + prefix,
    };
    const body = match.route.handle(ctx);
    const rewrite = mode[match.route.kind];
    const answer = body === undefined || !rewrite ? body : rewrite(body, ctx);
    return answer === undefined ? send(req, res, NOT_FOUND) : deliver(req, res, { status: 200, body: answer }, options);
  }

  /** @param {Request} req @param {Response} res @param {string[]} rest */
  function stats(req, res, rest) {
    if (req.method === 'GET' && rest.length === 0) {
      return send(req, res, { status: 200, body: statistics() });
    }
    if (req.method === 'POST' && rest.length === 1 && rest[0] === 'reset') {
      requestCounts.clear();
      unfinishedCounts.clear();
      return send(req, res, { status: 200, body: statistics() });
    }
    return send(req, res, NOT_FOUND);
  }

  function statistics() {
    return { requests: Object.fromEntries(requestCounts), unfinished: Object.fromEntries(unfinishedCounts) };
  }

  /** `POST {base}/__scenario/{name}/{mode}`: what `{base}/scenario/{name}/…` answers from now on. @param {Request} req @param {Response} res @param {string[]} rest */
  function setScenario(req, res, rest) {
    const [name, mode] = rest;
    if (req.method !== 'POST' || rest.length !== 2 || !name || !(mode === 'normal' || Object.hasOwn(FAULT_MODES, mode))) {
      return send(req, res, { status: 400, body: { error: `POST ${prefix}/__scenario/{name}/{mode}, mode one of: normal, ${Object.keys(FAULT_MODES).join(', ')}` } });
    }
    if (mode === 'normal') scenarios.delete(name);
    else scenarios.set(name, mode);
    return send(req, res, { status: 200, body: { scenario: name, mode } });
  }

  /** @param {Request} req @param {Response} res @param {string} name */
  async function image(req, res, name) {
    const svg = IMAGE_NAME.test(name) && (await readFile(path.join(dataDir, 'images', name)).catch(() => null));
    if (!svg) return send(req, res, NOT_FOUND);
    res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Content-Length': svg.length, 'Cache-Control': 'max-age=300' });
    res.end(req.method === 'HEAD' ? undefined : svg);
  }

  /** @type {MockEndpointHandler} */
  const handler = Object.assign(
    /** @param {Request} req @param {Response} res @param {Next} next */
    (req, res, next) => {
      const url = new URL(req.url ?? '/', 'http://mock.invalid');
      if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return next();
      const segments = pathSegments(url.pathname.slice(prefix.length));
      const answer = segments
        ? handle(req, res, url, segments)
        : Promise.resolve(send(req, res, NOT_FOUND));
      answer.catch((error) => {
        console.error('[mock-endpoint]', error);
        if (!res.headersSent) send(req, res, { status: 500, body: { error: String(error?.message ?? error) } });
        else res.destroy();
      });
    },
    {
      /** Ends the requests still open (`hang`, `drip`, `huge`), so a server can shut down. */
      close() {
        for (const res of open) res.destroy();
        open.clear();
      },
      /** Request counts so far, keyed by path and query. */
      stats: () => Object.fromEntries(requestCounts),
    },
  );
  return handler;
}

/**
 * A Vite plugin serving the mock endpoint from `vite` (dev) and `vite preview`.
 * @param {MockEndpointOptions} [options]
 * @returns {import('vite').Plugin}
 */
export function mockEndpoint(options = {}) {
  return {
    name: 'news-widgets:mock-endpoint',
    configureServer(server) {
      mount(server.middlewares, server.httpServer, createMockEndpoint(options));
    },
    configurePreviewServer(server) {
      mount(server.middlewares, server.httpServer, createMockEndpoint(options));
    },
  };
}

/**
 * Puts the handler first, ahead of Vite's own CORS middleware, which would otherwise answer every
 * OPTIONS request itself and only for localhost origins; partner pages come from anywhere.
 * @param {import('vite').Connect.Server} middlewares
 * @param {import('node:http').Server | import('node:http2').Http2SecureServer | null} httpServer
 * @param {MockEndpointHandler} handler
 */
function mount(middlewares, httpServer, handler) {
  middlewares.stack.unshift({ route: '', handle: /** @type {any} */ (handler) });
  httpServer?.once('close', () => handler.close());
}

/* ------------------------------------------------------------------------------------------------
 * HTTP helpers.
 * ---------------------------------------------------------------------------------------------- */

/** @param {Reply} reply */
const bodyText = ({ body, html = false }) => (html ? String(body) : JSON.stringify(body));

/** @param {Request} req @param {Response} res @param {Reply} reply */
function send(req, res, reply) {
  const text = bodyText(reply);
  res.writeHead(reply.status, {
    ...reply.headers,
    'Content-Type': reply.contentType ?? (reply.html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8'),
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/**
 * The answer in 32-byte chunks, `dripDelay` apart, its length declared up front.
 * @param {Request} _req @param {Response} res @param {Reply} reply @param {DeliveryOptions} options
 */
function drip(_req, res, reply, { dripDelay }) {
  const bytes = Buffer.from(bodyText(reply));
  res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length });
  let sent = 0;
  const timer = setInterval(() => {
    res.write(bytes.subarray(sent, sent + 32));
    sent += 32;
    if (sent >= bytes.length) {
      clearInterval(timer);
      res.end();
    }
  }, dripDelay);
  res.once('close', () => clearInterval(timer));
}

/**
 * Declares the whole answer's length, sends half of it, and drops the connection.
 * @param {Request} _req @param {Response} res @param {Reply} reply
 */
function truncated(_req, res, reply) {
  const bytes = Buffer.from(bodyText(reply));
  res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length });
  res.write(bytes.subarray(0, bytes.length >> 1), () => res.destroy());
}

/**
 * `{"padding":"xxx…"}`, HUGE_BYTES long, streamed (chunked) as fast as the client reads it.
 * @param {Request} _req @param {Response} res
 */
function huge(_req, res) {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const head = '{"padding":"';
  const tail = '"}';
  let left = HUGE_BYTES - head.length - tail.length;
  res.write(head);
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      const part = chunk.subarray(0, Math.min(chunk.length, left));
      left -= part.length;
      if (!res.write(part)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end(tail);
  };
  pump();
}

/** @param {Request} req @param {Response} res */
function preflight(req, res) {
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type',
    'Access-Control-Max-Age': '600',
  });
  res.end();
}

/**
 * Resolves `true` after `ms`, or `false` as soon as the client goes away (its timer cleared).
 * @param {number} ms
 * @param {Response} res
 * @returns {Promise<boolean>}
 */
function wait(ms, res) {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    res.once('close', onClose);
  });
}

/**
 * The decoded segments of a path, or `null` when one cannot be decoded.
 * @param {string} pathname
 */
function pathSegments(pathname) {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** @param {string[]} segments */
function matchRoute(segments) {
  for (const route of ROUTES) {
    if (route.pattern.length !== segments.length) continue;
    /** @type {Record<string, string>} */
    const params = {};
    const matches = route.pattern.every((part, i) => {
      if (part.startsWith(':')) params[part.slice(1)] = segments[i];
      return part.startsWith(':') || part === segments[i];
    });
    if (matches) return { route, params };
  }
  return null;
}

/** @param {string | null} value */
function parseLimit(value) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_LIMIT) : DEFAULT_LIMIT;
}

/**
 * `http://host:port` as the client reached us, or `''` when the Host header looks wrong (then
 * image paths stay root-relative).
 * @param {Request} req
 */
function requestOrigin(req) {
  const host = req.headers.host ?? '';
  if (!/^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host)) return '';
  const secure = /** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted === true;
  return `${secure ? 'https' : 'http'}://${host}`;
}

/* ------------------------------------------------------------------------------------------------
 * Content.
 * ---------------------------------------------------------------------------------------------- */

/**
 * @param {string} dataDir
 * @returns {Promise<Store>}
 */
async function loadStore(dataDir) {
  const articlesDir = path.join(dataDir, 'articles');
  const files = (await readdir(articlesDir)).filter((name) => name.endsWith('.json')).sort();
  /** @type {Article[]} */
  const articles = await Promise.all(files.map((name) => readJson(path.join(articlesDir, name))));
  const mourning = await readJson(path.join(dataDir, 'mourning.json'));
  return {
    byId: new Map(articles.map((a) => [a.id, a])),
    related: await readJson(path.join(dataDir, 'related.json')),
    mourningDays: mourning.days,
    mourningToday: mourning.today,
  };
}

/** @param {string} file */
async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

/**
 * The languages that satisfy a request, best first: Kazakh in Latin script is made from the
 * Cyrillic text by the widget when there is no Latin version.
 * @param {string} lang
 */
function acceptable(lang) {
  return lang === 'kk-Latn' ? ['kk-Latn', 'kk'] : [lang];
}

/**
 * The version of `article`'s story in `lang`, or `article` itself when there is none.
 * @param {Article} article
 * @param {string} lang
 * @param {Store} store
 * @returns {Article}
 */
function inLanguage(article, lang, store) {
  for (const wanted of acceptable(lang)) {
    if (article.lang === wanted) return article;
    const translation = store.byId.get(article.translations?.[wanted] ?? '');
    if (translation) return translation;
  }
  return article;
}

/** @param {Article} article */
function storyIds(article) {
  return [article.id, ...Object.values(article.translations ?? {})];
}

/**
 * Every story once, as its versions, the original (earliest) first.
 * @param {Store} store
 * @returns {Article[][]}
 */
function stories(store) {
  /** @type {Map<string, Article[]>} */
  const byStory = new Map();
  for (const article of store.byId.values()) {
    const key = storyIds(article).sort()[0];
    byStory.set(key, [...(byStory.get(key) ?? []), article]);
  }
  return [...byStory.values()].map((versions) => newestFirst(versions).reverse());
}

/**
 * Stories sharing the article's category and tags first; within a score, versions in the asked
 * language before the others, then newest first.
 * @param {Article} article
 * @param {Article[]} candidates
 * @param {string} lang
 */
function bySimilarity(article, candidates, lang) {
  /** @param {Article} other */
  const score = (other) =>
    (other.category?.id && other.category.id === article.category?.id ? 4 : 0) +
    (other.tags ?? []).filter((tag) => article.tags?.includes(tag)).length * 2 +
    (acceptable(lang).includes(other.lang ?? '') ? 1 : 0);
  return newestFirst(candidates).sort((a, b) => score(b) - score(a));
}

/** @param {Article[]} articles */
function newestFirst(articles) {
  const time = (/** @type {Article} */ a) => Date.parse(a.publishedAt ?? '') || 0;
  return [...articles].sort((a, b) => time(b) - time(a));
}

/** @template T @param {T[]} items */
function unique(items) {
  return [...new Set(items)];
}

/**
 * A copy ready to send: stored image paths turned into absolute URLs of `{base}/images/`, so a card
 * on another origin loads them.
 * @param {Article} article
 * @param {string} endpointUrl
 * @returns {Article}
 */
function present(article, endpointUrl) {
  if (!article.image) return { ...article };
  const { src, srcset } = article.image;
  return {
    ...article,
    image: {
      ...article.image,
      src: imageUrl(src, endpointUrl),
      ...(srcset && {
        srcset: srcset
          .split(',')
          .map((candidate) => imageUrl(candidate.trim(), endpointUrl))
          .join(', '),
      }),
    },
  };
}

/** @param {string} stored  a path, or a srcset candidate starting with one @param {string} endpointUrl */
function imageUrl(stored, endpointUrl) {
  return stored.startsWith(STORED_IMAGES_PATH) ? `${endpointUrl}/images/${stored.slice(STORED_IMAGES_PATH.length)}` : stored;
}

/**
 * A stored day in one language (Kazakh when the language has no text of its own).
 * @param {Omit<StoredMourningDay, 'date'> & { date: string }} day
 * @param {string} lang
 */
function localizeDay({ title, message, ...rest }, lang) {
  const pick = (/** @type {Record<string, string> | undefined} */ texts) =>
    texts && (acceptable(lang).map((l) => texts[l]).find(Boolean) ?? texts.kk);
  const text = pick(message);
  return { ...rest, title: pick(title) ?? '', ...(text && { message: text }) };
}

/**
 * The `mourning-today` day, dated today in Kazakhstan.
 * @param {string} lang
 * @param {Store} store
 */
function today(lang, store) {
  return localizeDay({ date: kazakhstanDate(new Date()), ...store.mourningToday }, lang);
}

/**
 * The calendar date in Kazakhstan at `instant`: UTC+5 since 2024-03-01 00:00 local time
 * (2024-02-29T18:00:00Z), UTC+6 before. A fixed-offset rule, not the host's time-zone data.
 * @param {Date} instant
 */
export function kazakhstanDate(instant) {
  const offsetHours = instant.getTime() >= Date.UTC(2024, 1, 29, 18) ? 5 : 6;
  return new Date(instant.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
}
