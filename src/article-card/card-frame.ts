import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleCardVariant } from './article-card.js';

/** Whether a variant shows the excerpt: the compact one only when asked to. */
export const showsExcerpt = (variant: ArticleCardVariant, withExcerpt: boolean): boolean =>
  variant !== 'compact' || withExcerpt;

/** Whether a variant has the line above the headline: the category, and the stale note when there is one. */
export const hasCategoryLine = (variant: ArticleCardVariant): boolean => variant !== 'compact';

/** Whether a variant shows the author's name and position. */
export const showsAuthor = (variant: ArticleCardVariant): boolean => variant === 'default' || variant === 'horizontal';

/** Lines kept for the excerpt: fewer where the headline dominates. */
export const excerptLines = (variant: ArticleCardVariant): string =>
  variant === 'hero' || variant === 'compact' ? 'line-2' : 'line-3';

export interface CardFrameOptions {
  variant: ArticleCardVariant;
  withExcerpt: boolean;
  /** Hold the box without showing blocks, under a `notice`. */
  quiet?: boolean;
  /** Shimmer: loading has taken long enough for a reader to wonder. */
  shimmer?: boolean;
  notice?: TemplateResult | typeof nothing;
}

/**
 * The loaded card's frame without content, sized by articleCardStyles, so every state keeps the
 * loaded box. The card renders it while loading, failing or empty; the rail renders it in its own
 * shadow root for the stories it is loading, so a page of loading rails makes no card elements
 * (they were most of such a page's first render).
 */
export function cardFrame({ variant, withExcerpt, quiet = false, shimmer = false, notice = nothing }: CardFrameOptions): TemplateResult {
  const category = hasCategoryLine(variant) ? html`<div class="skeleton-block category-line"></div>` : nothing;
  const text = showsExcerpt(variant, withExcerpt)
    ? html`<div class="text"
        ><div><div class="skeleton-block title line-3"></div><div class="skeleton-block excerpt ${excerptLines(variant)}"></div></div
      ></div>`
    : html`<div class="skeleton-block title line-3"></div>`;
  const author = showsAuthor(variant) ? html`<div class="skeleton-block author line-3"></div>` : nothing;
  return html`<div part="card" class="root card placeholder ${variant} ${quiet ? 'quiet' : shimmer ? 'loading shimmer' : 'loading'}" aria-busy=${quiet ? 'false' : 'true'}
    ><div part="media" class="media"></div
    ><div class="body">${category}${text}<div class="skeleton-block meta line-1"></div>${author}</div
    >${notice}</div
  >`;
}
