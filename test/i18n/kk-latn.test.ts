import { expect } from '@open-wc/testing';
import {
  KAZAKH_LATIN_2021,
  kazakhLatinLowerCase,
  kazakhLatinUpperCase,
  toKazakhLatin,
  type KazakhLatinScheme,
} from '../../src/i18n/kk-latn.js';

const KAZAKH_CYRILLIC = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const KAZAKH_LATIN_LETTERS = 'aäbdefgğhiıjklmnñoöpqrsştuūüvyz';

describe('toKazakhLatin', () => {
  it('turns the seed page into the 2021 alphabet', () => {
    expect(toKazakhLatin('Сандық технология сот саласына жаңа серпін берді')).to.equal(
      'Sandyq tehnologia sot salasyna jaña serpın berdı',
    );
    expect(toKazakhLatin('12 маусым - Жалпыұлттық аза тұту күні')).to.equal('12 mausym - Jalpyūlttyq aza tūtu künı');
    expect(toKazakhLatin('Қазақстан')).to.equal('Qazaqstan');
    expect(toKazakhLatin('маусым')).to.equal('mausym');
    expect(toKazakhLatin('Дуйсенова Ақерке')).to.equal('Duisenova Aqerke');
  });

  it('spells each of the 31 letters as the 2021 alphabet does, in lower case', () => {
    expect(toKazakhLatin('а ә б в г ғ д е ж з и й і к қ л м н ң о ө п р с т у ұ ү ф х һ ш ы')).to.equal(
      'a ä b v g ğ d e j z i i ı k q l m n ñ o ö p r s t u ū ü f h h ş y',
    );
  });

  it('spells each of the 31 letters as the 2021 alphabet does, in upper case (И/Й → İ, І → I)', () => {
    expect(toKazakhLatin('А Ә Б В Г Ғ Д Е Ж З И Й І К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ш Ы')).to.equal(
      'A Ä B V G Ğ D E J Z İ İ I K Q L M N Ñ O Ö P R S T U Ū Ü F H H Ş Y',
    );
  });

  it('tells и/й (i) from і (ı) in words', () => {
    expect(toKazakhLatin('иіс')).to.equal('iıs');
    expect(toKazakhLatin('Іле Ине ІЛЕ ИНЕ')).to.equal('Ile İne ILE İNE');
    expect(toKazakhLatin('үйіне')).to.equal('üiıne');
  });

  it('writes ц as s, ч and щ as ş, э as e, ё as ö', () => {
    expect(toKazakhLatin('цемент')).to.equal('sement');
    expect(toKazakhLatin('чемпион')).to.equal('şempion');
    expect(toKazakhLatin('щетка')).to.equal('şetka');
    expect(toKazakhLatin('экономика')).to.equal('ekonomika');
    expect(toKazakhLatin('актёр')).to.equal('aktör');
  });

  it('writes я as ia and ю as iu, and only the vowel after и/й', () => {
    expect(toKazakhLatin('юрта')).to.equal('iurta');
    expect(toKazakhLatin('аяқ')).to.equal('aiaq');
    expect(toKazakhLatin('технология')).to.equal('tehnologia');
    expect(toKazakhLatin('Азия')).to.equal('Azia');
    expect(toKazakhLatin('қию')).to.equal('qiu');
    expect(toKazakhLatin('Айя')).to.equal('Aia');
  });

  it('drops ъ and ь', () => {
    expect(toKazakhLatin('объект')).to.equal('obekt');
    expect(toKazakhLatin('съезд')).to.equal('sezd');
    expect(toKazakhLatin('фильм')).to.equal('film');
    expect(toKazakhLatin('Ильюшин')).to.equal('İliuşin');
    expect(toKazakhLatin('статья')).to.equal('statia');
  });

  it('keeps title case and all caps for letters spelled with two', () => {
    expect(toKazakhLatin('Ша')).to.equal('Şa');
    expect(toKazakhLatin('ША')).to.equal('ŞA');
    expect(toKazakhLatin('Юрта')).to.equal('İurta');
    expect(toKazakhLatin('ЮРТА')).to.equal('İURTA');
    expect(toKazakhLatin('Ялта ЯЛТА')).to.equal('İalta İALTA');
    expect(toKazakhLatin('АЗИЯ')).to.equal('AZİA');
    expect(toKazakhLatin('Я')).to.equal('İa');
    expect(toKazakhLatin('ҚАЗАҚСТАН РЕСПУБЛИКАСЫ')).to.equal('QAZAQSTAN RESPUBLİKASY');
  });

  it('leaves digits, Latin, punctuation, emoji and other scripts untouched', () => {
    const untouched = 'iPhone 15 — 100% «ok» (2026) 😀 Wi-Fi Ελλάδα ї';
    expect(toKazakhLatin(untouched)).to.equal(untouched);
    expect(toKazakhLatin('iPhone жаңа')).to.equal('iPhone jaña');
    expect(toKazakhLatin('')).to.equal('');
  });

  it('reads a Latin i, ə or ɵ typed inside a Cyrillic word as і, ә, ө', () => {
    expect(toKazakhLatin('бiр')).to.equal('bır');
    expect(toKazakhLatin('Бiрақ')).to.equal('Bıraq');
    expect(toKazakhLatin('əке')).to.equal('äke');
    expect(toKazakhLatin('кɵл')).to.equal('köl');
    expect(toKazakhLatin('елi, iшкi')).to.equal('elı, ışkı');
  });

  it('keeps the Latin i of a Latin word with a Kazakh suffix written onto it', () => {
    expect(toKazakhLatin('Wi-Fiға, Hyundaiға')).to.equal('Wi-Fiğa, Hyundaiğa');
    expect(toKazakhLatin('iPadтың, Mitsubishiде')).to.equal('iPadtyñ, Mitsubishide');
  });

  it('reads й typed as и + combining breve', () => {
    expect(toKazakhLatin('үи\u0306')).to.equal('üi');
  });

  it('writes every Kazakh Cyrillic letter with the 31 letters only (no C, Ç, W, X)', () => {
    const latin = toKazakhLatin(KAZAKH_CYRILLIC + KAZAKH_CYRILLIC.toUpperCase());
    expect(latin).to.not.match(/\p{Script=Cyrillic}/u);
    for (const letter of kazakhLatinLowerCase(latin)) {
      expect(KAZAKH_LATIN_LETTERS, letter).to.include(letter);
    }
  });

  it('takes another scheme, so a revised alphabet is a data change', () => {
    const revised: KazakhLatinScheme = {
      ...KAZAKH_LATIN_2021,
      name: 'a revision with ch',
      letters: { ...KAZAKH_LATIN_2021.letters, ч: 'ch' },
    };
    expect(toKazakhLatin('Чай шай ЧАЙ', revised)).to.equal('Chai şai CHAİ');
    expect(toKazakhLatin('Чай', KAZAKH_LATIN_2021)).to.equal('Şai');
  });
});

describe('kazakhLatinUpperCase / kazakhLatinLowerCase', () => {
  it('shows the browser gets i wrong for this alphabet', () => {
    expect('i'.toUpperCase()).to.equal('I');
    expect('I'.toLowerCase()).to.equal('i');
  });

  it('upper-cases i to İ and ı to I', () => {
    expect(kazakhLatinUpperCase('tehnologia ıs')).to.equal('TEHNOLOGİA IS');
    expect(kazakhLatinUpperCase('Jalpyūlttyq aza tūtu künı')).to.equal('JALPYŪLTTYQ AZA TŪTU KÜNI');
  });

  it('lower-cases İ to i and I to ı', () => {
    expect(kazakhLatinLowerCase('İLE ILE')).to.equal('ile ıle');
    expect(kazakhLatinLowerCase('QAZAQSTAN RESPUBLİKASY')).to.equal('qazaqstan respublikasy');
  });

  it('round-trips Kazakh Latin text', () => {
    const text = 'sandyq tehnologia sot salasyna jaña serpın berdı';
    expect(kazakhLatinLowerCase(kazakhLatinUpperCase(text))).to.equal(text);
  });
});

describe('toKazakhLatin, table of real text', () => {
  const table = (rows: [string, string][]) => {
    for (const [cyrillic, latin] of rows) expect(toKazakhLatin(cyrillic), cyrillic).to.equal(latin);
  };

  it('writes whole sentences of the seed page', () => {
    table([
      ['Қазақстандық сотта жүргізілген реформалардың тиімділігі зор.', 'Qazaqstandyq sotta jürgızılgen reformalardyñ tiımdılıgı zor.'],
      [
        'Әсіресе, сандық технология жетістіктері сот саласының жұмысын жаңа биікке көтерді.',
        'Äsırese, sandyq tehnologia jetıstıkterı sot salasynyñ jūmysyn jaña biıkke köterdı.',
      ],
      [
        'Бұл сервис қарапайым халықты үйден, кеңседен шықпай-ақ ғаламтордың көмегімен сұраныстарын, арыз-шағымдарын, құжаттарын сотқа жолдауға мүмкіндік туғызды.',
        'Būl servis qarapaiym halyqty üiden, keñseden şyqpai-aq ğalamtordyñ kömegımen sūranystaryn, aryz-şağymdaryn, qūjattaryn sotqa joldauğa mümkındık tuğyzdy.',
      ],
      [
        'Ол әсіресе коронавирус инфекциясы таралып, барша халық әбігерге түскен уақытта анық байқалды.',
        'Ol äsırese koronavirus infeksiasy taralyp, barşa halyq äbıgerge tüsken uaqytta anyq baiqaldy.',
      ],
      ['Халық сенген, көзі жеткен бастаманы қолдаусыз қалдырмайды.', 'Halyq sengen, közı jetken bastamany qoldausyz qaldyrmaidy.'],
      ['«Сот кабинеті» сервисінің мүмкіндігі кеңейтіліп', '«Sot kabinetı» servisınıñ mümkındıgı keñeitılıp'],
      [
        'Алматы қаласы қылмыстық істер жөніндегі мамандандырылған ауданаралық сотының хатшысы',
        'Almaty qalasy qylmystyq ıster jönındegı mamandandyrylğan audanaralyq sotynyñ hatşysy',
      ],
      [
        'Жетісу облысында жоғары технологиялық медициналық көмектің қолжетімділігі кеңеюде',
        'Jetısu oblysynda joğary tehnologialyq medisinalyq kömektıñ qoljetımdılıgı keñeiude',
      ],
      [
        'Алматы–Наурызбай қаласындағы Назарбаев Зияткерлік мектебінде Қазақстан тарихындағы ең ауқымды...',
        'Almaty–Nauryzbai qalasyndağy Nazarbaev Ziatkerlık mektebınde Qazaqstan tarihyndağy eñ auqymdy...',
      ],
      ['Реформалардың мәні – 5: Ықпалды Парламент', 'Reformalardyñ mänı – 5: Yqpaldy Parlament'],
    ]);
  });

  // The sample in Wikipedia's "Kazakh alphabets" article, given there in the January 2021 alphabet.
  it('agrees with the published 2021 transliteration of a 1902 text', () => {
    table([
      [
        'Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне келіп қоныпты.',
        'Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.',
      ],
      ['Қазыменен сөйлесіп, қазыны сөзге жеңе беріпті.', 'Qazymenen söilesıp, qazyny sözge jeñe berıptı.'],
    ]);
  });

  it('capitalizes names and sentence starts with the right i: İ for и, I for і', () => {
    table([
      ['Әділет министрлігі', 'Ädılet ministrlıgı'],
      ['Үкімет', 'Ükımet'],
      ['Ұлытау мен Өскемен', 'Ūlytau men Öskemen'],
      ['Ілияс', 'Ilias'],
      ['Игорь', 'İgor'],
      ['Іс қаралды. Ол жеңді. Енді шешім бар.', 'Is qaraldy. Ol jeñdı. Endı şeşım bar.'],
    ]);
  });

  it('keeps all caps all caps, with İ and I', () => {
    table([
      ['ЖАЛПЫҰЛТТЫҚ АЗА ТҰТУ КҮНІ', 'JALPYŪLTTYQ AZA TŪTU KÜNI'],
      ['ЕЛІМІЗДІҢ ИГІЛІГІ', 'ELIMIZDIÑ İGILIGI'],
      ['ІЛЕ ӨЗЕНІ', 'ILE ÖZENI'],
      ['ҚР ІІМ', 'QR IIM'],
      ['ЮНЕСКО', 'İUNESKO'],
    ]);
  });

  // Russian words are respelled with the same table, letter for letter (README: "Russian words").
  it('writes Russian words inside Kazakh text with the same letters', () => {
    table([
      ['«Верховный суд» баспасөз қызметі хабарлады', '«Verhovnyi sud» baspasöz qyzmetı habarlady'],
      ['MUN-конференция өтті', 'MUN-konferensia öttı'],
      ['Назарбаев Интеллектуальной школе', 'Nazarbaev İntellektualnoi şkole'],
      ['Ельцин-центр, ЦЕНТР', 'Elsin-sentr, SENTR'],
      ['компьютер, объявление', 'kompiuter, obiavlenie'],
      ['Щучинск пен Чехов', 'Şuşinsk pen Şehov'],
      ['Юлия, Ярослав, Эльвира, Пётр, Цой', 'İulia, İaroslav, Elvira, Pötr, Soi'],
      ['COVID-19 пандемиясы', 'COVID-19 pandemiasy'],
    ]);
  });

  it('leaves digits, dates, numbers and punctuation exactly as they were', () => {
    table([
      ['12.06.2026, 09:00 — 100% (№5)', '12.06.2026, 09:00 — 100% (№5)'],
      ['2026 ж. 10 маусым', '2026 j. 10 mausym'],
      ['«Сот» — 3,5 млн ₸; 1/2 … !?', '«Sot» — 3,5 mln ₸; 1/2 … !?'],
      ['iPhone 15 Pro-ны', 'iPhone 15 Pro-ny'],
      ['шықпай-ақ', 'şyqpai-aq'],
    ]);
  });
});
