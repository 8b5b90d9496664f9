import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { orDefault } from '../attribute-default.js';
import { keyed } from 'lit/directives/keyed.js';
import { NewsArticleCard } from '../article-card/article-card.js';
import { articleCardStyles } from '../article-card/article-card.styles.js';
import { cardFrame } from '../article-card/card-frame.js';
import { DEFAULT_STORIES, oneVersionPerStory, storyLimit, storyListRequest } from '../data/related.js';
import { ResourceController, dataSource } from '../data/resource-controller.js';
import { NewsDataError, type AdapterName, type Article } from '../data/types.js';
import { pageBase } from '../data/url.js';
import { toArticleList } from '../data/validate.js';
import { type NewsElementEventMap, type NewsEventListeners, fireNewsEvent, validateGiven } from '../events.js';
import { errorMessage } from '../i18n/error-message.js';
import { LanguageController } from '../i18n/language-controller.js';
import { msg } from '../i18n/strings.js';
import { takeOverRenderRoot } from '../server-root.js';
import { restyle } from '../styles/restyle.js';
import { baseStyles } from '../styles/tokens.js';
import { relatedRailStyles } from './related-rail.styles.js';
import { ScrollRowController } from './scroll-row.js';
import { whenRegistering } from '../registration.js';

export type RelatedRailLayout = 'rail' | 'list' | 'grid';

/** The parts of each item's card that hosts may style through the rail. */
const ITEM_PARTS = 'card, media, image, title, link, excerpt, meta, date, language';

/** Keys that move focus between the items of a `rail`, to the index they lead to. */
const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowLeft: (index) => index - 1,
  ArrowRight: (index) => index + 1,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Stories related to an article (`article-id`), or of a category or tag, as compact
 * `<news-article-card>`s: each story once, in the reader's language when it has that version,
 * never the article itself. A story written only in another language is listed with its own
 * `lang` and a label naming that language.
 *
 * Layouts: `rail` (one scrolling row with Previous/Next buttons; ←/→, Home and End move between
 * stories), `list` (the sidebar look: headline and excerpt) and `grid` (columns by the rail's own
 * width, wherever it is placed).
 *
 * @summary A list of related stories, each once.
 *
 * @attribute {Lang} lang - Language of the rail and its stories: `kk`, `ru`, `en` or `kk-Latn`; without it, the page-wide choice, then the nearest ancestor's `lang`, then `kk`.
 *
 * @slot - Fallback shown before the script runs and in the error state, e.g. a plain list of links.
 *
 * @csspart section - The labelled section around everything.
 * @csspart heading - The visible heading.
 * @csspart stale - The "may be out of date" note on a last-known-good list.
 * @csspart button - Every button (Previous, Next, Retry).
 * @csspart previous - The Previous button of the `rail` layout.
 * @csspart next - The Next button of the `rail` layout.
 * @csspart retry - The Retry button of the error state.
 * @csspart list - The `<ul>` of stories (the scroller in the `rail` layout).
 * @csspart item - One `<li>`.
 * @csspart notice - The message of the error and empty states.
 * @csspart card - An item's card box (exported from `<news-article-card>`, as are the next ones).
 * @csspart media - An item's image frame.
 * @csspart image - An item's `<img>`.
 * @csspart title - An item's headline.
 * @csspart link - An item's link.
 * @csspart excerpt - An item's excerpt (`list` layout).
 * @csspart meta - An item's date line.
 * @csspart date - An item's `<time>`.
 * @csspart language - An item's language label.
 *
 * @cssprop [--news-heading-font-size=1.25em] - Size of the heading.
 * @cssprop [--news-gap=12px] - Space between stories.
 * @cssprop [--news-rail-item-width=min(300px, 85%)] - Width of a story in the `rail` layout.
 * @cssprop --news-font-family - Font of all text; every `--news-*` token of `<news-article-card>` applies to the stories too.
 * @cssprop [--news-color-surface=#ffffff] - Background of the panel and the stories.
 * @cssprop [--news-color-border=#e2e4e8] - The panel's border and the list's rules.
 * @cssprop [--news-radius=10px] - Corner radius.
 * @cssprop [--news-space=16px] - The panel's padding.
 * @cssprop [--news-accent=#0a5aa8] - Focus ring and Retry button colour.
 *
 * @cssstate empty - There is nothing to list: the rail is hidden unless it has `show-empty`.
 *
 * @fires {CustomEvent<NewsStoriesLoadDetail>} news-load - The list loaded, or was given as the `articles` property (data given is data loaded); `detail: { data, stale }`, `data` being the stories shown.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - Loading failed; `detail: { reason, status?, url?, message }`.
 * @fires {CustomEvent<NewsArticleClickDetail>} news-article-click - The reader followed a story; `detail: { id, url, lang, position }`, `position` 0-based.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- merged with the interface of its typed listeners, below
export class NewsRelatedRail extends LitElement {
  static override styles = [baseStyles, articleCardStyles, relatedRailStyles];

  /** Elements the rail renders. Referenced, not imported bare, so bundlers keep their registration. */
  static readonly dependencies = { 'news-article-card': NewsArticleCard };

  /** Base URL of the data endpoint; defaults to `<meta name="news-endpoint">` or `configure()`. */
  @property() endpoint?: string;

  /** How to read the endpoint: `native` (default), `wordpress`, `jsonfeed`, or a name given to `registerAdapter()`. */
  @property() adapter?: AdapterName;

  /** List stories related to this article (never the article itself, in any language). */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** List stories of this category (by id) instead; `article-id` is then only left out. */
  @property() category?: string;

  /** List stories with this tag instead (with `category`, both must match). */
  @property() tag?: string;

  /** The stories, given directly (no fetch); validated, paired and limited like endpoint data. */
  @property({ attribute: false }) articles?: Article[];

  /** At most this many stories, up to 24 (a larger number is taken as 24, a non-number as 6). */
  @property({ type: Number }) limit: number = DEFAULT_STORIES;

  /** `rail` (a scrolling row), `list` (headlines and excerpts) or `grid`. */
  @property({ reflect: true, converter: orDefault<RelatedRailLayout>('rail') }) layout: RelatedRailLayout = 'rail';

  /** Visible heading; defaults to "Related stories" in the reader's language. */
  @property() heading?: string;

  /** Level of the heading for the page outline, 2–6; the stories' headlines are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** When there is nothing to list, say so quietly instead of hiding the rail. */
  @property({ type: Boolean, attribute: 'show-empty' }) showEmpty = false;

  /** `light` or `dark`; when unset the rail follows the host page's `color-scheme` (light where the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private readonly language = new LanguageController(this);

  private readonly data = new ResourceController<Article[]>(this, {
    request: () =>
      this.articles
        ? undefined
        : storyListRequest(dataSource(this.endpoint, this.adapter, this.language.value), {
            articleId: this.articleId?.trim() || undefined,
            category: this.category?.trim() || undefined,
            tag: this.tag?.trim() || undefined,
            limit: this.shownLimit,
          }),
    isEmpty: (stories) => stories.length === 0,
  });

  /** The `articles` property once validated, or why none of them is valid. */
  private given?: Article[] | NewsDataError;

  private readonly internals = this.attachInternals();

  /** The `rail` layout's row, for its Previous and Next buttons. */
  private readonly row = new ScrollRowController(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('.rail .items:not(.skeletons)') ?? undefined,
  );

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeOverRenderRoot(this, () => super.createRenderRoot());
  }

  /** Moved into another document: styles made for this one do not apply there. */
  adoptedCallback(): void {
    restyle(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('articles')) {
      const articles = this.articles;
      this.given = articles && validateGiven(this, () => toArticleList({ items: articles }, pageBase()));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Data given is data loaded: a host hears given stories as it hears fetched ones.
    if (changed.has('articles') && Array.isArray(this.given)) fireNewsEvent(this, 'news-load', { data: this.stories!, stale: false });
  }

  override render() {
    const lang = this.language.value;
    const { status, error, stale } = this.data;
    const stories = this.stories;
    const failure = this.given instanceof NewsDataError ? this.given : status === 'error' ? error : undefined;
    const empty = stories?.length === 0 || (!stories && !failure && status === 'empty');
    this.markEmpty(empty);
    if (empty && !this.showEmpty) return nothing;
    const busy = !stories && !failure && !empty;
    return html`
      <section part="section" class="root ${this.layout}" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
        <div class="header">
          <div part="heading" class="heading" role="heading" aria-level=${this.level} id="heading">
            ${this.heading?.trim() || msg(lang, 'relatedStories')}
          </div>
          ${stale && stories ? html`<span part="stale" class="stale-note" title=${msg(lang, 'stale')}>${msg(lang, 'stale')}</span>` : nothing}
          ${this.layout === 'rail' ? this.renderButtons(!!stories?.length) : nothing}
        </div>
        ${stories?.length
          ? keyed(lang, this.renderList(stories))
          : failure
            ? this.renderFailure(failure)
            : empty
              ? html`<p part="notice" class="message quiet" role="status">${msg(lang, 'noRelated')}</p>`
              : this.renderSkeleton()}
      </section>
    `;
  }

  private renderList(stories: Article[]) {
    const lang = this.language.value;
    // tabindex -1: Firefox makes a scrolling box a tab stop of its own, before the stories' links it scrolls to.
    return html`<ul part="list" class="items" role="list" tabindex="-1" @scroll=${this.row.check} @keydown=${this.moveFocus} @news-load=${this.keepItemLoads}>
      ${stories.map(
        // Lines break inside the tags: a line break between them would be a text node in every item.
        (story, position) => html`<li part="item"
          ><news-article-card
            variant="compact"
            exportparts=${ITEM_PARTS}
            lang=${lang}
            theme=${this.theme ?? nothing}
            heading-level=${this.level + 1}
            ?with-excerpt=${this.layout === 'list'}
            .article=${story}
            .position=${position}
          ></news-article-card
        ></li>`,
      )}
    </ul>`;
  }

  /** The loaded list's frame, item for item, so nothing moves when the stories arrive. */
  private renderSkeleton() {
    return html`<span class="visually-hidden" role="status">${msg(this.language.value, 'loading')}</span>
      <ul class="items skeletons" aria-hidden="true" tabindex="-1">
        ${Array.from(
          { length: this.shownLimit },
          () => html`<li>${cardFrame({ variant: 'compact', withExcerpt: this.layout === 'list', shimmer: this.data.slow })}</li>`,
        )}
      </ul>`;
  }

  /** The error, with Retry when loading again could help, and the host's fallback. */
  private renderFailure(failure: NewsDataError) {
    const lang = this.language.value;
    const retry = failure === this.data.error && failure.reason !== 'unsupported';
    return html`<div part="notice" class="message" role="alert">
      <p>${errorMessage(lang, failure)}</p>
      ${retry ? html`<button part="button retry" type="button" @click=${() => this.data.retry()}>${msg(lang, 'retry')}</button>` : nothing}
      <slot></slot>
    </div>`;
  }

  /** Previous and Next, in every state so the header keeps its height; hidden while there is nothing to scroll. */
  private renderButtons(listed: boolean) {
    const lang = this.language.value;
    const back = listed && this.row.back;
    const on = listed && this.row.on;
    const button = (name: 'previous' | 'next', enabled: boolean, direction: -1 | 1) =>
      html`<button part="button ${name}" class="page" type="button" aria-label=${msg(lang, name)} aria-disabled=${enabled ? 'false' : 'true'} @click=${() => this.row.page(direction)}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${direction < 0 ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5'} /></svg>
      </button>`;
    return html`<div class="buttons" ?hidden=${!back && !on}>${button('previous', back, -1)}${button('next', on, 1)}</div>`;
  }

  /** What to list: the given stories or the loaded ones, each story once; undefined while there are none yet. */
  private get stories(): Article[] | undefined {
    if (Array.isArray(this.given))
      return oneVersionPerStory(this.given, this.language.value, { exclude: this.articleId?.trim() || undefined, limit: this.shownLimit });
    if (this.given || this.articles) return undefined;
    return this.data.status === 'ready' ? this.data.value : undefined;
  }

  private get shownLimit(): number {
    return storyLimit(this.limit);
  }

  private get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  /** Lets host CSS see `:state(empty)`; browsers from before 2024 have no custom states and simply see an empty box. */
  private markEmpty(empty: boolean): void {
    try {
      if (empty) this.internals.states.add('empty');
      else this.internals.states.delete('empty');
    } catch {
      // no custom states
    }
  }

  /** Each item's card is given its story and says so; the rail's own `news-load` already told the host. */
  private keepItemLoads(event: Event): void {
    event.stopPropagation();
  }

  private moveFocus(event: KeyboardEvent): void {
    const move = this.layout === 'rail' && !event.altKey && !event.ctrlKey && !event.metaKey ? MOVES[event.key] : undefined;
    if (!move) return;
    const cards = [...this.renderRoot.querySelectorAll('news-article-card')];
    const from = cards.findIndex((card) => card === event.target);
    if (from < 0) return;
    event.preventDefault();
    cards[Math.min(cards.length - 1, Math.max(0, move(from, cards.length - 1)))].focus();
  }
}

whenRegistering(() => {
  if (!customElements.get('news-related-rail')) customElements.define('news-related-rail', NewsRelatedRail);
});

/** The types of its API: what its properties take and its events' `detail`. */
export type { Article, NewsArticleClickDetail, NewsErrorDetail, NewsStoriesLoadDetail } from '../data/types.js';

/** Its listeners typed by its events: `news-load` brings the `Article[]` shown in `detail.data`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- types only: no member the class lacks
export interface NewsRelatedRail {
  addEventListener: NewsEventListeners<NewsRelatedRail, NewsElementEventMap<'news-related-rail'>>['addEventListener'];
  removeEventListener: NewsEventListeners<NewsRelatedRail, NewsElementEventMap<'news-related-rail'>>['removeEventListener'];
}

declare global {
  interface HTMLElementTagNameMap {
    'news-related-rail': NewsRelatedRail;
  }
}
