import { expect, waitUntil } from '@open-wc/testing';
import { plainText, readingMinutes, shorten } from '../../src/data/plain-text.js';

type Probe = Window & { hostileRan?: string[] };

/** Markup that runs code or fetches as soon as a live document gets it; each handler reports `probe`. */
const hostile = (probe: string) => {
  const report = `(window.hostileRan ||= []).push('${probe}')`;
  return `
  <p>Сот <img src="/${probe}.png" onerror="${report}">залы</p>
  <script>${report}</script>
  <svg onload="${report}"><text>svg</text></svg>
  <iframe srcdoc="<script>parent.${report.replace('window.', '')}</script>"></iframe>
  <style>body { display: none }</style>
  <details open ontoggle="${report}">ашық</details>`;
};

const fetched = (probe: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(probe));

describe('plainText', () => {
  afterEach(() => delete (window as Probe).hostileRan);

  it('decodes the entities WordPress writes and drops the tags', () => {
    expect(plainText('Онлайн-заседания &#8211; норма, а не исключение&#8230;')).to.equal('Онлайн-заседания – норма, а не исключение…');
    expect(plainText('Бейнебайланыс &#038; медиация')).to.equal('Бейнебайланыс & медиация');
    expect(plainText('&laquo;Сот кабинеті&raquo; &ndash; &#8220;без бумаги&#8221;')).to.equal('«Сот кабинеті» – “без бумаги”');
    expect(plainText('<p>Жүйе <strong>жедел</strong>, <a href="/x">ашық</a> [&hellip;]</p>\n')).to.equal('Жүйе жедел, ашық […]');
  });

  it('keeps words of separate blocks apart and collapses whitespace, keeping no-break spaces', () => {
    expect(plainText('\n<h2>Электрондық сот</h2>\n\n\n\n<p>Бірінші.</p><p>Екінші<br>жол.</p><ul><li>а</li><li>б</li></ul>')).to.equal(
      'Электрондық сот Бірінші. Екінші жол. а б',
    );
    expect(plainText('3&nbsp;мин')).to.equal('3\u00a0мин');
    expect(plainText('  жай   мәтін \n')).to.equal('жай мәтін');
  });

  it('keeps the text around event-handler attributes, which it renames before parsing (a host CSP would report them)', () => {
    expect(plainText(`<img alt="a > b" onerror="x()"/ONLOAD='y'>Сөз <b title=x onclick=z>on=</b> online`)).to.equal('Сөз on= online');
    expect(plainText('<p data-on="1"onmouseover=1>Мәтін</p> <img src=x onerror=y')).to.equal('Мәтін');
  });

  it('is empty for what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['<p>x</p>']]) expect(plainText(value)).to.equal('');
  });

  it('never runs or fetches anything in hostile HTML, and keeps none of its code as text', async function () {
    // The control waits on a real request to the test server, which a loaded machine can make slow.
    this.timeout(15_000);
    const text = plainText(hostile('plain-text-probe'));
    expect(text).to.equal('Сот залы ашық');
    // The same markup in a live (if detached) element does run and fetch: the probe sees it.
    const live = document.createElement('div');
    live.innerHTML = hostile('plain-text-control');
    // Both awaited: a handler may run before the image's request is in the resource timeline.
    const control = () => (window as Probe).hostileRan?.includes('plain-text-control') && fetched('plain-text-control');
    await waitUntil(control, 'the control never ran and fetched', { timeout: 12_000 });
    expect(fetched('plain-text-probe')).to.be.false;
    expect((window as Probe).hostileRan).to.not.include('plain-text-probe');
  });
});

describe('shorten', () => {
  it('cuts at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(shorten('Сот төрелігі жедел, ашық әрі қолжетімді', 25)).to.equal('Сот төрелігі жедел…');
    expect(shorten('Қысқа', 25)).to.equal('Қысқа');
    expect(shorten('Ұзынсөзсөзсөзсөзсөзсөзсөзсөз', 10)).to.equal('Ұзынсөзсө…');
  });
});

describe('readingMinutes', () => {
  it('counts words at a reading pace, at least a minute, and nothing for no words', () => {
    expect(readingMinutes('сөз '.repeat(540))).to.equal(3);
    expect(readingMinutes('бір сөз')).to.equal(1);
    expect(readingMinutes('  ')).to.be.undefined;
  });
});
