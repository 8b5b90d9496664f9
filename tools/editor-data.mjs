// Editor hints made from custom-elements.json, so completion and hover docs for the `news-*`
// tags come from the same JSDoc as Storybook's docs:
// - vscode.html-custom-data.json: VS Code's `html.customData` (tags, attributes and their values);
// - web-types.json: JetBrains' web-types (also slots, events, properties, CSS parts and tokens).
// Pure functions of the manifest: the cem config writes both files on `npm run analyze`, and a
// browser test (test/editor-data.test.ts) checks the committed files against them.
//
// Why not the maintained generators (compared in issue 18 on this manifest, and kept out because
// each gives editors less): custom-element-vs-code-integration 1.5 writes boolean attributes as
// taking a value (`values: []`, not `valueSet: "v"`), leaves attribute defaults out, offers the
// open end of a union (`(string & {})`) as a value of `adapter`, and names parts `**title**`
// rather than `::part(title)`; its CSS data lists a token once per element (`--news-accent`
// three times). custom-element-jet-brains-integration 1.8 writes boolean attributes as taking
// a value (`type: boolean`, not `kind: no-value`), puts every CSS part and custom property in one
// package-wide list instead of on its element, and does not declare `js-types-syntax:
// typescript`, so the types' union syntax is not read as TypeScript.

/** The custom elements declared in a manifest, by tag name. */
export function customElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** A type's text without `undefined`, e.g. `'a' | 'b' | undefined` -> `'a' | 'b'`. */
const definedType = (text = '') =>
  text
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined')
    .join(' | ');

/**
 * The string literals of a union type, e.g. `'a' | 'b'` -> ['a', 'b'], also of one left open to
 * other strings with `(string & {})`; [] for any other type.
 */
function literalValues(text) {
  const members = definedType(text)
    .split(' | ')
    .filter((member) => member !== '(string & {})');
  return members.every((member) => /^'[^']*'$/.test(member)) ? members.map((member) => member.slice(1, -1)) : [];
}

const isBoolean = (attribute) => definedType(attribute.type?.text) === 'boolean';

/** Public instance fields a page's script may set: the manifest lists private and static ones too. */
const publicFields = (element) =>
  (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );

const withDefault = (description = '', value) =>
  value === undefined || value === 'undefined' ? description : `${description} Default: \`${value}\`.`;

/** One markdown text for an element: what it is, then what VS Code has no place for. */
function elementDocs(element) {
  const list = (title, items, name) =>
    items?.length
      ? ['', `**${title}:**`, '', ...items.map((item) => `- ${name(item)} — ${item.description ?? ''}`)]
      : [];
  return [
    element.description,
    ...list('Events', element.events, (event) => `\`${event.name}\``),
    ...list('Slots', element.slots, (slot) => (slot.name ? `\`${slot.name}\`` : 'default')),
    ...list('CSS parts', element.cssParts, (part) => `\`::part(${part.name})\``),
    ...list('CSS custom properties', element.cssProperties, (token) => `\`${token.name}\``),
  ]
    .join('\n')
    .trim();
}

/** VS Code's HTML custom data (format version 1.1) for `html.customData`. */
export function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: customElements(manifest).map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementDocs(element) },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: { kind: 'markdown', value: withDefault(attribute.description, attribute.default) },
          ...(isBoolean(attribute) && { valueSet: 'v' }),
          ...(values.length > 0 && { values: values.map((name) => ({ name })) }),
        };
      }),
    })),
  };
}

/** JetBrains web-types (schema 2) for the package: the `web-types` field of package.json points here. */
export function webTypes(manifest, { name, version }) {
  const described = (item) => ({ name: item.name, description: item.description ?? '' });
  return {
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: customElements(manifest).map((element) => ({
          name: element.tagName,
          description: element.description ?? '',
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.default !== undefined && attribute.default !== 'undefined' && { default: attribute.default }),
            value: isBoolean(attribute)
              ? { kind: 'no-value', type: 'boolean' }
              : { kind: 'plain', type: definedType(attribute.type?.text) || 'string' },
          })),
          slots: (element.slots ?? []).map(described),
          js: {
            properties: publicFields(element).map((field) => ({
              ...described(field),
              type: definedType(field.type?.text) || 'unknown',
            })),
            events: (element.events ?? []).map(described),
          },
          css: {
            parts: (element.cssParts ?? []).map(described),
            properties: (element.cssProperties ?? []).map(described),
          },
        })),
      },
    },
  };
}
