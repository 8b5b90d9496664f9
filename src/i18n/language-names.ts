import type { Lang } from '../data/types.js';

/**
 * Each language by its own name, as its readers write it: never translated, and no flags
 * (a language is not a country). Shown with a `lang` attribute of that language.
 */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
  'kk-Latn': 'Qazaqşa',
};
