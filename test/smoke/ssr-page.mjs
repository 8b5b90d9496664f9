/* global document, window, customElements, getComputedStyle */
// The server-rendered demo page (demo/server-rendered.mjs, a plain Node HTTP server on
// news-widgets/ssr) in the system Chromium, a step of `npm test` after the build:
// - without JavaScript, the server's HTML is the widgets: headline links, dates in Kazakh, the
//   banner on its day, styled;
// - with Lit's hydration (`/`), the widgets take over the server's very nodes: no request for the
//   data the page carries, no loading frame, no layout shift, clicks reported, the switcher working;
// - with the single file (`/drop-in`, no hydration), the same but for the nodes, which are rendered
//   again from the carried data.
import { chromium } from 'playwright-core';
import { startServerRenderedDemo } from '../../demo/server-rendered.mjs';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { LEAD, leadLink, takeOver } from './server-takeover.mjs';

const TIMEOUT = 15_000;

async function withoutScript(browser, origin, problems) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const found = await page.evaluate(() => {
    const card = document.querySelector('news-article-card[article-id="court-digital"]');
    const root = card?.shadowRoot;
    const banner = document.querySelector('news-mourning-banner')?.shadowRoot;
    const rail = document.querySelector('news-related-rail')?.shadowRoot;
    return {
      defined: !!customElements.get('news-article-card'),
      link: root?.querySelector('a[part="link"]')?.href,
      date: root?.querySelector('time')?.textContent.trim(),
      radius: root && getComputedStyle(root.querySelector('[part="card"]')).borderTopLeftRadius,
      banner: banner?.querySelector('[part="title"]')?.textContent.replace(/\s+/g, ' ').trim(),
      bannerShown: !!banner && banner.querySelector('[part="banner"]').getBoundingClientRect().height > 0,
      railLinks: [...(rail?.querySelectorAll('news-article-card') ?? [])].map((each) => each.shadowRoot?.querySelector('a')?.href).filter(Boolean).length,
    };
  });
  await context.close();
  if (found.defined) problems.push('no script: the elements were defined');
  if (found.link !== 'https://example.kz/kk/court-digital') problems.push(`no script: the lead's link is ${found.link}`);
  if (!/^(\d{4} ж\. )?\d{1,2} [а-яәғқңөұүһі]+$|сағат бұрын|минут бұрын/.test(found.date ?? '')) problems.push(`no script: the lead's date reads "${found.date}", not Kazakh`);
  if (found.radius !== '10px') problems.push(`no script: the card is unstyled (corner radius ${found.radius})`);
  if (!found.bannerShown || !/Жалпыұлттық аза тұту күні/.test(found.banner ?? '')) problems.push(`no script: the banner shows "${found.banner}"`);
  if (found.railLinks !== 4) problems.push(`no script: the rail has ${found.railLinks} story links, not 4`);
  if (!problems.length) console.log(`ok: without JavaScript the server's HTML is the widgets (${found.date}, ${found.railLinks} rail stories, styled)`);
}

async function withScript(browser, origin, path, hydrated, problems) {
  const say = (problem) => problems.push(`${path}: ${problem}`);
  const page = await browser.newPage();
  await takeOver(page, origin + path, { hydrated }, say);

  // A click is reported (and, cancelled, keeps the page), as on a page rendered in the browser.
  await page.evaluate(() => {
    window.clicks = [];
    document.addEventListener('news-article-click', (event) => (window.clicks.push(event.detail), event.preventDefault()));
  });
  await page.locator(LEAD).getByRole('link').first().click();
  const clicks = await page.evaluate(() => window.clicks);
  if (clicks.length !== 1 || clicks[0].id !== 'court-digital') say(`the lead's click was reported as ${JSON.stringify(clicks)}`);
  if (new URL(page.url()).pathname !== path) say(`a cancelled click left the page for ${page.url()}`);

  // The switcher turns every widget, which loads its Russian data as usual.
  await page.locator('news-language-switcher').getByRole('button', { name: 'Русский' }).click();
  const ru = await page
    .waitForFunction(
      (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('a[part="link"]')?.textContent.trim().startsWith('Цифровые'),
      LEAD,
      { timeout: TIMEOUT },
    )
    .then(() => true, () => false);
  if (!ru) say(`after choosing Русский the lead reads "${(await leadLink(page))?.text}"`);
  const current = await page.locator('news-language-switcher').evaluate((el) => el.shadowRoot.querySelector('[aria-current="true"]')?.getAttribute('lang'));
  if (current !== 'ru') say(`after choosing Русский the switcher's current language is ${current}`);
  await page.close();
  if (!problems.some((problem) => problem.startsWith(path)))
    console.log(`ok: ${path} takes the server's widgets over (${hydrated ? "hydrated, the server's nodes kept" : 'rendered again from the carried data'}): 0 requests for carried data, no loading frame, layout shift 0, clicks and the switcher work`);
}

/** A reader who closed the banner today: the server cannot know, so the script takes it away. */
async function closedBanner(browser, origin, path, problems) {
  const page = await browser.newPage();
  await page.addInitScript((today) => localStorage.setItem('news-widgets:mourning-dismissed', today), new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10));
  await page.goto(`${origin}${path}?widgets=banner`);
  const gone = await page
    .waitForFunction(() => customElements.get('news-mourning-banner') && !document.querySelector('news-mourning-banner').shadowRoot.querySelector('[part="banner"]'), null, { timeout: TIMEOUT })
    .then(() => true, () => false);
  await page.close();
  if (!gone) problems.push(`${path}: a banner the reader closed today is still up after the script took it over`);
  else console.log(`ok: ${path} takes away the server's banner the reader closed today`);
}

async function check() {
  const pages = [];
  const server = await startServerRenderedDemo({ onPage: (page) => pages.push(page) });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
  const problems = [];
  try {
    await withoutScript(browser, origin, problems);
    await withScript(browser, origin, '/', true, problems);
    await withScript(browser, origin, '/drop-in', false, problems);
    for (const path of ['/', '/drop-in']) await closedBanner(browser, origin, path, problems);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const failed = pages.flatMap(({ timings }) => timings.filter(({ error }) => error));
  if (failed.length) problems.push(`the server could not render: ${failed.map(({ name, error }) => `${name} (${error})`).join(', ')}`);
  const last = pages.at(-1);
  if (last) console.log(`the page: ${(last.bytes / 1024).toFixed(1)} KB of HTML; rendered in ${last.timings.map(({ name, ms }) => `${name} ${ms.toFixed(0)} ms`).join(', ')}`);
  return problems;
}

const problems = await check().catch((error) => [error.stack ?? error.message]);
if (problems.length) {
  console.error(`server-rendered page test failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('server-rendered page test passed');
