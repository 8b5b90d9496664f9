import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { orDefault } from '../attribute-default.js';
import { ResourceController, dataSource } from '../data/resource-controller.js';
import { pageBase } from '../data/url.js';
import { toArticle } from '../data/validate.js';
import { NewsDataError, type AdapterName, type Article, type ArticleImage, type Lang } from '../data/types.js';
import { type NewsElementEventMap, type NewsEventListeners, fireNewsEvent, validateGiven } from '../events.js';
import { articleForDisplay } from '../i18n/article-text.js';
import { formatPublished } from '../i18n/dates.js';
import { errorMessage } from '../i18n/error-message.js';
import { LanguageController } from '../i18n/language-controller.js';
import { LANGUAGE_NAMES } from '../i18n/language-names.js';
import { msg } from '../i18n/strings.js';
import { inertDocument } from '../inert-document.js';
import { takeOverRenderRoot, waitsForItsHost } from '../server-root.js';
import { restyle } from '../styles/restyle.js';
import { baseStyles } from '../styles/tokens.js';
import { articleCardStyles } from './article-card.styles.js';
import { cardFrame, excerptLines, hasCategoryLine, showsAuthor, showsExcerpt } from './card-frame.js';
import { linkActivation } from './link-activation.js';
import { whenRegistering } from '../registration.js';

export type ArticleCardVariant = 'default' | 'compact' | 'horizontal' | 'hero';

/** Image `sizes` per variant, so the browser picks a fitting `srcset` candidate where it cannot measure the image's box. */
const IMAGE_SIZES: Record<ArticleCardVariant, string> = {
  default: '(min-width: 720px) 360px, 100vw',
  compact: '96px',
  horizontal: '(min-width: 720px) 280px, 40vw',
  hero: '100vw',
};

/**
 * A news teaser: image, category, headline link, excerpt, date, author (name and position) and
 * reading time — fetched by `article-id` from the endpoint, or given as the `article` property.
 * Loading, error (with Retry) and empty states keep the loaded card's box.
 *
 * @summary An article teaser card.
 *
 * @attribute {Lang} lang - Language of the card: `kk`, `ru`, `en` or `kk-Latn`; without it, the page-wide choice, then the nearest ancestor's `lang`, then `kk`.
 *
 * @slot - Fallback shown before the script runs and in the error and empty states, e.g. `<a href="/kk/7">Headline</a>`.
 *
 * @csspart card - The card's box.
 * @csspart media - The image frame (keeps its aspect ratio while loading).
 * @csspart image - The `<img>`.
 * @csspart category - The category name.
 * @csspart title - The headline.
 * @csspart link - The headline's link (it covers the whole card).
 * @csspart excerpt - The excerpt.
 * @csspart meta - The line with date and reading time.
 * @csspart date - The `<time>` element.
 * @csspart language - The label naming the story's language when it is not the card's (a story only written in another language).
 * @csspart author - The author's name and position.
 * @csspart stale - The "may be out of date" note on a last-known-good copy.
 * @csspart notice - The message box of the loading, error and empty states.
 * @csspart button - The Retry button.
 *
 * @cssprop --news-font-family - Font of all text.
 * @cssprop [--news-font-size=16px] - Base font size; everything scales from it.
 * @cssprop [--news-line-height=1.45] - Base line height.
 * @cssprop [--news-color-text=#1b1d21] - Text colour.
 * @cssprop [--news-color-muted=#5b6068] - Secondary text (excerpt, meta).
 * @cssprop [--news-color-surface=#ffffff] - Card background.
 * @cssprop [--news-color-border=#e2e4e8] - Card border.
 * @cssprop [--news-color-placeholder=#eceef1] - Image frame and skeleton colour.
 * @cssprop [--news-accent=#0a5aa8] - Category, focus ring and button colour.
 * @cssprop [--news-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--news-radius=10px] - Corner radius.
 * @cssprop [--news-space=16px] - Inner padding.
 * @cssprop [--news-image-ratio=16 / 9] - Aspect ratio of the image frame.
 * @cssprop [--news-title-font-size=1.2em] - Headline size.
 * @cssprop [--news-hero-title-font-size=1.6em] - Headline size of the hero variant.
 * @cssprop --news-focus-ring - Focus outline, e.g. `2px solid currentColor`.
 *
 * @fires {CustomEvent<NewsArticleLoadDetail>} news-load - The article loaded, or was given as the `article` property and is valid (data given is data loaded); `detail: { data, stale }`.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - Loading failed; `detail: { reason, status?, url?, message }`.
 * @fires {CustomEvent<NewsArticleClickDetail>} news-article-click - The reader followed the card's link; `detail: { id, url, lang, position? }`. Cancelable for a plain click or Enter: `preventDefault()` keeps the browser from following the link (a router takes it); a middle or Ctrl/⌘/Shift/Alt-click is not cancelable and opens as the browser does.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- merged with the interface of its typed listeners, below
export class NewsArticleCard extends LitElement {
  static override styles = [baseStyles, articleCardStyles];

  /** `focus()` on the card focuses its link, so a list can move focus from card to card. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Base URL of the data endpoint; defaults to `<meta name="news-endpoint">` or `configure()`. */
  @property() endpoint?: string;

  /** How to read the endpoint: `native` (default), `wordpress`, `jsonfeed`, or a name given to `registerAdapter()`. */
  @property() adapter?: AdapterName;

  /** Id of the article to fetch. Ignored when `article` is set. */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** The article to show, given directly (no fetch). It is validated like endpoint data. */
  @property({ attribute: false }) article?: Article;

  /** Layout: `default`, `compact`, `horizontal` or `hero`. */
  @property({ reflect: true, converter: orDefault<ArticleCardVariant>('default') }) variant: ArticleCardVariant = 'default';

  /** Level of the headline for the page outline, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Show the excerpt in the `compact` variant too (the other variants always show it). */
  @property({ type: Boolean, attribute: 'with-excerpt' }) withExcerpt = false;

  /**
   * Show only the loading frame, fetching nothing and announcing nothing: a placeholder item of a
   * list that announces its own loading. It shimmers from the start (a card loading its own story
   * shimmers once the load has taken a second).
   */
  @property({ type: Boolean }) skeleton = false;

  /** `light` or `dark`; when unset the card follows the host page's `color-scheme` (light where the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** 0-based place within a list, reported in `news-article-click`; set by the rail. */
  @property({ type: Number }) position?: number;

  private readonly language = new LanguageController(this);

  private readonly data = new ResourceController<Article>(this, {
    request: () => {
      const id = this.articleId?.trim();
      if (this.skeleton || this.article || !id) return undefined;
      return {
        source: dataSource(this.endpoint, this.adapter, this.language.value),
        key: `article/${id}`,
        read: (adapter, context) => adapter.article(id, context),
        validate: (kept) => toArticle(kept),
      };
    },
  });

  /** The `article` property once validated, or why it is not valid. */
  private given?: Article | NewsDataError;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A card's first render is most of its cost, and most of a page of cards' (bench/README.md).
    this.renderOptions.creationScope = inertDocument();
    return takeOverRenderRoot(this, () => super.createRenderRoot());
  }

  /** A card of a rail a server rendered waits for the rail, which renders its cards again (server-root.ts). */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !waitsForItsHost(this) && super.shouldUpdate(changed);
  }

  /** Moved into another document: styles made for this one do not apply there. */
  adoptedCallback(): void {
    restyle(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article')) {
      const article = this.article;
      this.given = article && validateGiven(this, () => toArticle(article, pageBase()));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Data given is data loaded: a host hears a given article as it hears a fetched one.
    if (changed.has('article') && this.given && !(this.given instanceof NewsDataError))
      fireNewsEvent(this, 'news-load', { data: this.given, stale: false });
  }

  override render() {
    if (this.skeleton) return this.renderPlaceholder(nothing, false, true);
    const lang = this.language.value;
    const given = this.given;
    if (given instanceof NewsDataError) return this.renderNotice(errorMessage(lang, given));
    if (given) return this.renderArticle(given, false);
    const { status, value, error, stale } = this.data;
    if (status === 'ready') return this.renderArticle(value!, stale);
    // Retry only where loading again could help: not for a misconfiguration.
    if (status === 'error') return this.renderNotice(errorMessage(lang, error!), error!.reason !== 'unsupported');
    if (status === 'empty') return this.renderNotice(msg(lang, 'empty'));
    return this.renderPlaceholder(html`<span class="visually-hidden" role="status">${msg(lang, 'loading')}</span>`, false, this.data.slow);
  }

  /*
   * The loaded card is most of a page's rendering, so its templates do per card only what they
   * must: they nest only where an element is optional, each text is one binding, and lines break
   * inside tags, not between them (a line break between tags is a text node in every card).
   */
  private renderArticle(data: Article, stale: boolean) {
    const lang = this.language.value;
    const article = articleForDisplay(data, lang);
    const { variant } = this;
    const image = article.image ? this.renderImage(article.image) : nothing;
    // Its full text is its title too: on a very narrow card the line may cut it short.
    const note = stale ? html`<span part="stale" class="stale" title=${msg(lang, 'stale')}>${msg(lang, 'stale')}</span>` : nothing;
    // The stale note goes where there is room for it: the category's line, or else the meta line.
    const categoryLine = hasCategoryLine(variant);
    const category = categoryLine
      ? html`<div class="category-line"><span part="category" class="category">${article.category?.name}</span>${note}</div>`
      : nothing;
    const text = showsExcerpt(variant, this.withExcerpt) ? this.renderText(article) : this.renderHeadline(article);
    const meta = this.renderMeta(article, categoryLine ? nothing : note);
    return html`<article part="card" class="root card ${variant}" lang=${article.lang ?? lang} aria-labelledby="title"
      ><div part="media" class="media">${image}</div
      ><div class="body">${category}${text}${meta}${this.renderAuthor(article)}</div
    ></article>`;
  }

  private renderImage(image: ArticleImage) {
    // A lazy image is sized by its box where the browser can (`sizes="auto"`: the candidate the
    // card's width needs, whatever the page's grid), else by the variant's guess.
    const lazy = this.variant !== 'hero';
    return html`<img
      part="image"
      src=${image.src}
      srcset=${image.srcset ?? nothing}
      sizes=${image.srcset ? (lazy ? `auto, ${IMAGE_SIZES[this.variant]}` : IMAGE_SIZES[this.variant]) : nothing}
      alt=${image.alt ?? ''}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      loading=${lazy ? 'lazy' : 'eager'}
      decoding="async"
      @error=${this.hideBrokenImage}
    />`;
  }

  private renderHeadline({ url, title }: Article) {
    return html`<div part="title" class="title line-3" role="heading" aria-level=${this.level} id="title"
      ><a part="link" href=${url} @click=${this.reportClick} @auxclick=${this.reportClick}>${title}</a
    ></div>`;
  }

  /** Headline and excerpt flowing over the frame that reserves their lines (article-card.styles.ts). */
  private renderText(article: Article) {
    const lines = excerptLines(this.variant);
    return html`<div class="text"
      ><div class="frame" aria-hidden="true"><div class="title line-3"></div><div class="excerpt ${lines}"></div></div
      ><div class="flow">${this.renderHeadline(article)}<p part="excerpt" class="excerpt ${lines}">${article.excerpt}</p></div
    ></div>`;
  }

  /** The language label of a story in another language, the date, the reading time and the stale `note` if it goes here. */
  private renderMeta({ lang: written, publishedAt, readingMinutes }: Article, note: TemplateResult | typeof nothing) {
    const lang = this.language.value;
    const label =
      written === lang
        ? nothing
        : html`<span part="language" class="language" lang=${written!}>${LANGUAGE_NAMES[written as Lang]}</span> `;
    const published = publishedAt && formatPublished(publishedAt, lang);
    const date = published ? html`<time part="date" datetime=${new Date(publishedAt!).toISOString()}>${published}</time>` : nothing;
    const minutes = readingMinutes ? msg(lang, 'minRead', { n: readingMinutes }) : '';
    return html`<div part="meta" class="meta line-1" lang=${lang}
      >${label}${date}${published && minutes ? ` · ${minutes}` : minutes}${note === nothing ? nothing : ' · '}${note}</div
    >`;
  }

  /** The author's name and position, in the variants that show them (an empty line when unknown, to keep the box). */
  private renderAuthor({ author }: Article) {
    if (!showsAuthor(this.variant)) return nothing;
    if (!author) return html`<p part="author" class="author line-3"></p>`;
    const role = author.role ? html`<br />${author.role}` : nothing;
    return html`<p part="author" class="author line-3"><span class="author-name">${author.name}</span>${role}</p>`;
  }

  /** The loaded card's frame without content, so every state keeps the loaded box. */
  private renderPlaceholder(notice: TemplateResult | typeof nothing, quiet: boolean, shimmer = false) {
    return cardFrame({ variant: this.variant, withExcerpt: this.withExcerpt, quiet, shimmer, notice });
  }

  private renderNotice(message: string, retry = false) {
    return this.renderPlaceholder(
      html`<div part="notice" class="notice" role=${retry ? 'alert' : 'status'}>
        <p>${message}</p>
        ${retry ? html`<button part="button" type="button" @click=${() => this.data.retry()}>${msg(this.language.value, 'retry')}</button>` : nothing}
        <slot></slot>
      </div>`,
      true,
    );
  }

  private get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
  }

  private hideBrokenImage(event: Event): void {
    (event.target as HTMLImageElement).style.visibility = 'hidden';
  }

  /**
   * Tells the host the reader followed the link. A plain click or Enter is the host's to take
   * over (`preventDefault()` keeps the browser from following); a middle or modified click opens
   * where the reader asked, whatever the host does (link-activation.ts).
   */
  private reportClick(event: MouseEvent): void {
    const activation = linkActivation(event);
    const article = this.given instanceof NewsDataError ? undefined : (this.given ?? this.data.value);
    if (!activation || !article) return;
    const detail = { id: article.id, url: article.url, lang: article.lang ?? this.language.value, position: this.position };
    if (!fireNewsEvent(this, 'news-article-click', detail, { cancelable: activation === 'plain' })) event.preventDefault();
  }
}

whenRegistering(() => {
  if (!customElements.get('news-article-card')) customElements.define('news-article-card', NewsArticleCard);
});

/** The types of its API: what its properties take and its events' `detail`. */
export type { Article, NewsArticleClickDetail, NewsArticleLoadDetail, NewsErrorDetail } from '../data/types.js';

/** Its listeners typed by its events: `news-load` brings an `Article` in `detail.data`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- types only: no member the class lacks
export interface NewsArticleCard {
  addEventListener: NewsEventListeners<NewsArticleCard, NewsElementEventMap<'news-article-card'>>['addEventListener'];
  removeEventListener: NewsEventListeners<NewsArticleCard, NewsElementEventMap<'news-article-card'>>['removeEventListener'];
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCard;
  }
}
