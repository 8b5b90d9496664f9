// Eleventy renders the widgets at build time with an async shortcode on news-widgets/ssr; the page
// loads the single file, which takes each widget over from the data it carries.
import { renderWidget } from 'news-widgets/ssr';

// Where the widgets' data comes from, on the server at build time and in the reader's browser.
const endpoint = process.env.NEWS_ENDPOINT ?? 'https://news.example/api';

export default function (eleventyConfig) {
  // {% newsWidget "news-article-card", lead %}: the tag, and its attributes from the page's data;
  // the page's `lang` is what every widget without its own shows.
  eleventyConfig.addAsyncShortcode('newsWidget', async function (tag, attributes, fallback = '') {
    const { html } = await renderWidget(tag, { endpoint, ...attributes }, { lang: this.ctx.lang, fallback });
    return html;
  });
  eleventyConfig.addPassthroughCopy({ 'node_modules/news-widgets/dist/news-widgets.js': 'news-widgets.js' });
}
