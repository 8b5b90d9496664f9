import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/article-card/article-card.js';
import '../src/language-switcher/language-switcher.js';
import type { NewsArticleCard } from '../src/article-card/article-card.js';
import type { NewsLanguageSwitcher } from '../src/language-switcher/language-switcher.js';
import { getPageLanguage, LANGUAGE_STORAGE_KEY, setPageLanguage } from '../src/i18n/page-language.js';
import { resetPage, shownText } from './helpers/elements.js';

const KK_TITLE = 'Сандық технология сот саласына жаңа серпін берді';
const RU_TITLE = 'Цифровые технологии дали новый импульс судебной системе';
const LATN_TITLE = 'Sandyq tehnologia sot salasyna jaña serpın berdı';
const KK_ZHETISU = 'Жетісу облысында жоғары технологиялық медициналық көмектің қолжетімділігі кеңеюде';
const RU_ZHETISU = 'В области Жетысу расширяется доступность высокотехнологичной медицинской помощи';
const LATN_ZHETISU = 'Jetısu oblysynda joğary tehnologialyq medisinalyq kömektıñ qoljetımdılıgı keñeiude';
const ONLY_RU_TITLE = 'Онлайн-заседания – норма, а не исключение';

/** The languages a reader is offered, as their accessible elements (buttons, links or menu items). */
const options = (switcher: Element) => [...switcher.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')];
const option = (switcher: Element, name: string) => {
  const found = options(switcher).find((each) => each.textContent === name);
  if (!found) throw new Error(`no option "${name}" in ${shownText(switcher)}`);
  return found;
};
const currentName = (switcher: Element) =>
  options(switcher).filter((each) => each.getAttribute('aria-current') === 'true').map((each) => each.textContent);
const menuButton = (switcher: Element) => switcher.shadowRoot!.querySelector<HTMLButtonElement>('[aria-haspopup="menu"]')!;
const menu = (switcher: Element) => switcher.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
const focused = (switcher: Element) => switcher.shadowRoot!.activeElement;
const title = (card: Element) => card.shadowRoot!.querySelector('[part~="link"]')?.textContent;

/** Records the URLs this page fetches while passing them on to the real endpoint. */
function watchRequests() {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    calls.push(url.pathname + url.search);
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

describe('<news-language-switcher>', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  describe('what it shows', () => {
    it('offers Kazakh and Russian by default, each by its own name and lang, the current one marked', async () => {
      const switcher = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher></news-language-switcher>`);
      const [kk, ru] = options(switcher);
      expect(options(switcher).map((each) => [each.localName, each.textContent, each.lang])).to.deep.equal([
        ['button', 'Қазақша', 'kk'],
        ['button', 'Русский', 'ru'],
      ]);
      expect(kk.getAttribute('aria-current')).to.equal('true');
      expect(ru.hasAttribute('aria-current')).to.be.false;
      expect(switcher.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Тіл');
      await expect(switcher).to.be.accessible();
    });

    it('names all four languages in their own script, Kazakh in Latin as Qazaqşa, and skips unknown codes', async () => {
      const switcher = await fixture(html`<news-language-switcher languages="kk ru en kk-Latn xx ru"></news-language-switcher>`);
      expect(options(switcher).map((each) => [each.textContent, each.lang])).to.deep.equal([
        ['Қазақша', 'kk'],
        ['Русский', 'ru'],
        ['English', 'en'],
        ['Qazaqşa', 'kk-Latn'],
      ]);
    });

    it('takes the page language when it has no value: the kept choice, then <html lang>', async () => {
      document.documentElement.lang = 'ru';
      const switcher = await fixture(html`<news-language-switcher languages="kk ru en"></news-language-switcher>`);
      expect(currentName(switcher)).to.deep.equal(['Русский']);
      expect(switcher.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Язык');
      setPageLanguage('en', { persist: false });
      await waitUntil(() => currentName(switcher)[0] === 'English', 'did not follow the page-wide choice');
      expect(switcher.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Language');
    });

    it('shows its value as current, and updates it when the reader chooses', async () => {
      const switcher = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher value="ru"></news-language-switcher>`);
      expect(currentName(switcher)).to.deep.equal(['Русский']);
      option(switcher, 'Қазақша').click();
      await switcher.updateComplete;
      expect(switcher.value).to.equal('kk');
      expect(currentName(switcher)).to.deep.equal(['Қазақша']);
    });

    it('labels itself in Kazakh Latin when that is the page language', async () => {
      setPageLanguage('kk-Latn', { persist: false });
      const switcher = await fixture(html`<news-language-switcher languages="kk kk-Latn"></news-language-switcher>`);
      expect(switcher.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Tıl');
      expect(currentName(switcher)).to.deep.equal(['Qazaqşa']);
    });

    it('keeps the host page’s uppercase styling out (CSS uppercases Kazakh Latin i wrongly)', async () => {
      const wrapper = await fixture(html`<div style="text-transform: uppercase">
        <news-language-switcher languages="kk kk-Latn"></news-language-switcher>
        <news-language-switcher languages="kk kk-Latn" variant="menu"></news-language-switcher>
      </div>`);
      for (const switcher of wrapper.querySelectorAll('news-language-switcher')) {
        for (const each of [...options(switcher), menuButton(switcher)].filter(Boolean)) {
          expect(getComputedStyle(each).textTransform).to.equal('none');
        }
      }
    });

    it('is accessible in the dark theme, in both variants, closed and open', async () => {
      const wrapper = await fixture(html`<div>
        <news-language-switcher theme="dark" languages="kk ru en kk-Latn"></news-language-switcher>
        <news-language-switcher theme="dark" variant="menu" languages="kk ru en kk-Latn"></news-language-switcher>
      </div>`);
      const [buttons, withMenu] = wrapper.querySelectorAll('news-language-switcher');
      await expect(buttons).to.be.accessible();
      await expect(withMenu).to.be.accessible();
      menuButton(withMenu).click();
      await waitUntil(() => !menu(withMenu).hidden);
      await expect(withMenu).to.be.accessible();
    });
  });

  describe('choosing', () => {
    it('makes the choice page-wide, keeps it, and tells the host', async () => {
      const wrapper = await fixture(html`<div>
        <news-language-switcher></news-language-switcher>
        <news-language-switcher variant="menu"></news-language-switcher>
      </div>`);
      const [first, second] = wrapper.querySelectorAll('news-language-switcher');
      const heard = oneEvent(wrapper, 'news-language-change');
      option(first, 'Русский').click();
      const { detail, bubbles, composed, cancelable } = await heard;
      expect(detail).to.deep.equal({ lang: 'ru', previous: 'kk' });
      expect([bubbles, composed, cancelable]).to.deep.equal([true, true, true]);
      expect(getPageLanguage()).to.equal('ru');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('ru');
      expect(LANGUAGE_STORAGE_KEY).to.equal('news-widgets:lang');
      await waitUntil(() => menuButton(second).textContent!.includes('Русский'), 'the other switcher did not follow');
      expect(currentName(first)).to.deep.equal(['Русский']);
    });

    it('does nothing but tell the host when the host vetoes with preventDefault()', async () => {
      const switcher = await fixture(html`<news-language-switcher></news-language-switcher>`);
      const card = await fixture(html`<news-article-card endpoint="/api" article-id="court-digital"></news-article-card>`);
      await waitUntil(() => title(card) === KK_TITLE, 'the card never loaded');
      let heard: unknown;
      switcher.addEventListener('news-language-change', (event) => ((heard = (event as CustomEvent).detail), event.preventDefault()));
      option(switcher, 'Русский').click();
      expect(heard).to.deep.equal({ lang: 'ru', previous: 'kk' });
      expect(getPageLanguage()).to.be.undefined;
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.be.null;
      await Promise.all([(switcher as NewsLanguageSwitcher).updateComplete, (card as NewsArticleCard).updateComplete]);
      expect(currentName(switcher)).to.deep.equal(['Қазақша']);
      expect(title(card)).to.equal(KK_TITLE);
    });

    it('fires nothing when the reader picks the language already shown', async () => {
      const switcher = await fixture(html`<news-language-switcher></news-language-switcher>`);
      let fired = false;
      switcher.addEventListener('news-language-change', () => (fired = true));
      option(switcher, 'Қазақша').click();
      expect(fired).to.be.false;
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.be.null;
    });

    it('is keyboard operable as buttons: Tab to a language, Enter or Space to choose', async () => {
      const wrapper = await fixture(html`<div>
        <input aria-label="before" />
        <news-language-switcher languages="kk ru en"></news-language-switcher>
      </div>`);
      const switcher = wrapper.querySelector('news-language-switcher')!;
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(switcher)!.textContent).to.equal('Русский');
      await sendKeys({ press: ' ' });
      await waitUntil(() => currentName(switcher)[0] === 'Русский', 'Space did not choose');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => currentName(switcher)[0] === 'English', 'Enter did not choose');
      expect(getPageLanguage()).to.equal('en');
    });
  });

  describe('every widget on the page', () => {
    let requests: ReturnType<typeof watchRequests> | undefined;
    afterEach(() => requests?.restore());

    it('re-renders in the chosen language and refetches in it, one request per distinct URL', async () => {
      const page = await fixture(html`<div>
        <news-language-switcher languages="kk ru kk-Latn"></news-language-switcher>
        <news-article-card endpoint="/api" article-id="court-digital"></news-article-card>
        <news-article-card endpoint="/api" article-id="court-digital" variant="compact"></news-article-card>
        <news-article-card endpoint="/api" article-id="zhetisu-medicine" variant="compact"></news-article-card>
        <news-article-card endpoint="/api" article-id="court-digital" variant="compact" lang="kk"></news-article-card>
        <news-article-card endpoint="/api" article-id="online-hearings-ru" variant="compact"></news-article-card>
      </div>`);
      requests = watchRequests();
      const switcher = page.querySelector('news-language-switcher')!;
      const [first, second, third, ownLang, onlyRussian] = page.querySelectorAll('news-article-card');
      const titles = () => [first, second, third, ownLang, onlyRussian].map(title);
      /** Waits for the cards to show `expected`, then compares: a clear diff when they never do. */
      const expectTitles = async (expected: string[]) => {
        await waitUntil(() => titles().join('\n') === expected.join('\n'), '', { timeout: 4000 }).catch(() => undefined);
        expect(titles()).to.deep.equal(expected);
      };
      await expectTitles([KK_TITLE, KK_TITLE, KK_ZHETISU, KK_TITLE, ONLY_RU_TITLE]);
      requests.calls.length = 0;

      option(switcher, 'Русский').click();
      await expectTitles([RU_TITLE, RU_TITLE, RU_ZHETISU, KK_TITLE, ONLY_RU_TITLE]);
      expect(requests.calls.sort()).to.deep.equal([
        '/api/articles/court-digital?lang=ru',
        '/api/articles/online-hearings-ru?lang=ru',
        '/api/articles/zhetisu-medicine?lang=ru',
      ]);
      expect(shownText(first)).to.contain('3 мин чтения');
      await expect(switcher).to.be.accessible();

      requests.calls.length = 0;
      option(switcher, 'Qazaqşa').click();
      // Only Kazakh is transliterated: a story the endpoint has only in Russian stays Russian.
      await expectTitles([LATN_TITLE, LATN_TITLE, LATN_ZHETISU, KK_TITLE, ONLY_RU_TITLE]);
      expect(requests.calls.sort()).to.deep.equal([
        '/api/articles/court-digital?lang=kk-Latn',
        '/api/articles/online-hearings-ru?lang=kk-Latn',
        '/api/articles/zhetisu-medicine?lang=kk-Latn',
      ]);
      expect(onlyRussian.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('lang')).to.equal('ru');
      const meta = first.shadowRoot!.querySelector('[part~="meta"]')!.textContent!.replace(/\s+/g, ' ');
      expect(meta).to.match(/^ ?(2026 j\. )?10 mausym · Oquğa 3 min ?$/);
      expect(shownText(first)).to.contain('Duisenova Aqerke');

      // Answers already fetched on this page are reused: back to Kazakh costs no request.
      requests.calls.length = 0;
      option(switcher, 'Қазақша').click();
      await expectTitles([KK_TITLE, KK_TITLE, KK_ZHETISU, KK_TITLE, ONLY_RU_TITLE]);
      expect(requests.calls).to.deep.equal([]);
    });

    it('is already in the kept language at the first render after a reload', async () => {
      const frame = document.createElement('iframe');
      frame.title = 'a page with the widgets';
      frame.srcdoc = `<!doctype html><html lang="kk"><body>
        <news-language-switcher></news-language-switcher>
        <news-article-card endpoint="/api" article-id="court-digital"></news-article-card>
        <script type="module">
          import '/src/language-switcher/language-switcher.ts';
          import '/src/article-card/article-card.ts';
          // Elements upgrade while the imports run; their first render is the next update.
          const switcher = document.querySelector('news-language-switcher');
          const card = document.querySelector('news-article-card');
          Promise.all([switcher.updateComplete, card.updateComplete]).then(() => {
            window.firstRender = {
              current: switcher.shadowRoot.querySelector('[aria-current]').textContent,
              card: card.shadowRoot.textContent.trim(),
            };
          });
        </script>
      </body></html>`;
      type Page = Window & { firstRender?: { current: string; card: string } };
      const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const firstRender = async () => {
        await waitUntil(() => (frame.contentWindow as Page).firstRender, 'the framed page never rendered', { timeout: 8000 });
        return (frame.contentWindow as Page).firstRender!;
      };
      try {
        let ready = loaded();
        document.body.append(frame);
        await ready;
        expect(await firstRender()).to.deep.equal({ current: 'Қазақша', card: 'Жүктелуде…' });

        const framed = frame.contentDocument!.querySelector('news-language-switcher')!;
        [...framed.shadowRoot!.querySelectorAll('button')].find((each) => each.textContent === 'Русский')!.click();
        expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('ru');
        const before = frame.contentDocument!.querySelector('news-article-card')!;
        await waitUntil(() => title(before) === RU_TITLE, 'the framed card did not switch to Russian', { timeout: 4000 });

        ready = loaded();
        frame.contentWindow!.location.reload();
        await ready;
        expect(await firstRender()).to.deep.equal({ current: 'Русский', card: 'Загрузка…' });
        const card = frame.contentDocument!.querySelector('news-article-card')!;
        await waitUntil(() => title(card) === RU_TITLE, 'the reloaded card did not load in Russian', { timeout: 4000 });
      } finally {
        frame.remove();
      }
    });
  });

  describe('with the host page’s hreflang links', () => {
    const links: HTMLLinkElement[] = [];
    const addAlternate = (hreflang: string, href: string) => {
      const link = Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href });
      document.head.append(link);
      links.push(link);
    };
    beforeEach(() => {
      addAlternate('kk', location.href);
      addAlternate('ru-KZ', '#ru-version');
      addAlternate('en', 'javascript:alert(1)');
    });
    afterEach(() => {
      links.splice(0).forEach((link) => link.remove());
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('links each language to its alternate page with navigate, and goes there on a choice', async () => {
      const switcher = await fixture(html`<news-language-switcher navigate languages="kk ru en"></news-language-switcher>`);
      const [kk, ru, en] = options(switcher);
      expect(kk.localName, 'this very page is not a link').to.equal('button');
      expect(ru.localName).to.equal('a');
      expect((ru as HTMLAnchorElement).href).to.equal(`${location.href}#ru-version`);
      expect(ru.getAttribute('hreflang')).to.equal('ru');
      expect(ru.lang).to.equal('ru');
      expect(en.localName, 'an unsafe alternate is ignored').to.equal('button');
      await expect(switcher).to.be.accessible();

      const heard = oneEvent(switcher, 'news-language-change');
      ru.click();
      expect((await heard).detail).to.deep.equal({ lang: 'ru', previous: 'kk' });
      await waitUntil(() => location.hash === '#ru-version', 'did not go to the alternate page');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('ru');
    });

    it('stays on the page when the host vetoes the choice', async () => {
      const switcher = await fixture(html`<news-language-switcher navigate></news-language-switcher>`);
      switcher.addEventListener('news-language-change', (event) => event.preventDefault());
      option(switcher, 'Русский').click();
      expect(location.hash).to.equal('');
      expect(getPageLanguage()).to.be.undefined;
    });

    it('still switches the widgets in place for a language without an alternate page', async () => {
      const switcher = await fixture(html`<news-language-switcher navigate languages="kk ru en"></news-language-switcher>`);
      option(switcher, 'English').click();
      expect(location.hash).to.equal('');
      expect(getPageLanguage()).to.equal('en');
    });

    it('leaves out languages without an alternate page with hide-missing, but never the current one', async () => {
      setPageLanguage('kk-Latn', { persist: false });
      const switcher = await fixture(html`<news-language-switcher hide-missing languages="kk ru en kk-Latn"></news-language-switcher>`);
      expect(options(switcher).map((each) => each.textContent)).to.deep.equal(['Қазақша', 'Русский', 'Qazaqşa']);
      expect(options(switcher).every((each) => each.localName === 'button'), 'links only with navigate').to.be.true;
    });

    it('never goes anywhere without navigate', async () => {
      const switcher = await fixture(html`<news-language-switcher></news-language-switcher>`);
      expect(options(switcher).every((each) => each.localName === 'button')).to.be.true;
      option(switcher, 'Русский').click();
      expect(location.hash).to.equal('');
    });
  });

  describe('variant="menu"', () => {
    async function menuSwitcher() {
      const wrapper = await fixture(html`<div>
        <news-language-switcher variant="menu" languages="kk ru en kk-Latn"></news-language-switcher>
        <button>after</button>
        <p style="margin-top: 200px">elsewhere</p>
      </div>`);
      const switcher = wrapper.querySelector('news-language-switcher')!;
      return { switcher, after: wrapper.querySelector('button')!, elsewhere: wrapper.querySelector('p')! };
    }

    it('shows the current language on a menu button, the menu closed', async () => {
      const { switcher } = await menuSwitcher();
      const button = menuButton(switcher);
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Тіл: Қазақша');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(menu(switcher).hidden).to.be.true;
      expect(options(switcher).map((each) => each.getAttribute('role'))).to.deep.equal(['menuitem', 'menuitem', 'menuitem', 'menuitem']);
      await expect(switcher).to.be.accessible();
    });

    it('opens on Enter at the current language, moves with arrows, Home and End, and closes on Escape', async () => {
      const { switcher } = await menuSwitcher();
      menuButton(switcher).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(switcher)?.textContent === 'Қазақша', 'Enter did not open the menu');
      expect(menuButton(switcher).getAttribute('aria-expanded')).to.equal('true');
      expect(focused(switcher)!.getAttribute('aria-current')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(switcher)!.textContent).to.equal('Русский');
      await sendKeys({ press: 'End' });
      expect(focused(switcher)!.textContent).to.equal('Qazaqşa');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(switcher)!.textContent, 'wraps to the first').to.equal('Қазақша');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(switcher)!.textContent, 'wraps to the last').to.equal('Qazaqşa');
      await sendKeys({ press: 'Home' });
      expect(focused(switcher)!.textContent).to.equal('Қазақша');
      await expect(switcher).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => menu(switcher).hidden, 'Escape did not close the menu');
      expect(focused(switcher) === menuButton(switcher), 'focus is back on the menu button').to.be.true;
      expect(getPageLanguage()).to.be.undefined;
    });

    it('chooses with Enter or Space, closes and gives focus back to the button', async () => {
      const { switcher } = await menuSwitcher();
      menuButton(switcher).focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => !menu(switcher).hidden, 'Space did not open the menu');
      await sendKeys({ press: 'ArrowDown' });
      const heard = oneEvent(switcher, 'news-language-change');
      await sendKeys({ press: 'Enter' });
      expect((await heard).detail).to.deep.equal({ lang: 'ru', previous: 'kk' });
      await waitUntil(() => menu(switcher).hidden, 'choosing did not close the menu');
      expect(focused(switcher) === menuButton(switcher), 'focus is back on the menu button').to.be.true;
      expect(menuButton(switcher).textContent).to.contain('Русский');

      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focused(switcher)?.textContent === 'Русский', 'ArrowDown did not open at the current language');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      await waitUntil(() => menu(switcher).hidden, 'Space did not choose');
      expect(getPageLanguage()).to.equal('en');
      expect(focused(switcher) === menuButton(switcher), 'focus is back on the menu button').to.be.true;
    });

    it('closes when focus leaves it with Tab, or on a click elsewhere', async () => {
      const { switcher, after, elsewhere } = await menuSwitcher();
      menuButton(switcher).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !menu(switcher).hidden);
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => menu(switcher).hidden, 'Tab did not close the menu');
      expect(document.activeElement === after, 'Tab went on to the next control').to.be.true;

      menuButton(switcher).click();
      await waitUntil(() => !menu(switcher).hidden, 'a click did not open the menu');
      const { x, y } = elsewhere.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(x + 5), Math.round(y + 5)] });
      await waitUntil(() => menu(switcher).hidden, 'a click elsewhere did not close the menu');
      expect(menuButton(switcher).getAttribute('aria-expanded')).to.equal('false');
    });

    it('gives focus back to the button when the host vetoes a choice', async () => {
      const { switcher } = await menuSwitcher();
      switcher.addEventListener('news-language-change', (event) => event.preventDefault());
      menuButton(switcher).focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focused(switcher)?.textContent === 'Қазақша');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => menu(switcher).hidden, 'a vetoed choice left the menu open');
      expect(focused(switcher) === menuButton(switcher), 'focus is back on the menu button').to.be.true;
      expect(menuButton(switcher).textContent).to.contain('Қазақша');
      expect(getPageLanguage()).to.be.undefined;
    });
  });
});
