import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/article-card/article-card.js';
import '../src/related-rail/related-rail.js';
import type { Article, NewsLoadDetail } from '../src/data/types.js';
import { setPageLanguage } from '../src/i18n/page-language.js';
import { servedDataScript, type ServedData } from '../src/served-data.js';
import { resetPage, shownText, waitForText } from './helpers/elements.js';
import { requestsTo, uniqueName } from './helpers/mock-endpoint.js';

/*
 * Widgets a server rendered (news-widgets/ssr) carry the data they show as their first child. In
 * the browser they take it as the answer: their first frame is the loaded one, and the endpoint is
 * asked nothing. Here the data is written as the server writes it, without the shadow tree, so the
 * widgets render it themselves (test/smoke/ssr-page.mjs has the server's own HTML, hydrated).
 */

const article = async (id: string, lang = 'kk'): Promise<Article> => (await fetch(`/api/articles/${id}?lang=${lang}`)).json();

/** An endpoint of its own (a normal scenario of the mock), so its requests are this test's alone. */
const ownEndpoint = () => {
  const name = uniqueName('served');
  return { endpoint: `/api/scenario/${name}`, requests: () => requestsTo(`/api/scenario/${name}/`) };
};

/** The `news-load` details heard on the page, in order. */
function heardLoads(): NewsLoadDetail[] {
  const heard: NewsLoadDetail[] = [];
  const listener = (event: Event) => heard.push((event as CustomEvent<NewsLoadDetail>).detail);
  document.addEventListener('news-load', listener);
  after(() => document.removeEventListener('news-load', listener));
  return heard;
}

/** Lets a widget that was going to fetch (it is in the viewport) do so. */
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 300));

const card = (endpoint: string, served?: ServedData, id = 'court-digital') =>
  `<news-article-card endpoint="${endpoint}" article-id="${id}">${served ? servedDataScript(served) : ''}<a href="/kk/${id}">Fallback</a></news-article-card>`;

describe('widgets a server rendered', () => {
  beforeEach(resetPage);

  it('show the served article at once, as loaded, asking the endpoint nothing, and say news-load', async () => {
    const story = await article('court-digital');
    const { endpoint, requests } = ownEndpoint();
    const heard = heardLoads();
    const element = await fixture(card(endpoint, { lang: 'kk', key: 'article/court-digital', value: story }));
    expect(shownText(element)).to.include(story.title);
    expect(element.shadowRoot!.querySelector('[role="status"], [aria-busy="true"]')).to.equal(null);
    await aMoment();
    expect(await requests()).to.equal(0);
    expect(heard.map(({ data }) => (data as Article).id)).to.deep.equal(['court-digital']);
    await expect(element).to.be.accessible();
  });

  it("serve the answer to the page: another widget asking the same asks nothing either", async () => {
    const story = await article('court-digital');
    const { endpoint, requests } = ownEndpoint();
    await fixture(`<div>${card(endpoint, { lang: 'kk', key: 'article/court-digital', value: story })}${card(endpoint)}</div>`);
    const cards = document.querySelectorAll('news-article-card');
    await waitForText(cards[1], story.title);
    await aMoment();
    expect(await requests()).to.equal(0);
  });

  it("show their first frame in the server's language, then the reader's choice, loaded as usual", async () => {
    const [kk, ru] = [await article('court-digital'), await article('court-digital', 'ru')];
    setPageLanguage('ru', { persist: false });
    const { endpoint, requests } = ownEndpoint();
    const heard = heardLoads();
    const element = await fixture(card(endpoint, { lang: 'kk', key: 'article/court-digital', value: kk }));
    await waitForText(element, ru.title);
    expect(heard.map(({ data }) => (data as Article).lang)).to.deep.equal(['kk', 'ru']);
    expect(await requests()).to.equal(1);
  });

  it('load as usual when the served data is for another story, or does not read as one', async () => {
    const story = await article('court-digital');
    for (const served of [
      { lang: 'kk', key: 'article/legal-aid', value: await article('legal-aid') },
      { lang: 'kk', key: 'article/court-digital', value: { title: 'no id, no url' } },
    ] as ServedData[]) {
      const { endpoint, requests } = ownEndpoint();
      const element = await fixture(card(endpoint, served));
      await waitForText(element, story.title);
      expect(await requests()).to.equal(1);
    }
  });

  it('show a served rail, each story once, asking nothing', async () => {
    const stories = [await article('legal-aid'), await article('mediation-halls')];
    const { endpoint, requests } = ownEndpoint();
    const key = `stories ${JSON.stringify({ articleId: 'court-digital', limit: 2 })}`;
    const rail = await fixture(
      `<news-related-rail endpoint="${endpoint}" article-id="court-digital" limit="2">${servedDataScript({ lang: 'kk', key, value: stories })}</news-related-rail>`,
    );
    const links = () => [...rail.shadowRoot!.querySelectorAll('news-article-card')].map((each) => each.shadowRoot?.querySelector('a')?.href);
    await waitUntil(() => links().every(Boolean) && links().length === 2, 'the rail never showed its two stories');
    expect(links()).to.deep.equal(stories.map(({ url }) => url));
    await aMoment();
    expect(await requests()).to.equal(0);
  });

  it("keep a card of a server's rail as the server made it, for the rail to render again, where there is no hydration", async () => {
    const holder = await fixture<HTMLDivElement>('<div></div>');
    // As a server nests a card in a rail's shadow tree (news-widgets/ssr): waiting for its host.
    holder.setHTMLUnsafe(
      '<news-article-card defer-hydration variant="compact"><template shadowrootmode="open"><p>from the server</p></template></news-article-card>',
    );
    const nested = holder.querySelector('news-article-card')!;
    await aMoment();
    expect(shownText(nested)).to.equal('from the server');
    expect((nested as HTMLElement & { hasUpdated: boolean }).hasUpdated).to.equal(false);
  });

  it("take their data over when the server's HTML comes in by innerHTML (a client-side route change), its shadow tree an inert template", async () => {
    const story = await article('court-digital');
    const { endpoint, requests } = ownEndpoint();
    const served = servedDataScript({ lang: 'kk', key: 'article/court-digital', value: story });
    const holder = await fixture<HTMLDivElement>('<div></div>');
    holder.innerHTML = `<news-article-card endpoint="${endpoint}" article-id="court-digital"><template shadowrootmode="open"><p>from the server</p></template>${served}</news-article-card>`;
    const element = holder.querySelector('news-article-card')!;
    await waitForText(element, story.title);
    await aMoment();
    expect(await requests()).to.equal(0);
  });
});
