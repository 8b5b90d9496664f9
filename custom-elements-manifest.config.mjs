// `npm run analyze` (cem analyze) writes ./custom-elements.json from the JSDoc in src/, and
// beside it the editor hints made from it (tools/editor-data.mjs). Storybook's controls and
// docs, editors and the package's "customElements" field read it; `npm test` fails when the
// committed file no longer matches the source.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vscodeCustomData, webTypes } from './tools/editor-data.mjs';

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
      const literals = node.type.types.filter((type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal));
      if (literals.length === node.type.types.length)
        unions.set(node.name.text, literals.map((type) => `'${type.literal.text}'`).join(' | '));
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
  plugins: [expandLiteralUnions(), editorData()],
  // The file list comes back in directory order, which differs between machines;
  // sorted, the manifest is the same everywhere and the freshness check is fair.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((file) =>
        ts.createSourceFile(file, readFileSync(join(process.cwd(), file), 'utf8'), ts.ScriptTarget.ES2015, true),
      ),
};
