/**
 * The README's snippets are what site builders paste. Each is taken from README.md as written,
 * its two placeholder addresses pointed at this server (the library's source and the mock
 * endpoint), and loaded as a page of its own: the widget must show its article.
 */
import { expect, waitUntil } from '@open-wc/testing';

const SCRIPT_PLACEHOLDER = 'https://your-cdn.example/news-widgets/dist/news-widgets.js';
const ENDPOINT_PLACEHOLDER = 'https://news.example/api';

let readme: string;
const frames: HTMLIFrameElement[] = [];

/** The first ```html block after the heading `title`. */
function snippetUnder(title: string): string {
  const section = readme.split(/^## /m).find((part) => part.startsWith(title));
  const code = section && /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code) throw new Error(`README.md has no html snippet under "## ${title}"`);
  return code;
}

/** Loads `html` as a page of its own, with the snippet's addresses pointed at this test server. */
async function openPage(html: string): Promise<Document> {
  expect(html, 'the snippet loads the library from the placeholder address').to.include(SCRIPT_PLACEHOLDER);
  expect(html, 'the snippet reads the placeholder endpoint').to.include(ENDPOINT_PLACEHOLDER);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 480px; height: 700px; border: 0';
  frame.srcdoc = html
    .replaceAll(SCRIPT_PLACEHOLDER, new URL('/src/bundle.ts', location.href).href)
    .replaceAll(ENDPOINT_PLACEHOLDER, new URL('/api', location.href).href);
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Waits until the page's card shows its headline as a link, and returns that link. */
async function headlineLink(page: Document): Promise<HTMLAnchorElement> {
  const card = page.querySelector('news-article-card');
  expect(card, 'a <news-article-card> in the snippet').to.exist;
  const link = () => card!.shadowRoot?.querySelector<HTMLAnchorElement>('[role="heading"] a');
  await waitUntil(() => link(), 'the card never showed its headline link', { timeout: 8000 });
  return link()!;
}

before(async () => {
  readme = await (await fetch('/README.md')).text();
});

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('README snippets', () => {
  it('the plain-page quickstart, pasted into an empty file, shows the article', async () => {
    const page = await openPage(snippetUnder('Quickstart for a plain page'));
    const link = await headlineLink(page);
    const { title, url } = await (await fetch('/api/articles/court-digital?lang=kk')).json();
    expect(link.textContent?.trim()).to.equal(title);
    expect(link.href).to.equal(url);
  });

  it('the WordPress Custom HTML block, inside a post, loads the library with a plain (non-module) script', async () => {
    const block = snippetUnder('In WordPress');
    expect(block).to.not.include('type="module"');
    const page = await openPage(
      `<!doctype html><html lang="ru"><body><article class="entry-content">${block}</article></body></html>`,
    );
    const link = await headlineLink(page);
    const { title } = await (await fetch('/api/articles/court-digital?lang=ru')).json();
    expect(link.textContent?.trim(), 'the card follows the post’s language').to.equal(title);
  });

  it('the reference table says which languages a switcher shows by default, as the element does', async () => {
    await import('../src/language-switcher/language-switcher.js');
    const { languages } = document.createElement('news-language-switcher');
    const row = readme.split('\n').find((line) => line.startsWith('| `<news-language-switcher>`'));
    expect(row).to.include(`by default \`${languages}\``);
  });
});
