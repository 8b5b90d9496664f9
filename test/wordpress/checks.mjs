/* global document, window, customElements */
// The checks of `npm run test:wordpress` (scripts/test-wordpress.mjs starts the servers): the
// widgets and the WordPress adapter in Chromium, against a live WordPress whose REST API is on
// another origin than the page, so CORS is real too. Content: content.json beside this file.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';

const SEED_TITLE = 'Сандық технология сот саласына жаңа серпін берді';
const SEED_TITLE_RU = 'Цифровые технологии дали новый импульс судебной системе';
const POSITION = 'Алматы қаласы қылмыстық істер жөніндегі мамандандырылған ауданаралық сотының хатшысы';

/**
 * Runs every check; each result is `{ name, ok, error? }` or `{ name, skipped }`.
 * Screenshots of the page go to `${screenshot}-kk.png` (before the language switch) and `-ru.png`.
 * @param {{ endpoint: string, origin: string, ids: { posts: Record<string, number>, pages?: { quickstart?: { id: number, url: string } } }, page: string, screenshot: string }} site
 */
export async function runChecks({ endpoint, origin, ids, page: pageUrl, screenshot }) {
  const post = (key) => String(ids.posts[key]);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
  const results = [];
  try {
    const page = await browser.newPage({ viewport: { width: 820, height: 1200 } });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.newsReady === true);
    const defined = (tag) => page.evaluate((name) => !!customElements.get(name), tag);

    const check = async (name, run) => {
      try {
        const skipped = await run();
        results.push(skipped ? { name, skipped } : { name, ok: true });
      } catch (error) {
        results.push({ name, ok: false, error: error.message.split('\n').slice(0, 6).join('\n      ') });
      }
    };

    /** Adds markup to the page's stage. */
    const show = (markup) =>
      page.evaluate((html) => document.getElementById('stage').insertAdjacentHTML('beforeend', html), markup);

    /** The text a reader sees in a widget, and the texts of the links in it, through nested shadow roots. */
    const read = (selector) =>
      page.evaluate((css) => {
        const host = document.querySelector(css);
        const links = [];
        const walk = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.localName === 'a' && element.href) links.push(element.textContent.replace(/\s+/g, ' ').trim());
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        if (host?.shadowRoot) walk(host.shadowRoot);
        const text = (node) =>
          [...(node.shadowRoot ?? node).childNodes]
            .map((child) => (child.nodeType === 3 ? child.textContent : child.nodeType === 1 && child.localName !== 'style' ? text(child) : ''))
            .join(' ');
        return { text: host ? text(host).replace(/\s+/g, ' ').trim() : '', links };
      }, selector);

    /** Waits until the widget shows `text` (or one of its links has it). */
    const waitForText = async (selector, text, timeout = 10_000) => {
      const deadline = Date.now() + timeout;
      for (;;) {
        const shown = await read(selector);
        if (shown.text.includes(text)) return shown;
        if (Date.now() > deadline) throw new Error(`${selector} never showed "${text}"; it shows: ${shown.text.slice(0, 300)}`);
        await page.waitForTimeout(100);
      }
    };

    /** Calls the WordPress adapter in the page, with the page's shared client. */
    const adapter = (method, args, lang = 'kk', base = endpoint) =>
      page.evaluate(
        async ({ method, args, lang, base }) => {
          const [{ wordpressAdapter }, { fetchJson }] = await Promise.all([
            import('/src/data/adapters/wordpress.ts'),
            import('/src/data/client.ts'),
          ]);
          try {
            return { value: await wordpressAdapter[method](...args, { endpoint: base, lang, fetchJson: (url) => fetchJson(url) }) };
          } catch (error) {
            return { error: { reason: error.reason, status: error.status, message: error.message } };
          }
        },
        { method, args, lang, base },
      );
    const value = (answer) => {
      if (answer.error) throw new Error(`the adapter failed: ${JSON.stringify(answer.error)}`);
      return answer.value;
    };
    const idsOf = (articles) => articles.map((article) => article.id);

    // --- the adapter against the live REST API ---------------------------------------------

    await check('adapter: the seed post with author position, UTC date, srcset from the made sizes, terms, translations', async () => {
      const article = value(await adapter('article', [post('court-digital')]));
      assert.equal(article.title, SEED_TITLE);
      assert.deepEqual(article.author, { name: 'Дуйсенова Ақерке', role: POSITION });
      assert.equal(article.publishedAt, '2023-06-10T03:00:00Z');
      assert.equal(article.category.name, 'Сот');
      assert.deepEqual(article.tags.sort(), ['сот', 'цифрландыру']);
      assert.equal(article.translations.ru, post('court-digital-ru'));
      assert.equal(article.image.width, 1200);
      assert.deepEqual(article.image.srcset.split(', ').map((candidate) => candidate.split(' ')[1]), ['300w', '768w', '1024w', '1200w']);
      assert.ok(article.readingMinutes >= 1);
    });

    await check('adapter: titles and excerpts texturized by WordPress come out as plain text', async () => {
      const kk = value(await adapter('articles', [{ limit: 20 }], 'kk'));
      const ru = value(await adapter('articles', [{ limit: 20 }], 'ru'));
      const title = (list, key) => list.find((article) => article.id === post(key))?.title;
      assert.equal(title(ru, 'online-hearings-ru'), 'Онлайн-заседания – норма, а не исключение…');
      assert.equal(title(kk, 'mediation-halls'), 'Бейнебайланыс & медиация: аудандық соттарда жаңа залдар ашылды');
      assert.equal(title(kk, 'court-cabinet'), '«Сот кабинеті» арқылы берілген өтініштер саны артты');
      assert.deepEqual([kk.length, ru.length], [6, 5]);
      for (const article of [...kk, ...ru]) assert.doesNotMatch(`${article.title} ${article.excerpt}`, /[<>]|&#?\w+;|\[…\]/);
    });

    await check('adapter: related posts by category, without the article in either language', async () => {
      assert.deepEqual(idsOf(value(await adapter('related', [post('court-digital'), 6], 'kk'))), [post('mediation-halls'), post('court-cabinet')]);
      assert.deepEqual(idsOf(value(await adapter('related', [post('court-digital'), 6], 'ru'))), [post('online-hearings-ru'), post('court-cabinet-ru')]);
    });

    await check('adapter: a language the site lacks (400 rest_invalid_param) falls back to every language', async () => {
      assert.deepEqual(idsOf(value(await adapter('related', [post('court-digital'), 6], 'en'))), [post('mediation-halls'), post('court-cabinet')]);
    });

    await check('adapter: tags and categories by slug, in the reader language through their translations', async () => {
      assert.deepEqual(idsOf(value(await adapter('articles', [{ tag: 'цифрландыру', limit: 6 }], 'kk'))), [post('court-cabinet'), post('court-digital')]);
      const russian = [post('online-hearings-ru'), post('court-cabinet-ru'), post('court-digital-ru')];
      assert.deepEqual(idsOf(value(await adapter('articles', [{ tag: 'цифрландыру', limit: 6 }], 'ru'))), russian);
      assert.deepEqual(idsOf(value(await adapter('articles', [{ category: 'sot', limit: 6 }], 'ru'))), russian);
      assert.deepEqual(value(await adapter('articles', [{ category: 'sport', limit: 6 }], 'ru')), []);
    });

    await check('adapter: a post by slug, followed to its translation', async () => {
      assert.equal(value(await adapter('article', ['munix-2026'], 'ru')).id, post('youth-leaders-ru'));
    });

    await check('adapter: the ?rest_route= form of sites without pretty permalinks', async () => {
      assert.equal(value(await adapter('article', [post('court-digital')], 'kk', `${origin}/?rest_route=`)).title, SEED_TITLE);
    });

    await check("adapter: WordPress's errors — draft and private (401), missing (404), no route, the site instead of its API", async () => {
      for (const key of ['draft', 'private']) {
        const { error } = await adapter('article', [post(key)]);
        assert.equal(error?.status, 401, key);
        assert.match(error.message, /rest_forbidden/);
      }
      const missing = (await adapter('article', ['999999'])).error;
      assert.deepEqual([missing?.reason, missing?.status], ['http', 404]);
      assert.match(missing.message, /rest_post_invalid_id/);
      const noRoute = (await adapter('article', [post('court-digital')], 'kk', `${endpoint}/nope`)).error;
      assert.equal(noRoute?.reason, 'unsupported');
      assert.match(noRoute.message, /rest_no_route/);
      // The site's own 404 page has no CORS headers, so across origins the browser shows nothing of it.
      const siteRoot = (await adapter('article', [post('court-digital')], 'kk', origin)).error;
      assert.equal(siteRoot?.reason, 'network');
    });

    // --- the widgets ---------------------------------------------------------------------------

    const seed = post('court-digital');
    await check('card: the seed article with image, category, date and the author position', async () => {
      await show(`<news-article-card id="card" adapter="wordpress" endpoint="${endpoint}" article-id="${seed}"></news-article-card>`);
      const { text, links } = await waitForText('#card', SEED_TITLE);
      assert.deepEqual(links, [SEED_TITLE]);
      for (const part of ['Сот', '2023 ж. 10 маусым', 'Дуйсенова Ақерке', POSITION]) assert.ok(text.includes(part), `no "${part}" in: ${text}`);
      const image = await page.waitForFunction(() => {
        const img = document.querySelector('#card').shadowRoot.querySelector('img');
        return img?.complete && img.naturalWidth > 0 && { src: img.currentSrc, alt: img.alt };
      });
      const { src, alt } = await image.jsonValue();
      assert.match(src, /\/wp-content\/uploads\/2023\/06\/sot-digital-kk(-\d+x\d+)?\.jpg$/);
      assert.equal(alt, 'Сот залындағы бейнеконференцбайланыс экраны');
    });

    await check('card: the Russian version for a reader of Russian (Polylang translations)', async () => {
      await show(`<news-article-card id="card-ru" lang="ru" adapter="wordpress" endpoint="${endpoint}" article-id="${seed}"></news-article-card>`);
      const { text } = await waitForText('#card-ru', SEED_TITLE_RU);
      assert.ok(text.includes('10 июня 2023 г.') && text.includes('Суд'), text);
    });

    await check('card: a draft says the site does not allow it, with Retry', async () => {
      await show(`<news-article-card id="card-draft" adapter="wordpress" endpoint="${endpoint}" article-id="${post('draft')}"></news-article-card>`);
      await waitForText('#card-draft', 'Сайт бұл материалды көрсетуге рұқсат бермеді.');
      assert.equal(await page.locator('#card-draft button').textContent(), 'Қайталау');
    });

    const hasRail = await defined('news-related-rail');
    await check('rail: related stories of the seed article, each once, never itself', async () => {
      if (!hasRail) return 'no <news-related-rail> in this build yet';
      await show(`<news-related-rail id="rail" class="wide" adapter="wordpress" endpoint="${endpoint}" article-id="${seed}" layout="list"></news-related-rail>`);
      const { links } = await waitForText('#rail', 'Бейнебайланыс & медиация');
      assert.ok(links.includes('«Сот кабинеті» арқылы берілген өтініштер саны артты'), links.join(' | '));
      assert.ok(!links.includes(SEED_TITLE) && !links.includes(SEED_TITLE_RU), links.join(' | '));
      assert.equal(new Set(links).size, links.length);
    });

    await page.locator('#stage').screenshot({ path: `${screenshot}-kk.png` });
    await check('language switch: the widgets re-render in Russian from WordPress', async () => {
      await show(`<news-article-card id="card-page" adapter="wordpress" endpoint="${endpoint}" article-id="${seed}"></news-article-card>`);
      await waitForText('#card-page', SEED_TITLE);
      if (await defined('news-language-switcher')) {
        await show('<news-language-switcher id="switcher" class="wide"></news-language-switcher>');
        await page.locator('#switcher').getByText('Русский').click();
      } else {
        await page.evaluate(() => window.news.setPageLanguage('ru', { persist: false }));
      }
      await waitForText('#card-page', SEED_TITLE_RU);
      if (hasRail) await waitForText('#rail', '«Судебный кабинет»: число онлайн-заявлений выросло');
    });

    await check("quickstart: README's snippet in a Custom HTML block, on the theme's public page, loads dist/ and shows the seed title as a link", async () => {
      const quickstart = ids.pages?.quickstart;
      assert.ok(quickstart, 'install.php made no quickstart page');
      const front = await browser.newPage({ viewport: { width: 820, height: 1200 } });
      try {
        const errors = [];
        const bundles = [];
        front.on('pageerror', (error) => errors.push(error.message));
        front.on('response', (response) => {
          if (response.url().split('?')[0].endsWith('/dist/news-widgets.js')) bundles.push(response.status());
        });
        const response = await front.goto(quickstart.url);
        assert.equal(response.status(), 200, quickstart.url);
        // The theme rendered it (a block theme's page wraps the post content in .wp-site-blocks).
        assert.equal(await front.locator('.wp-site-blocks news-article-card').count(), 1);
        const link = await front.waitForFunction(
          () => {
            const a = [...(document.querySelector('news-article-card').shadowRoot?.querySelectorAll('a[href]') ?? [])];
            return a.length && a.map((element) => ({ text: element.textContent.replace(/\s+/g, ' ').trim(), href: element.href }));
          },
          undefined,
          { timeout: 10_000 },
        ).catch(async () => {
          const shown = await front.evaluate(() => document.querySelector('news-article-card').shadowRoot?.textContent.replace(/\s+/g, ' ').trim());
          throw new Error(`the card never showed a link; its shadow root: ${shown ?? '(none: the library did not load)'}; bundle responses: ${bundles.join(', ') || 'none'}`);
        });
        const links = await link.jsonValue();
        assert.deepEqual(links.map((a) => a.text), [SEED_TITLE]);
        assert.ok(links[0].href.startsWith(`${origin}/2023/06/10/`), links[0].href);
        assert.deepEqual(bundles, [200]);
        assert.deepEqual(errors, []);
      } finally {
        await front.close();
      }
    });

    await page.locator('#stage').screenshot({ path: `${screenshot}-ru.png` });
    await check('the page raised no errors', async () => assert.deepEqual(pageErrors, []));
  } finally {
    await browser.close();
  }
  return results;
}
