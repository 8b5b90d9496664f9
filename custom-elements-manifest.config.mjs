// `npm run analyze` (cem analyze) writes ./custom-elements.json from the JSDoc in src/.
// Storybook's controls and docs, editors and the package's "customElements" field read it;
// `npm test` fails when the committed file no longer matches the source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  // package.json already points at the manifest; the analyzer must not rewrite it
  // (it would point it at the freshness check's temporary folder).
  packagejson: false,
  // The file list comes back in directory order, which differs between machines;
  // sorted, the manifest is the same everywhere and the freshness check is fair.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((file) =>
        ts.createSourceFile(file, readFileSync(join(process.cwd(), file), 'utf8'), ts.ScriptTarget.ES2015, true),
      ),
};
