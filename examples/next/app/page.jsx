// A server component renders the widgets with news-widgets/ssr (at build time here; on each
// request in a dynamic route) and puts their HTML in as it is.
import { renderWidget } from 'news-widgets/ssr';
import TakeOver from './take-over.jsx';

// Where the widgets' data comes from, on the server and in the reader's browser.
const endpoint = process.env.NEWS_ENDPOINT ?? 'https://news.example/api';

export default async function Page() {
  const [lead, rail] = await Promise.all([
    renderWidget('news-article-card', { endpoint, 'article-id': 'court-digital', variant: 'hero', 'heading-level': 2 }, {
      lang: 'kk',
      fallback: '<a href="https://example.kz/kk/court-digital">Сандық технология сот саласына жаңа серпін берді</a>',
    }),
    renderWidget('news-related-rail', { endpoint, 'article-id': 'court-digital', limit: 4 }, { lang: 'kk' }),
  ]);
  return (
    <main>
      <div dangerouslySetInnerHTML={{ __html: lead.html }} />
      <div dangerouslySetInnerHTML={{ __html: rail.html }} />
      <TakeOver />
    </main>
  );
}
