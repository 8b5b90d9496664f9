/**
 * <news-mourning-banner>: every mode and state; language and theme from the toolbar
 * (.storybook/preview.ts). Controls and docs come from custom-elements.json (`component`).
 *
 * A banner shows only on its day, so the stories are dated today (in Kazakhstan) unless they show
 * another day on purpose; OnAnyDate previews any date. Inline days need no network; the stories
 * about the remote schedule use a fake endpoint (stories/helpers/fake-endpoint.ts) or, in
 * FromEndpoint, the real mock endpoint. Stories that grey the page run in frames of their own in
 * the docs page, so that only their own page turns grey.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { kazakhstanMidnight, toKazakhstanDateString } from '../src/i18n/kazakhstan-time.js';
import { toLang } from '../src/i18n/language.js';
import { useClock } from '../src/mourning-banner/clock.js';
import { DISMISSAL_STORAGE_KEY } from '../src/mourning-banner/dismissal.js';
import { NewsMourningBanner } from '../src/mourning-banner/mourning-banner.js';
import { fakeEndpoint, seedLastKnownGood, useFakeEndpoints, type FakeAnswer } from './helpers/fake-endpoint.js';
import { tokensToStyle } from './helpers/themes.js';

// package.json declares src/ free of side effects, so a bare import would be dropped from the
// production build; checking the registration uses the class, which keeps the module.
if (customElements.get('news-mourning-banner') !== NewsMourningBanner) throw new Error('<news-mourning-banner> is not registered.');

/** The demo site's mourning content (demo/data/mourning.json): texts per language. */
interface StoredDay {
  title: Record<string, string>;
  message?: Record<string, string>;
}
const [demoMourning] = Object.values(
  import.meta.glob<{ today: StoredDay }>('../demo/data/mourning.json', { eager: true, import: 'default' }),
);

const DAY = 86_400_000;
/** Today in Kazakhstan, where the banner counts days. */
const TODAY = toKazakhstanDateString(Date.now());
const YESTERDAY = toKazakhstanDateString(Date.now() - DAY);

/**
 * Storybook's date control holds the picked day as the designer's local midnight (a number);
 * the banner's attributes are `YYYY-MM-DD`.
 */
const toControl = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day).getTime();
};
const fromControl = (value: number | string | undefined) => {
  if (typeof value !== 'number') return value || undefined;
  const picked = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${picked.getFullYear()}-${pad(picked.getMonth() + 1)}-${pad(picked.getDate())}`;
};

/** The element's attributes by attribute name, and story-only args. */
interface BannerArgs {
  endpoint?: string;
  adapter?: string;
  date?: number | string;
  'end-date'?: number | string;
  recurring?: boolean;
  'message-kk'?: string;
  'message-ru'?: string;
  'message-en'?: string;
  href?: string;
  grayscale?: 'page' | 'media' | 'none';
  hide?: string;
  dismissible?: boolean;
  'time-zone-offset'?: string;
  theme?: 'light' | 'dark';
  /** Story-only, OnAnyDate: the day the preview pretends it is. */
  today?: number;
  /** Story-only: host content slotted as the message. */
  slotted?: TemplateResult;
  onNewsLoad?: (event: Event) => void;
  onNewsError?: (event: Event) => void;
  /** Controls for the CSS custom properties (`--news-*`) land here. */
  [token: `--${string}`]: string | undefined;
}

type Story = StoryObj<BannerArgs>;

/** `--news-*` args (from the CSS custom property controls) as a `style` value. */
const tokenStyle = (args: BannerArgs) =>
  tokensToStyle(Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--') && value)));

const renderBanner = (args: BannerArgs) => html`
  <news-mourning-banner
    endpoint=${ifDefined(args.endpoint)}
    adapter=${ifDefined(args.adapter)}
    date=${ifDefined(fromControl(args.date))}
    end-date=${ifDefined(fromControl(args['end-date']))}
    ?recurring=${args.recurring}
    message-kk=${ifDefined(args['message-kk'])}
    message-ru=${ifDefined(args['message-ru'])}
    message-en=${ifDefined(args['message-en'])}
    href=${ifDefined(args.href)}
    grayscale=${ifDefined(args.grayscale)}
    hide=${ifDefined(args.hide)}
    ?dismissible=${args.dismissible}
    time-zone-offset=${ifDefined(args['time-zone-offset'])}
    theme=${ifDefined(args.theme)}
    style=${tokenStyle(args) || nothing}
    @news-load=${args.onNewsLoad}
    @news-error=${args.onNewsError}
    >${args.slotted ?? nothing}</news-mourning-banner
  >
`;

/** For the states where nothing shows: a dashed frame and a line saying why the frame is empty. */
const explained = (why: string, banner: unknown) => html`
  <div style="border: 1px dashed #9aa0a6; min-block-size: 44px">${banner}</div>
  <p style="font: 13px system-ui, sans-serif; color: #5b6068">${why}</p>
`;

/** A colourful stand-in for a news photo, so greying shows. */
const PHOTO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 270"><linearGradient id="sky" x2="0" y2="1"><stop offset="0" stop-color="#ff7a18"/><stop offset="1" stop-color="#7b2ff7"/></linearGradient><rect width="480" height="270" fill="url(#sky)"/><circle cx="240" cy="200" r="60" fill="#ffd200"/><rect y="205" width="480" height="65" fill="#0b6e4f"/></svg>',
)}`;

/** A stand-in host page around the banner: a coloured header, an ad slot and a photo, to grey and hide. */
const hostPage = (banner: TemplateResult) => html`
  ${banner}
  <header style="background: #0a5aa8; color: #fff; padding: 12px 16px; font: 700 20px system-ui, sans-serif">Zhetisu News</header>
  <main style="display: grid; grid-template-columns: 1fr 200px; gap: 16px; padding: 16px; font: 16px system-ui, sans-serif">
    <article>
      <img src=${PHOTO} alt="" width="480" height="270" style="inline-size: 100%; max-inline-size: 480px; block-size: auto; display: block" />
      <h2 style="color: #b3261e">Сандық технология сот саласына жаңа серпін берді</h2>
    </article>
    <aside class="spot_img" style="background: linear-gradient(135deg, #ffb300, #e91e63); color: #fff; padding: 16px; font-weight: 700">
      spot_img: ЖАРНАМА
    </aside>
  </main>
`;

/** The demo day's title and message in the language asked, as the native endpoint answers. */
function demoSchedule(query: URLSearchParams, extra: Record<string, unknown> = {}): FakeAnswer {
  const lang = toLang(query.get('lang')) === 'kk-Latn' ? 'kk' : (toLang(query.get('lang')) ?? 'kk');
  const { title, message } = demoMourning.today;
  return { json: { days: [{ date: TODAY, title: title[lang], message: message?.[lang], ...extra }] } };
}

const decree = fakeEndpoint('mourning-decree', {
  serve: ([what], query) => (what === 'mourning' ? demoSchedule(query, { url: 'https://example.kz/decree' }) : { status: 404 }),
});
const brokenSchedule = fakeEndpoint('mourning-broken', { serve: () => ({ json: { data: 1 } }) });
const downNow = fakeEndpoint('mourning-stale', {
  up: false,
  down: { status: 503, json: { error: 'service unavailable' } },
  serve: ([what], query) => (what === 'mourning' ? demoSchedule(query) : { status: 404 }),
});

/** Stories through the shared data layer, or greying the page, render in a frame of their own in docs pages. */
const ownPage = (height: number) => ({ docs: { story: { inline: false, height: `${height}px` } } });

/** A message in each language, so the toolbar's language has one to show. */
const MESSAGES = {
  'message-kk': demoMourning.today.message!.kk,
  'message-ru': demoMourning.today.message!.ru,
  'message-en': demoMourning.today.message!.en,
};

const meta = {
  title: 'Widgets/Mourning banner',
  component: 'news-mourning-banner',
  tags: ['autodocs'],
  render: renderBanner,
  beforeEach: [useFakeEndpoints],
  args: { date: toControl(TODAY) },
  argTypes: {
    date: { control: 'date' },
    'end-date': { control: 'date' },
    grayscale: { control: 'inline-radio', options: ['page', 'media', 'none'] },
    today: { table: { disable: true } },
    slotted: { table: { disable: true } },
  },
} satisfies Meta<BannerArgs>;

export default meta;

/* ------------------------------------------------------------------------------------------------
 * Inline days.
 * ---------------------------------------------------------------------------------------------- */

/** As the seed page opens: today's date and "National Day of Mourning", in the toolbar's language. */
export const Default: Story = {};

/** A message under the title (`message-kk` / `message-ru` / `message-en`) and a link to the decree. */
export const WithMessageAndLink: Story = { args: { ...MESSAGES, href: 'https://example.kz/decree' } };

/**
 * The reader's close is kept for the rest of the day on every page of the site; a story with a
 * close button forgets it when opened and when left, so it can be reviewed again.
 */
const forgetDismissal = () => {
  localStorage.removeItem(DISMISSAL_STORAGE_KEY);
  return () => localStorage.removeItem(DISMISSAL_STORAGE_KEY);
};

/** A close button: the reader's close lasts for the rest of the day, then the banner is gone anyway. */
export const Dismissible: Story = { args: { ...MESSAGES, dismissible: true }, beforeEach: forgetDismissal };

/** A span of days (`end-date`): here the mourning began yesterday and ends tomorrow. */
export const Span: Story = { args: { date: toControl(YESTERDAY), 'end-date': toControl(toKazakhstanDateString(Date.now() + DAY)) } };

/** `recurring`: the same day every year from its first; this one was first observed in 2023. */
export const Recurring: Story = { args: { date: toControl(`2023${TODAY.slice(4)}`), recurring: true } };

/** The host's own content in the slot, as the message (prefer the attributes: slotted text shows before the script runs). */
export const SlottedMessage: Story = {
  args: {
    slotted: html`Қаза тапқандарды еске аламыз. <a href="https://example.kz/kk/mourning" style="color: inherit">Жарлық мәтіні</a>`,
  },
};

/** A phone's width: the title and message wrap; the ribbon and the close button stay on the first line. */
export const Narrow: Story = {
  args: { ...MESSAGES, href: 'https://example.kz/decree', dismissible: true },
  render: (args) => html`<div style="max-inline-size: 360px">${renderBanner(args)}</div>`,
  beforeEach: forgetDismissal,
};

/** The day has passed: nothing renders and the element takes no room (the seed's banner was found still up years later). */
export const DayPassed: Story = {
  args: { date: toControl(YESTERDAY) },
  render: (args) => explained('No banner: its day was yesterday in Kazakhstan.', renderBanner(args)),
};

/**
 * Pick any date for `today` (and `date`): the preview pretends it is noon on that day in
 * Kazakhstan. Try 12 June 2023 (UTC+6 then) or a date after `end-date`.
 */
export const OnAnyDate: Story = {
  args: { date: toControl('2023-06-12'), today: toControl('2023-06-12') },
  argTypes: {
    today: {
      description: 'Story-only: the day the preview pretends it is (noon in Kazakhstan)',
      control: 'date',
      table: { category: 'story', disable: false },
    },
  },
  parameters: ownPage(160),
  render: (args) => {
    const noon = kazakhstanMidnight(fromControl(args.today) ?? TODAY) + DAY / 2;
    useClock({ now: () => noon, setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (id) => window.clearTimeout(id) });
    // A new element for a new day: the banner reads the clock when it connects and at each timer.
    return explained('An empty frame means no mourning day on that date.', keyed(args.today, renderBanner(args)));
  },
  beforeEach: () => () => useClock(),
};

/* ------------------------------------------------------------------------------------------------
 * Mourning mode on the host page (each in a frame of its own in the docs page).
 * ---------------------------------------------------------------------------------------------- */

/** `grayscale` and `hide=".spot_img"`: the whole host page grey (a filter on `<html>`), the ad slot hidden, for the day. */
export const GreyPage: Story = {
  args: { ...MESSAGES, grayscale: 'page', hide: '.spot_img' },
  parameters: { layout: 'fullscreen', ...ownPage(480) },
  render: (args) => hostPage(renderBanner(args)),
};

/** `grayscale="media"`: only the host's pictures, video and frames turn grey; its own colours stay. */
export const GreyPictures: Story = {
  args: { grayscale: 'media' },
  parameters: { layout: 'fullscreen', ...ownPage(480) },
  render: (args) => hostPage(renderBanner(args)),
};

/* ------------------------------------------------------------------------------------------------
 * The remote schedule (`GET /mourning`), through the data layer.
 * ---------------------------------------------------------------------------------------------- */

/** A day declared on the endpoint (a fake one here): its title, message and decree link, in the toolbar's language. */
export const FromSchedule: Story = {
  args: { date: undefined, endpoint: decree.url },
  parameters: ownPage(160),
};

/** The endpoint is down, but an earlier visit kept its schedule: that decides, and a `news-error` reports the failure. */
export const KeptSchedule: Story = {
  args: { date: undefined, endpoint: downNow.url },
  parameters: ownPage(160),
  beforeEach: (context) => seedLastKnownGood(downNow, renderBanner(context.args), context.globals.lang),
};

/** The schedule does not fit the contract: no banner (a wrong one would be worse), and a `news-error`. */
export const BadSchedule: Story = {
  args: { date: undefined, endpoint: brokenSchedule.url },
  parameters: ownPage(160),
  render: (args) => explained('No banner: the schedule was { "data": 1 } (see news-error in Actions).', renderBanner(args)),
};

/**
 * The real mock endpoint (demo/mock-endpoint.js) in its `mourning-today` mode, which declares
 * today a mourning day with `grayscale: true`: this story's page turns grey. Needs `npm run
 * storybook` (or `vite preview`), which mounts /api; a static host shows no banner.
 */
export const FromEndpoint: Story = {
  args: { date: undefined, endpoint: '/api/mourning-today' },
  parameters: ownPage(160),
};

/* ------------------------------------------------------------------------------------------------
 * Theming.
 * ---------------------------------------------------------------------------------------------- */

/** The band's own tokens: a site's charcoal, a lighter message, the content in the site's 960px column. */
export const Themed: Story = {
  args: {
    ...MESSAGES,
    '--news-mourning-background': '#2b2b2b',
    '--news-mourning-muted': '#dddddd',
    '--news-mourning-max-width': '960px',
    '--news-font-family': "'PT Serif', Georgia, serif",
  },
};
