// `npm run analyze` (cem analyze) writes ./custom-elements.json from the JSDoc in src/, and
// beside it the editor hints made from it (tools/editor-data.mjs). Storybook's controls and
// docs, editors and the package's "customElements" field read it; `npm test` fails when the
// committed file no longer matches the source.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vscodeCustomData, webTypes } from './tools/editor-data.mjs';
import { publicManifest } from './tools/public-manifest.mjs';

// Where cem writes the manifest: the freshness check of `npm test` passes a scratch --outdir.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : '.';

/**
 * Writes a named union of string literals (`type ArticleCardVariant = 'default' | …`) out in
 * full wherever an attribute or property uses it, so Storybook's controls and editors can offer
 * the values instead of a bare type name.
 */
function expandLiteralUnions() {
  const unions = new Map();
  return {
    name: 'news-widgets:expand-literal-unions',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      // `(string & {})` is the open end of a union that still lets editors offer its literals.
      const members = node.type.types.map((type) =>
        ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)
          ? `'${type.literal.text}'`
          : type.getText() === '(string & {})'
            ? type.getText()
            : undefined,
      );
      if (members.every(Boolean)) unions.set(node.name.text, members.join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (type?.text) type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => unions.get(name) ?? name);
      };
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) expand(item.type);
      }
    },
  };
}

/**
 * Writes a default that names a constant (`limit = DEFAULT_STORIES`) as the constant's value, so
 * docs and editors show `6`, not an identifier the reader cannot look up.
 */
function resolveConstantDefaults() {
  const constants = new Map();
  return {
    name: 'news-widgets:resolve-constant-defaults',
    analyzePhase({ ts, node }) {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
      if (!(node.parent.flags & ts.NodeFlags.Const)) return;
      if (ts.isNumericLiteral(node.initializer) || ts.isStringLiteral(node.initializer))
        constants.set(node.name.text, node.initializer.getText());
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])])
          if (constants.has(item.default)) item.default = constants.get(item.default);
      }
    },
  };
}

/**
 * Gives an attribute documented with `@attribute` but declared by HTML itself (`lang`) the
 * property HTMLElement reflects it to, so typings generated from the manifest can look its type up.
 */
function globalAttributeFields() {
  return {
    name: 'news-widgets:global-attribute-fields',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const attribute of declaration.attributes ?? []) attribute.fieldName ??= attribute.name;
      }
    },
  };
}

/** Writes VS Code's html.customData and JetBrains' web-types beside the manifest. */
function editorData() {
  return {
    name: 'news-widgets:editor-data',
    packageLinkPhase({ customElementsManifest }) {
      const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
      const write = (file, data) =>
        writeFileSync(join(process.cwd(), outdir, file), `${JSON.stringify(data, null, 2)}\n`);
      write('vscode.html-custom-data.json', vscodeCustomData(customElementsManifest));
      write('web-types.json', webTypes(customElementsManifest, pkg));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  outdir,
  litelement: true,
  // package.json already points at the manifest; the analyzer must not rewrite it
  // (it would point it at the freshness check's temporary folder).
  packagejson: false,
  plugins: [expandLiteralUnions(), resolveConstantDefaults(), globalAttributeFields(), publicManifest(), editorData()],
  // The file list comes back in directory order, which differs between machines;
  // sorted, the manifest is the same everywhere and the freshness check is fair.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((file) =>
        ts.createSourceFile(file, readFileSync(join(process.cwd(), file), 'utf8'), ts.ScriptTarget.ES2015, true),
      ),
};
