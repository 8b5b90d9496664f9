/**
 * The library's own UI strings in Kazakh, Russian and English. Kazakh in Latin script
 * is the Kazakh text transliterated on first use, so there is one Kazakh source to keep
 * right.
 *
 * @module
 */
import type { Lang } from '../data/types.js';
import { toKazakhLatin } from './kk-latn.js';

// Wordings avoid numerals that would need plural forms ("Оқуға 3 мин", not "3 минута").
const kk = {
  loading: 'Жүктелуде…',
  retry: 'Қайталау',
  errorNetwork: 'Серверге қосылу мүмкін болмады. Интернет байланысын тексеріңіз.',
  errorTimeout: 'Сервер уақытында жауап бермеді.',
  errorHttp: 'Сервер қатемен жауап берді[ (код {status})].',
  errorNotFound: 'Мақала табылмады.',
  errorForbidden: 'Сайт бұл материалды көрсетуге рұқсат бермеді.',
  errorNotJson: 'Сервер жауабын оқу мүмкін болмады.',
  errorShape: 'Алынған деректер күтілген пішімге сәйкес келмейді.',
  errorUnsupported: 'Бұл дереккөзге қолдау көрсетілмейді.',
  empty: 'Әзірге көрсететін ештеңе жоқ.',
  stale: 'Ақпарат ескірген болуы мүмкін',
  minRead: 'Оқуға {n} мин',
  relatedStories: 'Тақырыпқа қатысты жаңалықтар',
  noRelated: 'Тақырыпқа қатысты жаңалықтар әзірге жоқ.',
  previous: 'Алдыңғы',
  next: 'Келесі',
  close: 'Жабу',
  mourningDay: 'Жалпыұлттық аза тұту күні',
  readMore: 'Толығырақ',
  languageLabel: 'Тіл',
  byAuthor: 'Авторы: {name}',
};

/** Name of one UI string. */
export type MessageKey = keyof typeof kk;

type Messages = Record<MessageKey, string>;

const ru: Messages = {
  loading: 'Загрузка…',
  retry: 'Повторить',
  errorNetwork: 'Не удалось связаться с сервером. Проверьте подключение к интернету.',
  errorTimeout: 'Сервер не ответил вовремя.',
  errorHttp: 'Сервер вернул ошибку[ (код {status})].',
  errorNotFound: 'Статья не найдена.',
  errorForbidden: 'Сайт не разрешает показывать этот материал.',
  errorNotJson: 'Не удалось прочитать ответ сервера.',
  errorShape: 'Полученные данные имеют неверный формат.',
  errorUnsupported: 'Этот источник данных не поддерживается.',
  empty: 'Здесь пока ничего нет.',
  stale: 'Данные могли устареть',
  minRead: '{n} мин чтения',
  relatedStories: 'Похожие новости',
  noRelated: 'Похожих новостей пока нет.',
  previous: 'Назад',
  next: 'Вперёд',
  close: 'Закрыть',
  mourningDay: 'День общенационального траура',
  readMore: 'Подробнее',
  languageLabel: 'Язык',
  byAuthor: 'Автор: {name}',
};

const en: Messages = {
  loading: 'Loading…',
  retry: 'Retry',
  errorNetwork: 'Could not reach the server. Check your internet connection.',
  errorTimeout: 'The server took too long to respond.',
  errorHttp: 'The server returned an error[ (code {status})].',
  errorNotFound: 'The article was not found.',
  errorForbidden: 'The site does not allow this content to be shown.',
  errorNotJson: 'The server’s response could not be read.',
  errorShape: 'The data received is not in the expected format.',
  errorUnsupported: 'This data source is not supported.',
  empty: 'Nothing to show yet.',
  stale: 'May be out of date',
  minRead: '{n} min read',
  relatedStories: 'Related stories',
  noRelated: 'No related stories yet.',
  previous: 'Previous',
  next: 'Next',
  close: 'Close',
  mourningDay: 'National Day of Mourning',
  readMore: 'Read more',
  languageLabel: 'Language',
  byAuthor: 'By {name}',
};

const MESSAGES: Partial<Record<Lang, Messages>> = { kk, ru, en };

/**
 * The UI string `key` in `lang`, with each `{name}` replaced by `values.name`.
 * A part in `[…]` is optional: it is left out when a value inside it is missing or
 * empty, so `msg('en', 'errorHttp')` reads "The server returned an error." `kk-Latn` is
 * the Kazakh string — values included — transliterated; an unknown language falls back
 * to Kazakh.
 */
export function msg(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  if (lang !== 'kk-Latn') return fill((MESSAGES[lang] ?? kk)[key], values);
  return values ? toKazakhLatin(fill(kk[key], values)) : kazakhLatin(key);
}

const latinCache = new Map<MessageKey, string>();

// Transliterating is a walk over every letter; a UI string's is done once.
function kazakhLatin(key: MessageKey): string {
  let text = latinCache.get(key);
  if (text === undefined) latinCache.set(key, (text = toKazakhLatin(fill(kk[key]))));
  return text;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const OPTIONAL = /\[([^\]]*)\]/g;

function fill(template: string, values: Record<string, string | number> = {}): string {
  // Most strings have nothing to fill, and every card asks for several.
  if (!template.includes('{') && !template.includes('[')) return template;
  const value = (name: string) => String(values[name] ?? '');
  return template
    .replace(OPTIONAL, (_, part: string) =>
      [...part.matchAll(PLACEHOLDER)].every(([, name]) => value(name)) ? part : '',
    )
    .replace(PLACEHOLDER, (_, name: string) => value(name));
}
