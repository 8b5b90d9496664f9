/* global fetch */
// news-widgets/ssr in plain Node, as a partner's server calls it (a step of `npm test`, after the
// build): each widget's HTML with its shadow tree as Declarative Shadow DOM and the data it shows,
// fetched from a real local endpoint (the demo's mock) through the browser's adapters and
// validation; failures end as the light-DOM fallback, never as a thrown render.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createMockEndpoint } from '../../demo/mock-endpoint.js';
import { configure } from 'news-widgets';
import { renderWidget } from 'news-widgets/ssr';

let server;
let endpoint;
let api;

before(async () => {
  api = createMockEndpoint({ base: '/api', latency: 0 });
  server = createServer((req, res) => api(req, res, () => (res.writeHead(404), res.end())));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${server.address().port}/api`;
});

after(async () => {
  api.close();
  await new Promise((resolve) => server.close(resolve));
});

/** The shadow tree's markup (the first `<template shadowrootmode>`), styles left out. */
const shadowOf = (html) => {
  const match = /<template shadowroot="open" shadowrootmode="open"[^>]*>(.*)<\/template>/s.exec(html);
  return match?.[1].replace(/<style>.*?<\/style>/s, '');
};
/** Text as a reader sees it: tags and Lit's markers gone, whitespace folded. */
const textOf = (html) => html.replace(/<!--.*?-->/gs, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
/** The data the page carries for the browser. */
const servedOf = (html) => {
  const match = /<script type="application\/json" data-news-served>(.*?)<\/script>/s.exec(html);
  return match && JSON.parse(match[1]);
};
/** `value` as JSON carries it (keys of undefined values left out). */
const asJson = (value) => JSON.parse(JSON.stringify(value));
/** The calendar date in Kazakhstan (UTC+5 since March 2024) `days` from now. */
const kazakhstanDate = (days = 0) => new Date(Date.now() + 5 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

const article = async (id, lang = 'kk') => (await fetch(`${endpoint}/articles/${id}?lang=${lang}`)).json();

describe('a card', () => {
  test('is its loaded card: headline link, Kazakh date, author, styles, and the data as the page carries it', async () => {
    const story = await article('court-digital');
    const { html, data, error } = await renderWidget('news-article-card', { endpoint, 'article-id': 'court-digital' });
    assert.equal(error, undefined);
    const shadow = shadowOf(html);
    assert.ok(shadow, 'a declarative shadow root');
    assert.match(html, /^(<!--[^>]*-->)*<news-article-card /);
    assert.match(html, /shadowrootdelegatesfocus/, 'the card delegates focus, as in a browser');
    assert.match(html, /<style>[^<]*--news-accent/, 'its styles travel with it');
    assert.match(shadow, new RegExp(`<a part="link" href="${story.url}"[^>]*>(<!--[^>]*-->)*${story.title}`));
    // Chromium has no Kazakh dates; the server's ICU would print its own. These are the library's.
    const published = new Date(story.publishedAt);
    assert.match(textOf(shadow), new RegExp(`${published.getUTCFullYear()} ж\\. \\d{1,2} маусым|\\d{1,2} маусым`));
    assert.match(shadow, new RegExp(`<time part="date" datetime="${published.toISOString()}"`));
    assert.ok(textOf(shadow).includes(story.author.name));
    assert.doesNotMatch(shadow, /aria-busy="true"|role="status"/, 'no loading state');
    assert.deepEqual(servedOf(html), { lang: 'kk', key: 'article/court-digital', value: asJson(data) });
    assert.equal(data.title, story.title);
  });

  test("is in the page's language, and in its own lang over it", async () => {
    const ru = await renderWidget('news-article-card', { endpoint, 'article-id': 'court-digital' }, { lang: 'ru' });
    assert.equal(servedOf(ru.html).lang, 'ru');
    assert.equal(ru.data.title, (await article('court-digital', 'ru')).title);
    assert.doesNotMatch(ru.html, /<news-article-card[^>]* lang=/, 'no lang of its own: the switcher still turns it');
    const own = await renderWidget('news-article-card', { endpoint, 'article-id': 'court-digital', lang: 'en' }, { lang: 'ru' });
    assert.equal(servedOf(own.html).lang, 'en');
  });

  test('that cannot load is its light-DOM fallback, with why, for the browser to load', async () => {
    const fallback = '<a href="/kk/no-such-story">Тақырып</a>';
    const { html, error, data } = await renderWidget('news-article-card', { endpoint, 'article-id': 'no-such-story' }, { fallback });
    assert.equal(html, `<news-article-card endpoint="${endpoint}" article-id="no-such-story">${fallback}</news-article-card>`);
    assert.equal(error.reason, 'http');
    assert.equal(error.status, 404);
    assert.equal(data, undefined);
  });

  test('times out as in a browser, and never throws', async () => {
    configure({ timeout: 300, retries: 0 });
    try {
      const { html, error } = await renderWidget('news-article-card', { endpoint: `${endpoint}/hang`, 'article-id': 'court-digital' });
      assert.equal(error.reason, 'timeout');
      assert.doesNotMatch(html, /<template/);
    } finally {
      configure({ timeout: 8000, retries: 2 });
    }
  });

  test('without an endpoint says so, as in a browser', async () => {
    const { html, error } = await renderWidget('news-article-card', { 'article-id': 'court-digital' });
    assert.equal(error.reason, 'unsupported');
    assert.equal(html, '<news-article-card article-id="court-digital"></news-article-card>');
  });

  test("carries hostile data as text: nothing in it closes the data's script or becomes markup", async () => {
    const { html, data, error } = await renderWidget('news-article-card', { endpoint: `${endpoint}/hostile`, 'article-id': 'court-digital' });
    assert.equal(error, undefined);
    const script = /<script type="application\/json" data-news-served>(.*?)<\/script>/s.exec(html)[1];
    assert.doesNotMatch(script, /</, 'every < of the data escaped');
    assert.deepEqual(JSON.parse(script).value, asJson(data));
    assert.doesNotMatch(shadowOf(html), /<(script|img[^>]*onerror|iframe|svg[^>]*onload)/i);
  });

  test('escapes attribute values and refuses what is not an attribute name or a tag of the package', async () => {
    const { html } = await renderWidget('news-article-card', { 'article-id': '"><script>alert(1)</script>' });
    assert.match(html, /article-id="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    await assert.rejects(renderWidget('news-article-card', { 'onclick="x" a': '1' }), TypeError);
    await assert.rejects(renderWidget('news-iframe', {}), TypeError);
  });
});

describe('a rail', () => {
  test('is its cards, each story once, each with its own shadow tree waiting for the rail to hydrate', async () => {
    const { html, data, error } = await renderWidget('news-related-rail', { endpoint, 'article-id': 'court-digital', limit: 3, layout: 'list' });
    assert.equal(error, undefined);
    assert.equal(data.length, 3);
    assert.ok(!data.some((story) => story.id.startsWith('court-digital')), 'never the article itself, in any language');
    const cards = html.match(/<news-article-card[^>]*>/g);
    assert.equal(cards.length, 3);
    for (const card of cards) assert.match(card, /defer-hydration/);
    assert.equal(html.match(/shadowrootmode="open"/g).length, 4, 'the rail and each card');
    for (const story of data) assert.ok(html.includes(`href="${story.url}"`), story.url);
    assert.deepEqual(servedOf(html).value, asJson(data));
  });
});

describe('a banner', () => {
  test("shows on its day in Kazakhstan, computed on the server, and not the day after", async () => {
    const today = await renderWidget('news-mourning-banner', { date: kazakhstanDate() });
    assert.match(shadowOf(today.html), new RegExp(`<time datetime="${kazakhstanDate()}">`));
    assert.match(textOf(shadowOf(today.html)), /Жалпыұлттық аза тұту күні/);
    const passed = await renderWidget('news-mourning-banner', { date: kazakhstanDate(-1) });
    assert.doesNotMatch(shadowOf(passed.html), /<section/);
  });

  test("follows the endpoint's schedule", async () => {
    const declared = await renderWidget('news-mourning-banner', { endpoint: `${endpoint}/mourning-today` }, { lang: 'ru' });
    assert.match(shadowOf(declared.html), /<section part="banner"/);
    assert.equal(servedOf(declared.html).key, 'mourning');
    const ordinary = await renderWidget('news-mourning-banner', { endpoint });
    assert.doesNotMatch(shadowOf(ordinary.html), /<section/);
  });
});

describe('a switcher', () => {
  test('marks the page language current', async () => {
    const { html } = await renderWidget('news-language-switcher', { languages: 'kk ru en' }, { lang: 'ru' });
    assert.match(shadowOf(html), /<button part="option current"[^>]*lang="ru"[^>]*aria-current="true"/);
    assert.equal(shadowOf(html).match(/<button /g).length, 3);
  });
});
