/**
 * <news-article-card>: every variant and every state. Controls and docs come from
 * custom-elements.json (`component`); language and theme from the toolbar (.storybook/preview.ts).
 *
 * Data is passed directly (`.article`, from the demo site's content in the toolbar's language),
 * except in the stories about loading, which use fake endpoints (stories/helpers/fake-endpoint.ts)
 * or, in FromEndpoint, the real mock endpoint.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsArticleCard, type ArticleCardVariant } from '../src/article-card/article-card.js';
import { configure, getConfig } from '../src/data/config.js';
import type { Article, Lang } from '../src/data/types.js';
import { DEMO_STORIES, demoArticle } from './helpers/demo-articles.js';
import { fakeEndpoint, seedLastKnownGood, useFakeEndpoints } from './helpers/fake-endpoint.js';
import { PARTNER_PART_RULES, PARTNER_TOKENS, tokensToStyle } from './helpers/themes.js';

// package.json declares src/ free of side effects (true for users of dist/), so a bare import of
// the element would be dropped from the production build, registration and all. Checking the
// registration uses the class, which keeps the module.
if (customElements.get('news-article-card') !== NewsArticleCard) throw new Error('<news-article-card> is not registered.');

/** The element's attributes by attribute name, its `article` property, and story-only args. */
interface CardArgs {
  endpoint?: string;
  adapter?: string;
  'article-id'?: string;
  article?: Article;
  variant: ArticleCardVariant;
  'heading-level': number;
  'with-excerpt'?: boolean;
  skeleton?: boolean;
  theme?: 'light' | 'dark';
  /** Story-only: a demo story shown through `article`, in the toolbar's language. */
  demo?: string;
  /** Story-only: show the demo story's image. */
  image?: boolean;
  /** Story-only: light-DOM fallback, shown before the script runs and in the error and empty states. */
  fallback?: string;
  /** Story-only, Error: whether the fake server answers (turn on, then press Retry). */
  serverUp?: boolean;
  onNewsLoad?: (event: Event) => void;
  onNewsError?: (event: Event) => void;
  onNewsArticleClick?: (event: Event) => void;
  /** Controls for the CSS custom properties (`--news-*`) land here. */
  [token: `--${string}`]: string | undefined;
}

type Story = StoryObj<CardArgs>;

/** The article the card is given: `article` if set; none when it fetches (`article-id`); else the demo story. */
function givenArticle(args: CardArgs, lang: Lang): Article | undefined {
  if (args.article || args['article-id']) return args.article;
  const article = demoArticle(args.demo, lang);
  return article && !args.image ? { ...article, image: undefined } : article;
}

/** `--news-*` args (from the CSS custom property controls) as a `style` value. */
const tokenStyle = (args: CardArgs) =>
  tokensToStyle(Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--') && value)));

const renderCard = (args: CardArgs, { globals }: StoryContext<CardArgs>) => html`
  <news-article-card
    endpoint=${ifDefined(args.endpoint)}
    adapter=${ifDefined(args.adapter)}
    article-id=${ifDefined(args['article-id'])}
    .article=${givenArticle(args, globals.lang)}
    variant=${args.variant}
    heading-level=${args['heading-level']}
    ?with-excerpt=${args['with-excerpt']}
    ?skeleton=${args.skeleton}
    theme=${ifDefined(args.theme)}
    style=${tokenStyle(args) || nothing}
    @news-load=${args.onNewsLoad}
    @news-error=${args.onNewsError}
    @news-article-click=${args.onNewsArticleClick}
    >${args.fallback ? html`<a href="https://example.kz/kk/">${args.fallback}</a>` : nothing}</news-article-card
  >
`;

/** The width each variant is designed for; a story may set `parameters.maxWidth` instead. */
const WIDTHS: Record<ArticleCardVariant, string> = {
  default: '360px',
  compact: '440px',
  horizontal: '680px',
  hero: '960px',
};

/**
 * Stories that go through the shared data layer render in an iframe of their own in docs pages,
 * as on separate pages: one page's widgets share a request cache, which would mix their states.
 */
const ownPage = (height: number) => ({ docs: { story: { inline: false, height: `${height}px` } } });

const meta = {
  title: 'Widgets/Article card',
  component: 'news-article-card',
  tags: ['autodocs'],
  render: renderCard,
  decorators: [
    (story, { args, parameters }) =>
      html`<div style="max-inline-size: ${parameters.maxWidth ?? WIDTHS[args.variant]}">${story()}</div>`,
  ],
  beforeEach: [useFakeEndpoints],
  args: { variant: 'default', 'heading-level': 3, demo: 'court-digital', image: true },
  argTypes: {
    variant: { control: 'inline-radio', options: ['default', 'compact', 'horizontal', 'hero'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    article: { control: 'object' },
    demo: {
      description: 'Story-only: a demo story given as `article`, in the toolbar’s language (ignored when `article` or `article-id` is set)',
      control: { type: 'select', labels: { '': '(none)' } },
      options: ['', ...DEMO_STORIES],
      table: { category: 'story' },
    },
    image: { description: 'Story-only: show the demo story’s image', control: 'boolean', table: { category: 'story' } },
    fallback: { description: 'Story-only: light-DOM fallback link text', control: 'text', table: { category: 'story' } },
    serverUp: { table: { disable: true } },
  },
} satisfies Meta<CardArgs>;

export default meta;

/* ------------------------------------------------------------------------------------------------
 * Variants, with data given directly.
 * ---------------------------------------------------------------------------------------------- */

/** The teaser as the seed page shows it: image, category, headline, excerpt, date, reading time, author and position. */
export const Default: Story = {};

/** A small thumbnail beside the headline, for rails and sidebars; no excerpt or author. */
export const Compact: Story = { args: { variant: 'compact' } };

/** The image beside the text, for lists. */
export const Horizontal: Story = { args: { variant: 'horizontal' } };

/** The lead story: headline over the image. */
export const Hero: Story = { args: { variant: 'hero', demo: 'munix-2026', 'heading-level': 2 } };

/** Every variant side by side. */
export const AllVariants: Story = {
  parameters: { maxWidth: '1040px' },
  render: (args, context) => html`
    <div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 20px; align-items: start">
      ${renderCard({ ...args, variant: 'default' }, context)}
      <div style="display: grid; gap: 12px">
        ${renderCard({ ...args, variant: 'compact', demo: 'zhetisu-medicine' }, context)}
        ${renderCard({ ...args, variant: 'compact', demo: 'court-cabinet' }, context)}
      </div>
      <div style="grid-column: 1 / -1">${renderCard({ ...args, variant: 'horizontal', demo: 'legal-aid' }, context)}</div>
      <div style="grid-column: 1 / -1">${renderCard({ ...args, variant: 'hero', demo: 'munix-2026' }, context)}</div>
    </div>
  `,
};

/* ------------------------------------------------------------------------------------------------
 * States, through the data layer with fake endpoints (no server needed, static build included).
 * ---------------------------------------------------------------------------------------------- */

/** The longest delay `setTimeout` takes (about 24 days); larger ones fire at once. */
const LONGEST_TIMER = 2 ** 31 - 1;

const hanging = fakeEndpoint('card-hang', { up: false, down: 'hang' });
const failing = fakeEndpoint('card-fail', { up: false, down: { status: 500, json: { error: 'internal server error' } } });
const news = fakeEndpoint('card-news');
const failingNow = fakeEndpoint('card-stale', { up: false, down: { status: 503, json: { error: 'service unavailable' } } });

/** Waiting for the endpoint (this one never answers): a skeleton in exactly the loaded card's box. */
export const Loading: Story = {
  args: { endpoint: hanging.url, 'article-id': 'court-digital' },
  parameters: ownPage(520),
  // The data layer gives up after its timeout (8 s) and shows the error state; here it waits on.
  beforeEach: () => {
    const { timeout } = getConfig();
    configure({ timeout: LONGEST_TIMER });
    return () => configure({ timeout });
  },
};

/**
 * The endpoint answers 500 (after the data layer's two retries, about a second): a localized
 * message and Retry. Turn `serverUp` on in Controls, then press Retry, and the card loads.
 */
export const ErrorState: Story = {
  name: 'Error',
  args: { endpoint: failing.url, 'article-id': 'court-digital', serverUp: false },
  argTypes: {
    serverUp: {
      description: 'Story-only: whether the fake server answers; turn on, then press Retry',
      control: 'boolean',
      table: { category: 'story', disable: false },
    },
  },
  parameters: ownPage(520),
  render: (args, context) => {
    failing.up = !!args.serverUp;
    return renderCard(args, context);
  },
};

/** The endpoint answers 404 for this id. */
export const NotFound: Story = {
  args: { endpoint: news.url, 'article-id': 'no-such-story' },
  parameters: ownPage(520),
};

/** Nothing to show (no `article-id`, no `article`): the empty state, with the host's light-DOM fallback. */
export const Empty: Story = {
  args: { demo: '', fallback: 'Барлық жаңалықтар →' },
};

/**
 * The endpoint fails now, but an earlier visit kept a copy: the card shows it, marked as possibly
 * out of date. (The story loads the card once with the endpoint up, then takes it down.)
 */
export const Stale: Story = {
  args: { endpoint: failingNow.url, 'article-id': 'court-digital' },
  parameters: ownPage(520),
  beforeEach: (context) => seedLastKnownGood(failingNow, renderCard(context.args, context), context.globals.lang),
};

/**
 * The real mock endpoint (demo/mock-endpoint.js) at /api, which `npm run storybook` mounts, as
 * does `vite preview` serving a built Storybook. A plain static host has no /api: there the card
 * shows its error state instead, which is the behaviour a host gets from a missing endpoint.
 */
export const FromEndpoint: Story = {
  args: { endpoint: '/api', 'article-id': 'court-digital' },
  parameters: ownPage(520),
};

/* ------------------------------------------------------------------------------------------------
 * Difficult data.
 * ---------------------------------------------------------------------------------------------- */

const XSS = '<img src=x onerror=alert(1)>';

const hostile: Article = {
  id: 'hostile',
  lang: 'kk',
  url: 'https://example.kz/kk/hostile',
  title: `Сандық технология ${XSS} сот саласына жаңа серпін берді`,
  excerpt: '"><script>alert(1)</script> Қазақстандық сотта жүргізілген реформалардың тиімділігі зор.',
  publishedAt: '2026-06-10T09:00:00+05:00',
  author: { name: `${XSS}Дуйсенова Ақерке`, role: '<svg onload=alert(1)>' },
  image: { src: 'javascript:alert(2)', alt: XSS },
  category: { name: '<b>Сот</b>', url: 'javascript:alert(3)' },
  readingMinutes: 3,
};

/** Markup in every text field shows as text; the unsafe image and category URLs are dropped, the rest renders. */
export const HostileData: Story = { args: { article: hostile } };

/** An article whose link is `javascript:` is invalid as a whole: the error state, not a card with a dangerous link. */
export const UnsafeUrl: Story = { args: { article: { ...hostile, url: ' JaVaScRiPt:alert(1)' } } };

/** Long Kazakh words and a long signature line: every text block clamps to its lines, the box stays the same. */
export const LongText: Story = {
  args: {
    article: {
      id: 'long',
      lang: 'kk',
      url: 'https://example.kz/kk/long',
      title:
        'Қазақстан Республикасының Жоғарғы Сотында сот төрелігін цифрландырудың кезекті кезеңі туралы кеңейтілген алқа отырысы өтті: электрондық сот ісін жүргізу, бейнеконференцбайланыс және жасанды интеллект мүмкіндіктері талқыланды',
      excerpt:
        'Мемлекеттік бағдарламаның мақсаттарына сәйкес сот жүйесіндегі барлық процестерді автоматтандыру, азаматтардың сот төрелігіне қолжетімділігін арттыру, сот актілерінің орындалуын қамтамасыз ету және сыбайлас жемқорлық тәуекелдерін азайту жөніндегі шаралар кешені қабылданды.',
      publishedAt: '2026-06-10T09:00:00+05:00',
      author: {
        name: 'Дуйсенова Ақерке Сәрсенбайқызы',
        role: 'Алматы қаласы қылмыстық істер жөніндегі мамандандырылған ауданаралық сотының бас маманы, сот отырысының хатшысы, баспасөз қызметінің үйлестірушісі',
      },
      category: { name: 'Сот төрелігі және құқықтық реформалар' },
      readingMinutes: 12,
    },
  },
};

/** No image: the frame keeps its place, so cards in a row still line up. */
export const NoImage: Story = { args: { image: false } };

/* ------------------------------------------------------------------------------------------------
 * Theming.
 * ---------------------------------------------------------------------------------------------- */

/**
 * A partner portal's look: `--news-*` custom properties on any ancestor, and `::part()` for what
 * tokens do not cover. Nothing else from the host reaches inside the card.
 */
export const Themed: Story = {
  render: (args, context) => html`
    <style>
      ${PARTNER_PART_RULES}
    </style>
    <div class="partner-portal" style=${tokensToStyle(PARTNER_TOKENS)}>${renderCard(args, context)}</div>
  `,
};
