import { endpointUrl, pathSegment, type Adapter } from './adapter.js';
import { toArticle, toArticleList, toMourningDays } from '../validate.js';

/** The library's own endpoint contract (v1), as DESIGN.md specifies it. */
export const nativeAdapter: Adapter = {
  async article(id, { endpoint, lang, fetchJson }) {
    const url = endpointUrl(endpoint, `articles/${pathSegment(id)}`, { lang });
    return toArticle(await fetchJson(url), url);
  },
  async related(id, limit, { endpoint, lang, fetchJson }) {
    const url = endpointUrl(endpoint, `articles/${pathSegment(id)}/related`, { lang, limit });
    return toArticleList(await fetchJson(url), url);
  },
  async articles({ category, tag, limit }, { endpoint, lang, fetchJson }) {
    const url = endpointUrl(endpoint, 'articles', { lang, category, tag, limit });
    return toArticleList(await fetchJson(url), url);
  },
  async mourning({ endpoint, lang, fetchJson }) {
    const url = endpointUrl(endpoint, 'mourning', { lang });
    return toMourningDays(await fetchJson(url), url);
  },
};
