/**
 * Kazakh Cyrillic → Kazakh Latin, for `kk-Latn` when the endpoint has no Latin version.
 *
 * The alphabet is a named scheme (data), so a future official revision is a new object,
 * not new code. See README.md beside this file for the rule chosen for the letters the
 * 2021 alphabet has no place for.
 *
 * @module
 */

/** How one Kazakh Latin alphabet spells each Cyrillic letter. All spellings are lower case. */
export interface KazakhLatinScheme {
  /** Human-readable name of the standard the scheme follows. */
  readonly name: string;
  /** Lower-case Cyrillic letter → its lower-case Latin spelling; `''` drops the letter. */
  readonly letters: Readonly<Record<string, string>>;
  /**
   * Spellings used instead right after one of {@link glideLetters}, whose Latin `i`
   * already carries the [j] glide: технология → tehnologia, not tehnologiia.
   */
  readonly afterGlide: Readonly<Record<string, string>>;
  /** Lower-case Cyrillic letters after which {@link afterGlide} applies. */
  readonly glideLetters: string;
  /**
   * Latin look-alikes that older Kazakh texts type inside Cyrillic words for a Kazakh
   * letter (the Latin `i` for `і` is very common); read as that letter only in a word of
   * Cyrillic letters and look-alikes, so Latin words such as "iPhone", and a Latin word with
   * a Kazakh suffix written onto it ("Wi-Fiға"), stay as they are.
   */
  readonly lookalikes: Readonly<Record<string, string>>;
}

/**
 * The Kazakh Latin alphabet of January 2021 (31 letters, no C/Ç), presented by the
 * National Commission and the Baitursynov Institute of Linguistics.
 *
 * Letters outside it follow the spelling guidance published with the 2018 draft
 * (цемент → sement, актёр → aktór, объект → obekt), moved onto the letters that
 * remained in 2021 (2018's ó became ö, its sh became ş):
 * ц → s; ч and щ → ş (the alphabet keeps one hushing sibilant); э → e; ё → ö;
 * ъ and ь are dropped; я → ia and ю → iu, written as the sounds they stand for,
 * й + vowel — and after и/й, whose i already carries that glide, only the vowel
 * (технология → tehnologia, Азия → Azia).
 */
export const KAZAKH_LATIN_2021: KazakhLatinScheme = {
  name: 'Kazakh Latin alphabet, 2021',
  letters: {
    а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ж: 'j', з: 'z',
    и: 'i', й: 'i', і: 'ı', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o',
    ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h',
    һ: 'h', ш: 'ş', ы: 'y',
    ц: 's', ч: 'ş', щ: 'ş', э: 'e', ё: 'ö', ю: 'iu', я: 'ia', ъ: '', ь: '',
  },
  afterGlide: { я: 'a', ю: 'u' },
  glideLetters: 'ий',
  lookalikes: { i: 'і', ə: 'ә', ɵ: 'ө' },
};

// Chromium's toUpperCase maps i → I, which in this alphabet is the capital of ı.
/** Upper-cases Kazakh Latin text: i → İ and ı → I, everything else as usual. */
export function kazakhLatinUpperCase(text: string): string {
  return text.replace(/i/g, 'İ').toUpperCase();
}

// toLowerCase maps I → i and İ → i + combining dot; this alphabet wants ı and i.
/** Lower-cases Kazakh Latin text: İ → i and I → ı, everything else as usual. */
export function kazakhLatinLowerCase(text: string): string {
  return text.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const LETTER = /\p{L}/u;
const isCyrillic = (ch: string | undefined): boolean => !!ch && CYRILLIC.test(ch);
const isLetter = (ch: string | undefined): boolean => !!ch && LETTER.test(ch);
const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase();

/**
 * Rewrites the Kazakh Cyrillic letters of `text` in the Kazakh Latin alphabet, keeping
 * case (Ша → Şa, ША → ŞA, Я → İa, ЯЛТА → İALTA). Everything else — digits, Latin,
 * punctuation, emoji, letters the scheme does not know — is left as it is.
 */
export function toKazakhLatin(text: string, scheme: KazakhLatinScheme = KAZAKH_LATIN_2021): string {
  // NFC first: й may arrive as и + combining breve.
  const chars = [...readLookalikes(text.normalize('NFC'), scheme.lookalikes)];
  let out = '';
  let previous = ''; // the letter just spelled, lower case, for afterGlide
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    let latin = scheme.letters[lower];
    if (latin === undefined) {
      out += ch;
      previous = '';
      continue;
    }
    if (previous && scheme.glideLetters.includes(previous)) latin = scheme.afterGlide[lower] ?? latin;
    previous = lower;
    if (latin && lower !== ch) out += capitalize(latin, chars, i);
    else out += latin;
  }
  return out;
}

/**
 * `text` with the look-alikes of each Cyrillic word read as the Kazakh letters they stand for.
 * A word is Cyrillic when it has a Cyrillic letter and no Latin letter but look-alikes: "бiр" is,
 * "Hyundaiға" is not.
 */
function readLookalikes(text: string, lookalikes: KazakhLatinScheme['lookalikes']): string {
  const letterFor = (ch: string): string | undefined => lookalikes[ch.toLowerCase()];
  const isOtherLatin = (ch: string) => isLetter(ch) && !isCyrillic(ch) && !letterFor(ch);
  return text.replace(WORD, (word) => {
    const chars = [...word];
    if (!chars.some(letterFor) || !chars.some(isCyrillic) || chars.some(isOtherLatin)) return word;
    return chars
      .map((ch) => {
        const letter = letterFor(ch);
        return !letter ? ch : isUpper(ch) ? letter.toUpperCase() : letter;
      })
      .join('');
  });
}

/** Capitalizes a multi-letter spelling fully inside an all-caps word, otherwise only its first letter. */
function capitalize(latin: string, chars: string[], index: number): string {
  if (latin.length === 1) return kazakhLatinUpperCase(latin);
  const next = chars[index + 1];
  const prev = chars[index - 1];
  const allCaps = isLetter(next) ? isUpper(next) : isLetter(prev) && isUpper(prev);
  if (allCaps) return kazakhLatinUpperCase(latin);
  return kazakhLatinUpperCase(latin[0]) + latin.slice(1);
}
