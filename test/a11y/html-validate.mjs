// html-validate on the demo's pages and the README's HTML snippets (a step of `npm test`): no error.
// The project writes HTML as Prettier does (`<meta />`, `<!doctype html>`), hence that preset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { HtmlValidate } from 'html-validate';
import { ROOT } from '../../scripts/lib.mjs';

const PAGES = ['demo/index.html', 'demo/partner.html', 'demo/snippets.html', 'demo/data-sources.html'];

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:prettier'],
  rules: {
    // The demo's forms are live controls that act on change; none is ever submitted.
    'wcag/h32': 'off',
  },
});

const read = (file) => readFileSync(join(ROOT, file), 'utf8');
const sources = [
  ...PAGES.map((file) => ({ name: file, html: read(file) })),
  ...[...read('README.md').matchAll(/```html\n([\s\S]*?)```/g)].map(([, html], index) => ({ name: `README.md, HTML snippet ${index + 1}`, html })),
];

let errors = 0;
for (const { name, html } of sources) {
  const report = await validator.validateString(html, name);
  const messages = report.results.flatMap((result) => result.messages);
  errors += messages.length;
  process.stdout.write(`${messages.length ? '✗' : '✓'} ${name}\n`);
  for (const { line, column, ruleId, message } of messages) process.stdout.write(`    ${line}:${column} ${ruleId}: ${message}\n`);
}
process.stdout.write(errors ? `\n${errors} html-validate errors\n` : `\n${sources.length} documents, no html-validate error\n`);
process.exit(errors ? 1 : 0);
