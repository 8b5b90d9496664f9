import type { Article, Lang } from '../data/types.js';
import { toKazakhLatin } from './kk-latn.js';
import { toLang } from './language.js';

const transliterated = new WeakMap<Article, Article>();

function inKazakhLatin(article: Article): Article {
  let latin = transliterated.get(article);
  if (!latin) {
    const { title, excerpt, author, category, image } = article;
    latin = {
      ...article,
      lang: 'kk-Latn',
      title: toKazakhLatin(title),
      excerpt: excerpt && toKazakhLatin(excerpt),
      author: author && { name: toKazakhLatin(author.name), role: author.role && toKazakhLatin(author.role) },
      category: category && { ...category, name: toKazakhLatin(category.name) },
      image: image && { ...image, alt: image.alt && toKazakhLatin(image.alt) },
    };
    transliterated.set(article, latin);
  }
  return latin;
}

/**
 * The article as a widget showing `lang` presents it: Kazakh written in Cyrillic is
 * transliterated when the reader chose `kk-Latn` and the endpoint had no Latin version.
 * The result's `lang` is the language its text is really in (the endpoint may have answered
 * in another language than asked).
 */
export function articleForDisplay(article: Article, lang: Lang): Article {
  const written = toLang(article.lang) ?? lang;
  if (lang === 'kk-Latn' && written === 'kk') return inKazakhLatin(article);
  return article.lang === written ? article : { ...article, lang: written };
}
