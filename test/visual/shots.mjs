// The key states test/visual/visual.mjs screenshots, one baseline each (test/visual/baselines/
// <name>.png). A shot is markup in a page of its own, `width` px wide, screenshotted once
// `until` (a CSS selector, matched through shadow roots) matches and its images have loaded.
// Data comes from the demo's mock endpoint at /api and its fault modes (/api/hang, /api/fail,
// /api/empty); `stale` first loads /flaky until that selector matches, then makes it fail.

const CARD = 'endpoint="/api" article-id="court-digital"';
const LINK = '[part~="link"]';
const RETRY = '[part~="button"]';

const card = (name, attributes, until = LINK, extra = {}) => ({
  name: `article-card-${name}`,
  html: `<news-article-card ${attributes}></news-article-card>`,
  until,
  ...extra,
});

const rail = (name, attributes, until, extra = {}) => ({
  name: `related-rail-${name}`,
  html: `<news-related-rail ${attributes}></news-related-rail>`,
  width: 760,
  until,
  ...extra,
});

/** A settled rail: its stories' links (inside their cards' shadow roots) are there. */
const RAIL_LOADED = LINK;

/** The partner demo's tokens (demo/partner.css): a light surface, the text left to the library. */
const PARTNER =
  '--news-color-surface: #fff8fe; --news-color-border: #e7c6f1; --news-accent: #7b1fa2; --news-on-accent: #fff';
/** The reader's system in dark mode; forced colours (Windows High Contrast) on a dark palette. */
const DARK_SYSTEM = { colorScheme: 'dark' };
const FORCED = { colorScheme: 'dark', forcedColors: 'active' };

/**
 * Why a shot is taken in Chromium alone: what it emulates only Chromium's protocol can.
 * @param {{ media?: { colorScheme?: string, forcedColors?: string } }} shot
 */
export function chromiumOnlyBecause(shot) {
  if (shot.media?.forcedColors) return 'forced colours are emulated only through Chromium';
  if (shot.media?.colorScheme) return "it is about the reader's system preference, emulated only through Chromium";
  return undefined;
}

/**
 * `click` (a CSS selector in the shot's element's shadow root) is clicked once `until` matches.
 * @type {{ name: string, html: string, until: string, width?: number, dark?: boolean, media?: { colorScheme?: string, forcedColors?: string }, stale?: string, click?: string }[]}
 */
export const SHOTS = [
  card('default', CARD),
  card('compact', `${CARD} variant="compact"`),
  card('horizontal', `${CARD} variant="horizontal"`, LINK, { width: 640 }),
  card('hero', `${CARD} variant="hero"`, LINK, { width: 640 }),
  card('dark', `${CARD} theme="dark"`, LINK, { dark: true }),
  card('ru', `${CARD} lang="ru"`),
  // A page that declares no color-scheme is light, whatever the reader's system says; a host's
  // light surface gets dark text.
  card('partner-dark-system', `${CARD} lang="ru" style="${PARTNER}"`, LINK, { media: DARK_SYSTEM }),
  card('forced-colors', CARD, LINK, { media: FORCED, dark: true }),
  card('kk-latn', `${CARD} lang="kk-Latn"`),
  card('loading', 'endpoint="/api/hang" article-id="court-digital"', '[aria-busy="true"]'),
  card('error', 'endpoint="/api/fail" article-id="court-digital"', RETRY),
  {
    name: 'article-card-empty',
    html: '<news-article-card><a href="https://example.kz/kk/court-digital">Сандық технология сот саласына жаңа серпін берді</a></news-article-card>',
    until: '[part~="notice"]',
  },
  {
    name: 'article-card-stale',
    html: '<news-article-card endpoint="/flaky" article-id="court-digital"></news-article-card>',
    stale: LINK,
    until: '[part~="stale"]',
  },

  rail('rail', 'endpoint="/api" article-id="court-digital"', RAIL_LOADED),
  rail('list', 'endpoint="/api" article-id="court-digital" layout="list" limit="4"', RAIL_LOADED, { width: 360 }),
  rail('grid', 'endpoint="/api" article-id="court-digital" layout="grid" limit="4"', RAIL_LOADED),
  rail('dark', 'endpoint="/api" article-id="court-digital" theme="dark" lang="ru"', RAIL_LOADED, { dark: true }),
  rail('loading', 'endpoint="/api/hang" article-id="court-digital"', '[aria-busy="true"]'),
  rail('error', 'endpoint="/api/fail" article-id="court-digital"', '[part~="retry"]'),
  rail('empty', 'endpoint="/api/empty" article-id="court-digital" show-empty', '[part~="notice"]'),

  {
    name: 'mourning-banner',
    html: '<news-mourning-banner date="2026-06-12" dismissible>Қаза тапқандардың отбасылары мен жақындарына көңіл айтамыз.</news-mourning-banner>',
    width: 760,
    until: '[part~="banner"]',
  },
  {
    name: 'mourning-banner-ru-dark',
    html: '<news-mourning-banner date="2026-06-12" lang="ru" theme="dark" href="https://example.kz/ru/mourning">Выражаем соболезнования родным и близким погибших.</news-mourning-banner>',
    width: 760,
    dark: true,
    until: '[part~="banner"]',
  },
  {
    name: 'mourning-banner-forced-colors',
    html: '<news-mourning-banner date="2026-06-12" lang="ru" dismissible>Выражаем соболезнования родным и близким погибших.</news-mourning-banner>',
    width: 760,
    dark: true,
    media: FORCED,
    until: '[part~="banner"]',
  },

  {
    name: 'language-switcher-buttons',
    html: '<news-language-switcher languages="kk ru en kk-Latn"></news-language-switcher>',
    width: 420,
    until: '[part~="current"]',
  },
  {
    name: 'language-switcher-narrow',
    html: '<news-language-switcher languages="kk ru en kk-Latn" value="kk-Latn"></news-language-switcher>',
    width: 200,
    until: '[part~="current"]',
  },
  {
    name: 'language-switcher-forced-colors',
    html: '<news-language-switcher languages="kk ru en kk-Latn" value="ru"></news-language-switcher>',
    width: 420,
    dark: true,
    media: FORCED,
    until: '[part~="current"]',
  },
  {
    name: 'language-switcher-menu-open',
    html: '<news-language-switcher variant="menu" languages="kk ru en kk-Latn" style="height: 220px"></news-language-switcher>',
    width: 260,
    until: '[part~="button"]',
    click: '[part~="button"]',
  },
];
