/* global document, window, customElements */
// A server-rendered page taken over in Chromium, as test/smoke/ssr-page.mjs (the plain Node
// server's page) and test/smoke/ssr-frameworks.mjs (the framework examples) check it: the page
// shows the lead card of article court-digital.
const TIMEOUT = 15_000;

/** The page's lead card, whose server-rendered link is watched. */
export const LEAD = 'news-article-card[article-id="court-digital"]';

/**
 * Before anything of the page runs: adds up layout shifts, and as the document is parsed (before
 * any module script) marks the lead's server-rendered link and notes which widgets show a loading
 * frame at any point after that.
 */
export const WATCH = () => {
  window.seen = { shift: 0, loading: [], errors: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.seen.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.addEventListener('error', (event) => window.seen.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => window.seen.errors.push(String(event.reason)));
  const widgets = () => document.querySelectorAll('news-article-card, news-related-rail, news-mourning-banner, news-language-switcher');
  const lookForLoading = () => {
    for (const widget of widgets()) {
      if (widget.shadowRoot?.querySelector('[aria-busy="true"]')) window.seen.loading.push(widget.localName);
    }
    if (!window.seen.done) window.requestAnimationFrame(lookForLoading);
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const link = document.querySelector('news-article-card[article-id="court-digital"]')?.shadowRoot?.querySelector('a[part="link"]');
    if (link) link.dataset.fromServer = 'yes';
    window.seen.defined = !!customElements.get('news-article-card');
    lookForLoading();
  });
};

/** The lead's headline link as the reader sees it, and whether it is still the server's node. */
export const leadLink = (page) =>
  page.locator(LEAD).evaluate((card) => {
    const link = card.shadowRoot?.querySelector('a[part="link"]');
    return link && { text: link.textContent.trim(), href: link.href, fromServer: link.dataset.fromServer === 'yes' };
  });

/**
 * Opens `url` in `page` and checks that the widgets take the server's HTML over: no request for
 * the data the page carries, no loading frame, no layout shift, no error, the lead's headline as
 * the server wrote it and, `hydrated`, still the server's node. Each problem goes to `say`.
 */
export async function takeOver(page, url, { hydrated }, say) {
  const dataRequests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/images/')) dataRequests.push(url.pathname + url.search);
  });
  page.on('console', (message) => message.type() === 'error' && say(`console error: ${message.text()}`));
  await page.addInitScript(WATCH);
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('news-article-card') && document.querySelector('news-article-card').hasUpdated, null, { timeout: TIMEOUT });
  // Long enough for any widget that wanted to fetch (they are in view, or near it) to have asked.
  await page.waitForTimeout(1500);
  const seen = await page.evaluate(() => ((window.seen.done = true), window.seen));
  const link = await leadLink(page);
  if (dataRequests.length) say(`asked the endpoint for what the page carries: ${dataRequests.join(', ')}`);
  if (seen.loading.length) say(`a loading frame showed in ${[...new Set(seen.loading)].join(', ')}`);
  if (seen.shift !== 0) say(`layout shift ${seen.shift.toFixed(4)}`);
  if (seen.errors.length) say(`errors: ${seen.errors.join('; ')}`);
  if (link?.text !== 'Сандық технология сот саласына жаңа серпін берді') say(`the lead's link reads "${link?.text}"`);
  if (hydrated && !link?.fromServer) say("the lead's link is not the server's node: it was rendered again, not hydrated");
}
