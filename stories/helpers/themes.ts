/**
 * Looks for the toolbar's theme control and the theming docs. A host themes a widget only through
 * `--news-*` custom properties and `::part()`; these are examples of doing so.
 */

/** A partner portal's look, as a set of `--news-*` tokens (set on any ancestor of the widgets). */
export const PARTNER_TOKENS: Record<`--news-${string}`, string> = {
  '--news-font-family': "'PT Serif', 'Noto Serif', 'DejaVu Serif', Georgia, serif",
  '--news-color-text': '#2b2118',
  '--news-color-muted': '#6b5d4f',
  '--news-color-surface': '#fffaf0',
  '--news-color-border': '#e3d5bd',
  '--news-color-placeholder': '#efe4cf',
  '--news-accent': '#8a3b12',
  '--news-on-accent': '#fffaf0',
  '--news-radius': '2px',
  '--news-space': '18px',
  '--news-title-font-size': '1.3em',
};

/** The partner portal's page background, behind the widgets. */
export const PARTNER_PAGE_BACKGROUND = '#f4ecdd';

/** Tokens as a `style` attribute value. */
export const tokensToStyle = (tokens: Record<string, string>): string =>
  Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');

/** The partner look's `::part()` rules, for what tokens do not cover; scoped to `.partner-portal`. */
export const PARTNER_PART_RULES = `
.partner-portal news-article-card::part(card) { box-shadow: 0 6px 18px rgb(60 40 20 / 0.18); }
.partner-portal news-article-card::part(image) { filter: sepia(0.35); }
.partner-portal news-article-card::part(meta) { font-style: italic; }
`.trim();
