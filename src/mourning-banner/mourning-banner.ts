import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResourceController, dataSource } from '../data/resource-controller.js';
import type { AdapterName, MourningDay, NewsErrorReason } from '../data/types.js';
import { toMourningDays } from '../data/validate.js';
import { pageBase, safeUrl } from '../data/url.js';
import { type NewsElementEventMap, type NewsEventListeners, fireNewsEvent } from '../events.js';
import { formatDayMonth } from '../i18n/dates.js';
import { nextKazakhstanMidnight, toKazakhstanDateString } from '../i18n/kazakhstan-time.js';
import { toKazakhLatin } from '../i18n/kk-latn.js';
import { LanguageController } from '../i18n/language-controller.js';
import { msg } from '../i18n/strings.js';
import { takeOverRenderRoot } from '../server-root.js';
import { restyle } from '../styles/restyle.js';
import { baseStyles } from '../styles/tokens.js';
import { clock } from './clock.js';
import { dismiss, isDismissed } from './dismissal.js';
import { mourningBannerStyles } from './mourning-banner.styles.js';
import { hideProblem, hidingRule } from './hide-selector.js';
import { applyMourningMode, releaseMourningMode, type MourningMode } from './mourning-mode.js';
import { dayInForce, parseUtcOffset, spanProblem } from './schedule.js';
import { whenRegistering } from '../registration.js';

/** How often an open page re-reads a remote schedule: the contract's 15 minutes, with room for throttled timers. */
const REREAD_EVERY = 10 * 60_000;
/**
 * The longest the banner waits between looks at the wall clock. Timers stand still while a
 * computer sleeps, so one long timer to midnight could wake hours late.
 */
const LONGEST_NAP = 60_000;

// A black awareness ribbon, edged in the text colour so it reads on the dark band.
const RIBBON = html`<svg part="ribbon" class="ribbon" viewBox="0 0 24 32" aria-hidden="true">
  <path
    d="M12 2.5c-3.6 0-5.3 4.9-3.2 9.3L10 14.3 4 28.5l3.6 1.5 4.4-10.2 4.4 10.2 3.6-1.5-6-14.2 1.2-2.5c2.1-4.4.4-9.3-3.2-9.3Zm0 3.2c1.4 0 1.9 2.6.9 4.9l-.9 1.9-.9-1.9c-1-2.3-.5-4.9.9-4.9Z"
  />
</svg>`;
const CROSS = html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="m3 3 10 10M13 3 3 13" /></svg>`;

/**
 * The national mourning-day banner. It shows only while a mourning day lasts, from 00:00 to
 * 24:00 in Kazakhstan (UTC+6 before 1 March 2024, UTC+5 since), whatever the reader's clock zone,
 * and appears and disappears at those midnights without a reload. The day is given inline
 * (`date`, `end-date`, `recurring`) or read from the endpoint's schedule (`GET /mourning`), which
 * an open page re-reads every few minutes and whenever it becomes visible again; the last
 * schedule is kept so the next page load decides at once. While the day lasts it can grey the
 * host page (`grayscale`) and hide host elements (`hide`), restoring both afterwards.
 *
 * With nothing kept (a reader's first visit, or the first load since a decree), only the answer
 * can say that today is a mourning day, so the banner appears with it and the page under it moves
 * down once. No box is reserved meanwhile: it would stand empty on every other day of the year. A
 * host that knows the day when it renders the page can give it inline (`date`) and avoid the move.
 *
 * @summary The national mourning-day banner.
 *
 * @attribute {Lang} lang - Language of the banner: `kk`, `ru`, `en` or `kk-Latn`; without it, the page-wide choice, then the nearest ancestor's `lang`, then `kk`.
 *
 * @slot - The message under the title (inline days), instead of `message-kk` / `message-ru` / `message-en`. It shows before the script runs, so prefer the attributes, or hide `news-mourning-banner:not(:defined)`.
 *
 * @csspart banner - The band (the labelled region).
 * @csspart ribbon - The black ribbon mark.
 * @csspart title - The date and the title.
 * @csspart message - The message line under the title.
 * @csspart link - The link to the decree or the news.
 * @csspart close - The close button (with `dismissible`).
 *
 * @cssprop --news-font-family - Font of all text.
 * @cssprop [--news-font-size=16px] - Base font size.
 * @cssprop [--news-line-height=1.45] - Base line height.
 * @cssprop [--news-space=16px] - Inline padding of the band.
 * @cssprop [--news-mourning-background=#161616] - Band colour (`#000` in dark mode).
 * @cssprop [--news-mourning-color=#f2f2f2] - Text colour on the band.
 * @cssprop [--news-mourning-muted=#c4c4c4] - Message colour on the band.
 * @cssprop [--news-mourning-edge=transparent] - Line under the band (`#3a3a3a` in dark mode).
 * @cssprop [--news-mourning-ribbon=#000] - Ribbon colour.
 * @cssprop [--news-mourning-max-width=none] - Width of the content, centred in the band (e.g. the site's column).
 *
 * @fires {CustomEvent<NewsMourningLoadDetail>} news-load - The remote schedule loaded; `detail: { data, stale }`.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The schedule could not be loaded or read, or an attribute is invalid; no banner shows. `detail: { reason, status?, url?, message }`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- merged with the interface of its typed listeners, below
export class NewsMourningBanner extends LitElement {
  static override styles = [baseStyles, mourningBannerStyles];

  /** Base URL of the data endpoint whose schedule to follow; defaults to `<meta name="news-endpoint">` or `configure()`. Unused with `date`. */
  @property() endpoint?: string;

  /** How to read the endpoint: `native` (default), `wordpress`, `jsonfeed`, or a name given to `registerAdapter()`. */
  @property() adapter?: AdapterName;

  /** An inline mourning day, `YYYY-MM-DD`; when set, no schedule is fetched. */
  @property() date?: string;

  /** Last day of an inline span, `YYYY-MM-DD`, included. */
  @property({ attribute: 'end-date' }) endDate?: string;

  /** Repeat the inline day (or span) every year from the year of `date`. */
  @property({ type: Boolean }) recurring = false;

  /** Message under the title in Kazakh (also transliterated for `kk-Latn`). */
  @property({ attribute: 'message-kk' }) messageKk?: string;

  /** Message under the title in Russian. */
  @property({ attribute: 'message-ru' }) messageRu?: string;

  /** Message under the title in English. */
  @property({ attribute: 'message-en' }) messageEn?: string;

  /** Link to the decree or the news about an inline day (`http:`/`https:` only). */
  @property() href?: string;

  /**
   * Greys the host page while the day lasts: `page` (also an empty value) the whole page, `media`
   * only its pictures, video and frames, `none` never. Unset: as the remote day's `grayscale` says.
   */
  @property() grayscale?: 'page' | 'media' | 'none';

  /**
   * CSS selector of host elements to hide while the day lasts, e.g. `.spot_img, .entertainment`.
   * One the browser's CSS parser does not read as a selector, or that matches `<html>`, `<body>`,
   * the banner or what holds it, hides nothing and is reported (`news-error`, `unsupported`).
   */
  @property() hide?: string;

  /** Lets the reader close the banner for the rest of the day. */
  @property({ type: Boolean }) dismissible = false;

  /** Count days at this UTC offset (`+03:00`) instead of Kazakhstan's time, for another country. */
  @property({ attribute: 'time-zone-offset' }) timeZoneOffset?: string;

  /** `light` or `dark`; when unset the banner follows the host page's `color-scheme` (light where the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The calendar date now, where days are counted; its change at midnight re-renders. */
  @state() private today = '';

  /** Whether the host gave message content in the slot. */
  @state() private slotted = false;

  private readonly language = new LanguageController(this);

  private readonly schedule = new ResourceController<MourningDay[]>(this, {
    // The schedule decides the host page's look, wherever the banner sits, and the kept copy
    // decides the first render, so the banner does not pop in late.
    eager: true,
    keptFirst: true,
    request: () =>
      this.inlineDate === undefined
        ? {
            source: dataSource(this.endpoint, this.adapter, this.language.value),
            key: 'mourning',
            read: (adapter, context) => adapter.mourning(context),
            validate: (kept) => toMourningDays({ days: kept }),
          }
        : undefined,
  });

  private offset?: number;
  /** Shows the server's first frame of a banner the reader closed: the next update takes it away. */
  private closesAfterFirstFrame = false;
  /** What is wrong with the attributes that place the day: then no banner shows, as a wrong one would be worse. */
  private problem?: string;
  private timer?: number;
  private nextRead = 0;
  /** The `hide` value last refused, so that it is reported once. */
  private refusedHide?: string;
  /** The document whose visibility it follows (a picture-in-picture window's, once moved there); kept for letting go. */
  private watched?: Document;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeOverRenderRoot(this, () => super.createRenderRoot());
  }

  /** Moved into another document: styles made for this one do not apply there. */
  adoptedCallback(): void {
    restyle(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watched = this.ownerDocument;
    this.watched.addEventListener('visibilitychange', this.onVisibilityChange);
    this.nextRead = clock.now() + REREAD_EVERY;
    this.wake();
    // Mourning mode was let go on disconnect; the next update puts it back.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watched?.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.watched = undefined;
    clock.clearTimeout(this.timer);
    releaseMourningMode(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('date') || changed.has('endDate') || changed.has('timeZoneOffset')) {
      const offset = this.timeZoneOffset?.trim();
      this.offset = offset ? parseUtcOffset(offset) : undefined;
      const problem =
        offset && this.offset === undefined
          ? `time-zone-offset="${offset}" is not a UTC offset like +05:00`
          : this.inlineDate !== undefined
            ? spanProblem(this.inlineDate, this.endDate?.trim() || undefined)
            : undefined;
      if (problem && problem !== this.problem) this.report(problem);
      this.problem = problem;
      if (this.isConnected) this.wake();
    }
    // Nothing wakes a banner rendered on a server (it never joins a page there): its day is the
    // one it renders on, in Kazakhstan. Its hide= is for the browser's CSS parser to judge.
    if (isServer) {
      this.today = toKazakhstanDateString(clock.now(), this.offset);
      return;
    }
    // Told at once, not on the next mourning day: an editor tries the page on an ordinary one.
    const hide = this.hide?.trim();
    if (changed.has('hide') && hide && !hidingRule(hide)) this.refuseHide(hide, `hide="${hide}" is not a CSS selector`);
  }

  override render() {
    const day = this.todaysDay();
    // A banner the reader cannot close here shows even if they closed one on another page. The
    // first frame of a banner a server rendered is the server's, which cannot know that the reader
    // closed it today (hydration must find the server's tree); the frame after it closes it.
    const closed = this.dismissible && isDismissed(this.today);
    this.closesAfterFirstFrame = closed && !!this.language.served;
    if (!day || (closed && !this.closesAfterFirstFrame)) return nothing;
    const lang = this.language.value;
    const latin = (text?: string) => (text && lang === 'kk-Latn' ? toKazakhLatin(text) : text);
    const message = latin(day.message);
    return html`
      <section part="banner" class="root banner" role="region" aria-labelledby="title" lang=${lang}>
        <div class="inner">
          ${RIBBON}
          <div class="text">
            <p part="title" class="title" id="title">
              <time datetime=${this.today}>${formatDayMonth(this.today, lang)}</time> – ${latin(day.title)}
            </p>
            <div part="message" class="message" ?hidden=${!message && !day.url && !this.slotted}>
              <slot @slotchange=${this.onSlotChange}>${message}</slot>
              ${day.url ? html`<a part="link" href=${day.url}>${msg(lang, 'readMore')}</a>` : nothing}
            </div>
          </div>
          ${this.dismissible
            ? html`<button part="close" class="close" type="button" aria-label=${msg(lang, 'close')} @click=${this.close}>
                ${CROSS}
              </button>`
            : nothing}
        </div>
      </section>
    `;
  }

  protected override updated(): void {
    if (this.closesAfterFirstFrame) this.updateComplete.then(() => this.requestUpdate());
    const day = this.todaysDay();
    // Lit also updates a banner out of the page (removed before its first render, or changed
    // while out): such a banner must not grey the page, nor be held by the page-wide registry.
    if (day && this.isConnected) applyMourningMode(this, this.mourningMode(day));
    else releaseMourningMode(this);
  }

  /** `date` trimmed; undefined when unset, or once its attribute is removed (then Lit sets it to null). */
  private get inlineDate(): string | undefined {
    return this.date?.trim() ?? undefined;
  }

  /** The day in force today, from the inline attributes or the schedule; a dismissal does not end it. */
  private todaysDay(): MourningDay | undefined {
    if (this.problem) return undefined;
    if (this.inlineDate !== undefined) {
      const lang = this.language.value;
      const inline: MourningDay = {
        date: this.inlineDate,
        endDate: this.endDate?.trim() || undefined,
        recurring: this.recurring,
        title: msg(lang, 'mourningDay'),
        message: lang === 'ru' ? this.messageRu : lang === 'en' ? this.messageEn : this.messageKk,
        url: safeUrl(this.href, pageBase()),
      };
      return dayInForce([inline], this.today);
    }
    return dayInForce(this.schedule.value ?? [], this.today);
  }

  private mourningMode(day: MourningDay): MourningMode {
    const asked = this.grayscale;
    const grayscale = asked === 'none' ? undefined : asked === 'media' ? 'media' : asked !== undefined || day.grayscale ? 'page' : undefined;
    return { grayscale, hide: this.usableHide() };
  }

  /** `hide` when nothing is wrong with it where the banner is now. */
  private usableHide(): string | undefined {
    const hide = this.hide?.trim();
    const problem = hide && hideProblem(hide, this);
    if (problem) this.refuseHide(hide, problem);
    else this.refusedHide = undefined;
    return problem ? undefined : hide || undefined;
  }

  /** Reports a refused `hide` once, not at every render. */
  private refuseHide(hide: string, problem: string): void {
    if (this.refusedHide === hide) return;
    this.refusedHide = hide;
    this.report(problem, 'unsupported');
  }

  /** Looks at the wall clock: re-reads a remote schedule when due, turns the date, and sleeps until the next look. */
  private readonly wake = (): void => {
    const now = clock.now();
    if (now >= this.nextRead) {
      this.nextRead = now + REREAD_EVERY;
      this.schedule.refresh();
    }
    this.today = toKazakhstanDateString(now, this.offset);
    clock.clearTimeout(this.timer);
    const next = Math.min(nextKazakhstanMidnight(now, this.offset), this.nextRead, now + LONGEST_NAP);
    this.timer = clock.setTimeout(this.wake, next - now);
  };

  private readonly onVisibilityChange = (): void => {
    if (this.ownerDocument.visibilityState !== 'visible') return;
    // A page coming back to view may have slept through a midnight or a decree.
    this.nextRead = 0;
    this.wake();
  };

  private onSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes();
    this.slotted = nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent!.trim() !== '');
  }

  private close(): void {
    dismiss(this.today);
    this.requestUpdate();
  }

  private report(problem: string, reason: NewsErrorReason = 'shape'): void {
    fireNewsEvent(this, 'news-error', { reason, message: `<news-mourning-banner>: ${problem}.` });
  }
}

whenRegistering(() => {
  if (!customElements.get('news-mourning-banner')) customElements.define('news-mourning-banner', NewsMourningBanner);
});

/** The types of its API: what its properties take and its events' `detail`. */
export type { NewsErrorDetail, NewsMourningLoadDetail } from '../data/types.js';

/** Its listeners typed by its events: `news-load` brings the `MourningDay[]` schedule in `detail.data`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- types only: no member the class lacks
export interface NewsMourningBanner {
  addEventListener: NewsEventListeners<NewsMourningBanner, NewsElementEventMap<'news-mourning-banner'>>['addEventListener'];
  removeEventListener: NewsEventListeners<NewsMourningBanner, NewsElementEventMap<'news-mourning-banner'>>['removeEventListener'];
}

declare global {
  interface HTMLElementTagNameMap {
    'news-mourning-banner': NewsMourningBanner;
  }
}
