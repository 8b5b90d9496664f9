import { expect } from '@open-wc/testing';
import { safeSrcset, safeUrl } from '../../src/data/url.js';
import { toArticle, toArticleList, toMourningDays } from '../../src/data/validate.js';
import { NewsDataError } from '../../src/data/types.js';
import { countedList } from '../helpers/counted-list.js';
import { sampleArticle } from '../helpers/fake-fetch.js';

const BASE = 'https://news.example/api/articles/x';

function shapeError(run: () => unknown): NewsDataError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(NewsDataError);
    expect((error as NewsDataError).reason).to.equal('shape');
    return error as NewsDataError;
  }
  throw new Error('expected a shape error');
}

describe('URL safety', () => {
  it('keeps http and https, resolving relative URLs against the endpoint', () => {
    expect(safeUrl('https://a.kz/x')).to.equal('https://a.kz/x');
    expect(safeUrl('  http://a.kz/x  ')).to.equal('http://a.kz/x');
    expect(safeUrl('/kk/7', BASE)).to.equal('https://news.example/kk/7');
  });

  for (const unsafe of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '',
    42,
    null,
  ]) {
    it(`refuses ${JSON.stringify(unsafe)}`, () => {
      expect(safeUrl(unsafe, BASE)).to.be.undefined;
    });
  }

  it('answers the same for a pair it has checked before, whatever pairs came between', () => {
    // The same text against different bases, and base and value split differently.
    expect(safeUrl('7', 'https://news.example/kk/')).to.equal('https://news.example/kk/7');
    expect(safeUrl('7', 'https://news.example/ru/')).to.equal('https://news.example/ru/7');
    expect(safeUrl('kk/7', 'https://news.example/')).to.equal('https://news.example/kk/7');
    expect(safeUrl('https://news.example/kk/7')).to.equal('https://news.example/kk/7');
    expect(safeUrl('javascript:alert(1)', 'https://news.example/')).to.be.undefined;
    for (let i = 0; i < 600; i++) safeUrl(`/kk/${i}`, BASE);
    expect(safeUrl('7', 'https://news.example/ru/')).to.equal('https://news.example/ru/7');
    expect(safeUrl('javascript:alert(1)', 'https://news.example/')).to.be.undefined;
    expect(safeUrl('/kk/599', BASE)).to.equal('https://news.example/kk/599');
  });

  it('filters srcset candidates one by one', () => {
    expect(safeSrcset('https://a.kz/300.jpg 300w, javascript:alert(1) 600w, https://a.kz/1200.jpg 1200w')).to.equal(
      'https://a.kz/300.jpg 300w, https://a.kz/1200.jpg 1200w',
    );
    expect(safeSrcset('javascript:alert(1) 1x')).to.be.undefined;
  });
});

describe('article validation', () => {
  it('accepts the contract example and keeps every field', () => {
    const article = toArticle(sampleArticle(), BASE);
    expect(article.title).to.equal('Сандық технология сот саласына жаңа серпін берді');
    expect(article.author).to.deep.equal(sampleArticle().author);
    expect(article.image?.width).to.equal(1200);
    expect(article.translations).to.deep.equal({ ru: 'court-digital-ru' });
  });

  it('needs only id, url and title', () => {
    expect(toArticle({ id: 7, url: '/kk/7', title: 'Жаңалық' }, BASE)).to.include({
      id: '7',
      url: 'https://news.example/kk/7',
      title: 'Жаңалық',
    });
  });

  it('names the missing field', () => {
    expect(shapeError(() => toArticle({ id: 'x', url: 'https://a.kz' })).message).to.contain('"title"');
    expect(shapeError(() => toArticle({ url: 'https://a.kz', title: 'T' })).message).to.contain('"id"');
    expect(shapeError(() => toArticle([])).message).to.contain('object');
  });

  it('treats an article with an unsafe url as invalid', () => {
    expect(shapeError(() => toArticle(sampleArticle('x', { url: 'javascript:alert(1)' }))).message).to.contain('url');
  });

  it('drops unsafe or wrongly typed optional fields and keeps the rest', () => {
    const article = toArticle(
      sampleArticle('x', {
        image: { src: 'javascript:alert(1)', alt: 'x' },
        category: { name: 'Сот', url: 'data:text/html,x' },
        excerpt: 42,
        publishedAt: 'yesterday',
        readingMinutes: -3,
        tags: ['a', 5, 'b'],
        author: 'Дуйсенова',
      }),
    );
    expect(article.image).to.be.undefined;
    expect(article.category).to.deep.equal({ name: 'Сот', id: undefined, url: undefined });
    expect(article.excerpt).to.be.undefined;
    expect(article.publishedAt).to.be.undefined;
    expect(article.readingMinutes).to.be.undefined;
    expect(article.tags).to.deep.equal(['a', 'b']);
    expect(article.author).to.be.undefined;
    expect(article.title).to.equal('Сандық технология сот саласына жаңа серпін берді');
  });

  it('drops a date that is not a real instant or that no reader can be shown, and keeps the rest', () => {
    for (const impossible of ['+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '0000-01-01', '+010000-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-13-01', 'yesterday']) {
      const article = toArticle(sampleArticle('a', { publishedAt: impossible }));
      expect(article.publishedAt, impossible).to.be.undefined;
      expect(article.title).to.equal(sampleArticle().title);
    }
    for (const real of ['0001-01-01T00:00:00+06:00', '9999-12-31T18:59:59Z', '2024-02-29T12:00:00Z', '2026-06-10']) {
      expect(toArticle(sampleArticle('a', { publishedAt: real })).publishedAt, real).to.equal(real);
    }
  });

  it('drops image sizes and reading times outside a sensible range', () => {
    const read = (image: Record<string, unknown>, readingMinutes: unknown) => {
      const article = toArticle(sampleArticle('a', { image: { src: 'https://example.kz/a.jpg', ...image }, readingMinutes }));
      return [article.image?.width, article.image?.height, article.readingMinutes];
    };
    expect(read({ width: 1e308, height: -1 }, 1e308)).to.deep.equal([undefined, undefined, undefined]);
    expect(read({ width: 65_536, height: 0 }, 601)).to.deep.equal([undefined, undefined, undefined]);
    expect(read({ width: Infinity, height: '675' }, Number.MAX_VALUE)).to.deep.equal([undefined, undefined, undefined]);
    expect(read({ width: 65_535, height: 1 }, 600)).to.deep.equal([65_535, 1, 600]);
    expect(read({ width: 1200, height: 675 }, 0.2)).to.deep.equal([1200, 675, 1]);
    expect(read({ width: 0.5, height: 5e-324 }, 0)).to.deep.equal([undefined, undefined, undefined]);
  });

  it('keeps hostile strings as plain text for text bindings to show', () => {
    const title = '<img src=x onerror=alert(1)>';
    expect(toArticle(sampleArticle('x', { title })).title).to.equal(title);
  });
});

describe('list validation', () => {
  it('keeps the valid items of a partly broken list', () => {
    const items = toArticleList({ items: [sampleArticle('a'), { id: 'b' }, sampleArticle('c', { url: 'javascript:x' }), sampleArticle('d')] });
    expect(items.map((item) => item.id)).to.deep.equal(['a', 'd']);
  });

  it('reads only the first hundred items of a list, however long', () => {
    const list = countedList(30_000, (i) => sampleArticle(`a${i}`));
    const articles = toArticleList({ items: list.items });
    expect(articles).to.have.length(100);
    expect(articles[99].id).to.equal('a99');
    expect(list.read()).to.equal(100);
  });

  it('accepts an empty list', () => {
    expect(toArticleList({ items: [] })).to.deep.equal([]);
  });

  it('refuses a list whose every item is invalid, or that is not a list', () => {
    shapeError(() => toArticleList({ items: [{ id: 1 }] }));
    shapeError(() => toArticleList({ data: [] }));
    shapeError(() => toArticleList([sampleArticle()]));
  });
});

describe('mourning schedule validation', () => {
  it('keeps well-formed days and drops the rest', () => {
    const days = toMourningDays({
      days: [
        { date: '2026-06-12', title: 'Жалпыұлттық аза тұту күні', grayscale: true },
        { date: '12.06.2026', title: 'wrong date format' },
        { date: '2026-06-13' },
        { date: '2026-06-14', endDate: '2026-06-13', title: 'end before start', url: 'javascript:x' },
      ],
    });
    expect(days).to.deep.equal([
      { date: '2026-06-12', endDate: undefined, recurring: undefined, title: 'Жалпыұлттық аза тұту күні', message: undefined, grayscale: true, url: undefined },
      { date: '2026-06-14', endDate: undefined, recurring: undefined, title: 'end before start', message: undefined, grayscale: undefined, url: undefined },
    ]);
  });

  it('drops a day that is not in the calendar or before year 1', () => {
    const days = toMourningDays({
      days: [
        { date: '0000-01-01', title: 'year 0' },
        { date: '2026-02-30', title: '30 February' },
        { date: '2026-06-12', endDate: '2026-06-31', title: 'end on 31 June' },
      ],
    });
    expect(days.map(({ date, endDate }) => [date, endDate])).to.deep.equal([['2026-06-12', undefined]]);
  });

  it('refuses a schedule without days', () => {
    shapeError(() => toMourningDays({ items: [] }));
  });
});
