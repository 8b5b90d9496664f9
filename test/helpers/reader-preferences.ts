import type { ReactiveElement } from 'lit';

/**
 * The reader's media preferences, as every engine can stand them in. Only Chromium's DevTools
 * protocol emulates media features; neither WebDriver BiDi (Firefox) nor classic WebDriver
 * (WebKit) can. The library answers these features only with CSS `@media` rules in its elements'
 * stylesheets, which every instance shares (adopted), so setting each such rule's media to what
 * the preference makes it evaluate to does what the browser would: in every element, live.
 */
export interface ReaderPreferences {
  reducedMotion?: 'reduce' | 'no-preference';
}

const FEATURES: Record<keyof ReaderPreferences, string> = {
  reducedMotion: 'prefers-reduced-motion',
};

const TAGS = ['news-article-card', 'news-related-rail', 'news-mourning-banner', 'news-language-switcher'];

/** Each rule's own media text, kept to put back. */
const written = new Map<CSSMediaRule, string>();
let preferred: ReaderPreferences = {};

function* mediaRules(rules: CSSRuleList): Generator<CSSMediaRule> {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) yield rule;
    if ('cssRules' in rule) yield* mediaRules((rule as CSSGroupingRule).cssRules);
  }
}

function elementMediaRules(): CSSMediaRule[] {
  const sheets = TAGS.flatMap((tag) => {
    const element = customElements.get(tag) as typeof ReactiveElement | undefined;
    return (element?.elementStyles ?? []).map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
  });
  return [...new Set(sheets)].flatMap((sheet) => [...mediaRules(sheet.cssRules)]);
}

/** What a rule's own media evaluates to under the preferences, or undefined when none of them is in it. */
function evaluate(media: string): boolean | undefined {
  for (const [key, feature] of Object.entries(FEATURES) as [keyof ReaderPreferences, string][]) {
    const value = preferred[key];
    if (!value || !media.includes(feature)) continue;
    const single = new RegExp(`^\\(${feature}:\\s*([a-z-]+)\\)$`).exec(media);
    if (!single) throw new Error(`@media ${media}: only a single (${feature}: …) can be stood in for`);
    return single[1] === value;
  }
  return undefined;
}

/**
 * Renders every news-* element as for a reader with these preferences (merged with the ones
 * set before), until `resetReaderPreferences()`. Throws when no rule answers a preference, so a
 * test cannot pass on a feature the styles never ask about.
 */
export function preferMedia(preferences: ReaderPreferences): void {
  preferred = { ...preferred, ...preferences };
  const rules = elementMediaRules();
  for (const key of Object.keys(preferences) as (keyof ReaderPreferences)[]) {
    if (!rules.some((rule) => (written.get(rule) ?? rule.media.mediaText).includes(FEATURES[key]))) {
      throw new Error(`no news-* element's styles ask about ${FEATURES[key]}: is the element defined?`);
    }
  }
  for (const rule of rules) {
    const own = written.get(rule) ?? rule.media.mediaText;
    const matches = evaluate(own);
    if (matches === undefined) continue;
    written.set(rule, own);
    rule.media.mediaText = matches ? 'all' : 'not all';
  }
}

/** Back to the browser's own answer to every media feature. */
export function resetReaderPreferences(): void {
  for (const [rule, own] of written) rule.media.mediaText = own;
  written.clear();
  preferred = {};
}
