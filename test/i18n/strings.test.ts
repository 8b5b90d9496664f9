import { expect } from '@open-wc/testing';
import type { Lang } from '../../src/data/types.js';
import { toKazakhLatin } from '../../src/i18n/kk-latn.js';
import { msg, type MessageKey } from '../../src/i18n/strings.js';

const KEYS: MessageKey[] = [
  'loading', 'retry', 'errorNetwork', 'errorTimeout', 'errorHttp', 'errorNotFound', 'errorForbidden',
  'errorNotJson', 'errorShape', 'errorUnsupported', 'empty', 'stale', 'minRead',
  'relatedStories', 'noRelated', 'previous', 'next', 'close', 'mourningDay',
  'languageLabel', 'byAuthor', 'readMore',
];
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('msg', () => {
  it('has every string in Kazakh and Russian (Cyrillic) and English (not)', () => {
    for (const key of KEYS) {
      expect(msg('kk', key), `kk ${key}`).to.match(CYRILLIC);
      expect(msg('ru', key), `ru ${key}`).to.match(CYRILLIC);
      expect(msg('en', key), `en ${key}`).to.match(/[a-z]/i).and.not.match(CYRILLIC);
      expect(msg('kk', key), key).to.not.equal(msg('ru', key));
    }
  });

  it('says loading, retry and close in each language', () => {
    expect(['kk', 'ru', 'en', 'kk-Latn'].map((lang) => msg(lang as Lang, 'loading'))).to.deep.equal([
      'Жүктелуде…', 'Загрузка…', 'Loading…', 'Jüktelude…',
    ]);
    expect(['kk', 'ru', 'en', 'kk-Latn'].map((lang) => msg(lang as Lang, 'retry'))).to.deep.equal([
      'Қайталау', 'Повторить', 'Retry', 'Qaitalau',
    ]);
    expect(['kk', 'ru', 'en'].map((lang) => msg(lang as Lang, 'close'))).to.deep.equal(['Жабу', 'Закрыть', 'Close']);
  });

  it('names the mourning day as the seed banner does', () => {
    expect(msg('kk', 'mourningDay')).to.equal('Жалпыұлттық аза тұту күні');
    expect(msg('kk-Latn', 'mourningDay')).to.equal('Jalpyūlttyq aza tūtu künı');
    expect(msg('ru', 'mourningDay')).to.equal('День общенационального траура');
  });

  it('has a different message for every error reason', () => {
    const errors: MessageKey[] = [
      'errorNetwork', 'errorTimeout', 'errorHttp', 'errorNotFound', 'errorForbidden', 'errorNotJson', 'errorShape',
      'errorUnsupported',
    ];
    for (const lang of ['kk', 'ru', 'en', 'kk-Latn'] as Lang[]) {
      expect(new Set(errors.map((key) => msg(lang, key))).size, lang).to.equal(errors.length);
    }
  });

  it('fills in the reading time', () => {
    expect(msg('kk', 'minRead', { n: 3 })).to.equal('Оқуға 3 мин');
    expect(msg('ru', 'minRead', { n: 3 })).to.equal('3 мин чтения');
    expect(msg('en', 'minRead', { n: 3 })).to.equal('3 min read');
    expect(msg('kk-Latn', 'minRead', { n: 3 })).to.equal('Oquğa 3 min');
  });

  it('includes the HTTP status when there is one, and reads well without it', () => {
    expect(msg('en', 'errorHttp', { status: 503 })).to.equal('The server returned an error (code 503).');
    expect(msg('ru', 'errorHttp', { status: 503 })).to.equal('Сервер вернул ошибку (код 503).');
    expect(msg('kk', 'errorHttp', { status: 503 })).to.equal('Сервер қатемен жауап берді (код 503).');
    expect(msg('kk-Latn', 'errorHttp', { status: 503 })).to.equal('Server qatemen jauap berdı (kod 503).');
    expect(msg('en', 'errorHttp')).to.equal('The server returned an error.');
    expect(msg('ru', 'errorHttp', { status: '' })).to.equal('Сервер вернул ошибку.');
    expect(msg('kk', 'errorHttp', {})).to.equal('Сервер қатемен жауап берді.');
  });

  it('keeps a zero value', () => {
    expect(msg('en', 'errorHttp', { status: 0 })).to.equal('The server returned an error (code 0).');
  });

  it('gives kk-Latn as the Kazakh string transliterated, for every key', () => {
    for (const key of KEYS) {
      expect(msg('kk-Latn', key), key).to.equal(toKazakhLatin(msg('kk', key)));
      expect(msg('kk-Latn', key), key).to.not.match(CYRILLIC);
    }
    // A second lookup comes from the cache and must be the same.
    expect(msg('kk-Latn', 'relatedStories')).to.equal(msg('kk-Latn', 'relatedStories'));
  });

  it('transliterates Kazakh values too in kk-Latn, and leaves them as given elsewhere', () => {
    expect(msg('kk-Latn', 'byAuthor', { name: 'Дуйсенова Ақерке' })).to.equal('Avtory: Duisenova Aqerke');
    expect(msg('kk', 'byAuthor', { name: 'Дуйсенова Ақерке' })).to.equal('Авторы: Дуйсенова Ақерке');
    expect(msg('en', 'byAuthor', { name: 'Aqerke Duisenova' })).to.equal('By Aqerke Duisenova');
  });

  it('falls back to Kazakh for a language it does not know', () => {
    expect(msg('de' as Lang, 'retry')).to.equal('Қайталау');
  });
});
