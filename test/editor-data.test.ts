/**
 * The editor hints shipped in the package (VS Code's html.customData, JetBrains' web-types) are
 * made from custom-elements.json by `npm run analyze`. These tests fail when the committed files
 * lag behind the committed manifest, and check that they carry what an editor needs.
 */
import { expect } from '@open-wc/testing';
// @ts-expect-error: a plain JavaScript module shared with the analyzer's config, without types
import { customElements as declaredElements, vscodeCustomData, webTypes } from '../tools/editor-data.mjs';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const load = async (file: string): Promise<Json> => (await fetch(`/${file}`)).json();

let manifest: Json;
let pkg: Json;

before(async () => {
  [manifest, pkg] = await Promise.all([load('custom-elements.json'), load('package.json')]);
});

describe('editor data', () => {
  it('vscode.html-custom-data.json is current: npm run analyze writes it from the manifest', async () => {
    expect(await load('vscode.html-custom-data.json')).to.deep.equal(vscodeCustomData(manifest));
  });

  it('web-types.json is current, and package.json points JetBrains editors at it', async () => {
    expect(await load('web-types.json')).to.deep.equal(webTypes(manifest, pkg));
    expect(pkg['web-types']).to.equal('./web-types.json');
    expect(pkg.files).to.include.members(['web-types.json', 'vscode.html-custom-data.json']);
  });

  it('gives VS Code every element, with its attributes, their values and the docs it has no field for', () => {
    const data = vscodeCustomData(manifest);
    expect(data.tags.map((tag: Json) => tag.name)).to.deep.equal([
      'news-article-card',
      'news-language-switcher',
      'news-mourning-banner',
      'news-related-rail',
    ]);
    const card = data.tags.find((tag: Json) => tag.name === 'news-article-card');
    const variant = card.attributes.find((attribute: Json) => attribute.name === 'variant');
    expect(variant.values.map((value: Json) => value.name)).to.deep.equal(['default', 'compact', 'horizontal', 'hero']);
    expect(variant.description.value).to.include("Default: `'default'`");
    expect(card.attributes.find((attribute: Json) => attribute.name === 'with-excerpt').valueSet).to.equal('v');
    expect(card.description.value)
      .to.include('`news-article-click`')
      .and.include('`::part(title)`')
      .and.include('`--news-accent`');
  });

  it('gives JetBrains attributes, properties, events, slots, parts and tokens of every element', () => {
    const elements = webTypes(manifest, pkg).contributions.html.elements;
    expect(elements).to.have.length(declaredElements(manifest).length);
    const rail = elements.find((element: Json) => element.name === 'news-related-rail');
    expect(rail.attributes.find((attribute: Json) => attribute.name === 'layout').value.type).to.equal(
      "'rail' | 'list' | 'grid'",
    );
    expect(rail.attributes.find((attribute: Json) => attribute.name === 'show-empty').value.kind).to.equal('no-value');
    expect(rail.js.properties.map((property: Json) => property.name)).to.include('articles');
    expect(rail.js.properties.some((property: Json) => property.name === 'language' || property.name === 'data')).to.be
      .false;
    expect(rail.js.events.map((event: Json) => event.name)).to.deep.equal([
      'news-load',
      'news-error',
      'news-article-click',
    ]);
    expect(rail.css.parts.map((part: Json) => part.name)).to.include('retry');
    expect(rail.css.properties.map((token: Json) => token.name)).to.include('--news-gap');
  });

  it('offers every element its lang values (kk-Latn too) and the adapters, with the rail limit as a number of 6', () => {
    const vscode = vscodeCustomData(manifest).tags;
    const jetbrains = webTypes(manifest, pkg).contributions.html.elements;
    const attribute = (tags: Json[], tag: string, name: string) =>
      tags.find((each) => each.name === tag)!.attributes.find((each: Json) => each.name === name);
    for (const tag of vscode.map((each: Json) => each.name)) {
      expect(attribute(vscode, tag, 'lang').values.map((value: Json) => value.name)).to.deep.equal(['kk', 'ru', 'en', 'kk-Latn']);
      expect(attribute(jetbrains, tag, 'lang').value.type).to.equal("'kk' | 'ru' | 'en' | 'kk-Latn'");
    }
    expect(attribute(vscode, 'news-article-card', 'adapter').values.map((value: Json) => value.name)).to.deep.equal([
      'native',
      'wordpress',
      'jsonfeed',
    ]);
    const limit = attribute(jetbrains, 'news-related-rail', 'limit');
    expect([limit.value.type, limit.default]).to.deep.equal(['number', '6']);
  });
});

describe('custom-elements.json', () => {
  it('lists what the package publishes, at its published paths: the entries, no internal module or CSS text', () => {
    expect(manifest.modules.map((module: Json) => module.path)).to.have.members([
      'dist/elements/index.js',
      'dist/elements/react.js',
      'dist/elements/article-card.js',
      'dist/elements/related-rail.js',
      'dist/elements/mourning-banner.js',
      'dist/elements/language-switcher.js',
    ]);
    const names = manifest.modules.flatMap((module: Json) => (module.declarations ?? []).map((each: Json) => each.name));
    expect(names).to.include.members(['configure', 'setPageLanguage', 'toKazakhLatin', 'NewsDataError']);
    expect(names).to.not.include.members(['articleCardStyles', 'baseStyles', 'fetchJson', 'getConfig', 'fireNewsEvent']);
    const text = JSON.stringify(manifest);
    expect(text.match(/.{0,60}(src\/|css`).{0,20}/g) ?? [], 'a source path or CSS text').to.deep.equal([]);
  });
});
