/**
 * demo/snippets.html, the snippet generator: a site builder picks a widget and its attributes,
 * sees it live, and copies a snippet that must work pasted into an empty page.
 */
import { expect, waitUntil } from '@open-wc/testing';

let frame: HTMLIFrameElement;

async function openGenerator(query = ''): Promise<Document> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  frame.src = `/demo/snippets.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await waitUntil(() => page.querySelector('[data-snippet]')?.textContent, 'the generator wrote no snippet', {
    timeout: 8000,
  });
  return page;
}

const snippet = (page: Document) => page.querySelector('[data-snippet]')!.textContent!;

/** Sets a form control as a user would, firing the events a user's change fires. */
function choose(control: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The control labelled by an attribute name (`<code>layout</code>`). */
const attributeControl = (page: Document, name: string) =>
  page.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-attribute="${name}"]`)!;

afterEach(() => frame.remove());

describe('snippet generator (demo/snippets.html)', () => {
  it('offers every element of custom-elements.json, with its attributes', async () => {
    const page = await openGenerator();
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = manifest.modules
      .flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? [])
      .map((declaration: { tagName?: string }) => declaration.tagName)
      .filter(Boolean)
      .sort();
    const offered = [...page.querySelectorAll<HTMLOptionElement>('select[name="tag"] option')].map((o) => o.value);
    expect(offered.sort()).to.deep.equal(tags);
    choose(page.querySelector('select[name="tag"]')!, 'news-related-rail');
    const layout = attributeControl(page, 'layout') as HTMLSelectElement;
    expect([...layout.options].map((option) => option.value)).to.deep.equal(['', 'rail', 'list', 'grid']);
  });

  it('writes the chosen attributes into the snippet and the live preview', async () => {
    const page = await openGenerator();
    choose(page.querySelector('select[name="tag"]')!, 'news-related-rail');
    choose(attributeControl(page, 'layout'), 'grid');
    choose(attributeControl(page, 'show-empty'), true);
    choose(page.querySelector('select[name="lang"]')!, 'ru');
    expect(snippet(page)).to.match(
      /<news-related-rail endpoint="[^"]+\/api" article-id="court-digital" layout="grid" show-empty lang="ru">/,
    );
    const preview = page.querySelector('[data-preview] news-related-rail')!;
    expect(preview.getAttribute('layout')).to.equal('grid');
    expect(preview.hasAttribute('show-empty')).to.be.true;
    await waitUntil(
      () => preview.shadowRoot?.querySelector('news-article-card'),
      'the preview rail showed no stories',
      {
        timeout: 8000,
      },
    );
  });

  it('escapes what is typed, in the snippet and the preview alike', async () => {
    const page = await openGenerator();
    choose(attributeControl(page, 'article-id'), '"><script>alert(1)</script>');
    expect(snippet(page)).to.include('article-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(page.querySelector('[data-preview] script')).to.be.null;
  });

  it('gives a snippet that works pasted into an empty page, with either loader', async function () {
    // Two fresh pages loading the sources, each compiled on first request: seconds in WebKit.
    this.timeout(20_000);
    for (const loader of ['module', 'classic']) {
      const page = await openGenerator('?element=news-article-card&article-id=court-digital&variant=compact');
      choose(page.querySelector<HTMLInputElement>(`input[name="loader"][value="${loader}"]`)!, true);
      // Absolute, as the generator writes it: WebKit resolves no relative import() in a srcdoc page.
      const code = snippet(page).replaceAll(new URL('/dist/news-widgets.js', location.href).href, new URL('/src/bundle.ts', location.href).href);
      expect(code.includes('type="module"'), loader).to.equal(loader === 'module');
      frame.remove();

      frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="kk"><body>${code}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const card = frame.contentDocument!.querySelector('news-article-card')!;
      expect(card.getAttribute('variant')).to.equal('compact');
      await waitUntil(() => card.shadowRoot?.querySelector('[role="heading"] a'), `${loader}: no headline`, {
        timeout: 8000,
      });
      frame.remove();
    }
  });
});
