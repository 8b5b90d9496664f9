/**
 * The data sources (`adapter` attribute) shown working: a card and a rail loading through each.
 * The native endpoint is the real mock at /api; WordPress answers with the responses recorded
 * from a real WordPress (test/fixtures/wordpress/) and JSON Feed with the feed fixtures
 * (test/fixtures/jsonfeed/), both served inside the browser by fake endpoints, so the stories
 * need no server. Their docs page is data-sources.mdx.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NewsArticleCard } from '../src/article-card/article-card.js';
import { NewsRelatedRail } from '../src/related-rail/related-rail.js';
import { fakeEndpoint, useFakeEndpoints, type FakeAnswer } from './helpers/fake-endpoint.js';

// package.json declares src/ free of side effects; checking the registrations keeps the modules.
if (customElements.get('news-article-card') !== NewsArticleCard || customElements.get('news-related-rail') !== NewsRelatedRail)
  throw new Error('the widgets are not registered.');

/** Fixture files by name, loaded once: `folder/name` → parsed JSON. */
const fixtures = new Map<string, unknown>();

/**
 * Loads fixtures for the fake endpoints. The recorded WordPress answers point at the machine they
 * were recorded on; their images become the demo's pictures and their links example.kz pages.
 */
async function loadFixtures(folder: 'wordpress' | 'jsonfeed', names: string[]): Promise<void> {
  const pictures: Record<string, string> = {
    'sot-digital-kk': 'court-digital',
    'sud-digital-ru': 'court-digital',
    'court-digital-1200': 'court-digital',
    'mediation-kk': 'mediation-halls',
    'sot-kabineti-kk': 'court-cabinet',
    'sud-kabinet-ru': 'court-cabinet',
    'online-hearings-ru': 'online-hearings',
  };
  await Promise.all(
    names.map(async (name) => {
      if (fixtures.has(`${folder}/${name}`)) return;
      const { default: json } = await import(`../test/fixtures/${folder}/${name}.json`);
      const text = JSON.stringify(json)
        .replace(/https?:\/\/[^"]+?\/([\w-]+?)(?:-\d+x\d+)?\.jpg/g, (url, stem: string) =>
          pictures[stem] ? `${location.origin}/demo/data/images/${pictures[stem]}.svg` : url,
        )
        .replaceAll('http://127.0.0.1:8089', 'https://example.kz')
        // A feed's further pages come from the fake endpoint too.
        .replace(/"next_url":"https:\/\/news\.example\//g, `"next_url":"${feed.url}/`);
      fixtures.set(`${folder}/${name}`, JSON.parse(text));
    }),
  );
}

const json = (name: string, status = 200): FakeAnswer => ({ status, json: fixtures.get(name) });

/** A WordPress site as recorded: posts 5 (kk) and 7 (ru, its translation), related lists, a draft. */
const wordpress = fakeEndpoint('wordpress', {
  serve: (path, query) => {
    const route = path.join('/');
    if (route === 'wp-json/wp/v2/posts/5') return json('wordpress/post-kk-embed');
    if (route === 'wp-json/wp/v2/posts/7') return json('wordpress/post-ru-embed');
    if (route === 'wp-json/wp/v2/posts/27') return json('wordpress/error-draft', 401);
    if (route === 'wp-json/wp/v2/posts' && query.get('categories') === '2') return json('wordpress/related-kk');
    if (route === 'wp-json/wp/v2/posts' && query.get('categories') === '3') return json('wordpress/related-ru');
    return json('wordpress/error-no-route', 404);
  },
});

/** A JSON Feed in three pages. */
const feed = fakeEndpoint('jsonfeed', {
  serve: ([lang, file]) => (lang === 'kk' && file ? json(`jsonfeed/${file.replace(/\.json$/, '')}`) : { status: 404 }),
});

const loadWordPress = () =>
  loadFixtures('wordpress', ['post-kk-embed', 'post-ru-embed', 'related-kk', 'related-ru', 'error-draft', 'error-no-route']);
const loadFeed = () => loadFixtures('jsonfeed', ['feed', 'feed-2', 'feed-3']);

interface SourceArgs {
  endpoint: string;
  adapter?: string;
  'article-id': string;
}

type Story = StoryObj<SourceArgs>;

/** Every story loads through the shared data layer: an iframe of its own in the docs page. */
const ownPage = (height: number) => ({ docs: { story: { inline: false, height: `${height}px` } } });

const card = ({ endpoint, adapter, 'article-id': id }: SourceArgs) =>
  html`<div style="max-inline-size: 360px">
    <news-article-card endpoint=${endpoint} adapter=${adapter ?? 'native'} article-id=${id}></news-article-card>
  </div>`;

const rail = ({ endpoint, adapter, 'article-id': id }: SourceArgs) =>
  html`<div style="max-inline-size: 360px">
    <news-related-rail endpoint=${endpoint} adapter=${adapter ?? 'native'} article-id=${id} layout="list" limit="3"></news-related-rail>
  </div>`;

const meta = {
  title: 'Data sources',
  component: 'news-article-card',
  render: card,
  beforeEach: [useFakeEndpoints],
  parameters: ownPage(560),
} satisfies Meta<SourceArgs>;

export default meta;

/** `adapter="native"` (the default): the library's own contract, here the demo's mock endpoint at /api. */
export const Native: Story = {
  args: { endpoint: '/api', 'article-id': 'court-digital' },
};

/** `adapter="wordpress"`: post 5 of a WordPress site; a reader of Russian gets post 7, its translation. */
export const WordPress: Story = {
  args: { endpoint: `${wordpress.url}/wp-json`, adapter: 'wordpress', 'article-id': '5' },
  loaders: [loadWordPress],
};

/** Related posts from WordPress: the same category, in the reader's language, without the article itself. */
export const WordPressRelated: Story = {
  name: 'WordPress, related',
  args: { endpoint: `${wordpress.url}/wp-json`, adapter: 'wordpress', 'article-id': '5' },
  loaders: [loadWordPress],
  render: rail,
};

/** A draft (WordPress answers 401 `rest_forbidden`): the site does not allow it to be shown. */
export const WordPressDraft: Story = {
  name: 'WordPress, a draft',
  args: { endpoint: `${wordpress.url}/wp-json`, adapter: 'wordpress', 'article-id': '27' },
  loaders: [loadWordPress],
};

/** `adapter="jsonfeed"`: an item of a JSON Feed 1.1, found by its `id`. */
export const JsonFeed: Story = {
  name: 'JSON Feed',
  args: { endpoint: `${feed.url}/kk/feed.json`, adapter: 'jsonfeed', 'article-id': 'court-digital' },
  loaders: [loadFeed],
};

/** Related items of a JSON Feed: those sharing a tag first. */
export const JsonFeedRelated: Story = {
  name: 'JSON Feed, related',
  args: { endpoint: `${feed.url}/kk/feed.json`, adapter: 'jsonfeed', 'article-id': 'court-digital' },
  loaders: [loadFeed],
  render: rail,
};
