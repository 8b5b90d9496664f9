/**
 * <news-related-rail>: every layout and every state; every language and theme from the toolbar
 * (.storybook/preview.ts). Controls and docs come from custom-elements.json (`component`).
 *
 * Stories are given the seed page's related list as the endpoint sends it (`.articles`): the same
 * story in Kazakh and in Russian, side by side, so switching the toolbar's language shows the rail
 * listing each story once, in that language. The stories about loading use fake endpoints
 * (stories/helpers/fake-endpoint.ts); FromEndpoint and Category use the real mock endpoint.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resetClient } from '../src/data/client.js';
import type { Article, Lang } from '../src/data/types.js';
import { NewsRelatedRail, type RelatedRailLayout } from '../src/related-rail/related-rail.js';
import { demoArticle } from './helpers/demo-articles.js';
import { fakeEndpoint, useFakeEndpoints } from './helpers/fake-endpoint.js';
import { PARTNER_TOKENS, tokensToStyle } from './helpers/themes.js';

// package.json declares src/ free of side effects, so a bare import would be dropped from the
// production build; checking the registration uses the class, which keeps the module.
if (customElements.get('news-related-rail') !== NewsRelatedRail) throw new Error('<news-related-rail> is not registered.');

/**
 * The seed page's related list under "Сандық технология сот саласына жаңа серпін берді", each
 * version in its own language, then more court stories: what a related endpoint answers.
 */
const SEED_RELATED = (
  [
    ['zhetisu-medicine', 'kk'],
    ['zhetisu-medicine-ru', 'ru'],
    ['youth-leaders-ru', 'ru'],
    ['munix-2026', 'kk'],
    ['munix-2026-en', 'en'],
    ['reforms-parliament', 'kk'],
    ['court-cabinet', 'kk'],
    ['court-cabinet-ru', 'ru'],
    ['court-cabinet-en', 'en'],
    ['online-hearings-ru', 'ru'],
    ['mediation-halls', 'kk'],
    ['legal-aid', 'kk'],
    ['legal-aid-ru', 'ru'],
  ] as [string, Lang][]
).map(([id, lang]) => demoArticle(id, lang)!);

/** The element's attributes by attribute name, its `articles` property, and story-only args. */
interface RailArgs {
  endpoint?: string;
  adapter?: string;
  'article-id'?: string;
  category?: string;
  tag?: string;
  articles?: Article[];
  limit: number;
  layout: RelatedRailLayout;
  heading?: string;
  'heading-level': number;
  'show-empty'?: boolean;
  theme?: 'light' | 'dark';
  /** Story-only: light-DOM fallback, shown before the script runs and in the error state. */
  fallback?: string;
  /** Story-only, Error: whether the fake server answers (turn on, then press Retry). */
  serverUp?: boolean;
  onNewsLoad?: (event: Event) => void;
  onNewsError?: (event: Event) => void;
  onNewsArticleClick?: (event: Event) => void;
  /** Controls for the CSS custom properties (`--news-*`) land here. */
  [token: `--${string}`]: string | undefined;
}

type Story = StoryObj<RailArgs>;

/** `--news-*` args (from the CSS custom property controls) as a `style` value. */
const tokenStyle = (args: RailArgs) =>
  tokensToStyle(Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--') && value)));

const renderRail = (args: RailArgs) => html`
  <news-related-rail
    endpoint=${ifDefined(args.endpoint)}
    adapter=${ifDefined(args.adapter)}
    article-id=${ifDefined(args['article-id'])}
    category=${ifDefined(args.category)}
    tag=${ifDefined(args.tag)}
    .articles=${args.articles}
    limit=${args.limit}
    layout=${args.layout}
    heading=${ifDefined(args.heading)}
    heading-level=${args['heading-level']}
    ?show-empty=${args['show-empty']}
    theme=${ifDefined(args.theme)}
    style=${tokenStyle(args) || nothing}
    @news-load=${args.onNewsLoad}
    @news-error=${args.onNewsError}
    @news-article-click=${args.onNewsArticleClick}
    >${args.fallback ? html`<a href="https://example.kz/kk/">${args.fallback}</a>` : nothing}</news-related-rail
  >
`;

/** The width each layout is designed for: a page's width, a sidebar's, a content column's. */
const WIDTHS: Record<RelatedRailLayout, string> = { rail: '1040px', list: '340px', grid: '960px' };

/** Stories through the shared data layer render in an iframe of their own in docs pages, as on separate pages. */
const ownPage = (height: number) => ({ docs: { story: { inline: false, height: `${height}px` } } });

const meta = {
  title: 'Widgets/Related rail',
  component: 'news-related-rail',
  tags: ['autodocs'],
  render: renderRail,
  decorators: [
    (story, { args, parameters }) =>
      html`<div style="max-inline-size: ${parameters.maxWidth ?? WIDTHS[args.layout]}">${story()}</div>`,
  ],
  beforeEach: [useFakeEndpoints],
  args: { layout: 'rail', limit: 6, 'heading-level': 2, 'article-id': 'court-digital', articles: SEED_RELATED },
  argTypes: {
    layout: { control: 'inline-radio', options: ['rail', 'list', 'grid'] },
    limit: { control: { type: 'number', min: 1, max: 12 } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    articles: { control: 'object' },
    fallback: { description: 'Story-only: light-DOM fallback link text', control: 'text', table: { category: 'story' } },
    serverUp: { table: { disable: true } },
  },
} satisfies Meta<RailArgs>;

export default meta;

/* ------------------------------------------------------------------------------------------------
 * Layouts, with data given directly: switch the toolbar's language to see the pairing.
 * ---------------------------------------------------------------------------------------------- */

/**
 * One scrolling row: Previous / Next (disabled at the ends), ←/→, Home and End between stories,
 * swipe on touch screens. Each story once, in the toolbar's language; a story written only in
 * another language carries a label naming it.
 */
export const Rail: Story = {};

/** The seed page's sidebar look: headlines and excerpts, with rules between them. */
export const List: Story = { args: { layout: 'list' } };

/** Columns by the rail's own width (container queries), wherever the host places it. */
export const Grid: Story = { args: { layout: 'grid' } };

/** A phone's width: one story and a glimpse of the next; the list and grid stack. */
export const Narrow: Story = {
  parameters: { maxWidth: '360px' },
  render: (args) => html`<div style="display: grid; gap: 24px">
    ${renderRail({ ...args, layout: 'rail' })} ${renderRail({ ...args, layout: 'grid', limit: 3 })}
  </div>`,
};

/** A heading of the host's own, at level 3 (stories at level 4), and a shorter list. */
export const CustomHeading: Story = {
  args: { heading: 'Сот және құқық', 'heading-level': 3, limit: 3, layout: 'list' },
};

/* ------------------------------------------------------------------------------------------------
 * States, through the data layer with fake endpoints (no server needed, static build included).
 * ---------------------------------------------------------------------------------------------- */

const hanging = fakeEndpoint('rail-hang', { up: false, down: 'hang' });
const failing = fakeEndpoint('rail-fail', { up: false });
const failingNow = fakeEndpoint('rail-stale', { up: false });

const listAnswer = { json: { items: SEED_RELATED } };
const fromEndpoint = (endpoint: { url: string }, args: RailArgs): RailArgs => ({ ...args, endpoint: endpoint.url, articles: undefined });

/** Waiting for the endpoint (this one never answers): placeholder stories in exactly the loaded box. */
export const Loading: Story = {
  parameters: ownPage(420),
  render: (args) => renderRail(fromEndpoint(hanging, args)),
};

/**
 * The endpoint answers 500 (after the data layer's two retries, about a second): a localized
 * message, Retry, and the host's fallback. Turn `serverUp` on in Controls, then press Retry.
 */
export const ErrorState: Story = {
  name: 'Error',
  args: { serverUp: false, fallback: 'Барлық жаңалықтар →' },
  argTypes: {
    serverUp: {
      description: 'Story-only: whether the fake server answers; turn on, then press Retry',
      control: 'boolean',
      table: { category: 'story', disable: false },
    },
  },
  parameters: ownPage(420),
  render: (args) => {
    failing.down = args.serverUp ? listAnswer : { status: 500, json: { error: 'internal server error' } };
    return renderRail(fromEndpoint(failing, args));
  },
};

/** Nothing related, with `show-empty`: a quiet line under the heading. */
export const Empty: Story = { args: { articles: [], 'show-empty': true } };

/**
 * Nothing related, without `show-empty`: the rail hides itself (`:state(empty)`), so this story
 * is blank on purpose — the dashed frame is the story's, not the rail's.
 */
export const HiddenWhenEmpty: Story = {
  args: { articles: [] },
  render: (args) => html`<div style="min-block-size: 48px; outline: 1px dashed #b8bcc4">${renderRail(args)}</div>`,
};

/**
 * The endpoint fails now, but an earlier visit kept the list: the rail shows it, marked as
 * possibly out of date. (The story loads the list once with the endpoint answering, then takes it down.)
 */
export const Stale: Story = {
  parameters: ownPage(420),
  render: (args) => renderRail(fromEndpoint(failingNow, args)),
  beforeEach: async ({ args, globals }: StoryContext<RailArgs>) => {
    failingNow.down = listAnswer;
    const host = document.createElement('div');
    host.lang = globals.lang;
    host.inert = true;
    host.style.cssText = 'display: block; position: fixed; inset: 0 auto auto 0; inline-size: 320px; opacity: 0';
    document.body.append(host);
    try {
      const loaded = new Promise((resolve) => {
        host.addEventListener('news-load', resolve, { once: true });
        host.addEventListener('news-error', resolve, { once: true });
      });
      render(renderRail(fromEndpoint(failingNow, args)), host);
      await loaded;
    } finally {
      host.remove();
      failingNow.down = { status: 503, json: { error: 'service unavailable' } };
      // As a reload would: the page's answers are forgotten, the kept copy is not.
      resetClient();
    }
  },
};

/** Every layout in every state at once, for review (Stale is above). */
export const AllStates: Story = {
  parameters: { maxWidth: '1040px', ...ownPage(1500) },
  render: (args) => {
    failing.down = { status: 500, json: { error: 'internal server error' } };
    const states: [string, RailArgs][] = [
      ['Loaded', args],
      ['Loading', fromEndpoint(hanging, args)],
      ['Error', fromEndpoint(failing, args)],
      ['Empty', { ...args, articles: [], 'show-empty': true }],
    ];
    return html`<div style="display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 24px 32px; align-items: start">
      ${states.map(
        ([name, state]) => html`
          <div style="display: grid; gap: 16px">
            <strong>${name}</strong>${renderRail({ ...state, layout: 'rail', limit: 4 })}${renderRail({ ...state, layout: 'grid', limit: 4 })}
          </div>
          <div style="display: grid; gap: 16px"><strong>&nbsp;</strong>${renderRail({ ...state, layout: 'list', limit: 3 })}</div>
        `,
      )}
    </div>`;
  },
};

/* ------------------------------------------------------------------------------------------------
 * The real mock endpoint (demo/mock-endpoint.js at /api, mounted by `npm run storybook`; a plain
 * static host has none, and the rail shows its error state there).
 * ---------------------------------------------------------------------------------------------- */

/** `GET /api/articles/court-digital/related`: the seed's list, each story once, never the article itself. */
export const FromEndpoint: Story = {
  args: { endpoint: '/api', articles: undefined },
  parameters: ownPage(420),
};

/** `GET /api/articles?category=courts`, leaving out the article it sits beside. */
export const Category: Story = {
  args: { endpoint: '/api', articles: undefined, category: 'courts', heading: 'Сот және құқық', limit: 8 },
  parameters: ownPage(420),
};

/* ------------------------------------------------------------------------------------------------
 * Theming.
 * ---------------------------------------------------------------------------------------------- */

/**
 * A partner portal's look: `--news-*` custom properties on any ancestor, and `::part()` — the
 * stories' card parts are exported through the rail (`::part(title)`, `::part(card)` …).
 */
export const Themed: Story = {
  render: (args) => html`
    <style>
      .partner-portal news-related-rail::part(section) {
        border-width: 0 0 0 4px;
        border-color: #8a3b12;
      }
      .partner-portal news-related-rail::part(card) {
        box-shadow: 0 4px 12px rgb(60 40 20 / 0.16);
      }
    </style>
    <div class="partner-portal" style=${tokensToStyle(PARTNER_TOKENS)}>${renderRail(args)}</div>
  `,
};
