import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { orDefault } from '../attribute-default.js';
import type { Lang } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import { type NewsEventListeners, fireNewsEvent } from '../events.js';
import { toLang } from '../i18n/language.js';
import { LANGUAGE_NAMES } from '../i18n/language-names.js';
import { LanguageController } from '../i18n/language-controller.js';
import { getPageLanguage, onPageLanguageChange, setPageLanguage } from '../i18n/page-language.js';
import { msg } from '../i18n/strings.js';
import { takeOverRenderRoot } from '../server-root.js';
import { restyle } from '../styles/restyle.js';
import { baseStyles } from '../styles/tokens.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';
import { whenRegistering } from '../registration.js';

export type LanguageSwitcherVariant = 'buttons' | 'menu';

/** The host page's `<link rel="alternate" hreflang>` URLs by language (the first per language). */
function alternateLinks(): Map<Lang, string> {
  const links = new Map<Lang, string>();
  // A server has no host page to read: its switcher offers every language, the browser's then links.
  for (const link of globalThis.document?.querySelectorAll<HTMLLinkElement>('link[rel~="alternate" i][hreflang]') ?? []) {
    const lang = toLang(link.hreflang);
    const href = safeUrl(link.href);
    if (lang && href && !links.has(lang)) links.set(lang, href);
  }
  return links;
}

/**
 * The reader's language choice for the whole page: every `news-*` element without its own `lang`
 * re-renders in the chosen language and refetches its data in it. The choice is kept across
 * visits in `localStorage` under `news-widgets:lang` (`LANGUAGE_STORAGE_KEY`) and is already in
 * force at the first render of the next page.
 *
 * Each language is shown by its own name (Қазақша, Русский, English, Qazaqşa) with its own `lang`;
 * the current one has `aria-current`. With `navigate`, a language for which the host page has a
 * `<link rel="alternate" hreflang="…" href="…">` is a link to that page; languages without one
 * still switch the widgets in place (or are left out with `hide-missing`). The switcher only reads
 * the host's alternate links, it never writes any.
 *
 * Children (e.g. plain links to the other language versions) show until the script runs.
 *
 * @summary Page-wide language switcher: kk, ru, en and Kazakh in Latin script.
 *
 * @attribute {Lang} lang - Language of the switcher's own labels: `kk`, `ru`, `en` or `kk-Latn`; without it, the page-wide choice, then the nearest ancestor's `lang`, then `kk`.
 *
 * @csspart group - The row of languages (`buttons` variant).
 * @csspart option - One language: a button, or a link with `navigate`.
 * @csspart current - The current language's option, besides `option`.
 * @csspart button - The button that opens the menu (`menu` variant).
 * @csspart menu - The menu of languages (`menu` variant).
 *
 * @cssprop --news-font-family - Font of all text.
 * @cssprop [--news-font-size=16px] - Base font size; options are 0.875 of it.
 * @cssprop [--news-color-text=#1b1d21] - Text colour.
 * @cssprop [--news-color-surface=#ffffff] - Background of the row, the menu button and the menu.
 * @cssprop [--news-color-border=#e2e4e8] - Borders.
 * @cssprop [--news-color-placeholder=#eceef1] - Hovered and focused options.
 * @cssprop [--news-accent=#0a5aa8] - The current language's background and the focus ring.
 * @cssprop [--news-on-accent=#ffffff] - Text of the current language.
 * @cssprop [--news-radius=10px] - Corner radius of the menu button and the menu.
 * @cssprop --news-focus-ring - Focus outline, e.g. `2px solid currentColor`.
 *
 * @fires {CustomEvent<NewsLanguageChangeDetail>} news-language-change - The reader chose a language; `detail: { lang, previous }`. Cancelable:
 * `preventDefault()` keeps everything as it was (no page-wide change, nothing kept, no navigation),
 * so the host can handle the choice itself, e.g. with `setPageLanguage()`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- merged with the interface of its typed listeners, below
export class NewsLanguageSwitcher extends LitElement {
  static override styles = [baseStyles, languageSwitcherStyles];

  /** The languages offered, in order, space-separated: any of `kk`, `ru`, `en`, `kk-Latn`. */
  @property({ converter: orDefault('kk ru') }) languages = 'kk ru';

  /**
   * The current language. Unset, it is the page language: the reader's kept choice, then
   * `<html lang>`, then `kk`. Set, it is updated when the reader chooses.
   */
  @property() value?: string;

  /** `buttons`: every language inline, the usual two-language toggle; `menu`: a button opening a menu, for many. */
  @property({ reflect: true, converter: orDefault<LanguageSwitcherVariant>('buttons') }) variant: LanguageSwitcherVariant = 'buttons';

  /** Go to the host page's `<link rel="alternate" hreflang>` URL of the chosen language, when it has one. */
  @property({ type: Boolean }) navigate = false;

  /** Offer only the languages the host page has an alternate link for (the current one always stays). */
  @property({ type: Boolean, attribute: 'hide-missing' }) hideMissing = false;

  /** `light` or `dark`; when unset the switcher follows the host page's `color-scheme` (light where the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private open = false;

  /** The language of the switcher's own words (its label), by the usual resolution order. */
  private readonly language = new LanguageController(this);
  private stopFollowing?: () => void;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeOverRenderRoot(this, () => super.createRenderRoot());
  }

  /** Moved into another document: styles made for this one do not apply there. */
  adoptedCallback(): void {
    restyle(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Another switcher, or the host through setPageLanguage(), may change the page language.
    this.stopFollowing = onPageLanguageChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing?.();
    this.open = false;
  }

  /**
   * The language shown as current (DESIGN.md: `value`, the kept choice, `<html lang>`, `kk`); in
   * the first frame of a switcher a server rendered, the page language the server rendered with.
   */
  private get current(): Lang {
    return toLang(this.value) ?? this.language.served ?? getPageLanguage() ?? toLang(document.documentElement.lang) ?? 'kk';
  }

  override render() {
    const current = this.current;
    const alternates = this.navigate || this.hideMissing ? alternateLinks() : new Map<Lang, string>();
    const listed = new Set(this.languages.split(/\s+/).map(toLang).filter((lang) => lang !== undefined));
    const options = [...listed]
      .filter((lang) => !this.hideMissing || lang === current || alternates.has(lang))
      .map((lang) => this.renderOption(lang, lang === current, this.navigate ? alternates.get(lang) : undefined));
    const uiLang = this.language.value;
    const label = msg(uiLang, 'languageLabel');
    if (this.variant !== 'menu') {
      return html`<div part="group" class="root group" role="group" aria-label=${label} lang=${uiLang}>${options}</div>`;
    }
    return html`
      <div class="root menu-wrap" lang=${uiLang} @focusout=${this.closeOnFocusLeaving}>
        <button
          part="button"
          class="toggle"
          type="button"
          aria-haspopup="menu"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="menu"
          @click=${this.toggleMenu}
          @keydown=${this.onButtonKeydown}
        >
          <span class="visually-hidden">${label}:</span> <span lang=${current}>${LANGUAGE_NAMES[current]}</span>
        </button>
        <div part="menu" class="menu" id="menu" role="menu" aria-label=${label} tabindex="-1" ?hidden=${!this.open} @keydown=${this.onMenuKeydown}>
          ${options}
        </div>
      </div>
    `;
  }

  protected override updated(): void {
    // A row too narrow for every language scrolls: the current one is brought into view.
    const group = this.renderRoot.querySelector<HTMLElement>('.group');
    const current = group?.querySelector<HTMLElement>('[aria-current]');
    if (!group || !current || group.scrollWidth <= group.clientWidth) return;
    const row = group.getBoundingClientRect();
    const shown = current.getBoundingClientRect();
    if (shown.left < row.left || shown.right > row.right) group.scrollLeft += shown.left - row.left - (row.width - shown.width) / 2;
  }

  private renderOption(lang: Lang, isCurrent: boolean, href: string | undefined) {
    const part = isCurrent ? 'option current' : 'option';
    const role = this.variant === 'menu' ? 'menuitem' : nothing;
    const tabindex = this.variant === 'menu' ? '-1' : nothing;
    const current = isCurrent ? 'true' : nothing;
    const choose = (event: MouseEvent) => this.choose(event, lang);
    // A link only where it leads elsewhere; the alternate of this very page would just reload it.
    return href && href !== location.href.split('#')[0]
      ? html`<a part=${part} class="option" href=${href} hreflang=${lang} lang=${lang} role=${role} tabindex=${tabindex} aria-current=${current} @click=${choose}>${LANGUAGE_NAMES[lang]}</a>`
      : html`<button part=${part} class="option" type="button" lang=${lang} role=${role} tabindex=${tabindex} aria-current=${current} @click=${choose}>${LANGUAGE_NAMES[lang]}</button>`;
  }

  private choose(event: MouseEvent, lang: Lang): void {
    // A modified click opens the link in another tab or window; this page keeps its language.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const previous = this.current;
    if (lang !== previous) {
      if (!fireNewsEvent(this, 'news-language-change', { lang, previous }, { cancelable: true })) {
        event.preventDefault();
        this.closeMenu();
        return;
      }
      if (this.value) this.value = lang;
      setPageLanguage(lang);
    }
    this.closeMenu();
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private async openMenu(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    // The menu hangs from the button's end edge; near the viewport's other side, from its start.
    const menu = this.renderRoot.querySelector<HTMLElement>('.menu')!;
    menu.classList.remove('flip');
    const { left, right } = menu.getBoundingClientRect();
    menu.classList.toggle('flip', left < 0 || right > document.documentElement.clientWidth);
    // Like a native select, the menu opens on the current language.
    const items = this.items();
    (items.find((item) => item.hasAttribute('aria-current')) ?? items[0])?.focus();
  }

  /** Closes the menu, giving focus back to its button when the focus was in the menu. */
  private closeMenu(): void {
    if (!this.open) return;
    const hadFocus = this.renderRoot.querySelector('.menu')?.contains(this.shadowRoot!.activeElement);
    this.open = false;
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }

  private toggleMenu(): void {
    if (this.open) this.closeMenu();
    else this.openMenu();
  }

  private onButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.openMenu();
    } else if (event.key === 'Escape' && this.open) {
      this.open = false;
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(this.shadowRoot!.activeElement as HTMLElement);
    const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (target !== undefined) items[(target + items.length) % items.length]?.focus();
    else if (event.key === ' ') items[at]?.click(); // Enter clicks natively; Space does not on a link
    else if (event.key === 'Escape') this.closeMenu();
    else {
      // Tab goes on from the menu button, so it reaches the control after the switcher (or before, with Shift).
      if (event.key === 'Tab') this.closeMenu();
      return;
    }
    event.preventDefault();
  }

  private closeOnFocusLeaving(event: FocusEvent): void {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.open = false;
  }
}

whenRegistering(() => {
  if (!customElements.get('news-language-switcher')) customElements.define('news-language-switcher', NewsLanguageSwitcher);
});

/** The types of its API: what its properties take and its events' `detail`. */
export type { NewsLanguageChangeDetail } from '../data/types.js';

/** Its listeners typed by its events (`news-language-change` among them). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- types only: no member the class lacks
export interface NewsLanguageSwitcher {
  addEventListener: NewsEventListeners<NewsLanguageSwitcher, HTMLElementEventMap>['addEventListener'];
  removeEventListener: NewsEventListeners<NewsLanguageSwitcher, HTMLElementEventMap>['removeEventListener'];
}

declare global {
  interface HTMLElementTagNameMap {
    'news-language-switcher': NewsLanguageSwitcher;
  }
}
