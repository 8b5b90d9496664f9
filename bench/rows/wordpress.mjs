/* global URL, clearTimeout, document, fetch, performance, process, requestAnimationFrame, setTimeout, window */
// Row 5, against a real peer: WordPress's own post embed (the oEmbed card every WordPress site
// serves: a blockquote, a sandboxed iframe of `<permalink>/embed/` and the wp-embed script) against
// our cards for the same posts, from the real WordPress of the integration suite
// (scripts/test-wordpress.mjs --serve). bench/wordpress-posts.php makes sure it has 20 published
// posts. Per page load, side by side: bytes transferred (every request of every frame), time
// until all 20 are visible with their images, JS heap after GC and main-thread task time.
//
// The browser keeps the embeds' frames in the page's own process (sandboxed frames would
// otherwise get processes of their own, whose work the page's counters would not see).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib.mjs';
import { freshPage, heapAfterGc, launchBrowser, summarize, ratio } from '../lib.mjs';

const POSTS = 20;
const HTML = 'text/html; charset=utf-8';
const STARTUP = 180_000;

/** Starts the integration suite's WordPress; resolves to `{ endpoint, origin, ids, stop }`, or `{ skipped }`. */
function startWordPress(log) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'test-wordpress.mjs'), '--serve'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM'); // the script stops its own servers and removes its config
    });
  return new Promise((resolve) => {
    let output = '';
    const timer = setTimeout(() => (stop(), resolve({ skipped: `WordPress did not start within ${STARTUP / 1000} s` })), STARTUP);
    const read = (chunk) => {
      output += chunk;
      for (const line of output.split('\n')) {
        const skipped = /skipped: (.*)/.exec(line);
        const serving = /serving (\S+) until Ctrl-C; posts: (\{.*\})/.exec(line);
        if (skipped || /FAILED/.test(line)) {
          clearTimeout(timer);
          resolve({ skipped: skipped?.[1] ?? line });
        } else if (serving) {
          clearTimeout(timer);
          const endpoint = serving[1];
          resolve({ endpoint, origin: new URL(endpoint).origin, ids: JSON.parse(serving[2]), stop, pid: child.pid });
        }
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', () => resolve({ skipped: `the WordPress script ended: ${output.trim().split('\n').pop()}` }));
    log('wordpress: starting the integration suite\'s WordPress (--serve)');
  });
}

/** The embed page: the oEmbed HTML of each post, as a site that embeds them puts it in its page. */
const embedPage = (embeds) => `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>WordPress embeds</title>
<script>
  window.loadedFrames = 0;
  document.addEventListener('load', (event) => event.target.localName === 'iframe' && window.loadedFrames++, true);
</script>
<style>body { margin: 0; padding: 16px; } main { display: grid; grid-template-columns: repeat(3, 400px); gap: 16px; align-items: start; }</style>
</head><body><main>${embeds.map((html) => `<div>${html}</div>`).join('\n')}</main></body></html>`;

/** Our page: one card per post, read from the same WordPress through its REST API. */
const cardsPage = (endpoint, ids) => `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>news-widgets cards</title>
<script>
  window.loaded = 0;
  addEventListener('news-load', () => window.loaded++);
  addEventListener('news-error', (event) => (window.failed = event.detail.message));
</script>
<script type="module" src="/dist/news-widgets.js"></script>
<style>body { margin: 0; padding: 16px; } main { display: grid; grid-template-columns: repeat(3, 400px); gap: 16px; align-items: start; }</style>
</head><body><main>${ids.map((id) => `<news-article-card adapter="wordpress" endpoint="${endpoint}" article-id="${id}"></news-article-card>`).join('\n')}</main></body></html>`;

/** In the page: resolves when all posts are visible (content, sized frames, images) and painted. */
async function visible(posts) {
  const { paintedShowing } = await import('/bench/page/frames.js');
  const ready = () => {
    if (window.failed) throw new Error(window.failed);
    if (document.querySelector('iframe')) {
      // wp-embed hides each blockquote when its frame has reported its height.
      const shown = [...document.querySelectorAll('blockquote.wp-embedded-content')].every((quote) => quote.style.display === 'none');
      return window.loadedFrames >= posts && shown;
    }
    const images = [...document.querySelectorAll('news-article-card')].flatMap((card) => [...card.shadowRoot.querySelectorAll('img')]);
    return window.loaded >= posts && images.every((img) => img.complete);
  };
  while (!ready()) await new Promise((resolve) => requestAnimationFrame(resolve));
  await paintedShowing([...document.querySelectorAll('news-article-card')]);
  return performance.now();
}

async function sample(browser, url) {
  const { page, cdp, close } = await freshPage(browser, { width: 1280, height: 4200 });
  try {
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await cdp.send('Performance.enable');
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
    const taskBefore = await metric('TaskDuration');
    await page.goto(url);
    const time = await page.evaluate(visible, POSTS);
    const task = (await metric('TaskDuration')) - taskBefore;
    const heap = await heapAfterGc(cdp);
    await page.waitForTimeout(200); // the last requestfinished events
    return { time, task: task * 1000, heap, bytes };
  } finally {
    await close();
  }
}

export async function wordpressRow({ origin, extra, samples, log }) {
  const wordpress = await startWordPress(log);
  if (wordpress.skipped) return { skipped: wordpress.skipped };
  const browser = await launchBrowser(['--disable-site-isolation-trials', '--disable-features=IsolateSandboxedIframes']);
  try {
    const made = spawnSync('php', [join(ROOT, 'bench', 'wordpress-posts.php'), String(POSTS)], {
      encoding: 'utf8',
      env: { ...process.env, NEWS_WP_CONFIG: `news-widgets-test-${wordpress.pid}`, NEWS_WP_HOST: new URL(wordpress.origin).host },
    });
    if (made.status !== 0) return { skipped: `could not make ${POSTS} posts: ${made.stderr.trim()}` };
    const ids = JSON.parse(made.stdout);
    const embeds = [];
    for (const id of ids) {
      const post = await (await fetch(`${wordpress.endpoint}/wp/v2/posts/${id}?_fields=link`)).json();
      const oembed = await (await fetch(`${wordpress.endpoint}/oembed/1.0/embed?url=${encodeURIComponent(post.link)}`)).json();
      embeds.push(oembed.html);
    }
    extra['/bench/wp-embed.html'] = { type: HTML, body: embedPage(embeds) };
    extra['/bench/wp-cards.html'] = { type: HTML, body: cardsPage(wordpress.endpoint, ids) };

    const runs = { embed: [], cards: [] };
    for (let round = 0; round < samples; round++) {
      for (const kind of round % 2 ? ['cards', 'embed'] : ['embed', 'cards'])
        runs[kind].push(await sample(browser, `${origin}/bench/wp-${kind === 'embed' ? 'embed' : 'cards'}.html`));
      log(`wordpress: round ${round + 1}/${samples}`);
    }
    const figure = (key) => ({
      cards: summarize(runs.cards.map((run) => run[key])),
      embed: summarize(runs.embed.map((run) => run[key])),
      ratio: ratio(runs.cards.map((run) => run[key]), runs.embed.map((run) => run[key])),
    });
    const targets = await (await browser.newBrowserCDPSession()).send('Target.getTargets');
    return {
      posts: POSTS,
      wordpress: wordpress.origin,
      bytes: figure('bytes'),
      visible: figure('time'),
      heap: figure('heap'),
      mainThread: figure('task'),
      outOfProcessFrames: targets.targetInfos.filter((target) => target.type === 'iframe').length,
    };
  } finally {
    await browser.close();
    await wordpress.stop();
  }
}
